/**
 * The per-schema counts both long text outputs print (the plan before an apply, the changes an
 * apply did not run): one counter, one line format, schema names written as change lines write them.
 */
import { describe, expect, it } from 'vitest';
import { schemaCountLines } from '../../src/plan/render/common.js';
import { renderText } from '../../src/plan/render/text.js';
import { assemblePlan } from '../../src/plan/assemble.js';
import type { Change } from '../../src/plan/types.js';
import { withStatements, type ChangeWithSql } from '../plan-statements.js';

const description = (object: Change['object']): ChangeWithSql => ({
  service: 'warehouse',
  object,
  field: 'description',
  action: 'set',
  before: null,
  after: 'D',
  sql: ['SELECT 1'],
});

const CHANGES: ChangeWithSql[] = [
  description({ kind: 'database', database: 'analytics' }),
  description({ kind: 'table', database: 'analytics', schema: 'raw.events', table: 'clicks' }),
  description({ kind: 'column', database: 'analytics', schema: 'raw.events', table: 'clicks', column: 'id' }),
  description({ kind: 'table', database: 'analytics', schema: 'raw.events', table: 'views' }),
];

describe('per-schema counts', () => {
  it('in the plan text: a dotted schema name quoted as in the change lines, a database without tables counted alone', () => {
    const plan = assemblePlan({
      manifestsDigest: 'sha256:m',
      configDigest: 'sha256:c',
      services: [{ name: 'warehouse', type: 'postgres', plan: { ...withStatements(CHANGES), conflicts: [], warnings: [], observedDigest: 'sha256:o' } }],
    });
    const text = renderText(plan, { maxChangeLines: 1 });
    expect(text).toContain(['  analytics: 1 change(s)', '  analytics."raw.events": 3 change(s) on 2 table(s): clicks 2, views 1', '  First 1 change(s):'].join('\n'));
    expect(renderText(plan)).toContain('  + table analytics."raw.events".clicks description');
  });

  it('in the apply text: the same lines without the tables named, at most `max` schemas', () => {
    const changes = CHANGES.map(({ sql: _sql, ...change }) => ({ ...change, statements: [] }) as Change);
    expect(schemaCountLines(changes, 5)).toEqual(['analytics: 1 change(s)', 'analytics."raw.events": 3 change(s) on 2 table(s)']);
    expect(schemaCountLines(changes, 1)).toEqual(['analytics: 1 change(s)', '… and 1 more schema(s)']);
  });
});
