/**
 * Bodies for what revmeta posts to GitHub, each fitted to its limit: a comment (65,536
 * characters, marker included) and a job summary (1 MiB per step). Secrets are masked
 * before measuring, since masking changes the length.
 */
import { renderApplyMarkdownWithin } from '../apply/render.js';
import type { Redactor } from '../model/redact.js';
import type { SourceLocation } from '../model/types.js';
import { Lines, measureOf, type Detail } from '../plan/render/fit.js';
import { cell, escapeInline, renderPlanMarkdown, renderPlanPages, type HeldChanges } from '../plan/render/markdown.js';
import { changeLine } from '../plan/render/common.js';
import type { ApplyWork } from '../apply/apply.js';
import type { ApplyResult, Change, Plan } from '../plan/types.js';
import { COMMENT_LIMIT } from './comment.js';

/** GitHub's limit is 1 MiB per step; keep clear of it for the runner's own framing. */
export const SUMMARY_LIMIT_BYTES = 1_000_000;
/** Room for the newline after the marker and for counting differences (code points vs. UTF-16). */
const COMMENT_SLACK = 64;

export interface BodyOptions {
  redact: Redactor;
  /** Heading of the rendering. */
  title?: string;
  /** Where everything is when details are cut (the job summary, the plan artifact). */
  pointer?: string;
  /** A last line (which commit, which run); kept at every detail. */
  footer?: string;
  /** A link to a manifest line at the planned commit (conflicts and warnings link their `file:line`). */
  linkLocation?: (location: SourceLocation) => string | undefined;
  /** The plan holds only its first changes (a plan made a step at a time): what all of them count to. */
  held?: HeldChanges;
}

/**
 * Comments a plan may take (Atlantis splits large plans likewise): the first page keeps the
 * conflicts, clears and removals and the first objects; the rest continue, up to this cap.
 */
export const MAX_COMMENT_PAGES = 5;

export interface FittedBody {
  body: string;
  detail: Detail;
}

/** The plan for a PR comment carrying `marker`. */
export function planCommentBody(plan: Plan, marker: string, options: BodyOptions): FittedBody {
  return fit(COMMENT_LIMIT - marker.length - COMMENT_SLACK, 'characters', options, (limit) => renderPlanMarkdown(plan, limit));
}

/**
 * The plan as comments: the first (carrying `marker`, and the footer) and, when the plan does
 * not fit one, continuation pages, each within the comment limit with a marker of its own
 * (`pageMarker(2)`, …). Every page has the same room, the longest marker counted.
 */
export function planCommentPages(plan: Plan, markerLength: number, options: BodyOptions, maxPages = MAX_COMMENT_PAGES): { pages: string[]; detail: Detail } {
  const footer = options.footer ? options.redact(`\n${options.footer}\n`) : '';
  const { pages, detail } = renderPlanPages(plan, {
    maxLength: COMMENT_LIMIT - markerLength - COMMENT_SLACK - footer.length,
    measure: 'characters',
    redact: options.redact,
    maxPages,
    ...(options.title !== undefined ? { title: options.title } : {}),
    ...(options.pointer !== undefined ? { pointer: options.pointer } : {}),
    ...(options.linkLocation ? { linkLocation: options.linkLocation } : {}),
    ...(options.held ? { held: options.held } : {}),
  });
  return { pages: pages.map((page, index) => (index === 0 ? `${page}${footer}` : page)), detail };
}

/**
 * What happens on merge and how to plan again, under a plan comment: the reviewed-plan rule
 * (the apply on merge re-plans and applies only this change set; see review.ts) and the
 * scope (services, target) of this comment.
 */
export function mergeFooter(options: { config: string; services: readonly string[]; target?: string; fingerprint: string }): string {
  const scope = options.services.length > 0 ? `the services ${options.services.map((name) => escapeInline(name)).join(', ')} of` : 'every service of';
  const target = options.target ? ` (written to ${escapeInline(options.target)})` : '';
  return [
    `**On merge:** the workflow that runs revmeta with \`command: apply\` on the default branch plans ${scope} ${escapeInline(options.config)} again${target} ` +
      `and applies only if its change set is still \`${options.fingerprint}\`, the one shown here. If the manifests or the sources moved since, ` +
      'or the plan has conflicts, it applies nothing and says why on this pull request.',
    '**To re-plan:** push a commit to this pull request, or re-run this workflow run.',
  ].join('\n\n');
}

/** The plan for the job summary. */
export function planSummaryBody(plan: Plan, options: BodyOptions): FittedBody {
  return fit(SUMMARY_LIMIT_BYTES, 'bytes', options, (limit) => renderPlanMarkdown(plan, limit));
}

/** An apply result for the merged PR's comment; conflicts of the plan are counted under it. */
export function applyCommentBody(result: ApplyResult, plan: Plan, marker: string, options: BodyOptions): FittedBody {
  const withConflicts = { ...options, footer: joinFooter(conflictsNote(plan), options.footer) };
  return fit(COMMENT_LIMIT - marker.length - COMMENT_SLACK, 'characters', withConflicts, (limit) => renderApplyMarkdownWithin(result, limit));
}

export function applySummaryBody(result: ApplyResult, plan: Plan, options: BodyOptions): FittedBody {
  const withConflicts = { ...options, footer: joinFooter(conflictsNote(plan), options.footer) };
  return fit(SUMMARY_LIMIT_BYTES, 'bytes', withConflicts, (limit) => renderApplyMarkdownWithin(result, limit));
}

interface Limit {
  maxLength: number;
  measure: 'characters' | 'bytes';
  redact: Redactor;
  title?: string;
  pointer?: string;
  linkLocation?: (location: SourceLocation) => string | undefined;
  held?: HeldChanges;
}

function fit(
  max: number,
  measure: 'characters' | 'bytes',
  options: BodyOptions,
  render: (limit: Limit) => { text: string; detail: Detail },
): FittedBody {
  const footer = options.footer ? options.redact(`\n${options.footer}\n`) : '';
  const size = measureOf(measure)(footer);
  const rendered = render({
    maxLength: max - size,
    measure,
    redact: options.redact,
    ...(options.title !== undefined ? { title: options.title } : {}),
    ...(options.pointer !== undefined ? { pointer: options.pointer } : {}),
    ...(options.linkLocation ? { linkLocation: options.linkLocation } : {}),
    ...(options.held ? { held: options.held } : {}),
  });
  return { body: `${rendered.text}${footer}`, detail: rendered.detail };
}

function conflictsNote(plan: Plan): string | undefined {
  const count = plan.conflicts.length;
  if (count === 0) return undefined;
  return `> [!IMPORTANT]\n> ${count} conflict(s) were not applied; fix them in the manifests or config (the plan lists them).`;
}

function joinFooter(...parts: Array<string | undefined>): string | undefined {
  const present = parts.filter((part): part is string => Boolean(part));
  return present.length > 0 ? present.join('\n\n') : undefined;
}

/** Schemas counted, and applied changes shown, by an `AppliedOverview`. */
const OVERVIEW_SCHEMAS = 50;
const OVERVIEW_CHANGES = 10;
/** Changes watched for the first applied ones: more than shown, as some of the first may have failed. */
const OVERVIEW_WATCHED = 100;

/**
 * What an apply too big to list change by change applied (its result keeps only what failed or
 * did not run): the applied changes counted per schema, and the first ones, as a plan's preview
 * shows a plan too big for a comment. It watches the steps on their way to the apply; what the
 * result says did not apply is taken off after.
 */
export class AppliedOverview {
  private readonly rows = new Map<string, { service: string; database: string; schema: string | null; changes: number }>();
  private readonly first: Change[] = [];

  /** The steps, unchanged, counted as they pass. */
  async *observe(steps: AsyncIterable<ApplyWork>): AsyncGenerator<ApplyWork> {
    for await (const step of steps) {
      for (const change of step.changes) {
        this.rowOf(change).changes++;
        if (this.first.length < OVERVIEW_WATCHED) this.first.push(change);
      }
      yield step;
    }
  }

  /** Markdown of what applied: a table of schemas and the first changes (the result's changes are the ones watched). */
  markdown(result: ApplyResult): string {
    const notApplied = new Set(result.results.filter((r) => r.status !== 'applied').map((r) => r.change));
    const missed = new Map<string, number>();
    for (const change of notApplied) missed.set(schemaKeyOf(change), (missed.get(schemaKeyOf(change)) ?? 0) + 1);
    const rows = [...this.rows].map(([key, row]) => ({ ...row, applied: row.changes - (missed.get(key) ?? 0) })).filter((row) => row.applied > 0);
    const out = new Lines(Number.POSITIVE_INFINITY);
    out.push(`#### Applied (${result.summary.applied}) per schema`, '', '| service | database | schema | applied |', '|---|---|---|---:|');
    for (const row of rows.slice(0, OVERVIEW_SCHEMAS)) out.push(`| ${cell(row.service)} | ${cell(row.database)} | ${row.schema === null ? '–' : cell(row.schema)} | ${row.applied} |`);
    if (rows.length > OVERVIEW_SCHEMAS) out.push('', `… and ${rows.length - OVERVIEW_SCHEMAS} more schema(s)`);
    const first = this.first.filter((change) => !notApplied.has(change)).slice(0, OVERVIEW_CHANGES);
    if (first.length > 0) {
      out.push('', `The first ${first.length} applied:`, '');
      out.fence(first.map((change) => changeLine(change, 120)));
    }
    return out.text().trimEnd();
  }

  private rowOf(change: Change) {
    const key = schemaKeyOf(change);
    let row = this.rows.get(key);
    if (!row) {
      row = { service: change.service, database: change.object.database, schema: schemaOf(change), changes: 0 };
      this.rows.set(key, row);
    }
    return row;
  }
}

/** The schema a change counts under; null for a database's own. */
function schemaOf(change: Change): string | null {
  return change.object.kind === 'database' ? null : (change.object.schema ?? null);
}

function schemaKeyOf(change: Change): string {
  return JSON.stringify([change.service, change.object.database, schemaOf(change)]);
}
