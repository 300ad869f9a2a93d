/**
 * Starts a throwaway Debian PostgreSQL 15 (test/engines/postgres.sh) for a test file.
 * Without the binaries a developer's run skips with a reason; in CI (`CI` set) a missing
 * engine is a failure, so a broken image can never turn the real-engine tests green.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
const SCRIPT = path.join(path.dirname(fileURLToPath(import.meta.url)), 'postgres.sh');
const BIN = process.env.REVMETA_PG_BIN ?? '/usr/lib/postgresql/15/bin';

export interface RunningPostgres {
  port: number;
  /** Stops the server and removes its data. */
  stop(): Promise<void>;
}

export type PostgresEngine = RunningPostgres | { skip: string };

/** `settings`: server settings to start with, e.g. `{ max_locks_per_transaction: 10 }`. */
export async function startPostgres(settings: Record<string, string | number> = {}): Promise<PostgresEngine> {
  if (!existsSync(path.join(BIN, 'pg_ctl'))) {
    const reason = `PostgreSQL 15 binaries not found in ${BIN}`;
    if (process.env.CI) throw new Error(`${reason}; CI must run the real-engine tests`);
    return { skip: reason };
  }
  const options = Object.entries(settings).map(([name, value]) => `-c ${name}=${value}`).join(' ');
  const { stdout } = await run('bash', [SCRIPT, 'start'], { env: { ...process.env, REVMETA_PG_SETTINGS: options } });
  const port = Number(/^PGPORT=(\d+)$/m.exec(stdout)?.[1]);
  if (!Number.isInteger(port)) throw new Error(`postgres.sh start printed no port:\n${stdout}`);
  return {
    port,
    stop: async () => {
      await run('bash', [SCRIPT, 'stop', String(port)]);
    },
  };
}
