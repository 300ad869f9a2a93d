/**
 * A small REST client for OpenMetadata 1.x, enough for `revmeta export` and `--target
 * openmetadata`: authenticated GETs of list endpoints with cursor paging, lookups by name,
 * JSON Patch writes, a global bound on concurrent requests, retries with backoff, and errors
 * that name the URL but never the token.
 *
 * GETs are retried on 429, 5xx and network errors. A PATCH is retried only where the server
 * cannot have applied it (429, 503, a refused connection): replaying a patch that did apply
 * would fail its `test` guards or add a tag label twice.
 *
 * It uses Node's global `fetch` (injectable for tests) so the package gains no dependency.
 */
import { OpenMetadataError } from './errors.js';
import { credentialsIn, redactor, type Redactor } from '../../model/redact.js';
import type { JsonPatchOperation } from '../../model/change.js';
import { checkVersion, explainPatchFailure, olderServerHint } from './server.js';

/** A tag label as OpenMetadata returns it (`tagLabel.json`); only what export reads. */
export interface OmTagLabel {
  tagFQN: string;
  /** `Classification` or `Glossary` in 1.x; 0.x said `Tag` for classifications. */
  source?: string;
  labelType?: string;
  state?: string;
}

/** An entity reference (`entityReference.json`) as used for owners. */
export interface OmEntityReference {
  id?: string;
  type?: string;
  name?: string;
  fullyQualifiedName?: string;
  deleted?: boolean;
  /** Served on an entity without owners of its own: the parent's owner, not the entity's. */
  inherited?: boolean;
}

export interface OmColumn {
  name: string;
  fullyQualifiedName?: string;
  description?: string | null;
  tags?: OmTagLabel[];
  children?: OmColumn[];
}

/** Fields common to databases, schemas and tables. */
export interface OmEntity {
  id?: string;
  name: string;
  fullyQualifiedName?: string;
  description?: string | null;
  deleted?: boolean;
  /** Users and teams (1.5 and later; revmeta supports no older server, which had a single `owner`). */
  owners?: OmEntityReference[] | null;
  tags?: OmTagLabel[] | null;
}

export interface OmTable extends OmEntity {
  columns?: OmColumn[];
}

/** The list envelope (`paging.json`): `after` is the cursor of the next page, absent on the last. */
interface OmList<T> {
  data?: T[];
  paging?: { after?: string | null; before?: string | null; total?: number };
}

export interface OpenMetadataClientOptions {
  /** Base URL including `/api`, e.g. `http://localhost:8585/api`. */
  url: string;
  /** Bot JWT or personal access token; sent as `Authorization: Bearer`. */
  token?: string;
  fetch?: typeof fetch;
  /** Page size (`limit`). Default 200: few requests per schema, pages of a few MB at most. */
  pageSize?: number;
  /** Requests in flight at once, across the whole export. Default 4. */
  concurrency?: number;
  /** Retries after the first attempt on 429, 5xx and network errors. Default 5. */
  retries?: number;
  /** First backoff; doubled per retry, with jitter. Default 500 ms. Tests set it to ~1. */
  retryBaseMillis?: number;
  /** Upper bound of one wait, Retry-After included. Default 60 s. */
  maxRetryWaitMillis?: number;
  /** Per-request timeout. Default 30 s. */
  timeoutMillis?: number;
  /** Pages of one list at most, when the server gives no `paging.total` to bound them. Default 100,000. */
  maxPages?: number;
}

/** A request refused because the server predates 1.5 (it does not know `owners`). */
export class OlderServerError extends OpenMetadataError {}

/** 100,000 pages of 200: twenty million entities in one list, far beyond any catalog. */
const MAX_PAGES = 100_000;

/** Pages allowed beyond what `paging.total` needs: entities may be added while a list is read. */
const SLACK_PAGES = 10;

export interface ClientStats {
  requests: number;
  retries: number;
}

/** One RFC 6902 operation, as revmeta writes them (the plan's statement body). */
export type { JsonPatchOperation };

/** A user or team as `GET /v1/users/name/{name}` and `/v1/teams/name/{name}` return it (what revmeta reads). */
export interface OmPrincipal {
  id: string;
  name: string;
  fullyQualifiedName?: string;
  deleted?: boolean;
  /** Teams: Group, Department, BusinessUnit, Division or Organization; only a Group owns entities. */
  teamType?: string;
}

/** A classification tag or glossary term as the list endpoints return them (what revmeta reads). */
export interface OmTag {
  name: string;
  fullyQualifiedName?: string;
  disabled?: boolean;
  deleted?: boolean;
}

/** A classification (`GET /v1/classifications`). */
export interface OmClassification extends OmTag {
  mutuallyExclusive?: boolean;
}

type Method = 'GET' | 'PATCH';

interface RequestSpec {
  method: Method;
  url: URL;
  shown: string;
  body?: string;
  /** A 404 is an answer (`null`), not an error: lookups by name. */
  notFoundIsNull?: boolean;
}

export class OpenMetadataClient {
  readonly stats: ClientStats = { requests: 0, retries: 0 };
  private readonly base: string;
  private readonly fetchImpl: typeof fetch;
  private readonly pageSize: number;
  private readonly retries: number;
  private readonly retryBaseMillis: number;
  private readonly maxRetryWaitMillis: number;
  private readonly timeoutMillis: number;
  private readonly maxPages: number;
  private readonly limit: Semaphore;
  /** `Authorization` of every request: the token, else the user info of the URL (for a proxy with basic auth). */
  private readonly authorization: string | undefined;
  /** Masks what a server or the network stack might echo back: the token and the URL's credentials. */
  private readonly scrub: Redactor;

  constructor(options: OpenMetadataClientOptions) {
    this.scrub = redactor([...(options.token ? [options.token] : []), ...credentialsIn(options.url)]);
    let parsed: URL;
    try {
      parsed = new URL(options.url);
    } catch {
      throw new OpenMetadataError(`openmetadata.url is not a URL: ${this.scrub(JSON.stringify(options.url))}`);
    }
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')
      throw new OpenMetadataError(`openmetadata.url must be http(s): ${printable(parsed.toString())}`);
    this.authorization = options.token ? `Bearer ${options.token}` : basicAuthorization(parsed);
    // fetch refuses a URL with user info (and its error quotes the URL, password and all).
    // The base ends in '/' so `new URL('v1/tables', base)` appends rather than replaces `/api`.
    this.base = printable(parsed.toString()).replace(/\/*$/, '/');
    this.fetchImpl = options.fetch ?? fetch;
    this.pageSize = options.pageSize ?? 200;
    this.retries = options.retries ?? 5;
    this.retryBaseMillis = options.retryBaseMillis ?? 500;
    this.maxRetryWaitMillis = options.maxRetryWaitMillis ?? 60_000;
    this.timeoutMillis = options.timeoutMillis ?? 30_000;
    this.maxPages = options.maxPages ?? MAX_PAGES;
    this.limit = new Semaphore(Math.max(1, options.concurrency ?? 4));
  }

  /** Databases of a database service (`service` is its name). */
  listDatabases(service: string): Promise<OmEntity[]> {
    return this.listAll<OmEntity>('v1/databases', { service, fields: 'owners,tags' });
  }

  /** Schemas of a database, by the database's FQN exactly as OpenMetadata gave it. */
  listSchemas(databaseFqn: string): Promise<OmEntity[]> {
    return this.listAll<OmEntity>('v1/databaseSchemas', { database: databaseFqn, fields: 'owners,tags' });
  }

  /** Tables of a schema with their columns, by the schema's FQN. */
  listTables(schemaFqn: string): Promise<OmTable[]> {
    return this.listAll<OmTable>('v1/tables', { databaseSchema: schemaFqn, fields: 'owners,tags,columns' });
  }

  /** The same, a page at a time: a reader that maps each page keeps no raw page longer than that. */
  eachTablePage(schemaFqn: string, onPage: (tables: OmTable[]) => void): Promise<void> {
    return this.eachPage<OmTable>('v1/tables', { databaseSchema: schemaFqn, fields: 'owners,tags,columns' }, onPage);
  }

  /** Every classification, and every tag of them (`/v1/tags` lists all, nested ones included). */
  listClassifications(): Promise<OmClassification[]> {
    return this.listAll<OmClassification>('v1/classifications', {});
  }

  listTags(): Promise<OmTag[]> {
    return this.listAll<OmTag>('v1/tags', {});
  }

  /** Every glossary term of every glossary. */
  listGlossaryTerms(): Promise<OmTag[]> {
    return this.listAll<OmTag>('v1/glossaryTerms', {});
  }

  /** Glossaries (names only): which tag keys are glossaries, for tag labels revmeta adds. */
  listGlossaries(): Promise<OmEntity[]> {
    return this.listAll<OmEntity>('v1/glossaries', {});
  }

  /** The server's version (`GET /v1/system/version`), or null when it does not say. */
  async version(): Promise<string | null> {
    const body = await this.getOptional<{ version?: unknown }>('v1/system/version');
    return body && typeof body.version === 'string' ? body.version : null;
  }

  /** The server's version, refused (an OpenMetadataError naming it and the minimum) when it is older than revmeta supports. */
  async supportedVersion(): Promise<string | null> {
    const version = await this.version();
    checkVersion(version, this.base);
    return version;
  }

  /** A user or team by name, or null when there is none. Names are FQN-quoted (a team `a.b` is `"a.b"`). */
  principal(type: 'user' | 'team', fqn: string): Promise<OmPrincipal | null> {
    return this.getOptional<OmPrincipal>(`${type === 'user' ? 'v1/users' : 'v1/teams'}/name/${encodeURIComponent(fqn)}`);
  }

  /** One GET of a path below the API base; null on 404. */
  getOptional<T>(relative: string): Promise<T | null> {
    const url = new URL(relative.replace(/^\/+/, ''), this.base);
    return this.send<T | null>({ method: 'GET', url, shown: printable(url.toString()), notFoundIsNull: true });
  }

  /** `PATCH` with `application/json-patch+json` of a path below the API base (`/v1/tables/name/…`); the entity as patched. */
  patch(relative: string, operations: readonly JsonPatchOperation[]): Promise<unknown> {
    const url = new URL(relative.replace(/^\/+/, ''), this.base);
    return this.send<unknown>({ method: 'PATCH', url, shown: printable(url.toString()), body: JSON.stringify(operations) });
  }

  /** Follows `paging.after` until the server returns none. Pages are fetched in order: each cursor comes from the previous page. */
  async listAll<T>(endpoint: string, query: Record<string, string>): Promise<T[]> {
    const all: T[] = [];
    await this.eachPage<T>(endpoint, query, (page) => all.push(...page));
    return all;
  }

  /**
   * `listAll`, handing each page to `onPage` as it arrives. Paging that would not end is an
   * error, not an end: stopping quietly would export part of a list, and export prunes what
   * it did not see. It does not end when a page is empty yet points to a next one, when a
   * cursor comes back, or after more pages than `paging.total` needs (or `maxPages`).
   */
  async eachPage<T>(endpoint: string, query: Record<string, string>, onPage: (page: T[]) => void): Promise<void> {
    const params = new URLSearchParams({ ...query, limit: String(this.pageSize) });
    const list = new URL(`${endpoint}?${params.toString()}`, this.base);
    const endless = (why: string) => new OpenMetadataError(`OpenMetadata paging does not end at ${printable(list.toString())}: ${why}; stopped`);
    let after: string | undefined;
    const seen = new Set<string>();
    let cap = this.maxPages;
    for (let pages = 1; ; pages++) {
      const url = new URL(list);
      if (after !== undefined) url.searchParams.set('after', after);
      const page = await this.getJson<OmList<T>>(url);
      if (!Array.isArray(page.data))
        throw new OpenMetadataError(`OpenMetadata returned no list at ${printable(url.toString())} (is openmetadata.url the API base, ending in /api?)`);
      onPage(page.data);
      const next = page.paging?.after;
      if (next === undefined || next === null || next === '') return;
      if (page.data.length === 0) throw endless('an empty page points to a next page');
      // A server that hands back a cursor it already gave would page forever.
      if (seen.has(next)) throw new OpenMetadataError(`OpenMetadata repeated the paging cursor at ${printable(url.toString())}`);
      seen.add(next);
      const total = page.paging?.total;
      if (typeof total === 'number' && Number.isFinite(total) && total >= 0)
        cap = Math.min(this.maxPages, Math.ceil(total / this.pageSize) + SLACK_PAGES);
      if (pages >= cap)
        throw endless(
          cap === this.maxPages
            ? `more than ${cap.toLocaleString('en-US')} pages`
            : `more pages than the ${total} entities it reports need (${pages} pages of ${this.pageSize})`,
        );
      after = next;
    }
  }

  /** One GET with retries, inside the concurrency bound (released while waiting to retry). */
  getJson<T>(url: URL): Promise<T> {
    return this.send<T>({ method: 'GET', url, shown: printable(url.toString()) });
  }

  /** One request with retries, inside the concurrency bound (released while waiting to retry). */
  private async send<T>(spec: RequestSpec): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      const outcome = await this.limit.run(() => this.attempt(spec));
      if (outcome.kind === 'ok') return outcome.body as T;
      if (outcome.kind === 'fatal' && outcome.olderServer) throw new OlderServerError(outcome.message);
      if (outcome.kind === 'fatal' || attempt >= this.retries) {
        const tries = attempt + 1;
        throw new OpenMetadataError(
          outcome.kind === 'fatal' ? outcome.message : `${outcome.message} (gave up after ${tries} attempt${tries === 1 ? '' : 's'})`,
        );
      }
      this.stats.retries++;
      await sleep(this.waitMillis(attempt, outcome.retryAfterMillis));
    }
  }

  private async attempt({ method, url, shown, body, notFoundIsNull }: RequestSpec): Promise<Outcome> {
    this.stats.requests++;
    const request = `${method} ${shown}`;
    const headers: Record<string, string> = { Accept: 'application/json' };
    if (this.authorization !== undefined) headers['Authorization'] = this.authorization;
    if (body !== undefined) headers['Content-Type'] = 'application/json-patch+json';
    let response: Response;
    try {
      response = await this.fetchImpl(url, {
        method,
        headers,
        ...(body !== undefined ? { body } : {}),
        signal: AbortSignal.timeout(this.timeoutMillis),
      });
    } catch (error) {
      const name = error instanceof Error ? error.name : '';
      // A timeout is not retried: the server is slow, and retrying multiplies the wait.
      if (name === 'TimeoutError' || name === 'AbortError')
        return { kind: 'fatal', message: `OpenMetadata did not answer within ${this.timeoutMillis} ms: ${request}` };
      const message = `could not reach OpenMetadata: ${request}: ${this.scrub(causeOf(error))}`;
      // A write is only sent again when it surely never arrived.
      return method === 'GET' || refused(error) ? { kind: 'retry', message } : { kind: 'fatal', message };
    }
    if (response.ok) {
      try {
        return { kind: 'ok', body: await response.json() };
      } catch {
        return { kind: 'fatal', message: `OpenMetadata returned a body that is not JSON: ${request}` };
      }
    }
    const message = await this.messageOf(response);
    const detail = message ? ` (${message})` : '';
    const status = response.status;
    if (method === 'PATCH') {
      const explained = explainPatchFailure(status, message, operationsOf(body), request);
      if (explained !== null) return { kind: 'fatal', message: explained };
    } else {
      const older = olderServerHint(status, message);
      if (older !== null) return { kind: 'fatal', message: `OpenMetadata answered HTTP ${status}: ${request}${detail}. ${older}`, olderServer: true };
    }
    if (status === 401 || status === 403) {
      return {
        kind: 'fatal',
        message:
          `OpenMetadata refused the request (HTTP ${status}${status === 401 ? ' Unauthorized' : ' Forbidden'}): ${request}${detail}. ` +
          (status === 401
            ? 'Check openmetadata.token: a bot JWT or personal access token that is valid and not expired.'
            : `The token is valid but lacks permission to ${method === 'GET' ? 'read' : 'edit'} this; grant the bot or user ${method === 'GET' ? 'read' : 'edit'} access.`),
      };
    }
    if (status === 404 && notFoundIsNull) return { kind: 'ok', body: null };
    if (status === 404 && method === 'PATCH')
      return { kind: 'fatal', message: `OpenMetadata has no such entity (HTTP 404): ${request}${detail}. Was it renamed or deleted since the plan?` };
    if (status === 404)
      return { kind: 'fatal', message: `OpenMetadata has no such resource (HTTP 404): ${request}${detail}. Check openmetadata.url (it ends in /api) and the service name.` };
    const retryable = method === 'GET' ? status === 429 || status >= 500 : status === 429 || status === 503;
    if (retryable) return { kind: 'retry', message: `OpenMetadata answered HTTP ${status}: ${request}${detail}`, retryAfterMillis: retryAfterOf(response) };
    return { kind: 'fatal', message: `OpenMetadata answered HTTP ${status}: ${request}${detail}` };
  }

  /** Exponential backoff with jitter, at least Retry-After, at most maxRetryWaitMillis. */
  private waitMillis(attempt: number, retryAfterMillis: number | undefined): number {
    const backoff = this.retryBaseMillis * 2 ** attempt * (0.5 + Math.random() / 2);
    return Math.min(this.maxRetryWaitMillis, Math.max(backoff, retryAfterMillis ?? 0));
  }

  /** The server's `message` (OpenMetadata's error body), short, and with the token masked in case a server echoes it. */
  private async messageOf(response: Response): Promise<string> {
    const text = await response.text().catch(() => '');
    let message = '';
    try {
      const body: unknown = JSON.parse(text);
      if (body && typeof body === 'object' && typeof (body as { message?: unknown }).message === 'string')
        message = (body as { message: string }).message;
    } catch {
      message = '';
    }
    return this.scrub(message).replace(/\s+/g, ' ').trim().slice(0, 200);
  }
}

type Outcome =
  | { kind: 'ok'; body: unknown }
  | { kind: 'retry'; message: string; retryAfterMillis?: number | undefined }
  | { kind: 'fatal'; message: string; olderServer?: boolean };

/** The operations of a PATCH body revmeta sent (it is always its own JSON), for explaining a refusal. */
function operationsOf(body: string | undefined): JsonPatchOperation[] {
  try {
    const parsed: unknown = JSON.parse(body ?? '[]');
    return Array.isArray(parsed) ? (parsed as JsonPatchOperation[]) : [];
  } catch {
    return [];
  }
}

/** Retry-After as seconds or an HTTP date; undefined when absent or unreadable. */
function retryAfterOf(response: Response): number | undefined {
  const value = response.headers.get('retry-after');
  if (value === null || value.trim() === '') return undefined;
  if (/^\d+(\.\d+)?$/.test(value.trim())) return Number(value.trim()) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

/** A URL as it may be printed: user info (which could hold a password) removed. */
export function printable(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.username = '';
    parsed.password = '';
    return parsed.toString();
  } catch {
    return url;
  }
}

/** `Basic …` from the user info of a URL, as curl and browsers send it; undefined without one. */
function basicAuthorization(url: URL): string | undefined {
  if (url.username === '' && url.password === '') return undefined;
  const decode = (part: string) => {
    try {
      return decodeURIComponent(part);
    } catch {
      return part;
    }
  };
  return `Basic ${Buffer.from(`${decode(url.username)}:${decode(url.password)}`).toString('base64')}`;
}

/** A connection that was refused: nothing was sent. */
function refused(error: unknown): boolean {
  const cause = error instanceof Error ? (error as { cause?: unknown }).cause : undefined;
  return cause instanceof Error && (cause as NodeJS.ErrnoException).code === 'ECONNREFUSED';
}

function causeOf(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  // undici puts the useful part (ECONNREFUSED …) in `cause`.
  const cause = (error as { cause?: unknown }).cause;
  return cause instanceof Error ? `${error.message}: ${cause.message}` : error.message;
}

function sleep(millis: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, millis));
}

/** At most `size` tasks at once; the others wait in arrival order. */
class Semaphore {
  private active = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(private readonly size: number) {}

  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.active >= this.size) await new Promise<void>((resolve) => this.waiting.push(resolve));
    else this.active++;
    try {
      return await task();
    } finally {
      // Hand the slot straight to the next waiter, so `active` never dips and lets a newcomer jump the queue.
      const next = this.waiting.shift();
      if (next) next();
      else this.active--;
    }
  }
}
