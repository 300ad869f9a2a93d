/**
 * The child process of sigkill.test.ts: plans and applies a workspace through the core, as
 * `revmeta apply --auto-approve` would, printing `done N/M` after each statement so the
 * parent can see it is under way. Usage: node --import tsx sigkill-apply-child.ts CONFIG
 */
import { applyChanges } from '../../../src/apply/apply.js';
import { loadWorkspace, planWorkspace } from '../../../src/core/workspace.js';

const configFile = process.argv[2];
if (!configFile) throw new Error('usage: sigkill-apply-child.ts CONFIG');
const workspace = await loadWorkspace(configFile, {});
const planned = await planWorkspace(workspace);
process.stdout.write(`planned ${planned.plan.changes.length}\n`);
try {
  const result = await applyChanges(planned.plan, planned.targets, {
    onProgress: ({ done, total }) => process.stdout.write(`done ${done}/${total}\n`),
  });
  process.stdout.write(`finished ${JSON.stringify(result.summary)}\n`);
} finally {
  await planned.close();
}
