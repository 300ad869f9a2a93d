/**
 * Connections to SQL Server (and Azure SQL) through `mssql` on tedious, one single-connection
 * pool per session, each on one database (the database level is the session's: a database
 * description is written by a procedure call without levels, in the current database).
 * Catalog queries and the transaction's opening run as T-SQL batches, exactly as written. An
 * apply statement runs as the plan shows it, except that its `N'...'` literals in argument
 * positions (`@name = N'...'`) travel as bound nvarchar parameters: the statement goes through
 * sp_executesql with `@revmeta_pN` in their place (params.ts), so the server never lexes a
 * description; a statement without such literals is a batch as it stands. Errors never carry
 * the password; only failures that a moment later may not repeat are retried.
 */
import type { ConnectionPool, MssqlConfig, Transaction } from 'mssql';
import { attemptsNote, maskSecrets, withRetries, formatDuration, readTimeoutMillis, timeoutsOf, type Timeouts } from '../connection.js';
import { TRANSIENT_SOCKET_CODES } from '../connection.js';
import { booleanOption, connectionRetriesSchema, connectionSchemaOf, DEFAULT_CONNECTION_RETRIES, optionReader, serverLoginOptions, textOption, wholeNumberOption } from '../kit/options.js';
import { ApplyLockBusyError, type ConnectorContext, type Driver, type DriverSession } from '../types.js';
import { OpenSessions } from '../kit/sessions.js';
import { bindLiterals, PARAMETER_PREFIX } from './params.js';
import { quoteLiteral } from './sql.js';

export const DEFAULT_PORT = 1433;
export const DEFAULT_DATABASE = 'master';
/**
 * Bound values up to this many UTF-16 units are declared nvarchar(4000), longer ones
 * nvarchar(max). One fixed length lets the server reuse its plans, and it must not be max
 * when it need not: the property procedures' @value is sql_variant, which cannot hold
 * nvarchar(max) (Msg 206, operand type clash). A description is at most 3,750 units (longer
 * is a plan conflict), a name 128.
 */
export const BOUND_NVARCHAR_LENGTH = 4000;
/*
 * Defaults come from the service's `timeouts:` (connectors/connection.ts): a hung server must
 * end a CI job, and ALTER AUTHORIZATION and the property procedures take schema locks that,
 * queued behind a long query, would block every reader of the table (the database's changes
 * roll back instead).
 */

/** JSON Schema (draft-07) of an mssql service's `connection:` block. */
export const connectionSchema = connectionSchemaOf(
  'SQL Server connection',
  'A SQL Server or Azure SQL server, with SQL authentication, through the `mssql` driver (tedious).',
  {
    required: ['host', 'user'],
    properties: {
      ...serverLoginOptions({ defaultPort: 1433, host: 'Server host name or address (mssql `server`).' }),
      database: textOption('The database to connect to first, to list the others (default "master"). Each database is then read on its own connection.'),
      encrypt: booleanOption('Encrypt the connection with TLS (default true).'),
      trustServerCertificate: booleanOption("Accept the server's certificate without verifying it (default false; only for self-signed test servers)."),
      connectTimeout: wholeNumberOption("How long to wait for a connection, in milliseconds (default: the service's timeouts.connect, 10s)."),
      requestTimeout: wholeNumberOption("How long one statement or catalog query may take, in milliseconds; the driver then cancels it (default: the longer of the service's timeouts.statement and timeouts.lock, plus 5s: 50s)."),
      lockTimeout: wholeNumberOption("How long an apply statement, or the apply waiting for another apply's lock, may wait for a lock, in milliseconds (SET LOCK_TIMEOUT, sp_getapplock; default: the service's timeouts.lock, 10s; 0 = do not wait).", { zero: true }),
      connectionRetries: connectionRetriesSchema('refused, reset, unreachable, Azure SQL busy or failing over'),
    },
  },
);

export interface MssqlConnection {
  host: string;
  port: number;
  user: string;
  password: string | undefined;
  database: string;
  encrypt: boolean;
  trustServerCertificate: boolean;
  connectTimeout: number;
  requestTimeout: number;
  lockTimeout: number;
  connectionRetries: number;
}

const { optionalString, requiredString, optionalNumber, optionalBoolean, connectionRetriesOf, portOf } = optionReader('mssql', { integers: true });

/**
 * Reads the `connection:` block. The config validator has checked it against
 * `connectionSchema` already; these checks only keep a wrong type from reaching the driver.
 */
export function parseConnection(connection: Record<string, unknown>, timeouts: Timeouts = timeoutsOf({})): MssqlConnection {
  const connectionRetries = connectionRetriesOf(connection) ?? DEFAULT_CONNECTION_RETRIES;
  return {
    host: requiredString(connection, 'host'),
    port: portOf(connection, DEFAULT_PORT),
    user: requiredString(connection, 'user'),
    password: optionalString(connection, 'password'),
    database: optionalString(connection, 'database') || DEFAULT_DATABASE,
    encrypt: optionalBoolean(connection, 'encrypt') ?? true,
    trustServerCertificate: optionalBoolean(connection, 'trustServerCertificate') ?? false,
    connectTimeout: optionalNumber(connection, 'connectTimeout') ?? timeouts.connectMillis,
    requestTimeout: optionalNumber(connection, 'requestTimeout') ?? readTimeoutMillis({ statementMillis: Math.max(timeouts.statementMillis, timeouts.lockMillis) }),
    lockTimeout: optionalNumber(connection, 'lockTimeout', { zero: true }) ?? timeouts.lockMillis,
    connectionRetries,
  };
}

// ---------------------------------------------------------------------------------------
// Errors

/** The password in every form a message could carry it. */
export function secretsOf(target: Pick<MssqlConnection, 'password'>): string[] {
  return target.password ? [target.password] : [];
}

interface ErrorFields {
  code?: unknown;
  number?: unknown;
  class?: unknown;
  state?: unknown;
  isTransient?: unknown;
  originalError?: unknown;
  cause?: unknown;
}

const fields = (error: unknown): ErrorFields => (typeof error === 'object' && error !== null ? (error as ErrorFields) : {});

/** Socket errors under a tedious `ESOCKET` ("Could not connect (sequence)" holds them in an AggregateError). */
function socketErrors(error: unknown, depth = 0): Error[] {
  if (depth > 4 || !(error instanceof Error)) return [];
  if (error instanceof AggregateError) return error.errors.flatMap((inner) => socketErrors(inner, depth + 1));
  const { code, cause, originalError } = fields(error);
  if (typeof code === 'string' && code !== 'ESOCKET' && /^E[A-Z]+$/.test(code)) return [error];
  return [...socketErrors(originalError, depth + 1), ...socketErrors(cause, depth + 1)];
}

/**
 * The driver's words, as sqlcmd prints a server error (`Msg 15233, Level 16, State 1: ...`),
 * with the socket errors a connect failure wraps spelled out.
 */
export function driverMessage(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const { number, class: level, state } = fields(error);
  if (typeof number === 'number') {
    const levels = typeof level === 'number' ? `, Level ${level}` : '';
    const states = typeof state === 'number' ? `, State ${state}` : '';
    return `Msg ${number}${levels}${states}: ${error.message}`;
  }
  const sockets = [...new Set(socketErrors(error).map((inner) => inner.message))].filter((text) => !error.message.includes(text));
  return sockets.length > 0 ? `${error.message} (${sockets.join('; ')})` : error.message;
}

/**
 * A connect failure as an Error that names where revmeta tried to connect. The original error
 * is not kept as `cause`: what a driver attaches to its errors is outside our control.
 */
export function connectionError(error: unknown, target: MssqlConnection, database: string, tries = ''): Error {
  const where = `${target.user}@${target.host}:${target.port}/${database}`;
  return new Error(maskSecrets(`could not connect to SQL Server as ${where}${tries}: ${driverMessage(error)}`, secretsOf(target)));
}

/** A failed statement or query: the server's message alone (apply shows the statement beside it). */
export function statementError(error: unknown, secrets: readonly string[]): Error {
  return new Error(maskSecrets(driverMessage(error), secrets));
}

/**
 * Failures worth another try: the network refused, dropped or could not route us, or the
 * server said at login that it is busy or moving (tedious flags the login errors SqlClient
 * retries: 4060, 10928, 10929, 40197, 40501, 40613). Never a failed login (18456), a
 * timeout (already `connectTimeout` long) or a SQL error.
 */
export function isTransient(error: unknown, depth = 0): boolean {
  if (depth > 4 || typeof error !== 'object' || error === null) return false;
  if (error instanceof AggregateError) return error.errors.some((inner) => isTransient(inner, depth + 1));
  const { code, isTransient: flagged, originalError, cause } = fields(error);
  if (flagged === true) return true;
  if (typeof code === 'string' && TRANSIENT_SOCKET_CODES.has(code)) return true;
  return isTransient(originalError, depth + 1) || isTransient(cause, depth + 1);
}

// ---------------------------------------------------------------------------------------
// Sessions

/** The lock every revmeta apply takes in its database's transaction (released at commit or rollback). */
export const APPLY_LOCK_RESOURCE = 'revmeta:apply';

/**
 * Opens the apply transaction's guard: a lock wait bound for the statements to come, then an
 * exclusive application lock owned by the transaction, waited for as long (another apply's).
 */
export function beginSql(lockTimeoutMillis: number): string {
  return [
    `SET LOCK_TIMEOUT ${lockTimeoutMillis};`,
    'DECLARE @result int;',
    `EXEC @result = sys.sp_getapplock @Resource = ${quoteLiteral(APPLY_LOCK_RESOURCE)}, @LockMode = N'Exclusive', @LockOwner = N'Transaction', @LockTimeout = ${lockTimeoutMillis};`,
    'SELECT @result AS result;',
  ].join('\n');
}

type MssqlModule = (typeof import('mssql'))['default'];

/** Loaded on first connect: a service without SQL Server does not pay for the driver. */
async function loadMssql(): Promise<MssqlModule> {
  const module = await import('mssql');
  return module.default;
}

function poolConfig(target: MssqlConnection, database: string): MssqlConfig {
  return {
    server: target.host,
    port: target.port,
    user: target.user,
    ...(target.password !== undefined ? { password: target.password } : {}),
    database,
    connectionTimeout: target.connectTimeout,
    requestTimeout: target.requestTimeout,
    // One connection: the session's transaction, its SET options and its statements share it.
    pool: { max: 1, min: 0, idleTimeoutMillis: 60_000 },
    options: {
      encrypt: target.encrypt,
      trustServerCertificate: target.trustServerCertificate,
      appName: 'revmeta',
      // SET XACT_ABORT ON: any failed statement rolls the whole transaction back, even if
      // revmeta never gets to send the ROLLBACK.
      abortTransactionOnError: true,
    },
  };
}

function isAbortedTransaction(error: unknown): boolean {
  return fields(error).code === 'EABORT';
}

function serverSession(driver: MssqlModule, pool: ConnectionPool, target: MssqlConnection, database: string, onClose: () => void): DriverSession {
  const secrets = secretsOf(target);
  let transaction: Transaction | undefined;
  let closed = false;

  /**
   * One round trip: a batch as written, or with `bind`, through sp_executesql with the
   * argument-position literals as parameters (a batch when there are none).
   */
  async function run(sql: string, bind = false): Promise<Record<string, unknown>[][]> {
    try {
      const request = new driver.Request(transaction ?? pool);
      const bound = bind ? bindLiterals(sql) : { sql, params: [] };
      if (bound.params.length === 0) return (await request.batch(sql)).recordsets ?? [];
      bound.params.forEach((value, index) => {
        const type = driver.NVarChar(value.length <= BOUND_NVARCHAR_LENGTH ? BOUND_NVARCHAR_LENGTH : driver.MAX);
        request.input(`${PARAMETER_PREFIX}${index}`, type, value);
      });
      return (await request.query(bound.sql)).recordsets ?? [];
    } catch (error) {
      throw statementError(error, secrets);
    }
  }

  async function rollback(): Promise<void> {
    const open = transaction;
    transaction = undefined;
    if (open === undefined) return;
    try {
      await open.rollback();
    } catch (error) {
      // Under XACT_ABORT the server has rolled back already.
      if (!isAbortedTransaction(error)) throw statementError(error, secrets);
    }
  }

  return {
    query: async (sql) => (await run(sql))[0] ?? [],
    execute: async (sql) => {
      await run(sql, true);
    },
    begin: async () => {
      if (transaction !== undefined) throw new Error('a transaction is already open on this session');
      const opening = new driver.Transaction(pool);
      try {
        await opening.begin();
      } catch (error) {
        throw statementError(error, secrets);
      }
      transaction = opening;
      let granted: boolean;
      try {
        const result = (await run(beginSql(target.lockTimeout))).at(-1)?.[0]?.result;
        granted = typeof result === 'number' && result >= 0;
      } catch (error) {
        await rollback().catch(() => undefined);
        throw error;
      }
      if (!granted) {
        await rollback().catch(() => undefined);
        throw new ApplyLockBusyError(
          `another session holds application lock ${APPLY_LOCK_RESOURCE} on database "${database}" after waiting ${formatDuration(target.lockTimeout)}; nothing was changed there: run again when it has finished, or wait longer with --lock-timeout`,
        );
      }
    },
    commit: async () => {
      const open = transaction;
      transaction = undefined;
      if (open === undefined) throw new Error('no transaction is open on this session');
      try {
        await open.commit();
      } catch (error) {
        throw statementError(error, secrets);
      }
    },
    rollback,
    close: async () => {
      if (closed) return;
      closed = true;
      onClose();
      await rollback().catch(() => undefined);
      await pool.close().catch(() => undefined);
    },
  };
}

async function connectOnce(driver: MssqlModule, target: MssqlConnection, database: string): Promise<ConnectionPool> {
  const pool = new driver.ConnectionPool(poolConfig(target, database));
  // A connection the server drops while idle emits 'error'; unhandled, that ends the process.
  // The next statement on the session fails with its own error instead.
  pool.on('error', () => undefined);
  try {
    return await pool.connect();
  } catch (error) {
    await pool.close().catch(() => undefined);
    throw error;
  }
}

async function openSession(target: MssqlConnection, database: string, onClose: () => void): Promise<DriverSession> {
  const driver = await loadMssql();
  return withRetries(
    target.connectionRetries,
    isTransient,
    async () => serverSession(driver, await connectOnce(driver, target, database), target, database, onClose),
    (error, attempts) => connectionError(error, target, database, attemptsNote(attempts)),
  );
}

export function createDriver(ctx: ConnectorContext): Driver {
  const target = parseConnection(ctx.connection, timeoutsOf(ctx));
  const sessions = new OpenSessions();
  return {
    async open(database = target.database) {
      return sessions.add((onClose) => openSession(target, database, onClose));
    },
    close: () => sessions.closeAll(),
  };
}
