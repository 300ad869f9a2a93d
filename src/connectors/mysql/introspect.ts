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
import type { Driver, IntrospectScope, Introspection, UnlistedObject } from '../types.js';
import { confirmByProbe, type AbsenceProbe } from '../kit/absence.js';
import { hasSchemaComments, parseServerVersion } from './capabilities.js';
import { DEFAULT_DATABASE_NAME, type MysqlDriver } from './driver.js';
import { quoteIdentifier, quoteLiteral, tableKey } from './sql.js';
import { namedDatabaseNode, observedNode } from '../kit/objects.js';
import { databaseInScope, schemasInScope, schemaWanted, tablesInScope } from '../kit/scope.js';
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
function schemaSql(schema: string, only?: ReadonlySet<string>): string {
  const name = quoteLiteral(schema);
  // `--changed-since`: only these tables (lower-cased), as one set.
  const tables = only ? ` AND LOWER(TABLE_NAME) IN (${[...only].map(quoteLiteral).join(', ')})` : '';
  return `SELECT 'table' AS row_kind, TABLE_SCHEMA AS schema_name, TABLE_NAME AS table_name, NULL AS column_name,
    TABLE_TYPE AS table_type, TABLE_COMMENT AS description, 0 AS position
  FROM information_schema.TABLES WHERE TABLE_SCHEMA = ${name}${tables}
UNION ALL
SELECT 'column', TABLE_SCHEMA, TABLE_NAME, COLUMN_NAME, NULL, COLUMN_COMMENT, ORDINAL_POSITION
  FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = ${name}${tables}`;
}

/**
 * TABLE_TYPE → relation. Sequences (MariaDB) and temporary tables are not tables OpenMetadata
 * catalogs, so they are left out, with their columns (NOT_CATALOGED); any other type is a kind
 * revmeta does not know, named in a plan warning and never taken for a table.
 */
const RELATION_KINDS: Readonly<Record<string, RelationKind>> = {
  'BASE TABLE': 'table',
  'SYSTEM VERSIONED': 'table',
  VIEW: 'view',
  'SYSTEM VIEW': 'view',
};

const NOT_CATALOGED: ReadonlySet<string> = new Set(['SEQUENCE', 'TEMPORARY']);

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
  const type = text(row, 'table_type');
  if (NOT_CATALOGED.has(type)) return undefined;
  const relation = RELATION_KINDS[type];
  if (relation === undefined) return observedNode('table', text(row, 'table_name'), null, null, { relation: 'unknown', relationName: type });
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
    const tables = tablesInScope(scope, name);
    const schemas: ObservedNode[] = [];
    for (const row of targets) {
      const schema = text(row, 'name');
      const only = tables?.get(schema.toLowerCase());
      // A narrowed read with no table of this schema: the schema alone, no query.
      const rows = tables !== null && only === undefined ? [] : await this.read(schemaSql(schema, only));
      schemas.push(buildSchema(schema, comment(row), rows));
    }
    return namedDatabaseNode(name, schemas);
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

/**
 * SCHEMATA and TABLES list only the databases and tables the user holds some privilege on
 * (every database with the global SHOW DATABASES privilege), so an unlisted one is asked
 * about directly. The server checks privileges before existence: 1049 Unknown database or
 * 1146 Table doesn't exist come only where the user could have seen the object, and 1044 or
 * 1142 (access denied) where the user may not, whether it exists or not.
 */
const SCHEMA_OR_TABLE_PROBE: AbsenceProbe = {
  sql: ({ schema, table }) => {
    if (schema === undefined) throw new Error("the database level is the connection's one name");
    const schemaName = quoteIdentifier(schema);
    return table === undefined ? `SHOW TABLES FROM ${schemaName} LIKE ''` : `SHOW COLUMNS FROM ${schemaName}.${quoteIdentifier(table)} LIKE ''`;
  },
  // The driver's errors read `ERROR 1049 (42000): ...`, as the server's own client prints them.
  errorCode: (error) => {
    const match = /^ERROR (\d+) /.exec(error instanceof Error ? error.message : '');
    return match ? Number(match[1]) : undefined;
  },
  absent: new Set([1049, 1146]),
  hidden: new Set([1044, 1142, 1143]),
};

/**
 * COLUMNS lists only the columns the user holds SELECT, INSERT, UPDATE or REFERENCES on. Held
 * on the table, its database or globally, that is every column; only column-level grants show
 * some and hide the rest. So an unlisted column is absent when its table shows columns and
 * COLUMN_PRIVILEGES shows no column-level grant on it (a user sees its own there; one who may
 * read everyone's is answered conservatively: kept).
 */
function columnsShownWholeSql(schema: string, table: string): string {
  const where = `TABLE_SCHEMA = ${quoteLiteral(schema)} AND TABLE_NAME = ${quoteLiteral(table)}`;
  return `SELECT (SELECT COUNT(*) FROM information_schema.COLUMNS WHERE ${where}) AS listed,
    (SELECT COUNT(*) FROM information_schema.COLUMN_PRIVILEGES WHERE ${where}) AS column_grants`;
}

async function columnVerdicts(driver: Driver, columns: readonly UnlistedObject[]): Promise<(string | null)[]> {
  const session = await driver.open();
  try {
    const byTable = new Map<string, string | null>();
    const verdicts: (string | null)[] = [];
    for (const { schema = '', table = '' } of columns) {
      const key = tableKey(schema, table);
      if (!byTable.has(key)) {
        const [row] = await session.query(columnsShownWholeSql(schema, table));
        const whole = Number(row?.listed) > 0 && Number(row?.column_grants) === 0;
        byTable.set(key, whole ? null : `the user may see only some columns of ${key} (column-level grants, or none), so revmeta cannot tell a dropped column from a hidden one`);
      }
      verdicts.push(byTable.get(key)!);
    }
    return verdicts;
  } finally {
    await session.close();
  }
}

/** Unlisted MySQL databases (revmeta schemas), tables and columns: which are really absent. */
export async function confirmAbsent(driver: Driver, unlisted: readonly UnlistedObject[]): Promise<(string | null)[]> {
  const isColumn = (object: UnlistedObject) => object.column !== undefined;
  const others = unlisted.some((object) => !isColumn(object)) ? await confirmByProbe(driver, unlisted.filter((object) => !isColumn(object)), SCHEMA_OR_TABLE_PROBE) : [];
  const columns = unlisted.some(isColumn) ? await columnVerdicts(driver, unlisted.filter(isColumn)) : [];
  return unlisted.map((object) => (isColumn(object) ? columns.shift()! : others.shift()!));
}
