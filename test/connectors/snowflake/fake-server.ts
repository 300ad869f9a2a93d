/**
 * A local Snowflake for the real `snowflake-sdk`: an HTTP server on 127.0.0.1 speaking the
 * part of Snowflake's REST protocol the driver uses, reached through the connection's
 * `accessUrl`, backed by the in-memory catalog of fake-engine.ts.
 *
 *   POST /session/v1/login-request    password, key-pair JWT (SNOWFLAKE_JWT, RS256 checked
 *                                     against the user's public key) and OAUTH token logins
 *   POST /queries/v1/query-request    runs `sqlText` (MULTI_STATEMENT_COUNT honoured) and
 *                                     answers rowtype/rowset JSON, or Snowflake's error shape;
 *                                     a multi-statement request answers its one status row and
 *                                     `resultIds`, its statements' query ids (see FakeEngine.run)
 *   GET  /queries/<id>/result         a result by query id: what snowflake-sdk fetches for the
 *                                     first statement of a multi-statement request (and for each
 *                                     next one, on NextResult)
 *   POST /telemetry/send, /session?delete=true, /session/heartbeat   acknowledged
 *
 * Bodies may come gzip-compressed. Every other request is answered 404, so a driver that
 * starts using something else fails loudly instead of being humoured.
 */
import { createHash, createPublicKey, randomUUID, verify } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';
import { FakeCatalog, FakeEngine, SnowflakeFakeError, type Result, type Session, type Value } from './fake-engine.js';

export interface FakeUser {
  password?: string;
  /** PEM public key (SPKI) for key-pair logins. */
  publicKey?: string;
  /** The role a session gets without `role`. */
  defaultRole?: string;
}

export interface FakeSnowflakeOptions {
  users?: Readonly<Record<string, FakeUser>>;
  /** OAuth access token → user name. */
  oauthTokens?: Readonly<Record<string, string>>;
}

export interface LoginRecord {
  user: string;
  authenticator: string;
  role: string;
}

export interface FakeSnowflake {
  /** `http://127.0.0.1:PORT`, for the connection's `accessUrl`. */
  url: string;
  catalog: FakeCatalog;
  engine: FakeEngine;
  /** SQL of every query request, in order. */
  statements: string[];
  /** HTTP requests that ran SQL (POST query-request) or fetched a result (GET /queries/<id>/result). */
  requests: { queries: number; resultFetches: number };
  logins: LoginRecord[];
  /** Closes the connection of the next `count` login requests without answering (a reset). */
  dropLogins(count: number): void;
  /**
   * Milliseconds every query request and every result fetch waits before it is answered
   * (bench/cloud.mjs): each HTTP request the driver makes pays it; default 0.
   */
  latencyMs: number;
  stop(): Promise<void>;
}

interface SessionState extends Session {
  user: string;
  warehouse: string | null;
}

class LoginError extends Error {}

function readBody(request: http.IncomingMessage): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('error', reject);
    request.on('end', () => {
      try {
        let body = Buffer.concat(chunks);
        if (request.headers['content-encoding'] === 'gzip') body = gunzipSync(body);
        resolve(body.length === 0 ? {} : JSON.parse(body.toString('utf8')));
      } catch (error) {
        reject(error);
      }
    });
  });
}

function send(response: http.ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'Content-Type': 'application/json' });
  response.end(JSON.stringify(body));
}

function base64url(text: string): Buffer {
  return Buffer.from(text, 'base64url');
}

/** What the driver's key-pair login sends: an RS256 JWT naming ACCOUNT.USER and the key's fingerprint. */
function verifyJwt(token: string, publicKey: string, account: string, user: string): void {
  const [header, payload, signature] = token.split('.');
  if (header === undefined || payload === undefined || signature === undefined) throw new LoginError('JWT token is invalid.');
  if (!verify('RSA-SHA256', Buffer.from(`${header}.${payload}`), publicKey, base64url(signature))) throw new LoginError('JWT token is invalid.');
  const claims = JSON.parse(base64url(payload).toString('utf8')) as { iss?: string; sub?: string; exp?: number };
  const subject = `${account.toUpperCase()}.${user.toUpperCase()}`;
  const der = createPublicKey(publicKey).export({ format: 'der', type: 'spki' });
  const fingerprint = `SHA256:${createHash('sha256').update(der).digest('base64')}`;
  if (claims.sub !== subject || claims.iss !== `${subject}.${fingerprint}`) throw new LoginError('JWT token is invalid.');
  const expires = (claims.exp ?? 0) > 1e12 ? claims.exp! : (claims.exp ?? 0) * 1000;
  if (expires < Date.now()) throw new LoginError('JWT token has expired.');
}

function loginData(body: unknown): Record<string, unknown> {
  const data = (body as { data?: unknown }).data;
  if (typeof data !== 'object' || data === null) throw new LoginError('Login request has no data.');
  return data as Record<string, unknown>;
}

function rowtype(result: Result): { columns: Array<Record<string, unknown>>; rowset: Array<Array<string | null>> } {
  const numeric = result.columns.map((_, index) =>
    result.rows.every((row) => row[index] === null || typeof row[index] === 'number') && result.rows.some((row) => row[index] !== null),
  );
  const columns = result.columns.map((name, index) => ({
    name,
    database: '',
    schema: '',
    table: '',
    type: numeric[index] ? 'fixed' : 'text',
    scale: 0,
    precision: numeric[index] ? 38 : null,
    length: numeric[index] ? null : 16777216,
    byteLength: numeric[index] ? null : 16777216,
    nullable: true,
    collation: null,
  }));
  const rowset = result.rows.map((row) => row.map((value: Value) => (value === null ? null : String(value))));
  return { columns, rowset };
}

export async function startFakeSnowflake(options: FakeSnowflakeOptions = {}): Promise<FakeSnowflake> {
  const users = options.users ?? { revmeta: { password: 'revmeta-password' } };
  const oauthTokens = options.oauthTokens ?? {};
  const catalog = new FakeCatalog();
  const engine = new FakeEngine(catalog);
  const sessions = new Map<string, SessionState>();
  const logins: LoginRecord[] = [];
  let dropping = 0;
  const requests = { queries: 0, resultFetches: 0 };
  /** Results of the statements of multi-statement requests, by their query ids, until fetched once. */
  const childResults = new Map<string, Result>();

  function success(result: Result, queryId: string, session: SessionState): Record<string, unknown> {
    const { columns, rowset } = rowtype(result);
    const resultIds = result.children?.map((child) => {
      const id = randomUUID();
      childResults.set(id, child);
      return id;
    });
    return {
      data: {
        parameters: [],
        rowtype: columns,
        rowset,
        total: rowset.length,
        returned: rowset.length,
        queryId,
        ...(resultIds !== undefined ? { resultIds: resultIds.join(',') } : {}),
        finalRoleName: session.role,
        finalWarehouseName: session.warehouse,
        statementTypeId: 4096,
        version: 1,
        queryResultFormat: 'json',
      },
      code: null,
      message: null,
      success: true,
    };
  }

  function login(url: URL, body: unknown): Record<string, unknown> {
    const data = loginData(body);
    const authenticator = String(data['AUTHENTICATOR'] ?? 'SNOWFLAKE').toUpperCase();
    let user: string;
    if (authenticator === 'OAUTH') {
      const found = oauthTokens[String(data['TOKEN'] ?? '')];
      if (found === undefined) throw new LoginError('Invalid OAuth access token.');
      user = found;
    } else {
      user = String(data['LOGIN_NAME'] ?? '');
      const known = users[user];
      if (known === undefined) throw new LoginError('Incorrect username or password was specified.');
      if (authenticator === 'SNOWFLAKE_JWT') {
        if (known.publicKey === undefined) throw new LoginError('JWT token is invalid.');
        verifyJwt(String(data['TOKEN'] ?? ''), known.publicKey, String(data['ACCOUNT_NAME'] ?? ''), user);
      } else if (authenticator === 'SNOWFLAKE') {
        if (known.password === undefined || data['PASSWORD'] !== known.password) throw new LoginError('Incorrect username or password was specified.');
      } else {
        throw new LoginError(`Authenticator ${authenticator} is not supported by the fake.`);
      }
    }
    const role = url.searchParams.get('roleName') ?? users[user]?.defaultRole ?? 'SYSADMIN';
    if (!catalog.roles.has(role)) throw new LoginError(`Role '${role}' specified in the connect string does not exist or not authorized.`);
    const token = randomUUID();
    sessions.set(token, { user, role, warehouse: url.searchParams.get('warehouse') });
    logins.push({ user, authenticator, role });
    return {
      token,
      masterToken: randomUUID(),
      validityInSeconds: 3600,
      masterValidityInSeconds: 14400,
      displayUserName: user,
      serverVersion: catalog.version,
      firstLogin: false,
      healthCheckInterval: 45,
      sessionId: sessions.size,
      parameters: [],
      sessionInfo: { databaseName: null, schemaName: null, warehouseName: url.searchParams.get('warehouse'), roleName: role },
    };
  }

  function sessionOf(request: http.IncomingMessage): SessionState | undefined {
    const token = /^Snowflake Token="([^"]*)"$/.exec(request.headers.authorization ?? '')?.[1];
    return token === undefined ? undefined : sessions.get(token);
  }

  async function handle(request: http.IncomingMessage, response: http.ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://fake');
    if (request.method === 'POST' && url.pathname === '/session/v1/login-request') {
      if (dropping > 0) {
        dropping--;
        request.socket.destroy();
        return;
      }
      const body = await readBody(request);
      try {
        send(response, 200, { data: login(url, body), code: null, message: null, success: true });
      } catch (error) {
        if (!(error instanceof LoginError)) throw error;
        send(response, 200, { data: { nextAction: 'RETRY_LOGIN', authnMethod: 'USERNAME_PASSWORD' }, code: '390100', message: error.message, success: false });
      }
      return;
    }
    if (request.method === 'POST' && url.pathname === '/queries/v1/query-request') {
      const session = sessionOf(request);
      const body = (await readBody(request)) as { sqlText?: string; parameters?: Record<string, unknown> };
      requests.queries++;
      if (fake.latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, fake.latencyMs));
      const queryId = randomUUID();
      if (session === undefined) {
        send(response, 200, { data: { queryId }, code: '390199', message: 'Session is not valid (fake: unknown token).', success: false });
        return;
      }
      const count = body.parameters?.['MULTI_STATEMENT_COUNT'];
      try {
        const result = engine.run(String(body.sqlText ?? ''), session, count === undefined ? 1 : Number(count));
        send(response, 200, success(result, queryId, session));
      } catch (error) {
        if (!(error instanceof SnowflakeFakeError)) throw error;
        send(response, 200, {
          data: { internalError: false, errorCode: error.code, age: 0, sqlState: error.sqlState, queryId, line: -1, pos: -1 },
          code: error.code,
          message: error.message,
          success: false,
        });
      }
      return;
    }
    const resultOf = /^\/queries\/([0-9a-f-]+)\/result$/.exec(url.pathname);
    if (request.method === 'GET' && resultOf !== null) {
      const session = sessionOf(request);
      requests.resultFetches++;
      if (fake.latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, fake.latencyMs));
      const queryId = resultOf[1]!;
      const child = childResults.get(queryId);
      if (session === undefined || child === undefined) {
        send(response, 200, { data: { queryId }, code: '000709', message: `Statement ${queryId} not found`, success: false });
        return;
      }
      childResults.delete(queryId);
      send(response, 200, success(child, queryId, session));
      return;
    }
    if (request.method === 'POST' && ['/telemetry/send', '/session', '/session/heartbeat'].includes(url.pathname)) {
      await readBody(request).catch(() => undefined);
      if (url.pathname === '/session' && url.searchParams.get('delete') === 'true') {
        const token = /^Snowflake Token="([^"]*)"$/.exec(request.headers.authorization ?? '')?.[1];
        if (token !== undefined) sessions.delete(token);
      }
      send(response, 200, { data: null, code: null, message: null, success: true });
      return;
    }
    send(response, 404, { data: null, code: '404', message: `the fake does not serve ${request.method} ${url.pathname}`, success: false });
  }

  const server = http.createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      if (!response.headersSent) send(response, 500, { success: false, code: '500', message: `fake failure: ${String(error)}` });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const fake: FakeSnowflake = {
    url: `http://127.0.0.1:${port}`,
    catalog,
    engine,
    statements: engine.statements,
    requests,
    logins,
    dropLogins: (count) => void (dropping = count),
    latencyMs: 0,
    stop: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  return fake;
}
