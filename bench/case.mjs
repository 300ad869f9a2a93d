// One benchmark case in its own process, so its peak RSS is its own. Prints one JSON line.
// Usage: node bench/case.mjs <plan|apply|plan-changed-since|cli|action|load|load-steps|floor-yaml|floor-pglite-catalog|floor-pglite-apply> <args…>
// `cli <revmeta arguments…>` runs the command line itself (what a user runs), its output counted, not kept.
import { readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';

const [kind, ...args] = process.argv.slice(2);
const started = performance.now();
let extra = {};

if (kind === 'plan' || kind === 'apply') {
  const { loadWorkspace, planWorkspace } = await import('../dist/core/workspace.js');
  const { applyChanges } = await import('../dist/apply/apply.js');
  const { writePlanFile } = await import('../dist/core/plan-file.js');
  const [config, planOut] = args;
  // CPU time of the process so far (user + system): on a shared machine it says more than the wall time.
  const cpuMs = () => {
    const { user, system } = process.cpuUsage();
    return Math.round((user + system) / 1000);
  };
  const workspace = await loadWorkspace(config, process.env);
  const loadedMs = Math.round(performance.now() - started);
  const loadedCpuMs = cpuMs();
  const planned = await planWorkspace(workspace);
  const plannedMs = Math.round(performance.now() - started);
  const plannedCpuMs = cpuMs();
  const catalogQueries = [...planned.queries.values()].reduce((a, b) => a + b, 0);
  extra = { loadedMs, plannedMs, loadedCpuMs, plannedCpuMs, catalogQueries, changes: planned.plan.changes.length, statements: 0 };
  if (planOut) await writePlanFile(planOut, planned.plan);
  if (kind === 'apply') {
    const applyStarted = performance.now();
    const applyCpuStarted = cpuMs();
    const result = await applyChanges(planned.plan, planned.targets);
    // The apply phase alone: what `apply` adds to the plan.
    extra.appliedMs = Math.round(performance.now() - applyStarted);
    extra.applyCpuMs = cpuMs() - applyCpuStarted;
    extra.statements = planned.plan.statements.length;
    extra.applied = result.summary.applied;
    extra.failed = result.summary.failed;
    // The floor runs the same statements in the same transactions (psql, BEGIN/COMMIT blocks).
    extra.transactionStatements = (result.transactions ?? []).map((transaction) => transaction.statements);
  }
  await planned.close();
  extra.cpuMs = cpuMs();
} else if (kind === 'plan-changed-since') {
  // A pull request's plan: only the objects changed since a git ref are loaded, read and planned.
  const { loadWorkspace, planWorkspace } = await import('../dist/core/workspace.js');
  const importedMs = Math.round(performance.now() - started);
  const [config, ref] = args;
  const workspace = await loadWorkspace(config, process.env, undefined, {}, { changedSince: ref });
  const loadedMs = Math.round(performance.now() - started);
  const planned = await planWorkspace(workspace);
  const plannedMs = Math.round(performance.now() - started);
  const catalogQueries = [...planned.queries.values()].reduce((a, b) => a + b, 0);
  // CPU time too: on a shared machine the wall time says more about the neighbours.
  const { user, system } = process.cpuUsage();
  extra = { importedMs, loadedMs, plannedMs, cpuMs: Math.round((user + system) / 1000), catalogQueries, objects: planned.plan.scope?.objects.length ?? null, changes: planned.plan.changes.length };
  await planned.close();
} else if (kind === 'cli') {
  const { main } = await import('../dist/cli/main.js');
  let outputBytes = 0;
  let outputLines = 0;
  let errors = '';
  const stdout = { write: (text) => { outputBytes += text.length; for (const char of text) if (char === '\n') outputLines++; } };
  const stderr = { write: (text) => { errors = (errors + text).slice(-2000); } };
  // An apply's peak split at its first statement: before, planning (and the check of a saved plan);
  // after, the apply itself (RSS sampled while it runs, which a higher planning peak would hide).
  const phases = {};
  let sampler;
  const progress = {
    write: (text) => {
      if (sampler !== undefined || !text.startsWith('Applying ')) return;
      phases.peakBeforeApplyMB = Math.round(process.resourceUsage().maxRSS / 1024);
      phases.applyPeakRssMB = 0;
      const sample = () => (phases.applyPeakRssMB = Math.max(phases.applyPeakRssMB, Math.round(process.memoryUsage().rss / 2 ** 20)));
      sample();
      sampler = setInterval(sample, 250);
    },
    // A line every 500 statements: the first comes as the apply starts.
    isTTY: true,
  };
  const exitCode = await main([process.execPath, 'revmeta', ...args], { stdout, stderr, progress, env: process.env, interactive: false, ask: async () => '' });
  clearInterval(sampler);
  extra = { exitCode, outputBytes, outputLines, ...phases, ...(exitCode === 0 || exitCode === 2 ? {} : { errors }) };
} else if (kind === 'action') {
  // The GitHub Action in this process, as a runner runs it (INPUT_* variables, an event payload,
  // GITHUB_STEP_SUMMARY and GITHUB_OUTPUT files), with GitHub faked in memory and its comments
  // and pull requests kept in `state` between the plan run and the apply run.
  const [command, dir, state] = args;
  const { runAction } = await import('../dist/github/action.js');
  const github = JSON.parse(await readFile(state, 'utf8'));
  const runDir = path.join(path.dirname(state), `action-${command}`);
  await (await import('node:fs/promises')).mkdir(runDir, { recursive: true });
  const files = { event: path.join(runDir, 'event.json'), summary: path.join(runDir, 'summary.md'), output: path.join(runDir, 'output') };
  const pullRequest = { number: 1, head: { sha: github.head }, base: { sha: github.base } };
  await writeFile(files.event, JSON.stringify(command === 'plan' ? { number: 1, pull_request: pullRequest } : { ref: 'refs/heads/main' }));
  await writeFile(files.summary, '');
  await writeFile(files.output, '');
  Object.assign(process.env, {
    INPUT_COMMAND: command,
    INPUT_CONFIG: 'revmeta.yaml',
    'INPUT_GITHUB-TOKEN': 'ghs_bench',
    INPUT_COMMENT: 'true',
    // BENCH_ACTION_CHANGED_ONLY=1: scoped to what the pull request changed since its base (bench/run.mjs).
    'INPUT_CHANGED-ONLY': process.env.BENCH_ACTION_CHANGED_ONLY === '1' ? 'true' : 'false',
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: command === 'plan' ? 'pull_request' : 'push',
    GITHUB_EVENT_PATH: files.event,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_OUTPUT: files.output,
    GITHUB_REPOSITORY: 'bench/estate',
    GITHUB_RUN_ID: command === 'plan' ? '1' : '2',
    GITHUB_SHA: command === 'plan' ? github.head : github.merge,
    GITHUB_WORKSPACE: dir,
    RUNNER_TEMP: runDir,
  });
  process.chdir(dir);
  const requests = { list: 0, create: 0, update: 0 };
  const client = {
    rest: {
      issues: {
        listComments: async () => ((requests.list++), { data: github.comments }),
        createComment: async ({ body }) => {
          requests.create++;
          const comment = { id: github.comments.length + 1, body, user: { login: 'github-actions[bot]' }, html_url: `https://github.test/c/${github.comments.length + 1}` };
          github.comments.push(comment);
          return { data: comment };
        },
        updateComment: async ({ comment_id, body }) => {
          requests.update++;
          const comment = github.comments.find((entry) => entry.id === comment_id);
          comment.body = body;
          return { data: comment };
        },
      },
      repos: {
        listPullRequestsAssociatedWithCommit: async () => ({
          data: [{ number: 1, title: 'bench', html_url: 'https://github.test/pull/1', merged_at: '2026-12-07T00:00:00Z', merge_commit_sha: github.merge, head: { sha: github.head }, base: { sha: github.base } }],
        }),
      },
    },
    paginate: Object.assign(async (method, params) => (await method(params)).data, {
      iterator: async function* (method, params) {
        yield await method(params);
      },
    }),
  };
  // The step's log (core.info) is counted, not kept: the last line of stdout is this case's JSON.
  let logBytes = 0;
  const write = process.stdout.write.bind(process.stdout);
  process.stdout.write = (chunk) => ((logBytes += chunk.length), true);
  await runAction({ env: process.env, createClient: () => client });
  process.stdout.write = write;
  await writeFile(state, JSON.stringify(github));
  const outputs = await readFile(files.output, 'utf8');
  const summary = await readFile(files.summary, 'utf8');
  const output = (name) => new RegExp(`^${name}<<(\\S+)\n([\\s\\S]*?)\n\\1$`, 'm').exec(outputs)?.[2];
  const { user, system } = process.cpuUsage();
  extra = {
    exitCode: process.exitCode ?? 0,
    // CPU time (user + system): what a shared machine's load distorts far less than the wall time.
    cpuMs: Math.round((user + system) / 1000),
    changes: Number(output('changes')),
    fingerprint: output('fingerprint'),
    summaryBytes: Buffer.byteLength(summary),
    // A changed-only run that planned every object says why (e.g. too big to scope).
    ...(/Every object was planned: ([^\n]*)/.exec(summary) ? { everyObjectPlanned: /Every object was planned: ([^\n]*)/.exec(summary)[1] } : {}),
    ...(/Scoped to [^\n]*/.exec(summary) ? { scoped: /Scoped to [^\n]*/.exec(summary)[0] } : {}),
    commentChars: github.comments.map((comment) => comment.body.length),
    logBytes,
    requests,
  };
} else if (kind === 'load') {
  // Config and manifests only (validate's work): no connection is opened.
  const { loadWorkspace } = await import('../dist/core/workspace.js');
  const [config] = args;
  const workspace = await loadWorkspace(config, process.env);
  // A set bigger than one plan step is held as its index (its schemas are loaded per step): counted from it.
  extra = { objects: workspace.manifests.objects, heldWhole: workspace.manifests.whole !== undefined };
} else if (kind === 'load-steps') {
  // The manifests alone, then every plan step's schemas loaded as `plan` loads them (no connection):
  // CPU of the index pass and of the steps, and the characters of compiled cache JSON decoded.
  const { loadWorkspace, planSteps } = await import('../dist/core/workspace.js');
  const { stepObjectsOf } = await import('../dist/core/stepped.js');
  const [config] = args;
  const parse = JSON.parse;
  let decodedChars = 0;
  JSON.parse = (text, reviver) => ((decodedChars += text.length), parse(text, reviver));
  const cpuMs = () => {
    const { user, system } = process.cpuUsage();
    return Math.round((user + system) / 1000);
  };
  const stepObjects = stepObjectsOf(process.env);
  const workspace = await loadWorkspace(config, process.env, undefined, {}, stepObjects === undefined ? {} : { stepObjects });
  const set = workspace.manifests;
  const indexedCpuMs = cpuMs();
  const indexedDecodedChars = decodedChars;
  const indexedRssMB = Math.round(process.resourceUsage().maxRSS / 1024);
  let steps = 0;
  let tablesLoaded = 0;
  let mostDecodedInAStep = 0;
  for (const service of set.outline.services.values()) {
    for (const step of planSteps(service, stepObjects ?? 250_000, set.objectsIn, set.tableObjectsIn)) {
      const before = decodedChars;
      const loaded = await set.load(step);
      if (!loaded.ok) throw new Error(JSON.stringify(loaded.diagnostics.slice(0, 3)));
      for (const database of loaded.value.databases) for (const schema of database.children) tablesLoaded += schema.children.length;
      mostDecodedInAStep = Math.max(mostDecodedInAStep, decodedChars - before);
      steps++;
    }
  }
  JSON.parse = parse;
  extra = { objects: set.objects, heldWhole: set.whole !== undefined, steps, tablesLoaded, indexedCpuMs, cpuMs: cpuMs(), indexedRssMB, indexedDecodedChars, decodedChars, mostDecodedInAStep };
} else if (kind === 'floor-yaml') {
  // The floor's share of manifests: parse the same files with the yaml library.
  const [dir] = args;
  let documents = 0;
  for (const file of await listYaml(dir)) documents += parseAllDocuments(await readFile(file, 'utf8')).length;
  extra = { documents };
} else if (kind === 'floor-pglite-catalog' || kind === 'floor-pglite-apply') {
  const { PGlite } = await import('@electric-sql/pglite');
  const [dataDir, database, sqlFile] = args;
  const db = await PGlite.create(dataDir, { database });
  if (kind === 'floor-pglite-catalog') {
    const { CATALOG_QUERIES } = await import('../dist/connectors/postgres/introspect.js');
    for (const sql of CATALOG_QUERIES) await db.query(sql);
    extra = { catalogQueries: CATALOG_QUERIES.length };
  } else {
    // The file holds its own BEGIN/COMMIT blocks: the transactions revmeta's apply ran.
    const sql = await readFile(sqlFile, 'utf8');
    await db.exec(sql);
    extra = { statements: sql.split(';\n').length - 1 };
  }
  await db.close();
} else {
  throw new Error(`unknown case ${kind}`);
}

console.log(JSON.stringify({ wallMs: Math.round(performance.now() - started), maxRssMB: Math.round(process.resourceUsage().maxRSS / 1024), ...extra }));

async function listYaml(dir) {
  const out = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await listYaml(full)));
    else if (/\.ya?ml$/.test(entry.name)) out.push(full);
  }
  return out.sort();
}
