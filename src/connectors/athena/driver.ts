/**
 * Glue and Athena through the AWS SDK v3 (`@aws-sdk/client-glue`, `@aws-sdk/client-athena`).
 *
 * The SDK is loaded only when a driver first talks to AWS (dynamic import), so commands that
 * never touch an athena service do not pay for it, and the NodeVersionSupportWarning it emits
 * on Node 20 when a client is created is dropped (that warning only; everything else passes).
 *
 * A session:
 * - `send`s the typed `glue.UpdateTable` requests its dialect compiles, one request each: Glue
 *   refuses a request whose VersionId is no longer the table's (ConcurrentModificationException),
 *   so a table changed since the plan read it fails clearly instead of being overwritten.
 * - `execute`s Athena SQL (custom templates): StartQueryExecution, then polling. A Glue
 *   request written as text is refused there: requests are typed plan statements.
 * - `query` reads Athena SQL, or `glue:GetTable|GetTables|GetDatabases {json}`.
 *
 * Retries are the SDK's own (standard mode): throttling, 5xx, timeouts and dropped
 * connections are retried with backoff up to `connectionRetries` times; validation,
 * access and not-found errors never are; a ConcurrentModificationException is sent again
 * once, and only when the table's version did not move (see updateTable). Error messages
 * never carry the access key, the secret or the session token.
 */
import type { AthenaClient } from '@aws-sdk/client-athena';
import type { Database, GlueClient, Table } from '@aws-sdk/client-glue';
import { attemptsNote, importDriver, maskSecrets, readTimeoutMillis, timeoutsOf, type Timeouts } from '../connection.js';
import { connectionRetriesSchema, connectionSchemaOf, DEFAULT_CONNECTION_RETRIES, optionReader, textOption, wholeNumberOption } from '../kit/options.js';
import type { ApiRequest, ConnectorContext, DriverSession } from '../types.js';
import { checkOnlyDatabase, type NamedDatabaseDriver } from '../kit/scope.js';
import { withoutTransactions } from '../kit/sessions.js';
import { GLUE_PREFIX, parseGlueRequest, TABLE_INPUT_DATES, UPDATE_TABLE_MEMBERS, type JsonObject } from './sql.js';

/** What OpenMetadata's Athena connector names the level above the Glue databases, by default. */
export const DEFAULT_DATABASE_NAME = 'AwsDataCatalog';
export const DEFAULT_WORKGROUP = 'primary';
/** Per AWS request: short, as the SDK retries a timed-out request (connectionRetries). */
const DEFAULT_QUERY_TIMEOUT_MILLIS = 300_000;
/** Glue's largest page of GetTables / GetDatabases. */
const PAGE_SIZE = 100;

/** JSON Schema (draft-07) of an athena service's `connection:` block. */
export const connectionSchema = connectionSchemaOf(
  'Athena (Glue Data Catalog) connection',
  'The Glue Data Catalog that Athena reads, through the AWS SDK. Credentials: accessKeyId + secretAccessKey ' +
    '(+ sessionToken), or a profile, or (neither) the SDK default chain: environment, shared files, SSO, instance role.',
  {
    required: ['region'],
    properties: {
      region: textOption('AWS region of the catalog, e.g. eu-west-1.'),
      profile: textOption('A profile of the shared AWS config/credentials files.'),
      accessKeyId: textOption('Static credentials: write it as ${VAR}.'),
      secretAccessKey: textOption('Static credentials: write it as ${VAR}.'),
      sessionToken: textOption('For temporary credentials: write it as ${VAR}.'),
      endpoint: {
        type: 'string',
        pattern: '^https?://',
        description: 'Another endpoint for Glue and Athena (a VPC endpoint, or a fake such as moto in tests).',
      },
      catalogId: textOption("The Glue catalog (an AWS account ID); default: the credentials' own account."),
      databaseName: textOption(`The database name OpenMetadata gives this service (its Glue databases are the schemas below it); default "${DEFAULT_DATABASE_NAME}".`),
      workgroup: textOption(`Athena workgroup for custom SQL templates (the built-in statements are Glue requests); default "${DEFAULT_WORKGROUP}".`),
      outputLocation: {
        type: 'string',
        pattern: '^s3://',
        description: 'S3 location for Athena query results, when the workgroup does not set one (custom SQL templates only).',
      },
      requestTimeout: wholeNumberOption("How long one attempt of an AWS request may go unanswered, in milliseconds (default: timeouts.statement plus 5s, shared by the attempts connectionRetries allows: 12500 by default)."),
      queryTimeout: wholeNumberOption(`How long an Athena query of a custom template may run, in milliseconds (default ${DEFAULT_QUERY_TIMEOUT_MILLIS}).`),
      connectionRetries: connectionRetriesSchema('throttling, 5xx, timeouts, dropped connections'),
    },
    dependencies: {
      accessKeyId: ['secretAccessKey'],
      secretAccessKey: ['accessKeyId'],
      sessionToken: ['accessKeyId'],
    },
  },
);

export interface AthenaConnection {
  region: string;
  profile: string | undefined;
  credentials: { accessKeyId: string; secretAccessKey: string; sessionToken?: string } | undefined;
  endpoint: string | undefined;
  catalogId: string | undefined;
  databaseName: string;
  workgroup: string;
  outputLocation: string | undefined;
  requestTimeout: number;
  /** For the TCP (and TLS) connection of a request: the service's timeouts.connect. */
  connectTimeout: number;
  queryTimeout: number;
  connectionRetries: number;
}

const { invalid, optionalString, requiredString, optionalNumber, connectionRetriesOf } = optionReader('athena', { integers: true });

/**
 * Reads the `connection:` block. The config validator has checked it against
 * `connectionSchema` already; these checks only keep a wrong type from reaching the SDK.
 */
export function parseConnection(connection: Record<string, unknown>, timeouts: Timeouts = timeoutsOf({})): AthenaConnection {
  const accessKeyId = optionalString(connection, 'accessKeyId');
  const secretAccessKey = optionalString(connection, 'secretAccessKey');
  const sessionToken = optionalString(connection, 'sessionToken');
  const profile = optionalString(connection, 'profile');
  if ((accessKeyId === undefined) !== (secretAccessKey === undefined)) throw invalid('accessKeyId', 'given together with secretAccessKey');
  if (sessionToken !== undefined && accessKeyId === undefined) throw invalid('sessionToken', 'given with accessKeyId and secretAccessKey');
  if (profile !== undefined && accessKeyId !== undefined) throw invalid('profile', 'left out when accessKeyId is given (one source of credentials)');
  const endpoint = optionalString(connection, 'endpoint');
  if (endpoint !== undefined && !/^https?:\/\//i.test(endpoint)) throw invalid('endpoint', 'an http:// or https:// URL');
  const connectionRetries = connectionRetriesOf(connection);
  return {
    region: requiredString(connection, 'region'),
    profile,
    credentials:
      accessKeyId === undefined || secretAccessKey === undefined
        ? undefined
        : { accessKeyId, secretAccessKey, ...(sessionToken === undefined ? {} : { sessionToken }) },
    endpoint,
    catalogId: optionalString(connection, 'catalogId') || undefined,
    databaseName: optionalString(connection, 'databaseName') || DEFAULT_DATABASE_NAME,
    workgroup: optionalString(connection, 'workgroup') || DEFAULT_WORKGROUP,
    outputLocation: optionalString(connection, 'outputLocation') || undefined,
    // The SDK retries a timed-out request: its attempts together stay within timeouts.statement + 5s.
    requestTimeout: optionalNumber(connection, 'requestTimeout') ?? Math.max(1_000, Math.floor(readTimeoutMillis(timeouts) / ((connectionRetries ?? DEFAULT_CONNECTION_RETRIES) + 1))),
    connectTimeout: timeouts.connectMillis,
    queryTimeout: optionalNumber(connection, 'queryTimeout') ?? DEFAULT_QUERY_TIMEOUT_MILLIS,
    connectionRetries: connectionRetries ?? DEFAULT_CONNECTION_RETRIES,
  };
}

/** The values no message may show, longest first. */
function secretsOf(target: AthenaConnection): string[] {
  const { credentials } = target;
  if (!credentials) return [];
  return [credentials.sessionToken, credentials.secretAccessKey, credentials.accessKeyId]
    .filter((secret): secret is string => secret !== undefined && secret !== '')
    .sort((a, b) => b.length - a.length);
}

// ---------------------------------------------------------------------------------------
// The SDK, loaded lazily and quietly

/**
 * Runs `create` (an SDK client constructor) with the SDK's NodeVersionSupportWarning dropped:
 * revmeta supports Node 20 and pins SDK releases that do, so the warning says nothing a user
 * can act on. Every other warning is passed on. Construction is synchronous, so no other
 * code's warning can be caught in between.
 */
export function withoutNodeVersionWarning<T>(create: () => T): T {
  const original = process.emitWarning;
  const filtered = function (this: unknown, warning: string | Error, ...rest: unknown[]): void {
    const text = typeof warning === 'string' ? warning : warning?.message;
    if (typeof text === 'string' && text.startsWith('NodeVersionSupportWarning')) return;
    (original as (...args: unknown[]) => void).call(process, warning, ...rest);
  };
  process.emitWarning = filtered as typeof process.emitWarning;
  try {
    return create();
  } finally {
    process.emitWarning = original;
  }
}

function clientConfig(target: AthenaConnection): Record<string, unknown> {
  return {
    region: target.region,
    ...(target.endpoint === undefined ? {} : { endpoint: target.endpoint }),
    ...(target.credentials === undefined ? {} : { credentials: target.credentials }),
    ...(target.profile === undefined ? {} : { profile: target.profile }),
    maxAttempts: target.connectionRetries + 1,
    retryMode: 'standard',
    // Without throwOnRequestTimeout, @smithy/node-http-handler only logs a warning when requestTimeout passes and keeps waiting.
    requestHandler: { requestTimeout: target.requestTimeout, connectionTimeout: Math.min(target.connectTimeout, target.requestTimeout), throwOnRequestTimeout: true },
  };
}

type GlueSdk = typeof import('@aws-sdk/client-glue');
type AthenaSdk = typeof import('@aws-sdk/client-athena');

/** One value, created on first use; a failed creation is tried again next time. */
function lazy<T>(create: () => Promise<T>): () => Promise<T> {
  let value: Promise<T> | undefined;
  return () => {
    value ??= create().catch((error: unknown) => {
      value = undefined;
      throw error;
    });
    return value;
  };
}

// ---------------------------------------------------------------------------------------
// Errors

/** The service's words, as the AWS CLI prints them: `AccessDeniedException: User ... is not authorized`. */
function awsMessage(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const name = error.name && error.name !== 'Error' ? `${error.name}: ` : '';
  return `${name}${error.message}`;
}

function attemptsOf(error: unknown): number {
  const attempts = (error as { $metadata?: { attempts?: unknown } } | null)?.$metadata?.attempts;
  return typeof attempts === 'number' ? attempts : 1;
}

function errorName(error: unknown): string | undefined {
  return error instanceof Error ? error.name : undefined;
}

/** A failed AWS call as an Error that says what revmeta asked for; the SDK error is not kept as `cause`. */
export function awsError(what: string, error: unknown, target: AthenaConnection): Error {
  return new Error(maskSecrets(`${what} failed${attemptsNote(attemptsOf(error))}: ${awsMessage(error)}`, secretsOf(target)));
}

// ---------------------------------------------------------------------------------------
// The Glue catalog

/** The Glue reads introspect and readCompileContext make; `requests` counts every API call (each page is one). */
export interface GlueCatalog {
  requests: number;
  /** Every Glue database of the catalog, page by page. */
  databases(): Promise<Database[]>;
  /** Every table of a Glue database, page by page. */
  tables(database: string): Promise<Table[]>;
  /** One table, as UpdateTable must restate it. */
  table(database: string, name: string): Promise<Table>;
}

function createCatalog(sdk: GlueSdk, client: GlueClient, target: AthenaConnection): GlueCatalog {
  const catalogId = target.catalogId === undefined ? {} : { CatalogId: target.catalogId };
  const catalog: GlueCatalog = {
    requests: 0,
    async databases() {
      const found: Database[] = [];
      let token: string | undefined;
      do {
        catalog.requests++;
        const page = await client
          .send(new sdk.GetDatabasesCommand({ ...catalogId, MaxResults: PAGE_SIZE, ...(token ? { NextToken: token } : {}) }))
          .catch((error: unknown) => {
            throw awsError('Glue GetDatabases', error, target);
          });
        found.push(...(page.DatabaseList ?? []));
        token = page.NextToken || undefined;
      } while (token);
      return found;
    },
    async tables(database) {
      const found: Table[] = [];
      let token: string | undefined;
      do {
        catalog.requests++;
        const page = await client
          .send(new sdk.GetTablesCommand({ ...catalogId, DatabaseName: database, MaxResults: PAGE_SIZE, ...(token ? { NextToken: token } : {}) }))
          .catch((error: unknown) => {
            throw awsError(`Glue GetTables of database ${JSON.stringify(database)}`, error, target);
          });
        found.push(...(page.TableList ?? []));
        token = page.NextToken || undefined;
      } while (token);
      return found;
    },
    async table(database, name) {
      catalog.requests++;
      const result = await client.send(new sdk.GetTableCommand({ ...catalogId, DatabaseName: database, Name: name })).catch((error: unknown) => {
        throw awsError(`Glue GetTable of ${JSON.stringify(database)}.${JSON.stringify(name)}`, error, target);
      });
      if (!result.Table) throw new Error(`Glue GetTable of ${JSON.stringify(database)}.${JSON.stringify(name)} returned no table`);
      return result.Table;
    },
  };
  return catalog;
}

// ---------------------------------------------------------------------------------------
// Running statements

function stringMember(request: JsonObject, key: string, what: string, required: boolean): string | undefined {
  const value = request[key];
  if (value === undefined && !required) return undefined;
  if (typeof value !== 'string' || value === '') throw new Error(`${what}: ${key} must be a non-empty string`);
  return value;
}

/** The JSON of a statement as the SDK's UpdateTable input: timestamps back to Dates. */
function updateTableInput(request: JsonObject): Record<string, unknown> {
  const what = 'glue:UpdateTable';
  const unknown = Object.keys(request).filter((key) => !(UPDATE_TABLE_MEMBERS as readonly string[]).includes(key));
  if (unknown.length > 0) throw new Error(`${what}: revmeta does not send ${unknown.join(', ')}`);
  stringMember(request, 'DatabaseName', what, true);
  stringMember(request, 'CatalogId', what, false);
  stringMember(request, 'VersionId', what, false);
  if (request.SkipArchive !== undefined && typeof request.SkipArchive !== 'boolean') throw new Error(`${what}: SkipArchive must be true or false`);
  const tableInput = request.TableInput;
  if (typeof tableInput !== 'object' || tableInput === null || Array.isArray(tableInput)) throw new Error(`${what}: TableInput must be an object`);
  stringMember(tableInput, 'Name', `${what} TableInput`, true);
  const input: Record<string, unknown> = { ...tableInput };
  for (const member of TABLE_INPUT_DATES) {
    const value = tableInput[member];
    if (value === undefined) continue;
    const date = typeof value === 'string' ? new Date(value) : undefined;
    if (date === undefined || Number.isNaN(date.getTime())) throw new Error(`${what}: TableInput.${member} must be an ISO timestamp`);
    input[member] = date;
  }
  return { ...request, TableInput: input };
}

function qualified(request: JsonObject): string {
  const table = (request.TableInput as JsonObject | undefined)?.Name;
  return `${JSON.stringify(request.DatabaseName)}.${JSON.stringify(table)}`;
}

/**
 * One UpdateTable: one request. Glue refuses a VersionId that is no longer the table's
 * (ConcurrentModificationException), so nothing written since the plan read the table is
 * overwritten. On that refusal the table is read once: if its version moved, the statement
 * fails naming both versions; if not (a concurrent writer that did not commit), the request
 * is sent once more, with the same VersionId.
 */
async function updateTable(sdk: GlueSdk, client: GlueClient, request: JsonObject, target: AthenaConnection): Promise<void> {
  const input = updateTableInput(request) as unknown as ConstructorParameters<GlueSdk['UpdateTableCommand']>[0];
  const where = qualified(request);
  const versionId = request.VersionId as string | undefined;
  const catalogId = request.CatalogId === undefined ? {} : { CatalogId: request.CatalogId as string };
  const send = () => client.send(new sdk.UpdateTableCommand(input));
  const refusedAsStale = (error: unknown) => errorName(error) === 'ConcurrentModificationException' && versionId !== undefined;
  try {
    await send();
    return;
  } catch (error) {
    if (!refusedAsStale(error)) throw awsError(`Glue UpdateTable of ${where}`, error, target);
  }
  const current = await client
    .send(new sdk.GetTableCommand({ ...catalogId, DatabaseName: request.DatabaseName as string, Name: (request.TableInput as JsonObject).Name as string }))
    .catch((error: unknown) => {
      throw awsError(`Glue GetTable of ${where} (after UpdateTable was refused for a concurrent modification)`, error, target);
    });
  const now = current.Table?.VersionId;
  const stale = (version: string) =>
    new Error(`Glue table ${where} changed since the plan read it (version ${versionId} then, ${version} now); nothing was written to it: plan again`);
  if (now !== versionId) throw stale(now ?? 'none');
  try {
    await send();
  } catch (error) {
    if (refusedAsStale(error)) throw stale('a newer one');
    throw awsError(`Glue UpdateTable of ${where}`, error, target);
  }
}

/** Rows of a Glue read: the objects it lists, as JSON (timestamps as ISO text). */
async function glueRead(catalog: GlueCatalog, operation: string, request: JsonObject): Promise<Record<string, unknown>[]> {
  const json = (value: unknown) => JSON.parse(JSON.stringify(value)) as Record<string, unknown>;
  switch (operation) {
    case 'GetDatabases':
      return (await catalog.databases()).map(json);
    case 'GetTables':
      return (await catalog.tables(stringMember(request, 'DatabaseName', `glue:${operation}`, true)!)).map(json);
    case 'GetTable':
      return [json(await catalog.table(stringMember(request, 'DatabaseName', `glue:${operation}`, true)!, stringMember(request, 'Name', `glue:${operation}`, true)!))];
    default:
      throw new Error(`glue:${operation} is not a read revmeta makes (GetDatabases, GetTables, GetTable)`);
  }
}

const sleep = (millis: number) => new Promise((resolve) => setTimeout(resolve, millis));

/** Runs one Athena statement to its end; returns its execution id. */
async function runAthena(sdk: AthenaSdk, client: AthenaClient, sql: string, target: AthenaConnection): Promise<{ id: string; statementType: string | undefined }> {
  const short = sql.replace(/\s+/g, ' ').slice(0, 80);
  const started = await client
    .send(
      new sdk.StartQueryExecutionCommand({
        QueryString: sql,
        WorkGroup: target.workgroup,
        ...(target.outputLocation === undefined ? {} : { ResultConfiguration: { OutputLocation: target.outputLocation } }),
      }),
    )
    .catch((error: unknown) => {
      throw awsError(`Athena StartQueryExecution (${short})`, error, target);
    });
  const id = started.QueryExecutionId;
  if (!id) throw new Error('Athena StartQueryExecution returned no QueryExecutionId');
  const deadline = Date.now() + target.queryTimeout;
  for (let wait = 100; ; wait = Math.min(wait * 2, 2000)) {
    const { QueryExecution: execution } = await client.send(new sdk.GetQueryExecutionCommand({ QueryExecutionId: id })).catch((error: unknown) => {
      throw awsError(`Athena GetQueryExecution ${id}`, error, target);
    });
    const state = execution?.Status?.State;
    if (state === 'SUCCEEDED') return { id, statementType: execution?.StatementType };
    if (state === 'FAILED' || state === 'CANCELLED') {
      const reason = execution?.Status?.AthenaError?.ErrorMessage ?? execution?.Status?.StateChangeReason ?? 'no reason given';
      throw new Error(maskSecrets(`Athena query ${id} ${state.toLowerCase()}: ${reason}`, secretsOf(target)));
    }
    if (Date.now() >= deadline) {
      await client.send(new sdk.StopQueryExecutionCommand({ QueryExecutionId: id })).catch(() => undefined);
      throw new Error(`Athena query ${id} did not finish within ${target.queryTimeout} ms (queryTimeout); it was stopped`);
    }
    await sleep(wait);
  }
}

/** Rows of a finished Athena query, by column name; a SELECT's first row repeats the names and is dropped. */
async function athenaRows(sdk: AthenaSdk, client: AthenaClient, id: string, statementType: string | undefined, target: AthenaConnection): Promise<Record<string, unknown>[]> {
  const rows: Record<string, unknown>[] = [];
  let names: string[] | undefined;
  let token: string | undefined;
  let first = true;
  do {
    const page = await client
      .send(new sdk.GetQueryResultsCommand({ QueryExecutionId: id, ...(token ? { NextToken: token } : {}) }))
      .catch((error: unknown) => {
        throw awsError(`Athena GetQueryResults ${id}`, error, target);
      });
    names ??= (page.ResultSet?.ResultSetMetadata?.ColumnInfo ?? []).map((column, i) => column.Name ?? `_col${i}`);
    let data = page.ResultSet?.Rows ?? [];
    if (first && statementType === 'DML' && data.length > 0) data = data.slice(1);
    first = false;
    for (const row of data) {
      const values = row.Data ?? [];
      rows.push(Object.fromEntries(names.map((name, i) => [name, values[i]?.VarCharValue ?? null])));
    }
    token = page.NextToken || undefined;
  } while (token);
  return rows;
}

// ---------------------------------------------------------------------------------------
// Driver and sessions

/** A Driver that also names the OpenMetadata database level it stands for, and reads the Glue catalog. */
export interface AthenaDriver extends NamedDatabaseDriver {
  /** The connection's `catalogId`, or undefined for the credentials' own account. */
  readonly catalogId: string | undefined;
  /** A Glue reader with its own request count. */
  catalog(): Promise<GlueCatalog>;
}

export function createDriver(ctx: ConnectorContext): AthenaDriver {
  const target = parseConnection(ctx.connection, timeoutsOf(ctx));
  const config = clientConfig(target);
  const clients: Array<{ destroy(): void }> = [];
  /** An SDK client made on first use (the SDK loads lazily); kept to be destroyed on close. */
  const sdkClient = <Sdk extends object, Client extends { destroy(): void }>(load: () => Promise<Sdk>, make: (sdk: Sdk) => Client) =>
    lazy(async () => {
      const sdk = await importDriver(load);
      const client = withoutNodeVersionWarning(() => make(sdk));
      clients.push(client);
      return { sdk, client };
    });
  const glueClient = () => sdkClient(() => import('@aws-sdk/client-glue'), (sdk) => new sdk.GlueClient(config));
  const athenaClient = () => sdkClient(() => import('@aws-sdk/client-athena'), (sdk) => new sdk.AthenaClient(config));
  // Replaced on close, so a driver used again after close() gets fresh clients.
  let glue = glueClient();
  let athena = athenaClient();
  const catalog = async () => {
    const { sdk, client } = await glue();
    return createCatalog(sdk, client, target);
  };

  const session = (): DriverSession => {
    let closed = false;
    const open = () => {
      if (closed) throw new Error('this Athena session is closed');
    };
    return {
      async query(sql) {
        open();
        const glueRequest = parseGlueRequest(sql);
        if (glueRequest) return glueRead(await catalog(), glueRequest.operation, glueRequest.request);
        const { sdk, client } = await athena();
        const { id, statementType } = await runAthena(sdk, client, sql, target);
        return athenaRows(sdk, client, id, statementType, target);
      },
      async execute(sql) {
        open();
        // Athena would only answer with a syntax error: say what is wrong instead.
        if (sql.startsWith(GLUE_PREFIX)) throw new Error('a Glue request is sent as a typed plan statement, not as text: execute runs Athena SQL only');
        const { sdk, client } = await athena();
        await runAthena(sdk, client, sql, target);
      },
      async send(request: ApiRequest) {
        open();
        if (request.kind !== 'glue.UpdateTable') throw new Error(`${request.kind} is not a request revmeta sends to Glue (only glue.UpdateTable)`);
        const { sdk, client } = await glue();
        await updateTable(sdk, client, request.input, target);
      },
      ...withoutTransactions('Glue and Athena have no transactions: each statement takes effect on its own'),
      async close() {
        closed = true;
      },
    };
  };

  return {
    databaseName: target.databaseName,
    catalogId: target.catalogId,
    catalog,
    async open(database?: string) {
      checkOnlyDatabase('Athena', target.databaseName, database);
      return session();
    },
    async close() {
      glue = glueClient();
      athena = athenaClient();
      for (const client of clients.splice(0)) client.destroy();
    },
  };
}
