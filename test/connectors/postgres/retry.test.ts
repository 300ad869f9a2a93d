/**
 * Transient connection failures are retried with backoff; authentication failures and SQL
 * errors are not. A TCP proxy in front of PostgreSQL 15 drops the first connections.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postgres } from '../../../src/connectors/postgres/index.js';
import { startFlakyProxy, type FlakyProxy } from '../../engines/flaky-proxy.js';
import { startPostgres } from '../../engines/postgres.js';

const engine = await startPostgres();
const skip = 'skip' in engine ? engine.skip : undefined;
if (skip) console.warn(`skipping PostgreSQL 15 retry tests: ${skip}`);

describe.skipIf(skip !== undefined)('postgres connection retries (PostgreSQL 15)', () => {
  let proxy: FlakyProxy;
  beforeAll(async () => {
    proxy = await startFlakyProxy('port' in engine ? engine.port : 0);
  });
  afterAll(async () => {
    await proxy.close();
    if ('stop' in engine) await engine.stop();
  });

  const driverWith = (connection: Record<string, unknown>) =>
    postgres.createDriver({ service: 's', configDir: '/', connection: { host: '127.0.0.1', port: proxy.port, user: 'postgres', ...connection } });

  it('connects after dropped connections, with backoff', async () => {
    proxy.state.drop = 2;
    proxy.state.accepted = 0;
    const driver = driverWith({});
    const started = Date.now();
    const session = await driver.open();
    expect(await session.query('SELECT 1 AS one')).toEqual([{ one: 1 }]);
    await driver.close();
    expect(proxy.state.accepted).toBe(3);
    expect(Date.now() - started).toBeGreaterThanOrEqual(150); // ~0.25 s + ~1 s of backoff, with jitter
  });

  it('gives up after connectionRetries and says how often it tried', async () => {
    proxy.state.drop = 5;
    proxy.state.accepted = 0;
    const driver = driverWith({ connectionRetries: 1 });
    await expect(driver.open()).rejects.toThrow(/could not connect to PostgreSQL as postgres@127\.0\.0\.1:\d+\/postgres \(after 2 attempts\)/);
    expect(proxy.state.accepted).toBe(2);
    proxy.state.drop = 0;
  });

  it('does not retry an authentication failure', async () => {
    proxy.state.accepted = 0;
    const driver = driverWith({ user: 'nobody_here', password: 'x' });
    await expect(driver.open()).rejects.toThrow(/nobody_here/);
    expect(proxy.state.accepted).toBe(1);
  });

  it('does not retry a failing statement', async () => {
    proxy.state.accepted = 0;
    const driver = driverWith({});
    const session = await driver.open();
    await expect(session.execute('SELECT * FROM no_such_table')).rejects.toThrow(/no_such_table/);
    await driver.close();
    expect(proxy.state.accepted).toBe(1);
  });
});
