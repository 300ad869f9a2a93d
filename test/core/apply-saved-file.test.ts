/**
 * `apply plan.json` in bounded memory: the saved file is read entry by entry and compared with
 * the plan being made a step at a time (never either change list whole), with the reasons a
 * whole-plan comparison gives; then the plan made now runs a plan step at a time.
 */
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ApplyConnection } from '../../src/apply/apply.js';
import type { Driver, DriverSession } from '../../src/connectors/types.js';
import { applySteps } from '../../src/core/apply-steps.js';
import { PlanFileWriter } from '../../src/core/plan-file.js';
import { checkSavedPlan, openSavedPlan, readSavedPlan } from '../../src/core/stale.js';
import { assemblePlan } from '../../src/plan/assemble.js';
import type { Change, Plan, PlannedStatement } from '../../src/plan/types.js';

const STEPS = 20;
const PER_STEP = 1000;
const TOTAL = STEPS * PER_STEP;
/** Long enough that the file is many pieces (of a megabyte) long. */
const WORDS = 'a description long enough to make every entry of the file take a few hundred characters '.repeat(2);

type Step = { changes: Change[]; statements: PlannedStatement[] };
type SqlStatement = Extract<PlannedStatement, { kind: 'sql' }>;

/** Step `s` of a plan: one table description per change, statements numbered plan-wide. */
function step(s: number, edit: (change: Change, statement: SqlStatement) => void = () => undefined): Step {
  const changes: Change[] = [];
  const statements: PlannedStatement[] = [];
  for (let i = 0; i < PER_STEP; i++) {
    const id = s * PER_STEP + i + 1;
    const table = `t${id}`;
    const after = `${table}: ${WORDS}`;
    const statement: SqlStatement = { id, service: 'svc', database: 'db', kind: 'sql', text: `COMMENT ON TABLE "s${s}"."${table}" IS '${after}'` };
    const change: Change = { service: 'svc', object: { kind: 'table', database: 'db', schema: `s${s}`, table }, field: 'description', action: 'set', before: null, after, statements: [id] };
    edit(change, statement);
    changes.push(change);
    statements.push(statement);
  }
  return { changes, statements };
}

const steps = (edit?: (s: number, change: Change, statement: SqlStatement) => void): Step[] =>
  Array.from({ length: STEPS }, (_, s) => step(s, edit && ((change, statement) => edit(s, change, statement))));

/** The plan around the steps' entries (its lists empty, as a plan made with sinks). */
function header(observedDigest = 'sha256:o'): Plan {
  const plan = assemblePlan({
    manifestsDigest: 'sha256:m',
    configDigest: 'sha256:c',
    services: [{ name: 'svc', type: 'postgres', plan: { changes: [], statements: [], conflicts: [], warnings: [], observedDigest } }],
  });
  return { ...plan, summary: { ...plan.summary, changes: TOTAL, statements: TOTAL } };
}

async function savedFile(saved: readonly Step[]): Promise<string> {
  const file = path.join(await mkdtemp(path.join(os.tmpdir(), 'revmeta-saved-')), 'plan.json');
  const writer = new PlanFileWriter(file);
  for (const { changes, statements } of saved) await writer.add(changes, statements);
  await writer.finish(header());
  return file;
}

/** The streamed check of `file` against `fresh` fed a step at a time, and the most file changes it held. */
async function streamedReasons(file: string, fresh: readonly Step[], freshHeader = header()) {
  const saved = await openSavedPlan(file);
  const check = saved.check();
  for (const { changes, statements } of fresh) await check.add(changes, statements);
  return { reasons: await check.reasons(freshHeader), maxHeld: check.maxHeld, saved: saved.plan };
}

const whole = (list: readonly Step[], plan = header()): Plan => ({ ...plan, changes: list.flatMap((s) => s.changes), statements: list.flatMap((s) => s.statements) });

describe('a saved plan file checked a step at a time', { timeout: 120_000 }, () => {
  it('accepts a file equal to the plan made now, holding a piece of the file at a time, never its change list', async () => {
    const file = await savedFile(steps());
    expect((await readFile(file)).length).toBeGreaterThan(8 << 20);
    const { reasons, maxHeld, saved } = await streamedReasons(file, steps());
    expect(reasons).toEqual([]);
    expect(saved.changes).toEqual([]);
    expect(saved.statements).toEqual([]);
    expect(maxHeld).toBeGreaterThan(0);
    expect(maxHeld).toBeLessThanOrEqual(TOTAL / 5);
  });

  it('refuses an edited value and an edited statement deep in the file, as the whole-plan check names them', async () => {
    const edited = steps((s, change, statement) => {
      if (s === 12 && change.object.table === 't12006') change.after = 'edited';
      if (s === 17 && change.object.table === 't17001') statement.text = 'DROP TABLE "s17"."t17001"';
    });
    const file = await savedFile(edited);
    const { reasons } = await streamedReasons(file, steps());
    expect(reasons).toEqual([
      'the changes in the plan are not what revmeta plans now (2 differ):\n' +
        '    - svc: table db.s12.t12006 description: differs in after\n' +
        '    - svc: table db.s17.t17001 description: differs in statements',
    ]);
    expect(reasons).toEqual(checkSavedPlan(await readSavedPlan(file), whole(steps())));
  });

  it('refuses a stale file: the live state moved (an object changed, one more change), named as before', async () => {
    const file = await savedFile(steps());
    const fresh = steps((s, change) => {
      if (s === 3 && change.object.table === 't3001') change.before = 'written meanwhile';
    });
    const extra = step(STEPS);
    fresh.push({ changes: extra.changes.slice(0, 1), statements: extra.statements.slice(0, 1) });
    const moved = header('sha256:moved');
    const { reasons } = await streamedReasons(file, fresh, moved);
    expect(reasons).toEqual([
      'the live state of service "svc" changed since the plan was made: table db.s20.t20001 description; table db.s3.t3001 description',
      'the changes in the plan are not what revmeta plans now (2 differ):\n' +
        '    - svc: table db.s3.t3001 description: differs in before\n' +
        '    - svc: table db.s20.t20001 description: only in a plan made now',
    ]);
    expect(reasons).toEqual(checkSavedPlan(await readSavedPlan(file), whole(fresh, moved)));
  });

  it('refuses a plan applied already (nothing left to do), naming the first changes and counting the rest', async () => {
    const file = await savedFile(steps());
    const { reasons, maxHeld } = await streamedReasons(file, []);
    expect(reasons).toHaveLength(1);
    expect(reasons[0]).toMatch(/^the changes in the plan are not what revmeta plans now \(20000 differ\):\n {4}- svc: table db\.s0\.t1 description: only in the reviewed plan\n/);
    expect(reasons[0]).toContain('    - and 19990 more');
    expect(maxHeld).toBeLessThanOrEqual(TOTAL / 5);
  });

  it('refuses a file replaced while it was being checked', async () => {
    const file = await savedFile(steps());
    const saved = await openSavedPlan(file);
    const check = saved.check();
    await writeFile(file, await readFile(file, 'utf8'));
    for (const { changes, statements } of steps()) await check.add(changes, statements);
    expect(await check.reasons(header())).toEqual([`the plan file ${file} changed while it was being checked`]);
  });
});

/** A non-transactional target that records what runs per session, failing a statement containing FAIL. */
function recordingTarget(sessions: string[][]): Map<string, ApplyConnection> {
  const driver: Driver = {
    async open() {
      const ran: string[] = [];
      sessions.push(ran);
      const session: DriverSession = {
        query: async () => [],
        execute: async (sql) => {
          if (sql.includes('FAIL')) throw new Error('boom');
          ran.push(sql);
        },
        begin: async () => undefined,
        commit: async () => undefined,
        rollback: async () => undefined,
        close: async () => undefined,
      };
      return session;
    },
    close: async () => undefined,
  };
  return new Map([['svc', { driver, capabilities: { fields: { description: ['table'], owner: [], tag: [] }, transactionalDdl: false } }]]);
}

async function spooled(list: readonly Step[]): Promise<PlanFileWriter> {
  const spool = new PlanFileWriter(path.join(await mkdtemp(path.join(os.tmpdir(), 'revmeta-spool-')), 'plan.json'));
  for (const { changes, statements } of list) await spool.add(changes, statements);
  return spool;
}

describe('the plan made now applied a step at a time', { timeout: 120_000 }, () => {
  it('reads back a step at a time and runs them all on one session, counting what was applied without keeping it', async () => {
    const spool = await spooled(steps());
    const sessions: string[][] = [];
    const { result, heldBack } = await applySteps(spool.steps(), [], recordingTarget(sessions));
    await spool.discard();
    expect(sessions).toHaveLength(1);
    expect(sessions[0]).toHaveLength(TOTAL);
    expect(sessions[0]![7 * PER_STEP]).toBe((step(7).statements[0] as SqlStatement).text);
    expect(result.summary).toEqual({ applied: TOTAL, failed: 0, notRun: 0 });
    expect(result.results).toEqual([]);
    expect(heldBack).toBe(0);
  });

  it('stops at the first failure: the later steps do not run, each change said so, as in a plan applied whole', async () => {
    const spool = await spooled(steps((s, _change, statement) => (s === 2 && statement.id === 2501 ? (statement.text = 'FAIL') : undefined)));
    const sessions: string[][] = [];
    const { result } = await applySteps(spool.steps(), [], recordingTarget(sessions));
    await spool.discard();
    expect(sessions).toHaveLength(1);
    expect(result.summary).toEqual({ applied: 2500, failed: 1, notRun: TOTAL - 2501 });
    const reasons = new Set(result.results.filter((r) => r.status === 'not_run').map((r) => r.reason));
    // One database over every step: its later changes are not run for the reason a whole plan gives.
    expect(reasons).toEqual(new Set(['not run: an earlier statement failed (FAIL)']));
  });

  it('keeps every result when asked (--format json) and holds back the changes in conflict', async () => {
    const spool = await spooled(steps().slice(0, 2));
    const conflict = { service: 'svc', object: { kind: 'table' as const, database: 'db', schema: 's1', table: 't1001' }, reason: 'ambiguous name' };
    const { result, heldBack } = await applySteps(spool.steps(), [conflict], recordingTarget([]), { keepApplied: true });
    await spool.discard();
    expect(heldBack).toBe(1);
    expect(result.results).toHaveLength(2 * PER_STEP);
    expect(result.summary).toEqual({ applied: 2 * PER_STEP - 1, failed: 0, notRun: 1 });
  });
});
