/**
 * Starts a throwaway Debian MariaDB 10.11 (test/engines/mariadb.sh) for a test file.
 * Without the binaries a developer's run skips with a reason; in CI (`CI` set) a missing
 * engine is a failure, so a broken image can never turn the real-engine tests green.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
const SCRIPT = path.join(path.dirname(fileURLToPath(import.meta.url)), 'mariadb.sh');
const SBIN = process.env.REVMETA_MARIADB_SBIN ?? '/usr/sbin';
const BIN = process.env.REVMETA_MARIADB_BIN ?? '/usr/bin';

export interface RunningMariaDb {
  port: number;
  /** Stops the server and removes its data. */
  stop(): Promise<void>;
}

export type MariaDbEngine = RunningMariaDb | { skip: string };

function missingBinaries(): string | undefined {
  const needed = [path.join(SBIN, 'mariadbd'), path.join(BIN, 'mariadb-install-db'), path.join(BIN, 'mariadb-admin')];
  const missing = needed.filter((file) => !existsSync(file));
  return missing.length > 0 ? `MariaDB binaries not found: ${missing.join(', ')}` : undefined;
}

export async function startMariaDb(): Promise<MariaDbEngine> {
  const reason = missingBinaries();
  if (reason !== undefined) {
    if (process.env.CI) throw new Error(`${reason}; CI must run the real-engine tests`);
    return { skip: reason };
  }
  const { stdout } = await run('bash', [SCRIPT, 'start']);
  const port = Number(/^MARIADB_PORT=(\d+)$/m.exec(stdout)?.[1]);
  if (!Number.isInteger(port)) throw new Error(`mariadb.sh start printed no port:\n${stdout}`);
  return {
    port,
    stop: async () => {
      await run('bash', [SCRIPT, 'stop', String(port)]);
    },
  };
}
