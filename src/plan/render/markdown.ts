/** Markdown for pull-request comments and job summaries: counts, a removal banner, details per service. */
import { isDestructive } from '../assemble.js';
import type { Plan } from '../types.js';
import { changeLine, changesByService, conflictLine, countsLine, warningLine } from './common.js';

/** A fence longer than any backtick run inside, so SQL can never close it early. */
function fence(body: string, info = ''): string {
  const longest = Math.max(2, ...[...body.matchAll(/`+/g)].map((m) => m[0].length));
  const ticks = '`'.repeat(longest + 1);
  return `${ticks}${info}\n${body}\n${ticks}`;
}

export function renderMarkdown(plan: Plan): string {
  const out: string[] = ['### revmeta plan', '', `**${countsLine(plan)}**`, ''];
  const destructive = plan.changes.filter(isDestructive).length;
  if (destructive > 0) out.push(`> [!WARNING]`, `> ${destructive} change(s) clear or remove a value at the source.`, '');
  if (plan.changes.length === 0 && plan.conflicts.length === 0) out.push('No changes. The sources match the manifests.', '');
  const counts = Object.entries(plan.summary.byFieldAction);
  if (counts.length > 0) {
    out.push('| field | action | count |', '|---|---|---:|');
    for (const [key, count] of counts.sort(([a], [b]) => (a < b ? -1 : 1))) {
      const [field, action] = key.split('.');
      out.push(`| ${field} | ${action} | ${count} |`);
    }
    out.push('');
  }
  for (const [service, changes] of changesByService(plan)) {
    if (changes.length === 0) continue;
    const type = plan.services.find((s) => s.name === service)?.type ?? '';
    out.push('<details>', `<summary>${escapeHtml(service)} (${type}): ${changes.length} change(s)</summary>`, '');
    out.push(fence(changes.map((change) => changeLine(change, 120)).join('\n'), 'diff'), '');
    out.push(fence([...new Set(changes.flatMap((change) => change.sql))].map((sql) => `${sql};`).join('\n'), 'sql'), '');
    out.push('</details>', '');
  }
  if (plan.conflicts.length > 0) {
    out.push(`#### Conflicts (${plan.conflicts.length}), not applied`, '');
    for (const conflict of plan.conflicts) out.push(`- **${escapeHtml(conflict.service)}** ${escapeInline(conflictLine(conflict))}`);
    out.push('');
  }
  if (plan.warnings.length > 0) {
    out.push(`#### Warnings (${plan.warnings.length})`, '');
    for (const warning of plan.warnings) out.push(`- **${escapeHtml(warning.service)}** ${escapeInline(warningLine(warning))}`);
    out.push('');
  }
  return `${out.join('\n')}\n`;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c]!);
}

/** Names and values inside list items must not turn into markup. */
function escapeInline(text: string): string {
  return escapeHtml(text).replace(/([\\`*_[\]|])/g, '\\$1').replace(/\r?\n/g, ' ');
}
