/**
 * `--changed-since`: which objects a git diff touches (pure comparison of two versions of a
 * file), and on an embedded PostgreSQL (PGlite) in a git repository that the scoped plan reads
 * only those objects and plans exactly the full plan's changes on them.
 */
import { execFileSync } from 'node:child_process';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { stringify } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { changedObjects } from '../../src/core/changed.js';
import { loadWorkspace, planWorkspace } from '../../src/core/workspace.js';
import { connectors as builtInConnectors } from '../../src/connectors/index.js';
import type { Connector, Driver } from '../../src/connectors/types.js';
import type { Change, Plan } from '../../src/plan/types.js';
import { statementBody } from '../../src/model/change.js';
import { runCli, writeWorkspace } from '../e2e/cli.js';

const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', '-c', 'commit.gpgsign=false', ...args], { cwd, encoding: 'utf8' });

const schemaDoc = (tables: Record<string, unknown>, description = 'Public things') => ({
  apiVersion: 'revmeta/v1',
  kind: 'Schema',
  service: 'warehouse',
  database: 'shop',
  name: 'public',
  description,
  tables,
});

describe('changedObjects (two versions of one file)', () => {
  const file = 'warehouse/shop.yaml';
  const before = stringify(schemaDoc({ a: { description: 'A' }, b: { description: 'B', columns: { id: { description: 'Id' } } }, c: null }));

  it('names the edited, added and removed tables, and not the untouched ones', async () => {
    const after = stringify(schemaDoc({ a: { description: 'A2' }, b: { description: 'B', columns: { id: { description: 'Key' } } }, d: { description: 'D' } }));
    const changed = await changedObjects(file, before, after);
    expect(changed).toEqual([
      { service: 'warehouse', database: 'shop', schema: 'public', table: 'a' },
      { service: 'warehouse', database: 'shop', schema: 'public', table: 'b' },
      { service: 'warehouse', database: 'shop', schema: 'public', table: 'd' },
      { service: 'warehouse', database: 'shop', schema: 'public', table: 'c' },
    ]);
  });

  it('names the schema when its own fields change, and nothing when only lines move', async () => {
    const edited = stringify(schemaDoc({ a: { description: 'A' }, b: { description: 'B', columns: { id: { description: 'Id' } } }, c: null }, 'Other'));
    expect(await changedObjects(file, before, edited)).toEqual([{ service: 'warehouse', database: 'shop', schema: 'public' }]);
    expect(await changedObjects(file, before, `# a comment moves every line\n\n${before}`)).toEqual([]);
  });

  it('counts every object of an added or removed file', async () => {
    const all = [
      { service: 'warehouse', database: 'shop', schema: 'public' },
      { service: 'warehouse', database: 'shop', schema: 'public', table: 'a' },
      { service: 'warehouse', database: 'shop', schema: 'public', table: 'b' },
      { service: 'warehouse', database: 'shop', schema: 'public', table: 'c' },
    ];
    expect(await changedObjects(file, undefined, before)).toEqual(all);
    expect(await changedObjects(file, before, undefined)).toEqual(all);
  });
});

describe('--changed-since where git cannot say (the Action: ifMissing full)', () => {
  it('plans everything, saying why, outside a git working tree or without the commit; the CLI default refuses', async () => {
    const config = await writeWorkspace({
      config: { version: 1, services: { warehouse: { type: 'postgres', connection: { embedded: '.revmeta/pgdata' } } } },
      manifests: { 'warehouse/shop.yaml': [schemaDoc({ a: { description: 'A' } })] },
    });
    const dir = path.dirname(config);
    try {
      const outside = await loadWorkspace(config, {}, undefined, {}, { changedSince: 'main', ifMissing: 'full' });
      expect(outside.scope).toBeUndefined();
      expect(outside.fullPlanBecause).toBe('the manifests folder is not in a git working tree');
      await expect(loadWorkspace(config, {}, undefined, {}, { changedSince: 'main' })).rejects.toThrow(/is not in a git working tree/);
      git(dir, 'init', '-q');
      git(dir, 'add', '.');
      git(dir, 'commit', '-q', '-m', 'only commit');
      const missing = '0123456789abcdef0123456789abcdef01234567';
      const shallow = await loadWorkspace(config, {}, undefined, {}, { changedSince: missing, ifMissing: 'full' });
      expect(shallow.fullPlanBecause).toBe(`commit ${missing} is not in this clone (check out with fetch-depth: 0)`);
      expect(shallow.manifests.outline.services.get('warehouse')!.databases[0]!.children[0]!.children.map((table) => table.name)).toEqual(['a']);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('--changed-since of a change bigger than one plan step', () => {
  it('plans everything a step at a time, saying why, instead of holding the changed files whole; a smaller change stays scoped', async () => {
    const tables: Record<string, unknown> = {};
    for (let i = 0; i < 30; i++) tables[`t${i}`] = { description: `Table ${i}`, columns: { id: { description: `Key of ${i}` } } };
    const config = await writeWorkspace({
      config: { version: 1, services: { warehouse: { type: 'postgres', connection: { embedded: '.revmeta/pgdata' } } } },
      manifests: { 'warehouse/shop.yaml': [schemaDoc(tables)], 'warehouse/other.yaml': [{ ...schemaDoc({ x: { description: 'X' } }), name: 'other' }] },
    });
    const dir = path.dirname(config);
    try {
      git(dir, 'init', '-q');
      git(dir, 'add', '.');
      git(dir, 'commit', '-q', '-m', 'manifests');
      // Every table edited (a first rollout's pull request): 61 objects changed, the step holds 20.
      for (const table of Object.values(tables) as Array<{ description: string }>) table.description += ', edited';
      await writeFile(path.join(dir, 'metadata', 'warehouse', 'shop.yaml'), stringify(schemaDoc(tables)));
      const big = await loadWorkspace(config, {}, undefined, {}, { changedSince: 'HEAD', stepObjects: 20 });
      expect(big.scope).toBeUndefined();
      expect(big.fullPlanBecause).toMatch(/^the manifests changed since HEAD hold more than one plan step \(20 objects\)/);
      expect(big.manifests.whole).toBeUndefined(); // indexed, planned a step at a time
      // The same change under a step that holds it: scoped, as before.
      const held = await loadWorkspace(config, {}, undefined, {}, { changedSince: 'HEAD', stepObjects: 1_000 });
      expect(held.fullPlanBecause).toBeUndefined();
      expect(held.scope!.objects).toHaveLength(30);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

const TABLES = 40;

/** Every table described in the manifests (none in the database): a full plan has changes everywhere. */
function manifestTables(edit: (tables: Record<string, unknown>) => void = () => undefined): Record<string, unknown> {
  const tables: Record<string, unknown> = {};
  for (let i = 0; i < TABLES; i++) tables[`t${i}`] = { description: `Table ${i}`, columns: { id: { description: `Key of ${i}` } } };
  edit(tables);
  return tables;
}

/** The postgres connector, counting the catalog rows its sessions return. */
function countingConnectors(counter: { rows: number }): ReadonlyMap<string, Connector> {
  const postgres = builtInConnectors.get('postgres')!;
  const counting: Connector = {
    ...postgres,
    createDriver(context) {
      const driver = postgres.createDriver(context);
      const wrapped: Driver = {
        async open(database) {
          const session = await driver.open(database);
          return Object.assign(Object.create(session) as typeof session, {
            query: async (sql: string) => {
              const rows = await session.query(sql);
              counter.rows += rows.length;
              return rows;
            },
          });
        },
        close: () => driver.close(),
      };
      return wrapped;
    },
  };
  return new Map([...builtInConnectors, ['postgres', counting]]);
}

/** A change as a reviewer sees it, statements by their text (ids differ between plans). */
function comparable(plan: Plan, change: Change): unknown {
  const byId = new Map(plan.statements.map((statement) => [statement.id, statementBody(statement)]));
  return { ...change, statements: change.statements.map((id) => byId.get(id)) };
}

describe('plan --changed-since on an embedded PostgreSQL in a git repository', () => {
  let config: string;
  let repo: string;

  beforeAll(async () => {
    config = await writeWorkspace({
      config: { version: 1, services: { warehouse: { type: 'postgres', connection: { embedded: '.revmeta/pgdata' } } } },
      manifests: {
        'warehouse/shop.yaml': [
          { apiVersion: 'revmeta/v1', kind: 'Database', service: 'warehouse', name: 'shop', description: 'The shop' },
          schemaDoc(manifestTables()),
        ],
        'warehouse/shop-sales.yaml': [{ ...schemaDoc({ invoices: { description: 'Invoices' } }, 'Sales'), name: 'sales' }],
      },
    });
    repo = path.dirname(config);
    await writeFile(path.join(repo, '.gitignore'), '.revmeta/\n');
    const dataDir = path.join(repo, '.revmeta', 'pgdata');
    await mkdir(dataDir, { recursive: true });
    const server = await PGlite.create(dataDir);
    await server.exec('CREATE DATABASE shop');
    await server.close();
    const shop = await PGlite.create(dataDir, { database: 'shop' });
    const ddl = Array.from({ length: TABLES }, (_, i) => `CREATE TABLE public.t${i} (id integer, note text);`).join('\n');
    await shop.exec(`${ddl}\nCREATE SCHEMA sales; CREATE TABLE sales.invoices (id integer);`);
    await shop.close();
    git(repo, 'init', '-q');
    git(repo, 'add', '.');
    git(repo, 'commit', '-q', '-m', 'manifests');
  }, 120_000);

  afterAll(async () => {
    if (repo) await rm(repo, { recursive: true, force: true });
  });

  it('reads and plans only the changed objects: the full plan restricted to them', async () => {
    // Edited t3, a column of t7, removed t5 (committed), and untracked: a new table t40 that does not exist.
    const edited = schemaDoc(
      manifestTables((tables) => {
        tables['t3'] = { description: 'Table three', columns: { id: { description: 'Key of 3' } } };
        tables['t7'] = { description: 'Table 7', columns: { id: { description: 'Key of 7' }, note: { description: 'A note' } } };
        delete tables['t5'];
      }),
    );
    await writeFile(path.join(repo, 'metadata/warehouse/shop.yaml'), stringify({ apiVersion: 'revmeta/v1', kind: 'Database', service: 'warehouse', name: 'shop', description: 'The shop' }) + '---\n' + stringify(edited));
    git(repo, 'commit', '-q', '-am', 'edit');
    await writeFile(path.join(repo, 'metadata/warehouse/new.yaml'), stringify({ ...schemaDoc({ t40: { description: 'New' } }, 'New'), name: 'fresh' }));

    const fullRows = { rows: 0 };
    const full = await loadWorkspace(config, {}, countingConnectors(fullRows));
    const fullPlan = await planWorkspace(full);
    await fullPlan.close();
    const scopedRows = { rows: 0 };
    const scoped = await loadWorkspace(config, {}, countingConnectors(scopedRows), {}, { changedSince: 'HEAD~1' });
    const scopedPlan = await planWorkspace(scoped);
    await scopedPlan.close();

    const commit = git(repo, 'rev-parse', 'HEAD~1').trim();
    expect(scopedPlan.plan.scope).toEqual({
      changedSince: 'HEAD~1',
      commit,
      files: ['warehouse/new.yaml', 'warehouse/shop.yaml'],
      objects: [
        { service: 'warehouse', database: 'shop', schema: 'fresh' },
        { service: 'warehouse', database: 'shop', schema: 'fresh', table: 't40' },
        { service: 'warehouse', database: 'shop', schema: 'public', table: 't3' },
        { service: 'warehouse', database: 'shop', schema: 'public', table: 't5' },
        { service: 'warehouse', database: 'shop', schema: 'public', table: 't7' },
      ],
    });
    expect(full.scope).toBeUndefined();
    expect(fullPlan.plan.scope).toBeUndefined();

    // Scoped ⊆ full, and equal to the full plan's changes on the scope's objects.
    const inScope = (change: Change) =>
      change.object.schema === 'fresh' || (change.object.schema === 'public' && ['t3', 't5', 't7'].includes(change.object.table ?? ''));
    const expected = fullPlan.plan.changes.filter(inScope).map((change) => comparable(fullPlan.plan, change));
    expect(scopedPlan.plan.changes.map((change) => comparable(scopedPlan.plan, change))).toEqual(expected);
    expect(expected.length).toBe(5); // the descriptions of t3, t3.id, t7, t7.id and t7.note
    expect(fullPlan.plan.changes.length).toBeGreaterThan(2 * TABLES);

    // The same number of queries, set-based; rows for the few tables only.
    expect(scopedPlan.queries.get('warehouse')).toBe(fullPlan.queries.get('warehouse'));
    expect(fullRows.rows).toBeGreaterThan(3 * TABLES);
    expect(scopedRows.rows).toBeLessThan(20);
  }, 120_000);

  it('CLI: says the plan is scoped, and applies a saved scoped plan over the same objects', async () => {
    const planFile = path.join(repo, '.revmeta', 'plan.json');
    const planned = await runCli(['plan', '-c', config, '--changed-since', 'HEAD~1', '--out', planFile]);
    expect(planned.code, planned.stderr).toBe(0);
    const commit = git(repo, 'rev-parse', '--short=7', 'HEAD~1').trim();
    expect(planned.stdout.split('\n').slice(0, 2)).toEqual([
      'Plan: 5 changes (5 description set), 0 conflicts, 1 warning',
      `Scoped to 5 object(s) changed since HEAD~1 (${commit}); drift elsewhere is reported by the drift job.`,
    ]);
    const refused = await runCli(['apply', planFile, '-c', config, '--changed-since', 'HEAD~1']);
    expect(refused.stderr).toContain('--service, --select and --changed-since narrow a new plan');
    // The scope travels in the file: the re-plan reads the same files and objects, not a new diff.
    const applied = await runCli(['apply', planFile, '-c', config, '--auto-approve']);
    expect(applied.code, applied.stderr).toBe(0);
    expect(applied.stdout).toContain('5 applied');
    const again = await runCli(['plan', '-c', config, '--changed-since', 'HEAD~1', '--detailed-exitcode']);
    expect(again.code, again.stdout).toBe(0);
    const everything = await runCli(['plan', '-c', config, '--detailed-exitcode']);
    expect(everything.code).toBe(2); // the rest still differs: only the scope was applied
  }, 120_000);

  it('plans everything when the config changed, and says why', async () => {
    await writeFile(config, stringify({ version: 1, services: { warehouse: { type: 'postgres', connection: { embedded: '.revmeta/pgdata' }, sync: ['descriptions'] } } }));
    try {
      const workspace = await loadWorkspace(config, {}, undefined, {}, { changedSince: 'HEAD' });
      expect(workspace.scope).toBeUndefined();
      expect(workspace.fullPlanBecause).toBe('the config revmeta.yaml changed since HEAD');
      expect(workspace.manifests.outline.services.get('warehouse')!.databases[0]!.children.length).toBe(3);
    } finally {
      git(repo, 'checkout', '--', 'revmeta.yaml');
    }
  });

  it('refuses a ref that names no commit', async () => {
    await expect(loadWorkspace(config, {}, undefined, {}, { changedSince: 'no-such-ref' })).rejects.toThrow(/--changed-since no-such-ref: no such commit/);
  });
});
