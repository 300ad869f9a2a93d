/**
 * Connections to Redshift: the postgres connector's server driver (`pg`, retries, secrets
 * kept out of messages) with Redshift's defaults, and sessions that use only what Redshift
 * has. Redshift has neither advisory locks nor savepoints: `begin` opens a plain transaction,
 * and a failed batch is attributed by running it again one statement at a time.
 *
 * Password authentication only: IAM authentication (temporary credentials from
 * GetClusterCredentials, or a Serverless workgroup's) is not supported.
 */
import { timeoutsOf, type Timeouts } from '../connection.js';
import { connectionRetriesSchema, connectionSchemaOf, DEFAULT_CONNECTION_RETRIES, optionReader, serverLoginOptions, textOption, tlsOption, wholeNumberOption } from '../kit/options.js';
import { createDriver as createPostgresDriver } from '../postgres/driver.js';
import { POSTGRES_SYNTAX } from '../postgres/sql.js';
import { batchRoundTrips } from '../sql-lexer.js';
import { BatchStatementError, type ConnectorContext, type Driver, type DriverSession } from '../types.js';
import { replayOneByOne } from '../kit/sessions.js';

export const DEFAULT_PORT = 5439;
/** The database every Redshift cluster is created with. */
export const DEFAULT_DATABASE = 'dev';

/** JSON Schema (draft-07) of a redshift service's `connection:` block. */
export const connectionSchema = connectionSchemaOf(
  'Redshift connection',
  'A Redshift cluster or Serverless workgroup endpoint, with a database user and password (IAM authentication is not supported).',
  {
    required: ['host', 'user'],
    properties: {
      ...serverLoginOptions({ defaultPort: 5439, host: 'The endpoint, e.g. examplecluster.abc123xyz789.us-west-2.redshift.amazonaws.com.' }),
      database: textOption('The database to connect to first (default "dev").'),
      ssl: tlsOption('TLS, verified against the system CAs (default true); false, or TLS options as Node `tls.connect` takes them (ca, rejectUnauthorized, ...).'),
      connectionTimeoutMillis: wholeNumberOption("How long to wait for a connection, in milliseconds (default: the service's timeouts.connect, 10s)."),
      statement_timeout: wholeNumberOption("How long a statement may run, in milliseconds; the client gives up on a silent connection 5 s later (default: the service's timeouts.statement, 45s; 0: no limit).", { zero: true }),
      connectionRetries: connectionRetriesSchema('refused, reset, cluster starting, too many connections'),
    },
  },
);

export interface RedshiftConnection {
  host: string;
  port: number;
  user: string;
  password: string | undefined;
  database: string;
  ssl: boolean | Record<string, unknown>;
  connectionTimeoutMillis: number;
  /** 0: no limit. */
  statementTimeoutMillis: number;
  connectionRetries: number;
}

const { optionalString, requiredString, optionalNumber, optionalTls } = optionReader('redshift', { integers: false });

/** Reads the `connection:` block (already checked against `connectionSchema`) with Redshift's defaults. */
export function parseConnection(connection: Record<string, unknown>, timeouts: Timeouts = timeoutsOf({})): RedshiftConnection {
  return {
    host: requiredString(connection, 'host'),
    port: optionalNumber(connection, 'port') ?? DEFAULT_PORT,
    user: requiredString(connection, 'user'),
    password: optionalString(connection, 'password'),
    database: optionalString(connection, 'database') ?? DEFAULT_DATABASE,
    // TLS by default (connectionSchema says so); `ssl: false` turns it off.
    ssl: optionalTls(connection, 'ssl') ?? true,
    connectionTimeoutMillis: optionalNumber(connection, 'connectionTimeoutMillis') ?? timeouts.connectMillis,
    statementTimeoutMillis: optionalNumber(connection, 'statement_timeout', { zero: true }) ?? timeouts.statementMillis,
    connectionRetries: optionalNumber(connection, 'connectionRetries', { zero: true }) ?? DEFAULT_CONNECTION_RETRIES,
  };
}

/**
 * The postgres server driver's `connection:` for this Redshift. `lock_timeout: 0` and
 * `idle_in_transaction_session_timeout: 0` keep `pg` from sending settings Redshift does not have.
 */
export function postgresConnection(target: RedshiftConnection): Record<string, unknown> {
  return {
    host: target.host,
    port: target.port,
    user: target.user,
    ...(target.password !== undefined ? { password: target.password } : {}),
    database: target.database,
    ssl: target.ssl,
    connectionTimeoutMillis: target.connectionTimeoutMillis,
    lock_timeout: 0,
    idle_in_transaction_session_timeout: 0,
    statement_timeout: target.statementTimeoutMillis,
    connectionRetries: target.connectionRetries,
  };
}

/**
 * Runs statements in as few round trips as is safe: those the lexer reads as exactly one
 * joined into one script (the postgres session's `query`, the simple protocol), any other
 * alone through `execute` (the extended protocol, which refuses a second statement). Without
 * savepoints a failure aborts the whole transaction, so the transaction is begun again and the
 * batch replayed one statement at a time to name the one that fails; the transaction is then
 * good only for a rollback.
 */
async function runBatch(session: DriverSession, statements: readonly string[]): Promise<void> {
  if (statements.length === 0) return;
  let failure: unknown;
  try {
    for (const trip of batchRoundTrips(statements, POSTGRES_SYNTAX)) {
      await (trip.alone ? session.execute(trip.sql) : session.query(trip.sql));
    }
    return;
  } catch (error) {
    failure = error;
  }
  await session.execute('ROLLBACK');
  await session.execute('BEGIN');
  await replayOneByOne(statements, (sql) => session.execute(sql));
  // Each statement ran alone (a conflict with another transaction that has since ended):
  // the batch still failed, and the work of this transaction before it is rolled back.
  const message = failure instanceof Error ? failure.message : String(failure);
  throw new BatchStatementError(0, new Error(`${message} (the batch failed; run alone, each of its statements succeeded)`));
}

/**
 * A session of the postgres driver, held to what Redshift has: `begin` takes no advisory
 * lock (Redshift has none), `executeBatch` uses no savepoint. Only the methods listed here
 * are passed on, so nothing else the postgres session does reaches Redshift.
 */
export function redshiftSession(session: DriverSession): DriverSession {
  return {
    query: (sql) => session.query(sql),
    execute: (sql) => session.execute(sql),
    begin: () => session.execute('BEGIN'),
    commit: () => session.commit(),
    rollback: () => session.rollback(),
    executeBatch: (statements) => runBatch(session, statements),
    close: () => session.close(),
  };
}

/** The postgres driver names PostgreSQL in its connect errors; this one is about Redshift. */
function asRedshiftError(error: unknown): unknown {
  if (!(error instanceof Error) || !error.message.startsWith('could not connect to PostgreSQL')) return error;
  return new Error(error.message.replace('could not connect to PostgreSQL', 'could not connect to Redshift'));
}

/** A driver whose sessions are `redshiftSession`s of `inner`'s. */
export function redshiftDriver(inner: Driver): Driver {
  return {
    async open(database) {
      try {
        return redshiftSession(await inner.open(database));
      } catch (error) {
        throw asRedshiftError(error);
      }
    },
    close: () => inner.close(),
  };
}

export function createDriver(ctx: ConnectorContext): Driver {
  const connection = postgresConnection(parseConnection(ctx.connection, timeoutsOf(ctx)));
  return redshiftDriver(createPostgresDriver({ ...ctx, connection }));
}
