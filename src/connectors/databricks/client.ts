/**
 * Connections to Databricks (SQL warehouses and clusters) through `@databricks/sql`, shared by
 * the Unity Catalog and legacy Hive metastore connectors. The driver speaks Thrift (TCLIService)
 * over HTTPS; it is loaded lazily, on the first connection, so commands that never reach
 * Databricks do not pay for it. Its logger is silenced and its telemetry off: revmeta reports
 * errors itself and sends nothing but the statements.
 *
 * One Thrift session serves the whole driver (statements are fully qualified, so no session
 * state matters); `open` hands out views on it. Every DDL statement commits on its own.
 * Errors never carry the token, the OAuth secret or a proxy password.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { DBSQLClient as DBSQLClientType } from '@databricks/sql';
import type { ConnectionOptions } from '@databricks/sql/dist/contracts/IDBSQLClient.js';
import { attemptsNote, lazyDriver, maskSecrets, readTimeoutMillis, timeoutsOf, type Timeouts, withRetries } from '../connection.js';
import { TRANSIENT_SOCKET_CODES as SOCKET_CODES } from '../connection.js';
import { connectionRetriesSchema, connectionSchemaOf, DEFAULT_CONNECTION_RETRIES, optionReader, portOption, textOption, wholeNumberOption } from '../kit/options.js';
import type { ConnectorContext, Driver, DriverSession } from '../types.js';
import { withoutTransactions } from '../kit/sessions.js';

const DEFAULT_PORT = 443;
/**
 * How long one HTTP request may wait for an answer. The driver's default is 15 minutes; a
 * serverless warehouse starts in seconds and a classic one in about five minutes, during
 * which OpenSession waits.
 */

/** Which connector a connection belongs to, for messages and schemas. */
export interface DatabricksSystem {
  /** `unitycatalog` or `databricks`: names the option reader's errors. */
  type: string;
  /** "Unity Catalog", "Databricks (Hive metastore)": names the system in messages. */
  title: string;
}

// ---------------------------------------------------------------------------------------
// The `connection:` block

/**
 * JSON Schema (draft-07) of a Databricks `connection:` block: host, HTTP path and one way to
 * authenticate (a personal access token, or an OAuth machine-to-machine client id and
 * secret), plus the connector's own options.
 */
export function databricksConnectionSchema(
  title: string,
  description: string,
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  return connectionSchemaOf(title, description, {
    required: ['host', 'httpPath'],
    // Exactly one way to authenticate: a token, or a client id with its secret.
    if: { required: ['token'] },
    then: { not: { anyOf: [{ required: ['clientId'] }, { required: ['clientSecret'] }, { required: ['azureTenantId'] }] } },
    else: { required: ['clientId', 'clientSecret'] },
    properties: {
      host: {
        type: 'string',
        minLength: 1,
        pattern: '^(https://)?[^/:\\s]+/?$',
        description: 'Workspace host name, e.g. dbc-a1b2c3d4-e5f6.cloud.databricks.com (Server hostname in the warehouse\'s connection details).',
      },
      httpPath: {
        type: 'string',
        minLength: 1,
        pattern: '^/?[^\\s]+$',
        description: 'HTTP path of the SQL warehouse or cluster, e.g. /sql/1.0/warehouses/abc123 (connection details).',
      },
      port: portOption(443),
      token: textOption('Personal access token (or a service principal\'s), e.g. ${DATABRICKS_TOKEN}.'),
      clientId: textOption('OAuth machine-to-machine: the service principal\'s application (client) id.'),
      clientSecret: textOption('OAuth machine-to-machine: its OAuth secret, e.g. ${DATABRICKS_CLIENT_SECRET}.'),
      azureTenantId: textOption('OAuth on Azure with a Microsoft Entra ID service principal (client secret issued by Entra): its tenant. Leave out for Databricks-managed OAuth secrets.'),
      caCertPath: textOption('PEM file of an extra CA to trust (a TLS-inspecting proxy, a private endpoint), relative to the config file. Not with proxy: use NODE_EXTRA_CA_CERTS there.'),
      proxy: {
        type: 'string',
        pattern: '^(https?|socks[45]?[ah]?)://',
        description: 'Proxy URL for every request, e.g. http://proxy.internal:3128 (user:password@ allowed).',
      },
      socketTimeout: wholeNumberOption("How long one request may wait for an answer, in milliseconds (default: the service's timeouts.statement plus 5s, 50000; a starting warehouse answers 503 at once, which is retried)."),
      connectionRetries: connectionRetriesSchema('refused, reset, HTTP 429/502/503/504'),
      ...extra,
    },
  });
}

export type DatabricksAuth =
  | { kind: 'token'; token: string }
  | { kind: 'oauth-m2m'; clientId: string; clientSecret: string; azureTenantId: string | undefined };

export interface DatabricksProxy {
  protocol: 'http' | 'https' | 'socks' | 'socks4' | 'socks4a' | 'socks5' | 'socks5h';
  host: string;
  port: number;
  username: string | undefined;
  password: string | undefined;
}

export interface DatabricksConnection {
  /** Host name only: no scheme, no path. */
  host: string;
  port: number;
  /** With a leading slash. */
  httpPath: string;
  auth: DatabricksAuth;
  /** Absolute path of an extra CA certificate (PEM). */
  caCertPath: string | undefined;
  proxy: DatabricksProxy | undefined;
  socketTimeout: number;
  /** Absent when not configured, meaning DEFAULT_CONNECTION_RETRIES. */
  connectionRetries?: number | undefined;
}

const PROXY_DEFAULT_PORTS: Readonly<Record<string, number>> = { http: 80, https: 443 };

/**
 * Reads the `connection:` block. The config validator has checked it against the schema
 * already; these checks only keep a wrong type or a missing credential from the driver.
 */
export function parseDatabricksConnection(
  system: DatabricksSystem,
  connection: Record<string, unknown>,
  configDir = process.cwd(),
  timeouts: Partial<Timeouts> = {},
): DatabricksConnection {
  const { invalid, optionalString, requiredString, optionalNumber, connectionRetriesOf } = optionReader(system.type, { integers: true });
  const host = requiredString(connection, 'host')
    .replace(/^https:\/\//i, '')
    .replace(/\/$/, '');
  if (!/^[^/:\s]+$/.test(host)) throw invalid('host', 'a host name (no scheme other than https://, no port, no path)');
  const rawPath = requiredString(connection, 'httpPath');
  const port = optionalNumber(connection, 'port') ?? DEFAULT_PORT;
  if (port > 65535) throw invalid('port', 'a port number (1-65535)');
  const token = optionalString(connection, 'token');
  const clientId = optionalString(connection, 'clientId');
  const clientSecret = optionalString(connection, 'clientSecret');
  const azureTenantId = optionalString(connection, 'azureTenantId');
  let auth: DatabricksAuth;
  if (token !== undefined && token !== '') {
    if (clientId !== undefined || clientSecret !== undefined) throw invalid('token', 'given alone: a token, or clientId with clientSecret, not both');
    auth = { kind: 'token', token };
  } else if (clientId && clientSecret) {
    auth = { kind: 'oauth-m2m', clientId, clientSecret, azureTenantId: azureTenantId || undefined };
  } else {
    throw invalid('token', 'set (or clientId with clientSecret for OAuth machine-to-machine)');
  }
  const caCert = optionalString(connection, 'caCertPath');
  const proxy = parseProxy(optionalString(connection, 'proxy'), invalid);
  if (caCert && proxy) {
    // @databricks/sql 2.1.0 builds its proxy agent without the `ca` option: the CA would be ignored.
    throw invalid('caCertPath', 'left out when a proxy is set (@databricks/sql does not apply it through a proxy; trust the CA with NODE_EXTRA_CA_CERTS instead)');
  }
  const connectionRetries = connectionRetriesOf(connection);
  return {
    host,
    port,
    httpPath: rawPath.startsWith('/') ? rawPath : `/${rawPath}`,
    auth,
    caCertPath: caCert ? path.resolve(configDir, caCert) : undefined,
    proxy,
    // A starting warehouse answers at once (503, retried within retriesTimeout, or an error status
    // in a 200) rather than holding a request open (seen by peers: lightdash/lightdash#28654), so a
    // request unanswered past timeouts.statement + 5s is a silent connection, and ends the plan.
    socketTimeout: optionalNumber(connection, 'socketTimeout') ?? readTimeoutMillis(timeoutsOf({ timeouts })),
    connectionRetries,
  };
}

function parseProxy(value: string | undefined, invalid: (key: string, expected: string) => Error): DatabricksProxy | undefined {
  if (value === undefined || value === '') return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw invalid('proxy', 'a URL such as http://proxy.internal:3128');
  }
  const protocol = url.protocol.replace(/:$/, '') as DatabricksProxy['protocol'];
  if (!['http', 'https', 'socks', 'socks4', 'socks4a', 'socks5', 'socks5h'].includes(protocol)) {
    throw invalid('proxy', 'an http, https or socks URL');
  }
  const port = url.port === '' ? PROXY_DEFAULT_PORTS[protocol] : Number(url.port);
  if (port === undefined) throw invalid('proxy', 'a URL with a port');
  const decode = (part: string) => (part === '' ? undefined : decodeURIComponent(part));
  return { protocol, host: url.hostname, port, username: decode(url.username), password: decode(url.password) };
}

/** Every secret of a connection in every form a message may carry it, longest first. */
export function secretsOf(target: DatabricksConnection): string[] {
  const secrets = new Set<string>();
  const add = (secret: string | undefined) => {
    if (!secret) return;
    secrets.add(secret);
    secrets.add(encodeURIComponent(secret));
    secrets.add(Buffer.from(secret).toString('base64'));
  };
  if (target.auth.kind === 'token') add(target.auth.token);
  else {
    add(target.auth.clientSecret);
    // The client id and secret travel together as HTTP Basic credentials.
    add(`${target.auth.clientId}:${target.auth.clientSecret}`);
  }
  add(target.proxy?.password);
  return [...secrets].filter((secret) => secret.length > 0).sort((a, b) => b.length - a.length);
}

/** The options `DBSQLClient.connect` takes for this connection (exported for tests). */
export async function clientOptions(target: DatabricksConnection): Promise<ConnectionOptions> {
  const auth =
    target.auth.kind === 'token'
      ? { authType: 'access-token' as const, token: target.auth.token }
      : {
          authType: 'databricks-oauth' as const,
          oauthClientId: target.auth.clientId,
          oauthClientSecret: target.auth.clientSecret,
          ...(target.auth.azureTenantId !== undefined
            ? { azureTenantId: target.auth.azureTenantId }
            : // Databricks-managed OAuth secrets work the same on every cloud.
              { useDatabricksOAuthInAzure: true }),
        };
  return {
    host: target.host,
    port: target.port,
    path: target.httpPath,
    socketTimeout: target.socketTimeout,
    userAgentEntry: 'revmeta',
    telemetryEnabled: false,
    // The client's retries of 429/503 wait up to 15 minutes; revmeta retries on its own terms.
    retriesTimeout: 120_000,
    ...(target.caCertPath !== undefined ? { customCaCert: await readCaCert(target.caCertPath) } : {}),
    ...(target.proxy !== undefined
      ? {
          proxy: {
            protocol: target.proxy.protocol,
            host: target.proxy.host,
            port: target.proxy.port,
            ...(target.proxy.username !== undefined
              ? { auth: { username: target.proxy.username, ...(target.proxy.password !== undefined ? { password: target.proxy.password } : {}) } }
              : {}),
          },
        }
      : {}),
    ...auth,
  };
}

async function readCaCert(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    throw new Error(`cannot read caCertPath ${file}${typeof code === 'string' ? ` (${code})` : ''}`);
  }
}

// ---------------------------------------------------------------------------------------
// Errors

interface ThriftStatusLike {
  errorMessage?: string | null;
  displayMessage?: string | null;
  sqlState?: string | null;
}

/** Node's socket errors: the request never got an answer. */
const TRANSIENT_SOCKET_CODES = new Set([...SOCKET_CODES, 'ETIMEDOUT']);
/** HTTP answers of a gateway or a warehouse that is busy or starting, not of a wrong request. */
const TRANSIENT_HTTP_STATUSES = new Set([429, 502, 503, 504]);

function socketCode(error: unknown): string | undefined {
  const { code, errno } = (error ?? {}) as { code?: unknown; errno?: unknown };
  if (typeof code === 'string') return code;
  return typeof errno === 'string' ? errno : undefined;
}

function httpStatus(error: unknown): number | undefined {
  const status = (error as { statusCode?: unknown } | null)?.statusCode;
  return typeof status === 'number' ? status : undefined;
}

/** Failures worth another try: refused or dropped connections, gateways and busy warehouses. */
export function isTransient(error: unknown): boolean {
  const code = socketCode(error);
  if (code !== undefined && TRANSIENT_SOCKET_CODES.has(code)) return true;
  const status = httpStatus(error);
  return status !== undefined && TRANSIENT_HTTP_STATUSES.has(status);
}

/** Only a refused connection proves a statement never reached the server. */
function neverSent(error: unknown): boolean {
  return socketCode(error) === 'ECONNREFUSED';
}

/** TLS failures that a CA option fixes. */
const CERTIFICATE_CODES = new Set([
  'SELF_SIGNED_CERT_IN_CHAIN',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'CERT_HAS_EXPIRED',
  'ERR_TLS_CERT_ALTNAME_INVALID',
]);

/**
 * The server's words in one line: Databricks' `displayMessage` (`[TABLE_OR_VIEW_NOT_FOUND]
 * ...`) when an operation failed, the status message of a refused request, the HTTP status of
 * a rejected one, or the socket error.
 */
export function databricksMessage(error: unknown): string {
  const response = (error as { response?: unknown } | null)?.response;
  if (response && typeof response === 'object' && ('errorMessage' in response || 'displayMessage' in response)) {
    const status = response as ThriftStatusLike;
    const text = (status.displayMessage || status.errorMessage || (error instanceof Error ? error.message : '')).trim();
    return status.sqlState && !text.includes(status.sqlState) ? `${text} (SQLSTATE ${status.sqlState})` : text;
  }
  const status = httpStatus(error);
  if (status !== undefined) {
    const hint = status === 401 || status === 403 ? ': authentication failed (check the token or the OAuth client)' : status === 404 ? ': no SQL endpoint at this httpPath' : '';
    return `HTTP ${status}${hint}`;
  }
  const code = socketCode(error);
  const message = error instanceof Error ? error.message : (error as { message?: unknown } | null)?.message;
  const text = typeof message === 'string' && message !== '' ? message : String(error);
  if (code !== undefined && CERTIFICATE_CODES.has(code)) return `${text} (a TLS-inspecting proxy or private endpoint? set caCertPath to its CA)`;
  return text;
}

function where(target: DatabricksConnection): string {
  return `https://${target.host}${target.port === DEFAULT_PORT ? '' : `:${target.port}`}${target.httpPath}`;
}

/** A connect failure as an Error naming where revmeta tried to connect, secrets masked. */
export function connectionError(system: DatabricksSystem, error: unknown, target: DatabricksConnection, tries = ''): Error {
  const how = target.auth.kind === 'token' ? 'with a token' : `as OAuth client ${target.auth.clientId}`;
  return new Error(maskSecrets(`could not connect to ${system.title} at ${where(target)} ${how}${tries}: ${databricksMessage(error)}`, secretsOf(target)));
}

function statementError(error: unknown, secrets: readonly string[]): Error {
  return new Error(maskSecrets(databricksMessage(error), secrets));
}

// ---------------------------------------------------------------------------------------
// Driver

type DatabricksModule = typeof import('@databricks/sql');
type IDBSQLSession = Awaited<ReturnType<DBSQLClientType['openSession']>>;

/** `@databricks/sql` pulls in Arrow, LZ4, OpenID and more: loaded on first use only. */
const loadDriverModule: () => Promise<DatabricksModule> = lazyDriver(() => import('@databricks/sql'));

/** The driver's logger writes to the console through winston; revmeta reports errors itself. */
const SILENT_LOGGER = { log: () => undefined };

/** A Driver that can also say which system it talks to. */
export interface DatabricksDriver extends Driver {
  readonly system: DatabricksSystem;
}

interface Connected {
  client: DBSQLClientType;
  session: IDBSQLSession;
}

async function connect(target: DatabricksConnection): Promise<Connected> {
  const { DBSQLClient } = await loadDriverModule();
  const client = new DBSQLClient({ logger: SILENT_LOGGER });
  // Connection events are reported through the failed calls; an unheard 'error' must not throw.
  client.on('error', () => undefined);
  try {
    await client.connect(await clientOptions(target));
    const session = await client.openSession();
    return { client, session };
  } catch (error) {
    await client.close().catch(() => undefined);
    throw error;
  }
}

/**
 * Runs one statement and waits for it to finish; `finished()` surfaces a failed operation
 * (fetching alone returns nothing for a statement without rows and would hide it).
 */
async function run(session: IDBSQLSession, sql: string, rows: boolean): Promise<Record<string, unknown>[]> {
  const operation = await session.executeStatement(sql);
  try {
    await operation.finished();
    return rows ? ((await operation.fetchAll()) as Record<string, unknown>[]) : [];
  } finally {
    await operation.close().catch(() => undefined);
  }
}

/**
 * One client and one Thrift session for the whole driver, opened on the first `open` (with
 * retries of transient failures), so a wrong token or host fails there as a connect error.
 */
export function createDatabricksDriver(system: DatabricksSystem, ctx: ConnectorContext): DatabricksDriver {
  const target = parseDatabricksConnection(system, ctx.connection, ctx.configDir, ctx.timeouts);
  const secrets = secretsOf(target);
  const retries = target.connectionRetries ?? DEFAULT_CONNECTION_RETRIES;
  let connected: Promise<Connected> | undefined;

  function connection(): Promise<Connected> {
    connected ??= withRetries(retries, isTransient, () => connect(target), (error, attempts) =>
      connectionError(system, error, target, attemptsNote(attempts)),
    ).catch((error: unknown) => {
      connected = undefined;
      throw error;
    });
    return connected;
  }

  function view(session: IDBSQLSession): DriverSession {
    const giveUp = (error: unknown) => statementError(error, secrets);
    return {
      // Reads are idempotent: any transient failure is retried.
      query: (sql) => withRetries(retries, isTransient, () => run(session, sql, true), giveUp),
      // A write only when the connection was refused: a statement that may have run is reported, not sent twice.
      execute: async (sql) => {
        await withRetries(retries, (error) => isTransient(error) && neverSent(error), () => run(session, sql, false), giveUp);
      },
      ...withoutTransactions(`${system.title} DDL is not transactional: every statement commits on its own`),
      // No lockForApply: Databricks has no session or advisory locks; two applies at once
      // write the same idempotent comments, owners and tags.
      // Views on the driver's one session: nothing to release per view.
      close: async () => undefined,
    };
  }

  return {
    system,
    async open(_database?: string) {
      // Every statement names its catalog: one session serves every database.
      return view((await connection()).session);
    },
    async close() {
      const open = connected;
      connected = undefined;
      if (!open) return;
      const done = await open.catch(() => undefined);
      if (!done) return;
      await done.session.close().catch(() => undefined);
      await done.client.close().catch(() => undefined);
    },
  };
}
