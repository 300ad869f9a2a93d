/**
 * Apply concurrency of systems without transactional DDL: statements of different tables in
 * flight at once on up to `concurrency` sessions, one table's statements in order, the apply
 * lock taken once (on the first session) and held until every other session is done.
 */
import { describe, expect, it } from 'vitest';
import { applyChanges, type ApplyConnection } from '../../src/apply/apply.js';
import type { Capabilities, Driver, DriverSession } from '../../src/connectors/types.js';
import { withStatements, type ChangeWithSql } from '../plan-statements.js';

const nonTransactional: Capabilities = { fields: { description: ['table', 'column'], owner: [], tag: [] }, transactionalDdl: false };

interface Trace {
  log: string[];
  inFlight: number;
  maxInFlight: number;
  opened: number;
  closed: string[];
}

/**
 * A driver whose statements take `latencyMs` (one per session at a time, as a real
 * connection): records the order, how many ran at once, and when sessions closed.
 */
function slowDriver(trace: Trace, latencyMs = 5, options: { failOn?: string; withLock?: boolean } = {}): Driver {
  return {
    async open() {
      const id = ++trace.opened;
      let busy = false;
      const session: DriverSession = {
        query: async () => [],
        execute: async (sql) => {
          if (busy) throw new Error(`session ${id} got a second statement while one was running`);
          busy = true;
          trace.inFlight++;
          trace.maxInFlight = Math.max(trace.maxInFlight, trace.inFlight);
          trace.log.push(`start ${sql}`);
          await new Promise((resolve) => setTimeout(resolve, latencyMs));
          trace.inFlight--;
          busy = false;
          if (sql === options.failOn) throw new Error(`boom: ${sql}`);
          trace.log.push(`end ${sql}`);
        },
        begin: () => Promise.reject(new Error('no transactions')),
        commit: () => Promise.reject(new Error('no transactions')),
        rollback: () => Promise.reject(new Error('no transactions')),
        ...(options.withLock ? { lockForApply: async () => void trace.log.push(`LOCK on session ${id}`) } : {}),
        close: async () => void trace.closed.push(`session ${id}`),
      };
      return session;
    },
    close: async () => undefined,
  };
}

function newTrace(): Trace {
  return { log: [], inFlight: 0, maxInFlight: 0, opened: 0, closed: [] };
}

function column(table: string, name: string, sql: string[]): ChangeWithSql {
  return {
    service: 'svc',
    object: { kind: 'column', database: 'db', schema: 's', table, column: name },
    field: 'description',
    action: 'set',
    before: null,
    after: name,
    sql,
  };
}

function target(driver: Driver, concurrency?: number): Map<string, ApplyConnection> {
  return new Map([['svc', { driver, capabilities: nonTransactional, ...(concurrency === undefined ? {} : { concurrency }) }]]);
}

/** Two statements per table, tables t0..t(n-1). */
function twoPerTable(tables: number): ChangeWithSql[] {
  const changes: ChangeWithSql[] = [];
  for (let t = 0; t < tables; t++) {
    changes.push(column(`t${t}`, 'a', [`t${t} first`]));
    changes.push(column(`t${t}`, 'b', [`t${t} second`]));
  }
  return changes;
}

describe('apply concurrency (no transactional DDL)', () => {
  it('runs statements of different tables at once on up to `concurrency` sessions, one table in order', async () => {
    const trace = newTrace();
    const result = await applyChanges(withStatements(twoPerTable(12)), target(slowDriver(trace, 5, { withLock: true }), 4));
    expect(result.summary).toEqual({ applied: 24, failed: 0, notRun: 0 });
    expect(trace.maxInFlight).toBe(4);
    expect(trace.opened).toBe(4);
    for (let t = 0; t < 12; t++) {
      expect(trace.log.indexOf(`end t${t} first`)).toBeLessThan(trace.log.indexOf(`start t${t} second`));
    }
    // The apply lock: taken once, on the first session, before any statement; that session closes last.
    expect(trace.log.filter((line) => line.startsWith('LOCK'))).toEqual(['LOCK on session 1']);
    expect(trace.log[0]).toBe('LOCK on session 1');
    expect(trace.closed).toHaveLength(4);
    expect(trace.closed.at(-1)).toBe('session 1');
  });

  it('keeps one session and the plan order without a concurrency', async () => {
    const trace = newTrace();
    await applyChanges(withStatements(twoPerTable(3)), target(slowDriver(trace, 1)));
    expect(trace.maxInFlight).toBe(1);
    expect(trace.opened).toBe(1);
    expect(trace.log.filter((line) => line.startsWith('start'))).toEqual(['start t0 first', 'start t0 second', 'start t1 first', 'start t1 second', 'start t2 first', 'start t2 second']);
  });

  it('opens no more sessions than there are tables', async () => {
    const trace = newTrace();
    await applyChanges(withStatements(twoPerTable(2)), target(slowDriver(trace, 1), 8));
    expect(trace.opened).toBe(2);
  });

  it('stops scheduling at the first failure: in-flight statements finish, the rest are not run with the reason', async () => {
    const trace = newTrace();
    const result = await applyChanges(withStatements(twoPerTable(12)), target(slowDriver(trace, 5, { failOn: 't1 first' }), 4));
    const byTable = (t: number) => result.results.filter((r) => r.change.object.table === `t${t}`);
    expect(byTable(1).map((r) => r.status)).toEqual(['failed', 'not_run']);
    expect(byTable(1)[0]).toMatchObject({ statement: 't1 first', error: 'boom: t1 first' });
    expect(byTable(1)[1]?.reason).toBe('not run: an earlier statement failed (t1 first)');
    // t0, t2, t3 were in flight with t1: their first statements finished and count as applied.
    for (const t of [0, 2, 3]) expect(byTable(t)[0]?.status).toBe('applied');
    // Nothing was started after the failure was seen; tables never begun are not run, with the reason.
    const started = trace.log.filter((line) => line.startsWith('start')).length;
    expect(started).toBeLessThanOrEqual(4 + 3);
    for (const t of [8, 9, 10, 11]) {
      for (const r of byTable(t)) expect(r).toMatchObject({ status: 'not_run', reason: 'not run: an earlier statement failed (t1 first)' });
    }
    expect(result.summary.failed).toBe(1);
    expect(result.summary.applied + result.summary.failed + result.summary.notRun).toBe(24);
    // Every session was closed.
    expect(trace.closed).toHaveLength(trace.opened);
  });

  it('runs a statement carrying changes of several tables alone, after all before it and before all after it', async () => {
    const trace = newTrace();
    const changes = [
      column('t0', 'a', ['t0 first']),
      column('t1', 'a', ['t1 first']),
      // One statement for changes of two tables (Snowflake's CREATE TAG before the SET TAGs that need it).
      column('t2', 'a', ['shared', 't2 after']),
      column('t3', 'a', ['shared', 't3 after']),
      column('t4', 'a', ['t4 first']),
    ];
    const result = await applyChanges(withStatements(changes), target(slowDriver(trace, 3), 4));
    expect(result.summary.applied).toBe(5);
    const at = (line: string) => trace.log.indexOf(line);
    for (const before of ['t0 first', 't1 first']) expect(at(`end ${before}`)).toBeLessThan(at('start shared'));
    for (const after of ['t2 after', 't3 after', 't4 first']) expect(at('end shared')).toBeLessThan(at(`start ${after}`));
  });

  it('reports progress up to the number of statements', async () => {
    const trace = newTrace();
    const events: Array<{ done: number; total: number }> = [];
    await applyChanges(withStatements(twoPerTable(5)), target(slowDriver(trace, 1), 3), { onProgress: ({ done, total }) => events.push({ done, total }) });
    expect(events.at(-1)).toEqual({ done: 10, total: 10 });
    expect(events.map((e) => e.done)).toEqual([...events.map((e) => e.done)].sort((a, b) => a - b));
  });
});
