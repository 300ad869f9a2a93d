/**
 * A server behind a proxy that stops answering (no reset): `plan` ends within the service's
 * `timeouts:` with a clear error instead of hanging for good. PostgreSQL 15.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFlakyProxy, type FlakyProxy } from '../engines/flaky-proxy.js';
import { runCli, writeWorkspace } from './cli.js';
import { postgres15Engine, type TestEngine } from './engines.js';

describe('plan against a silent PostgreSQL 15', () => {
  let engine: TestEngine | undefined;
  let proxy: FlakyProxy | undefined;
  let skip = '';
  beforeAll(async () => {
    const started = await postgres15Engine();
    if ('skip' in started) skip = started.skip;
    else {
      engine = started;
      proxy = await startFlakyProxy(Number(engine.connection.port));
    }
  });
  afterAll(async () => {
    await proxy?.close();
    await engine?.close();
  });

  it('gives up after timeouts.connect, naming where it tried', async ({ skip: skipTest }) => {
    if (skip) skipTest(skip);
    const config = await writeWorkspace({
      config: {
        version: 1,
        services: {
          warehouse: { type: 'postgres', connection: { ...engine!.connection, port: proxy!.port }, timeouts: { connect: '500ms', statement: '1s' } },
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
