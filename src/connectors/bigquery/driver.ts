/**
 * BigQuery through `@google-cloud/bigquery` (REST v2), loaded lazily on first use so a
 * config without BigQuery never loads it. SQL runs as `jobs.query` (then `getQueryResults`
 * pages); the few API calls revmeta makes are `datasets.list`, `datasets.get`, `tables.get`
 * and, for labels and nested field descriptions, `datasets.patch` and `tables.patch` (typed
 * `bigquery.datasets.patch` / `bigquery.tables.patch` statements of the plan, which the
 * session `send`s; `execute` runs SQL only). A tables.patch that carries the etag its schema
 * was read with is sent with `If-Match`; BigQuery's 412 to it is reported as the table having
 * changed since the plan, never retried.
 *
 * Authentication, one of: a service-account key file (`keyFilename`), credentials JSON
 * (`credentials`, an object or a JSON string from `${VAR}`), an OAuth2 access token
 * (`accessToken`, e.g. from `gcloud auth print-access-token` or a CI identity federation
 * step), or else Application Default Credentials. `apiEndpoint` points the client elsewhere
 * (a private endpoint, or the test fake); authentication is the same there.
 *
 * Errors never carry a secret: the private key, the token and the credentials text are
 * masked in every message this driver raises.
 */
import path from 'node:path';
import type { BigQuery, BigQueryOptions } from '@google-cloud/bigquery';
import { importDriver, maskSecrets, readTimeoutMillis, timeoutsOf, wholeSeconds, withDeadline, type Timeouts } from '../connection.js';
import { connectionRetriesSchema, connectionSchemaOf, DEFAULT_CONNECTION_RETRIES, optionReader, textOption } from '../kit/options.js';
import type { ApiRequest, ConnectorContext, Driver, DriverSession } from '../types.js';

export const DEFAULT_API_ENDPOINT = 'https://bigquery.googleapis.com';

/** JSON Schema (draft-07) of a bigquery service's `connection:` block. */
export const connectionSchema = connectionSchemaOf(
  'BigQuery connection',
  'Google BigQuery through its REST API. OpenMetadata databases are GCP projects, schemas are datasets. Authenticate with one of keyFilename, credentials or accessToken, or leave all three out for Application Default Credentials.',
  {
    required: ['projectId'],
    properties: {
      projectId: textOption('The project revmeta runs its jobs in (and bills them to); also the one project `revmeta import` reads.'),
      location: textOption('Job location for statements (US, EU, europe-west1, ...); default: BigQuery infers it from the dataset a statement names. Catalog reads always use each dataset\'s own location.'),
      keyFilename: textOption('Path of a service-account key file (JSON), relative to this config file.'),
      credentials: {
        anyOf: [{ type: 'object' }, { type: 'string', minLength: 1 }],
        description: 'Credentials JSON (a service-account key), as an object or a JSON string such as ${GCP_CREDENTIALS}.',
      },
      accessToken: textOption('An OAuth2 access token with the BigQuery scope, e.g. ${GCP_ACCESS_TOKEN} from `gcloud auth print-access-token`.'),
      apiEndpoint: {
        type: 'string',
        pattern: '^https?://',
        description: `BigQuery API endpoint (default ${DEFAULT_API_ENDPOINT}).`,
      },
      connectionRetries: connectionRetriesSchema('HTTP 429 and 5xx answers, rate limits, refused or reset connections'),
    },
    not: {
      description: 'give at most one of keyFilename, credentials and accessToken',
      anyOf: [
        { required: ['keyFilename', 'credentials'] },
        { required: ['keyFilename', 'accessToken'] },
        { required: ['credentials', 'accessToken'] },
      ],
    },
  },
);

export interface BigQueryConnection {
  projectId: string;
  location: string | undefined;
  apiEndpoint: string;
  /** Absolute path of the key file. */
  keyFilename: string | undefined;
  credentials: Record<string, unknown> | undefined;
  accessToken: string | undefined;
  connectionRetries: number | undefined;
  /** The service's `timeouts:` (BigQuery has no locks: connect and statement matter). */
  timeouts: Timeouts;
  /** Every form a secret of this connection can take in a message, longest first. */
  secrets: string[];
}

const { invalid, optionalString, requiredString, connectionRetriesOf } = optionReader('bigquery', { integers: true });

function parseCredentials(value: unknown): { credentials: Record<string, unknown> | undefined; text: string | undefined } {
  if (value === undefined) return { credentials: undefined, text: undefined };
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) return { credentials: value as Record<string, unknown>, text: undefined };
  if (typeof value !== 'string' || value.trim() === '') throw invalid('credentials', 'an object or a JSON string');
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    // The text is a secret: say what is wrong without quoting any of it.
    throw invalid('credentials', 'JSON (the text given does not parse as JSON)');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw invalid('credentials', 'a JSON object');
  return { credentials: parsed as Record<string, unknown>, text: value };
}

function secretsOf(credentials: Record<string, unknown> | undefined, text: string | undefined, token: string | undefined): string[] {
  const secrets = new Set<string>();
  const add = (secret: unknown) => {
    if (typeof secret !== 'string' || secret === '') return;
    secrets.add(secret);
    // As it appears inside JSON (a private key's line breaks as \n).
    secrets.add(JSON.stringify(secret).slice(1, -1));
  };
  add(text);
  add(token);
  for (const key of ['private_key', 'client_secret', 'refresh_token']) add(credentials?.[key]);
  // A PEM key's body lines, in case a library quotes the key one line at a time.
  const key = credentials?.private_key;
  if (typeof key === 'string') {
    for (const line of key.split(/\r?\n/)) if (line.length >= 16 && !line.startsWith('-----')) secrets.add(line);
  }
  return [...secrets].filter((secret) => secret !== '').sort((a, b) => b.length - a.length);
}

/**
 * Reads the `connection:` block. The config validator has checked it against
 * `connectionSchema`; these checks keep a wrong type or a contradiction from the client.
 */
export function parseConnection(connection: Record<string, unknown>, configDir = process.cwd(), timeouts: Timeouts = timeoutsOf({})): BigQueryConnection {
  const projectId = requiredString(connection, 'projectId');
  const apiEndpoint = (optionalString(connection, 'apiEndpoint') ?? DEFAULT_API_ENDPOINT).replace(/\/+$/, '');
  if (!/^https?:\/\//i.test(apiEndpoint)) throw invalid('apiEndpoint', 'an http:// or https:// URL');
  const keyFile = optionalString(connection, 'keyFilename');
  const { credentials, text } = parseCredentials(connection.credentials);
  const accessToken = optionalString(connection, 'accessToken');
  const given = [keyFile, credentials, accessToken].filter((value) => value !== undefined).length;
  if (given > 1) throw invalid('keyFilename/credentials/accessToken', 'given at most one of them');
  const connectionRetries = connectionRetriesOf(connection);
  return {
    projectId,
    location: optionalString(connection, 'location'),
    apiEndpoint,
    keyFilename: keyFile === undefined ? undefined : path.resolve(configDir, keyFile),
    credentials,
    accessToken,
    connectionRetries,
    timeouts,
    secrets: secretsOf(credentials, text, accessToken),
  };
}

// ---------------------------------------------------------------------------------------
// Errors

/** What the service said, in one line: the API's message (and reason), without secrets. */
export function serviceMessage(error: unknown, secrets: readonly string[]): string {
  const { code, errors, message } = (error ?? {}) as { code?: unknown; errors?: unknown; message?: unknown };
  let text = typeof message === 'string' && message !== '' ? message : String(error);
  const reasons = Array.isArray(errors)
    ? [...new Set(errors.map((e) => (e as { reason?: unknown }).reason).filter((r): r is string => typeof r === 'string' && r !== ''))]
    : [];
  if (reasons.length > 0 && !reasons.some((reason) => text.includes(reason))) text += ` (${reasons.join(', ')})`;
  if (typeof code === 'number' && !text.includes(String(code))) text = `HTTP ${code}: ${text}`;
  return maskSecrets(text, secrets);
}

export class BigQueryError extends Error {
  constructor(message: string, readonly status?: number) {
    super(message);
    this.name = 'BigQueryError';
  }
}

function statusOf(error: unknown): number | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'number' ? code : undefined;
}

// ---------------------------------------------------------------------------------------
// The driver

export type Row = Record<string, unknown>;
export type ApiResource = Record<string, unknown>;

export interface DatasetListing {
  datasetId: string;
  location: string;
  labels: Record<string, string>;
}

/** The driver's API beyond the session: the catalog reads introspection and readCompileContext make. */
export interface BigQueryDriver extends Driver {
  readonly projectId: string;
  readonly apiEndpoint: string;
  /** Job queries and API requests issued (each page counts). */
  readonly calls: number;
  /** `datasets.list` of a project, every page; null when the project does not exist or is not visible. */
  listDatasets(project: string): Promise<DatasetListing[] | null>;
  getDataset(project: string, dataset: string): Promise<ApiResource>;
  getTable(project: string, dataset: string, table: string): Promise<ApiResource>;
  /** A query job in that location (default: the connection's, or inferred by BigQuery), all rows. */
  runQuery(sql: string, location?: string): Promise<Row[]>;
  /** Runs one SQL plan statement as a query job. */
  runStatement(statement: string): Promise<void>;
  /** Sends one typed plan request: a `tables.patch` or `datasets.patch` of the object it names, with its body (and `If-Match` for an etag). */
  sendRequest(request: ApiRequest): Promise<void>;
}

export function isBigQueryDriver(driver: Driver): driver is BigQueryDriver {
  return typeof (driver as Partial<BigQueryDriver>).listDatasets === 'function';
}

/** An auth client that hands out one fixed token and never asks Google for one. */
function staticTokenClient(token: string): unknown {
  const headers = () => new Headers({ authorization: `Bearer ${token}` });
  return {
    getRequestHeaders: async () => headers(),
    getAccessToken: async () => ({ token }),
    getProjectId: async () => undefined,
  };
}

function clientOptions(target: BigQueryConnection): BigQueryOptions {
  const retries = target.connectionRetries ?? DEFAULT_CONNECTION_RETRIES;
  // Retries share the read timeout's budget (retry-request's totalTimeout, in seconds). The
  // client's own per-request `timeout` is not honoured (node-fetch 3 under teeny-request ignores
  // it), so every call also runs under withDeadline.
  const readTimeout = readTimeoutMillis(target.timeouts);
  const options: BigQueryOptions = {
    projectId: target.projectId,
    apiEndpoint: target.apiEndpoint,
    userAgent: 'revmeta',
    retryOptions: { autoRetry: retries > 0, maxRetries: retries, totalTimeout: wholeSeconds(readTimeout) },
  };
  if (target.location !== undefined) options.location = target.location;
  if (target.keyFilename !== undefined) options.keyFilename = target.keyFilename;
  if (target.credentials !== undefined) options.credentials = target.credentials as BigQueryOptions['credentials'];
  if (target.accessToken !== undefined) options.authClient = staticTokenClient(target.accessToken) as BigQueryOptions['authClient'];
  return options;
}

/** The resources a patch is sent to: a table or a dataset, their ids URL-encoded (`tableResource`, `datasetResource`). */
const TABLE_RESOURCE = /^projects\/[^/\s]+\/datasets\/[^/\s]+\/tables\/[^/\s]+$/;
const DATASET_RESOURCE = /^projects\/[^/\s]+\/datasets\/[^/\s]+$/;

/** HTTP 412: an `If-Match` etag that is no longer the resource's ("Precondition check failed."). */
const PRECONDITION_FAILED = 412;

interface RequestOptions {
  method?: string;
  /** The project in the path (`projects/P/...`). */
  projectId: string;
  uri: string;
  qs?: Record<string, unknown>;
  /** A JSON text sent as it is (never `json:`, whose strings the client rewrites; see literal.ts). */
  body?: string;
  /** `If-Match`: BigQuery refuses the request (412) unless the resource still has this etag. */
  ifMatch?: string;
}

export function createDriver(ctx: ConnectorContext): BigQueryDriver {
  const target = parseConnection(ctx.connection, ctx.configDir, timeoutsOf(ctx));
  const { secrets } = target;
  let client: Promise<BigQuery> | undefined;
  let verified: Promise<void> | undefined;
  let calls = 0;

  const fail = (what: string, error: unknown): BigQueryError =>
    new BigQueryError(`${what}: ${serviceMessage(error, secrets)}`, statusOf(error));
  const readTimeout = readTimeoutMillis(target.timeouts);
  const answered = <T>(call: Promise<T>): Promise<T> =>
    withDeadline(call, readTimeout, `BigQuery at ${target.apiEndpoint}`);

  function bigquery(): Promise<BigQuery> {
    client ??= importDriver(() => import('@google-cloud/bigquery')).then(({ BigQuery: Client }) => new Client(clientOptions(target)));
    return client;
  }

  async function request(options: RequestOptions): Promise<ApiResource> {
    const bq = await bigquery();
    calls++;
    const reqOpts: Record<string, unknown> = { method: options.method ?? 'GET', projectId: options.projectId, uri: options.uri };
    if (options.qs) reqOpts.qs = options.qs;
    if (options.body !== undefined) {
      reqOpts.body = options.body;
      reqOpts.headers = { 'Content-Type': 'application/json', ...(options.ifMatch === undefined ? {} : { 'If-Match': options.ifMatch }) };
    }
    return answered(new Promise<ApiResource>((resolve, reject) => {
      (bq.request as (opts: unknown, cb: (err: Error | null, body?: unknown) => void) => void)(reqOpts, (error, body) => {
        if (error) reject(error);
        else resolve((body ?? {}) as ApiResource);
      });
    }));
  }

  async function listDatasets(project: string): Promise<DatasetListing[] | null> {
    const datasets: DatasetListing[] = [];
    let pageToken: string | undefined;
    do {
      let page: ApiResource;
      try {
        page = await request({ projectId: project, uri: '/datasets', qs: { maxResults: 1000, ...(pageToken ? { pageToken } : {}) } });
      } catch (error) {
        if (statusOf(error) === 404) return null;
        throw fail(`could not list the datasets of project ${project}`, error);
      }
      for (const entry of (page.datasets ?? []) as ApiResource[]) {
        const reference = (entry.datasetReference ?? {}) as { datasetId?: unknown };
        if (typeof reference.datasetId !== 'string') continue;
        datasets.push({
          datasetId: reference.datasetId,
          location: typeof entry.location === 'string' ? entry.location : (target.location ?? 'US'),
          labels: (entry.labels ?? {}) as Record<string, string>,
        });
      }
      pageToken = typeof page.nextPageToken === 'string' && page.nextPageToken !== '' ? page.nextPageToken : undefined;
    } while (pageToken);
    return datasets;
  }

  async function getResource(what: string, options: RequestOptions): Promise<ApiResource> {
    try {
      return await request(options);
    } catch (error) {
      throw fail(`could not read ${what}`, error);
    }
  }

  async function runQuery(sql: string, location?: string): Promise<Row[]> {
    const bq = await bigquery();
    calls++;
    const where = location ?? target.location;
    try {
      const [rows] = await answered(bq.query({ query: sql, useLegacySql: false, ...(where ? { location: where } : {}) }));
      return rows as Row[];
    } catch (error) {
      throw new BigQueryError(serviceMessage(error, secrets), statusOf(error));
    }
  }

  async function runStatement(statement: string): Promise<void> {
    // BigQuery would only answer with a syntax error: say what is wrong instead.
    if (statement.startsWith('PATCH ')) throw new BigQueryError('a tables.patch is sent as a typed plan statement, not as text: execute runs SQL only');
    await runQuery(statement);
  }

  async function sendRequest(planned: ApiRequest): Promise<void> {
    const resourcePattern = planned.kind === 'bigquery.tables.patch' ? TABLE_RESOURCE : planned.kind === 'bigquery.datasets.patch' ? DATASET_RESOURCE : undefined;
    if (resourcePattern === undefined) {
      throw new BigQueryError(`${planned.kind} is not a request revmeta sends to BigQuery (only bigquery.tables.patch and bigquery.datasets.patch)`);
    }
    const { resource, body } = planned as Extract<ApiRequest, { kind: 'bigquery.tables.patch' | 'bigquery.datasets.patch' }>;
    const what = planned.kind === 'bigquery.tables.patch' ? 'tables.patch is only sent to a table (projects/P/datasets/D/tables/T)' : 'datasets.patch is only sent to a dataset (projects/P/datasets/D)';
    if (!resourcePattern.test(resource)) throw new BigQueryError(`${what}, not ${resource}`);
    const etag = planned.kind === 'bigquery.tables.patch' ? planned.etag : undefined;
    const [, project, ...rest] = resource.split('/');
    try {
      // As text: the client rewrites strings such as {{projectId}} in a `json:` body (see literal.ts).
      await request({ method: 'PATCH', projectId: decodeURIComponent(project!), uri: `/${rest.join('/')}`, body: JSON.stringify(body), ...(etag === undefined ? {} : { ifMatch: etag }) });
    } catch (error) {
      if (etag !== undefined && statusOf(error) === PRECONDITION_FAILED) {
        // Not retried: the schema it restates is no longer the table's, and only a new plan can say what to write.
        const table = rest.filter((_, index) => index % 2 === 1).map(decodeURIComponent);
        throw new BigQueryError(
          `table ${[decodeURIComponent(project!), ...table].join('.')} changed since the plan read it (etag ${etag}; BigQuery: ${serviceMessage(error, secrets)}); nothing was written to it: plan again`,
          PRECONDITION_FAILED,
        );
      }
      throw new BigQueryError(serviceMessage(error, secrets), statusOf(error));
    }
  }

  /** The first use proves the endpoint answers and the credentials work (a one-row dataset list). */
  function verify(): Promise<void> {
    verified ??= request({ projectId: target.projectId, uri: '/datasets', qs: { maxResults: 1 } }).then(
      () => undefined,
      (error: unknown) => {
        verified = undefined;
        throw fail(`could not connect to BigQuery at ${target.apiEndpoint} as project ${target.projectId}`, error);
      },
    );
    return verified;
  }

  return {
    projectId: target.projectId,
    apiEndpoint: target.apiEndpoint,
    get calls() {
      return calls;
    },
    listDatasets,
    getDataset: (project, dataset) =>
      getResource(`dataset ${project}.${dataset}`, { projectId: project, uri: `/datasets/${encodeURIComponent(dataset)}` }),
    getTable: (project, dataset, table) =>
      getResource(`table ${project}.${dataset}.${table}`, {
        projectId: project,
        uri: `/datasets/${encodeURIComponent(dataset)}/tables/${encodeURIComponent(table)}`,
      }),
    runQuery,
    runStatement,
    sendRequest,
    async open(): Promise<DriverSession> {
      await verify();
      return {
        query: (sql) => runQuery(sql),
        execute: (sql) => runStatement(sql),
        send: (planned) => sendRequest(planned),
        begin: async () => {
          throw new Error('BigQuery DDL is not transactional');
        },
        commit: async () => undefined,
        rollback: async () => undefined,
        close: async () => undefined,
      };
    },
    async close(): Promise<void> {
      client = undefined;
      verified = undefined;
    },
  };
}
