/**
 * A Unity Catalog workspace as `system.information_schema` describes it: rows in the shape a
 * SQL warehouse returns (audit columns included), which seed the fake server. Every relation
 * kind is here: managed, external, foreign tables, views, materialized views, streaming tables.
 */
import type { InformationSchemaRows } from '../databricks/fake/workspace.js';

const AUDIT = { created: '2024-05-01T10:00:00.000Z', created_by: 'admin@example.com', last_altered: '2024-05-02T10:00:00.000Z', last_altered_by: 'admin@example.com' };

export const PRINCIPALS = ['admins', 'data-eng', 'alice@example.com', "bob's team", 'analysts `core`', '6f3b1c2d-0000-4a6f-9c1e-5d2f3a4b5c6d'];

function column(table: string, name: string, ordinal: number, type: string, comment: string | null, schema = 'sales', catalog = 'main') {
  return { table_catalog: catalog, table_schema: schema, table_name: table, column_name: name, ordinal_position: ordinal, is_nullable: 'YES', full_data_type: type, data_type: type.toUpperCase(), comment };
}

function table(name: string, type: string, owner: string, comment: string | null, schema = 'sales', catalog = 'main') {
  return { table_catalog: catalog, table_schema: schema, table_name: name, table_type: type, is_insertable_into: 'NO', table_owner: owner, comment, ...AUDIT, data_source_format: 'DELTA' };
}

export function ucRows(): InformationSchemaRows {
  return {
    catalogs: [
      { catalog_name: 'main', catalog_owner: 'admins', comment: 'Main catalog', ...AUDIT },
      { catalog_name: 'sandbox', catalog_owner: 'alice@example.com', comment: null, ...AUDIT },
      { catalog_name: 'system', catalog_owner: 'System user', comment: 'System catalog (auto-created)', ...AUDIT },
    ],
    schemata: [
      { catalog_name: 'main', schema_name: 'sales', schema_owner: 'data-eng', comment: 'Sales data', ...AUDIT },
      { catalog_name: 'main', schema_name: 'staging', schema_owner: 'data-eng', comment: '', ...AUDIT },
      { catalog_name: 'main', schema_name: 'information_schema', schema_owner: 'System user', comment: 'Information schema (auto-created)', ...AUDIT },
      { catalog_name: 'sandbox', schema_name: 'default', schema_owner: 'alice@example.com', comment: 'Default schema (auto-created)', ...AUDIT },
      { catalog_name: 'system', schema_name: 'access', schema_owner: 'System user', comment: null, ...AUDIT },
    ],
    tables: [
      table('orders', 'MANAGED', 'data-eng', 'One row per order'),
      table('order_summary', 'VIEW', 'data-eng', null),
      table('daily_mv', 'MATERIALIZED_VIEW', 'data-eng', null),
      table('events_st', 'STREAMING_TABLE', 'data-eng', 'Raw events'),
      table('pg_customers', 'FOREIGN', 'admins', null),
      table('ext_files', 'EXTERNAL', 'data-eng', null),
      table('loads', 'MANAGED', 'data-eng', null, 'staging'),
      table('notes', 'MANAGED', 'alice@example.com', null, 'default', 'sandbox'),
    ],
    columns: [
      // Out of ordinal order on purpose: introspection orders them.
      column('orders', 'amount', 2, 'decimal(10,2)', null),
      column('orders', 'id', 0, 'bigint', 'Surrogate key'),
      column('orders', 'customer_email', 1, 'string', ''),
      column('order_summary', 'id', 0, 'bigint', null),
      column('order_summary', 'total', 1, 'decimal(20,2)', 'Sum of amounts'),
      column('daily_mv', 'day', 0, 'date', null),
      column('events_st', 'id', 0, 'bigint', null),
      column('events_st', 'payload', 1, 'string', null),
      column('pg_customers', 'id', 0, 'int', null),
      column('ext_files', 'path', 0, 'string', null),
      column('loads', 'id', 0, 'bigint', null, 'staging'),
      column('notes', 'text', 0, 'string', null, 'default', 'sandbox'),
    ],
    catalog_tags: [{ catalog_name: 'main', tag_name: 'env', tag_value: 'prod' }],
    schema_tags: [{ catalog_name: 'main', schema_name: 'sales', tag_name: 'Tier', tag_value: 'Gold' }],
    table_tags: [
      { catalog_name: 'main', schema_name: 'sales', table_name: 'orders', tag_name: 'PII', tag_value: 'None' },
      { catalog_name: 'main', schema_name: 'sales', table_name: 'orders', tag_name: 'owner_team', tag_value: 'sales' },
    ],
    column_tags: [{ catalog_name: 'main', schema_name: 'sales', table_name: 'orders', column_name: 'customer_email', tag_name: 'PII', tag_value: 'Sensitive' }],
  };
}
