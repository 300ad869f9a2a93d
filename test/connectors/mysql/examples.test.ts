/**
 * examples/mysql on Debian's MariaDB 10.11, as docs/connectors/mysql.md tells a user to run it:
 * as a `revmeta` user holding `ALTER, REFERENCES` on the MySQL databases it describes. Through
 * the CLI the example's manifests plan with no warning (MariaDB stores schema comments), apply
 * (column comments by restating each column from SHOW CREATE TABLE), and plan nothing; the
 * restated columns keep their definitions. With `ALTER` alone the columns are invisible, and
 * without `ALTER` on a table the apply fails with the server's error, as the page explains.
 * Skipped with a printed reason where the binaries are missing, never under CI.
 */
import { fileURLToPath } from 'node:url';
import { createConnection } from 'mysql2/promise';
import { afterAll, describe, expect, it } from 'vitest';
import { startMariaDb } from '../../engines/mariadb.js';
import { runCli } from '../../e2e/cli.js';
import { expectApplied, expectCleanPlan, expectNoChanges } from '../databricks/cli-fixtures.js';
import { copyExample } from '../databricks/fixtures.js';

const EXAMPLE = fileURLToPath(new URL('../../../examples/mysql/', import.meta.url));
const PASSWORD = "revmeta's test password";
const ENV = { MYSQL_PASSWORD: PASSWORD, REVMETA_CACHE_DIR: 'off' };

const engine = await startMariaDb();
const skip = 'skip' in engine ? engine.skip : undefined;
if (skip) console.warn(`skipping examples/mysql on MariaDB 10.11: ${skip}`);
const port = 'port' in engine ? engine.port : 0;

afterAll(async () => {
  if (!('skip' in engine)) await engine.stop();
});

/** Runs statements as root (no password on 127.0.0.1); returns the rows of the last one. */
async function asRoot(...statements: string[]): Promise<Record<string, unknown>[]> {
  const connection = await createConnection({ host: '127.0.0.1', port, user: 'root', charset: 'utf8mb4' });
  try {
    let rows: unknown = [];
    for (const sql of statements) [rows] = await connection.query(sql);
    return rows as Record<string, unknown>[];
  } finally {
    await connection.end();
  }
}

const ORDERS_COLUMNS = [
  '`id` bigint(20) NOT NULL AUTO_INCREMENT',
  "`status` varchar(20) NOT NULL DEFAULT 'placed'",
  "`notes` text DEFAULT NULL COMMENT 'free text'",
];

/** The databases and tables the example's manifests name, and a view they leave alone. */
async function seed(): Promise<void> {
  await asRoot(
    'DROP DATABASE IF EXISTS shop',
    'DROP DATABASE IF EXISTS crm',
    'CREATE DATABASE shop',
    'CREATE DATABASE crm',
    `CREATE TABLE shop.orders (${ORDERS_COLUMNS.join(', ')}, PRIMARY KEY (id))`,
    "CREATE TABLE shop.customers (id bigint NOT NULL PRIMARY KEY, email varchar(320) NOT NULL, country_code char(2) CHECK (country_code = upper(country_code)))",
    'CREATE VIEW shop.order_totals AS SELECT status, count(*) AS orders FROM shop.orders GROUP BY status',
    'CREATE TABLE crm.contacts (contact_id bigint NOT NULL PRIMARY KEY, consent_at datetime NULL)',
  );
}

function copyForServer(): Promise<string> {
  return copyExample(EXAMPLE, 'shop_mysql', (original) => ({ ...original, host: '127.0.0.1', port, ssl: false, password: '${MYSQL_PASSWORD}' }));
}

async function createUser(grants: string[]): Promise<void> {
  await asRoot("DROP USER IF EXISTS 'revmeta'@'%'", `CREATE USER 'revmeta'@'%' IDENTIFIED BY '${PASSWORD.replaceAll("'", "\\'")}'`, ...grants);
}

describe.skipIf(skip !== undefined)('examples/mysql on MariaDB 10.11, as a user with ALTER only', () => {
  it('plans with no warning, applies, plans nothing, and keeps every column definition', async () => {
    await seed();
    await createUser(["GRANT ALTER, REFERENCES ON shop.* TO 'revmeta'@'%'", "GRANT ALTER, REFERENCES ON crm.* TO 'revmeta'@'%'"]);
    const file = await copyForServer();
    await expectCleanPlan(file, ENV);
    await expectApplied(file, ENV);
    await expectNoChanges(file, ENV);

    const [shop] = await asRoot("SELECT SCHEMA_COMMENT AS comment FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = 'shop'");
    expect(shop).toEqual({ comment: 'Orders and customers of the web shop.' });
    const [orders] = await asRoot('SHOW CREATE TABLE shop.orders');
    expect(orders?.['Create Table']).toContain(
      [
        "  `id` bigint(20) NOT NULL AUTO_INCREMENT COMMENT 'Surrogate key.'",
        "  `status` varchar(20) NOT NULL DEFAULT 'placed' COMMENT 'One of: ''placed'', ''paid'', ''shipped'', ''refunded''.'",
        '  `notes` text DEFAULT NULL,',
      ].join(',\n'),
    );
    expect(orders?.['Create Table']).toContain("COMMENT='One row per order.\\nRefunds are separate rows with a negative amount.\\n'");
    const [customers] = await asRoot('SHOW CREATE TABLE shop.customers');
    expect(customers?.['Create Table']).toContain("`country_code` char(2) DEFAULT NULL COMMENT 'ISO 3166-1 alpha-2 country of the billing address.' CHECK (`country_code` = ucase(`country_code`))");
  });

  it('sees no column with ALTER alone: every column is a missing-object warning', async () => {
    await seed();
    await createUser(["GRANT ALTER ON shop.* TO 'revmeta'@'%'", "GRANT ALTER ON crm.* TO 'revmeta'@'%'"]);
    const file = await copyForServer();
    const planned = await runCli(['plan', '-c', file, '--format', 'json'], { env: ENV });
    expect(planned.stderr).toBe('');
    const plan = JSON.parse(planned.stdout) as { warnings: { code: string; object: { kind: string } }[] };
    expect(plan.warnings.map((warning) => `${warning.code} ${warning.object.kind}`)).toEqual(Array(7).fill('missing-object column'));
  });

  it('fails naming the missing ALTER privilege when the user may not alter a table', async () => {
    await seed();
    await createUser(["GRANT ALTER ON shop.* TO 'revmeta'@'%'", "GRANT SELECT ON crm.* TO 'revmeta'@'%'"]);
    const file = await copyForServer();
    const applied = await runCli(['apply', '-c', file, '--auto-approve'], { env: ENV });
    expect(applied.code).toBe(1);
    expect(applied.stdout).toMatch(/ERROR 1142 \(42000\): ALTER command denied to user 'revmeta'@'[^']+' for table `crm`\.`contacts`/);
  });
});
