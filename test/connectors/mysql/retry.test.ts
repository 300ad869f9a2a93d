/**
 * Transient connection failures are retried with backoff; authentication failures and SQL
 * errors are not. A TCP proxy in front of MariaDB 10.11 drops the first connections, and a
 * user limited to one connection stands for a server that is full for a moment.
 */
import { createConnection } from 'mysql2/promise';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mysql } from '../../../src/connectors/mysql/index.js';
import { startMariaDb } from '../../engines/mariadb.js';
import { startFlakyProxy, type FlakyProxy } from '../../engines/flaky-proxy.js';

const engine = await startMariaDb();
const skip = 'skip' in engine ? engine.skip : undefined;
if (skip) console.warn(`skipping MariaDB retry tests: ${skip}`);

describe.skipIf(skip !== undefined)('mysql connection retries (MariaDB 10.11)', () => {
  const port = 'port' in engine ? engine.port : 0;
  let proxy: FlakyProxy;
  beforeAll(async () => {
    proxy = await startFlakyProxy(port);
  });
  afterAll(async () => {
    await proxy?.close();
    if ('stop' in engine) await engine.stop();
  });

  const driverWith = (connection: Record<string, unknown>, through: 'proxy' | 'server' = 'proxy') =>
    mysql.createDriver({
      service: 's',
      configDir: '/',
      connection: { host: '127.0.0.1', port: through === 'proxy' ? proxy.port : port, user: 'root', ...connection },
    });

  it('connects after dropped connections, with backoff', async () => {
    proxy.state.drop = 2;
    proxy.state.accepted = 0;
    const driver = driverWith({});
    const started = Date.now();
    const session = await driver.open();
    expect(await session.query('SELECT 1 AS one')).toEqual([{ one: 1 }]);
    await driver.close();
    expect(proxy.state.accepted).toBe(3);
    // ~0.25 s then ~1 s of backoff, each ±25 %: at least 0.19 + 0.75 s.
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
  });

  it('gives up after connectionRetries and says how often it tried', async () => {
    proxy.state.drop = 5;
    proxy.state.accepted = 0;
    const driver = driverWith({ connectionRetries: 1 });
    await expect(driver.open()).rejects.toThrow(/could not connect to MySQL as root@127\.0\.0\.1:\d+ \(after 2 attempts\)/);
    expect(proxy.state.accepted).toBe(2);
    proxy.state.drop = 0;
  });

  it('tries once with connectionRetries 0', async () => {
    proxy.state.drop = 1;
    proxy.state.accepted = 0;
    await expect(driverWith({ connectionRetries: '0' }).open()).rejects.toThrow(/^could not connect to MySQL as root@127\.0\.0\.1:\d+: /);
    expect(proxy.state.accepted).toBe(1);
    proxy.state.drop = 0;
  });

  it('does not retry an authentication failure, and never shows the password', async () => {
    proxy.state.accepted = 0;
    const driver = driverWith({ user: 'nobody_here', password: 'pa55-word' });
    const error = await driver.open().then(() => undefined, (e: unknown) => e as Error);
    expect(error?.message).toMatch(/ERROR 1045 \(28000\): Access denied for user 'nobody_here'/);
    expect(error?.message).not.toContain('pa55-word');
    expect(proxy.state.accepted).toBe(1);
  });

  it('does not retry a failing statement', async () => {
    proxy.state.accepted = 0;
    const driver = driverWith({});
    const session = await driver.open();
    await expect(session.execute('SELECT * FROM mysql.no_such_table')).rejects.toThrow(/ERROR 1146 .*no_such_table/);
    await driver.close();
    expect(proxy.state.accepted).toBe(1);
  });

  it('retries while the server has no connection left for the user, and connects once one is free', async () => {
    const admin = await createConnection({ host: '127.0.0.1', port, user: 'root' });
    try {
      await admin.query("CREATE USER IF NOT EXISTS 'one_conn'@'%' WITH MAX_USER_CONNECTIONS 1");
      await admin.query("GRANT SELECT ON *.* TO 'one_conn'@'%'");
      const holder = await createConnection({ host: '127.0.0.1', port, user: 'one_conn' });
      // Freed after the first retry's wait has begun: the second or third attempt gets in.
      const freed = new Promise<void>((resolve) => setTimeout(() => void holder.end().then(resolve, resolve), 150));
      const driver = driverWith({ user: 'one_conn' }, 'server');
      const session = await driver.open();
      expect(await session.query('SELECT CURRENT_USER() AS who')).toEqual([{ who: 'one_conn@%' }]);
      await driver.close();
      await freed;

      // Still full at every attempt: reported with the server's error (1203) after them all.
      const again = await createConnection({ host: '127.0.0.1', port, user: 'one_conn' });
      try {
        await expect(driverWith({ user: 'one_conn', connectionRetries: 1 }, 'server').open()).rejects.toThrow(
          /\(after 2 attempts\): ERROR 1226 .*max_user_connections/,
        );
      } finally {
        await again.end();
      }
    } finally {
      await admin.end();
    }
  });
});
