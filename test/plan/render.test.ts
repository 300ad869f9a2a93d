import { describe, expect, it } from 'vitest';
import { assemblePlan } from '../../src/plan/assemble.js';
import { renderJson } from '../../src/plan/render/json.js';
import { renderMarkdown } from '../../src/plan/render/markdown.js';
import { renderText } from '../../src/plan/render/text.js';
import { visible } from '../../src/plan/render/common.js';
import type { Plan } from '../../src/plan/types.js';
import { withStatements, type ChangeWithSql } from '../plan-statements.js';
import { parseSavedPlan, stalenessReasons } from '../../src/core/stale.js';

const table = { kind: 'table' as const, database: 'analytics', schema: 'public', table: 'orders', relation: 'table' as const };
const column = { kind: 'column' as const, database: 'analytics', schema: 'public', table: 'orders', column: 'id' };

function samplePlan(changes: ChangeWithSql[] = sampleChanges()): Plan {
  return assemblePlan({
    manifestsDigest: 'sha256:m',
    configDigest: 'sha256:c',
    services: [
      {
        name: 'warehouse',
        type: 'postgres',
        plan: {
          ...withStatements(changes),
          conflicts: [
            { service: 'warehouse', object: table, field: 'owner', reason: 'owners a, b map to 2 principals', location: { file: 'm.yaml', line: 4, column: 5 } },
          ],
          warnings: [{ service: 'warehouse', code: 'unsupported-field', field: 'tag', message: 'postgres cannot store tags on a table: not applied' }],
          observedDigest: 'sha256:o',
        },
      },
    ],
  });
}

function sampleChanges(): ChangeWithSql[] {
  return [
    { service: 'warehouse', object: column, field: 'description', action: 'set', before: null, after: 'Surrogate key', sql: ["COMMENT ON COLUMN \"public\".\"orders\".\"id\" IS 'Surrogate key'"] },
    { service: 'warehouse', object: table, field: 'description', action: 'clear', before: 'old\nline', after: null, sql: ['COMMENT ON TABLE "public"."orders" IS NULL'] },
    { service: 'warehouse', object: table, field: 'owner', action: 'set', before: 'postgres', after: 'alice', sql: ['ALTER TABLE "public"."orders" OWNER TO "alice"'] },
  ];
}

describe('text', () => {
  it('shows counts first, a removal warning, one Terraform-style line per change, SQL, conflicts and warnings', () => {
    const text = renderText(samplePlan(), { showSql: true });
    expect(text).toBe(
      [
        'Plan: 3 changes (1 description clear, 1 description set, 1 owner set), 1 conflict, 1 warning',
        'Warning: 1 change(s) clear or remove a value at the source.',
        '',
        'Service warehouse (postgres): 3 change(s)',
        '  + column analytics.public.orders.id description: (none) → "Surrogate key"',
        "      COMMENT ON COLUMN \"public\".\"orders\".\"id\" IS 'Surrogate key'",
        '  - table analytics.public.orders description: "old\\nline" → (none)',
        '      COMMENT ON TABLE "public"."orders" IS NULL',
        '  ~ table analytics.public.orders owner: "postgres" → "alice"',
        '      ALTER TABLE "public"."orders" OWNER TO "alice"',
        '',
        'Conflicts (1), not applied:',
        '  ! [warehouse] table analytics.public.orders owner: owners a, b map to 2 principals (m.yaml:4:5)',
        '',
        'Warnings (1):',
        '  ? [warehouse] postgres cannot store tags on a table: not applied',
        '',
      ].join('\n'),
    );
  });

  it('uses colour only when asked (a TTY)', () => {
    expect(renderText(samplePlan())).not.toMatch(/\u001b\[/);
    expect(renderText(samplePlan(), { colour: true })).toMatch(/\u001b\[32m\+ column/);
  });

  it('folds long values', () => {
    const long = 'x'.repeat(500);
    const text = renderText(samplePlan([{ ...sampleChanges()[0]!, after: long }]));
    expect(text).toContain('…" (500 chars)');
    expect(text).not.toContain(long);
  });

  it('says so when there is nothing to do', () => {
    const empty = assemblePlan({ manifestsDigest: 'm', configDigest: 'c', services: [] });
    expect(renderText(empty)).toContain('No changes. The sources match the manifests.');
  });
});

describe('markdown', () => {
  it('has counts, a banner, the changes per table with SQL, and fences that SQL cannot close', () => {
    const withTicks = sampleChanges();
    withTicks[0] = { ...withTicks[0]!, after: 'a ```` b', sql: ["COMMENT ON COLUMN x IS 'a ```` b'"] };
    const md = renderMarkdown(samplePlan(withTicks));
    expect(md).toContain('**3 changes (1 description clear, 1 description set, 1 owner set), 1 conflict, 1 warning**');
    expect(md).toContain('> [!WARNING]');
    // A small plan is shown open, grouped by table, updates marked `!` (GitHub colours them).
    expect(md).toContain('#### warehouse (postgres): 3 change(s)');
    expect(md).toContain('**table analytics.public.orders**');
    expect(md).toContain('! owner: "postgres" → "alice"');
    expect(md).toContain('| description | set | 1 |');
    // The fence is longer than the longest run of backticks inside it.
    expect(md).toMatch(/^`````sql$/m);
    expect(md.match(/<details>/g)?.length).toBe(md.match(/<\/details>/g)?.length);
  });
});

/** What must never reach a terminal or a comment raw: controls but the line feed, DEL, C1, bidi, zero-width, separators. */
const HIDDEN = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/u;

describe('control characters', () => {
  // A carriage return can hide a statement behind a harmless-looking line on a terminal, and
  // a right-to-left override reverses what follows it.
  const sneaky = "Harmless\r'); DROP TABLE orders; --\u202Eetoned";
  function sneakyPlan(): Plan {
    const changes = sampleChanges();
    changes[0] = {
      ...changes[0]!,
      object: { ...column, column: 'id\u200B' },
      after: sneaky,
      sql: [`COMMENT ON COLUMN "public"."orders"."id\u200B" IS '${sneaky.replace("'", "''")}\r\nsecond line'\u001b[2K\u0085\u2028\u007f\ufeff`],
    };
    return samplePlan(changes);
  }

  it('text shows them escaped, in values and in SQL, and keeps line breaks of multi-line SQL', () => {
    const text = renderText(sneakyPlan(), { showSql: true });
    expect(text).not.toMatch(HIDDEN);
    expect(text).toContain(`+ column analytics.public.orders.id\\u200b description: (none) → "Harmless\\r'); DROP TABLE orders; --\\u202eetoned"`);
    expect(text).toContain(
      `      COMMENT ON COLUMN "public"."orders"."id\\u200b" IS 'Harmless\\r''); DROP TABLE orders; --\\u202eetoned\\r\n      second line'\\u001b[2K\\u0085\\u2028\\u007f\\ufeff\n`,
    );
  });

  it('markdown shows them escaped in the diff, the SQL, conflicts and warnings', () => {
    const plan = sneakyPlan();
    plan.conflicts[0]!.reason = 'owners a\rb map to 2 principals';
    plan.warnings[0]!.message = 'odd \u202Ename';
    const md = renderMarkdown(plan);
    expect(md).not.toMatch(HIDDEN);
    expect(md).toContain(`'Harmless\\r''); DROP TABLE orders; --\\u202eetoned\\r\nsecond line'`);
    expect(md).toContain(`"Harmless\\r'); DROP TABLE orders; --\\u202eetoned"`);
    // Inline markdown escapes the backslash itself, so the reader sees `\r`.
    expect(md).toContain('owners a\\\\rb map');
    expect(md).toContain('odd \\\\u202ename');
  });

  it('visible() escapes every hidden character, and line feeds only where a line is one line', () => {
    expect(visible('a\r\nb\tc\u0000\u001b\u007f\u009b\u061c\u200b\u200e\u2028\u2029\u202a\u202e\u2066\u2069\u2060\ufeff é 🎉')).toBe(
      'a\\r\\nb\\tc\\u0000\\u001b\\u007f\\u009b\\u061c\\u200b\\u200e\\u2028\\u2029\\u202a\\u202e\\u2066\\u2069\\u2060\\ufeff é 🎉',
    );
    expect(visible('one\r\ntwo\nthree', { keepLineBreaks: true })).toBe('one\\r\ntwo\nthree');
    expect(visible('plain text, "quotes" and \\backslashes\\')).toBe('plain text, "quotes" and \\backslashes\\');
  });

  it('the JSON plan keeps values exact', () => {
    const json = renderJson(sneakyPlan());
    expect((JSON.parse(json) as Plan).changes[0]!.after).toBe(sneaky);
  });
});

describe('json', () => {
  it('round-trips as the saved plan format', () => {
    const plan = samplePlan();
    const parsed = parseSavedPlan(renderJson(plan), 'plan.json');
    expect(parsed).toEqual(plan);
    expect(parsed).toMatchObject({ formatVersion: '2.0', summary: { changes: 3, statements: 3, conflicts: 1, warnings: 1 } });
  });

  it('refuses what is not a plan, or another format version', () => {
    expect(() => parseSavedPlan('{', 'p.json')).toThrow(/p.json: not a plan file/);
    expect(() => parseSavedPlan('{"changes":[],"services":[],"formatVersion":"9"}', 'p.json')).toThrow(/format 9 is not supported/);
  });
});

describe('staleness', () => {
  it('holds when nothing moved', () => {
    expect(stalenessReasons(samplePlan(), samplePlan())).toEqual([]);
  });

  it('names manifests, config and the objects that moved at the source', () => {
    const saved = samplePlan();
    const changes = sampleChanges();
    changes[0] = { ...changes[0]!, before: 'someone wrote this meanwhile' };
    const fresh = samplePlan(changes);
    fresh.manifestsDigest = 'sha256:other';
    fresh.configDigest = 'sha256:other';
    fresh.services[0]!.observedDigest = 'sha256:moved';
    expect(stalenessReasons(saved, fresh)).toEqual([
      'the manifests changed since the plan was made',
      'the config changed since the plan was made',
      'the live state of service "warehouse" changed since the plan was made: column analytics.public.orders.id description',
    ]);
  });
});

describe('word-level description diffs', () => {
  const before = 'One row per order placed on the web shop or in a store. Refunds are separate rows with a negative amount, linked to the order they refund.';
  const after = 'One row per order line placed on the web shop or in a store. Refunds are negative rows with a negative amount, linked to the order they refund.';
  const edit: ChangeWithSql = { service: 'warehouse', object: table, field: 'description', action: 'set', before, after, sql: ['COMMENT ON TABLE "public"."orders" IS …'] };

  it('text shows what changed inside an edited description, as git --word-diff, unchanged words folded', () => {
    const text = renderText(samplePlan([edit]));
    expect(text).toContain('  ~ table analytics.public.orders description: One row per order {+line +}placed on the web … a store. Refunds are [-separate-]{+negative+} rows with a negative …\n');
  });

  it('keeps a long description readable: only the edit and a few words around it', () => {
    const long = Array.from({ length: 200 }, (_, i) => `word${i}`).join(' ');
    const text = renderText(samplePlan([{ ...edit, before: long, after: long.replace('word100 ', 'word100 inserted ') }]));
    const line = text.split('\n').find((l) => l.includes('description:'))!;
    expect(line).toBe('  ~ table analytics.public.orders description: … word97 word98 word99 word100 {+inserted +}word101 word102 word103 word104 …');
  });

  it('escapes hidden characters and line breaks inside the word diff', () => {
    const text = renderText(samplePlan([{ ...edit, before: 'a\nb', after: 'a\nc\u202e' }]));
    expect(text).toContain('description: a\\n[-b-]{+c\\u202e+}');
    expect(text).not.toMatch(HIDDEN);
  });
});

describe('markdown review layout', () => {
  const link = (location: { file: string; line: number }) => `https://github.com/o/r/blob/abc123/${location.file}#L${location.line}`;

  it('puts conflicts first, in a CAUTION alert, each linked to its manifest line', () => {
    const md = renderMarkdown(samplePlan(), { linkLocation: link });
    const alert = md.indexOf('> [!CAUTION]');
    expect(alert).toBeGreaterThan(0);
    expect(alert).toBeLessThan(md.indexOf('#### warehouse'));
    expect(md).toContain(
      '> - **warehouse** table analytics.public.orders owner: owners a, b map to 2 principals ([m.yaml:4:5](https://github.com/o/r/blob/abc123/m.yaml#L4))',
    );
    // Without a link (the CLI), the location is text.
    expect(renderMarkdown(samplePlan())).toContain('owners a, b map to 2 principals (m.yaml:4:5)');
  });

  it('shows an edited description as old and new text in the diff block, unchanged words folded', () => {
    const before = 'One row per order placed on the web shop or in a store.\nRefunds are separate rows.';
    const after = 'One row per order line placed on the web shop or in a store.\nRefunds are negative rows.';
    const md = renderMarkdown(samplePlan([{ ...sampleChanges()[1]!, action: 'set', before, after }]));
    expect(md).toContain(
      ['! description:', '-   One row per order placed on the web … a store.', '-   Refunds are separate rows.', '+   One row per order line placed on the web … a store.', '+   Refunds are negative rows.'].join('\n'),
    );
  });

  it('groups changes by table (the table first, then its columns) and folds only beyond a size', () => {
    const md = renderMarkdown(samplePlan());
    const block = md.slice(md.indexOf('**table analytics.public.orders**'));
    expect(block).toMatch(/^\*\*table analytics\.public\.orders\*\*\n\n```diff\n- description: "old\\nline" → \(none\)\n! owner: "postgres" → "alice"\n\+ column id description: \(none\) → "Surrogate key"\n```/);
    expect(md).not.toContain('<details>');
    const many = Array.from({ length: 40 }, (_, i): ChangeWithSql => ({ ...sampleChanges()[0]!, object: { ...column, column: `c${i}` } }));
    expect(renderMarkdown(samplePlan(many))).toContain('<details>\n<summary>warehouse (postgres): 40 change(s)</summary>');
  });
});

describe('markdown statements next to their changes', () => {
  const customers = { ...table, table: 'customers' };
  const orderColumn = (name: string) => ({ ...column, column: name });
  // A batched statement (one ALTER for two columns), a statement of its own per table, and a
  // statement that carries changes of two tables (shown once, under the last of them).
  const batch = 'ALTER TABLE "public"."orders" ALTER COLUMN "a" COMMENT \'A\', ALTER COLUMN "b" COMMENT \'B\'';
  const shared = 'GRANT OWNERSHIP ON TABLES "orders", "customers" TO "alice"';
  const changes: ChangeWithSql[] = [
    { service: 'warehouse', object: orderColumn('a'), field: 'description', action: 'set', before: null, after: 'A', sql: [batch] },
    { service: 'warehouse', object: table, field: 'owner', action: 'set', before: 'postgres', after: 'alice', sql: [shared] },
    { service: 'warehouse', object: customers, field: 'description', action: 'set', before: null, after: 'People', sql: ['COMMENT ON TABLE "public"."customers" IS \'People\''] },
    { service: 'warehouse', object: orderColumn('b'), field: 'description', action: 'set', before: null, after: 'B', sql: [batch] },
    { service: 'warehouse', object: customers, field: 'owner', action: 'set', before: 'postgres', after: 'alice', sql: [shared] },
  ];
  const count = (text: string, what: string) => text.split(what).length - 1;

  it('shows each statement once, in the table block of the changes it carries, not in one list per service', () => {
    const md = renderMarkdown(samplePlan(changes));
    const orders = md.slice(md.indexOf('**table analytics.public.orders**'), md.indexOf('**table analytics.public.customers**'));
    const customerBlock = md.slice(md.indexOf('**table analytics.public.customers**'));
    expect(md.indexOf('**table analytics.public.orders**')).toBeLessThan(md.indexOf('**table analytics.public.customers**'));
    expect(orders).toContain(`\`\`\`sql\n${batch};\n\`\`\``);
    // In run order (statement ids), which is the order of first use.
    expect(customerBlock).toContain(`\`\`\`sql\n${shared};\nCOMMENT ON TABLE "public"."customers" IS 'People';\n\`\`\``);
    for (const text of [batch, shared, 'COMMENT ON TABLE "public"."customers"']) expect(count(md, text)).toBe(1);
  });

  it('does the same in the folded form of a larger plan', () => {
    const many = [...changes, ...Array.from({ length: 40 }, (_, i): ChangeWithSql => ({ ...sampleChanges()[0]!, object: { ...column, table: `t${i}` }, sql: [`COMMENT ON COLUMN "public"."t${i}"."id" IS 'Surrogate key'`] }))];
    const md = renderMarkdown(samplePlan(many));
    const t7 = md.slice(md.indexOf('**table analytics.public.t7**'), md.indexOf('**table analytics.public.t8**'));
    expect(t7).toContain(`COMMENT ON COLUMN "public"."t7"."id" IS 'Surrogate key';`);
    expect(count(md, `"public"."t7"."id"`)).toBe(1);
  });
});

describe('secrets in word diffs', () => {
  it('masks a secret before the diff can split it into kept and changed words', () => {
    const secret = 'hunter2-secret-value';
    const redact = (text: string) => text.replaceAll(secret, '***');
    const change: ChangeWithSql = { ...sampleChanges()[2]!, field: 'description', before: `pw ${secret}`, after: `pw ${secret.replace('secret', 'public')}` };
    for (const out of [renderText(samplePlan([change]), { redact }), renderMarkdown(samplePlan([change]), { redact })]) {
      expect(redact(out)).not.toMatch(/secret/);
    }
  });
});

describe('text before an apply of many changes', () => {
  /** 300 tables in 2 schemas, each with a table and a column change. */
  function bigPlan(): Plan {
    const changes: ChangeWithSql[] = [];
    for (let t = 0; t < 300; t++) {
      const schema = t < 200 ? 'public' : 'sales';
      const on = { kind: 'table' as const, database: 'analytics', schema, table: `t${t}` };
      changes.push({ service: 'warehouse', object: on, field: 'description', action: 'set', before: null, after: 'T', sql: [`COMMENT ON TABLE t${t} IS 'T'`] });
      changes.push({ service: 'warehouse', object: { ...on, kind: 'column', column: 'id' }, field: 'description', action: 'set', before: null, after: 'K', sql: [`COMMENT ON COLUMN t${t}.id IS 'K'`] });
    }
    return samplePlan(changes);
  }

  it('past maxChangeLines: counts per schema and table, the first changes with their SQL, and where the rest is', () => {
    const text = renderText(bigPlan(), { showSql: true, maxChangeLines: 20 });
    expect(text.split('\n').length).toBeLessThan(80);
    expect(text).toContain(
      [
        'Service warehouse (postgres): 600 change(s)',
        '  analytics.public: 400 change(s) on 200 table(s): t0 2, t1 2, t2 2, t3 2, t4 2, and 195 more table(s)',
        '  analytics.sales: 200 change(s) on 100 table(s): t200 2, t201 2, t202 2, t203 2, t204 2, and 95 more table(s)',
        '  First 20 change(s):',
        '  + table analytics.public.t0 description: (none) → "T"',
        "      COMMENT ON TABLE t0 IS 'T'",
      ].join('\n'),
    );
    expect(text).toContain('580 more change(s) are not listed here');
    expect(text).toContain('`revmeta plan --out plan.json` saves them');
    // Conflicts and warnings stay listed whole.
    expect(text).toContain('Conflicts (1), not applied:');
  });

  it('up to maxChangeLines: one line per change, as without it', () => {
    const plan = samplePlan();
    expect(renderText(plan, { showSql: true, maxChangeLines: 20 })).toBe(renderText(plan, { showSql: true }));
  });
});
