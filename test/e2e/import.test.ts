/**
 * `revmeta import` on PGlite: what the source holds becomes manifests that plan back to
 * zero changes; a second import is byte-identical; a source edit is a one-line diff; a
 * dropped object disappears from the manifests.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectors } from '../../src/connectors/index.js';
import { runImport, tagFqn, type ImportWorkspace } from '../../src/core/import.js';
import { loadConfig } from '../../src/manifest/config.js';
import { stringify } from 'yaml';
import { runCli, writeWorkspace } from './cli.js';
import { pgliteEngine, type TestEngine } from './engines.js';

const HOSTILE = "It's a \"quoted\" value with \\backslashes\\, $$dollars$$ and\nnew lines\n\ttabs, emoji 🎉 and '); DROP TABLE orders; --\n\n";

let engine: TestEngine;
let counter = 0;

beforeAll(async () => {
  engine = await pgliteEngine();
}, 60_000);

afterAll(async () => {
  await engine?.close();
});

async function seed(): Promise<{ db: string; alice: string; bob: string }> {
  const db = `shop_${process.pid}_${++counter}`;
  const alice = `alice_${db}`;
  const bob = `bob ${db}`; // a role name that needs quoting
  await engine.createDatabase(db);
  const quoted = HOSTILE.replaceAll("'", "''");
  await engine.exec(
    db,
    `CREATE ROLE "${alice}"; CREATE ROLE "${bob}";
     COMMENT ON DATABASE "${db}" IS 'Shop database';
     CREATE SCHEMA "Sales Dept";
     COMMENT ON SCHEMA "Sales Dept" IS 'Sales, with a space in the name';
     ALTER SCHEMA "Sales Dept" OWNER TO "${bob}";
     CREATE TABLE "Sales Dept".orders (id int, "Customer ""Email""" text, amount numeric);
     COMMENT ON TABLE "Sales Dept".orders IS '${quoted}';
     COMMENT ON COLUMN "Sales Dept".orders.id IS 'Surrogate key';
     COMMENT ON COLUMN "Sales Dept".orders."Customer ""Email""" IS 'yes';
     ALTER TABLE "Sales Dept".orders OWNER TO "${alice}";
     CREATE VIEW "Sales Dept".order_view AS SELECT id FROM "Sales Dept".orders;
     COMMENT ON VIEW "Sales Dept".order_view IS 'Orders, as a view';
     CREATE TABLE public.customers (id int, email text);
     COMMENT ON COLUMN public.customers.email IS 'Customer e-mail';
     CREATE SCHEMA scratch;
     CREATE TABLE scratch.tmp (x int);`,
  );
  return { db, alice, bob };
}

async function setUp(extra: Record<string, unknown> = {}) {
  const { db, alice, bob } = await seed();
  const configFile = await writeWorkspace({
    config: {
      version: 1,
      manifests: 'metadata',
      services: {
        warehouse: { type: 'postgres', connection: engine.connection, owners: { map: { 'team-alice': alice } }, ...extra },
      },
    },
    manifests: {},
  });
  const config = await loadConfig(configFile, {}, connectors);
  if (!config.ok) throw new Error(JSON.stringify(config.diagnostics));
  const workspace: ImportWorkspace = { config: config.value, connectors };
  const manifests = path.join(path.dirname(configFile), 'metadata');
  const read = (file: string) => readFile(path.join(manifests, file), 'utf8');
  return { db, alice, bob, configFile, workspace, read };
}

describe('revmeta import (PGlite)', () => {
  it('writes manifests that plan to zero changes, and a second import changes nothing', async () => {
    const { db, bob, configFile, workspace, read } = await setUp();
    const first = await runImport(workspace, { databases: [db], schema: '../schemas/manifest.schema.json' });
    expect(first.result.written).toEqual([
      `warehouse/${db}.yaml`,
      `warehouse/${db}/Sales%20Dept.yaml`,
      `warehouse/${db}/public.yaml`,
      `warehouse/${db}/scratch.yaml`,
    ]);
    expect(first.result.removed).toEqual([]);
    expect(first.summary).toMatchObject({ services: 1, databases: 1, schemas: 3, tables: 4, warnings: [] });
    // Written under their own names, listed once each (not per object); pg_database_owner (public) is left out.
    expect(first.summary.unmappedOwners).toEqual([`warehouse: ${bob}`, 'warehouse: postgres']);
    expect(first.line).toMatch(/^Imported 1 service, 1 database, 3 schemas, 4 tables, 7 columns: 4 file\(s\) written, 0 unchanged, 0 removed$/);

    expect(await read(`warehouse/${db}.yaml`)).toBe(
      [
        '# yaml-language-server: $schema=../../schemas/manifest.schema.json',
        'apiVersion: revmeta/v1',
        'kind: Database',
        'service: warehouse',
        `name: ${db}`,
        'description: Shop database',
        'owners: [postgres]',
        '',
      ].join('\n'),
    );
    const sales = await read(`warehouse/${db}/Sales%20Dept.yaml`);
    expect(sales).toContain(`name: Sales Dept\ndescription: Sales, with a space in the name\nowners: [${bob}]\n`);
    expect(sales).toContain('    owners: [team-alice]\n'); // mapped back through owners.map
    expect(sales).toContain('      Customer "Email":\n        description: "yes"\n');
    expect(sales).toContain('    description: |+\n      It\'s a "quoted" value');
    expect(sales).not.toMatch(/^ {8,}owners:/m); // columns (fields at 8 spaces) have no owners

    const plan = await runCli(['plan', '-c', configFile, '--detailed-exitcode', '--format', 'json']);
    expect(plan.stderr).toBe('');
    expect(plan.code).toBe(0);
    const json = JSON.parse(plan.stdout) as { summary: { changes: number; conflicts: number; warnings: number } };
    expect(json.summary).toMatchObject({ changes: 0, conflicts: 0, warnings: 0 });

    const before = await Promise.all(first.result.written.map(read));
    const second = await runImport(workspace, { databases: [db], schema: '../schemas/manifest.schema.json' });
    expect(second.result).toEqual({ written: [], unchanged: first.result.written, removed: [] });
    expect(await Promise.all(first.result.written.map(read))).toEqual(before);
  }, 60_000);

  it('writes columns in table order, not by name', async () => {
    const { db, workspace, read } = await setUp();
    await runImport(workspace, { databases: [db] });
    const file = await read(`warehouse/${db}/Sales%20Dept.yaml`);
    const sales = file.slice(file.indexOf('\n  orders:\n')); // order_view, before it, has an id column too
    // orders is (id, "Customer ""Email""", amount); by name it would be Customer "Email", amount, id.
    const order = ['      id:', '      Customer "Email":', '      amount:'].map((key) => sales.indexOf(`\n${key}`));
    expect(order.every((at) => at > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  }, 60_000);

  it('leaves out built-in roles such as pg_database_owner, unless owners.map names them', async () => {
    const plain = await setUp();
    await runImport(plain.workspace, { databases: [plain.db] });
    expect(await plain.read(`warehouse/${plain.db}/public.yaml`)).not.toMatch(/^owners:/m); // the schema is pg_database_owner's

    const mapped = await setUp({ owners: { map: { 'db-owners': 'pg_database_owner' } } });
    await runImport(mapped.workspace, { databases: [mapped.db] });
    expect(await mapped.read(`warehouse/${mapped.db}/public.yaml`)).toMatch(/^owners: \[db-owners\]$/m);
  }, 60_000);

  it("writes the $schema line beside the config's own schema", async () => {
    const { db } = await seed();
    const configFile = await writeWorkspace({
      config: `# yaml-language-server: $schema=../schemas/config.schema.json\n${stringify({
        version: 1,
        manifests: 'metadata',
        services: { warehouse: { type: 'postgres', connection: engine.connection } },
      })}`,
      manifests: {},
    });
    const imported = await runCli(['import', '-c', configFile, '--database', db]);
    expect(imported.code).toBe(0);
    const manifests = path.join(path.dirname(configFile), 'metadata');
    expect(await readFile(path.join(manifests, `warehouse/${db}.yaml`), 'utf8')).toMatch(
      /^# yaml-language-server: \$schema=\.\.\/\.\.\/\.\.\/schemas\/manifest\.schema\.json\napiVersion: revmeta\/v1\n/,
    );
    expect(await readFile(path.join(manifests, `warehouse/${db}/public.yaml`), 'utf8')).toMatch(
      /^# yaml-language-server: \$schema=\.\.\/\.\.\/\.\.\/\.\.\/schemas\/manifest\.schema\.json\n/,
    );
  }, 60_000);

  it('keeps a stated comment the source changed (reported), and drops what the source dropped', async () => {
    const { db, workspace, read } = await setUp();
    await runImport(workspace, { databases: [db] });
    const file = `warehouse/${db}/Sales%20Dept.yaml`;
    const before = await read(file);

    // The manifest states the description: it is the desired state, so import keeps it.
    await engine.exec(db, `COMMENT ON COLUMN "Sales Dept".orders.id IS 'Surrogate key of the order'`);
    const changed = await runImport(workspace, { databases: [db] });
    expect(changed.result.written).toEqual([]);
    expect(changed.result.removed).toEqual([]);
    expect(await read(file)).toBe(before);
    expect(changed.summary.kept).toEqual([
      `warehouse ${db}.Sales Dept.orders.id: kept description "Surrogate key" (the source has "Surrogate key of the order")`,
    ]);

    await engine.exec(db, `DROP VIEW "Sales Dept".order_view; DROP SCHEMA scratch CASCADE`);
    const dropped = await runImport(workspace, { databases: [db] });
    expect(dropped.result.written).toEqual([file]);
    expect(dropped.result.removed).toEqual([`warehouse/${db}/scratch.yaml`]);
    expect(await read(file)).not.toContain('order_view');
  }, 120_000);

  it('keeps every value a manifest states (hand edits, "" and tags: []), adds what it does not, and reports the differences', async () => {
    const { db, workspace, read, configFile } = await setUp();
    await runImport(workspace, { databases: [db] });
    const file = `warehouse/${db}/Sales%20Dept.yaml`;
    const manifests = path.join(path.dirname(configFile), 'metadata');
    // Hand edits, not applied yet: a changed description, a cleared one, and tags: [] on a table.
    const edited = (await read(file))
      .replace('        description: Surrogate key\n', '        description: Hand-written key\n')
      .replace('    description: Orders, as a view\n', '    description: ""\n    tags: []\n');
    await writeFile(path.join(manifests, file), edited);
    // Meanwhile the source gains a comment where the manifest states nothing, and changes one it states.
    await engine.exec(
      db,
      `COMMENT ON COLUMN "Sales Dept".orders.amount IS 'Order total';
       COMMENT ON COLUMN "Sales Dept".orders.id IS 'Changed at the source'`,
    );

    const again = await runImport(workspace, { databases: [db] });
    const after = await read(file);
    expect(after).toContain('        description: Hand-written key\n');
    expect(after).toContain('    description: ""\n    owners: [postgres]\n    tags: []\n');
    expect(after).toContain('        description: Order total\n');
    expect(after).not.toContain('Changed at the source');
    expect(again.summary.kept).toEqual([
      `warehouse ${db}.Sales Dept.order_view: kept description "" (the source has "Orders, as a view")`,
      `warehouse ${db}.Sales Dept.orders.id: kept description "Hand-written key" (the source has "Changed at the source")`,
    ]);
    expect(again.line).toMatch(/, 2 differences kept from the manifests$/);
  }, 120_000);

  it('applies include/exclude, sync and --database, and prunes only what it read', async () => {
    const { db, workspace, read } = await setUp({ exclude: ['*.public.customers'], sync: ['descriptions'] });
    const result = await runImport(workspace, { databases: [db.toUpperCase()] });
    expect(result.result.written).toContain(`warehouse/${db}/public.yaml`);
    const publicSchema = await read(`warehouse/${db}/public.yaml`);
    expect(publicSchema).not.toContain('customers');
    expect(await read(`warehouse/${db}.yaml`)).not.toContain('owners'); // owners not synced

    // Another database's import does not touch this one's files.
    const other = await seed();
    const again = await runImport(workspace, { databases: [other.db] });
    expect(again.result.removed).toEqual([]);
    expect(await read(`warehouse/${db}/public.yaml`)).toBe(publicSchema);
  }, 60_000);
});

describe('tagFqn', () => {
  it('gives the FQN the planner parses back to the key and value', () => {
    expect(tagFqn('PII', 'Sensitive')).toBe('PII.Sensitive');
    expect(tagFqn('dot.key', 'v')).toBe('"dot.key".v');
    expect(tagFqn('Tier', 'Gold.Plus')).toBe('Tier.Gold.Plus'); // nested tag path, as the planner joins it
    expect(tagFqn('Tier', '"x.y"')).toBe('Tier."x.y"');
  });
});
