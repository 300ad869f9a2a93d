/**
 * A relation kind a catalog reports and revmeta does not know is never taken for a table:
 * introspection marks it `unknown` with the catalog's own word, and the planner turns that
 * into an `unknown-relation` warning naming it (Snowflake's and BigQuery's own tests cover
 * theirs). PostgreSQL, Redshift, SQL Server and Oracle read only the kinds they know, by
 * their catalog queries, so nothing else reaches them.
 */
import { describe, expect, it } from 'vitest';
import { tableNode } from '../../src/connectors/athena/introspect.js';
import { clickhouse } from '../../src/connectors/clickhouse/index.js';
import { parseTableDescription } from '../../src/connectors/databricks/introspect.js';
import { mysql } from '../../src/connectors/mysql/index.js';
import { assemble } from '../../src/connectors/unitycatalog/introspect.js';
import type { Driver, DriverSession } from '../../src/connectors/types.js';
import type { DesiredNode, ObservedNode } from '../../src/model/types.js';
import { planService } from '../../src/plan/plan.js';

type Row = Record<string, unknown>;

/** A driver answering each catalog query from `answer`. */
function scripted(answer: (sql: string) => Row[]): Driver {
  const session: DriverSession = {
    query: async (sql) => answer(sql),
    execute: async () => undefined,
    begin: async () => undefined,
    commit: async () => undefined,
    rollback: async () => undefined,
    close: async () => undefined,
  };
  return { open: async () => session, close: async () => undefined };
}

/** The relation (and the catalog's word for an unknown one) of each table-level node, by name. */
function relations(nodes: readonly ObservedNode[]): Record<string, string> {
  const found: Record<string, string> = {};
  const walk = (node: ObservedNode) => {
    if (node.kind === 'table') found[node.name] = node.relation === 'unknown' ? `unknown: ${node.relationName}` : String(node.relation);
    node.children.forEach(walk);
  };
  nodes.forEach(walk);
  return found;
}

describe('a catalog kind revmeta does not know is reported as unknown, by name', () => {
  it('clickhouse: an engine that is not a known table, view or materialized view engine', async () => {
    const catalog = [
      ...['name', 'comment'].map((name) => ({ table: 'databases', name })),
      ...['database', 'name', 'engine', 'comment'].map((name) => ({ table: 'tables', name })),
      ...['database', 'table', 'name', 'comment', 'position'].map((name) => ({ table: 'columns', name })),
    ];
    const tables = [
      { database: 'analytics', name: 'orders', engine: 'ReplicatedReplacingMergeTree', comment: '' },
      { database: 'analytics', name: 'shared', engine: 'SharedMergeTree', comment: '' },
      { database: 'analytics', name: 'events', engine: 'Kafka', comment: '' },
      { database: 'analytics', name: 'lake', engine: 'IcebergS3', comment: '' },
      { database: 'analytics', name: 'future', engine: 'QuantumStorage', comment: '' },
      { database: 'analytics', name: 'daily', engine: 'MaterializedView', comment: '' },
    ];
    const driver = scripted((sql) => {
      if (sql.startsWith('SELECT version()')) return [{ version: '26.7.2.1' }];
      if (sql.includes("WHERE database = 'system'")) return catalog;
      if (sql.includes('FROM system.databases')) return [{ name: 'analytics', comment: '' }];
      if (sql.includes('FROM system.tables')) return tables;
      if (sql.includes('FROM system.columns')) return [];
      throw new Error(`unexpected query ${sql}`);
    });
    const result = await clickhouse.introspect(driver, { service: 'svc', databases: ['default'], schemas: { default: ['analytics'] } });
    expect(relations(result.observed.databases)).toEqual({
      orders: 'table',
      shared: 'table',
      events: 'table',
      lake: 'table',
      future: 'unknown: QuantumStorage',
      daily: 'materialized_view',
    });

    // Planned: a warning naming the engine, and nothing for the relation or its columns.
    const here = { file: 'm.yaml', line: 1, column: 1 };
    const want = (kind: DesiredNode['kind'], name: string, description: string | undefined, children: DesiredNode[] = []): DesiredNode => ({
      kind,
      name,
      fields: description === undefined ? {} : { description },
      children,
      location: here,
      fieldLocations: {},
    });
    const planned = planService({
      name: 'svc',
      type: 'clickhouse',
      desired: { name: 'svc', databases: [want('database', 'default', undefined, [want('schema', 'analytics', undefined, [want('table', 'future', 'Quantum', [want('column', 'id', 'Key')])])])] },
      observed: result.observed,
      capabilities: clickhouse.capabilities(result.server),
      dialect: clickhouse.dialect,
      policy: {},
    });
    expect(planned.changes).toEqual([]);
    expect(planned.warnings.map((warning) => [warning.code, warning.message])).toEqual([
      ['unknown-relation', 'clickhouse reports default.analytics.future as a "QuantumStorage" relation, a kind revmeta does not know: nothing is planned for it or its columns'],
    ]);
  });

  it('mysql: a TABLE_TYPE other than a table, a view, or a sequence or temporary table (left out)', async () => {
    const row = (name: string, type: string) => ({ row_kind: 'table', schema_name: 'shop', table_name: name, column_name: null, table_type: type, description: '', position: 0 });
    const driver = scripted((sql) => {
      if (sql.startsWith('SELECT VERSION()')) return [{ version: '10.11.19-MariaDB' }];
      if (sql.includes('FROM information_schema.SCHEMATA')) return [{ name: 'shop', description: '' }];
      if (sql.includes('UNION ALL')) return [row('orders', 'BASE TABLE'), row('by_day', 'VIEW'), row('seq', 'SEQUENCE'), row('tmp', 'TEMPORARY'), row('ledger', 'LEDGER TABLE')];
      throw new Error(`unexpected query ${sql}`);
    });
    const result = await mysql.introspect(driver, { service: 'svc', databases: ['default'], schemas: { default: ['shop'] } });
    expect(relations(result.observed.databases)).toEqual({ orders: 'table', by_day: 'view', ledger: 'unknown: LEDGER TABLE' });
  });

  it('databricks (Hive metastore): a DESCRIBE TABLE EXTENDED Type other than MANAGED, EXTERNAL, VIEW or MATERIALIZED_VIEW', () => {
    const described = (type: string) => [
      { col_name: 'id', data_type: 'int', comment: null },
      { col_name: '', data_type: '', comment: '' },
      { col_name: '# Detailed Table Information', data_type: '', comment: '' },
      { col_name: 'Type', data_type: type, comment: '' },
    ];
    expect(parseTableDescription('t', described('MANAGED'))).toMatchObject({ relation: 'table' });
    expect(parseTableDescription('t', described('STREAMING_TABLE'))).toMatchObject({ relation: 'unknown', relationName: 'STREAMING_TABLE' });
  });

  it('unitycatalog: a table_type other than those information_schema.tables documents', () => {
    const table = (name: string, type: string | null) => ({ table_catalog: 'main', table_schema: 'sales', table_name: name, table_type: type, table_owner: null, comment: null });
    const { databases } = assemble({
      catalogs: [{ catalog_name: 'main', comment: null, catalog_owner: null }],
      catalogTags: [],
      schemata: [{ catalog_name: 'main', schema_name: 'sales', comment: null, schema_owner: null }],
      schemaTags: [],
      tables: [
        table('managed', 'MANAGED'),
        table('clone', 'MANAGED_SHALLOW_CLONE'),
        table('stream', 'STREAMING_TABLE'),
        table('untyped', null),
        table('mv', 'MATERIALIZED_VIEW'),
        table('future', 'VECTOR_INDEX'),
      ],
      tableTags: [],
      columns: [],
      columnTags: [],
    });
    expect(relations(databases)).toEqual({
      managed: 'table',
      clone: 'table',
      stream: 'table',
      untyped: 'table',
      mv: 'materialized_view',
      future: 'unknown: VECTOR_INDEX',
    });
  });

  it('athena (Glue): a TableType other than EXTERNAL_TABLE, MANAGED_TABLE or VIRTUAL_VIEW', () => {
    expect(tableNode({ Name: 'hive', TableType: 'EXTERNAL_TABLE' })).toMatchObject({ relation: 'table' });
    expect(tableNode({ Name: 'managed', TableType: 'MANAGED_TABLE' })).toMatchObject({ relation: 'table' });
    expect(tableNode({ Name: 'untyped' })).toMatchObject({ relation: 'table' });
    expect(tableNode({ Name: 'governed', TableType: 'GOVERNED' })).toMatchObject({ relation: 'unknown', relationName: 'GOVERNED' });
  });
});
