/**
 * The driver's sessions over a stand-in for the `oracledb` module (no Oracle runs here): thin
 * mode only (initOracleClient is never called), the connection attributes it passes, the
 * session setup (DDL lock wait, call timeout), rows as objects, no transactions, and the
 * password kept out of statement errors.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';

const state = vi.hoisted(() => ({
  attributes: [] as Record<string, unknown>[],
  executed: [] as { sql: string; options: Record<string, unknown> }[],
  callTimeouts: [] as number[],
  closed: 0,
  initOracleClient: 0,
  fail: undefined as Error | undefined,
}));

vi.mock('oracledb', () => ({
  default: {
    OUT_FORMAT_OBJECT: 4002,
    thin: true,
    initOracleClient: () => {
      state.initOracleClient++;
    },
    async getConnection(attributes: Record<string, unknown>) {
      state.attributes.push(attributes);
      return {
        set callTimeout(value: number) {
          state.callTimeouts.push(value);
        },
        async execute(sql: string, _binds: unknown[], options: Record<string, unknown>) {
          state.executed.push({ sql, options });
          if (state.fail && !sql.startsWith('ALTER SESSION')) throw state.fail;
          return { rows: sql.startsWith('SELECT') ? [{ OWNER: 'SALES', COMMENTS: null }] : undefined };
        },
        async close() {
          state.closed++;
        },
      };
    },
  },
}));

const { oracle } = await import('../../../src/connectors/oracle/index.js');

function driver(connection: Record<string, unknown> = {}) {
  return oracle.createDriver({
    service: 'crm',
    connection: { host: 'oracle.internal', serviceName: 'ORCLPDB1', user: 'revmeta', password: 'hunter2', ...connection },
    configDir: '/',
  });
}

beforeEach(() => {
  state.attributes = [];
  state.executed = [];
  state.callTimeouts = [];
  state.closed = 0;
  state.fail = undefined;
});

describe('oracle sessions', () => {
  it("take the service's timeouts: connect and transport connect, call timeout, DDL lock wait", async () => {
    const session = await oracle
      .createDriver({
        service: 'crm',
        connection: { host: 'oracle.internal', serviceName: 'ORCLPDB1', user: 'revmeta', password: 'hunter2' },
        configDir: '/',
        timeouts: { connectMillis: 2_500, statementMillis: 7_000, lockMillis: 1_200 },
      })
      .open();
    expect(state.attributes).toEqual([expect.objectContaining({ connectTimeout: 3, transportConnectTimeout: 3 })]);
    expect(state.callTimeouts).toEqual([12_000]);
    expect(state.executed).toEqual([{ sql: 'ALTER SESSION SET DDL_LOCK_TIMEOUT = 2', options: {} }]);
    await session.close();
  });

  it('connects in thin mode with the connect string, timeouts and session setup', async () => {
    const session = await driver({ ddlLockTimeout: 30, callTimeout: 5000, connectTimeout: 7 }).open();
    expect(state.attributes).toEqual([
      { user: 'revmeta', password: 'hunter2', connectString: 'oracle.internal:1521/ORCLPDB1', connectTimeout: 7, transportConnectTimeout: 7 },
    ]);
    expect(state.callTimeouts).toEqual([5000]);
    expect(state.executed).toEqual([{ sql: 'ALTER SESSION SET DDL_LOCK_TIMEOUT = 30', options: {} }]);
    expect(state.initOracleClient).toBe(0);
    await session.close();
    await session.close();
    expect(state.closed).toBe(1);
  });

  it('reads rows as objects and runs statements exactly as given', async () => {
    const session = await driver().open('DEFAULT');
    expect(await session.query('SELECT OWNER, COMMENTS FROM ALL_TAB_COMMENTS')).toEqual([{ OWNER: 'SALES', COMMENTS: null }]);
    await session.execute(`COMMENT ON TABLE "SALES"."ORDERS" IS 'x'`);
    expect(state.executed.slice(1)).toEqual([
      { sql: 'SELECT OWNER, COMMENTS FROM ALL_TAB_COMMENTS', options: { outFormat: 4002 } },
      { sql: `COMMENT ON TABLE "SALES"."ORDERS" IS 'x'`, options: { outFormat: 4002 } },
    ]);
    await session.close();
  });

  it('offers no transactions: every COMMENT commits on its own', async () => {
    const session = await driver().open();
    await expect(session.begin()).rejects.toThrow('Oracle DDL is not transactional');
    await expect(session.rollback()).rejects.toThrow('Oracle DDL is not transactional');
    expect(oracle.capabilities({ version: 'Oracle 19.0.0.0.0' }).transactionalDdl).toBe(false);
    await session.close();
  });

  it('keeps the password out of statement errors', async () => {
    const session = await driver().open();
    state.fail = Object.assign(new Error('ORA-28001: the password hunter2 has expired'), { code: 'ORA-28001' });
    await expect(session.execute('COMMENT ON TABLE "T" IS \'x\'')).rejects.toThrow('ORA-28001: the password *** has expired');
    await session.close();
  });
});
