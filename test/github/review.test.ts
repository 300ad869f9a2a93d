/**
 * What the apply on merge says differs between a plan comment's record and a plan made now.
 * The fingerprint decides; these lines only name the changes, from the marker's short hashes.
 */
import { describe, expect, it } from 'vitest';
import { commentMarker, reviewRecordOf } from '../../src/github/comment.js';
import { MAX_REVIEW_ENTRIES, reviewDifferences, reviewRecord } from '../../src/github/review.js';
import { assemblePlan } from '../../src/plan/assemble.js';
import type { Plan } from '../../src/plan/types.js';
import { withStatements, type ChangeWithSql } from '../plan-statements.js';

function change(table: string, before: string | null, after: string): ChangeWithSql {
  return {
    service: 'warehouse',
    object: { kind: 'table', database: 'shop', schema: 'public', table },
    field: 'description',
    action: 'set',
    before,
    after,
    sql: [`COMMENT ON TABLE "public"."${table}" IS '${after}'`],
  };
}

function planOf(changes: ChangeWithSql[]): Plan {
  return assemblePlan({
    manifestsDigest: 'sha256:m',
    configDigest: 'sha256:c',
    services: [{ name: 'warehouse', type: 'postgres', plan: { ...withStatements(changes), conflicts: [], warnings: [], observedDigest: 'sha256:o' } }],
  });
}

/** The record as the apply reads it back from the comment. */
function reviewed(plan: Plan) {
  return reviewRecordOf(commentMarker('plan', { config: 'revmeta.yaml' }, reviewRecord(plan, 'abc')))!;
}

describe('reviewDifferences', () => {
  it('names drift at the source, a changed manifest, a new change and a change no longer planned', () => {
    const record = reviewed(planOf([change('orders', 'old', 'Orders'), change('users', null, 'Users'), change('gone', null, 'Gone')]));
    const now = planOf([change('orders', 'edited by hand', 'Orders'), change('users', null, 'People'), change('fresh', null, 'Fresh')]);
    expect(reviewDifferences(record, now)).toEqual([
      'warehouse: table shop.public.orders description: its value at the source changed since the plan (drift)',
      'warehouse: table shop.public.users description: what it writes changed since the plan (the manifests or config changed: did the default branch move?)',
      'warehouse: table shop.public.fresh description: not in the reviewed plan (the manifests or the source changed since)',
      '1 reviewed change(s) are no longer planned (applied meanwhile, or the manifests or the source changed)',
    ]);
  });

  it('the same changes in another order are named as such', () => {
    const a = change('a', null, 'A');
    const b = change('b', null, 'B');
    expect(reviewDifferences(reviewed(planOf([a, b])), planOf([b, a]))).toEqual(['the same changes, in another order or for another target']);
  });

  it('a large plan keeps counts only, so the marker stays small', () => {
    const many = Array.from({ length: MAX_REVIEW_ENTRIES + 1 }, (_, i) => change(`t${i}`, null, `T${i}`));
    const record = reviewed(planOf(many));
    expect(record.entries).toBeUndefined();
    expect(record).toMatchObject({ status: 'ok', changes: MAX_REVIEW_ENTRIES + 1, conflicts: 0, head: 'abc' });
    expect(reviewDifferences(record, planOf(many.slice(1)))).toEqual([
      `the reviewed plan had ${MAX_REVIEW_ENTRIES + 1} change(s), the plan made now has ${MAX_REVIEW_ENTRIES}; a value at the source changed since the plan (drift), or the manifests or config changed (the default branch moved)`,
    ]);
  });
});
