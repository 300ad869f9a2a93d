import { diffWordsWithSpace } from 'diff';
import { joinFqn } from '../../model/fqn.js';
import { describeObject, formatLocation } from '../formatting.js';
import type { Change, Conflict, Plan, PlannedStatement, PlanScope, Warning } from '../types.js';

/**
 * Characters that can hide or disguise text on a terminal or in a rendered comment: C0
 * controls (a carriage return rewrites the line, ESC starts terminal sequences), DEL, C1,
 * bidi marks, embeddings, overrides and isolates (U+061C, U+200E/F, U+202A–202E,
 * U+2066–2069), zero-width and invisible characters (U+200B–200D, U+2060–2064, U+FEFF) and
 * the line and paragraph separators U+2028/9. The line feed is handled by `visible`.
 */
const HIDDEN = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/gu;
const SHORT_ESCAPES: Record<string, string> = { '\b': '\\b', '\t': '\\t', '\n': '\\n', '\f': '\\f', '\r': '\\r' };

/**
 * Text as it may be printed: every character in HIDDEN written as an escape (`\r`, `\t`,
 * `\u202e`), so what a reviewer reads is what runs. Line feeds stay line breaks only with
 * `keepLineBreaks` (multi-line SQL); elsewhere a line is one line. Other text, backslashes
 * included, is unchanged: this is for reading, the JSON plan keeps values exact.
 */
export function visible(text: string, options: { keepLineBreaks?: boolean } = {}): string {
  return text.replace(HIDDEN, (char) => {
    if (char === '\n' && options.keepLineBreaks) return char;
    return SHORT_ESCAPES[char] ?? `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
}

export const SYMBOL: Record<Change['action'], string> = { set: '~', add: '+', clear: '-', remove: '-' };

/** A value as one line: JSON-quoted so newlines, quotes and hidden characters are visible, folded when long. */
export function showValue(value: string | null, max = 80): string {
  if (value === null) return '(none)';
  const quoted = visible(JSON.stringify(value));
  if (quoted.length <= max) return quoted;
  return `${quoted.slice(0, max - 1)}…" (${[...value].length} chars)`;
}

export function changeSymbol(change: Change): string {
  return change.action === 'set' && change.before === null ? '+' : SYMBOL[change.action];
}

/**
 * `redact` masks secrets in the values before a word diff splits them: a secret edited in
 * part would otherwise be printed in pieces that masking the output cannot find.
 */
export function changeLine(change: Change, max?: number, redact?: (text: string) => string): string {
  const what = change.field === 'tag' ? `tag ${change.tag}` : change.field;
  const kind = change.object.relation && change.object.kind === 'table' ? change.object.relation.replaceAll('_', ' ') : change.object.kind;
  return `${changeSymbol(change)} ${visible(`${kind} ${describeObject(change.object)} ${what}`)}: ${changeValues(change, max, redact)}`;
}

/** `"old" → "new"`, or for an edited description what changed inside it, word by word. */
export function changeValues(change: Change, max?: number, redact?: (text: string) => string): string {
  if (isTextEdit(change)) return plainWordDiff(wordDiff(change.before, change.after, { redact }));
  return `${showValue(change.before, max)} → ${showValue(change.after, max)}`;
}

export function conflictLine(conflict: Conflict): string {
  const where = conflict.location ? ` (${formatLocation(conflict.location)})` : '';
  return visible(`${conflict.object.kind} ${describeObject(conflict.object)}${conflict.field ? ` ${conflict.field}` : ''}: ${conflict.reason}${where}`);
}

export function warningLine(warning: Warning): string {
  const where = warning.location ? ` (${formatLocation(warning.location)})` : '';
  return visible(`${warning.message}${where}`);
}

/** What a scoped plan (`--changed-since`) says of itself, wherever it is shown. */
export function scopeLine(scope: Pick<PlanScope, 'changedSince' | 'commit' | 'objects'>): string {
  const at = scope.commit.slice(0, 7);
  const ref = scope.changedSince === scope.commit || scope.changedSince === at ? at : `${scope.changedSince} (${at})`;
  return `Scoped to ${scope.objects.length} object(s) changed since ${ref}; drift elsewhere is reported by the drift job.`;
}

export function countsLine(plan: Plan): string {
  const { summary } = plan;
  const detail = Object.entries(summary.byFieldAction)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([key, count]) => `${count} ${key.replace('.', ' ')}`)
    .join(', ');
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return `${plural(summary.changes, 'change')}${detail ? ` (${detail})` : ''}, ${plural(summary.conflicts, 'conflict')}, ${plural(summary.warnings, 'warning')}`;
}

export function changesByService(plan: Plan): Map<string, Change[]> {
  const grouped = new Map<string, Change[]>(plan.services.map((service) => [service.name, []]));
  for (const change of plan.changes) grouped.get(change.service)?.push(change);
  return grouped;
}

/**
 * Changes counted per database and schema (changes on a database itself apart) and per table,
 * in the order they first appear: what a text output too long to list change by change says
 * instead (the plan before an apply, the changes an apply did not run).
 */
export class SchemaCounts {
  private readonly schemas = new Map<string, { where: string; total: number; tables: Map<string, number> }>();

  add(change: Change): void {
    const { kind, database, schema, table } = change.object;
    const parts = kind === 'database' || schema === undefined ? [database] : [database, schema];
    const key = JSON.stringify(parts);
    let row = this.schemas.get(key);
    if (!row) this.schemas.set(key, (row = { where: joinFqn(parts), total: 0, tables: new Map() }));
    row.total++;
    if (table !== undefined) row.tables.set(table, (row.tables.get(table) ?? 0) + 1);
  }

  /**
   * One line per schema: `analytics.public: 400 change(s) on 200 table(s)`, then, with
   * `tablesNamed`, the first tables with theirs (`: t0 2, t1 2, and 198 more table(s)`).
   * At most `maxSchemas` lines, then how many schemas are left out.
   */
  lines({ tablesNamed = 0, maxSchemas = Infinity }: { tablesNamed?: number; maxSchemas?: number } = {}): string[] {
    const lines = [...this.schemas.values()].slice(0, maxSchemas).map((row) => {
      const tables = [...row.tables];
      const counted = `${visible(row.where)}: ${row.total} change(s)`;
      if (tables.length === 0) return counted;
      const named = tables.slice(0, tablesNamed).map(([table, count]) => `${visible(table)} ${count}`);
      if (named.length > 0 && tables.length > tablesNamed) named.push(`and ${tables.length - tablesNamed} more table(s)`);
      return `${counted} on ${tables.length} table(s)${named.length > 0 ? `: ${named.join(', ')}` : ''}`;
    });
    if (this.schemas.size > maxSchemas) lines.push(`… and ${this.schemas.size - maxSchemas} more schema(s)`);
    return lines;
  }
}

/** `SchemaCounts` lines of these changes, at most `max`, tables not named. */
export function schemaCountLines(changes: Iterable<Change>, max: number): string[] {
  const counts = new SchemaCounts();
  for (const change of changes) counts.add(change);
  return counts.lines({ maxSchemas: max });
}

// ---------------------------------------------------------------------------------------
// Word-level description diffs

/** One run of an edited text: kept, taken out, put in, or unchanged words folded away. */
export interface WordDiffPart {
  kind: 'same' | 'removed' | 'added' | 'folded';
  text: string;
}

/** Unchanged words kept on each side of an edit; longer unchanged runs fold to `…`. */
const CONTEXT_WORDS = 4;
/** Past this many word edits the diff is not worth computing (and jsdiff slows down): old and new are shown whole. */
const MAX_WORD_EDITS = 400;

/**
 * What changed inside an edited text, word by word (jsdiff's `diffWordsWithSpace`, so
 * whitespace and line breaks count), with unchanged runs folded to a few words around each
 * edit so a long description shows only what moved.
 */
export function wordDiff(before: string, after: string, options: { context?: number; redact?: ((text: string) => string) | undefined } = {}): WordDiffPart[] {
  const context = options.context ?? CONTEXT_WORDS;
  // Masked first: a diff may split a secret into kept and changed words, which no later masking finds.
  const redact = options.redact ?? ((text: string) => text);
  [before, after] = [redact(before), redact(after)];
  const edits = diffWordsWithSpace(before, after, { maxEditLength: MAX_WORD_EDITS });
  if (!edits) return [{ kind: 'removed', text: before }, { kind: 'added', text: after }];
  const parts: WordDiffPart[] = edits.map((edit) => ({ kind: edit.added ? 'added' : edit.removed ? 'removed' : 'same', text: edit.value }));
  return parts.flatMap((part, index) => (part.kind === 'same' ? foldSame(part.text, index > 0, index < parts.length - 1, context) : [part]));
}

/** An unchanged run keeps `context` words next to each edit it touches; the middle folds to one `…`. */
function foldSame(text: string, afterEdit: boolean, beforeEdit: boolean, context: number): WordDiffPart[] {
  // Tokens alternate word, whitespace: a word is what counts against the context.
  const tokens = text.split(/(\s+)/).filter((token) => token !== '');
  const words = tokens.filter((token) => !/^\s+$/.test(token)).length;
  const keep = (afterEdit ? context : 0) + (beforeEdit ? context : 0);
  if (words <= keep + 1) return [{ kind: 'same', text }];
  const head: string[] = [];
  const tail: string[] = [];
  let counted = 0;
  // The whitespace next to the fold stays, so `…` reads as a word of its own.
  for (const token of tokens) {
    if (counted >= (afterEdit ? context : 0) && !/^\s+$/.test(token)) break;
    head.push(token);
    if (!/^\s+$/.test(token)) counted++;
  }
  counted = 0;
  for (const token of [...tokens].reverse()) {
    if (counted >= (beforeEdit ? context : 0) && !/^\s+$/.test(token)) break;
    tail.unshift(token);
    if (!/^\s+$/.test(token)) counted++;
  }
  const out: WordDiffPart[] = [];
  if (head.length > 0) out.push({ kind: 'same', text: head.join('') });
  out.push({ kind: 'folded', text: '…' });
  if (tail.length > 0) out.push({ kind: 'same', text: tail.join('') });
  return out;
}

/** A description edit that is worth a word diff: text replaced by text. */
export function isTextEdit(change: Change): change is Change & { before: string; after: string } {
  return change.field === 'description' && change.action === 'set' && change.before !== null && change.after !== null;
}

/** git's `--word-diff` form, `…kept [-old-]{+new+} kept…`, on one line (hidden characters and line breaks escaped). */
export function plainWordDiff(parts: readonly WordDiffPart[]): string {
  return parts
    .map((part) => {
      const text = visible(part.text);
      return part.kind === 'removed' ? `[-${text}-]` : part.kind === 'added' ? `{+${text}+}` : text;
    })
    .join('');
}

/** Each service's statements, in run order (each statement once, however many changes it carries). */
export function statementsByService(plan: Pick<Plan, 'services' | 'statements'>): Map<string, PlannedStatement[]> {
  const grouped = new Map<string, PlannedStatement[]>(plan.services.map((service) => [service.name, []]));
  for (const statement of plan.statements) grouped.get(statement.service)?.push(statement);
  return grouped;
}
