/**
 * A server behind a proxy that stops answering (no reset): `plan` ends within the service's
 * `timeouts:` with a clear error instead of hanging for good. PostgreSQL 15.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { startFlakyProxy, type FlakyProxy } from '../engines/flaky-proxy.js';
import { runCli, writeWorkspace } from './cli.js';
import { postgres15Engine, useEngine } from './engines.js';

describe('plan against a silent PostgreSQL 15', () => {
  let proxy: FlakyProxy | undefined;
  const postgres = useEngine(postgres15Engine, undefined, async (engine) => {
    proxy = await startFlakyProxy(Number(engine.connection.port));
  });
  // Registered after the engine's: vitest runs after-hooks last first, so the proxy closes before the server.
  afterAll(async () => {
    await proxy?.close();
  });

  it('gives up after timeouts.connect, naming where it tried', async ({ skip: skipTest }) => {
    if (postgres.skip) skipTest(postgres.skip);
    const config = await writeWorkspace({
      config: {
        version: 1,
        services: {
          warehouse: { type: 'postgres', connection: { ...postgres.engine!.connection, port: proxy!.port }, timeouts: { connect: '500ms', statement: '1s' } },
        },
      },
      manifests: {
        'warehouse/postgres.yaml': [{ apiVersion: 'revmeta/v1', kind: 'Schema', service: 'warehouse', database: 'postgres', name: 'public', description: 'P' }],
      },
    });
    proxy!.state.stall = true;
    try {
      const started = Date.now();
      const planned = await runCli(['plan', '-c', config]);
      expect(Date.now() - started).toBeLessThan(5_000);
      expect(planned.code).toBe(1);
      expect(planned.stderr).toMatch(/could not connect to PostgreSQL as postgres@127\.0\.0\.1:\d+\/postgres: .*timeout/);
    } finally {
      proxy!.state.stall = false;
    }
  });
});

describe('plan against a BigQuery endpoint that accepts and never answers', () => {
  it('ends with a clear error after timeouts.statement plus 5s, and the process exits', async () => {
    const { spawn } = await import('node:child_process');
    const { createServer } = await import('node:net');
    const path = await import('node:path');
    const { fileURLToPath } = await import('node:url');
    const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
    const sockets: import('node:net').Socket[] = [];
    const silent = createServer((socket) => sockets.push(socket));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const { port } = silent.address() as { port: number };
    try {
      const config = await writeWorkspace({
        config: {
          version: 1,
          services: {
            lake: { type: 'bigquery', connection: { projectId: 'acme', apiEndpoint: `http://127.0.0.1:${port}`, accessToken: 'x', connectionRetries: 0 }, timeouts: { statement: '500ms' } },
          },
        },
        manifests: { 'lake/acme/sales.yaml': [{ apiVersion: 'revmeta/v1', kind: 'Schema', service: 'lake', database: 'acme', name: 'sales', description: 'Sales' }] },
      });
      const started = Date.now();
      const run = await new Promise<{ code: number | null; stderr: string }>((resolve, reject) => {
        const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'test/e2e/cli-child.ts'), 'plan', '-c', config], {
          cwd: root,
          stdio: ['ignore', 'ignore', 'pipe'],
          env: { ...process.env, METADATA_SERVER_DETECTION: 'none' },
        });
        let stderr = '';
        child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
        child.on('error', reject);
        child.on('close', (code) => resolve({ code, stderr }));
      });
      expect(run.stderr).toMatch(/did not answer within 5\.5s: the connection went silent/);
      expect(run.code).toBe(1);
      // The silent request is still open at the server: the process exits anyway.
      expect(Date.now() - started).toBeLessThan(30_000);
    } finally {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => silent.close(() => resolve()));
    }
  }, 90_000);
});
