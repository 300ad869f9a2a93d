/**
 * The redshift driver without a cluster: its `connection:` options and defaults (port 5439,
 * database dev, TLS on), what its sessions send (no advisory lock, no savepoint), and how a
 * failed connect reads. Its sessions run on real engines in engines.test.ts.
 */
import net from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import {
  DEFAULT_DATABASE,
  DEFAULT_PORT,
  parseConnection,
  postgresConnection,
  redshiftSession,
} from '../../../src/connectors/redshift/driver.js';
import { redshift } from '../../../src/connectors/redshift/index.js';
import { BatchStatementError, type DriverSession } from '../../../src/connectors/types.js';
import { runCli, writeWorkspace } from '../../e2e/cli.js';

describe('redshift connection options', () => {
  it('defaults to port 5439, database dev and TLS', () => {
    expect(parseConnection({ host: 'cluster.example', user: 'revmeta' })).toEqual({
      host: 'cluster.example',
      port: 5439,
      user: 'revmeta',
      password: undefined,
      database: 'dev',
      ssl: true,
      connectionTimeoutMillis: 10_000,
      statementTimeoutMillis: 45_000,
      connectionRetries: 3,
    });
    expect([DEFAULT_PORT, DEFAULT_DATABASE]).toEqual([5439, 'dev']);
    expect(parseConnection({ host: 'h', user: 'u' }, { connectMillis: 2_000, statementMillis: 7_000, lockMillis: 1 })).toMatchObject({
      connectionTimeoutMillis: 2_000,
      statementTimeoutMillis: 7_000,
    });
  });

  it('reads every option, numbers from ${VAR} digit strings too', () => {
    const parsed = parseConnection({
      host: 'h',
      port: '5440',
      user: 'u',
      password: 'p',
      database: 'analytics',
      ssl: { rejectUnauthorized: false },
      connectionTimeoutMillis: '5000',
      statement_timeout: 0,
      connectionRetries: '0',
    });
    expect(parsed).toEqual({
      host: 'h',
      port: 5440,
      user: 'u',
      password: 'p',
      database: 'analytics',
      ssl: { rejectUnauthorized: false },
      connectionTimeoutMillis: 5000,
      statementTimeoutMillis: 0,
      connectionRetries: 0,
    });
    expect(parseConnection({ host: 'h', user: 'u', ssl: false }).ssl).toBe(false);
  });

  it.each([
    [{ user: 'u' }, /invalid redshift connection: host must be a non-empty string/],
    [{ host: 'h', user: 'u', port: 'x' }, /invalid redshift connection: port must be a positive number/],
    [{ host: 'h', user: 'u', ssl: 'yes' }, /invalid redshift connection: ssl must be a boolean or an object/],
  ])('refuses %o', (connection, message) => {
    expect(() => parseConnection(connection)).toThrow(message);
  });

  it("hands the postgres driver Redshift's values, and no lock_timeout for pg to send", () => {
    expect(postgresConnection(parseConnection({ host: 'h', user: 'u', statement_timeout: '60000' }))).toEqual({
      host: 'h',
      port: 5439,
      user: 'u',
      database: 'dev',
      ssl: true,
      connectionTimeoutMillis: 10_000,
      lock_timeout: 0,
      idle_in_transaction_session_timeout: 0,
      statement_timeout: 60_000,
      connectionRetries: 3,
    });
  });
});

describe('redshift connection: in the config', () => {
  const manifests = {
    'warehouse/analytics.yaml': [{ apiVersion: 'revmeta/v1', kind: 'Database', service: 'warehouse', name: 'analytics', description: 'x' }],
  };
  const config = (connection: Record<string, unknown>) => ({
    version: 1,
    manifests: 'metadata',
    services: { warehouse: { type: 'redshift', connection } },
  });

  it('validates a cluster connection with its secret from the environment', async () => {
    const file = await writeWorkspace({
      config: config({ host: 'c.example', port: 5439, user: 'revmeta', password: '${REDSHIFT_PASSWORD}', database: 'analytics' }),
      manifests,
    });
    const run = await runCli(['validate', '-c', file], { env: { REDSHIFT_PASSWORD: 'Secret-1' } });
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toMatch(/^Valid: 1 service\(s\), 1 manifest file\(s\)/);
  });

  it.each([
    ['an embedded engine', { embedded: '.revmeta/pgdata' }, /embedded/],
    ['a lock_timeout Redshift does not have', { host: 'h', user: 'u', lock_timeout: 1000 }, /lock_timeout/],
    ['IAM options', { host: 'h', user: 'u', iam: true, clusterIdentifier: 'c' }, /iam|clusterIdentifier/],
    ['no user', { host: 'h' }, /user/],
  ])('refuses %s', async (_name, connection, message) => {
    const file = await writeWorkspace({ config: config(connection), manifests });
    const run = await runCli(['validate', '-c', file]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(message);
  });
});

/** A session that records what it is sent; statements matching `failing` throw. */
function recordingSession(failing: RegExp | null, log: string[]): DriverSession {
  const run = async (sql: string) => {
    log.push(sql);
    if (failing !== null && failing.test(sql)) throw new Error(`failed: ${sql}`);
  };
  return {
    query: async (sql) => {
      await run(sql);
      return [{ sql }];
    },
    execute: run,
    begin: async () => void log.push('POSTGRES BEGIN WITH ADVISORY LOCK'),
    commit: async () => void log.push('COMMIT'),
    rollback: async () => void log.push('ROLLBACK'),
    lockForApply: async () => void log.push('POSTGRES LOCK'),
    executeBatch: async () => void log.push('POSTGRES BATCH WITH SAVEPOINT'),
    close: async () => void log.push('CLOSE'),
  };
}

describe('redshift sessions', () => {
  it('pass on only what Redshift has', async () => {
    const log: string[] = [];
    const session = redshiftSession(recordingSession(null, log));
    expect(Object.keys(session).sort()).toEqual(['begin', 'close', 'commit', 'execute', 'executeBatch', 'query', 'rollback']);
    expect(await session.query('SELECT 1')).toEqual([{ sql: 'SELECT 1' }]);
    await session.begin();
    await session.execute('COMMENT ON TABLE t IS NULL');
    await session.commit();
    await session.rollback();
    await session.close();
    expect(log).toEqual(['SELECT 1', 'BEGIN', 'COMMENT ON TABLE t IS NULL', 'COMMIT', 'ROLLBACK', 'CLOSE']);
  });

  it('send a batch in one round trip, a trailing comment kept off the separator', async () => {
    const log: string[] = [];
    const session = redshiftSession(recordingSession(null, log));
    await session.executeBatch!(['COMMENT ON TABLE a IS NULL -- note', 'COMMENT ON TABLE b IS NULL']);
    await session.executeBatch!([]);
    expect(log).toEqual(['COMMENT ON TABLE a IS NULL -- note\n;\nCOMMENT ON TABLE b IS NULL']);
  });

  it('name the failing statement of a batch by running it again, one statement at a time', async () => {
    const log: string[] = [];
    const session = redshiftSession(recordingSession(/^COMMENT ON TABLE c/m, log));
    const error = await session.executeBatch!(['COMMENT ON TABLE a IS NULL', 'COMMENT ON TABLE b IS NULL', 'COMMENT ON TABLE c IS NULL', 'COMMENT ON TABLE d IS NULL']).then(
      () => null,
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(BatchStatementError);
    expect((error as BatchStatementError).index).toBe(2);
    expect((error as BatchStatementError).message).toBe('failed: COMMENT ON TABLE c IS NULL');
    expect(log.slice(1)).toEqual(['ROLLBACK', 'BEGIN', 'COMMENT ON TABLE a IS NULL', 'COMMENT ON TABLE b IS NULL', 'COMMENT ON TABLE c IS NULL']);
  });

  it('still fail a batch whose statements each succeed when run alone', async () => {
    const log: string[] = [];
    const session = redshiftSession(recordingSession(/\n;\n/, log));
    const error = await session.executeBatch!(['COMMENT ON TABLE a IS NULL', 'COMMENT ON TABLE b IS NULL']).then(
      () => null,
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(BatchStatementError);
    expect((error as BatchStatementError).index).toBe(0);
    expect((error as BatchStatementError).message).toMatch(/the batch failed; run alone, each of its statements succeeded/);
  });
});

/** A TCP server that records the first message a client sends, and answers an SSLRequest with "no". */
async function listeningServer(): Promise<{ port: number; first: Promise<Buffer>; close(): Promise<void> }> {
  let resolveFirst: (data: Buffer) => void = () => undefined;
  const first = new Promise<Buffer>((resolve) => (resolveFirst = resolve));
  const server = net.createServer((socket) => {
    socket.once('data', (data) => {
      resolveFirst(data);
      // 'N': this server does not speak TLS; then hang up, so the client fails.
      socket.end('N');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  return { port, first, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** PostgreSQL's SSLRequest: length 8, then the code 80877103. */
const SSL_REQUEST = Buffer.from([0, 0, 0, 8, 0x04, 0xd2, 0x16, 0x2f]);

describe('redshift driver connections', () => {
  let close: (() => Promise<void>) | undefined;
  afterEach(async () => {
    await close?.();
    close = undefined;
  });

  it('asks for TLS unless told not to', async () => {
    const server = await listeningServer();
    close = server.close;
    const driver = redshift.createDriver({
      service: 'warehouse',
      connection: { host: '127.0.0.1', port: server.port, user: 'revmeta', connectionRetries: 0 },
      configDir: '/',
    });
    await expect(driver.open()).rejects.toThrow(/does not support SSL/);
    expect((await server.first).subarray(0, 8)).toEqual(SSL_REQUEST);
    await driver.close();
  });

  it('sends a plain startup message with ssl: false', async () => {
    const server = await listeningServer();
    close = server.close;
    const driver = redshift.createDriver({
      service: 'warehouse',
      connection: { host: '127.0.0.1', port: server.port, user: 'revmeta', ssl: false, connectionRetries: 0 },
      configDir: '/',
    });
    await expect(driver.open()).rejects.toThrow();
    const first = await server.first;
    // StartupMessage: protocol 3.0, then user and database (dev by default), no lock_timeout.
    expect(first.readInt32BE(4)).toBe(196608);
    const parameters = first.subarray(8).toString('utf8').split('\0');
    expect(parameters).toEqual(expect.arrayContaining(['user', 'revmeta', 'database', 'dev']));
    expect(parameters).not.toContain('lock_timeout');
    await driver.close();
  });

  it('names Redshift, the user, host, port and database of a failed connect, never the password', async () => {
    const server = await listeningServer();
    const { port } = server;
    await server.close(); // nothing listens there now: the connect is refused
    const password = 'Sup3r$ecret-pw';
    const driver = redshift.createDriver({
      service: 'warehouse',
      connection: { host: '127.0.0.1', port, user: 'revmeta', password, ssl: false, connectionRetries: 0 },
      configDir: '/',
    });
    const error = await driver.open('analytics').then(
      () => new Error('connected to a closed port'),
      (caught: unknown) => caught as Error,
    );
    expect(error.message).toMatch(new RegExp(`^could not connect to Redshift as revmeta@127\\.0\\.0\\.1:${port}/analytics: .*ECONNREFUSED`));
    expect(JSON.stringify(error, Object.getOwnPropertyNames(error))).not.toContain(password);
    await driver.close();
  });
});
