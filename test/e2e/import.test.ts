/**
 * `revmeta import` on PGlite: what the source holds becomes manifests that plan back to
 * zero changes; a second import is byte-identical; a source edit is a one-line diff; a
 * dropped object disappears from the manifests.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectors } from '../../src/connectors/index.js';
import { runImport, tagFqn, type ImportWorkspace } from '../../src/core/import.js';
import { loadConfig } from '../../src/manifest/config.js';
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

  it('follows a changed comment with a one-line diff and drops what the source dropped', async () => {
    const { db, workspace, read } = await setUp();
    await runImport(workspace, { databases: [db] });
    const file = `warehouse/${db}/Sales%20Dept.yaml`;
    const before = (await read(file)).split('\n');

    await engine.exec(db, `COMMENT ON COLUMN "Sales Dept".orders.id IS 'Surrogate key of the order'`);
    const changed = await runImport(workspace, { databases: [db] });
    expect(changed.result.written).toEqual([file]);
    expect(changed.result.removed).toEqual([]);
    const after = (await read(file)).split('\n');
    expect(after.length).toBe(before.length);
    expect(after.filter((line, i) => line !== before[i])).toEqual(['        description: Surrogate key of the order']);

    await engine.exec(db, `DROP VIEW "Sales Dept".order_view; DROP SCHEMA scratch CASCADE`);
    const dropped = await runImport(workspace, { databases: [db] });
    expect(dropped.result.written).toEqual([file]);
    expect(dropped.result.removed).toEqual([`warehouse/${db}/scratch.yaml`]);
    expect(await read(file)).not.toContain('order_view');
  }, 60_000);

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
