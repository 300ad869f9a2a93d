/**
 * Two applies on one MySQL service never write at once: apply takes GET_LOCK('revmeta:<db>')
 * before its first statement (DriverSession.lockForApply), and a second apply waits up to the
 * lock timeout, then leaves that database's changes not run, naming the connection that holds
 * the lock. On MariaDB 10.11.
 */
import { createConnection } from 'mysql2/promise';
import { afterAll, describe, expect, it } from 'vitest';
import { applyChanges } from '../../../src/apply/apply.js';
import type { Driver } from '../../../src/connectors/types.js';
import { applyLockName } from '../../../src/connectors/mysql/driver.js';
import { mysql } from '../../../src/connectors/mysql/index.js';
import { startMariaDb } from '../../engines/mariadb.js';
import { DATABASE, SERVICE, apply, manifests, plan, withSession } from './fixtures.js';

const engine = await startMariaDb();
const skip = 'skip' in engine ? engine.skip : undefined;
if (skip) console.warn(`skipping MariaDB apply-lock tests: ${skip}`);
const port = 'port' in engine ? engine.port : 0;

afterAll(async () => {
  if (!('skip' in engine)) await engine.stop();
});

const driverFor = () =>
  mysql.createDriver({ service: SERVICE, configDir: '/', connection: { host: '127.0.0.1', port, user: 'root' }, timeouts: { lockMillis: 200 } });

async function comments(session: { query(sql: string): Promise<Record<string, unknown>[]> }) {
  const [table] = await session.query("SELECT TABLE_COMMENT AS c FROM information_schema.TABLES WHERE TABLE_SCHEMA = 'locked' AND TABLE_NAME = 'orders'");
  const [column] = await session.query(
    "SELECT COLUMN_COMMENT AS c FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = 'locked' AND TABLE_NAME = 'orders' AND COLUMN_NAME = 'id'",
  );
  return { table: table?.c, column: column?.c };
}

describe.skipIf(skip !== undefined)('the mysql apply lock (MariaDB 10.11)', () => {
  it('names the lock after the service database, within MySQL’s 64 characters', () => {
    expect(applyLockName('default')).toBe('revmeta:default');
    const long = applyLockName('x'.repeat(100));
    expect(long).toMatch(/^revmeta:[0-9a-f]{56}$/);
    expect(applyLockName('y'.repeat(100))).not.toBe(long);
  });

  it('refuses while another connection holds the lock, changes nothing, and applies once it is free', async () => {
    const driver = driverFor();
    try {
      await withSession(driver, async (session) => {
        await session.execute('CREATE DATABASE locked');
        await session.execute("CREATE TABLE locked.orders (id int NOT NULL COMMENT 'old id') COMMENT 'old'");
      });
      const desired = manifests({ locked: { tables: { orders: { description: 'Orders', columns: { id: 'Order id' } } } } });
      const planned = await plan(driver, desired);
      expect(planned.changes).toHaveLength(2);

      const other = await createConnection({ host: '127.0.0.1', port, user: 'root' });
      try {
        const [[held]] = (await other.query("SELECT GET_LOCK('revmeta:default', 0) AS got, CONNECTION_ID() AS id")) as unknown as [
          Array<{ got: number; id: number }>,
        ];
        expect(held?.got).toBe(1);
        const refused = await apply(driver, planned);
        expect(refused.summary).toMatchObject({ applied: 0, failed: 0, notRun: 2 });
        for (const result of refused.results) {
          expect(result.status).toBe('not_run');
          expect(result.reason).toContain(
            `not run: another apply holds the lock (connection ${held!.id} holds lock 'revmeta:default' for database "${DATABASE}" after waiting 200ms;`,
          );
        }
        expect(await withSession(driver, comments)).toEqual({ table: 'old', column: 'old id' });
      } finally {
        await other.end();
      }

      const applied = await apply(driver, planned);
      expect(applied.summary).toMatchObject({ applied: 2, failed: 0, notRun: 0 });
      expect(await withSession(driver, comments)).toEqual({ table: 'Orders', column: 'Order id' });
      // The apply's session released the lock when it closed: anyone may take it now.
      await withSession(driver, async (session) => {
        expect(await session.query("SELECT IS_FREE_LOCK('revmeta:default') AS free")).toEqual([{ free: 1 }]);
      });
    } finally {
      await driver.close();
    }
  });

  it('holds the lock for the session that took it, until it closes', async () => {
    const driver = driverFor();
    try {
      const first = await driver.open();
      await first.lockForApply!();
      await first.lockForApply!(); // taken once per session: a second call is a no-op
      const second = await driver.open();
      await expect(second.lockForApply!()).rejects.toThrow(/another apply holds the lock \(connection \d+ holds lock 'revmeta:default' for database "default"/);
      await first.close();
      await second.lockForApply!();
      await second.close();
    } finally {
      await driver.close();
    }
  });
});

describe.skipIf(skip !== undefined)('the mysql apply lock with apply concurrency 4 (MariaDB 10.11)', () => {
  it('is held by one session for the whole apply while the others write: a second apply is refused meanwhile', async () => {
    const driver = driverFor();
    const trace = { opened: 0, inFlight: 0, maxInFlight: 0, started: 0 };
    let firstStatement: () => void = () => undefined;
    const started = new Promise<void>((resolve) => (firstStatement = resolve));
    // The first apply's statements take 300 ms more each, so that it is still running when the second starts.
    const slow: Driver = {
      async open(database) {
        const session = await driver.open(database);
        trace.opened++;
        return {
          ...session,
          execute: async (sql: string) => {
            trace.inFlight++;
            trace.maxInFlight = Math.max(trace.maxInFlight, trace.inFlight);
            firstStatement();
            await new Promise((resolve) => setTimeout(resolve, 300));
            try {
              await session.execute(sql);
            } finally {
              trace.inFlight--;
            }
          },
        };
      },
      close: () => driver.close(),
    };
    try {
      const tables = Array.from({ length: 8 }, (_, i) => `t${i}`);
      await withSession(driver, async (session) => {
        await session.execute('CREATE DATABASE busy');
        for (const table of tables) await session.execute(`CREATE TABLE busy.${table} (id int NOT NULL COMMENT 'old id') COMMENT 'old'`);
      });
      const desired = manifests({ busy: { tables: Object.fromEntries(tables.map((table) => [table, { description: `Table ${table}`, columns: { id: `Id of ${table}` } }])) } });
      const planned = await plan(driver, desired);
      const first = applyChanges(planned, new Map([[SERVICE, { driver: slow, capabilities: planned.capabilities, concurrency: 4 }]]));
      await started;
      const second = await apply(driver, planned);
      expect(second.summary).toMatchObject({ applied: 0, failed: 0 });
      for (const result of second.results) expect(result.reason).toMatch(/^not run: another apply holds the lock \(connection \d+ holds lock 'revmeta:default'/);
      const done = await first;
      expect(done.summary).toMatchObject({ applied: planned.changes.length, failed: 0, notRun: 0 });
      expect(trace.opened).toBe(4);
      expect(trace.maxInFlight).toBe(4);
      // Released when the apply ended.
      await withSession(driver, async (session) => {
        expect(await session.query("SELECT IS_FREE_LOCK('revmeta:default') AS free")).toEqual([{ free: 1 }]);
        expect(await session.query("SELECT TABLE_COMMENT AS c FROM information_schema.TABLES WHERE TABLE_SCHEMA = 'busy' AND TABLE_NAME = 't7'")).toEqual([{ c: 'Table t7' }]);
      });
    } finally {
      await driver.close();
    }
  });
});
