import { describe, expect, it } from 'vitest';
import { applyChanges, type ApplyConnection } from '../../src/apply/apply.js';
import { renderApplyText } from '../../src/apply/render.js';
import { ApplyLockBusyError, BatchStatementError, type Capabilities, type Driver, type DriverSession } from '../../src/connectors/types.js';
import { withStatements, type ChangeWithSql } from '../plan-statements.js';

/** A driver that records what it runs and fails statements containing "FAIL". */
function recordingDriver(log: string[], options: { refuseConnect?: string } = {}): Driver {
  return {
    async open(database) {
      if (database === options.refuseConnect) throw new Error('connection refused');
      const session: DriverSession = {
        query: async () => [],
        execute: async (sql) => {
          if (sql.includes('FAIL')) throw new Error(`boom: ${sql}`);
          log.push(`${database}: ${sql}`);
        },
        begin: async () => void log.push(`${database}: BEGIN`),
        commit: async () => void log.push(`${database}: COMMIT`),
        rollback: async () => void log.push(`${database}: ROLLBACK`),
        close: async () => undefined,
      };
      return session;
    },
    close: async () => undefined,
  };
}

const caps = (transactionalDdl: boolean): Capabilities => ({
  fields: { description: ['table'], owner: [], tag: [] },
  transactionalDdl,
});

function change(database: string, table: string, sql: string[]): ChangeWithSql {
  return {
    service: 'svc',
    object: { kind: 'table', database, schema: 's', table },
    field: 'description',
    action: 'set',
    before: null,
    after: table,
    sql,
  };
}

function targets(log: string[], transactional: boolean, refuseConnect?: string): Map<string, ApplyConnection> {
  return new Map([['svc', { driver: recordingDriver(log, refuseConnect ? { refuseConnect } : {}), capabilities: caps(transactional) }]]);
}

describe('applyChanges', () => {
  it('runs each database in one transaction and reports every change applied', async () => {
    const log: string[] = [];
    const changes = [change('a', 't1', ['S1']), change('a', 't2', ['S2']), change('b', 't3', ['S3'])];
    const result = await applyChanges(withStatements(changes), targets(log, true));
    expect(log).toEqual(['a: BEGIN', 'a: S1', 'a: S2', 'a: COMMIT', 'b: BEGIN', 'b: S3', 'b: COMMIT']);
    expect(result.summary).toEqual({ applied: 3, failed: 0, notRun: 0 });
  });

  it('rolls back a failed database: earlier changes not run, the failed one names its statement', async () => {
    const log: string[] = [];
    const changes = [change('a', 't1', ['S1']), change('a', 't2', ['FAIL 2']), change('a', 't3', ['S3']), change('b', 't4', ['S4'])];
    const result = await applyChanges(withStatements(changes), targets(log, true));
    expect(log).toEqual(['a: BEGIN', 'a: S1', 'a: ROLLBACK']);
    expect(result.results.map((r) => r.status)).toEqual(['not_run', 'failed', 'not_run', 'not_run']);
    expect(result.results[0]?.reason).toMatch(/rolled back/);
    expect(result.results[1]).toMatchObject({ statement: 'FAIL 2', error: 'boom: FAIL 2' });
    expect(result.results[2]?.reason).toMatch(/earlier statement failed/);
    expect(result.results[3]?.reason).toMatch(/apply stopped after a failure in svc\/a/);
  });

  it('goes on with the next database with continueOnError', async () => {
    const log: string[] = [];
    const changes = [change('a', 't1', ['FAIL 1']), change('b', 't2', ['S2'])];
    const result = await applyChanges(withStatements(changes), targets(log, true), { continueOnError: true });
    expect(result.results.map((r) => r.status)).toEqual(['failed', 'applied']);
  });

  it('without transactions keeps what was applied before a failure', async () => {
    const log: string[] = [];
    const changes = [change('a', 't1', ['S1']), change('a', 't2', ['FAIL 2']), change('a', 't3', ['S3'])];
    const result = await applyChanges(withStatements(changes), targets(log, false));
    expect(log).toEqual(['a: S1']);
    expect(result.results.map((r) => r.status)).toEqual(['applied', 'failed', 'not_run']);
  });

  it('runs a statement shared by several changes (a batch) once', async () => {
    const log: string[] = [];
    const changes = [change('a', 't1', ['BATCH']), change('a', 't2', ['BATCH'])];
    const result = await applyChanges(withStatements(changes), targets(log, false));
    expect(log).toEqual(['a: BATCH']);
    expect(result.summary.applied).toBe(2);
  });

  it('reports a connection failure on the changes of that database', async () => {
    const log: string[] = [];
    const result = await applyChanges(withStatements([change('a', 't1', ['S1'])]), targets(log, true, 'a'));
    expect(result.results[0]).toMatchObject({ status: 'failed', error: 'could not connect to database "a": connection refused' });
  });
});

/** A session that takes statements in batches, recording each round trip. */
function batchingTargets(trips: string[][]): Map<string, ApplyConnection> {
  const driver: Driver = {
    async open() {
      return {
        query: async () => [],
        execute: async () => {
          throw new Error('a batching session is sent batches');
        },
        executeBatch: async (statements) => {
          trips.push([...statements]);
          const failing = statements.findIndex((sql) => sql.includes('FAIL'));
          if (failing >= 0) throw new BatchStatementError(failing, new Error(`boom: ${statements[failing]}`));
        },
        begin: async () => void trips.push(['BEGIN']),
        commit: async () => void trips.push(['COMMIT']),
        rollback: async () => void trips.push(['ROLLBACK']),
        close: async () => undefined,
      };
    },
    close: async () => undefined,
  };
  return new Map([['svc', { driver, capabilities: caps(true) }]]);
}

describe('batched apply', () => {
  it('sends the statements of a database in round trips of at most 500', async () => {
    const trips: string[][] = [];
    const changes = Array.from({ length: 1201 }, (_, i) => change('a', `t${i}`, [`S${i}`]));
    const result = await applyChanges(withStatements(changes), batchingTargets(trips));
    expect(trips.map((trip) => trip.length)).toEqual([1, 500, 500, 201, 1]);
    expect(trips[1]![0]).toBe('S0');
    expect(result.summary).toEqual({ applied: 1201, failed: 0, notRun: 0 });
  });

  it('names the failing statement of a batch; the rest of the database is rolled back or not run', async () => {
    const trips: string[][] = [];
    const changes = [...Array.from({ length: 600 }, (_, i) => change('a', `t${i}`, [i === 550 ? 'FAIL 550' : `S${i}`]))];
    const result = await applyChanges(withStatements(changes), batchingTargets(trips));
    expect(trips.at(-1)).toEqual(['ROLLBACK']);
    expect(result.results[550]).toMatchObject({ status: 'failed', statement: 'FAIL 550', error: 'boom: FAIL 550' });
    expect(result.results[549]).toMatchObject({ status: 'not_run', reason: expect.stringMatching(/rolled back/) });
    expect(result.results[0]).toMatchObject({ status: 'not_run', reason: expect.stringMatching(/rolled back/) });
    expect(result.results[551]).toMatchObject({ status: 'not_run', reason: expect.stringMatching(/earlier statement failed/) });
    expect(result.summary).toEqual({ applied: 0, failed: 1, notRun: 599 });
  });
});

describe('the apply lock of non-transactional systems', () => {
  it('is taken before the first statement, and a refusal fails the database without running anything', async () => {
    const log: string[] = [];
    const locking = (refuse: boolean): Driver => ({
      async open(database) {
        const session = await recordingDriver(log).open(database);
        return {
          ...session,
          lockForApply: async () => {
            if (refuse) throw new Error('another revmeta apply holds the lock');
            log.push(`${database}: LOCK`);
          },
        };
      },
      close: async () => undefined,
    });
    const changes = [change('a', 't1', ['S1'])];
    const ok = await applyChanges(withStatements(changes), new Map([['svc', { driver: locking(false), capabilities: caps(false) }]]));
    expect(log).toEqual(['a: LOCK', 'a: S1']);
    expect(ok.summary.applied).toBe(1);
    log.length = 0;
    const refused = await applyChanges(withStatements(changes), new Map([['svc', { driver: locking(true), capabilities: caps(false) }]]));
    expect(log).toEqual([]);
    expect(refused.results[0]).toMatchObject({
      status: 'failed',
      error: 'could not lock the database for apply on database "a": another revmeta apply holds the lock',
    });
  });
});

describe('the apply lock of transactional systems', () => {
  it('is taken once per database before its first transaction, and held across all of them', async () => {
    const log: string[] = [];
    const driver: Driver = {
      async open(database) {
        const session = await recordingDriver(log).open(database);
        return { ...session, lockBudget: async () => 1, lockForApply: async () => void log.push(`${database}: LOCK`), close: async () => void log.push(`${database}: CLOSE`) };
      },
      close: async () => undefined,
    };
    const changes = [change('a', 't1', ['S1']), change('a', 't2', ['S2'])];
    await applyChanges(withStatements(changes), new Map([['svc', { driver, capabilities: caps(true) }]]));
    expect(log).toEqual(['a: LOCK', 'a: BEGIN', 'a: S1', 'a: COMMIT', 'a: BEGIN', 'a: S2', 'a: COMMIT', 'a: CLOSE']);
  });
});

describe('a busy apply lock', () => {
  const busy = (how: 'begin' | 'lockForApply'): Driver => ({
    async open(database) {
      const session = await recordingDriver([]).open(database);
      const refuse = async () => {
        throw new ApplyLockBusyError(`connection 7 holds lock 'revmeta:${String(database)}' after waiting 10s`);
      };
      return { ...session, [how]: refuse };
    },
    close: async () => undefined,
  });

  for (const [how, transactional] of [['begin', true], ['lockForApply', false], ['lockForApply', true]] as const) {
    it(`(${how}${transactional ? ', transactional' : ''}) leaves every change of the database not run, with one reason shown once`, async () => {
      const changes = [change('a', 't1', ['S1']), change('a', 't2', ['S2']), change('a', 't3', ['S3'])];
      const result = await applyChanges(withStatements(changes), new Map([['svc', { driver: busy(how), capabilities: caps(transactional) }]]));
      expect(result.summary).toEqual({ applied: 0, failed: 0, notRun: 3 });
      const reason = "not run: another apply holds the lock (connection 7 holds lock 'revmeta:a' after waiting 10s)";
      for (const r of result.results) expect(r).toMatchObject({ status: 'not_run', reason });
      const text = renderApplyText(result);
      expect(text.split(reason)).toHaveLength(2);
      expect(text).toContain('Apply incomplete: 0 applied, 0 failed, 3 not run.');
    });
  }
});

describe('a statement the session refuses right before it runs', () => {
  it('is not run, with the reason; the other statements of the database still run', async () => {
    const log: string[] = [];
    const driver: Driver = {
      async open(database) {
        const session = await recordingDriver(log).open(database);
        return { ...session, refusal: async (sql) => (sql === 'S2' ? 'the column changed since the plan' : null) };
      },
      close: async () => undefined,
    };
    const changes = [change('a', 't1', ['S1']), change('a', 't2', ['S2']), change('a', 't3', ['S3'])];
    const result = await applyChanges(withStatements(changes), new Map([['svc', { driver, capabilities: caps(false) }]]));
    expect(log).toEqual(['a: S1', 'a: S3']);
    expect(result.results.map((r) => r.status)).toEqual(['applied', 'not_run', 'applied']);
    expect(result.results[1]?.reason).toBe('not run: the column changed since the plan');
  });
});

describe('transactions within the lock budget', () => {
  /** A recording driver whose sessions report `budget` objects per transaction. */
  function budgetTargets(log: string[], budget: number | undefined, transactions?: 'auto' | 'single'): Map<string, ApplyConnection> {
    const driver: Driver = {
      async open(database) {
        return { ...(await recordingDriver(log).open(database)), lockBudget: async () => budget };
      },
      close: async () => undefined,
    };
    return new Map([['svc', { driver, capabilities: caps(true), ...(transactions ? { transactions } : {}) }]]);
  }

  function columnChange(table: string, column: string, sql: string): ChangeWithSql {
    return { ...change('a', table, [sql]), object: { kind: 'column', database: 'a', schema: 's', table, column } };
  }

  /** Tables t1…t5, each with its own change and a column's: 10 statements on 5 tables. */
  const fiveTables = () => [1, 2, 3, 4, 5].flatMap((n) => [change('a', `t${n}`, [`T${n}`]), columnChange(`t${n}`, 'c', `C${n}`)]);

  it('splits a database into consecutive transactions of at most the budget of tables, never splitting a table', async () => {
    const log: string[] = [];
    const result = await applyChanges(withStatements(fiveTables()), budgetTargets(log, 2));
    expect(log).toEqual([
      ...['a: BEGIN', 'a: T1', 'a: C1', 'a: T2', 'a: C2', 'a: COMMIT'],
      ...['a: BEGIN', 'a: T3', 'a: C3', 'a: T4', 'a: C4', 'a: COMMIT'],
      ...['a: BEGIN', 'a: T5', 'a: C5', 'a: COMMIT'],
    ]);
    expect(result.summary).toEqual({ applied: 10, failed: 0, notRun: 0 });
    expect(result.transactions?.map(({ index, of, status, objects, changes, first, last }) => [index, of, status, objects, changes, first.table, last.table])).toEqual([
      [1, 3, 'committed', 2, 4, 't1', 't2'],
      [2, 3, 'committed', 2, 4, 't3', 't4'],
      [3, 3, 'committed', 1, 2, 't5', 't5'],
    ]);
  });

  it('keeps a table whose statements are apart in one transaction, even past the budget', async () => {
    const log: string[] = [];
    const changes = [change('a', 't1', ['T1']), change('a', 't2', ['T2']), columnChange('t1', 'c', 'C1'), change('a', 't3', ['T3'])];
    await applyChanges(withStatements(changes), budgetTargets(log, 1));
    expect(log).toEqual(['a: BEGIN', 'a: T1', 'a: T2', 'a: C1', 'a: COMMIT', 'a: BEGIN', 'a: T3', 'a: COMMIT']);
  });

  it('rolls back only the failing transaction: earlier ones stay committed, later ones do not run', async () => {
    const log: string[] = [];
    const changes = fiveTables().map((c) => (c.sql[0] === 'C3' ? { ...c, sql: ['FAIL C3'] } : c));
    const result = await applyChanges(withStatements(changes), budgetTargets(log, 2));
    expect(log).toEqual([...['a: BEGIN', 'a: T1', 'a: C1', 'a: T2', 'a: C2', 'a: COMMIT'], 'a: BEGIN', 'a: T3', 'a: ROLLBACK']);
    expect(result.results.map((r) => r.status)).toEqual([
      ...['applied', 'applied', 'applied', 'applied'],
      ...['not_run', 'failed', 'not_run', 'not_run'],
      ...['not_run', 'not_run'],
    ]);
    expect(result.results[4]?.reason).toBe('rolled back: a later statement of this transaction failed (FAIL C3)');
    expect(result.results[6]?.reason).toBe('not run: an earlier statement failed (FAIL C3)');
    expect(result.results[8]?.reason).toBe('not run: transaction 2 of 3 on database "a" failed (rolled back; 1 committed)');
    expect(result.transactions?.map((t) => [t.status, t.error])).toEqual([
      ['committed', undefined],
      ['rolled_back', 'boom: FAIL C3'],
      ['not_run', undefined],
    ]);
  });

  it('keeps one transaction with `transactions: single`, or when the server reports no budget', async () => {
    for (const [budget, mode] of [[2, 'single'], [undefined, undefined]] as const) {
      const log: string[] = [];
      const result = await applyChanges(withStatements(fiveTables()), budgetTargets(log, budget, mode));
      expect(log.filter((line) => /BEGIN|COMMIT/.test(line))).toEqual(['a: BEGIN', 'a: COMMIT']);
      expect(result.transactions).toMatchObject([{ index: 1, of: 1, status: 'committed', objects: 5, changes: 10 }]);
    }
  });

  it('sends the statements of each transaction in its own round trips', async () => {
    const trips: string[][] = [];
    const targets = batchingTargets(trips);
    const inner = targets.get('svc')!;
    const driver: Driver = { open: async (db) => ({ ...(await inner.driver.open(db)), lockBudget: async () => 300 }), close: async () => undefined };
    const changes = Array.from({ length: 700 }, (_, i) => change('a', `t${i}`, [`S${i}`]));
    const result = await applyChanges(withStatements(changes), new Map([['svc', { ...inner, driver }]]));
    expect(trips.map((trip) => (trip.length === 1 ? trip[0] : trip.length))).toEqual(['BEGIN', 300, 'COMMIT', 'BEGIN', 300, 'COMMIT', 'BEGIN', 100, 'COMMIT']);
    expect(result.summary.applied).toBe(700);
  });
});
