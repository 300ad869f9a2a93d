/**
 * Introspection against recorded catalog rows, without an engine: which queries it sends
 * for the catalog columns a version has (18.16 has no `system.tables.comment`), how it
 * filters by scope, and how it assembles the tree. The engines prove the same end to end.
 */
import { describe, expect, it } from 'vitest';
import { clickhouse } from '../../../src/connectors/clickhouse/index.js';
import type { Driver, DriverSession, IntrospectScope } from '../../../src/connectors/types.js';

type Row = Record<string, unknown>;

/** system.columns of system.{databases,tables,columns} on 18.16 (no comment on tables or databases, no position). */
const CATALOG_18_16: Row[] = [
  ...['name', 'engine', 'data_path', 'metadata_path'].map((name) => ({ table: 'databases', name })),
  ...['database', 'name', 'engine', 'is_temporary', 'create_table_query'].map((name) => ({ table: 'tables', name })),
  ...['database', 'table', 'name', 'type', 'comment'].map((name) => ({ table: 'columns', name })),
];

const CATALOG_MODERN: Row[] = [
  ...CATALOG_18_16,
  { table: 'databases', name: 'comment' },
  { table: 'tables', name: 'comment' },
  { table: 'columns', name: 'position' },
];

interface Recorded {
  driver: Driver & { databaseName: string };
  sql: string[];
  opened: (string | undefined)[];
}

/** A driver answering from canned rows by the table a query reads; every query is recorded. */
function fakeDriver(version: string, catalog: Row[], rows: { databases: Row[]; tables: Row[]; columns: Row[] }, databaseName = 'default'): Recorded {
  const sql: string[] = [];
  const opened: (string | undefined)[] = [];
  const answer = (query: string): Row[] => {
    sql.push(query);
    if (query.startsWith('SELECT version()')) return [{ version }];
    if (query.includes("WHERE database = 'system'")) return catalog;
    if (query.includes('FROM system.databases')) return rows.databases;
    if (query.includes('FROM system.tables')) return rows.tables;
    if (query.includes('FROM system.columns')) return rows.columns;
    throw new Error(`unexpected query ${query}`);
  };
  const session: DriverSession = {
    query: async (query) => answer(query),
    execute: async () => undefined,
    begin: async () => undefined,
    commit: async () => undefined,
    rollback: async () => undefined,
    close: async () => undefined,
  };
  return {
    sql,
    opened,
    driver: {
      databaseName,
      open: async (database) => {
        opened.push(database);
        return session;
      },
      close: async () => undefined,
    },
  };
}

const ROWS = {
  databases: [
    { name: 'analytics', comment: '' },
    { name: 'Staging', comment: 'Raw loads' },
    { name: 'default', comment: '' },
  ],
  tables: [
    { database: 'analytics', name: 'orders', engine: 'MergeTree', comment: 'One row per order' },
    { database: 'analytics', name: 'daily', engine: 'MaterializedView', comment: '' },
    { database: 'analytics', name: '.inner.daily', engine: 'MergeTree', comment: '' },
    { database: 'analytics', name: '.inner_id.5f2c-uuid', engine: 'MergeTree', comment: '' },
    { database: 'analytics', name: 'emails', engine: 'View', comment: '' },
    { database: 'analytics', name: 'live', engine: 'LiveView', comment: '' },
    { database: 'analytics', name: 'dict', engine: 'Dictionary', comment: '' },
    { database: 'Staging', name: 'loads', engine: 'Memory', comment: '' },
  ],
  columns: [
    { database: 'analytics', table: 'orders', name: 'id', comment: 'Key', position: '1' },
    { database: 'analytics', table: 'orders', name: 'amount', comment: '', position: '2' },
    { database: 'analytics', table: '.inner.daily', name: 'n', comment: '', position: '1' },
    { database: 'analytics', table: 'daily', name: 'n', comment: '', position: '1' },
    { database: 'Staging', table: 'loads', name: 'raw', comment: 'As loaded', position: '1' },
  ],
};

const ALL: IntrospectScope = { service: 'svc', databases: 'all' };

describe('clickhouse introspection queries', () => {
  it('reads only the catalog columns 18.16 has', async () => {
    const { driver, sql } = fakeDriver('18.16.1', CATALOG_18_16, ROWS);
    await clickhouse.introspect(driver, ALL);
    expect(sql).toHaveLength(5);
    const [version, catalog, databases, tables, columns] = sql;
    expect(version).toBe('SELECT version() AS version');
    expect(catalog).toContain("table IN ('databases', 'tables', 'columns')");
    expect(databases).toBe(
      "SELECT name, '' AS comment FROM system.databases WHERE name NOT IN ('system', 'INFORMATION_SCHEMA', 'information_schema')",
    );
    expect(tables).toContain("SELECT database, name, engine, '' AS comment FROM system.tables");
    expect(tables).toContain("WHERE database IN ('Staging', 'analytics', 'default') AND NOT is_temporary");
    expect(columns).toContain('SELECT database, table, name, comment FROM system.columns');
    expect(columns).not.toContain('position');
  });

  it('reads comments and positions where the catalog has them', async () => {
    const { driver, sql } = fakeDriver('26.7.2.1', CATALOG_MODERN, ROWS);
    await clickhouse.introspect(driver, ALL);
    expect(sql[2]).toContain('SELECT name, comment FROM system.databases');
    expect(sql[3]).toContain('SELECT database, name, engine, comment FROM system.tables');
    expect(sql[4]).toContain('SELECT database, table, name, comment, position FROM system.columns');
    expect(sql[4]).toContain('ORDER BY database, table, position');
  });

  it('quotes schema names in its lists as literals', async () => {
    const rows = { databases: [{ name: "it's \\ odd", comment: '' }], tables: [], columns: [] };
    const { driver, sql } = fakeDriver('26.7.2.1', CATALOG_MODERN, rows);
    await clickhouse.introspect(driver, ALL);
    expect(sql[3]).toContain("WHERE database IN ('it\\'s \\\\ odd')");
  });

  it('reads only the version when the scope does not name databaseName', async () => {
    const { driver, sql, opened } = fakeDriver('18.16.1', CATALOG_18_16, ROWS, 'Warehouse');
    const result = await clickhouse.introspect(driver, { service: 'svc', databases: ['default'] });
    expect(result).toEqual({ observed: { service: 'svc', databases: [] }, server: { version: 'ClickHouse 18.16.1' }, queries: 1 });
    expect(sql).toEqual(['SELECT version() AS version']);
    expect(opened).toEqual(['Warehouse']);
  });

  it('skips the table and column queries when no schema of the scope exists', async () => {
    const { driver, sql } = fakeDriver('18.16.1', CATALOG_18_16, ROWS);
    const result = await clickhouse.introspect(driver, { service: 'svc', databases: ['default'], schemas: { default: ['nope'] } });
    expect(result.observed.databases).toEqual([{ kind: 'database', name: 'default', description: null, owner: null, tags: {}, children: [] }]);
    expect(sql).toHaveLength(3);
  });
});

describe('clickhouse introspection tree', () => {
  it('assembles schemas, relations and columns; leaves out inner tables of materialized views', async () => {
    const { driver } = fakeDriver('26.7.2.1', CATALOG_MODERN, ROWS);
    const result = await clickhouse.introspect(driver, { service: 'svc', databases: ['DEFAULT'], schemas: { Default: ['ANALYTICS', 'staging'] } });
    expect(result.server).toEqual({ version: 'ClickHouse 26.7.2.1' });
    const node = (kind: string, name: string, description: string | null, children: unknown[] = [], relation?: string) => ({
      kind,
      name,
      ...(relation ? { relation } : {}),
      description,
      owner: null,
      tags: {},
      children,
    });
    expect(result.observed.databases).toEqual([
      node('database', 'default', null, [
        node('schema', 'Staging', 'Raw loads', [node('table', 'loads', null, [node('column', 'raw', 'As loaded')], 'table')]),
        node('schema', 'analytics', null, [
          node('table', 'daily', null, [node('column', 'n', null)], 'materialized_view'),
          node('table', 'dict', null, [], 'table'),
          node('table', 'emails', null, [], 'view'),
          node('table', 'live', null, [], 'view'),
          node('table', 'orders', 'One row per order', [node('column', 'id', 'Key'), node('column', 'amount', null)], 'table'),
        ]),
      ]),
    ]);
  });
});
