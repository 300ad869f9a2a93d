import { describe, expect, it } from 'vitest';
import { assemblePlan } from '../../src/plan/assemble.js';
import { renderText, TEXT_CHANGE_LINES } from '../../src/plan/render/text.js';
import type { Plan } from '../../src/plan/types.js';
import { withStatements, type ChangeWithSql } from '../plan-statements.js';

/** `schemas` × `tables` × `columns` column descriptions to set, one statement each. */
function bigPlan(schemas: number, tables: number, columns: number): Plan {
  const changes: ChangeWithSql[] = [];
  for (let s = 0; s < schemas; s++)
    for (let t = 0; t < tables; t++)
      for (let c = 0; c < columns; c++)
        changes.push({
          service: 'warehouse',
          object: { kind: 'column', database: 'analytics', schema: `s${s}`, table: `t${t}`, column: `c${c}` },
          field: 'description',
          action: 'set',
          before: null,
          after: `Column c${c}`,
          sql: [`COMMENT ON COLUMN "s${s}"."t${t}"."c${c}" IS 'Column c${c}'`],
        });
  return assemblePlan({
    manifestsDigest: 'sha256:m',
    configDigest: 'sha256:c',
    services: [{ name: 'warehouse', type: 'postgres', plan: { ...withStatements(changes), conflicts: [], warnings: [], observedDigest: 'sha256:o' } }],
  });
}

describe('text output at scale', () => {
  it('lists every change up to the threshold', () => {
    const text = renderText(bigPlan(1, 2, 2), { maxChangeLines: 4 });
    expect(text.split('\n').filter((line) => line.startsWith('  + column'))).toHaveLength(4);
    expect(text).not.toContain('--format json');
  });

  it('past the threshold: counts per schema and table, the first changes, and where the rest are', () => {
    const text = renderText(bigPlan(2, 7, 2), { maxChangeLines: 3, showSql: true });
    expect(text).toBe(
      [
        'Plan: 28 changes (28 description set), 0 conflicts, 0 warnings',
        '',
        'Service warehouse (postgres): 28 change(s)',
        '  analytics.s0: 14 change(s) on 7 table(s): t0 2, t1 2, t2 2, t3 2, t4 2, and 2 more table(s)',
        '  analytics.s1: 14 change(s) on 7 table(s): t0 2, t1 2, t2 2, t3 2, t4 2, and 2 more table(s)',
        '  First 3 change(s):',
        '  + column analytics.s0.t0.c0 description: (none) → "Column c0"',
        `      COMMENT ON COLUMN "s0"."t0"."c0" IS 'Column c0'`,
        '  + column analytics.s0.t0.c1 description: (none) → "Column c1"',
        `      COMMENT ON COLUMN "s0"."t0"."c1" IS 'Column c1'`,
        '  + column analytics.s0.t1.c0 description: (none) → "Column c0"',
        `      COMMENT ON COLUMN "s0"."t1"."c0" IS 'Column c0'`,
        '',
        '25 more change(s) are not listed here: `revmeta plan --format json` prints every change, and `revmeta plan --out plan.json` saves them to apply.',
        '',
      ].join('\n'),
    );
  });

  it('stays short by default however many changes there are', () => {
    const plan = bigPlan(10, 100, 20);
    expect(plan.changes.length).toBeGreaterThan(TEXT_CHANGE_LINES);
    const lines = renderText(plan, { showSql: true }).split('\n');
    // The threshold's changes (a line each, with its SQL), a count per schema and a few more lines.
    expect(lines.length).toBeLessThan(2 * TEXT_CHANGE_LINES + 10 + 10);
    expect(lines.filter((line) => line.startsWith('  + column'))).toHaveLength(TEXT_CHANGE_LINES);
    expect(lines.join('\n')).toContain(`${plan.changes.length - TEXT_CHANGE_LINES} more change(s) are not listed here`);
  });
});
