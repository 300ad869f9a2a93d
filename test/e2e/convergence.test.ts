/**
 * revmeta end to end through the CLI, on every real Postgres engine we can run:
 * plan → apply → read back byte for byte → plan again is empty; a failing statement rolls
 * its database back; a stale saved plan is refused; bad input writes nothing.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, writeWorkspace } from './cli.js';
import { sqlOf as statementTexts } from '../plan-statements.js';
import { pgliteEngine, postgres15Engine, useEngine, type TestEngine } from './engines.js';

const HOSTILE = "It's a \"quoted\" value with \\backslashes\\, $$dollars$$, $tag$ and\nnew lines\r\n\ttabs, emoji 🎉 and '); DROP TABLE orders; --";

const engines: Array<[string, () => Promise<TestEngine | { skip: string }>]> = [
  ['PGlite', pgliteEngine],
  ['PostgreSQL 15', postgres15Engine],
];

let counter = 0;

describe.each(engines)('%s', (_name, start) => {
  const started = useEngine(start);

  /** A fresh database with roles, a quoted schema, a table, a view and a materialized view. */
  async function seed(): Promise<{ db: string; alice: string; bob: string }> {
    const db = `shop_${process.pid}_${++counter}`;
    const alice = `alice_${db}`;
    const bob = `bob ${db}`; // a role name that needs quoting
    await started.engine!.createDatabase(db);
    await started.engine!.exec(
      db,
      `CREATE ROLE "${alice}"; CREATE ROLE "${bob}";
       CREATE SCHEMA "Sales Dept";
       CREATE TABLE "Sales Dept".orders (id int, "Customer ""Email""" text, amount numeric);
       CREATE VIEW "Sales Dept".order_view AS SELECT id FROM "Sales Dept".orders;
       CREATE MATERIALIZED VIEW "Sales Dept".order_mv AS SELECT id FROM "Sales Dept".orders;
       CREATE TABLE public.customers (id int, email text);
       COMMENT ON TABLE public.customers IS 'to be cleared';
       COMMENT ON COLUMN public.customers.email IS 'old';`,
    );
    return { db, alice, bob };
  }

  function workspace(db: string, alice: string, bob: string, extraConfig: Record<string, unknown> = {}) {
    return writeWorkspace({
      config: {
        version: 1,
        manifests: 'metadata',
        services: {
          warehouse: {
            type: 'postgres',
            connection: started.engine!.connection,
            owners: { map: { 'team-alice': alice } },
            ...extraConfig,
          },
        },
      },
      manifests: {
        [`warehouse/${db}.yaml`]: [
          { apiVersion: 'revmeta/v1', kind: 'Database', service: 'warehouse', name: db, description: 'Shop database', owners: ['team-alice'] },
        ],
        [`warehouse/${db}/sales.yaml`]: [
          {
            apiVersion: 'revmeta/v1',
            kind: 'Schema',
            service: 'warehouse',
            database: db,
            name: 'Sales Dept',
            description: 'Sales, with a space in the name',
            owners: [bob],
            tables: {
              orders: {
                description: HOSTILE,
                owners: ['team-alice'],
                tags: ['PII.Sensitive'],
                columns: { 'Customer "Email"': { description: 'E-mail, with "quotes" in the column name' } },
              },
              order_view: { description: 'A view', owners: [bob] },
              order_mv: { description: 'A materialized view' },
            },
          },
          {
            apiVersion: 'revmeta/v1',
            kind: 'Schema',
            service: 'warehouse',
            database: db,
            name: 'public',
            tables: { customers: { description: '', columns: { email: { description: 'Login e-mail' } } } },
          },
        ],
      },
    });
  }

  async function readBack(db: string) {
    const [database] = await started.engine!.query<{ d: string | null; o: string }>(
      db,
      `SELECT shobj_description(oid, 'pg_database') d, pg_get_userbyid(datdba) o FROM pg_database WHERE datname = current_database()`,
    );
    const [schema] = await started.engine!.query<{ d: string | null; o: string }>(
      db,
      `SELECT obj_description(oid, 'pg_namespace') d, pg_get_userbyid(nspowner) o FROM pg_namespace WHERE nspname = 'Sales Dept'`,
    );
    const relations = await started.engine!.query<{ s: string; t: string; d: string | null; o: string }>(
      db,
      `SELECT n.nspname s, c.relname t, obj_description(c.oid, 'pg_class') d, pg_get_userbyid(c.relowner) o
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE n.nspname IN ('Sales Dept', 'public') AND c.relkind IN ('r', 'v', 'm') ORDER BY 1, 2`,
    );
    const columns = await started.engine!.query<{ t: string; c: string; d: string | null }>(
      db,
      `SELECT c.relname t, a.attname c, col_description(c.oid, a.attnum) d FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
       JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE n.nspname IN ('Sales Dept', 'public') AND a.attnum > 0 AND col_description(c.oid, a.attnum) IS NOT NULL ORDER BY 1, 2`,
    );
    return { database, schema, relations, columns };
  }

  it('plans, applies, reads back every value byte for byte, and plans nothing the second time', async ({ skip: skipTest }) => {
    if (started.skip) skipTest(started.skip);
    const { db, alice, bob } = await seed();
    const config = await workspace(db, alice, bob);

    const planned = await runCli(['plan', '-c', config, '--format', 'json']);
    expect(planned.stderr).toBe('');
    expect(planned.code).toBe(0);
    const plan = JSON.parse(planned.stdout);
    const sqlOf = (kind: string, name: string, field: string) => {
      const change = plan.changes.find((c: any) => c.object.kind === kind && (c.object.column ?? c.object.table ?? c.object.schema ?? c.object.database) === name && c.field === field);
      return change && statementTexts(plan, change);
    };
    expect(sqlOf('table', 'order_view', 'description')).toEqual([`COMMENT ON VIEW "Sales Dept"."order_view" IS 'A view'`]);
    expect(sqlOf('table', 'order_mv', 'description')).toEqual([`COMMENT ON MATERIALIZED VIEW "Sales Dept"."order_mv" IS 'A materialized view'`]);
    expect(sqlOf('table', 'customers', 'description')).toEqual([`COMMENT ON TABLE "public"."customers" IS NULL`]);
    expect(plan.summary).toMatchObject({ changes: 12, conflicts: 0 });
    expect(plan.warnings.map((w: any) => w.code)).toEqual(['unsupported-field']);

    const applied = await runCli(['apply', '-c', config, '--auto-approve']);
    expect(applied.stdout).toContain('Apply complete: 12 applied, 0 failed, 0 not run.');
    expect(applied.code).toBe(0);

    const state = await readBack(db);
    expect(state.database).toEqual({ d: 'Shop database', o: alice });
    expect(state.schema).toEqual({ d: 'Sales, with a space in the name', o: bob });
    expect(state.relations).toEqual([
      { s: 'Sales Dept', t: 'order_mv', d: 'A materialized view', o: 'postgres' },
      { s: 'Sales Dept', t: 'order_view', d: 'A view', o: bob },
      { s: 'Sales Dept', t: 'orders', d: HOSTILE, o: alice },
      { s: 'public', t: 'customers', d: null, o: 'postgres' },
    ]);
    expect(state.columns).toEqual([
      { t: 'customers', c: 'email', d: 'Login e-mail' },
      { t: 'orders', c: 'Customer "Email"', d: 'E-mail, with "quotes" in the column name' },
    ]);

    const again = await runCli(['plan', '-c', config, '--detailed-exitcode']);
    expect(again.stdout).toContain('No changes. The sources match the manifests.');
    expect(again.code).toBe(0);
  });

  it('exits 2 with --detailed-exitcode when there are changes, and saves a plan that apply runs exactly', async ({ skip: skipTest }) => {
    if (started.skip) skipTest(started.skip);
    const { db, alice, bob } = await seed();
    const config = await workspace(db, alice, bob);
    const planFile = path.join(path.dirname(config), 'plan.json');
    const planned = await runCli(['plan', '-c', config, '--detailed-exitcode', '--out', planFile]);
    expect(planned.code).toBe(2);
    const saved = JSON.parse(await readFile(planFile, 'utf8'));
    expect(saved.formatVersion).toBe('2.0');
    const applied = await runCli(['apply', planFile, '-c', config]);
    expect(applied.code).toBe(0);
    expect(applied.stdout).toContain(`Apply complete: ${saved.changes.length} applied`);
    expect((await runCli(['plan', '-c', config, '--detailed-exitcode'])).code).toBe(0);
  });

  it('refuses a saved plan when the source moved since, naming the object, and changes nothing', async ({ skip: skipTest }) => {
    if (started.skip) skipTest(started.skip);
    const { db, alice, bob } = await seed();
    const config = await workspace(db, alice, bob);
    const planFile = path.join(path.dirname(config), 'plan.json');
    expect((await runCli(['plan', '-c', config, '--out', planFile])).code).toBe(0);
    await started.engine!.exec(db, `COMMENT ON COLUMN public.customers.email IS 'edited meanwhile'`);
    const before = await readBack(db);
    const applied = await runCli(['apply', planFile, '-c', config]);
    expect(applied.code).toBe(1);
    expect(applied.stderr).toContain(`is stale and was not applied`);
    expect(applied.stderr).toContain(`column ${db}.public.customers.email description`);
    expect(await readBack(db)).toEqual(before);
  });

  it('refuses a saved plan when the manifests changed since', async ({ skip: skipTest }) => {
    if (started.skip) skipTest(started.skip);
    const { db, alice, bob } = await seed();
    const config = await workspace(db, alice, bob);
    const planFile = path.join(path.dirname(config), 'plan.json');
    expect((await runCli(['plan', '-c', config, '--out', planFile])).code).toBe(0);
    const manifest = path.join(path.dirname(config), 'metadata', 'warehouse', `${db}.yaml`);
    await writeFile(manifest, (await readFile(manifest, 'utf8')).replace('Shop database', 'Shop database, edited'));
    const applied = await runCli(['apply', planFile, '-c', config]);
    expect(applied.code).toBe(1);
    expect(applied.stderr).toContain('the manifests changed since the plan was made');
  });

  it('rolls the database back when a statement fails, and names the statement, the object and the error', async ({ skip: skipTest }) => {
    if (started.skip) skipTest(started.skip);
    const { db, alice, bob } = await seed();
    // A statement that fails at the server (plan checks owners, so an unknown role no longer gets here).
    const config = await workspace(db, alice, bob, { sql: { databaseOwner: 'ALTER SCHEMA {database} OWNER TO {owner}' } });
    const before = await readBack(db);
    const applied = await runCli(['apply', '-c', config, '--auto-approve']);
    expect(applied.code).toBe(1);
    expect(applied.stdout).toMatch(/Apply failed: 0 applied, \d+ failed, \d+ not run\./);
    expect(applied.stdout).toContain(`database ${db} owner: "postgres" → "${alice}"`);
    expect(applied.stdout).toContain(`statement: ALTER `);
    expect(applied.stdout).toContain(`schema "${db}" does not exist`);
    expect(applied.stdout).toContain('rolled back');
    expect(await readBack(db)).toEqual(before);
  });

  it('reports a conflict and exits 3 (conflicts) from plan and apply; apply writes nothing, and with --allow-conflicts nothing inside the object in conflict', { timeout: 180_000 }, async ({ skip: skipTest }) => {
    if (started.skip) skipTest(started.skip);
    const { db, alice, bob } = await seed();
    // The database has two owners that map to two roles: a source holds one.
    const config = await workspace(db, alice, bob);
    const manifest = path.join(path.dirname(config), 'metadata', 'warehouse', `${db}.yaml`);
    await writeFile(manifest, (await readFile(manifest, 'utf8')).replace('- team-alice', `- team-alice\n  - ${bob}`));
    const planned = await runCli(['plan', '-c', config]);
    expect(planned.code).toBe(3);
    expect(planned.stdout).toContain('Conflicts (1), not applied:');
    expect(planned.stdout).toMatch(new RegExp(`database ${db} owner: owners team-alice, ${bob} map to 2 principals .*${db}\\.yaml:\\d+:\\d+`));
    const before = await readBack(db);
    const refused = await runCli(['apply', '-c', config, '--auto-approve']);
    expect(refused.code).toBe(3);
    expect(refused.stderr).toContain('1 conflict(s) in the plan: nothing was applied.');
    expect(await readBack(db)).toEqual(before);
    // The conflict is on the database: with the opt-in, it and everything inside it are still held back.
    const applied = await runCli(['apply', '-c', config, '--auto-approve', '--allow-conflicts']);
    expect(applied.code).toBe(3);
    expect(applied.stdout).toContain('Apply incomplete: 0 applied, 0 failed, 11 not run.');
    expect(applied.stdout).toContain('1 conflict(s) were not applied');
    expect(await readBack(db)).toEqual(before);
  });

  it('refuses to apply without --auto-approve when it cannot ask, and applies after "yes" on a terminal', async ({ skip: skipTest }) => {
    if (started.skip) skipTest(started.skip);
    const { db, alice, bob } = await seed();
    const config = await workspace(db, alice, bob);
    const before = await readBack(db);
    const refused = await runCli(['apply', '-c', config]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('apply needs --auto-approve');
    expect(await readBack(db)).toEqual(before);
    const declined = await runCli(['apply', '-c', config], { interactive: true, answer: 'no' });
    expect(declined.code).toBe(1);
    expect(await readBack(db)).toEqual(before);
    const accepted = await runCli(['apply', '-c', config], { interactive: true, answer: 'yes' });
    expect(accepted.code).toBe(0);
    expect((await readBack(db)).database?.d).toBe('Shop database');
  });

  it('writes nothing when a manifest is invalid, and says where', async ({ skip: skipTest }) => {
    if (started.skip) skipTest(started.skip);
    const { db, alice, bob } = await seed();
    const config = await workspace(db, alice, bob);
    const broken = path.join(path.dirname(config), 'metadata', 'warehouse', 'broken.yaml');
    await writeFile(broken, `apiVersion: revmeta/v1\nkind: Schema\nservice: warehouse\ndatabase: ${db}\nname: public\ncolour: blue\n`);
    const before = await readBack(db);
    for (const command of [['apply', '--auto-approve'], ['reconcile'], ['plan'], ['validate']]) {
      const run = await runCli([...command, '-c', config]);
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(/broken\.yaml:6:1: .*colour/);
    }
    expect(await readBack(db)).toEqual(before);
  });
});
