/**
 * The Action as the runner runs it: `node action/dist/index.js` with INPUT_* variables, an
 * event payload, GITHUB_STEP_SUMMARY and GITHUB_OUTPUT files, GITHUB_API_URL pointing at
 * the fake GitHub API, against a workspace on embedded Postgres (PGlite).
 *
 * The bundle is built from the current sources into a temp folder with no node_modules
 * anywhere above it, so the test also proves the bundle is self-contained (the committed
 * action/dist is the same bytes: `node scripts/build-action.mjs --check`).
 */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { parse, stringify } from 'yaml';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { TestEngine } from '../e2e/engines.js';
import { column, database, schema, startFakeOpenMetadata, table } from '../openmetadata/fake-openmetadata.js';
import { BOT, type FakeGitHub } from './fake-github.js';
import { HEAD, mergedPullRequest, parseOutputs, pullRequestEvent, useActionHarness } from './action-harness.js';

async function git(cwd: string, ...args: string[]): Promise<string> {
  const { stdout } = await run('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', ...args], { cwd });
  return stdout.trim();
}

const run = promisify(execFile);
const REPO_ROOT = path.resolve(import.meta.dirname, '..', '..');
const PASSWORD = 'Pa55-w0rd-never-posted';
const TOKEN = 'ghs_fake_token_never_logged';

const harness = useActionHarness('revmeta-action-test-');
let root: string;
let bundle: string;
let engine: TestEngine;
let fake: FakeGitHub;
let counter = 0;

beforeAll(async () => {
  ({ root, engine, fake } = harness);
  // Two folders below a root with schemas/, as in the repository (src/manifest/yaml.ts reads ../../schemas).
  const dist = path.join(root, 'action', 'dist');
  await run(process.execPath, [path.join(REPO_ROOT, 'scripts', 'build-action.mjs'), '--out-dir', dist], { cwd: REPO_ROOT });
  await symlink(path.join(REPO_ROOT, 'schemas'), path.join(root, 'schemas'));
  bundle = path.join(dist, 'index.js');
});

beforeEach(() => {
  fake.readOnly = false;
  fake.comments.clear();
  fake.pulls.length = 0;
  fake.commitPulls.clear();
  fake.requests.length = 0;
});

interface Repo {
  dir: string;
  db: string;
  manifest: string;
}

/**
 * A repository checkout: revmeta.yaml with the PGlite service and a second service whose
 * password comes from ${PG_PASSWORD} (it has no manifests, so it is never connected to).
 * The password also appears in a description, so masking is exercised on posted content.
 */
async function repository(ownerMap: Record<string, string> = {}, sql?: Record<string, string>): Promise<Repo> {
  const db = `shop_${process.pid}_${++counter}`;
  await engine.createDatabase(db);
  await engine.exec(db, `CREATE TABLE public.orders (id int, email text); COMMENT ON TABLE public.orders IS 'old';`);
  const dir = path.join(root, `repo-${counter}`);
  await mkdir(path.join(dir, 'metadata', 'warehouse', db), { recursive: true });
  const config = {
    version: 1,
    manifests: 'metadata',
    services: {
      warehouse: { type: 'postgres', connection: engine.connection, owners: { map: ownerMap }, ...(sql ? { sql } : {}) },
      replica: { type: 'postgres', connection: { host: 'replica.internal', user: 'revmeta', password: '${PG_PASSWORD}' } },
    },
  };
  await writeFile(path.join(dir, 'revmeta.yaml'), stringify(config));
  const manifest = path.join(dir, 'metadata', 'warehouse', db, 'public.yaml');
  await writeFile(
    path.join(dir, 'metadata', 'warehouse', `${db}.yaml`),
    stringify({ apiVersion: 'revmeta/v1', kind: 'Database', service: 'warehouse', name: db, description: 'Shop database', ...(ownerMap.team ? { owners: ['team'] } : {}) }),
  );
  await writeFile(
    manifest,
    stringify({
      apiVersion: 'revmeta/v1',
      kind: 'Schema',
      service: 'warehouse',
      database: db,
      name: 'public',
      tables: {
        orders: {
          description: `Orders. The old replica password was ${PASSWORD}`,
          columns: { email: { description: 'Customer ``` e-mail </details>' } },
        },
      },
    }),
  );
  return { dir, db, manifest };
}

interface ActionRun {
  code: number;
  stdout: string;
  stderr: string;
  summary: string;
  outputs: Record<string, string>;
}

interface ActionEnv {
  command: string;
  event: string;
  payload: Record<string, unknown>;
  sha?: string;
  inputs?: Record<string, string>;
  /** The checkout root (cwd and GITHUB_WORKSPACE); default the repository's folder. */
  root?: string;
  /** More environment (secrets the config reads, GITHUB_REF_*). */
  env?: Record<string, string>;
  /** Variables left out of the environment (a fork's run has no secrets). */
  unset?: string[];
}

async function runAction(repo: Repo, options: ActionEnv): Promise<ActionRun> {
  const runDir = await mkdtemp(path.join(root, 'run-'));
  const files = { event: path.join(runDir, 'event.json'), summary: path.join(runDir, 'summary.md'), output: path.join(runDir, 'output') };
  await writeFile(files.event, JSON.stringify(options.payload));
  await writeFile(files.summary, '');
  await writeFile(files.output, '');
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? runDir,
    INPUT_COMMAND: options.command,
    INPUT_CONFIG: 'revmeta.yaml',
    'INPUT_GITHUB-TOKEN': TOKEN,
    INPUT_COMMENT: 'true',
    INPUT_SERVICES: '',
    'INPUT_WORKING-DIRECTORY': '',
    ...Object.fromEntries(Object.entries(options.inputs ?? {}).map(([name, value]) => [`INPUT_${name.toUpperCase()}`, value])),
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: options.event,
    GITHUB_EVENT_PATH: files.event,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_OUTPUT: files.output,
    GITHUB_API_URL: fake.url,
    GITHUB_SERVER_URL: 'https://github.test',
    GITHUB_REPOSITORY: 'o/r',
    GITHUB_RUN_ID: '4242',
    GITHUB_SHA: options.sha ?? 'f00dfeed00000000000000000000000000000000',
    GITHUB_WORKSPACE: options.root ?? repo.dir,
    RUNNER_TEMP: runDir,
    PG_PASSWORD: PASSWORD,
    ...options.env,
  };
  for (const name of options.unset ?? []) delete env[name];
  let code = 0;
  let stdout = '';
  let stderr = '';
  try {
    ({ stdout, stderr } = await run(process.execPath, [bundle], { cwd: options.root ?? repo.dir, env, timeout: 90_000, maxBuffer: 64 * 1024 * 1024 }));
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    code = typeof failed.code === 'number' ? failed.code : -1;
    stdout = failed.stdout ?? '';
    stderr = failed.stderr ?? '';
  }
  return { code, stdout, stderr, summary: await readFile(files.summary, 'utf8'), outputs: parseOutputs(await readFile(files.output, 'utf8')) };
}

/** Everything a person can see: the log (add-mask commands are eaten by the runner), the summary, the outputs, what was posted. */
function expectNoSecret(result: ActionRun): void {
  const log = `${result.stdout}\n${result.stderr}`
    .split('\n')
    .filter((line) => !line.startsWith('::add-mask::'))
    .join('\n');
  const posted = fake.requests.map((request) => JSON.stringify(request.body ?? null)).join('\n');
  for (const secret of [PASSWORD, TOKEN]) {
    expect(log).not.toContain(secret);
    expect(result.summary).not.toContain(secret);
    expect(JSON.stringify(result.outputs)).not.toContain(secret);
    expect(posted).not.toContain(secret);
  }
  // The runner was told to mask both before anything else.
  expect(result.stdout).toContain(`::add-mask::${PASSWORD}`);
  expect(result.stdout).toContain(`::add-mask::${TOKEN}`);
}

const PLAN_MARKER = '<!-- revmeta:plan config=revmeta.yaml services=* -->';
// Each apply run posts its own comment: the run id (GITHUB_RUN_ID) is in the marker.
const APPLY_MARKER = '<!-- revmeta:apply config=revmeta.yaml services=* run=4242 -->';

describe('the Action, run as the runner runs it', () => {
  it('plan on a pull request: one sticky comment, created then updated, the job summary, the outputs, no secret anywhere', async () => {
    const repo = await repository();
    const first = await runAction(repo, { command: 'plan', event: 'pull_request', payload: pullRequestEvent(7) });
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expectNoSecret(first);

    const comments = fake.comments.get(7)!;
    expect(comments).toHaveLength(1);
    const body = comments[0]!.body;
    // The marker names the comment (config, services) and carries what was reviewed.
    expect(body.startsWith(PLAN_MARKER.replace(' -->', ' fingerprint=sha256:'))).toBe(true);
    expect(body).toMatch(/^<!-- [^\n]* -->\n### revmeta plan · revmeta\.yaml/);
    expect(body).toContain('**3 changes (3 description set), 0 conflicts, 0 warnings**');
    // A small plan is open: per table, an edited description as its old and new text.
    expect(body).toContain('#### warehouse (postgres): 3 change(s)');
    expect(body).toContain(`**table ${repo.db.replaceAll('_', '\\_')}.public.orders**`);
    expect(body).toContain('! description:\n-   old\n+   Orders. The old replica password was ***\n');
    expect(body).toContain(`COMMENT ON TABLE "public"."orders" IS 'Orders. The old replica password was ***';`);
    expect(body).toContain('revmeta plan of abcdef1 · revmeta.yaml · [workflow run](https://github.test/o/r/actions/runs/4242)');
    expect(first.summary).toContain('#### warehouse (postgres): 3 change(s)');
    // The footer says what happens on merge and how to plan again.
    expect(body).toMatch(/\*\*On merge:\*\* the workflow that runs revmeta with `command: apply` on the default branch plans every service of revmeta.yaml again and applies only if its change set is still `sha256:[0-9a-f]{64}`, the one shown here\./);
    expect(body).toContain('**To re-plan:** push a commit to this pull request, or re-run this workflow run.');
    expect(first.outputs).toMatchObject({ 'has-changes': 'true', changes: '3', conflicts: '0' });
    const saved = JSON.parse(await readFile(first.outputs['plan-path']!, 'utf8'));
    expect(saved).toMatchObject({ formatVersion: '2.0', summary: { changes: 3 } });
    expect(first.stdout).toContain('Posted the plan comment on #7');
    expect(first.stdout).toContain('Plan: 3 changes (3 description set), 0 conflicts, 0 warnings');

    // The author edits the manifest; the next run updates the same comment.
    await writeFile(repo.manifest, (await readFile(repo.manifest, 'utf8')).replace('Customer ``` e-mail </details>', 'Login e-mail'));
    const second = await runAction(repo, { command: 'plan', event: 'pull_request', payload: pullRequestEvent(7) });
    expect(second.code).toBe(0);
    expect(fake.comments.get(7)).toHaveLength(1);
    expect(fake.comments.get(7)![0]!.id).toBe(comments[0]!.id);
    expect(fake.comments.get(7)![0]!.body).toContain('"Login e-mail"');
    expect(fake.requestsTo('POST', /comments$/)).toHaveLength(1);
    expect(fake.requestsTo('PATCH', /comments\/\d+$/)).toHaveLength(1);
    expect(fake.requests.every((request) => request.authorization === `token ${TOKEN}`)).toBe(true);
    expectNoSecret(second);
  });

  it('plan with a conflict: a CAUTION alert first, linked to the manifest line at the head, and an error annotation on that line', async () => {
    const repo = await repository();
    const text = await readFile(repo.manifest, 'utf8');
    await writeFile(repo.manifest, text.replace('  orders:\n', '  orders:\n    owners: [alice, bob]\n'));
    const result = await runAction(repo, { command: 'plan', event: 'pull_request', payload: pullRequestEvent(14) });
    expect(result.code).toBe(1);
    const file = `metadata/warehouse/${repo.db}/public.yaml`;
    const line = text.split('\n').indexOf('  orders:') + 2;
    expect(result.stdout).toMatch(new RegExp(`^::error title=revmeta conflict \\(warehouse\\)%3A not applied,file=${file},line=${line},col=\\d+::table ${repo.db}\\.public\\.orders owner: `, 'm'));
    const body = fake.comments.get(14)![0]!.body;
    expect(body.indexOf('> [!CAUTION]')).toBeGreaterThan(0);
    expect(body.indexOf('> [!CAUTION]')).toBeLessThan(body.indexOf('#### warehouse'));
    expect(body).toContain(`](https://github.test/o/r/blob/abcdef1234567890/${file}#L${line}))`);
    expectNoSecret(result);
  });

  it('apply on push: applies, reports on the merged PR and in the summary, and the next plan is empty', { timeout: 300_000 }, async () => {
    const repo = await repository();
    // The plan comment the pull request showed: what the apply on merge may apply.
    await runAction(repo, { command: 'plan', event: 'pull_request', payload: pullRequestEvent(12) });
    fake.addPull({ number: 12, state: 'closed', merged_at: '2024-05-01T00:00:00Z', merge_commit_sha: 'merge12' });
    fake.commitPulls.set('merge12', [12]);
    const push = { ref: 'refs/heads/main', repository: { full_name: 'o/r', default_branch: 'main' } };

    const applied = await runAction(repo, { command: 'apply', event: 'push', payload: push, sha: 'merge12' });
    expect(applied.stderr).toBe('');
    expect(applied.code).toBe(0);
    expectNoSecret(applied);
    expect(fake.requestsTo('GET', /\/commits\/merge12\/pulls$/)).toHaveLength(1);
    const body = fake.comments.get(12)![1]!.body;
    expect(body.startsWith(`${APPLY_MARKER}\n### revmeta apply · revmeta.yaml`)).toBe(true);
    expect(body).toContain('**3 applied, 0 failed, 0 not run**');
    expect(applied.summary).toContain('**3 applied, 0 failed, 0 not run**');
    expect(applied.outputs).toMatchObject({ 'has-changes': 'true', changes: '3', conflicts: '0' });
    const [orders] = await engine.query<{ d: string }>(repo.db, `SELECT obj_description('public.orders'::regclass, 'pg_class') d`);
    expect(orders!.d).toBe(`Orders. The old replica password was ${PASSWORD}`);

    const again = await runAction(repo, { command: 'plan', event: 'push', payload: push, sha: 'merge12' });
    expect(again.code).toBe(0);
    expect(again.outputs).toMatchObject({ 'has-changes': 'false', changes: '0' });
    expect(again.summary).toContain('No changes. The sources match the manifests.');
  });

  it('a failed apply fails the step and posts the failing statement and the error on the PR', { timeout: 300_000 }, async () => {
    // A statement that fails at the server: plan checks owners, so an unknown role would be a conflict.
    const repo = await repository({ team: 'pg_database_owner' }, { databaseOwner: 'ALTER SCHEMA {database} OWNER TO {owner}' });
    await runAction(repo, { command: 'plan', event: 'pull_request', payload: pullRequestEvent(13) });
    fake.addPull({ number: 13, state: 'closed', merged_at: '2024-05-01T00:00:00Z', merge_commit_sha: 'merge13' });
    fake.commitPulls.set('merge13', [13]);
    const result = await runAction(repo, { command: 'reconcile', event: 'push', payload: { ref: 'refs/heads/main' }, sha: 'merge13' });
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^::error::Apply failed: \d+ change\(s\) failed/m);
    const body = fake.comments.get(13)![1]!.body;
    expect(body).toContain('### revmeta apply · revmeta.yaml');
    expect(body).toMatch(/statement: ALTER SCHEMA .* OWNER TO "pg_database_owner"/);
    expect(body).toMatch(/schema "shop_\d+_\d+" does not exist/);
    expect(result.summary).toMatch(/schema "shop_\d+_\d+" does not exist/);
    expectNoSecret(result);
  });

  it('plan with comment: false, outside a PR, or with services, posts nothing', async () => {
    const repo = await repository();
    const off = await runAction(repo, { command: 'plan', event: 'pull_request', payload: pullRequestEvent(8), inputs: { comment: 'false' } });
    expect(off.code).toBe(0);
    const dispatch = await runAction(repo, { command: 'plan', event: 'workflow_dispatch', payload: {}, inputs: { services: 'warehouse' } });
    expect(dispatch.code).toBe(0);
    expect(dispatch.stdout).toContain('Not a pull request event');
    expect(fake.requests).toHaveLength(0);
    expect(dispatch.summary).toContain('### revmeta plan · revmeta.yaml · warehouse');
  });

  it('runs in working-directory and names the config from the repository root', async () => {
    const repo = await repository();
    const result = await runAction(repo, {
      command: 'plan',
      event: 'pull_request',
      payload: pullRequestEvent(21),
      root: path.dirname(repo.dir),
      inputs: { 'working-directory': path.basename(repo.dir) },
    });
    expect(result.code).toBe(0);
    expect(fake.comments.get(21)![0]!.body.startsWith(`<!-- revmeta:plan config=${path.basename(repo.dir)}%2Frevmeta.yaml services=* fingerprint=`)).toBe(true);
  });

  it('warns, and still succeeds, when the token may not comment (a fork PR)', async () => {
    const repo = await repository();
    fake.readOnly = true;
    const result = await runAction(repo, { command: 'plan', event: 'pull_request', payload: pullRequestEvent(22) });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^::warning::Could not comment on #22: Resource not accessible by integration.*read-only GITHUB_TOKEN/m);
    expect(result.summary).toContain('#### warehouse (postgres): 3 change(s)');
    expectNoSecret(result);
  });

  it('export runs the bundled exporter; outside a git checkout it fails clearly and posts nothing', async () => {
    const repo = await repository();
    const result = await runAction(repo, { command: 'export', event: 'workflow_dispatch', payload: {} });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('::error::revmeta failed: fatal: not a git repository');
    expect(fake.requests).toHaveLength(0);
    expectNoSecret(result);
  });

  it('export commits what OpenMetadata holds to revmeta/export and opens one pull request', async () => {
    const repo = await repository();
    const omToken = 'om-jwt-never-logged';
    const om = await startFakeOpenMetadata(omToken);
    try {
      const db = database('warehouse', repo.db);
      const sc = schema(db, 'public');
      om.databases.push(db);
      om.schemas.push(sc);
      om.tables.push(table(sc, 'orders', [column('email', { description: 'From OpenMetadata' })], { description: 'Orders, as curated in OpenMetadata' }));
      const configFile = path.join(repo.dir, 'revmeta.yaml');
      const config = parse(await readFile(configFile, 'utf8')) as Record<string, unknown>;
      await writeFile(configFile, stringify({ ...config, openmetadata: { url: om.url, token: '${OM_TOKEN}' } }));
      const origin = path.join(root, `origin-${counter}.git`);
      await mkdir(origin);
      await git(origin, 'init', '--bare', '-b', 'main');
      await git(repo.dir, 'init', '-b', 'main');
      await git(repo.dir, 'remote', 'add', 'origin', origin);
      await git(repo.dir, 'add', '-A');
      await git(repo.dir, 'commit', '-m', 'manifests');
      await git(repo.dir, 'push', 'origin', 'main');

      const result = await runAction(repo, {
        command: 'export',
        event: 'workflow_dispatch',
        payload: {},
        env: { OM_TOKEN: omToken, GITHUB_REF_NAME: 'main', GITHUB_REF_TYPE: 'branch' },
      });
      expect(result.stderr + result.stdout).not.toContain('::error::');
      expect(result.code).toBe(0);
      expect(fake.pulls).toHaveLength(1);
      expect(fake.pulls[0]).toMatchObject({ head: { ref: 'revmeta/export' } });
      const exported = await git(origin, 'show', `revmeta/export:metadata/warehouse/${repo.db}/public.yaml`);
      expect(exported).toContain('description: Orders, as curated in OpenMetadata');
      expect(result.outputs['has-changes']).toBe('true');
      for (const text of [result.stdout, result.stderr, result.summary, JSON.stringify(fake.pulls)]) {
        expect(text.replaceAll(`::add-mask::${omToken}`, '')).not.toContain(omToken);
      }
      expectNoSecret(result);
    } finally {
      await om.close();
    }
  });

  it('target: openmetadata plans against OpenMetadata on the PR and writes the edits back to it on merge, leaving the sources alone', { timeout: 300_000 }, async () => {
    const repo = await repository();
    const omToken = 'om-jwt-never-logged';
    const om = await startFakeOpenMetadata(omToken);
    try {
      const db = database('warehouse', repo.db);
      const sc = schema(db, 'public');
      om.databases.push(db);
      om.schemas.push(sc);
      om.tables.push(table(sc, 'orders', [column('id'), column('email', { description: 'From OpenMetadata' })], { description: 'Orders, as curated in OpenMetadata' }));
      const configFile = path.join(repo.dir, 'revmeta.yaml');
      const config = parse(await readFile(configFile, 'utf8')) as Record<string, unknown>;
      await writeFile(configFile, stringify({ ...config, openmetadata: { url: om.url, token: '${OM_TOKEN}' } }));
      const env = { OM_TOKEN: omToken };
      const inputs = { target: 'openmetadata' };

      const planned = await runAction(repo, { command: 'plan', event: 'pull_request', payload: pullRequestEvent(21), inputs, env });
      expect(planned.stderr).toBe('');
      expect(planned.code).toBe(0);
      expect(om.patches()).toHaveLength(0);
      const body = fake.comments.get(21)![0]!.body;
      expect(body).toMatch(/^<!-- revmeta:plan config=revmeta\.yaml services=\* target=openmetadata fingerprint=sha256:[0-9a-f]{64} head=abcdef1234567890 status=ok [^\n]*-->\n### revmeta plan · revmeta\.yaml · → openmetadata/);
      expect(planned.outputs).toMatchObject({ 'has-changes': 'true', changes: '3', conflicts: '0' });

      fake.addPull({ number: 21, state: 'closed', merged_at: '2024-05-01T00:00:00Z', merge_commit_sha: 'merge22' });
      fake.commitPulls.set('merge22', [21]);
      const push = { ref: 'refs/heads/main', repository: { full_name: 'o/r', default_branch: 'main' } };

      // Someone edits the table in OpenMetadata after the plan: the reviewed change set no longer holds.
      const curated = om.tables[0]!.description;
      om.tables[0]!.description = 'Edited in OpenMetadata meanwhile';
      const drifted = await runAction(repo, { command: 'apply', event: 'push', payload: push, sha: 'merge22', inputs, env });
      expect(drifted.code).toBe(1);
      expect(drifted.stdout).toMatch(/^::error::Nothing applied: the changes planned now differ from the ones reviewed on pull request #21/m);
      expect(om.patches()).toHaveLength(0);
      om.tables[0]!.description = curated;
      const applied = await runAction(repo, { command: 'apply', event: 'push', payload: push, sha: 'merge22', inputs, env });
      expect(applied.stderr).toBe('');
      expect(applied.code).toBe(0);
      expect(applied.summary).toContain('**3 applied, 0 failed, 0 not run**');
      expect(fake.comments.get(21)![1]!.body.startsWith('<!-- revmeta:apply config=revmeta.yaml services=* target=openmetadata run=4242 -->')).toBe(true);
      expect(om.tables[0]).toMatchObject({ description: `Orders. The old replica password was ${PASSWORD}` });
      expect(om.databases[0]).toMatchObject({ description: 'Shop database' });
      // The source was not written: its comment is what the repository set up.
      const [orders] = await engine.query<{ d: string }>(repo.db, `SELECT obj_description('public.orders'::regclass, 'pg_class') d`);
      expect(orders!.d).toBe('old');

      const again = await runAction(repo, { command: 'plan', event: 'push', payload: push, sha: 'merge22', inputs, env });
      expect(again.code).toBe(0);
      expect(again.outputs).toMatchObject({ 'has-changes': 'false', changes: '0' });
      for (const result of [planned, drifted, applied, again]) {
        expectNoSecret(result);
        for (const text of [result.stdout, result.stderr, result.summary]) expect(text.replaceAll(`::add-mask::${omToken}`, '')).not.toContain(omToken);
      }
      expect(JSON.stringify(fake.requests)).not.toContain(omToken);
    } finally {
      await om.close();
    }
  });

  it('an invalid target input fails the step', async () => {
    const repo = await repository();
    const result = await runAction(repo, { command: 'plan', event: 'push', payload: {}, inputs: { target: 'snowflake' } });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('::error::input "target" must be one of sources, openmetadata (got "snowflake")');
  });

  it('an invalid manifest fails the step with an annotation on the file, and a secret in an error is masked', async () => {
    const repo = await repository();
    await writeFile(path.join(repo.dir, 'metadata', 'warehouse', 'broken.yaml'), 'apiVersion: revmeta/v1\nkind: Schema\nservice: warehouse\ndatabase: x\nname: y\ncolour: blue\n');
    const invalid = await runAction(repo, { command: 'plan', event: 'pull_request', payload: pullRequestEvent(9) });
    expect(invalid.code).toBe(1);
    expect(invalid.stdout).toMatch(/^::error title=Invalid revmeta configuration or manifests,file=metadata\/warehouse\/broken\.yaml,line=6,col=1::.*colour/m);
    // The plan comment says the plan failed (so no older plan is taken for this commit's).
    expect(fake.comments.get(9)).toHaveLength(1);
    expect(fake.comments.get(9)![0]!.body).toMatch(/^<!-- revmeta:plan config=revmeta\.yaml services=\* head=abcdef1234567890 status=failed -->\n[\s\S]*colour/);

    // A service whose host is made of the secret: the connection error names it, masked.
    const leaky = await repository();
    const config = path.join(leaky.dir, 'revmeta.yaml');
    await writeFile(config, (await readFile(config, 'utf8')).replace('host: replica.internal', 'host: ${PG_PASSWORD}.invalid'));
    await writeFile(path.join(leaky.dir, 'metadata', 'warehouse', 'replica.yaml'), stringify({ apiVersion: 'revmeta/v1', kind: 'Database', service: 'replica', name: 'x', description: 'y' }));
    const failed = await runAction(leaky, { command: 'plan', event: 'pull_request', payload: pullRequestEvent(9) });
    expect(failed.code).toBe(1);
    expect(failed.stdout).toMatch(/^::error::service "replica": could not read the catalog/m);
    expect(failed.stdout).toContain('***.invalid');
    expect(fake.comments.get(9)![0]!.body).toContain('***.invalid');
    expectNoSecret(failed);
  });

  // The bundle splits each driver into chunks of its own and has no node_modules beside it:
  // a driver that cannot load there (a CommonJS default export, __dirname, a native module)
  // only shows when a service of that type connects. Each one here fails to connect, clearly.
  const UNREACHABLE: Record<string, { connection: Record<string, unknown>; database?: string; error: RegExp }> = {
    athena: { connection: { region: 'us-east-1', endpoint: 'http://127.0.0.1:1', accessKeyId: 'AKIATEST', secretAccessKey: 'test-secret' }, database: 'AwsDataCatalog', error: /Glue GetDatabases failed: connect ECONNREFUSED/ },
    bigquery: { connection: { projectId: 'p1', apiEndpoint: 'http://127.0.0.1:1', accessToken: 'test-token' }, error: /ECONNREFUSED 127\.0\.0\.1:1/ },
    clickhouse: { connection: { url: 'http://127.0.0.1:1' }, error: /could not connect to ClickHouse .*ECONNREFUSED/ },
    databricks: { connection: { host: '127.0.0.1', port: 1, httpPath: '/sql/1.0/warehouses/x', token: 'test-token' }, error: /could not connect to Databricks .*ECONNREFUSED/ },
    mssql: { connection: { host: '127.0.0.1', port: 1, user: 'u', password: 'test-password' }, error: /could not connect to SQL Server .*ECONNREFUSED/ },
    mysql: { connection: { host: '127.0.0.1', port: 1, user: 'u' }, error: /could not connect to MySQL .*ECONNREFUSED/ },
    oracle: { connection: { host: '127.0.0.1', port: 1, serviceName: 'FREEPDB1', user: 'u', password: 'test-password' }, error: /could not connect to Oracle .*NJS-503/ },
    postgres: { connection: { host: '127.0.0.1', port: 1, user: 'u', database: 'd' }, error: /ECONNREFUSED/ },
    redshift: { connection: { host: '127.0.0.1', port: 1, user: 'u', database: 'd' }, error: /could not connect to Redshift .*ECONNREFUSED/ },
    snowflake: { connection: { account: 'acc', username: 'u', password: 'test-password', accessUrl: 'http://127.0.0.1:1' }, error: /could not connect to Snowflake .*ECONNREFUSED/ },
    unitycatalog: { connection: { host: '127.0.0.1', port: 1, httpPath: '/sql/1.0/warehouses/x', token: 'test-token' }, error: /could not connect to Unity Catalog .*ECONNREFUSED/ },
  };

  it.each(Object.keys(UNREACHABLE))('loads the %s driver from its chunk and reports an unreachable server clearly', async (type) => {
    const { connection, database: databaseName = 'd', error } = UNREACHABLE[type]!;
    const dir = await mkdtemp(path.join(root, `driver-${type}-`));
    await mkdir(path.join(dir, 'metadata', 'svc'), { recursive: true });
    await writeFile(path.join(dir, 'revmeta.yaml'), stringify({ version: 1, manifests: 'metadata', services: { svc: { type, connection: { ...connection, connectionRetries: 0 } } } }));
    await writeFile(
      path.join(dir, 'metadata', 'svc', 's.yaml'),
      stringify({ apiVersion: 'revmeta/v1', kind: 'Schema', service: 'svc', database: databaseName, name: 's', description: 'x' }),
    );
    const result = await runAction({ dir, db: databaseName, manifest: '' }, { command: 'plan', event: 'push', payload: {}, inputs: { comment: 'false' } });
    expect(result.code).toBe(1);
    const [failure] = result.stdout.split('\n').filter((line) => line.startsWith('::error::'));
    expect(failure).toMatch(/^::error::service "svc": could not read the catalog: /);
    expect(failure).toMatch(error);
    expect(failure).not.toMatch(/is not a constructor|is not defined|Cannot find (module|package)|ERR_MODULE|No loader/);
  });

  it('an invalid command input fails the step', async () => {
    const repo = await repository();
    const result = await runAction(repo, { command: 'destroy', event: 'push', payload: {} });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('::error::input "command" must be one of plan, apply, reconcile, export, validate (got "destroy")');
  });

  it('validate needs no secret and no token (a fork): an unset password is a notice, an error an annotation at its file, line and column', async () => {
    const repo = await repository();
    const fork = { event: 'pull_request', payload: pullRequestEvent(40), inputs: { 'github-token': '' }, unset: ['PG_PASSWORD'] };
    const valid = await runAction(repo, { command: 'validate', ...fork });
    expect(valid.code, valid.stdout).toBe(0);
    expect(valid.stdout).toMatch(/^::notice file=revmeta\.yaml,line=\d+,col=\d+::environment variable PG_PASSWORD is not set \(not needed here; commands that connect to service "replica" need it\)$/m);
    expect(valid.stdout).toContain('Valid: 2 service(s), 2 manifest file(s).');
    expect(valid.summary).toContain('### revmeta validate');
    expect(fake.requests).toEqual([]);

    await writeFile(path.join(repo.dir, 'metadata', 'warehouse', 'broken.yaml'), 'apiVersion: revmeta/v1\nkind: Schema\nservice: warehouse\ndatabase: x\nname: y\ncolour: blue\n');
    const invalid = await runAction(repo, { command: 'validate', ...fork });
    expect(invalid.code).toBe(1);
    expect(invalid.stdout).toMatch(/^::error title=Invalid revmeta configuration or manifests,file=metadata\/warehouse\/broken\.yaml,line=6,col=1::.*colour/m);
    expect(fake.requests).toEqual([]);
  });

  it('folds planning and the plan in log groups, and cuts a long plan in the log (the summary and plan-path have it whole)', async () => {
    const repo = await repository();
    const columns = Array.from({ length: 120 }, (_, index) => `c${index}`);
    await engine.exec(repo.db, `CREATE TABLE public.wide (${columns.map((name) => `${name} int`).join(', ')})`);
    const manifest = parse(await readFile(repo.manifest, 'utf8')) as { tables: Record<string, unknown> };
    manifest.tables['wide'] = { columns: Object.fromEntries(columns.map((name) => [name, { description: `Column ${name}` }])) };
    await writeFile(repo.manifest, stringify(manifest));
    const result = await runAction(repo, { command: 'plan', event: 'push', payload: {}, inputs: { comment: 'false' } });
    expect(result.code, result.stdout).toBe(0);
    const log = result.stdout;
    expect(log).toMatch(/::group::Planning\nReading warehouse \(postgres\)[^\n]*\nPlanned warehouse: 123 change\(s\)[^\n]*\n::endgroup::\nPlan: 123 changes[^\n]*\n::group::The plan \(\d+ lines\)\nPlan: 123 changes/);
    expect(log).toMatch(/\n… \d+ more line\(s\): the whole plan is in the job summary and in .*plan-[0-9a-f]{12}\.json \(the plan-path output\)\.\n::endgroup::/);
    expect(log).not.toContain('Column c119');
    expect(result.summary).toContain('Column c119');
  }, 240_000);

  it('a plan too large for one comment is posted as several; re-runs update those comments and retire the extra ones, never piling up more', async () => {
    const repo = await repository();
    // 12 tables of 100 described columns: about 200,000 characters of changes, 3 to 5 comments.
    const tables = Array.from({ length: 12 }, (_, index) => `wide_${index}`);
    const columns = Array.from({ length: 100 }, (_, index) => `c${index}`);
    await engine.exec(repo.db, tables.map((name) => `CREATE TABLE public.${name} (${columns.map((column) => `${column} int`).join(', ')});`).join('\n'));
    const small = await readFile(repo.manifest, 'utf8');
    const manifest = parse(small) as { tables: Record<string, unknown> };
    for (const name of tables) {
      manifest.tables[name] = { columns: Object.fromEntries(columns.map((column) => [column, { description: `What ${name}.${column} holds, in euros before tax, as the finance team reports it each month` }])) };
    }
    await writeFile(repo.manifest, stringify(manifest));
    const partMarker = (part: number) => `<!-- revmeta:plan config=revmeta.yaml services=* part=${part} -->\n`;
    const plan = () => runAction(repo, { command: 'plan', event: 'pull_request', payload: pullRequestEvent(31) });

    const first = await plan();
    expect(first.code, first.stdout).toBe(0);
    const posted = fake.comments.get(31)!;
    expect(posted.length).toBeGreaterThanOrEqual(3);
    expect(posted.length).toBeLessThanOrEqual(5);
    expect(posted[0]!.body.startsWith(PLAN_MARKER.replace(' -->', ' fingerprint=sha256:'))).toBe(true);
    expect(posted[0]!.body).toContain(`The changes continue in the next ${posted.length - 1} comment(s).`);
    // Every page within GitHub's limit, marked as its part, and together every change, each once, in order.
    const total = 3 + tables.length * columns.length;
    let next = 1;
    for (const [index, comment] of posted.entries()) {
      expect(comment.body.length).toBeLessThanOrEqual(65_536);
      if (index > 0) expect(comment.body.startsWith(`${partMarker(index + 1)}### revmeta plan · revmeta.yaml (part ${index + 1} of ${posted.length})`)).toBe(true);
      const range = /<summary>Changes (\d+)–(\d+) of (\d+)<\/summary>/.exec(comment.body)!;
      expect([Number(range[1]), Number(range[3])]).toEqual([next, total]);
      next = Number(range[2]) + 1;
    }
    expect(next).toBe(total + 1);
    expect(posted.at(-1)!.body).toContain(`warehouse · **table ${repo.db.replaceAll('_', '\\_')}.public.wide\\_11**`);
    expect(fake.requestsTo('POST', /comments$/)).toHaveLength(posted.length);
    const ids = posted.map((comment) => comment.id);

    // The same plan again: the same comments, nothing created.
    const again = await plan();
    expect(again.code, again.stdout).toBe(0);
    expect(fake.comments.get(31)!.map((comment) => comment.id)).toEqual(ids);
    expect(fake.requestsTo('POST', /comments$/)).toHaveLength(posted.length);

    // A small plan: the first comment shows it whole; the other pages are kept but say they are not used.
    await writeFile(repo.manifest, small);
    const shrunk = await plan();
    expect(shrunk.code, shrunk.stdout).toBe(0);
    const afterShrink = fake.comments.get(31)!;
    expect(afterShrink.map((comment) => comment.id)).toEqual(ids);
    expect(afterShrink[0]!.body).toContain('#### warehouse (postgres): 3 change(s)');
    expect(afterShrink[0]!.body).not.toContain('continue in the next');
    for (const [index, comment] of afterShrink.slice(1).entries()) {
      expect(comment.body).toBe(`${partMarker(index + 2)}### revmeta plan · revmeta.yaml (part ${index + 2})\n\nNot used: the latest plan, in the first plan comment, takes fewer comments.\n`);
    }
    expect(fake.requestsTo('POST', /comments$/)).toHaveLength(posted.length);

    // Large again: the retired pages are reused, still nothing created.
    await writeFile(repo.manifest, stringify(manifest));
    const grown = await plan();
    expect(grown.code, grown.stdout).toBe(0);
    expect(fake.comments.get(31)!.map((comment) => comment.id)).toEqual(ids);
    expect(fake.comments.get(31)!.every((comment) => !comment.body.includes('Not used'))).toBe(true);
    expect(fake.requestsTo('POST', /comments$/)).toHaveLength(posted.length);
    expectNoSecret(grown);
  }, 300_000);
});

// Each test runs the Action several times (plan on the PR, then apply on merge).
describe('apply on merge applies only what the pull request showed', { timeout: 600_000 }, () => {
  const PUSH = { ref: 'refs/heads/main', repository: { full_name: 'o/r', default_branch: 'main' } };
  const FINGERPRINT = /sha256:[0-9a-f]{64}/;

  const merged = (number: number) => mergedPullRequest(fake, number);

  async function descriptions(repo: Repo): Promise<{ table: string | null; email: string | null; database: string | null }> {
    const [row] = await engine.query<{ t: string | null; e: string | null; d: string | null }>(
      repo.db,
      `SELECT obj_description('public.orders'::regclass, 'pg_class') t, col_description('public.orders'::regclass, 2) e,
              shobj_description((SELECT oid FROM pg_database WHERE datname = current_database()), 'pg_database') d`,
    );
    return { table: row!.t, email: row!.e, database: row!.d };
  }

  const untouched = { table: 'old', email: null, database: null };

  function applyComment(number: number): string {
    const comment = (fake.comments.get(number) ?? []).find((c) => c.body.startsWith(APPLY_MARKER));
    expect(comment).toBeDefined();
    return comment!.body;
  }

  it('the plan comment carries the fingerprint, the head planned and the status; the apply on merge applies when the change set is the reviewed one', async () => {
    const repo = await repository();
    const planned = await runAction(repo, { command: 'plan', event: 'pull_request', payload: pullRequestEvent(31) });
    expect(planned.code).toBe(0);
    const body = fake.comments.get(31)![0]!.body;
    expect(body).toMatch(/^<!-- revmeta:plan config=revmeta\.yaml services=\* fingerprint=sha256:[0-9a-f]{64} head=abcdef1234567890 status=ok [^\n]*-->\n### revmeta plan · revmeta\.yaml/);
    const fingerprint = FINGERPRINT.exec(body)![0];
    expect(planned.summary).toContain(fingerprint);
    expect(planned.outputs.fingerprint).toBe(fingerprint);

    const applied = await runAction(repo, { command: 'apply', event: 'push', payload: PUSH, sha: merged(31) });
    expect(applied.stderr).toBe('');
    expect(applied.code).toBe(0);
    expect(applied.summary).toContain('**3 applied, 0 failed, 0 not run**');
    expect((await descriptions(repo)).email).toBe('Customer ``` e-mail </details>');
    expectNoSecret(applied);
  });

  it('refuses, applying nothing, when the source drifted after the plan comment, and says what differs and how to proceed', async () => {
    const repo = await repository();
    await runAction(repo, { command: 'plan', event: 'pull_request', payload: pullRequestEvent(32) });
    await engine.exec(repo.db, `COMMENT ON TABLE public.orders IS 'changed by hand'`);
    const result = await runAction(repo, { command: 'apply', event: 'push', payload: PUSH, sha: merged(32) });
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^::error::Nothing applied: the changes planned now differ from the ones reviewed on pull request #32/m);
    expect(await descriptions(repo)).toEqual({ ...untouched, table: 'changed by hand' });
    const body = applyComment(32);
    for (const text of [body, result.summary]) {
      expect(text).toContain('Nothing applied');
      // Names are escaped for markdown (the database name holds underscores).
      expect(text).toContain(`warehouse: table ${repo.db.replaceAll('_', '\\_')}.public.orders description: its value at the source changed since the plan (drift)`);
      expect(text).toContain('approve-fingerprint');
    }
    expect(result.summary).toContain(result.outputs.fingerprint!);
    expect(result.summary).toContain('#### warehouse (postgres): 3 change(s)');
    expectNoSecret(result);
  });

  it('refuses when the merged pull request has no plan comment, or only one written by someone else', async () => {
    const repo = await repository();
    const sha = merged(33);
    const none = await runAction(repo, { command: 'apply', event: 'push', payload: PUSH, sha });
    expect(none.code).toBe(1);
    expect(none.stdout).toMatch(/^::error::Nothing applied: pull request #33 has no revmeta plan comment for revmeta\.yaml/m);
    expect(applyComment(33)).toContain('has no revmeta plan comment');

    // A plan comment planted by another user, with the fingerprint of what would be applied now.
    await runAction(repo, { command: 'plan', event: 'pull_request', payload: pullRequestEvent(99) });
    const genuine = fake.comments.get(99)![0]!.body;
    fake.addComment(33, genuine);
    const planted = await runAction(repo, { command: 'apply', event: 'push', payload: PUSH, sha });
    expect(planted.code).toBe(1);
    expect(planted.stdout).toMatch(/^::error::Nothing applied: pull request #33 has no revmeta plan comment for revmeta\.yaml/m);
    expect(await descriptions(repo)).toEqual(untouched);

    // The bot's own comment from before comments carried a fingerprint: nothing to compare with.
    fake.addComment(33, `${PLAN_MARKER}\nan older plan`, BOT);
    const old = await runAction(repo, { command: 'apply', event: 'push', payload: PUSH, sha });
    expect(old.code).toBe(1);
    expect(old.stdout).toMatch(/^::error::Nothing applied: the plan comment of pull request #33 carries no change-set fingerprint/m);
    expect(await descriptions(repo)).toEqual(untouched);
  });

  it('refuses when the last plan run of the pull request failed', async () => {
    const repo = await repository();
    await runAction(repo, { command: 'plan', event: 'pull_request', payload: pullRequestEvent(34) });
    const good = await readFile(repo.manifest, 'utf8');
    await writeFile(repo.manifest, `${good}colour: blue\n`);
    const failed = await runAction(repo, { command: 'plan', event: 'pull_request', payload: pullRequestEvent(34) });
    expect(failed.code).toBe(1);
    const comments = fake.comments.get(34)!;
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body).toMatch(/^<!-- revmeta:plan config=revmeta\.yaml services=\* head=abcdef1234567890 status=failed -->\n/);
    expect(comments[0]!.body).toContain('The plan failed');
    // The author merges anyway, with the manifest as it was when the plan succeeded.
    await writeFile(repo.manifest, good);
    const result = await runAction(repo, { command: 'apply', event: 'push', payload: PUSH, sha: merged(34) });
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^::error::Nothing applied: the last plan run on pull request #34 failed/m);
    expect(applyComment(34)).toContain('the last plan run on pull request #34 failed');
    expect(await descriptions(repo)).toEqual(untouched);
  });

  it('a push with no pull request applies nothing unless apply-without-review says so; with nothing to apply it succeeds', async () => {
    const repo = await repository();
    const refused = await runAction(repo, { command: 'apply', event: 'push', payload: PUSH, sha: 'direct0' });
    expect(refused.code).toBe(1);
    expect(refused.stdout).toMatch(/^::error::Nothing applied: commit direct0 belongs to no merged pull request/m);
    expect(refused.summary).toContain('apply-without-review');
    expect(await descriptions(repo)).toEqual(untouched);

    const allowed = await runAction(repo, { command: 'apply', event: 'push', payload: PUSH, sha: 'direct0', inputs: { 'apply-without-review': 'true' } });
    expect(allowed.code).toBe(0);
    expect(allowed.summary).toContain('**3 applied, 0 failed, 0 not run**');
    expect((await descriptions(repo)).table).toBe(`Orders. The old replica password was ${PASSWORD}`);

    // Nothing left to apply: no review is needed for that.
    const empty = await runAction(repo, { command: 'apply', event: 'push', payload: PUSH, sha: 'direct1' });
    expect(empty.code).toBe(0);
    expect(empty.outputs).toMatchObject({ 'has-changes': 'false' });
  });

  it('an empty change set reviewed and empty now: nothing to apply, success', async () => {
    const repo = await repository();
    await runAction(repo, { command: 'apply', event: 'push', payload: PUSH, sha: 'direct2', inputs: { 'apply-without-review': 'true' } });
    const planned = await runAction(repo, { command: 'plan', event: 'pull_request', payload: pullRequestEvent(35) });
    expect(planned.outputs).toMatchObject({ 'has-changes': 'false' });
    expect(fake.comments.get(35)![0]!.body).toMatch(/status=ok/);
    const result = await runAction(repo, { command: 'apply', event: 'push', payload: PUSH, sha: merged(35) });
    expect(result.code).toBe(0);
    expect(result.stdout).not.toContain('::error::');
  });

  it('conflicts block the apply; allow-conflicts applies the rest and never an object in conflict', async () => {
    const repo = await repository();
    const manifest = parse(await readFile(repo.manifest, 'utf8')) as { tables: { orders: Record<string, unknown> } };
    manifest.tables.orders.owners = ['alice', 'bob'];
    await writeFile(repo.manifest, stringify(manifest));
    const planned = await runAction(repo, { command: 'plan', event: 'pull_request', payload: pullRequestEvent(36) });
    expect(planned.outputs).toMatchObject({ conflicts: '1' });
    expect(fake.comments.get(36)![0]!.body).toMatch(/status=conflicts/);
    const sha = merged(36);

    const blocked = await runAction(repo, { command: 'apply', event: 'push', payload: PUSH, sha });
    expect(blocked.code).toBe(1);
    expect(blocked.stdout).toMatch(/^::error::Nothing applied: 1 conflict\(s\) in the plan/m);
    expect(blocked.summary).toContain('allow-conflicts');
    expect(await descriptions(repo)).toEqual(untouched);

    const rest = await runAction(repo, { command: 'apply', event: 'push', payload: PUSH, sha, inputs: { 'allow-conflicts': 'true' } });
    expect(rest.code).toBe(1);
    expect(rest.stdout).toMatch(/^::error::1 conflict\(s\) were not applied/m);
    expect(await descriptions(repo)).toEqual({ ...untouched, database: 'Shop database' });
  });

  it('changed-only: the PR plan covers the objects the PR changed since its base, says so, and the apply on merge covers the same', async () => {
    const repo = await repository();
    await git(repo.dir, 'init', '-q');
    await git(repo.dir, 'add', '.');
    await git(repo.dir, '-c', 'commit.gpgsign=false', 'commit', '-q', '-m', 'base');
    const base = await git(repo.dir, 'rev-parse', 'HEAD');
    // The PR edits the table orders only; the database's description differs too, but is not the PR's.
    const edited = parse(await readFile(repo.manifest, 'utf8')) as { tables: { orders: { description: string } } };
    edited.tables.orders.description = 'Orders, one row each';
    await writeFile(repo.manifest, stringify(edited));
    await git(repo.dir, '-c', 'commit.gpgsign=false', 'commit', '-q', '-am', 'pr');
    const event = pullRequestEvent(51);
    const payload = { ...event, pull_request: { ...event.pull_request, base: { sha: base, repo: { full_name: 'o/r' } } } };

    const planned = await runAction(repo, { command: 'plan', event: 'pull_request', payload });
    expect(planned.code, planned.stdout).toBe(0);
    const body = fake.comments.get(51)![0]!.body;
    expect(body).toMatch(/^<!-- revmeta:plan [^\n]* scope=sha256:[0-9a-f]{64} -->/);
    expect(body).toContain('**2 changes (2 description set), 0 conflicts, 0 warnings**');
    expect(body).toContain(`Scoped to 1 object(s) changed since ${base.slice(0, 7)}; drift elsewhere is reported by the drift job.`);
    expect(planned.summary).toContain(`Scoped to 1 object(s) changed since ${base.slice(0, 7)}`);

    const sha = 'merge51';
    fake.addPull({ number: 51, state: 'closed', merged_at: '2024-05-01T00:00:00Z', merge_commit_sha: sha, head: { ref: 'feature-51', label: 'o:feature-51', sha: HEAD }, base: { ref: 'main', sha: base } });
    fake.commitPulls.set(sha, [51]);
    // A full plan on merge is not what was reviewed: refused, naming why.
    const full = await runAction(repo, { command: 'apply', event: 'push', payload: PUSH, sha, inputs: { 'changed-only': 'false' } });
    expect(full.code).not.toBe(0);
    expect(full.stdout).toContain('the plan reviewed on pull request #51 covered the objects its pull request changed, the plan made now covers every object');
    expect(await descriptions(repo)).toEqual(untouched);

    const applied = await runAction(repo, { command: 'apply', event: 'push', payload: PUSH, sha });
    expect(applied.code, applied.stdout).toBe(0);
    expect(applied.summary).toContain('**2 applied, 0 failed, 0 not run**');
    // The database's description was outside the PR: left for the drift job.
    expect(await descriptions(repo)).toEqual({ table: 'Orders, one row each', email: 'Customer ``` e-mail </details>', database: null });
  });

  it('workflow_dispatch with approve-fingerprint applies only the plan with that fingerprint', async () => {
    const repo = await repository();
    const shown = await runAction(repo, { command: 'plan', event: 'workflow_dispatch', payload: {} });
    const fingerprint = FINGERPRINT.exec(shown.summary)![0];
    const wrong = await runAction(repo, { command: 'apply', event: 'workflow_dispatch', payload: {}, inputs: { 'approve-fingerprint': `sha256:${'0'.repeat(64)}` } });
    expect(wrong.code).toBe(1);
    expect(wrong.stdout).toMatch(/^::error::Nothing applied: approve-fingerprint sha256:0{64} is not the fingerprint of the plan made now/m);
    expect(await descriptions(repo)).toEqual(untouched);

    const right = await runAction(repo, { command: 'apply', event: 'workflow_dispatch', payload: {}, inputs: { 'approve-fingerprint': fingerprint } });
    expect(right.code).toBe(0);
    expect(right.summary).toContain('**3 applied, 0 failed, 0 not run**');

    const invalid = await runAction(repo, { command: 'apply', event: 'workflow_dispatch', payload: {}, inputs: { 'approve-fingerprint': 'abc' } });
    expect(invalid.code).toBe(1);
    expect(invalid.stdout).toContain('::error::input "approve-fingerprint" must be sha256: and 64 hex digits');
  });
});
