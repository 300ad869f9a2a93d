/**
 * Import prunes only what it positively read as absent: on PostgreSQL 15, a database the
 * importing role may no longer connect to (REVOKE CONNECT) keeps its manifests and is
 * named in a warning; a database that was dropped loses them.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { connectors } from '../../src/connectors/index.js';
import { runImport } from '../../src/core/import.js';
import { loadConfig } from '../../src/manifest/config.js';
import { writeWorkspace } from './cli.js';
import { postgres15Engine, type TestEngine } from './engines.js';

const started = await postgres15Engine();
const skip = 'skip' in started ? started.skip : undefined;
if (skip) console.warn(`skipping PostgreSQL 15 import tests: ${skip}`);
const engine = skip === undefined ? (started as TestEngine) : undefined;

beforeAll(async () => {
  if (engine === undefined) return;
  await engine.exec('postgres', `CREATE ROLE importer LOGIN PASSWORD 'importer-pw'`);
  for (const name of ['open_db', 'locked_db', 'dropped_db']) {
    await engine.createDatabase(name);
    await engine.exec(name, `CREATE TABLE public.t (id int); COMMENT ON TABLE public.t IS 'in ${name}'`);
  }
});
afterAll(async () => {
  await engine?.close();
});

it.skipIf(skip !== undefined)('keeps the manifests of a database it cannot read and warns; prunes a dropped one', async () => {
  const { port } = engine!.connection as { port: number };
  const configFile = await writeWorkspace({
    config: {
      version: 1,
      manifests: 'metadata',
      services: {
        warehouse: { type: 'postgres', connection: { host: '127.0.0.1', port, user: 'importer', password: 'importer-pw', database: 'open_db' } },
      },
    },
    manifests: {},
  });
  const config = await loadConfig(configFile, {}, connectors);
  if (!config.ok) throw new Error(JSON.stringify(config.diagnostics));
  const workspace = { config: config.value, connectors };
  const folder = path.join(path.dirname(configFile), 'metadata', 'warehouse');

  const first = await runImport(workspace);
  expect(first.result.written).toEqual(expect.arrayContaining(['warehouse/locked_db.yaml', 'warehouse/locked_db/public.yaml', 'warehouse/dropped_db.yaml']));
  const locked = await readFile(path.join(folder, 'locked_db/public.yaml'), 'utf8');

  await engine!.exec('postgres', 'REVOKE CONNECT ON DATABASE locked_db FROM PUBLIC');
  await engine!.exec('postgres', 'DROP DATABASE dropped_db');
  const second = await runImport(workspace);
  expect(second.result.removed).toEqual(['warehouse/dropped_db.yaml', 'warehouse/dropped_db/public.yaml']);
  expect(await readFile(path.join(folder, 'locked_db/public.yaml'), 'utf8')).toBe(locked);
  expect(await readdir(folder)).toContain('locked_db.yaml');
  expect(second.summary.warnings).toEqual([
    expect.stringMatching(/^warehouse locked_db: could not be read \(.*CONNECT.*\); its manifests were kept as they are$/),
  ]);
}, 120_000);
