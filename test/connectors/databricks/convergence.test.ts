/**
 * The legacy Hive metastore end to end through the CLI and the real `@databricks/sql` driver,
 * against the fake Thrift endpoint over HTTPS: plan (with warnings for what the metastore
 * cannot hold: a catalog description, tags, a view's column comments, on a cluster and on a
 * SQL warehouse alike) → apply → the fake holds the values → plan again is empty. Also: the
 * `catalog` option naming the metastore `spark_catalog`, and import adopting the metastore.
 */
import { expect, it } from 'vitest';
import { runCli, writeWorkspace, type WorkspaceFiles } from '../../e2e/cli.js';
import { expectApplied, expectNoChanges, useFakeServers } from './cli-fixtures.js';
import type { FakeDatabricksServer } from './fake/server.js';
import { FakeWorkspace, type WorkspaceOptions } from './fake/workspace.js';
import { HIVE_PRINCIPALS, hiveRows } from './fixtures.js';

const HOSTILE = "It's \\ a 'quoted' ''value'' with ${env:HOME},\nnew lines and '); DROP TABLE x; --";

const servers = useFakeServers();

async function start(version: WorkspaceOptions['version'] = { dbr: '13.3.x-scala2.12' }, catalog = 'hive_metastore'): Promise<FakeDatabricksServer> {
  const workspace = FakeWorkspace.fromInformationSchema(hiveRows(catalog), { mode: 'hive', principals: HIVE_PRINCIPALS, version });
  workspace.temporaryViews.push('session_tmp');
  return servers.start(workspace);
}

/** The manifest file of schema `sales` of service `hms` in `catalog`, with `fields` (description, owners, tags, tables). */
function salesManifest(fields: Record<string, unknown>, catalog = 'hive_metastore'): WorkspaceFiles['manifests'] {
  return { [`hms/${catalog}/sales.yaml`]: [{ apiVersion: 'revmeta/v1', kind: 'Schema', service: 'hms', database: catalog, name: 'sales', ...fields }] };
}

const MANIFESTS = {
  'hms/hive_metastore.yaml': [{ apiVersion: 'revmeta/v1', kind: 'Database', service: 'hms', name: 'hive_metastore', description: 'The metastore' }],
  ...salesManifest({
    description: HOSTILE,
    owners: ['bob'],
    tags: ['PII.None'],
    tables: {
      orders: { description: '', owners: ['alice'], columns: { id: { description: '' }, email: { description: 'Customer e-mail' }, day: { description: 'Partition day' } } },
      order_view: { description: 'A view', owners: ['alice'], columns: { id: { description: 'Key' } } },
      raw_files: { description: 'Landing files' },
    },
  }),
};

/** The column comments of `orders` (a Delta table): one statement each, or one for both where the server takes several columns per ALTER COLUMN. */
const ORDERS_COLUMNS = {
  each: ["ALTER TABLE `hive_metastore`.`sales`.`orders` ALTER COLUMN `id` COMMENT ''", "ALTER TABLE `hive_metastore`.`sales`.`orders` ALTER COLUMN `email` COMMENT 'Customer e-mail'"],
  batched: ["ALTER TABLE `hive_metastore`.`sales`.`orders` ALTER COLUMN `id` COMMENT '', `email` COMMENT 'Customer e-mail'"],
};

it.each<[string, WorkspaceOptions['version'], keyof typeof ORDERS_COLUMNS]>([
  ['a cluster on Databricks Runtime 13.3', { dbr: '13.3.x-scala2.12' }, 'each'],
  // COMMENT ON COLUMN exists there, but not for the Hive metastore: view columns stay withheld.
  ['a SQL warehouse', { dbsql: '2025.35' }, 'batched'],
])('plans with warnings for what the metastore cannot hold, applies, then plans nothing (%s)', async (_server, version, columnStatements) => {
  const fake = await start(version);
  const file = await writeWorkspace({
    config: {
      version: 1,
      services: {
        hms: {
          type: 'databricks',
          connection: { ...fake.connection(), token: '${DATABRICKS_TOKEN}' },
          owners: { map: { bob: "bob's team", alice: 'alice@example.com' } },
        },
      },
    },
    manifests: MANIFESTS,
  });
  const env = { DATABRICKS_TOKEN: fake.token };

  const planned = await runCli(['plan', '-c', file, '--format', 'json', '--detailed-exitcode'], { env });
  expect(planned.stderr).toBe('');
  expect(planned.code).toBe(2);
  const plan = JSON.parse(planned.stdout) as { warnings: { message: string }[] };
  expect(plan.warnings.map((w) => w.message)).toEqual([
    expect.stringMatching(/^databricks cannot store descriptions on a database: not applied \(hive_metastore\)/),
    expect.stringMatching(/^databricks cannot store tags on a schema: not applied .*leave tags out of the service's sync/),
    expect.stringMatching(/^databricks cannot store descriptions on the columns of a view: not applied \(hive_metastore\.sales\.order_view\.id\)/),
  ]);

  await expectApplied(file, env);
  // Statements of different tables run at once (apply concurrency): only each table's order is fixed.
  expect([...fake.writes].sort()).toEqual([
    "COMMENT ON SCHEMA `hive_metastore`.`sales` IS 'It\\'s \\\\ a \\'quoted\\' \\'\\'value\\'\\' with $\\{env:HOME},\\nnew lines and \\'); DROP TABLE x; --'",
    'COMMENT ON TABLE `hive_metastore`.`sales`.`orders` IS NULL',
    ...ORDERS_COLUMNS[columnStatements],
    "COMMENT ON TABLE `hive_metastore`.`sales`.`order_view` IS 'A view'",
    "COMMENT ON TABLE `hive_metastore`.`sales`.`raw_files` IS 'Landing files'",
    "ALTER SCHEMA `hive_metastore`.`sales` OWNER TO `bob's team`",
    'ALTER TABLE `hive_metastore`.`sales`.`orders` OWNER TO `alice@example.com`',
    'ALTER VIEW `hive_metastore`.`sales`.`order_view` OWNER TO `alice@example.com`',
  ].sort());
  const ws = fake.workspace;
  const sales = ws.schema('hive_metastore', 'sales');
  expect([sales.comment, sales.owner, sales.tags.size]).toEqual([HOSTILE, "bob's team", 0]);
  const orders = ws.table('hive_metastore', 'sales', 'orders');
  expect([orders.comment, orders.owner]).toEqual([null, 'alice@example.com']);
  expect(orders.columns.map((c) => [c.name, c.comment])).toEqual([
    ['id', ''],
    ['email', 'Customer e-mail'],
    ['day', 'Partition day'],
  ]);
  const view = ws.table('hive_metastore', 'sales', 'order_view');
  expect([view.comment, view.owner, view.columns[0]!.comment]).toEqual(['A view', 'alice@example.com', null]);
  expect([ws.table('hive_metastore', 'sales', 'raw_files').comment, ws.table('hive_metastore', 'sales', 'raw_files').owner]).toEqual(['Landing files', 'admins']);
  // Nothing outside the manifests' schema was touched, and the catalog keeps no description.
  expect(ws.schema('hive_metastore', 'staging').comment).toBe('Not in the manifests');
  expect(ws.catalog('hive_metastore').comment).toBeNull();

  await expectNoChanges(file, env);
  // The metastore is read per object: never its (absent) information_schema; only the schema
  // the manifests name, and never the session's temporary view that SHOW TABLES lists.
  expect(fake.statements.some((sql) => /information_schema/i.test(sql))).toBe(false);
  expect(fake.statements.some((sql) => sql.includes('`staging`') || sql.includes('`default`'))).toBe(false);
  expect(fake.statements.some((sql) => sql.includes('session_tmp'))).toBe(false);
  expect(fake.statements.filter((sql) => sql.startsWith('DESCRIBE TABLE EXTENDED'))).toContain('DESCRIBE TABLE EXTENDED `hive_metastore`.`sales`.`raw_files`');
});

it('batches a Delta table\'s column comments on Runtime 16.3 and keeps a Parquet table\'s one per column', async () => {
  const rows = hiveRows();
  rows.tables = rows.tables!.map((t) => (t.table_name === 'raw_files' ? { ...t, data_source_format: 'PARQUET' } : t));
  rows.columns!.push({ table_catalog: 'hive_metastore', table_schema: 'sales', table_name: 'raw_files', column_name: 'size', ordinal_position: 1, full_data_type: 'bigint', comment: null });
  const fake = await servers.start(FakeWorkspace.fromInformationSchema(rows, { mode: 'hive', principals: HIVE_PRINCIPALS, version: { dbr: '16.3.x-scala2.12' } }));
  const file = await writeWorkspace({
    config: { version: 1, services: { hms: { type: 'databricks', connection: { ...fake.connection(), token: '${DATABRICKS_TOKEN}' } } } },
    manifests: salesManifest({
      tables: {
        orders: { columns: { id: { description: 'Key' }, email: { description: 'E-mail' }, day: { description: 'Day' } } },
        raw_files: { columns: { path: { description: 'Path' }, size: { description: 'Bytes' } } },
      },
    }),
  });
  const env = { DATABRICKS_TOKEN: fake.token };
  await expectApplied(file, env);
  expect([...fake.writes].sort()).toEqual([
    "ALTER TABLE `hive_metastore`.`sales`.`orders` ALTER COLUMN `id` COMMENT 'Key', `email` COMMENT 'E-mail', `day` COMMENT 'Day'",
    "ALTER TABLE `hive_metastore`.`sales`.`raw_files` ALTER COLUMN `path` COMMENT 'Path'",
    "ALTER TABLE `hive_metastore`.`sales`.`raw_files` ALTER COLUMN `size` COMMENT 'Bytes'",
  ]);
  expect(fake.workspace.table('hive_metastore', 'sales', 'orders').columns.map((c) => c.comment)).toEqual(['Key', 'E-mail', 'Day']);
  await expectNoChanges(file, env);
});

it('reads and writes the metastore under the name the catalog option gives it', async () => {
  const fake = await start({ dbr: '12.2.x-scala2.12' }, 'spark_catalog');
  const file = await writeWorkspace({
    config: { version: 1, services: { hms: { type: 'databricks', connection: { ...fake.connection(), token: '${DATABRICKS_TOKEN}', catalog: 'spark_catalog', concurrency: 1 } } } },
    manifests: salesManifest({ description: 'Sales', tables: { orders: { columns: { email: { description: 'E-mail' } } } } }, 'spark_catalog'),
  });
  const env = { DATABRICKS_TOKEN: fake.token };
  await expectApplied(file, env);
  expect(fake.writes).toEqual([
    "COMMENT ON SCHEMA `spark_catalog`.`sales` IS 'Sales'",
    "ALTER TABLE `spark_catalog`.`sales`.`orders` ALTER COLUMN `email` COMMENT 'E-mail'",
  ]);
  expect(fake.statements).toContain('SHOW SCHEMAS IN `spark_catalog`');
  const again = await runCli(['plan', '-c', file, '--detailed-exitcode'], { env });
  expect(again.stdout).toContain('No changes.');
  expect(again.code).toBe(0);
});

it('adopts the metastore with import, after which plan finds nothing to do', async () => {
  const fake = await start();
  const file = await writeWorkspace({ config: { version: 1, services: { hms: { type: 'databricks', connection: { ...fake.connection(), token: '${DATABRICKS_TOKEN}' } } } }, manifests: {} });
  const env = { DATABRICKS_TOKEN: fake.token };
  const imported = await runCli(['import', '-c', file], { env });
  expect(imported.stderr).toBe('');
  expect(imported.code).toBe(0);
  const planned = await runCli(['plan', '-c', file, '--detailed-exitcode'], { env });
  expect(planned.stdout).toContain('No changes.');
  expect(planned.code).toBe(0);
  expect(fake.writes).toEqual([]);
});
