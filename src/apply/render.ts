/** Apply results as text: counts, then what failed (statement and engine message) and what did not run. */
import { changeLine } from '../plan/render/common.js';
import type { ApplyResult } from '../plan/types.js';

export function renderApplyText(result: ApplyResult): string {
  const { applied, failed, notRun } = result.summary;
  const lines = [`Apply ${failed > 0 ? 'failed' : 'complete'}: ${applied} applied, ${failed} failed, ${notRun} not run.`];
  const failures = result.results.filter((r) => r.status === 'failed');
  if (failures.length > 0) {
    lines.push('', 'Failed:');
    for (const failure of failures) {
      lines.push(`  ${changeLine(failure.change)}`);
      if (failure.statement) lines.push(`      statement: ${failure.statement}`);
      lines.push(`      error: ${failure.error ?? 'unknown error'}`);
    }
  }
  const notRunResults = result.results.filter((r) => r.status === 'not_run');
  if (notRunResults.length > 0) {
    lines.push('', 'Not run:');
    for (const skipped of notRunResults) lines.push(`  ${changeLine(skipped.change)}`, `      ${skipped.reason ?? ''}`);
  }
  return `${lines.join('\n')}\n`;
}

export function renderApplyMarkdown(result: ApplyResult): string {
  const { applied, failed, notRun } = result.summary;
  const out = [`### revmeta apply: ${failed > 0 ? 'failed' : 'complete'}`, '', `**${applied} applied, ${failed} failed, ${notRun} not run**`, ''];
  const section = (title: string, status: 'applied' | 'failed' | 'not_run') => {
    const rows = result.results.filter((r) => r.status === status);
    if (rows.length === 0) return;
    const body = rows
      .map((r) => {
        const extra = status === 'failed' ? `\n    statement: ${r.statement ?? '-'}\n    error: ${r.error ?? ''}` : status === 'not_run' ? `\n    ${r.reason ?? ''}` : '';
        return `${changeLine(r.change, 120)}${extra}`;
      })
      .join('\n');
    const ticks = '`'.repeat(Math.max(3, ...[...body.matchAll(/`+/g)].map((m) => m[0].length + 1)));
    out.push('<details>', `<summary>${title} (${rows.length})</summary>`, '', `${ticks}\n${body}\n${ticks}`, '', '</details>', '');
  };
  section('Failed', 'failed');
  section('Not run', 'not_run');
  section('Applied', 'applied');
  return `${out.join('\n')}\n`;
}
