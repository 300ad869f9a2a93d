/**
 * Markdown for pull-request comments and job summaries: counts first, conflicts in a CAUTION
 * alert, a removal banner, then per service the changes grouped by table, each table with a
 * diff block (`+` add, `-` clear or remove, `!` update; an edited description word by word)
 * and under it the statements that carry those changes, each once. Small plans are shown
 * open; larger ones fold each service into `<details>`.
 *
 * GitHub refuses a comment above 65,536 characters (and a job summary above 1 MiB), so a
 * rendering may be given a limit. A plan too large for it is split into pages, never by
 * cutting text (see `renderPlanPages`); an apply result degrades in whole steps (full → one
 * line per object → counts per schema → counts only, with a pointer to where everything is).
 * Each block is rendered whole or not at all, so a code fence or a `<details>` is never left open.
 */
import { isDestructive } from '../assemble.js';
import { describeObject, formatLocation } from '../formatting.js';
import type { ObjectRef, SourceLocation } from '../../model/types.js';
import type { Change, Conflict, Plan, PlannedStatement } from '../types.js';
import { statementBody, statementText } from '../../model/change.js';
import { tableOf } from '../../model/fqn.js';
import { isOverflow, Lines, measureOf, type Detail, type MarkdownLimit, type RenderedMarkdown } from './fit.js';
import { applyLine } from './apply-line.js';
import { changeLine, changeSymbol, changesByService, changeValues, countsLine, isTextEdit, statementsByService, visible, wordDiff, type WordDiffPart } from './common.js';

export interface MarkdownOptions extends MarkdownLimit {
  /** The heading; default "revmeta plan". */
  title?: string;
  /** A link to a manifest line (the file at the pull request's head); absent or undefined: the location as text. */
  linkLocation?: (location: SourceLocation) => string | undefined;
  /** The plan's `changes` are only its first ones (`MarkdownPreview`): what all of them count to. */
  held?: HeldChanges;
}

/** What a plan's changes count to when only its first ones are held (a plan made a step at a time). */
export interface HeldChanges {
  total: number;
  destructive: number;
  /** The first MAX_DESTRUCTIVE_LINES clears and removals, wherever they are in the plan. */
  firstDestructive: readonly Change[];
  /** Services with at least one change. */
  services: ReadonlySet<string>;
}

export function renderMarkdown(plan: Plan, options: MarkdownOptions = {}): string {
  return renderPlanMarkdown(plan, options).text;
}

/** The plan at the most detail that fits the limit, and which detail that was: the first of its pages. */
export function renderPlanMarkdown(plan: Plan, options: MarkdownOptions = {}): RenderedMarkdown {
  const { pages, detail } = renderPlanPages(plan, options);
  return { text: pages[0]!, detail };
}

/** Up to this many changes a plan is shown open; a larger one folds each service into `<details>`. */
export const OPEN_CHANGES = 30;
/** Conflicts listed in the alert at the top; the rest are counted (each is also an annotation in the Action). */
const MAX_ALERT_CONFLICTS = 50;
/** Clears and removals listed on the first page of a plan too large for one comment. */
const MAX_DESTRUCTIVE_LINES = 100;
/** When the lists above leave no room on a first page: this many conflicts and warnings, each cut to this many characters. */
const COMPACT_LIST = 10;
const COMPACT_ITEM = 300;

export interface PlanPagesOptions extends MarkdownOptions {
  /** How many comments a plan too large for one may take (each within `maxLength`); default 1. */
  maxPages?: number;
}

export interface RenderedPages {
  /** `full`: everything in the first page; `first`: the first page shows what matters first, the changes continue on later pages. */
  detail: Detail;
  pages: string[];
  /** Changes shown in some page; fewer than the plan's when even `maxPages` pages cannot hold them. */
  shownChanges: number;
}

/**
 * The plan in full when it fits one page. Otherwise (Atlantis splits a plan the same way) the
 * first page keeps what a reviewer must see first: counts, the conflicts, the clears and
 * removals, then the first objects in full; further pages, up to `maxPages`, continue with
 * the next objects; what is left after them is counted and pointed to (`pointer`). Never
 * cut mid-object, so every fence and `<details>` closes on the page it opens on.
 */
export function renderPlanPages(plan: Plan, options: PlanPagesOptions = {}): RenderedPages {
  const max = options.maxLength ?? Number.POSITIVE_INFINITY;
  const redact = options.redact ?? ((text: string) => text);
  const measure = measureOf(options.measure);
  // Held changes are more than any page holds (see MarkdownPreview): never the full plan.
  if (options.held) return planPaged(plan, options, max, redact, measure);
  const full = new Lines(max);
  try {
    planHeader(plan, options, full);
    planFull(plan, options, full);
    const text = redact(full.text());
    if (measure(text) <= max) return { detail: 'full', pages: [text], shownChanges: plan.changes.length };
  } catch (error) {
    if (!isOverflow(error)) throw error;
  }
  return planPaged(plan, options, max, redact, measure);
}

function planHeader(plan: Plan, options: MarkdownOptions, out: Lines, compact = false): void {
  out.push(`### ${escapeHtml(options.title ?? 'revmeta plan')}`, '', `**${countsLine(plan)}**`, '');
  conflictAlert(plan, options, out, compact);
  const destructive = options.held?.destructive ?? plan.changes.filter(isDestructive).length;
  if (destructive > 0) out.push('> [!WARNING]', `> ${destructive} change(s) clear or remove a value at the source.`, '');
  if ((options.held?.total ?? plan.changes.length) === 0 && plan.conflicts.length === 0) out.push('No changes. The sources match the manifests.', '');
  const counts = Object.entries(plan.summary.byFieldAction).sort(([a], [b]) => (a < b ? -1 : 1));
  if (counts.length > 0) {
    out.push('| field | action | count |', '|---|---|---:|');
    for (const [key, count] of counts) {
      const [field, action] = key.split('.');
      out.push(`| ${field} | ${action} | ${count} |`);
    }
    out.push('');
  }
  const changed = new Set<string>(options.held?.services);
  for (const change of plan.changes) changed.add(change.service);
  const applying = plan.services.filter((service) => service.apply !== undefined && changed.has(service.name));
  if (applying.length > 0) out.push(...applying.map((service) => `- Apply **${escapeHtml(service.name)}**: ${escapeInline(applyLine(service.apply!))}`), '');
}

/** Conflicts first, before any change: what stops the apply, each with its manifest line. */
function conflictAlert(plan: Plan, options: MarkdownOptions, out: Lines, compact = false): void {
  const { conflicts } = plan;
  if (conflicts.length === 0) return;
  const listed = compact ? COMPACT_LIST : MAX_ALERT_CONFLICTS;
  out.push(
    '> [!CAUTION]',
    `> **${conflicts.length} conflict(s), not applied.** While the plan has conflicts, nothing is applied on merge; fix them in the manifests or config.`,
    '>',
  );
  for (const conflict of conflicts.slice(0, listed)) out.push(`> - ${conflictItem(conflict, options, compact)}`);
  if (conflicts.length > listed) out.push(`> - … and ${conflicts.length - listed} more`);
  out.push('');
}

/** `**service** object field: reason ([file:line:col](link))`, escaped; the location linked when a link is known. */
function conflictItem(conflict: Conflict, options: MarkdownOptions, compact = false): string {
  let what = visible(`${conflict.object.kind} ${describeObject(conflict.object)}${conflict.field ? ` ${conflict.field}` : ''}: ${conflict.reason}`);
  // Cut before escaping, so no escape is cut in half.
  if (compact && what.length > COMPACT_ITEM) what = `${what.slice(0, COMPACT_ITEM - 1)}…`;
  return `**${escapeHtml(conflict.service)}** ${escapeInline(what)}${locationSuffix(conflict.location, options)}`;
}

function locationSuffix(location: SourceLocation | undefined, options: MarkdownOptions): string {
  if (!location) return '';
  const text = escapeInline(formatLocation(location));
  const url = options.linkLocation?.(location);
  return url ? ` ([${text}](${url}))` : ` (${text})`;
}

function planFull(plan: Plan, options: MarkdownOptions, out: Lines): void {
  const open = plan.changes.length <= OPEN_CHANGES;
  const statements = statementsByService(plan);
  for (const [service, changes] of changesByService(plan)) {
    if (changes.length === 0) continue;
    const heading = `${escapeHtml(service)} (${escapeHtml(serviceType(plan, service))}): ${changes.length} change(s)`;
    if (open) out.push(`#### ${heading}`, '');
    else out.push('<details>', `<summary>${heading}</summary>`, '');
    const groups = groupByTable(changes);
    const { byGroup, uncarried } = statementsByGroup(groups, statements.get(service) ?? []);
    for (const [index, group] of groups.entries()) {
      tableBlock(group, out, false, options.redact);
      statementBlock(byGroup[index]!, out);
    }
    statementBlock(uncarried, out);
    if (!open) out.push('</details>', '');
  }
  warningList(plan, options, out);
}

/**
 * Each statement under the table group of the last change it carries (a batched statement
 * after all of them), so it is read next to what it does and shown once; in run order within
 * a group. A statement no change names is listed after the groups.
 */
function statementsByGroup(groups: readonly TableGroup[], statements: readonly PlannedStatement[]): { byGroup: PlannedStatement[][]; uncarried: PlannedStatement[] } {
  const lastGroup = new Map<number, number>();
  for (const [index, group] of groups.entries()) {
    for (const change of group.changes) for (const id of change.statements) lastGroup.set(id, Math.max(index, lastGroup.get(id) ?? index));
  }
  const byGroup = groups.map((): PlannedStatement[] => []);
  const uncarried: PlannedStatement[] = [];
  for (const statement of statements) {
    const index = lastGroup.get(statement.id);
    if (index === undefined) uncarried.push(statement);
    else byGroup[index]!.push(statement);
  }
  return { byGroup, uncarried };
}

/** The statements as one block: `sql` when all are SQL, plain when it holds API requests (method, path, JSON body). */
function statementBlock(statements: readonly PlannedStatement[], out: Lines): void {
  if (statements.length === 0) return;
  const info = statements.every((statement) => statement.kind === 'sql') ? 'sql' : '';
  out.fence(
    statements.map((statement) => `${visible(statementText(statementBody(statement)), { keepLineBreaks: true })}${statement.kind === 'sql' ? ';' : ''}`),
    info,
  );
  out.push('');
}

/** The first page, then continuation pages, of a plan too large for one page. */
function planPaged(
  plan: Plan,
  options: PlanPagesOptions,
  max: number,
  redact: (text: string) => string,
  measure: (text: string) => number,
): RenderedPages {
  const maxPages = Math.max(1, options.maxPages ?? 1);
  // Room for the note that says how far the pages go, and for the <details> around each page's objects.
  const reserve = 1_200;
  // The first page's fixed parts: header, conflicts, clears and removals, warnings (bounded by
  // their caps); shorter lists when they would not leave room, and counts alone as a last resort.
  let headText = '';
  let tailText = '';
  for (const compact of [false, true]) {
    const head = new Lines(Number.POSITIVE_INFINITY);
    planHeader(plan, options, head, compact);
    if (!compact) destructiveList(options.held ?? destructiveOf(plan.changes), head, max / 4);
    headText = redact(head.text());
    const tail = new Lines(Number.POSITIVE_INFINITY);
    warningList(plan, options, tail, compact ? COMPACT_LIST : MAX_ALERT_CONFLICTS, compact);
    tailText = redact(tail.text());
    if (measure(headText) + measure(tailText) + reserve <= max) break;
  }
  if (measure(headText) + measure(tailText) + reserve > max) {
    headText = `### ${escapeHtml(options.title ?? 'revmeta plan')}\n\n**${countsLine(plan)}**\n\n`;
    tailText = '';
  }
  const budgets = Array.from({ length: maxPages }, (_, page) => max - reserve - (page === 0 ? measure(headText) + measure(tailText) : 200));
  const pages: Array<{ blocks: string[]; first: number; last: number }> = [];
  let shown = 0;
  let page = { blocks: [] as string[], first: 1, last: 0, used: 0 };
  for (const group of groupByTable(plan.changes)) {
    const block = redact(blockText(group, true, redact));
    const size = measure(block);
    if (page.used + size > budgets[pages.length]! && page.blocks.length > 0) {
      pages.push(page);
      if (pages.length === maxPages) break;
      page = { blocks: [], first: shown + 1, last: shown, used: 0 };
    }
    if (page.used + size > budgets[pages.length]!) break; // one object larger than a page: shown in the job summary and the artifact
    page.blocks.push(block);
    page.used += size;
    shown += group.changes.length;
    page.last = shown;
  }
  if (pages.length < maxPages && page.blocks.length > 0) pages.push(page);
  const total = options.held?.total ?? plan.changes.length;
  const rendered = pages.map((p, index) => {
    const range = `Changes ${p.first}–${p.last} of ${total}`;
    const body = `<details>\n<summary>${range}</summary>\n\n${p.blocks.join('')}</details>\n\n`;
    if (index > 0) return `### ${escapeHtml(options.title ?? 'revmeta plan')} (part ${index + 1} of ${pages.length})\n\n${body}`;
    return `${headText}${body}${pagedNote(total, shown, pages.length, options.pointer)}${tailText}`;
  });
  if (rendered.length === 0) rendered.push(`${headText}${pagedNote(total, 0, 0, options.pointer)}${tailText}`);
  return { detail: 'first', pages: rendered, shownChanges: shown };
}

function pagedNote(total: number, shown: number, pages: number, pointer: string | undefined): string {
  const continued = pages > 1 ? ` The changes continue in the next ${pages - 1} comment(s).` : '';
  const rest = shown < total ? ` ${total - shown} change(s) are not shown here.` : '';
  // Said of a comment and of a job summary alike.
  return `> [!NOTE]\n> This plan is too large to show in full here.${continued}${rest}${pointer ? ` ${escapeNote(pointer)}` : ''}\n\n`;
}

/** A pointer is our own markdown (links, code spans); only line breaks could break out of the note. */
function escapeNote(text: string): string {
  return text.replace(/\r?\n/g, ' ');
}

function destructiveOf(changes: readonly Change[]): Pick<HeldChanges, 'destructive' | 'firstDestructive'> {
  const destructive = changes.filter(isDestructive);
  return { destructive: destructive.length, firstDestructive: destructive.slice(0, MAX_DESTRUCTIVE_LINES) };
}

/** The clears and removals, listed on their own on the first page of a large plan: the changes a reviewer must not miss. */
function destructiveList({ destructive: count, firstDestructive }: Pick<HeldChanges, 'destructive' | 'firstDestructive'>, out: Lines, budget: number): void {
  if (count === 0) return;
  const lines: string[] = [];
  let size = 0;
  for (const change of firstDestructive) {
    const line = `${markdownSymbol(change)} ${visible(change.service)}: ${changeLine(change, 120).slice(2)}`;
    if (size + line.length > budget) break;
    lines.push(line);
    size += line.length + 1;
  }
  out.push(`#### Clears and removals (${count})`, '');
  out.fence(lines, 'diff');
  if (lines.length < count) out.push('', `… and ${count - lines.length} more`);
  out.push('');
}

function warningList(plan: Plan, options: MarkdownOptions, out: Lines, max = Number.POSITIVE_INFINITY, compact = false): void {
  if (plan.warnings.length === 0) return;
  out.push(`#### Warnings (${plan.warnings.length})`, '');
  for (const warning of plan.warnings.slice(0, max)) {
    let message = visible(warning.message);
    if (compact && message.length > COMPACT_ITEM) message = `${message.slice(0, COMPACT_ITEM - 1)}…`;
    out.push(`- **${escapeHtml(warning.service)}** ${escapeInline(message)}${locationSuffix(warning.location, options)}`);
  }
  if (plan.warnings.length > max) out.push(`- … and ${plan.warnings.length - max} more`);
  out.push('');
}

/** Characters of diff lines a `MarkdownPreview` holds: more than the largest page (a 1 MB job summary) shows. */
export const PREVIEW_CHARACTERS = 1_500_000;

/**
 * Takes a plan's changes a step at a time as they are planned (a `PlanEntrySink`), holding the
 * first ones (until their diff lines pass PREVIEW_CHARACTERS, then to the end of that table) with
 * their statements, and counts of all: the markdown plan of millions of changes without holding
 * them. While every change is held, `plan` gives the plan itself; once some are not, pages show
 * the first changes and the counts (`held`), as a plan too large for a page is shown anyway.
 */
export class MarkdownPreview {
  private readonly changes: Change[] = [];
  private readonly statements: PlannedStatement[] = [];
  private readonly services = new Set<string>();
  private readonly firstDestructive: Change[] = [];
  private destructive = 0;
  private total = 0;
  private characters = 0;
  /** The table of the last change held, once the budget is spent: its other changes are still held. */
  private lastTable: string | undefined;
  private full = false;

  /** `budget`: characters of diff lines to hold (tests pass a smaller one). */
  constructor(private readonly budget = PREVIEW_CHARACTERS) {}

  add(changes: readonly Change[], statements: readonly PlannedStatement[]): void {
    const named = new Set<number>();
    for (const change of changes) {
      this.total++;
      this.services.add(change.service);
      if (isDestructive(change)) {
        this.destructive++;
        if (this.firstDestructive.length < MAX_DESTRUCTIVE_LINES) this.firstDestructive.push(change);
      }
      if (!this.holds(change)) continue;
      this.changes.push(change);
      for (const id of change.statements) named.add(id);
    }
    for (const statement of statements) if (named.has(statement.id)) this.statements.push(statement);
  }

  /** `plan` (made with this as its sink) with the changes held, and, when not all are, what all count to. */
  plan(plan: Plan): { plan: Plan; held?: HeldChanges } {
    const shown = { ...plan, changes: this.changes, statements: this.statements };
    if (!this.full) return { plan: shown };
    return { plan: shown, held: { total: this.total, destructive: this.destructive, firstDestructive: this.firstDestructive, services: this.services } };
  }

  private holds(change: Change): boolean {
    const table = tableKey(change);
    if (this.full) return table === this.lastTable;
    this.characters += groupChangeLines(change).reduce((size, line) => size + line.length + 1, 0);
    if (this.characters > this.budget) {
      this.full = true;
      this.lastTable = table;
    }
    return true;
  }
}

function tableKey(change: Change): string {
  const object = tableOf(change.object);
  return JSON.stringify([change.service, object.kind, object.database, object.schema ?? null, object.table ?? null]);
}

// ---------------------------------------------------------------------------------------
// Changes per table

/** The changes on one table (its own, then its columns') or on one schema or database. */
export interface TableGroup {
  service: string;
  /** The table (or schema, database) the changes are on. */
  object: ObjectRef;
  changes: Change[];
}

/** Changes grouped by table, in the order tables first appear; a schema's or a database's own changes form their own group. */
export function groupByTable(changes: readonly Change[]): TableGroup[] {
  const groups = new Map<string, TableGroup>();
  for (const change of changes) {
    const object = tableOf(change.object);
    const key = tableKey(change);
    let group = groups.get(key);
    if (!group) {
      group = { service: change.service, object, changes: [] };
      groups.set(key, group);
    }
    // The table's relation is known from a change on the table itself.
    if (change.object.kind === 'table' && change.object.relation) group.object = change.object;
    group.changes.push(change);
  }
  // The table's own changes first, then its columns', each in plan order.
  for (const group of groups.values()) group.changes.sort((a, b) => Number(a.object.kind === 'column') - Number(b.object.kind === 'column'));
  return [...groups.values()];
}

/** `**table analytics.public.orders**` and a diff block of its changes. */
function tableBlock(group: TableGroup, out: Lines, withService = false, redact?: (text: string) => string): void {
  const service = withService ? `${escapeInline(group.service)} · ` : '';
  out.push(`${service}**${escapeInline(`${kindOf(group.object)} ${describeObject(group.object)}`)}**`, '');
  out.fence(group.changes.flatMap((change) => groupChangeLines(change, redact)), 'diff');
  out.push('');
}

function blockText(group: TableGroup, withService: boolean, redact: (text: string) => string): string {
  const out = new Lines(Number.POSITIVE_INFINITY);
  tableBlock(group, out, withService, redact);
  return out.text();
}

/**
 * GitHub colours `+` and `-` lines of a diff block, and `!` lines as changed (an updated
 * value), where `~` stays plain: an update is marked `!`.
 */
function markdownSymbol(change: Change): string {
  const symbol = changeSymbol(change);
  return symbol === '~' ? '!' : symbol;
}

/**
 * A change's lines in its table's diff block: `! owner: "postgres" → "alice"`, `+ column id
 * description: …`; an edited description as its old and new text (`-`/`+`), unchanged words
 * folded to a few around each edit, so the eye finds the change.
 */
function groupChangeLines(change: Change, redact?: (text: string) => string): string[] {
  const what = change.field === 'tag' ? `tag ${change.tag}` : change.field;
  const label = visible(change.object.kind === 'column' ? `column ${change.object.column} ${what}` : what);
  if (!isTextEdit(change)) return [`${markdownSymbol(change)} ${label}: ${changeValues(change, 120)}`];
  const parts = wordDiff(change.before, change.after, { redact });
  const side = (drop: WordDiffPart['kind']) => visible(parts.filter((part) => part.kind !== drop).map((part) => part.text).join(''), { keepLineBreaks: true }).split('\n');
  return [`! ${label}:`, ...side('added').map((line) => `-   ${line}`), ...side('removed').map((line) => `+   ${line}`)];
}

function serviceType(plan: Plan, service: string): string {
  return plan.services.find((s) => s.name === service)?.type ?? '';
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
