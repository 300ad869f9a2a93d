// revmeta benchmark (`npm run bench`): a catalog of BENCH_TABLES tables × BENCH_COLUMNS
// columns (default 10,000 × 20) in real PostgreSQL when REVMETA_BENCH_PG_URL is given, else
// in PGlite, with manifests describing all of it. Each case runs in its own process and
// prints one JSON line: revmeta's figures, a floor measured in the same run, and the ratio.
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
const here = path.dirname(fileURLToPath(import.meta.url));
const TABLES = Number(process.env.BENCH_TABLES ?? 10_000);
const COLUMNS = Number(process.env.BENCH_COLUMNS ?? 20);
const SCHEMAS = Math.min(10, TABLES);
const BIG_TABLES = Number(process.env.BENCH_BIG_TABLES ?? 50_000);
// Manifests of the largest scoped one-line change (0: skip it); the catalog stays BENCH_TABLES.
const LARGE_TABLES = Number(process.env.BENCH_LARGE_TABLES ?? 100_000);
const COLD_RUNS = Number(process.env.BENCH_COLD_RUNS ?? 3);
const DATABASE = 'revmeta_bench';
const url = process.env.REVMETA_BENCH_PG_URL;
// BENCH_SCALE=1: only the command-line cases at scale (run with BENCH_TABLES=100000): peak RSS of
// plan, plan --out, apply plan.json and the no-change plan after it, each against 1 GB.
// BENCH_SCALE_NO_CHANGES=1 with it: only the no-change plans (cold, then warm against the floor), after
// the rollout applied with psql (at 200,000 tables the whole scale run takes hours).
const SCALE = process.env.BENCH_SCALE === '1';
// BENCH_SCALE=action: the GitHub Action at scale instead (bench/case.mjs action, GitHub faked in
// process): the plan of a pull request, the apply on its merge, then the next pull request's plan.
const ACTION_SCALE = process.env.BENCH_SCALE === 'action';
// BENCH_ACTION_CHANGED_ONLY=1 (with BENCH_SCALE=action): the workspace is a git repository whose base
// commit lacks the manifests and the Action runs with `changed-only: true` (the pull request's base is
// that commit), as issue 16 wants on pull requests: a first rollout bigger than one plan step is "too
// big to scope" and planned in full. At 10,000 tables (one step) pass REVMETA_STEP_OBJECTS to see it.
const ACTION_CHANGED_ONLY = process.env.BENCH_ACTION_CHANGED_ONLY === '1';
// BENCH_SCALE_APPLY=psql: the scale cases apply the rollout with psql (transactions of 1,000
// statements, not measured) instead of `revmeta apply plan.json`, to measure the plans alone.
const SCALE_APPLY_WITH_PSQL = process.env.BENCH_SCALE_APPLY === 'psql';
const SCALE_RSS_MB = 1024;
// BENCH_SCALE=file: no engine; one big Schema file at a time (200,000 tables × 1 column, 20,000 × 20,
// about 21 MB each), indexed and then loaded a plan step at a time, with a cold and a warm cache.
const FILE_SCALE = process.env.BENCH_SCALE === 'file';
// BENCH_ONLY=apply: only the default apply case and its floor (no plan, export or cloud cases), to compare trees quickly.
const ONLY_APPLY = process.env.BENCH_ONLY === 'apply';
// BENCH_ONLY=changed-since: only the `plan --changed-since` one-line cases (at the bench size, 1k and BENCH_LARGE_TABLES).
const ONLY_CHANGED_SINCE = process.env.BENCH_ONLY === 'changed-since';

const work = await mkdtemp(path.join(os.tmpdir(), 'revmeta-bench-'));
const engine = FILE_SCALE ? null : url ? await serverEngine(url) : await pgliteEngine();
const meta = { engine: engine?.name ?? 'none', tables: TABLES, columns: TABLES * COLUMNS, node: process.version, cpus: os.cpus().length };
if (!FILE_SCALE) log(`setting up ${TABLES} tables × ${COLUMNS} columns on ${engine.name} in ${work}`);

try {
  if (FILE_SCALE) await fileCases();
  else {
    await engine.createCatalog();
    const config = await writeWorkspace(engine.connection);
    if (ACTION_SCALE) await actionCases(config);
    else if (SCALE) await scaleCases(config);
    else await defaultCases(config);
  }
} finally {
  await engine?.close();
  await rm(work, { recursive: true, force: true });
}

// 5. Export from OpenMetadata (the fake, in a process of its own): bench/export.mjs prints its line.
if (!SCALE && !ACTION_SCALE && !FILE_SCALE && !ONLY_APPLY && !ONLY_CHANGED_SINCE) {
  const exported = await run(process.execPath, [path.join(here, 'export.mjs')], { maxBuffer: 1 << 26, env: process.env });
  process.stdout.write(exported.stdout);
}

/** Cases 1–4: apply, no-change plans (warm and cold cache), a one-line change, one big schema. */
async function defaultCases(config) {
  if (ONLY_CHANGED_SINCE) {
    const first = path.join(work, 'metadata', 'bench', DATABASE, 's0.yaml');
    await writeFile(first, (await readFile(first, 'utf8')).replace('description: Column c0 of t0\n', 'description: Column c0 of t0, edited\n'));
    await changedSinceCases(config, first);
    return;
  }
  // 1. Apply of every column description, against psql -f of the same statements in the same
  // transactions (BEGIN/COMMIT blocks of the sizes revmeta's apply chose from the lock budget).
  const planFile = path.join(work, 'plan.json');
  const apply = await child('apply', config, planFile);
  const statements = await statementsOf(planFile);
  const sqlFile = path.join(work, 'statements.sql');
  await writeFile(sqlFile, inTransactions(statements, apply.transactionStatements));
  const applyFloor = await engine.applyFloor(sqlFile);
  report('apply', apply, applyFloor, { target: 'ratio ≤ 1.3', limit: 1.3 });
  if (ONLY_APPLY) return;

  // 2. Plan with no changes, against the catalog queries alone + parsing the manifests:
  // as a repeated run (compiled manifests cached by the earlier run) and from a cold cache.
  const plan = await child('plan', config);
  const catalog = await engine.catalogFloor();
  const yaml = await child('floor-yaml', path.join(work, 'metadata'));
  const planFloor = { wallMs: catalog.wallMs + yaml.wallMs, maxRssMB: Math.max(catalog.maxRssMB, yaml.maxRssMB), catalogQueries: catalog.catalogQueries };
  report('plan-no-changes', plan, planFloor, { target: 'ratio ≤ 1.5 and ≤ 600 MB', limit: 1.5, rssLimitMB: 600 });
  // Cold: a first run on a fresh machine, which parses every file and writes the cache.
  // Its peak RSS swings by a hundred MB from run to run with the garbage collector's timing
  // (parsing allocates ~20× the YAML's size in short-lived nodes), so it runs COLD_RUNS times
  // and reports the medians, every run listed.
  const coldRuns = [];
  for (let i = 0; i < COLD_RUNS; i++) coldRuns.push(await child('plan', config, '', { REVMETA_CACHE_DIR: path.join(work, `cold-cache-${i}`) }));
  const cold = { ...medianOf(coldRuns, ['wallMs', 'maxRssMB', 'loadedMs', 'plannedMs']), runs: coldRuns.map(({ wallMs, maxRssMB }) => ({ wallMs, maxRssMB })) };
  report('plan-no-changes-cold-cache', cold, planFloor, { target: 'ratio ≤ 1.5 and ≤ 600 MB', limit: 1.5, rssLimitMB: 600 });

  // 3. Plan of a one-line change: what a pull request costs.
  const first = path.join(work, 'metadata', 'bench', DATABASE, 's0.yaml');
  await writeFile(first, (await readFile(first, 'utf8')).replace('description: Column c0 of t0\n', 'description: Column c0 of t0, edited\n'));
  const oneLine = await child('plan', config);
  report('plan-one-line-change', oneLine, null, { target: 'under 3 s', absoluteMs: 3000 });

  // 3b. The same one-line change planned with --changed-since (what the Action does on a pull
  // request): at the bench size and at 1k tables, which should cost the same (flat in catalog size).
  await changedSinceCases(config, first);

  // 4. One schema of BIG_TABLES tables in a single file: loading must stay linear in the size of
  // one map (yaml's default duplicate-key check compares every key with every earlier one).
  const big = await writeBigSchema();
  const bigLoad = await child('load', big.config, { REVMETA_CACHE_DIR: 'off' });
  const bigFloor = await child('floor-yaml', big.folder);
  report('load-one-big-schema', { ...bigLoad, tables: BIG_TABLES, columns: BIG_TABLES * 5 }, bigFloor, { target: 'informational: linear in one big map (floor: yaml with its default pairwise duplicate-key check)' });
}

/** The command line at scale: a first rollout planned, saved, applied, then planned again (no changes). */
async function scaleCases(config) {
  const planFile = path.join(work, 'plan.json');
  const cache = { REVMETA_CACHE_DIR: path.join(work, 'scale-cache') };
  const rss = { target: `≤ ${SCALE_RSS_MB} MB peak RSS`, rssLimitMB: SCALE_RSS_MB };
  // BENCH_SCALE_APPLY=1: only what `apply plan.json` needs, with `validate` (which loads the manifests and
  // nothing else) for the part of a command's peak RSS that is the loaded manifests.
  const applyOnly = process.env.BENCH_SCALE_APPLY === '1';
  // BENCH_SCALE_NO_CHANGES=1: only the no-change plan and its floor, after a rollout applied with psql
  // (what a scheduled drift job costs; the other cases take an hour at 200,000 tables).
  if (process.env.BENCH_SCALE_NO_CHANGES === '1') {
    const sqlFile = path.join(work, 'rollout.sql');
    await writeFile(sqlFile, inTransactions(rolloutStatements(), null, 1000));
    log('applying the rollout with psql');
    await engine.applyFloor(sqlFile);
    await rm(sqlFile, { force: true });
    // The first no-change plan has a cold cache (a runner without one); the case after it, a warm one.
    report('scale-plan-no-changes-cold-cache', await cliCase(['plan', '-c', config, '--detailed-exitcode'], cache), null, rss);
    await noChangeCase(config, cache, rss);
    return;
  }
  if (!applyOnly) report('scale-plan-first-rollout', await cliCase(['plan', '-c', config], cache), null, rss);
  // `plan --out` with a cold manifest cache too (a CI job without one): the manifests' index pass and the plan file at once.
  if (!applyOnly) report('scale-plan-out-cold', await cliCase(['plan', '-c', config, '--out', planFile], { REVMETA_CACHE_DIR: path.join(work, 'scale-cache-cold') }), null, rss);
  report('scale-plan-out', await cliCase(['plan', '-c', config, '--out', planFile], cache), null, rss);
  const { size } = await import('node:fs/promises').then((fs) => fs.stat(planFile));
  if (SCALE_APPLY_WITH_PSQL) {
    const sqlFile = path.join(work, 'rollout.sql');
    await writeFile(sqlFile, inTransactions(rolloutStatements(), null, 1000));
    log(`applying the rollout with psql (plan file: ${Math.round(size / 2 ** 20)} MB)`);
    await engine.applyFloor(sqlFile);
  } else report('scale-apply-plan-file', { ...(await cliCase(['apply', '-c', config, planFile, '--auto-approve'], cache)), planFileMB: Math.round(size / 2 ** 20) }, null, rss);
  if (applyOnly) {
    report('scale-validate-manifests-only', await cliCase(['validate', '-c', config], cache), null, { target: 'informational: the loaded manifests alone' });
    return;
  }
  await noChangeCase(config, cache, rss);
}

/** `plan --detailed-exitcode` with nothing to change (warm cache, as a scheduled drift job's), against its floor. */
async function noChangeCase(config, cache, rss) {
  const noChanges = await cliCase(['plan', '-c', config, '--detailed-exitcode'], cache);
  const catalog = await engine.catalogFloor();
  const yaml = await child('floor-yaml', path.join(work, 'metadata'));
  const floor = { wallMs: catalog.wallMs + yaml.wallMs, maxRssMB: Math.max(catalog.maxRssMB, yaml.maxRssMB), catalogQueries: catalog.catalogQueries };
  report('scale-plan-no-changes', noChanges, floor, { target: `ratio ≤ 1.0 and ≤ ${SCALE_RSS_MB} MB`, limit: 1.0, rssLimitMB: SCALE_RSS_MB });
}

/**
 * One big Schema file (BENCH_SCALE=file), no connection: the manifests indexed, then every plan step's
 * schemas loaded as `plan` loads them (bench/case.mjs load-steps), with a cold cache and then warm.
 * The default step cuts a schema into groups of at most 2,000 tables: 100 groups of 200,000 tables.
 */
async function fileCases() {
  const shapes = (process.env.BENCH_FILE_SHAPES ?? '200000x1,20000x20').split(',').map((shape) => shape.split('x').map(Number));
  for (const [tables, columns] of shapes) {
    const dir = path.join(work, `file-${tables}x${columns}`);
    const folder = path.join(dir, 'metadata', 'one');
    await mkdir(folder, { recursive: true });
    const lines = ['apiVersion: revmeta/v1', 'kind: Schema', 'service: one', 'database: one', 'name: public', 'tables:'];
    for (let t = 0; t < tables; t++) {
      lines.push(`  t${t}:`, `    description: Table ${t}`, '    columns:');
      for (let c = 0; c < columns; c++) lines.push(`      c${c}:`, `        description: Column c${c} of t${t}`);
    }
    const text = `${lines.join('\n')}\n`;
    lines.length = 0;
    await writeFile(path.join(folder, 'public.yaml'), text);
    const config = path.join(dir, 'revmeta.yaml');
    await writeFile(config, 'version: 1\nservices:\n  one:\n    type: postgres\n    connection: {host: 127.0.0.1, user: revmeta, database: one}\n');
    const env = { NODE_OPTIONS: '', REVMETA_CACHE_DIR: path.join(dir, 'cache') };
    Object.assign(meta, { tables, columns: tables * columns });
    const fileMB = round(Buffer.byteLength(text) / 2 ** 20);
    for (const cache of ['cold', 'warm']) {
      log(`one file of ${tables} tables × ${columns} columns (${fileMB} MB), ${cache} cache`);
      report(`file-${tables}x${columns}-${cache}`, { ...(await child('load-steps', config, env)), fileMB }, null, { target: 'informational: memory and decoding per plan step, not per file' });
    }
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * The Action at scale, each run in its own process with node's default heap (as on a runner): the
 * plan of a pull request that adds every manifest (a first rollout, `changed-only: false`), the
 * apply on its merge (the reviewed fingerprint checked, then applied), and the plan after it.
 */
async function actionCases(config) {
  const dir = path.dirname(config);
  const state = path.join(work, 'github.json');
  const commits = ACTION_CHANGED_ONLY ? await rolloutCommits(dir) : { head: 'a'.repeat(40), base: 'b'.repeat(40) };
  await writeFile(state, JSON.stringify({ comments: [], ...commits, merge: 'c'.repeat(40) }));
  const rss = { target: `≤ ${SCALE_RSS_MB} MB peak RSS`, rssLimitMB: SCALE_RSS_MB };
  const env = { NODE_OPTIONS: '', REVMETA_CACHE_DIR: path.join(work, 'scale-cache'), ...(ACTION_CHANGED_ONLY ? { BENCH_ACTION_CHANGED_ONLY: '1' } : {}) };
  const suffix = ACTION_CHANGED_ONLY ? '-changed-only' : '';
  for (const [name, command] of [[`action-plan-first-rollout${suffix}`, 'plan'], [`action-apply-on-merge${suffix}`, 'apply'], [`action-plan-after${suffix}`, 'plan']]) {
    log(`the Action: ${command}`);
    report(name, await child('action', command, dir, state, env), null, rss);
    // The next pull request's plan comment is its own (the plan after the merge must not read the first one's).
    if (command === 'apply') await writeFile(state, JSON.stringify({ ...JSON.parse(await readFile(state, 'utf8')), comments: [] }));
  }
}

/**
 * The first rollout as a pull request in git: the base commit holds the config alone, the head
 * commit adds every manifest. Returns both commits (the fake pull request's base and head).
 */
async function rolloutCommits(dir) {
  const gitIn = (...args) => run('git', ['-c', 'user.name=bench', '-c', 'user.email=bench@example.com', '-c', 'commit.gpgsign=false', ...args], { cwd: dir });
  await writeFile(path.join(dir, '.gitignore'), 'cache/\nscale-cache/\naction-*/\n*.json\n*.sql\n');
  await gitIn('init', '-q');
  await gitIn('add', 'revmeta.yaml', '.gitignore');
  await gitIn('commit', '-q', '-m', 'config');
  const base = (await gitIn('rev-parse', 'HEAD')).stdout.trim();
  await gitIn('add', 'metadata');
  await gitIn('commit', '-q', '-m', 'first rollout');
  return { base, head: (await gitIn('rev-parse', 'HEAD')).stdout.trim() };
}

/** One revmeta command in a process of its own (bench/case.mjs cli), without the bench's bigger heap. */
async function cliCase(argv, env) {
  log(`revmeta ${argv.filter((arg) => !arg.startsWith(work)).join(" ")}`);
  const result = await child('cli', ...argv, { NODE_OPTIONS: '', ...env });
  if (result.errors) log(`${argv.join(' ')}: exit ${result.exitCode}: ${result.errors}`);
  return result;
}

/**
 * `plan --changed-since` of a one-line change, at the bench size, on a 1k-table workspace over
 * the same catalog (its first 1,000 tables), and on a 100k-table workspace (BENCH_LARGE_TABLES)
 * over the same catalog too: the scoped plan reads only the changed table (t0, which the catalog
 * holds), so the 100k manifests need no 100k catalog. Each workspace is a git repository whose
 * last commit lacks the edit. The three lines are printed; the target is ≤ 1 s and flat.
 */
async function changedSinceCases(config, edited) {
  const gitIn = (cwd, ...args) => run('git', ['-c', 'user.name=bench', '-c', 'user.email=bench@example.com', '-c', 'commit.gpgsign=false', ...args], { cwd });
  const commitAllBut = async (dir, file, edit) => {
    await writeFile(path.join(dir, '.gitignore'), 'cache/\ncold-cache-*/\nbig/\nsmall/\nlarge/\npgdata/\n*.json\n*.sql\n');
    await gitIn(dir, 'init', '-q');
    await gitIn(dir, 'add', '.');
    await gitIn(dir, 'commit', '-q', '-m', 'bench');
    await writeFile(file, edit(await readFile(file, 'utf8')));
  };
  // The bench workspace already holds the edit: commit the file as it was before it.
  const original = (text) => text.replace('description: Column c0 of t0, edited\n', 'description: Column c0 of t0\n');
  const editedText = await readFile(edited, 'utf8');
  await writeFile(edited, original(editedText));
  await commitAllBut(path.dirname(config), edited, () => editedText);
  const atSize = await child('plan-changed-since', config, 'HEAD');
  report('plan-one-line-change-changed-since', atSize, null, { target: 'under 1 s, flat in catalog size', absoluteMs: 1000 });

  const smallDir = path.join(work, 'small');
  const small = await writeWorkspace(engine.connection, { tables: Math.min(1000, TABLES), dir: smallDir });
  const smallFirst = path.join(smallDir, 'metadata', 'bench', DATABASE, 's0.yaml');
  await commitAllBut(smallDir, smallFirst, (text) => text.replace('description: Column c0 of t0\n', 'description: Column c0 of t0, edited\n'));
  const at1k = await child('plan-changed-since', small, 'HEAD');
  report('plan-one-line-change-changed-since-1k', { ...at1k, tables: Math.min(1000, TABLES) }, null, { target: 'under 1 s, the same as at the bench size', absoluteMs: 1000 });

  if (LARGE_TABLES <= 0) return;
  const largeDir = path.join(work, 'large');
  log(`writing ${LARGE_TABLES} tables of manifests for the scoped one-line change`);
  const large = await writeWorkspace(engine.connection, { tables: LARGE_TABLES, dir: largeDir });
  const largeFirst = path.join(largeDir, 'metadata', 'bench', DATABASE, 's0.yaml');
  await commitAllBut(largeDir, largeFirst, (text) => text.replace('description: Column c0 of t0\n', 'description: Column c0 of t0, edited\n'));
  const atLarge = await child('plan-changed-since', large, 'HEAD');
  report('plan-one-line-change-changed-since-100k', { ...atLarge, tables: LARGE_TABLES, catalogTables: TABLES }, null, { target: 'under 1 s, the same as at the bench size', absoluteMs: 1000 });
  await rm(largeDir, { recursive: true, force: true });
}

// 6. Cloud applies at their floor, per connector (injected latency): bench/cloud.mjs prints its lines.
if (!ONLY_APPLY && !ONLY_CHANGED_SINCE && !ACTION_SCALE && !FILE_SCALE && !SCALE) {
  const cloud = await run(process.execPath, [path.join(here, 'cloud.mjs')], { maxBuffer: 1 << 26, env: process.env });
  process.stdout.write(cloud.stdout);
}

function report(name, revmeta, floor, target) {
  const ratio = floor ? round(revmeta.wallMs / floor.wallMs) : null;
  let pass = true;
  if (target.limit !== undefined) pass &&= ratio !== null && ratio <= target.limit;
  if (target.rssLimitMB !== undefined) pass &&= revmeta.maxRssMB <= target.rssLimitMB;
  if (target.absoluteMs !== undefined) pass &&= revmeta.wallMs < target.absoluteMs;
  console.log(JSON.stringify({ case: name, ...meta, revmeta, floor, ratio, target: target.target, pass }));
}

async function child(kind, ...args) {
  const env = typeof args.at(-1) === 'object' ? args.pop() : {};
  const { stdout } = await run(process.execPath, [path.join(here, 'case.mjs'), kind, ...args], {
    maxBuffer: 1 << 26,
    // The manifest cache of this run only (see src/manifest/cache.ts).
    env: { ...process.env, REVMETA_CACHE_DIR: path.join(work, 'cache'), NODE_OPTIONS: '--max-old-space-size=4096', ...env },
  });
  return JSON.parse(stdout.trim().split('\n').at(-1));
}

async function statementsOf(planFile) {
  const plan = JSON.parse(await readFile(planFile, 'utf8'));
  // Plan format 2.0: each statement listed once (SQL ones carry their text).
  return plan.statements.map((statement) => statement.text);
}

/** One Schema manifest per schema, every column described; the database itself unmanaged. `tables`: the first so many. */
async function writeWorkspace(connection, { tables = TABLES, dir: root = work } = {}) {
  const dir = path.join(root, 'metadata', 'bench', DATABASE);
  await mkdir(dir, { recursive: true });
  for (let s = 0; s < SCHEMAS; s++) {
    const lines = ['apiVersion: revmeta/v1', 'kind: Schema', 'service: bench', `database: ${DATABASE}`, `name: s${s}`, 'tables:'];
    for (let t = s; t < tables; t += SCHEMAS) {
      lines.push(`  t${t}:`, `    description: Table ${t}`, '    columns:');
      for (let c = 0; c < COLUMNS; c++) lines.push(`      c${c}:`, `        description: Column c${c} of t${t}`);
    }
    await writeFile(path.join(dir, `s${s}.yaml`), `${lines.join('\n')}\n`);
  }
  const config = path.join(root, 'revmeta.yaml');
  await writeFile(config, `version: 1\nservices:\n  bench:\n    type: postgres\n    connection: ${JSON.stringify(connection)}\n`);
  return config;
}

/** One Schema manifest of BIG_TABLES tables × 5 columns, for a service that is never connected to. */
async function writeBigSchema() {
  const folder = path.join(work, 'big', 'metadata');
  await mkdir(path.join(folder, 'big'), { recursive: true });
  const lines = ['apiVersion: revmeta/v1', 'kind: Schema', 'service: big', 'database: big', 'name: public', 'tables:'];
  for (let t = 0; t < BIG_TABLES; t++) {
    lines.push(`  t${t}:`, `    description: Table ${t}`, '    columns:');
    for (let c = 0; c < 5; c++) lines.push(`      c${c}: {description: Column c${c} of t${t}}`);
  }
  await writeFile(path.join(folder, 'big', 'public.yaml'), `${lines.join('\n')}\n`);
  const config = path.join(work, 'big', 'revmeta.yaml');
  await writeFile(config, 'version: 1\nservices:\n  big:\n    type: postgres\n    connection: {host: 127.0.0.1, user: revmeta, database: big}\n');
  return { config, folder };
}

function ddl() {
  const out = [];
  for (let s = 0; s < SCHEMAS; s++) out.push(`CREATE SCHEMA s${s}`);
  const columns = Array.from({ length: COLUMNS }, (_, c) => `c${c} int`).join(', ');
  for (let t = 0; t < TABLES; t++) out.push(`CREATE TABLE s${t % SCHEMAS}.t${t} (${columns})`);
  return out;
}

async function serverEngine(connectionUrl) {
  const pg = (await import('pg')).default;
  const target = new URL(connectionUrl);
  const base = { host: target.hostname, port: Number(target.port || 5432), user: decodeURIComponent(target.username), password: decodeURIComponent(target.password) || undefined };
  const exec = async (database, sql) => {
    const client = new pg.Client({ ...base, database });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  const benchUrl = new URL(connectionUrl);
  benchUrl.pathname = `/${DATABASE}`;
  const timed = async (args) => {
    const { stderr } = await run('/usr/bin/time', ['-f', 'TIME %e %M', 'psql', '-X', '-q', '-v', 'ON_ERROR_STOP=1', ...args, benchUrl.toString()], { maxBuffer: 1 << 26 });
    const [, seconds, kb] = stderr.match(/TIME ([\d.]+) (\d+)/);
    return { wallMs: Math.round(Number(seconds) * 1000), maxRssMB: Math.round(Number(kb) / 1024) };
  };
  return {
    name: 'PostgreSQL (server)',
    connection: { ...base, database: DATABASE },
    async createCatalog() {
      await exec('postgres', `DROP DATABASE IF EXISTS ${DATABASE} WITH (FORCE)`);
      await exec('postgres', `CREATE DATABASE ${DATABASE}`);
      const statements = ddl();
      for (let i = 0; i < statements.length; i += 500) await exec(DATABASE, statements.slice(i, i + 500).join(';\n'));
    },
    applyFloor: (sqlFile) => timed(['-f', sqlFile]).then((r) => ({ ...r, statements: null })),
    async catalogFloor() {
      const { CATALOG_QUERIES } = await import('../dist/connectors/postgres/introspect.js');
      const file = path.join(work, 'catalog.sql');
      await writeFile(file, CATALOG_QUERIES.map((sql) => `${sql};\n`).join(''));
      return { ...(await timed(['-o', '/dev/null', '-f', file])), catalogQueries: CATALOG_QUERIES.length };
    },
    close: async () => {
      await exec('postgres', `DROP DATABASE IF EXISTS ${DATABASE} WITH (FORCE)`).catch(() => undefined);
    },
  };
}

async function pgliteEngine() {
  const { PGlite } = await import('@electric-sql/pglite');
  const dataDir = path.join(work, 'pgdata');
  await mkdir(dataDir, { recursive: true });
  return {
    name: 'PGlite',
    connection: { embedded: dataDir },
    async createCatalog() {
      const server = await PGlite.create(dataDir);
      await server.exec(`CREATE DATABASE ${DATABASE}`);
      await server.close();
      const db = await PGlite.create(dataDir, { database: DATABASE });
      const statements = ddl();
      for (let i = 0; i < statements.length; i += 500) await db.exec(statements.slice(i, i + 500).join(';\n'));
      await db.close();
    },
    applyFloor: (sqlFile) => child('floor-pglite-apply', dataDir, DATABASE, sqlFile),
    catalogFloor: () => child('floor-pglite-catalog', dataDir, DATABASE),
    close: async () => undefined,
  };
}

/** What the first rollout of `writeWorkspace`'s manifests sets: every table and column description. */
function rolloutStatements() {
  const out = [];
  for (let t = 0; t < TABLES; t++) {
    const table = `s${t % SCHEMAS}.t${t}`;
    out.push(`COMMENT ON TABLE ${table} IS 'Table ${t}'`);
    for (let c = 0; c < COLUMNS; c++) out.push(`COMMENT ON COLUMN ${table}.c${c} IS 'Column c${c} of t${t}'`);
  }
  return out;
}

/**
 * Statements as a psql script: consecutive BEGIN/COMMIT blocks of `sizes` statements (without
 * sizes, blocks of `blockSize`, by default one block).
 */
function inTransactions(statements, sizes, blockSize = statements.length) {
  const blocks = sizes && sizes.length > 0 ? sizes : Array.from({ length: Math.ceil(statements.length / blockSize) }, (_, i) => Math.min(blockSize, statements.length - i * blockSize));
  const out = [];
  let at = 0;
  for (const size of blocks) {
    // A loop, not a spread: one block of 210,000 statements is more arguments than a call takes.
    out.push('BEGIN;\n');
    for (const sql of statements.slice(at, at + size)) out.push(`${sql};\n`);
    out.push('COMMIT;\n');
    at += size;
  }
  if (at !== statements.length) throw new Error(`the apply's transactions hold ${at} statements, the plan ${statements.length}`);
  return out.join('');
}

/** The first run's figures with `keys` replaced by their medians over all runs. */
function medianOf(runs, keys) {
  const result = { ...runs[0] };
  for (const key of keys) {
    const sorted = runs.map((run) => run[key]).sort((a, b) => a - b);
    result[key] = sorted[Math.floor((sorted.length - 1) / 2)];
  }
  return result;
}

function round(n) {
  return Math.round(n * 100) / 100;
}

function log(message) {
  process.stderr.write(`bench: ${message}\n`);
}
