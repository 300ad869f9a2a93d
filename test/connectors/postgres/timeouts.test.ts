/**
 * Timeouts against PostgreSQL 15 behind a proxy that stops answering (no reset): a silent
 * connection ends a call within the service's timeouts, and a client that went silent inside
 * its apply transaction does not keep the transaction (and the apply lock) on the server.
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APPLY_LOCK_KEY } from '../../../src/connectors/postgres/driver.js';
import { postgres } from '../../../src/connectors/postgres/index.js';
import { startFlakyProxy, type FlakyProxy } from '../../engines/flaky-proxy.js';
import { expectSilentQueryEnds } from '../silent-connection.js';
import { startPostgres } from '../../engines/postgres.js';

const engine = await startPostgres();
const skip = 'skip' in engine ? engine.skip : undefined;
if (skip) console.warn(`skipping PostgreSQL 15 timeout tests: ${skip}`);
const port = 'port' in engine ? engine.port : 0;

const direct = async <T>(run: (client: pg.Client) => Promise<T>): Promise<T> => {
  const client = new pg.Client({ host: '127.0.0.1', port, user: 'postgres', database: 'postgres' });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
};

describe.skipIf(skip !== undefined)('postgres timeouts (PostgreSQL 15)', () => {
  let proxy: FlakyProxy;
  beforeAll(async () => {
    proxy = await startFlakyProxy(port);
  });
  afterAll(async () => {
    await proxy.close();
    if ('stop' in engine) await engine.stop();
  });

  const driverWith = (timeouts: { connectMillis?: number; statementMillis?: number; lockMillis?: number }) =>
    postgres.createDriver({ service: 's', configDir: '/', connection: { host: '127.0.0.1', port: proxy.port, user: 'postgres' }, timeouts });

  it('sets the server-side guards in every session from the service timeouts', async () => {
    proxy.state.stall = false;
    const driver = driverWith({ statementMillis: 7_000, lockMillis: 300 });
    try {
      const session = await driver.open();
      const rows = await session.query(
        "SELECT name, setting FROM pg_settings WHERE name IN ('statement_timeout', 'lock_timeout', 'idle_in_transaction_session_timeout') ORDER BY name",
      );
      expect(rows).toEqual([
        { name: 'idle_in_transaction_session_timeout', setting: '7000' },
        { name: 'lock_timeout', setting: '300' },
        { name: 'statement_timeout', setting: '7000' },
      ]);
    } finally {
      await driver.close();
    }
  });

  it('ends a query on a connection that went silent, with a clear error, and closes', async () => {
    proxy.state.stall = false;
    const driver = driverWith({ statementMillis: 500, lockMillis: 200 });
    await expectSilentQueryEnds(driver, proxy, 'PostgreSQL');
  });

  it('gives up connecting to a silent server after the connect timeout, without retrying it', async () => {
    proxy.state.stall = true;
    proxy.state.accepted = 0;
    const driver = driverWith({ connectMillis: 500 });
    const started = Date.now();
    try {
      await expect(driver.open()).rejects.toThrow(/could not connect to PostgreSQL as postgres@127\.0\.0\.1:\d+\/postgres: .*timeout/);
      expect(Date.now() - started).toBeLessThan(3_000);
      expect(proxy.state.accepted).toBe(1);
    } finally {
      proxy.state.stall = false;
      await driver.close();
    }
  });

  it("ends the transaction (and the apply lock) of a client that went silent inside it", async () => {
    proxy.state.stall = false;
    const driver = driverWith({ statementMillis: 1_000 });
    const session = await driver.open();
    await session.begin();
    const pid = async () =>
      direct(async (client) => {
        const { rows } = await client.query(
          `SELECT pid FROM pg_locks WHERE locktype = 'advisory' AND granted AND classid = ${APPLY_LOCK_KEY >> 32n} AND objid = ${APPLY_LOCK_KEY & 0xffffffffn}`,
        );
        return rows.length;
      });
    expect(await pid()).toBe(1);
    proxy.state.stall = true; // the client is gone, as far as the server can tell: no reset, no goodbye
    try {
      const started = Date.now();
      while ((await pid()) > 0 && Date.now() - started < 10_000) await new Promise((resolve) => setTimeout(resolve, 200));
      expect(await pid()).toBe(0);
      expect(Date.now() - started).toBeLessThan(5_000);
    } finally {
      await driver.close();
      proxy.state.stall = false;
    }
  });
});
