/**
 * Engine-independent checks of the postgres connector, run on PGlite (embedded driver) and
 * on Debian's PostgreSQL 15 (server driver): the same schema must read back as the same
 * tree, and every hostile value and identifier must survive compile → engine → introspect.
 */
import { expect } from 'vitest';
import { postgres } from '../../../src/connectors/postgres/index.js';
import { quoteIdentifier as q, quoteLiteral as lit } from '../../../src/connectors/postgres/sql.js';
import { compileTemplate, templateProblems } from '../../../src/connectors/template.js';
import { BatchStatementError, type Driver, type DriverSession } from '../../../src/connectors/types.js';
import type { ObjectRef, ObservedNode, RelationKind } from '../../../src/model/types.js';
import type { Change } from '../../../src/plan/types.js';
import { HOSTILE_IDENTIFIERS, HOSTILE_VALUES } from '../../corpus/hostile.js';

export async function withSession<T>(
  driver: Driver,
  database: string | undefined,
  run: (session: DriverSession) => Promise<T>,
): Promise<T> {
  const session = await driver.open(database);
  try {
    return await run(session);
  } finally {
    await session.close();
  }
}

export function change(
  object: ObjectRef,
  field: Change['field'],
  after: string | null,
  action: Change['action'] = after === null ? 'clear' : 'set',
): Change {
  return { service: 'warehouse', object, field, action, before: null, after, statements: [] };
}

/** Compiles the changes with the connector's dialect and runs them, one statement each. */
export async function apply(session: DriverSession, changes: Change[]): Promise<void> {
  for (const statement of postgres.dialect.compile(changes, {})) await session.execute(statement.sql);
}

// ---------------------------------------------------------------------------------------
// A realistic schema

const ROLES_SQL = `CREATE ROLE data_platform; CREATE ROLE "Finance Team"; CREATE ROLE "o'brien"`;

const ANALYTICS_SQL = `
  CREATE SCHEMA core AUTHORIZATION data_platform;
  COMMENT ON SCHEMA core IS 'Core business tables';
  CREATE TABLE core.orders (id bigint PRIMARY KEY, customer_email text, gone int, amount numeric,
    "Created At" timestamptz);
  ALTER TABLE core.orders DROP COLUMN gone;
  ALTER TABLE core.orders OWNER TO data_platform;
  COMMENT ON TABLE core.orders IS E'One row per order.\\nRefunds are separate rows.';
  COMMENT ON COLUMN core.orders.id IS 'Surrogate key';
  COMMENT ON COLUMN core.orders."Created At" IS 'When it was placed';
  CREATE TABLE core.events (id bigint, at date) PARTITION BY RANGE (at);
  CREATE TABLE core.events_2024 PARTITION OF core.events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
  COMMENT ON TABLE core.events IS 'Partitioned events';
  CREATE VIEW core.order_emails AS SELECT id, customer_email FROM core.orders;
  COMMENT ON VIEW core.order_emails IS 'Who ordered';
  COMMENT ON COLUMN core.order_emails.customer_email IS 'E-mail';
  ALTER VIEW core.order_emails OWNER TO "o'brien";
  CREATE MATERIALIZED VIEW core.daily AS SELECT 1 AS n;
  COMMENT ON MATERIALIZED VIEW core.daily IS 'Daily rollup';
  CREATE FOREIGN DATA WRAPPER dummy_fdw;
  CREATE SERVER remote FOREIGN DATA WRAPPER dummy_fdw;
  CREATE FOREIGN TABLE core.remote_orders (id bigint, note text) SERVER remote;
  COMMENT ON FOREIGN TABLE core.remote_orders IS 'Elsewhere';
  CREATE SEQUENCE core.order_ids;
  CREATE TYPE core.pair AS (a int, b int);
  CREATE INDEX orders_email ON core.orders (customer_email);
  CREATE SCHEMA "Mixed Case.Schema" AUTHORIZATION "Finance Team";
  CREATE TABLE "Mixed Case.Schema"."Order ""Lines""" ("Line No" int, "select" text);
  COMMENT ON COLUMN "Mixed Case.Schema"."Order ""Lines"""."select" IS 'It''s reserved';
  COMMENT ON DATABASE analytics IS 'Company analytics warehouse';
  ALTER DATABASE analytics OWNER TO data_platform;
`;

const SALES_SQL = `
  CREATE TABLE public.customers (id int, name text);
  ALTER TABLE public.customers OWNER TO "Finance Team";
  COMMENT ON SCHEMA public IS 'Sales data';
`;

export async function createRealisticSchema(driver: Driver): Promise<void> {
  await withSession(driver, 'postgres', async (session) => {
    await session.query(ROLES_SQL);
    // CREATE DATABASE cannot share a multi-statement query (an implicit transaction).
    await session.execute('CREATE DATABASE analytics');
    await session.execute('CREATE DATABASE sales');
  });
  await withSession(driver, 'analytics', (session) => session.query(ANALYTICS_SQL));
  await withSession(driver, 'sales', (session) => session.query(SALES_SQL));
}

function column(name: string, description: string | null = null): ObservedNode {
  return { kind: 'column', name, description, owner: null, tags: {}, children: [] };
}

function relation(
  name: string,
  kind: RelationKind,
  description: string | null,
  owner: string,
  columns: ObservedNode[],
): ObservedNode {
  return { kind: 'table', name, relation: kind, description, owner, tags: {}, children: columns };
}

function schema(name: string, description: string | null, owner: string, tables: ObservedNode[]): ObservedNode {
  return { kind: 'schema', name, description, owner, tags: {}, children: tables };
}

const PUBLIC_SCHEMA = schema('public', 'standard public schema', 'pg_database_owner', []);

/** What `introspect` must return for the realistic schema, scope [analytics, sales]. */
export const REALISTIC_TREE: ObservedNode[] = [
  {
    kind: 'database',
    name: 'analytics',
    description: 'Company analytics warehouse',
    owner: 'data_platform',
    tags: {},
    children: [
      schema('Mixed Case.Schema', null, 'Finance Team', [
        relation('Order "Lines"', 'table', null, 'postgres', [
          column('Line No'),
          column('select', "It's reserved"),
        ]),
      ]),
      schema('core', 'Core business tables', 'data_platform', [
        relation('daily', 'materialized_view', 'Daily rollup', 'postgres', [column('n')]),
        relation('events', 'partitioned_table', 'Partitioned events', 'postgres', [column('id'), column('at')]),
        relation('order_emails', 'view', 'Who ordered', "o'brien", [
          column('id'),
          column('customer_email', 'E-mail'),
        ]),
        relation('orders', 'table', 'One row per order.\nRefunds are separate rows.', 'data_platform', [
          column('id', 'Surrogate key'),
          column('customer_email'),
          column('amount'),
          column('Created At', 'When it was placed'),
        ]),
        relation('remote_orders', 'foreign_table', 'Elsewhere', 'postgres', [column('id'), column('note')]),
      ]),
      PUBLIC_SCHEMA,
    ],
  },
  {
    kind: 'database',
    name: 'sales',
    description: null,
    owner: 'postgres',
    tags: {},
    children: [
      schema('public', 'Sales data', 'pg_database_owner', [
        relation('customers', 'table', null, 'Finance Team', [column('id'), column('name')]),
      ]),
    ],
  },
];

// ---------------------------------------------------------------------------------------
// Batching: the number of catalog queries does not grow with the number of objects

function createTablesSql(from: number, to: number): string {
  const statements: string[] = [];
  for (let i = from; i < to; i++) {
    statements.push(`CREATE TABLE public.t${i} (id int, name text); COMMENT ON TABLE public.t${i} IS 'table ${i}'`);
  }
  return statements.join(';\n');
}

export interface BatchMeasure {
  tables: number;
  queries: number;
}

/** Introspects a database with 3 tables, then with 300: both counts are returned. */
export async function measureBatching(driver: Driver): Promise<[BatchMeasure, BatchMeasure]> {
  await withSession(driver, 'postgres', (session) => session.execute('CREATE DATABASE bulk'));
  const measure = async (): Promise<BatchMeasure> => {
    const result = await postgres.introspect(driver, { service: 'svc', databases: ['bulk'] });
    const tables = result.observed.databases[0]?.children.find((s) => s.name === 'public')?.children ?? [];
    return { tables: tables.length, queries: result.queries };
  };
  await withSession(driver, 'bulk', (session) => session.query(createTablesSql(0, 3)));
  const small = await measure();
  await withSession(driver, 'bulk', (session) => session.query(createTablesSql(3, 300)));
  return [small, await measure()];
}

// ---------------------------------------------------------------------------------------
// The hostile corpus, written through `compile` and read back through `introspect`

const DB = 'hostile';

function valueAt(index: number): string {
  return HOSTILE_VALUES[index % HOSTILE_VALUES.length]!.value;
}

/** Every hostile value on a column of its own, and each hostile identifier as schema, table, column and role. */
function hostileChanges(): Change[] {
  const changes: Change[] = HOSTILE_VALUES.map((_, i) =>
    change({ kind: 'column', database: DB, schema: 'public', table: 'hostile_values', column: `v${i}` }, 'description', valueAt(i)),
  );
  HOSTILE_IDENTIFIERS.forEach(({ value: name }, i) => {
    const table: ObjectRef = { kind: 'table', database: DB, schema: name, table: name, relation: 'table' };
    changes.push(
      change({ kind: 'schema', database: DB, schema: name }, 'description', valueAt(i)),
      change(table, 'description', valueAt(i + 1)),
      change({ ...table, kind: 'column', column: name }, 'description', valueAt(i + 2)),
      change({ kind: 'schema', database: DB, schema: name }, 'owner', name),
      change(table, 'owner', name),
    );
  });
  const databaseOwner = HOSTILE_IDENTIFIERS[0]!.value;
  changes.push(
    change({ kind: 'database', database: DB }, 'description', "\\'; DROP DATABASE x; --"),
    change({ kind: 'database', database: DB }, 'owner', databaseOwner),
  );
  return changes;
}

function hostileObjectsSql(): string {
  const columns = HOSTILE_VALUES.map((_, i) => `v${i} text`).join(', ');
  const statements = [`CREATE TABLE public.hostile_values (${columns})`];
  for (const { value: name } of HOSTILE_IDENTIFIERS) {
    statements.push(`CREATE SCHEMA ${q(name)}`, `CREATE TABLE ${q(name)}.${q(name)} (${q(name)} int, other int)`);
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

async function readHostile(driver: Driver): Promise<ObservedNode> {
  const result = await postgres.introspect(driver, { service: 'svc', databases: [DB] });
  const database = result.observed.databases[0];
  if (database === undefined) throw new Error(`database ${DB} not introspected`);
  return database;
}

export async function hostileRoundTrip(driver: Driver): Promise<void> {
  await withSession(driver, 'postgres', async (session) => {
    for (const { value: name } of HOSTILE_IDENTIFIERS) await session.execute(`CREATE ROLE ${q(name)}`);
    await session.execute(`CREATE DATABASE ${q(DB)}`);
  });
  await withSession(driver, DB, async (session) => {
    await session.query(hostileObjectsSql());
    await apply(session, hostileChanges());
  });

  const database = await readHostile(driver);
  expectSameBytes(database.description, "\\'; DROP DATABASE x; --", 'database description');
  expect(database.owner).toBe(HOSTILE_IDENTIFIERS[0]!.value);
  const values = childNamed(childNamed(database, 'public'), 'hostile_values');
  HOSTILE_VALUES.forEach(({ name, value }, i) => expectSameBytes(childNamed(values, `v${i}`)?.description, value, name));
  HOSTILE_IDENTIFIERS.forEach(({ name, value: identifier }, i) => {
    const schemaNode = childNamed(database, identifier);
    const tableNode = childNamed(schemaNode, identifier);
    expect([schemaNode?.owner, tableNode?.owner], name).toEqual([identifier, identifier]);
    expectSameBytes(schemaNode?.description, valueAt(i), `schema ${name}`);
    expectSameBytes(tableNode?.description, valueAt(i + 1), `table ${name}`);
    expectSameBytes(childNamed(tableNode, identifier)?.description, valueAt(i + 2), `column ${name}`);
    expect(tableNode?.children.map((c) => c.name)).toEqual([identifier, 'other']);
  });
}

/** A backslash value written in a session with the legacy string syntax still round-trips. */
export async function legacyStringsRoundTrip(driver: Driver): Promise<void> {
  const value = 'legacy \\ strings \\\' and \\\\ end\\';
  const target: ObjectRef = { kind: 'column', database: DB, schema: 'public', table: 'hostile_values', column: 'v0' };
  await withSession(driver, DB, async (session) => {
    await session.execute('SET standard_conforming_strings = off');
    const [setting] = await session.query('SHOW standard_conforming_strings');
    expect(setting?.standard_conforming_strings).toBe('off');
    await apply(session, [change(target, 'description', value)]);
  });
  const database = await readHostile(driver);
  const column = childNamed(childNamed(childNamed(database, 'public'), 'hostile_values'), 'v0');
  expectSameBytes(column?.description, value, 'legacy strings');
}

/** Clearing through compile leaves no description. */
export async function clearRoundTrip(driver: Driver): Promise<void> {
  const target: ObjectRef = { kind: 'column', database: DB, schema: 'public', table: 'hostile_values', column: 'v1' };
  await withSession(driver, DB, (session) => apply(session, [change(target, 'description', null)]));
  const database = await readHostile(driver);
  expect(childNamed(childNamed(childNamed(database, 'public'), 'hostile_values'), 'v1')?.description).toBeNull();
}

/** DDL is transactional (capabilities say so): a rolled-back comment leaves no trace. */
export async function rollbackLeavesNoTrace(driver: Driver): Promise<void> {
  await withSession(driver, DB, async (session) => {
    await session.begin();
    await session.execute(`COMMENT ON DATABASE ${q(DB)} IS ${lit('rolled back')}`);
    await session.execute(`ALTER DATABASE ${q(DB)} OWNER TO postgres`);
    await session.rollback();
  });
  const database = await readHostile(driver);
  expect(database.description).toBe("\\'; DROP DATABASE x; --");
  expect(database.owner).toBe(HOSTILE_IDENTIFIERS[0]!.value);
}

/**
 * `executeBatch` runs statements in one round trip; a failure names the failing statement
 * and leaves the transaction usable for a rollback that undoes the whole batch.
 * The first statement ends in a line comment: it must not swallow the separator.
 */
export async function batchAttribution(driver: Driver): Promise<void> {
  const table = `${q('public')}.${q('hostile_values')}`;
  const before = await withSession(driver, DB, (session) =>
    session.query(`SELECT obj_description('public.hostile_values'::regclass, 'pg_class') AS d`),
  );
  await withSession(driver, DB, async (session) => {
    await session.begin();
    const statements = [
      `COMMENT ON TABLE ${table} IS ${lit("batch 'one'")} -- a trailing comment`,
      `COMMENT ON COLUMN ${table}.${q('v0')} IS ${lit('batch two')}`,
      `COMMENT ON TABLE ${q('public')}.${q('no_such_table')} IS ${lit('x')}`,
      `COMMENT ON TABLE ${table} IS ${lit('never')}`,
    ];
    const failure = await session.executeBatch!(statements).then(
      () => null,
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(BatchStatementError);
    expect((failure as BatchStatementError).index).toBe(2);
    expect((failure as BatchStatementError).message).toMatch(/no_such_table/);
    await session.rollback();
  });
  const after = await withSession(driver, DB, (session) =>
    session.query(`SELECT obj_description('public.hostile_values'::regclass, 'pg_class') AS d`),
  );
  expect(after).toEqual(before);
  // The same first two statements on their own: both take effect.
  await withSession(driver, DB, async (session) => {
    await session.begin();
    await session.executeBatch!([
      `COMMENT ON TABLE ${table} IS ${lit("batch 'one'")} -- a trailing comment`,
      `COMMENT ON COLUMN ${table}.${q('v0')} IS ${lit('batch two')}`,
    ]);
    const rows = await session.query(
      `SELECT obj_description('public.hostile_values'::regclass, 'pg_class') AS t, col_description('public.hostile_values'::regclass, 1) AS c`,
    );
    expect(rows).toEqual([{ t: "batch 'one'", c: 'batch two' }]);
    await session.rollback();
  });
}

/** Every hostile value written in one batch reads back byte for byte. */
export async function batchedHostileRoundTrip(driver: Driver): Promise<void> {
  const reversed = [...HOSTILE_VALUES].reverse();
  const changes = HOSTILE_VALUES.map((_, i) =>
    change({ kind: 'column', database: DB, schema: 'public', table: 'hostile_values', column: `v${i}` }, 'description', reversed[i]!.value),
  );
  await withSession(driver, DB, async (session) => {
    await session.begin();
    await session.executeBatch!(postgres.dialect.compile(changes, {}).map((statement) => statement.sql));
    await session.commit();
  });
  const database = await readHostile(driver);
  const values = childNamed(childNamed(database, 'public'), 'hostile_values');
  reversed.forEach(({ name, value }, i) => expectSameBytes(childNamed(values, `v${i}`)?.description, value, `batched ${name}`));
}

/**
 * The statements the issue's templates compiled before validate refused them: a value that
 * closes the template's comment (`/* was: {description} *\/`), or leaves a `--` comment with a
 * line break, then drops a table. Through the driver, alone or in a batch, the second
 * statement must never run: the server takes each apply statement as exactly one.
 */
export async function injectedStatementNeverRuns(driver: Driver): Promise<void> {
  await withSession(driver, 'postgres', (session) =>
    session.query('CREATE SCHEMA IF NOT EXISTS s; CREATE TABLE IF NOT EXISTS s.victim (id int); CREATE TABLE IF NOT EXISTS s.t (c int)'),
  );
  const column: ObjectRef = { kind: 'column', database: 'postgres', schema: 's', table: 't', column: 'c' };
  const table: ObjectRef = { kind: 'table', database: 'postgres', schema: 's', table: 't' };
  const injected = [
    compileTemplate(
      'COMMENT ON COLUMN {schema}.{table}.{column} IS {description} /* was: {description} */',
      change(column, 'description', '*/; DROP TABLE s.victim; /*'),
      postgres.dialect,
    ),
    compileTemplate('COMMENT ON TABLE {schema}.{table} IS {description} -- {description}', change(table, 'description', 'x\n; DROP TABLE s.victim; --'), postgres.dialect),
  ];
  expect(injected[0]).toContain('/* was: \'*/; DROP TABLE s.victim;');
  const victimExists = async () =>
    (await withSession(driver, 'postgres', (session) => session.query("SELECT to_regclass('s.victim') IS NOT NULL AS present")))[0]?.present;
  for (const sql of injected) {
    await withSession(driver, 'postgres', async (session) => {
      await expect(session.execute(sql)).rejects.toThrow(/cannot insert multiple commands into a prepared statement/);
    });
    expect(await victimExists(), sql).toBe(true);
    await withSession(driver, 'postgres', async (session) => {
      await session.begin();
      const failure = await session.executeBatch!([`COMMENT ON TABLE s.t IS ${lit('first')}`, sql]).then(
        () => null,
        (error: unknown) => error,
      );
      expect(failure).toBeInstanceOf(BatchStatementError);
      expect((failure as BatchStatementError).index).toBe(1);
      await session.rollback();
    });
    expect(await victimExists(), sql).toBe(true);
  }
}

/**
 * The hostile corpus through a valid custom template (one that ends in a `--` comment, so a
 * batch must end it before the next statement), in one batch, read back byte for byte.
 */
export async function templatedHostileRoundTrip(driver: Driver): Promise<void> {
  const template = 'COMMENT ON COLUMN {schema}.{table}.{column} IS {description} -- written by a revmeta template';
  expect(templateProblems(template, 'columnDescription', postgres.dialect.syntax)).toEqual([]);
  const columns = HOSTILE_VALUES.map((_, i) => `v${i} text`).join(', ');
  await withSession(driver, 'postgres', (session) => session.query(`CREATE SCHEMA templated; CREATE TABLE templated.vals (${columns})`));
  const changes = HOSTILE_VALUES.map(({ value }, i) =>
    change({ kind: 'column', database: 'postgres', schema: 'templated', table: 'vals', column: `v${i}` }, 'description', value),
  );
  const statements = postgres.dialect.compile(changes, { columnDescription: template }).map((statement) => statement.sql);
  expect(statements.every((sql) => sql.endsWith('-- written by a revmeta template'))).toBe(true);
  await withSession(driver, 'postgres', async (session) => {
    await session.begin();
    await session.executeBatch!(statements);
    await session.commit();
  });
  const rows = await withSession(driver, 'postgres', (session) =>
    session.query(
      `SELECT a.attname AS name, col_description(a.attrelid, a.attnum) AS description FROM pg_attribute a
       WHERE a.attrelid = 'templated.vals'::regclass AND a.attnum > 0 ORDER BY a.attnum`,
    ),
  );
  expect(rows.map((row) => row.name)).toEqual(HOSTILE_VALUES.map((_, i) => `v${i}`));
  HOSTILE_VALUES.forEach(({ name, value }, i) => expectSameBytes(rows[i]?.description as string | undefined, value, `templated ${name}`));
}
