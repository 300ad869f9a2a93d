/**
 * A small REST client for OpenMetadata 1.x, enough for `revmeta export`: authenticated GETs
 * of list endpoints with cursor paging, a global bound on concurrent requests, retries with
 * backoff on 429 and 5xx, and errors that name the URL but never the token.
 *
 * It uses Node's global `fetch` (injectable for tests) so the package gains no dependency.
 */
import { RevmetaError } from '../../core/errors.js';

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
  /** 1.x: users and teams. */
  owners?: OmEntityReference[] | null;
  /** 0.x: the single owner, still returned by some servers and saved exports. */
  owner?: OmEntityReference | null;
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
}

export interface ClientStats {
  requests: number;
  retries: number;
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
  private readonly limit: Semaphore;

  constructor(private readonly options: OpenMetadataClientOptions) {
    let parsed: URL;
    try {
      parsed = new URL(options.url);
    } catch {
      throw new RevmetaError(`openmetadata.url is not a URL: ${JSON.stringify(options.url)}`);
    }
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')
      throw new RevmetaError(`openmetadata.url must be http(s): ${printable(parsed.toString())}`);
    // The base ends in '/' so `new URL('v1/tables', base)` appends rather than replaces `/api`.
    this.base = parsed.toString().replace(/\/*$/, '/');
    this.fetchImpl = options.fetch ?? fetch;
    this.pageSize = options.pageSize ?? 200;
    this.retries = options.retries ?? 5;
    this.retryBaseMillis = options.retryBaseMillis ?? 500;
    this.maxRetryWaitMillis = options.maxRetryWaitMillis ?? 60_000;
    this.timeoutMillis = options.timeoutMillis ?? 30_000;
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

  /** Follows `paging.after` until the server returns none. Pages are fetched in order: each cursor comes from the previous page. */
  async listAll<T>(endpoint: string, query: Record<string, string>): Promise<T[]> {
    const all: T[] = [];
    let after: string | undefined;
    const seen = new Set<string>();
    for (;;) {
      const params = new URLSearchParams({ ...query, limit: String(this.pageSize) });
      if (after !== undefined) params.set('after', after);
      const url = new URL(`${endpoint}?${params.toString()}`, this.base);
      const page = await this.getJson<OmList<T>>(url);
      if (!Array.isArray(page.data))
        throw new RevmetaError(`OpenMetadata returned no list at ${printable(url.toString())} (is openmetadata.url the API base, ending in /api?)`);
      all.push(...page.data);
      const next = page.paging?.after;
      if (next === undefined || next === null || next === '') return all;
      // A server that hands back a cursor it already gave would page forever.
      if (seen.has(next)) throw new RevmetaError(`OpenMetadata repeated the paging cursor at ${printable(url.toString())}`);
      seen.add(next);
      after = next;
    }
  }

  /** One GET with retries, inside the concurrency bound (released while waiting to retry). */
  async getJson<T>(url: URL): Promise<T> {
    const shown = printable(url.toString());
    for (let attempt = 0; ; attempt++) {
      const outcome = await this.limit.run(() => this.attempt(url, shown));
      if (outcome.kind === 'ok') return outcome.body as T;
      if (outcome.kind === 'fatal' || attempt >= this.retries) {
        const tries = attempt + 1;
        throw new RevmetaError(
          outcome.kind === 'fatal' ? outcome.message : `${outcome.message} (gave up after ${tries} attempt${tries === 1 ? '' : 's'})`,
        );
      }
      this.stats.retries++;
      await sleep(this.waitMillis(attempt, outcome.retryAfterMillis));
    }
  }

  private async attempt(url: URL, shown: string): Promise<Outcome> {
    this.stats.requests++;
    const headers: Record<string, string> = { Accept: 'application/json' };
    if (this.options.token) headers['Authorization'] = `Bearer ${this.options.token}`;
    let response: Response;
    try {
      response = await this.fetchImpl(url, { headers, signal: AbortSignal.timeout(this.timeoutMillis) });
    } catch (error) {
      const name = error instanceof Error ? error.name : '';
      // A timeout is not retried: the server is slow, and retrying multiplies the wait.
      if (name === 'TimeoutError' || name === 'AbortError')
        return { kind: 'fatal', message: `OpenMetadata did not answer within ${this.timeoutMillis} ms: GET ${shown}` };
      return { kind: 'retry', message: `could not reach OpenMetadata: GET ${shown}: ${this.scrub(causeOf(error))}` };
    }
    if (response.ok) {
      try {
        return { kind: 'ok', body: await response.json() };
      } catch {
        return { kind: 'fatal', message: `OpenMetadata returned a body that is not JSON: GET ${shown}` };
      }
    }
    const detail = await this.detailOf(response);
    const status = response.status;
    if (status === 401 || status === 403) {
      return {
        kind: 'fatal',
        message:
          `OpenMetadata refused the request (HTTP ${status}${status === 401 ? ' Unauthorized' : ' Forbidden'}): GET ${shown}${detail}. ` +
          (status === 401
            ? 'Check openmetadata.token: a bot JWT or personal access token that is valid and not expired.'
            : 'The token is valid but lacks permission to read this; grant the bot or user read access.'),
      };
    }
    if (status === 404)
      return { kind: 'fatal', message: `OpenMetadata has no such resource (HTTP 404): GET ${shown}${detail}. Check openmetadata.url (it ends in /api) and the service name.` };
    if (status === 429 || status >= 500)
      return { kind: 'retry', message: `OpenMetadata answered HTTP ${status}: GET ${shown}${detail}`, retryAfterMillis: retryAfterOf(response) };
    return { kind: 'fatal', message: `OpenMetadata answered HTTP ${status}: GET ${shown}${detail}` };
  }

  /** Exponential backoff with jitter, at least Retry-After, at most maxRetryWaitMillis. */
  private waitMillis(attempt: number, retryAfterMillis: number | undefined): number {
    const backoff = this.retryBaseMillis * 2 ** attempt * (0.5 + Math.random() / 2);
    return Math.min(this.maxRetryWaitMillis, Math.max(backoff, retryAfterMillis ?? 0));
  }

  /** The server's `message` (OpenMetadata's error body), short, and with the token masked in case a server echoes it. */
  private async detailOf(response: Response): Promise<string> {
    const text = await response.text().catch(() => '');
    let message = '';
    try {
      const body: unknown = JSON.parse(text);
      if (body && typeof body === 'object' && typeof (body as { message?: unknown }).message === 'string')
        message = (body as { message: string }).message;
    } catch {
      message = '';
    }
    message = this.scrub(message).replace(/\s+/g, ' ').trim().slice(0, 200);
    return message ? ` (${message})` : '';
  }

  private scrub(text: string): string {
    const token = this.options.token;
    return token ? text.split(token).join('***') : text;
  }
}

type Outcome =
  | { kind: 'ok'; body: unknown }
  | { kind: 'retry'; message: string; retryAfterMillis?: number | undefined }
  | { kind: 'fatal'; message: string };

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
