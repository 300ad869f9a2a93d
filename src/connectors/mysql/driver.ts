/**
 * Connections to a MySQL or MariaDB server through `mysql2`, one connection per session.
 * MySQL databases are the schemas of the OpenMetadata hierarchy; the level above them is a
 * name only (`databaseName`), so a session is on the server, not in a database.
 * Connection errors never carry the password.
 */
import { createHash } from 'node:crypto';
import type { Connection, ConnectionOptions, SslOptions } from 'mysql2/promise';
import { attemptsNote, formatDuration, silentConnectionError, maskSecret, readTimeoutMillis, timeoutsOf, type Timeouts, wholeSeconds, withRetries, lazyDriver, TRANSIENT_SOCKET_CODES } from '../connection.js';
import { connectionRetriesSchema, connectionSchemaOf, DEFAULT_CONNECTION_RETRIES, optionReader, serverLoginOptions, textOption, tlsOption, wholeNumberOption } from '../kit/options.js';
import { ApplyLockBusyError, type ConnectorContext, type DriverSession } from '../types.js';
import type { NamedDatabaseDriver } from '../kit/scope.js';
import { namedDatabaseServerDriver, sqlCommitAndRollback } from '../kit/sessions.js';
import { createTableTextOf, quoteLiteral, restatedColumns, restatementDrift } from './sql.js';

export const DEFAULT_DATABASE_NAME = 'default';
const DEFAULT_PORT = 3306;
/*
 * Defaults come from the service's `timeouts:` (connectors/connection.ts). ALTER TABLE waits
 * for a metadata lock, and while it waits every new reader of the table queues behind it: the
 * server's default wait is a year. And a client that vanished keeps its session, and the
 * apply's GET_LOCK, until wait_timeout (8 hours by default).
 */

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
 * - lock_wait_timeout, innodb_lock_wait_timeout: how long a statement waits for a metadata or
 *   row lock (timeouts.lock, or the `lock_wait_timeout` option).
 * - wait_timeout: how long the server keeps the session of a client that went silent; it then
 *   ends it, releasing its locks and the apply's GET_LOCK (timeouts.statement plus grace).
 */
export function sessionSetupSql(lockWaitTimeoutSeconds: number, waitTimeoutSeconds: number): string {
  const settings = [
    'SET NAMES utf8mb4',
    `SESSION sql_mode = '${SESSION_SQL_MODE}'`,
    'SESSION sql_quote_show_create = 1',
    'SESSION explicit_defaults_for_timestamp = 1',
    `SESSION lock_wait_timeout = ${lockWaitTimeoutSeconds}`,
    `SESSION innodb_lock_wait_timeout = ${lockWaitTimeoutSeconds}`,
    `SESSION wait_timeout = ${waitTimeoutSeconds}`,
  ].join(', ');
  return `${settings} /*M!100304 , SESSION system_versioning_alter_history = KEEP */`;
}


/** JSON Schema (draft-07) of a mysql service's `connection:` block. */
export const connectionSchema = connectionSchemaOf(
  'MySQL / MariaDB connection',
  'A MySQL or MariaDB server, with the option names of the `mysql2` driver.',
  {
    required: ['host', 'user'],
    properties: {
      ...serverLoginOptions({ defaultPort: 3306 }),
      ssl: tlsOption('true, or TLS options as mysql2 takes them (ca, cert, key, rejectUnauthorized, ...).'),
      databaseName: textOption('Not a mysql2 option: the name of the OpenMetadata database level above the MySQL databases ' +
          '(which OpenMetadata calls schemas), as the OpenMetadata service names it. Default "default".'),
      connectTimeout: wholeNumberOption("How long to wait for a connection, in milliseconds (default: the service's timeouts.connect, 10s)."),
      lock_wait_timeout: wholeNumberOption("How long an ALTER may wait for a metadata or row lock, in seconds (default: the service's timeouts.lock, 10s)."),
      connectionRetries: connectionRetriesSchema('refused, reset, server shutting down, too many connections'),
    },
  },
);

export interface MysqlConnection {
  host: string;
  port: number;
  user: string;
  password: string | undefined;
  ssl: SslOptions | undefined;
  databaseName: string;
  connectTimeout: number;
  /** Seconds a statement waits for a lock (lock_wait_timeout, innodb_lock_wait_timeout). */
  lockWaitTimeout: number;
  /** How long apply waits for the apply lock another apply holds (GET_LOCK). */
  applyLockTimeoutMillis: number;
  /** How long a statement may take: the client gives up after this and CLIENT_GRACE_MILLIS. */
  statementTimeoutMillis: number;
  /**
   * Further connection attempts after a transient failure (refused, reset, too many
   * connections); absent when not configured, meaning DEFAULT_CONNECTION_RETRIES.
   */
  connectionRetries?: number | undefined;
}

const { optionalString, requiredString, optionalNumber, optionalTls, connectionRetriesOf, portOf } = optionReader('mysql', { integers: true });

/** mysql2 takes an options object for TLS; `true` means TLS with the default (verifying) options. */
function optionalSsl(connection: Record<string, unknown>): SslOptions | undefined {
  const value = optionalTls(connection, 'ssl');
  return value === true ? {} : value === false ? undefined : value;
}

/**
 * Reads the `connection:` block. The config validator has checked it against
 * `connectionSchema` already; these checks only keep a wrong type from reaching mysql2.
 */
export function parseConnection(connection: Record<string, unknown>, timeouts: Timeouts = timeoutsOf({})): MysqlConnection {
  const connectionRetries = connectionRetriesOf(connection);
  return {
    host: requiredString(connection, 'host'),
    port: portOf(connection, DEFAULT_PORT),
    user: requiredString(connection, 'user'),
    password: optionalString(connection, 'password'),
    ssl: optionalSsl(connection),
    databaseName: optionalString(connection, 'databaseName') || DEFAULT_DATABASE_NAME,
    connectTimeout: optionalNumber(connection, 'connectTimeout') ?? timeouts.connectMillis,
    lockWaitTimeout: optionalNumber(connection, 'lock_wait_timeout') ?? wholeSeconds(timeouts.lockMillis),
    applyLockTimeoutMillis: timeouts.lockMillis,
    statementTimeoutMillis: timeouts.statementMillis,
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
const TRANSIENT_CODES = new Set([...TRANSIENT_SOCKET_CODES, 'PROTOCOL_CONNECTION_LOST']);

/** Server errors a moment later may not repeat. */
const TRANSIENT_ERRNOS = new Set([
  1040, // ER_CON_COUNT_ERROR: too many connections
  1053, // ER_SERVER_SHUTDOWN: server shutdown in progress
  1203, // ER_TOO_MANY_USER_CONNECTIONS: the user's max_user_connections is reached
  1927, // ER_CONNECTION_KILLED (MariaDB): connection was killed, e.g. while starting
  3169, // ER_SESSION_WAS_KILLED (MySQL)
]);

/** First wait before retrying a connection; each further one is four times longer (with jitter). */


/** ER_ALTER_OPERATION_NOT_SUPPORTED(_REASON): what ALGORITHM=INSTANT answers to more than a metadata change. */
const NOT_INSTANT = new Set([1845, 1846]);

/** A failed statement, with a hint when it is the INSTANT guard of a column comment that refused. */
export function statementError(error: unknown, sql: string, secret: string | undefined): Error {
  let message = driverMessage(error);
  const errno = (error as { errno?: unknown } | null)?.errno;
  if (typeof errno === 'number' && NOT_INSTANT.has(errno) && sql.endsWith('ALGORITHM=INSTANT')) {
    message +=
      ' — revmeta sets a column comment by restating the column with ALGORITHM=INSTANT, so that the statement can change' +
      ' nothing but the comment; the server answered that it would be more than a metadata change: the restated definition' +
      ' differs from the column as it is now (plan again), or this server cannot change a comment of this column without' +
      ' copying the table (MariaDB: a STORED generated column). Nothing was changed; if copying the table is acceptable, set this comment by hand';
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
 * a second apply on this service off the server. It waits up to the lock timeout
 * (timeouts.lock, --lock-timeout); a refusal names the connection that holds it (from
 * IS_USED_LOCK), which an operator can look up or kill.
 */
async function lockForApply(run: (sql: string, waitMillis?: number) => Promise<Row[]>, target: MysqlConnection): Promise<void> {
  const name = quoteLiteral(applyLockName(target.databaseName));
  const waitMillis = target.applyLockTimeoutMillis;
  // GET_LOCK counts in seconds; fractions are honoured by MySQL 5.7+ and MariaDB.
  const [row] = await run(`SELECT GET_LOCK(${name}, ${waitMillis / 1000}) AS locked`, waitMillis);
  if (Number(row?.locked) === 1) return;
  const [holder] = await run(`SELECT IS_USED_LOCK(${name}) AS holder`).catch(() => [] as Row[]);
  const id = holder?.holder;
  const who = id === null || id === undefined ? 'another connection' : `connection ${String(id)}`;
  throw new ApplyLockBusyError(
    `${who} holds lock ${name} for database "${target.databaseName}" after waiting ${formatDuration(waitMillis)}; nothing was changed there: run again when it has finished, or wait longer with --lock-timeout`,
  );
}

/** mysql2's code when a query's `timeout` ran out: the server never answered. */
const READ_TIMEOUT = 'PROTOCOL_SEQUENCE_TIMEOUT';

/**
 * Runs one statement on `connection`. `waitMillis`: how long it may wait on the server besides
 * the statement timeout (a lock).
 */
function queryRunner(connection: Connection, target: MysqlConnection): (sql: string, waitMillis?: number) => Promise<Row[]> {
  return async (sql, waitMillis = 0) => {
    const timeout = readTimeoutMillis({ statementMillis: target.statementTimeoutMillis + waitMillis });
    try {
      const [result] = await connection.query({ sql, timeout });
      return rowsOf(result);
    } catch (error) {
      if ((error as { code?: unknown } | null)?.code !== READ_TIMEOUT) throw statementError(error, sql, target.password);
      // The protocol is out of step now: the connection is good for nothing, and a goodbye would wait forever.
      connection.destroy();
      throw silentConnectionError(`MySQL at ${target.host}:${target.port}`, timeout);
    }
  };
}

/** Why a column restatement must not run now (read with `run`), or null; null at once for any other statement. */
async function restatementRefusal(sql: string, run: (sql: string) => Promise<Row[]>): Promise<string | null> {
  const restated = restatedColumns(sql);
  if (restated === undefined) return null;
  const [row] = await run(`SHOW CREATE TABLE ${restated.key}`);
  return restatementDrift(sql, createTableTextOf(row, restated.key));
}

/**
 * A session's second connection, which reads its checks ahead (`prefetchRefusal`): opened at
 * the first read, with the session's settings and timeouts but without retries (with a
 * connection limit reached, the checks stay on the session, as without it); it never takes
 * the apply lock. After any failure it is closed and not opened again: apply then reads the
 * checks on the session itself.
 */
function checkReader(target: MysqlConnection): { query(sql: string): Promise<Row[]>; close(): Promise<void> } {
  let connecting: Promise<Connection> | undefined;
  let connection: Connection | undefined;
  let run: ((sql: string) => Promise<Row[]>) | undefined;
  let usable = true;
  const drop = () => {
    usable = false;
    connection?.destroy();
    connection = undefined;
  };
  return {
    query: async (sql) => {
      if (!usable) throw new Error('the session has no second connection for its checks');
      connecting ??= connectOnce(target).then(
        (opened) => {
          if (usable) [connection, run] = [opened, queryRunner(opened, target)];
          else opened.destroy(); // the session closed meanwhile
          return opened;
        },
        (error: unknown) => {
          throw connectionError(error, target);
        },
      );
      try {
        await connecting;
        if (run === undefined) throw new Error('the session closed');
        return await run(sql);
      } catch (error) {
        drop();
        throw error;
      }
    },
    close: async () => {
      usable = false;
      await connecting?.catch(() => undefined);
      const open = connection;
      connection = undefined;
      await open?.end().catch(() => open.destroy());
    },
  };
}

function serverSession(connection: Connection, target: MysqlConnection, onClose: () => void): DriverSession {
  let closed = false;
  let locked = false;
  const run = queryRunner(connection, target);
  const reader = checkReader(target);
  return {
    query: run,
    execute: async (sql) => {
      await run(sql);
    },
    // DDL auto-commits (capabilities say so, and apply never asks); these only serve data statements.
    begin: async () => {
      await run('START TRANSACTION');
    },
    ...sqlCommitAndRollback(run),
    lockForApply: async () => {
      if (locked) return;
      await lockForApply(run, target);
      locked = true;
    },
    // Inside the apply lock, right before it runs: a column restatement must restate the column as it is now.
    refusal: (sql) => restatementRefusal(sql, run),
    // The same read on the second connection, while the statement before runs on this one. Only
    // comments change through apply's statements (the check compares definitions without
    // them), so whether the read sees that statement done or not, its answer is the same.
    prefetchRefusal: (sql) => restatementRefusal(sql, reader.query),
    close: async () => {
      if (closed) return;
      closed = true;
      onClose();
      await reader.close();
      // Disconnecting releases the lock too; releasing it first also frees it when a proxy
      // (ProxySQL, a pooler) keeps the server connection open after we hang up.
      if (locked) await run(`DO RELEASE_LOCK(${quoteLiteral(applyLockName(target.databaseName))})`).catch(() => undefined);
      await connection.end().catch(() => connection.destroy());
    },
  };
}

type Mysql2Module = typeof import('mysql2/promise');

/** The driver package, imported on first use: a plan of other systems does not load it. */
const mysql2: () => Promise<Mysql2Module> = lazyDriver(() => import('mysql2/promise'));

async function connectOnce(target: MysqlConnection): Promise<Connection> {
  let connection: Connection | undefined;
  try {
    const { createConnection } = await mysql2();
    connection = await createConnection(connectionOptions(target));
    // A connection the server drops while idle emits 'error'; unhandled, that ends the process.
    // The next query on the session fails with its own error instead.
    connection.on('error', () => undefined);
    const silentSeconds = wholeSeconds(readTimeoutMillis({ statementMillis: target.statementTimeoutMillis }));
    await connection.query({ sql: sessionSetupSql(target.lockWaitTimeout, silentSeconds), timeout: target.connectTimeout });
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

/** A Driver that also names the OpenMetadata database level it stands for (introspect needs it). */
export type MysqlDriver = NamedDatabaseDriver;

export function createDriver(ctx: ConnectorContext): MysqlDriver {
  const target = parseConnection(ctx.connection, timeoutsOf(ctx));
  return namedDatabaseServerDriver('MySQL', target.databaseName, (onClose) => openSession(target, onClose));
}
