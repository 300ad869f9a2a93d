/**
 * The mysql connector on Debian's MariaDB 10.11 (test/engines/mariadb.sh), through the same
 * loop the core runs: introspect → capabilities → planService → readCompileContext → applyChanges,
 * then read back byte for byte and plan again: empty. Skipped with a printed reason where
 * the binaries are missing, never under CI.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { mysql } from '../../../src/connectors/mysql/index.js';
import { createTableText, quoteIdentifier as q, quoteLiteral as lit } from '../../../src/connectors/mysql/sql.js';
import { templateProblems } from '../../../src/connectors/template.js';
import type { Driver, DriverSession, SqlTemplates, TemplateName } from '../../../src/connectors/types.js';
import type { ObservedNode } from '../../../src/model/types.js';
import type { Change } from '../../../src/plan/types.js';
import { HOSTILE_IDENTIFIERS, HOSTILE_VALUES } from '../../corpus/hostile.js';
import { startMariaDb } from '../../engines/mariadb.js';
import {
  DATABASE,
  EVERY_ATTRIBUTE_COLUMN_NAMES,
  EVERY_ATTRIBUTE_DDL,
  EVERY_ATTRIBUTE_NEW_COMMENTS,
  EVERY_ATTRIBUTE_SHOWN,
  EVERY_ATTRIBUTE_SHOWN_AFTER,
  SERVICE,
  apply,
  converge,
  manifests,
  plan,
  withSession,
  type SchemaSpec,
} from './fixtures.js';
import { changesWithSql } from '../../plan-statements.js';

const engine = await startMariaDb();
const skip = 'skip' in engine ? engine.skip : undefined;
if (skip) console.warn(`skipping MariaDB tests: ${skip}`);
const port = 'port' in engine ? engine.port : 0;

function serverDriver(connection: Record<string, unknown> = {}): Driver {
  return mysql.createDriver({
    service: SERVICE,
    connection: { host: '127.0.0.1', port: String(port), user: 'root', ...connection },
    configDir: '/',
  });
}

/** Created only when the engine runs: the tests below are skipped otherwise. */
const running = skip === undefined ? serverDriver() : undefined;
function driver(): Driver {
  if (running === undefined) throw new Error('MariaDB is not running');
  return running;
}

afterAll(async () => {
  await running?.close();
  if (!('skip' in engine)) await engine.stop();
});

async function exec(...statements: string[]): Promise<void> {
  await withSession(driver(), async (session) => {
    for (const sql of statements) await session.execute(sql);
  });
}

/** SHOW CREATE TABLE as text; raw bytes (binary defaults) as createTableText shows them. */
async function showCreateTable(session: DriverSession, schema: string, table: string): Promise<string> {
  const [row] = await session.query(`SHOW CREATE TABLE ${q(schema)}.${q(table)}`);
  const value = row?.['Create Table'];
  if (typeof value === 'string') return value;
  if (value instanceof Uint8Array) return createTableText(value);
  throw new Error(`no definition of ${schema}.${table}`);
}

async function observe(schemas: string[]): Promise<ObservedNode> {
  const result = await mysql.introspect(driver(), { service: SERVICE, databases: [DATABASE], schemas: { [DATABASE]: schemas } });
  const database = result.observed.databases[0];
  if (database === undefined) throw new Error('database level not introspected');
  return database;
}

function childNamed(parent: ObservedNode | undefined, name: string): ObservedNode | undefined {
  return parent?.children.find((child) => child.name === name);
}

/** Byte-for-byte: string equality on UTF-16 and on the UTF-8 the server returned. */
function expectSameBytes(actual: string | null | undefined, expected: string | null, what: string): void {
  expect(actual, what).toBe(expected);
  expect(Buffer.from(actual ?? '', 'utf8').equals(Buffer.from(expected ?? '', 'utf8')), what).toBe(true);
}

const leaf = (kind: ObservedNode['kind'], name: string, description: string | null, children: ObservedNode[] = []): ObservedNode => ({
  kind,
  name,
  description,
  owner: null,
  tags: {},
  children,
});
const relation = (name: string, kind: 'table' | 'view', description: string | null, columns: ObservedNode[]): ObservedNode => ({
  ...leaf('table', name, description, columns),
  relation: kind,
});

describe.skipIf(skip !== undefined)('mysql connector on MariaDB 10.11', () => {
  it('sets up every session: utf8mb4, an explicit sql_mode, explicit timestamp defaults, a lock wait limit', async () => {
    const rows = await withSession(driver(), (session) =>
      session.query(
        'SELECT @@SESSION.sql_mode AS mode, @@character_set_client AS client, @@character_set_results AS results, ' +
          '@@SESSION.explicit_defaults_for_timestamp AS ts, @@SESSION.lock_wait_timeout AS lock_wait, @@SESSION.sql_quote_show_create AS quote, ' +
          '@@SESSION.system_versioning_alter_history AS history',
      ),
    );
    expect(rows).toEqual([
      { mode: 'STRICT_ALL_TABLES,NO_ENGINE_SUBSTITUTION', client: 'utf8mb4', results: 'utf8mb4', ts: 1, lock_wait: 10, quote: 1, history: 'KEEP' },
    ]);
  });

  it('stores what quoteLiteral writes, character for character (NUL and Ctrl-Z included)', async () => {
    const value = "a'b\\c\nd\re\u001af\0g\"h\ti`j\\'k\\\\l'' é 中 \uFFFD";
    const rows = await withSession(driver(), (session) => session.query(`SELECT ${lit(value)} AS v, HEX(${lit(value)}) AS h`));
    expect(rows[0]?.v).toBe(value);
    expect(rows[0]?.h).toBe(Buffer.from(value, 'utf8').toString('hex').toUpperCase());
    const names = await withSession(driver(), (session) => session.query(`SELECT 1 AS ${q('a`b "c\' d')}`));
    expect(Object.keys(names[0]!)).toEqual(['a`b "c\' d']);
  });

  it('escapes the same way when the server default sql_mode is hostile (NO_BACKSLASH_ESCAPES, ANSI_QUOTES)', async () => {
    await exec("SET GLOBAL sql_mode = 'NO_BACKSLASH_ESCAPES,ANSI_QUOTES,NO_FIELD_OPTIONS'");
    try {
      const fresh = serverDriver();
      const rows = await withSession(fresh, (session) => session.query(`SELECT ${lit('a\\b\'c')} AS v, @@SESSION.sql_mode AS mode`));
      await fresh.close();
      expect(rows).toEqual([{ v: "a\\b'c", mode: 'STRICT_ALL_TABLES,NO_ENGINE_SUBSTITUTION' }]);
    } finally {
      await exec("SET GLOBAL sql_mode = 'STRICT_TRANS_TABLES,ERROR_FOR_DIVISION_BY_ZERO,NO_AUTO_CREATE_USER,NO_ENGINE_SUBSTITUTION'");
    }
  });

  it('introspects a realistic catalog into the exact tree, with one query per schema', async () => {
    await exec(
      "CREATE DATABASE shop CHARACTER SET latin1 COMMENT 'The shop'",
      "CREATE TABLE shop.orders (id int PRIMARY KEY COMMENT 'Surrogate key', email varchar(100), `Created At` datetime COMMENT 'When') COMMENT 'One row\\nper order'",
      'CREATE VIEW shop.order_emails AS SELECT id, email FROM shop.orders',
      'CREATE SEQUENCE shop.order_ids',
      "CREATE TABLE shop.versioned (a int COMMENT '') COMMENT '' WITH SYSTEM VERSIONING",
      'CREATE DATABASE `Mixed Case.Schema`',
      "CREATE TABLE `Mixed Case.Schema`.`Order ``Lines``` (`Line No` int, `select` text COMMENT 'It''s reserved')",
      'CREATE DATABASE untouched',
    );
    const result = await mysql.introspect(driver(), {
      service: SERVICE,
      databases: ['DEFAULT'],
      schemas: { default: ['shop', 'mixed case.schema'] },
    });
    expect(result.server.version).toBe('MariaDB 10.11.19');
    expect(result.queries).toBe(2 + 2);
    expect(result.observed).toEqual({
      service: SERVICE,
      databases: [
        leaf('database', 'default', null, [
          leaf('schema', 'Mixed Case.Schema', null, [
            relation('Order `Lines`', 'table', null, [leaf('column', 'Line No', null), leaf('column', 'select', "It's reserved")]),
          ]),
          leaf('schema', 'shop', 'The shop', [
            // A view's columns show the comments of the columns they select; revmeta does not write them.
            relation('order_emails', 'view', null, [leaf('column', 'id', 'Surrogate key'), leaf('column', 'email', null)]),
            relation('orders', 'table', 'One row\nper order', [
              leaf('column', 'id', 'Surrogate key'),
              leaf('column', 'email', null),
              leaf('column', 'Created At', 'When'),
            ]),
            relation('versioned', 'table', null, [leaf('column', 'a', null)]),
          ]),
        ]),
      ],
    });
  });

  it('reads every non-system schema when the manifests name none', async () => {
    const result = await mysql.introspect(driver(), { service: SERVICE, databases: 'all' });
    const names = result.observed.databases[0]!.children.map((schema) => schema.name);
    expect(names).toEqual(expect.arrayContaining(['Mixed Case.Schema', 'shop', 'untouched']));
    expect(names).not.toEqual(expect.arrayContaining(['mysql']));
    expect(names.some((name) => ['information_schema', 'mysql', 'performance_schema', 'sys'].includes(name))).toBe(false);
    expect(result.queries).toBe(2 + names.length);
  });

  it('issues the same number of catalog queries for 3 and for 300 tables in a schema', async () => {
    const create = (from: number, to: number) =>
      Array.from({ length: to - from }, (_, i) => `CREATE TABLE bulk.t${from + i} (id int COMMENT 'c', name text) COMMENT 'table ${from + i}'`);
    await exec('CREATE DATABASE bulk', ...create(0, 3));
    const measure = async () => {
      const result = await mysql.introspect(driver(), { service: SERVICE, databases: [DATABASE], schemas: { [DATABASE]: ['bulk'] } });
      const tables = result.observed.databases[0]!.children[0]!.children;
      return { tables: tables.length, columns: tables.reduce((n, t) => n + t.children.length, 0), queries: result.queries };
    };
    const small = await measure();
    await exec(...create(3, 300));
    const large = await measure();
    expect(small).toEqual({ tables: 3, columns: 6, queries: 3 });
    expect(large).toEqual({ tables: 300, columns: 600, queries: 3 });
  });

  it('changes only the comments of a table using every column attribute, in one ALTER TABLE, and converges', async () => {
    await exec(EVERY_ATTRIBUTE_DDL);
    const before = await withSession(driver(), (session) => showCreateTable(session, 'shop', 'every attribute'));
    expect(before).toBe(EVERY_ATTRIBUTE_SHOWN);

    const columns = Object.fromEntries(EVERY_ATTRIBUTE_COLUMN_NAMES.map((name) => [name, EVERY_ATTRIBUTE_NEW_COMMENTS[name] ?? '']));
    const desired = manifests({ shop: { tables: { 'every attribute': { columns } } } });
    const planned = await converge(driver(), desired);
    expect(planned.changes).toHaveLength(EVERY_ATTRIBUTE_COLUMN_NAMES.length);
    const statements = new Set(changesWithSql(planned).flatMap((c) => c.sql));
    expect(statements.size).toBe(1);
    expect([...statements][0]).toMatch(/^ALTER TABLE `shop`.`every attribute` MODIFY COLUMN `id` .*, ALGORITHM=INSTANT$/s);

    const after = await withSession(driver(), (session) => showCreateTable(session, 'shop', 'every attribute'));
    expect(after).toBe(EVERY_ATTRIBUTE_SHOWN_AFTER);

    const table = childNamed(childNamed(await observe(['shop']), 'shop'), 'every attribute');
    for (const name of EVERY_ATTRIBUTE_COLUMN_NAMES) {
      expectSameBytes(childNamed(table, name)?.description, EVERY_ATTRIBUTE_NEW_COMMENTS[name] ?? null, name);
    }
    expect((await plan(driver(), desired)).changes).toEqual([]);
  });

  it('changes column comments of a system-versioned table and keeps its history', async () => {
    await exec('INSERT INTO shop.versioned VALUES (1)', 'UPDATE shop.versioned SET a = 2');
    const desired = manifests({ shop: { tables: { versioned: { description: 'Versioned', columns: { a: 'Current value' } } } } });
    await converge(driver(), desired);
    const table = childNamed(childNamed(await observe(['shop']), 'shop'), 'versioned');
    expect([table?.description, childNamed(table, 'a')?.description]).toEqual(['Versioned', 'Current value']);
    const history = await withSession(driver(), (session) => session.query('SELECT a FROM shop.versioned FOR SYSTEM_TIME ALL ORDER BY a'));
    expect(history).toEqual([{ a: 1 }, { a: 2 }]);
    expect((await plan(driver(), desired)).changes).toEqual([]);
  });

  it('round-trips the hostile corpus and names that need quoting byte for byte, and plans nothing after', async () => {
    const values = HOSTILE_VALUES.map((value) => value.value);
    // MariaDB names are utf8mb3: a name with an emoji cannot exist (ERROR 1300).
    const identifiers = HOSTILE_IDENTIFIERS.filter((identifier) => identifier.name !== 'emoji').map((identifier) => identifier.value);
    const valueAt = (i: number) => values[i % values.length]!;
    await exec(
      'CREATE DATABASE hostile',
      `CREATE TABLE hostile.hostile_values (${values.map((_, i) => `v${i} text`).join(', ')})`,
      ...values.map((_, i) => `CREATE TABLE hostile.hv${i} (id int)`),
      ...identifiers.flatMap((name) => [`CREATE DATABASE ${q(name)}`, `CREATE TABLE ${q(name)}.${q(name)} (${q(name)} int, other int)`]),
    );
    const schemas: Record<string, SchemaSpec> = {
      hostile: {
        description: "\\'; DROP DATABASE x; --",
        tables: {
          hostile_values: { columns: Object.fromEntries(values.map((value, i) => [`v${i}`, value])) },
          ...Object.fromEntries(values.map((value, i) => [`hv${i}`, { description: value }])),
        },
      },
      ...Object.fromEntries(
        identifiers.map((name, i) => [
          name,
          { description: valueAt(i), tables: { [name]: { description: valueAt(i + 1), columns: { [name]: valueAt(i + 2) } } } },
        ]),
      ),
    };
    const desired = manifests(schemas);
    const planned = await plan(driver(), desired);

    // Refused at plan time, each with a conflict: 4-byte characters (utf8mb3 comments) and
    // the 100 KB text (longer than a table or column comment holds).
    const astral = (text: string) => [...text].some((char) => char.codePointAt(0)! > 0xffff);
    const tooLong = (text: string) => [...text].length > 1024;
    const refused = values.filter((value) => astral(value) || tooLong(value)).length * 2; // a column and a table each
    expect(planned.conflicts).toHaveLength(refused);
    for (const conflict of planned.conflicts) {
      expect(conflict.reason).toMatch(/a 4-byte character the source's character set cannot hold|description is 102400 chars long/);
    }
    expect(planned.warnings).toEqual([]);

    const result = await apply(driver(), planned);
    expect(result.summary).toEqual({ applied: planned.changes.length, failed: 0, notRun: 0 });

    const database = await observe(Object.keys(schemas));
    const read = (change: Change) => {
      const { schema, table, column, kind } = change.object;
      const schemaNode = childNamed(database, schema!);
      if (kind === 'schema') return schemaNode?.description;
      const tableNode = childNamed(schemaNode, table!);
      return kind === 'table' ? tableNode?.description : childNamed(tableNode, column!)?.description;
    };
    for (const change of planned.changes) expectSameBytes(read(change), change.after, JSON.stringify(change.object));
    // What was planned is the corpus itself, except where truncated.
    const hostileValues = childNamed(childNamed(database, 'hostile'), 'hostile_values');
    values.forEach((value, i) => {
      const stored = childNamed(hostileValues, `v${i}`)?.description ?? null;
      expectSameBytes(stored, astral(value) || tooLong(value) ? null : value, HOSTILE_VALUES[i]!.name);
    });
    identifiers.forEach((name) => {
      expect(childNamed(childNamed(childNamed(database, name), name), name)?.name, name).toBe(name);
    });

    const again = await plan(driver(), desired);
    expect(again.changes).toEqual([]);
    expect(again.conflicts).toHaveLength(refused);
  });

  it('stores descriptions at each limit, a multi-byte schema comment at 1024 bytes included, and ALTERs that schema after', async () => {
    await exec('CREATE DATABASE limits', 'CREATE TABLE limits.t (c int)');
    const desired = manifests({
      limits: { description: 'é'.repeat(512), tables: { t: { description: '€'.repeat(2048), columns: { c: '€'.repeat(1024) } } } },
    });
    const planned = await converge(driver(), desired);
    expect(planned.changes.map((c) => c.object.kind)).toEqual(['schema', 'table', 'column']);
    const schema = childNamed(await observe(['limits']), 'limits');
    expect(schema?.description).toBe('é'.repeat(512));
    expect(childNamed(schema, 't')?.description).toBe('€'.repeat(2048));
    expect(childNamed(childNamed(schema, 't'), 'c')?.description).toBe('€'.repeat(1024));
    // A longer schema comment would make this crash MariaDB 10.11 (see capabilities).
    await exec("ALTER TABLE limits.t COMMENT = 'still alive'");
    expect((await plan(driver(), desired)).changes.map((c) => c.object.kind)).toEqual(['table']);
  });

  it('truncates visibly with descriptions.tooLong: truncate, and the cut text round-trips', async () => {
    await exec('CREATE DATABASE truncated', 'CREATE TABLE truncated.t (c int)');
    const long = "it's long \\ ".repeat(300);
    const desired = manifests({ truncated: { tables: { t: { description: long, columns: { c: long } } } } });
    const planned = await converge(driver(), desired, { tooLong: 'truncate' });
    expect(planned.warnings.map((w) => w.code)).toEqual(['truncated', 'truncated']);
    const table = childNamed(childNamed(await observe(['truncated']), 'truncated'), 't');
    expectSameBytes(table?.description, planned.changes[0]!.after, 'table');
    expectSameBytes(childNamed(table, 'c')?.description, planned.changes[1]!.after, 'column');
    expect([...table!.description!].length).toBe(2048);
    expect((await plan(driver(), desired, { tooLong: 'truncate' })).changes).toEqual([]);
  });

  it('compiles no column comment without what readCompileContext read (planning is one pass, no placeholder statement)', () => {
    const unprepared = () =>
      mysql.dialect.compile(
        [{ service: SERVICE, object: { kind: 'column', database: DATABASE, schema: 'unprepared', table: 't', column: 'c' }, field: 'description', action: 'set', before: 'kept', after: 'new', statements: [] }],
        {},
      );
    expect(unprepared).toThrow('no SHOW CREATE TABLE of `unprepared`.`t` in the compile context');
  });

  it('applies custom templates and clears with the built-in statements', async () => {
    await exec("CREATE DATABASE templated", "CREATE TABLE templated.t (c int COMMENT 'old') COMMENT 'old'");
    const desired = manifests({ templated: { tables: { t: { description: "it's templated", columns: { c: '' } } } } });
    const policy = { templates: { tableDescription: 'ALTER TABLE {schema}.{table} COMMENT {description}' } };
    const planned = await converge(driver(), desired, policy);
    expect(changesWithSql(planned).map((c) => c.sql)).toEqual([
      ["ALTER TABLE `templated`.`t` COMMENT 'it\\'s templated'"],
      ['ALTER TABLE `templated`.`t` MODIFY COLUMN `c` int(11) DEFAULT NULL, ALGORITHM=INSTANT'],
    ]);
    const table = childNamed(childNamed(await observe(['templated']), 'templated'), 't');
    expect([table?.description, childNamed(table, 'c')?.description]).toEqual(["it's templated", null]);
    expect((await plan(driver(), desired, policy)).changes).toEqual([]);
  });

  it('writes the hostile corpus through valid custom templates, reads it back byte for byte, and plans nothing after', async () => {
    const templates: SqlTemplates = {
      schemaDescription: 'ALTER DATABASE {schema} COMMENT = {description}',
      tableDescription: 'ALTER TABLE {schema}.{table} COMMENT = {description}',
      columnDescription: 'ALTER TABLE {schema}.{table} MODIFY COLUMN {column} text COMMENT {description}',
    };
    for (const [name, template] of Object.entries(templates)) expect(templateProblems(template, name as TemplateName, mysql.dialect.syntax), name).toEqual([]);
    // What utf8mb3 comments and their lengths can hold; the rest is a plan conflict (tested above).
    const storable = HOSTILE_VALUES.filter(({ value }) => [...value].every((char) => char.codePointAt(0)! <= 0xffff) && [...value].length <= 1024);
    await exec(
      'CREATE DATABASE hostile_template',
      `CREATE TABLE hostile_template.vals (${storable.map((_, i) => `v${i} text`).join(', ')})`,
      ...storable.map((_, i) => `CREATE TABLE hostile_template.t${i} (id int)`),
    );
    const desired = manifests({
      hostile_template: {
        description: "\\'; DROP DATABASE x; --",
        tables: {
          vals: { columns: Object.fromEntries(storable.map(({ value }, i) => [`v${i}`, value])) },
          ...Object.fromEntries(storable.map(({ value }, i) => [`t${i}`, { description: value }])),
        },
      },
    });
    const planned = await converge(driver(), desired, { templates });
    expect(planned.changes).toHaveLength(1 + 2 * storable.length);
    expect(changesWithSql(planned).every((change) => change.sql.length === 1 && /^ALTER (DATABASE|TABLE) /.test(change.sql[0]!))).toBe(true);
    const schema = childNamed(await observe(['hostile_template']), 'hostile_template');
    expectSameBytes(schema?.description, "\\'; DROP DATABASE x; --", 'schema');
    storable.forEach(({ name, value }, i) => {
      expectSameBytes(childNamed(childNamed(schema, 'vals'), `v${i}`)?.description, value, `column ${name}`);
      expectSameBytes(childNamed(schema, `t${i}`)?.description, value, `table ${name}`);
    });
    expect((await plan(driver(), desired, { templates })).changes).toEqual([]);
  });

  it('runs one statement per query: a second statement in the text is refused and never runs', async () => {
    await exec('CREATE DATABASE one_statement', 'CREATE TABLE one_statement.victim (x int)');
    await expect(exec("ALTER TABLE one_statement.victim COMMENT = 'a'; DROP TABLE one_statement.victim")).rejects.toThrow(/ERROR 1064/);
    const tables = await withSession(driver(), (session) => session.query("SELECT table_name AS t FROM information_schema.tables WHERE table_schema = 'one_statement'"));
    expect(tables).toEqual([{ t: 'victim' }]);
  });

  it('reports applied / failed (statement and engine message) / not run when a statement fails mid-apply, and a re-run converges', async () => {
    await exec('CREATE DATABASE midway', 'CREATE TABLE midway.a_first (x int)', 'CREATE TABLE midway.b_locked (x int)', 'CREATE TABLE midway.c_last (x int)');
    const desired = manifests({
      midway: { tables: { a_first: { columns: { x: 'first' } }, b_locked: { columns: { x: 'second' } }, c_last: { description: 'third' } } },
    });
    const impatient = serverDriver({ lock_wait_timeout: 1 });
    // Another session reads b_locked in an open transaction: its metadata lock holds off any ALTER.
    const blocker = await driver().open();
    try {
      await blocker.execute('START TRANSACTION');
      await blocker.query('SELECT * FROM midway.b_locked');
      const planned = await plan(impatient, desired);
      const result = await apply(impatient, planned);
      expect(result.summary).toEqual({ applied: 1, failed: 1, notRun: 1 });
      const [first, second, third] = result.results;
      expect(first).toMatchObject({ status: 'applied', change: { object: { table: 'a_first' } } });
      expect(second).toMatchObject({
        status: 'failed',
        statement: "ALTER TABLE `midway`.`b_locked` MODIFY COLUMN `x` int(11) DEFAULT NULL COMMENT 'second', ALGORITHM=INSTANT",
        error: 'ERROR 1205 (HY000): Lock wait timeout exceeded; try restarting transaction',
      });
      expect(third).toMatchObject({ status: 'not_run', change: { object: { table: 'c_last' } } });
      expect(third?.reason).toMatch(/^not run: an earlier statement failed \(ALTER TABLE `midway`.`b_locked`/);
    } finally {
      await blocker.execute('COMMIT');
      await blocker.close();
    }
    const rerun = await converge(impatient, desired);
    expect(rerun.changes.map((c) => c.object.table)).toEqual(['b_locked', 'c_last']);
    expect((await plan(impatient, desired)).changes).toEqual([]);
    await impatient.close();
  });

  it('keeps a plan valid while rows are inserted (AUTO_INCREMENT moves), and stale once a restated column changes', async () => {
    await exec('CREATE DATABASE drift', 'CREATE TABLE drift.t (id int AUTO_INCREMENT PRIMARY KEY, c int)');
    const desired = manifests({ drift: { tables: { t: { columns: { c: 'counted' } } } } });
    const first = await plan(driver(), desired);
    await exec('INSERT INTO drift.t (c) VALUES (1), (2), (3)', 'CREATE INDEX by_c ON drift.t (c)');
    const [row] = await withSession(driver(), (session) => session.query('SHOW CREATE TABLE drift.t'));
    expect(String(row?.['Create Table'])).toMatch(/AUTO_INCREMENT=4/);
    expect((await plan(driver(), desired)).observedDigest).toBe(first.observedDigest);
    await exec('ALTER TABLE drift.t MODIFY c bigint');
    const moved = await plan(driver(), desired);
    expect(moved.observedDigest).not.toBe(first.observedDigest);
    expect(changesWithSql(moved)[0]?.sql).toEqual(["ALTER TABLE `drift`.`t` MODIFY COLUMN `c` bigint(20) DEFAULT NULL COMMENT 'counted', ALGORITHM=INSTANT"]);
  });

  it('refuses, clearly and without touching the table, a column comment that would rebuild it', async () => {
    await exec('CREATE DATABASE rebuild', 'CREATE TABLE rebuild.t (a int, s int GENERATED ALWAYS AS (a + 1) STORED)');
    const before = await withSession(driver(), (session) => showCreateTable(session, 'rebuild', 't'));
    const planned = await plan(driver(), manifests({ rebuild: { tables: { t: { columns: { s: 'stored' } } } } }));
    const result = await apply(driver(), planned);
    expect(result.results).toEqual([
      expect.objectContaining({
        status: 'failed',
        statement: "ALTER TABLE `rebuild`.`t` MODIFY COLUMN `s` int(11) GENERATED ALWAYS AS (`a` + 1) STORED COMMENT 'stored', ALGORITHM=INSTANT",
        error: expect.stringMatching(/^ERROR 1845 \(0A000\): ALGORITHM=INSTANT is not supported for this operation\. Try ALGORITHM=COPY — revmeta sets a column comment by restating the column with ALGORITHM=INSTANT/),
      }),
    ]);
    expect(await withSession(driver(), (session) => showCreateTable(session, 'rebuild', 't'))).toBe(before);
  });

  it('has one database level: the one connection.databaseName names', async () => {
    const named = serverDriver({ databaseName: 'Prod' });
    await expect(named.open('default')).rejects.toThrow(/one database level, "Prod" \(connection.databaseName\); there is no database "default"/);
    await withSession(named, async (session) => expect(await session.query('SELECT 1 AS one')).toEqual([{ one: 1 }]));
    const session = await named.open('prod');
    await session.close();
    const result = await mysql.introspect(named, { service: SERVICE, databases: ['PROD'], schemas: { prod: ['shop'] } });
    expect(result.observed.databases.map((database) => [database.name, database.children.map((schema) => schema.name)])).toEqual([
      ['Prod', ['shop']],
    ]);
    await named.close();
  });
});

describe.skipIf(skip !== undefined)('mysql connection errors on MariaDB', () => {
  const password = 'Sup3r$ecret-pw';

  it('never show the password of a failed login', async () => {
    await exec("CREATE USER 'revmeta_login'@'127.0.0.1' IDENTIFIED BY 'the-right-one'");
    const wrong = serverDriver({ user: 'revmeta_login', password });
    const error = await wrong.open().then(
      () => new Error('connected with a wrong password'),
      (caught: unknown) => caught as Error,
    );
    expect(error.message).toBe(
      `could not connect to MySQL as revmeta_login@127.0.0.1:${port}: ERROR 1045 (28000): Access denied for user 'revmeta_login'@'localhost' (using password: YES)`.replace(
        "'localhost'",
        error.message.includes("'127.0.0.1'") ? "'127.0.0.1'" : "'localhost'",
      ),
    );
    expect(error.message).not.toContain(password);
    expect(JSON.stringify(error, Object.getOwnPropertyNames(error))).not.toContain(password);
    expect(error.cause).toBeUndefined();
    await expect(mysql.introspect(wrong, { service: SERVICE, databases: 'all' })).rejects.toThrow(/Access denied/);
    await wrong.close();
  });

  it('connects with the right password', async () => {
    const right = serverDriver({ user: 'revmeta_login', password: 'the-right-one' });
    const rows = await withSession(right, (session) => session.query('SELECT CURRENT_USER() AS u'));
    expect(rows).toEqual([{ u: 'revmeta_login@127.0.0.1' }]);
    await right.close();
  });

  it('name the target when nothing listens', async () => {
    const nowhere = mysql.createDriver({
      service: SERVICE,
      connection: { host: '127.0.0.1', port: 1, user: 'revmeta', password, connectionRetries: 0 },
      configDir: '/',
    });
    await expect(nowhere.open()).rejects.toThrow(/^could not connect to MySQL as revmeta@127\.0\.0\.1:1: .*ECONNREFUSED/);
  });
});
