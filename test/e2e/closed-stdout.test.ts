/**
 * `revmeta plan | head -1`: when the reader of stdout goes away, revmeta drops the rest of its
 * output and ends as the command would have, without a stack trace.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { writeWorkspace } from './cli.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const CHILD = path.join(ROOT, 'test/e2e/cli-child.ts');

/** Runs the CLI with its stdout closed by the reader before the first line is written; its exit code and stderr. */
function runWithClosedStdout(args: string[]): Promise<{ code: number | null; signal: string | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    // Like `head -1` having read its line and exited: the pipe has no reader any more.
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stderr }));
  });
}

it('ends quietly when the reader of stdout has gone', async () => {
  const config = await writeWorkspace({
    config: { version: 1, services: { warehouse: { type: 'postgres', connection: { host: '127.0.0.1', port: 1, user: 'revmeta' } } } },
    manifests: { 'warehouse/shop.yaml': [{ apiVersion: 'revmeta/v1', kind: 'Database', service: 'warehouse', name: 'shop', description: 'Shop' }] },
  });
  for (const args of [['validate', '-c', config], ['--help']]) {
    const run = await runWithClosedStdout(args);
    expect(run.stderr, args.join(' ')).toBe('');
    expect(run.signal).toBeNull();
    expect(run.code, args.join(' ')).toBe(0);
  }
});
