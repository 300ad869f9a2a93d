/**
 * One Snowflake session through `snowflake-sdk`, loaded on first use (it is large, and only
 * services of type snowflake need it). A revmeta session is a view on the driver's one
 * connection: every statement names its objects fully qualified, so no session state
 * (current database or schema) is used. A statement alone runs with MULTI_STATEMENT_COUNT = 1,
 * a table's statements together (`executeRequest`) as one multi-statement request with
 * MULTI_STATEMENT_COUNT = their exact number: either way the server refuses a text holding one
 * statement more, so a value can never smuggle in a second statement.
 *
 * Authentication: password; key pair (a PEM private key file or the key itself, with its
 * passphrase); an OAuth access token. The driver's own logger is silenced (it writes to the
 * console and a snowflake.log file by default), and no message of ours carries a secret.
 */
import path from 'node:path';
import type { Connection, ConnectionOptions, SnowflakeError } from 'snowflake-sdk';
import { attemptsNote, maskSecrets, readTimeoutMillis, timeoutsOf, type Timeouts, withRetries } from '../connection.js';
import { TRANSIENT_SOCKET_CODES as SOCKET_CODES } from '../connection.js';
import { lexSql } from '../sql-lexer.js';
import { connectionRetriesSchema, DEFAULT_CONNECTION_RETRIES, optionReader, textOption, wholeNumberOption } from '../kit/options.js';
import { BatchStatementError, type ConnectorContext, type Driver, type DriverSession } from '../types.js';
import { withoutTransactions } from '../kit/sessions.js';
import { parseQualifiedName, SNOWFLAKE_SYNTAX, type TagSchema } from './sql.js';

/**
 * How long one HTTP request may wait for an answer. Snowflake answers a long query with "in
 * progress" and the driver polls, so this bounds a hung connection, not a query; the
 * driver's own default (6 minutes) is long for a CI job facing an unreachable host.
 */

/** JSON Schema (draft-07) of a snowflake service's `connection:` block. */
export const connectionSchema: Record<string, unknown> = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  title: 'Snowflake connection',
  description: 'A Snowflake account, with the option names of snowflake-sdk. Give one way to authenticate: password, privateKeyPath or privateKey, or token.',
  type: 'object',
  additionalProperties: false,
  required: ['account'],
  anyOf: [{ required: ['password'] }, { required: ['privateKeyPath'] }, { required: ['privateKey'] }, { required: ['token'] }],
  properties: {
    account: textOption('Account identifier, e.g. myorg-myaccount (or a locator such as xy12345.eu-central-1).'),
    username: textOption('Login name; needed for password and key-pair authentication.'),
    password: textOption('Password authentication (a programmatic access token also goes here). Use ${VAR}.'),
    privateKeyPath: textOption('Key-pair authentication: the PEM private key file, relative to the config file.'),
    privateKey: textOption('Key-pair authentication: the PEM private key itself, e.g. ${SNOWFLAKE_PRIVATE_KEY}.'),
    privateKeyPass: { type: 'string', description: 'Passphrase of an encrypted private key. Use ${VAR}.' },
    token: textOption('OAuth authentication: an access token. Use ${VAR}.'),
    role: textOption('Role to use (default: the user\'s default role). It must be allowed to comment, tag and grant.'),
    warehouse: textOption('Warehouse for the INFORMATION_SCHEMA reads (default: the user\'s default warehouse).'),
    accessUrl: {
      type: 'string',
      pattern: '^https?://',
      description: 'Where to connect instead of https://<account>.snowflakecomputing.com (private link, a proxy, a local fake).',
    },
    requestTimeout: wholeNumberOption("How long one request to Snowflake may go unanswered, in milliseconds (default: the service's timeouts.statement plus 5s: 50s); long queries are polled and not cut by it."),
    tagReferences: {
      enum: ['information_schema', 'account_usage'],
      description:
        'Where tag assignments are read: information_schema (default; current, one table-function call per object, ' +
        'batched) or account_usage (SNOWFLAKE.ACCOUNT_USAGE.TAG_REFERENCES: one query, but up to 2 hours behind).',
    },
    ownershipGrants: {
      enum: ['copy', 'revoke'],
      description: 'GRANT OWNERSHIP ... COPY CURRENT GRANTS (default: keep the grants others have) or REVOKE CURRENT GRANTS.',
    },
    connectionRetries: connectionRetriesSchema('refused, reset, unreachable before the login got an answer'),
  },
};

export type TagReferenceSource = 'information_schema' | 'account_usage';

export interface SnowflakeConnection {
  account: string;
  username: string | undefined;
  auth:
    | { method: 'password'; password: string }
    | { method: 'keypair'; privateKeyPath?: string; privateKey?: string; passphrase: string | undefined }
    | { method: 'oauth'; token: string };
  role: string | undefined;
  warehouse: string | undefined;
  accessUrl: string | undefined;
  requestTimeout: number;
  connectionRetries: number;
  tagReferences: TagReferenceSource;
  ownershipGrants: 'copy' | 'revoke';
}

const { invalid, optionalString, requiredString, optionalNumber, connectionRetriesOf } = optionReader('snowflake', { integers: true });

function oneOf<T extends string>(connection: Record<string, unknown>, key: string, values: readonly T[], fallback: T): T {
  const value = connection[key];
  if (value === undefined) return fallback;
  if (typeof value === 'string' && (values as readonly string[]).includes(value)) return value as T;
  throw invalid(key, `one of ${values.join(', ')}`);
}

/**
 * Reads the `connection:` block; relative key files are resolved against the config folder.
 * The config validator has checked the block against `connectionSchema`; this adds what a
 * schema says badly: exactly one way to authenticate.
 */
export function parseConnection(connection: Record<string, unknown>, configDir: string, timeouts: Timeouts = timeoutsOf({})): SnowflakeConnection {
  const password = optionalString(connection, 'password');
  const privateKeyPath = optionalString(connection, 'privateKeyPath');
  const privateKey = optionalString(connection, 'privateKey');
  const token = optionalString(connection, 'token');
  const given = Object.entries({ password, privateKeyPath, privateKey, token }).filter(([, value]) => value !== undefined && value !== '');
  if (given.length !== 1) {
    const found = given.length === 0 ? 'none is set' : `${given.map(([name]) => name).join(' and ')} are set`;
    throw new Error(`invalid snowflake connection: give exactly one of password, privateKeyPath, privateKey or token (${found})`);
  }
  const passphrase = optionalString(connection, 'privateKeyPass');
  if (passphrase !== undefined && privateKeyPath === undefined && privateKey === undefined) {
    throw invalid('privateKeyPass', 'given only with privateKeyPath or privateKey');
  }
  const username = optionalString(connection, 'username');
  let auth: SnowflakeConnection['auth'];
  if (password !== undefined) auth = { method: 'password', password };
  else if (token !== undefined) auth = { method: 'oauth', token };
  else {
    auth = {
      method: 'keypair',
      ...(privateKeyPath !== undefined ? { privateKeyPath: path.resolve(configDir, privateKeyPath) } : {}),
      ...(privateKey !== undefined ? { privateKey } : {}),
      passphrase,
    };
  }
  if (auth.method !== 'oauth' && (username === undefined || username === '')) throw invalid('username', 'set for password and key-pair authentication');
  const accessUrl = optionalString(connection, 'accessUrl');
  if (accessUrl !== undefined && !/^https?:\/\//i.test(accessUrl)) throw invalid('accessUrl', 'an http:// or https:// URL');
  const connectionRetries = connectionRetriesOf(connection) ?? DEFAULT_CONNECTION_RETRIES;
  return {
    account: requiredString(connection, 'account'),
    username,
    auth,
    role: optionalString(connection, 'role'),
    warehouse: optionalString(connection, 'warehouse'),
    accessUrl,
    requestTimeout: optionalNumber(connection, 'requestTimeout') ?? readTimeoutMillis(timeouts),
    connectionRetries,
    tagReferences: oneOf(connection, 'tagReferences', ['information_schema', 'account_usage'] as const, 'information_schema'),
    ownershipGrants: oneOf(connection, 'ownershipGrants', ['copy', 'revoke'] as const, 'copy'),
  };
}

/** Every secret of a connection block, longest first, whether or not parsing it succeeded. */
function secretsOf(connection: Record<string, unknown>): string[] {
  const secrets = ['password', 'privateKey', 'privateKeyPass', 'token']
    .map((key) => connection[key])
    .filter((value): value is string => typeof value === 'string' && value !== '');
  return [...new Set(secrets)].sort((a, b) => b.length - a.length);
}

// ---------------------------------------------------------------------------------------
// The SDK

type Sdk = typeof import('snowflake-sdk');

const SILENT = { error() {}, warn() {}, info() {}, debug() {}, trace() {} };

let sdkPromise: Promise<Sdk> | undefined;

/**
 * Loads snowflake-sdk once. Before its first login: no cloud-platform probing (it asks the
 * AWS, Azure and GCP metadata endpoints where it runs, which delays every login and prints
 * an AWS SDK warning) and no connection-shape telemetry, unless the environment says
 * otherwise; and a logger that drops everything (it logs to the console and snowflake.log).
 */
function loadSdk(): Promise<Sdk> {
  sdkPromise ??= (async () => {
    process.env['SNOWFLAKE_DISABLE_PLATFORM_DETECTION'] ??= 'true';
    process.env['SF_TELEMETRY_DISABLE_CONNECTION_SHAPE'] ??= 'true';
    const module = await import('snowflake-sdk');
    const sdk = (module.default ?? module) as Sdk;
    sdk.configure({ logLevel: 'OFF', customLogger: SILENT, additionalLogToConsole: false });
    return sdk;
  })().catch((error: unknown) => {
    sdkPromise = undefined;
    throw error;
  });
  return sdkPromise;
}

function connectionOptions(target: SnowflakeConnection): ConnectionOptions {
  const options: ConnectionOptions & { sfRetryMaxLoginRetries?: number } = {
    account: target.account,
    application: 'revmeta',
    // revmeta retries a refused login itself (connectionRetries), with its own backoff.
    sfRetryMaxLoginRetries: 0,
    timeout: target.requestTimeout,
    // No local token cache, no browser, no console login: a CI job has none of them.
    clientStoreTemporaryCredential: false,
    clientRequestMFAToken: false,
    disableConsoleLogin: true,
  };
  if (target.username !== undefined) options.username = target.username;
  if (target.role !== undefined) options.role = target.role;
  if (target.warehouse !== undefined) options.warehouse = target.warehouse;
  if (target.accessUrl !== undefined) options.accessUrl = target.accessUrl;
  switch (target.auth.method) {
    case 'password':
      options.password = target.auth.password;
      break;
    case 'oauth':
      options.authenticator = 'OAUTH';
      options.token = target.auth.token;
      break;
    case 'keypair':
      options.authenticator = 'SNOWFLAKE_JWT';
      if (target.auth.privateKeyPath !== undefined) options.privateKeyPath = target.auth.privateKeyPath;
      if (target.auth.privateKey !== undefined) options.privateKey = target.auth.privateKey;
      if (target.auth.passphrase !== undefined) options.privateKeyPass = target.auth.passphrase;
      break;
  }
  return options;
}

// ---------------------------------------------------------------------------------------
// Errors

/** Socket errors: the request never got an answer. */
const TRANSIENT_SOCKET_CODES = new Set([...SOCKET_CODES, 'ETIMEDOUT']);

/** The driver's "could not reach Snowflake" (401001) around a socket error: worth another login attempt. */
export function isTransient(error: unknown): boolean {
  const { code, cause } = (error ?? {}) as { code?: unknown; cause?: { code?: unknown } };
  if (typeof code === 'string' && TRANSIENT_SOCKET_CODES.has(code)) return true;
  return code === 401001 && typeof cause?.code === 'string' && TRANSIENT_SOCKET_CODES.has(cause.code);
}

/** Snowflake's words: `002003 (02000): SQL compilation error: ...`, or the driver's message. */
export function serverMessage(error: unknown): string {
  const { code, sqlState, message } = (error ?? {}) as SnowflakeError;
  const text = typeof message === 'string' && message !== '' ? message : String(error);
  if (typeof code === 'string' && /^\d+$/.test(code)) return `${code}${sqlState ? ` (${sqlState})` : ''}: ${text}`;
  return text;
}

function where(target: SnowflakeConnection): string {
  const user = target.username ?? '(oauth)';
  if (target.accessUrl === undefined) return `${user}@${target.account}`;
  try {
    const url = new URL(target.accessUrl);
    return `${user}@${target.account} via ${url.protocol}//${url.host}`;
  } catch {
    return `${user}@${target.account}`;
  }
}

// ---------------------------------------------------------------------------------------
// Sessions

function connect(connection: Connection): Promise<void> {
  return new Promise((resolve, reject) => {
    // connectAsync resolves even when the login fails; connect's callback gets the error.
    connection.connect((error) => (error ? reject(error) : resolve()));
  });
}

/** Runs `sql`, which the server must find to hold exactly one statement (MULTI_STATEMENT_COUNT = 1), and reads its rows. */
function run(connection: Connection, sql: string): Promise<Record<string, unknown>[]> {
  return new Promise((resolve, reject) => {
    connection.execute({
      sqlText: sql,
      parameters: { MULTI_STATEMENT_COUNT: 1 },
      complete: (error, _statement, rows) => (error ? reject(error) : resolve((rows ?? []) as Record<string, unknown>[])),
    });
  });
}

/**
 * Runs `sql` as one multi-statement request that the server must find to hold exactly
 * `statementCount` statements (it refuses the whole text otherwise, before running any of it),
 * and settles when the server has answered it: all ran, or the error names the one that failed.
 * snowflake-sdk then fetches the first statement's result with a second HTTP request (GET
 * /queries/<id>/result) before it would hand over rows; with `streamResult` it calls `complete`
 * as soon as the request is answered, and again when that fetch is done, so the next request
 * need not wait for it (nothing is read from it: these are DDL statements). The fetch joins
 * `fetches` until then: closing the driver waits for it, rather than cutting it (which the
 * driver would retry, for up to a minute).
 */
function runRequest(connection: Connection, sql: string, statementCount: number, fetches: Set<Promise<void>>): Promise<void> {
  return new Promise((resolve, reject) => {
    let fetched: (() => void) | undefined;
    connection.execute({
      sqlText: sql,
      parameters: { MULTI_STATEMENT_COUNT: statementCount },
      streamResult: true,
      complete: (error) => {
        if (fetched !== undefined) return fetched();
        if (error) return reject(error);
        const fetch = new Promise<void>((done) => (fetched = done));
        fetches.add(fetch);
        void fetch.then(() => fetches.delete(fetch));
        resolve();
      },
    });
  });
}

/** Waits for `fetches` to end, at most `ms` (an unanswered one must not hold the process). */
async function settled(fetches: Set<Promise<void>>, ms: number): Promise<void> {
  if (fetches.size === 0) return;
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<void>((resolve) => (timer = setTimeout(resolve, ms)));
  await Promise.race([Promise.all([...fetches]), timeout]);
  clearTimeout(timer);
}

/** Where a statement of a request's text begins: Snowflake's line (from 1) and position in it (from 0). */
interface TextPlace {
  line: number;
  position: number;
}

/**
 * One multi-statement request's text: the statements joined by a `;` on a line of its own (a
 * line break ends a trailing `--` comment, as in sql-lexer's batches), and where each begins.
 */
export function requestText(statements: readonly string[]): { text: string; starts: TextPlace[] } {
  const text = statements.join('\n;\n');
  const starts: TextPlace[] = [];
  let offset = 0;
  let line = 1;
  let counted = 0;
  for (const sql of statements) {
    // A statement begins after its leading white space.
    const begins = offset + /^\s*/.exec(sql)![0].length;
    for (let i = text.indexOf('\n', counted); i >= 0 && i < begins; i = text.indexOf('\n', i + 1)) line++;
    counted = begins;
    starts.push({ line, position: begins - (text.lastIndexOf('\n', begins - 1) + 1) });
    offset += sql.length + 3;
  }
  return { text, starts };
}

/**
 * Which statement of a multi-statement request failed, and its own error, from Snowflake's
 * 100132 (P0000) error of SYSTEM$MULTISTMT: `… failed on statement "<first 30 characters>..."
 * (at line L, position P).\n<the statement's error> in SYSTEM$MULTISTMT at …` (the SQL API's
 * "Submitting multiple SQL statements in a single request", Handling errors:
 * docs.snowflake.com/en/developer-guide/sql-api/submitting-multiple-statements). Null for any
 * other error (a syntax error or a count the server refused: the whole request, before any of it
 * ran) or a place that is no statement's start.
 */
export function failedStatementOf(error: unknown, starts: readonly TextPlace[]): { index: number; message: string } | null {
  const { code, message } = (error ?? {}) as SnowflakeError;
  if (String(code) !== '100132' || typeof message !== 'string') return null;
  // Anchored at the start, the statement shown at most 30 characters and "...": text further on (the statement's own error) cannot pose as the place.
  const place = /^JavaScript execution error: Uncaught Execution of multiple statements failed on statement "[\s\S]{0,64}?" \(at line (\d+), position (\d+)\)\.\n/.exec(message);
  if (place === null) return null;
  const [line, position] = [Number(place[1]), Number(place[2])];
  const index = starts.findIndex((start) => start.line === line && start.position === position);
  if (index < 0) return null;
  const own = message.slice(place.index + place[0].length);
  const end = own.lastIndexOf(' in SYSTEM$MULTISTMT');
  return { index, message: end < 0 ? own : own.slice(0, end) };
}

/** A statement that ends with a `;` of its own (a custom template may): joined, it would make an empty statement between. */
function endsWithSeparator(sql: string): boolean {
  return lexSql(`${sql}\nSELECT 1`, SNOWFLAKE_SYNTAX).separators.length > lexSql(sql, SNOWFLAKE_SYNTAX).separators.length;
}

function destroy(connection: Connection): Promise<void> {
  return new Promise((resolve) => connection.destroy(() => resolve()));
}

/** What introspect and readCompileContext read from the driver: the options that shape statements. */
export interface SnowflakeDriver extends Driver {
  readonly kind: 'snowflake';
  /** `tags.schema` as written in the config, or null. */
  readonly tagSchemaText: string | null;
  /** `tags.create`: tag objects the plan needs may be created. */
  readonly mayCreateTags: boolean;
  /** `tags.schema` as stored names; throws for a malformed one. */
  tagSchema(): TagSchema | null;
  settings(): Pick<SnowflakeConnection, 'tagReferences' | 'ownershipGrants'>;
  /** Tag keys introspection found in the tag schema (null before it ran). */
  knownTagKeys: string[] | null;
}

export function isSnowflakeDriver(driver: Driver): driver is SnowflakeDriver {
  return (driver as Partial<SnowflakeDriver>).kind === 'snowflake';
}

/**
 * The connection is opened on first use and shared by every session; a wrong password or an
 * unreachable account fails there, as a connect error naming user and account only.
 * Parsing the block waits for that first use too, so its mistakes are reported with the
 * service they belong to.
 */
export function createDriver(ctx: ConnectorContext): SnowflakeDriver {
  const secrets = secretsOf(ctx.connection);
  const mask = (text: string) => maskSecrets(text, secrets);
  let target: SnowflakeConnection | undefined;
  let connection: Promise<Connection> | undefined;
  /** Result fetches snowflake-sdk still makes after multi-statement requests were answered (see runRequest). */
  const fetches = new Set<Promise<void>>();
  const parsed = () => (target ??= parseConnection(ctx.connection, ctx.configDir, timeoutsOf(ctx)));

  async function login(): Promise<Connection> {
    const options = parsed();
    const sdk = await loadSdk();
    return withRetries(
      options.connectionRetries,
      isTransient,
      async () => {
        const created = sdk.createConnection(connectionOptions(options));
        try {
          await connect(created);
          return created;
        } catch (error) {
          await destroy(created).catch(() => undefined);
          throw error;
        }
      },
      (error, attempts) => new Error(mask(`could not connect to Snowflake as ${where(options)}${attemptsNote(attempts)}: ${serverMessage(error)}`)),
    );
  }

  function session(open: Connection): DriverSession {
    const statementError = (error: unknown) => new Error(mask(serverMessage(error)));
    const execute = async (sql: string) => {
      await run(open, sql).catch((error: unknown) => Promise.reject(statementError(error)));
    };
    return {
      query: (sql) => run(open, sql).catch((error: unknown) => Promise.reject(statementError(error))),
      execute,
      async executeRequest(statements) {
        if (statements.length === 1 || statements.some(endsWithSeparator)) {
          // One at a time, as one request would have run them: the same outcomes, more round trips.
          for (const [index, sql] of statements.entries()) await execute(sql).catch((error: unknown) => Promise.reject(new BatchStatementError(index, error)));
          return;
        }
        const { text, starts } = requestText(statements);
        try {
          await runRequest(open, text, statements.length, fetches);
        } catch (error) {
          const failed = failedStatementOf(error, starts);
          if (failed === null) throw statementError(error);
          const ran = failed.index === 0 ? 'none before it ran' : `the ${failed.index} before it ran`;
          throw new BatchStatementError(failed.index, new Error(mask(`${failed.message} (statement ${failed.index + 1} of ${statements.length} in one request; ${ran}, none after it)`)));
        }
      },
      ...withoutTransactions('Snowflake DDL is not transactional: every statement commits on its own'),
      // No lockForApply: Snowflake has no advisory lock a session could hold; two applies at
      // once each write the same idempotent statements.
      close: async () => undefined,
    };
  }

  return {
    kind: 'snowflake',
    tagSchemaText: ctx.tags?.schema ?? null,
    mayCreateTags: ctx.tags?.create === true,
    knownTagKeys: null,
    tagSchema() {
      const text = ctx.tags?.schema;
      if (text === undefined) return null;
      const parts = parseQualifiedName(text);
      if (parts.length !== 2) throw new Error(`tags.schema "${text}" must name a database and a schema (e.g. GOVERNANCE.TAGS)`);
      return { database: parts[0]!, schema: parts[1]! };
    },
    settings() {
      const { tagReferences, ownershipGrants } = parsed();
      return { tagReferences, ownershipGrants };
    },
    async open(_database?: string) {
      try {
        connection ??= login();
        return session(await connection);
      } catch (error) {
        connection = undefined;
        throw new Error(mask(error instanceof Error ? error.message : String(error)));
      }
    },
    async close() {
      const open = connection;
      connection = undefined;
      await settled(fetches, 10_000);
      const created = await open?.catch(() => undefined);
      if (created) await destroy(created);
    },
  };
}
