/**
 * Comments within GitHub's limits: plans and apply results of any size give a comment
 * under 65,536 characters (a summary under 1 MiB), degrading in whole steps, with every
 * code fence and <details> block closed.
 */
import { describe, expect, it } from 'vitest';
import { summariseResults } from '../../src/apply/apply.js';
import { redactor } from '../../src/model/redact.js';
import { COMMENT_LIMIT, commentMarker } from '../../src/github/comment.js';
import { AppliedOverview, applyCommentBody, planCommentBody, planSummaryBody, SUMMARY_LIMIT_BYTES } from '../../src/github/render.js';
import { assemblePlan } from '../../src/plan/assemble.js';
import { renderApplyMarkdownWithin } from '../../src/apply/render.js';
import { renderMarkdown, renderPlanMarkdown, renderPlanPages } from '../../src/plan/render/markdown.js';
import type { ApplyResult, ChangeResult, Conflict, Plan } from '../../src/plan/types.js';
import { withStatements, type ChangeWithSql } from '../plan-statements.js';

const marker = commentMarker('plan', { config: 'revmeta.yaml' });
const noRedact = redactor([]);

/** A value that tries every way out of a block: backtick runs, closing tags, newlines. */
const HOSTILE = 'ends ```` here </details></summary> <details> and\n```\nnew lines `x`';

function changeAt(i: number, service = 'warehouse'): ChangeWithSql {
  const schema = `schema_${Math.floor(i / 500)}`;
  const table = `table_${Math.floor(i / 20)}`;
  const kind = i % 7 === 0 ? 'clear' : 'set';
  const value = i % 3 === 0 ? `${HOSTILE} ${i}` : `Description number ${i}`;
  return {
    service,
    object: { kind: 'column', database: 'analytics', schema, table, column: `col_${i}` },
    field: 'description',
    action: kind,
    before: kind === 'clear' ? value : null,
    after: kind === 'clear' ? null : value,
    sql: [`COMMENT ON COLUMN "${schema}"."${table}"."col_${i}" IS ${kind === 'clear' ? 'NULL' : `'${value.replaceAll("'", "''")}'`}`],
  };
}

function planOf(count: number, conflicts: Conflict[] = []): Plan {
  const changes = Array.from({ length: count }, (_, i) => changeAt(i));
  return assemblePlan({
    manifestsDigest: 'sha256:m',
    configDigest: 'sha256:c',
    services: [{ name: 'warehouse', type: 'postgres', plan: { ...withStatements(changes), conflicts, warnings: [], observedDigest: 'sha256:o' } }],
  });
}

/** CommonMark fences (a close is backticks only, at least as long as the open) and HTML blocks outside them. */
function expectWellFormed(text: string): void {
  let fence: string | null = null;
  let details = 0;
  let summaries = 0;
  for (const line of text.split('\n')) {
    if (fence !== null) {
      const close = /^ {0,3}(`+)\s*$/.exec(line);
      if (close && close[1]!.length >= fence.length) fence = null;
      continue;
    }
    const open = /^ {0,3}(`{3,})[^`]*$/.exec(line);
    if (open) {
      fence = open[1]!;
      continue;
    }
    details += (line.match(/<details>/g) ?? []).length - (line.match(/<\/details>/g) ?? []).length;
    summaries += (line.match(/<summary>/g) ?? []).length - (line.match(/<\/summary>/g) ?? []).length;
    expect(details).toBeGreaterThanOrEqual(0);
    expect(summaries).toBeGreaterThanOrEqual(0);
  }
  expect(fence).toBeNull();
  expect(details).toBe(0);
  expect(summaries).toBe(0);
}

describe('plan comments within 65,536 characters', () => {
  it.each([
    [1, 'full'],
    [1_000, 'first'],
    [200_000, 'first'],
  ] as const)('%i change(s): a valid comment at %s detail', (count, detail) => {
    const plan = planOf(count);
    const { body, detail: shown } = planCommentBody(plan, marker, { redact: noRedact, pointer: 'See the job summary.' });
    const comment = `${marker}\n${body}`;
    expect(comment.length).toBeLessThan(COMMENT_LIMIT);
    expectWellFormed(comment);
    expect(shown).toBe(detail);
    // Counts come first at every detail, and the removal banner whenever something is cleared.
    expect(body).toContain(`**${count} change${count === 1 ? '' : 's'}`);
    if (count > 1) expect(body).toContain('> [!WARNING]');
    if (detail !== 'full') expect(body).toContain('See the job summary.');
  });

  it('never drops to counts: the first page keeps conflicts, clears and removals, and the first objects in full', () => {
    const conflicts: Conflict[] = Array.from({ length: 5 }, (_, i) => ({
      service: 'warehouse',
      object: { kind: 'table', database: 'analytics', schema: 's', table: `t${i}` },
      reason: 'ambiguous tag',
    }));
    const plan = planOf(200_000, conflicts);
    const rendered = renderPlanMarkdown(plan, { maxLength: 20_000, pointer: 'Download the plan artifact.' });
    expect(rendered.detail).toBe('first');
    expect(rendered.text.length).toBeLessThan(20_000);
    expect(rendered.text).toContain('5 conflicts');
    expect(rendered.text).toMatch(/> \[!CAUTION\]\n> \*\*5 conflict\(s\), not applied\.\*\*/);
    expect(rendered.text).toContain('#### Clears and removals (28572)');
    expect(rendered.text).toContain('- warehouse: column analytics.schema_0.table_0.col_0 description:');
    // The first objects in full, with their values, then a note that says what is left and where.
    expect(rendered.text).toContain('warehouse · **table analytics.schema\\_0.table\\_0**');
    expect(rendered.text).toContain('+ column col_1 description: (none) → "Description number 1"');
    expect(rendered.text).toMatch(/This plan is too large to show in full here\. \d+ change\(s\) are not shown here\. Download the plan artifact\./);
    expect(rendered.text).not.toContain('| service | database | schema |');
    expectWellFormed(rendered.text);
  });

  it('splits a plan too large for one comment into pages, up to a cap, each whole', () => {
    const plan = planOf(2_000);
    const { pages, shownChanges } = renderPlanPages(plan, { maxLength: 30_000, maxPages: 3, pointer: 'Pointer.' });
    expect(pages.length).toBe(3);
    for (const page of pages) {
      expect(page.length).toBeLessThanOrEqual(30_000);
      expectWellFormed(page);
    }
    expect(pages[0]).toContain('The changes continue in the next 2 comment(s).');
    expect(pages[1]).toMatch(/^### revmeta plan \(part 2 of 3\)\n\n<details>\n<summary>Changes \d+–\d+ of 2000<\/summary>/);
    // Pages continue where the last stopped: no change twice, none skipped.
    const ranges = pages.map((page) => /<summary>Changes (\d+)–(\d+) of 2000<\/summary>/.exec(page)!.slice(1).map(Number));
    expect(ranges[0]![0]).toBe(1);
    expect(ranges[1]![0]).toBe(ranges[0]![1]! + 1);
    expect(ranges[2]![0]).toBe(ranges[1]![1]! + 1);
    expect(ranges[2]![1]).toBe(shownChanges);
    expect(shownChanges).toBeLessThan(2_000);
    // With room for every change, nothing is left over.
    const roomy = renderPlanPages(plan, { maxLength: 60_000, maxPages: 20 });
    expect(roomy.shownChanges).toBe(2_000);
    expect(roomy.pages[0]).not.toContain('are not shown here');
  });

  it('keeps hostile values inside their fences at full detail', () => {
    const plan = planOf(4); // change 3 sets a hostile value, change 0 clears one
    const text = renderMarkdown(plan);
    expectWellFormed(text);
    // The fence around a value with a run of four backticks is at least five long.
    expect(text).toMatch(/^`{5,}diff$/m);
    expect(text).toMatch(/^`{5,}sql$/m);
  });

  it('escapes names in the schema table so a pipe or newline cannot break a row', () => {
    // Plans never fall to counts per schema any more; apply results still do.
    const results: ChangeResult[] = Array.from({ length: 50 }, (_, i) => ({
      change: { ...withStatements([changeAt(i)]).changes[0]!, object: { kind: 'column' as const, database: 'db|x', schema: 'a\n| b', table: 't', column: `c${i}` } },
      status: 'applied' as const,
    }));
    const result: ApplyResult = { results, summary: summariseResults(results) };
    // The largest limit at which the rendering is the schema table.
    let rendered = renderApplyMarkdownWithin(result);
    for (let max = rendered.text.length; rendered.detail !== 'schemas' && max > 0; max -= 10) rendered = renderApplyMarkdownWithin(result, { maxLength: max });
    const rows = rendered.text.split('\n').filter((line) => line.startsWith('| warehouse'));
    expect(rows).toEqual(['| warehouse | db\\|x | a \\| b | 50 | 0 | 0 |']);
  });

  it('measures after masking secrets, and masks them everywhere', () => {
    const plan = planOf(2);
    plan.changes[1]!.after = 'the password is hunter2-secret';
    const { body } = planCommentBody(plan, marker, { redact: redactor(['hunter2-secret']) });
    expect(body).not.toContain('hunter2-secret');
    expect(body).toContain('the password is ***');
  });

  it('gives a job summary of 200,000 changes under 1 MiB', () => {
    const { body } = planSummaryBody(planOf(200_000), { redact: noRedact, pointer: 'Artifact.' });
    expect(Buffer.byteLength(body)).toBeLessThanOrEqual(SUMMARY_LIMIT_BYTES);
    expectWellFormed(body);
  });
});

describe('apply comments within 65,536 characters', () => {
  function resultOf(count: number): ApplyResult {
    const results: ChangeResult[] = Array.from({ length: count }, (_, i) => {
      const { sql, ...written } = changeAt(i);
      const change = { ...written, statements: [] };
      if (i % 1000 === 5) return { change, status: 'failed', statement: sql[0]!, error: `permission denied for table ${change.object.table}` };
      if (i % 1000 > 5 && i % 1000 < 50) return { change, status: 'not_run', reason: 'rolled back: a later statement of this database failed' };
      return { change, status: 'applied' };
    });
    return { results, summary: summariseResults(results) };
  }

  it.each([1, 1_000, 200_000])('%i change(s): a valid comment that always shows a failure', (count) => {
    const result = resultOf(count);
    const { body } = applyCommentBody(result, planOf(0), marker, { redact: noRedact, pointer: 'See the job summary.' });
    const comment = `${marker}\n${body}`;
    expect(comment.length).toBeLessThan(COMMENT_LIMIT);
    expectWellFormed(comment);
    expect(body).toContain(`**${result.summary.applied} applied, ${result.summary.failed} failed, ${result.summary.notRun} not run**`);
    if (result.summary.failed > 0) expect(body).toContain('permission denied for table');
  });

  it('names the conflicts that were not applied', () => {
    const conflicts: Conflict[] = [{ service: 'warehouse', object: { kind: 'database', database: 'analytics' }, reason: 'two owners' }];
    const { body } = applyCommentBody(resultOf(1), planOf(1, conflicts), marker, { redact: noRedact, footer: '<sub>run</sub>' });
    expect(body).toContain('1 conflict(s) were not applied');
    expect(body.trimEnd().endsWith('<sub>run</sub>')).toBe(true);
  });
});

describe('an apply too big to keep each applied change (applied a step at a time)', () => {
  it('counts the applied changes per schema and lists the first ones, what failed or did not run taken off, within a comment', async () => {
    const overview = new AppliedOverview();
    // 200,000 changes over 400 schemas in steps of 10,000; the result keeps only what did not apply.
    const notApplied: ChangeResult[] = [];
    async function* steps() {
      for (let from = 0; from < 200_000; from += 10_000) {
        const changes = Array.from({ length: 10_000 }, (_, i) => {
          const { sql: _sql, ...written } = changeAt(from + i);
          return { ...written, statements: [] };
        });
        yield { changes, statements: [] };
      }
    }
    let applied = 0;
    for await (const step of overview.observe(steps())) {
      step.changes.forEach((change) => {
        const index = Number(change.object.column!.slice(4));
        if (index === 2) notApplied.push({ change, status: 'failed', statement: 'COMMENT', error: 'permission denied' });
        else if (index >= 500 && index < 1000) notApplied.push({ change, status: 'not_run', reason: 'not run: apply stopped' });
        else applied++;
      });
    }
    const result: ApplyResult = { results: notApplied, summary: { applied, failed: 1, notRun: 500 } };
    const markdown = overview.markdown(result);
    expect(markdown).toContain(`#### Applied (${applied}) per schema`);
    // schema_0 (changes 0–499) lost one failure; schema_1 (500–999) did not run at all; schema_2 applied in full.
    expect(markdown).toContain('| warehouse | analytics | schema\\_0 | 499 |');
    expect(markdown).not.toContain('schema\\_1 |');
    expect(markdown).toContain('| warehouse | analytics | schema\\_2 | 500 |');
    expect(markdown).toContain('… and 349 more schema(s)');
    expect(markdown).toContain('The first 10 applied:');
    expect(markdown).toContain('column analytics.schema_0.table_0.col_0 description');
    expect(markdown).not.toContain('col_2 description');
    expect(markdown).toContain('column analytics.schema_0.table_0.col_10 description');
    // Kept at every detail (a footer): the comment stays within GitHub's limit, its fences closed.
    const { body } = applyCommentBody(result, planOf(0), marker, { redact: noRedact, footer: `${markdown}\n\n<sub>run</sub>` });
    expect(`${marker}\n${body}`.length).toBeLessThan(COMMENT_LIMIT);
    expectWellFormed(body);
    expect(body).toContain('| warehouse | analytics | schema\\_2 | 500 |');
  });
});

describe('a first page whose conflicts alone would not fit', () => {
  it('lists fewer, shorter conflicts, and stays within the limit', () => {
    const conflicts: Conflict[] = Array.from({ length: 60 }, (_, i) => ({
      service: 'warehouse',
      object: { kind: 'table', database: 'analytics', schema: 's', table: `t${i}` },
      reason: `description too long: ${'x'.repeat(2_000)}`,
    }));
    const { pages } = renderPlanPages(planOf(2_000, conflicts), { maxLength: 65_000 - 500, maxPages: 2 });
    expect(pages[0]!.length).toBeLessThanOrEqual(65_000 - 500);
    expect(pages[0]).toContain('> **60 conflict(s), not applied.**');
    expect(pages[0]).toContain('> - … and 50 more');
    expectWellFormed(pages[0]!);
  });
});
