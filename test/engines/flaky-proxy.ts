/**
 * A TCP proxy in front of a real server that resets the first `drop` connections it accepts
 * and counts every one, so a test sees how often a driver tried. Shared by the retry tests of
 * the postgres, mysql and clickhouse connectors. With `stall` set it stops answering without
 * a reset, as a proxy or a dead host does: bytes either way are swallowed, a hang-up does not
 * reach the other end, and connections accepted meanwhile never reach the server.
 *
 * With `delayMs` set it also stands for a distant server (bench/cloud.mjs): every chunk the
 * client sends reaches the server `delayMs` after it arrived here, in order; answers come
 * back at once. The delay is per chunk, counted from each chunk's own arrival, like a link's
 * one-way latency, not per request: a request the client writes as several chunks back to
 * back (HTTP headers then body, a large MySQL packet) pays it about once, while a client
 * that waits for an answer between its writes pays it at each of them, as it would over a
 * real network. `chunks` counts the chunks sent client → server: per statement, the round
 * trips a driver makes.
 */
import net from 'node:net';

export interface FlakyProxy {
  port: number;
  /** `tap`: sees each chunk a client sends, with the number of its connection (bench/cloud.mjs counts MySQL round trips per connection). */
  state: { drop: number; accepted: number; stall: boolean; delayMs: number; chunks: number; tap?: (chunk: Buffer, connection: number) => void };
  close(): Promise<void>;
}

export async function startFlakyProxy(targetPort: number): Promise<FlakyProxy> {
  const state: FlakyProxy['state'] = { drop: 0, accepted: 0, stall: false, delayMs: 0, chunks: 0 };
  const sockets = new Set<net.Socket>();
  const server = net.createServer((socket) => {
    state.accepted++;
    if (state.drop > 0) {
      state.drop--;
      socket.resetAndDestroy();
      return;
    }
    sockets.add(socket);
    if (state.stall) {
      socket.on('error', () => socket.destroy()).on('close', () => sockets.delete(socket));
      return;
    }
    const upstream = net.connect(targetPort, '127.0.0.1');
    sockets.add(upstream);
    const forward = (from: net.Socket, to: net.Socket) =>
      from.on('data', (chunk) => {
        if (!state.stall) to.write(chunk);
      });
    forwardDelayed(socket, upstream, state, state.accepted);
    forward(upstream, socket);
    // A hang-up passes through, unless stalled: then the other end never learns of it.
    const hangUp = (from: net.Socket, to: net.Socket) => () => {
      from.destroy();
      sockets.delete(from);
      if (!state.stall) to.destroy();
    };
    socket.on('error', hangUp(socket, upstream)).on('close', hangUp(socket, upstream));
    upstream.on('error', hangUp(upstream, socket)).on('close', hangUp(upstream, socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as net.AddressInfo).port,
    state,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** Client → server: each chunk counted, and written `state.delayMs` after it arrived (at once when 0), in arrival order. */
function forwardDelayed(from: net.Socket, to: net.Socket, state: FlakyProxy['state'], connection: number): void {
  const queue: { due: number; chunk: Buffer }[] = [];
  let timer: NodeJS.Timeout | undefined;
  const flush = () => {
    timer = undefined;
    while (queue.length > 0 && queue[0]!.due <= performance.now()) {
      const { chunk } = queue.shift()!;
      if (!state.stall && !to.destroyed) to.write(chunk);
    }
    if (queue.length > 0) timer = setTimeout(flush, queue[0]!.due - performance.now());
  };
  from.on('data', (chunk: Buffer) => {
    state.chunks++;
    state.tap?.(chunk, connection);
    if (state.delayMs <= 0 && queue.length === 0) {
      if (!state.stall) to.write(chunk);
      return;
    }
    queue.push({ due: performance.now() + state.delayMs, chunk });
    timer ??= setTimeout(flush, state.delayMs);
  });
  from.on('close', () => clearTimeout(timer));
}
