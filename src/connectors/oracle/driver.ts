/**
 * Connections to Oracle Database through `oracledb` in thin mode (pure JavaScript, no Oracle
 * Client libraries): revmeta never calls initOracleClient. One connection per session.
 *
 * OpenMetadata's database level is a name only (`databaseName`, "default" unless the
 * OpenMetadata service sets one); its schemas are Oracle schemas (users). COMMENT is DDL and
 * commits on its own: sessions have no transactions. Errors never carry the password.
 */
import type { Connection, ConnectionAttributes } from 'oracledb';
import { attemptsNote, maskSecrets, readTimeoutMillis, timeoutsOf, type Timeouts, wholeSeconds, withRetries } from '../connection.js';
import { connectionRetriesSchema, connectionSchemaOf, DEFAULT_CONNECTION_RETRIES, optionReader, portOption, textOption, wholeNumberOption } from '../kit/options.js';
import type { ConnectorContext, DriverSession } from '../types.js';
import type { NamedDatabaseDriver } from '../kit/scope.js';
import { namedDatabaseServerDriver, withoutTransactions } from '../kit/sessions.js';

export const DEFAULT_DATABASE_NAME = 'default';
export const DEFAULT_PORT = 1521;
/*
 * Defaults come from the service's `timeouts:` (connectors/connection.ts), so a black-holed
 * host or a silent connection fails a CI job in bounded time. A COMMENT waits for its table's
 * DDL lock up to timeouts.lock: Oracle's default, 0, fails at once (ORA-00054) whenever a
 * transaction has touched the table.
 */

const COMMON_PROPERTIES: Record<string, unknown> = {
  user: textOption(),
  password: { type: 'string' },
  databaseName: textOption('Not an oracledb option: the name OpenMetadata gives the database level above the Oracle schemas, as the OpenMetadata service names it. Default "default".'),
  connectTimeout: wholeNumberOption("How long to wait for a connection, in seconds (default: the service's timeouts.connect, 10s)."),
  callTimeout: wholeNumberOption("How long one round trip (a statement or catalog query) may take, in milliseconds (default: the service's timeouts.statement plus 5s: 50s)."),
  ddlLockTimeout: wholeNumberOption("How long a COMMENT may wait for its table's lock, in seconds (DDL_LOCK_TIMEOUT; default: the service's timeouts.lock, 10s; 0 = do not wait).", { zero: true }),
  connectionRetries: connectionRetriesSchema('refused, reset, listener busy, database starting or shutting down'),
};

/** JSON Schema (draft-07) of an oracle service's `connection:` block. */
export const connectionSchema = connectionSchemaOf('Oracle connection', undefined, {
  // if/then/else rather than oneOf: a typo in one form is reported against that form only.
  if: { properties: { connectString: {} }, required: ['connectString'] },
  then: {
    description: 'An Oracle database by connect string, with the option names of `oracledb` (thin mode).',
    additionalProperties: false,
    required: ['user', 'connectString'],
    properties: {
      ...COMMON_PROPERTIES,
      connectString: textOption('Easy Connect (`db.internal:1521/ORCLPDB1`) or a full (DESCRIPTION=...) connect descriptor.'),
    },
  },
  else: {
    description: 'An Oracle database by host, port and service name.',
    additionalProperties: false,
    required: ['user', 'host', 'serviceName'],
    properties: {
      ...COMMON_PROPERTIES,
      host: textOption(),
      port: portOption(1521),
      serviceName: textOption('The service of the database (a PDB), e.g. ORCLPDB1 or FREEPDB1.'),
    },
  },
});

export interface OracleConnection {
  user: string;
  password: string | undefined;
  connectString: string;
  databaseName: string;
  connectTimeout: number;
  callTimeout: number;
  ddlLockTimeout: number;
  connectionRetries: number;
}

const { invalid, optionalString, requiredString, optionalNumber, connectionRetriesOf, portOf } = optionReader('oracle', { integers: true });

/** `host:port/service`; an IPv6 address is bracketed. */
export function easyConnect(host: string, port: number, serviceName: string): string {
  const bracketed = host.includes(':') && !host.startsWith('[') ? `[${host}]` : host;
  return `${bracketed}:${port}/${serviceName}`;
}

/**
 * Reads the `connection:` block. The config validator has checked it against
 * `connectionSchema` already; these checks only keep a wrong type from reaching oracledb.
 */
export function parseConnection(connection: Record<string, unknown>, timeouts: Timeouts = timeoutsOf({})): OracleConnection {
  let connectString: string;
  if (connection.connectString !== undefined) {
    for (const key of ['host', 'port', 'serviceName']) {
      if (connection[key] !== undefined) throw invalid(key, 'left out when connectString is given');
    }
    connectString = requiredString(connection, 'connectString');
  } else {
    connectString = easyConnect(requiredString(connection, 'host'), portOf(connection, DEFAULT_PORT), requiredString(connection, 'serviceName'));
  }
  const connectionRetries = connectionRetriesOf(connection) ?? DEFAULT_CONNECTION_RETRIES;
  return {
    user: requiredString(connection, 'user'),
    password: optionalString(connection, 'password'),
    connectString,
    databaseName: optionalString(connection, 'databaseName') || DEFAULT_DATABASE_NAME,
    connectTimeout: optionalNumber(connection, 'connectTimeout') ?? wholeSeconds(timeouts.connectMillis),
    // A COMMENT's round trip includes its wait for the DDL lock.
    callTimeout: optionalNumber(connection, 'callTimeout') ?? readTimeoutMillis({ statementMillis: Math.max(timeouts.statementMillis, timeouts.lockMillis) }),
    ddlLockTimeout: optionalNumber(connection, 'ddlLockTimeout', { zero: true }) ?? wholeSeconds(timeouts.lockMillis),
    connectionRetries,
  };
}

// ---------------------------------------------------------------------------------------
// Errors

export function secretsOf(target: Pick<OracleConnection, 'password'>): string[] {
  return target.password ? [target.password] : [];
}

/** The driver's words: `ORA-01017: ...` or `NJS-503: ...` as oracledb formats them. */
export function driverMessage(error: unknown): string {
  if (error instanceof AggregateError && error.message === '') return error.errors.map(driverMessage).join('; ');
  return error instanceof Error ? error.message : String(error);
}

/**
 * A connect failure as an Error that names where revmeta tried to connect. The original error
 * is not kept as `cause`: what a driver attaches to its errors is outside our control.
 */
export function connectionError(error: unknown, target: OracleConnection, tries = ''): Error {
  const where = `${target.user}@${target.connectString}`;
  return new Error(maskSecrets(`could not connect to Oracle as ${where}${tries}: ${driverMessage(error)}`, secretsOf(target)));
}

export function statementError(error: unknown, secrets: readonly string[]): Error {
  return new Error(maskSecrets(driverMessage(error), secrets));
}

/**
 * Failures a moment later may not repeat: the listener refused or the connection broke
 * (thin mode's NJS-5xx), the listener or database is busy, starting or shutting down.
 * Never ORA-01017 (credentials), an unknown service (NJS-518), a timeout (NJS-510, already
 * `connectTimeout` long) or a SQL error.
 */
const TRANSIENT_CODES = new Set([
  'NJS-500', // connection closed or broken
  'NJS-501', // connection terminated unexpectedly
  'NJS-503', // connection could not be established (refused, reset, unreachable)
  'NJS-511', // listener refused the connection
  'NJS-521', // end-of-file on communication channel
  'ORA-00018', // maximum number of sessions exceeded
  'ORA-00020', // maximum number of processes exceeded
  'ORA-01033', // initialization or shutdown in progress
  'ORA-01034', // Oracle not available
  'ORA-01089', // immediate shutdown in progress
  'ORA-03113', // end-of-file on communication channel
  'ORA-03114', // not connected
  'ORA-12516', // listener could not find an available handler
  'ORA-12519', // no appropriate service handler found
  'ORA-12520', // no available handler for the server type
  'ORA-12528', // database is blocking new connections
  'ORA-12537', // connection closed
]);

export function isTransient(error: unknown): boolean {
  if (error instanceof AggregateError) return error.errors.some(isTransient);
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && TRANSIENT_CODES.has(code);
}

// ---------------------------------------------------------------------------------------
// Sessions

type OracledbModule = (typeof import('oracledb'))['default'];

/** Loaded on first connect: a service without Oracle does not pay for the driver. */
async function loadOracledb(): Promise<OracledbModule> {
  const module = await import('oracledb');
  return module.default;
}

function serverSession(oracledb: OracledbModule, connection: Connection, target: OracleConnection, onClose: () => void): DriverSession {
  const secrets = secretsOf(target);
  let closed = false;
  const run = async (sql: string): Promise<Record<string, unknown>[]> => {
    try {
      return (await connection.execute(sql, [], { outFormat: oracledb.OUT_FORMAT_OBJECT })).rows ?? [];
    } catch (error) {
      throw statementError(error, secrets);
    }
  };
  return {
    query: run,
    execute: async (sql) => {
      await run(sql);
    },
    // DDL commits on its own: a transaction cannot hold it, so none is offered.
    ...withoutTransactions('Oracle DDL is not transactional: every COMMENT commits on its own'),
    close: async () => {
      if (closed) return;
      closed = true;
      onClose();
      await connection.close().catch(() => undefined);
    },
  };
}

function attributes(target: OracleConnection): ConnectionAttributes {
  return {
    user: target.user,
    ...(target.password !== undefined ? { password: target.password } : {}),
    connectString: target.connectString,
    connectTimeout: target.connectTimeout,
    transportConnectTimeout: target.connectTimeout,
  };
}

export function sessionSetupSql(ddlLockTimeoutSeconds: number): string {
  return `ALTER SESSION SET DDL_LOCK_TIMEOUT = ${ddlLockTimeoutSeconds}`;
}

async function connectOnce(oracledb: OracledbModule, target: OracleConnection): Promise<Connection> {
  const connection = await oracledb.getConnection(attributes(target));
  try {
    connection.callTimeout = target.callTimeout;
    await connection.execute(sessionSetupSql(target.ddlLockTimeout), [], {});
    return connection;
  } catch (error) {
    await connection.close().catch(() => undefined);
    throw error;
  }
}

/** A Driver that also names the OpenMetadata database level it stands for (introspect needs it). */
export type OracleDriver = NamedDatabaseDriver;

export function createDriver(ctx: ConnectorContext): OracleDriver {
  const target = parseConnection(ctx.connection, timeoutsOf(ctx));
  return namedDatabaseServerDriver('Oracle', target.databaseName, async (onClose) => {
    const oracledb = await loadOracledb();
    return withRetries(
      target.connectionRetries,
      isTransient,
      async () => serverSession(oracledb, await connectOnce(oracledb, target), target, onClose),
      (error, attempts) => connectionError(error, target, attemptsNote(attempts)),
    );
  });
}
