import { describeObject, formatLocation } from '../plan.js';
import type { Change, Conflict, Plan, Warning } from '../types.js';

export const SYMBOL: Record<Change['action'], string> = { set: '~', add: '+', clear: '-', remove: '-' };

/** A value as one line: JSON-quoted so newlines and quotes are visible, folded when long. */
export function showValue(value: string | null, max = 80): string {
  if (value === null) return '(none)';
  const quoted = JSON.stringify(value);
  if (quoted.length <= max) return quoted;
  return `${quoted.slice(0, max - 1)}…" (${[...value].length} chars)`;
}

export function changeSymbol(change: Change): string {
  return change.action === 'set' && change.before === null ? '+' : SYMBOL[change.action];
}

export function changeLine(change: Change, max?: number): string {
  const what = change.field === 'tag' ? `tag ${change.tag}` : change.field;
  const kind = change.object.relation && change.object.kind === 'table' ? change.object.relation.replaceAll('_', ' ') : change.object.kind;
  return `${changeSymbol(change)} ${kind} ${describeObject(change.object)} ${what}: ${showValue(change.before, max)} → ${showValue(change.after, max)}`;
}

export function conflictLine(conflict: Conflict): string {
  const where = conflict.location ? ` (${formatLocation(conflict.location)})` : '';
  return `${conflict.object.kind} ${describeObject(conflict.object)}${conflict.field ? ` ${conflict.field}` : ''}: ${conflict.reason}${where}`;
}

export function warningLine(warning: Warning): string {
  const where = warning.location ? ` (${formatLocation(warning.location)})` : '';
  return `${warning.message}${where}`;
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
