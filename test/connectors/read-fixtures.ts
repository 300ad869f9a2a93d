/**
 * Drivers that answer a connector's `readCompileContext` from fixture rows, for objects of any
 * name: what the contract test needs to compile statements that restate current state (Glue's
 * table input, BigQuery's labels and nested schema, MySQL's column definitions) or depend on
 * it (Snowflake's tag settings, Unity Catalog's streaming tables) for the hostile corpus. Each answers the way the real driver's reads do, in
 * the shape its connector's own tests record, for exactly the objects the changes name.
 */
import { createDriver as createSnowflakeDriver } from '../../src/connectors/snowflake/driver.js';
import { columnPath } from '../../src/connectors/bigquery/sql.js';
import type { SchemaField } from '../../src/connectors/bigquery/sql.js';
import { quoteIdentifier as mysqlIdentifier } from '../../src/connectors/mysql/sql.js';
import type { Driver, DriverSession } from '../../src/connectors/types.js';
import type { Change } from '../../src/model/change.js';

const noSql = (system: string): DriverSession => ({
  query: async () => {
    throw new Error(`the ${system} read fixture answers no such query`);
  },
  execute: async () => {
    throw new Error('a read fixture runs no statement');
  },
  begin: async () => undefined,
  commit: async () => undefined,
  rollback: async () => undefined,
  close: async () => undefined,
});

/** The columns the changes name on this table (by the planner's column reference). */
function columnsOf(changes: readonly Change[], schema: string, table: string): string[] {
  const names = changes
    .filter((change) => change.object.kind === 'column' && change.object.schema === schema && change.object.table === table)
    .map((change) => change.object.column!);
  return [...new Set(names)];
}

/** Glue GetTable, as test/connectors/athena/driver.test.ts's fake answers it: a Hive table holding the changed columns. */
function athenaDriver(changes: readonly Change[]): Driver {
  const table = async (database: string, name: string) => ({
    Name: name,
    DatabaseName: database,
    VersionId: '4',
    TableType: 'EXTERNAL_TABLE',
    Parameters: { EXTERNAL: 'TRUE', comment: 'old' },
    PartitionKeys: [{ Name: 'dt', Type: 'string' }],
    StorageDescriptor: { Columns: columnsOf(changes, database, name).map((column) => ({ Name: column, Type: 'string', Comment: 'old' })) },
  });
  const catalog = { requests: 0, databases: async () => [], tables: async () => [], table };
  return { databaseName: 'AwsDataCatalog', catalogId: undefined, catalog: async () => catalog, open: async () => noSql('athena'), close: async () => undefined } as Driver;
}

/** The schema `tables.get` returns: every changed column at its path (nested ones as RECORDs), plus one unchanged. */
function bigQueryFields(columns: readonly string[]): SchemaField[] {
  const root: SchemaField[] = [{ name: 'untouched', type: 'INT64', mode: 'REQUIRED' }];
  for (const reference of columns) {
    const path = columnPath({ kind: 'column', database: 'p', schema: 'd', table: 't', column: reference });
    let level = root;
    for (const [depth, name] of path.entries()) {
      let field = level.find((candidate) => candidate.name === name);
      if (!field) {
        field = { name, type: 'STRING', description: 'old' };
        level.push(field);
      }
      if (depth < path.length - 1) {
        field.type = 'RECORD';
        field.fields ??= [];
        level = field.fields;
      }
    }
  }
  return root;
}

/** `datasets.get` / `tables.get` as test/connectors/bigquery's fake answers them: an unmanaged label kept, the etag, the schema. */
function bigqueryDriver(changes: readonly Change[]): Driver {
  return {
    listDatasets: async () => [],
    getDataset: async () => ({ etag: '"1"', labels: { unmanaged: 'kept' } }),
    getTable: async (_project: string, dataset: string, table: string) => ({
      etag: '"1"',
      labels: { unmanaged: 'kept' },
      schema: { fields: bigQueryFields(columnsOf(changes, dataset, table)) },
    }),
    open: async () => noSql('bigquery'),
    close: async () => undefined,
  } as unknown as Driver;
}

/** SHOW CREATE TABLE as MySQL 8 prints it: each changed column with a definition and an old comment. */
function mysqlDriver(changes: readonly Change[]): Driver {
  const session: DriverSession = {
    ...noSql('mysql'),
    query: async (sql) => {
      const table = changes.find((change) => sql === `SHOW CREATE TABLE ${mysqlIdentifier(change.object.schema!)}.${mysqlIdentifier(change.object.table!)}`);
      if (!table) throw new Error(`the mysql read fixture answers SHOW CREATE TABLE of a changed table only, not ${sql}`);
      const { schema, table: name } = table.object;
      const columns = columnsOf(changes, schema!, name!).map((column) => `  ${mysqlIdentifier(column)} varchar(64) COLLATE utf8mb4_bin NOT NULL DEFAULT 'x' COMMENT 'old'`);
      const text = `CREATE TABLE ${mysqlIdentifier(name!)} (\n${[...columns, '  `id` bigint NOT NULL'].join(',\n')}\n) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci`;
      return [{ Table: name, 'Create Table': text }];
    },
  };
  return { open: async () => session, close: async () => undefined };
}

/** information_schema.tables of Unity Catalog: every changed table is a streaming table (the statements the context changes). */
function unityCatalogDriver(changes: readonly Change[]): Driver {
  const rows = changes
    .filter((change) => change.object.schema !== undefined && change.object.table !== undefined)
    .map(({ object }) => ({ table_catalog: object.database, table_schema: object.schema!, table_name: object.table! }));
  const session: DriverSession = {
    ...noSql('unitycatalog'),
    query: async (sql) => {
      if (!sql.includes("table_type = 'STREAMING_TABLE'")) throw new Error(`the unitycatalog read fixture answers the streaming-table query only, not ${sql}`);
      return rows;
    },
  };
  return { open: async () => session, close: async () => undefined };
}

/** The Hive metastore reads nothing for compile: it batches column comments from what its own introspection saw (none here). */
function databricksDriver(): Driver {
  return { open: async () => noSql('databricks'), close: async () => undefined };
}

/** The real driver on a fixture connection: its reads a compile context are settings, never the network (no tag creation). */
function snowflakeDriver(): Driver {
  return createSnowflakeDriver({ service: 'warehouse', configDir: '/', connection: { account: 'fixture', username: 'fixture', password: 'unused' }, tags: { schema: 'GOVERNANCE.TAGS' } });
}

/** By connector type: a driver whose readCompileContext reads answer for these changes. */
export const READ_FIXTURES: Readonly<Record<string, (changes: readonly Change[]) => Driver>> = {
  athena: athenaDriver,
  bigquery: bigqueryDriver,
  databricks: databricksDriver,
  mysql: mysqlDriver,
  snowflake: snowflakeDriver,
  unitycatalog: unityCatalogDriver,
};
