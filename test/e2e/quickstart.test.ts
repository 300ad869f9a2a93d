/** The README's first command keeps working: the quickstart plans, applies and converges. */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';

it('runs the quickstart: plan, apply, and an empty second plan', async () => {
  const { stdout } = await promisify(execFile)('bash', ['examples/quickstart/run.sh'], { maxBuffer: 16 * 1024 * 1024 });
  expect(stdout).toContain('Plan: 26 changes (1 description clear, 18 description set, 7 owner set), 0 conflicts, 3 warnings');
  expect(stdout).toContain('Apply complete: 26 applied, 0 failed, 0 not run.');
  expect(stdout).toContain('No changes after apply: the database matches the manifests.');
}, 180_000);
