import type { Change } from '../../model/change.js';
import type { Connector, Driver, CompileContext } from '../types.js';
import { defineConnector } from '../kit/connector.js';
import { mapLimit } from '../kit/map-limit.js';
import * as capabilities from './capabilities.js';
import * as driver from './driver.js';
import { isBigQueryDriver, type ApiResource } from './driver.js';
import * as introspect from './introspect.js';
import * as sql from './sql.js';
import { needsPatch, objectKey, type BigQueryCompileContext, type SchemaField, type TableRead } from './sql.js';

/** Tables whose changes go into a whole-schema tables.patch (a nested field's description changes): [project, dataset, table] by objectKey. */
function patchedTables(changes: readonly Change[]): Map<string, [string, string, string]> {
  const columnsByTable = new Map<string, Change[]>();
  for (const change of changes) {
    const { kind, database, schema, table } = change.object;
    if (change.field !== 'description' || kind !== 'column' || schema === undefined || table === undefined) continue;
    const key = objectKey(database, schema, table);
    columnsByTable.set(key, [...(columnsByTable.get(key) ?? []), change]);
  }
  const tables = new Map<string, [string, string, string]>();
  for (const [key, columns] of columnsByTable) {
    if (!needsPatch(columns)) continue;
    const { database, schema, table } = columns[0]!.object;
    tables.set(key, [database, schema!, table!]);
  }
  return tables;
}

/** What a whole-schema patch restates, and the etag it is guarded by, as tables.get returned them. */
function tableRead(resource: ApiResource, where: string): TableRead {
  const schema = resource.schema as { fields?: unknown } | undefined;
  if (!schema || !Array.isArray(schema.fields)) throw new Error(`tables.get of ${where} returned no schema`);
  if (typeof resource.etag !== 'string' || resource.etag === '') throw new Error(`tables.get of ${where} returned no etag`);
  return { etag: resource.etag, fields: schema.fields as SchemaField[] };
}

/** Requests in flight at once while reading tables (as apply's default concurrency). */
const READ_CONCURRENCY = 8;

/**
 * Reads, through the API (immediately consistent, unlike INFORMATION_SCHEMA), what compile
 * needs: the schema and etag of each table whose nested field descriptions change (tables.patch
 * replaces the whole schema; the etag makes BigQuery refuse the patch once the table changed
 * since this read). One `tables.get` per such table, 8 at a time. Labels need no read: they are
 * sent as a merge of the changed keys.
 */
export async function readCompileContext(driver: Driver, changes: readonly Change[]): Promise<CompileContext> {
  if (!isBigQueryDriver(driver)) throw new Error('the bigquery connector needs its own driver');
  const tables = [...patchedTables(changes)];
  if (tables.length === 0) return {};
  const reads = await mapLimit(tables, READ_CONCURRENCY, async ([, [project, dataset, name]]) =>
    tableRead(await driver.getTable(project, dataset, name), `${project}.${dataset}.${name}`),
  );
  const context: BigQueryCompileContext = { tables: {} };
  tables.forEach(([key], index) => (context.tables![key] = reads[index]!));
  return context;
}

export const bigquery: Connector = defineConnector({ driver, sql, capabilities, introspect }, {
  type: 'bigquery',
  docs: {
    title: 'BigQuery',
    levels: { database: 'project', schema: 'dataset' },
    testedOn: 'a local fake BigQuery REST API behind the real client; golden SQL',
  },
  readCompileContext,
});
