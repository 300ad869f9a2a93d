/**
 * A scriptable AWS JSON-protocol endpoint on 127.0.0.1 for what moto cannot show: pages
 * (moto answers GetTables in one page), throttling and server errors, and Glue's own
 * ConcurrentModificationException. The real SDK clients talk to it through `endpoint`.
 * Each request is recorded (operation and body) and answered by the test's handler.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeRequest {
  /** `GetTables`, from `X-Amz-Target: AWSGlue.GetTables`. */
  operation: string;
  body: Record<string, unknown>;
  headers: IncomingMessage['headers'];
}

/** An answer: 200 with a JSON body, or an AWS error of the JSON protocol. */
export type FakeAnswer = { status?: 200; body: unknown } | { status: number; error: string; message: string };

export interface FakeGlue {
  endpoint: string;
  requests: FakeRequest[];
  handle: (request: FakeRequest) => FakeAnswer;
  /** Milliseconds every request waits before it is answered (bench/cloud.mjs); default 0. */
  latencyMs: number;
  /** The most requests that were in flight at once (received, not yet answered). */
  maxInFlight: number;
  close(): Promise<void>;
}

export async function startFakeGlue(handle: FakeGlue['handle']): Promise<FakeGlue> {
  const fake = { requests: [] as FakeRequest[], handle, latencyMs: 0, maxInFlight: 0 } as FakeGlue;
  let inFlight = 0;
  const server: Server = createServer((req, res) => {
    let data = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (data += chunk));
    inFlight++;
    fake.maxInFlight = Math.max(fake.maxInFlight, inFlight);
    res.on('finish', () => inFlight--);
    req.on('end', async () => {
      if (fake.latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, fake.latencyMs));
      const target = String(req.headers['x-amz-target'] ?? '');
      const request: FakeRequest = { operation: target.slice(target.indexOf('.') + 1), body: data ? (JSON.parse(data) as Record<string, unknown>) : {}, headers: req.headers };
      fake.requests.push(request);
      const answer = fake.handle(request);
      if ('error' in answer) {
        res.writeHead(answer.status, { 'Content-Type': 'application/x-amz-json-1.1', 'x-amzn-errortype': answer.error });
        res.end(JSON.stringify({ __type: answer.error, message: answer.message }));
      } else {
        res.writeHead(200, { 'Content-Type': 'application/x-amz-json-1.1' });
        res.end(JSON.stringify(answer.body));
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  fake.endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  fake.close = () => new Promise((resolve) => server.close(() => resolve()));
  return fake;
}

/** Timestamps as the JSON protocol sends them: epoch seconds. */
export const epoch = (iso: string) => new Date(iso).getTime() / 1000;

/** A Glue table as the fake catalog keeps it: what GetTable answers. */
export type GlueTable = Record<string, unknown> & { Name: string; VersionId: string };

/** What AWS Glue answers an UpdateTable whose VersionId is not the table's current one (AWS CLI, 2026). */
export const STALE_VERSION_ERROR = { status: 400, error: 'ConcurrentModificationException', message: 'Update table failed due to concurrent modifications.' } as const;

/**
 * A handler that keeps one Glue database's tables as Glue does: GetDatabases, GetTables (pages of
 * 100, as Glue's largest), GetTable and UpdateTable, which stores the TableInput whole, increments
 * VersionId and refuses a stale VersionId with Glue's ConcurrentModificationException. `tables`
 * is the catalog itself: a test changes it to play another writer.
 */
export function glueCatalog(database: string, initial: Iterable<GlueTable>): { tables: Map<string, GlueTable>; handle: FakeGlue['handle'] } {
  const tables = new Map([...initial].map((table) => [table.Name, table]));
  const notFound = (name: unknown) => ({ status: 400, error: 'EntityNotFoundException', message: `Table ${String(name)} not found.` });
  const handle: FakeGlue['handle'] = ({ operation, body }) => {
    if (operation === 'GetDatabases') return { body: { DatabaseList: [{ Name: database }] } };
    if (operation === 'GetTables') {
      const start = Number(body.NextToken ?? 0);
      const page = [...tables.values()].slice(start, start + 100);
      return { body: { TableList: page, ...(start + 100 < tables.size ? { NextToken: String(start + 100) } : {}) } };
    }
    if (operation === 'GetTable') {
      const table = tables.get(String(body.Name));
      return table ? { body: { Table: table } } : notFound(body.Name);
    }
    if (operation === 'UpdateTable') {
      const input = body.TableInput as { Name: string } & Record<string, unknown>;
      const table = tables.get(input.Name);
      if (!table) return notFound(input.Name);
      if (body.VersionId !== undefined && body.VersionId !== table.VersionId) return STALE_VERSION_ERROR;
      tables.set(input.Name, { ...input, DatabaseName: database, VersionId: String(Number(table.VersionId) + 1) });
      return { body: {} };
    }
    return { status: 400, error: 'InvalidInputException', message: `the fake Glue does not answer ${operation}` };
  };
  return { tables, handle };
}
