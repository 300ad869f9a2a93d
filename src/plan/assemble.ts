import type { ServicePlan } from './plan.js';
import { PLAN_FORMAT_VERSION, type Change, type Plan, type PlannedStatement, type PlanScope, type PlanSummary, type ServiceApply } from './types.js';

export interface AssembleInput {
  manifestsDigest: string;
  configDigest: string;
  services: Array<{ name: string; type: string; plan: ServicePlan; apply?: ServiceApply }>;
  select?: readonly string[];
  /** `--target` other than the sources. */
  target?: string;
  /** `--changed-since`: the objects the plan covers. */
  scope?: PlanScope;
}

/** Joins per-service plans into the plan document, with its summary counts. */
export function assemblePlan(input: AssembleInput): Plan {
  // Statement ids are numbered across the plan: each service's follow the previous service's.
  const statements: PlannedStatement[] = [];
  const changes: Change[] = [];
  for (const { plan } of input.services) appendNumbered({ statements, changes }, plan);
  const conflicts = input.services.flatMap((service) => service.plan.conflicts);
  const warnings = input.services.flatMap((service) => service.plan.warnings);
  return {
    formatVersion: PLAN_FORMAT_VERSION,
    manifestsDigest: input.manifestsDigest,
    configDigest: input.configDigest,
    services: input.services.map((service) => ({
      name: service.name,
      type: service.type,
      observedDigest: service.plan.observedDigest,
      ...(service.apply ? { apply: service.apply } : {}),
    })),
    ...(input.select && input.select.length > 0 ? { select: [...input.select] } : {}),
    ...(input.target !== undefined ? { target: input.target } : {}),
    ...(input.scope !== undefined ? { scope: input.scope } : {}),
    statements,
    changes,
    conflicts,
    warnings,
    summary: summarise(changes, statements.length, conflicts.length, warnings.length),
  };
}

/**
 * Appends a plan's statements and changes to a list, its statement ids following those already
 * there. The first plan's entries are taken as they are (a big plan is not copied); the others
 * are copied, never changed.
 */
export function appendNumbered(
  into: { statements: PlannedStatement[]; changes: Change[] },
  plan: { readonly statements: readonly PlannedStatement[]; readonly changes: readonly Change[] },
): void {
  const offset = into.statements.length;
  for (const statement of plan.statements) into.statements.push(offset === 0 ? statement : { ...statement, id: statement.id + offset });
  for (const change of plan.changes) into.changes.push(offset === 0 ? change : { ...change, statements: change.statements.map((id) => id + offset) });
}

export function summarise(changes: readonly Change[], statements: number, conflicts: number, warnings: number): PlanSummary {
  const byFieldAction: Record<string, number> = {};
  for (const change of changes) {
    const key = `${change.field}.${change.action}`;
    byFieldAction[key] = (byFieldAction[key] ?? 0) + 1;
  }
  return { changes: changes.length, statements, conflicts, warnings, byFieldAction };
}

/** Changes that take a value away: shown first as a banner, since they lose what someone wrote. */
export function isDestructive(change: Change): boolean {
  return change.action === 'clear' || change.action === 'remove';
}
