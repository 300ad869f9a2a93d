/**
 * The athena driver through the real Glue client against a scriptable endpoint (fake-glue.ts):
 * connection options, pages, what UpdateTable sends (VersionId, SkipArchive, CatalogId,
 * timestamps), one request per table with Glue's own stale-version refusal, retries (throttling and 5xx, never a
 * validation error), and credentials kept out of messages.
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { connectionSchema, parseConnection, withoutNodeVersionWarning } from '../../../src/connectors/athena/driver.js';
import { athena } from '../../../src/connectors/athena/index.js';
import { epoch, glueCatalog, startFakeGlue, STALE_VERSION_ERROR, type FakeAnswer, type FakeGlue, type FakeRequest } from './fake-glue.js';
import { change, DATABASE, SERVICE } from './fixtures.js';
import { tableKey } from '../../../src/connectors/athena/sql.js';
import type { ApiRequest } from '../../../src/connectors/types.js';
import { statementText } from '../../../src/model/change.js';

const KEYS = { accessKeyId: 'AKIAFAKEGLUE00000001', secretAccessKey: 'fake-glue-secret-never-printed', sessionToken: 'fake-session-token-never-printed' };

describe('athena connection options', () => {
  it('reads defaults and digit strings', () => {
    expect(parseConnection({ region: 'eu-west-1' })).toEqual({
      region: 'eu-west-1',
      profile: undefined,
      credentials: undefined,
      endpoint: undefined,
      catalogId: undefined,
      databaseName: 'AwsDataCatalog',
      workgroup: 'primary',
      outputLocation: undefined,
      // Every attempt of a request together stays within timeouts.statement + 5s (50 s): 4 attempts of 12.5 s.
      requestTimeout: 12_500,
      connectTimeout: 10_000,
      queryTimeout: 300000,
      connectionRetries: 3,
    });
    // The service's timeouts.connect bounds the connection of each request.
    expect(parseConnection({ region: 'r' }, { connectMillis: 2_000, statementMillis: 7_000, lockMillis: 1 })).toMatchObject({ connectTimeout: 2_000, requestTimeout: 3_000 });
    expect(
      parseConnection({ region: 'r', ...KEYS, endpoint: 'http://x', catalogId: '1', databaseName: 'lake', workgroup: 'w', outputLocation: 's3://o/', requestTimeout: '5', queryTimeout: '6', connectionRetries: '0' }),
    ).toMatchObject({ credentials: KEYS, requestTimeout: 5, queryTimeout: 6, connectionRetries: 0, databaseName: 'lake', catalogId: '1' });
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['no region', {}, 'invalid athena connection: region must be a non-empty string'],
    ['a key without its secret', { region: 'r', accessKeyId: 'a' }, 'accessKeyId must be given together with secretAccessKey'],
    ['a secret without its key', { region: 'r', secretAccessKey: 's' }, 'accessKeyId must be given together with secretAccessKey'],
    ['a session token alone', { region: 'r', sessionToken: 't' }, 'sessionToken must be given with accessKeyId and secretAccessKey'],
    ['a profile and keys', { region: 'r', profile: 'p', accessKeyId: 'a', secretAccessKey: 's' }, 'profile must be left out when accessKeyId is given'],
    ['an endpoint that is no URL', { region: 'r', endpoint: 'localhost:4566' }, 'endpoint must be an http:// or https:// URL'],
    ['too many retries', { region: 'r', connectionRetries: 11 }, 'connectionRetries must be at most 10'],
  ])('refuses %s', (_name, connection, message) => {
    expect(() => parseConnection(connection)).toThrow(message);
  });

  it('declares the same rules in its JSON schema', () => {
    expect(connectionSchema).toMatchObject({
      required: ['region'],
      additionalProperties: false,
      dependencies: { accessKeyId: ['secretAccessKey'], secretAccessKey: ['accessKeyId'], sessionToken: ['accessKeyId'] },
    });
  });
});

describe('the NodeVersionSupportWarning filter', () => {
  it('drops that warning only, and only while a client is created', () => {
    const emitted = vi.spyOn(process, 'emitWarning').mockImplementation(() => undefined);
    try {
      const original = process.emitWarning;
      const value = withoutNodeVersionWarning(() => {
        process.emitWarning('NodeVersionSupportWarning: The AWS SDK for JavaScript (v3) ...');
        process.emitWarning(new Error('NodeVersionSupportWarning: as an Error'));
        process.emitWarning('Something else', 'DeprecationWarning');
        return 42;
      });
      expect(value).toBe(42);
      expect(emitted.mock.calls).toEqual([['Something else', 'DeprecationWarning']]);
      expect(process.emitWarning).toBe(original);
    } finally {
      emitted.mockRestore();
    }
  });
});

describe('athena driver against a scriptable Glue endpoint', () => {
  let fake: FakeGlue;
  beforeAll(async () => {
    fake = await startFakeGlue(() => ({ status: 500, error: 'InternalServiceException', message: 'no handler' }));
  });
  afterAll(async () => {
    await fake.close();
  });
  afterEach(() => {
    fake.requests.length = 0;
  });

  const driverWith = (connection: Record<string, unknown> = {}) =>
    athena.createDriver({ service: SERVICE, configDir: '/', connection: { region: 'eu-west-1', endpoint: fake.endpoint, ...KEYS, ...connection } });

  const table = (name: string, extra: Record<string, unknown> = {}) => ({
    Name: name,
    DatabaseName: 'sales',
    VersionId: '4',
    TableType: 'EXTERNAL_TABLE',
    StorageDescriptor: { Columns: [{ Name: 'id', Type: 'bigint' }] },
    ...extra,
  });

  it('reads every page of GetDatabases and GetTables, 100 at a time, and counts each request', async () => {
    fake.handle = ({ operation, body }: FakeRequest): FakeAnswer => {
      if (operation === 'GetDatabases') {
        return body.NextToken === undefined
          ? { body: { DatabaseList: [{ Name: 'sales' }], NextToken: 'db-2' } }
          : { body: { DatabaseList: [{ Name: 'other' }, { Name: 'hr', Description: 'People' }] } };
      }
      if (operation === 'GetTables' && body.DatabaseName === 'sales') {
        const page = (body.NextToken as string | undefined) ?? 't-1';
        const next = { 't-1': 't-2', 't-2': 't-3', 't-3': undefined }[page];
        return { body: { TableList: [table(`table_${page}`)], ...(next ? { NextToken: next } : {}) } };
      }
      if (operation === 'GetTables') return { body: { TableList: [], NextToken: '' } };
      return { status: 400, error: 'InvalidInputException', message: `unexpected ${operation}` };
    };
    const driver = driverWith({ catalogId: '210987654321' });
    try {
      const result = await athena.introspect(driver, { service: SERVICE, databases: [DATABASE], schemas: { [DATABASE]: ['sales', 'HR'] } });
      expect(result.queries).toBe(2 + 3 + 1);
      expect(result.observed.databases[0]!.children.map((schema) => [schema.name, schema.description, schema.children.map((t) => t.name)])).toEqual([
        ['hr', 'People', []],
        ['sales', null, ['table_t-1', 'table_t-2', 'table_t-3']],
      ]);
      expect(fake.requests.map((r) => [r.operation, r.body])).toEqual([
        ['GetDatabases', { CatalogId: '210987654321', MaxResults: 100 }],
        ['GetDatabases', { CatalogId: '210987654321', MaxResults: 100, NextToken: 'db-2' }],
        ['GetTables', { CatalogId: '210987654321', DatabaseName: 'sales', MaxResults: 100 }],
        ['GetTables', { CatalogId: '210987654321', DatabaseName: 'sales', MaxResults: 100, NextToken: 't-2' }],
        ['GetTables', { CatalogId: '210987654321', DatabaseName: 'sales', MaxResults: 100, NextToken: 't-3' }],
        ['GetTables', { CatalogId: '210987654321', DatabaseName: 'hr', MaxResults: 100 }],
      ]);
      // Signed with the configured credentials.
      expect(String(fake.requests[0]!.headers.authorization)).toContain(`Credential=${KEYS.accessKeyId}/`);
      expect(fake.requests[0]!.headers['x-amz-security-token']).toBe(KEYS.sessionToken);
    } finally {
      await driver.close();
    }
  });

  it('signs with the keys of a named profile of the shared credentials file', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'revmeta-aws-'));
    await writeFile(path.join(dir, 'credentials'), '[default]\naws_access_key_id = AKIADEFAULTNOTUSED01\naws_secret_access_key = x\n\n[analytics]\naws_access_key_id = AKIAPROFILEANALYTICS\naws_secret_access_key = profile-secret\n');
    await writeFile(path.join(dir, 'config'), '');
    const saved = { file: process.env.AWS_SHARED_CREDENTIALS_FILE, config: process.env.AWS_CONFIG_FILE, key: process.env.AWS_ACCESS_KEY_ID, secret: process.env.AWS_SECRET_ACCESS_KEY };
    process.env.AWS_SHARED_CREDENTIALS_FILE = path.join(dir, 'credentials');
    process.env.AWS_CONFIG_FILE = path.join(dir, 'config');
    delete process.env.AWS_ACCESS_KEY_ID;
    delete process.env.AWS_SECRET_ACCESS_KEY;
    fake.handle = () => ({ body: { DatabaseList: [] } });
    const driver = athena.createDriver({ service: SERVICE, configDir: '/', connection: { region: 'eu-west-1', endpoint: fake.endpoint, profile: 'analytics' } });
    try {
      await athena.introspect(driver, { service: SERVICE, databases: 'all' });
      expect(String(fake.requests[0]!.headers.authorization)).toContain('Credential=AKIAPROFILEANALYTICS/');
    } finally {
      await driver.close();
      for (const [name, value] of [
        ['AWS_SHARED_CREDENTIALS_FILE', saved.file],
        ['AWS_CONFIG_FILE', saved.config],
        ['AWS_ACCESS_KEY_ID', saved.key],
        ['AWS_SECRET_ACCESS_KEY', saved.secret],
      ] as const) {
        if (value === undefined) delete process.env[name];
        else process.env[name] = value;
      }
    }
  });

  it('sends UpdateTable with the version read, SkipArchive, the catalog, and timestamps as Glue takes them', async () => {
    const read = table('orders', { LastAccessTime: epoch('2024-03-04T05:06:07.250Z'), Parameters: { EXTERNAL: 'TRUE' }, CreateTime: epoch('2024-01-01T00:00:00Z') });
    fake.handle = ({ operation }) => (operation === 'GetTable' ? { body: { Table: read } } : operation === 'UpdateTable' ? { body: {} } : { status: 400, error: 'InvalidInputException', message: operation });
    const driver = driverWith({ catalogId: '210987654321' });
    try {
      const context = await athena.readCompileContext!(driver, [change({ kind: 'table', database: DATABASE, schema: 'sales', table: 'orders', relation: 'table' }, 'description', 'Orders')]);
      expect(context[tableKey('sales', 'orders')]).toEqual({
        catalogId: '210987654321',
        databaseName: 'sales',
        versionId: '4',
        tableInput: {
          Name: 'orders',
          LastAccessTime: '2024-03-04T05:06:07.250Z',
          Parameters: { EXTERNAL: 'TRUE' },
          StorageDescriptor: { Columns: [{ Name: 'id', Type: 'bigint' }] },
          TableType: 'EXTERNAL_TABLE',
        },
      });
      const [statement] = athena.dialect.compile(
        [change({ kind: 'table', database: DATABASE, schema: 'sales', table: 'orders', relation: 'table' }, 'description', 'Orders')],
        {},
        context,
      );
      fake.requests.length = 0;
      const session = await driver.open();
      expect(statement!.request?.kind).toBe('glue.UpdateTable');
      await session.send!(statement!.request!);
      expect(fake.requests.map((r) => [r.operation, r.body])).toEqual([
        [
          'UpdateTable',
          {
            CatalogId: '210987654321',
            DatabaseName: 'sales',
            VersionId: '4',
            SkipArchive: true,
            TableInput: {
              Name: 'orders',
              Description: 'Orders',
              LastAccessTime: epoch('2024-03-04T05:06:07.250Z'),
              Parameters: { EXTERNAL: 'TRUE', comment: 'Orders' },
              StorageDescriptor: { Columns: [{ Name: 'id', Type: 'bigint' }] },
              TableType: 'EXTERNAL_TABLE',
            },
          },
        ],
      ]);
    } finally {
      await driver.close();
    }
  });

  it('sends one UpdateTable per table, carrying all of its changes (its description and three column comments)', async () => {
    const columns = [
      { Name: 'id', Type: 'bigint' },
      { Name: 'email', Type: 'string' },
      { Name: 'total', Type: 'double' },
    ];
    fake.handle = ({ operation }) =>
      operation === 'GetTable' ? { body: { Table: table('orders', { StorageDescriptor: { Columns: columns } }) } } : operation === 'UpdateTable' ? { body: {} } : { status: 400, error: 'InvalidInputException', message: operation };
    const driver = driverWith();
    try {
      const orders = { kind: 'table', database: DATABASE, schema: 'sales', table: 'orders', relation: 'table' } as const;
      const changes = [
        change(orders, 'description', 'Orders'),
        ...['id', 'email', 'total'].map((name) => change({ ...orders, kind: 'column', column: name }, 'description', `The ${name}`)),
      ];
      const context = await athena.readCompileContext!(driver, changes);
      const statements = athena.dialect.compile(changes, {}, context);
      expect(statements.map((statement) => [statement.request?.kind, statement.changes])).toEqual([['glue.UpdateTable', [0, 1, 2, 3]]]);
      fake.requests.length = 0;
      const session = await driver.open();
      await session.send!(statements[0]!.request!);
      expect(fake.requests.map((r) => r.operation)).toEqual(['UpdateTable']);
      const sent = fake.requests[0]!.body as { TableInput: { Description: string; StorageDescriptor: { Columns: Array<{ Comment?: string }> } } };
      expect(sent.TableInput.Description).toBe('Orders');
      expect(sent.TableInput.StorageDescriptor.Columns.map((column) => column.Comment)).toEqual(['The id', 'The email', 'The total']);
    } finally {
      await driver.close();
    }
  });

  describe('one request per table, Glue checking the version', () => {
    const names = ['orders', 'customers', 'payments'];
    const orders = (name: string) => ({ kind: 'table', database: DATABASE, schema: 'sales', table: name, relation: 'table' }) as const;
    const changes = names.flatMap((name) => [change(orders(name), 'description', `The ${name}`), change({ ...orders(name), kind: 'column', column: 'id' }, 'description', `Key of ${name}`)]);
    /** Plans the three tables' changes against a fresh catalog: their statements and the catalog. */
    const planned = async (driver: ReturnType<typeof driverWith>) => {
      const catalog = glueCatalog('sales', names.map((name) => table(name)));
      fake.handle = catalog.handle;
      const statements = athena.dialect.compile(changes, {}, await athena.readCompileContext!(driver, changes));
      fake.requests.length = 0;
      return { catalog, statements };
    };

    it('reads the changing tables for the plan 4 at a time', async () => {
      const many = Array.from({ length: 12 }, (_, i) => `t${i}`);
      const catalog = glueCatalog('sales', many.map((name) => table(name)));
      fake.handle = catalog.handle;
      fake.latencyMs = 200;
      fake.maxInFlight = 0;
      const driver = driverWith();
      try {
        const context = await athena.readCompileContext!(driver, many.map((name) => change(orders(name), 'description', 'x')));
        expect(Object.keys(context)).toEqual(many.map((name) => tableKey('sales', name)));
        expect(fake.requests.map((r) => r.operation)).toEqual(many.map(() => 'GetTable'));
        expect(fake.maxInFlight).toBe(4);
      } finally {
        fake.latencyMs = 0;
        await driver.close();
      }
    });

    it('sends each table its UpdateTable and nothing else', async () => {
      const driver = driverWith();
      try {
        const { catalog, statements } = await planned(driver);
        const session = await driver.open();
        for (const statement of statements) await session.send!(statement.request!);
        expect(fake.requests.map((r) => [r.operation, r.body.VersionId])).toEqual(names.map(() => ['UpdateTable', '4']));
        expect(names.map((name) => [catalog.tables.get(name)!.VersionId, catalog.tables.get(name)!.Description])).toEqual(names.map((name) => ['5', `The ${name}`]));
      } finally {
        await driver.close();
      }
    });

    it('leaves a table another writer changed after the plan as they wrote it, and says which versions', async () => {
      const driver = driverWith();
      try {
        const { catalog, statements } = await planned(driver);
        const theirs = { ...table('orders', { VersionId: '5' }), Parameters: { 'changed.by': 'someone else' } };
        catalog.tables.set('orders', theirs);
        const session = await driver.open();
        await expect(session.send!(statements[0]!.request!)).rejects.toThrow(
          'Glue table "sales"."orders" changed since the plan read it (version 4 then, 5 now); nothing was written to it: plan again',
        );
        expect(catalog.tables.get('orders')).toEqual(theirs);
        // Refused by Glue, read once to name the version, not sent again.
        expect(fake.requests.map((r) => r.operation)).toEqual(['UpdateTable', 'GetTable']);
      } finally {
        await driver.close();
      }
    });

    it('sends the request once more when Glue reports a concurrent modification but the version did not move', async () => {
      const driver = driverWith();
      try {
        const { catalog, statements } = await planned(driver);
        let refusals = 1;
        fake.handle = (request) => (request.operation === 'UpdateTable' && refusals-- > 0 ? STALE_VERSION_ERROR : catalog.handle(request));
        const session = await driver.open();
        await session.send!(statements[0]!.request!);
        expect(fake.requests.map((r) => [r.operation, r.body.VersionId])).toEqual([
          ['UpdateTable', '4'],
          ['GetTable', undefined],
          ['UpdateTable', '4'],
        ]);
        expect(catalog.tables.get('orders')!.Description).toBe('The orders');
      } finally {
        await driver.close();
      }
    });
  });

  it('executes Athena SQL only: a Glue request written as text is refused, and nothing is sent', async () => {
    fake.handle = ({ operation }) => (operation === 'GetTable' ? { body: { Table: table('orders') } } : { body: {} });
    const driver = driverWith();
    try {
      const session = await driver.open();
      await expect(session.execute(statement)).rejects.toThrow(/a Glue request is sent as a typed plan statement, not as text/);
      expect(fake.requests).toEqual([]);
    } finally {
      await driver.close();
    }
  });

  const request: ApiRequest = { kind: 'glue.UpdateTable', input: { DatabaseName: 'sales', VersionId: '4', SkipArchive: true, TableInput: { Name: 'orders', Description: 'x' } } };
  const statement = statementText(request);

  it('reports Glue refusing a stale version (ConcurrentModificationException) with the version it has now, and does not ask again', async () => {
    fake.handle = ({ operation }) => (operation === 'GetTable' ? { body: { Table: table('orders', { VersionId: '5' }) } } : STALE_VERSION_ERROR);
    const driver = driverWith();
    try {
      const session = await driver.open();
      await expect(session.send!(request)).rejects.toThrow(
        'Glue table "sales"."orders" changed since the plan read it (version 4 then, 5 now); nothing was written to it: plan again',
      );
      expect(fake.requests.map((r) => r.operation)).toEqual(['UpdateTable', 'GetTable']);

      // Refused again after a read that showed the same version: the one retry is spent.
      fake.requests.length = 0;
      fake.handle = ({ operation }) => (operation === 'GetTable' ? { body: { Table: table('orders') } } : STALE_VERSION_ERROR);
      await expect(session.send!(request)).rejects.toThrow(
        'Glue table "sales"."orders" changed since the plan read it (version 4 then, a newer one now); nothing was written to it: plan again',
      );
      expect(fake.requests.map((r) => r.operation)).toEqual(['UpdateTable', 'GetTable', 'UpdateTable']);
    } finally {
      await driver.close();
    }
  });

  it('retries throttling and server errors, then succeeds', async () => {
    let failures = 0;
    fake.handle = ({ operation }) => {
      if (operation === 'GetTable') return { body: { Table: table('orders') } };
      failures++;
      if (failures === 1) return { status: 400, error: 'ThrottlingException', message: 'Rate exceeded' };
      if (failures === 2) return { status: 503, error: 'InternalServiceException', message: 'try again' };
      return { body: {} };
    };
    const driver = driverWith();
    try {
      const session = await driver.open();
      await session.send!(request);
      expect(fake.requests.map((r) => r.operation)).toEqual(['UpdateTable', 'UpdateTable', 'UpdateTable']);
    } finally {
      await driver.close();
    }
  });

  it('gives up after connectionRetries and says how often it tried', async () => {
    fake.handle = () => ({ status: 500, error: 'InternalServiceException', message: 'down' });
    const driver = driverWith({ connectionRetries: 1 });
    try {
      const catalog = await (driver as unknown as { catalog(): Promise<{ databases(): Promise<unknown> }> }).catalog();
      await expect(catalog.databases()).rejects.toThrow('Glue GetDatabases failed (after 2 attempts): InternalServiceException: down');
      expect(fake.requests).toHaveLength(2);
    } finally {
      await driver.close();
    }
  });

  it.each([
    ['InvalidInputException', 'Column comment is too long'],
    ['AccessDeniedException', 'User: arn:aws:iam::1:user/x is not authorized to perform: glue:UpdateTable'],
    ['EntityNotFoundException', 'Table orders not found'],
  ])('never retries %s', async (error, message) => {
    fake.handle = ({ operation }) => (operation === 'GetTable' ? { body: { Table: table('orders') } } : { status: 400, error, message });
    const driver = driverWith();
    try {
      const session = await driver.open();
      await expect(session.send!(request)).rejects.toThrow(`Glue UpdateTable of "sales"."orders" failed: ${error}: ${message}`);
      expect(fake.requests.map((r) => r.operation)).toEqual(['UpdateTable']);
    } finally {
      await driver.close();
    }
  });

  it('keeps the access key, the secret and the session token out of every message', async () => {
    fake.handle = () => ({
      status: 403,
      error: 'UnrecognizedClientException',
      message: `The security token ${KEYS.sessionToken} for ${KEYS.accessKeyId} with secret ${KEYS.secretAccessKey} is invalid`,
    });
    const driver = driverWith();
    try {
      const catalog = await (driver as unknown as { catalog(): Promise<{ databases(): Promise<unknown> }> }).catalog();
      const error = (await catalog.databases().catch((e: unknown) => e)) as Error;
      expect(error.message).toBe('Glue GetDatabases failed: UnrecognizedClientException: The security token *** for *** with secret *** is invalid');
    } finally {
      await driver.close();
    }
  });

  it('fails in bounded time, naming the endpoint problem, when nothing listens', async () => {
    const driver = athena.createDriver({
      service: SERVICE,
      configDir: '/',
      connection: { region: 'eu-west-1', endpoint: 'http://127.0.0.1:9', ...KEYS, connectionRetries: 0 },
    });
    try {
      const catalog = await (driver as unknown as { catalog(): Promise<{ databases(): Promise<unknown> }> }).catalog();
      await expect(catalog.databases()).rejects.toThrow(/^Glue GetDatabases failed: .*ECONNREFUSED/);
    } finally {
      await driver.close();
    }
  });
});

describe('athena against a Glue endpoint that accepts and never answers', () => {
  it('ends the catalog read, retries included, after about timeouts.statement plus 5s', async () => {
    const { createServer } = await import('node:net');
    const sockets: import('node:net').Socket[] = [];
    const silent = createServer((socket) => sockets.push(socket));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const { port } = silent.address() as { port: number };
    const driver = athena.createDriver({
      service: SERVICE,
      configDir: '/',
      connection: { region: 'us-east-1', endpoint: `http://127.0.0.1:${port}`, accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret', connectionRetries: 3 },
      timeouts: { statementMillis: 500 },
    });
    const started = Date.now();
    try {
      await expect(athena.introspect(driver, { service: SERVICE, databases: [DATABASE] })).rejects.toThrow();
      // 4 attempts share 5.5 s (plus the SDK's short backoff), not 4 × 30 s.
      expect(Date.now() - started).toBeLessThan(15_000);
    } finally {
      await driver.close();
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => silent.close(() => resolve()));
    }
  }, 180_000);
});
