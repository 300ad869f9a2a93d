/**
 * The batched catalog read of Unity Catalog: a fixed number of queries however many catalogs,
 * schemas and tables there are, all sent at once (a warehouse answers each in about a second,
 * so they are not run one after the other). `system.information_schema` spans every catalog of
 * the metastore the user may see, and is live (no lag after a write):
 *   1. current_version()                     the server version (capabilities follow it)
 *   2. catalogs          3. catalog_tags     catalogs in scope: owner, comment, tags
 *   4. schemata          5. schema_tags      their schemas (only those the manifests name)
 *   6. tables            7. table_tags       their relations, with table_type and data_source_format
 *   8. columns           9. column_tags      their columns, in ordinal order
 *  10. SHOW USERS, SHOW GROUPS               when the manifests name owners: which exist (../databricks/principals.ts)
 * Names in Unity Catalog are case-insensitive (stored in lower case); the scope is matched
 * with `lower(...)`. The catalogs `system` and `__databricks_internal` are never read as data.
 */
import { CatalogReader, commentIn, compareNames, text, type CatalogRow } from '../catalog.js';
import { quoteLiteral } from '../databricks/quote.js';
import { knownPrincipals } from '../databricks/principals.js';
import { VERSION_SQL, versionOf } from '../databricks/version.js';
import { isDeltaFormat } from '../databricks/column-batches.js';
import type { ObservedNode, RelationKind } from '../../model/types.js';
import type { Driver, IntrospectScope, Introspection } from '../types.js';
import { observedNode } from '../kit/objects.js';
import { isUnityCatalogDriver } from './driver.js';

export const INFORMATION_SCHEMA = 'system.information_schema';

/** Catalogs of Databricks itself, skipped when every catalog is read. */
export const SYSTEM_CATALOGS: readonly string[] = ['system', '__databricks_internal'];

/** `information_schema.tables.table_type` → the relation kind OpenMetadata sees. */
const RELATION_OF_TYPE: Readonly<Record<string, RelationKind>> = {
  MANAGED: 'table',
  MANAGED_SHALLOW_CLONE: 'table',
  // Altered as a streaming table (readCompileContext tells compile which tables are).
  STREAMING_TABLE: 'table',
  VIEW: 'view',
  METRIC_VIEW: 'view',
  MATERIALIZED_VIEW: 'materialized_view',
  FOREIGN: 'foreign_table',
  EXTERNAL: 'external_table',
  EXTERNAL_SHALLOW_CLONE: 'external_table',
};

export const STREAMING_TABLE = 'STREAMING_TABLE';

/** Which catalogs and schemas to read, as lower-case names. */
export interface UcScope {
  /** null: every catalog but the system ones. */
  catalogs: string[] | null;
  /** Per catalog (lower case): the schemas to read (lower case); absent: all of them. */
  schemas: Map<string, string[]>;
}

export function ucScope(scope: IntrospectScope): UcScope {
  const catalogs = scope.databases === 'all' ? null : [...new Set(scope.databases.map((name) => name.toLowerCase()))].sort();
  const schemas = new Map<string, string[]>();
  for (const [catalog, names] of Object.entries(scope.schemas ?? {})) {
    const key = catalog.toLowerCase();
    schemas.set(key, [...new Set([...(schemas.get(key) ?? []), ...names.map((name) => name.toLowerCase())])].sort());
  }
  return { catalogs, schemas };
}

function inList(names: readonly string[]): string {
  return names.map(quoteLiteral).join(', ');
}

/** The WHERE condition on a view's catalog column. */
function catalogCondition(scope: UcScope, catalogColumn: string): string {
  if (scope.catalogs === null) return `${catalogColumn} NOT IN (${inList(SYSTEM_CATALOGS)})`;
  return `lower(${catalogColumn}) IN (${inList(scope.catalogs)})`;
}

/**
 * The WHERE condition on a view's catalog and schema columns: catalogs whose schemas the
 * manifests list are read for those schemas only. null when nothing is in scope.
 */
function schemaCondition(scope: UcScope, catalogColumn: string, schemaColumn: string): string | null {
  const notInformationSchema = `${schemaColumn} <> 'information_schema'`;
  if (scope.catalogs === null) {
    // `all` (import): every schema of every catalog, unless the scope names some.
    const limited = [...scope.schemas].filter(([, names]) => names.length > 0);
    const base = `${catalogColumn} NOT IN (${inList(SYSTEM_CATALOGS)}) AND ${notInformationSchema}`;
    if (limited.length === 0) return base;
    const unlimited = `lower(${catalogColumn}) NOT IN (${inList(limited.map(([catalog]) => catalog))})`;
    const parts = [unlimited, ...limited.map(([catalog, names]) => `(lower(${catalogColumn}) = ${quoteLiteral(catalog)} AND lower(${schemaColumn}) IN (${inList(names)}))`)];
    return `${base} AND (${parts.join(' OR ')})`;
  }
  const whole = scope.catalogs.filter((catalog) => !scope.schemas.has(catalog));
  const parts: string[] = [];
  if (whole.length > 0) parts.push(`lower(${catalogColumn}) IN (${inList(whole)})`);
  for (const catalog of scope.catalogs) {
    const names = scope.schemas.get(catalog);
    if (names === undefined || names.length === 0) continue;
    parts.push(`(lower(${catalogColumn}) = ${quoteLiteral(catalog)} AND lower(${schemaColumn}) IN (${inList(names)}))`);
  }
  if (parts.length === 0) return null;
  return `${parts.length === 1 ? parts[0] : `(${parts.join(' OR ')})`} AND ${notInformationSchema}`;
}

export interface UcQueries {
  catalogs: string;
  catalogTags: string;
  schemata: string | null;
  schemaTags: string | null;
  tables: string | null;
  tableTags: string | null;
  columns: string | null;
  columnTags: string | null;
}

/** The catalog queries of one scope (exported for golden tests). */
export function ucQueries(scope: UcScope): UcQueries {
  const from = (view: string) => `FROM ${INFORMATION_SCHEMA}.${view}`;
  const bySchema = (select: string, view: string, catalog: string, schema: string) => {
    const where = schemaCondition(scope, catalog, schema);
    return where === null ? null : `SELECT ${select} ${from(view)} WHERE ${where}`;
  };
  return {
    catalogs: `SELECT catalog_name, catalog_owner, comment ${from('catalogs')} WHERE ${catalogCondition(scope, 'catalog_name')}`,
    catalogTags: `SELECT catalog_name, tag_name, tag_value ${from('catalog_tags')} WHERE ${catalogCondition(scope, 'catalog_name')}`,
    schemata: bySchema('catalog_name, schema_name, schema_owner, comment', 'schemata', 'catalog_name', 'schema_name'),
    schemaTags: bySchema('catalog_name, schema_name, tag_name, tag_value', 'schema_tags', 'catalog_name', 'schema_name'),
    tables: bySchema('table_catalog, table_schema, table_name, table_type, table_owner, comment, data_source_format', 'tables', 'table_catalog', 'table_schema'),
    tableTags: bySchema('catalog_name, schema_name, table_name, tag_name, tag_value', 'table_tags', 'catalog_name', 'schema_name'),
    columns: bySchema('table_catalog, table_schema, table_name, column_name, ordinal_position, comment', 'columns', 'table_catalog', 'table_schema'),
    columnTags: bySchema('catalog_name, schema_name, table_name, column_name, tag_name, tag_value', 'column_tags', 'catalog_name', 'schema_name'),
  };
}

type Row = CatalogRow;

/** An owner or a tag value may be NULL in a catalog row; an owner of '' is no owner. */
function optionalText(row: Row, key: string): string | null {
  const value = row[key];
  return typeof value === 'string' && value !== '' ? value : null;
}

/** NUL cannot occur in Unity Catalog names, so it separates key parts safely. */
function key(...parts: string[]): string {
  return parts.join('\0');
}

function ordinal(row: Row): number {
  const value = row.ordinal_position;
  // An INT arrives as a number; a BIGINT as a bigint when big-number precision is on.
  const number = Number(value);
  return value !== null && value !== '' && Number.isFinite(number) ? number : Number.MAX_SAFE_INTEGER;
}

interface CatalogRows {
  catalogs: Row[];
  catalogTags: Row[];
  schemata: Row[];
  schemaTags: Row[];
  tables: Row[];
  tableTags: Row[];
  columns: Row[];
  columnTags: Row[];
}

/** The observed tree of the rows, sorted by name (columns in ordinal order). */
export function assemble(rows: CatalogRows): { databases: ObservedNode[]; streamingTables: string[][]; deltaTables: string[][] } {
  const catalogs = new Map<string, ObservedNode>();
  for (const row of rows.catalogs) {
    const name = text(row, 'catalog_name');
    catalogs.set(key(name), observedNode('database', name, commentIn(row, 'comment'), optionalText(row, 'catalog_owner')));
  }
  const schemas = new Map<string, ObservedNode>();
  for (const row of rows.schemata) {
    const catalog = catalogs.get(key(text(row, 'catalog_name')));
    if (!catalog) continue;
    const name = text(row, 'schema_name');
    const schema = observedNode('schema', name, commentIn(row, 'comment'), optionalText(row, 'schema_owner'));
    catalog.children.push(schema);
    schemas.set(key(catalog.name, name), schema);
  }
  const tables = new Map<string, ObservedNode>();
  const streamingTables: string[][] = [];
  const deltaTables: string[][] = [];
  for (const row of rows.tables) {
    const [catalog, schemaName, name] = [text(row, 'table_catalog'), text(row, 'table_schema'), text(row, 'table_name')];
    const schema = schemas.get(key(catalog, schemaName));
    if (!schema) continue;
    const type = optionalText(row, 'table_type') ?? 'MANAGED';
    // Any other table_type is a kind revmeta does not know: named in a plan warning, never a table.
    const relation = RELATION_OF_TYPE[type] ?? { relation: 'unknown' as const, relationName: type };
    const table = observedNode('table', name, commentIn(row, 'comment'), optionalText(row, 'table_owner'), relation);
    if (type === STREAMING_TABLE) streamingTables.push([catalog, schemaName, name]);
    else if (isDeltaFormat(row.data_source_format)) deltaTables.push([catalog, schemaName, name]);
    schema.children.push(table);
    tables.set(key(catalog, schemaName, name), table);
  }
  const columns = new Map<string, ObservedNode>();
  const ordered = rows.columns
    .map((row, index) => ({ row, index }))
    .sort((a, b) => ordinal(a.row) - ordinal(b.row) || a.index - b.index);
  for (const { row } of ordered) {
    const [catalog, schemaName, tableName, name] = [text(row, 'table_catalog'), text(row, 'table_schema'), text(row, 'table_name'), text(row, 'column_name')];
    const table = tables.get(key(catalog, schemaName, tableName));
    if (!table) continue;
    const column = observedNode('column', name, commentIn(row, 'comment'), null);
    table.children.push(column);
    columns.set(key(catalog, schemaName, tableName, name), column);
  }
  const tag = (target: ObservedNode | undefined, row: Row) => {
    if (target) target.tags[text(row, 'tag_name')] = optionalText(row, 'tag_value') ?? '';
  };
  for (const row of rows.catalogTags) tag(catalogs.get(key(text(row, 'catalog_name'))), row);
  for (const row of rows.schemaTags) tag(schemas.get(key(text(row, 'catalog_name'), text(row, 'schema_name'))), row);
  for (const row of rows.tableTags) tag(tables.get(key(text(row, 'catalog_name'), text(row, 'schema_name'), text(row, 'table_name'))), row);
  for (const row of rows.columnTags) {
    tag(columns.get(key(text(row, 'catalog_name'), text(row, 'schema_name'), text(row, 'table_name'), text(row, 'column_name'))), row);
  }
  const databases = [...catalogs.values()].sort(compareNames);
  for (const catalog of databases) {
    catalog.children.sort(compareNames);
    for (const schema of catalog.children) schema.children.sort(compareNames);
  }
  return { databases, streamingTables, deltaTables };
}

export async function introspect(driver: Driver, scope: IntrospectScope): Promise<Introspection> {
  const session = await driver.open();
  try {
    const reader = new CatalogReader(session);
    const uc = ucScope(scope);
    const nothing = uc.catalogs !== null && uc.catalogs.length === 0;
    const queries = ucQueries(uc);
    const read = (sql: string | null): Promise<Row[]> => (sql === null || nothing ? Promise.resolve([]) : reader.read(sql));
    // All at once: one warehouse round trip instead of nine.
    const [version, catalogs, catalogTags, schemata, schemaTags, tables, tableTags, columns, columnTags, principals] = await Promise.all([
      // current_version() needs DBR 11.3+; older runtimes are treated as of unknown version.
      reader.read(VERSION_SQL).catch((): Row[] => []),
      read(queries.catalogs),
      read(queries.catalogTags),
      read(queries.schemata),
      read(queries.schemaTags),
      read(queries.tables),
      read(queries.tableTags),
      read(queries.columns),
      read(queries.columnTags),
      knownPrincipals(scope.owners, (sql) => reader.read(sql)),
    ]);
    const { databases, streamingTables, deltaTables } = assemble({ catalogs, catalogTags, schemata, schemaTags, tables, tableTags, columns, columnTags });
    if (isUnityCatalogDriver(driver)) {
      for (const catalog of databases) driver.seen.catalogs.add(catalog.name.toLowerCase());
      for (const table of streamingTables) driver.seen.streamingTables.add(JSON.stringify(table));
      for (const table of deltaTables) driver.seen.deltaTables.add(JSON.stringify(table));
      driver.seen.version = versionOf(version[0]);
    }
    return {
      observed: { service: scope.service, databases },
      server: { version: versionOf(version[0]) },
      queries: reader.queries,
      ...(principals !== undefined ? { principals } : {}),
    };
  } finally {
    await session.close();
  }
}
