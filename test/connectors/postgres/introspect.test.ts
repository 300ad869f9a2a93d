/**
 * Introspection against a scripted driver: normalisation, scope, session use and query
 * counts, without an engine. The real catalogs are exercised in pglite/pg15.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { postgres } from '../../../src/connectors/postgres/index.js';
import type { Driver, DriverSession } from '../../../src/connectors/types.js';

type Rows = Record<string, unknown>[];

interface Catalog {
  databases: Rows;
  schemas: Rows;
  relations: Rows;
  columns: Rows;
}

/** Answers each catalog query by what it reads; records every open, query and close. */
function scriptedDriver(catalog: Catalog, log: string[]): Driver {
  const answer = (sql: string): Rows => {
    if (sql.includes('FROM pg_database')) return catalog.databases;
    if (sql.startsWith('SHOW server_version')) return [{ server_version: '16.4 (Ubuntu 16.4-1)' }];
    if (sql.includes('FROM pg_attribute')) return catalog.columns;
    if (sql.includes('FROM pg_class')) return catalog.relations;
    if (sql.includes('FROM pg_namespace')) return catalog.schemas;
    throw new Error(`unexpected query ${sql}`);
  };
  const session = (database: string): DriverSession => ({
    query: async (sql) => {
      log.push(`query ${database}`);
      return answer(sql);
    },
    execute: async () => undefined,
    begin: async () => undefined,
    commit: async () => undefined,
    rollback: async () => undefined,
    close: async () => void log.push(`close ${database}`),
  });
  return {
    open: async (database = 'postgres') => {
      log.push(`open ${database}`);
      return session(database);
    },
    close: async () => undefined,
  };
}

const database = (name: string, extra: Record<string, unknown> = {}) => ({
  name,
  description: null,
  owner: 'postgres',
  current: false,
  connectable: true,
  ...extra,
});

const CATALOG: Catalog = {
  databases: [
    database('zeta', { description: '' }),
    database('postgres', { current: true, description: 'default administrative connection database' }),
    database('alpha', { description: 'First' }),
    database('locked', { connectable: false }),
  ],
  schemas: [
    { name: 'public', description: '', owner: 'pg_database_owner' },
    { name: 'Core', description: 'Core tables', owner: 'dp' },
  ],
  relations: [
    { schema: 'public', name: 'b', kind: 'v', description: null, owner: 'dp' },
    { schema: 'public', name: 'a', kind: 'p', description: '', owner: 'dp' },
    { schema: 'Core', name: 'm', kind: 'm', description: 'Rollup', owner: 'dp' },
    { schema: 'Core', name: 'f', kind: 'f', description: null, owner: 'dp' },
    { schema: 'Core', name: 'r', kind: 'r', description: null, owner: 'dp' },
  ],
  columns: [
    { schema: 'public', relation: 'a', name: 'second', position: 2, description: '' },
    { schema: 'public', relation: 'a', name: 'first', position: 1, description: 'One' },
    { schema: 'Core', relation: 'r', name: 'z', position: 1, description: null },
  ],
};

describe('postgres introspection', () => {
  it('reads a database named with other case, so the planner can match it', async () => {
    const result = await postgres.introspect(scriptedDriver(CATALOG, []), { service: 'svc', databases: ['ALPHA'] });
    expect(result.observed.databases.map((database) => database.name)).toEqual(['alpha']);
    expect(result.observed.service).toBe('svc');
  });

  it('normalises empty comments, sorts by name (columns by position) and names relation kinds', async () => {
    const log: string[] = [];
    const result = await postgres.introspect(scriptedDriver(CATALOG, log), { service: 'svc', databases: ['alpha'] });
    expect(result.server).toEqual({ version: 'PostgreSQL 16.4' });
    const [alpha] = result.observed.databases;
    expect(alpha).toMatchObject({ name: 'alpha', description: 'First', owner: 'postgres', tags: {} });
    expect(alpha!.children.map((s) => [s.name, s.description])).toEqual([
      ['Core', 'Core tables'],
      ['public', null],
    ]);
    const [core, pub] = alpha!.children;
    expect(core!.children.map((t) => [t.name, t.relation])).toEqual([
      ['f', 'foreign_table'],
      ['m', 'materialized_view'],
      ['r', 'table'],
    ]);
    expect(pub!.children.map((t) => [t.name, t.relation, t.description])).toEqual([
      ['a', 'partitioned_table', null],
      ['b', 'view', null],
    ]);
    expect(pub!.children[0]!.children).toEqual([
      { kind: 'column', name: 'first', description: 'One', owner: null, tags: {}, children: [] },
      { kind: 'column', name: 'second', description: null, owner: null, tags: {}, children: [] },
    ]);
  });

  it('reads the first session’s own database on that session and counts every query', async () => {
    const log: string[] = [];
    const result = await postgres.introspect(scriptedDriver(CATALOG, log), { service: 'svc', databases: ['zeta', 'postgres', 'missing'] });
    expect(result.observed.databases.map((d) => [d.name, d.description])).toEqual([
      ['postgres', 'default administrative connection database'],
      ['zeta', null],
    ]);
    expect(log).toEqual([
      'open postgres',
      ...Array(5).fill('query postgres'),
      'close postgres',
      'open zeta',
      ...Array(3).fill('query zeta'),
      'close zeta',
    ]);
    expect(result.queries).toBe(8);
  });

  it('reads only connectable databases for scope all, but tries a named one', async () => {
    const all = await postgres.introspect(scriptedDriver(CATALOG, []), { service: 'svc', databases: 'all' });
    expect(all.observed.databases.map((d) => d.name)).toEqual(['alpha', 'postgres', 'zeta']);
    expect(all.queries).toBe(2 + 3 * 3);
    const named = await postgres.introspect(scriptedDriver(CATALOG, []), { service: 'svc', databases: ['locked'] });
    expect(named.observed.databases.map((d) => d.name)).toEqual(['locked']);
  });

  it('closes the first session when a query fails', async () => {
    const log: string[] = [];
    const broken = scriptedDriver({ ...CATALOG, databases: [{ name: 42 }] }, log);
    await expect(postgres.introspect(broken, { service: 'svc', databases: 'all' })).rejects.toThrow(/not text/);
    expect(log.at(-1)).toBe('close postgres');
  });
});
