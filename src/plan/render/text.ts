/**
 * Terraform-like text: counts first, then one line per change; colour only on a TTY. Past
 * TEXT_CHANGE_LINES changes, counts per schema and table and the first changes, with a pointer
 * to the JSON plan for the rest: a terminal or CI log of millions of lines helps no one.
 */
import { isDestructive } from '../assemble.js';
import type { Change, Plan } from '../types.js';
import { statementBody, statementText, type PlannedStatement } from '../../model/change.js';
import { changeLine, changesByService, conflictLine, countsLine, visible, warningLine } from './common.js';
import { countBySchema } from './markdown.js';

/** Changes listed one per line; past this, a plan is summarised (see the module comment). */
export const TEXT_CHANGE_LINES = 500;
/** Tables named with their counts under each schema of a summarised plan. */
const TABLES_PER_SCHEMA = 5;

const COLOURS = { '+': '\u001b[32m', '~': '\u001b[33m', '-': '\u001b[31m', '!': '\u001b[31m', '?': '\u001b[36m', bold: '\u001b[1m' };
const RESET = '\u001b[0m';

export function renderText(
  plan: Plan,
  options: { colour?: boolean; showSql?: boolean; redact?: (text: string) => string; maxChangeLines?: number } = {},
): string {
  const paint = (symbol: keyof typeof COLOURS, text: string) => (options.colour ? `${COLOURS[symbol]}${text}${RESET}` : text);
  const lines: string[] = [`Plan: ${countsLine(plan)}`];
  const destructive = plan.changes.filter(isDestructive).length;
  if (destructive > 0) lines.push(paint('-', `Warning: ${destructive} change(s) clear or remove a value at the source.`));
  if (plan.changes.length === 0 && plan.conflicts.length === 0) {
    lines.push('', 'No changes. The sources match the manifests.');
  }
  // Each statement once, under the last change it carries (the changes of a batched statement come first).
  const lastCarrier = new Map<number, Change>();
  if (options.showSql) for (const change of plan.changes) for (const id of change.statements) lastCarrier.set(id, change);
  const statementsById = new Map<number, PlannedStatement>(plan.statements.map((statement) => [statement.id, statement]));
  const maxLines = options.maxChangeLines ?? TEXT_CHANGE_LINES;
  const summarised = plan.changes.length > maxLines;
  let budget = maxLines;
  for (const [service, changes] of changesByService(plan)) {
    if (changes.length === 0) continue;
    const type = plan.services.find((s) => s.name === service)?.type ?? '';
    lines.push('', paint('bold', `Service ${visible(service)} (${visible(type)}): ${changes.length} change(s)`));
    if (summarised) {
      lines.push(...schemaCountLines(changes));
      if (budget > 0) lines.push(`  First ${Math.min(budget, changes.length)} change(s):`);
    }
    for (const change of summarised ? changes.slice(0, Math.max(0, budget)) : changes) {
      budget--;
      const line = changeLine(change, undefined, options.redact);
      lines.push(`  ${paint(line[0] as '+' | '~' | '-', line)}`);
      if (!options.showSql) continue;
      for (const id of change.statements) {
        const statement = statementsById.get(id);
        if (lastCarrier.get(id) !== change || !statement) continue;
        lines.push(`      ${visible(statementText(statementBody(statement)), { keepLineBreaks: true }).replaceAll('\n', '\n      ')}`);
      }
    }
  }
  if (summarised) {
    lines.push(
      '',
      `${plan.changes.length - maxLines} more change(s) are not listed here: \`revmeta plan --format json\` prints every change, and \`revmeta plan --out plan.json\` saves them to apply.`,
    );
  }
  if (plan.conflicts.length > 0) {
    lines.push('', paint('!', `Conflicts (${plan.conflicts.length}), not applied:`));
    for (const conflict of plan.conflicts) lines.push(`  ${paint('!', '!')} [${visible(conflict.service)}] ${conflictLine(conflict)}`);
  }
  if (plan.warnings.length > 0) {
    lines.push('', `Warnings (${plan.warnings.length}):`);
    for (const warning of plan.warnings) lines.push(`  ${paint('?', '?')} [${visible(warning.service)}] ${warningLine(warning)}`);
  }
  return `${lines.join('\n')}\n`;
}

/** One line per schema: its changes, on how many tables, and the first tables with theirs. */
function schemaCountLines(changes: readonly Change[]): string[] {
  const rows = countBySchema(changes, (change) => change, (change) => change.object.table ?? '');
  return rows.map((row) => {
    const where = visible(row.schema === null ? row.database : `${row.database}.${row.schema}`);
    const tables = [...row.counts].filter(([table]) => table !== '');
    if (tables.length === 0) return `  ${where}: ${row.total} change(s)`;
    const shown = tables.slice(0, TABLES_PER_SCHEMA).map(([table, count]) => `${visible(table)} ${count}`);
    if (tables.length > TABLES_PER_SCHEMA) shown.push(`and ${tables.length - TABLES_PER_SCHEMA} more table(s)`);
    return `  ${where}: ${row.total} change(s) on ${tables.length} table(s): ${shown.join(', ')}`;
  });
}
