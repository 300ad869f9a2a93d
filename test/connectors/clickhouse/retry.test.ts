/**
 * Transient connection failures are retried with backoff; authentication failures and SQL
 * errors are not. A TCP proxy in front of a real ClickHouse 18.16 server drops the first
 * connections and counts them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isTransient } from '../../../src/connectors/clickhouse/driver.js';
import { clickhouse } from '../../../src/connectors/clickhouse/index.js';
import { CLICKHOUSE_LOGIN, startClickHouse } from '../../engines/clickhouse.js';
import { startFlakyProxy, type FlakyProxy } from '../../engines/flaky-proxy.js';

const engine = await startClickHouse();
const skip = 'skip' in engine ? engine.skip : undefined;
if (skip) console.warn(`skipping ClickHouse retry tests: ${skip}`);

describe('clickhouse transient errors', () => {
  it('are socket failures and a busy server, never authentication or SQL', () => {
    const socket = (code: string) => Object.assign(new Error(code), { code });
    expect(isTransient(socket('ECONNREFUSED'))).toBe(true);
    expect(isTransient(socket('ECONNRESET'))).toBe(true);
    expect(isTransient(new Error('socket hang up'))).toBe(true);
    expect(isTransient(new AggregateError([socket('ECONNREFUSED'), socket('ECONNREFUSED')], ''))).toBe(true);
    expect(isTransient(Object.assign(new Error('Too many simultaneous queries'), { code: '202', type: 'TOO_MANY_SIMULTANEOUS_QUERIES' }))).toBe(true);
    expect(isTransient(new Error('Code: 202, e.displayText() = DB::Exception: Too many simultaneous queries. Maximum: 1, e.what() = DB::Exception'))).toBe(true);
    expect(isTransient(Object.assign(new Error('Authentication failed'), { code: '516', type: 'AUTHENTICATION_FAILED' }))).toBe(false);
    expect(isTransient(new Error('Code: 193, e.displayText() = DB::Exception: Wrong password for user x, e.what() = DB::Exception'))).toBe(false);
    expect(isTransient(Object.assign(new Error('Syntax error'), { code: '62', type: 'SYNTAX_ERROR' }))).toBe(false);
    expect(isTransient(socket('ETIMEDOUT'))).toBe(false);
  });
});

describe.skipIf(skip !== undefined)('clickhouse connection retries (ClickHouse 18.16)', () => {
  const serverPort = 'url' in engine ? Number(new URL(engine.url).port) : 0;
  let proxy: FlakyProxy;
  beforeAll(async () => {
    proxy = await startFlakyProxy(serverPort);
  });
  afterAll(async () => {
    await proxy?.close();
    if ('stop' in engine) await engine.stop();
  });

  const driverWith = (connection: Record<string, unknown>) =>
    clickhouse.createDriver({ service: 's', configDir: '/', connection: { url: `http://127.0.0.1:${proxy.port}`, ...connection } });

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
    await expect(driver.open()).rejects.toThrow(/could not connect to ClickHouse as default@http:\/\/127\.0\.0\.1:\d+ \(after 2 attempts\)/);
    expect(proxy.state.accepted).toBe(2);
    await driver.close();
    proxy.state.drop = 0;
  });

  it('tries once with connectionRetries 0', async () => {
    proxy.state.drop = 1;
    proxy.state.accepted = 0;
    const driver = driverWith({ connectionRetries: '0' });
    await expect(driver.open()).rejects.toThrow(/^could not connect to ClickHouse as default@http:\/\/127\.0\.0\.1:\d+: /);
    expect(proxy.state.accepted).toBe(1);
    await driver.close();
    proxy.state.drop = 0;
  });

  it('does not retry an authentication failure, and never shows the password', async () => {
    proxy.state.accepted = 0;
    const driver = driverWith({ username: CLICKHOUSE_LOGIN.username, password: 'not-the-right-one' });
    const error = await driver.open().then(() => undefined, (e: unknown) => e as Error);
    expect(error?.message).toMatch(/could not connect to ClickHouse as revmeta_login@.*: Code: 193\. .*password/i);
    expect(error?.message).not.toContain('not-the-right-one');
    expect(proxy.state.accepted).toBe(1);
    await driver.close();
  });

  it('does not retry a failing statement', async () => {
    proxy.state.accepted = 0;
    const driver = driverWith({});
    const session = await driver.open();
    await expect(session.execute('ALTER TABLE system.no_such_table COMMENT COLUMN x \'y\'')).rejects.toThrow(/no_such_table/);
    await expect(session.query('SELECT * FROM system.no_such_table')).rejects.toThrow(/no_such_table/);
    await driver.close();
    expect(proxy.state.accepted).toBe(1);
  });
});
