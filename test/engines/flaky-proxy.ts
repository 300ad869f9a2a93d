/**
 * A TCP proxy in front of a real server that resets the first `drop` connections it accepts
 * and counts every one, so a test sees how often a driver tried. Shared by the retry tests of
 * the postgres, mysql and clickhouse connectors.
 */
import net from 'node:net';

export interface FlakyProxy {
  port: number;
  state: { drop: number; accepted: number };
  close(): Promise<void>;
}

export async function startFlakyProxy(targetPort: number): Promise<FlakyProxy> {
  const state = { drop: 0, accepted: 0 };
  const sockets = new Set<net.Socket>();
  const server = net.createServer((socket) => {
    state.accepted++;
    if (state.drop > 0) {
      state.drop--;
      socket.resetAndDestroy();
      return;
    }
    const upstream = net.connect(targetPort, '127.0.0.1');
    sockets.add(socket).add(upstream);
    socket.pipe(upstream).pipe(socket);
    const end = () => {
      socket.destroy();
      upstream.destroy();
      sockets.delete(socket);
      sockets.delete(upstream);
    };
    socket.on('error', end).on('close', end);
    upstream.on('error', end).on('close', end);
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
