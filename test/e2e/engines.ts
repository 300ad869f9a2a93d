/**
 * The real engines the end-to-end tests run against, behind one small interface: set up
 * databases, read the catalog back, and the `connection:` block revmeta should use.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import { createExactPglite } from '../../src/connectors/postgres/pglite.js';
import pg from 'pg';
import { afterAll, beforeAll } from 'vitest';
import { startPostgres } from '../engines/postgres.js';

export interface TestEngine {
  name: string;
  /** The `connection:` block of a revmeta service on this engine. */
  connection: Record<string, unknown>;
  createDatabase(name: string): Promise<void>;
  exec(database: string, sql: string): Promise<void>;
  query<T = Record<string, unknown>>(database: string, sql: string): Promise<T[]>;
  close(): Promise<void>;
}

/** PGlite persisted in a temp folder; opened per call, as revmeta itself opens it (one instance per folder). */
export async function pgliteEngine(): Promise<TestEngine> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'revmeta-pglite-'));
  const dataDir = path.join(root, 'pgdata');
  const withDb = async <T>(database: string, run: (db: PGlite) => Promise<T>): Promise<T> => {
    const db = await createExactPglite(dataDir, { database });
    try {
      return await run(db);
    } finally {
      await db.close();
    }
  };
  await withDb('postgres', async () => undefined);
  return {
    name: 'PGlite',
    connection: { embedded: dataDir },
    createDatabase: (name) => withDb('postgres', async (db) => void (await db.exec(`CREATE DATABASE "${name}"`))),
    exec: (database, sql) => withDb(database, async (db) => void (await db.exec(sql))),
    query: (database, sql) => withDb(database, async (db) => (await db.query(sql)).rows as never),
    close: () => rm(root, { recursive: true, force: true }),
  };
}

/**
 * Debian's PostgreSQL 15 started by test/engines/postgres.sh, with server `settings` if given;
 * a skip reason when it cannot run here (never under CI).
 */
export async function postgres15Engine(settings: Record<string, string | number> = {}): Promise<TestEngine | { skip: string }> {
  const server = await startPostgres(settings);
  if ('skip' in server) return server;
  const client = async <T>(database: string, run: (c: pg.Client) => Promise<T>): Promise<T> => {
    const c = new pg.Client({ host: '127.0.0.1', port: server.port, user: 'postgres', database });
    await c.connect();
    try {
      return await run(c);
    } finally {
      await c.end();
    }
  };
  return {
    name: 'PostgreSQL 15',
    connection: { host: '127.0.0.1', port: server.port, user: 'postgres', database: 'postgres' },
    createDatabase: (name) => client('postgres', async (c) => void (await c.query(`CREATE DATABASE "${name}"`))),
    exec: (database, sql) => client(database, async (c) => void (await c.query(sql))),
    query: (database, sql) => client(database, async (c) => (await c.query(sql)).rows),
    close: () => server.stop(),
  };
}

/**
 * The engine of a describe block: started before its tests (`timeoutMs` for a server that
 * starts slowly), then `setUp` (the block's databases and roles), closed after them even when
 * the set-up fails; `skip` says why it could not start.
 */
export function useEngine(
  start: () => Promise<TestEngine | { skip: string }>,
  timeoutMs?: number,
  setUp?: (engine: TestEngine) => Promise<void>,
): { readonly engine: TestEngine | undefined; readonly skip: string } {
  const state: { engine: TestEngine | undefined; skip: string } = { engine: undefined, skip: '' };
  beforeAll(async () => {
    const started = await start();
    if ('skip' in started) state.skip = started.skip;
    else {
      state.engine = started;
      await setUp?.(started);
    }
  }, timeoutMs);
  afterAll(async () => {
    await state.engine?.close();
  });
  return state;
}
