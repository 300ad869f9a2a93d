/**
 * Connections to ClickHouse over HTTP through `@clickhouse/client`: `command()` for DDL,
 * `query()` with JSONEachRow for reads. Works against servers as old as 18.16, which takes
 * what this client sends by default (Basic auth, settings as URL parameters) but not query
 * parameters (`param_x` is an "Unknown setting" there), so the driver never uses them.
 * Errors never carry the password, whether it was given as an option or inside the URL.
 */
import type { ClickHouseClient } from '@clickhouse/client';
import { attemptsNote, lazyDriver, maskSecrets, readTimeoutMillis, timeoutsOf, type Timeouts, withRetries } from '../connection.js';
import { TRANSIENT_SOCKET_CODES } from '../connection.js';
import { connectionRetriesSchema, connectionSchemaOf, DEFAULT_CONNECTION_RETRIES, optionReader, textOption, wholeNumberOption } from '../kit/options.js';
import type { ConnectorContext, Driver, DriverSession } from '../types.js';
import { withoutTransactions } from '../kit/sessions.js';

/** OpenMetadata names the level above ClickHouse databases `default` unless the service sets one. */
export const DEFAULT_DATABASE_NAME = 'default';

/** The server's default `max_query_size`: longer statements need the setting raised per request. */
const DEFAULT_MAX_QUERY_SIZE = 262_144;
/** Room for the parser beyond the statement itself when raising `max_query_size`. */
const QUERY_SIZE_MARGIN = 1024;


/** JSON Schema (draft-07) of a clickhouse service's `connection:` block. */
export const connectionSchema = connectionSchemaOf(
  'ClickHouse connection',
  'A ClickHouse server over HTTP(S), with the option names of @clickhouse/client.',
  {
    required: ['url'],
    properties: {
      url: {
        type: 'string',
        pattern: '^https?://',
        description: 'HTTP(S) endpoint, e.g. http://clickhouse.internal:8123.',
      },
      username: textOption('Default "default".'),
      password: { type: 'string' },
      database: textOption("The ClickHouse database unqualified names resolve in (revmeta qualifies every name; default: the user's)."),
      request_timeout: wholeNumberOption("How long one HTTP request may take, in milliseconds (default: the service's timeouts.statement plus 5s: 50s)."),
      databaseName: textOption('The database name OpenMetadata gives this service (its ClickHouse databases are the schemas below it); default "default".'),
      connectionRetries: connectionRetriesSchema('refused, reset, too many simultaneous queries'),
    },
  },
);

export interface ClickHouseConnection {
  url: string;
  username: string | undefined;
  password: string | undefined;
  database: string | undefined;
  requestTimeout: number;
  /** The OpenMetadata database the manifests name; not a ClickHouse object. */
  databaseName: string;
  /**
   * Further attempts after a transient failure (refused, reset, server too busy); absent
   * when not configured, meaning DEFAULT_CONNECTION_RETRIES.
   */
  connectionRetries?: number | undefined;
}

const { invalid, optionalString, requiredString, optionalNumber: optionalPositive, connectionRetriesOf } = optionReader('clickhouse', { integers: true });

/**
 * Reads the `connection:` block. The config validator has checked it against
 * `connectionSchema` already; these checks only keep a wrong type from reaching the client.
 */
export function parseConnection(connection: Record<string, unknown>, timeouts: Timeouts = timeoutsOf({})): ClickHouseConnection {
  const url = requiredString(connection, 'url');
  if (!/^https?:\/\//i.test(url)) throw invalid('url', 'an http:// or https:// URL');
  const connectionRetries = connectionRetriesOf(connection);
  return {
    url,
    username: optionalString(connection, 'username'),
    password: optionalString(connection, 'password'),
    database: optionalString(connection, 'database'),
    requestTimeout: optionalPositive(connection, 'request_timeout') ?? readTimeoutMillis(timeouts),
    databaseName: optionalString(connection, 'databaseName') || DEFAULT_DATABASE_NAME,
    connectionRetries,
  };
}

// ---------------------------------------------------------------------------------------
// Secrets and messages

/** Every form a password can take in a message: as given, and URL-encoded (as in a URL). */
function secretsOf(target: ClickHouseConnection): string[] {
  const secrets = new Set<string>();
  const add = (secret: string | undefined) => {
    if (!secret) return;
    secrets.add(secret);
    secrets.add(encodeURIComponent(secret));
    try {
      secrets.add(decodeURIComponent(secret));
    } catch {
      // Not URL-encoded: the raw form is enough.
    }
  };
  add(target.password);
  add(urlPassword(target.url));
  return [...secrets].filter((secret) => secret !== '').sort((a, b) => b.length - a.length);
}

function urlPassword(url: string): string | undefined {
  try {
    return new URL(url).password || undefined;
  } catch {
    // An unparsable URL: mask whatever sits between `user:` and `@`.
    return /^[a-z]+:\/\/[^/:@]*:([^/@]*)@/i.exec(url)?.[1];
  }
}

export { maskSecrets };

/** The user revmeta logs in as: the option, else the URL's, else the client's default. */
function userOf(target: ClickHouseConnection): string {
  if (target.username !== undefined) return target.username;
  let user: string;
  try {
    user = new URL(target.url).username;
  } catch {
    user = /^[a-z]+:\/\/([^/:@]*)(?::[^/@]*)?@/i.exec(target.url)?.[1] ?? '';
  }
  try {
    return user === '' ? 'default' : decodeURIComponent(user);
  } catch {
    return user;
  }
}

/** `http://host:8123/path`: where revmeta connects, without credentials or parameters. */
export function displayUrl(url: string): string {
  try {
    const parsed = new URL(url);
    const path = parsed.pathname === '/' ? '' : parsed.pathname;
    return `${parsed.protocol}//${parsed.host}${path}`;
  } catch {
    return '(unparsable url)';
  }
}

/**
 * The server's words in one form, `Code: 60. DB::Exception: ...`. Newer servers answer
 * `Code: 60. DB::Exception: ... (UNKNOWN_TABLE) (version ...)`, which the client parses into
 * a message, a `code` and a `type`; 18.16 answers `Code: 60, e.displayText() =
 * DB::Exception: ..., e.what() = DB::Exception`, which it leaves as it is.
 */
export function serverMessage(error: unknown): string {
  if (error instanceof AggregateError && error.message === '') {
    return error.errors.map(serverMessage).join('; ');
  }
  const raw = (error instanceof Error ? error.message : String(error)).trim();
  const { code, type } = (error ?? {}) as { code?: unknown; type?: unknown };
  if (typeof code === 'string' && /^\d+$/.test(code) && typeof type === 'string') {
    return `Code: ${code}. DB::Exception: ${raw} (${type})`;
  }
  const old = /^Code: (\d+), e\.displayText\(\) = ([\s\S]*?),? e\.what\(\) = \S+$/.exec(raw);
  return old ? `Code: ${old[1]}. ${old[2]}` : raw;
}

/**
 * A connect failure as an Error that names where revmeta tried to connect. The original error
 * is not kept as `cause`: what a client attaches to its errors is outside our control.
 */
export function connectionError(error: unknown, target: ClickHouseConnection, tries = ''): Error {
  const where = `${userOf(target)}@${displayUrl(target.url)}`;
  return new Error(maskSecrets(`could not connect to ClickHouse as ${where}${tries}: ${serverMessage(error)}`, secretsOf(target)));
}

/** Server errors a moment later may not repeat: the server is busy, not the request wrong. */
const TRANSIENT_SERVER_CODES = new Set([
  202, // TOO_MANY_SIMULTANEOUS_QUERIES
  203, // NO_FREE_CONNECTION
  209, // SOCKET_TIMEOUT
  210, // NETWORK_ERROR
  242, // TABLE_IS_READ_ONLY (a replica whose ZooKeeper session is being re-established)
]);

/** The server's error number: the client's `code` (newer servers) or the `Code: N,` of 18.16's text. */
function serverCode(error: unknown): number | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && /^\d+$/.test(code)) return Number(code);
  const message = error instanceof Error ? error.message : '';
  const old = /^\s*Code: (\d+)[,.]/.exec(message);
  return old ? Number(old[1]) : undefined;
}

/**
 * Failures worth another try: the connection was refused or dropped, or the server is too
 * busy. Never authentication (516, or 192/193 on old servers), a SQL error or a timeout
 * (already `request_timeout` long).
 */
export function isTransient(error: unknown): boolean {
  if (error instanceof AggregateError) return error.errors.some(isTransient);
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && TRANSIENT_SOCKET_CODES.has(code)) return true;
  if (error instanceof Error && /^socket hang up$/.test(error.message)) return true;
  const server = serverCode(error);
  return server !== undefined && TRANSIENT_SERVER_CODES.has(server);
}

/** Only a refused connection proves the request never reached the server. */
function neverSent(error: unknown): boolean {
  if (error instanceof AggregateError) return error.errors.every(neverSent);
  return (error as { code?: unknown } | null)?.code === 'ECONNREFUSED';
}

/** A statement's failure: the server's message alone (apply shows the statement beside it). */
function statementError(error: unknown, secrets: readonly string[]): Error {
  return new Error(maskSecrets(serverMessage(error), secrets));
}

// ---------------------------------------------------------------------------------------
// Client and sessions

/**
 * Settings are left at what every version accepts: no compression (the default), no
 * session, no query parameters. The client's own logger is off: it prints request errors
 * to the console, and revmeta reports them itself.
 */
function createHttpClient({ createClient, ClickHouseLogLevel }: ClickHouseModule, target: ClickHouseConnection): ClickHouseClient {
  try {
    return createClient({
      url: target.url,
      ...(target.username !== undefined ? { username: target.username } : {}),
      ...(target.password !== undefined ? { password: target.password } : {}),
      ...(target.database !== undefined ? { database: target.database } : {}),
      // The client's own default is 30 s; the service's timeouts say how long here.
      request_timeout: target.requestTimeout,
      application: 'revmeta',
      compression: { request: false, response: false },
      log: { level: ClickHouseLogLevel.OFF },
    });
  } catch (error) {
    // A malformed URL's error (and its cause) would quote the URL, password included.
    throw connectionError(error, target);
  }
}

function byteLength(sql: string): number {
  return Buffer.byteLength(sql, 'utf8');
}

/**
 * A statement longer than the server's default `max_query_size` (a batch of long column
 * comments, or one 100 KB description) raises it for that request only.
 */
function settingsFor(sql: string): Record<string, string> {
  const bytes = byteLength(sql);
  return bytes + QUERY_SIZE_MARGIN > DEFAULT_MAX_QUERY_SIZE ? { max_query_size: String(bytes + QUERY_SIZE_MARGIN) } : {};
}

type ClickHouseModule = typeof import('@clickhouse/client');

/** The client package, imported on first use: a plan of other systems does not load it. */
const clickHouseModule: () => Promise<ClickHouseModule> = lazyDriver(() => import('@clickhouse/client'));

async function readRows(client: ClickHouseClient, sql: string): Promise<Record<string, unknown>[]> {
  const result = await client.query({ query: sql, format: 'JSONEachRow', clickhouse_settings: settingsFor(sql) });
  return result.json<Record<string, unknown>>();
}

/**
 * Each request may open a new socket (HTTP keep-alive sockets expire), so a dropped
 * connection can hit any statement, not only the first. Reads are retried on any transient
 * failure; a write only when the connection was refused (nothing reached the server), so an
 * ALTER that may have run is reported, not sent twice. (A comment ALTER is idempotent, but a
 * custom `sql:` template need not be.)
 */
function httpSession(client: ClickHouseClient, secrets: readonly string[], retries: number): DriverSession {
  const giveUp = (error: unknown) => statementError(error, secrets);
  return {
    query: (sql) => withRetries(retries, isTransient, () => readRows(client, sql), giveUp),
    execute: (sql) =>
      withRetries(
        retries,
        (error) => isTransient(error) && neverSent(error),
        async () => {
          await client.command({ query: sql, clickhouse_settings: settingsFor(sql) });
        },
        giveUp,
      ),
    ...withoutTransactions('ClickHouse DDL is not transactional: every ALTER commits on its own'),
    // No lockForApply: ClickHouse has no advisory or named locks to take over HTTP, and no
    // session holds one; two applies at once each write the same idempotent comments.
    // Sessions are views on the driver's one HTTP client: nothing to release per session.
    close: async () => undefined,
  };
}

/** A Driver that also says which OpenMetadata database its ClickHouse databases sit under. */
export interface ClickHouseDriver extends Driver {
  readonly databaseName: string;
}

export function isClickHouseDriver(driver: Driver): driver is ClickHouseDriver {
  return typeof (driver as Partial<ClickHouseDriver>).databaseName === 'string';
}

/**
 * One HTTP client for the whole driver (HTTP has no connection state worth a session). The
 * first `open` proves the server answers and the credentials work, so a wrong password or
 * an unreachable host fails there, as a connect error, not on the first statement.
 */
export function createDriver(ctx: ConnectorContext): ClickHouseDriver {
  const target = parseConnection(ctx.connection, timeoutsOf(ctx));
  const secrets = secretsOf(target);
  const retries = target.connectionRetries ?? DEFAULT_CONNECTION_RETRIES;
  let client: ClickHouseClient | undefined;
  let verified: Promise<void> | undefined;

  function verify(http: ClickHouseClient): Promise<void> {
    verified ??= withRetries(
      retries,
      isTransient,
      () => readRows(http, 'SELECT 1 AS ok'),
      (error, attempts) => connectionError(error, target, attemptsNote(attempts)),
    ).then(
      () => undefined,
      (error: unknown) => {
        verified = undefined;
        throw error;
      },
    );
    return verified;
  }

  return {
    databaseName: target.databaseName,
    // The name is an OpenMetadata database: statements qualify every ClickHouse name anyway.
    async open(_database?: string) {
      const module = await clickHouseModule();
      client ??= createHttpClient(module, target);
      await verify(client);
      return httpSession(client, secrets, retries);
    },
    async close() {
      const open = client;
      client = undefined;
      verified = undefined;
      await open?.close();
    },
  };
}
