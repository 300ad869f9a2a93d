/**
 * examples/databricks (the legacy Hive metastore) as a user runs it: `revmeta validate`
 * accepts it with its OAuth secret in the environment and names a missing one; its config
 * names every connection option (set or commented out); and its manifests, with the example's
 * sync and owners map, plan → apply → plan nothing through the CLI against the fake Thrift
 * endpoint of a Hive metastore that holds the objects they name.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { connectionSchema } from '../../../src/connectors/databricks/driver.js';
import { runCli } from '../../e2e/cli.js';
import { expectApplied, expectCleanPlan, expectEveryConnectionOption, expectNoChanges, useFakeServers } from './cli-fixtures.js';
import { FakeWorkspace, type InformationSchemaRows } from './fake/workspace.js';
import { copyExample } from './fixtures.js';

const EXAMPLE = fileURLToPath(new URL('../../../examples/databricks/', import.meta.url));
const CONFIG = path.join(EXAMPLE, 'revmeta.yaml');
const ENV = {
  DATABRICKS_HOST: 'adb-1234567890123456.7.azuredatabricks.net',
  DATABRICKS_CLIENT_ID: '6f3b1c2d-0000-4a6f-9c1e-5d2f3a4b5c6d',
  DATABRICKS_CLIENT_SECRET: 'dose0123456789abcdef',
  REVMETA_CACHE_DIR: 'off',
};

describe('examples/databricks', () => {
  it('is valid with DATABRICKS_HOST, DATABRICKS_CLIENT_ID and DATABRICKS_CLIENT_SECRET set', async () => {
    const run = await runCli(['validate', '-c', CONFIG], { env: ENV });
    expect(run).toEqual({ code: 0, stdout: 'Valid: 1 service(s), 1 manifest file(s), 9 object(s).\n', stderr: '' });
  });

  it('names the missing variable', async () => {
    const { DATABRICKS_CLIENT_SECRET: _secret, ...env } = ENV;
    const run = await runCli(['plan', '-c', CONFIG], { env });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/revmeta\.yaml:\d+:\d+: environment variable DATABRICKS_CLIENT_SECRET is not set/);
    expect(run.stderr).not.toMatch(/DATABRICKS_HOST|DATABRICKS_CLIENT_ID /);
  });

  it('keeps its secrets in the environment, names every connection option and leaves tags out of sync', async () => {
    const text = await readFile(CONFIG, 'utf8');
    const config = parse(text) as { services: Record<string, { type: string; sync: string[]; connection: Record<string, unknown> }> };
    const [service] = Object.values(config.services);
    expect(service?.type).toBe('databricks');
    expect(service!.connection.clientSecret).toBe('${DATABRICKS_CLIENT_SECRET}');
    expect(service!.sync).toEqual(['descriptions', 'owners']);
    expectEveryConnectionOption(text, connectionSchema);
  });
});

/** A Hive metastore with the objects the example's manifests name, none of them as the manifests want. */
function exampleRows(): InformationSchemaRows {
  const table = (name: string, type: string, comment: string | null) => ({ table_catalog: 'hive_metastore', table_schema: 'sales', table_name: name, table_type: type, table_owner: 'admins', comment });
  const column = (tableName: string, name: string, ordinal: number, comment: string | null = null) => ({
    table_catalog: 'hive_metastore',
    table_schema: 'sales',
    table_name: tableName,
    column_name: name,
    ordinal_position: ordinal,
    full_data_type: 'string',
    comment,
  });
  return {
    catalogs: [{ catalog_name: 'hive_metastore', catalog_owner: 'admins', comment: null }],
    schemata: [
      { catalog_name: 'hive_metastore', schema_name: 'default', schema_owner: 'admins', comment: 'Default Hive database' },
      { catalog_name: 'hive_metastore', schema_name: 'sales', schema_owner: 'admins', comment: null },
    ],
    tables: [table('customers', 'MANAGED', null), table('orders', 'EXTERNAL', 'Orders'), table('order_summary', 'VIEW', null)],
    columns: [
      column('customers', 'id', 0, 'Surrogate key.'),
      column('customers', 'email', 1),
      column('orders', 'status', 0),
      column('orders', 'notes', 1, 'Free text from the shop'),
      column('order_summary', 'customer_email', 0),
    ],
  };
}

describe('examples/databricks on the fake Hive metastore', () => {
  const servers = useFakeServers();

  it('plans, applies descriptions and owners, then plans nothing', async () => {
    const workspace = FakeWorkspace.fromInformationSchema(exampleRows(), {
      mode: 'hive',
      principals: ['admins', 'data-platform', 'alice@example.com'],
      version: { dbr: '14.3.x-scala2.12' },
    });
    const fake = await servers.start(workspace);
    // The example's connection pointed at the fake with a token, its catalog options kept.
    const file = await copyExample(EXAMPLE, 'legacy', ({ catalog, concurrency }) => ({ ...fake.connection(), token: '${DATABRICKS_TOKEN}', catalog, concurrency }));
    const env = { DATABRICKS_TOKEN: fake.token, REVMETA_CACHE_DIR: 'off' };

    await expectCleanPlan(file, env);
    await expectApplied(file, env);
    // Statements of different tables run at once (apply concurrency): only each table's order is fixed.
    expect([...fake.writes].sort()).toEqual([
      "COMMENT ON SCHEMA `hive_metastore`.`sales` IS 'Orders and customers from the web shop.'",
      "COMMENT ON TABLE `hive_metastore`.`sales`.`customers` IS 'One row per customer account.'",
      "ALTER TABLE `hive_metastore`.`sales`.`customers` ALTER COLUMN `email` COMMENT 'Customer e-mail address, lower-cased.'",
      "COMMENT ON TABLE `hive_metastore`.`sales`.`orders` IS 'One row per order.\\nRefunds are separate rows with a negative amount.\\n'",
      "ALTER TABLE `hive_metastore`.`sales`.`orders` ALTER COLUMN `status` COMMENT 'One of: \\'placed\\', \\'paid\\', \\'shipped\\', \\'refunded\\'.'",
      "ALTER TABLE `hive_metastore`.`sales`.`orders` ALTER COLUMN `notes` COMMENT ''",
      "COMMENT ON TABLE `hive_metastore`.`sales`.`order_summary` IS 'Orders per customer and day.'",
      'ALTER SCHEMA `hive_metastore`.`sales` OWNER TO `data-platform`',
      'ALTER TABLE `hive_metastore`.`sales`.`customers` OWNER TO `data-platform`',
      'ALTER TABLE `hive_metastore`.`sales`.`orders` OWNER TO `alice@example.com`',
      'ALTER VIEW `hive_metastore`.`sales`.`order_summary` OWNER TO `alice@example.com`',
    ].sort());
    // Only the schema the manifests name is described (by plan, and again by apply), never `default`.
    expect(new Set(fake.statements.filter((sql) => sql.startsWith('DESCRIBE SCHEMA')))).toEqual(new Set(['DESCRIBE SCHEMA EXTENDED `hive_metastore`.`sales`']));

    await expectNoChanges(file, env);
  });
});
