/**
 * Comments within GitHub's limits: plans and apply results of any size give a comment
 * under 65,536 characters (a summary under 1 MiB), degrading in whole steps, with every
 * code fence and <details> block closed.
 */
import { describe, expect, it } from 'vitest';
import { summariseResults } from '../../src/apply/apply.js';
import { redactor } from '../../src/core/redact.js';
import { COMMENT_LIMIT, commentMarker } from '../../src/github/comment.js';
import { applyCommentBody, planCommentBody, planSummaryBody, SUMMARY_LIMIT_BYTES } from '../../src/github/render.js';
import { assemblePlan } from '../../src/plan/assemble.js';
import { renderMarkdown, renderPlanMarkdown } from '../../src/plan/render/markdown.js';
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
    [1_000, 'objects'],
    [200_000, 'schemas'],
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

  it('shows one line per object when the full plan is too long but the objects fit', () => {
    // 300 changes with long SQL: too much in full, one short line per object fits.
    const plan = planOf(300);
    for (const statement of plan.statements) if (statement.kind === 'sql') statement.text = `${statement.text} -- ${'padding '.repeat(40)}`;
    const rendered = renderPlanMarkdown(plan, { maxLength: 60_000, pointer: 'Pointer.' });
    expect(rendered.detail).toBe('objects');
    expect(rendered.text).toContain('- column analytics.schema_0.table_0.col_0: description clear');
    expect(rendered.text).toContain('+ column analytics.schema_0.table_0.col_1: description set');
    expect(rendered.text).toContain('one line per object. Pointer.');
    expectWellFormed(rendered.text);
  });

  it('falls to counts only, with the pointer, when even the schema table is too long', () => {
    const conflicts: Conflict[] = Array.from({ length: 5 }, (_, i) => ({
      service: 'warehouse',
      object: { kind: 'table', database: 'analytics', schema: 's', table: `t${i}` },
      reason: 'ambiguous tag',
    }));
    const plan = planOf(200_000, conflicts);
    const rendered = renderPlanMarkdown(plan, { maxLength: 3_000, pointer: 'Download the plan artifact.' });
    expect(rendered.detail).toBe('counts');
    expect(rendered.text).toContain('counts only. Download the plan artifact.');
    expect(rendered.text).toContain('5 conflicts');
    expect(rendered.text.length).toBeLessThan(3_000);
    expectWellFormed(rendered.text);
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
    const plan = planOf(0);
    plan.changes = withStatements([{ ...changeAt(1), object: { kind: 'table', database: 'db|x', schema: 'a\n| b', table: 't' } }]).changes;
    // The largest limit at which the rendering is the schema table.
    let rendered = renderPlanMarkdown(plan);
    for (let max = rendered.text.length; rendered.detail !== 'schemas'; max -= 10) rendered = renderPlanMarkdown(plan, { maxLength: max });
    const rows = rendered.text.split('\n').filter((line) => line.startsWith('| warehouse'));
    expect(rows).toEqual(['| warehouse | db\\|x | a \\| b | 1 | 0 |']);
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
