/**
 * Import prunes only what it positively read as absent, on Debian's ClickHouse 18.16: a user
 * whose `allow_databases` (users.xml; 18.16 has no GRANT) stops naming a database no longer
 * sees it in system.databases, and its manifest is kept with a warning; a dropped database or
 * table still loses its manifest. 18.16 restricts whole databases only, so a table hidden
 * inside a visible database cannot be set up here (the table path is tested as a drop).
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { connectors } from '../../src/connectors/index.js';
import { runImport } from '../../src/core/import.js';
import { loadConfig } from '../../src/manifest/config.js';
import { startClickHouse } from '../engines/clickhouse.js';
import { writeWorkspace } from './cli.js';

const engine = await startClickHouse();
const skip = 'skip' in engine ? engine.skip : undefined;
if (skip) console.warn(`skipping ClickHouse import tests: ${skip}`);
const server = 'skip' in engine ? undefined : engine;

async function query(sql: string, user = 'default', password = ''): Promise<string> {
  const url = `${server!.url}/?user=${encodeURIComponent(user)}&password=${encodeURIComponent(password)}`;
  const response = await fetch(url, { method: 'POST', body: sql });
  const text = await response.text();
  if (!response.ok) throw new Error(text);
  return text;
}

/** Lets `importer` into these databases, and waits until the server has reloaded it. */
async function allowImporter(databases: readonly string[]): Promise<void> {
  const folder = path.join(server!.root, 'users.d');
  await mkdir(folder, { recursive: true });
  const allowed = databases.map((name) => `<database>${name}</database>`).join('');
  await writeFile(
    path.join(folder, 'importer.xml'),
    `<?xml version="1.0"?><yandex><users><importer><password>importer-pw</password><networks><ip>127.0.0.1</ip></networks>` +
      `<profile>default</profile><quota>default</quota><allow_databases>${allowed}</allow_databases></importer></users></yandex>`,
  );
  const wanted = [...databases, 'system'].sort().join(',');
  for (let tries = 0; tries < 150; tries++) {
    const seen = await query('SELECT name FROM system.databases ORDER BY name', 'importer', 'importer-pw').catch(() => '');
    if (seen.trim().split('\n').sort().join(',') === wanted) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`the server did not reload users.d/importer.xml (${databases.join(', ')})`);
}

beforeAll(async () => {
  if (server === undefined) return;
  for (const name of ['open_db', 'locked_db', 'dropped_db']) {
    await query(`CREATE DATABASE ${name}`);
    await query(`CREATE TABLE ${name}.t (id UInt8 COMMENT 'id in ${name}') ENGINE = Memory`);
  }
  await query(`CREATE TABLE open_db.gone (id UInt8 COMMENT 'to be dropped') ENGINE = Memory`);
});
afterAll(async () => {
  await server?.stop();
});

it.skipIf(skip !== undefined)('keeps the manifest of a database the user may no longer see, and warns; prunes dropped ones', async () => {
  await allowImporter(['default', 'open_db', 'locked_db', 'dropped_db']);
  const configFile = await writeWorkspace({
    config: {
      version: 1,
      manifests: 'metadata',
      services: { events: { type: 'clickhouse', connection: { url: server!.url, username: 'importer', password: 'importer-pw' } } },
    },
    manifests: {},
  });
  const config = await loadConfig(configFile, {}, connectors);
  if (!config.ok) throw new Error(JSON.stringify(config.diagnostics));
  const workspace = { config: config.value, connectors };
  const folder = path.join(path.dirname(configFile), 'metadata', 'events');

  const first = await runImport(workspace);
  expect(first.result.written).toEqual(
    expect.arrayContaining(['events/default/locked_db.yaml', 'events/default/dropped_db.yaml', 'events/default/open_db.yaml']),
  );
  expect(first.summary.warnings).toEqual([]);
  const locked = await readFile(path.join(folder, 'default/locked_db.yaml'), 'utf8');
  expect(await readFile(path.join(folder, 'default/open_db.yaml'), 'utf8')).toContain('to be dropped');

  // dropped_db stays allowed: the server then answers UNKNOWN_DATABASE for it.
  await allowImporter(['default', 'open_db', 'dropped_db']);
  await query('DROP DATABASE dropped_db');
  await query('DROP TABLE open_db.gone');
  const second = await runImport(workspace);
  expect(second.result.removed).toEqual(['events/default/dropped_db.yaml']);
  expect(await readFile(path.join(folder, 'default/locked_db.yaml'), 'utf8')).toBe(locked);
  const open = await readFile(path.join(folder, 'default/open_db.yaml'), 'utf8');
  expect(open).toContain('id in open_db');
  expect(open).not.toContain('to be dropped');
  expect(second.summary.warnings).toEqual([
    'events default.locked_db: not listed, and the server has it, but the listing does not show it to this user; its manifests were kept as they are',
  ]);
}, 120_000);
