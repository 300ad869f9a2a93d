// Usage: npm run build && node --max-old-space-size=600 bench/apply-steps-alone.mjs dist   (under /usr/bin/time -v)
// The stepped apply alone at the 100k bench's size: 10 steps of 210,000 changes (10,000 tables ×
// (1 + 20 columns)) spooled as `apply plan.json` spools them, then applied through applySteps with a
// transactional no-op session (lock budget 3,200, PostgreSQL's default) that counts what it gets.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
const dist = path.resolve(process.argv[2] ?? 'dist');
const { PlanFileWriter } = await import(`file://${dist}/core/plan-file.js`);
const { applySteps } = await import(`file://${dist}/core/apply-steps.js`);
const dir = await mkdtemp(path.join(os.tmpdir(), 'revmeta-apply-alone-'));
const spool = new PlanFileWriter(path.join(dir, 'plan.json'));
let id = 0;
for (let s = 0; s < 10; s++) {
  const changes = [];
  const statements = [];
  for (let t = 0; t < 10000; t++) {
    for (let c = -1; c < 20; c++) {
      const object = c < 0 ? { kind: 'table', database: 'db', schema: `s${s}`, table: `t${t}` } : { kind: 'column', database: 'db', schema: `s${s}`, table: `t${t}`, column: `c${c}` };
      const text = c < 0 ? `COMMENT ON TABLE "s${s}"."t${t}" IS 'Table t${t} of s${s}'` : `COMMENT ON COLUMN "s${s}"."t${t}"."c${c}" IS 'Column c${c} of t${t}'`;
      id += 1;
      statements.push({ id, service: 'svc', database: 'db', kind: 'sql', text });
      changes.push({ service: 'svc', object, field: 'description', action: 'set', before: null, after: text.slice(-20), statements: [id] });
    }
  }
  await spool.add(changes, statements);
}
global.gc?.();
const before = { rssMB: Math.round(process.memoryUsage().rss / 2 ** 20), heapMB: Math.round(process.memoryUsage().heapUsed / 2 ** 20) };
let sessions = 0, begins = 0, statementsRun = 0, heapPeak = 0;
const ok = async () => undefined;
const driver = {
  async open() {
    sessions += 1;
    return { query: async () => [], execute: async () => void statementsRun++, executeBatch: async (list) => { statementsRun += list.length; heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed); }, begin: async () => void begins++, commit: ok, rollback: ok, close: ok, lockForApply: ok, lockBudget: async () => 3200 };
  },
  close: ok,
};
const started = Date.now();
const cpu = process.cpuUsage();
const { result } = await applySteps(spool.steps(), [], new Map([['svc', { driver, capabilities: { fields: { description: ['table', 'column'], owner: [], tag: [] }, transactionalDdl: true } }]]));
const used = process.cpuUsage(cpu);
console.log(JSON.stringify({ before, applyWallMs: Date.now() - started, applyCpuMs: Math.round((used.user + used.system) / 1000), heapPeakMB: Math.round(heapPeak / 2 ** 20), sessions, begins, statementsRun, summary: result.summary, transactions: result.transactions.length, maxRssMB: Math.round(process.resourceUsage().maxRSS / 1024) }));
await spool.discard();
await rm(dir, { recursive: true, force: true });
