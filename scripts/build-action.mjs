/**
 * Bundles the GitHub Action (src/github/entry.ts) into action/dist/index.js with esbuild.
 * JavaScript actions run from the repository as checked out, with no `npm install`, so the
 * bundle is committed; it must therefore be byte-for-byte reproducible: no source maps, no
 * timestamps, no absolute paths, the same output for the same sources and lockfile.
 *
 *   node scripts/build-action.mjs                 write action/dist/
 *   node scripts/build-action.mjs --check         exit 1 if action/dist/ is not what the sources give
 *   node scripts/build-action.mjs --out-dir DIR   write the bundle into DIR instead (tests)
 *
 * The bytes do not depend on where the bundle is written: esbuild names sources relative
 * to the repository root (absWorkingDir).
 *
 * Layout constraints:
 * - The bundle sits two folders below the repository root, as src/manifest/schemas.ts does:
 *   it reads the JSON Schemas at `new URL('../../schemas/…', import.meta.url)`, which from
 *   action/dist/index.js is the repository's schemas/ folder.
 * - Drivers are loaded with `import()` and become chunks beside index.js (see splitting).
 * - PGlite (the embedded Postgres) loads its WebAssembly and data files next to its code
 *   (`new URL('./pglite.wasm', import.meta.url)`), so they are copied next to the bundle.
 */
import { copyFile, mkdir, mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT_DIR = path.join(root, 'action', 'dist');
const PGLITE_ASSETS = ['pglite.wasm', 'pglite.data', 'initdb.wasm'];

async function buildInto(outDir) {
  // Only our own folder is emptied first (a file dropped from the build must not linger there);
  // an --out-dir given by the caller is written into, never wiped.
  if (outDir === OUT_DIR) await rm(outDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });
  const result = await build({
    absWorkingDir: root,
    entryPoints: { index: 'src/github/entry.ts' },
    outdir: outDir,
    // Each connector's driver is a chunk of its own, loaded only when a service uses it; a
    // change to revmeta's code leaves the drivers' chunks (and their git blobs) unchanged.
    // Chunks sit beside index.js: code in them resolves `../../schemas` like the entry does.
    splitting: true,
    chunkNames: '[name]-[hash]',
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    // CommonJS dependencies read __dirname (@databricks/sql, snowflake-sdk), which an ES module
    // lacks: it becomes the folder of the chunk that reads it (Node 20.11+ has import.meta.dirname).
    define: { __dirname: 'import.meta.dirname', __filename: 'import.meta.filename' },
    // CommonJS dependencies (pg, ajv, …) call require() for Node built-ins, which an ES module lacks.
    banner: { js: "import { createRequire as __revmetaCreateRequire } from 'node:module';\nconst require = __revmetaCreateRequire(import.meta.url);" },
    // Optional native bindings, loaded inside try/catch only when asked for, and revmeta never
    // asks: pg's pg-native, and @databricks/sql's LZ4 result decoding (revmeta turns LZ4 off)
    // and its Rust kernel (revmeta uses the Thrift backend). A .node file cannot be bundled.
    external: ['pg-native', 'lz4-napi', '@databricks/databricks-sql-kernel-*', '*.node'],
    legalComments: 'eof',
    charset: 'utf8',
    sourcemap: false,
    minify: false,
    logLevel: 'warning',
    metafile: false,
  });
  if (result.errors.length > 0) throw new Error('esbuild failed');
  const pglite = path.join(root, 'node_modules', '@electric-sql', 'pglite', 'dist');
  for (const asset of PGLITE_ASSETS) await copyFile(path.join(pglite, asset), path.join(outDir, asset));
}

async function sameTree(a, b) {
  const [left, right] = await Promise.all([readdir(a), readdir(b).catch(() => [])]);
  if (left.sort().join('\n') !== right.sort().join('\n')) return false;
  for (const name of left) {
    const [x, y] = await Promise.all([readFile(path.join(a, name)), readFile(path.join(b, name))]);
    if (!x.equals(y)) return false;
  }
  return true;
}

await main(process.argv.slice(2));

async function main(args) {
  if (args.includes('--check')) {
    const scratch = await mkdtemp(path.join(os.tmpdir(), 'revmeta-action-'));
    try {
      await buildInto(scratch);
      if (await sameTree(scratch, OUT_DIR)) {
        console.log('action/dist is up to date.');
      } else {
        console.error('action/dist is out of date: run `node scripts/build-action.mjs` and commit action/dist.');
        process.exitCode = 1;
      }
    } finally {
      await rm(scratch, { recursive: true, force: true });
    }
    return;
  }
  const at = args.indexOf('--out-dir');
  const outDir = at >= 0 && args[at + 1] ? path.resolve(args[at + 1]) : OUT_DIR;
  await buildInto(outDir);
  const written = path.relative(root, path.join(outDir, 'index.js'));
  console.log(`Built ${written.startsWith('..') ? path.join(outDir, 'index.js') : written}`);
}
