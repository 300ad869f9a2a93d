import { describe, expect, it } from 'vitest';
import { summariseResults } from '../../src/apply/apply.js';
import { renderApplyMarkdown, renderApplyText } from '../../src/apply/render.js';
import { renderApplyJson } from '../../src/apply/render-json.js';
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

describe('apply results at scale', () => {
  const tableIn = (schema: string, table: string, column?: string): Change => ({
    ...change(table, 'D'),
    object: column === undefined ? { kind: 'table', database: 'db', schema, table } : { kind: 'column', database: 'db', schema, table, column },
  });

  /** 2 schemas × 500 tables × (the table and 4 columns): 5,000 changes not run after transaction 2 of 4 failed. */
  function rolledOut(): ApplyResult {
    const failedReason = 'not run: transaction 2 of 4 on database "db" failed (rolled back; 1 committed)';
    const results: ChangeResult[] = [];
    for (const schema of ['s1', 's2']) {
      for (let t = 0; t < 500; t++) {
        for (const column of [undefined, 'a', 'b', 'c', 'd']) results.push({ change: tableIn(schema, `t${t}`, column), status: 'not_run', reason: failedReason });
      }
    }
    results.unshift({ change: tableIn('s0', 'broken'), status: 'failed', statement: 'COMMENT ON TABLE "s0"."broken" IS \'D\'', error: 'permission denied' });
    const transaction = { service: 'warehouse', database: 'db', objects: 1, changes: 1, statements: 1, first: tableIn('s0', 'a').object, last: tableIn('s0', 'z').object };
    return {
      results,
      summary: summariseResults(results),
      transactions: [
        { ...transaction, index: 1, of: 4, status: 'committed' },
        { ...transaction, index: 2, of: 4, status: 'rolled_back', error: 'permission denied' },
        { ...transaction, index: 3, of: 4, status: 'not_run' },
        { ...transaction, index: 4, of: 4, status: 'not_run' },
      ],
    };
  }

  it('as text past 200 changes: the failure whole, what did not run counted per schema with its first changes, and where the rest is', () => {
    const text = renderApplyText(rolledOut());
    expect(text.split('\n').length).toBeLessThan(60);
    expect(text).toContain('Transactions:\n  warehouse/db: transaction 2 of 4 failed (rolled back): permission denied; 1 committed (db.s0.a … db.s0.z); 2 not run.');
    expect(text).toContain('Failed:\n  + table db.s0.broken description: (none) → "D"\n      statement: COMMENT ON TABLE "s0"."broken" IS \'D\'\n      error: permission denied');
    expect(text).toContain(
      [
        'Not run (5000), per reason:',
        '  not run: transaction 2 of 4 on database "db" failed (rolled back; 1 committed): 5000 change(s)',
        '      db.s1: 2500 change(s) on 500 table(s)',
        '      db.s2: 2500 change(s) on 500 table(s)',
        '    first 10:',
        '      + table db.s1.t0 description: (none) → "D"',
        '      + column db.s1.t0.a description: (none) → "D"',
      ].join('\n'),
    );
    expect(text).toContain('Every change and its outcome: run with `--format json`');
  });

  it('as text up to 200 changes: one line per change, as before', () => {
    const small = rolledOut();
    small.results = small.results.slice(0, 200);
    small.summary = summariseResults(small.results);
    const text = renderApplyText(small);
    expect(text).toContain('Not run:\n  + table db.s1.t0 description');
    expect(text.split('\n').filter((line) => line.startsWith('  + ')).length).toBe(200);
    expect(text).not.toContain('--format json');
  });

  it('as JSON: every transaction, with its status and the objects it wrote', () => {
    const document = JSON.parse(renderApplyJson(rolledOut(), []));
    expect(document.transactions).toHaveLength(4);
    expect(document.transactions[1]).toEqual({
      service: 'warehouse',
      database: 'db',
      index: 2,
      of: 4,
      status: 'rolled_back',
      objects: 1,
      changes: 1,
      statements: 1,
      first: { kind: 'table', database: 'db', schema: 's0', table: 'a' },
      last: { kind: 'table', database: 'db', schema: 's0', table: 'z' },
      error: 'permission denied',
    });
  });
});

describe('apply results in markdown, split into transactions', () => {
  it('say under the counts which transaction failed and which committed', () => {
    const results: ChangeResult[] = [{ change: change('a', 'A'), status: 'applied' }];
    const transaction = { service: 'warehouse', database: 'db', objects: 1, changes: 1, statements: 1, first: change('a', 'A').object, last: change('b', 'B').object };
    const md = renderApplyMarkdown({
      results,
      summary: summariseResults(results),
      transactions: [
        { ...transaction, index: 1, of: 2, status: 'committed' },
        { ...transaction, index: 2, of: 2, status: 'rolled_back', error: 'permission denied for <table>' },
      ],
    });
    expect(md).toContain('**1 applied, 0 failed, 0 not run**\n\n- warehouse/db: transaction 2 of 2 failed (rolled back): permission denied for &lt;table&gt;; 1 committed (db.s.a … db.s.b); 0 not run.');
  });
});
