/**
 * A local fake of OpenMetadata 1.x's REST API (node http on 127.0.0.1), shaped like the real
 * responses: list envelopes `{data, paging: {after, total}}`, `fields=` handling (owners, tags
 * and columns only when asked), cursor paging by `limit`/`after`, a Bearer token check, and
 * injected failures (429 with Retry-After, 5xx) to retry through. Entities are plain JSON the
 * test builds with the helpers below, so each test states its catalog.
 *
 * Writes: `PATCH /v1/{databases,databaseSchemas,tables}/name/{fqn}` with
 * `application/json-patch+json` applies RFC 6902 add/remove/replace/test to the stored entity,
 * all or nothing (a failed `test` changes nothing), resolves owner references `{id, type}` to
 * the users and teams it holds (404 for an unknown one, as OpenMetadata does), checks tag labels
 * carry the fields OpenMetadata requires, and 404s an unknown entity. Owners inherit as on the real
 * server: an entity without owners of its own is served its parent's (a table its schema's, a
 * schema its database's), each marked `inherited: true`, and a patch applies to that served array
 * and then drops the inherited references (`EntityRepository.inheritOwners`,
 * `EntityUpdater.getEntityReferences`). Users and teams answer
 * `GET /v1/users/name/{name}` and `/v1/teams/name/{name}`; every request is recorded.
 *
 * As the server's source has it, and per configured `version`:
 * - FQNs: a part with a dot is double-quoted, a `"` in a part is escaped `\"`
 *   (`FullyQualifiedName.quoteName`); lookups by name match the FQN exactly.
 * - `fields=owners` is a 400 before 1.5 (`owners` replaced `owner` then).
 * - A failed `test` operation is a 500 before 1.13 (a JsonException reached the unhandled-error
 *   mapper), a 400 from then on.
 * - Permissions: each PATCH needs the operations its paths name (`description` →
 *   EditDescription, `tags` → EditTags, `owners` → EditOwners); any other path, a `test` of
 *   `/columns/N/name` included, needs EditAll (`JsonPatchUtils.getMetadataOperations`). From 1.6
 *   a Tier label added or removed needs EditTier and a glossary term EditGlossaryTerms instead of
 *   EditTags. `grant(token, operations)` makes a token allowed only those; the main token may do all.
 * - Tags: a label of a tag that does not exist is a 404, of a disabled tag a 400, and a second label
 *   of a mutually exclusive classification or glossary on one object a 400. The server starts with
 *   the PII, Tier and PersonalData classifications (all mutually exclusive); a tag any stored label
 *   names exists too (the server only ever stored labels of tags that existed).
 * - Owners: at most one team, no team together with users, and only teams of type Group (400).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

type Json = Record<string, unknown>;

export interface Failure {
  status: number;
  /** Only requests whose path (without query) ends with this; default any. */
  path?: string;
  /** Only requests whose decoded query string contains this; default any. */
  query?: string;
  retryAfter?: string;
  /** Hold the response this long first (for client timeouts). */
  delayMillis?: number;
  /** How many requests get this failure. Default 1. */
  times?: number;
}

export interface FakeRequest {
  method: string;
  /** Path with query. */
  url: string;
  authorized: boolean;
  contentType?: string;
  /** A PATCH's parsed body. */
  body?: unknown;
}

export interface FakeOpenMetadata {
  /** Base URL as a config names it: `http://127.0.0.1:PORT/api`. */
  url: string;
  token: string;
  databases: Json[];
  schemas: Json[];
  tables: Json[];
  /** Users and teams (`userEntity`, `teamEntity`): owner lookups and references resolve against them. */
  users: Json[];
  teams: Json[];
  glossaries: Json[];
  /** Every request: method, path with query, whether it carried the right token, and a PATCH's body. */
  requests: FakeRequest[];
  /** The PATCH requests alone. */
  patches(): FakeRequest[];
  /**
   * Apply a patch's operations as OpenMetadata 1.x before ~1.9 did (`JsonUtils.applyPatch`): all
   * but `remove` first, sorted by the digits in their path, then the removes in reverse digit
   * order. Later versions apply them in order (the default here).
   */
  legacyPatchOrder: boolean;
  fail(failure: Failure): void;
  /**
   * Broken paging, as seen from misbehaving servers and proxies, on list endpoints whose path ends
   * with `path`: `fresh-cursor` serves the first page again and again under a new cursor each time
   * (with `total` unless `withoutTotal`); `empty-with-cursor` serves empty pages that each point to a
   * next one; `same-cursor` always hands out the cursor of the second page. Empty lists page
   * normally but for `empty-with-cursor`.
   */
  breakPaging(paging: { mode: 'fresh-cursor' | 'empty-with-cursor' | 'same-cursor'; path: string; withoutTotal?: boolean }): void;
  /** Most requests in flight at once, seen so far. */
  maxInFlight(): number;
  /** What `GET /v1/system/version` answers, and which server behaviour is modelled (see above). Default 1.6.2. */
  version: string;
  /** Classifications beyond the bootstrap ones (`classificationEntity`). */
  classifications: Json[];
  /** Tags beyond the bootstrap ones and those stored labels name (`tagEntity`). */
  tags: Json[];
  /** Glossary terms (`glossaryTermEntity`) beyond those stored labels name. */
  glossaryTerms: Json[];
  /** Makes `token` valid and allowed only `operations` (EditDescription, EditTags, EditOwners, EditTier, EditGlossaryTerms, EditAll). */
  grant(token: string, operations: readonly string[]): void;
  close(): Promise<void>;
}

/** OpenMetadata's FQN quoting (`quoteName`): a `"` escaped as `\"`, a part containing a dot double-quoted. */
export function fqn(...parts: string[]): string {
  return parts
    .map((part) => {
      const escaped = part.replaceAll('"', '\\"');
      return part.includes('.') ? `"${escaped}"` : escaped;
    })
    .join('.');
}

/** A classification as `GET /v1/classifications` returns it. */
export function classificationEntity(name: string, extra: Json = {}): Json {
  return { id: `cl-${name}`, name, fullyQualifiedName: fqn(name), mutuallyExclusive: false, disabled: false, deleted: false, ...extra };
}

/** A tag of a classification as `GET /v1/tags` returns it; `path` below the classification (nested tags: several parts). */
export function tagEntity(classificationName: string, path: string | string[], extra: Json = {}): Json {
  const parts = Array.isArray(path) ? path : [path];
  return {
    id: `tg-${classificationName}.${parts.join('.')}`,
    name: parts[parts.length - 1],
    fullyQualifiedName: fqn(classificationName, ...parts),
    classification: { type: 'classification', name: classificationName, fullyQualifiedName: fqn(classificationName) },
    disabled: false,
    deleted: false,
    ...extra,
  };
}

/** A glossary term as `GET /v1/glossaryTerms` returns it. */
export function glossaryTermEntity(glossaryName: string, path: string | string[], extra: Json = {}): Json {
  const parts = Array.isArray(path) ? path : [path];
  return {
    id: `gt-${glossaryName}.${parts.join('.')}`,
    name: parts[parts.length - 1],
    fullyQualifiedName: fqn(glossaryName, ...parts),
    glossary: { type: 'glossary', name: glossaryName, fullyQualifiedName: fqn(glossaryName) },
    deleted: false,
    ...extra,
  };
}

/** What a fresh server has (its bootstrap data): three mutually exclusive classifications. */
const BOOTSTRAP_TAGS: Record<string, string[]> = {
  PII: ['None', 'NonSensitive', 'Sensitive'],
  Tier: ['Tier1', 'Tier2', 'Tier3', 'Tier4', 'Tier5'],
  PersonalData: ['Personal', 'SpecialCategory'],
};

/** `1.6.2` ≥ `1.5`: numeric, part by part. */
export function versionAtLeast(version: string, minimum: string): boolean {
  const a = version.split(/[.-]/).map((part) => Number.parseInt(part, 10) || 0);
  const b = minimum.split('.').map((part) => Number.parseInt(part, 10) || 0);
  for (let i = 0; i < b.length; i++) if ((a[i] ?? 0) !== b[i]) return (a[i] ?? 0) > b[i]!;
  return true;
}

export function user(name: string): Json {
  return { id: `u-${name}`, type: 'user', name, fullyQualifiedName: name, deleted: false };
}

export function team(name: string): Json {
  return { id: `t-${name}`, type: 'team', name, fullyQualifiedName: name, deleted: false };
}

/** A user as `GET /v1/users/name/{name}` returns it; its id is the one `user(name)` references. */
export function userEntity(name: string, extra: Json = {}): Json {
  return { id: `u-${name}`, name, fullyQualifiedName: fqn(name), displayName: name, email: `${name}@example.com`, isBot: false, deleted: false, ...extra };
}

/** A team as `GET /v1/teams/name/{name}` returns it; its id is the one `team(name)` references. */
export function teamEntity(name: string, extra: Json = {}): Json {
  return { id: `t-${name}`, name, fullyQualifiedName: fqn(name), displayName: name, teamType: 'Group', deleted: false, ...extra };
}

export function glossaryEntity(name: string): Json {
  return { id: `g-${name}`, name, fullyQualifiedName: fqn(name), displayName: name, deleted: false };
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
const OPTIONAL_FIELDS = ['owners', 'tags', 'columns'];

export async function startFakeOpenMetadata(token = 'fake-secret-token-123'): Promise<FakeOpenMetadata> {
  const state = {
    databases: [] as Json[],
    schemas: [] as Json[],
    tables: [] as Json[],
    users: [] as Json[],
    teams: [] as Json[],
    glossaries: [] as Json[],
    requests: [] as FakeRequest[],
    classifications: [] as Json[],
    tags: [] as Json[],
    glossaryTerms: [] as Json[],
  };
  /** Tokens other than the main one, with the operations each may perform. */
  const grants = new Map<string, ReadonlySet<string>>();
  const failures: (Failure & { left: number })[] = [];
  let brokenPaging: Parameters<FakeOpenMetadata['breakPaging']>[0] | undefined;
  let cursors = 0;
  let inFlight = 0;
  let maxInFlight = 0;

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://fake');
    const bearer = (req.headers.authorization ?? '').replace(/^Bearer /, '');
    const authorized = bearer === token || grants.has(bearer);
    const allowed = bearer === token ? null : (grants.get(bearer) ?? new Set<string>());
    const method = req.method ?? 'GET';
    const request: FakeRequest = { method, url: url.pathname + url.search, authorized };
    if (req.headers['content-type']) request.contentType = req.headers['content-type'];
    state.requests.push(request);
    const text = await readBody(req);
    // A little latency so concurrent requests overlap and the bound is observable.
    await new Promise((resolve) => setTimeout(resolve, 2));
    const send = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': 'application/json', ...headers });
      res.end(JSON.stringify(body));
    };
    if (!authorized) return send(401, { code: 401, message: 'Not Authorized! Token verification failed' });
    const failure = failures.find(
      (f) =>
        f.left > 0 &&
        (f.path === undefined || url.pathname.endsWith(f.path)) &&
        (f.query === undefined || decodeURIComponent(url.search).includes(f.query)),
    );
    if (failure) {
      failure.left--;
      if (failure.delayMillis) await new Promise((resolve) => setTimeout(resolve, failure.delayMillis));
      if (res.destroyed) return;
      return send(failure.status, { code: failure.status, message: 'injected failure' }, failure.retryAfter ? { 'retry-after': failure.retryAfter } : {});
    }
    const params = url.searchParams;
    const byName = BY_NAME.exec(url.pathname);
    if (method === 'PATCH') {
      if (!byName) return send(405, { code: 405, message: `no PATCH on ${url.pathname}` });
      if (request.contentType !== 'application/json-patch+json')
        return send(415, { code: 415, message: `HTTP 415 Unsupported Media Type: ${request.contentType ?? 'none'}` });
      try {
        request.body = JSON.parse(text);
      } catch {
        return send(400, { code: 400, message: 'the body is not JSON' });
      }
      const entity = entityByName(byName[1]!, decodeURIComponent(byName[2]!));
      if (!entity) return send(404, { code: 404, message: `${ENTITY_TYPES[byName[1]!]} instance for ${decodeURIComponent(byName[2]!)} not found` });
      const served = withInheritedOwners(entity);
      // Authorized before it is applied: by its paths, then by the labels it adds or removes.
      const deny = (needed: ReadonlySet<string>) => {
        const denied = allowed === null || allowed.has('EditAll') ? [] : [...needed].filter((operation) => !allowed.has(operation));
        if (denied.length === 0) return false;
        send(403, { code: 403, message: `Principal: CatalogPrincipal{name='restricted-bot'} operations [${denied.join(', ')}] not allowed` });
        return true;
      };
      if (!Array.isArray(request.body)) return send(400, { code: 400, message: 'a JSON Patch is an array of operations' });
      if (deny(operationsOf(request.body, served, served, fake.version))) return;
      const outcome = patchEntity(served, fake.legacyPatchOrder ? legacyOrder(request.body) : request.body, state);
      if ('error' in outcome) {
        // Before 1.13 a failed `test` was an unhandled JsonException: a 500 (PR #28316 made it a 400).
        const status = outcome.testFailed && !versionAtLeast(fake.version, '1.13') ? 500 : outcome.status;
        return send(status, { code: status, message: outcome.error });
      }
      if (deny(operationsOf(request.body, served, outcome.entity, fake.version))) return;
      const refusal = tagRefusal(served, outcome.entity, registry());
      if (refusal) return send(refusal.status, { code: refusal.status, message: refusal.message });
      for (const key of Object.keys(entity)) delete entity[key];
      Object.assign(entity, outcome.entity);
      return send(200, entity);
    }
    if (method !== 'GET') return send(405, { code: 405, message: `no ${method} on ${url.pathname}` });
    if (url.pathname === '/api/v1/system/version') return send(200, { version: fake.version, revision: 'fake', timestamp: 0 });
    const fieldsAsked = (params.get('fields') ?? '').split(',').filter(Boolean);
    if (fieldsAsked.includes('owners') && !versionAtLeast(fake.version, '1.5')) return send(400, { code: 400, message: 'Invalid field name owners' });
    const principal = PRINCIPAL.exec(url.pathname);
    if (principal) {
      const list = principal[1] === 'users' ? state.users : state.teams;
      const name = decodeURIComponent(principal[2]!);
      // By FQN, exactly as the server stores it (`quoteName` of the name).
      const found = list.find((p) => p['fullyQualifiedName'] === name && p['deleted'] !== true);
      if (!found) return send(404, { code: 404, message: `${principal[1] === 'users' ? 'user' : 'team'} instance for ${name} not found` });
      return send(200, found);
    }
    if (byName) {
      const entity = entityByName(byName[1]!, decodeURIComponent(byName[2]!));
      if (!entity) return send(404, { code: 404, message: `${ENTITY_TYPES[byName[1]!]} instance for ${decodeURIComponent(byName[2]!)} not found` });
      return send(200, shownFields(withInheritedOwners(entity), new Set((params.get('fields') ?? '').split(',').filter(Boolean))));
    }
    let all: Json[];
    if (url.pathname === '/api/v1/glossaries') all = state.glossaries;
    else if (url.pathname === '/api/v1/classifications') all = registry().classifications;
    else if (url.pathname === '/api/v1/tags') all = registry().tags;
    else if (url.pathname === '/api/v1/glossaryTerms') all = registry().glossaryTerms;
    else if (url.pathname === '/api/v1/databases') all = state.databases.filter((d) => (d['service'] as Json)['name'] === params.get('service'));
    else if (url.pathname === '/api/v1/databaseSchemas')
      all = state.schemas.filter((s) => (s['database'] as Json)['fullyQualifiedName'] === params.get('database'));
    else if (url.pathname === '/api/v1/tables')
      all = state.tables.filter((t) => (t['databaseSchema'] as Json)['fullyQualifiedName'] === params.get('databaseSchema'));
    else return send(404, { code: 404, message: `no route ${url.pathname}` });

    const fields = new Set((params.get('fields') ?? '').split(',').filter(Boolean));
    const limit = Number(params.get('limit') ?? '10');
    const offset = params.has('after') ? Number(Buffer.from(params.get('after')!, 'base64').toString('utf8')) : 0;
    const page = all.slice(offset, offset + limit).map((entity) => shownFields(withInheritedOwners(entity), fields));
    const next = offset + limit < all.length ? Buffer.from(String(offset + limit)).toString('base64') : undefined;
    // Lists with entities only, but for empty pages: an empty list with a cursor is an empty page.
    if (brokenPaging && url.pathname.endsWith(brokenPaging.path) && (brokenPaging.mode === 'empty-with-cursor' || all.length > 0)) {
      const total = brokenPaging.withoutTotal ? {} : { total: all.length };
      if (brokenPaging.mode === 'empty-with-cursor') return send(200, { data: [], paging: { ...total, after: `e${++cursors}` } });
      const first = all.slice(0, limit).map((entity) => shownFields(entity, fields));
      const after = brokenPaging.mode === 'fresh-cursor' ? `f${++cursors}` : Buffer.from(String(limit)).toString('base64');
      return send(200, { data: first, paging: { ...total, after } });
    }
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

  /** The owners an entity is served with: its own, or else its parent's, marked inherited. */
  const effectiveOwners = (entity: Json): Json[] => {
    const own = entity['owners'] as Json[] | undefined;
    if (own && own.length > 0) return own;
    const parentRef = (entity['databaseSchema'] ?? entity['database']) as Json | undefined;
    const parent = parentRef && (entity['databaseSchema'] ? state.schemas : state.databases).find((p) => p['fullyQualifiedName'] === parentRef['fullyQualifiedName']);
    return parent ? effectiveOwners(parent).map((owner) => ({ ...owner, inherited: true })) : [];
  };
  const withInheritedOwners = (entity: Json): Json => {
    const own = entity['owners'] as Json[] | undefined;
    if (own && own.length > 0) return entity;
    const inherited = effectiveOwners(entity);
    return inherited.length > 0 ? { ...entity, owners: inherited } : entity;
  };

  /**
   * Classifications, tags and glossary terms as the server holds them: the bootstrap ones, those
   * a test added, and those any stored label names (they existed when it was stored).
   */
  const registry = () => {
    const classifications = new Map<string, Json>();
    const tags = new Map<string, Json>();
    const terms = new Map<string, Json>();
    for (const [name, values] of Object.entries(BOOTSTRAP_TAGS)) {
      classifications.set(name, classificationEntity(name, { mutuallyExclusive: true }));
      for (const value of values) tags.set(fqn(name, value), tagEntity(name, value));
    }
    for (const entity of state.classifications) classifications.set(entity['name'] as string, entity);
    for (const entity of state.tags) tags.set(entity['fullyQualifiedName'] as string, entity);
    for (const entity of state.glossaryTerms) terms.set(entity['fullyQualifiedName'] as string, entity);
    for (const label of [...state.databases, ...state.schemas, ...state.tables].flatMap(labelsOf)) {
      const [head, ...rest] = splitFqn(label['tagFQN'] as string);
      if (head === undefined || rest.length === 0) continue;
      if (label['source'] === 'Glossary') {
        if (!terms.has(label['tagFQN'] as string)) terms.set(label['tagFQN'] as string, glossaryTermEntity(head, rest));
      } else {
        if (!classifications.has(head)) classifications.set(head, classificationEntity(head));
        if (!tags.has(label['tagFQN'] as string)) tags.set(label['tagFQN'] as string, tagEntity(head, rest));
      }
    }
    const glossaryNames = new Set(state.glossaries.map((g) => g['name'] as string));
    return { classifications: [...classifications.values()], tags: [...tags.values()], glossaryTerms: [...terms.values()], glossaries: state.glossaries, glossaryNames };
  };

  const entityByName = (collection: string, name: string): Json | undefined => {
    const list = collection === 'databases' ? state.databases : collection === 'databaseSchemas' ? state.schemas : state.tables;
    return list.find((entity) => entity['fullyQualifiedName'] === name && entity['deleted'] !== true);
  };

  const fake: FakeOpenMetadata = {
    url: `http://127.0.0.1:${port}/api`,
    token,
    databases: state.databases,
    schemas: state.schemas,
    tables: state.tables,
    users: state.users,
    teams: state.teams,
    glossaries: state.glossaries,
    requests: state.requests,
    patches: () => state.requests.filter((request) => request.method === 'PATCH'),
    fail: (failure) => failures.push({ ...failure, left: failure.times ?? 1 }),
    breakPaging: (paging) => {
      brokenPaging = paging;
    },
    maxInFlight: () => maxInFlight,
    version: '1.6.2',
    classifications: state.classifications,
    tags: state.tags,
    glossaryTerms: state.glossaryTerms,
    grant: (grantee, operations) => {
      grants.set(grantee, new Set(operations));
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
    legacyPatchOrder: false,
  };
  return fake;
}

const BY_NAME = /^\/api\/v1\/(databases|databaseSchemas|tables)\/name\/([^/]+)$/;
const PRINCIPAL = /^\/api\/v1\/(users|teams)\/name\/([^/]+)$/;
const ENTITY_TYPES: Record<string, string> = { databases: 'database', databaseSchemas: 'databaseSchema', tables: 'table' };

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** An FQN's parts, by the server's grammar: `"…"` quotes a part, `\"` is a quote. */
function splitFqn(text: string): string[] {
  const parts: string[] = [];
  let part = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (char === '\\' && text[i + 1] === '"') {
      part += '"';
      i++;
    } else if (char === '"') quoted = !quoted;
    else if (char === '.' && !quoted) {
      parts.push(part);
      part = '';
    } else part += char;
  }
  parts.push(part);
  return parts;
}

/** Every tag label of an entity: its own and its columns' (nested ones too). */
function labelsOf(entity: Json): Json[] {
  return labelTargets(entity).flatMap(([, labels]) => labels);
}

/** The label lists of an entity by where they are: `` for the entity, `/columns/0/children/1` for a column. */
function labelTargets(entity: Json): [string, Json[]][] {
  const targets: [string, Json[]][] = [['', (entity['tags'] as Json[] | undefined) ?? []]];
  const visit = (columns: Json[] | undefined, pointer: string) =>
    (columns ?? []).forEach((col, index) => {
      const at = `${pointer}/${index}`;
      targets.push([at, (col['tags'] as Json[] | undefined) ?? []]);
      visit(col['children'] as Json[] | undefined, `${at}/children`);
    });
  visit(entity['columns'] as Json[] | undefined, '/columns');
  return targets;
}

/** Editable fields and the operation each needs (`ResourceRegistry`); any other path needs EditAll. */
const FIELD_OPERATIONS: Record<string, string> = {
  description: 'EditDescription',
  displayName: 'EditDisplayName',
  tags: 'EditTags',
  owners: 'EditOwners',
  extension: 'EditCustomFields',
};

/**
 * The operations a PATCH needs, as `JsonPatchUtils.getMetadataOperations` derives them: per
 * operation, the first segment of its path that is an editable field; none is EditAll for the
 * whole patch. Tags: from 1.6 the labels added or removed decide (Tier → EditTier, a glossary
 * term → EditGlossaryTerms, a classification tag → EditTags); before, EditTags.
 */
function operationsOf(operations: unknown, before: Json, after: Json, version: string): Set<string> {
  const needed = new Set<string>();
  let tags = false;
  for (const operation of operations as Json[]) {
    const field = String(operation['path']).split('/').find((segment) => segment in FIELD_OPERATIONS);
    if (field === undefined) return new Set(['EditAll']);
    if (field === 'tags') tags = true;
    else needed.add(FIELD_OPERATIONS[field]!);
  }
  if (!tags) return needed;
  if (!versionAtLeast(version, '1.6')) return needed.add('EditTags');
  const key = (label: Json) => `${String(label['source'])}:${String(label['tagFQN'])}`;
  const was = new Map(labelsOf(before).map((label) => [key(label), label]));
  const now = new Map(labelsOf(after).map((label) => [key(label), label]));
  const changed = [...[...now].filter(([k]) => !was.has(k)), ...[...was].filter(([k]) => !now.has(k))].map(([, label]) => label);
  for (const label of changed) {
    const tagFQN = String(label['tagFQN']);
    if (tagFQN.startsWith('Tier.')) needed.add('EditTier');
    else if (label['source'] === 'Glossary') needed.add('EditGlossaryTerms');
    else needed.add('EditTags');
  }
  return needed;
}

/**
 * Why the server refuses the labels a patch leaves, or null: per object whose labels changed, a tag
 * that does not exist (404) or is disabled (400), two labels of one mutually exclusive
 * classification or glossary (400).
 */
function tagRefusal(before: Json, after: Json, registry: { classifications: Json[]; tags: Json[]; glossaryTerms: Json[]; glossaries: Json[] }): { status: number; message: string } | null {
  const previous = new Map(labelTargets(before).map(([at, labels]) => [at, JSON.stringify(labels)]));
  for (const [at, labels] of labelTargets(after)) {
    if (previous.get(at) === JSON.stringify(labels)) continue;
    const byGroup = new Map<string, string[]>();
    for (const label of labels) {
      const tagFQN = String(label['tagFQN']);
      const glossaryLabel = label['source'] === 'Glossary';
      const found = (glossaryLabel ? registry.glossaryTerms : registry.tags).find((entity) => entity['fullyQualifiedName'] === tagFQN);
      if (!found || found['deleted'] === true) return { status: 404, message: `${glossaryLabel ? 'glossaryTerm' : 'tag'} instance for ${tagFQN} not found` };
      if (found['disabled'] === true) return { status: 400, message: `Tag label ${tagFQN} is disabled and can't be assigned to a data asset.` };
      const group = splitFqn(tagFQN)[0]!;
      const parent = (glossaryLabel ? registry.glossaries : registry.classifications).find((entity) => entity['name'] === group);
      if (parent?.['mutuallyExclusive'] !== true) continue;
      const same = byGroup.get(group) ?? [];
      if (same.length > 0) return { status: 400, message: `Tag labels ${same[0]} and ${tagFQN} are mutually exclusive and can't be assigned together` };
      byGroup.set(group, [...same, tagFQN]);
    }
  }
  return null;
}

function shownFields(entity: Json, fields: ReadonlySet<string>): Json {
  const shown: Json = {};
  for (const [key, value] of Object.entries(entity)) {
    if (OPTIONAL_FIELDS.includes(key) && !fields.has(key)) continue;
    shown[key] = value;
  }
  return shown;
}

type PatchOutcome = { entity: Json } | { status: number; error: string; testFailed: boolean };

class PatchError extends Error {
  constructor(
    message: string,
    readonly status = 400,
    /** The server's own text for a failed `test` (jakarta.json's), when that is what failed. */
    readonly serverMessage?: string,
  ) {
    super(message);
  }
}

/** OpenMetadata 1.x's reordering of a patch (see `legacyPatchOrder`); Java's sort is stable, as is Array.sort. */
function legacyOrder(operations: unknown): unknown {
  if (!Array.isArray(operations)) return operations;
  const digits = (op: Json) => Number(String(op['path']).replace(/\D/g, '') || '0');
  const hasDigits = (list: Json[]) => list.some((op) => /\d/.test(String(op['path'])));
  const removes = (operations as Json[]).filter((op) => op['op'] === 'remove');
  const others = (operations as Json[]).filter((op) => op['op'] !== 'remove');
  if (hasDigits(others)) others.sort((a, b) => digits(a) - digits(b));
  if (hasDigits(removes)) removes.sort((a, b) => digits(a) - digits(b)).reverse();
  return [...others, ...removes];
}

/** RFC 6901: `/a/b~1c` → ['a', 'b/c']. */
function pointerOf(path: unknown): string[] {
  if (typeof path !== 'string' || (path !== '' && !path.startsWith('/'))) throw new PatchError(`invalid JSON Pointer ${JSON.stringify(path)}`);
  return path === '' ? [] : path.slice(1).split('/').map((part) => part.replaceAll('~1', '/').replaceAll('~0', '~'));
}

function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) return a.length === (b as unknown[]).length && a.every((item, i) => deepEqual(item, (b as unknown[])[i]));
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return ka.length === kb.length && ka.every((key) => deepEqual((a as Json)[key], (b as Json)[key]));
}

/** The container holding the target of a pointer, and the last reference token. */
function locate(document: Json, tokens: string[], op: string): { parent: Json | unknown[]; key: string } {
  if (tokens.length === 0) throw new PatchError(`${op} of the whole document is not supported`);
  let node: unknown = document;
  for (const token of tokens.slice(0, -1)) {
    if (Array.isArray(node)) node = /^(0|[1-9][0-9]*)$/.test(token) ? node[Number(token)] : undefined;
    else if (node !== null && typeof node === 'object') node = (node as Json)[token];
    else node = undefined;
    if (node === undefined || node === null || typeof node !== 'object') throw new PatchError(`${op}: path /${tokens.join('/')} does not exist`);
  }
  return { parent: node as Json | unknown[], key: tokens[tokens.length - 1]! };
}

function arrayIndex(parent: unknown[], key: string, op: string, path: string, forAdd: boolean): number {
  if (forAdd && key === '-') return parent.length;
  if (!/^(0|[1-9][0-9]*)$/.test(key)) throw new PatchError(`${op}: ${path}: "${key}" is not an array index`);
  const index = Number(key);
  if (index > parent.length || (!forAdd && index === parent.length)) throw new PatchError(`${op}: ${path}: index ${index} is out of bounds`);
  return index;
}

/** RFC 6902 add/remove/replace/test on a copy, all or nothing. */
export function applyJsonPatch(document: Json, operations: unknown): Json {
  if (!Array.isArray(operations)) throw new PatchError('a JSON Patch is an array of operations');
  const copy = structuredClone(document);
  for (const operation of operations as Json[]) {
    const op = operation['op'];
    const path = operation['path'] as string;
    const tokens = pointerOf(path);
    if (op === 'test') {
      let node: unknown = copy;
      for (const token of tokens) node = node !== null && typeof node === 'object' ? (node as Json)[token] : undefined;
      if (node === undefined || !deepEqual(node, operation['value']))
        throw new PatchError(
          `JSON Patch test failed at ${path}: expected ${JSON.stringify(operation['value'])}, found ${JSON.stringify(node ?? null)}`,
          400,
          `The JSON Patch operation 'test' failed for path '${path}' and value '${JSON.stringify(operation['value'])}'`,
        );
      continue;
    }
    if (op !== 'add' && op !== 'remove' && op !== 'replace') throw new PatchError(`unsupported JSON Patch operation ${JSON.stringify(op)}`);
    if ((op === 'add' || op === 'replace') && !('value' in operation)) throw new PatchError(`${op} at ${path} has no value`);
    const { parent, key } = locate(copy, tokens, op);
    if (Array.isArray(parent)) {
      const index = arrayIndex(parent, key, op, path, op === 'add');
      if (op === 'add') parent.splice(index, 0, structuredClone(operation['value']));
      else if (op === 'remove') parent.splice(index, 1);
      else parent[index] = structuredClone(operation['value']);
    } else {
      if (op !== 'add' && !(key in parent)) throw new PatchError(`${op}: ${path} does not exist`);
      if (op === 'remove') delete parent[key];
      else parent[key] = structuredClone(operation['value']);
    }
  }
  return copy;
}

const LABEL_TYPES = ['Manual', 'Propagated', 'Automated', 'Derived'];

/** Tag labels must carry what `tagLabel.json` requires. */
function checkLabels(labels: unknown, where: string): void {
  if (labels === undefined) return;
  if (!Array.isArray(labels)) throw new PatchError(`${where}tags must be an array`);
  for (const label of labels as Json[]) {
    if (typeof label['tagFQN'] !== 'string' || !['Classification', 'Glossary'].includes(label['source'] as string) || !LABEL_TYPES.includes(label['labelType'] as string) || !['Suggested', 'Confirmed'].includes(label['state'] as string))
      throw new PatchError(`${where}invalid tag label ${JSON.stringify(label)}: tagFQN, source, labelType and state are required`);
  }
}

function checkColumns(columns: unknown, where: string): void {
  if (columns === undefined) return;
  if (!Array.isArray(columns)) throw new PatchError(`${where}columns must be an array`);
  for (const column of columns as Json[]) {
    const at = `${where}column ${String(column['name'])}: `;
    checkLabels(column['tags'], at);
    checkColumns(column['children'], at);
  }
}

/** Owners the server accepts: users, or one team of type Group alone. */
function checkOwners(owners: Json[], teams: Json[]): void {
  const teamOwners = owners.filter((owner) => owner['type'] === 'team');
  for (const owner of teamOwners) {
    const teamType = teams.find((t) => t['id'] === owner['id'])?.['teamType'];
    if (teamType !== undefined && teamType !== 'Group') throw new PatchError(`Team of type ${String(teamType)} can't own entities. Only Team of type Group can own entities.`);
  }
  if (teamOwners.length > 1) throw new PatchError('Only one team can be assigned as an owner.');
  if (teamOwners.length === 1 && owners.length > 1) throw new PatchError('A team and users cannot both be owners of an entity.');
}

function patchEntity(entity: Json, body: unknown, state: { users: Json[]; teams: Json[] }): PatchOutcome {
  try {
    const patched = applyJsonPatch(entity, body);
    for (const key of ['id', 'name', 'fullyQualifiedName'])
      if (!deepEqual(patched[key], entity[key])) throw new PatchError(`${key} cannot be changed by a patch`);
    checkLabels(patched['tags'], '');
    checkColumns(patched['columns'], '');
    if (patched['owners'] !== undefined) {
      if (!Array.isArray(patched['owners'])) throw new PatchError('owners must be an array');
      // The server ignores inherited references in an update: they stay the parent's.
      patched['owners'] = (patched['owners'] as Json[]).filter((reference) => reference['inherited'] !== true).map((reference) => {
        const list = reference['type'] === 'user' ? state.users : reference['type'] === 'team' ? state.teams : null;
        if (list === null || typeof reference['id'] !== 'string') throw new PatchError(`an owner needs an id and a type user or team: ${JSON.stringify(reference)}`);
        const found = list.find((p) => p['id'] === reference['id'] && p['deleted'] !== true);
        if (!found) throw new PatchError(`${reference['type'] as string} instance for ${reference['id'] as string} not found`, 404);
        return { id: found['id'], type: reference['type'], name: found['name'], fullyQualifiedName: found['fullyQualifiedName'], displayName: found['displayName'], deleted: false };
      });
      checkOwners(patched['owners'] as Json[], state.teams);
    }
    return { entity: patched };
  } catch (error) {
    if (error instanceof PatchError) return { status: error.status, error: error.serverMessage ?? error.message, testFailed: error.serverMessage !== undefined };
    throw error;
  }
}
