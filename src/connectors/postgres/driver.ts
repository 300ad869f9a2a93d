/**
 * Connections to PostgreSQL: a server through `pg` (one client per session), or an embedded
 * PGlite engine persisted in a folder. Connection errors never carry the password.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import type pg from 'pg';
import { attemptsNote, formatDuration, lazyDriver, silentConnectionError, maskSecret, readTimeoutMillis, timeoutsOf, type Timeouts, withRetries, TRANSIENT_SOCKET_CODES } from '../connection.js';
import { connectionRetriesSchema, connectionSchemaOf, DEFAULT_CONNECTION_RETRIES, optionReader, serverLoginOptions, textOption, tlsOption, wholeNumberOption } from '../kit/options.js';
import { batchRoundTrips } from '../sql-lexer.js';
import { ApplyLockBusyError, type ConnectorContext, type Driver, type DriverSession } from '../types.js';
import { OpenSessions, replayOneByOne, sqlCommitAndRollback } from '../kit/sessions.js';
import { POSTGRES_SYNTAX, quoteIdentifier } from './sql.js';

const DEFAULT_DATABASE = 'postgres';
const DEFAULT_PORT = 5432;
/*
 * Defaults come from the service's `timeouts:` (connectors/connection.ts). Without them `pg`
 * waits forever: on a black-holed host, on a proxy that stops answering, and, as `ALTER ...
 * OWNER TO` takes an ACCESS EXCLUSIVE lock, queued behind a long query while every reader of
 * the table queues behind it.
 */


/** JSON Schema (draft-07) of a postgres service's `connection:` block. */
export const connectionSchema = connectionSchemaOf('PostgreSQL connection', undefined, {
  // if/then/else rather than oneOf: a typo in one form is reported against that form only,
  // not as a failed match of both.
  if: { properties: { embedded: {} }, required: ['embedded'] },
  then: {
    description: 'An embedded PostgreSQL (PGlite) persisted in a folder.',
    additionalProperties: false,
    properties: {
      embedded: textOption('Folder of the embedded engine, relative to the config file; created if missing.'),
    },
  },
  else: {
    description: 'A PostgreSQL server, with the option names of the `pg` driver.',
    additionalProperties: false,
    required: ['host', 'user'],
    properties: {
      ...serverLoginOptions(),
      database: textOption('The database to connect to first (default "postgres").'),
      ssl: tlsOption('true, or TLS options as Node `tls.connect` takes them (ca, rejectUnauthorized, ...).'),
      connectionTimeoutMillis: wholeNumberOption('How long to wait for a connection, in milliseconds (default: the service\'s timeouts.connect, 10s).'),
      lock_timeout: wholeNumberOption("How long a statement or the apply may wait for a lock, in milliseconds (default: the service's timeouts.lock, 10s; 0 waits forever).", { zero: true }),
      statement_timeout: wholeNumberOption("How long a statement may run, in milliseconds; the client gives up on a silent connection 5 s later (default: the service's timeouts.statement, 45s; 0: no limit).", { zero: true }),
      idle_in_transaction_session_timeout: wholeNumberOption("How long the server keeps an open transaction of a client that went silent before ending it and its locks, in milliseconds (default: the statement timeout; 0: the server's setting).", { zero: true }),
      connectionRetries: connectionRetriesSchema('refused, reset, server starting, too many connections'),
    },
  },
});

export interface ServerConnection {
  mode: 'server';
  host: string;
  port: number;
  user: string;
  password: string | undefined;
  database: string;
  ssl: boolean | Record<string, unknown> | undefined;
  connectionTimeoutMillis: number;
  /** Also how long `begin` waits for the apply lock of another apply. */
  lockTimeoutMillis: number;
  /** 0: no limit. */
  statementTimeoutMillis: number;
  /** 0: not sent (the server's setting; Redshift has none). */
  idleInTransactionTimeoutMillis: number;
  /** Further connection attempts after a transient failure (refused, reset, server starting). */
  connectionRetries: number;
}

export interface EmbeddedConnection {
  mode: 'embedded';
  /** Absolute folder of the PGlite data directory. */
  dir: string;
}

export type PostgresConnection = ServerConnection | EmbeddedConnection;

const { optionalString, requiredString, optionalNumber, optionalTls } = optionReader('postgres', { integers: false });

/**
 * Reads the `connection:` block. The config validator has checked it against
 * `connectionSchema` already; these checks only keep a wrong type from reaching `pg`.
 */
export function parseConnection(
  connection: Record<string, unknown>,
  configDir: string,
  timeouts: Timeouts = timeoutsOf({}),
): PostgresConnection {
  if (connection.embedded !== undefined) {
    return { mode: 'embedded', dir: path.resolve(configDir, requiredString(connection, 'embedded')) };
  }
  const statementTimeoutMillis = optionalNumber(connection, 'statement_timeout', { zero: true }) ?? timeouts.statementMillis;
  return {
    mode: 'server',
    host: requiredString(connection, 'host'),
    port: optionalNumber(connection, 'port') ?? DEFAULT_PORT,
    user: requiredString(connection, 'user'),
    password: optionalString(connection, 'password'),
    database: optionalString(connection, 'database') ?? DEFAULT_DATABASE,
    ssl: optionalTls(connection, 'ssl'),
    connectionTimeoutMillis: optionalNumber(connection, 'connectionTimeoutMillis') ?? timeouts.connectMillis,
    lockTimeoutMillis: optionalNumber(connection, 'lock_timeout', { zero: true }) ?? timeouts.lockMillis,
    statementTimeoutMillis,
    idleInTransactionTimeoutMillis: optionalNumber(connection, 'idle_in_transaction_session_timeout', { zero: true }) ?? statementTimeoutMillis,
    connectionRetries: optionalNumber(connection, 'connectionRetries', { zero: true }) ?? DEFAULT_CONNECTION_RETRIES,
  };
}

// ---------------------------------------------------------------------------------------
// Server mode

export { maskSecret };

/** The driver's own words: Node reports a refused dual-stack connect as an AggregateError with no message. */
function driverMessage(error: unknown): string {
  if (error instanceof AggregateError && error.message === '') {
    return error.errors.map(driverMessage).join('; ');
  }
  if (!(error instanceof Error)) return String(error);
  const code = (error as { code?: unknown }).code;
  const sqlState = typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code) ? ` (SQLSTATE ${code})` : '';
  return `${error.message}${sqlState}`;
}

/**
 * A connect failure as an Error that names where revmeta tried to connect. The original error
 * is not kept as `cause`: what a driver attaches to its errors is outside our control.
 */
export function connectionError(error: unknown, target: ServerConnection, database: string, tries = ''): Error {
  const where = `${target.user}@${target.host}:${target.port}/${database}`;
  const message = `could not connect to PostgreSQL as ${where}${tries}: ${driverMessage(error)}`;
  return new Error(maskSecret(message, target.password));
}

function clientConfig(target: ServerConnection, database: string): pg.ClientConfig {
  return {
    host: target.host,
    port: target.port,
    user: target.user,
    password: target.password,
    database,
    ssl: target.ssl,
    application_name: 'revmeta',
    connectionTimeoutMillis: target.connectionTimeoutMillis,
    // Server side: the server cuts a long statement or lock wait, and ends the transaction of a
    // client that went silent (its locks and the apply lock with it). 0 is not sent.
    lock_timeout: target.lockTimeoutMillis,
    statement_timeout: target.statementTimeoutMillis,
    idle_in_transaction_session_timeout: target.idleInTransactionTimeoutMillis,
    // Client side: a connection that stopped answering (a proxy, a dead host) ends the query.
    // The longest a statement may wait on the server: running, or waiting for the apply lock.
    ...(target.statementTimeoutMillis > 0
      ? { query_timeout: readTimeoutMillis({ statementMillis: Math.max(target.statementTimeoutMillis, target.lockTimeoutMillis) }) }
      : {}),
  };
}

function rowsOf(result: unknown): Record<string, unknown>[] {
  // A simple query with several statements resolves to one result per statement.
  const last: unknown = Array.isArray(result) ? result.at(-1) : result;
  const rows = (last as { rows?: Record<string, unknown>[] } | undefined)?.rows;
  return rows ?? [];
}

/** 'revmeta' in ASCII: the advisory lock every revmeta apply transaction takes on its database. */
export const APPLY_LOCK_KEY = 0x7265766d657461n;

/** lock_not_available: the session's lock_timeout ran out while waiting for a lock. */
const LOCK_NOT_AVAILABLE = '55P03';

/**
 * Takes the revmeta advisory lock, so two applies on one database never write at once: for the
 * transaction (`begin` opens the apply transaction holding it), or for the session, held across
 * every transaction of a split apply until unlocked or the connection ends (the server releases
 * a lost session's locks). The second apply waits for it up to the session's lock_timeout
 * (`timeouts.lock`, `--lock-timeout`), then gives up naming the backend that holds it.
 */
async function takeApplyLock(
  query: (sql: string) => Promise<Record<string, unknown>[]>,
  database: string,
  lockTimeoutMillis: number | undefined,
  scope: 'transaction' | 'session',
  idleSessionMillis = 0,
): Promise<void> {
  const transaction = scope === 'transaction';
  if (lockTimeoutMillis === undefined) {
    // Embedded: one engine per folder and one connection, so no other apply can hold the lock
    // (and PGlite's single-user backend does not wait on one).
    const take = transaction ? `BEGIN; SELECT pg_try_advisory_xact_lock(${APPLY_LOCK_KEY})` : `SELECT pg_try_advisory_lock(${APPLY_LOCK_KEY})`;
    const [row] = await query(`${take} AS locked`);
    if (row?.locked === true) return;
    if (transaction) await query('ROLLBACK');
  } else {
    try {
      // lock_timeout alone bounds the wait: a statement_timeout shorter than it would cut it first.
      // A session lock taken in a transaction outlives its commit; SET LOCAL ends with it.
      // Between its transactions the session is idle, where idle_in_transaction_session_timeout does
      // not reach: idle_session_timeout (PostgreSQL 14+) ends a vanished client's session and its lock.
      const idle = idleSessionMillis > 0 ? `SELECT set_config('idle_session_timeout', '${idleSessionMillis}', false) WHERE current_setting('server_version_num')::int >= 140000; ` : '';
      const take = transaction ? `pg_advisory_xact_lock(${APPLY_LOCK_KEY}); SET LOCAL statement_timeout TO DEFAULT` : `pg_advisory_lock(${APPLY_LOCK_KEY}); ${idle}COMMIT`;
      await query(`BEGIN; SET LOCAL statement_timeout = 0; SELECT ${take}`);
      return;
    } catch (error) {
      if ((error as { code?: unknown } | null)?.code !== LOCK_NOT_AVAILABLE) throw error;
    }
    await query('ROLLBACK');
  }
  // An advisory lock on a bigint key shows in pg_locks as its high and low 32 bits, objsubid 1.
  const [holder] = await query(
    `SELECT pid FROM pg_locks WHERE locktype = 'advisory' AND granted AND objsubid = 1 AND classid = ${APPLY_LOCK_KEY >> 32n} AND objid = ${APPLY_LOCK_KEY & 0xffffffffn} LIMIT 1`,
  ).catch(() => []);
  const who = holder?.pid === undefined ? 'another session' : `backend pid ${String(holder.pid)}`;
  const waited = lockTimeoutMillis === undefined ? '' : ` after waiting ${formatDuration(lockTimeoutMillis)}`;
  throw new ApplyLockBusyError(
    `${who} holds revmeta's advisory lock ${APPLY_LOCK_KEY} on database "${database}"${waited}; nothing was changed there: run again when it has finished, or wait longer with --lock-timeout`,
  );
}

/**
 * Objects one apply transaction may lock. PostgreSQL's shared lock table holds
 * max_locks_per_transaction × (max_connections + max_prepared_transactions) locks for ALL
 * sessions together (a COMMENT or OWNER TO locks its table, schema or database until commit),
 * and a transaction that needs more fails with "out of shared memory". Half of it leaves the
 * other half to every other session; never less than max_locks_per_transaction, which is each
 * session's own share. Default settings (64 × 100): 3,200 objects per transaction.
 */
export async function readLockBudget(query: (sql: string) => Promise<Record<string, unknown>[]>): Promise<number | undefined> {
  const [row] = await query(
    "SELECT current_setting('max_locks_per_transaction')::int AS per_transaction, current_setting('max_connections')::int AS connections, current_setting('max_prepared_transactions')::int AS prepared",
  );
  return lockBudgetOf(Number(row?.per_transaction), Number(row?.connections), Number(row?.prepared));
}

/** The budget of `readLockBudget` from the three settings; undefined when they are not numbers. */
export function lockBudgetOf(perTransaction: number, connections: number, prepared: number): number | undefined {
  if (![perTransaction, connections, prepared].every((n) => Number.isInteger(n) && n >= 0) || perTransaction === 0) return undefined;
  return Math.max(perTransaction, Math.floor((perTransaction * (connections + prepared)) / 2));
}

/**
 * How a session sends SQL: `script` through the simple query protocol, which runs every
 * `;`-separated statement of the text; `one` through the extended protocol, where the server
 * parses the text as exactly one statement and refuses a second ("cannot insert multiple
 * commands into a prepared statement"). Apply statements go through `one`, so a value can
 * never start a second statement, whatever the template or the quoting.
 */
interface Protocols {
  script(sql: string): Promise<unknown>;
  one(sql: string): Promise<unknown>;
}

/**
 * Runs statements under a savepoint in as few round trips as is safe: statements the lexer
 * reads as exactly one are joined into one script (batchRoundTrips), any other is sent alone
 * through `one`. When the batch fails, it is rolled back to the savepoint and replayed one
 * statement at a time to name the failing one.
 */
async function runBatch(protocols: Protocols, statements: readonly string[]): Promise<void> {
  if (statements.length === 0) return;
  try {
    for (const trip of batchRoundTrips(['SAVEPOINT revmeta_batch', ...statements], POSTGRES_SYNTAX)) {
      await (trip.alone ? protocols.one(trip.sql) : protocols.script(trip.sql));
    }
    return;
  } catch {
    await protocols.script('ROLLBACK TO SAVEPOINT revmeta_batch');
  }
  await replayOneByOne(statements, (sql) => protocols.one(sql));
}

/** `queryMode: 'extended'` (pg 8.12+, not in @types/pg) sends even a parameterless query as Parse/Bind/Execute. */
function oneStatement(sql: string): pg.QueryConfig {
  const config = { text: sql, queryMode: 'extended' };
  return config;
}

/** pg's words when `query_timeout` ran out: the server never answered. */
const READ_TIMEOUT = 'Query read timeout';

function serverSession(client: pg.Client, target: ServerConnection, onClose: () => void): DriverSession {
  let closed = false;
  const run = async <T>(send: () => Promise<T>): Promise<T> => {
    try {
      return await send();
    } catch (error) {
      if (!(error instanceof Error) || error.message !== READ_TIMEOUT) throw error;
      const waited = readTimeoutMillis({ statementMillis: Math.max(target.statementTimeoutMillis, target.lockTimeoutMillis) });
      throw silentConnectionError(`PostgreSQL at ${target.host}:${target.port}`, waited, 'the longer of timeouts.statement and timeouts.lock, plus 5s');
    }
  };
  const query = async (sql: string) => rowsOf(await run(() => client.query(sql)));
  const protocols: Protocols = { script: (sql) => run(() => client.query(sql)), one: (sql) => run(() => client.query(oneStatement(sql))) };
  const { releaseApplyLock, ...session } = familySession(query, protocols, client.database ?? '', target.lockTimeoutMillis, target.idleInTransactionTimeoutMillis);
  return {
    ...session,
    close: async () => {
      if (closed) return;
      closed = true;
      onClose();
      await releaseApplyLock();
      await client.end();
    },
  };
}

/** A session's statements, the same on a server and on PGlite: only how it connects and closes differs. */
function familySession(
  query: (sql: string) => Promise<Record<string, unknown>[]>,
  protocols: Protocols,
  database: string,
  lockTimeoutMillis: number | undefined,
  idleSessionMillis = 0,
): Omit<DriverSession, 'close'> & { releaseApplyLock(): Promise<void> } {
  let locked = false;
  return {
    query,
    execute: async (sql) => {
      await protocols.one(sql);
    },
    executeBatch: (statements) => runBatch(protocols, statements),
    lockBudget: () => readLockBudget(query),
    lockForApply: async () => {
      if (locked) return;
      await takeApplyLock(query, database, lockTimeoutMillis, 'session', idleSessionMillis);
      locked = true;
    },
    // Each transaction takes the lock too (at once when the session holds it): an apply that
    // did not lock the session, or a pooler that hands transactions to other server sessions.
    begin: () => takeApplyLock(query, database, lockTimeoutMillis, 'transaction'),
    ...sqlCommitAndRollback(protocols.script),
    /** Before the session closes; ending the connection releases the lock too, but a pooler may keep it open. */
    releaseApplyLock: async () => {
      if (!locked) return;
      locked = false;
      await query(`SELECT pg_advisory_unlock(${APPLY_LOCK_KEY})`).catch(() => undefined);
    },
  };
}

async function openServerSession(
  target: ServerConnection,
  database: string,
  onClose: () => void,
): Promise<DriverSession> {
  return withRetries(
    target.connectionRetries,
    isTransient,
    async () => {
      const { Client } = await loadPg();
      const client = new Client(clientConfig(target, database));
      // A connection the server drops while idle emits 'error'; unhandled, that ends the process.
      // The next query on the session fails with its own error instead.
      client.on('error', () => undefined);
      try {
        await client.connect();
      } catch (error) {
        await client.end().catch(() => undefined);
        throw error;
      }
      return serverSession(client, target, onClose);
    },
    (error, attempts) => connectionError(error, target, database, attemptsNote(attempts)),
  );
}

/** `pg`, imported on first use: a run without a PostgreSQL server (another system, PGlite) never loads it. */
const loadPg: () => Promise<typeof pg> = lazyDriver(() => import('pg'));

/**
 * Failures worth another try: the network dropped or refused us, or the server is starting,
 * shutting down or full. Never authentication, a missing database or a timeout (already long).
 */
function isTransient(error: unknown): boolean {
  if (error instanceof AggregateError) return error.errors.some(isTransient);
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && TRANSIENT_CODES.has(code)) return true;
  return error instanceof Error && /Connection terminated unexpectedly/.test(error.message);
}

const TRANSIENT_CODES = new Set([
  ...TRANSIENT_SOCKET_CODES,
  '57P03', // cannot_connect_now: starting up or shutting down
  '57P01', // admin_shutdown
  '53300', // too_many_connections
  '08006', // connection_failure
]);


function createServerDriver(target: ServerConnection): Driver {
  const sessions = new OpenSessions();
  return {
    async open(database = target.database) {
      return sessions.add((onClose) => openServerSession(target, database, onClose));
    },
    close: () => sessions.closeAll(),
  };
}

// ---------------------------------------------------------------------------------------
// Embedded mode (PGlite)

/**
 * Folders held open by this process. PGlite runs one engine per folder; a second instance
 * on the same files would corrupt them, so a second holder is refused with a clear error.
 */
const heldFolders = new Set<string>();

function holdFolder(dir: string): void {
  if (heldFolders.has(dir)) {
    throw new Error(`embedded folder ${dir} is already open in this process (PGlite runs one engine per folder)`);
  }
  lockFolder(dir);
  heldFolders.add(dir);
}

function releaseFolder(dir: string): void {
  heldFolders.delete(dir);
  rmSync(lockFileOf(dir), { force: true });
}

/** Other processes are kept out by a lock file beside the folder, holding the owner's pid. */
function lockFileOf(dir: string): string {
  return `${dir}.revmeta-lock`;
}

function lockFolder(dir: string): void {
  const lockFile = lockFileOf(dir);
  mkdirSync(path.dirname(lockFile), { recursive: true });
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(lockFile, `${process.pid}\n`, { flag: 'wx' });
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = Number.parseInt(readFileSync(lockFile, 'utf8'), 10);
      if (Number.isInteger(owner) && owner !== process.pid && processAlive(owner)) {
        throw new Error(
          `embedded folder ${dir} is in use by another revmeta process (pid ${owner}); PGlite runs one engine per folder (lock: ${lockFile})`,
        );
      }
      // Left behind by a process that died: take it over.
      rmSync(lockFile, { force: true });
    }
  }
  throw new Error(`could not lock embedded folder ${dir} (lock: ${lockFile})`);
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Loaded on first use: server-mode users do not pay for the WebAssembly engine. */
async function createPglite(dir: string, database: string): Promise<PGlite> {
  const { createExactPglite } = await import('./pglite.js');
  await mkdir(dir, { recursive: true });
  return createExactPglite(dir, { database });
}

async function embeddedDatabaseExists(dir: string, database: string): Promise<boolean> {
  const engine = await createPglite(dir, DEFAULT_DATABASE);
  try {
    const result = await engine.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    return result.rows.length > 0;
  } finally {
    await engine.close();
  }
}

/** PGlite reports a missing database only as "failed to initialize": say what is wrong. */
async function openPglite(dir: string, database: string): Promise<PGlite> {
  try {
    return await createPglite(dir, database);
  } catch (error) {
    if (database !== DEFAULT_DATABASE && !(await embeddedDatabaseExists(dir, database))) {
      throw new Error(
        `embedded database "${database}" does not exist in ${dir}; create it first ` +
          `(CREATE DATABASE, or createEmbeddedDatabase)`,
      );
    }
    throw new Error(`could not open embedded database "${database}" in ${dir}: ${driverMessage(error)}`);
  }
}

/**
 * Creates a database in an embedded folder (initialising the folder if needed) unless it
 * exists. Returns whether it created it. The folder must not be open in a driver meanwhile.
 */
export async function createEmbeddedDatabase(dir: string, name: string): Promise<boolean> {
  const folder = path.resolve(dir);
  holdFolder(folder);
  try {
    const engine = await createPglite(folder, DEFAULT_DATABASE);
    try {
      const existing = await engine.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
      if (existing.rows.length > 0) return false;
      await engine.exec(`CREATE DATABASE ${quoteIdentifier(name)}`);
      return true;
    } finally {
      await engine.close();
    }
  } finally {
    releaseFolder(folder);
  }
}

interface EmbeddedEngine {
  database: string;
  pglite: PGlite;
  /** Set when the driver switched to another database or closed. */
  ended: boolean;
  /** Sessions still open on the engine; they share its single connection. */
  sessions: number;
}

/** When the last session closes, the connection is left as a new session would expect it. */
async function resetEngine(engine: EmbeddedEngine): Promise<void> {
  if (engine.pglite.isInTransaction()) await engine.pglite.exec('ROLLBACK');
  await engine.pglite.exec('DISCARD ALL');
}

function embeddedSession(engine: EmbeddedEngine): DriverSession {
  let closed = false;
  engine.sessions++;
  const live = (): PGlite => {
    if (closed) throw new Error(`the embedded session on "${engine.database}" is closed`);
    if (engine.ended) {
      throw new Error(
        `the embedded session on "${engine.database}" ended: the driver has since opened another ` +
          `database or closed (PGlite holds one database of a folder at a time)`,
      );
    }
    return engine.pglite;
  };
  const run = async (sql: string) => live().exec(sql);
  const query = async (sql: string) => (await run(sql)).at(-1)?.rows ?? [];
  // PGlite's `exec` is the simple protocol, its `query` the extended one.
  const protocols: Protocols = { script: run, one: (sql) => live().query(sql) };
  const { releaseApplyLock, ...session } = familySession(query, protocols, engine.database, undefined);
  return {
    ...session,
    close: async () => {
      if (closed) return;
      if (!engine.ended) await releaseApplyLock();
      closed = true;
      engine.sessions--;
      if (engine.sessions === 0 && !engine.ended) await resetEngine(engine);
    },
  };
}

/**
 * PGlite opens one database of a folder per engine, and one engine per folder at a time:
 * opening another database closes the current engine (its sessions end), and asking for
 * the current one again reuses it. Sessions on one database share a single connection.
 */
function createEmbeddedDriver(dir: string): Driver {
  let current: EmbeddedEngine | undefined;
  let holding = false;

  async function endCurrent(): Promise<void> {
    if (current === undefined) return;
    const engine = current;
    current = undefined;
    engine.ended = true;
    await engine.pglite.close();
  }

  /** Opens run one after another: two overlapping switches would start two engines on one folder. */
  let queue: Promise<unknown> = Promise.resolve();
  function engineFor(database: string): Promise<EmbeddedEngine> {
    const next = queue.then(() => switchTo(database));
    queue = next.catch(() => undefined);
    return next;
  }

  async function switchTo(database: string): Promise<EmbeddedEngine> {
    if (current?.database === database) return current;
    if (!holding) {
      holdFolder(dir);
      holding = true;
    }
    await endCurrent();
    current = { database, pglite: await openPglite(dir, database), ended: false, sessions: 0 };
    return current;
  }

  return {
    async open(database = DEFAULT_DATABASE) {
      return embeddedSession(await engineFor(database));
    },
    async close() {
      await queue;
      await endCurrent();
      if (holding) releaseFolder(dir);
      holding = false;
    },
  };
}

export function createDriver(ctx: ConnectorContext): Driver {
  const connection = parseConnection(ctx.connection, ctx.configDir, timeoutsOf(ctx));
  return connection.mode === 'embedded'
    ? createEmbeddedDriver(connection.dir)
    : createServerDriver(connection);
}
