import { describe, expect, it } from 'vitest';
import { summariseResults } from '../../src/apply/apply.js';
import { renderApplyMarkdown, renderApplyText } from '../../src/apply/render.js';
import type { ApplyResult, Change, ChangeResult } from '../../src/plan/types.js';

const change = (table: string, after: string): Change => ({
  service: 'warehouse',
  object: { kind: 'table', database: 'db', schema: 's', table, relation: 'table' },
  field: 'description',
  action: 'set',
  before: null,
  after,
  statements: [],
});

function result(): ApplyResult {
  const results: ChangeResult[] = [
    { change: change('a', 'A'), status: 'not_run', reason: 'rolled back: a later statement of this database failed' },
    { change: change('b', 'has ``` fences'), status: 'failed', statement: 'ALTER TABLE "s"."b" OWNER TO "x"', error: 'role "x" does not exist' },
    { change: change('c', 'C'), status: 'applied' },
  ];
  return { results, summary: summariseResults(results) };
}

describe('apply results', () => {
  it('as text: counts, then each failure with its statement and error, then what did not run and why', () => {
    const text = renderApplyText(result());
    expect(text.split('\n').slice(0, 7)).toEqual([
      'Apply failed: 1 applied, 1 failed, 1 not run.',
      '',
      'Failed:',
      '  + table db.s.b description: (none) → "has ``` fences"',
      '      statement: ALTER TABLE "s"."b" OWNER TO "x"',
      '      error: role "x" does not exist',
      '',
    ]);
    expect(text).toContain('Not run:\n  + table db.s.a description: (none) → "A"\n      rolled back: a later statement of this database failed');
  });

  it('as markdown: failures first and open, the rest collapsible, in fences that values cannot close', () => {
    const md = renderApplyMarkdown(result());
    expect(md).toContain('**1 applied, 1 failed, 1 not run**');
    expect(md.indexOf('Failed (1)')).toBeLessThan(md.indexOf('Not run (1)'));
    expect(md.indexOf('Not run (1)')).toBeLessThan(md.indexOf('Applied (1)'));
    expect(md).toMatch(/^````\n\+ table db\.s\.b/m);
    // Failures open; what did not run and what applied folded.
    expect(md.match(/<details>/g)?.length).toBe(2);
    expect(md.match(/<\/details>/g)?.length).toBe(2);
  });

  it('shows control characters in statements, errors and values escaped, in text and markdown', () => {
    const hidden = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/u;
    const results: ChangeResult[] = [
      {
        change: change('d', 'ok\rDROP'),
        status: 'failed',
        statement: "COMMENT ON TABLE \"s\".\"d\" IS 'ok\rDROP TABLE s.x; --\u202E'",
        error: 'syntax error near "\u001b[2K"',
      },
      { change: change('e', 'E'), status: 'not_run', reason: 'not run: \u2028hidden' },
    ];
    const failed: ApplyResult = { results, summary: summariseResults(results) };
    const text = renderApplyText(failed);
    expect(text).not.toMatch(hidden);
    expect(text).toContain(`      statement: COMMENT ON TABLE "s"."d" IS 'ok\\rDROP TABLE s.x; --\\u202e'`);
    expect(text).toContain('      error: syntax error near "\\u001b[2K"');
    expect(text).toContain('      not run: \\u2028hidden');
    const md = renderApplyMarkdown(failed);
    expect(md).not.toMatch(hidden);
    expect(md).toContain(`    statement: COMMENT ON TABLE "s"."d" IS 'ok\\rDROP TABLE s.x; --\\u202e'`);
    expect(md).toContain('    error: syntax error near "\\u001b[2K"');
  });
});

describe('apply results of a failed batch', () => {
  const batch = 'ALTER TABLE "s"."t" ALTER COLUMN "a" COMMENT \'A\', ALTER COLUMN "b" COMMENT \'B\', ALTER COLUMN "c" COMMENT \'C\'';
  const reason = 'rolled back: a later statement of this database failed';
  function batchResult(): ApplyResult {
    const results: ChangeResult[] = [
      ...Array.from({ length: 21 }, (_, i): ChangeResult => ({ change: change(`n${i}`, 'N'), status: 'not_run', reason })),
      ...['a', 'b', 'c'].map((name): ChangeResult => ({ change: change(`f_${name}`, 'F'), status: 'failed', statement: batch, error: 'permission denied for table t' })),
    ];
    return { results, summary: summariseResults(results) };
  }

  it('shows each failed statement once with its error, and what did not run as a count with its reason once', () => {
    const result = batchResult();
    for (const out of [renderApplyText(result), renderApplyMarkdown(result)]) {
      expect(out.split(batch)).toHaveLength(2);
      expect(out.split('permission denied for table t')).toHaveLength(2);
      expect(out.split(reason)).toHaveLength(2);
    }
    const md = renderApplyMarkdown(result);
    expect(md).toContain('#### Failed (3), 1 statement');
    expect(md).toContain(`<summary>Not run (21): ${reason}</summary>`);
    // Failures are shown open: the one thing a reader of a failed apply must see.
    expect(md.indexOf('#### Failed')).toBeLessThan(md.indexOf('<details>'));
  });
});
