/**
 * A plan applied outside its conflicts, held whole or a plan step at a time (`apply plan.json`
 * reads the steps back from where they were spooled, so memory holds one step's changes and
 * statements, never the plan's millions). `applyChanges` runs the steps as one apply: one
 * session and apply lock per database, transactions as the plan states them.
 */
import { applyChanges, type ApplyConnection, type ApplyOptions, type ApplyWork } from '../apply/apply.js';
import type { ApplyResult } from '../model/change.js';
import type { Change, Conflict } from '../plan/types.js';
import { collectGarbage } from '../model/memory.js';
import { decideApply, withHeldBack } from './apply-rules.js';

/**
 * Runs the steps' changes outside the plan's conflicts (the caller decided the plan may run);
 * the changes in conflict are reported as not run. Returns the result and how many were held back.
 * Applied changes are counted, not kept, unless `keepApplied`.
 */
export async function applySteps(
  steps: AsyncIterable<ApplyWork> | Iterable<ApplyWork>,
  conflicts: Conflict[],
  targets: ReadonlyMap<string, ApplyConnection>,
  options: ApplyOptions = {},
): Promise<{ result: ApplyResult; heldBack: number }> {
  // A plan of any size: applied changes counted unless asked for (`--format json` lists every one).
  options = { ...options, keepApplied: options.keepApplied ?? false };
  const heldBack: Change[] = [];
  async function* outsideConflicts(): AsyncGenerator<ApplyWork> {
    for await (const step of steps) {
      if (conflicts.length === 0) yield step;
      else {
        const decision = decideApply({ changes: [...step.changes], conflicts }, { allowConflicts: true });
        if (!decision.run) throw new Error('unreachable: conflicts are allowed here');
        for (const change of decision.heldBack) heldBack.push(change);
        yield { changes: decision.changes, statements: step.statements };
      }
      // The apply is done with this step: its garbage goes before the next is read, as between
      // plan steps (see memory.ts; measured at 100k: 1,053 MB peak without it, the heap let grow).
      collectGarbage();
    }
  }
  const ran = await applyChanges(outsideConflicts(), targets, options);
  return { result: withHeldBack(ran, heldBack), heldBack: heldBack.length };
}
