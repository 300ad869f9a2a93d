/**
 * examples/postgres on Debian's PostgreSQL 15, as docs/connectors/postgres.md tells a user to
 * run it: not as a superuser but as a `revmeta` login role with the privileges the page lists
 * (membership in the owning and the new owner roles, CREATE on the database and CREATEDB,
 * CREATE on each schema for its new owners). Through the CLI the example's manifests plan
 * with no warning, apply, and plan nothing. Without one of those grants the apply fails with
 * the error the page explains, and its database rolls back.
 * Skipped with a printed reason where the binaries are missing, never under CI.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { startPostgres } from '../../engines/postgres.js';
import { runCli } from '../../e2e/cli.js';
import { expectApplied, expectCleanPlan, expectNoChanges } from '../databricks/cli-fixtures.js';
import { copyExample } from '../databricks/fixtures.js';

const EXAMPLE = fileURLToPath(new URL('../../../examples/postgres/', import.meta.url));
const PASSWORD = "revmeta's test password";
const ENV = { PG_PASSWORD: PASSWORD, REVMETA_CACHE_DIR: 'off' };

const engine = await startPostgres();
const skip = 'skip' in engine ? engine.skip : undefined;
if (skip) console.warn(`skipping examples/postgres on PostgreSQL 15: ${skip}`);
const port = 'port' in engine ? engine.port : 0;

afterAll(async () => {
  if (!('skip' in engine)) await engine.stop();
});

/** Runs SQL as the `postgres` superuser (trusted on 127.0.0.1) in `database`. */
async function asSuperuser(database: string, sql: string): Promise<Record<string, unknown>[]> {
  const client = new pg.Client({ host: '127.0.0.1', port, user: 'postgres', database });
  await client.connect();
  try {
    const results: unknown = await client.query(sql);
    const last = Array.isArray(results) ? results.at(-1) : results;
    return (last as { rows: Record<string, unknown>[] }).rows;
  } finally {
    await client.end();
  }
}

/** The objects the example's manifests name, owned by an ETL role, none described yet (a fresh database). */
async function seed(database: string): Promise<void> {
  await asSuperuser('postgres', `DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
  await asSuperuser('postgres', `CREATE DATABASE ${database} OWNER etl`);
  await asSuperuser(
    database,
    `SET ROLE etl;
    CREATE SCHEMA sales; CREATE SCHEMA finance; CREATE SCHEMA staging;
    CREATE TABLE sales.orders (id bigint PRIMARY KEY, status text NOT NULL, notes text);
    COMMENT ON COLUMN sales.orders.notes IS 'free text';
    CREATE TABLE sales.customers (id bigint PRIMARY KEY, email text);
    CREATE VIEW sales.open_orders AS SELECT id, status FROM sales.orders WHERE status <> 'shipped';
    CREATE MATERIALIZED VIEW sales.daily_revenue AS SELECT current_date AS revenue_day, 0::numeric AS revenue;
    CREATE TABLE finance.invoices (invoice_id bigint PRIMARY KEY, amount_cents bigint);
    CREATE TABLE staging.raw_orders (payload jsonb);
    RESET ROLE;`,
  );
}

/** The roles of the example's owners.map, and the `revmeta` login with the page's privileges. */
async function createRoles(): Promise<void> {
  if ((await asSuperuser('postgres', `SELECT 1 FROM pg_roles WHERE rolname = 'revmeta'`)).length > 0) return;
  await asSuperuser(
    'postgres',
    `CREATE ROLE etl; CREATE ROLE data_platform; CREATE ROLE sales_eng; CREATE ROLE finance_owner;
    CREATE ROLE revmeta LOGIN CREATEDB PASSWORD '${PASSWORD.replaceAll("'", "''")}';
    GRANT etl, data_platform, sales_eng, finance_owner TO revmeta;`,
  );
}

/** Grants of one database: CREATE on it for ALTER SCHEMA … OWNER TO, CREATE on each schema for its new owners. */
async function grantSchemaPrivileges(database: string, { salesCreate = true } = {}): Promise<void> {
  await asSuperuser(
    database,
    `GRANT CREATE ON DATABASE ${database} TO revmeta;
    ${salesCreate ? 'GRANT CREATE ON SCHEMA sales TO sales_eng;' : ''}
    GRANT CREATE ON SCHEMA finance TO finance_owner;`,
  );
}

/** A copy of the example pointed at the local server, as `revmeta` with the password from ${PG_PASSWORD}. */
function copyFor(database: string): Promise<string> {
  // The manifests name the database `analytics`; the copy connects to it first.
  return copyExample(EXAMPLE, 'warehouse', (original) => ({
    ...original,
    host: '127.0.0.1',
    port,
    ssl: false,
    database,
    password: '${PG_PASSWORD}',
  }));
}

describe.skipIf(skip !== undefined)('examples/postgres on PostgreSQL 15, as a role that owns nothing itself', () => {
  it('plans with no warning, applies as the page says, and then plans nothing', async () => {
    await createRoles();
    await seed('analytics');
    await grantSchemaPrivileges('analytics');
    const file = await copyFor('analytics');
    await expectCleanPlan(file, ENV);
    await expectApplied(file, ENV);
    await expectNoChanges(file, ENV);

    const owners = await asSuperuser(
      'analytics',
      `SELECT c.relname AS name, pg_get_userbyid(c.relowner) AS owner, obj_description(c.oid, 'pg_class') AS description
        FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname IN ('sales', 'finance') AND c.relkind IN ('r', 'v', 'm') ORDER BY 1`,
    );
    expect(owners).toEqual([
      { name: 'customers', owner: 'etl', description: 'One row per customer account.' },
      { name: 'daily_revenue', owner: 'etl', description: 'Revenue per day, refreshed nightly (a materialized view).' },
      { name: 'invoices', owner: 'finance_owner', description: 'One row per invoice; amounts in cents.' },
      { name: 'open_orders', owner: 'sales_eng', description: 'Orders not yet shipped (a view).' },
      { name: 'orders', owner: 'sales_eng', description: 'One row per order.\nRefunds are separate rows with a negative amount.\n' },
    ]);
    const [database] = await asSuperuser('analytics', `SELECT pg_get_userbyid(datdba) AS owner, shobj_description(oid, 'pg_database') AS description FROM pg_database WHERE datname = 'analytics'`);
    expect(database).toEqual({ owner: 'data_platform', description: 'Company warehouse, loaded nightly from the shop and the ERP.' });
    const [notes] = await asSuperuser('analytics', `SELECT col_description('sales.orders'::regclass, 3) AS description`);
    expect(notes).toEqual({ description: null });
  });

  it("fails with 'permission denied for schema' when a new table owner may not create in its schema, and rolls the database back", async () => {
    await createRoles();
    await seed('analytics');
    await grantSchemaPrivileges('analytics', { salesCreate: false });
    const file = await copyFor('analytics');
    // Leave the schema's owner (etl) as it is: were sales_eng to own the schema first, it could create there.
    const sales = path.join(path.dirname(file), 'metadata', 'warehouse', 'analytics', 'sales.yaml');
    const text = await readFile(sales, 'utf8');
    expect(text).toContain('owners: [sales-engineering]\ntables:');
    await writeFile(sales, text.replace('owners: [sales-engineering]\ntables:', 'tables:'));

    const applied = await runCli(['apply', '-c', file, '--auto-approve'], { env: ENV });
    expect(applied.code).toBe(1);
    expect(applied.stdout).toContain('permission denied for schema sales');
    expect(applied.stdout).toContain('statement: ALTER TABLE "sales"."orders" OWNER TO "sales_eng"');
    expect(applied.stdout).toContain('rolled back: a later statement of this database failed');
    const [table] = await asSuperuser('analytics', `SELECT obj_description('sales.orders'::regclass, 'pg_class') AS description`);
    expect(table).toEqual({ description: null });
  });
});
