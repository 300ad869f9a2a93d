// revmeta benchmark, export case: `revmeta export` of BENCH_TABLES tables × BENCH_COLUMNS
// columns (default 10,000 × 20) in 10 schemas, served by the fake OpenMetadata
// (test/openmetadata/fake-openmetadata.ts, run through tsx in a process of its own so its memory
// is not counted). The export runs in another process; prints one JSON line like the other
// cases: wall time, peak RSS, HTTP requests made. Target: under 10 s and 400 MB, with
// requests ≈ tables / page size (never one per table).
//
// Usage: node bench/export.mjs            (run by bench/run.mjs after a build)
// REVMETA_BENCH_DIST=<folder> measures a build other than dist/.
import { spawn } from 'node:child_process';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const TABLES = Number(process.env.BENCH_TABLES ?? 10_000);
const COLUMNS = Number(process.env.BENCH_COLUMNS ?? 20);
const SCHEMAS = Math.min(10, TABLES);
const PAGE_SIZE = 200; // the client's default
const TOKEN = 'bench-token';
const [mode, ...args] = process.argv.slice(2);

if (mode === 'serve') await serve();
else if (mode === 'export') await exportCase(args[0]);
else await main();

/** Orchestrates: the fake in one process, the export in another, one JSON line out. */
async function main() {
  const work = await mkdtemp(path.join(os.tmpdir(), 'revmeta-bench-export-'));
  process.stderr.write(`bench: export of ${TABLES} tables × ${COLUMNS} columns from the fake OpenMetadata in ${work}\n`);
  const server = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), 'serve'], {
    cwd: path.join(here, '..'),
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  try {
    const url = await firstLine(server.stdout);
    const config = path.join(work, 'revmeta.yaml');
    await writeFile(
      config,
      `version: 1\nopenmetadata: { url: "${url}", token: "${TOKEN}" }\nservices:\n  bench: { type: postgres, connection: { embedded: .revmeta/pgdata } }\n`,
    );
    const revmeta = await child(['export', config]);
    const served = JSON.parse(await stopServer(server));
    const files = (await readdir(path.join(work, 'metadata', 'bench', 'revmeta_bench'))).length;
    const requestTarget = SCHEMAS * Math.ceil(TABLES / SCHEMAS / PAGE_SIZE) + 2; // table pages + databases + schemas
    const pass = revmeta.wallMs < 10_000 && revmeta.maxRssMB < 400 && revmeta.requests <= requestTarget;
    console.log(
      JSON.stringify({
        case: 'export',
        engine: 'fake OpenMetadata',
        tables: TABLES,
        columns: TABLES * COLUMNS,
        node: process.version,
        cpus: os.cpus().length,
        revmeta: { ...revmeta, schemaFiles: files, requestsServed: served.requests },
        floor: null,
        ratio: null,
        target: `under 10 s and 400 MB; requests ≤ ${requestTarget} (tables / page size ${PAGE_SIZE}, + databases and schemas)`,
        pass,
      }),
    );
  } finally {
    if (server.exitCode === null) server.kill();
    await rm(work, { recursive: true, force: true });
  }
}

/** The fake OpenMetadata with one service, one database, SCHEMAS schemas of TABLES tables. */
async function serve() {
  const fake = await import('../test/openmetadata/fake-openmetadata.ts');
  const om = await fake.startFakeOpenMetadata(TOKEN);
  const db = fake.database('bench', 'revmeta_bench', { description: 'Bench database', owners: [fake.team('data-platform')] });
  om.databases.push(db);
  const schemas = Array.from({ length: SCHEMAS }, (_, s) => fake.schema(db, `s${s}`, { description: `Schema ${s}` }));
  om.schemas.push(...schemas);
  for (let t = 0; t < TABLES; t++) {
    const columns = Array.from({ length: COLUMNS }, (_, c) =>
      fake.column(`c${c}`, { description: `Column c${c} of t${t}`, tags: c % 5 === 0 ? [fake.classification('PII.Sensitive')] : [] }),
    );
    om.tables.push(
      fake.table(schemas[t % SCHEMAS], `t${t}`, columns, {
        description: `Table ${t}`,
        owners: [fake.team('data-platform')],
        tags: [fake.classification('Tier.Tier2')],
      }),
    );
  }
  process.stdout.write(`${om.url}\n`);
  process.stdin.resume();
  process.stdin.on('end', async () => {
    process.stdout.write(`${JSON.stringify({ requests: om.requests.length })}\n`);
    await om.close();
    process.exit(0);
  });
}

/** The export alone, in this process: its wall time, peak RSS and requests. */
async function exportCase(config) {
  const dist = process.env.REVMETA_BENCH_DIST ? pathToFileURL(`${path.resolve(process.env.REVMETA_BENCH_DIST)}/`) : new URL('../dist/', import.meta.url);
  const started = performance.now();
  const { loadConfig } = await import(new URL('manifest/config.js', dist).href);
  const { connectors } = await import(new URL('connectors/index.js', dist).href);
  const { runExport } = await import(new URL('core/export.js', dist).href);
  const loaded = await loadConfig(config, process.env, connectors);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.diagnostics));
  const run = await runExport(loaded.value);
  console.log(
    JSON.stringify({
      wallMs: Math.round(performance.now() - started),
      maxRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
      requests: run.counts.requests,
      retries: run.counts.retries,
      tablesRead: run.counts.tables,
      columnsRead: run.counts.columns,
      filesWritten: run.result.written.length,
    }),
  );
}

function child(caseArgs) {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, [fileURLToPath(import.meta.url), ...caseArgs], { stdio: ['ignore', 'pipe', 'inherit'], env: process.env });
    let out = '';
    proc.stdout.on('data', (chunk) => (out += chunk));
    proc.on('error', reject);
    proc.on('close', (code) => (code === 0 ? resolve(JSON.parse(out.trim().split('\n').at(-1))) : reject(new Error(`export case exited ${code}`))));
  });
}

function firstLine(stream) {
  return new Promise((resolve, reject) => {
    let text = '';
    const onData = (chunk) => {
      text += chunk;
      const newline = text.indexOf('\n');
      if (newline >= 0) {
        stream.off('data', onData);
        resolve(text.slice(0, newline));
      }
    };
    stream.on('data', onData);
    stream.on('end', () => reject(new Error('the fake OpenMetadata exited before serving')));
  });
}

function stopServer(server) {
  return new Promise((resolve) => {
    let text = '';
    server.stdout.on('data', (chunk) => (text += chunk));
    server.on('close', () => resolve(text.trim().split('\n').at(-1) ?? '{}'));
    server.stdin.end();
  });
}
