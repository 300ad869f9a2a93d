/**
 * Terraform-like text: counts first, then one line per change; colour only on a TTY. Past
 * TEXT_CHANGE_LINES changes, counts per schema and table and the first changes, with a pointer
 * to the JSON plan for the rest: a terminal or CI log of millions of lines helps no one.
 */
import { isDestructive } from '../assemble.js';
import type { Change, Plan } from '../types.js';
import { statementBody, statementText, type PlannedStatement } from '../../model/change.js';
import { applyLine } from './apply-line.js';
import { changeLine, changesByService, conflictLine, countsLine, SchemaCounts, scopeLine, visible, warningLine } from './common.js';

/** Changes listed one per line; past this, a plan is summarised (see the module comment). */
export const TEXT_CHANGE_LINES = 500;
/** Tables named with their counts under each schema of a summarised plan. */
const TABLES_PER_SCHEMA = 5;

const COLOURS = { '+': '\u001b[32m', '~': '\u001b[33m', '-': '\u001b[31m', '!': '\u001b[31m', '?': '\u001b[36m', bold: '\u001b[1m' };
const RESET = '\u001b[0m';

export interface TextOptions {
  colour?: boolean;
  showSql?: boolean;
  redact?: (text: string) => string;
  maxChangeLines?: number;
}

export function renderText(plan: Plan, options: TextOptions = {}): string {
  const counts = new ChangeCounts();
  for (const change of plan.changes) counts.add(change);
  return renderCounted(plan, counts, options);
}

/**
 * The text plan of a plan made a step at a time (`TextPreview` took its changes as they came):
 * `plan` holds the first changes and their statements, `counts` all of them.
 */
function renderCounted(plan: Plan, counts: ChangeCounts, options: TextOptions): string {
  const paint = (symbol: keyof typeof COLOURS, text: string) => (options.colour ? `${COLOURS[symbol]}${text}${RESET}` : text);
  const lines: string[] = [`Plan: ${countsLine(plan)}`];
  if (plan.scope) lines.push(visible(scopeLine(plan.scope)));
  if (counts.destructive > 0) lines.push(paint('-', `Warning: ${counts.destructive} change(s) clear or remove a value at the source.`));
  if (counts.total === 0 && plan.conflicts.length === 0) {
    lines.push('', 'No changes. The sources match the manifests.');
  }
  // Each statement once, under the last change it carries (the changes of a batched statement come first).
  const lastCarrier = new Map<number, Change>();
  if (options.showSql) for (const change of plan.changes) for (const id of change.statements) lastCarrier.set(id, change);
  const statementsById = new Map<number, PlannedStatement>(plan.statements.map((statement) => [statement.id, statement]));
  const maxLines = options.maxChangeLines ?? TEXT_CHANGE_LINES;
  const summarised = counts.total > maxLines;
  let budget = maxLines;
  const listed = changesByService(plan);
  for (const [service, serviceCounts] of counts.services) {
    const changes = listed.get(service) ?? [];
    const type = plan.services.find((s) => s.name === service)?.type ?? '';
    lines.push('', paint('bold', `Service ${visible(service)} (${visible(type)}): ${serviceCounts.total} change(s)`));
    const apply = plan.services.find((entry) => entry.name === service)?.apply;
    if (apply) lines.push(`  Apply: ${applyLine(apply)}`);
    if (summarised) {
      lines.push(...serviceCounts.schemas.lines({ tablesNamed: TABLES_PER_SCHEMA }).map((line) => `  ${line}`));
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
      `${counts.total - maxLines} more change(s) are not listed here: \`revmeta plan --format json\` prints every change, and \`revmeta plan --out plan.json\` saves them to apply.`,
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

/** What the text plan counts: changes in all, those that take a value away, per service, schema and table. */
class ChangeCounts {
  total = 0;
  destructive = 0;
  readonly services = new Map<string, { total: number; schemas: SchemaCounts }>();

  add(change: Change): void {
    this.total++;
    if (isDestructive(change)) this.destructive++;
    let service = this.services.get(change.service);
    if (!service) this.services.set(change.service, (service = { total: 0, schemas: new SchemaCounts() }));
    service.total++;
    service.schemas.add(change);
  }
}

/**
 * Takes a plan's changes a step at a time as they are planned (a `PlanEntrySink`), keeping
 * the counts and only the first changes with their statements: the text plan of millions of
 * changes without holding them.
 */
export class TextPreview {
  private readonly counts = new ChangeCounts();
  private readonly changes: Change[] = [];
  private readonly statements: PlannedStatement[] = [];

  constructor(private readonly options: TextOptions = {}) {}

  add(changes: readonly Change[], statements: readonly PlannedStatement[]): void {
    const keep = (this.options.maxChangeLines ?? TEXT_CHANGE_LINES) - this.changes.length;
    const kept = keep > 0 ? changes.slice(0, keep) : [];
    for (const change of changes) this.counts.add(change);
    this.changes.push(...kept);
    const named = new Set(kept.flatMap((change) => change.statements));
    this.statements.push(...statements.filter((statement) => named.has(statement.id)));
  }

  /** The text plan; `plan` is the plan made with this as its sink (no changes or statements of its own). */
  render(plan: Plan): string {
    return renderCounted({ ...plan, changes: this.changes, statements: this.statements }, this.counts, this.options);
  }
}
