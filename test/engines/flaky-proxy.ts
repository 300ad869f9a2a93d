/**
 * A TCP proxy in front of a real server that resets the first `drop` connections it accepts
 * and counts every one, so a test sees how often a driver tried. Shared by the retry tests of
 * the postgres, mysql and clickhouse connectors. With `stall` set it stops answering without
 * a reset, as a proxy or a dead host does: bytes either way are swallowed, a hang-up does not
 * reach the other end, and connections accepted meanwhile never reach the server.
 */
import net from 'node:net';

export interface FlakyProxy {
  port: number;
  state: { drop: number; accepted: number; stall: boolean };
  close(): Promise<void>;
}

export async function startFlakyProxy(targetPort: number): Promise<FlakyProxy> {
  const state = { drop: 0, accepted: 0, stall: false };
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
    forward(socket, upstream);
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
