/**
 * The driver's sessions over a stand-in for the `mssql` module (no SQL Server runs here): the
 * pool configuration it asks for; catalog queries, the transaction's opening and statements
 * without argument literals sent as batches exactly as given; apply statements with
 * `@name = N'...'` arguments sent by `query` (sp_executesql) with those values as bound
 * nvarchar parameters; the apply transaction with its application lock, rollback after the
 * server aborted the transaction (XACT_ABORT), and the password kept out of statement errors.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';

interface Input {
  name: string;
  type: { type: string; length: number };
  value: unknown;
}

interface Sent {
  target: 'pool' | 'transaction';
  /** `batch` (a T-SQL batch as written) or `query` (sp_executesql with the inputs). */
  via?: 'batch' | 'query';
  sql: string;
  inputs?: Input[];
}

const state = vi.hoisted(() => ({
  configs: [] as Record<string, unknown>[],
  sent: [] as Sent[],
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
    readonly inputs: Input[] = [];
    constructor(readonly parent: ConnectionPool | Transaction) {}
    input(name: string, type: Input['type'], value: unknown) {
      this.inputs.push({ name, type, value });
      return this;
    }
    async batch(sql: string) {
      // mssql would put inputs into a batch as literals: the driver must never give it any.
      if (this.inputs.length > 0) throw new Error('inputs on a batch');
      return this.send('batch', sql);
    }
    async query(sql: string) {
      return this.send('query', sql);
    }
    private send(via: 'batch' | 'query', sql: string) {
      const target = this.parent instanceof Transaction ? 'transaction' : 'pool';
      state.sent.push(via === 'batch' ? { target, sql } : { target, via, sql, inputs: this.inputs });
      const answer = state.answer(sql);
      if (answer instanceof Error) throw answer;
      return { recordsets: answer, recordset: answer[0], rowsAffected: [] };
    }
  }
  // mssql's NVarChar(length) is { type: TYPES.NVarChar, length }; MAX is 65535.
  const NVarChar = (length: number) => ({ type: 'NVarChar', length });
  return { default: { ConnectionPool, Transaction, Request, NVarChar, MAX: 65535 } };
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
    // The service's timeouts: defaults (connect 10s; statement 45s, lock 10s, plus 5s of grace).
    expect(state.configs[0]).toMatchObject({ connectionTimeout: 10_000, requestTimeout: 50_000 });
    await first.close();
    await d.close();
    expect(state.events.filter((event) => event === 'pool close')).toHaveLength(2);
    void other;
  });

  it("takes the service's timeouts: connect, request (the longer of statement and lock, plus grace) and lock", async () => {
    const d = mssql.createDriver({
      service: 'erp',
      connection: { host: 'sql.internal', user: 'revmeta', password: 'hunter2' },
      configDir: '/',
      timeouts: { connectMillis: 2_000, statementMillis: 7_000, lockMillis: 3_000 },
    });
    const session = await d.open('Sales');
    await session.begin();
    expect(state.configs[0]).toMatchObject({ connectionTimeout: 2_000, requestTimeout: 12_000 });
    expect(state.sent[0]).toEqual({ target: 'transaction', sql: beginSql(3_000) });
    expect(beginSql(3_000)).toContain('SET LOCK_TIMEOUT 3000;');
    expect(beginSql(3_000)).toContain('@LockTimeout = 3000;');
    await session.rollback();
    await d.close();
  });

  it('sends catalog queries as batches exactly as given, and reads the first result set', async () => {
    const session = await driver().open();
    const catalog = "SELECT 1 AS n FROM sys.extended_properties WHERE name = N'MS_Description'";
    expect(await session.query(catalog)).toEqual([{ n: 1 }]);
    expect(state.sent).toEqual<Sent[]>([{ target: 'pool', sql: catalog }]);
    await session.close();
  });

  it('sends argument literals of an apply statement as bound nvarchar parameters, through query', async () => {
    const session = await driver().open();
    const long = `${'x'.repeat(4000)}y`;
    await session.execute(
      `EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'it''s \\\\\n\n', @level0type = N'SCHEMA', @level0name = N'${'s'.repeat(4000)}', @level1name = N'${long}'`,
    );
    expect(state.sent).toEqual<Sent[]>([
      {
        target: 'pool',
        via: 'query',
        sql: 'EXEC sys.sp_addextendedproperty @name = @revmeta_p0, @value = @revmeta_p1, @level0type = @revmeta_p2, @level0name = @revmeta_p3, @level1name = @revmeta_p4',
        inputs: [
          { name: 'revmeta_p0', type: { type: 'NVarChar', length: 4000 }, value: 'MS_Description' },
          { name: 'revmeta_p1', type: { type: 'NVarChar', length: 4000 }, value: "it's \\\n" },
          { name: 'revmeta_p2', type: { type: 'NVarChar', length: 4000 }, value: 'SCHEMA' },
          // 4000 UTF-16 units still fit nvarchar(4000); one more needs nvarchar(max).
          { name: 'revmeta_p3', type: { type: 'NVarChar', length: 4000 }, value: 's'.repeat(4000) },
          { name: 'revmeta_p4', type: { type: 'NVarChar', length: 65535 }, value: long },
        ],
      },
    ]);
    await session.close();
  });

  it('sends an apply statement without argument literals as a batch exactly as given', async () => {
    const session = await driver().open();
    const statements = ['ALTER AUTHORIZATION ON SCHEMA::[s] TO [p]', "UPDATE audit.notes SET note = N'x' WHERE name = N'y'", "EXEC p @a = N'unclosed"];
    for (const sql of statements) await session.execute(sql);
    expect(state.sent).toEqual<Sent[]>(statements.map((sql) => ({ target: 'pool', sql })));
    await session.close();
  });

  it('begins with a lock wait bound and the apply lock, then runs statements in the transaction', async () => {
    const session = await driver({ lockTimeout: 2500 }).open('Sales');
    await session.begin();
    await session.execute('ALTER AUTHORIZATION ON SCHEMA::[s] TO [p]');
    await session.execute("EXEC sys.sp_dropextendedproperty @name = N'MS_Description'");
    await session.commit();
    expect(state.sent).toEqual<Sent[]>([
      // A batch, though it has argument literals: SET LOCK_TIMEOUT must hold for the session,
      // not end with an sp_executesql scope.
      { target: 'transaction', sql: beginSql(2500) },
      { target: 'transaction', sql: 'ALTER AUTHORIZATION ON SCHEMA::[s] TO [p]' },
      {
        target: 'transaction',
        via: 'query',
        sql: 'EXEC sys.sp_dropextendedproperty @name = @revmeta_p0',
        inputs: [{ name: 'revmeta_p0', type: { type: 'NVarChar', length: 4000 }, value: 'MS_Description' }],
      },
    ]);
    expect(beginSql(2500)).toBe(
      [
        'SET LOCK_TIMEOUT 2500;',
        'DECLARE @result int;',
        `EXEC @result = sys.sp_getapplock @Resource = N'${APPLY_LOCK_RESOURCE}', @LockMode = N'Exclusive', @LockOwner = N'Transaction', @LockTimeout = 2500;`,
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
      `another apply holds the lock (another session holds application lock ${APPLY_LOCK_RESOURCE} on database "Sales" after waiting 10s; nothing was changed there`,
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
