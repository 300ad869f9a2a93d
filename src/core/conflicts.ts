/**
 * What may be applied from a plan with conflicts. By default nothing (apply refuses the plan);
 * when the user explicitly allows the rest, an object in conflict is still never written, nor
 * anything inside it. Names compare case-insensitively: a conflict is often about two names
 * that differ only in case, and blocking one change too many is the safe side.
 */
import type { ObjectRef } from '../model/types.js';
import type { Change, Conflict, Plan } from '../plan/types.js';

function pathOf(service: string, ref: ObjectRef): string[] {
  const parts = [service, ref.database, ref.schema, ref.table, ref.column].filter((part): part is string => part !== undefined);
  return parts.map((part) => part.toLowerCase());
}

/** Whether `inner` is `outer` or lies inside it. */
function within(inner: readonly string[], outer: readonly string[]): boolean {
  return outer.length <= inner.length && outer.every((part, i) => inner[i] === part);
}

export function touchesConflict(change: Change, conflicts: readonly Conflict[]): boolean {
  const path = pathOf(change.service, change.object);
  return conflicts.some((conflict) => within(path, pathOf(conflict.service, conflict.object)));
}

/** The changes of a plan that touch no object in conflict. */
export function changesOutsideConflicts(plan: Pick<Plan, 'changes' | 'conflicts'>): Change[] {
  if (plan.conflicts.length === 0) return [...plan.changes];
  return plan.changes.filter((change) => !touchesConflict(change, plan.conflicts));
}
