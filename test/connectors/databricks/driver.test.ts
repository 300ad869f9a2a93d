/**
 * The shared Databricks driver: its `connection:` options, the options it hands to
 * `@databricks/sql`, and its behaviour through the real driver against the fake endpoint —
 * statement errors in Databricks' words, retries of transient failures (reads always, writes
 * only when nothing was sent), paged results, a silent driver logger, OAuth machine-to-machine
 * through a proxy, and secrets masked in every message.
 */
import { writeFile } from 'node:fs/promises';
import net from 'node:net';
import tls from 'node:tls';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  clientOptions,
  connectionError,
  databricksMessage,
  isTransient,
  parseDatabricksConnection,
  secretsOf,
} from '../../../src/connectors/databricks/client.js';
import { databricks } from '../../../src/connectors/databricks/index.js';
import { unitycatalog } from '../../../src/connectors/unitycatalog/index.js';
import { runCli, writeWorkspace } from '../../e2e/cli.js';
import { createCertificate, FakeDatabricksServer, removeCertificate, type Certificate, type FakeServerOptions } from './fake/server.js';
import { SparkSqlError } from './fake/spark-sql.js';
import { FakeWorkspace } from './fake/workspace.js';
import { PRINCIPALS, ucRows } from '../unitycatalog/fixtures.js';

const UC = { type: 'unitycatalog', title: 'Unity Catalog' };
const OAUTH_HOST = 'dbc-f4k3c0de-1234.cloud.databricks.com';

describe('the connection block', () => {
  it('normalises host and path and picks the token', () => {
    expect(parseDatabricksConnection(UC, { host: 'https://adb-123.4.azuredatabricks.net/', httpPath: 'sql/1.0/warehouses/abc', token: 't' }, '/cfg')).toEqual({
      host: 'adb-123.4.azuredatabricks.net',
      port: 443,
      httpPath: '/sql/1.0/warehouses/abc',
      auth: { kind: 'token', token: 't' },
      caCertPath: undefined,
      proxy: undefined,
      socketTimeout: 50_000, // timeouts.statement (45 s) + 5 s: a silent warehouse ends the plan within a minute
      connectionRetries: undefined,
    });
    // A statement timeout the service sets shortens the wait (plus 5s of grace); by default a warehouse may take minutes to start.
    const connection = { host: 'h', httpPath: '/p', token: 't' };
    expect(parseDatabricksConnection(UC, connection, '/cfg', { statementMillis: 7_000 }).socketTimeout).toBe(12_000);
    expect(parseDatabricksConnection(UC, { ...connection, socketTimeout: 900 }, '/cfg', { statementMillis: 7_000 }).socketTimeout).toBe(900);
  });

  it('takes OAuth machine-to-machine credentials, a CA relative to the config or a proxy, and digit strings', () => {
    const parsed = parseDatabricksConnection(
      UC,
      { host: 'h', httpPath: '/p', clientId: 'id', clientSecret: 's', azureTenantId: 'tenant', caCertPath: 'certs/ca.pem', port: '8443', socketTimeout: '1000', connectionRetries: '2' },
      '/cfg',
    );
    expect(parsed).toMatchObject({
      port: 8443,
      auth: { kind: 'oauth-m2m', clientId: 'id', clientSecret: 's', azureTenantId: 'tenant' },
      caCertPath: path.resolve('/cfg', 'certs/ca.pem'),
      proxy: undefined,
      socketTimeout: 1000,
      connectionRetries: 2,
    });
    // A proxy goes without caCertPath (refused together, below).
    const proxied = parseDatabricksConnection(UC, { host: 'h', httpPath: '/p', clientId: 'id', clientSecret: 's', proxy: 'http://u%40x:p%3Aw@proxy.internal' }, '/cfg');
    expect(proxied).toMatchObject({
      auth: { kind: 'oauth-m2m', clientId: 'id', clientSecret: 's', azureTenantId: undefined },
      caCertPath: undefined,
      proxy: { protocol: 'http', host: 'proxy.internal', port: 80, username: 'u@x', password: 'p:w' },
    });
    expect(parseDatabricksConnection(UC, { host: 'h', httpPath: '/p', token: 't', proxy: 'socks5://proxy.internal:1080' }).proxy).toEqual({
      protocol: 'socks5',
      host: 'proxy.internal',
      port: 1080,
      username: undefined,
      password: undefined,
    });
  });

  it.each<[string, Record<string, unknown>, RegExp]>([
    ['no credentials', { host: 'h', httpPath: '/p' }, /token must be set \(or clientId with clientSecret/],
    ['both credentials', { host: 'h', httpPath: '/p', token: 't', clientId: 'i', clientSecret: 's' }, /not both/],
    ['a client id alone', { host: 'h', httpPath: '/p', clientId: 'i' }, /token must be set/],
    ['a host with a path', { host: 'h/x', httpPath: '/p', token: 't' }, /host must be a host name/],
    ['a host with a port', { host: 'h:443', httpPath: '/p', token: 't' }, /host must be a host name/],
    ['too many retries', { host: 'h', httpPath: '/p', token: 't', connectionRetries: 11 }, /at most 10/],
    ['a bad proxy', { host: 'h', httpPath: '/p', token: 't', proxy: 'ftp://x' }, /proxy must be an http, https or socks URL/],
    ['a CA with a proxy (the driver would ignore it)', { host: 'h', httpPath: '/p', token: 't', proxy: 'http://p:1', caCertPath: 'ca.pem' }, /caCertPath must be left out when a proxy is set .*NODE_EXTRA_CA_CERTS/],
  ])('refuses %s', (_name, connection, message) => {
    expect(() => parseDatabricksConnection(UC, connection)).toThrow(message);
  });

  it.each<[string, Record<string, unknown>, RegExp]>([
    ['no credentials', { host: 'h', httpPath: '/p' }, /clientId|clientSecret/],
    ['a token and a client id', { host: 'h', httpPath: '/p', token: 't', clientId: 'i', clientSecret: 's' }, /connection/],
    ['an unknown option', { host: 'h', httpPath: '/p', token: 't', warehouse: 'x' }, /warehouse/],
    ['a host with a scheme other than https', { host: 'http://h', httpPath: '/p', token: 't' }, /host/],
  ])('validate refuses %s', async (_name, connection, message) => {
    const file = await writeWorkspace({ config: { version: 1, services: { lake: { type: 'unitycatalog', connection } } }, manifests: {} });
    const result = await runCli(['validate', '-c', file]);
    expect(result.code).toBe(1);
    expect(result.stderr + result.stdout).toMatch(message);
  });

  it('validate accepts a token or a client id with its secret, and the catalog option for the Hive metastore', async () => {
    const manifest = [{ apiVersion: 'revmeta/v1', kind: 'Database', service: 'a', name: 'main', description: 'x' }];
    const file = await writeWorkspace({
      config: {
        version: 1,
        services: {
          a: { type: 'unitycatalog', connection: { host: 'h', httpPath: '/p', token: '${T}' } },
          b: { type: 'unitycatalog', connection: { host: 'h', httpPath: '/p', clientId: 'i', clientSecret: '${S}', proxy: 'http://proxy:3128' } },
          c: { type: 'databricks', connection: { host: 'h', httpPath: '/p', token: '${T}', catalog: 'spark_catalog', concurrency: 4 } },
        },
      },
      manifests: { 'a/main.yaml': manifest },
    });
    const result = await runCli(['validate', '-c', file], { env: { T: 'dapi1', S: 'secret' } });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
  });
});

describe('the options handed to @databricks/sql', () => {
  it('uses the token, no telemetry, a revmeta user agent', async () => {
    const options = await clientOptions(parseDatabricksConnection(UC, { host: 'h', httpPath: '/p', token: 'dapi1' }));
    expect(options).toMatchObject({ host: 'h', port: 443, path: '/p', authType: 'access-token', token: 'dapi1', telemetryEnabled: false, userAgentEntry: 'revmeta' });
    expect(options).not.toHaveProperty('customCaCert');
    expect(options).not.toHaveProperty('proxy');
  });

  it('uses Databricks OAuth for a client id and secret (Entra ID with a tenant), the CA file, the proxy', async () => {
    const certificate = createCertificate();
    try {
      const m2m = await clientOptions(parseDatabricksConnection(UC, { host: 'h', httpPath: '/p', clientId: 'id', clientSecret: 's', caCertPath: certificate.certPath }));
      expect(m2m).toMatchObject({ authType: 'databricks-oauth', oauthClientId: 'id', oauthClientSecret: 's', useDatabricksOAuthInAzure: true, customCaCert: certificate.cert });
      const proxied = await clientOptions(parseDatabricksConnection(UC, { host: 'h', httpPath: '/p', token: 't', proxy: 'http://u:pw@proxy:3128' }));
      expect(proxied).toMatchObject({ proxy: { protocol: 'http', host: 'proxy', port: 3128, auth: { username: 'u', password: 'pw' } } });
      const entra = await clientOptions(parseDatabricksConnection(UC, { host: 'h', httpPath: '/p', clientId: 'id', clientSecret: 's', azureTenantId: 't' }));
      expect(entra).toMatchObject({ authType: 'databricks-oauth', azureTenantId: 't' });
      expect(entra).not.toHaveProperty('useDatabricksOAuthInAzure');
      await expect(clientOptions(parseDatabricksConnection(UC, { host: 'h', httpPath: '/p', token: 't', caCertPath: '/nonexistent/ca.pem' }))).rejects.toThrow(
        'cannot read caCertPath /nonexistent/ca.pem (ENOENT)',
      );
    } finally {
      removeCertificate(certificate);
    }
  });
});

describe('messages', () => {
  it('masks every form of every secret', () => {
    const target = parseDatabricksConnection(UC, { host: 'h', httpPath: '/p', clientId: 'app', clientSecret: 'dose/cret+1', proxy: 'http://u:pr%40xy@proxy:1' });
    const secrets = secretsOf(target);
    const basic = Buffer.from('app:dose/cret+1').toString('base64');
    const error = new Error(`failed with dose/cret+1, dose%2Fcret%2B1, Basic ${basic}, pr@xy and pr%40xy`);
    const message = connectionError(UC, error, target).message;
    for (const secret of ['dose/cret+1', 'dose%2Fcret%2B1', basic, 'pr@xy', 'pr%40xy']) expect(message).not.toContain(secret);
    expect(message).toContain('could not connect to Unity Catalog at https://h/p as OAuth client app: failed with ***');
    expect(secrets.length).toBeGreaterThan(0);
  });

  it("prefers Databricks' display message and adds the SQLSTATE", () => {
    expect(databricksMessage({ message: 'The operation failed due to an error', response: { displayMessage: '[X] y.', errorMessage: 'long stack', sqlState: '42000' } })).toBe('[X] y. (SQLSTATE 42000)');
    expect(databricksMessage({ message: '', response: { errorMessage: 'only this', sqlState: null } })).toBe('only this');
    expect(databricksMessage({ statusCode: 404 })).toBe('HTTP 404: no SQL endpoint at this httpPath');
    expect(databricksMessage(Object.assign(new Error('self-signed certificate'), { code: 'DEPTH_ZERO_SELF_SIGNED_CERT' }))).toMatch(/set caCertPath/);
  });

  it('retries refused and reset connections and busy gateways, not authentication or SQL errors', () => {
    expect(isTransient(Object.assign(new Error('x'), { code: 'ECONNREFUSED' }))).toBe(true);
    expect(isTransient({ errno: 'ECONNRESET' })).toBe(true);
    expect(isTransient({ statusCode: 503 })).toBe(true);
    expect(isTransient({ statusCode: 429 })).toBe(true);
    expect(isTransient({ statusCode: 403 })).toBe(false);
    expect(isTransient(new SparkSqlError('PARSE_SYNTAX_ERROR', 'x', '42601'))).toBe(false);
  });
});

describe('through @databricks/sql against the fake endpoint', () => {
  let certificate: Certificate;
  let server: FakeDatabricksServer | undefined;
  beforeAll(() => {
    certificate = createCertificate([OAUTH_HOST]);
  });
  afterAll(() => {
    removeCertificate(certificate);
  });
  afterEach(async () => {
    await server?.stop();
    server = undefined;
  });

  async function start(options: Partial<FakeServerOptions> = {}): Promise<FakeDatabricksServer> {
    const workspace = FakeWorkspace.fromInformationSchema(ucRows(), { mode: 'uc', principals: PRINCIPALS });
    server = await new FakeDatabricksServer({ workspace, certificate, ...options }).start();
    return server;
  }

  it("fails a statement with Databricks' message, and reads rows of every type across pages", async () => {
    const fake = await start({ directResults: false, pageSize: 2 });
    const driver = unitycatalog.createDriver({ service: 'lake', connection: fake.connection(), configDir: '/' });
    try {
      const session = await driver.open('main');
      await expect(session.execute('COMMENT ON TABLE `main`.`sales`.`nope` IS NULL')).rejects.toThrow(
        '[TABLE_OR_VIEW_NOT_FOUND] The table or view `main`.`sales`.`nope` cannot be found. SQLSTATE: 42P01',
      );
      await expect(session.execute("COMMENT ON TABLE `main`.`sales`.`orders` IS 'a' 'b' oops")).rejects.toThrow(/\[PARSE_SYNTAX_ERROR\] Syntax error at or near 'oops'/);
      const rows = await session.query('SELECT table_name, column_name, ordinal_position, comment FROM system.information_schema.columns WHERE table_catalog = \'main\'');
      expect(rows).toHaveLength(11);
      expect(rows[0]).toEqual({ table_name: 'orders', column_name: 'id', ordinal_position: 0, comment: 'Surrogate key' });
      expect(rows[2]).toEqual({ table_name: 'orders', column_name: 'amount', ordinal_position: 2, comment: null });
      expect(fake.calls.filter((c) => c.method === 'FetchResults').length).toBeGreaterThanOrEqual(6);
      await expect(session.begin()).rejects.toThrow('Unity Catalog DDL is not transactional');
    } finally {
      await driver.close();
    }
    expect(fake.sessions.size).toBe(0);
    expect(fake.operations.size).toBe(0);
  });

  it('retries a connect refused by a busy gateway, then reads; a write is not sent twice', async () => {
    const fake = await start({ httpFailures: [503, 503] });
    const driver = unitycatalog.createDriver({ service: 'lake', connection: fake.connection({ connectionRetries: 2 }), configDir: '/' });
    try {
      const session = await driver.open();
      expect(fake.calls.map((c) => c.method)).toEqual(['OpenSession']);
      fake.options.httpFailures = [503];
      await expect(session.query('SELECT catalog_name FROM system.information_schema.catalogs WHERE catalog_name = \'main\'')).resolves.toEqual([{ catalog_name: 'main' }]);
      fake.options.httpFailures = [503];
      await expect(session.execute("COMMENT ON CATALOG `main` IS 'x'")).rejects.toThrow('HTTP 503');
      expect(fake.writes).toEqual([]);
    } finally {
      await driver.close();
    }
  }, 30_000);

  it('gives up connecting after the configured retries, naming the attempts', async () => {
    const closed = await new Promise<number>((resolve) => {
      const probe = net.createServer().listen(0, '127.0.0.1', () => {
        const { port } = probe.address() as net.AddressInfo;
        probe.close(() => resolve(port));
      });
    });
    const driver = unitycatalog.createDriver({
      service: 'lake',
      connection: { host: '127.0.0.1', port: closed, httpPath: '/sql/1.0/warehouses/x', token: 'dapi-secret-token', connectionRetries: 1 },
      configDir: '/',
    });
    const writes = vi.spyOn(process.stdout, 'write');
    const errors = vi.spyOn(process.stderr, 'write');
    const logs = vi.spyOn(console, 'log');
    try {
      const failure = await driver.open().then(
        (): Error => { throw new Error('open() was expected to fail'); },
        (error: unknown) => error as Error,
      );
      expect(failure).toBeInstanceOf(Error);
      expect(failure.message).toMatch(new RegExp(`^could not connect to Unity Catalog at https://127\\.0\\.0\\.1:${closed}/sql/1\\.0/warehouses/x with a token \\(after 2 attempts\\): .*ECONNREFUSED`));
      expect(failure.message).not.toContain('dapi-secret-token');
      // The driver's own logger stays silent: revmeta reports the failure itself.
      expect(writes).not.toHaveBeenCalled();
      expect(errors).not.toHaveBeenCalled();
      expect(logs).not.toHaveBeenCalled();
    } finally {
      writes.mockRestore();
      errors.mockRestore();
      logs.mockRestore();
      await driver.close();
    }
  }, 30_000);

  it('authenticates with OAuth machine-to-machine through a proxy, the real driver fetching the token', async () => {
    const fake = await start({ oauth: { clientId: 'revmeta-sp', clientSecret: 'dose-m2m-secret' } });
    const proxyPort = await fake.startProxy();
    const connection = { host: OAUTH_HOST, httpPath: fake.httpPath, clientId: 'revmeta-sp', clientSecret: 'dose-m2m-secret', proxy: `http://127.0.0.1:${proxyPort}`, connectionRetries: 0 };
    // Through a proxy the driver verifies the warehouse against the system's CAs only (caCertPath
    // is refused there): trust the fake's certificate as NODE_EXTRA_CA_CERTS would.
    const connect = tls.connect;
    const trusting = vi.spyOn(tls, 'connect').mockImplementation(((options: tls.ConnectionOptions, ...rest: unknown[]) =>
      (connect as (...args: unknown[]) => tls.TLSSocket)(options.servername === OAUTH_HOST ? { ...options, ca: [...tls.rootCertificates, certificate.cert] } : options, ...rest)) as typeof tls.connect);
    let trusted = 0;
    const driver = databricks.createDriver({ service: 'hms', connection, configDir: '/' });
    try {
      const session = await driver.open();
      expect(await session.query('SELECT current_version().dbsql_version AS v')).toEqual([{ v: '2025.35' }]);
    } finally {
      await driver.close();
    }
    expect(fake.tokenRequests).toEqual(['grant_type=client_credentials scope=all-apis']);
    expect(fake.proxied.every((target) => target === `${OAUTH_HOST}:443`)).toBe(true);
    expect(fake.proxied.length).toBeGreaterThan(0);

    const wrong = databricks.createDriver({ service: 'hms', connection: { ...connection, clientSecret: 'dose-wrong-secret' }, configDir: '/' });
    try {
      const failure = await wrong.open().then(
        (): Error => { throw new Error('open() was expected to fail'); },
        (error: unknown) => error as Error,
      );
      expect(failure.message).toMatch(new RegExp(`^could not connect to Databricks \\(Hive metastore\\) at https://${OAUTH_HOST.replaceAll('.', '\\.')}/sql/1\\.0/warehouses/\\S+ as OAuth client revmeta-sp: .*invalid_client`));
      expect(failure.message).not.toContain('dose-wrong-secret');
    } finally {
      await wrong.close();
      // Counted before mockRestore, which also clears the calls.
      trusted = trusting.mock.calls.filter(([options]) => (options as tls.ConnectionOptions | undefined)?.servername === OAUTH_HOST).length;
      trusting.mockRestore();
    }
    // The warehouse's TLS went through the tunnel (tls.connect over the proxy's socket).
    expect(trusted).toBeGreaterThan(0);
  }, 30_000);

  it('keeps a failed statement out of the operations and closes what it opened', async () => {
    const fake = await start({
      beforeStatement: (sql) => {
        if (sql.includes('boom')) throw new SparkSqlError('INTERNAL_ERROR', 'boom', 'XX000');
      },
    });
    const driver = unitycatalog.createDriver({ service: 'lake', connection: fake.connection(), configDir: '/' });
    try {
      const session = await driver.open();
      await expect(session.execute("COMMENT ON CATALOG `main` IS 'boom'")).rejects.toThrow('[INTERNAL_ERROR] boom SQLSTATE: XX000');
      await session.close();
      // The session is the driver's: still usable after a view on it is closed.
      await (await driver.open()).execute("COMMENT ON CATALOG `main` IS 'fine'");
    } finally {
      await driver.close();
    }
    expect(fake.workspace.catalog('main').comment).toBe('fine');
    expect(fake.operations.size).toBe(0);
    expect(fake.calls.map((c) => c.method).at(-1)).toBe('CloseSession');
  });

  it('writes a CA file that the config names relative to itself', async () => {
    const fake = await start();
    const file = await writeWorkspace({
      config: { version: 1, services: { lake: { type: 'unitycatalog', connection: { ...fake.connection(), caCertPath: 'ca.pem', token: '${T}' } } } },
      manifests: { 'lake/main.yaml': [{ apiVersion: 'revmeta/v1', kind: 'Database', service: 'lake', name: 'main', description: 'Main catalog' }] },
    });
    await writeFile(path.join(path.dirname(file), 'ca.pem'), certificate.cert);
    const planned = await runCli(['plan', '-c', file, '--detailed-exitcode'], { env: { T: fake.token } });
    expect(planned.stderr).toBe('');
    expect(planned.code).toBe(0);
  });
});
