/**
 * Starts a throwaway Debian ClickHouse server (test/engines/clickhouse.sh) for a test file.
 * Without the binary a developer's run skips with a reason; in CI (`CI` set) a missing
 * engine is a failure, so a broken image can never turn the real-engine tests green.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
const SCRIPT = path.join(path.dirname(fileURLToPath(import.meta.url)), 'clickhouse.sh');
const SERVER = process.env.REVMETA_CLICKHOUSE_SERVER ?? '/usr/sbin/clickhouse-server';

/** The user with a password that clickhouse.sh configures, for wrong-password tests. */
export const CLICKHOUSE_LOGIN = { username: 'revmeta_login', password: 'the-right-one' } as const;

export interface RunningClickHouse {
  /** HTTP endpoint, e.g. `http://127.0.0.1:18123`. */
  url: string;
  /** The server's folder (config.xml, users.xml): a test may add users in `users.d/`, which the server reloads. */
  root: string;
  /** Stops the server and removes its data. */
  stop(): Promise<void>;
}

export type ClickHouseEngine = RunningClickHouse | { skip: string };

export async function startClickHouse(): Promise<ClickHouseEngine> {
  if (!existsSync(SERVER)) {
    const reason = `ClickHouse server not found at ${SERVER}`;
    if (process.env.CI) throw new Error(`${reason}; CI must run the real-engine tests`);
    return { skip: reason };
  }
  const { stdout } = await run('bash', [SCRIPT, 'start']);
  const port = Number(/^CLICKHOUSE_PORT=(\d+)$/m.exec(stdout)?.[1]);
  if (!Number.isInteger(port)) throw new Error(`clickhouse.sh start printed no port:\n${stdout}`);
  const root = /^CLICKHOUSE_ROOT=(.+)$/m.exec(stdout)?.[1];
  if (root === undefined) throw new Error(`clickhouse.sh start printed no root:\n${stdout}`);
  return {
    url: `http://127.0.0.1:${port}`,
    root,
    stop: async () => {
      await run('bash', [SCRIPT, 'stop', String(port)]);
    },
  };
}
