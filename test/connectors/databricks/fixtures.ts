/**
 * A workspace on the legacy Hive metastore: schemas, a partitioned managed table, an external
 * table and a view, plus a session's temporary view (which SHOW TABLES lists and revmeta must
 * skip). Seeded in information_schema shape; the fake answers SHOW and DESCRIBE from it.
 */
import type { InformationSchemaRows } from './fake/workspace.js';

export const HIVE_PRINCIPALS = ['admins', 'data-eng', 'alice@example.com', "bob's team"];

function column(table: string, name: string, ordinal: number, type: string, comment: string | null, extra: Record<string, unknown> = {}) {
  return { table_catalog: 'hive_metastore', table_schema: 'sales', table_name: table, column_name: name, ordinal_position: ordinal, full_data_type: type, comment, ...extra };
}

export function hiveRows(): InformationSchemaRows {
  return {
    catalogs: [{ catalog_name: 'hive_metastore', catalog_owner: 'admins', comment: null }],
    schemata: [
      { catalog_name: 'hive_metastore', schema_name: 'default', schema_owner: 'admins', comment: 'Default Hive database' },
      { catalog_name: 'hive_metastore', schema_name: 'sales', schema_owner: 'data-eng', comment: null },
      { catalog_name: 'hive_metastore', schema_name: 'staging', schema_owner: 'data-eng', comment: 'Not in the manifests' },
    ],
    tables: [
      { table_catalog: 'hive_metastore', table_schema: 'sales', table_name: 'orders', table_type: 'MANAGED', table_owner: 'data-eng', comment: 'Orders' },
      { table_catalog: 'hive_metastore', table_schema: 'sales', table_name: 'order_view', table_type: 'VIEW', table_owner: 'data-eng', comment: null },
      { table_catalog: 'hive_metastore', table_schema: 'sales', table_name: 'raw_files', table_type: 'EXTERNAL', table_owner: 'admins', comment: null },
      { table_catalog: 'hive_metastore', table_schema: 'staging', table_name: 'loads', table_type: 'MANAGED', table_owner: 'data-eng', comment: null },
    ],
    columns: [
      column('orders', 'id', 0, 'bigint', 'Surrogate key'),
      column('orders', 'email', 1, 'string', null),
      column('orders', 'day', 2, 'date', 'Partition day', { partition_index: 0 }),
      column('order_view', 'id', 0, 'bigint', null),
      column('raw_files', 'path', 0, 'string', null),
      { table_catalog: 'hive_metastore', table_schema: 'staging', table_name: 'loads', column_name: 'id', ordinal_position: 0, full_data_type: 'bigint', comment: null },
    ],
  };
}
