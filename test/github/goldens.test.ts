/**
 * The comments reviewers read, kept as golden files they can open: a small plan, a plan with
 * conflicts, a 2,000-change plan (split over comments) and a failed apply, each as the
 * markdown posted (marker included) and as HTML close to GitHub's (marked, GFM, with GitHub's
 * alerts and diff colours: see github-html.ts and goldens/README.md for what is and is not
 * checked against GitHub). Any drift fails; `UPDATE_GOLDENS=1 npx vitest run test/github/goldens.test.ts`
 * rewrites them, and the diff of the goldens is then what a reviewer checks.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { summariseResults } from '../../src/apply/apply.js';
import { redactor } from '../../src/model/redact.js';
import { changeSetFingerprint } from '../../src/core/reviewed.js';
import { commentMarker } from '../../src/github/comment.js';
import { applyCommentBody, mergeFooter, planCommentPages, type BodyOptions } from '../../src/github/render.js';
import { reviewRecord } from '../../src/github/review.js';
import type { ObjectRef } from '../../src/model/types.js';
import { assemblePlan } from '../../src/plan/assemble.js';
import type { ApplyResult, ChangeResult, Conflict, Plan, Warning } from '../../src/plan/types.js';
import { withStatements, type ChangeWithSql } from '../plan-statements.js';
import { githubHtml } from './github-html.js';

const GOLDENS = path.join(import.meta.dirname, 'goldens');
const UPDATE = process.env.UPDATE_GOLDENS === '1';
const HEAD = 'abcdef1234567890abcdef1234567890abcdef12';
const RUN = 'https://github.com/acme/data/actions/runs/4242';

const db = 'analytics';
const table = (name: string, schema = 'public'): ObjectRef => ({ kind: 'table', database: db, schema, table: name, relation: 'table' });
const column = (tableName: string, name: string, schema = 'public'): ObjectRef => ({ kind: 'column', database: db, schema, table: tableName, column: name });
const quote = (value: string | null) => (value === null ? 'NULL' : `'${value.replaceAll("'", "''")}'`);

function description(object: ObjectRef, before: string | null, after: string | null): ChangeWithSql {
  const target = object.kind === 'column' ? `COLUMN "${object.schema}"."${object.table}"."${object.column}"` : object.kind === 'table' ? `TABLE "${object.schema}"."${object.table}"` : `SCHEMA "${object.schema}"`;
  return {
    service: 'warehouse',
    object,
    field: 'description',
    action: after === null ? 'clear' : 'set',
    before,
    after,
    sql: [`COMMENT ON ${target} IS ${quote(after)}`],
  };
}

function smallChanges(): ChangeWithSql[] {
  return [
    description({ kind: 'schema', database: db, schema: 'public' }, 'Core tables', null),
    description(
      table('orders'),
      'One row per order placed on the web shop or in a store.\nRefunds are separate rows with a negative amount.',
      'One row per order line placed on the web shop or in a store.\nRefunds are negative rows linked to the order they refund.',
    ),
    { service: 'warehouse', object: table('orders'), field: 'owner', action: 'set', before: 'postgres', after: 'data_platform', sql: ['ALTER TABLE "public"."orders" OWNER TO "data_platform"'] },
    description(column('orders', 'id'), null, 'Surrogate key'),
    description(column('orders', 'customer_email'), 'Customer e-mail', 'Customer e-mail, hashed with SHA-256 before it leaves the shop'),
    description(table('customers'), null, 'One row per customer | with `pipes`, *stars* and <b>tags</b>'),
  ];
}

function planOf(changes: ChangeWithSql[], conflicts: Conflict[] = [], warnings: Warning[] = []): Plan {
  return assemblePlan({
    manifestsDigest: 'sha256:m',
    configDigest: 'sha256:c',
    services: [{ name: 'warehouse', type: 'postgres', plan: { ...withStatements(changes), conflicts, warnings, observedDigest: 'sha256:o' } }],
  });
}

function conflictPlan(): Plan {
  const file = 'metadata/warehouse/analytics/public.yaml';
  return planOf(
    smallChanges(),
    [
      { service: 'warehouse', object: table('orders'), field: 'owner', reason: 'owners data-platform, finance map to 2 principals; a source object has one owner', location: { file, line: 14, column: 5 } },
      { service: 'warehouse', object: column('orders', 'status'), field: 'tag', reason: 'ambiguous tag: two tags of classification Tier (Tier.Tier1, Tier.Tier2)', location: { file, line: 31, column: 9 } },
    ],
    [{ service: 'warehouse', code: 'missing-object', message: 'table analytics.public.order_archive is not at the source: nothing planned for it', location: { file, line: 52, column: 3 } }],
  );
}

/** 2,000 changes over 5 schemas, 100 tables of 20 columns: sets, edits, clears and tags. */
function bigPlan(): Plan {
  const changes: ChangeWithSql[] = [];
  for (let i = 0; i < 2_000; i++) {
    const schema = `sales_${Math.floor(i / 400)}`;
    const tableName = `fact_${Math.floor(i / 20)}`;
    const object = column(tableName, `measure_${i % 20}`, schema);
    if (i % 10 === 3) changes.push({ service: 'warehouse', object, field: 'tag', tag: 'PII', action: 'add', before: null, after: 'Sensitive', sql: [`ALTER TABLE "${schema}"."${tableName}" ALTER COLUMN "measure_${i % 20}" SET TAGS ('PII' = 'Sensitive')`] });
    else if (i % 25 === 7) changes.push(description(object, `Measure ${i}, deprecated`, null));
    else if (i % 4 === 1) changes.push(description(object, `Measure ${i} in euros, before tax and discounts`, `Measure ${i} in euros, after tax and before discounts`));
    else changes.push(description(object, null, `Measure ${i} in euros`));
  }
  return planOf(changes, [
    { service: 'warehouse', object: table('fact_3', 'sales_0'), field: 'owner', reason: 'owners a, b map to 2 principals', location: { file: 'metadata/warehouse/analytics/sales_0.yaml', line: 120, column: 7 } },
  ]);
}

function failedApply(): ApplyResult {
  const { changes } = withStatements(Array.from({ length: 24 }, (_, i) => description(column('orders', `col_${i}`), null, `Column ${i}`)));
  const batch = `ALTER TABLE "public"."orders" ${changes.slice(0, 3).map((change) => `ALTER COLUMN "${change.object.column}" COMMENT '${change.after}'`).join(', ')}`;
  const results: ChangeResult[] = changes.map((change, i): ChangeResult => {
    if (i < 3) return { change, status: 'failed', statement: batch, error: 'permission denied for table orders' };
    return { change, status: 'not_run', reason: 'rolled back: a statement of this database failed, so none of its changes were kept' };
  });
  return { results, summary: summariseResults(results) };
}

function planOptions(plan: Plan): BodyOptions {
  return {
    redact: redactor([]),
    title: 'revmeta plan · revmeta.yaml',
    pointer: `The full plan is in the job summary of the [workflow run](${RUN}); every change, with its SQL, is in the plan JSON: the artifact \`revmeta-plan\` of the [workflow run](${RUN}).`,
    footer: `${mergeFooter({ config: 'revmeta.yaml', services: [], fingerprint: changeSetFingerprint(plan) })}\n\n<sub>revmeta plan of abcdef1 · revmeta.yaml · [workflow run](${RUN})</sub>`,
    linkLocation: (location) => `https://github.com/acme/data/blob/${HEAD}/${location.file}#L${location.line}`,
  };
}

/** The comments of a plan as posted: each page with its marker. */
function planComments(plan: Plan): string[] {
  const marker = commentMarker('plan', { config: 'revmeta.yaml' }, reviewRecord(plan, HEAD));
  const { pages } = planCommentPages(plan, marker.length, planOptions(plan));
  return pages.map((page, index) => `${index === 0 ? marker : commentMarker('plan', { config: 'revmeta.yaml', part: index + 1 })}\n${page}`);
}

// The shorthand first: after the colours it would reset them.
const ALERT_STYLE = '.markdown-alert{padding:.5rem 1rem;margin-bottom:16px;border-left:.25em solid}.markdown-alert-title{font-weight:500}'.concat(
  ...Object.entries({ note: '#0969da', tip: '#1a7f37', important: '#8250df', warning: '#9a6700', caution: '#d1242f' }).map(
    ([kind, colour]) => `.markdown-alert-${kind}{border-left-color:${colour}}.markdown-alert-${kind} .markdown-alert-title{color:${colour}}`,
  ),
);

function html(markdown: string, title: string): string {
  const body = githubHtml(markdown);
  return [
    '<!doctype html>',
    '<meta charset="utf-8">',
    `<title>${title}</title>`,
    '<link rel="stylesheet" href="https://cdnjs.cloudflare.com/ajax/libs/github-markdown-css/5.2.0/github-markdown.min.css">',
    // That stylesheet predates alerts: their left border and title in GitHub's colours (approximate).
    `<style>${ALERT_STYLE}</style>`,
    '<article class="markdown-body" style="max-width: 980px; margin: 2em auto">',
    body,
    '</article>',
    '',
  ].join('\n');
}

function expectGolden(name: string, actual: string): void {
  const file = path.join(GOLDENS, name);
  if (UPDATE || !existsSync(file)) {
    // A missing golden is written, but the test still fails: a golden must be committed on purpose.
    mkdirSync(GOLDENS, { recursive: true });
    writeFileSync(file, actual);
    if (!UPDATE) throw new Error(`${name} was missing and has been written; check and commit it`);
    return;
  }
  expect(actual, `${name} drifted; rerun with UPDATE_GOLDENS=1 to rewrite it and review the diff`).toBe(readFileSync(file, 'utf8'));
}

describe('comment goldens (markdown and GitHub-flavoured HTML)', () => {
  const cases: Array<[string, () => string[]]> = [
    ['small-plan', () => planComments(planOf(smallChanges()))],
    ['conflict-plan', () => planComments(conflictPlan())],
    ['big-plan', () => planComments(bigPlan())],
    [
      'failed-apply',
      () => {
        const marker = commentMarker('apply', { config: 'revmeta.yaml', run: '4242' });
        const conflicts = conflictPlan();
        const { body } = applyCommentBody(failedApply(), conflicts, marker, { redact: redactor([]), footer: `<sub>revmeta apply of merge12 · revmeta.yaml · [workflow run](${RUN})</sub>` });
        return [`${marker}\n${body}`];
      },
    ],
  ];

  it.each(cases)('%s', (name, render) => {
    const comments = render();
    for (const [index, comment] of comments.entries()) {
      const file = comments.length > 1 ? `${name}.${index + 1}` : name;
      expect(comment.length).toBeLessThanOrEqual(65_536);
      expectGolden(`${file}.md`, comment);
      expectGolden(`${file}.html`, html(comment, file));
    }
  });

  it('the HTML shows alerts and diff colours as GitHub does (marked alone shows `[!CAUTION]` as text and a diff uncoloured)', () => {
    const page = html(planComments(conflictPlan())[0]!, 'conflict-plan');
    expect(page).not.toContain('[!CAUTION]');
    expect(page).not.toContain('[!WARNING]');
    expect(page).toContain('<div class="markdown-alert markdown-alert-caution">\n<p class="markdown-alert-title">Caution</p>\n<p><strong>2 conflict(s), not applied.</strong>');
    expect(page).toContain('<div class="markdown-alert markdown-alert-warning">\n<p class="markdown-alert-title">Warning</p>\n<p>1 change(s) clear or remove a value at the source.</p>\n</div>');
    // GitHub's `source.diff` scopes: inserted, deleted and changed lines, each coloured whole.
    expect(page).toContain('<div class="highlight highlight-source-diff"><pre><span class="pl-md"><span class="pl-md">-</span> description: &quot;Core tables&quot; → (none)</span>\n</pre></div>');
    expect(page).toContain('<span class="pl-mc"><span class="pl-mc">!</span> owner: &quot;postgres&quot; → &quot;data_platform&quot;</span>');
    expect(page).toContain('<span class="pl-mi1"><span class="pl-mi1">+</span> column id description: (none) → &quot;Surrogate key&quot;</span>');
    // A quote that is not an alert stays a quote; a `+` outside a diff block is not coloured.
    expect(html('> [!NOTE] not alone on its line\n\n```\n+ plain\n```\n', 'x')).toContain('<blockquote>\n<p>[!NOTE] not alone on its line</p>\n</blockquote>\n<pre><code>+ plain\n</code></pre>');
  });

  it('the 2,000-change plan is split over several comments, the first keeping conflicts and clears', () => {
    const comments = planComments(bigPlan());
    expect(comments.length).toBeGreaterThan(1);
    expect(comments[0]).toContain('> [!CAUTION]');
    expect(comments[0]).toContain('#### Clears and removals (80)');
    expect(comments[0]).not.toContain('| service | database | schema |');
  });
});
