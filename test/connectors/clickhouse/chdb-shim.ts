/**
 * Modern ClickHouse for the real `@clickhouse/client`: a small HTTP server on 127.0.0.1 that
 * answers the client's requests by running them in chdb (ClickHouse 26, in-process), on one
 * persistent session in a temp folder so DDL state survives between requests.
 *
 * It speaks the subset of ClickHouse's HTTP interface the client uses: `GET /ping`; `POST /`
 * with the SQL in the body (or `query=`), credentials as Basic auth, `X-ClickHouse-User`/
 * `-Key` headers or `user=`/`password=`, `database=`, and any other parameter as a setting
 * for that request. Errors come back as ClickHouse's do: a non-2xx status, the exception
 * text as the body, and its code in `X-ClickHouse-Exception-Code`. Not supported (answered
 * with an error rather than ignored): compressed bodies and query parameters (`param_*`).
 *
 * chdb holds one data folder per process; vitest runs each test file in its own process.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Session } from 'chdb';

export interface ChdbShim {
  /** `http://127.0.0.1:PORT` for `@clickhouse/client`. */
  url: string;
  /** What `SELECT version()` answers, e.g. `26.7.2.1`. */
  version: string;
  /** SQL of every request the shim ran, in order (for counting round trips). */
  statements: string[];
  stop(): Promise<void>;
}

export interface ShimOptions {
  /** user → password accepted by the shim (default: `default` without a password). */
  users?: Readonly<Record<string, string>>;
}

/** Parameters that steer the HTTP interface itself rather than being settings. */
const PROTOCOL_PARAMETERS = new Set([
  'query',
  'query_id',
  'database',
  'default_format',
  'user',
  'password',
  'session_id',
  'session_timeout',
  'session_check',
  'wait_end_of_query',
  'role',
  'quota_key',
]);

class ShimError extends Error {
  constructor(
    readonly code: number,
    message: string,
    readonly status = 500,
  ) {
    super(message);
  }
}

interface Credentials {
  user: string;
  password: string;
}

function credentialsOf(request: http.IncomingMessage, params: URLSearchParams): Credentials {
  const basic = /^Basic (.+)$/i.exec(request.headers.authorization ?? '');
  if (basic) {
    const decoded = Buffer.from(basic[1]!, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    return { user: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
  }
  const header = (name: string) => {
    const value = request.headers[name];
    return Array.isArray(value) ? value[0] : value;
  };
  return {
    user: header('x-clickhouse-user') ?? params.get('user') ?? 'default',
    password: header('x-clickhouse-key') ?? params.get('password') ?? '',
  };
}

function authenticate(credentials: Credentials, users: Readonly<Record<string, string>>): void {
  if (users[credentials.user] !== credentials.password) {
    throw new ShimError(
      516,
      `Code: 516. DB::Exception: ${credentials.user}: Authentication failed: password is incorrect, or there is no user with such name. (AUTHENTICATION_FAILED)`,
      401,
    );
  }
}

async function readBody(request: http.IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** The exception code of a chdb error message (`Code: 60. DB::Exception: ...`). */
function codeOf(message: string): number {
  return Number(/^Code: (\d+)/.exec(message)?.[1] ?? 1000);
}

/** Runs requests one at a time on the session: settings and `USE` are session state. */
class Engine {
  private queue: Promise<unknown> = Promise.resolve();
  private readonly defaults = new Map<string, string>();

  constructor(private readonly session: Session) {}

  run<T>(work: () => Promise<T>): Promise<T> {
    const next = this.queue.then(work);
    this.queue = next.catch(() => undefined);
    return next;
  }

  async sql(query: string, format = 'TabSeparated'): Promise<string> {
    try {
      return (await this.session.queryAsync(query, { format })).text();
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      throw new ShimError(codeOf(message), message);
    }
  }

  /** Applies request settings, runs the query, and puts the session back as it was. */
  async execute(query: string, params: URLSearchParams): Promise<string> {
    const settings = [...params].filter(([name]) => !PROTOCOL_PARAMETERS.has(name));
    const database = params.get('database');
    for (const [name] of settings) {
      if (name.startsWith('param_')) throw new ShimError(456, `Code: 456. DB::Exception: the chdb shim does not bind query parameters (${name})`);
      await this.rememberDefault(name);
    }
    try {
      for (const [name, value] of settings) await this.sql(`SET ${name} = ${literal(value)}`);
      if (database) await this.sql(`USE ${identifier(database)}`);
      return await this.sql(query, params.get('default_format') ?? 'TabSeparated');
    } finally {
      if (database) await this.sql('USE default');
      for (const [name] of settings) await this.sql(`SET ${name} = ${literal(this.defaults.get(name)!)}`);
    }
  }

  private async rememberDefault(name: string): Promise<void> {
    if (this.defaults.has(name)) return;
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw new ShimError(115, `Code: 115. DB::Exception: Unknown setting ${name}`);
    const rows = await this.sql(`SELECT value FROM system.settings WHERE name = ${literal(name)}`, 'JSONEachRow');
    if (rows.trim() === '') throw new ShimError(115, `Code: 115. DB::Exception: Unknown setting ${name}. (UNKNOWN_SETTING)`);
    this.defaults.set(name, (JSON.parse(rows) as { value: string }).value);
  }
}

function literal(value: string): string {
  return `'${value.replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'`;
}

function identifier(name: string): string {
  return `\`${name.replaceAll('\\', '\\\\').replaceAll('`', '\\`')}\``;
}

function sendError(response: http.ServerResponse, error: unknown): void {
  const shimError = error instanceof ShimError ? error : new ShimError(1001, `Code: 1001. ${String(error)}`);
  response.writeHead(shimError.status, {
    'Content-Type': 'text/plain; charset=UTF-8',
    'X-ClickHouse-Exception-Code': String(shimError.code),
  });
  response.end(`${shimError.message}\n`);
}

async function handle(
  request: http.IncomingMessage,
  response: http.ServerResponse,
  engine: Engine,
  users: Readonly<Record<string, string>>,
  statements: string[],
): Promise<void> {
  const url = new URL(request.url ?? '/', 'http://shim');
  if (request.method === 'GET' && url.pathname === '/ping') {
    response.writeHead(200, { 'Content-Type': 'text/plain; charset=UTF-8' }).end('Ok.\n');
    return;
  }
  if (request.method !== 'POST' || url.pathname !== '/') {
    throw new ShimError(1002, `Code: 1002. the chdb shim answers GET /ping and POST / only (${request.method} ${url.pathname})`, 400);
  }
  if (request.headers['content-encoding']) {
    throw new ShimError(1002, `Code: 1002. the chdb shim does not read ${request.headers['content-encoding']} bodies`, 400);
  }
  authenticate(credentialsOf(request, url.searchParams), users);
  const body = await readBody(request);
  const query = [url.searchParams.get('query'), body].filter((part) => part).join('\n');
  statements.push(query);
  const output = await engine.run(() => engine.execute(query, url.searchParams));
  response.writeHead(200, {
    'Content-Type': 'text/plain; charset=UTF-8',
    'X-ClickHouse-Query-Id': url.searchParams.get('query_id') ?? randomUUID(),
  });
  response.end(output);
}

export async function startChdbShim(options: ShimOptions = {}): Promise<ChdbShim> {
  const users = options.users ?? { default: '' };
  const dir = mkdtempSync(path.join(os.tmpdir(), 'revmeta-chdb-'));
  const session = new Session(dir);
  const engine = new Engine(session);
  const statements: string[] = [];
  const server = http.createServer((request, response) => {
    handle(request, response, engine, users, statements).catch((error: unknown) => sendError(response, error));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const version = (await engine.sql('SELECT version()')).trim();
  return {
    url: `http://127.0.0.1:${port}`,
    version,
    statements,
    stop: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await engine.run(async () => session.close());
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
