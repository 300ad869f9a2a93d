/**
 * examples/unitycatalog as a user runs it: `revmeta validate` accepts it with its secrets in
 * the environment and names a missing one; its config names every connection option (set or
 * commented out); and its manifests, with the example's owners map and managed tags, plan →
 * apply → plan nothing through the CLI against the fake Thrift endpoint of a workspace that
 * holds the objects they name.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { connectionSchema } from '../../../src/connectors/unitycatalog/driver.js';
import { runCli } from '../../e2e/cli.js';
import { expectApplied, expectCleanPlan, expectEveryConnectionOption, expectNoChanges, useFakeServers } from '../databricks/cli-fixtures.js';
import type { FakeDatabricksServer } from '../databricks/fake/server.js';
import { FakeWorkspace, type InformationSchemaRows } from '../databricks/fake/workspace.js';
import { copyExample } from '../databricks/fixtures.js';

const EXAMPLE = fileURLToPath(new URL('../../../examples/unitycatalog/', import.meta.url));
const CONFIG = path.join(EXAMPLE, 'revmeta.yaml');
const ENV = { DATABRICKS_HOST: 'dbc-a1b2c3d4-e5f6.cloud.databricks.com', DATABRICKS_TOKEN: 'dapi0123456789abcdef', REVMETA_CACHE_DIR: 'off' };

describe('examples/unitycatalog', () => {
  it('is valid with DATABRICKS_HOST and DATABRICKS_TOKEN set', async () => {
    const run = await runCli(['validate', '-c', CONFIG], { env: ENV });
    expect(run).toEqual({ code: 0, stdout: 'Valid: 1 service(s), 2 manifest file(s), 13 object(s).\n', stderr: '' });
  });

  it('names the missing variables', async () => {
    const run = await runCli(['plan', '-c', CONFIG], { env: { REVMETA_CACHE_DIR: 'off' } });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/revmeta\.yaml:\d+:\d+: environment variable DATABRICKS_HOST is not set/);
    expect(run.stderr).toMatch(/revmeta\.yaml:\d+:\d+: environment variable DATABRICKS_TOKEN is not set/);
  });

  it('keeps its secrets in the environment and names every connection option', async () => {
    const text = await readFile(CONFIG, 'utf8');
    const config = parse(text) as { services: Record<string, { type: string; connection: Record<string, unknown> }> };
    const [service] = Object.values(config.services);
    expect(service?.type).toBe('unitycatalog');
    expect(service!.connection.token).toBe('${DATABRICKS_TOKEN}');
    expectEveryConnectionOption(text, connectionSchema);
  });
});

/** A workspace with the objects the example's manifests name, none of them as the manifests want. */
function exampleRows(): InformationSchemaRows {
  const table = (name: string, type: string, owner: string, comment: string | null) => ({ table_catalog: 'main', table_schema: 'sales', table_name: name, table_type: type, table_owner: owner, comment });
  const column = (tableName: string, name: string, ordinal: number, comment: string | null = null) => ({
    table_catalog: 'main',
    table_schema: 'sales',
    table_name: tableName,
    column_name: name,
    ordinal_position: ordinal,
    full_data_type: 'string',
    comment,
  });
  return {
    catalogs: [{ catalog_name: 'main', catalog_owner: 'admins', comment: 'Main catalog' }],
    schemata: [{ catalog_name: 'main', schema_name: 'sales', schema_owner: 'admins', comment: null }],
    tables: [
      table('customers', 'MANAGED', 'admins', null),
      table('orders', 'MANAGED', 'admins', 'Orders'),
      table('order_summary', 'VIEW', 'admins', null),
      table('events', 'STREAMING_TABLE', 'admins', null),
    ],
    columns: [
      column('customers', 'id', 0),
      column('customers', 'email', 1),
      column('customers', 'country_code', 2),
      column('orders', 'id', 0, 'Surrogate key.'),
      column('orders', 'status', 1),
      column('orders', 'notes', 2, 'Free text from the shop'),
      column('order_summary', 'customer_email', 0),
      column('order_summary', 'orders', 1),
      column('events', 'id', 0),
    ],
    table_tags: [
      { catalog_name: 'main', schema_name: 'sales', table_name: 'orders', tag_name: 'PII', tag_value: 'None' },
      { catalog_name: 'main', schema_name: 'sales', table_name: 'orders', tag_name: 'Tier', tag_value: 'Tier2' },
      { catalog_name: 'main', schema_name: 'sales', table_name: 'orders', tag_name: 'cost_center', tag_value: 'shop' },
    ],
  };
}

describe('examples/unitycatalog on the fake workspace', () => {
  const servers = useFakeServers();

  /** The example with its connection pointed at the fake (the rest of its config as it is). */
  const copyOfExample = (fake: FakeDatabricksServer) => copyExample(EXAMPLE, 'lakehouse', () => ({ ...fake.connection(), token: '${DATABRICKS_TOKEN}' }));

  it('plans every statement kind, applies, then plans nothing', async () => {
    // A warehouse release with ALTER VIEW ... ALTER COLUMN, so the view column's tag is written too.
    const workspace = FakeWorkspace.fromInformationSchema(exampleRows(), {
      mode: 'uc',
      principals: ['admins', 'data-platform', 'sales-engineering', 'alice@example.com'],
      version: { dbsql: '2026.47' },
    });
    const fake = await servers.start(workspace);
    const file = await copyOfExample(fake);
    const env = { DATABRICKS_TOKEN: fake.token, REVMETA_CACHE_DIR: 'off' };

    await expectCleanPlan(file, env);
    await expectApplied(file, env);
    // Statements of different tables run at once (apply concurrency): only each table's order is fixed.
    expect([...fake.writes].sort()).toEqual([
      "COMMENT ON CATALOG `main` IS 'Company lakehouse, loaded nightly from the shop and the CRM.'",
      "ALTER CATALOG `main` SET TAGS ('Tier' = 'Tier1')",
      "COMMENT ON SCHEMA `main`.`sales` IS 'Orders and customers from the web shop.'",
      "COMMENT ON TABLE `main`.`sales`.`customers` IS 'One row per customer account.'",
      "ALTER TABLE `main`.`sales`.`customers` SET TAGS ('Tier' = 'Tier1')",
      // A Delta table's column comments on a SQL warehouse: one statement for all of them.
      "ALTER TABLE `main`.`sales`.`customers` ALTER COLUMN `id` COMMENT 'Surrogate key.', `email` COMMENT 'Customer e-mail address, lower-cased.', `country_code` COMMENT 'ISO 3166-1 alpha-2 country of the billing address.'",
      "ALTER TABLE `main`.`sales`.`customers` ALTER COLUMN `email` SET TAGS ('PII' = 'Sensitive')",
      "COMMENT ON TABLE `main`.`sales`.`orders` IS 'One row per order.\\nRefunds are separate rows with a negative amount.\\n'",
      "ALTER TABLE `main`.`sales`.`orders` UNSET TAGS ('PII', 'Tier')",
      "ALTER TABLE `main`.`sales`.`orders` ALTER COLUMN `status` COMMENT 'One of: \\'placed\\', \\'paid\\', \\'shipped\\', \\'refunded\\'.', `notes` COMMENT ''",
      "COMMENT ON TABLE `main`.`sales`.`order_summary` IS 'Orders per customer and day.'",
      "COMMENT ON COLUMN `main`.`sales`.`order_summary`.`customer_email` IS 'From customers.email.'",
      "ALTER VIEW `main`.`sales`.`order_summary` ALTER COLUMN `customer_email` SET TAGS ('PII' = 'Sensitive')",
      "COMMENT ON TABLE `main`.`sales`.`events` IS 'Click stream, appended by a Lakeflow pipeline.'",
      "ALTER STREAMING TABLE `main`.`sales`.`events` SET TAGS ('Tier' = 'Tier3')",
      'ALTER CATALOG `main` OWNER TO `data-platform`',
      'ALTER SCHEMA `main`.`sales` OWNER TO `sales-engineering`',
      'ALTER TABLE `main`.`sales`.`customers` OWNER TO `sales-engineering`',
      'ALTER TABLE `main`.`sales`.`orders` OWNER TO `alice@example.com`',
      'ALTER VIEW `main`.`sales`.`order_summary` OWNER TO `alice@example.com`',
      'ALTER STREAMING TABLE `main`.`sales`.`events` SET OWNER TO `data-platform`',
    ].sort());
    const orders = fake.workspace.table('main', 'sales', 'orders');
    // cost_center is not a managed classification: left alone.
    expect(Object.fromEntries(orders.tags)).toEqual({ cost_center: 'shop' });
    expect(orders.columns.map((c) => [c.name, c.comment])).toEqual([
      ['id', 'Surrogate key.'],
      ['status', "One of: 'placed', 'paid', 'shipped', 'refunded'."],
      ['notes', ''],
    ]);

    await expectNoChanges(file, env);
  });

  it('withholds the view column comment on a cluster before Databricks Runtime 16.1, with a warning', async () => {
    const workspace = FakeWorkspace.fromInformationSchema(exampleRows(), {
      mode: 'uc',
      principals: ['admins', 'data-platform', 'sales-engineering', 'alice@example.com'],
      version: { dbr: '15.4.x-scala2.12' },
    });
    const fake = await servers.start(workspace);
    const file = await copyOfExample(fake);
    const planned = await runCli(['plan', '-c', file, '--format', 'json'], { env: { DATABRICKS_TOKEN: fake.token, REVMETA_CACHE_DIR: 'off' } });
    expect(planned.stderr).toBe('');
    expect(planned.code).toBe(0);
    const plan = JSON.parse(planned.stdout) as { changes: { statements: number[] }[]; statements: { text: string }[]; warnings: { message: string }[] };
    expect(plan.warnings.map((w) => w.message)).toEqual([
      expect.stringMatching(/^unitycatalog cannot store descriptions on the columns of a view: not applied \(main\.sales\.order_summary\.customer_email\)/),
      // ALTER TABLE on a view fails there (EXPECT_TABLE_NOT_VIEW) and ALTER VIEW has no column clause yet.
      expect.stringMatching(/^unitycatalog cannot store tags on the columns of a view: not applied \(main\.sales\.order_summary\.customer_email\)/),
    ]);
    expect((plan.statements as Array<{ text: string }>).map((s) => s.text).filter((sql) => sql.startsWith('COMMENT ON COLUMN'))).toEqual([]);
    expect((plan.statements as Array<{ text: string }>).map((s) => s.text).filter((sql) => sql.includes('`order_summary` ALTER COLUMN'))).toEqual([]);
  });
});
