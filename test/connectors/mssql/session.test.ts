/**
 * The driver's sessions over a stand-in for the `mssql` module (no SQL Server runs here): the
 * pool configuration it asks for, statements sent as batches exactly as given, the apply
 * transaction with its application lock, rollback after the server aborted the transaction
 * (XACT_ABORT), and the password kept out of statement errors.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';

interface Sent {
  target: 'pool' | 'transaction';
  sql: string;
}

const state = vi.hoisted(() => ({
  configs: [] as Record<string, unknown>[],
  sent: [] as { target: 'pool' | 'transaction'; sql: string }[],
  events: [] as string[],
  /** What the next batch answers: recordsets, or an error to throw. */
  answer: (_sql: string): Record<string, unknown>[][] | Error => [],
  rollbackError: undefined as Error | undefined,
}));

vi.mock('mssql', () => {
  class ConnectionPool {
    constructor(readonly config: Record<string, unknown>) {
      state.configs.push(config);
    }
    async connect() {
      state.events.push(`connect ${String(this.config.database)}`);
      return this;
    }
    async close() {
      state.events.push('pool close');
    }
    on() {
      return this;
    }
  }
  class Transaction {
    constructor(readonly pool: ConnectionPool) {}
    async begin() {
      state.events.push('begin');
      return this;
    }
    async commit() {
      state.events.push('commit');
    }
    async rollback() {
      state.events.push('rollback');
      if (state.rollbackError) throw state.rollbackError;
    }
  }
  class Request {
    constructor(readonly parent: ConnectionPool | Transaction) {}
    async batch(sql: string) {
      state.sent.push({ target: this.parent instanceof Transaction ? 'transaction' : 'pool', sql });
      const answer = state.answer(sql);
      if (answer instanceof Error) throw answer;
      return { recordsets: answer, recordset: answer[0], rowsAffected: [] };
    }
  }
  return { default: { ConnectionPool, Transaction, Request } };
});

const { mssql } = await import('../../../src/connectors/mssql/index.js');
const { APPLY_LOCK_RESOURCE, beginSql } = await import('../../../src/connectors/mssql/driver.js');

function driver(connection: Record<string, unknown> = {}) {
  return mssql.createDriver({
    service: 'erp',
    connection: { host: 'sql.internal', user: 'revmeta', password: 'hunter2', ...connection },
    configDir: '/',
  });
}

beforeEach(() => {
  state.configs = [];
  state.sent = [];
  state.events = [];
  state.answer = (sql) => (sql.includes('sp_getapplock') ? [[{ result: 0 }]] : [[{ n: 1 }], [{ n: 2 }]]);
  state.rollbackError = undefined;
});

describe('mssql sessions', () => {
  it('opens one single-connection pool per database, encrypted, with XACT_ABORT on', async () => {
    const d = driver({ database: 'Sales', trustServerCertificate: 'true' });
    const first = await d.open();
    const other = await d.open('HR');
    expect(state.configs).toEqual([
      expect.objectContaining({ server: 'sql.internal', port: 1433, user: 'revmeta', password: 'hunter2', database: 'Sales', pool: expect.objectContaining({ max: 1 }) }),
      expect.objectContaining({ database: 'HR' }),
    ]);
    expect(state.configs[0]!.options).toEqual({ encrypt: true, trustServerCertificate: true, appName: 'revmeta', abortTransactionOnError: true });
    expect(state.configs[0]).toMatchObject({ connectionTimeout: 15_000, requestTimeout: 120_000 });
    await first.close();
    await d.close();
    expect(state.events.filter((event) => event === 'pool close')).toHaveLength(2);
    void other;
  });

  it('sends statements as batches exactly as given, and reads the first result set', async () => {
    const session = await driver().open();
    expect(await session.query('SELECT 1 AS n')).toEqual([{ n: 1 }]);
    await session.execute("EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'x'");
    expect(state.sent).toEqual<Sent[]>([
      { target: 'pool', sql: 'SELECT 1 AS n' },
      { target: 'pool', sql: "EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'x'" },
    ]);
    await session.close();
  });

  it('begins with a lock wait bound and the apply lock, then runs statements in the transaction', async () => {
    const session = await driver({ lockTimeout: 2500 }).open('Sales');
    await session.begin();
    await session.execute('ALTER AUTHORIZATION ON SCHEMA::[s] TO [p]');
    await session.commit();
    expect(state.sent).toEqual<Sent[]>([
      { target: 'transaction', sql: beginSql(2500) },
      { target: 'transaction', sql: 'ALTER AUTHORIZATION ON SCHEMA::[s] TO [p]' },
    ]);
    expect(beginSql(2500)).toBe(
      [
        'SET LOCK_TIMEOUT 2500;',
        'DECLARE @result int;',
        `EXEC @result = sys.sp_getapplock @Resource = N'${APPLY_LOCK_RESOURCE}', @LockMode = N'Exclusive', @LockOwner = N'Transaction', @LockTimeout = 0;`,
        'SELECT @result AS result;',
      ].join('\n'),
    );
    expect(state.events).toEqual(['connect Sales', 'begin', 'commit']);
    // After the commit, statements run outside any transaction again.
    await session.execute('SELECT 1');
    expect(state.sent.at(-1)).toEqual({ target: 'pool', sql: 'SELECT 1' });
    await session.close();
  });

  it('refuses to start when another apply holds the lock, and rolls back', async () => {
    state.answer = () => [[{ result: -1 }]];
    const session = await driver().open('Sales');
    await expect(session.begin()).rejects.toThrow(
      `another revmeta apply is running on database "Sales" (it holds application lock ${APPLY_LOCK_RESOURCE}); nothing was changed there`,
    );
    expect(state.events).toEqual(['connect Sales', 'begin', 'rollback']);
    await session.close();
  });

  it('treats a rollback of a transaction the server already aborted as done', async () => {
    const session = await driver().open('Sales');
    await session.begin();
    state.answer = (sql) =>
      sql.includes('sp_getapplock') ? [[{ result: 0 }]] : Object.assign(new Error("Cannot find the user 'nobody'."), { number: 15151, class: 16, state: 1 });
    await expect(session.execute('ALTER AUTHORIZATION ON SCHEMA::[s] TO [nobody]')).rejects.toThrow("Msg 15151, Level 16, State 1: Cannot find the user 'nobody'.");
    state.rollbackError = Object.assign(new Error('Transaction has been aborted.'), { code: 'EABORT' });
    await expect(session.rollback()).resolves.toBeUndefined();
    state.rollbackError = Object.assign(new Error('connection lost'), { code: 'ESOCKET' });
    await session.begin();
    await expect(session.rollback()).rejects.toThrow('connection lost');
    await session.close();
  });

  it('keeps the password out of statement errors', async () => {
    const session = await driver().open();
    state.answer = () => new Error("Login failed: password 'hunter2' expired");
    await expect(session.query('SELECT 1')).rejects.toThrow("Login failed: password '***' expired");
    await session.close();
  });
});
