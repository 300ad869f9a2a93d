/**
 * `revmeta import` and `revmeta export` in a git working tree: both refuse to run over
 * uncommitted changes in the manifests folder (exit 1, naming the files) unless `--force`,
 * and both print the files they wrote and removed. Import keeps a hand edit even with --force.
 */
import { execFile } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { column, database, schema, startFakeOpenMetadata, table, type FakeOpenMetadata } from '../openmetadata/fake-openmetadata.js';
import { runCli, writeWorkspace } from './cli.js';
import { pgliteEngine, type TestEngine } from './engines.js';

const run = promisify(execFile);
let engine: TestEngine;
let om: FakeOpenMetadata;

beforeAll(async () => {
  engine = await pgliteEngine();
  await engine.createDatabase('shop');
  await engine.exec('shop', `CREATE TABLE public.orders (id int); COMMENT ON COLUMN public.orders.id IS 'Surrogate key'`);
  om = await startFakeOpenMetadata('token');
  const db = database('lake', 'events');
  const sc = schema(db, 'raw', { description: 'Raw events' });
  om.databases.push(db);
  om.schemas.push(sc);
  om.tables.push(table(sc, 'clicks', [column('at', { description: 'When' })]));
});
afterAll(async () => {
  await om?.close();
  await engine?.close();
});

async function git(dir: string, ...args: string[]): Promise<string> {
  const { stdout } = await run('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { cwd: dir });
  return stdout;
}

it('refuses to import or export over uncommitted manifest changes unless --force, and lists what it changed', async () => {
  const config = await writeWorkspace({
    config: {
      version: 1,
      openmetadata: { url: om.url, token: 'token' },
      services: { warehouse: { type: 'postgres', connection: engine.connection }, lake: { type: 'postgres', connection: engine.connection } },
    },
    manifests: {},
  });
  const dir = path.dirname(config);
  await git(dir, 'init', '-q');

  // Not yet committed: a first import writes into a folder with nothing to lose.
  const first = await runCli(['import', '-c', config, '--service', 'warehouse', '--database', 'shop']);
  expect(first.stderr).toBe('');
  expect(first.code).toBe(0);
  expect(first.stdout).toContain('  wrote   warehouse/shop.yaml\n  wrote   warehouse/shop/public.yaml\n');
  await git(dir, 'add', '-A');
  await git(dir, 'commit', '-qm', 'import');

  // A hand edit, not committed: both commands refuse, naming the file; nothing changes.
  const file = path.join(dir, 'metadata', 'warehouse', 'shop', 'public.yaml');
  const edited = (await readFile(file, 'utf8')).replace('Surrogate key', 'Hand edit');
  await writeFile(file, edited);
  for (const args of [['import', '--service', 'warehouse'], ['export', '--service', 'lake']]) {
    const refused = await runCli([...args, '-c', config]);
    expect(refused.code, args[0]).toBe(1);
    expect(refused.stderr, args[0]).toContain('uncommitted changes');
    expect(refused.stderr, args[0]).toContain('metadata/warehouse/shop/public.yaml');
    expect(refused.stderr, args[0]).toContain('--force');
  }
  expect(await readFile(file, 'utf8')).toBe(edited);
  expect(await git(dir, 'status', '--porcelain')).toBe(' M metadata/warehouse/shop/public.yaml\n');

  // --force: import keeps the hand edit and reports it; export writes its service and says so.
  const forced = await runCli(['import', '-c', config, '--service', 'warehouse', '--database', 'shop', '--force']);
  expect(forced.code).toBe(0);
  expect(await readFile(file, 'utf8')).toBe(edited);
  expect(forced.stdout).toContain('warehouse shop.public.orders.id: kept description "Hand edit" (the source has "Surrogate key")');
  const exported = await runCli(['export', '-c', config, '--service', 'lake', '--force']);
  expect(exported.code).toBe(0);
  expect(exported.stdout).toContain('  wrote   lake/events.yaml\n  wrote   lake/events/raw.yaml\n');
  expect(await readFile(file, 'utf8')).toBe(edited);
}, 120_000);
