/**
 * The batched catalog read: a fixed number of queries however many tables there are.
 *   1. `SELECT version()`                      the server version (capabilities follow it)
 *   2. system.columns of system.{databases,tables,columns}: which catalog columns this
 *      version has (18.16 has no `system.tables.comment`, no `system.databases.comment`,
 *      no `system.columns.position`), so no query names a column the server lacks
 *   3. system.databases                         the schemas, filtered here by scope
 *   4. system.tables                            relations of the schemas in scope
 *   5. system.columns                           their columns
 * Queries 4 and 5 are skipped when no schema is in scope, and 2-5 when the service's one
 * OpenMetadata database is not. OpenMetadata's database level is only the connection's
 * `databaseName`: it is the single database node, and ClickHouse databases are its schemas.
 */
import type { ObservedNode, RelationKind } from '../../model/types.js';
import type { Driver, IntrospectScope, Introspection, UnlistedObject } from '../types.js';
import { confirmByProbe } from '../kit/absence.js';
import { databaseInScope, schemasInScope, schemaWanted } from '../kit/scope.js';
import { DEFAULT_DATABASE_NAME, isClickHouseDriver } from './driver.js';
import { quoteIdentifier, quoteLiteral } from './sql.js';
import { CatalogReader, commentIn, compareNames, text, type CatalogRow } from '../catalog.js';

/** ClickHouse's own databases: never user data. */
export const SYSTEM_DATABASES: readonly string[] = ['system', 'INFORMATION_SCHEMA', 'information_schema'];

const VERSION_SQL = 'SELECT version() AS version';

const CATALOG_COLUMNS_SQL = `SELECT table, name FROM system.columns
  WHERE database = 'system' AND table IN ('databases', 'tables', 'columns')`;

/** Engines that are views. */
const RELATION_OF_ENGINE: Readonly<Record<string, RelationKind>> = {
  View: 'view',
  LiveView: 'view',
  WindowView: 'view',
  MaterializedView: 'materialized_view',
};

/**
 * Engines of tables (https://clickhouse.com/docs/en/engines/table-engines): the MergeTree
 * family by its suffix (Replicated…, Shared… too), the Log family, integrations and special
 * engines. An engine outside them is a kind revmeta does not know: reported by its name (a
 * plan warning), never taken for a table.
 */
const TABLE_ENGINE_FAMILY = /MergeTree$/;
const TABLE_ENGINES: ReadonlySet<string> = new Set([
  'TinyLog', 'StripeLog', 'Log',
  'ODBC', 'JDBC', 'MySQL', 'MongoDB', 'Redis', 'HDFS', 'S3', 'S3Queue', 'AzureBlobStorage', 'AzureQueue', 'Kafka', 'RabbitMQ', 'NATS',
  'EmbeddedRocksDB', 'PostgreSQL', 'MaterializedPostgreSQL', 'SQLite', 'Hive', 'ExternalDistributed', 'TimeSeries', 'ArrowFlight', 'YTsaurus',
  'DeltaLake', 'DeltaLakeS3', 'DeltaLakeAzure', 'DeltaLakeLocal', 'Hudi', 'Iceberg', 'IcebergS3', 'IcebergAzure', 'IcebergHDFS', 'IcebergLocal', 'Paimon',
  'Distributed', 'Dictionary', 'Merge', 'File', 'FileLog', 'Null', 'Set', 'Join', 'URL', 'Memory', 'Buffer', 'GenerateRandom', 'KeeperMap',
  'Executable', 'ExecutablePool', 'Loop', 'Alias',
]);

/**
 * A materialized view without `TO` keeps its rows in `.inner.<view>` (Ordinary databases)
 * or `.inner_id.<uuid>` (Atomic): storage of the view, not an object of its own, like a
 * PostgreSQL partition.
 */
function isInnerTable(name: string): boolean {
  return name.startsWith('.inner.') || name.startsWith('.inner_id.');
}

type Row = CatalogRow;

const comment = (row: Row): string | null => commentIn(row, 'comment');


/** Which optional catalog columns this server has, as `table.column`. */
type CatalogColumns = ReadonlySet<string>;

function catalogColumnsOf(rows: Row[]): CatalogColumns {
  return new Set(rows.map((row) => `${text(row, 'table')}.${text(row, 'name')}`));
}

/** `comment` where the catalog has it, else the empty string: the query shape stays the same. */
function commentColumn(columns: CatalogColumns, table: string): string {
  return columns.has(`${table}.comment`) ? 'comment' : `'' AS comment`;
}

function databasesSql(columns: CatalogColumns): string {
  const system = SYSTEM_DATABASES.map(quoteLiteral).join(', ');
  return `SELECT name, ${commentColumn(columns, 'databases')} FROM system.databases WHERE name NOT IN (${system})`;
}

function inList(names: readonly string[]): string {
  return names.map(quoteLiteral).join(', ');
}

function tablesSql(columns: CatalogColumns, databases: readonly string[]): string {
  const temporary = columns.has('tables.is_temporary') ? ' AND NOT is_temporary' : '';
  return `SELECT database, name, engine, ${commentColumn(columns, 'tables')} FROM system.tables
  WHERE database IN (${inList(databases)})${temporary}`;
}

/**
 * Columns in definition order: by `position` where the catalog has it; 18.16 has none but
 * lists each table's columns in definition order, which reading rows in order keeps.
 */
function columnsSql(columns: CatalogColumns, databases: readonly string[]): string {
  const hasPosition = columns.has('columns.position');
  const position = hasPosition ? ', position' : '';
  const order = hasPosition ? '\n  ORDER BY database, table, position' : '';
  return `SELECT database, table, name, ${commentColumn(columns, 'columns')}${position} FROM system.columns
  WHERE database IN (${inList(databases)})${order}`;
}

function schemaNode(row: Row): ObservedNode {
  return { kind: 'schema', name: text(row, 'name'), description: comment(row), owner: null, tags: {}, children: [] };
}

function relationOf(engine: string): { relation: RelationKind; relationName?: string } {
  const relation = RELATION_OF_ENGINE[engine];
  if (relation !== undefined) return { relation };
  if (TABLE_ENGINE_FAMILY.test(engine) || TABLE_ENGINES.has(engine)) return { relation: 'table' };
  return { relation: 'unknown', relationName: engine };
}

function tableNode(row: Row): ObservedNode {
  return {
    kind: 'table',
    name: text(row, 'name'),
    ...relationOf(text(row, 'engine')),
    description: comment(row),
    owner: null,
    tags: {},
    children: [],
  };
}

function columnNode(row: Row): ObservedNode {
  return { kind: 'column', name: text(row, 'name'), description: comment(row), owner: null, tags: {}, children: [] };
}

/** NUL cannot occur in the names of files ClickHouse keeps its metadata in, so it separates key parts safely. */
function tableKey(database: string, table: string): string {
  return `${database}\0${table}`;
}

/** Hangs relations and columns under their schemas, sorted by name (columns keep their order). */
function assemble(schemas: ObservedNode[], tables: Row[], columns: Row[]): void {
  const schemaByName = new Map(schemas.map((schema) => [schema.name, schema]));
  const tableByKey = new Map<string, ObservedNode>();
  for (const row of tables) {
    const name = text(row, 'name');
    if (isInnerTable(name)) continue;
    const table = tableNode(row);
    schemaByName.get(text(row, 'database'))?.children.push(table);
    tableByKey.set(tableKey(text(row, 'database'), name), table);
  }
  for (const row of columns) {
    tableByKey.get(tableKey(text(row, 'database'), text(row, 'table')))?.children.push(columnNode(row));
  }
  for (const schema of schemas) schema.children.sort(compareNames);
}

/** The catalog reads of one server session. */
class ServerCatalogReader extends CatalogReader {
  async version(): Promise<string> {
    const raw = (await this.read(VERSION_SQL))[0]?.version;
    return `ClickHouse ${typeof raw === 'string' ? raw : 'unknown'}`;
  }

  /** The schemas in scope with their tables and columns. */
  async schemas(wanted: ReadonlySet<string> | null): Promise<ObservedNode[]> {
    const catalog = catalogColumnsOf(await this.read(CATALOG_COLUMNS_SQL));
    const schemas = (await this.read(databasesSql(catalog)))
      .map(schemaNode)
      .filter((schema) => schemaWanted(wanted, schema.name))
      .sort(compareNames);
    if (schemas.length === 0) return schemas;
    const names = schemas.map((schema) => schema.name);
    const tables = await this.read(tablesSql(catalog, names));
    const columns = await this.read(columnsSql(catalog, names));
    assemble(schemas, tables, columns);
    return schemas;
  }
}

export async function introspect(driver: Driver, scope: IntrospectScope): Promise<Introspection> {
  const databaseName = isClickHouseDriver(driver) ? driver.databaseName : DEFAULT_DATABASE_NAME;
  const session = await driver.open(databaseName);
  try {
    const reader = new ServerCatalogReader(session);
    const version = await reader.version();
    const databases: ObservedNode[] = [];
    if (databaseInScope(scope, databaseName)) {
      const children = await reader.schemas(schemasInScope(scope, databaseName));
      databases.push({ kind: 'database', name: databaseName, description: null, owner: null, tags: {}, children });
    }
    return {
      observed: { service: scope.service, databases },
      server: { version },
      queries: reader.queries,
    };
  } finally {
    await session.close();
  }
}

/**
 * system.databases and system.tables list only what the user may see (18.16: the user's
 * `allow_databases`; later servers: SHOW grants), so an unlisted database or table is asked
 * about directly: `SHOW TABLES FROM` answers 81 UNKNOWN_DATABASE only for a database that does
 * not exist (for a hidden one, 18.16 answers an empty list), and `EXISTS TABLE` 0 for a table
 * that does not exist; access errors (291, 497) keep the object.
 */
export function confirmAbsent(driver: Driver, unlisted: readonly UnlistedObject[]): Promise<(string | null)[]> {
  const databaseName = isClickHouseDriver(driver) ? driver.databaseName : DEFAULT_DATABASE_NAME;
  return confirmByProbe(
    driver,
    unlisted,
    {
      sql: ({ schema, table }) => {
        if (schema === undefined) throw new Error('the database level is the connection\'s one name');
        return table === undefined ? `SHOW TABLES FROM ${quoteIdentifier(schema)} LIKE ''` : `EXISTS TABLE ${quoteIdentifier(schema)}.${quoteIdentifier(table)}`;
      },
      // The driver's errors read `Code: 81. ...` on every server version.
      errorCode: (error) => {
        const match = /^Code: (\d+)\./.exec(error instanceof Error ? error.message : '');
        return match ? Number(match[1]) : undefined;
      },
      absent: new Set([81, 60]), // UNKNOWN_DATABASE, UNKNOWN_TABLE
      hidden: new Set([291, 497]), // DATABASE_ACCESS_DENIED, ACCESS_DENIED
      absentInRows: (rows) => rows.length === 1 && 'result' in rows[0]! && Number(rows[0]!.result) === 0,
    },
    databaseName,
  );
}
