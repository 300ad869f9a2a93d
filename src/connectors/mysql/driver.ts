/**
 * Connections to a MySQL or MariaDB server through `mysql2`, one connection per session.
 * MySQL databases are the schemas of the OpenMetadata hierarchy; the level above them is a
 * name only (`databaseName`), so a session is on the server, not in a database.
 * Connection errors never carry the password.
 */
import { createHash } from 'node:crypto';
import { createConnection, type Connection, type ConnectionOptions, type SslOptions } from 'mysql2/promise';
import { attemptsNote, connectionRetriesSchema, DEFAULT_CONNECTION_RETRIES, DIGIT_STRING, maskSecret, MAX_CONNECTION_RETRIES, optionReader, withRetries } from '../connection.js';
import type { ConnectorContext, Driver, DriverSession } from '../types.js';
import { quoteLiteral } from './sql.js';

export const DEFAULT_DATABASE_NAME = 'default';
const DEFAULT_PORT = 3306;
/** mysql2's own default, stated so a black-holed host fails a CI job in bounded time. */
const DEFAULT_CONNECT_TIMEOUT_MILLIS = 10_000;
/**
 * ALTER TABLE waits for a metadata lock, and while it waits every new reader of the table
 * queues behind it. The server's default wait is a year; give up after this long instead.
 */
const DEFAULT_LOCK_WAIT_TIMEOUT_SECONDS = 10;

/**
 * The session's sql_mode, stated in full so nothing the server or a DBA configured changes
 * how statements read: backslash escapes on (no NO_BACKSLASH_ESCAPES), backtick names (no
 * ANSI_QUOTES), SHOW CREATE TABLE complete (no NO_FIELD_OPTIONS/NO_TABLE_OPTIONS), and a
 * comment that is too long an error instead of a silent truncation (STRICT_ALL_TABLES).
 */
export const SESSION_SQL_MODE = 'STRICT_ALL_TABLES,NO_ENGINE_SUBSTITUTION';

/**
 * - utf8mb4: every character revmeta sends reaches the server as written.
 * - sql_quote_show_create: SHOW CREATE TABLE quotes every name, which the column parser needs.
 * - explicit_defaults_for_timestamp: otherwise restating a `timestamp NOT NULL` column (the
 *   first of its table) silently adds DEFAULT/ON UPDATE current_timestamp() to it.
 * - system_versioning_alter_history = KEEP (MariaDB only, hence the `/*M!` comment MySQL
 *   skips): without it MariaDB refuses any MODIFY COLUMN on a system-versioned table; a
 *   comment change leaves the history rows as they are either way.
 */
export function sessionSetupSql(lockWaitTimeoutSeconds: number): string {
  const settings = [
    'SET NAMES utf8mb4',
    `SESSION sql_mode = '${SESSION_SQL_MODE}'`,
    'SESSION sql_quote_show_create = 1',
    'SESSION explicit_defaults_for_timestamp = 1',
    `SESSION lock_wait_timeout = ${lockWaitTimeoutSeconds}`,
  ].join(', ');
  return `${settings} /*M!100304 , SESSION system_versioning_alter_history = KEEP */`;
}


/** JSON Schema (draft-07) of a mysql service's `connection:` block. */
export const connectionSchema: Record<string, unknown> = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  title: 'MySQL / MariaDB connection',
  description: 'A MySQL or MariaDB server, with the option names of the `mysql2` driver.',
  type: 'object',
  additionalProperties: false,
  required: ['host', 'user'],
  properties: {
    host: { type: 'string', minLength: 1 },
    port: { anyOf: [{ type: 'integer', minimum: 1, maximum: 65535 }, DIGIT_STRING], description: 'Default 3306.' },
    user: { type: 'string', minLength: 1 },
    password: { type: 'string' },
    ssl: {
      anyOf: [{ type: 'boolean' }, { type: 'object' }],
      description: 'true, or TLS options as mysql2 takes them (ca, cert, key, rejectUnauthorized, ...).',
    },
    databaseName: {
      type: 'string',
      minLength: 1,
      description:
        'Not a mysql2 option: the name of the OpenMetadata database level above the MySQL databases ' +
        '(which OpenMetadata calls schemas), as the OpenMetadata service names it. Default "default".',
    },
    connectTimeout: {
      anyOf: [{ type: 'integer', exclusiveMinimum: 0 }, DIGIT_STRING],
      description: 'How long to wait for a connection, in milliseconds (default 10000).',
    },
    lock_wait_timeout: {
      anyOf: [{ type: 'integer', exclusiveMinimum: 0 }, DIGIT_STRING],
      description: 'How long an ALTER may wait for a metadata lock, in seconds (default 10).',
    },
    connectionRetries: connectionRetriesSchema('refused, reset, server shutting down, too many connections'),
  },
};

export interface MysqlConnection {
  host: string;
  port: number;
  user: string;
  password: string | undefined;
  ssl: SslOptions | undefined;
  databaseName: string;
  connectTimeout: number;
  lockWaitTimeout: number;
  /**
   * Further connection attempts after a transient failure (refused, reset, too many
   * connections); absent when not configured, meaning DEFAULT_CONNECTION_RETRIES.
   */
  connectionRetries?: number | undefined;
}

const { invalid, optionalString, requiredString, optionalNumber } = optionReader('mysql', { integers: true });

/** mysql2 takes an options object for TLS; `true` means TLS with the default (verifying) options. */
function optionalSsl(connection: Record<string, unknown>): SslOptions | undefined {
  const value = connection.ssl;
  if (value === undefined || value === false) return undefined;
  if (value === true) return {};
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value as SslOptions;
  throw invalid('ssl', 'a boolean or an object');
}

/**
 * Reads the `connection:` block. The config validator has checked it against
 * `connectionSchema` already; these checks only keep a wrong type from reaching mysql2.
 */
export function parseConnection(connection: Record<string, unknown>): MysqlConnection {
  const port = optionalNumber(connection, 'port') ?? DEFAULT_PORT;
  if (port > 65535) throw invalid('port', 'at most 65535');
  const connectionRetries = optionalNumber(connection, 'connectionRetries', { zero: true });
  if (connectionRetries !== undefined && connectionRetries > MAX_CONNECTION_RETRIES) throw invalid('connectionRetries', `at most ${MAX_CONNECTION_RETRIES}`);
  return {
    host: requiredString(connection, 'host'),
    port,
    user: requiredString(connection, 'user'),
    password: optionalString(connection, 'password'),
    ssl: optionalSsl(connection),
    databaseName: optionalString(connection, 'databaseName') || DEFAULT_DATABASE_NAME,
    connectTimeout: optionalNumber(connection, 'connectTimeout') ?? DEFAULT_CONNECT_TIMEOUT_MILLIS,
    lockWaitTimeout: optionalNumber(connection, 'lock_wait_timeout') ?? DEFAULT_LOCK_WAIT_TIMEOUT_SECONDS,
    connectionRetries,
  };
}

// ---------------------------------------------------------------------------------------
// Errors

export { maskSecret };

/** The server's words as its own client prints them: `ERROR 1045 (28000): Access denied ...`. */
function driverMessage(error: unknown): string {
  if (error instanceof AggregateError && error.message === '') {
    return error.errors.map(driverMessage).join('; ');
  }
  if (!(error instanceof Error)) return String(error);
  const { errno, sqlState } = error as { errno?: unknown; sqlState?: unknown };
  if (typeof errno === 'number' && typeof sqlState === 'string' && sqlState !== '') {
    return `ERROR ${errno} (${sqlState}): ${error.message}`;
  }
  return error.message;
}

/**
 * A connect failure as an Error that names where revmeta tried to connect. The original error
 * is not kept as `cause`: what a driver attaches to its errors is outside our control.
 */
export function connectionError(error: unknown, target: MysqlConnection, tries = ''): Error {
  const where = `${target.user}@${target.host}:${target.port}`;
  return new Error(maskSecret(`could not connect to MySQL as ${where}${tries}: ${driverMessage(error)}`, target.password));
}

/**
 * Failures worth another try: the network refused or dropped us, or the server is shutting
 * down or full. Never authentication (1045 and friends), an unknown database, a SQL error or
 * a connect timeout (already `connectTimeout` long).
 */
export function isTransient(error: unknown): boolean {
  if (error instanceof AggregateError) return error.errors.some(isTransient);
  const { code, errno } = (error ?? {}) as { code?: unknown; errno?: unknown };
  if (typeof code === 'string' && TRANSIENT_CODES.has(code)) return true;
  // mysql2 sets `errno` to the server's error number only on errors the server sent.
  if (typeof errno !== 'number') return false;
  if (TRANSIENT_ERRNOS.has(errno)) return true;
  // ER_USER_LIMIT_REACHED covers hourly quotas too, which a few seconds will not lift; only
  // the concurrent-connections limit frees up when another client disconnects.
  return errno === 1226 && error instanceof Error && /'max_user_connections'/.test(error.message);
}

/** Node's socket errors, and mysql2's for a server that hung up during the handshake. */
const TRANSIENT_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'PROTOCOL_CONNECTION_LOST',
]);

/** Server errors a moment later may not repeat. */
const TRANSIENT_ERRNOS = new Set([
  1040, // ER_CON_COUNT_ERROR: too many connections
  1053, // ER_SERVER_SHUTDOWN: server shutdown in progress
  1203, // ER_TOO_MANY_USER_CONNECTIONS: the user's max_user_connections is reached
  1927, // ER_CONNECTION_KILLED (MariaDB): connection was killed, e.g. while starting
  3169, // ER_SESSION_WAS_KILLED (MySQL)
]);

/** First wait before retrying a connection; each further one is four times longer (with jitter). */


/** ER_ALTER_OPERATION_NOT_SUPPORTED(_REASON): what ALGORITHM=INSTANT answers when it would rebuild. */
const NOT_INSTANT = new Set([1845, 1846]);

/** A failed statement, with a hint when it is the INSTANT guard of a column comment that refused. */
export function statementError(error: unknown, sql: string, secret: string | undefined): Error {
  let message = driverMessage(error);
  const errno = (error as { errno?: unknown } | null)?.errno;
  if (typeof errno === 'number' && NOT_INSTANT.has(errno) && sql.endsWith('ALGORITHM=INSTANT')) {
    message +=
      ' — revmeta changes column comments only in place (ALGORITHM=INSTANT), and on this table that' +
      ' would rebuild it (e.g. a STORED generated column); nothing was changed: set this comment by hand if a rebuild is acceptable';
  }
  return new Error(maskSecret(message, secret));
}

// ---------------------------------------------------------------------------------------
// Sessions

type Row = Record<string, unknown>;

const TEXT_TYPES = new Set(['VAR_STRING', 'STRING', 'VARCHAR', 'BLOB', 'TINY_BLOB', 'MEDIUM_BLOB', 'LONG_BLOB']);
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * Text comes back as strings, except text that is not valid UTF-8 (SHOW CREATE TABLE prints
 * binary defaults as raw bytes): that comes back as a Buffer, so nothing is silently
 * replaced by U+FFFD. Binary values that happen to be valid UTF-8 come back as strings too;
 * revmeta's catalog queries read no binary columns.
 */
const typeCast: ConnectionOptions['typeCast'] = (field, next) => {
  if (!TEXT_TYPES.has(field.type)) return next();
  const bytes = field.buffer();
  if (bytes === null) return null;
  try {
    return utf8.decode(bytes);
  } catch {
    return bytes;
  }
};

function connectionOptions(target: MysqlConnection): ConnectionOptions {
  return {
    host: target.host,
    port: target.port,
    user: target.user,
    password: target.password,
    ssl: target.ssl,
    connectTimeout: target.connectTimeout,
    charset: 'utf8mb4',
    // One statement per query: a value can never smuggle in a second one.
    multipleStatements: false,
    typeCast,
    supportBigNumbers: true,
  };
}

function rowsOf(result: unknown): Row[] {
  return Array.isArray(result) ? (result as Row[]) : [];
}

/**
 * The named lock every revmeta apply on this service takes. MySQL 5.7+ refuses lock names
 * over 64 characters, so a long database name is replaced by its digest (still one name
 * per service, the same in every revmeta).
 */
export function applyLockName(databaseName: string): string {
  const name = `revmeta:${databaseName}`;
  if (name.length <= 64) return name;
  return `revmeta:${createHash('sha256').update(databaseName).digest('hex').slice(0, 56)}`;
}

/**
 * MySQL DDL commits on its own, so two applies cannot be kept apart by a transaction: a
 * named lock (GET_LOCK, held by this connection until it releases it or disconnects) keeps
 * a second apply on this service off the server. It does not wait: a refusal names the
 * connection that holds it (from IS_USED_LOCK), which an operator can look up or kill.
 */
async function lockForApply(run: (sql: string) => Promise<Row[]>, target: MysqlConnection): Promise<void> {
  const name = quoteLiteral(applyLockName(target.databaseName));
  const [row] = await run(`SELECT GET_LOCK(${name}, 0) AS locked`);
  if (Number(row?.locked) === 1) return;
  const [holder] = await run(`SELECT IS_USED_LOCK(${name}) AS holder`).catch(() => [] as Row[]);
  const id = holder?.holder;
  const who = id === null || id === undefined ? 'another connection' : `connection ${String(id)}`;
  throw new Error(
    `another revmeta apply is running on database "${target.databaseName}" (${who} holds lock ${name}); nothing was changed there: run again when it has finished`,
  );
}

function serverSession(connection: Connection, target: MysqlConnection, onClose: () => void): DriverSession {
  let closed = false;
  let locked = false;
  const run = async (sql: string) => {
    try {
      const [result] = await connection.query(sql);
      return rowsOf(result);
    } catch (error) {
      throw statementError(error, sql, target.password);
    }
  };
  return {
    query: run,
    execute: async (sql) => {
      await run(sql);
    },
    // DDL auto-commits (capabilities say so, and apply never asks); these only serve data statements.
    begin: async () => {
      await run('START TRANSACTION');
    },
    commit: async () => {
      await run('COMMIT');
    },
    rollback: async () => {
      await run('ROLLBACK');
    },
    lockForApply: async () => {
      if (locked) return;
      await lockForApply(run, target);
      locked = true;
    },
    close: async () => {
      if (closed) return;
      closed = true;
      onClose();
      // Disconnecting releases the lock too; releasing it first also frees it when a proxy
      // (ProxySQL, a pooler) keeps the server connection open after we hang up.
      if (locked) await run(`DO RELEASE_LOCK(${quoteLiteral(applyLockName(target.databaseName))})`).catch(() => undefined);
      await connection.end().catch(() => connection.destroy());
    },
  };
}

async function connectOnce(target: MysqlConnection): Promise<Connection> {
  let connection: Connection | undefined;
  try {
    connection = await createConnection(connectionOptions(target));
    // A connection the server drops while idle emits 'error'; unhandled, that ends the process.
    // The next query on the session fails with its own error instead.
    connection.on('error', () => undefined);
    await connection.query(sessionSetupSql(target.lockWaitTimeout));
    return connection;
  } catch (error) {
    connection?.destroy();
    throw error;
  }
}

/** Connects, retrying transient failures with exponential backoff and jitter. */
async function openSession(target: MysqlConnection, onClose: () => void): Promise<DriverSession> {
  return withRetries(
    target.connectionRetries ?? DEFAULT_CONNECTION_RETRIES,
    isTransient,
    async () => serverSession(await connectOnce(target), target, onClose),
    (error, attempts) => connectionError(error, target, attemptsNote(attempts)),
  );
}

/** The service has one OpenMetadata database: asking for another is a mistake to report, not to guess at. */
function checkDatabase(target: MysqlConnection, database: string | undefined): void {
  if (database === undefined || database.toLowerCase() === target.databaseName.toLowerCase()) return;
  throw new Error(
    `this MySQL service has one database level, "${target.databaseName}" (connection.databaseName); there is no database "${database}"`,
  );
}

/** A Driver that also names the OpenMetadata database level it stands for (introspect needs it). */
export interface MysqlDriver extends Driver {
  readonly databaseName: string;
}

export function createDriver(ctx: ConnectorContext): MysqlDriver {
  const target = parseConnection(ctx.connection);
  const sessions = new Set<DriverSession>();
  return {
    databaseName: target.databaseName,
    async open(database?: string) {
      checkDatabase(target, database);
      const session: DriverSession = await openSession(target, () => sessions.delete(session));
      sessions.add(session);
      return session;
    },
    async close() {
      await Promise.allSettled([...sessions].map((session) => session.close()));
    },
  };
}
