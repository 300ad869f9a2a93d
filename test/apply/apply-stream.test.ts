/**
 * A plan applied as a stream of its steps: one session (and one apply lock) per database for the
 * whole apply, transactions cut across step boundaries as the plan states them, and the same
 * outcomes as the plan applied whole.
 */
import { describe, expect, it } from 'vitest';
import { applyChanges, type ApplyConnection, type ApplyWork } from '../../src/apply/apply.js';
import { ApplyShape } from '../../src/apply/transactions.js';
import type { Driver } from '../../src/connectors/types.js';
import type { Change } from '../../src/model/change.js';
import { withStatements, type ChangeWithSql } from '../plan-statements.js';

function tableChange(database: string, schema: string, table: string, sql: string, column?: string): ChangeWithSql {
  const object = column === undefined ? { kind: 'table' as const, database, schema, table } : { kind: 'column' as const, database, schema, table, column };
  return { service: 'svc', object, field: 'description', action: 'set', before: null, after: sql, sql: [sql] };
}

/** A schema of `tables` tables, each described with a column: 2 statements a table. */
const schema = (database: string, name: string, tables: number) =>
  Array.from({ length: tables }, (_, n) => [tableChange(database, name, `t${n}`, `T ${name}.${n}`), tableChange(database, name, `t${n}`, `C ${name}.${n}`, 'c')]).flat();

/** Steps as the plan's step loop hands them over: each numbers its statements from 1. */
const stepsOf = (written: ChangeWithSql[][]): ApplyWork[] => written.map((step) => withStatements(step));

async function* stream(steps: readonly ApplyWork[], between?: (index: number) => void): AsyncGenerator<ApplyWork> {
  for (const [index, step] of steps.entries()) {
    if (index > 0) between?.(index);
    yield step;
  }
}

/** A recording driver: every session it opens, what each runs, FAIL failing; `budget` objects a transaction. */
function recording(log: string[], options: { budget?: number; transactional?: boolean; concurrency?: number; transactions?: 'single' } = {}) {
  const opened: string[] = [];
  const driver: Driver = {
    async open(database) {
      const id = `${database}#${opened.length + 1}`;
      opened.push(id);
      const run = async (sql: string) => {
        // Yield, so that statements of concurrent sessions interleave as they would.
        await new Promise((resolve) => setImmediate(resolve));
        if (sql.includes('FAIL')) throw new Error(`boom: ${sql}`);
        log.push(`${id}: ${sql}`);
      };
      return {
        query: async () => [],
        execute: run,
        begin: async () => void log.push(`${id}: BEGIN`),
        commit: async () => void log.push(`${id}: COMMIT`),
        rollback: async () => void log.push(`${id}: ROLLBACK`),
        lockForApply: async () => void log.push(`${id}: LOCK`),
        close: async () => void log.push(`${id}: CLOSE`),
        ...(options.budget !== undefined ? { lockBudget: async () => options.budget } : {}),
      };
    },
    close: async () => undefined,
  };
  const connection: ApplyConnection = {
    driver,
    capabilities: { fields: { description: ['table', 'column'], owner: [], tag: [] }, transactionalDdl: options.transactional ?? true },
    ...(options.concurrency !== undefined ? { concurrency: options.concurrency } : {}),
    ...(options.transactions ? { transactions: options.transactions } : {}),
  };
  return { opened, targets: new Map([['svc', connection]]) };
}

/** Schemas s0…s5 of database a (3 tables each), then a schema of database b: a step a schema. */
const sixSchemas = (): ChangeWithSql[][] => [...['s0', 's1', 's2', 's3', 's4', 's5'].map((name) => schema('a', name, 3)), schema('b', 's', 2)];

describe('a plan applied a step at a time', () => {
  it('opens one session per database across its steps, and cuts transactions across steps as the plan states', async () => {
    const log: string[] = [];
    const { opened, targets } = recording(log, { budget: 5 });
    const steps = stepsOf(sixSchemas());
    const shape = new ApplyShape({ transactions: 'auto', lockBudget: 5 });
    for (const step of steps) shape.add(step.changes);
    const result = await applyChanges(stream(steps), targets);
    expect(opened).toEqual(['a#1', 'b#2']);
    expect(result.summary).toEqual({ applied: 40, failed: 0, notRun: 0 });
    // 18 tables of a in 6 steps: 5 + 5 + 5 + 3 tables, the first transaction spanning steps 1 and 2.
    const stated = shape.result();
    expect(stated).toMatchObject({ databases: [{ database: 'a', transactions: 4, objects: 5 }, { database: 'b', transactions: 1, objects: 2 }] });
    expect(result.transactions?.map(({ database, index, of, objects, changes, statements }) => [database, index, of, objects, changes, statements])).toEqual([
      ['a', 1, 4, 5, 10, 10],
      ['a', 2, 4, 5, 10, 10],
      ['a', 3, 4, 5, 10, 10],
      ['a', 4, 4, 3, 6, 6],
      ['b', 1, 1, 2, 4, 4],
    ]);
    expect(log.filter((line) => /LOCK|BEGIN|COMMIT|CLOSE/.test(line))).toEqual([
      'a#1: LOCK',
      ...Array.from({ length: 4 }, () => ['a#1: BEGIN', 'a#1: COMMIT']).flat(),
      'a#1: CLOSE',
      'b#2: LOCK',
      'b#2: BEGIN',
      'b#2: COMMIT',
      'b#2: CLOSE',
    ]);
    // The first transaction: s0's 3 tables and s1's first 2, committed only once s1's t1 ran.
    const first = log.indexOf('a#1: COMMIT');
    expect(log.slice(1, first + 1)).toEqual([
      'a#1: BEGIN',
      ...[0, 1, 2].flatMap((n) => [`a#1: T s0.${n}`, `a#1: C s0.${n}`]),
      ...[0, 1].flatMap((n) => [`a#1: T s1.${n}`, `a#1: C s1.${n}`]),
      'a#1: COMMIT',
    ]);
  });

  it('keeps one transaction per database over every step with `transactions: single`', async () => {
    const log: string[] = [];
    const { opened, targets } = recording(log, { budget: 5, transactions: 'single' });
    const result = await applyChanges(stream(stepsOf(sixSchemas())), targets);
    expect(opened).toEqual(['a#1', 'b#2']);
    expect(log.filter((line) => /BEGIN|COMMIT/.test(line))).toEqual(['a#1: BEGIN', 'a#1: COMMIT', 'b#2: BEGIN', 'b#2: COMMIT']);
    expect(result.transactions).toMatchObject([{ database: 'a', index: 1, of: 1, objects: 18, changes: 36 }, { database: 'b', index: 1, of: 1 }]);
  });

  it('rolls back a transaction spanning two steps whole when its statement in the second fails; the later ones do not run', async () => {
    const log: string[] = [];
    const { targets } = recording(log, { budget: 5 });
    const written = sixSchemas();
    // s1's t0: in the first transaction, which began in the step of s0.
    written[1] = written[1]!.map((c) => (c.sql[0] === 'T s1.0' ? { ...c, sql: ['FAIL s1.0'] } : c));
    const result = await applyChanges(stream(stepsOf(written)), targets);
    expect(log.filter((line) => /BEGIN|COMMIT|ROLLBACK|FAIL/.test(line))).toEqual(['a#1: BEGIN', 'a#1: ROLLBACK']);
    const byStatement = new Map(result.results.map((r) => [r.change.after, r]));
    expect(byStatement.get('T s0.0')).toMatchObject({ status: 'not_run', reason: 'rolled back: a later statement of this transaction failed (FAIL s1.0)' });
    expect(byStatement.get('T s1.0')).toMatchObject({ status: 'failed', error: 'boom: FAIL s1.0' });
    expect(byStatement.get('C s1.0')).toMatchObject({ status: 'not_run', reason: 'not run: an earlier statement failed (FAIL s1.0)' });
    expect(byStatement.get('T s5.2')).toMatchObject({ status: 'not_run', reason: 'not run: transaction 1 of 4 on database "a" failed (rolled back; none committed)' });
    expect(byStatement.get('T s.0')).toMatchObject({ status: 'not_run', reason: 'not run: apply stopped after a failure in svc/a' });
    expect(result.summary).toEqual({ applied: 0, failed: 1, notRun: 39 });
    expect(result.transactions?.map((t) => [t.database, t.index, t.of, t.status])).toEqual([
      ['a', 1, 4, 'rolled_back'],
      ['a', 2, 4, 'not_run'],
      ['a', 3, 4, 'not_run'],
      ['a', 4, 4, 'not_run'],
    ]);
  });

  it('gives the outcomes of the plan applied whole; counted, not kept, when asked', async () => {
    const written = sixSchemas().map((step) => step.map((c) => (c.sql[0] === 'C s4.1' ? { ...c, sql: ['FAIL s4.1'] } : c)));
    const whole = await applyChanges(withStatements(written.flat()), recording([], { budget: 5 }).targets, { continueOnError: true });
    const streamed = await applyChanges(stream(stepsOf(written)), recording([], { budget: 5 }).targets, { continueOnError: true });
    const counted = await applyChanges(stream(stepsOf(written)), recording([], { budget: 5 }).targets, { continueOnError: true, keepApplied: false });
    const outcome = (r: { change: Change; status: string; reason?: string; error?: string }) => [r.change.after, r.status, r.reason ?? r.error];
    expect(streamed.results.map(outcome)).toEqual(whole.results.map(outcome));
    expect(streamed.transactions).toEqual(whole.transactions);
    expect(streamed.summary).toEqual({ applied: 24, failed: 1, notRun: 15 });
    expect(counted.summary).toEqual(streamed.summary);
    expect(counted.results.map(outcome)).toEqual(whole.results.filter((r) => r.status !== 'applied').map(outcome));
  });

  it('without transactions, keeps the sessions of its concurrency open across steps', async () => {
    const log: string[] = [];
    const { opened, targets } = recording(log, { transactional: false, concurrency: 3 });
    const result = await applyChanges(stream(stepsOf(sixSchemas())), targets);
    expect(result.summary).toEqual({ applied: 40, failed: 0, notRun: 0 });
    expect(opened).toEqual(['a#1', 'a#2', 'a#3', 'b#4', 'b#5']);
    expect(log.filter((line) => /LOCK/.test(line))).toEqual(['a#1: LOCK', 'b#4: LOCK']);
  });

  it('takes the next step only once the one before ran: one step in memory at a time', async () => {
    const log: string[] = [];
    const { targets } = recording(log, { budget: 100 });
    const ranBefore: number[] = [];
    await applyChanges(
      stream(stepsOf(sixSchemas()), () => ranBefore.push(log.filter((line) => / [TC] /.test(line)).length)),
      targets,
    );
    expect(ranBefore).toEqual([6, 12, 18, 24, 30, 36]);
  });
});
