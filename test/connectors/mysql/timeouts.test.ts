/**
 * Timeouts, the apply lock and the column-restatement race on MariaDB 10.11, some behind a
 * proxy that stops answering (no reset): the session's server-side guards are set, a silent
 * connection ends a call, a client that vanished does not keep GET_LOCK for hours, and a
 * column whose definition a DBA changed between plan and apply is not restated.
 */
import { createConnection } from 'mysql2/promise';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mysql } from '../../../src/connectors/mysql/index.js';
import type { Timeouts } from '../../../src/connectors/connection.js';
import { startFlakyProxy, type FlakyProxy } from '../../engines/flaky-proxy.js';
import { expectSilentQueryEnds } from '../silent-connection.js';
import { startMariaDb } from '../../engines/mariadb.js';
import { apply, manifests, plan, SERVICE, withSession } from './fixtures.js';

const engine = await startMariaDb();
const skip = 'skip' in engine ? engine.skip : undefined;
if (skip) console.warn(`skipping MariaDB timeout tests: ${skip}`);
const port = 'port' in engine ? engine.port : 0;

afterAll(async () => {
  if ('stop' in engine) await engine.stop();
});

const direct = () => createConnection({ host: '127.0.0.1', port, user: 'root' });

describe.skipIf(skip !== undefined)('mysql timeouts (MariaDB 10.11)', () => {
  let proxy: FlakyProxy;
  beforeAll(async () => {
    proxy = await startFlakyProxy(port);
  });
  afterAll(async () => {
    await proxy.close();
  });

  const driverWith = (timeouts: Partial<Timeouts>, through: 'proxy' | 'direct' = 'proxy') =>
    mysql.createDriver({
      service: SERVICE,
      configDir: '/',
      connection: { host: '127.0.0.1', port: through === 'proxy' ? proxy.port : port, user: 'root' },
      timeouts,
    });

  it('sets wait_timeout and the lock waits of every session from the service timeouts', async () => {
    const driver = driverWith({ statementMillis: 1_000, lockMillis: 2_000 });
    try {
      const rows = await withSession(driver, (session) =>
        session.query('SELECT @@session.wait_timeout AS wait, @@session.lock_wait_timeout AS metadata, @@session.innodb_lock_wait_timeout AS innodb'),
      );
      // wait_timeout: the statement timeout plus the client's 5 s of grace.
      expect(rows.map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, Number(v)])))).toEqual([{ wait: 6, metadata: 2, innodb: 2 }]);
    } finally {
      await driver.close();
    }
  });

  it('ends a query on a connection that went silent, with a clear error, and closes', async () => {
    const driver = driverWith({ statementMillis: 500 });
    await expectSilentQueryEnds(driver, proxy, 'MySQL');
  });

  it('lets the server release the apply lock of a client that vanished, after wait_timeout', async () => {
    const driver = driverWith({ statementMillis: 1_000 });
    const session = await driver.open();
    await session.lockForApply!();
    const other = await direct();
    const free = async () => {
      const [rows] = (await other.query("SELECT IS_FREE_LOCK('revmeta:default') AS free")) as unknown as [Array<{ free: number }>];
      return Number(rows[0]?.free);
    };
    try {
      expect(await free()).toBe(0);
      proxy.state.stall = true; // no reset, no goodbye: the server only sees a silent client
      const started = Date.now();
      while ((await free()) !== 1 && Date.now() - started < 20_000) await new Promise((resolve) => setTimeout(resolve, 250));
      expect(await free()).toBe(1);
      expect(Date.now() - started).toBeLessThan(10_000); // wait_timeout 6 s, not 8 hours
    } finally {
      await other.end();
      proxy.state.stall = false;
      await driver.close();
    }
  });

  it('waits for the apply lock up to the lock timeout, then reports it busy', async () => {
    const other = await direct();
    const driver = driverWith({ lockMillis: 800 }, 'direct');
    try {
      const [[held]] = (await other.query("SELECT GET_LOCK('revmeta:default', 0) AS got, CONNECTION_ID() AS id")) as unknown as [Array<{ got: number; id: number }>];
      expect(held?.got).toBe(1);
      const session = await driver.open();
      const started = Date.now();
      await expect(session.lockForApply!()).rejects.toThrow(
        `another apply holds the lock (connection ${held!.id} holds lock 'revmeta:default' for database "default" after waiting 800ms;`,
      );
      expect(Date.now() - started).toBeGreaterThanOrEqual(700);
      // Freed while another waits: the waiter gets it.
      const waiting = driverWith({ lockMillis: 5_000 }, 'direct');
      const second = await waiting.open();
      const taken = second.lockForApply!();
      await new Promise((resolve) => setTimeout(resolve, 300));
      await other.query("DO RELEASE_LOCK('revmeta:default')");
      await taken;
      await waiting.close();
    } finally {
      await other.end();
      await driver.close();
    }
  });
});

describe.skipIf(skip !== undefined)('the column restatement race (MariaDB 10.11)', () => {
  it('does not restate a column whose DEFAULT a DBA changed after the plan: not run, the new default kept', async () => {
    const driver = mysql.createDriver({ service: SERVICE, configDir: '/', connection: { host: '127.0.0.1', port, user: 'root' } });
    const other = await direct();
    try {
      await other.query('CREATE DATABASE raced');
      await other.query("CREATE TABLE raced.orders (id int NOT NULL, status varchar(20) DEFAULT 'new', note int)");
      const desired = manifests({ raced: { tables: { orders: { columns: { status: 'Order status', note: 'A note' } } } } });
      const planned = await plan(driver, desired);
      expect(planned.changes).toHaveLength(2);
      // Between the plan and the "yes": a DBA changes the default.
      await other.query("ALTER TABLE raced.orders ALTER COLUMN status SET DEFAULT 'open'");
      const result = await apply(driver, planned);
      expect(result.summary).toEqual({ applied: 0, failed: 0, notRun: 2 });
      for (const r of result.results) {
        expect(r.status).toBe('not_run');
        expect(r.reason).toContain("not run: the column's definition changed since the plan (`raced`.`orders`: `status` was planned as `varchar(20) DEFAULT 'new'`, is now `varchar(20) DEFAULT 'open'`)");
      }
      const [[row]] = (await other.query('SHOW CREATE TABLE raced.orders')) as unknown as [Array<Record<string, string>>];
      expect(row?.['Create Table']).toContain("`status` varchar(20) DEFAULT 'open'");
      expect(row?.['Create Table']).not.toContain('Order status');
      // Planned again, it applies, restating the new default.
      const again = await apply(driver, await plan(driver, desired));
      expect(again.summary).toEqual({ applied: 2, failed: 0, notRun: 0 });
      const [[after]] = (await other.query('SHOW CREATE TABLE raced.orders')) as unknown as [Array<Record<string, string>>];
      expect(after?.['Create Table']).toContain("`status` varchar(20) DEFAULT 'open' COMMENT 'Order status'");
    } finally {
      await other.end();
      await driver.close();
    }
  });
});
