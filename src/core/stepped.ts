/**
 * What the CLI and the GitHub Action share to plan and apply manifests bigger than one plan step
 * without holding the plan: the step size a run asks for, and a spool (a plan file written as the
 * plan is made, read back a step at a time by `applySteps`).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { RevmetaError } from './errors.js';
import { PlanFileWriter } from './plan-file.js';

/** `REVMETA_STEP_OBJECTS`: desired objects planned (and applied) per step, instead of STEP_OBJECTS; lower bounds memory. */
export function stepObjectsOf(env: Record<string, string | undefined>): number | undefined {
  const value = env['REVMETA_STEP_OBJECTS'];
  if (value === undefined || value === '') return undefined;
  const objects = Number(value);
  if (!Number.isInteger(objects) || objects < 1) throw new RevmetaError(`REVMETA_STEP_OBJECTS must be a whole number of objects, at least 1 (it is "${value}")`);
  return objects;
}

/** A plan spooled to a temporary folder as it is made (`spool` is a sink of `planWorkspace`); `discard` removes it. */
export async function openSpool(): Promise<{ spool: PlanFileWriter; discard(): Promise<void> }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'revmeta-apply-'));
  const spool = new PlanFileWriter(path.join(dir, 'plan.json'));
  return {
    spool,
    discard: async () => {
      await spool.discard();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
