/**
 * A big service is planned a bounded group of schemas at a time (introspect, diff, read for
 * compile, compile, then the next group), so memory holds one group's observed tree, never the
 * whole catalog's. The result is the plan of the whole service: same changes, statements,
 * conflicts, and a saved plan still checked entry by entry.
 */
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { parse, stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { PlanFileWriter, writePlanFile } from '../../src/core/plan-file.js';
import { renderText, TextPreview } from '../../src/plan/render/text.js';
import { postgres } from '../../src/connectors/postgres/index.js';
import type { Connector, IntrospectScope } from '../../src/connectors/types.js';
import { checkSavedPlan, openSavedPlan } from '../../src/core/stale.js';
import { changeSetFingerprint } from '../../src/core/reviewed.js';
import { loadWorkspace, planWorkspace, selectMatchingNothing, type PlanOptions } from '../../src/core/workspace.js';
import type { ObservedNode } from '../../src/model/types.js';
import { planService } from '../../src/plan/plan.js';
import { loadConfig } from '../../src/manifest/config.js';
import { indexManifests } from '../../src/manifest/load.js';
import { writeWorkspace } from '../e2e/cli.js';

const SCHEMAS = ['s0', 's1', 's2'];
const TABLES = 2;
const COLUMNS = 3;

const observedNode = (kind: ObservedNode['kind'], name: string, children: ObservedNode[] = [], owner: string | null = null): ObservedNode => ({
  kind,
  name,
  description: null,
  owner,
  tags: {},
  ...(kind === 'table' ? { relation: 'table' as const } : {}),
  children,
});

/** The live catalog: every schema, table and column without a description. */
function catalog(): ObservedNode[] {
  return [
    observedNode(
      'database',
      'analytics',
      SCHEMAS.map((schema) =>
        observedNode('schema', schema, Array.from({ length: TABLES }, (_, t) => observedNode('table', `t${t}`, Array.from({ length: COLUMNS }, (_, c) => observedNode('column', `c${c}`)), 'postgres'))),
      ),
      'postgres',
    ),
  ];
}

/** A postgres connector over `catalog()` that reads only the schemas of its scope, recording what it is asked in order. */
function recordingConnector(events: string[], scopes: IntrospectScope[]): Connector {
  return {
    ...postgres,
    dialect: { ...postgres.dialect, compile: (changes, templates, context) => (events.push('compile'), postgres.dialect.compile(changes, templates, context)) },
    createDriver: () => ({ open: async () => Promise.reject(new Error('no session in this test')), close: async () => undefined }),
    introspect: async (_driver, scope) => {
      scopes.push(scope);
      events.push(`introspect ${(scope.schemas?.analytics ?? []).join(',')}`);
      const wanted = new Set(scope.schemas?.analytics ?? []);
      const databases = catalog().map((database) => ({ ...database, children: database.children.filter((schema) => wanted.has(schema.name)) }));
      return { observed: { service: scope.service, databases }, server: { version: 'PostgreSQL 15' }, queries: 3 };
    },
    readCompileContext: undefined,
  };
}

async function workspaceFile(): Promise<string> {
  const table = (t: number) => ({
    description: `Table ${t}`,
    owners: ['alice'],
    columns: Object.fromEntries(Array.from({ length: COLUMNS }, (_, c) => [`c${c}`, { description: `Column c${c} of t${t}` }])),
  });
  return writeWorkspace({
    config: { version: 1, manifests: 'metadata', services: { warehouse: { type: 'postgres', connection: { host: 'localhost', user: 'u', database: 'analytics' } } } },
    manifests: {
      'warehouse/analytics.yaml': [{ apiVersion: 'revmeta/v1', kind: 'Database', service: 'warehouse', name: 'analytics', description: 'Analytics', owners: ['bob'] }],
      ...Object.fromEntries(
        SCHEMAS.map((schema) => [
          `warehouse/analytics/${schema}.yaml`,
          [{ apiVersion: 'revmeta/v1', kind: 'Schema', service: 'warehouse', database: 'analytics', name: schema, description: `Schema ${schema}`, tables: Object.fromEntries(Array.from({ length: TABLES }, (_, t) => [`t${t}`, table(t)])) }],
        ]),
      ),
    },
  });
}

async function planned(stepObjects?: number, sinks?: PlanOptions['sinks'], events: string[] = [], configFile?: string) {
  const scopes: IntrospectScope[] = [];
  const connector = recordingConnector(events, scopes);
  const file = configFile ?? (await workspaceFile());
  const workspace = await loadWorkspace(file, { ...process.env, REVMETA_CACHE_DIR: 'off' }, new Map([['postgres', connector]]));
  const result = await planWorkspace(workspace, { ...(stepObjects !== undefined ? { stepObjects } : {}), ...(sinks ? { sinks } : {}) });
  await result.close();
  return { plan: result.plan, events, scopes, queries: result.queries.get('warehouse'), workspace, configFile: file };
}

describe('planning a service a group of schemas at a time', () => {
  it('introspects one group, compiles it, then reads the next: never two groups at once', async () => {
    // One schema is 1 + 2 tables × (1 + 3 columns) = 9 objects: a budget of 9 takes one schema a step.
    const { events, scopes, queries } = await planned(9);
    expect(events).toEqual(['introspect s0', 'compile', 'introspect s1', 'compile', 'introspect s2', 'compile']);
    expect(scopes.map((scope) => scope.schemas)).toEqual([{ analytics: ['s0'] }, { analytics: ['s1'] }, { analytics: ['s2'] }]);
    expect(scopes.every((scope) => scope.databases.length === 1 && scope.databases[0] === 'analytics')).toBe(true);
    expect(queries).toBe(9);
  });

  it('packs schemas into a step up to the budget; a small service is one step, as before', async () => {
    expect((await planned(18)).scopes.map((scope) => scope.schemas)).toEqual([{ analytics: ['s0', 's1'] }, { analytics: ['s2'] }]);
    expect((await planned()).scopes.map((scope) => scope.schemas)).toEqual([{ analytics: ['s0', 's1', 's2'] }]);
  });

  it('plans the same changes and statements as the whole service in one step; owners after what they own, the database once', async () => {
    const whole = await planned(Number.POSITIVE_INFINITY);
    const stepped = await planned(9);
    // The same entries; only the order differs, owner changes coming after each step's other changes.
    const withSql = (plan: typeof whole.plan) => {
      const text = new Map(plan.statements.map((statement) => [statement.id, statement.kind === 'sql' ? statement.text : '']));
      return plan.changes.map(({ statements, ...change }) => JSON.stringify({ ...change, sql: statements.map((id) => text.get(id)) })).sort();
    };
    expect(withSql(stepped.plan)).toEqual(withSql(whole.plan));
    expect(stepped.plan.statements.map((statement) => statement.id)).toEqual(whole.plan.statements.map((statement) => statement.id));
    expect(stepped.plan.conflicts).toEqual(whole.plan.conflicts);
    expect(stepped.plan.warnings).toEqual(whole.plan.warnings);
    expect(stepped.plan.summary).toEqual(whole.plan.summary);
    const objectOf = (change: (typeof stepped.plan.changes)[number]) => JSON.stringify([change.object.schema, change.object.table]);
    stepped.plan.changes.forEach((change, i) => {
      if (change.field !== 'owner') return;
      // Nothing in an object whose owner changed is changed after it (revmeta may own it no more).
      const later = stepped.plan.changes.slice(i + 1).filter((other) => other.field !== 'owner' && objectOf(other) === objectOf(change));
      expect(later).toEqual([]);
    });
    expect(stepped.plan.changes.filter((change) => change.object.kind === 'database')).toHaveLength(2);
  });

  it('orders a plan made in steps as the whole plan, whatever the step size: the same plan JSON entries and change-set fingerprint', async () => {
    const whole = await planned(Number.POSITIVE_INFINITY);
    // The database's and the schemas' own changes and owners are in it: what steps used to order otherwise.
    expect(whole.plan.changes.filter((change) => change.object.kind === 'database').map((change) => change.field)).toEqual(['description', 'owner']);
    // 18: two schemas a step; 9: a schema a step; 4: a group of one table a step.
    for (const stepObjects of [18, 9, 4]) {
      const stepped = await planned(stepObjects);
      expect(stepped.scopes.length).toBeGreaterThan(1);
      expect(stepped.plan.changes).toEqual(whole.plan.changes);
      expect(stepped.plan.statements).toEqual(whole.plan.statements);
      expect(changeSetFingerprint(stepped.plan)).toBe(changeSetFingerprint(whole.plan));
    }
  });

  it('keeps the one-step observed digest of before, and a saved stepped plan checks against a fresh one', async () => {
    const whole = await planned();
    const desired = whole.workspace.manifests.whole!.services.get('warehouse')!;
    const before = planService({
      name: 'warehouse',
      type: 'postgres',
      desired,
      observed: { service: 'warehouse', databases: catalog() },
      capabilities: postgres.capabilities({ version: 'PostgreSQL 15' }),
      dialect: postgres.dialect,
      policy: {},
    });
    expect(whole.plan.services[0]!.observedDigest).toBe(before.observedDigest);
    const saved = await planned(9);
    const fresh = await planned(9);
    expect(saved.plan.services[0]!.observedDigest).not.toBe(before.observedDigest);
    expect(checkSavedPlan(saved.plan, fresh.plan)).toEqual([]);
  });

  it('hands each step to the sinks and lets it go: plan --out writes the file a step at a time, byte for byte the whole plan', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'revmeta-steps-'));
    const whole = await planned(9);
    await writePlanFile(path.join(dir, 'whole.json'), whole.plan);
    const file = path.join(dir, 'streamed.json');
    const writer = new PlanFileWriter(file);
    const preview = new TextPreview({ showSql: true, maxChangeLines: 5 });
    const events: string[] = [];
    // After each step, the changes the plan file has been handed (its stream writes them out; the step is let go).
    const spy = { add: (changes: readonly unknown[]) => void events.push(`sink ${changes.length}, file had ${writer.written.changes}`) };
    const streamed = await planned(9, [writer, preview, spy], events);
    // Each step's owner changes wait for the end of the database (the last step here), as in one step.
    expect(events).toEqual(['introspect s0', 'compile', 'sink 10, file had 10', 'introspect s1', 'compile', 'sink 9, file had 19', 'introspect s2', 'compile', 'sink 16, file had 35']);
    expect(streamed.plan.changes).toEqual([]);
    expect(streamed.plan.statements).toEqual([]);
    expect(streamed.plan.summary).toEqual(whole.plan.summary);
    await writer.finish(streamed.plan);
    expect(await readFile(file, 'utf8')).toBe(await readFile(path.join(dir, 'whole.json'), 'utf8'));
    expect(existsSync(`${file}.changes`)).toBe(false);
    expect(preview.render(streamed.plan)).toBe(renderText(whole.plan, { showSql: true, maxChangeLines: 5 }));
  });

  it('apply plan.json checks a saved stepped plan against the plan being made, step by step through the sinks, with nothing held whole', async () => {
    const file = path.join(await mkdtemp(path.join(os.tmpdir(), 'revmeta-steps-')), 'plan.json');
    const writer = new PlanFileWriter(file);
    const saved = await planned(9, [writer]);
    await writer.finish(saved.plan);
    const opened = await openSavedPlan(file);
    expect(opened.plan.changes).toEqual([]);
    const check = opened.check();
    const events: string[] = [];
    const spy = { add: (changes: readonly unknown[]) => void events.push(`compared ${changes.length}`) };
    const fresh = await planned(9, [check, spy], events);
    expect(events).toEqual(['introspect s0', 'compile', 'compared 10', 'introspect s1', 'compile', 'compared 9', 'introspect s2', 'compile', 'compared 16']);
    expect(await check.reasons(fresh.plan)).toEqual([]);
    // A plan made in other steps (here one) has the same entries in the same order: no change differs. Its
    // observed digest is one per step, though, so `apply plan.json` takes the step size the plan was made with.
    const whole = opened.check();
    expect(await whole.reasons((await planned(Number.POSITIVE_INFINITY, [whole])).plan)).toEqual(['the live state of service "warehouse" changed since the plan was made']);
    // The same changes in another order (the manifests list s0's tables the other way round): refused, the first entry out of place named.
    const other = opened.check();
    const s0 = path.join(path.dirname(fresh.configFile), 'metadata', 'warehouse', 'analytics', 's0.yaml');
    const tables = parse(await readFile(s0, 'utf8')) as { tables: Record<string, unknown> };
    await writeFile(s0, stringify({ ...tables, tables: Object.fromEntries(Object.entries(tables.tables).reverse()) }));
    const reordered = await planned(9, [other], [], fresh.configFile);
    expect((await other.reasons(reordered.plan)).join('\n')).toMatch(/in another position than in a plan made now/);
  });
});

/** Table and column nodes reachable from `root` (objects, arrays, maps and sets followed): what it keeps alive. */
function tablesAndColumnsHeldBy(root: unknown): number {
  const seen = new Set<object>();
  let count = 0;
  const pending: unknown[] = [root];
  while (pending.length > 0) {
    const value = pending.pop();
    if (value === null || typeof value !== 'object' || seen.has(value)) continue;
    seen.add(value);
    const record = value as Record<string, unknown>;
    if ((record['kind'] === 'table' || record['kind'] === 'column') && Array.isArray(record['children'])) count++;
    if (value instanceof Map) for (const [key, entry] of value) pending.push(key, entry);
    else if (value instanceof Set) for (const entry of value) pending.push(entry);
    else pending.push(...Object.values(record));
  }
  return count;
}

describe('loading the manifests a step at a time (a workspace bigger than one step)', () => {
  const largeWorkspace = async (configFile: string, env: Record<string, string | undefined>, events: string[], held: number[]) => {
    const scopes: IntrospectScope[] = [];
    const recording = recordingConnector(events, scopes);
    let workspace: Awaited<ReturnType<typeof loadWorkspace>> | undefined;
    // At each introspection, what the loaded workspace still holds of the tables and columns.
    const connector: Connector = { ...recording, introspect: async (driver, scope) => (held.push(tablesAndColumnsHeldBy(workspace)), recording.introspect(driver, scope)) };
    workspace = await loadWorkspace(configFile, env, new Map([['postgres', connector]]), {}, { stepObjects: 9 });
    return workspace;
  };

  it('holds only an index of the databases and schemas; each step compiles its own files and lets them go', async () => {
    const configFile = await workspaceFile();
    const whole = await planned(9);
    for (const cache of ['off', await mkdtemp(path.join(os.tmpdir(), 'revmeta-steps-cache-'))]) {
      // Twice with a cache: compiled by the first run, read from the cache by the second.
      for (let run = 0; run < (cache === 'off' ? 1 : 2); run++) {
        const events: string[] = [];
        const held: number[] = [];
        const workspace = await largeWorkspace(configFile, { ...process.env, REVMETA_CACHE_DIR: cache }, events, held);
        expect(tablesAndColumnsHeldBy(workspace)).toBe(0);
        const result = await planWorkspace(workspace, { stepObjects: 9 });
        await result.close();
        expect(events).toEqual(['introspect s0', 'compile', 'introspect s1', 'compile', 'introspect s2', 'compile']);
        expect(held).toEqual([0, 0, 0]);
        expect(result.plan).toEqual(whole.plan);
      }
    }
  });

  it('never parses a file while holding compiled files that would take the two past one step', async () => {
    const configFile = await workspaceFile();
    const config = await loadConfig(configFile, process.env, new Map([['postgres', postgres]]));
    if (!config.ok) throw new Error('config');
    // A step of 18: the database file (1) and s0 (9) fit; s1 (9 more) would take them to 19.
    const compiled: Array<{ file: string; objects: number; held: number }> = [];
    const set = await indexManifests(config.value, { cache: null, holdObjects: 18, onCompiled: (file) => compiled.push(file) });
    if (!set.ok) throw new Error('manifests');
    expect(set.value.whole).toBeUndefined();
    expect(compiled.map((file) => path.basename(file.file))).toEqual(['analytics.yaml', 's0.yaml', 's1.yaml', 's2.yaml']);
    for (const file of compiled) expect(file.held + file.objects).toBeLessThanOrEqual(18);
    // A set of one step is still held whole, whatever was let go while indexing it.
    const whole = await indexManifests(config.value, { cache: null, holdObjects: 28, onCompiled: (file) => compiled.push(file) });
    if (!whole.ok) throw new Error('manifests');
    expect(whole.value.whole?.services.get('warehouse')?.databases[0]?.children.map((schema) => schema.children.length)).toEqual([2, 2, 2]);
  });

  it('checks --select globs against the tables and columns of an index, loading its files', async () => {
    const workspace = await largeWorkspace(await workspaceFile(), { ...process.env, REVMETA_CACHE_DIR: 'off' }, [], []);
    expect(workspace.manifests.whole).toBeUndefined();
    expect(await selectMatchingNothing(workspace, ['warehouse'], ['analytics.s2.t1.c2', 'analytics.s1', 'analytics.s9.*', 'analytics.s0.t7'])).toEqual(['analytics.s9.*', 'analytics.s0.t7']);
  });

  it('a manifest edited after the index was read fails the plan naming the file, and leaves no plan file', async () => {
    const configFile = await workspaceFile();
    const events: string[] = [];
    const workspace = await largeWorkspace(configFile, { ...process.env, REVMETA_CACHE_DIR: 'off' }, events, []);
    const edited = path.join(path.dirname(configFile), 'metadata', 'warehouse', 'analytics', 's2.yaml');
    await writeFile(edited, (await readFile(edited, 'utf8')).replace('Schema s2', 'Schema s2, edited'));
    const file = path.join(await mkdtemp(path.join(os.tmpdir(), 'revmeta-steps-')), 'plan.json');
    const writer = new PlanFileWriter(file);
    await expect(planWorkspace(workspace, { stepObjects: 9, sinks: [writer] })).rejects.toThrow(/s2\.yaml:1:1: .*changed since/);
    await writer.discard();
    expect(events).toEqual(['introspect s0', 'compile', 'introspect s1', 'compile']);
    expect(existsSync(file)).toBe(false);
    expect(existsSync(`${file}.changes`)).toBe(false);
  });
});

describe('a schema bigger than a step, planned a group of its tables at a time', () => {
  const BIG_TABLES = 7;
  /** The live catalog: schema `big` with t0…t5 (t6 is in the manifests only), columns c0…c2, owned by postgres. */
  const bigCatalog = (): ObservedNode[] => [
    observedNode('database', 'analytics', [observedNode('schema', 'big', Array.from({ length: BIG_TABLES - 1 }, (_, t) => observedNode('table', `t${t}`, Array.from({ length: COLUMNS }, (_, c) => observedNode('column', `c${c}`)), 'postgres')), 'postgres')], 'postgres'),
  ];
  // One workspace for every plan here: the plans name its files.
  let written: Promise<string> | undefined;
  const bigWorkspace = () => (written ??= writeWorkspace({
      config: { version: 1, manifests: 'metadata', services: { warehouse: { type: 'postgres', connection: { host: 'localhost', user: 'u', database: 'analytics' } } } },
      manifests: {
        'warehouse/analytics.yaml': [{ apiVersion: 'revmeta/v1', kind: 'Database', service: 'warehouse', name: 'analytics', description: 'Analytics', owners: ['bob'] }],
        'warehouse/analytics/big.yaml': [
          {
            apiVersion: 'revmeta/v1',
            kind: 'Schema',
            service: 'warehouse',
            database: 'analytics',
            name: 'big',
            description: 'Big',
            owners: ['carol'],
            tables: Object.fromEntries(
              Array.from({ length: BIG_TABLES }, (_, t) => [`t${t}`, { description: `Table ${t}`, ...(t % 2 === 0 ? { owners: ['alice'] } : {}), columns: Object.fromEntries(Array.from({ length: COLUMNS }, (_, c) => [`c${c}`, { description: `Column c${c} of t${t}` }])) }]),
            ),
          },
        ],
      },
    }));

  /** Plans the workspace in steps of `stepObjects`, recording each introspection's scope; `sinks` as `plan --out` uses them. */
  const plannedBig = async (stepObjects: number, cache: string, sinks?: PlanOptions['sinks'], holdObjects = stepObjects, observed = bigCatalog) => {
    const scopes: IntrospectScope[] = [];
    const connector: Connector = {
      ...postgres,
      createDriver: () => ({ open: async () => Promise.reject(new Error('no session in this test')), close: async () => undefined }),
      introspect: async (_driver, scope) => {
        scopes.push(scope);
        // As the PostgreSQL connector narrows: only the scope's tables when it names them.
        const wanted = scope.tables ? new Set(scope.tables['analytics']!.map(([, table]) => table)) : undefined;
        const databases = observed().map((database) => ({ ...database, children: database.children.map((schema) => ({ ...schema, children: schema.children.filter((table) => !wanted || wanted.has(table.name)) })) }));
        return { observed: { service: scope.service, databases }, server: { version: 'PostgreSQL 15', lockBudget: 8 }, queries: 3 };
      },
      readCompileContext: undefined,
    };
    const workspace = await loadWorkspace(await bigWorkspace(), { ...process.env, REVMETA_CACHE_DIR: cache }, new Map([['postgres', connector]]), {}, { stepObjects: holdObjects });
    const result = await planWorkspace(workspace, { stepObjects, ...(sinks ? { sinks } : {}) });
    await result.close();
    return { plan: result.plan, scopes, workspace };
  };

  it('plans the same plan as one step: entries, order, statements, digest, warnings, transactions, summary', async () => {
    const whole = await plannedBig(Number.POSITIVE_INFINITY, 'off');
    expect(whole.scopes).toHaveLength(1);
    expect(whole.plan.warnings.map((warning) => warning.code)).toEqual(['missing-object']);
    // A step of 9 objects: 2 tables of 4 objects (and the schema) at a time, 4 groups; with the set
    // held whole, held as an index and compiled per step, compiled into the cache, read from it.
    const cache = await mkdtemp(path.join(os.tmpdir(), 'revmeta-groups-cache-'));
    for (const [holdObjects, cacheDir] of [[Number.POSITIVE_INFINITY, 'off'], [9, 'off'], [9, cache], [9, cache]] as const) {
      const grouped = await plannedBig(9, cacheDir, undefined, holdObjects);
      expect(grouped.workspace.manifests.whole === undefined).toBe(holdObjects === 9);
      expect(grouped.scopes.map((scope) => scope.tables?.['analytics']?.map(([, table]) => table))).toEqual([['t0', 't1'], ['t2', 't3'], ['t4', 't5'], ['t6']]);
      expect(JSON.stringify(grouped.plan)).toBe(JSON.stringify(whole.plan));
    }
  });

  it('plans the one-step digest when the schema or its database is missing at the source (met in every group, counted once)', async () => {
    const withoutSchema = (): ObservedNode[] => bigCatalog().map((database) => ({ ...database, children: [] }));
    for (const observed of [withoutSchema, () => []]) {
      const whole = await plannedBig(Number.POSITIVE_INFINITY, 'off', undefined, Number.POSITIVE_INFINITY, observed);
      expect(whole.plan.warnings.map((warning) => warning.code)).toEqual(['missing-object']);
      const grouped = await plannedBig(9, 'off', undefined, 9, observed);
      expect(grouped.scopes).toHaveLength(4);
      expect(JSON.stringify(grouped.plan)).toBe(JSON.stringify(whole.plan));
    }
  });

  it('plan --out writes the same file and the same text, a group at a time', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'revmeta-groups-'));
    const files = [];
    for (const stepObjects of [Number.POSITIVE_INFINITY, 9]) {
      const file = path.join(dir, `plan-${stepObjects}.json`);
      const writer = new PlanFileWriter(file);
      const preview = new TextPreview({ showSql: true });
      const { plan } = await plannedBig(stepObjects, 'off', [writer, preview]);
      await writer.finish(plan);
      files.push({ json: await readFile(file, 'utf8'), text: preview.render(plan) });
    }
    expect(files[1]).toEqual(files[0]);
    expect(JSON.parse(files[0]!.json).changes.length).toBeGreaterThan(20);
  });
  const twinWorkspaces: Record<string, Promise<string>> = {};
  /** Plans schema `big` (t0…t6, and `twin`, a name of one of them in another case, after table `after`) in steps of `stepObjects`; the plan and the tables each introspection read. */
  const plannedWithTwin = async (stepObjects: number, twin: string, after: number) => {
    const catalog = [observedNode('database', 'analytics', [observedNode('schema', 'big', Array.from({ length: BIG_TABLES }, (_, t) => observedNode('table', `t${t}`, Array.from({ length: COLUMNS }, (_, c) => observedNode('column', `c${c}`)))))])];
    const entries: Array<[string, unknown]> = Array.from({ length: BIG_TABLES }, (_, t) => [`t${t}`, { description: `Table ${t}`, columns: Object.fromEntries(Array.from({ length: COLUMNS }, (_, c) => [`c${c}`, { description: `Column c${c}` }])) }]);
    entries.splice(after + 1, 0, [twin, { description: `Twin of ${twin.toLowerCase()}`, columns: {} }]);
    // One workspace per placement: the plans compared name its file.
    const root = await (twinWorkspaces[`${twin}@${after}`] ??= writeWorkspace({
      config: { version: 1, manifests: 'metadata', services: { warehouse: { type: 'postgres', connection: { host: 'localhost', user: 'u', database: 'analytics' } } } },
      manifests: { 'warehouse/analytics/big.yaml': [{ apiVersion: 'revmeta/v1', kind: 'Schema', service: 'warehouse', database: 'analytics', name: 'big', tables: Object.fromEntries(entries) }] },
    }));
    const scopes: Array<string[] | undefined> = [];
    const connector: Connector = {
      ...postgres,
      createDriver: () => ({ open: async () => Promise.reject(new Error('no session in this test')), close: async () => undefined }),
      introspect: async (_driver, scope) => {
        scopes.push(scope.tables?.['analytics']?.map(([, table]) => table));
        const wanted = scope.tables ? new Set(scope.tables['analytics']!.map(([, table]) => table.toLowerCase())) : undefined;
        const databases = catalog.map((database) => ({ ...database, children: database.children.map((schema) => ({ ...schema, children: schema.children.filter((table) => !wanted || wanted.has(table.name)) })) }));
        return { observed: { service: scope.service, databases }, server: { version: 'PostgreSQL 15', lockBudget: 8 }, queries: 3 };
      },
      readCompileContext: undefined,
    };
    const workspace = await loadWorkspace(root, { ...process.env, REVMETA_CACHE_DIR: 'off' }, new Map([['postgres', connector]]), {}, { stepObjects });
    const result = await planWorkspace(workspace, { stepObjects });
    await result.close();
    return { plan: result.plan, scopes };
  };

  it('keeps tables whose names differ only in case in one group: both must meet in one step to be reported as naming one table', async () => {
    // `T0`, last in the file, reaches the source's t0 as `t0` does (a case-insensitive match): a conflict. Every table lies between them: one step.
    const whole = await plannedWithTwin(Number.POSITIVE_INFINITY, 'T0', BIG_TABLES - 1);
    expect(whole.plan.conflicts.map((conflict) => conflict.reason)).toEqual([expect.stringContaining('both name table "t0"')]);
    expect(JSON.stringify((await plannedWithTwin(9, 'T0', BIG_TABLES - 1)).plan)).toBe(JSON.stringify(whole.plan));
  });

  it('still cuts a schema with such twins, elsewhere than between them (the schema is not one step bounded by its size)', async () => {
    // `T2` after t3: t2, t3 and T2 in one group, the other tables in groups of two as without the twin.
    const whole = await plannedWithTwin(Number.POSITIVE_INFINITY, 'T2', 3);
    expect(whole.plan.conflicts.map((conflict) => conflict.reason)).toEqual([expect.stringContaining('both name table "t2"')]);
    const grouped = await plannedWithTwin(9, 'T2', 3);
    expect(grouped.scopes).toEqual([['t0', 't1'], ['t2', 't3', 'T2'], ['t4', 't5'], ['t6']]);
    expect(JSON.stringify(grouped.plan)).toBe(JSON.stringify(whole.plan));
  });
});

describe('a schema bigger than a step on an embedded PostgreSQL (PGlite)', () => {
  it('plans in groups of tables the plan of one step, byte for byte', async () => {
    const TABLES_HERE = 7;
    const table = (t: number) => ({ description: `Table ${t}`, ...(t % 3 === 0 ? { owners: ['alice'] } : {}), columns: { id: { description: `Key of ${t}` }, note: { description: `Note of ${t}` } } });
    const configFile = await writeWorkspace({
      config: { version: 1, manifests: 'metadata', services: { warehouse: { type: 'postgres', connection: { embedded: '.revmeta/pgdata' } } } },
      manifests: {
        'warehouse/shop.yaml': [{ apiVersion: 'revmeta/v1', kind: 'Database', service: 'warehouse', name: 'shop', description: 'The shop', owners: ['alice'] }],
        // t7 is in the manifests only: a warning, in whichever group it falls.
        'warehouse/shop/public.yaml': [{ apiVersion: 'revmeta/v1', kind: 'Schema', service: 'warehouse', database: 'shop', name: 'public', description: 'Public things', tables: Object.fromEntries(Array.from({ length: TABLES_HERE + 1 }, (_, t) => [`t${t}`, table(t)])) }],
      },
    });
    const dataDir = path.join(path.dirname(configFile), '.revmeta', 'pgdata');
    await mkdir(dataDir, { recursive: true });
    const server = await PGlite.create(dataDir);
    await server.exec('CREATE DATABASE shop');
    await server.exec('CREATE ROLE alice');
    await server.close();
    const shop = await PGlite.create(dataDir, { database: 'shop' });
    await shop.exec(Array.from({ length: TABLES_HERE }, (_, t) => `CREATE TABLE public.t${t} (id integer, note text);`).join('\n'));
    await shop.close();
    const plans: string[] = [];
    const steps: number[] = [];
    // One step; then steps of 7 objects: 2 tables of 3 objects (and the schema) a group, held whole and as an index.
    for (const [stepObjects, holdObjects] of [[Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY], [7, Number.POSITIVE_INFINITY], [7, 7]]) {
      const progress: string[] = [];
      const workspace = await loadWorkspace(configFile, { ...process.env, REVMETA_CACHE_DIR: 'off' }, undefined, {}, { stepObjects: holdObjects });
      const result = await planWorkspace(workspace, { stepObjects, onProgress: (line) => progress.push(line) });
      await result.close();
      plans.push(JSON.stringify(result.plan));
      steps.push(progress.filter((line) => /step \d+ of/.test(line)).length);
    }
    expect(steps).toEqual([0, 4, 4]);
    expect(plans[1]).toBe(plans[0]);
    expect(plans[2]).toBe(plans[0]);
    const plan = JSON.parse(plans[0]!) as { summary: { byFieldAction: Record<string, number> }; warnings: Array<{ code: string }> };
    expect(plan.summary.byFieldAction).toEqual({ 'description.set': 23, 'owner.set': 4 });
    expect(plan.warnings.map((warning) => warning.code)).toEqual(['missing-object']);
  }, 120_000);
});
