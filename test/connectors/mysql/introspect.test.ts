/**
 * Introspection against a scripted driver: normalisation, scope, session use and query
 * counts, without an engine. The real catalog is exercised in mariadb.test.ts.
 */
import { describe, expect, it } from 'vitest';
import type { MysqlDriver } from '../../../src/connectors/mysql/driver.js';
import { mysql } from '../../../src/connectors/mysql/index.js';
import type { Driver, DriverSession } from '../../../src/connectors/types.js';

type Rows = Record<string, unknown>[];

const table = (schema: string, name: string, type: string, description = '') => ({
  row_kind: 'table',
  schema_name: schema,
  table_name: name,
  column_name: null,
  table_type: type,
  description,
  position: 0,
});
const column = (schema: string, tableName: string, name: string, position: number, description = '') => ({
  row_kind: 'column',
  schema_name: schema,
  table_name: tableName,
  column_name: name,
  table_type: null,
  description,
  position,
});

const SCHEMATA: Rows = [
  { name: 'shop', description: 'The shop' },
  { name: 'Shop', description: '' },
  { name: 'empty', description: null },
];

const SCHEMA_ROWS: Record<string, Rows> = {
  shop: [
    column('shop', 'orders', 'total', 2, 'Sum'),
    table('shop', 'orders', 'BASE TABLE', 'One row per order'),
    column('shop', 'orders', 'id', 1),
    table('shop', 'by_day', 'VIEW', 'VIEW'),
    column('shop', 'by_day', 'day', 1, 'Inherited'),
    table('shop', 'seq', 'SEQUENCE'),
    column('shop', 'seq', 'next_not_cached_value', 1),
    table('shop', 'history', 'SYSTEM VERSIONED', ''),
    // information_schema compares TABLE_SCHEMA case-insensitively: rows of `Shop` may come along.
    table('Shop', 'intruder', 'BASE TABLE'),
  ],
  Shop: [table('Shop', 'other', 'BASE TABLE')],
  empty: [],
};

/** Answers each catalog query by what it reads; records every open, query and close. */
function scriptedDriver(log: string[], version = '10.11.19-MariaDB-0+deb12u1', databaseName?: string): Driver {
  const answer = (sql: string): Rows => {
    if (sql.startsWith('SELECT VERSION()')) return [{ version }];
    if (sql.includes('FROM information_schema.SCHEMATA')) {
      log.push(sql.includes('SCHEMA_COMMENT') ? 'schemata with comments' : 'schemata');
      return SCHEMATA;
    }
    const schema = /TABLE_SCHEMA = '([^']*)'/.exec(sql)?.[1];
    if (schema !== undefined && sql.includes('UNION ALL')) return SCHEMA_ROWS[schema] ?? [];
    throw new Error(`unexpected query ${sql}`);
  };
  const session: DriverSession = {
    query: async (sql) => {
      log.push('query');
      return answer(sql);
    },
    execute: async () => undefined,
    begin: async () => undefined,
    commit: async () => undefined,
    rollback: async () => undefined,
    close: async () => void log.push('close'),
  };
  const driver: Driver = {
    open: async (database) => {
      log.push(`open ${database ?? '(server)'}`);
      return session;
    },
    close: async () => undefined,
  };
  if (databaseName === undefined) return driver;
  const named: MysqlDriver = { ...driver, databaseName };
  return named;
}

describe('mysql introspection', () => {
  it('--changed-since: reads only the scope\'s tables of a schema in one set-based query, and a schema with none by no query', async () => {
    const base = scriptedDriver([]);
    const seen: string[] = [];
    const driver: Driver = {
      open: async (database) => {
        const session = await base.open(database);
        return { ...session, query: async (sql: string) => (seen.push(sql), session.query(sql)) };
      },
      close: () => base.close(),
    };
    const result = await mysql.introspect(driver, {
      service: 'svc',
      databases: ['default'],
      schemas: { default: ['shop', 'empty'] },
      tables: { default: [['shop', 'Orders'], ['SHOP', 'by_day']] },
    });
    const reads = seen.filter((sql) => sql.includes('UNION ALL'));
    // `shop` and `Shop` (names match case-insensitively), each narrowed; `empty` names no table: not read.
    expect(reads.map((sql) => /TABLE_SCHEMA = '([^']*)'/.exec(sql)![1])).toEqual(['shop', 'Shop']);
    for (const sql of reads) expect(sql.match(/AND LOWER\(TABLE_NAME\) IN \('orders', 'by_day'\)/g)).toHaveLength(2);
    const schemas = result.observed.databases[0]!.children;
    expect(schemas.map((schema) => [schema.name, schema.children.length])).toEqual([['Shop', 1], ['empty', 0], ['shop', 3]]);
  });

  it('builds service → database (databaseName) → schema → table → column, normalised and sorted, schemas of either case', async () => {
    const result = await mysql.introspect(scriptedDriver([]), { service: 'svc', databases: ['default'], schemas: { default: ['shop'] } });
    expect(result.server).toEqual({ version: 'MariaDB 10.11.19' });
    expect(result.observed).toEqual({
      service: 'svc',
      databases: [
        {
          kind: 'database',
          name: 'default',
          description: null,
          owner: null,
          tags: {},
          children: [
            {
              kind: 'schema',
              name: 'Shop',
              description: null,
              owner: null,
              tags: {},
              children: [{ kind: 'table', name: 'other', relation: 'table', description: null, owner: null, tags: {}, children: [] }],
            },
            {
              kind: 'schema',
              name: 'shop',
              description: 'The shop',
              owner: null,
              tags: {},
              children: [
                {
                  kind: 'table',
                  name: 'by_day',
                  relation: 'view',
                  description: null,
                  owner: null,
                  tags: {},
                  children: [{ kind: 'column', name: 'day', description: 'Inherited', owner: null, tags: {}, children: [] }],
                },
                { kind: 'table', name: 'history', relation: 'table', description: null, owner: null, tags: {}, children: [] },
                {
                  kind: 'table',
                  name: 'orders',
                  relation: 'table',
                  description: 'One row per order',
                  owner: null,
                  tags: {},
                  children: [
                    { kind: 'column', name: 'id', description: null, owner: null, tags: {}, children: [] },
                    { kind: 'column', name: 'total', description: 'Sum', owner: null, tags: {}, children: [] },
                  ],
                },
              ],
            },
          ],
        },
      ],
    });
  });

  it('issues the version and schemata queries, then one per schema, on one session', async () => {
    const log: string[] = [];
    const result = await mysql.introspect(scriptedDriver(log), { service: 'svc', databases: ['default'] });
    expect(result.observed.databases[0]!.children.map((s) => [s.name, s.description])).toEqual([
      ['Shop', null],
      ['empty', null],
      ['shop', 'The shop'],
    ]);
    expect(log).toEqual(['open (server)', 'query', 'query', 'schemata with comments', 'query', 'query', 'query', 'close']);
    expect(result.queries).toBe(2 + 3);
  });

  it('reads the schemas the manifests name, case-insensitively, and no others', async () => {
    const result = await mysql.introspect(scriptedDriver([]), { service: 'svc', databases: ['DEFAULT'], schemas: { Default: ['SHOP'] } });
    expect(result.observed.databases[0]!.children.map((s) => s.name)).toEqual(['Shop', 'shop']);
    expect(result.queries).toBe(2 + 2);
    const none = await mysql.introspect(scriptedDriver([]), { service: 'svc', databases: ['default'], schemas: { default: [] } });
    expect(none.observed.databases[0]!.children).toEqual([]);
    expect(none.queries).toBe(2);
  });

  it('names the database level after connection.databaseName, and reads nothing for another', async () => {
    const named = await mysql.introspect(scriptedDriver([], undefined, 'Prod'), { service: 'svc', databases: ['prod'], schemas: { prod: ['empty'] } });
    expect(named.observed.databases.map((d) => d.name)).toEqual(['Prod']);
    const other = await mysql.introspect(scriptedDriver([], undefined, 'Prod'), { service: 'svc', databases: ['default'] });
    expect(other.observed.databases).toEqual([]);
    expect(other.queries).toBe(1);
    const all = await mysql.introspect(scriptedDriver([], undefined, 'Prod'), { service: 'svc', databases: 'all', schemas: { prod: ['empty'] } });
    expect(all.observed.databases.map((d) => d.name)).toEqual(['Prod']);
  });

  it('reads no schema comments from MySQL', async () => {
    const log: string[] = [];
    const result = await mysql.introspect(scriptedDriver(log, '8.0.36'), { service: 'svc', databases: ['default'], schemas: { default: ['empty'] } });
    expect(result.server.version).toBe('MySQL 8.0.36');
    expect(log).toContain('schemata');
  });

  it('closes the session when a query fails', async () => {
    const log: string[] = [];
    const broken = scriptedDriver(log, 42 as unknown as string);
    await expect(mysql.introspect(broken, { service: 'svc', databases: 'all' })).rejects.toThrow(/not text/);
    expect(log.at(-1)).toBe('close');
  });
});
