/**
 * An owner change waits for an ACCESS EXCLUSIVE lock. Behind a long transaction it must give
 * up after `lock_timeout` (rolling its database back) instead of queueing every reader behind it.
 */
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { runCli, writeWorkspace } from './cli.js';
import { postgres15Engine, useEngine } from './engines.js';

describe('lock_timeout on PostgreSQL 15', () => {
  const postgres = useEngine(postgres15Engine, undefined, async (engine) => {
    await engine.createDatabase('locked');
    await engine.exec('locked', `CREATE ROLE lock_owner; CREATE TABLE busy (id int)`);
  });

  it('gives up on a lock held elsewhere, rolls back, and names the statement', async ({ skip: skipTest }) => {
    if (postgres.skip) skipTest(postgres.skip);
    const config = await writeWorkspace({
      config: { version: 1, services: { warehouse: { type: 'postgres', connection: { ...postgres.engine!.connection, lock_timeout: 300 } } } },
      manifests: {
        'warehouse/locked.yaml': [
          {
            apiVersion: 'revmeta/v1',
            kind: 'Schema',
            service: 'warehouse',
            database: 'locked',
            name: 'public',
            description: 'Public schema',
            tables: { busy: { description: 'Busy table', owners: ['lock_owner'] } },
          },
        ],
      },
    });
    const holder = new pg.Client({ ...(postgres.engine!.connection as pg.ClientConfig), database: 'locked' });
    await holder.connect();
    try {
      await holder.query('BEGIN; LOCK TABLE busy IN ACCESS SHARE MODE');
      const started = Date.now();
      const applied = await runCli(['apply', '-c', config, '--auto-approve']);
      expect(Date.now() - started).toBeLessThan(20_000);
      expect(applied.code).toBe(1);
      expect(applied.stdout).toContain('statement: ALTER TABLE "public"."busy" OWNER TO "lock_owner"');
      expect(applied.stdout).toContain('canceling statement due to lock timeout');
      expect(applied.stdout).toContain('rolled back');
    } finally {
      await holder.query('ROLLBACK');
      await holder.end();
    }
    const [schema] = await postgres.engine!.query<{ d: string | null }>('locked', `SELECT obj_description('public'::regnamespace, 'pg_namespace') d`);
    expect(schema?.d).not.toBe('Public schema');
    const again = await runCli(['apply', '-c', config, '--auto-approve']);
    expect(again.code).toBe(0);
  });

  it("takes the wait from the service's timeouts.lock", async ({ skip: skipTest }) => {
    if (postgres.skip) skipTest(postgres.skip);
    const config = await writeWorkspace({
      config: { version: 1, services: { warehouse: { type: 'postgres', connection: postgres.engine!.connection, timeouts: { lock: '300ms' } } } },
      manifests: {
        'warehouse/locked.yaml': [
          { apiVersion: 'revmeta/v1', kind: 'Schema', service: 'warehouse', database: 'locked', name: 'public', tables: { busy: { owners: ['postgres'] } } },
        ],
      },
    });
    await postgres.engine!.exec('locked', 'ALTER TABLE busy OWNER TO lock_owner');
    const holder = new pg.Client({ ...(postgres.engine!.connection as pg.ClientConfig), database: 'locked' });
    await holder.connect();
    try {
      await holder.query('BEGIN; LOCK TABLE busy IN ACCESS SHARE MODE');
      const started = Date.now();
      const applied = await runCli(['apply', '-c', config, '--auto-approve']);
      // 300 ms, not the 10 s default.
      expect(Date.now() - started).toBeLessThan(5_000);
      expect(applied.code).toBe(1);
      expect(applied.stdout).toContain('canceling statement due to lock timeout');
    } finally {
      await holder.query('ROLLBACK');
      await holder.end();
    }
  });
});
