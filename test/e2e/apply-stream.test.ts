/**
 * `apply plan.json` of a plan made in several steps, on PostgreSQL 15: the steps run on one
 * session per database, holding one apply lock from the first step to the last, and in the
 * transactions the plan stated (a transaction may span two steps). The server's small lock
 * table (max_locks_per_transaction 10 × max_connections 20) gives a budget of 100 objects a
 * transaction; each schema of 30 tables is its own plan step.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { connectors } from '../../src/connectors/index.js';
import type { ApplyWork } from '../../src/apply/apply.js';
import { applySteps } from '../../src/core/apply-steps.js';
import { PlanFileWriter } from '../../src/core/plan-file.js';
import { loadWorkspace, planWorkspace } from '../../src/core/workspace.js';
import { runCli, writeWorkspace, type CliRun } from './cli.js';
import { postgres15Engine, useEngine } from './engines.js';

const SCHEMAS = 4;
const TABLES = 30;
/** A schema is 1 + 30 × (table + column) = 61 objects: one schema a step. */
const STEP_OBJECTS = 70;

describe('a stepped apply on PostgreSQL 15', () => {
  const started = useEngine(() => postgres15Engine({ max_locks_per_transaction: 10, max_connections: 20 }), 120_000);

  /** A database of SCHEMAS schemas of TABLES tables, and a manifest per schema describing each table and a column. */
  async function seed(db: string): Promise<string> {
    await started.engine!.createDatabase(db);
    const manifests: Record<string, Array<Record<string, unknown>>> = {};
    for (let s = 0; s < SCHEMAS; s++) {
      const creates = Array.from({ length: TABLES }, (_, t) => `CREATE TABLE s${s}.t${t} (id int);`);
      await started.engine!.exec(db, `CREATE SCHEMA s${s};\n${creates.join('\n')}`);
      const tables = Object.fromEntries(Array.from({ length: TABLES }, (_, t) => [`t${t}`, { description: `Table ${s}.${t}`, columns: { id: { description: `Key of ${s}.${t}` } } }]));
      manifests[`warehouse/${db}/s${s}.yaml`] = [{ apiVersion: 'revmeta/v1', kind: 'Schema', service: 'warehouse', database: db, name: `s${s}`, tables }];
    }
    return writeWorkspace({ config: { version: 1, services: { warehouse: { type: 'postgres', connection: started.engine!.connection } } }, manifests });
  }

  async function described(db: string): Promise<number> {
    const [row] = await started.engine!.query<{ n: string }>(db, `SELECT count(*) n FROM pg_description d JOIN pg_class c ON c.oid = d.objoid WHERE c.relname LIKE 't%'`);
    return Number(row?.n);
  }

  /** The plan made a schema a step and spooled as `apply plan.json` spools it; its steps read back, `between` run before each after the first. */
  async function planSpooled(config: string) {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'revmeta-stream-'));
    const spool = new PlanFileWriter(path.join(dir, 'plan.json'));
    const workspace = await loadWorkspace(config, {}, connectors, {}, { stepObjects: STEP_OBJECTS });
    const planned = await planWorkspace(workspace, { stepObjects: STEP_OBJECTS, sinks: [spool] });
    return {
      planned,
      async *steps(between?: (index: number) => Promise<void>): AsyncGenerator<ApplyWork> {
        let index = 0;
        for await (const step of spool.steps()) {
          if (index > 0) await between?.(index);
          index += 1;
          yield step;
        }
      },
      async close() {
        await planned.close();
        await spool.discard();
        await rm(dir, { recursive: true, force: true });
      },
    };
  }

  it('runs in the transactions the plan stated, fewer than its steps, a transaction spanning two steps', async ({ skip: skipTest }) => {
    if (started.skip) skipTest(started.skip);
    const config = await seed('counted');
    const plan = await planSpooled(config);
    try {
      const stated = plan.planned.plan.services[0]!.apply;
      expect(stated).toEqual({ atomic: 'transaction', transactions: 'auto', lockBudget: 100, databases: [{ database: 'counted', transactions: 2, objects: 100 }] });
      let steps = 1;
      const { result } = await applySteps(plan.steps(async () => void (steps += 1)), [], plan.planned.targets);
      expect(steps).toBe(SCHEMAS);
      expect(result.summary).toEqual({ applied: 2 * SCHEMAS * TABLES, failed: 0, notRun: 0 });
      expect(result.transactions?.map(({ index, of, status, objects, first, last }) => [index, of, status, objects, `${first.schema}.${first.table}`, `${last.schema}.${last.table}`])).toEqual([
        [1, 2, 'committed', 100, 's0.t0', 's3.t9'],
        [2, 2, 'committed', 20, 's3.t10', 's3.t29'],
      ]);
    } finally {
      await plan.close();
    }
    expect(await described('counted')).toBe(2 * SCHEMAS * TABLES);
  }, 300_000);

  it('`revmeta apply` of a plan bigger than one step: planned into a spool, shown, then applied a step at a time as one apply', async ({ skip: skipTest }) => {
    if (started.skip) skipTest(started.skip);
    const config = await seed('cli');
    const env = { REVMETA_STEP_OBJECTS: String(STEP_OBJECTS) };
    const asked = await runCli(['apply', '-c', config], { env, interactive: true, answer: 'no' });
    expect(asked.stdout).toContain(`Plan: ${2 * SCHEMAS * TABLES} changes (${2 * SCHEMAS * TABLES} description set)`);
    expect(asked.stderr).toBe('Apply cancelled: nothing was changed.\n');
    expect(await described('cli')).toBe(0);
    const applied = await runCli(['apply', '-c', config, '--auto-approve', '--format', 'json'], { env });
    expect(applied.progress).toContain(`Planned warehouse, step ${SCHEMAS} of ${SCHEMAS}`);
    expect(applied.code).toBe(0);
    const result = JSON.parse(applied.stdout);
    expect(result.summary).toEqual({ applied: 2 * SCHEMAS * TABLES, failed: 0, notRun: 0, conflicts: 0 });
    expect(result.results).toHaveLength(2 * SCHEMAS * TABLES);
    expect(result.transactions.map((t: { index: number; of: number; status: string }) => [t.index, t.of, t.status])).toEqual([
      [1, 2, 'committed'],
      [2, 2, 'committed'],
    ]);
    expect(await described('cli')).toBe(2 * SCHEMAS * TABLES);
  }, 300_000);

  it('holds one apply lock across its steps: a second apply started between two steps is refused', async ({ skip: skipTest }) => {
    if (started.skip) skipTest(started.skip);
    const config = await seed('turns');
    const plan = await planSpooled(config);
    let second: CliRun | undefined;
    try {
      // Before the second step is read, another apply of the same manifests tries its turn.
      const between = async () => {
        second ??= await runCli(['apply', '-c', config, '--auto-approve', '--lock-timeout', '300ms']);
      };
      const { result } = await applySteps(plan.steps(between), [], plan.planned.targets);
      expect(result.summary).toEqual({ applied: 2 * SCHEMAS * TABLES, failed: 0, notRun: 0 });
    } finally {
      await plan.close();
    }
    expect(second?.code).toBe(1);
    expect(second?.stdout).toContain('not run: another apply holds the lock (backend pid');
    expect(second?.stdout).toContain(`0 applied, 0 failed, ${2 * SCHEMAS * TABLES} not run.`);
    expect(await described('turns')).toBe(2 * SCHEMAS * TABLES);
  }, 300_000);
});
