/**
 * The Action on manifests bigger than one plan step (`REVMETA_STEP_OBJECTS` forces steps on a
 * small catalog): it plans and applies a step at a time, as the CLI does, and reports exactly
 * what it reports of the same plan made whole (comment, summary, outputs, plan JSON). Runs the
 * Action in this process (`runAction`) against embedded Postgres and the fake GitHub API.
 */
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { stringify } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { runAction } from '../../src/github/action.js';
import type { TestEngine } from '../e2e/engines.js';
import type { FakeGitHub } from './fake-github.js';
import { mergedPullRequest, parseOutputs, pullRequestEvent, useActionHarness } from './action-harness.js';

const SCHEMAS = 3;
const TABLES = 3;
const COLUMNS = 3;
/** Fewer objects than a schema holds (1 + 3 tables + 9 columns): schemas are planned in groups of tables. */
const GROUP_STEPS = '6';
/** A schema a step. */
const SCHEMA_STEPS = '13';
const PUSH = { ref: 'refs/heads/main', repository: { full_name: 'o/r', default_branch: 'main' } };

const harness = useActionHarness('revmeta-action-stepped-');
let root: string;
let engine: TestEngine;
let fake: FakeGitHub;
let counter = 0;

beforeAll(() => {
  ({ root, engine, fake } = harness);
});

interface Repo {
  dir: string;
  db: string;
}

/**
 * A catalog of SCHEMAS × TABLES × COLUMNS, one table described at the source (cleared by the
 * manifests), every other object described by them, and the database unless `databaseDescription` is false.
 */
async function repository(databaseDescription = true): Promise<Repo> {
  const db = `estate_${process.pid}_${++counter}`;
  await engine.createDatabase(db);
  const ddl: string[] = [];
  for (let s = 0; s < SCHEMAS; s++) {
    ddl.push(`CREATE SCHEMA s${s}`);
    for (let t = 0; t < TABLES; t++) ddl.push(`CREATE TABLE s${s}.t${t} (${Array.from({ length: COLUMNS }, (_, c) => `c${c} int`).join(', ')})`);
  }
  ddl.push(`COMMENT ON TABLE s1.t1 IS 'to be cleared'`);
  await engine.exec(db, ddl.join(';\n'));
  const dir = path.join(root, `repo-${counter}`);
  const folder = path.join(dir, 'metadata', 'warehouse', db);
  await mkdir(folder, { recursive: true });
  await writeFile(path.join(dir, 'revmeta.yaml'), stringify({ version: 1, manifests: 'metadata', services: { warehouse: { type: 'postgres', connection: engine.connection } } }));
  if (databaseDescription) await writeFile(path.join(dir, 'metadata', 'warehouse', `${db}.yaml`), stringify({ apiVersion: 'revmeta/v1', kind: 'Database', service: 'warehouse', name: db, description: 'The estate' }));
  for (let s = 0; s < SCHEMAS; s++) {
    const tables = Object.fromEntries(
      Array.from({ length: TABLES }, (_, t) => [
        `t${t}`,
        {
          description: s === 1 && t === 1 ? '' : `Table ${s}.${t}`,
          columns: Object.fromEntries(Array.from({ length: COLUMNS }, (_, c) => [`c${c}`, { description: `Column ${c} of ${s}.${t}` }])),
        },
      ]),
    );
    await writeFile(path.join(folder, `s${s}.yaml`), stringify({ apiVersion: 'revmeta/v1', kind: 'Schema', service: 'warehouse', database: db, name: `s${s}`, description: `Schema ${s}`, tables }));
  }
  return { dir, db };
}

interface Run {
  failed: boolean;
  log: string;
  summary: string;
  outputs: Record<string, string>;
  planFile: string;
}

/** One step of a workflow: the Action in this process, with the runner's variables, its log captured. */
async function action(repo: Repo, command: string, event: string, payload: object, options: { sha?: string; stepObjects?: string } = {}): Promise<Run> {
  const runDir = await mkdtemp(path.join(root, 'run-'));
  const files = { event: path.join(runDir, 'event.json'), output: path.join(runDir, 'output') };
  // @actions/core keeps the summary file it first wrote to: one file for the whole test file, emptied per run.
  const summary = path.join(root, 'summary.md');
  await Promise.all([writeFile(files.event, JSON.stringify(payload)), writeFile(files.output, ''), writeFile(summary, '')]);
  const env: Record<string, string> = {
    INPUT_COMMAND: command,
    INPUT_CONFIG: 'revmeta.yaml',
    'INPUT_GITHUB-TOKEN': 'ghs_fake',
    INPUT_COMMENT: 'true',
    'INPUT_CHANGED-ONLY': 'false',
    GITHUB_EVENT_NAME: event,
    GITHUB_EVENT_PATH: files.event,
    GITHUB_STEP_SUMMARY: summary,
    GITHUB_OUTPUT: files.output,
    GITHUB_API_URL: fake.url,
    GITHUB_SERVER_URL: 'https://github.test',
    GITHUB_REPOSITORY: 'o/r',
    GITHUB_RUN_ID: '4242',
    GITHUB_SHA: options.sha ?? 'f00dfeed',
    GITHUB_WORKSPACE: repo.dir,
    RUNNER_TEMP: runDir,
    ...(options.stepObjects ? { REVMETA_STEP_OBJECTS: options.stepObjects } : {}),
  };
  const saved = { ...process.env };
  const cwd = process.cwd();
  const write = process.stdout.write;
  let log = '';
  Object.assign(process.env, env);
  if (!options.stepObjects) delete process.env.REVMETA_STEP_OBJECTS;
  process.chdir(repo.dir);
  process.stdout.write = ((chunk: string | Uint8Array) => ((log += String(chunk)), true)) as typeof process.stdout.write;
  try {
    await runAction({ env: process.env });
  } finally {
    process.stdout.write = write;
    process.chdir(cwd);
    for (const name of Object.keys(process.env)) if (!(name in saved)) delete process.env[name];
    Object.assign(process.env, saved);
  }
  // core.setFailed sets the exit code of the process: the step's failure, read and reset.
  const failed = process.exitCode === 1;
  process.exitCode = 0;
  const outputs = parseOutputs(await readFile(files.output, 'utf8'));
  return { failed, log, summary: await readFile(summary, 'utf8'), outputs, planFile: outputs['plan-path'] ? await readFile(outputs['plan-path'], 'utf8') : '' };
}

const pullRequest = pullRequestEvent;
const merged = (number: number) => mergedPullRequest(fake, number);
const bodies = (number: number) => (fake.comments.get(number) ?? []).map((comment) => comment.body);

async function described(repo: Repo): Promise<Array<{ name: string; description: string | null }>> {
  return engine.query(
    repo.db,
    `SELECT c.relnamespace::regnamespace || '.' || c.relname AS name, obj_description(c.oid, 'pg_class') AS description
       FROM pg_class c WHERE c.relkind = 'r' AND c.relnamespace::regnamespace::text LIKE 's%' ORDER BY 1`,
  );
}

describe('the Action on manifests bigger than one plan step', { timeout: 300_000 }, () => {
  it('plans a step at a time and reports what the whole plan reports: comment, summary, outputs and plan JSON', async () => {
    const repo = await repository();
    const whole = await action(repo, 'plan', 'pull_request', pullRequest(1));
    expect(whole.log).not.toMatch(/step 2 of/);
    expect(whole.failed).toBe(false);
    // The database, 3 schemas, 9 tables and 27 columns, one table's description cleared.
    expect(whole.outputs.changes).toBe('40');
    expect(bodies(1)[0]).toContain('> 1 change(s) clear or remove a value at the source.');
    // A schema a step, and a group of tables a step: the database's own change is in the first step, as in the whole plan.
    for (const [number, stepObjects] of [[2, SCHEMA_STEPS], [20, GROUP_STEPS]] as const) {
      const stepped = await action(repo, 'plan', 'pull_request', pullRequest(number), { stepObjects });
      // Planned in steps: the progress says so (a whole plan is one step).
      expect(stepped.log).toMatch(/Planned warehouse, step 2 of \d+/);
      expect(stepped.failed).toBe(false);
      expect(bodies(number)).toEqual(bodies(1));
      expect(stepped.summary).toBe(whole.summary);
      // The outputs, the change-set fingerprint among them: a plan reviewed at one step size is applied at any other.
      expect({ ...stepped.outputs, 'plan-path': '' }).toEqual({ ...whole.outputs, 'plan-path': '' });
      // The plan JSON: the same changes and statements in the same order (the observed digest is per step, so it differs).
      const entries = (text: string) => {
        const { changes, statements, summary, conflicts, warnings } = JSON.parse(text);
        return { changes, statements, summary, conflicts, warnings };
      };
      expect(entries(stepped.planFile)).toEqual(entries(whole.planFile));
      // The log shows the same plan text.
      const planLines = (log: string) => log.split('\n').filter((line) => /^\s+[+~-] /.test(line));
      expect(planLines(stepped.log)).toEqual(planLines(whole.log));
    }
  });

  it('applies on merge a step at a time when the change set is the reviewed one; the next plan is empty', async () => {
    const repo = await repository();
    const planned = await action(repo, 'plan', 'pull_request', pullRequest(3), { stepObjects: GROUP_STEPS });
    expect(planned.failed).toBe(false);
    const applied = await action(repo, 'apply', 'push', PUSH, { sha: merged(3), stepObjects: GROUP_STEPS });
    expect(applied.failed).toBe(false);
    expect(applied.log).toMatch(/Planned warehouse, step 2 of \d+/);
    expect(applied.summary).toContain('**40 applied, 0 failed, 0 not run**');
    expect(applied.outputs.fingerprint).toBe(planned.outputs.fingerprint);
    const applyComment = bodies(3).find((body) => body.startsWith('<!-- revmeta:apply'));
    expect(applyComment).toContain('**40 applied, 0 failed, 0 not run**');
    // The applied changes listed, as the apply of a whole plan lists them.
    expect(applyComment).toContain('<summary>Applied (40)</summary>');
    expect(applyComment).toMatch(/table estate\S*\.s2\.t2 description: \(none\) → "Table 2\.2"/);
    expect(applied.summary).toContain('<summary>Applied (40)</summary>');
    const tables = await described(repo);
    expect(tables.find((table) => table.name === 's1.t1')?.description).toBeNull();
    expect(tables.find((table) => table.name === 's2.t2')?.description).toBe('Table 2.2');
    const after = await action(repo, 'plan', 'pull_request', pullRequest(4), { stepObjects: GROUP_STEPS });
    expect(after.outputs.changes).toBe('0');
    // The plan file of the apply is the plan it applied, whole.
    expect(JSON.parse(applied.planFile).changes).toHaveLength(40);
  });

  it('refuses, applying nothing, when the plan made at merge differs from the reviewed one', async () => {
    const repo = await repository();
    await action(repo, 'plan', 'pull_request', pullRequest(5), { stepObjects: SCHEMA_STEPS });
    await engine.exec(repo.db, `COMMENT ON TABLE s2.t0 IS 'changed by hand'`);
    const before = await described(repo);
    const refused = await action(repo, 'apply', 'push', PUSH, { sha: merged(5), stepObjects: SCHEMA_STEPS });
    expect(refused.failed).toBe(true);
    expect(refused.log).toMatch(/Planned warehouse, step 2 of \d+/);
    expect(refused.log).toMatch(/^::error::Nothing applied: the changes planned now differ from the ones reviewed on pull request #5/m);
    expect(await described(repo)).toEqual(before);
    expect(refused.summary).toContain('Nothing applied');
    expect(refused.summary).toContain('table estate\\_');
    expect(refused.summary).toContain('s2.t0 description: its value at the source changed since the plan (drift)');
    expect(refused.outputs.changes).toBe('40');
    expect(bodies(5).find((body) => body.startsWith('<!-- revmeta:apply'))).toContain('Nothing applied');
  });
});
