/**
 * The proxy's latency (bench/cloud.mjs runs MySQL and ClickHouse through it): every chunk the
 * client sends reaches the server `delayMs` later, in order, chunks sent back to back pay it
 * about once, answers are not delayed, and each chunk is counted. An echo server stands in
 * for the engine.
 */
import net from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startFlakyProxy, type FlakyProxy } from './flaky-proxy.js';

const DELAY_MS = 250;

let echo: net.Server;
let proxy: FlakyProxy;
/** When each chunk reached the echo server, in ms since the test's client connected. */
let arrivals: number[];
let connectedAt: number;

beforeAll(async () => {
  echo = net.createServer((socket) =>
    socket.on('data', (chunk) => {
      arrivals.push(performance.now() - connectedAt);
      socket.write(chunk);
    }),
  );
  await new Promise<void>((resolve) => echo.listen(0, '127.0.0.1', resolve));
  proxy = await startFlakyProxy((echo.address() as net.AddressInfo).port);
});

afterAll(async () => {
  await proxy.close();
  await new Promise<void>((resolve) => echo.close(() => resolve()));
});

async function connect(): Promise<net.Socket> {
  arrivals = [];
  const socket = net.connect(proxy.port, '127.0.0.1');
  await new Promise<void>((resolve) => socket.once('connect', resolve));
  connectedAt = performance.now();
  return socket;
}

/** Writes `parts` (each its own chunk: the next waits until the previous left the socket), returns the echo once all of it is back. */
async function roundTrip(socket: net.Socket, parts: string[]): Promise<{ text: string; ms: number }> {
  const expected = parts.join('').length;
  const started = performance.now();
  let text = '';
  const answered = new Promise<void>((resolve) => {
    const onData = (chunk: Buffer) => {
      text += chunk.toString();
      if (text.length >= expected) {
        socket.off('data', onData);
        resolve();
      }
    };
    socket.on('data', onData);
  });
  for (const part of parts) {
    await new Promise<void>((resolve) => socket.write(part, () => resolve()));
    // Let the proxy read it as a chunk of its own.
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  await answered;
  return { text, ms: performance.now() - started };
}

it('forwards at once without a delay, counting chunks', async () => {
  proxy.state.delayMs = 0;
  proxy.state.chunks = 0;
  const socket = await connect();
  const { text, ms } = await roundTrip(socket, ['ping']);
  socket.destroy();
  expect(text).toBe('ping');
  expect(ms).toBeLessThan(DELAY_MS / 2);
  expect(proxy.state.chunks).toBe(1);
});

it('delays each client chunk by delayMs, in order, and a request of several chunks about once', async () => {
  proxy.state.delayMs = DELAY_MS;
  proxy.state.chunks = 0;
  const socket = await connect();
  const single = await roundTrip(socket, ['one']);
  expect(single.text).toBe('one');
  expect(single.ms).toBeGreaterThanOrEqual(DELAY_MS - 5);
  expect(single.ms).toBeLessThan(DELAY_MS * 2.5);
  // Three chunks a few ms apart: each delayed from its own arrival, so the whole takes one delay plus the gaps, not three delays.
  const several = await roundTrip(socket, ['a', 'b', 'c']);
  socket.destroy();
  expect(several.text).toBe('abc');
  expect(several.ms).toBeGreaterThanOrEqual(DELAY_MS - 5);
  // One delay per chunk in turn would be at least 3 × DELAY_MS.
  expect(several.ms).toBeLessThan(DELAY_MS * 2.5);
  expect(proxy.state.chunks).toBe(4);
  expect(arrivals.length).toBeGreaterThanOrEqual(2);
  expect(arrivals[0]).toBeGreaterThanOrEqual(DELAY_MS - 5);
});
