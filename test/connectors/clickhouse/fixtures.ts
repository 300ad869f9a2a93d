/**
 * Engine-independent checks of the clickhouse connector, run on Debian's ClickHouse 18.16
 * (a real server) and on ClickHouse 26 (chdb behind the HTTP shim), always through the real
 * `@clickhouse/client`: a realistic catalog reads back as the exact tree, introspection stays
 * batched, and plan → apply → read back → plan again converges for the hostile corpus, with
 * what a version cannot store reported as a warning instead of a statement.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyChanges, type ApplyConnection } from '../../../src/apply/apply.js';
import { clickhouse } from '../../../src/connectors/clickhouse/index.js';
import { connectors as builtInConnectors } from '../../../src/connectors/index.js';
import { quoteIdentifier as q, quoteLiteral as lit } from '../../../src/connectors/clickhouse/sql.js';
import { templateProblems } from '../../../src/connectors/template.js';
import type { Driver, DriverSession, Introspection, SqlTemplates } from '../../../src/connectors/types.js';
import type { DesiredFields, DesiredNode, ObjectKind, ObservedNode, RelationKind } from '../../../src/model/types.js';
import { planService, type ServicePlan } from '../../../src/plan/plan.js';
import type { ApplyResult } from '../../../src/plan/types.js';
import { loadWorkspace, planWorkspace } from '../../../src/core/workspace.js';
import { HOSTILE_IDENTIFIERS, HOSTILE_VALUES } from '../../corpus/hostile.js';
import { writeWorkspace } from '../../e2e/cli.js';
import { changesWithSql } from '../../plan-statements.js';

/** A running ClickHouse the suite can talk to. */
export interface ClickHouseTarget {
  url: string;
  /** A user with a password the engine accepts, for the wrong-password checks. */
  login: { username: string; password: string };
  /** HTTP requests the engine has answered so far, where it can tell (the chdb shim can). */
  requests?: () => number;
  stop(): Promise<void>;
}

export interface EngineProfile {
  name: string;
  /** `server.version` as introspection reports it. */
  version: RegExp;
  /** Whether table (`MODIFY COMMENT`) and database comments can be written. */
  modern: boolean;
  /**
   * A real server's HTTP interface, which parses each request as one statement. (The chdb shim
   * hands the text to an embedded engine, which runs scripts: it cannot show what a server refuses.)
   */
  httpInterface?: boolean;
  start(): Promise<ClickHouseTarget | { skip: string }>;
}

const SERVICE = 'warehouse';
/** The OpenMetadata database every ClickHouse database sits under (connection `databaseName`). */
const OM_DATABASE = 'default';

export function createDriver(url: string, connection: Record<string, unknown> = {}): Driver {
  return clickhouse.createDriver({ service: SERVICE, connection: { url, ...connection }, configDir: '/' });
}

export async function withSession<T>(driver: Driver, run: (session: DriverSession) => Promise<T>): Promise<T> {
  const session = await driver.open();
  try {
    return await run(session);
  } finally {
    await session.close();
  }
}

/** One statement per request: ClickHouse's HTTP interface takes no multi-statement scripts. */
export async function exec(driver: Driver, statements: readonly string[]): Promise<void> {
  await withSession(driver, async (session) => {
    for (const sql of statements) await session.execute(sql);
  });
}

// ---------------------------------------------------------------------------------------
// Desired trees, as the manifest loader would build them

const HERE = { file: 'metadata/warehouse.yaml', line: 1, column: 1 };

function desired(kind: ObjectKind, name: string, fields: DesiredFields = {}, children: DesiredNode[] = []): DesiredNode {
  const fieldLocations = Object.fromEntries(Object.keys(fields).map((key) => [key, HERE]));
  return { kind, name, fields, location: HERE, fieldLocations, children };
}

export const want = {
  schema: (name: string, fields: DesiredFields, tables: DesiredNode[] = []) => desired('schema', name, fields, tables),
  table: (name: string, fields: DesiredFields, columns: DesiredNode[] = []) => desired('table', name, fields, columns),
  column: (name: string, description: string) => desired('column', name, { description }),
};

export interface Planned {
  plan: ServicePlan;
  introspection: Introspection;
  targets: Map<string, ApplyConnection>;
}

/** Introspects and plans one service as src/core/workspace.ts does. */
export async function planFor(driver: Driver, schemas: DesiredNode[], database: DesiredFields = {}, templates?: SqlTemplates): Promise<Planned> {
  const root = desired('database', OM_DATABASE, database, schemas);
  const introspection = await clickhouse.introspect(driver, {
    service: SERVICE,
    databases: [OM_DATABASE],
    schemas: { [OM_DATABASE]: schemas.map((schema) => schema.name) },
  });
  const capabilities = clickhouse.capabilities(introspection.server);
  const plan = planService({
    name: SERVICE,
    type: 'clickhouse',
    desired: { name: SERVICE, databases: [root] },
    observed: introspection.observed,
    capabilities,
    dialect: clickhouse.dialect,
    policy: templates ? { templates } : {},
  });
  return { plan, introspection, targets: new Map([[SERVICE, { driver, capabilities }]]) };
}

export async function applyPlanned(planned: Planned): Promise<ApplyResult> {
  return applyChanges(planned.plan, planned.targets);
}

// ---------------------------------------------------------------------------------------
// Reading back, independently of introspect

interface Comments {
  databases: Map<string, string>;
  tables: Map<string, string>;
  columns: Map<string, string>;
}

const key = (...parts: string[]) => JSON.stringify(parts);

/** Comments straight from the system tables (the tables' and databases' only where they exist). */
async function readComments(driver: Driver, databases: readonly string[], modern: boolean): Promise<Comments> {
  const list = databases.map(lit).join(', ');
  return withSession(driver, async (session) => {
    const columns = await session.query(`SELECT database, table, name, comment FROM system.columns WHERE database IN (${list})`);
    const tables = modern ? await session.query(`SELECT database, name, comment FROM system.tables WHERE database IN (${list})`) : [];
    const schemas = modern ? await session.query(`SELECT name, comment FROM system.databases WHERE name IN (${list})`) : [];
    const text = (row: Record<string, unknown>, name: string) => String(row[name]);
    return {
      databases: new Map(schemas.map((row) => [key(text(row, 'name')), text(row, 'comment')])),
      tables: new Map(tables.map((row) => [key(text(row, 'database'), text(row, 'name')), text(row, 'comment')])),
      columns: new Map(columns.map((row) => [key(text(row, 'database'), text(row, 'table'), text(row, 'name')), text(row, 'comment')])),
    };
  });
}

/** Byte-for-byte: string equality on UTF-16 and on the UTF-8 the engine stored. */
function expectSameBytes(actual: string | undefined, expected: string, what: string): void {
  expect(actual, what).toBe(expected);
  expect(Buffer.from(actual ?? '', 'utf8').equals(Buffer.from(expected, 'utf8')), what).toBe(true);
}

// ---------------------------------------------------------------------------------------
// A realistic catalog

const ANALYTICS = 'analytics';
const MIXED = 'Mixed Case.DB';

function realisticSql(modern: boolean): string[] {
  const statements = [
    `CREATE DATABASE ${ANALYTICS}`,
    `CREATE TABLE analytics.orders (id UInt64 COMMENT 'Surrogate key', customer_email String,
      \`Created At\` DateTime COMMENT 'When it was placed') ENGINE = MergeTree ORDER BY id`,
    `CREATE VIEW analytics.order_emails AS SELECT id, customer_email FROM analytics.orders`,
    `ALTER TABLE analytics.order_emails COMMENT COLUMN customer_email 'E-mail'`,
    `CREATE MATERIALIZED VIEW analytics.daily ENGINE = MergeTree ORDER BY n AS SELECT count() AS n FROM analytics.orders`,
    `CREATE TABLE analytics.events (at Date, kind String) ENGINE = Memory`,
    `CREATE DATABASE ${q(MIXED)}`,
    `CREATE TABLE ${q(MIXED)}.${q('Order "Lines"')} (\`Line No\` Int32, \`select\` String COMMENT 'It\\'s reserved')
      ENGINE = MergeTree ORDER BY \`Line No\``,
  ];
  if (modern) {
    statements.push(
      `ALTER TABLE analytics.orders MODIFY COMMENT ${lit('One row per order.\nRefunds are separate rows.')}`,
      `ALTER TABLE analytics.order_emails MODIFY COMMENT 'Who ordered'`,
      `ALTER DATABASE analytics MODIFY COMMENT 'Company analytics'`,
    );
  }
  return statements;
}

function column(name: string, description: string | null = null): ObservedNode {
  return { kind: 'column', name, description, owner: null, tags: {}, children: [] };
}

function relation(name: string, kind: RelationKind, description: string | null, columns: ObservedNode[]): ObservedNode {
  return { kind: 'table', name, relation: kind, description, owner: null, tags: {}, children: columns };
}

function schema(name: string, description: string | null, tables: ObservedNode[]): ObservedNode {
  return { kind: 'schema', name, description, owner: null, tags: {}, children: tables };
}

/** What introspect returns for the realistic catalog; the materialized view's inner table is left out. */
function realisticTree(modern: boolean): ObservedNode {
  const onlyModern = (text: string) => (modern ? text : null);
  return {
    kind: 'database',
    name: OM_DATABASE,
    description: null,
    owner: null,
    tags: {},
    children: [
      schema(MIXED, null, [relation('Order "Lines"', 'table', null, [column('Line No'), column('select', "It's reserved")])]),
      schema(ANALYTICS, onlyModern('Company analytics'), [
        relation('daily', 'materialized_view', null, [column('n')]),
        relation('events', 'table', null, [column('at'), column('kind')]),
        relation('order_emails', 'view', onlyModern('Who ordered'), [column('id'), column('customer_email', 'E-mail')]),
        relation('orders', 'table', onlyModern('One row per order.\nRefunds are separate rows.'), [
          column('id', 'Surrogate key'),
          column('customer_email'),
          column('Created At', 'When it was placed'),
        ]),
      ]),
    ],
  };
}

// ---------------------------------------------------------------------------------------
// The hostile corpus, through plan and apply

const HOSTILE_DB = 'hostile';

function valueAt(index: number): string {
  return HOSTILE_VALUES[index % HOSTILE_VALUES.length]!.value;
}

/**
 * Every identifier of the corpus, none filtered out: on 18.16 and 26.7 each one works as a
 * database name (a folder name on disk), a table name and a column name.
 */
const IDENTIFIERS = HOSTILE_IDENTIFIERS;

function hostileSql(): string[] {
  const columns = HOSTILE_VALUES.map((_, i) => `v${i} String`).join(', ');
  const statements = [`CREATE DATABASE ${q(HOSTILE_DB)}`, `CREATE TABLE ${q(HOSTILE_DB)}.hostile_values (${columns}) ENGINE = Memory`];
  for (const { value: name } of IDENTIFIERS) {
    statements.push(
      `CREATE DATABASE ${q(name)}`,
      `CREATE TABLE ${q(name)}.${q(name)} (${q(name)} String, other Int32) ENGINE = MergeTree ORDER BY other`,
    );
  }
  return statements;
}

/** Every hostile value on a column of its own; each hostile identifier as database, table and column. */
function hostileManifest(): DesiredNode[] {
  const values = want.table(
    'hostile_values',
    {},
    HOSTILE_VALUES.map((_, i) => want.column(`v${i}`, valueAt(i))),
  );
  return [
    want.schema(HOSTILE_DB, {}, [values]),
    ...IDENTIFIERS.map(({ value: name }, i) =>
      want.schema(name, { description: valueAt(i) }, [
        want.table(name, { description: valueAt(i + 1) }, [want.column(name, valueAt(i + 2)), want.column('other', valueAt(i + 3))]),
      ]),
    ),
  ];
}

function expectHostileState(state: Comments, modern: boolean): void {
  HOSTILE_VALUES.forEach(({ name }, i) => expectSameBytes(state.columns.get(key(HOSTILE_DB, 'hostile_values', `v${i}`)), valueAt(i), name));
  IDENTIFIERS.forEach(({ name, value: id }, i) => {
    expectSameBytes(state.columns.get(key(id, id, id)), valueAt(i + 2), `column ${name}`);
    expectSameBytes(state.columns.get(key(id, id, 'other')), valueAt(i + 3), `column other of ${name}`);
    if (modern) {
      expectSameBytes(state.databases.get(key(id)), valueAt(i), `database ${name}`);
      expectSameBytes(state.tables.get(key(id, id)), valueAt(i + 1), `table ${name}`);
    }
  });
}

// ---------------------------------------------------------------------------------------
// Batching

function tablesSql(database: string, from: number, to: number): string[] {
  const statements: string[] = [];
  for (let i = from; i < to; i++) {
    statements.push(`CREATE TABLE ${q(database)}.t${i} (id Int32 COMMENT 'key ${i}', name String) ENGINE = Memory`);
  }
  return statements;
}

async function measure(driver: Driver, database: string): Promise<{ tables: number; queries: number }> {
  const result = await clickhouse.introspect(driver, {
    service: SERVICE,
    databases: [OM_DATABASE],
    schemas: { [OM_DATABASE]: [database] },
  });
  const tables = result.observed.databases[0]?.children.find((s) => s.name === database)?.children ?? [];
  return { tables: tables.length, queries: result.queries };
}

// ---------------------------------------------------------------------------------------
// The suite

export function describeClickHouse(profile: EngineProfile): void {
  let target: ClickHouseTarget | undefined;
  let driver: Driver | undefined;
  let skip = '';

  beforeAll(async () => {
    const started = await profile.start();
    if ('skip' in started) {
      skip = started.skip;
      console.warn(`skipping ${profile.name} tests: ${skip}`);
      return;
    }
    target = started;
    driver = createDriver(started.url);
  });

  afterAll(async () => {
    await driver?.close();
    await target?.stop();
  });

  /** The running engine, or a skip of the test with the reason (never under CI: start() throws there). */
  function engine(context: { skip: (note?: string) => void }): { target: ClickHouseTarget; driver: Driver } {
    if (target === undefined || driver === undefined) {
      context.skip(skip || `${profile.name} did not start`);
      throw new Error('unreachable');
    }
    return { target, driver };
  }

  describe(`clickhouse connector on ${profile.name}`, () => {
    it('reads a realistic catalog into the exact tree, in a fixed number of queries', async (context) => {
      const { driver } = engine(context);
      await exec(driver, realisticSql(profile.modern));
      // Schema names as a manifest might spell them: matched case-insensitively.
      const result = await clickhouse.introspect(driver, {
        service: SERVICE,
        databases: ['DEFAULT'],
        schemas: { Default: ['ANALYTICS', 'mixed case.db'], other: ['nope'] },
      });
      expect(result.server.version).toMatch(profile.version);
      expect(result.observed).toEqual({ service: SERVICE, databases: [realisticTree(profile.modern)] });
      expect(result.queries).toBe(5);
    });

    it('reads every user database when the scope names no schemas, never the system ones', async (context) => {
      const { driver } = engine(context);
      const result = await clickhouse.introspect(driver, { service: SERVICE, databases: 'all' });
      const names = result.observed.databases[0]?.children.map((s) => s.name) ?? [];
      expect(names).toEqual(expect.arrayContaining([ANALYTICS, MIXED, 'default']));
      expect(names.filter((name) => ['system', 'information_schema', 'INFORMATION_SCHEMA'].includes(name))).toEqual([]);
      expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    });

    it('reads nothing but the version for a database other than databaseName', async (context) => {
      const { driver } = engine(context);
      const result = await clickhouse.introspect(driver, { service: SERVICE, databases: ['analytics'] });
      expect(result.observed.databases).toEqual([]);
      expect(result.queries).toBe(1);
      const named = createDriver(target!.url, { databaseName: 'Warehouse DB' });
      const found = await clickhouse.introspect(named, { service: SERVICE, databases: ['warehouse db'], schemas: { 'WAREHOUSE DB': [ANALYTICS] } });
      expect(found.observed.databases.map((d) => [d.name, d.children.map((s) => s.name)])).toEqual([['Warehouse DB', [ANALYTICS]]]);
      await named.close();
    });

    it('issues the same number of catalog queries for 3 and for 300 tables', async (context) => {
      const { driver } = engine(context);
      await exec(driver, [`CREATE DATABASE bulk`, ...tablesSql('bulk', 0, 3)]);
      const small = await measure(driver, 'bulk');
      await exec(driver, tablesSql('bulk', 3, 300));
      const before = target!.requests?.();
      const large = await measure(driver, 'bulk');
      expect(small).toEqual({ tables: 3, queries: 5 });
      expect(large).toEqual({ tables: 300, queries: 5 });
      // Where the engine counts them: the reported queries are all the round trips there were.
      if (before !== undefined) expect(target!.requests!() - before).toBe(5);
    });

    it('plans, applies, reads back the hostile corpus byte for byte, and plans nothing the second time', async (context) => {
      const { driver } = engine(context);
      await exec(driver, hostileSql());
      const manifest = hostileManifest();
      const first = await planFor(driver, manifest);
      expect(first.plan.conflicts).toEqual([]);
      const unsupported = first.plan.warnings.map((w) => [w.code, w.object?.kind]);
      expect(unsupported).toEqual(profile.modern ? [] : [['unsupported-field', 'schema'], ['unsupported-field', 'table']]);
      // One statement per table carries all of its column comments.
      const columnChanges = changesWithSql(first.plan).filter((c) => c.object.kind === 'column');
      const statements = new Set(columnChanges.flatMap((c) => c.sql));
      expect(statements.size).toBe(1 + IDENTIFIERS.length);
      expect(columnChanges.every((c) => c.sql.length === 1 && c.sql[0]!.startsWith('ALTER TABLE '))).toBe(true);

      const result = await applyPlanned(first);
      expect(result.results.filter((r) => r.status !== 'applied')).toEqual([]);
      expect(result.summary).toEqual({ applied: first.plan.changes.length, failed: 0, notRun: 0 });

      const databases = [HOSTILE_DB, ...IDENTIFIERS.map((i) => i.value)];
      expectHostileState(await readComments(driver, databases, profile.modern), profile.modern);

      const again = await planFor(driver, manifest);
      expect(again.plan.changes).toEqual([]);
      expect(again.plan.conflicts).toEqual([]);
    });

    it('writes the hostile corpus through a valid custom template, reads it back byte for byte, and plans nothing after', async (context) => {
      const { driver } = engine(context);
      const database = 'hostile_template';
      const templates: SqlTemplates = { columnDescription: 'ALTER TABLE {schema}.{table} COMMENT COLUMN {column} {description}' };
      expect(templateProblems(templates.columnDescription!, 'columnDescription', clickhouse.dialect.syntax)).toEqual([]);
      const columns = HOSTILE_VALUES.map((_, i) => `v${i} String`).join(', ');
      await exec(driver, [`CREATE DATABASE ${q(database)}`, `CREATE TABLE ${q(database)}.t (${columns}) ENGINE = Memory`]);
      const manifest = [want.schema(database, {}, [want.table('t', {}, HOSTILE_VALUES.map(({ value }, i) => want.column(`v${i}`, value)))])];
      const first = await planFor(driver, manifest, {}, templates);
      expect(first.plan.conflicts).toEqual([]);
      // One templated statement per change, instead of the built-in batch per table.
      expect(changesWithSql(first.plan).map((c) => c.sql.length === 1 && c.sql[0]!.startsWith(`ALTER TABLE ${q(database)}.\`t\` COMMENT COLUMN `))).toEqual(
        HOSTILE_VALUES.map(() => true),
      );
      expect((await applyPlanned(first)).summary).toEqual({ applied: HOSTILE_VALUES.length, failed: 0, notRun: 0 });
      const state = await readComments(driver, [database], profile.modern);
      HOSTILE_VALUES.forEach(({ name, value }, i) => expectSameBytes(state.columns.get(key(database, 't', `v${i}`)), value, name));
      expect((await planFor(driver, manifest, {}, templates)).plan.changes).toEqual([]);
    });

    // Only where there is a server: chdb's engine would run the script, which says nothing of what a server refuses.
    if (profile.httpInterface) {
      it('runs one statement per request: a second statement in the text is refused and never runs', async (context) => {
        const { driver } = engine(context);
        await exec(driver, ['CREATE DATABASE one_statement', 'CREATE TABLE one_statement.victim (x Int32) ENGINE = Memory']);
        await withSession(driver, async (session) => {
          await expect(session.execute("ALTER TABLE one_statement.victim COMMENT COLUMN x 'a'; DROP TABLE one_statement.victim")).rejects.toThrow(
            /Multi-statements are not allowed/,
          );
        });
        const rows = await withSession(driver, (session) => session.query("SELECT name FROM system.tables WHERE database = 'one_statement'"));
        expect(rows).toEqual([{ name: 'victim' }]);
      });
    }

    it('clears a description with an empty manifest description', async (context) => {
      const { driver } = engine(context);
      const manifest = [
        want.schema(ANALYTICS, profile.modern ? { description: '' } : {}, [
          want.table('orders', profile.modern ? { description: '' } : {}, [want.column('id', ''), want.column('customer_email', '')]),
        ]),
      ];
      const planned = await planFor(driver, manifest);
      // `customer_email` has no comment: only the others change.
      expect(planned.plan.changes.map((c) => [c.object.kind, c.action])).toEqual(
        profile.modern ? [['schema', 'clear'], ['table', 'clear'], ['column', 'clear']] : [['column', 'clear']],
      );
      expect(changesWithSql(planned.plan).at(-1)?.sql).toEqual(["ALTER TABLE `analytics`.`orders` COMMENT COLUMN `id` ''"]);
      expect((await applyPlanned(planned)).summary.failed).toBe(0);
      const state = await readComments(driver, [ANALYTICS], profile.modern);
      expect(state.columns.get(key(ANALYTICS, 'orders', 'id'))).toBe('');
      if (profile.modern) expect([state.databases.get(key(ANALYTICS)), state.tables.get(key(ANALYTICS, 'orders'))]).toEqual(['', '']);
      expect((await planFor(driver, manifest)).plan.changes).toEqual([]);
    });

    it(`${profile.modern ? 'warns instead of' : 'writes'} column comments of a materialized view`, async (context) => {
      const { driver } = engine(context);
      const manifest = [want.schema(ANALYTICS, {}, [want.table('daily', {}, [want.column('n', 'Orders that day')])])];
      const planned = await planFor(driver, manifest);
      if (profile.modern) {
        // 26.7 accepts COMMENT COLUMN on a view with inner storage and stores nothing.
        expect(planned.plan.changes).toEqual([]);
        expect(planned.plan.warnings.map((w) => [w.code, w.message])).toEqual([
          ['unsupported-relation', expect.stringContaining('clickhouse cannot store descriptions on the columns of a materialized view')],
        ]);
        return;
      }
      expect(planned.plan.warnings).toEqual([]);
      expect((await applyPlanned(planned)).summary).toEqual({ applied: 1, failed: 0, notRun: 0 });
      expect((await planFor(driver, manifest)).plan.changes).toEqual([]);
    });

    it(
      profile.modern
        ? 'writes table and database descriptions with MODIFY COMMENT'
        : 'plans a table or database description as a warning, not a statement',
      async (context) => {
        const { driver } = engine(context);
        const manifest = [want.schema('bulk', { description: 'Bulk tables' }, [want.table('t0', { description: "Table 't0'" })])];
        const planned = await planFor(driver, manifest);
        if (!profile.modern) {
          expect(planned.plan.changes).toEqual([]);
          expect(planned.plan.warnings.map((w) => w.message)).toEqual([
            expect.stringContaining('clickhouse cannot store descriptions on a schema: not applied (default.bulk)'),
            expect.stringContaining('clickhouse cannot store descriptions on a table: not applied (default.bulk.t0)'),
          ]);
          return;
        }
        expect(changesWithSql(planned.plan).map((c) => c.sql)).toEqual([
          ["ALTER DATABASE `bulk` MODIFY COMMENT 'Bulk tables'"],
          ["ALTER TABLE `bulk`.`t0` MODIFY COMMENT 'Table \\'t0\\''"],
        ]);
        expect((await applyPlanned(planned)).summary).toEqual({ applied: 2, failed: 0, notRun: 0 });
        const state = await readComments(driver, ['bulk'], true);
        expect([state.databases.get(key('bulk')), state.tables.get(key('bulk', 't0'))]).toEqual(['Bulk tables', "Table 't0'"]);
        expect((await planFor(driver, manifest)).plan.changes).toEqual([]);
      },
    );

    it('reports applied, failed (statement and message) and not run when a statement fails, and a re-run converges', async (context) => {
      const { driver } = engine(context);
      await exec(driver, ['CREATE DATABASE midway', ...['a', 'b', 'c'].map((t) => `CREATE TABLE midway.${t} (x Int32, y Int32) ENGINE = Memory`)]);
      const manifest = [
        want.schema('midway', {}, ['a', 'b', 'c'].map((t) => want.table(t, {}, [want.column('x', `${t}.x`), want.column('y', `${t}.y`)]))),
      ];
      const planned = await planFor(driver, manifest);
      expect(planned.plan.changes).toHaveLength(6);
      // The catalog moves between plan and apply: the second table's statement will fail.
      await exec(driver, ['DROP TABLE midway.b']);
      const result = await applyPlanned(planned);
      expect(result.summary).toEqual({ applied: 2, failed: 2, notRun: 2 });
      expect(result.results.map((r) => [r.change.object.table, r.change.object.column, r.status])).toEqual([
        ['a', 'x', 'applied'],
        ['a', 'y', 'applied'],
        ['b', 'x', 'failed'],
        ['b', 'y', 'failed'],
        ['c', 'x', 'not_run'],
        ['c', 'y', 'not_run'],
      ]);
      const failed = result.results[2]!;
      expect(failed.statement).toBe("ALTER TABLE `midway`.`b` COMMENT COLUMN `x` 'b.x', COMMENT COLUMN `y` 'b.y'");
      // 18.16 and 26.7 word it differently; the driver gives both the same shape.
      expect(failed.error).toMatch(/^Code: 60\. DB::Exception: (Table midway\.b doesn't exist|Could not find table: b)/);
      expect(result.results[4]!.reason).toContain('not run: an earlier statement failed');

      await exec(driver, ['CREATE TABLE midway.b (x Int32, y Int32) ENGINE = Memory']);
      const rerun = await planFor(driver, manifest);
      expect(rerun.plan.changes.map((c) => `${c.object.table}.${c.object.column}`)).toEqual(['b.x', 'b.y', 'c.x', 'c.y']);
      expect((await applyPlanned(rerun)).summary).toEqual({ applied: 4, failed: 0, notRun: 0 });
      expect((await planFor(driver, manifest)).plan.changes).toEqual([]);
    });

    it('raises max_query_size for a statement longer than the default 256 KiB', async (context) => {
      const { driver } = engine(context);
      const long = `${'x'.repeat(150_000)}\n${"'\\".repeat(70_000)}`;
      const manifest = [want.schema('midway', {}, [want.table('a', {}, [want.column('x', long), want.column('y', long)])])];
      const planned = await planFor(driver, manifest);
      expect(Buffer.byteLength(changesWithSql(planned.plan)[0]!.sql[0]!)).toBeGreaterThan(262_144);
      expect((await applyPlanned(planned)).summary).toEqual({ applied: 2, failed: 0, notRun: 0 });
      const state = await readComments(driver, ['midway'], false);
      expectSameBytes(state.columns.get(key('midway', 'a', 'y')), long, 'long comment');
      expect((await planFor(driver, manifest)).plan.changes).toEqual([]);
    });

    it('confirms an unlisted database or table absent only when the server says it does not exist', async (context) => {
      const { driver } = engine(context);
      await exec(driver, ['CREATE DATABASE absence_db', 'CREATE TABLE absence_db.t (id UInt8) ENGINE = Memory']);
      const verdicts = await clickhouse.confirmAbsent!(driver, [
        { database: 'default', schema: 'absence_nope' },
        { database: 'default', schema: 'absence_db', table: 'gone' },
        { database: 'default', schema: 'absence_db' },
        { database: 'default', schema: 'absence_db', table: 't' },
      ]);
      const shown = 'the server has it, but the listing does not show it to this user';
      expect(verdicts).toEqual([null, null, shown, shown]);
    });
  });

  describe(`clickhouse through the workspace core on ${profile.name}`, () => {
    const manifests = {
      'warehouse/default.yaml': [{ apiVersion: 'revmeta/v1', kind: 'Database', service: 'warehouse', name: 'default' }],
      'warehouse/default/ws.yaml': [
        {
          apiVersion: 'revmeta/v1',
          kind: 'Schema',
          service: 'warehouse',
          database: 'default',
          name: 'WS',
          description: 'Workspace schema',
          tables: {
            events: {
              description: 'Events',
              columns: { id: { description: "It's the id" }, 'Payload "json"': { description: 'JSON\nbody' } },
            },
          },
        },
      ],
    };

    async function workspaceFor(url: string, env: Record<string, string>) {
      const config = await writeWorkspace({
        config: {
          version: 1,
          manifests: 'metadata',
          services: { warehouse: { type: 'clickhouse', connection: { url, username: '${CH_USER}', password: '${CH_PASSWORD}' } } },
        },
        manifests,
      });
      // The lead registers the connector in src/connectors/index.ts; until then it is passed in.
      return loadWorkspace(config, env, new Map([...builtInConnectors, ['clickhouse', clickhouse]]));
    }

    it('validates the config, plans, applies and converges with the connection from ${VAR}s', async (context) => {
      const { target, driver } = engine(context);
      await exec(driver, ['CREATE DATABASE ws', 'CREATE TABLE ws.events (id Int32, `Payload "json"` String) ENGINE = Memory']);
      const env = { CH_USER: target.login.username, CH_PASSWORD: target.login.password };
      const workspace = await workspaceFor(target.url, env);
      const first = await planWorkspace(workspace);
      try {
        const expected = profile.modern
          ? ["ALTER DATABASE `ws` MODIFY COMMENT 'Workspace schema'", "ALTER TABLE `ws`.`events` MODIFY COMMENT 'Events'"]
          : [];
        expect(changesWithSql(first.plan).map((c) => c.sql[0])).toEqual([
          ...expected,
          "ALTER TABLE `ws`.`events` COMMENT COLUMN `id` 'It\\'s the id', COMMENT COLUMN `Payload \"json\"` 'JSON\\nbody'",
          "ALTER TABLE `ws`.`events` COMMENT COLUMN `id` 'It\\'s the id', COMMENT COLUMN `Payload \"json\"` 'JSON\\nbody'",
        ]);
        expect(first.plan.warnings.map((w) => w.code)).toEqual(profile.modern ? [] : ['unsupported-field', 'unsupported-field']);
        expect(first.queries.get('warehouse')).toBe(5);
        expect(JSON.stringify(first.plan)).not.toContain(target.login.password);
        const applied = await applyChanges(first.plan, first.targets);
        expect(applied.summary).toEqual({ applied: first.plan.changes.length, failed: 0, notRun: 0 });
      } finally {
        await first.close();
      }
      const second = await planWorkspace(workspace);
      await second.close();
      expect(second.plan.changes).toEqual([]);
    });

    it('fails the plan with a masked message when the password is wrong', async (context) => {
      const { target } = engine(context);
      const wrong = 'Wr0ng-but-$ecret';
      const workspace = await workspaceFor(target.url, { CH_USER: target.login.username, CH_PASSWORD: wrong });
      const error = await planWorkspace(workspace).then(
        async (planned) => {
          await planned.close();
          return new Error('planned with a wrong password');
        },
        (caught: unknown) => caught as Error,
      );
      expect(error.message).toMatch(/^service "warehouse": could not read the catalog: could not connect to ClickHouse as revmeta_login@/);
      expect(error.message).not.toContain(wrong);
      expect(workspace.redact(`x ${wrong} y`)).toBe('x *** y');
    });
  });

  describe(`clickhouse driver errors on ${profile.name}`, () => {
    const password = 'Sup3r$ecret-pw/@:?#%';

    it('never show the password of a failed login, given as an option or in the URL', async (context) => {
      const { target } = engine(context);
      const url = new URL(target.url);
      const asOption = createDriver(target.url, { username: target.login.username, password });
      const inUrl = createDriver(`${url.protocol}//${target.login.username}:${encodeURIComponent(password)}@${url.host}`);
      for (const wrong of [asOption, inUrl]) {
        const error = await wrong.open().then(
          () => new Error('connected with a wrong password'),
          (caught: unknown) => caught as Error,
        );
        expect(error.message).toContain(`could not connect to ClickHouse as ${target.login.username}@${target.url}: Code: `);
        expect(error.message).toMatch(/Wrong password|Authentication failed/);
        for (const form of [password, encodeURIComponent(password)]) {
          expect(error.message).not.toContain(form);
          expect(JSON.stringify(error, Object.getOwnPropertyNames(error))).not.toContain(form);
        }
        expect(error.cause).toBeUndefined();
        await wrong.close();
      }
    });

    it('connects with the right password, and masks it should the server ever quote it', async (context) => {
      const { target } = engine(context);
      const right = createDriver(target.url, { ...target.login });
      await withSession(right, async (session) => {
        expect(await session.query('SELECT 1 AS one')).toEqual([{ one: 1 }]);
        const error = await session.execute(`SELECT ${lit(target.login.password)} +`).catch((caught: unknown) => caught as Error);
        expect(error).toBeInstanceOf(Error);
        expect((error as Error).message).toMatch(/^Code: 62\. DB::Exception: Syntax error/);
        expect((error as Error).message).not.toContain(target.login.password);
      });
      await right.close();
    });

    it('passes the database option to the server: a missing one fails at open', async (context) => {
      const { target } = engine(context);
      const inAnalytics = createDriver(target.url, { database: ANALYTICS });
      expect(await withSession(inAnalytics, (session) => session.query('SELECT currentDatabase() AS db'))).toEqual([{ db: ANALYTICS }]);
      await inAnalytics.close();
      const missing = createDriver(target.url, { database: 'no_such_db' });
      await expect(missing.open()).rejects.toThrow(/^could not connect to ClickHouse as default@http:\/\/127\.0\.0\.1:\d+: Code: 81\. DB::Exception: Database no_such_db (doesn't|does not) exist/);
      await missing.close();
    });

    it('names the target when nothing listens', async () => {
      const nowhere = createDriver('http://127.0.0.1:1', { password, connectionRetries: 0 });
      await expect(nowhere.open()).rejects.toThrow(/^could not connect to ClickHouse as default@http:\/\/127\.0\.0\.1:1: .*ECONNREFUSED/);
      await nowhere.close();
    });
  });
}
