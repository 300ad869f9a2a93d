/** The README's first command keeps working: the quickstart plans, applies and converges, with no warnings. */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';

it('runs the quickstart: plan, apply, and an empty second plan, without a warning a user must learn to ignore', async () => {
  const { stdout, stderr } = await promisify(execFile)('bash', ['examples/quickstart/run.sh'], { maxBuffer: 16 * 1024 * 1024 });
  expect(stdout).toMatch(/Plan: 26 changes \(1 description clear, 18 description set, 7 owner set\), 0 conflicts(, 0 warnings)?\n/);
  expect(stdout).toContain('Apply complete: 26 applied, 0 failed, 0 not run.');
  expect(stdout).toContain('No changes after apply: the database matches the manifests.');
  const lines = `${stdout}\n${stderr}`.split('\n');
  expect(lines.filter((line) => line.startsWith('Plan: '))).toEqual([
    'Plan: 26 changes (1 description clear, 18 description set, 7 owner set), 0 conflicts, 0 warnings',
    'Plan: 26 changes (1 description clear, 18 description set, 7 owner set), 0 conflicts, 0 warnings',
    'Plan: 0 changes, 0 conflicts, 0 warnings',
  ]);
  // The one notice left is the point of the quickstart's `description: ""` (a clear is destructive),
  // once per plan that carries it; nothing else may mention a warning.
  const destructive = 'Warning: 1 change(s) clear or remove a value at the source.';
  const warnings = lines.filter((line) => /warn/i.test(line) && !line.startsWith('Plan: ') && line !== destructive);
  expect(warnings).toEqual([]);
}, 300_000);
