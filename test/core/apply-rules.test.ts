/** The rules both front ends apply before running anything: a saved plan re-checked entry by entry, and conflicts. */
import { describe, expect, it } from 'vitest';
import { summariseResults } from '../../src/apply/apply.js';
import { assemblePlan } from '../../src/plan/assemble.js';
import type { ApplyResult, Change, Conflict, Plan } from '../../src/plan/types.js';
import { applyExitCode, decideApply, withHeldBack } from '../../src/core/apply-rules.js';
import { changesOutsideConflicts } from '../../src/core/conflicts.js';
import { checkSavedPlan, parseSavedPlan } from '../../src/core/stale.js';
import { withStatements, type ChangeWithSql } from '../plan-statements.js';

const orders = { kind: 'table' as const, database: 'shop', schema: 'sales', table: 'orders' };
const customers = { kind: 'table' as const, database: 'shop', schema: 'public', table: 'customers' };

function description(object: Change['object'], after: string): ChangeWithSql {
  const name = `"${object.schema}"."${object.table}"`;
  return { service: 'warehouse', object, field: 'description', action: 'set', before: null, after, sql: [`COMMENT ON TABLE ${name} IS '${after}'`] };
}

function planOf(changes: ChangeWithSql[], conflicts: Conflict[] = []): Plan {
  return assemblePlan({
    manifestsDigest: 'sha256:m',
    configDigest: 'sha256:c',
    services: [{ name: 'warehouse', type: 'postgres', plan: { ...withStatements(changes), conflicts, warnings: [], observedDigest: 'sha256:o' } }],
  });
}

const twoChanges = () => [description(orders, 'Orders'), description(customers, 'Customers')];
/** A plan as it went through a file: what `apply plan.json` reads. */
const throughFile = (plan: Plan) => parseSavedPlan(JSON.stringify(plan), 'plan.json');

describe('checkSavedPlan', () => {
  it('accepts a saved plan equal to a plan made now', () => {
    expect(checkSavedPlan(throughFile(planOf(twoChanges())), planOf(twoChanges()))).toEqual([]);
  });

  it('refuses a statement replaced in the file, though every digest still matches', () => {
    const saved = throughFile(planOf(twoChanges()));
    saved.statements[0] = { ...saved.statements[0]!, kind: 'sql', text: 'DROP TABLE "sales"."orders"' };
    expect(checkSavedPlan(saved, planOf(twoChanges()))).toEqual([
      'the changes in the plan are not what revmeta plans now (1 differ):\n    - warehouse: table shop.sales.orders description: differs in statements',
    ]);
  });

  it('refuses an appended change and a changed value, naming each entry', () => {
    const saved = throughFile(planOf(twoChanges()));
    saved.changes[1]!.after = 'Something else';
    saved.statements.push({ id: 3, service: 'warehouse', database: 'shop', kind: 'sql', text: 'CREATE ROLE evil SUPERUSER' });
    saved.changes.push({ ...withStatements([description(customers, 'x')]).changes[0]!, field: 'owner', statements: [3] });
    const reasons = checkSavedPlan(saved, planOf(twoChanges()));
    expect(reasons).toHaveLength(1);
    expect(reasons[0]).toContain('(2 differ)');
    expect(reasons[0]).toContain('- warehouse: table shop.public.customers description: differs in after');
    expect(reasons[0]).toContain('- warehouse: table shop.public.customers owner: only in the reviewed plan');
  });

  it('lists the first ten differing entries and counts the rest, with hidden characters escaped', () => {
    const many = Array.from({ length: 13 }, (_, i) => description({ ...orders, table: `t${i}\u202E` }, 'x'));
    const reasons = checkSavedPlan(throughFile(planOf(many)), planOf([]));
    expect(reasons[0]).toContain('(13 differ)');
    expect(reasons[0]).toContain('table shop.sales.t9\\u202e description: only in the reviewed plan');
    expect(reasons[0]).not.toContain('t10');
    expect(reasons[0]).toContain('and 3 more');
    expect(reasons[0]).not.toMatch(/\u202E/);
  });

  it('refuses a plan whose conflicts are not those of a plan made now', () => {
    const conflict: Conflict = { service: 'warehouse', object: orders, reason: 'ambiguous name' };
    const saved = throughFile(planOf(twoChanges()));
    expect(checkSavedPlan(saved, planOf(twoChanges(), [conflict]))).toEqual([
      'the conflicts in the plan are not those of a plan made now (1 differ):\n    - warehouse: table shop.sales.orders: ambiguous name (only in a plan made now)',
    ]);
    expect(checkSavedPlan(throughFile(planOf(twoChanges(), [conflict])), planOf(twoChanges(), [conflict]))).toEqual([]);
  });

  it('keeps the digest reasons', () => {
    const fresh = planOf(twoChanges());
    fresh.manifestsDigest = 'sha256:other';
    expect(checkSavedPlan(throughFile(planOf(twoChanges())), fresh)).toEqual(['the manifests changed since the plan was made']);
  });
});

describe('parseSavedPlan', () => {
  it('refuses a change that is not shaped like one, naming the entry', () => {
    const plan = JSON.parse(JSON.stringify(planOf(twoChanges()))) as { changes: Array<Record<string, unknown>> };
    plan.changes[1]!.statements = 'DROP TABLE x';
    expect(() => parseSavedPlan(JSON.stringify(plan), 'plan.json')).toThrow(/plan\.json: changes\[1\] is not a revmeta change \(statements\)/);
    delete plan.changes[0]!.object;
    expect(() => parseSavedPlan(JSON.stringify(plan), 'plan.json')).toThrow(/plan\.json: changes\[0\] is not a revmeta change \(object\)/);
  });

  it('refuses a change that names a statement the plan does not list', () => {
    const plan = JSON.parse(JSON.stringify(planOf(twoChanges()))) as { changes: Array<Record<string, unknown>> };
    plan.changes[1]!.statements = [7];
    expect(() => parseSavedPlan(JSON.stringify(plan), 'plan.json')).toThrow(/plan\.json: changes\[1\] names statement 7, which the plan does not list/);
  });

  it('refuses a plan of format 1.x as made by an older revmeta', () => {
    const old = { formatVersion: '1.0', services: [], changes: [{ sql: ['x'] }] };
    expect(() => parseSavedPlan(JSON.stringify(old), 'plan.json')).toThrow('plan.json: plan format 1.0 was made by an older revmeta; plan again with `revmeta plan --out plan.json`');
  });
});

/** The two changes as a plan holds them (naming their statements by id). */
const planned = () => planOf(twoChanges()).changes;

describe('changesOutsideConflicts', () => {
  it('keeps every change when nothing is in conflict', () => {
    expect(changesOutsideConflicts(planOf(twoChanges()))).toEqual(planned());
  });

  it('drops changes on an object in conflict and inside it, whatever the case of its name', () => {
    const column = { kind: 'column' as const, database: 'shop', schema: 'sales', table: 'orders', column: 'id' };
    const changes = [...twoChanges(), { ...description(column, 'Key'), sql: ['COMMENT ON COLUMN x IS y'] }];
    const schemaConflict: Conflict = { service: 'warehouse', object: { kind: 'schema', database: 'shop', schema: 'SALES' }, reason: 'two candidates' };
    expect(changesOutsideConflicts(planOf(changes, [schemaConflict]))).toEqual([planOf(changes).changes[1]]);
    const otherService: Conflict = { ...schemaConflict, service: 'lake' };
    expect(changesOutsideConflicts(planOf(changes, [otherService]))).toEqual(planOf(changes).changes);
  });
});

describe('decideApply', () => {
  const conflict: Conflict = { service: 'warehouse', object: orders, field: 'owner', reason: 'owners a, b map to 2 principals' };

  it('runs every change when there is no conflict', () => {
    expect(decideApply(planOf(twoChanges()), {})).toEqual({ run: true, changes: planned(), heldBack: [] });
  });

  it('runs nothing when there is a conflict, and says how to go on', () => {
    const decision = decideApply(planOf(twoChanges(), [conflict]), { allowConflicts: false, howToAllow: 'pass --allow-conflicts' });
    expect(decision).toEqual({
      run: false,
      reason: '1 conflict(s) in the plan: nothing was applied. Fix them in the manifests or config, or pass --allow-conflicts to apply the changes outside the objects in conflict.',
    });
  });

  it('with the explicit opt-in, runs only the changes outside the objects in conflict', () => {
    const decision = decideApply(planOf(twoChanges(), [conflict]), { allowConflicts: true });
    expect(decision).toEqual({ run: true, changes: [planned()[1]], heldBack: [planned()[0]] });
  });

  it('reports held-back changes as not run, and exits 1 while a conflict stands', () => {
    const applied: ApplyResult = { results: [{ change: planned()[1]!, status: 'applied' }], summary: { applied: 1, failed: 0, notRun: 0 } };
    const result = withHeldBack(applied, [planned()[0]!]);
    expect(result.summary).toEqual(summariseResults(result.results));
    expect(result.summary).toEqual({ applied: 1, failed: 0, notRun: 1 });
    expect(result.results[1]).toMatchObject({ status: 'not_run', reason: 'not run: the object is in conflict (or inside one)' });
    expect(applyExitCode(result, planOf(twoChanges(), [conflict]))).toBe(1);
    expect(applyExitCode(applied, planOf(twoChanges()))).toBe(0);
    const failed: ApplyResult = { results: [{ change: planned()[1]!, status: 'failed' }], summary: { applied: 0, failed: 1, notRun: 0 } };
    expect(applyExitCode(failed, planOf(twoChanges()))).toBe(1);
  });

  it('exits 3 when conflicts are all that is left (the held-back changes), 1 when anything else failed or did not run', () => {
    const applied: ApplyResult = { results: [{ change: planned()[1]!, status: 'applied' }], summary: { applied: 1, failed: 0, notRun: 0 } };
    const result = withHeldBack(applied, [planned()[0]!]);
    expect(applyExitCode(result, planOf(twoChanges(), [conflict]), 1)).toBe(3);
    const failed: ApplyResult = { results: [{ change: planned()[1]!, status: 'failed' }], summary: { applied: 0, failed: 1, notRun: 0 } };
    expect(applyExitCode(withHeldBack(failed, [planned()[0]!]), planOf(twoChanges(), [conflict]), 1)).toBe(1);
  });
});
