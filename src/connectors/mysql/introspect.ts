/**
 * The batched catalog read over information_schema, on one session: the server version and
 * the list of schemas (MySQL databases) first, then one query per schema in scope that reads
 * its tables and their columns together. However many tables a schema holds, that is one
 * query. Catalog quirks are normalised here so the planner never sees them.
 *
 * The tree follows OpenMetadata: service → database (a name only, `databaseName`) →
 * schema (a MySQL database) → table → column.
 */
import type { ObservedNode, RelationKind } from '../../model/types.js';
import type { Driver, IntrospectScope, Introspection } from '../types.js';
import { hasSchemaComments, parseServerVersion } from './capabilities.js';
import { DEFAULT_DATABASE_NAME, type MysqlDriver } from './driver.js';
import { quoteLiteral } from './sql.js';
import { observedNode } from '../kit/objects.js';
import { databaseInScope, schemasInScope, schemaWanted } from '../kit/scope.js';
import { CatalogReader, commentIn, compareNames, text, type CatalogRow } from '../catalog.js';

const VERSION_SQL = 'SELECT VERSION() AS version';

/** Schemas that belong to the server itself. */
const SYSTEM_SCHEMAS = ['information_schema', 'mysql', 'performance_schema', 'sys'];

function schemataSql(withComments: boolean): string {
  const description = withComments ? 'SCHEMA_COMMENT' : 'NULL';
  return `SELECT SCHEMA_NAME AS name, ${description} AS description
  FROM information_schema.SCHEMATA
  WHERE SCHEMA_NAME NOT IN (${SYSTEM_SCHEMAS.map(quoteLiteral).join(', ')})`;
}

/**
 * Tables and columns of one schema in one result. A constant TABLE_SCHEMA lets the server
 * open only that schema's tables; the schema name is read back too, because the comparison
 * follows information_schema's case-insensitive collation.
 */
function schemaSql(schema: string): string {
  const name = quoteLiteral(schema);
  return `SELECT 'table' AS row_kind, TABLE_SCHEMA AS schema_name, TABLE_NAME AS table_name, NULL AS column_name,
    TABLE_TYPE AS table_type, TABLE_COMMENT AS description, 0 AS position
  FROM information_schema.TABLES WHERE TABLE_SCHEMA = ${name}
UNION ALL
SELECT 'column', TABLE_SCHEMA, TABLE_NAME, COLUMN_NAME, NULL, COLUMN_COMMENT, ORDINAL_POSITION
  FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = ${name}`;
}

/**
 * TABLE_TYPE → relation. Sequences (MariaDB) and temporary tables are not tables OpenMetadata
 * catalogs, so they are left out, with their columns.
 */
const RELATION_KINDS: Readonly<Record<string, RelationKind>> = {
  'BASE TABLE': 'table',
  'SYSTEM VERSIONED': 'table',
  VIEW: 'view',
  'SYSTEM VIEW': 'view',
};

type Row = CatalogRow;

const comment = (row: Row): string | null => commentIn(row, 'description');


/** `10.11.19-MariaDB-0+deb12u1` → `MariaDB 10.11.19`; `8.0.36-0ubuntu0.22.04.1` → `MySQL 8.0.36`. */
export function serverVersion(raw: string): string {
  const mariadb = /(\d+\.\d+\.\d+)-MariaDB/i.exec(raw);
  if (mariadb) return `MariaDB ${mariadb[1]}`;
  const mysql = /^\d+\.\d+(\.\d+)?/.exec(raw);
  return mysql ? `MySQL ${mysql[0]}` : `MySQL ${raw}`;
}

/** A table row as a node, or undefined for relations revmeta does not manage. */
function tableNode(row: Row): ObservedNode | undefined {
  const relation = RELATION_KINDS[text(row, 'table_type')];
  if (relation === undefined) return undefined;
  // A view's TABLE_COMMENT reads 'VIEW': a marker, not a description.
  return observedNode('table', text(row, 'table_name'), relation === 'view' ? null : comment(row), null, relation);
}

/** Assembles one schema from its result rows: tables by name, columns by position. */
function buildSchema(name: string, description: string | null, rows: Row[]): ObservedNode {
  const schema = observedNode('schema', name, description);
  const own = rows.filter((row) => row.schema_name === name);
  const tables = new Map<string, ObservedNode>();
  for (const row of own.filter((r) => r.row_kind === 'table')) {
    const table = tableNode(row);
    if (table) tables.set(table.name, table);
  }
  const columns = own.filter((row) => row.row_kind === 'column').sort((a, b) => Number(a.position) - Number(b.position));
  for (const row of columns) {
    tables.get(text(row, 'table_name'))?.children.push(observedNode('column', text(row, 'column_name'), comment(row)));
  }
  schema.children = [...tables.values()].sort(compareNames);
  return schema;
}

function databaseNameOf(driver: Driver): string {
  const name = (driver as Partial<MysqlDriver>).databaseName;
  return typeof name === 'string' && name !== '' ? name : DEFAULT_DATABASE_NAME;
}

/** The catalog reads of one server session. */
class ServerCatalogReader extends CatalogReader {
  async readDatabase(name: string, version: string, scope: IntrospectScope): Promise<ObservedNode> {
    const schemata = await this.read(schemataSql(hasSchemaComments(parseServerVersion(version))));
    const wanted = schemasInScope(scope, name);
    const targets = schemata.filter((row) => schemaWanted(wanted, text(row, 'name')));
    const schemas: ObservedNode[] = [];
    for (const row of targets) {
      const schema = text(row, 'name');
      schemas.push(buildSchema(schema, comment(row), await this.read(schemaSql(schema))));
    }
    const database = observedNode('database', name, null);
    database.children = schemas.sort(compareNames);
    return database;
  }
}

export async function introspect(driver: Driver, scope: IntrospectScope): Promise<Introspection> {
  const name = databaseNameOf(driver);
  const session = await driver.open();
  try {
    const reader = new ServerCatalogReader(session);
    const version = serverVersion(text((await reader.read(VERSION_SQL))[0] ?? {}, 'version'));
    const databases = databaseInScope(scope, name) ? [await reader.readDatabase(name, version, scope)] : [];
    return { observed: { service: scope.service, databases }, server: { version }, queries: reader.queries };
  } finally {
    await session.close();
  }
}
