/**
 * The shared subset of the redshift connector, run on real PostgreSQL engines (PGlite and
 * Debian's PostgreSQL 15): its statements, its catalog queries, its sessions, and the whole
 * plan → apply → plan cycle. What only Redshift has is swapped for PostgreSQL's here:
 *
 * - Redshift reads a backslash in '...' as an escape: the engines run with
 *   `standard_conforming_strings = off`, which reads the dialect's literals the same way;
 * - database comments: Redshift keeps them in each database's pg_description, PostgreSQL in
 *   pg_shdescription, so `ENGINE_INTROSPECT` reads them with `shobj_description`;
 * - the svv_ views and `pg_get_late_binding_view_cols()` do not exist: the Redshift-only query
 *   is left out (its rows are tested as recorded in introspect.test.ts).
 */
import { expect } from 'vitest';
import { createRedshiftIntrospect } from '../../../src/connectors/redshift/introspect.js';
import { redshift } from '../../../src/connectors/redshift/index.js';
import { quoteIdentifier as q, quoteLiteral as lit } from '../../../src/connectors/redshift/sql.js';
import { BatchStatementError, type Connector, type Driver, type DriverSession } from '../../../src/connectors/types.js';
import type { ObjectRef, ObservedNode, RelationKind } from '../../../src/model/types.js';
import type { Change } from '../../../src/plan/types.js';
import { HOSTILE_IDENTIFIERS, HOSTILE_VALUES } from '../../corpus/hostile.js';
import { change, withSession } from '../postgres/fixtures.js';

export { withSession };

/** The Redshift read with PostgreSQL's database comments and without the Redshift-only query. */
export const ENGINE_INTROSPECT = createRedshiftIntrospect({
  databaseDescriptionSql: `SELECT shobj_description(d.oid, 'pg_database') AS description
  FROM pg_database d
  WHERE d.datname = current_database()`,
  redshiftOnlySql: null,
});

/** The redshift connector as the engines can run it. */
export const ENGINE_CONNECTOR: Connector = { ...redshift, introspect: ENGINE_INTROSPECT };

/**
 * Makes every later session read '...' as Redshift does; run once, as the superuser, one
 * statement at a time (ALTER SYSTEM takes no transaction). PGlite reads it when an engine
 * starts, PostgreSQL 15 on the reload.
 */
export async function useRedshiftLiterals(session: DriverSession): Promise<void> {
  await session.execute('ALTER SYSTEM SET standard_conforming_strings = off');
  await session.execute('ALTER SYSTEM SET escape_string_warning = off');
  await session.execute('SELECT pg_reload_conf()');
}

/** Compiles changes with the redshift dialect and runs them, one statement each. */
export async function apply(session: DriverSession, changes: Change[]): Promise<void> {
  for (const statement of redshift.dialect.compile(changes, {})) await session.execute(statement.sql);
}

// ---------------------------------------------------------------------------------------
// A realistic schema: what Redshift has, and PostgreSQL relations Redshift's read leaves out

export const DB = 'rs_analytics';

const ROLES_SQL = `CREATE ROLE data_platform; CREATE ROLE "Finance Team"; CREATE ROLE "o'brien"`;

const ANALYTICS_SQL = `
  CREATE SCHEMA core AUTHORIZATION data_platform;
  COMMENT ON SCHEMA core IS 'Core business tables';
  CREATE TABLE core.orders (id bigint, customer_email varchar(256), gone int, amount numeric(12, 2),
    "created at" timestamp);
  ALTER TABLE core.orders DROP COLUMN gone;
  ALTER TABLE core.orders OWNER TO data_platform;
  COMMENT ON TABLE core.orders IS 'One row per order.';
  COMMENT ON COLUMN core.orders.id IS 'Surrogate key';
  COMMENT ON COLUMN core.orders."created at" IS 'When it was placed';
  CREATE VIEW core.order_emails AS SELECT id, customer_email FROM core.orders;
  COMMENT ON VIEW core.order_emails IS 'Who ordered';
  COMMENT ON COLUMN core.order_emails.customer_email IS 'E-mail';
  ALTER TABLE core.order_emails OWNER TO "o'brien";
  CREATE MATERIALIZED VIEW core.daily AS SELECT 1 AS n;
  CREATE TABLE core.events (id bigint, at date) PARTITION BY RANGE (at);
  CREATE SEQUENCE core.order_ids;
  CREATE SCHEMA "Mixed Case.Schema" AUTHORIZATION "Finance Team";
  CREATE TABLE "Mixed Case.Schema"."Order ""Lines""" ("Line No" int, "select" varchar(10));
  COMMENT ON COLUMN "Mixed Case.Schema"."Order ""Lines"""."select" IS 'It''s reserved';
  COMMENT ON DATABASE ${DB} IS 'Company analytics warehouse';
  ALTER DATABASE ${DB} OWNER TO data_platform;
`;

export async function createRealisticSchema(driver: Driver, admin = 'postgres'): Promise<void> {
  await withSession(driver, admin, async (session) => {
    await session.query(ROLES_SQL);
    await session.execute(`CREATE DATABASE ${DB}`);
  });
  await withSession(driver, DB, (session) => session.query(ANALYTICS_SQL));
}

function column(name: string, description: string | null = null): ObservedNode {
  return { kind: 'column', name, description, owner: null, tags: {}, children: [] };
}

function relation(name: string, kind: RelationKind, description: string | null, owner: string, columns: ObservedNode[]): ObservedNode {
  return { kind: 'table', name, relation: kind, description, owner, tags: {}, children: columns };
}

function schema(name: string, description: string | null, owner: string, tables: ObservedNode[]): ObservedNode {
  return { kind: 'schema', name, description, owner, tags: {}, children: tables };
}

/** The realistic schema as the Redshift read sees it: no materialized view, partitioned table or sequence. */
export const REALISTIC_TREE: ObservedNode = {
  kind: 'database',
  name: DB,
  description: 'Company analytics warehouse',
  owner: 'data_platform',
  tags: {},
  children: [
    schema('Mixed Case.Schema', null, 'Finance Team', [
      relation('Order "Lines"', 'table', null, 'postgres', [column('Line No'), column('select', "It's reserved")]),
    ]),
    schema('core', 'Core business tables', 'data_platform', [
      relation('order_emails', 'view', 'Who ordered', "o'brien", [column('id'), column('customer_email', 'E-mail')]),
      relation('orders', 'table', 'One row per order.', 'data_platform', [
        column('id', 'Surrogate key'),
        column('customer_email'),
        column('amount'),
        column('created at', 'When it was placed'),
      ]),
    ]),
    schema('public', 'standard public schema', 'pg_database_owner', []),
  ],
};

// ---------------------------------------------------------------------------------------
// Batching: the number of catalog queries does not grow with the number of objects

function createTablesSql(from: number, to: number): string {
  const statements: string[] = [];
  for (let i = from; i < to; i++) {
    statements.push(`CREATE TABLE public.t${i} (id int, name varchar(20)); COMMENT ON TABLE public.t${i} IS 'table ${i}'`);
  }
  return statements.join(';\n');
}

/** Introspects a database with 3 tables, then with 300: both table and query counts. */
export async function measureBatching(driver: Driver, admin = 'postgres'): Promise<Array<{ tables: number; queries: number }>> {
  await withSession(driver, admin, (session) => session.execute('CREATE DATABASE rs_bulk'));
  const measure = async () => {
    const result = await ENGINE_INTROSPECT(driver, { service: 'svc', databases: ['rs_bulk'] });
    const tables = result.observed.databases[0]?.children.find((s) => s.name === 'public')?.children ?? [];
    return { tables: tables.length, queries: result.queries };
  };
  await withSession(driver, 'rs_bulk', (session) => session.query(createTablesSql(0, 3)));
  const small = await measure();
  await withSession(driver, 'rs_bulk', (session) => session.query(createTablesSql(3, 300)));
  return [small, await measure()];
}

// ---------------------------------------------------------------------------------------
// The hostile corpus, written through the redshift dialect and read back through its catalog queries

export const HOSTILE_DB = 'rs_hostile';

function valueAt(index: number): string {
  return HOSTILE_VALUES[index % HOSTILE_VALUES.length]!.value;
}

function hostileChanges(): Change[] {
  const changes: Change[] = HOSTILE_VALUES.map((_, i) =>
    change({ kind: 'column', database: HOSTILE_DB, schema: 'public', table: 'hostile_values', column: `v${i}` }, 'description', valueAt(i)),
  );
  HOSTILE_IDENTIFIERS.forEach(({ value: name }, i) => {
    const table: ObjectRef = { kind: 'table', database: HOSTILE_DB, schema: name, table: name, relation: 'table' };
    const view: ObjectRef = { ...table, table: `${name} view`, relation: 'view' };
    changes.push(
      change({ kind: 'schema', database: HOSTILE_DB, schema: name }, 'description', valueAt(i)),
      change(table, 'description', valueAt(i + 1)),
      change({ ...table, kind: 'column', column: name }, 'description', valueAt(i + 2)),
      change(view, 'description', valueAt(i + 3)),
      change({ kind: 'schema', database: HOSTILE_DB, schema: name }, 'owner', name),
      change(table, 'owner', name),
      // Redshift's ALTER TABLE ... OWNER TO on a view.
      change(view, 'owner', name),
    );
  });
  changes.push(
    change({ kind: 'database', database: HOSTILE_DB }, 'description', "\\'; DROP DATABASE x; --"),
    change({ kind: 'database', database: HOSTILE_DB }, 'owner', HOSTILE_IDENTIFIERS[0]!.value),
  );
  return changes;
}

function hostileObjectsSql(): string {
  const columns = HOSTILE_VALUES.map((_, i) => `v${i} varchar(10)`).join(', ');
  const statements = [`CREATE TABLE public.hostile_values (${columns})`];
  for (const { value: name } of HOSTILE_IDENTIFIERS) {
    statements.push(
      `CREATE SCHEMA ${q(name)}`,
      `CREATE TABLE ${q(name)}.${q(name)} (${q(name)} int, other int)`,
      `CREATE VIEW ${q(name)}.${q(`${name} view`)} AS SELECT 1 AS one`,
    );
  }
  return statements.join(';\n');
}

function childNamed(parent: ObservedNode | undefined, name: string): ObservedNode | undefined {
  return parent?.children.find((child) => child.name === name);
}

/** Byte-for-byte: string equality on UTF-16 and on the UTF-8 the engine stored. */
function expectSameBytes(actual: string | null | undefined, expected: string, what: string): void {
  expect(actual, what).toBe(expected);
  expect(Buffer.from(actual ?? '', 'utf8').equals(Buffer.from(expected, 'utf8')), what).toBe(true);
}

export async function readDatabase(driver: Driver, name: string): Promise<ObservedNode> {
  const result = await ENGINE_INTROSPECT(driver, { service: 'svc', databases: [name] });
  const database = result.observed.databases[0];
  if (database === undefined) throw new Error(`database ${name} not introspected`);
  return database;
}

/** Every hostile value and identifier: written one statement at a time, read back unchanged. */
export async function hostileRoundTrip(driver: Driver, admin = 'postgres'): Promise<void> {
  await withSession(driver, admin, async (session) => {
    for (const { value: name } of HOSTILE_IDENTIFIERS) await session.execute(`CREATE ROLE ${q(name)}`);
    await session.execute(`CREATE DATABASE ${q(HOSTILE_DB)}`);
  });
  await withSession(driver, HOSTILE_DB, async (session) => {
    // The literals below are Redshift's: the session must read backslashes as escapes.
    expect(await session.query('SHOW standard_conforming_strings')).toEqual([{ standard_conforming_strings: 'off' }]);
    await session.query(hostileObjectsSql());
    await apply(session, hostileChanges());
  });

  const database = await readDatabase(driver, HOSTILE_DB);
  expectSameBytes(database.description, "\\'; DROP DATABASE x; --", 'database description');
  expect(database.owner).toBe(HOSTILE_IDENTIFIERS[0]!.value);
  const values = childNamed(childNamed(database, 'public'), 'hostile_values');
  HOSTILE_VALUES.forEach(({ name, value }, i) => expectSameBytes(childNamed(values, `v${i}`)?.description, value, name));
  HOSTILE_IDENTIFIERS.forEach(({ name, value: identifier }, i) => {
    const schemaNode = childNamed(database, identifier);
    const tableNode = childNamed(schemaNode, identifier);
    const viewNode = childNamed(schemaNode, `${identifier} view`);
    expect([schemaNode?.owner, tableNode?.owner, viewNode?.owner], name).toEqual([identifier, identifier, identifier]);
    expect(viewNode?.relation, name).toBe('view');
    expectSameBytes(schemaNode?.description, valueAt(i), `schema ${name}`);
    expectSameBytes(tableNode?.description, valueAt(i + 1), `table ${name}`);
    expectSameBytes(childNamed(tableNode, identifier)?.description, valueAt(i + 2), `column ${name}`);
    expectSameBytes(viewNode?.description, valueAt(i + 3), `view ${name}`);
    expect(tableNode?.children.map((c) => c.name)).toEqual([identifier, 'other']);
  });
}

/**
 * Redshift sessions: `begin` takes no advisory lock; a batch runs in one round trip; a
 * failing batch names its failing statement and leaves nothing behind after the rollback;
 * all hostile values written in one committed batch read back unchanged.
 */
export async function redshiftSessions(driver: Driver): Promise<void> {
  const table = `${q('public')}.${q('hostile_values')}`;
  await withSession(driver, HOSTILE_DB, async (session) => {
    await session.begin();
    const locks = await session.query(`SELECT count(*)::int AS n FROM pg_locks WHERE locktype = 'advisory'`);
    expect(locks).toEqual([{ n: 0 }]);
    const failure = await session
      .executeBatch!([
        `COMMENT ON TABLE ${table} IS ${lit("batch 'one'")} -- a trailing comment`,
        `COMMENT ON COLUMN ${table}.${q('v0')} IS ${lit('batch \\ two')}`,
        `COMMENT ON TABLE ${q('public')}.${q('no_such_table')} IS ${lit('x')}`,
        `COMMENT ON TABLE ${table} IS ${lit('never')}`,
      ])
      .then(
        () => null,
        (error: unknown) => error,
      );
    expect(failure).toBeInstanceOf(BatchStatementError);
    expect((failure as BatchStatementError).index).toBe(2);
    expect((failure as BatchStatementError).message).toMatch(/no_such_table/);
    await session.rollback();
  });
  let database = await readDatabase(driver, HOSTILE_DB);
  let values = childNamed(childNamed(database, 'public'), 'hostile_values');
  expect(values?.description).toBeNull();
  expectSameBytes(childNamed(values, 'v0')?.description, HOSTILE_VALUES[0]!.value, 'v0 after the rollback');

  const reversed = [...HOSTILE_VALUES].reverse();
  const changes = HOSTILE_VALUES.map((_, i) =>
    change({ kind: 'column', database: HOSTILE_DB, schema: 'public', table: 'hostile_values', column: `v${i}` }, 'description', reversed[i]!.value),
  );
  await withSession(driver, HOSTILE_DB, async (session) => {
    await session.begin();
    await session.executeBatch!(redshift.dialect.compile(changes, {}).map((statement) => statement.sql));
    await session.commit();
  });
  database = await readDatabase(driver, HOSTILE_DB);
  values = childNamed(childNamed(database, 'public'), 'hostile_values');
  reversed.forEach(({ name, value }, i) => expectSameBytes(childNamed(values, `v${i}`)?.description, value, `batched ${name}`));

  // COMMENT ON DATABASE and ALTER DATABASE ... OWNER roll back with the transaction.
  await withSession(driver, HOSTILE_DB, async (session) => {
    await session.begin();
    await session.execute(`COMMENT ON DATABASE ${q(HOSTILE_DB)} IS ${lit('rolled back')}`);
    await session.execute(`ALTER DATABASE ${q(HOSTILE_DB)} OWNER TO postgres`);
    await session.rollback();
  });
  database = await readDatabase(driver, HOSTILE_DB);
  expect([database.description, database.owner]).toEqual(["\\'; DROP DATABASE x; --", HOSTILE_IDENTIFIERS[0]!.value]);
}
