/** Terraform-like text: counts first, then one line per change; colour only on a TTY. */
import { isDestructive } from '../assemble.js';
import type { Change, Plan } from '../types.js';
import { statementBody, statementText, type PlannedStatement } from '../../model/change.js';
import { changeLine, changesByService, conflictLine, countsLine, schemaCountLines, scopeLine, visible, warningLine } from './common.js';

const COLOURS = { '+': '\u001b[32m', '~': '\u001b[33m', '-': '\u001b[31m', '!': '\u001b[31m', '?': '\u001b[36m', bold: '\u001b[1m' };
const RESET = '\u001b[0m';

/** Changes listed per service once a plan is past `maxChanges`: the rest are counted per schema. */
const FIRST_CHANGES = 20;
/** Schemas counted per service once a plan is past `maxChanges`. */
const MAX_SCHEMA_ROWS = 50;

export interface TextOptions {
  colour?: boolean;
  showSql?: boolean;
  redact?: (text: string) => string;
  /**
   * Past this many changes, each service's are counted per schema (and table) and only its
   * first ones listed, with where the whole plan is: what an apply shows before it runs, which
   * can be millions of changes.
   */
  maxChanges?: number;
}

export function renderText(plan: Plan, options: TextOptions = {}): string {
  const paint = (symbol: keyof typeof COLOURS, text: string) => (options.colour ? `${COLOURS[symbol]}${text}${RESET}` : text);
  const lines: string[] = [`Plan: ${countsLine(plan)}`];
  if (plan.scope) lines.push(visible(scopeLine(plan.scope)));
  const destructive = plan.changes.filter(isDestructive).length;
  if (destructive > 0) lines.push(paint('-', `Warning: ${destructive} change(s) clear or remove a value at the source.`));
  if (plan.changes.length === 0 && plan.conflicts.length === 0) {
    lines.push('', 'No changes. The sources match the manifests.');
  }
  const summarised = options.maxChanges !== undefined && plan.changes.length > options.maxChanges;
  // Each statement once, under the last change it carries (the changes of a batched statement come first).
  const lastCarrier = new Map<number, Change>();
  if (options.showSql) for (const change of plan.changes) for (const id of change.statements) lastCarrier.set(id, change);
  const statementsById = new Map<number, PlannedStatement>(plan.statements.map((statement) => [statement.id, statement]));
  for (const [service, changes] of changesByService(plan)) {
    if (changes.length === 0) continue;
    const type = plan.services.find((s) => s.name === service)?.type ?? '';
    lines.push('', paint('bold', `Service ${visible(service)} (${visible(type)}): ${changes.length} change(s)`));
    const listed = summarised ? changes.slice(0, FIRST_CHANGES) : changes;
    if (summarised) lines.push(...schemaCountLines(changes, MAX_SCHEMA_ROWS).map((line) => `  ${line}`), `  first ${listed.length}:`);
    for (const change of listed) {
      const line = changeLine(change, undefined, options.redact);
      lines.push(`  ${paint(line[0] as '+' | '~' | '-', line)}`);
      if (!options.showSql) continue;
      for (const id of change.statements) {
        const statement = statementsById.get(id);
        if (lastCarrier.get(id) !== change || !statement) continue;
        lines.push(`      ${visible(statementText(statementBody(statement)), { keepLineBreaks: true }).replaceAll('\n', '\n      ')}`);
      }
    }
    if (listed.length < changes.length) lines.push(`  … and ${changes.length - listed.length} more change(s)`);
  }
  if (summarised) lines.push('', `${plan.changes.length} changes are more than this output lists; every change with its SQL: \`revmeta plan --out plan.json\` (or --format json).`);
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
