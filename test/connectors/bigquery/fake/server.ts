/**
 * A fake BigQuery REST v2 server on 127.0.0.1 for the real `@google-cloud/bigquery` client
 * (`apiEndpoint: http://127.0.0.1:PORT`). It speaks the shapes the client uses for what
 * revmeta calls, backed by an in-memory catalog:
 *   POST /bigquery/v2/projects/P/queries               jobs.query (DDL and catalog reads, sql.ts)
 *   GET  /bigquery/v2/projects/P/queries/JOB           getQueryResults (further pages)
 *   GET  /bigquery/v2/projects/P/datasets              datasets.list (paged)
 *   GET  /bigquery/v2/projects/P/datasets/D            datasets.get
 *   GET  /bigquery/v2/projects/P/datasets/D/tables/T   tables.get
 *   PATCH /bigquery/v2/projects/P/datasets/D/tables/T  tables.patch (description, labels, schema descriptions)
 *   PATCH /bigquery/v2/projects/P/datasets/D           datasets.patch (description, labels)
 * Every request must carry `Authorization: Bearer <token>`; errors come back as the API's
 * `{"error": {code, message, errors: [{reason}], status}}`. Tests can make the next
 * requests fail (`failNext`) to exercise the client's retries.
 *
 * Optimistic concurrency as BigQuery does it: `tables.get`/`datasets.get` return an `etag`
 * that changes with every metadata change, and a PATCH carrying `If-Match` with another etag
 * is refused with HTTP 412 and nothing changes. The Python client sends `If-Match: <etag>` on
 * update_table (google/cloud/bigquery/client.py, `headers = {"If-Match": table.etag}`); the
 * answer is 412 FAILED_PRECONDITION "Precondition check failed." (reason failedPrecondition,
 * https://github.com/googleapis/python-bigquery/issues/772; BigQuery also words it "Resource
 * ... did not meet condition IF_MATCH", reason conditionNotMet,
 * https://github.com/apache/iceberg/pull/14779).
 */
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { checkDescription, checkLabels, FakeCatalog, LIMITS, type FakeDataset, type FakeField, type FakeTable } from './catalog.js';
import { SqlError } from './lexer.js';
import { runQuery, SNAPSHOT_SCHEMA_REFUSAL, type QueryResult } from './sql.js';

export interface FakeRequest {
  method: string;
  path: string;
  /** The SQL of a jobs.query request. */
  query?: string;
  location?: string;
  body?: unknown;
  /** The `If-Match` header of a PATCH. */
  ifMatch?: string;
}

export interface FakeBigQuery {
  /** `http://127.0.0.1:PORT`: the client's apiEndpoint. */
  url: string;
  token: string;
  catalog: FakeCatalog;
  requests: FakeRequest[];
  /** SQL of every jobs.query, in order. */
  readonly queries: string[];
  /** The next `count` requests answer `status` with `reason` (e.g. 503 backendError). */
  failNext(count: number, status: number, reason: string): void;
  /**
   * The caller holds grants on datasets only: region-qualified INFORMATION_SCHEMA queries
   * answer 403 Access Denied, as BigQuery does ("For queries with a region qualifier, you must
   * have permissions for the project").
   */
  datasetGrantsOnly: boolean;
  /** Milliseconds every request waits before it is answered (bench/cloud.mjs); default 0. */
  latencyMs: number;
  stop(): Promise<void>;
}

export interface FakeOptions {
  token?: string;
  /** Rows per page of query results (default 100): small values exercise getQueryResults. */
  pageSize?: number;
  /** Datasets per page of datasets.list, at most (default 50). */
  datasetPageSize?: number;
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly reason: string,
  ) {
    super(message);
  }
}

const STATUS_NAME: Readonly<Record<number, string>> = {
  400: 'INVALID_ARGUMENT',
  401: 'UNAUTHENTICATED',
  403: 'PERMISSION_DENIED',
  404: 'NOT_FOUND',
  409: 'ALREADY_EXISTS',
  412: 'FAILED_PRECONDITION',
  429: 'RESOURCE_EXHAUSTED',
  500: 'INTERNAL',
  503: 'UNAVAILABLE',
};

function send(response: http.ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'Content-Type': 'application/json; charset=UTF-8' });
  response.end(JSON.stringify(body));
}

function sendError(response: http.ServerResponse, error: unknown): void {
  const { status, message, reason } =
    error instanceof HttpError
      ? error
      : error instanceof SqlError
        ? { status: error.status, message: error.message, reason: error.reason }
        : { status: 500, message: String(error), reason: 'internalError' };
  send(response, status, {
    error: { code: status, message, errors: [{ message, domain: 'global', reason }], status: STATUS_NAME[status] ?? 'UNKNOWN' },
  });
}

async function readJson(request: http.IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  if (text === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    throw new HttpError(400, 'Invalid JSON payload received.', 'parseError');
  }
}

interface StoredResult {
  result: QueryResult;
  project: string;
  location: string;
}

/**
 * tables.patch may change descriptions only: names, types, modes and nesting must match. A
 * field left out is refused as BigQuery refuses it ("Field x is missing in new schema"), and so
 * is a retyped one ("Field x has changed type from INT64 to STRING"); adding a column, which
 * BigQuery allows, is refused here (revmeta never adds one).
 */
function patchFields(current: FakeField[], given: unknown, where: string): FakeField[] {
  if (!Array.isArray(given)) throw new HttpError(400, `Invalid schema for ${where}: fields must be a list`, 'invalid');
  const givenNames = new Set(given.map((next) => String((next as Record<string, unknown>)?.name).toLowerCase()));
  const missing = current.find((field) => !givenNames.has(field.name.toLowerCase()));
  if (missing) throw new HttpError(400, `Provided Schema does not match Table ${where}. Field ${missing.name} is missing in new schema`, 'invalid');
  if (given.length !== current.length) throw new HttpError(400, `Provided Schema does not match Table ${where}. The fake does not add fields.`, 'invalid');
  return current.map((field, index) => {
    const next = given[index] as Record<string, unknown>;
    if (next.name !== field.name) throw new HttpError(400, `Provided Schema does not match Table ${where}. The fake expects the fields in their order.`, 'invalid');
    if (JSON.stringify(field.type) !== JSON.stringify(next.type)) {
      throw new HttpError(400, `Provided Schema does not match Table ${where}. Field ${field.name} has changed type from ${field.type} to ${String(next.type)}`, 'invalid');
    }
    for (const key of new Set([...Object.keys(field), ...Object.keys(next)])) {
      if (key === 'description' || key === 'fields') continue;
      if (JSON.stringify(field[key]) !== JSON.stringify(next[key])) {
        throw new HttpError(400, `Provided Schema does not match Table ${where}. Field ${field.name} has changed ${key}.`, 'invalid');
      }
    }
    const patched: FakeField = { ...field };
    if (next.description === undefined || next.description === '') delete patched.description;
    else if (typeof next.description !== 'string') throw new HttpError(400, 'description must be a string', 'invalid');
    else {
      try {
        checkDescription(next.description, LIMITS.column, `field ${field.name}`);
      } catch (error) {
        throw new HttpError(400, (error as Error).message, 'invalid');
      }
      patched.description = next.description;
    }
    if (field.fields) patched.fields = patchFields(field.fields, next.fields, where);
    else if (next.fields !== undefined) throw new HttpError(400, `Field ${field.name} is not a RECORD`, 'invalid');
    return patched;
  });
}

/**
 * `If-Match: <etag>` on a PATCH: the resource must still have that etag, or BigQuery answers
 * 412 and changes nothing (see the header). Without the header the patch goes through.
 */
function checkIfMatch(ifMatch: string | undefined, version: number): void {
  if (ifMatch === undefined || ifMatch === `"${version}"`) return;
  throw new HttpError(412, 'Precondition check failed.', 'failedPrecondition');
}

function ifMatchOf(request: http.IncomingMessage): string | undefined {
  const given = request.headers['if-match'];
  return Array.isArray(given) ? given.join(', ') : given;
}

/** datasets.patch of `project:dataset`: description, labels merged; the whole patch or nothing. Exported for tests that run statements in process. */
export function patchDataset(catalog: FakeCatalog, project: string, datasetId: string, body: unknown, ifMatch?: string): FakeDataset {
  const dataset = catalog.dataset(project, datasetId);
  const where = `dataset ${project}:${dataset.id}`;
  checkIfMatch(ifMatch, dataset.version);
  const patch = (body ?? {}) as Record<string, unknown>;
  const unknown = Object.keys(patch).filter((key) => !['description', 'labels'].includes(key));
  if (unknown.length > 0) throw new HttpError(400, `The fake patches a dataset's description and labels only, not ${unknown.join(', ')}`, 'invalid');
  const description = patchDescription(dataset.description, patch.description, where);
  const labels = patchLabels(dataset.labels, patch.labels, where);
  if (description === undefined) delete dataset.description;
  else dataset.description = description;
  dataset.labels = labels;
  dataset.version++;
  return dataset;
}

/** tables.patch of `project:dataset.table`: description, labels merged, schema descriptions; the whole patch or nothing. */
export function patchTable(catalog: FakeCatalog, project: string, datasetId: string, tableId: string, body: unknown, ifMatch?: string): FakeTable {
  const table = catalog.table(project, datasetId, tableId);
  const where = `${project}:${datasetId}.${tableId}`;
  checkIfMatch(ifMatch, table.version);
  const patch = (body ?? {}) as Record<string, unknown>;
  const unknown = Object.keys(patch).filter((key) => !['schema', 'description', 'labels'].includes(key));
  if (unknown.length > 0) throw new HttpError(400, `The fake patches description, labels and schema only, not ${unknown.join(', ')}`, 'invalid');
  // Everything is checked before anything changes: a refused patch leaves the table as it was.
  const schema = patch.schema as { fields?: unknown } | undefined;
  // A snapshot's metadata can change, its schema cannot (https://cloud.google.com/bigquery/docs/table-snapshots-intro).
  if (schema !== undefined && table.type === 'SNAPSHOT') throw new HttpError(400, SNAPSHOT_SCHEMA_REFUSAL, 'invalid');
  const fields = schema === undefined ? table.fields : patchFields(table.fields, schema.fields, where);
  const description = patchDescription(table.description, patch.description, `table ${where}`);
  const labels = patchLabels(table.labels, patch.labels, `table ${where}`);
  table.fields = fields;
  if (description === undefined) delete table.description;
  else table.description = description;
  table.labels = labels;
  table.version++;
  return table;
}

/** The Table resource's `description` in a patch: absent keeps it, null or '' clears it, a string sets it. */
function patchDescription(current: string | undefined, given: unknown, where: string): string | undefined {
  if (given === undefined) return current;
  if (given === null || given === '') return undefined;
  if (typeof given !== 'string') throw new HttpError(400, `Invalid value for description of ${where}: a string`, 'invalid');
  try {
    checkDescription(given, LIMITS.table, where);
  } catch (error) {
    throw new HttpError(400, (error as Error).message, 'invalid');
  }
  return given;
}

/** `labels` in a patch is merged into the table's or dataset's: a null value deletes its key (https://cloud.google.com/bigquery/docs/deleting-labels). */
function patchLabels(current: Record<string, string>, given: unknown, where: string): Record<string, string> {
  if (given === undefined) return current;
  if (given === null || typeof given !== 'object' || Array.isArray(given)) throw new HttpError(400, `Invalid value for labels of ${where}: a map`, 'invalid');
  const labels = { ...current };
  for (const [key, value] of Object.entries(given as Record<string, unknown>)) {
    if (value === null) delete labels[key];
    else if (typeof value !== 'string') throw new HttpError(400, `Invalid value for label ${key} of ${where}: a string`, 'invalid');
    else labels[key] = value;
  }
  try {
    checkLabels(labels, where);
  } catch (error) {
    throw new HttpError(400, (error as Error).message, 'invalid');
  }
  return labels;
}

export async function startFakeBigQuery(options: FakeOptions = {}): Promise<FakeBigQuery> {
  const token = options.token ?? 'fake-access-token';
  const pageSize = options.pageSize ?? 100;
  const datasetPageSize = options.datasetPageSize ?? 50;
  const catalog = new FakeCatalog();
  const requests: FakeRequest[] = [];
  const results = new Map<string, StoredResult>();
  const failures: { status: number; reason: string }[] = [];
  const grants = { datasetsOnly: false };

  const tableResource = (project: string, datasetId: string, table: FakeTable) => {
    const dataset = catalog.dataset(project, datasetId);
    return {
      kind: 'bigquery#table',
      id: `${project}:${datasetId}.${table.id}`,
      etag: `"${table.version}"`,
      tableReference: { projectId: project, datasetId, tableId: table.id },
      type: table.type,
      location: dataset.location,
      ...(table.description !== undefined ? { description: table.description } : {}),
      ...(Object.keys(table.labels).length > 0 ? { labels: table.labels } : {}),
      schema: { fields: table.fields },
    };
  };

  const datasetResource = (project: string, dataset: FakeDataset) => ({
    kind: 'bigquery#dataset',
    id: `${project}:${dataset.id}`,
    etag: `"${dataset.version}"`,
    datasetReference: { projectId: project, datasetId: dataset.id },
    location: dataset.location,
    ...(dataset.description !== undefined ? { description: dataset.description } : {}),
    ...(Object.keys(dataset.labels).length > 0 ? { labels: dataset.labels } : {}),
  });

  const page = (stored: StoredResult, jobId: string, start: number) => {
    const { result, project, location } = stored;
    const rows = result.rows.slice(start, start + pageSize).map((row) => ({ f: row.map((v) => ({ v })) }));
    const next = start + pageSize < result.rows.length ? String(start + pageSize) : undefined;
    return {
      kind: 'bigquery#queryResponse',
      jobReference: { projectId: project, jobId, location },
      jobComplete: true,
      ...(result.columns.length > 0
        ? { schema: { fields: result.columns.map((name) => ({ name, type: 'STRING', mode: 'NULLABLE' })) }, rows, totalRows: String(result.rows.length) }
        : { totalRows: '0' }),
      ...(next ? { pageToken: next } : {}),
      ...(result.statementType !== 'SELECT' ? { statementType: result.statementType } : {}),
    };
  };

  async function handle(request: http.IncomingMessage, response: http.ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://fake');
    const method = request.method ?? 'GET';
    const body = method === 'GET' ? undefined : await readJson(request);
    if (fake.latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, fake.latencyMs));
    const ifMatch = ifMatchOf(request);
    const logged: FakeRequest = { method, path: url.pathname, ...(body !== undefined ? { body } : {}), ...(ifMatch !== undefined ? { ifMatch } : {}) };
    requests.push(logged);
    if (request.headers.authorization !== `Bearer ${token}`) {
      throw new HttpError(401, 'Request is missing required authentication credential. Expected OAuth 2 access token.', 'required');
    }
    const failure = failures.shift();
    if (failure) throw new HttpError(failure.status, `fake failure: ${failure.reason}`, failure.reason);
    const match = /^\/bigquery\/v2\/projects\/([^/]+)(\/.*)?$/.exec(url.pathname);
    if (!match) throw new HttpError(404, `Not found: ${url.pathname}`, 'notFound');
    const project = decodeURIComponent(match[1]!);
    const rest = (match[2] ?? '').split('/').filter(Boolean).map(decodeURIComponent);

    if (rest[0] === 'queries' && rest.length === 1 && method === 'POST') {
      const { query, location, useLegacySql } = (body ?? {}) as { query?: unknown; location?: unknown; useLegacySql?: unknown };
      if (typeof query !== 'string') throw new HttpError(400, 'Required parameter is missing: query', 'required');
      if (useLegacySql !== false) throw new HttpError(400, 'revmeta must send GoogleSQL (useLegacySql: false)', 'invalid');
      logged.query = query;
      if (typeof location === 'string') logged.location = location;
      const regionView = /`([^`]+)`\.`(region-[^`]+)`\.INFORMATION_SCHEMA\.(\w+)/i.exec(query);
      if (grants.datasetsOnly && regionView) {
        const name = `${regionView[1]}:${regionView[2]}.INFORMATION_SCHEMA.${regionView[3]}`;
        throw new HttpError(403, `Access Denied: Table ${name}: User does not have permission to query table ${name}, or perhaps it does not exist.`, 'accessDenied');
      }
      const result = runQuery(query, catalog, project, typeof location === 'string' ? location : undefined);
      const jobId = `job_${randomUUID().replaceAll('-', '')}`;
      const stored = { result, project, location: typeof location === 'string' ? location : 'US' };
      results.set(jobId, stored);
      send(response, 200, page(stored, jobId, 0));
      return;
    }
    if (rest[0] === 'queries' && rest.length === 2 && method === 'GET') {
      const stored = results.get(rest[1]!);
      if (!stored) throw new HttpError(404, `Not found: Job ${project}:${rest[1]}`, 'notFound');
      send(response, 200, page(stored, rest[1]!, Number(url.searchParams.get('pageToken') ?? '0')));
      return;
    }
    if (!catalog.projects.has(project)) throw new HttpError(404, `Not found: Project ${project}`, 'notFound');
    if (rest[0] === 'datasets' && rest.length === 1 && method === 'GET') {
      const all = [...catalog.projects.get(project)!.values()].sort((a, b) => (a.id < b.id ? -1 : 1));
      const start = Number(url.searchParams.get('pageToken') ?? '0');
      const size = Math.min(Number(url.searchParams.get('maxResults') ?? datasetPageSize), datasetPageSize);
      const slice = all.slice(start, start + size);
      send(response, 200, {
        kind: 'bigquery#datasetList',
        etag: `"${all.length}"`,
        datasets: slice.map((dataset) => ({
          kind: 'bigquery#dataset',
          id: `${project}:${dataset.id}`,
          datasetReference: { projectId: project, datasetId: dataset.id },
          location: dataset.location,
          ...(Object.keys(dataset.labels).length > 0 ? { labels: dataset.labels } : {}),
        })),
        ...(start + size < all.length ? { nextPageToken: String(start + size) } : {}),
      });
      return;
    }
    if (rest[0] === 'datasets' && rest.length === 2 && method === 'PATCH') {
      const dataset = patchDataset(catalog, project, rest[1]!, body, ifMatch);
      send(response, 200, datasetResource(project, dataset));
      return;
    }
    if (rest[0] === 'datasets' && rest.length === 2 && method === 'GET') {
      const dataset = catalog.dataset(project, rest[1]!);
      send(response, 200, datasetResource(project, dataset));
      return;
    }
    if (rest[0] === 'datasets' && rest[2] === 'tables' && rest.length === 4) {
      const table = catalog.table(project, rest[1]!, rest[3]!);
      if (method === 'GET') {
        send(response, 200, tableResource(project, rest[1]!, table));
        return;
      }
      if (method === 'PATCH') {
        patchTable(catalog, project, rest[1]!, rest[3]!, body, ifMatch);
        send(response, 200, tableResource(project, rest[1]!, table));
        return;
      }
    }
    throw new HttpError(404, `Not found: ${method} ${url.pathname}`, 'notFound');
  }

  const server = http.createServer((request, response) => {
    handle(request, response).catch((error: unknown) => sendError(response, error));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const fake: FakeBigQuery = {
    latencyMs: 0,
    url: `http://127.0.0.1:${port}`,
    token,
    catalog,
    requests,
    get queries() {
      return requests.filter((request) => request.query !== undefined).map((request) => request.query!);
    },
    failNext(count, status, reason) {
      for (let i = 0; i < count; i++) failures.push({ status, reason });
    },
    get datasetGrantsOnly() {
      return grants.datasetsOnly;
    },
    set datasetGrantsOnly(value: boolean) {
      grants.datasetsOnly = value;
    },
    stop: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  return fake;
}
