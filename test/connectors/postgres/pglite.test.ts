/**
 * The postgres connector on an embedded PGlite (Postgres 18) through its own driver.
 * One data folder for the whole file: PGlite takes seconds and ~0.7 GB per new folder.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmbeddedDatabase, postgres } from '../../../src/connectors/postgres/index.js';
import type { Driver } from '../../../src/connectors/types.js';
import { applyChanges } from '../../../src/apply/apply.js';
import { lockBudgetOf } from '../../../src/connectors/postgres/driver.js';
import { withStatements, type ChangeWithSql } from '../../plan-statements.js';
import {
  REALISTIC_TREE,
  clearRoundTrip,
  createRealisticSchema,
  hostileRoundTrip,
  legacyStringsRoundTrip,
  measureBatching,
  rollbackLeavesNoTrace,
  batchAttribution,
  batchedHostileRoundTrip,
  injectedStatementNeverRuns,
  templatedHostileRoundTrip,
  withSession,
} from './fixtures.js';

let root: string;
let driver: Driver;

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'revmeta-pg-connector-'));
  // A relative folder, resolved against the config's folder, created on first open.
  driver = postgres.createDriver({ service: 'warehouse', connection: { embedded: 'state/pgdata' }, configDir: root });
  await createRealisticSchema(driver);
});

afterAll(async () => {
  await driver?.close();
  await rm(root, { recursive: true, force: true });
});

describe('postgres connector on PGlite', () => {
  it('introspects a realistic schema into the exact tree', async () => {
    const result = await postgres.introspect(driver, { service: 'svc', databases: ['analytics', 'sales', 'no_such_db'] });
    expect(result.observed.databases).toEqual(REALISTIC_TREE);
    expect(result.server.version).toMatch(/^PostgreSQL \d+\.\d+$/);
    // pg_database + version, then 3 per database read.
    expect(result.queries).toBe(2 + 3 * 2);
  });

  it('reads every connectable non-template database for scope all', async () => {
    const result = await postgres.introspect(driver, { service: 'svc', databases: 'all' });
    expect(result.observed.databases.map((database) => database.name)).toEqual(['analytics', 'postgres', 'sales']);
    expect(result.queries).toBe(2 + 3 * 3);
  });

  it('reads only the schemas of the scope (matched case-insensitively), in the same queries', async () => {
    const result = await postgres.introspect(driver, { service: 'svc', databases: ['analytics'], schemas: { analytics: ['CORE', "mixed case.schema"] } });
    const analytics = REALISTIC_TREE.find((database) => database.name === 'analytics')!;
    expect(result.observed.databases).toEqual([{ ...analytics, children: analytics.children.filter((schema) => schema.name !== 'public') }]);
    expect(result.queries).toBe(2 + 3);
  });

  it('issues the same number of catalog queries for 3 and for 300 tables', async () => {
    const [small, large] = await measureBatching(driver);
    expect(small).toEqual({ tables: 3, queries: 5 });
    expect(large).toEqual({ tables: 300, queries: 5 });
  });

  it('round-trips every hostile value and identifier byte for byte', async () => {
    await hostileRoundTrip(driver);
  });

  it('round-trips a backslash value with standard_conforming_strings off', async () => {
    await legacyStringsRoundTrip(driver);
  });

  it('clears a description', async () => {
    await clearRoundTrip(driver);
  });

  it('runs a batch in one round trip and names the failing statement of a batch', async () => {
    await batchAttribution(driver);
  });

  it('writes every hostile value through a valid custom template in one batch', async () => {
    await templatedHostileRoundTrip(driver);
  });

  it('never runs a second statement a value starts, alone or in a batch', async () => {
    await injectedStatementNeverRuns(driver);
  });

  it('round-trips every hostile value written in one batch', async () => {
    await batchedHostileRoundTrip(driver);
  });

  it('rolls back DDL', async () => {
    await rollbackLeavesNoTrace(driver);
  });
});

describe('embedded driver', () => {
  it('reuses the engine for the same database and ends sessions of another', async () => {
    const first = await driver.open('analytics');
    const initial = await first.query('SHOW search_path');
    const again = await driver.open('analytics');
    // One engine, one connection: what one session sets, the other sees.
    await again.execute('SET search_path = core');
    await again.close();
    expect(await first.query('SHOW search_path')).toEqual([{ search_path: 'core' }]);
    await first.close();
    // The last session to close resets the connection, as a new connection would find it.
    const later = await driver.open('analytics');
    expect(await later.query('SHOW search_path')).toEqual(initial);
    const other = await driver.open('sales');
    await expect(later.query('SELECT 1')).rejects.toThrow(/ended: the driver has since opened another database/);
    await other.close();
    await later.close();
  });

  it('serialises overlapping opens of different databases', async () => {
    const [analytics, sales] = await Promise.all([driver.open('analytics'), driver.open('sales')]);
    await expect(analytics.query('SELECT 1')).rejects.toThrow(/ended/);
    expect(await sales.query('SELECT current_database() AS db')).toEqual([{ db: 'sales' }]);
    await analytics.close();
    await sales.close();
  });

  it('reads back text that begins with a byte order mark (PGlite decodes without keeping it by default)', async () => {
    const value = '\uFEFF\uFEFFbegins with two BOMs';
    const rows = await withSession(driver, 'sales', async (session) => {
      await session.execute(`COMMENT ON TABLE public.customers IS ${postgres.dialect.quoteLiteral(value)}`);
      try {
        return await session.query(`SELECT obj_description('public.customers'::regclass, 'pg_class') AS d, (SELECT '\uFEFF'::text) AS mark`);
      } finally {
        await session.execute('COMMENT ON TABLE public.customers IS NULL');
      }
    });
    expect(rows).toEqual([{ d: value, mark: '\uFEFF' }]);
  });

  it('returns the rows of the last statement of a multi-statement query', async () => {
    const rows = await withSession(driver, 'sales', (session) => session.query('SELECT 1 AS a; SELECT 2 AS b'));
    expect(rows).toEqual([{ b: 2 }]);
  });

  it('rolls back a transaction left open when its session closes', async () => {
    await withSession(driver, 'sales', async (session) => {
      await session.begin();
      await session.execute(`COMMENT ON TABLE public.customers IS 'left open'`);
    });
    const rows = await withSession(driver, 'sales', (session) =>
      session.query(`SELECT obj_description('public.customers'::regclass, 'pg_class') AS d`),
    );
    expect(rows).toEqual([{ d: null }]);
  });

  it('fails clearly on a database that does not exist', async () => {
    await expect(driver.open('nope')).rejects.toThrow(/embedded database "nope" does not exist in .*state\/pgdata/);
  });

  it('refuses a second holder of the same folder, and creates databases once released', async () => {
    const dir = path.join(root, 'state/pgdata');
    await expect(createEmbeddedDatabase(dir, 'made')).rejects.toThrow(/already open in this process/);
    await driver.close();
    expect(await createEmbeddedDatabase(dir, 'made')).toBe(true);
    expect(await createEmbeddedDatabase(dir, 'made')).toBe(false);
    const rows = await withSession(driver, 'made', (session) => session.query('SELECT current_database() AS db'));
    expect(rows).toEqual([{ db: 'made' }]);
  });

  it('keeps other processes out with a lock file, and takes over one a dead process left', async () => {
    const dir = path.join(root, 'state/pgdata');
    const lockFile = `${dir}.revmeta-lock`;
    await driver.close();
    const other = spawn('sleep', ['30']);
    try {
      await writeFile(lockFile, `${other.pid}\n`);
      await expect(withSession(driver, 'made', async () => undefined)).rejects.toThrow(
        new RegExp(`in use by another revmeta process \\(pid ${other.pid}\\)`),
      );
    } finally {
      other.kill();
    }
    await once(other, 'exit');
    // The holder is gone: its lock is stale and is taken over.
    const rows = await withSession(driver, 'made', (session) => session.query('SELECT 1 AS one'));
    expect(rows).toEqual([{ one: 1 }]);
    expect((await readFile(lockFile, 'utf8')).trim()).toBe(String(process.pid));
    await driver.close();
    await expect(readFile(lockFile, 'utf8')).rejects.toThrow(/ENOENT/);
  });
});

describe('the lock budget', () => {
  it('is half the shared lock table, never less than one session\'s share', () => {
    expect(lockBudgetOf(64, 100, 0)).toBe(3200); // PostgreSQL's defaults
    expect(lockBudgetOf(10, 20, 0)).toBe(100);
    expect(lockBudgetOf(64, 100, 100)).toBe(6400);
    expect(lockBudgetOf(64, 1, 0)).toBe(64);
    expect(lockBudgetOf(Number.NaN, 100, 0)).toBeUndefined();
  });

  it('is read from the server settings', async () => {
    await withSession(driver, 'analytics', async (session) => {
      const [row] = await session.query(
        "SELECT current_setting('max_locks_per_transaction')::int l, current_setting('max_connections')::int c, current_setting('max_prepared_transactions')::int p",
      );
      expect(await session.lockBudget!()).toBe(lockBudgetOf(Number(row!.l), Number(row!.c), Number(row!.p)));
    });
  });

  it('splits an apply on PGlite into transactions that commit on their own: a failure in the second keeps the first', async () => {
    await withSession(driver, 'analytics', (session) =>
      session.query('CREATE SCHEMA budget; CREATE TABLE budget.t1 (id int); CREATE TABLE budget.t2 (id int); CREATE TABLE budget.t3 (id int); CREATE TABLE budget.t4 (id int)'),
    );
    const comment = (table: string, sql = `COMMENT ON TABLE budget.${table} IS 'described'`): ChangeWithSql => ({
      service: 'warehouse',
      object: { kind: 'table', database: 'analytics', schema: 'budget', table },
      field: 'description',
      action: 'set',
      before: null,
      after: 'described',
      sql: [sql],
    });
    const small: Driver = { open: async (db) => ({ ...(await driver.open(db)), lockBudget: async () => 2 }), close: async () => undefined };
    const changes = [comment('t1'), comment('t2'), comment('t3'), comment('t4', 'COMMENT ON TABLE budget.no_such_table IS NULL')];
    const result = await applyChanges(withStatements(changes), new Map([['warehouse', { driver: small, capabilities: postgres.capabilities({ version: '' }) }]]));
    expect(result.results.map((r) => r.status)).toEqual(['applied', 'applied', 'not_run', 'failed']);
    expect(result.transactions?.map((t) => t.status)).toEqual(['committed', 'rolled_back']);
    const described = await withSession(driver, 'analytics', (session) =>
      session.query(`SELECT c.relname FROM pg_description d JOIN pg_class c ON c.oid = d.objoid JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'budget' ORDER BY 1`),
    );
    expect(described.map((row) => row.relname)).toEqual(['t1', 't2']);
  });
});
