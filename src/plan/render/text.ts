/** Terraform-like text: counts first, then one line per change; colour only on a TTY. */
import { isDestructive } from '../assemble.js';
import type { Change, Plan } from '../types.js';
import { statementBody, statementText, type PlannedStatement } from '../../model/change.js';
import { changeLine, changesByService, conflictLine, countsLine, scopeLine, visible, warningLine } from './common.js';

const COLOURS = { '+': '\u001b[32m', '~': '\u001b[33m', '-': '\u001b[31m', '!': '\u001b[31m', '?': '\u001b[36m', bold: '\u001b[1m' };
const RESET = '\u001b[0m';

export function renderText(plan: Plan, options: { colour?: boolean; showSql?: boolean; redact?: (text: string) => string } = {}): string {
  const paint = (symbol: keyof typeof COLOURS, text: string) => (options.colour ? `${COLOURS[symbol]}${text}${RESET}` : text);
  const lines: string[] = [`Plan: ${countsLine(plan)}`];
  if (plan.scope) lines.push(visible(scopeLine(plan.scope)));
  const destructive = plan.changes.filter(isDestructive).length;
  if (destructive > 0) lines.push(paint('-', `Warning: ${destructive} change(s) clear or remove a value at the source.`));
  if (plan.changes.length === 0 && plan.conflicts.length === 0) {
    lines.push('', 'No changes. The sources match the manifests.');
  }
  // Each statement once, under the last change it carries (the changes of a batched statement come first).
  const lastCarrier = new Map<number, Change>();
  if (options.showSql) for (const change of plan.changes) for (const id of change.statements) lastCarrier.set(id, change);
  const statementsById = new Map<number, PlannedStatement>(plan.statements.map((statement) => [statement.id, statement]));
  for (const [service, changes] of changesByService(plan)) {
    if (changes.length === 0) continue;
    const type = plan.services.find((s) => s.name === service)?.type ?? '';
    lines.push('', paint('bold', `Service ${visible(service)} (${visible(type)}): ${changes.length} change(s)`));
    for (const change of changes) {
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
