/**
 * The batched Glue read: GetDatabases once (page by page), then GetTables once per Glue
 * database in scope (page by page, 100 tables a page). However many tables a database
 * holds, that is one request per hundred. Catalog quirks are normalised here so the
 * planner never sees them.
 *
 * The tree follows OpenMetadata's Athena connector: service → database (the data catalog, a
 * name only: `databaseName`, default AwsDataCatalog) → schema (a Glue database) → table →
 * column (the table's columns, then its partition keys, as Athena lists them).
 *
 * A table's description is `Parameters.comment`, which Athena shows as the table comment and
 * OpenMetadata's Athena connector reads; revmeta writes Glue's `Description` alongside it
 * (see sql.ts). A view's `Parameters.comment` is a marker ("Presto View"), not a description.
 */
import type { Database, Table, Column } from '@aws-sdk/client-glue';
import type { ObservedNode } from '../../model/types.js';
import { compareNames } from '../catalog.js';
import type { Driver, IntrospectScope, Introspection } from '../types.js';
import { namedDatabaseNode, observedNode } from '../kit/objects.js';
import { databaseInScope, schemasInScope, schemaWanted } from '../kit/scope.js';
import type { AthenaDriver, GlueCatalog } from './driver.js';
import { relationOfTable } from './sql.js';

export const SERVER_VERSION = 'AWS Glue Data Catalog';

/** Catalogs store "no comment" as '' or not at all; both become `null`. */
function comment(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : null;
}

/** The table comment Athena shows: `Parameters.comment` (its key is lower case, as Athena and Hive write it). */
function tableComment(table: Table): string | null {
  return comment(table.Parameters?.comment);
}

/** Columns, then partition keys: what Athena's DESCRIBE lists and OpenMetadata ingests. */
function columnNodes(table: Table): ObservedNode[] {
  const columns: Column[] = [...(table.StorageDescriptor?.Columns ?? []), ...(table.PartitionKeys ?? [])];
  const seen = new Set<string>();
  const nodes: ObservedNode[] = [];
  for (const column of columns) {
    if (typeof column.Name !== 'string' || seen.has(column.Name)) continue;
    seen.add(column.Name);
    nodes.push(observedNode('column', column.Name, comment(column.Comment)));
  }
  return nodes;
}

export function tableNode(table: Table): ObservedNode | undefined {
  if (typeof table.Name !== 'string' || table.Name === '') return undefined;
  const relation = relationOfTable(table);
  const kind = relation === 'unknown' ? { relation, relationName: String(table.TableType) } : relation;
  const result = observedNode('table', table.Name, relation === 'view' ? null : tableComment(table), null, kind);
  result.children = columnNodes(table);
  return result;
}

function schemaNode(database: Database, tables: readonly Table[]): ObservedNode {
  const schema = observedNode('schema', database.Name!, comment(database.Description));
  schema.children = tables.flatMap((table) => tableNode(table) ?? []).sort(compareNames);
  return schema;
}

export function athenaDriver(driver: Driver): AthenaDriver {
  const candidate = driver as Partial<AthenaDriver>;
  if (typeof candidate.catalog !== 'function' || typeof candidate.databaseName !== 'string') {
    throw new Error('the athena connector needs a driver made by its own createDriver');
  }
  return candidate as AthenaDriver;
}

async function readDatabase(catalog: GlueCatalog, name: string, scope: IntrospectScope): Promise<ObservedNode> {
  const wanted = schemasInScope(scope, name);
  const databases = (await catalog.databases()).filter(
    (database) => typeof database.Name === 'string' && schemaWanted(wanted, database.Name),
  );
  const schemas: ObservedNode[] = [];
  for (const database of databases) schemas.push(schemaNode(database, await catalog.tables(database.Name!)));
  return namedDatabaseNode(name, schemas);
}

export async function introspect(driver: Driver, scope: IntrospectScope): Promise<Introspection> {
  const athena = athenaDriver(driver);
  const catalog = await athena.catalog();
  const databases = databaseInScope(scope, athena.databaseName) ? [await readDatabase(catalog, athena.databaseName, scope)] : [];
  return { observed: { service: scope.service, databases }, server: { version: SERVER_VERSION }, queries: catalog.requests };
}
