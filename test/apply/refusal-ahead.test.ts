/**
 * A statement's refusal check read ahead (DriverSession.prefetchRefusal): while a session's
 * statement runs, the check of the statement it runs next is read on the session's second
 * connection, so that the check costs the apply session no round trip of its own. The read is
 * sent only once the statement before it was sent, and awaited before its own statement is
 * sent; a refusal, a failure and a session without the capability keep today's meaning.
 */
import { describe, expect, it } from 'vitest';
import { applyChanges, type ApplyConnection } from '../../src/apply/apply.js';
import type { Capabilities, Driver, DriverSession } from '../../src/connectors/types.js';
import type { Change } from '../../src/model/change.js';
import { withStatements, type ChangeWithSql } from '../plan-statements.js';
import { recordUnhandledRejections } from '../unhandled.js';

const capabilitiesOf = (transactionalDdl: boolean): Capabilities => ({ fields: { description: ['table', 'column'], owner: [], tag: [] }, transactionalDdl });

interface Options {
  /** Whether sessions read checks ahead (prefetchRefusal); else only `refusal`, on the session. */
  ahead: boolean;
  statementMs?: number;
  /** How long a read ahead takes: longer than a statement, so that an apply not waiting for it is seen. */
  aheadMs?: number;
  refuse?: ReadonlySet<string>;
  failOn?: string;
  /** A read ahead fails (its connection could not be opened, say). */
  aheadFails?: boolean;
}

interface Trace {
  log: string[];
  opened: number;
  closed: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** Statements whose check needs a read: the column restatements ("… modify"). */
const checked = (sql: string) => sql.endsWith('modify');

/**
 * Sessions that log each round trip of the session itself (`start`, `check on session`) and
 * of its reader (`ahead sent`, `ahead answered`), and whether a statement was in flight when
 * a read ahead was sent.
 */
function checkingDriver(trace: Trace, options: Options): Driver {
  const { statementMs = 2, aheadMs = 15, refuse = new Set<string>() } = options;
  return {
    async open() {
      const id = ++trace.opened;
      let inFlight: string | undefined;
      const reason = (sql: string) => (refuse.has(sql) ? `${sql} changed since the plan` : null);
      const session: DriverSession = {
        query: async () => [],
        execute: async (sql) => {
          if (inFlight !== undefined) throw new Error(`session ${id} got ${sql} while ${inFlight} ran`);
          inFlight = sql;
          trace.log.push(`start ${sql}`);
          await sleep(statementMs);
          inFlight = undefined;
          if (sql === options.failOn) throw new Error(`boom: ${sql}`);
          trace.log.push(`end ${sql}`);
        },
        begin: async () => undefined,
        commit: async () => undefined,
        rollback: async () => undefined,
        refusal: async (sql) => {
          if (!checked(sql)) return null;
          trace.log.push(`check on session ${id}: ${sql}`);
          await sleep(statementMs);
          return reason(sql);
        },
        ...(options.ahead
          ? {
              prefetchRefusal: async (sql: string) => {
                if (!checked(sql)) return null;
                trace.log.push(`ahead sent: ${sql} (while ${inFlight ?? 'nothing'} ran)`);
                await sleep(aheadMs);
                trace.log.push(`ahead answered: ${sql}`);
                if (options.aheadFails) throw new Error('the reader could not connect');
                return reason(sql);
              },
            }
          : {}),
        close: async () => void trace.closed++,
      };
      return session;
    },
    close: async () => undefined,
  };
}

function tableChange(table: string, sql: string): ChangeWithSql {
  return { service: 'svc', object: { kind: 'table', database: 'db', schema: 's', table }, field: 'description', action: 'set', before: null, after: table, sql: [sql] };
}

function columnChange(table: string, sql: string): ChangeWithSql {
  return { ...tableChange(table, sql), object: { kind: 'column', database: 'db', schema: 's', table, column: 'c' } };
}

/** Tables t0…t(n-1), each a comment statement then a column restatement (which has a check), as MySQL plans a first rollout. */
function commentThenColumns(tables: number): ChangeWithSql[] {
  return Array.from({ length: tables }, (_, t) => [tableChange(`t${t}`, `t${t} comment`), columnChange(`t${t}`, `t${t} modify`)]).flat();
}

function targets(driver: Driver, options: { concurrency?: number; transactional?: boolean } = {}): Map<string, ApplyConnection> {
  return new Map([['svc', { driver, capabilities: capabilitiesOf(options.transactional ?? false), ...(options.concurrency ? { concurrency: options.concurrency } : {}) }]]);
}

const newTrace = (): Trace => ({ log: [], opened: 0, closed: 0 });
const statusOf = (results: readonly { change: Change; status: string }[], table: string) => results.filter((r) => r.change.object.table === table).map((r) => r.status);

/** Every read ahead was sent while the statement before it on its session ran, and answered before its own statement started. */
function expectReadAheadInOrder(log: readonly string[], tables: number): void {
  for (let t = 0; t < tables; t++) {
    const sent = log.findIndex((line) => line.startsWith(`ahead sent: t${t} modify`));
    expect(sent, `t${t}'s check read ahead`).toBeGreaterThan(-1);
    expect(log[sent]).not.toMatch(/while nothing ran/);
    expect(sent).toBeGreaterThan(log.indexOf(`start t${t} comment`));
    expect(log.indexOf(`ahead answered: t${t} modify`)).toBeLessThan(log.indexOf(`start t${t} modify`));
  }
}

const unhandled = recordUnhandledRejections();

describe('refusal checks read ahead (prefetchRefusal)', () => {
  it('one session: reads each check while the statement before it runs; the session itself makes one round trip per statement', async () => {
    const trace = newTrace();
    const result = await applyChanges(withStatements(commentThenColumns(4)), targets(checkingDriver(trace, { ahead: true })));
    expect(result.summary).toEqual({ applied: 8, failed: 0, notRun: 0 });
    expect(trace.log.filter((line) => line.startsWith('check on session'))).toEqual([]);
    expect(trace.log.filter((line) => line.startsWith('start'))).toHaveLength(8);
    expectReadAheadInOrder(trace.log, 4);
  });

  it('several sessions: reads a lane’s next check, and the first of the lane a session takes next, ahead', async () => {
    const trace = newTrace();
    const result = await applyChanges(withStatements(commentThenColumns(8)), targets(checkingDriver(trace, { ahead: true }), { concurrency: 4 }));
    expect(result.summary).toEqual({ applied: 16, failed: 0, notRun: 0 });
    expect(trace.opened).toBe(4);
    expect(trace.log.filter((line) => line.startsWith('check on session'))).toEqual([]);
    expectReadAheadInOrder(trace.log, 8);

    // Tables with only a column statement: a session's first check is read on it (nothing runs before it), every later one ahead.
    const columnsOnly = newTrace();
    const changes = Array.from({ length: 8 }, (_, t) => columnChange(`t${t}`, `t${t} modify`));
    const only = await applyChanges(withStatements(changes), targets(checkingDriver(columnsOnly, { ahead: true }), { concurrency: 2 }));
    expect(only.summary).toEqual({ applied: 8, failed: 0, notRun: 0 });
    expect(columnsOnly.log.filter((line) => line.startsWith('check on session'))).toHaveLength(2);
    expect(columnsOnly.log.filter((line) => line.startsWith('ahead sent'))).toHaveLength(6);
    for (const line of columnsOnly.log.filter((entry) => entry.startsWith('ahead sent'))) expect(line).toMatch(/while t\d modify ran/);
  });

  it('takes a lane early only once every session has its first: as many lanes at once as sessions', async () => {
    const trace = newTrace();
    const changes = Array.from({ length: 4 }, (_, t) => columnChange(`t${t}`, `t${t} modify`));
    const result = await applyChanges(withStatements(changes), targets(checkingDriver(trace, { ahead: true, statementMs: 10 }), { concurrency: 4 }));
    expect(result.summary).toEqual({ applied: 4, failed: 0, notRun: 0 });
    expect(trace.opened).toBe(4);
    const starts = trace.log.filter((line) => line.startsWith('start') || line.startsWith('end')).slice(0, 4);
    expect(starts.sort()).toEqual(['start t0 modify', 'start t1 modify', 'start t2 modify', 'start t3 modify']);
  });

  it.each([1, 3])('a check read ahead that refuses leaves its statement not run, the rest applied (concurrency %i)', async (concurrency) => {
    const trace = newTrace();
    const refuse = new Set(['t1 modify']);
    const result = await applyChanges(withStatements(commentThenColumns(3)), targets(checkingDriver(trace, { ahead: true, refuse }), { concurrency }));
    expect(statusOf(result.results, 't1')).toEqual(['applied', 'not_run']);
    expect(result.results[3]?.reason).toBe('not run: t1 modify changed since the plan');
    expect(result.summary).toEqual({ applied: 5, failed: 0, notRun: 1 });
    expect(trace.log).not.toContain('start t1 modify');
    expect(trace.log.some((line) => line.startsWith('ahead sent: t1 modify'))).toBe(true);
  });

  it.each([1, 3])('a read ahead that fails is read again on the session, as without the capability (concurrency %i)', async (concurrency) => {
    const trace = newTrace();
    const refuse = new Set(['t2 modify']);
    const result = await applyChanges(withStatements(commentThenColumns(3)), targets(checkingDriver(trace, { ahead: true, aheadFails: true, refuse }), { concurrency }));
    expect(result.summary).toEqual({ applied: 5, failed: 0, notRun: 1 });
    expect(result.results[5]).toMatchObject({ status: 'not_run', reason: 'not run: t2 modify changed since the plan' });
    for (let t = 0; t < 3; t++) {
      expect(trace.log.some((line) => line.startsWith(`ahead sent: t${t} modify`))).toBe(true);
      const check = trace.log.findIndex((line) => line.startsWith(`check on session`) && line.endsWith(`t${t} modify`));
      expect(check).toBeGreaterThan(trace.log.indexOf(`ahead answered: t${t} modify`));
    }
    expect(unhandled.reasons).toEqual([]);
  });

  it.each([1, 3])('a statement failing while the next check is read: stops as before, no unhandled rejection, sessions closed (concurrency %i)', async (concurrency) => {
    const trace = newTrace();
    const driver = checkingDriver(trace, { ahead: true, aheadFails: true, failOn: 't0 comment', aheadMs: 30 });
    const result = await applyChanges(withStatements(commentThenColumns(concurrency === 1 ? 3 : 6)), targets(driver, { concurrency }));
    expect(statusOf(result.results, 't0')).toEqual(['failed', 'not_run']);
    expect(result.results[0]).toMatchObject({ statement: 't0 comment', error: 'boom: t0 comment' });
    expect(result.results[1]?.reason).toBe('not run: an earlier statement failed (t0 comment)');
    expect(result.summary.failed).toBe(1);
    expect(trace.log).not.toContain('start t0 modify');
    // The read ahead was still in flight when the apply returned; it fails later, handled.
    await sleep(60);
    expect(trace.log).toContain('ahead answered: t0 modify');
    expect(unhandled.reasons).toEqual([]);
    expect(trace.closed).toBe(trace.opened);
  });

  it('without the capability, reads each check on the session right before its statement (as before)', async () => {
    const trace = newTrace();
    const result = await applyChanges(withStatements(commentThenColumns(2)), targets(checkingDriver(trace, { ahead: false, refuse: new Set(['t1 modify']) })));
    expect(result.summary).toEqual({ applied: 3, failed: 0, notRun: 1 });
    expect(trace.log).toEqual(['start t0 comment', 'end t0 comment', 'check on session 1: t0 modify', 'start t0 modify', 'end t0 modify', 'start t1 comment', 'end t1 comment', 'check on session 1: t1 modify']);
  });

  it('inside a transaction, reads no check ahead (a second connection would not see the transaction)', async () => {
    const trace = newTrace();
    const result = await applyChanges(withStatements(commentThenColumns(2)), targets(checkingDriver(trace, { ahead: true }), { transactional: true }));
    expect(result.summary).toEqual({ applied: 4, failed: 0, notRun: 0 });
    expect(trace.log.filter((line) => line.startsWith('ahead'))).toEqual([]);
    expect(trace.log.filter((line) => line.startsWith('check on session'))).toEqual(['check on session 1: t0 modify', 'check on session 1: t1 modify']);
  });
});
