/**
 * Apply results as text and markdown: counts, then what failed (statement and engine
 * message), what did not run and why, and what was applied. The markdown degrades within a
 * limit as the plan's does (full → one line per object → counts per schema → counts only),
 * and always keeps the failures' statements and errors, which are few and what a reader needs.
 */
import { changeLine, schemaCountLines, visible } from '../plan/render/common.js';
import { degradedNotice, renderWithin, type Lines, type MarkdownLimit, type RenderedMarkdown } from '../plan/render/fit.js';
import { countBySchema, escapeHtml, escapeInline, cell, fieldsOf, groupByObject } from '../plan/render/markdown.js';
import type { ApplyResult, ChangeResult, ChangeStatus } from '../plan/types.js';
import type { TransactionResult } from '../model/change.js';
import { objectFqn } from '../model/fqn.js';

/**
 * Change lines the text lists in full; past it, what did not run is counted per schema with its
 * first changes, and `--format json` holds every change (a first rollout can be millions).
 */
export const TEXT_CHANGE_LINES = 200;
/** Change lines shown per reason (or per failed statement) once a list is past TEXT_CHANGE_LINES. */
const FIRST_CHANGES = 10;
/** Schemas counted per reason once a list is past TEXT_CHANGE_LINES. */
const MAX_SCHEMA_ROWS = 50;

export function renderApplyText(result: ApplyResult): string {
  const { applied, failed, notRun } = result.summary;
  const outcome = failed > 0 ? 'failed' : notRun > 0 ? 'incomplete' : 'complete';
  const lines = [`Apply ${outcome}: ${applied} applied, ${failed} failed, ${notRun} not run.`];
  const transactions = transactionLines(result.transactions ?? []);
  if (transactions.length > 0) lines.push('', 'Transactions:', ...transactions.map((line) => `  ${line}`));
  const failures = result.results.filter((r) => r.status === 'failed');
  const notRunResults = result.results.filter((r) => r.status === 'not_run');
  const full = failures.length + notRunResults.length <= TEXT_CHANGE_LINES;
  if (failures.length > 0) {
    lines.push('', 'Failed:');
    // A batched statement fails once for all the changes it carries: its statement and error are said once.
    for (const group of failedStatements(failures)) {
      const shownChanges = full ? group : group.slice(0, FIRST_CHANGES);
      lines.push(...shownChanges.map((failure) => `  ${changeLine(failure.change)}`));
      if (shownChanges.length < group.length) lines.push(`  … and ${group.length - shownChanges.length} more change(s) of this statement`);
      if (group[0]!.statement) lines.push(`      statement: ${shown(group[0]!.statement)}`);
      lines.push(`      error: ${shown(group[0]!.error ?? 'unknown error')}`);
    }
  }
  if (notRunResults.length > 0) {
    lines.push('', full ? 'Not run:' : `Not run (${notRunResults.length}), per reason:`);
    // Changes that did not run for one reason (a busy apply lock: every change of a database) share one line of it.
    for (const [reason, skipped] of notRunReasons(notRunResults)) {
      if (full) lines.push(...skipped.map((r) => `  ${changeLine(r.change)}`), `      ${shown(reason)}`);
      else lines.push(...countedNotRun(reason, skipped));
    }
  }
  if (!full) lines.push('', 'Every change and its outcome: run with `--format json` (or plan with `--out plan.json` to review them all first).');
  return `${lines.join('\n')}\n`;
}

/** A reason past the line limit: said once, its changes counted per schema (and table), then its first ones. */
function countedNotRun(reason: string, skipped: readonly ChangeResult[]): string[] {
  return [
    `  ${shown(reason)}: ${skipped.length} change(s)`,
    ...schemaCountLines(skipped.map((r) => r.change), MAX_SCHEMA_ROWS).map((line) => `      ${line}`),
    `    first ${Math.min(FIRST_CHANGES, skipped.length)}:`,
    ...skipped.slice(0, FIRST_CHANGES).map((r) => `      ${changeLine(r.change)}`),
  ];
}

/**
 * One line per database that ran in several transactions or whose transaction failed: how many
 * committed, and for a failure which one failed and which objects the committed ones wrote.
 */
function transactionLines(transactions: readonly TransactionResult[]): string[] {
  const byDatabase = new Map<string, TransactionResult[]>();
  for (const transaction of transactions) {
    const key = JSON.stringify([transaction.service, transaction.database]);
    byDatabase.set(key, [...(byDatabase.get(key) ?? []), transaction]);
  }
  const lines: string[] = [];
  for (const group of byDatabase.values()) {
    const first = group[0]!;
    const where = visible(`${first.service}/${first.database}`);
    const failed = group.find((t) => t.status !== 'committed');
    const committed = group.filter((t) => t.status === 'committed');
    if (!failed) {
      if (group.length > 1) lines.push(`${where}: ${group.length} transactions (up to ${Math.max(...group.map((t) => t.objects))} objects each), all committed.`);
      continue;
    }
    if (group.length === 1) continue; // one transaction: the failure and its rollback are listed below
    const what = failed.status === 'rolled_back' ? 'failed (rolled back)' : 'did not run';
    const error = failed.error !== undefined ? `: ${shortLine(failed.error)}` : '';
    const done = committed.length === 0 ? 'none committed' : `${committed.length} committed (${visible(objectFqn(committed[0]!.first))} … ${visible(objectFqn(committed.at(-1)!.last))})`;
    const later = group.length - failed.index;
    lines.push(`${where}: transaction ${failed.index} of ${failed.of} ${what}${error}; ${done}; ${later} not run.`);
  }
  return lines;
}

/** An engine message on one line, cut: the Failed section below has it whole. */
function shortLine(text: string): string {
  const line = visible(text.replace(/\s+/g, ' '));
  return line.length > 160 ? `${line.slice(0, 159)}…` : line;
}

/** Failures per failed statement and error, in the order they first appear. */
function failedStatements(failures: readonly ChangeResult[]): ChangeResult[][] {
  const groups = new Map<string, ChangeResult[]>();
  for (const failure of failures) {
    const key = JSON.stringify([failure.statement ?? null, failure.error ?? null]);
    groups.set(key, [...(groups.get(key) ?? []), failure]);
  }
  return [...groups.values()];
}

/** Changes not run, per reason. */
function notRunReasons(skipped: readonly ChangeResult[]): Array<[string, ChangeResult[]]> {
  const groups = new Map<string, ChangeResult[]>();
  for (const result of skipped) groups.set(result.reason ?? '', [...(groups.get(result.reason ?? '') ?? []), result]);
  return [...groups.entries()];
}

/** A statement, engine message or reason as printed: hidden characters escaped, line breaks kept. */
function shown(text: string): string {
  return visible(text, { keepLineBreaks: true });
}

export interface ApplyMarkdownOptions extends MarkdownLimit {
  /** The heading; default "revmeta apply: complete", "incomplete" (changes not run) or "failed". */
  title?: string;
}

export function renderApplyMarkdown(result: ApplyResult, options: ApplyMarkdownOptions = {}): string {
  return renderApplyMarkdownWithin(result, options).text;
}

const SECTIONS: ReadonlyArray<{ title: string; status: ChangeStatus }> = [
  { title: 'Failed', status: 'failed' },
  { title: 'Not run', status: 'not_run' },
  { title: 'Applied', status: 'applied' },
];

/** Distinct failures (statement and error) shown when details are cut: one failed batch gives one. */
const MAX_DISTINCT = 20;

export function renderApplyMarkdownWithin(result: ApplyResult, options: ApplyMarkdownOptions = {}): RenderedMarkdown {
  return renderWithin(options, (detail, out) => {
    applyHeader(result, options.title, out);
    if (detail !== 'full') degradedNotice(detail, 'apply result', options.pointer, out);
    if (detail === 'full') applyFull(result, out, options.redact);
    else if (detail === 'objects') applyObjects(result, out);
    else if (detail === 'schemas') applySchemas(result, out);
    else applyCounts(result, out);
  });
}

function applyHeader(result: ApplyResult, title: string | undefined, out: Lines): void {
  const { applied, failed, notRun } = result.summary;
  const heading = title ?? `revmeta apply: ${failed > 0 ? 'failed' : notRun > 0 ? 'incomplete' : 'complete'}`;
  out.push(`### ${escapeHtml(heading)}`, '', `**${applied} applied, ${failed} failed, ${notRun} not run**`, '');
  const transactions = transactionLines(result.transactions ?? []);
  if (transactions.length > 0) out.push(...transactions.map((line) => `- ${escapeInline(line)}`), '');
}

/**
 * Failures open, one entry per failed statement (its changes, then the statement and error
 * once); what did not run folded, counted per reason, the reason said once; then what applied.
 */
function applyFull(result: ApplyResult, out: Lines, redact?: (text: string) => string): void {
  const line = (r: ChangeResult) => changeLine(r.change, 120, redact);
  const failures = result.results.filter((r) => r.status === 'failed');
  if (failures.length > 0) {
    const statements = failedStatements(failures);
    out.push(`#### Failed (${failures.length})${statements.length < failures.length ? `, ${statements.length} statement(s)` : ''}`, '');
    out.fence(statements.flatMap((group) => [...group.map(line), ...indent([`statement: ${group[0]!.statement ?? '-'}`, `error: ${group[0]!.error ?? ''}`])]));
    out.push('');
  }
  const skipped = result.results.filter((r) => r.status === 'not_run');
  const reasons = notRunReasons(skipped);
  if (reasons.length === 1) {
    // One reason (a rollback, a busy lock): said in the summary, not under each change.
    out.push('<details>', `<summary>Not run (${skipped.length}): ${escapeHtml(reasons[0]![0])}</summary>`, '');
    out.fence(skipped.map(line));
    out.push('', '</details>', '');
  } else if (reasons.length > 1) {
    out.push('<details>', `<summary>Not run (${skipped.length}), for ${reasons.length} reasons</summary>`, '');
    out.fence(reasons.flatMap(([reason, rows]) => [...rows.map(line), ...indent([reason])]));
    out.push('', '</details>', '');
  }
  const applied = result.results.filter((r) => r.status === 'applied');
  if (applied.length > 0) {
    out.push('<details>', `<summary>Applied (${applied.length})</summary>`, '');
    out.fence(applied.map(line));
    out.push('', '</details>', '');
  }
}

/** Multi-line statements and errors stay inside the fence, indented under their change. */
function indent(texts: readonly string[]): string[] {
  return texts.flatMap((text) => shown(text).split('\n')).map((line) => `    ${line}`);
}

function applyObjects(result: ApplyResult, out: Lines): void {
  for (const { title, status } of SECTIONS) {
    const rows = result.results.filter((r) => r.status === status);
    if (rows.length === 0) continue;
    const objects = groupByObject(rows, (r) => r.change);
    out.push('<details>', `<summary>${title} (${rows.length} change(s) on ${objects.length} object(s))</summary>`, '');
    out.fence(objects.map((group) => `${visible(`${group.kind} ${group.name}`)}: ${fieldsOf(group.items.map((r) => r.change))}`));
    if (status !== 'applied') {
      out.push('');
      distinctReasons(rows, out);
    }
    out.push('', '</details>', '');
  }
}

function applySchemas(result: ApplyResult, out: Lines): void {
  const rows = countBySchema(result.results, (r) => r.change, (r) => r.status);
  if (rows.length > 0) {
    out.push('| service | database | schema | applied | failed | not run |', '|---|---|---|---:|---:|---:|');
    for (const row of rows) {
      const count = (status: ChangeStatus) => row.counts.get(status) ?? 0;
      const schema = row.schema === null ? '–' : cell(row.schema);
      out.push(`| ${cell(row.service)} | ${cell(row.database)} | ${schema} | ${count('applied')} | ${count('failed')} | ${count('not_run')} |`);
    }
    out.push('');
  }
  const failures = result.results.filter((r) => r.status === 'failed');
  if (failures.length > 0) {
    out.push('#### Failures', '');
    distinctReasons(failures, out);
    out.push('');
  }
}

/** Counts only, and still the first failure: the one thing a reader of a failed apply must see. */
function applyCounts(result: ApplyResult, out: Lines): void {
  const first = result.results.find((r) => r.status === 'failed');
  if (!first) return;
  out.push('#### First failure', '');
  out.fence([shorten(changeLine(first.change, 120)), ...indent([`statement: ${shorten(first.statement ?? '-')}`, `error: ${shorten(first.error ?? '')}`])]);
  out.push('');
}

/** Failures grouped by statement and error (or skipped changes by reason), at most MAX_DISTINCT. */
function distinctReasons(rows: readonly ChangeResult[], out: Lines): void {
  const reasons = new Map<string, { lines: string[]; count: number }>();
  for (const row of rows) {
    const lines = row.status === 'failed' ? [`statement: ${shorten(row.statement ?? '-')}`, `error: ${shorten(row.error ?? '')}`] : [shorten(row.reason ?? '')];
    const key = lines.join('\n');
    const entry = reasons.get(key);
    if (entry) entry.count++;
    else reasons.set(key, { lines, count: 1 });
  }
  const shown = [...reasons.values()].slice(0, MAX_DISTINCT);
  const body = shown.flatMap(({ lines, count }) => [`${count} change(s):`, ...indent(lines)]);
  if (reasons.size > MAX_DISTINCT) body.push(`… and ${reasons.size - MAX_DISTINCT} more`);
  out.fence(body);
}

/** Long statements (a big description literal) are cut when details are already cut. */
function shorten(text: string, max = 2000): string {
  return text.length > max ? `${text.slice(0, max - 1)}… (${text.length} chars)` : text;
}
