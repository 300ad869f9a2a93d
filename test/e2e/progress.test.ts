/** Progress off a terminal: periodic lines with the elapsed time, never more than one per interval (src/core/progress.ts). */
import { expect, it } from 'vitest';
import { Progress } from '../../src/core/progress.js';

function recorder(isTTY: boolean) {
  const lines: string[] = [];
  let now = 1_000_000;
  const progress = new Progress({ write: (text) => void lines.push(text), isTTY }, () => now, 5000);
  return { lines, progress, advance: (millis: number) => void (now += millis) };
}

it('off a terminal: start and end of each service always, statements at most once per 5s, with the elapsed time', () => {
  const { lines, progress, advance } = recorder(false);
  progress.milestone('Reading warehouse (postgres): 2 database(s)…');
  for (let done = 1; done <= 4000; done++) {
    advance(10); // 40s in all
    progress.statements({ service: 'warehouse', database: 'shop', done, total: 4000 });
  }
  progress.milestone('Planned warehouse: 4000 change(s)');
  expect(lines[0]).toBe('[0s] Reading warehouse (postgres): 2 database(s)…\n');
  expect(lines.at(-2)).toBe('[40s] Applying warehouse/shop: 4000/4000 statements\n');
  expect(lines.at(-1)).toBe('[40s] Planned warehouse: 4000 change(s)\n');
  const periodic = lines.slice(1, -2);
  // One line per 5s between the milestones (at 5s, 10s, … 35s), not one per statement.
  expect(periodic).toHaveLength(7);
  expect(periodic[0]).toBe('[5s] Applying warehouse/shop: 500/4000 statements\n');
  expect(periodic[1]).toBe('[10s] Applying warehouse/shop: 1000/4000 statements\n');
});

it('on a terminal: every 500th statement and the last, without timestamps, as before', () => {
  const { lines, progress } = recorder(true);
  for (let done = 1; done <= 1200; done++) progress.statements({ service: 'w', database: 'd', done, total: 1200 });
  progress.update('w: listing');
  expect(lines).toEqual(['Applying w/d: 500/1200 statements\n', 'Applying w/d: 1000/1200 statements\n', 'Applying w/d: 1200/1200 statements\n', 'w: listing\n']);
});
