/** Two applies on one Postgres database never write at once: the second fails clearly. */
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { APPLY_LOCK_KEY } from '../../src/connectors/postgres/driver.js';
import { runCli, writeWorkspace } from './cli.js';
import { postgres15Engine, useEngine } from './engines.js';

describe('the apply lock on PostgreSQL 15', () => {
  const postgres = useEngine(postgres15Engine, undefined, async (engine) => {
    await engine.createDatabase('contended');
    await engine.exec('contended', 'CREATE TABLE orders (id int)');
  });

  it('refuses while another apply holds the lock, changes nothing, and applies once it is free', async ({ skip: skipTest }) => {
    if (postgres.skip) skipTest(postgres.skip);
    const config = await writeWorkspace({
      config: { version: 1, services: { warehouse: { type: 'postgres', connection: postgres.engine!.connection } } },
      manifests: {
        'warehouse/contended.yaml': [
          { apiVersion: 'revmeta/v1', kind: 'Schema', service: 'warehouse', database: 'contended', name: 'public', tables: { orders: { description: 'Orders' } } },
        ],
      },
    });
    const other = new pg.Client({ ...(postgres.engine!.connection as pg.ClientConfig), database: 'contended' });
    await other.connect();
    try {
      const [{ pid }] = (await other.query(`SELECT pg_advisory_lock(${APPLY_LOCK_KEY}), pg_backend_pid() AS pid`)).rows as [{ pid: number }];
      const started = Date.now();
      const refused = await runCli(['apply', '-c', config, '--auto-approve', '--lock-timeout', '700ms']);
      // It waited for the lock (--lock-timeout), then gave up: one reason for the database's changes, shown once.
      expect(Date.now() - started).toBeGreaterThanOrEqual(700);
      expect(refused.code).toBe(1);
      const reason = `not run: another apply holds the lock (backend pid ${pid} holds revmeta's advisory lock ${APPLY_LOCK_KEY} on database "contended" after waiting 700ms;`;
      expect(refused.stdout).toContain(reason);
      expect(refused.stdout.split(reason)).toHaveLength(2);
      expect(refused.stdout).toContain('Apply incomplete: 0 applied, 0 failed, 1 not run.');
      const [row] = await postgres.engine!.query<{ d: string | null }>('contended', `SELECT obj_description('orders'::regclass, 'pg_class') d`);
      expect(row?.d).toBeNull();
    } finally {
      await other.end();
    }
    const applied = await runCli(['apply', '-c', config, '--auto-approve']);
    expect(applied.code).toBe(0);
  });

  it('waits for the lock up to --lock-timeout, and applies once the other apply is done', async ({ skip: skipTest }) => {
    if (postgres.skip) skipTest(postgres.skip);
    const config = await writeWorkspace({
      config: { version: 1, services: { warehouse: { type: 'postgres', connection: postgres.engine!.connection } } },
      manifests: {
        'warehouse/contended.yaml': [
          { apiVersion: 'revmeta/v1', kind: 'Schema', service: 'warehouse', database: 'contended', name: 'public', tables: { orders: { description: 'Orders, later' } } },
        ],
      },
    });
    const other = new pg.Client({ ...(postgres.engine!.connection as pg.ClientConfig), database: 'contended' });
    await other.connect();
    try {
      await other.query(`SELECT pg_advisory_lock(${APPLY_LOCK_KEY})`);
      const released = new Promise((resolve) => setTimeout(resolve, 1_000)).then(() => other.query(`SELECT pg_advisory_unlock(${APPLY_LOCK_KEY})`));
      const applied = await runCli(['apply', '-c', config, '--auto-approve', '--lock-timeout', '30s']);
      await released;
      expect(applied.code).toBe(0);
      expect(applied.stdout).toContain('Apply complete: 1 applied, 0 failed, 0 not run.');
    } finally {
      await other.end();
    }
  });

  it('refuses a --lock-timeout that is not a duration', async () => {
    const refused = await runCli(['apply', '--lock-timeout', '10']);
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toContain('a duration of at least 1ms, e.g. 500ms, 30s, 2m');
  });
});
