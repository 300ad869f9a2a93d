import { describeObject, formatLocation } from '../plan.js';
import type { Change, Conflict, Plan, PlannedStatement, Warning } from '../types.js';

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

export function changeLine(change: Change, max?: number): string {
  const what = change.field === 'tag' ? `tag ${change.tag}` : change.field;
  const kind = change.object.relation && change.object.kind === 'table' ? change.object.relation.replaceAll('_', ' ') : change.object.kind;
  return `${changeSymbol(change)} ${visible(`${kind} ${describeObject(change.object)} ${what}`)}: ${showValue(change.before, max)} → ${showValue(change.after, max)}`;
}

export function conflictLine(conflict: Conflict): string {
  const where = conflict.location ? ` (${formatLocation(conflict.location)})` : '';
  return visible(`${conflict.object.kind} ${describeObject(conflict.object)}${conflict.field ? ` ${conflict.field}` : ''}: ${conflict.reason}${where}`);
}

export function warningLine(warning: Warning): string {
  const where = warning.location ? ` (${formatLocation(warning.location)})` : '';
  return visible(`${warning.message}${where}`);
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

/** Each service's statements, in run order (each statement once, however many changes it carries). */
export function statementsByService(plan: Pick<Plan, 'services' | 'statements'>): Map<string, PlannedStatement[]> {
  const grouped = new Map<string, PlannedStatement[]>(plan.services.map((service) => [service.name, []]));
  for (const statement of plan.statements) grouped.get(statement.service)?.push(statement);
  return grouped;
}
