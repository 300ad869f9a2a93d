/** Two applies on one Postgres database never write at once: the second fails clearly. */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APPLY_LOCK_KEY } from '../../src/connectors/postgres/driver.js';
import { runCli, writeWorkspace } from './cli.js';
import { postgres15Engine, type TestEngine } from './engines.js';

describe('the apply lock on PostgreSQL 15', () => {
  let engine: TestEngine | undefined;
  let skip = '';
  beforeAll(async () => {
    const started = await postgres15Engine();
    if ('skip' in started) skip = started.skip;
    else {
      engine = started;
      await engine.createDatabase('contended');
      await engine.exec('contended', 'CREATE TABLE orders (id int)');
    }
  });
  afterAll(async () => {
    await engine?.close();
  });

  it('refuses while another apply holds the lock, changes nothing, and applies once it is free', async ({ skip: skipTest }) => {
    if (skip) skipTest(skip);
    const config = await writeWorkspace({
      config: { version: 1, services: { warehouse: { type: 'postgres', connection: engine!.connection } } },
      manifests: {
        'warehouse/contended.yaml': [
          { apiVersion: 'revmeta/v1', kind: 'Schema', service: 'warehouse', database: 'contended', name: 'public', tables: { orders: { description: 'Orders' } } },
        ],
      },
    });
    const other = new pg.Client({ ...(engine!.connection as pg.ClientConfig), database: 'contended' });
    await other.connect();
    try {
      await other.query(`SELECT pg_advisory_lock(${APPLY_LOCK_KEY})`);
      const refused = await runCli(['apply', '-c', config, '--auto-approve']);
      expect(refused.code).toBe(1);
      expect(refused.stdout).toContain('another revmeta apply is running on database "contended"');
      expect(refused.stdout).toContain('Apply failed: 0 applied, 1 failed, 0 not run.');
      const [row] = await engine!.query<{ d: string | null }>('contended', `SELECT obj_description('orders'::regclass, 'pg_class') d`);
      expect(row?.d).toBeNull();
    } finally {
      await other.end();
    }
    const applied = await runCli(['apply', '-c', config, '--auto-approve']);
    expect(applied.code).toBe(0);
  });
});
