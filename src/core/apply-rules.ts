/**
 * Whether, and what, an apply may run: the rules the CLI (`apply`, `reconcile`) and the
 * GitHub Action share. A plan with conflicts runs nothing unless the user explicitly allows
 * the rest; then objects in conflict (and anything inside them) are still never written.
 */
import type { ApplyResult, Change, Plan } from '../plan/types.js';
import { changesOutsideConflicts } from './conflicts.js';

export type ApplyDecision =
  /** `changes` may run; `heldBack` are the plan's changes on objects in conflict, never run. */
  | { run: true; changes: Change[]; heldBack: Change[] }
  /** Nothing may run: `reason` says why and how to go on. */
  | { run: false; reason: string };

export interface ApplyRuleOptions {
  /** The user's explicit opt-in to apply what is outside the conflicts. */
  allowConflicts?: boolean;
  /** How the user gives that opt-in in this front end (a CLI flag, an Action input). */
  howToAllow?: string;
}

export function decideApply(plan: Pick<Plan, 'changes' | 'conflicts'>, options: ApplyRuleOptions): ApplyDecision {
  if (plan.conflicts.length === 0) return { run: true, changes: [...plan.changes], heldBack: [] };
  if (!options.allowConflicts) {
    const how = options.howToAllow ?? 'pass --allow-conflicts';
    return {
      run: false,
      reason:
        `${plan.conflicts.length} conflict(s) in the plan: nothing was applied. ` +
        `Fix them in the manifests or config, or ${how} to apply the changes outside the objects in conflict.`,
    };
  }
  const changes = changesOutsideConflicts(plan);
  const allowed = new Set(changes);
  return { run: true, changes, heldBack: plan.changes.filter((change) => !allowed.has(change)) };
}

/** An apply result that also lists the changes held back by conflicts, as not run. */
export function withHeldBack(result: ApplyResult, heldBack: readonly Change[]): ApplyResult {
  if (heldBack.length === 0) return result;
  const results = [
    ...result.results,
    ...heldBack.map((change) => ({ change, status: 'not_run' as const, reason: 'not run: the object is in conflict (or inside one)' })),
  ];
  // Counted onto the summary: the results may list only what did not apply (keepApplied: false).
  return { ...result, results, summary: { ...result.summary, notRun: result.summary.notRun + heldBack.length } };
}

/**
 * 0 when every change ran and nothing is in conflict; 1 for a failure or a change not run for
 * another reason than a conflict (a busy apply lock, a column redefined since the plan); 3 when
 * the only thing left is conflicts (`heldBack`: the changes not run because they were in one),
 * which stand until fixed. The CLI's exit-code table (EXIT in src/cli/main.ts) says the same.
 */
export function applyExitCode(result: ApplyResult, plan: Pick<Plan, 'conflicts'>, heldBack = 0): 0 | 1 | 3 {
  if (result.summary.failed > 0 || result.summary.notRun > heldBack) return 1;
  return plan.conflicts.length > 0 ? 3 : 0;
}
