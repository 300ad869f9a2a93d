/**
 * A local fake of OpenMetadata 1.x's read API (node http on 127.0.0.1), shaped like the real
 * responses: list envelopes `{data, paging: {after, total}}`, `fields=` handling (owners, tags
 * and columns only when asked), cursor paging by `limit`/`after`, a Bearer token check, and
 * injected failures (429 with Retry-After, 5xx) to retry through. Entities are plain JSON the
 * test builds with the helpers below, so each test states its catalog.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

type Json = Record<string, unknown>;

export interface Failure {
  status: number;
  /** Only requests whose path (without query) ends with this; default any. */
  path?: string;
  retryAfter?: string;
  /** Hold the response this long first (for client timeouts). */
  delayMillis?: number;
  /** How many requests get this failure. Default 1. */
  times?: number;
}

export interface FakeOpenMetadata {
  /** Base URL as a config names it: `http://127.0.0.1:PORT/api`. */
  url: string;
  token: string;
  databases: Json[];
  schemas: Json[];
  tables: Json[];
  /** Every request: path with query, and whether it carried the right token. */
  requests: { url: string; authorized: boolean }[];
  fail(failure: Failure): void;
  /** Most requests in flight at once, seen so far. */
  maxInFlight(): number;
  close(): Promise<void>;
}

/** OpenMetadata's FQN quoting: a part containing a dot is double-quoted. */
export function fqn(...parts: string[]): string {
  return parts.map((part) => (part.includes('.') ? `"${part}"` : part)).join('.');
}

export function user(name: string): Json {
  return { id: `u-${name}`, type: 'user', name, fullyQualifiedName: name, deleted: false };
}

export function team(name: string): Json {
  return { id: `t-${name}`, type: 'team', name, fullyQualifiedName: name, deleted: false };
}

export function classification(tagFQN: string, labelType = 'Manual'): Json {
  return { tagFQN, name: tagFQN, source: 'Classification', labelType, state: 'Confirmed' };
}

export function glossary(tagFQN: string): Json {
  return { tagFQN, name: tagFQN, source: 'Glossary', labelType: 'Manual', state: 'Confirmed' };
}

export function database(service: string, name: string, extra: Json = {}): Json {
  return { id: `db-${service}-${name}`, name, fullyQualifiedName: fqn(service, name), service: { type: 'databaseService', name: service }, deleted: false, ...extra };
}

export function schema(db: Json, name: string, extra: Json = {}): Json {
  const dbFqn = db['fullyQualifiedName'] as string;
  return {
    id: `sc-${dbFqn}-${name}`,
    name,
    fullyQualifiedName: `${dbFqn}.${fqn(name)}`,
    database: { type: 'database', name: db['name'], fullyQualifiedName: dbFqn },
    service: db['service'],
    deleted: false,
    ...extra,
  };
}

export function table(sc: Json, name: string, columns: Json[] = [], extra: Json = {}): Json {
  const scFqn = sc['fullyQualifiedName'] as string;
  const tableFqn = `${scFqn}.${fqn(name)}`;
  return {
    id: `tb-${tableFqn}`,
    name,
    fullyQualifiedName: tableFqn,
    tableType: 'Regular',
    columns: withFqns(columns, tableFqn),
    databaseSchema: { type: 'databaseSchema', name: sc['name'], fullyQualifiedName: scFqn },
    deleted: false,
    ...extra,
  };
}

export function column(name: string, extra: Json = {}, children?: Json[]): Json {
  return { name, dataType: children ? 'STRUCT' : 'VARCHAR', tags: [], ...extra, ...(children ? { children } : {}) };
}

function withFqns(columns: Json[], parent: string): Json[] {
  return columns.map((col) => {
    const own = `${parent}.${fqn(col['name'] as string)}`;
    const children = col['children'] as Json[] | undefined;
    return { ...col, fullyQualifiedName: own, ...(children ? { children: withFqns(children, own) } : {}) };
  });
}

/** Fields each endpoint only returns when `fields=` asks for them, as OpenMetadata does. */
const OPTIONAL_FIELDS = ['owners', 'owner', 'tags', 'columns'];

export async function startFakeOpenMetadata(token = 'fake-secret-token-123'): Promise<FakeOpenMetadata> {
  const state = {
    databases: [] as Json[],
    schemas: [] as Json[],
    tables: [] as Json[],
    requests: [] as { url: string; authorized: boolean }[],
  };
  const failures: (Failure & { left: number })[] = [];
  let inFlight = 0;
  let maxInFlight = 0;

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://fake');
    const authorized = req.headers.authorization === `Bearer ${token}`;
    state.requests.push({ url: url.pathname + url.search, authorized });
    // A little latency so concurrent requests overlap and the bound is observable.
    await new Promise((resolve) => setTimeout(resolve, 2));
    const send = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': 'application/json', ...headers });
      res.end(JSON.stringify(body));
    };
    if (!authorized) return send(401, { code: 401, message: 'Not Authorized! Token verification failed' });
    const failure = failures.find((f) => f.left > 0 && (f.path === undefined || url.pathname.endsWith(f.path)));
    if (failure) {
      failure.left--;
      if (failure.delayMillis) await new Promise((resolve) => setTimeout(resolve, failure.delayMillis));
      if (res.destroyed) return;
      return send(failure.status, { code: failure.status, message: 'injected failure' }, failure.retryAfter ? { 'retry-after': failure.retryAfter } : {});
    }
    const params = url.searchParams;
    let all: Json[];
    if (url.pathname === '/api/v1/databases') all = state.databases.filter((d) => (d['service'] as Json)['name'] === params.get('service'));
    else if (url.pathname === '/api/v1/databaseSchemas')
      all = state.schemas.filter((s) => (s['database'] as Json)['fullyQualifiedName'] === params.get('database'));
    else if (url.pathname === '/api/v1/tables')
      all = state.tables.filter((t) => (t['databaseSchema'] as Json)['fullyQualifiedName'] === params.get('databaseSchema'));
    else return send(404, { code: 404, message: `no route ${url.pathname}` });

    const fields = new Set((params.get('fields') ?? '').split(',').filter(Boolean));
    const limit = Number(params.get('limit') ?? '10');
    const offset = params.has('after') ? Number(Buffer.from(params.get('after')!, 'base64').toString('utf8')) : 0;
    const page = all.slice(offset, offset + limit).map((entity) => {
      const shown: Json = {};
      for (const [key, value] of Object.entries(entity)) {
        // `owner` (0.x) is served as stored: it stands for a payload of an older server.
        if (OPTIONAL_FIELDS.includes(key) && key !== 'owner' && !fields.has(key)) continue;
        shown[key] = value;
      }
      return shown;
    });
    const next = offset + limit < all.length ? Buffer.from(String(offset + limit)).toString('base64') : undefined;
    send(200, { data: page, paging: { total: all.length, ...(next ? { after: next } : {}) } });
  };

  const server: Server = createServer((req, res) => {
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    res.on('close', () => inFlight--);
    handle(req, res).catch((error: unknown) => {
      res.writeHead(500);
      res.end(String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;

  return {
    url: `http://127.0.0.1:${port}/api`,
    token,
    databases: state.databases,
    schemas: state.schemas,
    tables: state.tables,
    requests: state.requests,
    fail: (failure) => failures.push({ ...failure, left: failure.times ?? 1 }),
    maxInFlight: () => maxInFlight,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
