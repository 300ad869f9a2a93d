/**
 * What apply trusts, end to end through the CLI on PGlite: a saved plan runs only when every
 * change and statement in it is what revmeta compiles now, and a plan with conflicts applies
 * nothing unless the user explicitly allows the rest (objects in conflict are never written).
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, writeWorkspace } from './cli.js';
import { pgliteEngine, type TestEngine } from './engines.js';

let engine: TestEngine;
let counter = 0;

beforeAll(async () => {
  engine = await pgliteEngine();
});
afterAll(async () => {
  await engine?.close();
});

/** A database with a `sales` schema holding `orders`, and `public.customers`. */
async function seed(): Promise<string> {
  const db = `trust_${process.pid}_${++counter}`;
  await engine.createDatabase(db);
  await engine.exec(db, `CREATE SCHEMA sales; CREATE TABLE sales.orders (id int); CREATE TABLE public.customers (id int);`);
  return db;
}

const schemaDoc = (db: string, name: string, tables: Record<string, unknown>) => ({
  apiVersion: 'revmeta/v1',
  kind: 'Schema',
  service: 'warehouse',
  database: db,
  name,
  tables,
});

function workspace(manifests: Record<string, Array<Record<string, unknown>>>) {
  return writeWorkspace({ config: { version: 1, services: { warehouse: { type: 'postgres', connection: engine.connection } } }, manifests });
}

/** Comments on the seeded tables, and whether a role of that name exists. */
async function state(db: string, role = 'revmeta_evil') {
  const comments = await engine.query<{ t: string; d: string | null }>(
    db,
    `SELECT c.relname t, obj_description(c.oid, 'pg_class') d FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname IN ('sales', 'public') AND c.relkind = 'r' ORDER BY 1`,
  );
  const roles = await engine.query(db, `SELECT 1 FROM pg_roles WHERE rolname = '${role}'`);
  return { comments, role: roles.length > 0 };
}

// Each test runs the CLI up to four times on PGlite: slow on a loaded machine.
describe('a saved plan is re-planned and compared entry by entry', { timeout: 180_000 }, () => {
  async function savedPlan() {
    const db = await seed();
    const config = await workspace({
      [`warehouse/${db}.yaml`]: [schemaDoc(db, 'sales', { orders: { description: 'Orders' } }), schemaDoc(db, 'public', { customers: { description: 'Customers' } })],
    });
    const planFile = path.join(path.dirname(config), 'plan.json');
    expect((await runCli(['plan', '-c', config, '--out', planFile])).code).toBe(0);
    const plan = JSON.parse(await readFile(planFile, 'utf8'));
    expect(plan.changes).toHaveLength(2);
    return { db, config, planFile, plan, before: await state(db) };
  }

  it('refuses a statement replaced by DROP TABLE, and runs nothing', async () => {
    const { db, config, planFile, plan, before } = await savedPlan();
    const statement = plan.statements.find((one: { id: number }) => one.id === plan.changes[0].statements[0]);
    statement.text = 'DROP TABLE "public"."customers"';
    await writeFile(planFile, JSON.stringify(plan));
    const applied = await runCli(['apply', planFile, '-c', config]);
    expect(applied.code).toBe(1);
    expect(applied.stderr).toContain('is stale and was not applied');
    expect(applied.stderr).toContain(`warehouse: table ${db}.`);
    expect(applied.stderr).toContain('description: differs in statements');
    expect(applied.stderr).toContain('Nothing was applied.');
    expect(applied.stdout).not.toContain('Apply complete');
    expect(await state(db)).toEqual(before);
    expect(before.comments.map((row) => row.t)).toEqual(['customers', 'orders']);
  });

  it('refuses an appended change that runs CREATE ROLE … SUPERUSER', async () => {
    const { db, config, planFile, plan, before } = await savedPlan();
    const id = plan.statements.length + 1;
    plan.statements.push({ ...plan.statements[0], id, kind: 'sql', text: 'CREATE ROLE revmeta_evil SUPERUSER LOGIN' });
    plan.changes.push({ ...plan.changes[1], field: 'owner', before: 'postgres', after: 'revmeta_evil', statements: [id] });
    await writeFile(planFile, JSON.stringify(plan));
    const applied = await runCli(['apply', planFile, '-c', config, '--auto-approve']);
    expect(applied.code).toBe(1);
    expect(applied.stderr).toContain(`owner: only in the reviewed plan`);
    expect(await state(db)).toEqual(before);
    expect(before.role).toBe(false);
  });

  it('refuses a changed after value, even with its statement changed to match', async () => {
    const { db, config, planFile, plan, before } = await savedPlan();
    const orders = plan.changes.find((change: { object: { table: string } }) => change.object.table === 'orders');
    orders.after = 'Rewritten';
    const statement = plan.statements.find((one: { id: number }) => one.id === orders.statements[0]);
    statement.text = `COMMENT ON TABLE "sales"."orders" IS 'Rewritten'`;
    await writeFile(planFile, JSON.stringify(plan));
    const applied = await runCli(['apply', planFile, '-c', config]);
    expect(applied.code).toBe(1);
    expect(applied.stderr).toContain(`table ${db}.sales.orders description: differs in after, statements`);
    expect(await state(db)).toEqual(before);
  });

  it('applies the saved plan when it is exactly what revmeta plans now', async () => {
    const { db, config, planFile } = await savedPlan();
    const applied = await runCli(['apply', planFile, '-c', config]);
    expect(applied.stderr).toBe('');
    expect(applied.code).toBe(0);
    expect(applied.stdout).toContain('Apply complete: 2 applied, 0 failed, 0 not run.');
    expect((await state(db)).comments).toEqual([
      { t: 'customers', d: 'Customers' },
      { t: 'orders', d: 'Orders' },
    ]);
  });
});

describe('conflicts block the apply', { timeout: 180_000 }, () => {
  /** Two schema documents, `sales` and `SALES`: both name the one schema `sales` at the source. */
  async function twoCandidates() {
    const db = await seed();
    const config = await workspace({
      [`warehouse/${db}/sales.yaml`]: [schemaDoc(db, 'sales', { orders: { description: 'Orders from sales' } })],
      [`warehouse/${db}/SALES.yaml`]: [schemaDoc(db, 'SALES', { orders: { description: 'Orders from SALES' } })],
      [`warehouse/${db}/public.yaml`]: [schemaDoc(db, 'public', { customers: { description: 'Customers' } })],
    });
    return { db, config, before: await state(db) };
  }

  it('plan reports the sales/SALES conflict; apply and reconcile apply nothing and exit 3 (conflicts)', async () => {
    const { db, config, before } = await twoCandidates();
    const planned = await runCli(['plan', '-c', config]);
    expect(planned.code).toBe(3);
    expect(planned.stdout).toContain('Conflicts (1), not applied:');
    for (const command of [['apply', '--auto-approve'], ['reconcile']]) {
      const run = await runCli([...command, '-c', config]);
      expect(run.code).toBe(3);
      expect(run.stderr).toContain('1 conflict(s) in the plan: nothing was applied.');
      expect(run.stderr).toContain('--allow-conflicts');
      expect(run.stdout).not.toContain('Apply complete');
      expect(await state(db)).toEqual(before);
    }
  });

  it('a saved plan with conflicts applies nothing either, and its conflicts cannot be deleted from the file', async () => {
    const { db, config, before } = await twoCandidates();
    const planFile = path.join(path.dirname(config), 'plan.json');
    expect((await runCli(['plan', '-c', config, '--out', planFile])).code).toBe(3);
    const refused = await runCli(['apply', planFile, '-c', config]);
    expect(refused.code).toBe(3);
    expect(refused.stderr).toContain('1 conflict(s) in the plan: nothing was applied.');
    expect(await state(db)).toEqual(before);

    const plan = JSON.parse(await readFile(planFile, 'utf8'));
    plan.conflicts = [];
    await writeFile(planFile, JSON.stringify(plan));
    const tampered = await runCli(['apply', planFile, '-c', config]);
    expect(tampered.code).toBe(1);
    expect(tampered.stderr).toContain('the conflicts in the plan are not those of a plan made now');
    expect(await state(db)).toEqual(before);
  });

  it('with --allow-conflicts applies the rest, never the objects in conflict, and still exits 3 (conflicts)', async () => {
    const { db, config } = await twoCandidates();
    const applied = await runCli(['apply', '-c', config, '--auto-approve', '--allow-conflicts']);
    expect(applied.code).toBe(3);
    expect(applied.stdout).toContain('Apply incomplete: 1 applied, 0 failed, 1 not run.');
    expect(applied.stdout).toContain('not run: the object is in conflict (or inside one)');
    expect(applied.stdout).toContain('1 conflict(s) were not applied');
    // Neither candidate wrote sales.orders: not the exact-case `sales` either.
    expect((await state(db)).comments).toEqual([
      { t: 'customers', d: 'Customers' },
      { t: 'orders', d: null },
    ]);
  });

  it('a saved plan with conflicts applies the rest with --allow-conflicts', async () => {
    const { db, config } = await twoCandidates();
    const planFile = path.join(path.dirname(config), 'plan.json');
    await runCli(['plan', '-c', config, '--out', planFile]);
    const applied = await runCli(['apply', planFile, '-c', config, '--allow-conflicts']);
    expect(applied.code).toBe(3);
    expect(applied.stdout).toContain('Apply incomplete: 1 applied, 0 failed, 1 not run.');
    expect((await state(db)).comments).toEqual([
      { t: 'customers', d: 'Customers' },
      { t: 'orders', d: null },
    ]);
  });
});
