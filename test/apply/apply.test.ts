import { describe, expect, it } from 'vitest';
import { applyChanges, type ApplyTarget } from '../../src/apply/apply.js';
import type { Capabilities, Driver, DriverSession } from '../../src/connectors/types.js';
import type { Change } from '../../src/plan/types.js';

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

function change(database: string, table: string, sql: string[]): Change {
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

function targets(log: string[], transactional: boolean, refuseConnect?: string): Map<string, ApplyTarget> {
  return new Map([['svc', { driver: recordingDriver(log, refuseConnect ? { refuseConnect } : {}), capabilities: caps(transactional) }]]);
}

describe('applyChanges', () => {
  it('runs each database in one transaction and reports every change applied', async () => {
    const log: string[] = [];
    const changes = [change('a', 't1', ['S1']), change('a', 't2', ['S2']), change('b', 't3', ['S3'])];
    const result = await applyChanges(changes, targets(log, true));
    expect(log).toEqual(['a: BEGIN', 'a: S1', 'a: S2', 'a: COMMIT', 'b: BEGIN', 'b: S3', 'b: COMMIT']);
    expect(result.summary).toEqual({ applied: 3, failed: 0, notRun: 0 });
  });

  it('rolls back a failed database: earlier changes not run, the failed one names its statement', async () => {
    const log: string[] = [];
    const changes = [change('a', 't1', ['S1']), change('a', 't2', ['FAIL 2']), change('a', 't3', ['S3']), change('b', 't4', ['S4'])];
    const result = await applyChanges(changes, targets(log, true));
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
    const result = await applyChanges(changes, targets(log, true), { continueOnError: true });
    expect(result.results.map((r) => r.status)).toEqual(['failed', 'applied']);
  });

  it('without transactions keeps what was applied before a failure', async () => {
    const log: string[] = [];
    const changes = [change('a', 't1', ['S1']), change('a', 't2', ['FAIL 2']), change('a', 't3', ['S3'])];
    const result = await applyChanges(changes, targets(log, false));
    expect(log).toEqual(['a: S1']);
    expect(result.results.map((r) => r.status)).toEqual(['applied', 'failed', 'not_run']);
  });

  it('runs a statement shared by several changes (a batch) once', async () => {
    const log: string[] = [];
    const changes = [change('a', 't1', ['BATCH']), change('a', 't2', ['BATCH'])];
    const result = await applyChanges(changes, targets(log, false));
    expect(log).toEqual(['a: BATCH']);
    expect(result.summary.applied).toBe(2);
  });

  it('reports a connection failure on the changes of that database', async () => {
    const log: string[] = [];
    const result = await applyChanges([change('a', 't1', ['S1'])], targets(log, true, 'a'));
    expect(result.results[0]).toMatchObject({ status: 'failed', error: 'could not connect to database "a": connection refused' });
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
    const ok = await applyChanges(changes, new Map([['svc', { driver: locking(false), capabilities: caps(false) }]]));
    expect(log).toEqual(['a: LOCK', 'a: S1']);
    expect(ok.summary.applied).toBe(1);
    log.length = 0;
    const refused = await applyChanges(changes, new Map([['svc', { driver: locking(true), capabilities: caps(false) }]]));
    expect(log).toEqual([]);
    expect(refused.results[0]).toMatchObject({
      status: 'failed',
      error: 'could not lock the database for apply on database "a": another revmeta apply holds the lock',
    });
  });
});
