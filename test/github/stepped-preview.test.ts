/**
 * What the Action reports of a plan made a step at a time (manifests bigger than one plan step)
 * must be what it reports of the same plan made whole: the change-set fingerprint fed step by
 * step, and the comment and job summary made from a bounded preview (counts and first changes).
 */
import { describe, expect, it } from 'vitest';
import { ChangeSetFingerprint, changeSetFingerprint } from '../../src/core/reviewed.js';
import { redactor } from '../../src/model/redact.js';
import { planCommentPages, planSummaryBody, type BodyOptions } from '../../src/github/render.js';
import { reviewRecord } from '../../src/github/review.js';
import { assemblePlan } from '../../src/plan/assemble.js';
import { MarkdownPreview } from '../../src/plan/render/markdown.js';
import type { Change, Plan, PlannedStatement } from '../../src/plan/types.js';
import { withStatements, type ChangeWithSql } from '../plan-statements.js';

/** `count` changes over tables of 20 columns: sets, edits, clears and tags, one statement each and one batched over two. */
function planOf(count: number): Plan {
  const changes: ChangeWithSql[] = [];
  for (let i = 0; i < count; i++) {
    const schema = `sales_${Math.floor(i / 400)}`;
    const table = `fact_${Math.floor(i / 20)}`;
    const object = { kind: 'column' as const, database: 'analytics', schema, table, column: `measure_${i % 20}` };
    const sql = [`COMMENT ON COLUMN "${schema}"."${table}"."measure_${i % 20}" IS '${i}'`];
    if (i % 10 === 3) changes.push({ service: 'warehouse', object, field: 'tag', tag: 'PII', action: 'add', before: null, after: 'Sensitive', sql });
    else if (i % 25 === 7) changes.push({ service: 'warehouse', object, field: 'description', action: 'clear', before: `Measure ${i}, deprecated`, after: null, sql });
    else changes.push({ service: 'warehouse', object, field: 'description', action: 'set', before: null, after: `Measure ${i} in euros`, sql: i % 20 === 1 ? [`ALTER TABLE "${schema}"."${table}" batch`] : sql });
  }
  return assemblePlan({
    manifestsDigest: 'sha256:m',
    configDigest: 'sha256:c',
    services: [{ name: 'warehouse', type: 'postgres', plan: { ...withStatements(changes), conflicts: [], warnings: [], observedDigest: 'sha256:o' } }],
  });
}

/** The plan's entries in steps of `size` changes, each with the statements its changes name (as planWorkspace hands them to sinks). */
function stepsOf(plan: Plan, size: number): Array<{ changes: Change[]; statements: PlannedStatement[] }> {
  const steps = [];
  for (let from = 0; from < plan.changes.length; from += size) {
    const changes = plan.changes.slice(from, from + size);
    const named = new Set(changes.flatMap((change) => change.statements));
    steps.push({ changes, statements: plan.statements.filter((statement) => named.has(statement.id)) });
  }
  return steps;
}

const options: BodyOptions = { redact: redactor([]), title: 'revmeta plan · revmeta.yaml', pointer: 'Everything is in the job summary.', footer: '<sub>footer</sub>' };

describe('a plan made a step at a time, reported as the same plan made whole', () => {
  it('the incremental fingerprint is changeSetFingerprint of the whole plan, for either target', () => {
    const plan = planOf(2_000);
    for (const target of [undefined, 'openmetadata'] as const) {
      const fingerprint = new ChangeSetFingerprint(target);
      for (const step of stepsOf(plan, 300)) fingerprint.add(step.changes, step.statements);
      expect(fingerprint.digest()).toBe(changeSetFingerprint({ ...plan, ...(target ? { target } : {}) }));
    }
    const empty = new ChangeSetFingerprint(undefined);
    expect(empty.digest()).toBe(changeSetFingerprint({ ...plan, changes: [], statements: [] }));
  });

  it('a preview that holds every change gives the plan itself: the same comment, summary and review record', () => {
    const plan = planOf(2_000);
    const preview = new MarkdownPreview();
    for (const step of stepsOf(plan, 300)) preview.add(step.changes, step.statements);
    const shown = preview.plan({ ...plan, changes: [], statements: [] });
    expect(shown.held).toBeUndefined();
    expect(shown.plan.changes).toEqual(plan.changes);
    expect(shown.plan.statements).toEqual(plan.statements);
    expect(planCommentPages(shown.plan, 100, options)).toEqual(planCommentPages(plan, 100, options));
    expect(reviewRecord(shown.plan, 'abc', { fingerprint: changeSetFingerprint(plan), changes: 2_000 })).toEqual(reviewRecord(plan, 'abc'));
  });

  it('a preview past its budget holds the first changes and counts the rest; the first comment and the summary are the whole plan\'s', () => {
    const plan = planOf(6_000);
    // The whole plan's first comment shows fewer changes than this budget holds (the Action's default holds more than a 1 MB summary shows).
    const whole = planCommentPages(plan, 100, options, 1);
    const preview = new MarkdownPreview(200_000);
    for (const step of stepsOf(plan, 700)) preview.add(step.changes, step.statements);
    const shown = preview.plan({ ...plan, changes: [], statements: [] });
    expect(shown.held).toBeDefined();
    expect(shown.held!.total).toBe(6_000);
    expect(shown.plan.changes.length).toBeLessThan(6_000);
    expect(shown.plan.changes).toEqual(plan.changes.slice(0, shown.plan.changes.length));
    const held = { ...options, held: shown.held! };
    const pages = planCommentPages(shown.plan, 100, held, 1);
    expect(pages).toEqual(whole);
    expect(pages.pages[0]).toContain('#### Clears and removals (240)');
    expect(pages.pages[0]).toContain('of 6000</summary>');
    // The job summary (1 MB) shows every held change, and says how many more the plan has.
    expect(planSummaryBody(shown.plan, held).body).toContain(`> This plan is too large to show in full here. ${6_000 - shown.plan.changes.length} change(s) are not shown here.`);
    // The comment's marker: the counts and fingerprint of the whole plan, no per-change entries.
    const record = reviewRecord(shown.plan, 'abc', { fingerprint: changeSetFingerprint(plan), changes: 6_000 });
    expect(record).toEqual(reviewRecord(plan, 'abc'));
  });
});
