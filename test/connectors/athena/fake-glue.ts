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
  close(): Promise<void>;
}

export async function startFakeGlue(handle: FakeGlue['handle']): Promise<FakeGlue> {
  const fake = { requests: [] as FakeRequest[], handle, latencyMs: 0 } as FakeGlue;
  const server: Server = createServer((req, res) => {
    let data = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (data += chunk));
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
