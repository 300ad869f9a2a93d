/**
 * The bigquery driver's connection handling through the real client: options and their
 * contradictions, authentication against the fake (a wrong token fails at connect), the
 * client's retries of transient answers, errors that carry the service's words, and
 * secrets (token, private key, credentials text) never in a message.
 */
import { readdir, readFile } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseConnection, serviceMessage } from '../../../src/connectors/bigquery/driver.js';
import type { JsonObject } from '../../../src/model/change.js';
import { startFakeBigQuery, type FakeBigQuery } from './fake/server.js';
import { createDriver, PROJECT } from './fixtures.js';

const PRIVATE_KEY = '-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7\nsecretsecretsecretsecret\n-----END PRIVATE KEY-----\n';
const CREDENTIALS = { type: 'service_account', project_id: PROJECT, client_email: 'revmeta@acme.iam.gserviceaccount.com', private_key: PRIVATE_KEY };

describe('bigquery connection options', () => {
  it('reads the minimal block, with the default endpoint', () => {
    expect(parseConnection({ projectId: PROJECT })).toMatchObject({
      projectId: PROJECT,
      apiEndpoint: 'https://bigquery.googleapis.com',
      location: undefined,
      keyFilename: undefined,
      credentials: undefined,
      accessToken: undefined,
      secrets: [],
    });
  });

  it('resolves a key file against the config folder and trims the endpoint', () => {
    expect(parseConnection({ projectId: PROJECT, keyFilename: 'keys/sa.json', apiEndpoint: 'http://127.0.0.1:9050/' }, '/etc/revmeta')).toMatchObject({
      keyFilename: '/etc/revmeta/keys/sa.json',
      apiEndpoint: 'http://127.0.0.1:9050',
    });
  });

  it('takes credentials as an object or as JSON text, and knows their secrets', () => {
    const text = JSON.stringify(CREDENTIALS);
    const parsed = parseConnection({ projectId: PROJECT, credentials: text });
    expect(parsed.credentials).toEqual(CREDENTIALS);
    expect(parsed.secrets).toContain(text);
    expect(parsed.secrets).toContain(PRIVATE_KEY);
    expect(parsed.secrets).toContain(JSON.stringify(PRIVATE_KEY).slice(1, -1));
    expect(parsed.secrets).toContain('secretsecretsecretsecret');
    expect(parseConnection({ projectId: PROJECT, credentials: CREDENTIALS }).credentials).toEqual(CREDENTIALS);
  });

  it.each<[string, Record<string, unknown>, RegExp]>([
    ['no project', { projectId: undefined }, /projectId must be a non-empty string/],
    ['credentials that are not JSON', { credentials: '{"private_key": "k3y' }, /credentials must be JSON \(the text given does not parse as JSON\)/],
    ['credentials that are a list', { credentials: '[1]' }, /credentials must be a JSON object/],
    ['two ways to authenticate', { keyFilename: 'a.json', accessToken: 't' }, /at most one of them/],
    ['an endpoint that is not a URL', { apiEndpoint: 'bigquery.internal' }, /apiEndpoint must be an http/],
    ['too many retries', { connectionRetries: 11 }, /connectionRetries must be at most 10/],
  ])('refuses %s', (_name, connection, message) => {
    expect(() => parseConnection({ projectId: PROJECT, ...connection })).toThrow(message);
  });

  it('never quotes credentials text it cannot parse', () => {
    expect(() => parseConnection({ projectId: PROJECT, credentials: '{"private_key": "k3y-secret' })).toThrow(
      expect.objectContaining({ message: expect.not.stringContaining('k3y-secret') }),
    );
  });

  it('masks secrets in what the service says', () => {
    const error = Object.assign(new Error(`token abc-token-123 and key ${JSON.stringify(PRIVATE_KEY).slice(1, -1)}`), {
      code: 403,
      errors: [{ reason: 'accessDenied' }],
    });
    const { secrets } = parseConnection({ projectId: PROJECT, credentials: CREDENTIALS });
    const message = serviceMessage(error, [...secrets, 'abc-token-123']);
    expect(message).toBe('HTTP 403: token *** and key *** (accessDenied)');
  });
});

describe('bigquery client loading', () => {
  it('is lazy: the connector names @google-cloud/bigquery only in types and one dynamic import', async () => {
    const folder = new URL('../../../src/connectors/bigquery/', import.meta.url);
    const sources = await Promise.all((await readdir(folder)).map((file) => readFile(new URL(file, folder), 'utf8')));
    const mentions = sources.flatMap((source) => source.split('\n').filter((line) => line.includes("'@google-cloud/bigquery'")));
    expect(mentions.map((line) => line.trim())).toEqual([
      "import type { BigQuery, BigQueryOptions } from '@google-cloud/bigquery';",
      "client ??= importDriver(() => import('@google-cloud/bigquery')).then(({ BigQuery: Client }) => new Client(clientOptions(target)));",
    ]);
  });
});

describe('bigquery driver against the fake', () => {
  let fake: FakeBigQuery;

  beforeEach(async () => {
    fake = await startFakeBigQuery();
    fake.catalog.addDataset(PROJECT, 'sales');
    fake.catalog.addTable(PROJECT, 'sales', 'orders', { fields: [{ name: 'id', type: 'INT64' }] });
  });

  afterEach(async () => {
    await fake.stop();
  });

  it('sends the access token to the endpoint and nowhere else', async () => {
    const driver = createDriver(fake);
    const session = await driver.open();
    await session.execute("ALTER TABLE `acme-analytics`.`sales`.`orders` SET OPTIONS (description = 'x')");
    await session.close();
    await driver.close();
    expect(fake.catalog.table(PROJECT, 'sales', 'orders').description).toBe('x');
    expect(fake.requests.map((request) => `${request.method} ${request.path}`)).toEqual([
      'GET /bigquery/v2/projects/acme-analytics/datasets',
      'POST /bigquery/v2/projects/acme-analytics/queries',
    ]);
  });

  it('fails at connect with a wrong token, and never says the token', async () => {
    const driver = createDriver(fake, { accessToken: 'wrong-token-do-not-print' });
    const error = await driver.open().then(
      () => null,
      (e: unknown) => e as Error,
    );
    expect(error?.message).toBe(
      `could not connect to BigQuery at ${fake.url} as project acme-analytics: HTTP 401: Request is missing required authentication credential. Expected OAuth 2 access token.`,
    );
    expect(error?.message).not.toContain('wrong-token-do-not-print');
  });

  it('masks the token where the service echoes it', async () => {
    const driver = createDriver(fake);
    fake.failNext(1, 403, `denied for ${fake.token}`);
    await expect(driver.open()).rejects.toThrow(`could not connect to BigQuery at ${fake.url} as project acme-analytics: HTTP 403: fake failure: denied for ***`);
  });

  it('fails clearly when nothing answers', async () => {
    const driver = createDriver(fake, { apiEndpoint: 'http://127.0.0.1:1' });
    await expect(driver.open()).rejects.toThrow(/^could not connect to BigQuery at http:\/\/127\.0\.0\.1:1 as project acme-analytics: .*ECONNREFUSED/);
  });

  it('retries a transient answer as often as connectionRetries allows', async () => {
    fake.failNext(1, 503, 'backendError');
    const patient = createDriver(fake, { connectionRetries: 1 });
    const session = await patient.open();
    fake.failNext(1, 503, 'backendError');
    expect(await session.query('SELECT 1 AS ok')).toEqual([{ ok: '1' }]);
    fake.failNext(1, 503, 'backendError');
    const impatient = createDriver(fake, { connectionRetries: 0 });
    await expect(impatient.open()).rejects.toThrow(/HTTP 503: fake failure: backendError/);
  });

  it('reports what the service refuses, statement by statement', async () => {
    const session = await createDriver(fake).open();
    await expect(session.execute("ALTER TABLE `acme-analytics`.`sales`.`nope` SET OPTIONS (description = 'x')")).rejects.toThrow(
      'HTTP 404: Not found: Table acme-analytics:sales.nope (notFound)',
    );
    await expect(session.execute("ALTER SCHEMA `acme-analytics`.`sales` SET OPTIONS (labels = [('Bad', 'x')])")).rejects.toThrow(/Invalid label key "Bad"/);
    const patch = (resource: string, body: JsonObject) => session.send!({ kind: 'bigquery.tables.patch', resource, body });
    await expect(patch('projects/acme-analytics/datasets/sales/tables/orders', { schema: { fields: [] } })).rejects.toThrow(/Provided Schema does not match Table/);
    await expect(patch('projects/acme-analytics/datasets/sales', {})).rejects.toThrow(/only sent to a table/);
    await expect(session.send!({ kind: 'bigquery.datasets.patch', resource: 'projects/acme-analytics/datasets/sales/tables/orders', body: {} })).rejects.toThrow(/only sent to a dataset/);
    await expect(session.send!({ kind: 'openmetadata.patch', path: '/v1/tables/name/x', body: [] })).rejects.toThrow(/not a request revmeta sends to BigQuery/);
    await expect(session.begin()).rejects.toThrow(/not transactional/);
  });

  it('executes SQL only: a tables.patch written as text is refused, and nothing is sent', async () => {
    const session = await createDriver(fake).open();
    const before = fake.requests.length;
    await expect(session.execute('PATCH projects/acme-analytics/datasets/sales/tables/orders {"schema":{"fields":[{"name":"id","type":"INT64","description":"x"}]}}')).rejects.toThrow(
      /a tables\.patch is sent as a typed plan statement, not as text/,
    );
    expect(fake.requests.slice(before)).toEqual([]);
  });

  it('sends a tables.patch request to the table it names, its body as it is', async () => {
    const session = await createDriver(fake).open();
    await session.send!({
      kind: 'bigquery.tables.patch',
      resource: 'projects/acme-analytics/datasets/sales/tables/orders',
      body: { schema: { fields: [{ description: '{{projectId}}', name: 'id', type: 'INT64' }] } },
    });
    expect(fake.catalog.table(PROJECT, 'sales', 'orders').fields[0]!.description).toBe('{{projectId}}');
    expect(fake.requests.at(-1)).toMatchObject({ method: 'PATCH', path: '/bigquery/v2/projects/acme-analytics/datasets/sales/tables/orders' });
  });

  it('sends a datasets.patch to the dataset it names, merging its labels', async () => {
    const session = await createDriver(fake).open();
    await session.send!({ kind: 'bigquery.datasets.patch', resource: 'projects/acme-analytics/datasets/sales', body: { description: 'Sales', labels: { tier: 'gold' } } });
    expect(fake.catalog.dataset(PROJECT, 'sales')).toMatchObject({ description: 'Sales', labels: { tier: 'gold' } });
    expect(fake.requests.at(-1)).toMatchObject({ method: 'PATCH', path: '/bigquery/v2/projects/acme-analytics/datasets/sales' });
  });

  it('sends a tables.patch with its etag as If-Match, and reports a 412 as the table changed since the plan, without retrying', async () => {
    const session = await createDriver(fake, { connectionRetries: 3 }).open();
    const orders = fake.catalog.table(PROJECT, 'sales', 'orders');
    const body = { schema: { fields: [{ description: 'Key', name: 'id', type: 'INT64' }] } };
    const resource = 'projects/acme-analytics/datasets/sales/tables/orders';
    await session.send!({ kind: 'bigquery.tables.patch', resource, body, etag: `"${orders.version}"` });
    expect(fake.requests.at(-1)).toMatchObject({ method: 'PATCH', ifMatch: `"${orders.version - 1}"` });
    const before = fake.requests.length;
    const stale = session.send!({ kind: 'bigquery.tables.patch', resource, body: { schema: { fields: [{ description: 'Other', name: 'id', type: 'INT64' }] } }, etag: '"1"' });
    await expect(stale).rejects.toThrow(
      'table acme-analytics.sales.orders changed since the plan read it (etag "1"; BigQuery: HTTP 412: Precondition check failed. (failedPrecondition)); nothing was written to it: plan again',
    );
    expect(fake.requests.length - before).toBe(1);
    expect(fake.catalog.table(PROJECT, 'sales', 'orders').fields[0]!.description).toBe('Key');
  });

  it('runs jobs in the configured location', async () => {
    fake.catalog.addDataset(PROJECT, 'eu_data', { location: 'EU' });
    const session = await createDriver(fake, { location: 'EU' }).open();
    await session.execute("ALTER SCHEMA `acme-analytics`.`eu_data` SET OPTIONS (description = 'x')");
    expect(fake.requests.at(-1)).toMatchObject({ location: 'EU' });
    await expect(session.execute("ALTER SCHEMA `acme-analytics`.`sales` SET OPTIONS (description = 'x')")).rejects.toThrow(/was not found in location EU/);
  });
});

describe('bigquery against an endpoint that accepts and never answers', () => {
  it('ends the catalog read after timeouts.statement plus the client grace, not after the client library default', async () => {
    const { createServer } = await import('node:net');
    const { bigquery } = await import('../../../src/connectors/bigquery/index.js');
    const sockets: import('node:net').Socket[] = [];
    const silent = createServer((socket) => sockets.push(socket)); // reads nothing, answers nothing, never resets
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const { port } = silent.address() as { port: number };
    const driver = bigquery.createDriver({
      service: 'lake',
      configDir: '/',
      connection: { projectId: PROJECT, apiEndpoint: `http://127.0.0.1:${port}`, accessToken: 'x', connectionRetries: 2 },
      timeouts: { statementMillis: 500 },
    });
    const started = Date.now();
    try {
      await expect(bigquery.introspect(driver, { service: 'lake', databases: [PROJECT] })).rejects.toThrow();
      // 0.5 s + 5 s of grace for every attempt together, not 60 s per attempt (the library's default).
      expect(Date.now() - started).toBeLessThan(12_000);
    } finally {
      await driver.close();
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => silent.close(() => resolve()));
    }
  }, 90_000);
});
