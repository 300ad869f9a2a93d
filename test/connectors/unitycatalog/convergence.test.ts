/**
 * revmeta end to end through the CLI and the real `@databricks/sql` driver, against the fake
 * Thrift endpoint over HTTPS: plan → apply → the workspace holds exactly the manifests' values
 * (hostile text included) → plan again is empty. Run twice: with direct results (as SQL
 * warehouses answer) and without (polling, paged fetches). Also: failures reported with
 * Databricks' message, a stale saved plan refused, import adopting the workspace, and a wrong
 * token failing at connect without being printed.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { HOSTILE_VALUES } from '../../corpus/hostile.js';
import { runCli, writeWorkspace } from '../../e2e/cli.js';
import { useFakeServers } from '../databricks/cli-fixtures.js';
import type { FakeDatabricksServer, FakeServerOptions } from '../databricks/fake/server.js';
import { SparkSqlError } from '../databricks/fake/spark-sql.js';
import { FakeWorkspace } from '../databricks/fake/workspace.js';
import { PRINCIPALS, ucRows } from './fixtures.js';

const HOSTILE = "It's a \"quoted\" value with \\backslashes\\, '' doubled quotes, ${env:HOME}, $$dollars$$ and\nnew lines\r\n\ttabs, emoji 🎉 and '); DROP TABLE orders; --";
const LONG = HOSTILE_VALUES.find((c) => c.name === '100 KB text')!.value;

const servers = useFakeServers();

async function start(options: Partial<FakeServerOptions> = {}): Promise<FakeDatabricksServer> {
  const workspace = FakeWorkspace.fromInformationSchema(ucRows(), { mode: 'uc', principals: PRINCIPALS });
  return servers.start(workspace, options);
}

function env(fake: FakeDatabricksServer): Record<string, string> {
  return { DATABRICKS_TOKEN: fake.token };
}

function config(fake: FakeDatabricksServer, extra: Record<string, unknown> = {}) {
  return {
    version: 1,
    manifests: 'metadata',
    services: {
      lake: {
        type: 'unitycatalog',
        connection: { ...fake.connection(), token: '${DATABRICKS_TOKEN}' },
        owners: { map: { platform: 'analysts `core`', alice: 'alice@example.com' } },
        tags: { managed: ['PII', 'Tier', 'env'] },
        ...extra,
      },
    },
  };
}

const MANIFESTS = {
  'lake/main.yaml': [{ apiVersion: 'revmeta/v1', kind: 'Database', service: 'lake', name: 'main', description: HOSTILE, owners: ['platform'], tags: ['env.staging'] }],
  'lake/main/sales.yaml': [
    {
      apiVersion: 'revmeta/v1',
      kind: 'Schema',
      service: 'lake',
      database: 'main',
      name: 'sales',
      description: LONG,
      owners: ["bob's team"],
      tags: [],
      tables: {
        orders: {
          description: 'One row per order.\nRefunds are separate rows.',
          owners: ['alice'],
          tags: ['PII.None', 'Tier.Gold'],
          columns: {
            id: { description: '' },
            customer_email: { description: "Customer's e-mail", tags: ['PII.Sensitive'] },
            amount: { tags: ['PII.None'] },
          },
        },
        order_summary: { description: 'A view', owners: ['alice'], tags: ['Tier.Silver'], columns: { id: { description: 'View key' }, total: { description: '' } } },
        daily_mv: { description: 'Daily totals', owners: ['alice'], tags: ['Tier.Bronze'], columns: { day: { description: 'Day', tags: ['PII.None'] } } },
        events_st: { owners: ['alice'], tags: ['Tier.Raw'], columns: { id: { description: 'Event id', tags: ['PII.None'] } } },
        pg_customers: { description: 'Federated from Postgres', owners: ['alice'], tags: ['PII.None'] },
      },
    },
  ],
};

/** What apply must send, in this order (descriptions and tags in manifest order, owners last). */
const EXPECTED_WRITES = [
  `COMMENT ON CATALOG \`main\` IS 'It\\'s a "quoted" value with \\\\backslashes\\\\, \\'\\' doubled quotes, $\\{env:HOME}, $$dollars$$ and\\nnew lines\\r\\n\\ttabs, emoji 🎉 and \\'); DROP TABLE orders; --'`,
  "ALTER CATALOG `main` SET TAGS ('env' = 'staging')",
  expect.stringMatching(/^COMMENT ON SCHEMA `main`\.`sales` IS 'Long text with \\'quotes\\', "double", a \\\\ and \$\$ in it\.\\n\.{11}Long/),
  "ALTER SCHEMA `main`.`sales` UNSET TAGS ('Tier')",
  "COMMENT ON TABLE `main`.`sales`.`orders` IS 'One row per order.\\nRefunds are separate rows.'",
  "ALTER TABLE `main`.`sales`.`orders` SET TAGS ('Tier' = 'Gold')",
  // A Delta table's column comments, on a SQL warehouse: one statement.
  "ALTER TABLE `main`.`sales`.`orders` ALTER COLUMN `id` COMMENT '', `customer_email` COMMENT 'Customer\\'s e-mail'",
  "ALTER TABLE `main`.`sales`.`orders` ALTER COLUMN `amount` SET TAGS ('PII' = 'None')",
  "COMMENT ON TABLE `main`.`sales`.`order_summary` IS 'A view'",
  "ALTER VIEW `main`.`sales`.`order_summary` SET TAGS ('Tier' = 'Silver')",
  "COMMENT ON COLUMN `main`.`sales`.`order_summary`.`id` IS 'View key'",
  'COMMENT ON COLUMN `main`.`sales`.`order_summary`.`total` IS NULL',
  "COMMENT ON TABLE `main`.`sales`.`daily_mv` IS 'Daily totals'",
  "ALTER MATERIALIZED VIEW `main`.`sales`.`daily_mv` SET TAGS ('Tier' = 'Bronze')",
  "COMMENT ON COLUMN `main`.`sales`.`daily_mv`.`day` IS 'Day'",
  "ALTER MATERIALIZED VIEW `main`.`sales`.`daily_mv` ALTER COLUMN `day` SET TAGS ('PII' = 'None')",
  "ALTER STREAMING TABLE `main`.`sales`.`events_st` SET TAGS ('Tier' = 'Raw')",
  "COMMENT ON COLUMN `main`.`sales`.`events_st`.`id` IS 'Event id'",
  "ALTER STREAMING TABLE `main`.`sales`.`events_st` ALTER COLUMN `id` SET TAGS ('PII' = 'None')",
  "COMMENT ON TABLE `main`.`sales`.`pg_customers` IS 'Federated from Postgres'",
  'ALTER CATALOG `main` OWNER TO `analysts ``core```',
  "ALTER SCHEMA `main`.`sales` OWNER TO `bob's team`",
  'ALTER TABLE `main`.`sales`.`orders` OWNER TO `alice@example.com`',
  'ALTER VIEW `main`.`sales`.`order_summary` OWNER TO `alice@example.com`',
  'ALTER MATERIALIZED VIEW `main`.`sales`.`daily_mv` SET OWNER TO `alice@example.com`',
  'ALTER STREAMING TABLE `main`.`sales`.`events_st` SET OWNER TO `alice@example.com`',
  'ALTER TABLE `main`.`sales`.`pg_customers` OWNER TO `alice@example.com`',
];

describe.each<[string, Partial<FakeServerOptions>]>([
  ['with direct results', {}],
  ['polling, paged fetches', { directResults: false, runningPolls: 1, pageSize: 3 }],
])('unitycatalog through @databricks/sql (%s)', (_mode, options) => {
  it('plans, applies every statement kind, holds the values, then plans nothing', async () => {
    const fake = await start(options);
    const file = await writeWorkspace({ config: config(fake), manifests: MANIFESTS });

    const planned = await runCli(['plan', '-c', file, '--format', 'json', '--detailed-exitcode'], { env: env(fake) });
    expect(planned.stderr).toBe('');
    expect(planned.code).toBe(2);
    const plan = JSON.parse(planned.stdout) as { changes: { sql: string[] }[]; conflicts: unknown[]; warnings: { message: string }[] };
    expect(plan.conflicts).toEqual([]);
    // Each description and tag change on the materialized view notes that its pipeline may revert it.
    const revert = (object: string) => expect.stringMatching(new RegExp(`^${object.replaceAll('.', '\\.')}: a materialized view is maintained by a pipeline; .*may revert this change`));
    expect(plan.warnings.map((w) => w.message)).toEqual([
      revert('table main.sales.daily_mv'),
      revert('table main.sales.daily_mv'),
      revert('column main.sales.daily_mv.day'),
      revert('column main.sales.daily_mv.day'),
      expect.stringMatching(/^unitycatalog cannot store tags on a foreign table: not applied \(main\.sales\.pg_customers\)/),
    ]);
    expect(planned.stdout).not.toContain(fake.token);
    // Nine catalog queries, whatever the catalog's size, sent at once.
    const reads = fake.statements.filter((sql) => sql.startsWith('SELECT'));
    expect(reads).toHaveLength(9);
    expect(fake.writes).toEqual([]);

    const applied = await runCli(['apply', '-c', file, '--auto-approve'], { env: env(fake) });
    expect(applied.stderr).toBe('');
    expect(applied.code).toBe(0);
    // Statements of different tables run at once (apply concurrency): only each table's order is fixed.
    expect(fake.writes).toHaveLength(EXPECTED_WRITES.length);
    expect(fake.writes).toEqual(expect.arrayContaining(EXPECTED_WRITES));

    const ws = fake.workspace;
    const main = ws.catalog('main');
    const sales = ws.schema('main', 'sales');
    const orders = ws.table('main', 'sales', 'orders');
    expect([main.comment, main.owner, Object.fromEntries(main.tags)]).toEqual([HOSTILE, 'analysts `core`', { env: 'staging' }]);
    expect([sales.comment, sales.owner, Object.fromEntries(sales.tags)]).toEqual([LONG, "bob's team", {}]);
    expect([orders.comment, orders.owner, Object.fromEntries(orders.tags)]).toEqual([
      'One row per order.\nRefunds are separate rows.',
      'alice@example.com',
      // owner_team is not a managed classification: left alone.
      { PII: 'None', owner_team: 'sales', Tier: 'Gold' },
    ]);
    expect(orders.columns.map((c) => [c.name, c.comment, Object.fromEntries(c.tags)])).toEqual([
      ['id', '', {}],
      ['customer_email', "Customer's e-mail", { PII: 'Sensitive' }],
      ['amount', null, { PII: 'None' }],
    ]);
    expect(ws.table('main', 'sales', 'order_summary').columns.map((c) => c.comment)).toEqual(['View key', null]);
    expect(ws.table('main', 'sales', 'events_st').tags.get('Tier')).toBe('Raw');
    expect(ws.table('main', 'sales', 'pg_customers').tags.size).toBe(0);

    const again = await runCli(['plan', '-c', file, '--detailed-exitcode'], { env: env(fake) });
    expect(again.stdout).toContain('No changes.');
    expect(again.code).toBe(0);
  });
});

describe('unitycatalog failures and safety', () => {
  it("reports Databricks' error for the failing statement; later statements of the catalog do not run", async () => {
    const fake = await start({
      beforeStatement: (sql) => {
        if (sql.startsWith('ALTER CATALOG')) throw new SparkSqlError('PERMISSION_DENIED', 'User does not have MANAGE on Catalog \'main\'.', '42501');
      },
    });
    const file = await writeWorkspace({
      config: config(fake),
      manifests: {
        'lake/main.yaml': [{ apiVersion: 'revmeta/v1', kind: 'Database', service: 'lake', name: 'main', description: 'Main', tags: ['env.staging'] }],
        'lake/main/sales.yaml': [{ apiVersion: 'revmeta/v1', kind: 'Schema', service: 'lake', database: 'main', name: 'sales', description: 'Sales' }],
      },
    });
    const applied = await runCli(['apply', '-c', file, '--auto-approve'], { env: env(fake) });
    expect(applied.code).toBe(1);
    const output = applied.stdout + applied.stderr;
    expect(output).toContain("[PERMISSION_DENIED] User does not have MANAGE on Catalog 'main'. SQLSTATE: 42501");
    expect(fake.writes).toEqual(["COMMENT ON CATALOG `main` IS 'Main'", "ALTER CATALOG `main` SET TAGS ('env' = 'staging')"]);
    expect(fake.workspace.catalog('main').comment).toBe('Main');
    expect(fake.workspace.schema('main', 'sales').comment).toBe('Sales data');
  });

  it('reports a value a governed tag does not allow as the failed change, with Databricks\' error', async () => {
    // Governed tags are account-level policies information_schema does not describe: the plan cannot know.
    const workspace = FakeWorkspace.fromInformationSchema(ucRows(), { mode: 'uc', principals: PRINCIPALS, governedTags: { Tier: ['Gold', 'Silver'] } });
    const fake = await servers.start(workspace);
    const file = await writeWorkspace({
      config: config(fake),
      manifests: { 'lake/main/sales.yaml': [{ apiVersion: 'revmeta/v1', kind: 'Schema', service: 'lake', database: 'main', name: 'sales', tables: { orders: { tags: ['Tier.Platinum'] } } }] },
    });
    const applied = await runCli(['apply', '-c', file, '--auto-approve'], { env: env(fake) });
    expect(applied.code).toBe(1);
    const output = applied.stdout + applied.stderr;
    expect(output).toContain('[INVALID_PARAMETER_VALUE.INVALID_PARAMETER_VALUE] Tag value Platinum is not an allowed value for governed tag key Tier.');
    expect(output).toContain('main.sales.orders');
    expect(fake.workspace.table('main', 'sales', 'orders').tags.get('Tier')).not.toBe('Platinum');
  });

  it('refuses a saved plan once the workspace has moved', async () => {
    const fake = await start();
    const file = await writeWorkspace({
      config: config(fake),
      manifests: { 'lake/main/sales.yaml': [{ apiVersion: 'revmeta/v1', kind: 'Schema', service: 'lake', database: 'main', name: 'sales', tables: { orders: { tags: ['Tier.Gold'] } } }] },
    });
    const out = path.join(path.dirname(file), 'plan.json');
    const planned = await runCli(['plan', '-c', file, '--out', out], { env: env(fake) });
    expect(planned.code).toBe(0);
    fake.workspace.table('main', 'sales', 'orders').tags.set('Tier', 'Silver');
    const applied = await runCli(['apply', '-c', file, out], { env: env(fake) });
    expect(applied.code).toBe(1);
    expect(applied.stderr + applied.stdout).toMatch(/stale|moved|changed since/i);
    expect(fake.writes).toEqual([]);
  });

  it('adopts the workspace with import, after which plan finds nothing to do', async () => {
    const fake = await start();
    const file = await writeWorkspace({ config: { version: 1, services: { lake: { type: 'unitycatalog', connection: { ...fake.connection(), token: '${DATABRICKS_TOKEN}' } } } }, manifests: {} });
    const imported = await runCli(['import', '-c', file, '--database', 'main'], { env: env(fake) });
    expect(imported.stderr).toBe('');
    expect(imported.code).toBe(0);
    const schema = await readFile(path.join(path.dirname(file), 'metadata', 'lake', 'main', 'sales.yaml'), 'utf8');
    expect(schema).toContain('PII.Sensitive');
    expect(schema).toContain('Surrogate key');
    const planned = await runCli(['plan', '-c', file, '--detailed-exitcode'], { env: env(fake) });
    expect(planned.stdout).toContain('No changes.');
    expect(planned.code).toBe(0);
    expect(fake.writes).toEqual([]);
  });

  it('keeps the entry of a table it no longer lists, and warns: Unity Catalog lists only what the principal may use', async () => {
    const fake = await start();
    const file = await writeWorkspace({ config: { version: 1, services: { lake: { type: 'unitycatalog', connection: { ...fake.connection(), token: '${DATABRICKS_TOKEN}' } } } }, manifests: {} });
    expect((await runCli(['import', '-c', file, '--database', 'main'], { env: env(fake) })).code).toBe(0);
    const schemaFile = path.join(path.dirname(file), 'metadata', 'lake', 'main', 'sales.yaml');
    const before = await readFile(schemaFile, 'utf8');
    expect(before).toContain('orders:');

    // Gone from the listing: dropped, or a revoked grant; the listing says the same of both.
    const sales = fake.workspace.schema('main', 'sales');
    sales.tables = sales.tables.filter((table) => table.name !== 'orders');
    const again = await runCli(['import', '-c', file, '--database', 'main'], { env: env(fake) });
    expect(again.code).toBe(0);
    expect(again.stderr).toBe(
      'Warning: lake main.sales.orders: not listed, and revmeta cannot tell a dropped table from one the role may not see; ' +
        'its entry in the manifests was kept as it is; delete it by hand if it was dropped\n',
    );
    expect(await readFile(schemaFile, 'utf8')).toBe(before);
  });

  it('fails at connect with a wrong token, naming where and never printing it', async () => {
    const fake = await start();
    const file = await writeWorkspace({ config: config(fake), manifests: MANIFESTS });
    const wrong = 'dapi-wrong-token-0123456789';
    const planned = await runCli(['plan', '-c', file], { env: { DATABRICKS_TOKEN: wrong } });
    expect(planned.code).toBe(1);
    expect(planned.stderr).toContain(`could not connect to Unity Catalog at https://127.0.0.1:${fake.port}${fake.httpPath} with a token: HTTP 403: authentication failed`);
    expect(planned.stderr + planned.stdout).not.toContain(wrong);
    expect(fake.rejected).toEqual([`Bearer ${wrong}`]);
  });

  it('does not trust the server without its CA', async () => {
    const fake = await start();
    const base = config(fake);
    const { caCertPath: _ca, ...connection } = base.services.lake.connection as Record<string, unknown>;
    const file = await writeWorkspace({ config: { ...base, services: { lake: { ...base.services.lake, connection } } }, manifests: MANIFESTS });
    const planned = await runCli(['plan', '-c', file], { env: env(fake) });
    expect(planned.code).toBe(1);
    expect(planned.stderr).toMatch(/self[- ]signed certificate.*set caCertPath to its CA/);
    expect(fake.statements).toEqual([]);
  });

  it('writes the manifests that validate accepts for this connector', async () => {
    const fake = await start();
    const file = await writeWorkspace({ config: config(fake), manifests: MANIFESTS });
    await writeFile(path.join(path.dirname(file), 'extra.txt'), 'not a manifest');
    const validated = await runCli(['validate', '-c', file], { env: env(fake) });
    expect(validated.stderr).toBe('');
    expect(validated.code).toBe(0);
  });
});
