/**
 * Markdown for pull-request comments and job summaries: counts first, a removal banner,
 * then per service a collapsible `<details>` with one line per change and the SQL.
 *
 * GitHub refuses a comment above 65,536 characters (and a job summary above 1 MiB), so a
 * rendering may be given a limit. It then degrades in whole steps, never by cutting text:
 * full → one line per object → counts per schema → counts only (with a pointer to where the
 * full plan is). Each step is rendered whole or not at all, so a code fence or a `<details>`
 * block is never left open.
 */
import { describeObject } from '../plan.js';
import { isDestructive } from '../assemble.js';
import type { ObjectRef } from '../../model/types.js';
import type { Change, Plan } from '../types.js';
import { statementBody, statementText } from '../../model/change.js';
import { changeLine, changeSymbol, changesByService, conflictLine, countsLine, statementsByService, visible, warningLine } from './common.js';

/** How much a rendering shows, from most to least. */
export type Detail = 'full' | 'objects' | 'schemas' | 'counts';
export const DETAILS: readonly Detail[] = ['full', 'objects', 'schemas', 'counts'];

export interface MarkdownLimit {
  /** Largest rendering allowed; absent: no limit (always full detail). */
  maxLength?: number;
  /** How `maxLength` is counted: GitHub counts comments in characters, job summaries in bytes. */
  measure?: 'characters' | 'bytes';
  /** Applied to the rendering before it is measured: masking secrets changes its length. */
  redact?: (text: string) => string;
  /** Said when details had to be left out: where the full plan or result is. */
  pointer?: string;
}

export interface MarkdownOptions extends MarkdownLimit {
  /** The heading; default "revmeta plan". */
  title?: string;
}

export interface RenderedMarkdown {
  text: string;
  detail: Detail;
}

export function renderMarkdown(plan: Plan, options: MarkdownOptions = {}): string {
  return renderPlanMarkdown(plan, options).text;
}

/** The plan at the most detail that fits the limit, and which detail that was. */
export function renderPlanMarkdown(plan: Plan, options: MarkdownOptions = {}): RenderedMarkdown {
  return renderWithin(options, (detail, out) => {
    planHeader(plan, options.title ?? 'revmeta plan', out);
    if (detail !== 'full') degradedNotice(detail, 'plan', options.pointer, out);
    if (detail === 'full') planFull(plan, out);
    else if (detail === 'objects') planObjects(plan, out);
    else if (detail === 'schemas') planSchemas(plan, out);
  });
}

function planHeader(plan: Plan, title: string, out: Lines): void {
  out.push(`### ${escapeHtml(title)}`, '', `**${countsLine(plan)}**`, '');
  const destructive = plan.changes.filter(isDestructive).length;
  if (destructive > 0) out.push('> [!WARNING]', `> ${destructive} change(s) clear or remove a value at the source.`, '');
  if (plan.changes.length === 0 && plan.conflicts.length === 0) out.push('No changes. The sources match the manifests.', '');
  const counts = Object.entries(plan.summary.byFieldAction).sort(([a], [b]) => (a < b ? -1 : 1));
  if (counts.length > 0) {
    out.push('| field | action | count |', '|---|---|---:|');
    for (const [key, count] of counts) {
      const [field, action] = key.split('.');
      out.push(`| ${field} | ${action} | ${count} |`);
    }
    out.push('');
  }
}

function planFull(plan: Plan, out: Lines): void {
  const statements = statementsByService(plan);
  for (const [service, changes] of changesByService(plan)) {
    if (changes.length === 0) continue;
    out.push('<details>', `<summary>${escapeHtml(service)} (${escapeHtml(serviceType(plan, service))}): ${changes.length} change(s)</summary>`, '');
    out.fence(
      changes.map((change) => changeLine(change, 120)),
      'diff',
    );
    out.push('');
    out.fence(
      (statements.get(service) ?? []).map((statement) => `${visible(statementText(statementBody(statement)), { keepLineBreaks: true })};`),
      'sql',
    );
    out.push('', '</details>', '');
  }
  conflictList(plan, out);
  warningList(plan, out);
}

/** One line per changed object: what changes on it, without values or SQL. */
function planObjects(plan: Plan, out: Lines): void {
  for (const [service, changes] of changesByService(plan)) {
    if (changes.length === 0) continue;
    const objects = groupByObject(changes, (change) => change);
    out.push(
      '<details>',
      `<summary>${escapeHtml(service)} (${escapeHtml(serviceType(plan, service))}): ${changes.length} change(s) on ${objects.length} object(s)</summary>`,
      '',
    );
    out.fence(
      objects.map((group) => objectLine(group)),
      'diff',
    );
    out.push('', '</details>', '');
  }
  conflictList(plan, out);
  warningList(plan, out);
}

/** Counts per schema (database-level changes on their own row), and per service for conflicts and warnings. */
function planSchemas(plan: Plan, out: Lines): void {
  const rows = countBySchema(plan.changes, (change) => change, (change) => (isDestructive(change) ? 'destructive' : 'other'));
  if (rows.length > 0) {
    out.push('| service | database | schema | changes | clear/remove |', '|---|---|---|---:|---:|');
    for (const row of rows) {
      const destructive = row.counts.get('destructive') ?? 0;
      out.push(`| ${cell(row.service)} | ${cell(row.database)} | ${row.schema === null ? '–' : cell(row.schema)} | ${row.total} | ${destructive} |`);
    }
    out.push('');
  }
  serviceCounts('Conflicts, not applied', plan.conflicts, out);
  serviceCounts('Warnings', plan.warnings, out);
}

function conflictList(plan: Plan, out: Lines): void {
  if (plan.conflicts.length === 0) return;
  out.push(`#### Conflicts (${plan.conflicts.length}), not applied`, '');
  for (const conflict of plan.conflicts) out.push(`- **${escapeHtml(conflict.service)}** ${escapeInline(conflictLine(conflict))}`);
  out.push('');
}

function warningList(plan: Plan, out: Lines): void {
  if (plan.warnings.length === 0) return;
  out.push(`#### Warnings (${plan.warnings.length})`, '');
  for (const warning of plan.warnings) out.push(`- **${escapeHtml(warning.service)}** ${escapeInline(warningLine(warning))}`);
  out.push('');
}

function serviceCounts(title: string, items: ReadonlyArray<{ service: string }>, out: Lines): void {
  if (items.length === 0) return;
  const counts = new Map<string, number>();
  for (const item of items) counts.set(item.service, (counts.get(item.service) ?? 0) + 1);
  out.push(`#### ${title} (${items.length})`, '');
  for (const [service, count] of counts) out.push(`- **${escapeHtml(service)}**: ${count}`);
  out.push('');
}

function serviceType(plan: Plan, service: string): string {
  return plan.services.find((s) => s.name === service)?.type ?? '';
}

/** Says that this rendering leaves details out, and where they are. */
export function degradedNotice(detail: Detail, what: string, pointer: string | undefined, out: Lines): void {
  const shown = { full: '', objects: 'one line per object', schemas: 'counts per schema', counts: 'counts only' }[detail];
  out.push('> [!NOTE]', `> The full ${what} is too large to show here, so this shows ${shown}.${pointer ? ` ${pointer}` : ''}`, '');
}

// ---------------------------------------------------------------------------------------
// Grouping

export interface ObjectGroup<T> {
  kind: string;
  name: string;
  items: T[];
}

/** Items per object, in the order objects first appear. */
export function groupByObject<T>(items: readonly T[], changeOf: (item: T) => Change): Array<ObjectGroup<T>> {
  const groups = new Map<string, ObjectGroup<T>>();
  for (const item of items) {
    const change = changeOf(item);
    const kind = kindOf(change.object);
    const name = describeObject(change.object);
    const key = `${change.service}\u0000${kind}\u0000${name}`;
    let group = groups.get(key);
    if (!group) {
      group = { kind, name, items: [] };
      groups.set(key, group);
    }
    group.items.push(item);
  }
  return [...groups.values()];
}

/** `~ table analytics.public.orders: description set, tag PII add`; `-` leads when any change takes a value away. */
function objectLine(group: ObjectGroup<Change>): string {
  const symbols = new Set(group.items.map(changeSymbol));
  const symbol = symbols.has('-') ? '-' : symbols.size === 1 && symbols.has('+') ? '+' : '~';
  return `${symbol} ${visible(`${group.kind} ${group.name}`)}: ${fieldsOf(group.items)}`;
}

export function fieldsOf(changes: readonly Change[]): string {
  return visible([...new Set(changes.map((change) => `${change.field === 'tag' ? `tag ${change.tag}` : change.field} ${change.action}`))].join(', '));
}

function kindOf(object: ObjectRef): string {
  return object.relation && object.kind === 'table' ? object.relation.replaceAll('_', ' ') : object.kind;
}

export interface SchemaRow {
  service: string;
  database: string;
  /** `null`: changes on the database itself. */
  schema: string | null;
  total: number;
  counts: Map<string, number>;
}

/** Counts per service, database and schema, each item put in a bucket by `bucketOf`. */
export function countBySchema<T>(items: readonly T[], changeOf: (item: T) => Change, bucketOf: (item: T) => string): SchemaRow[] {
  const rows = new Map<string, SchemaRow>();
  for (const item of items) {
    const change = changeOf(item);
    const schema = change.object.kind === 'database' ? null : (change.object.schema ?? null);
    const key = JSON.stringify([change.service, change.object.database, schema]);
    let row = rows.get(key);
    if (!row) {
      row = { service: change.service, database: change.object.database, schema, total: 0, counts: new Map() };
      rows.set(key, row);
    }
    row.total++;
    const bucket = bucketOf(item);
    row.counts.set(bucket, (row.counts.get(bucket) ?? 0) + 1);
  }
  return [...rows.values()];
}

// ---------------------------------------------------------------------------------------
// Rendering within a limit

/** Thrown (and caught in `renderWithin`) as soon as a rendering grows past its limit. */
const OVERFLOW = Symbol('overflow');

/**
 * Lines of a rendering. Stops as soon as the limit is passed, so trying full detail on a
 * plan of 200,000 changes costs what fits in a comment, not the whole plan.
 */
export class Lines {
  private readonly parts: string[] = [];
  private length = 0;

  constructor(private readonly max: number) {}

  push(...lines: string[]): void {
    for (const line of lines) {
      this.length += line.length + 1;
      if (this.length > this.max) throw OVERFLOW;
      this.parts.push(line);
    }
  }

  /** A code block whose fence is longer than any backtick run inside, so no value can close it early. */
  fence(lines: Iterable<string>, info = ''): void {
    const body: string[] = [];
    let longest = 2;
    let size = this.length;
    for (const line of lines) {
      size += line.length + 1;
      if (size > this.max) throw OVERFLOW;
      for (const run of line.matchAll(/`+/g)) longest = Math.max(longest, run[0].length);
      body.push(line);
    }
    const ticks = '`'.repeat(longest + 1);
    this.push(`${ticks}${info}`, ...body, ticks);
  }

  text(): string {
    return `${this.parts.join('\n')}\n`;
  }
}

/**
 * Renders at each detail in turn and returns the first that fits. The last step (counts
 * only) is returned whatever its size: it is small by construction.
 */
export function renderWithin(limit: MarkdownLimit, render: (detail: Detail, out: Lines) => void): RenderedMarkdown {
  const max = limit.maxLength ?? Number.POSITIVE_INFINITY;
  const redact = limit.redact ?? ((text: string) => text);
  const measure = limit.measure === 'bytes' ? (text: string) => Buffer.byteLength(text, 'utf8') : (text: string) => text.length;
  for (const detail of DETAILS) {
    const last = detail === DETAILS[DETAILS.length - 1];
    // UTF-8 bytes are never fewer than UTF-16 units, so stopping early on characters is sound for both measures.
    const out = new Lines(last ? Number.POSITIVE_INFINITY : max);
    try {
      render(detail, out);
    } catch (error) {
      if (error === OVERFLOW) continue;
      throw error;
    }
    const text = redact(out.text());
    if (last || measure(text) <= max) return { text, detail };
  }
  throw new Error('unreachable: the last detail always renders');
}

// ---------------------------------------------------------------------------------------
// Escaping

/** HTML-escaped, and hidden characters shown (a line break in a heading or summary too). */
export function escapeHtml(text: string): string {
  return visible(text).replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c]!);
}

/** Names and values inside list items must not turn into markup; a line break reads as a space, other hidden characters as escapes. */
export function escapeInline(text: string): string {
  // Control and bidi characters shown escaped, whoever calls: they could hide text in a comment.
  return escapeHtml(visible(text.replace(/\r?\n/g, ' '))).replace(/([\\`*_[\]|])/g, '\\$1');
}

/** A table cell: inline-escaped, so a `|` or a newline in a name cannot break the row. */
export function cell(text: string): string {
  return escapeInline(text);
}
