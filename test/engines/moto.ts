/**
 * Starts a throwaway moto server (test/engines/moto.sh) for a test file: Glue and Athena fakes
 * behind the real AWS SDK clients (`endpoint`). Without moto a developer's run skips with a
 * reason; in CI (`CI` set) a missing moto is a failure, so a broken image can never turn the
 * Glue tests green.
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
const SCRIPT = path.join(path.dirname(fileURLToPath(import.meta.url)), 'moto.sh');

/** Credentials moto accepts (it checks none); the secret is distinctive so tests can look for leaks. */
export const MOTO_CREDENTIALS = { accessKeyId: 'AKIAREVMETATEST00001', secretAccessKey: 'revmeta-moto-secret-key-do-not-print' } as const;
export const MOTO_REGION = 'us-east-1';

export interface RunningMoto {
  /** e.g. `http://127.0.0.1:15500` */
  endpoint: string;
  /** Stops the server; everything it held is gone. */
  stop(): Promise<void>;
}

export type MotoEngine = RunningMoto | { skip: string };

async function motoMissing(): Promise<string | undefined> {
  if (process.env.REVMETA_MOTO_SERVER) return undefined;
  try {
    await run('bash', ['-c', 'command -v moto_server >/dev/null || python3 -c "import moto.server"']);
    return undefined;
  } catch {
    return 'moto is not installed (no moto_server on PATH, no python3 module moto)';
  }
}

export async function startMoto(): Promise<MotoEngine> {
  const reason = await motoMissing();
  if (reason !== undefined) {
    if (process.env.CI) throw new Error(`${reason}; CI must run the Glue tests`);
    return { skip: reason };
  }
  const { stdout } = await run('bash', [SCRIPT, 'start']);
  const port = Number(/^MOTO_PORT=(\d+)$/m.exec(stdout)?.[1]);
  if (!Number.isInteger(port)) throw new Error(`moto.sh start printed no port:\n${stdout}`);
  return {
    endpoint: `http://127.0.0.1:${port}`,
    stop: async () => {
      await run('bash', [SCRIPT, 'stop', String(port)]);
    },
  };
}
