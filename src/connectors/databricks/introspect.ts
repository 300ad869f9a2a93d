/**
 * The catalog read of the legacy Hive metastore. It has no information_schema, so it is read
 * one object at a time, several statements in flight (`concurrency`, default 8):
 *   1. current_version()                          the server version
 *   2. SHOW SCHEMAS IN `catalog`                  the schemas, filtered here by scope
 *   3. per schema: DESCRIBE SCHEMA EXTENDED       comment, owner
 *                  SHOW TABLES IN                 its tables and views (temporary views skipped)
 *   4. per relation: DESCRIBE TABLE EXTENDED      columns with comments; type, comment, owner, provider
 *   5. SHOW USERS, SHOW GROUPS                    when the manifests name owners: which exist (principals.ts)
 * Only the schemas the manifests name are read, but every relation of those schemas is
 * described (the scope names no tables): 2 + 2 × schemas + relations statements.
 */
import { CatalogReader, commentIn, compareNames, type CatalogRow } from '../catalog.js';
import type { ObservedNode, RelationKind } from '../../model/types.js';
import type { DriverSession, IntrospectScope, Introspection } from '../types.js';
import { databaseInScope, schemasInScope, schemaWanted } from '../kit/scope.js';
import type { Driver } from '../types.js';
import { DEFAULT_CATALOG, DEFAULT_CONCURRENCY, isHiveMetastoreDriver } from './driver.js';
import { knownPrincipals } from './principals.js';
import { qualifiedName } from './quote.js';
import { VERSION_SQL, versionOf } from './version.js';
import { isDeltaFormat, newColumnBatchFacts, type ColumnBatchFacts } from './column-batches.js';
import { mapLimit } from '../kit/map-limit.js';

type Row = CatalogRow;

/** `DESCRIBE TABLE EXTENDED` `Type` → the relation kind OpenMetadata sees. */
const RELATION_OF_TYPE: Readonly<Record<string, RelationKind>> = {
  MANAGED: 'table',
  VIEW: 'view',
  MATERIALIZED_VIEW: 'materialized_view',
  EXTERNAL: 'external_table',
};

export function showSchemasSql(catalog: string): string {
  return `SHOW SCHEMAS IN ${qualifiedName([catalog])}`;
}

export function describeSchemaSql(catalog: string, schema: string): string {
  return `DESCRIBE SCHEMA EXTENDED ${qualifiedName([catalog, schema])}`;
}

export function showTablesSql(catalog: string, schema: string): string {
  return `SHOW TABLES IN ${qualifiedName([catalog, schema])}`;
}

export function describeTableSql(catalog: string, schema: string, table: string): string {
  return `DESCRIBE TABLE EXTENDED ${qualifiedName([catalog, schema, table])}`;
}

/** The cells of a row in column order, as text (`null` for NULL). */
function cells(row: Row): (string | null)[] {
  return Object.values(row).map((value) => (value === null || value === undefined ? null : String(value)));
}

/** `SHOW SCHEMAS` names its one column `databaseName` (or `namespace`): the first cell. */
export function schemaNames(rows: readonly Row[]): string[] {
  return rows.map((row) => cells(row)[0]).filter((name): name is string => typeof name === 'string' && name !== '');
}

/** `SHOW TABLES`: (database, tableName, isTemporary); temporary views belong to a session, not to the metastore. */
export function tableNames(rows: readonly Row[]): string[] {
  return rows
    .filter((row) => row.isTemporary !== true && row.isTemporary !== 'true')
    .map((row) => (typeof row.tableName === 'string' ? row.tableName : cells(row)[1]))
    .filter((name): name is string => typeof name === 'string' && name !== '');
}

/** `DESCRIBE SCHEMA EXTENDED`: (item, value) rows such as `Comment`, `Owner`. */
export function parseSchemaDescription(name: string, rows: readonly Row[]): ObservedNode {
  const items = new Map<string, string | null>();
  for (const row of rows) {
    const [item, value] = cells(row);
    if (item) items.set(item, value ?? null);
  }
  const comment = items.get('Comment');
  const owner = items.get('Owner');
  return {
    kind: 'schema',
    name,
    description: comment ? comment : null,
    owner: owner ? owner : null,
    tags: {},
    children: [],
  };
}

/**
 * `DESCRIBE TABLE EXTENDED`: (col_name, data_type, comment) rows. The columns come first, up
 * to an empty row or a `# ...` heading (`# Partition Information` repeats the partition
 * columns); `# Detailed Table Information` then lists `Type`, `Comment`, `Owner` and more as
 * (name, value) in the first two cells.
 */
export function parseTableDescription(name: string, rows: readonly Row[]): ObservedNode {
  const columns: ObservedNode[] = [];
  let index = 0;
  for (; index < rows.length; index++) {
    const row = rows[index]!;
    const [column] = cells(row);
    if (column == null || column === '' || column.startsWith('#')) break;
    columns.push({ kind: 'column', name: column, description: commentIn(row, 'comment'), owner: null, tags: {}, children: [] });
  }
  const details = new Map<string, string | null>();
  let inDetails = false;
  for (; index < rows.length; index++) {
    const [item, value] = cells(rows[index]!);
    if (item === '# Detailed Table Information') {
      inDetails = true;
      continue;
    }
    if (!inDetails) continue;
    if (item == null || item === '' || item.startsWith('#')) break;
    details.set(item, value ?? null);
  }
  const type = (details.get('Type') ?? 'MANAGED').toUpperCase();
  const comment = details.get('Comment');
  const owner = details.get('Owner');
  return {
    kind: 'table',
    name,
    // Any other Type is a kind revmeta does not know: named in a plan warning, never a table.
    ...(RELATION_OF_TYPE[type] !== undefined ? { relation: RELATION_OF_TYPE[type] } : { relation: 'unknown' as const, relationName: type }),
    description: comment ? comment : null,
    owner: owner ? owner : null,
    tags: {},
    children: columns,
  };
}

/** `Provider` of `DESCRIBE TABLE EXTENDED`'s detailed information (`delta`, `parquet`, ...), or null. */
export function providerOf(rows: readonly Row[]): string | null {
  const start = rows.findIndex((row) => cells(row)[0] === '# Detailed Table Information');
  const found = start < 0 ? undefined : rows.slice(start + 1).find((row) => cells(row)[0] === 'Provider');
  return found === undefined ? null : (cells(found)[1] ?? null);
}

async function readSchema(reader: CatalogReader, session: DriverSession, catalog: string, name: string, concurrency: number, facts: ColumnBatchFacts): Promise<ObservedNode> {
  const [description, tables] = await Promise.all([
    reader.read(describeSchemaSql(catalog, name), session),
    reader.read(showTablesSql(catalog, name), session),
  ]);
  const schema = parseSchemaDescription(name, description);
  schema.children = await mapLimit(tableNames(tables), concurrency, async (table) => {
    const rows = await reader.read(describeTableSql(catalog, name, table), session);
    if (isDeltaFormat(providerOf(rows))) facts.deltaTables.add(JSON.stringify([catalog, name, table]));
    return parseTableDescription(table, rows);
  });
  schema.children.sort(compareNames);
  return schema;
}

export async function introspect(driver: Driver, scope: IntrospectScope): Promise<Introspection> {
  const catalog = isHiveMetastoreDriver(driver) ? driver.catalog : DEFAULT_CATALOG;
  const concurrency = isHiveMetastoreDriver(driver) ? driver.concurrency : DEFAULT_CONCURRENCY;
  const facts = isHiveMetastoreDriver(driver) ? driver.seen : newColumnBatchFacts();
  const session = await driver.open(catalog);
  try {
    const reader = new CatalogReader(session);
    const versionRows = reader.read(VERSION_SQL).catch((): Row[] => []);
    const principals = knownPrincipals(scope.owners, (sql) => reader.read(sql));
    const databases: ObservedNode[] = [];
    if (databaseInScope(scope, catalog)) {
      const wanted = schemasInScope(scope, catalog);
      const names = schemaNames(await reader.read(showSchemasSql(catalog)))
        .filter((name) => schemaWanted(wanted, name))
        .sort();
      // Schemas one after another, each with its relations in parallel: at most `concurrency` in flight.
      const children: ObservedNode[] = [];
      for (const name of names) children.push(await readSchema(reader, session, catalog, name, concurrency, facts));
      databases.push({ kind: 'database', name: catalog, description: null, owner: null, tags: {}, children });
    }
    const known = await principals;
    facts.version = versionOf((await versionRows)[0]);
    return {
      observed: { service: scope.service, databases },
      server: { version: facts.version },
      queries: reader.queries,
      ...(known !== undefined ? { principals: known } : {}),
    };
  } finally {
    await session.close();
  }
}
