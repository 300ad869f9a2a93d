/**
 * A workspace on the legacy Hive metastore: schemas, a partitioned managed table, an external
 * table and a view, plus a session's temporary view (which SHOW TABLES lists and revmeta must
 * skip). Seeded in information_schema shape; the fake answers SHOW and DESCRIBE from it.
 * And copies of the examples pointed at the fake.
 */
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import type { InformationSchemaRows } from './fake/workspace.js';

export const HIVE_PRINCIPALS = ['admins', 'data-eng', 'alice@example.com', "bob's team"];

/** The metastore's rows; `catalog` names it (`hive_metastore`, or `spark_catalog` on some workspaces). */
export function hiveRows(catalog = 'hive_metastore'): InformationSchemaRows {
  const column = (table: string, name: string, ordinal: number, type: string, comment: string | null, extra: Record<string, unknown> = {}) => ({
    table_catalog: catalog,
    table_schema: 'sales',
    table_name: table,
    column_name: name,
    ordinal_position: ordinal,
    full_data_type: type,
    comment,
    ...extra,
  });
  return {
    catalogs: [{ catalog_name: catalog, catalog_owner: 'admins', comment: null }],
    schemata: [
      { catalog_name: catalog, schema_name: 'default', schema_owner: 'admins', comment: 'Default Hive database' },
      { catalog_name: catalog, schema_name: 'sales', schema_owner: 'data-eng', comment: null },
      { catalog_name: catalog, schema_name: 'staging', schema_owner: 'data-eng', comment: 'Not in the manifests' },
    ],
    tables: [
      { table_catalog: catalog, table_schema: 'sales', table_name: 'orders', table_type: 'MANAGED', table_owner: 'data-eng', comment: 'Orders' },
      { table_catalog: catalog, table_schema: 'sales', table_name: 'order_view', table_type: 'VIEW', table_owner: 'data-eng', comment: null },
      { table_catalog: catalog, table_schema: 'sales', table_name: 'raw_files', table_type: 'EXTERNAL', table_owner: 'admins', comment: null },
      { table_catalog: catalog, table_schema: 'staging', table_name: 'loads', table_type: 'MANAGED', table_owner: 'data-eng', comment: null },
    ],
    columns: [
      column('orders', 'id', 0, 'bigint', 'Surrogate key'),
      column('orders', 'email', 1, 'string', null),
      column('orders', 'day', 2, 'date', 'Partition day', { partition_index: 0 }),
      column('order_view', 'id', 0, 'bigint', null),
      column('raw_files', 'path', 0, 'string', null),
      { table_catalog: catalog, table_schema: 'staging', table_name: 'loads', column_name: 'id', ordinal_position: 0, full_data_type: 'bigint', comment: null },
    ],
  };
}

/**
 * A copy of an example folder (examples/databricks, examples/unitycatalog) in a temp folder,
 * its service's connection replaced by `connection(original)` and the rest of its config as it
 * is; returns the copied config file.
 */
export async function copyExample(exampleDir: string, service: string, connection: (original: Record<string, unknown>) => Record<string, unknown>): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'revmeta-example-'));
  await cp(path.join(exampleDir, 'metadata'), path.join(dir, 'metadata'), { recursive: true });
  const config = parse(await readFile(path.join(exampleDir, 'revmeta.yaml'), 'utf8')) as { services: Record<string, { connection: Record<string, unknown> }> };
  const target = config.services[service];
  if (target === undefined) throw new Error(`${exampleDir} has no service ${service}`);
  target.connection = connection(target.connection);
  const file = path.join(dir, 'revmeta.yaml');
  await writeFile(file, stringify(config));
  return file;
}
