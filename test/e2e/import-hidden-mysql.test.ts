/**
 * Import prunes only what it positively read as absent, on Debian's MariaDB 10.11: SCHEMATA,
 * TABLES and COLUMNS list only what the importing user holds a privilege on, so a MySQL
 * database (revmeta schema), a table or a column whose privileges were revoked keeps its
 * manifest entry and is named in a warning, while a dropped one still loses it.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { createConnection, type Connection } from 'mysql2/promise';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { connectors } from '../../src/connectors/index.js';
import { runImport } from '../../src/core/import.js';
import { loadConfig } from '../../src/manifest/config.js';
import { startMariaDb } from '../engines/mariadb.js';
import { writeWorkspace } from './cli.js';

const engine = await startMariaDb();
const skip = 'skip' in engine ? engine.skip : undefined;
if (skip) console.warn(`skipping MariaDB import tests: ${skip}`);
const port = 'port' in engine ? engine.port : 0;
let root: Connection | undefined;

async function asRoot(...statements: string[]): Promise<void> {
  for (const sql of statements) await root!.query(sql);
}

beforeAll(async () => {
  if (skip !== undefined) return;
  root = await createConnection({ host: '127.0.0.1', port, user: 'root' });
  await asRoot(
    "CREATE USER importer@'%' IDENTIFIED BY 'importer-pw'",
    ...['open_db', 'part_db', 'locked_db', 'dropped_db'].flatMap((name) => [
      `CREATE DATABASE ${name}`,
      `GRANT SELECT ON ${name}.* TO importer@'%'`,
    ]),
    "CREATE TABLE open_db.kept (id int COMMENT 'kept id', old int COMMENT 'column to be dropped') COMMENT 'stays'",
    "CREATE TABLE open_db.gone (id int) COMMENT 'to be dropped'",
    "CREATE TABLE part_db.granted (id int COMMENT 'granted column', secret int COMMENT 'column grant revoked') COMMENT 'still granted'",
    "CREATE TABLE part_db.hidden (id int COMMENT 'hidden id') COMMENT 'grant revoked'",
    "CREATE TABLE locked_db.t (id int) COMMENT 'in locked_db'",
    "CREATE TABLE dropped_db.t (id int) COMMENT 'in dropped_db'",
  );
});
afterAll(async () => {
  await root?.end();
  if (!('skip' in engine)) await engine.stop();
});

it.skipIf(skip !== undefined)('keeps the manifests of a database and a table the user may no longer see, and warns; prunes dropped ones', async () => {
  const configFile = await writeWorkspace({
    config: {
      version: 1,
      manifests: 'metadata',
      services: {
        shop: { type: 'mysql', connection: { host: '127.0.0.1', port: String(port), user: 'importer', password: 'importer-pw' } },
      },
    },
    manifests: {},
  });
  const config = await loadConfig(configFile, {}, connectors);
  if (!config.ok) throw new Error(JSON.stringify(config.diagnostics));
  const workspace = { config: config.value, connectors };
  const folder = path.join(path.dirname(configFile), 'metadata', 'shop');

  const first = await runImport(workspace);
  expect(first.result.written).toEqual(
    expect.arrayContaining(['shop/default/locked_db.yaml', 'shop/default/part_db.yaml', 'shop/default/dropped_db.yaml', 'shop/default/open_db.yaml']),
  );
  expect(first.summary.warnings).toEqual([]);
  const locked = await readFile(path.join(folder, 'default/locked_db.yaml'), 'utf8');
  const part = await readFile(path.join(folder, 'default/part_db.yaml'), 'utf8');
  expect(part).toContain('grant revoked');

  await asRoot(
    "REVOKE SELECT ON locked_db.* FROM importer@'%'",
    // Only one table of part_db stays visible: the other is hidden, not dropped.
    "REVOKE SELECT ON part_db.* FROM importer@'%'",
    // ... and of that table, only one column: the other is hidden too.
    "GRANT SELECT (id) ON part_db.granted TO importer@'%'",
    // The grant on dropped_db outlives the database, so the server answers "Unknown database".
    'DROP DATABASE dropped_db',
    'DROP TABLE open_db.gone',
    'ALTER TABLE open_db.kept DROP COLUMN old',
  );
  const second = await runImport(workspace);
  expect(second.result.removed).toEqual(['shop/default/dropped_db.yaml']);
  expect(await readFile(path.join(folder, 'default/locked_db.yaml'), 'utf8')).toBe(locked);
  expect(await readFile(path.join(folder, 'default/part_db.yaml'), 'utf8')).toBe(part);
  const open = await readFile(path.join(folder, 'default/open_db.yaml'), 'utf8');
  expect(open).toContain('stays');
  expect(open).not.toContain('gone');
  expect(open).toContain('kept id');
  expect(open).not.toContain('column to be dropped');
  expect(second.summary.warnings).toEqual([
    expect.stringMatching(/^shop default\.locked_db: not listed, and the user may not see it \(ERROR 1044 .*\); its manifests were kept as they are$/),
    expect.stringMatching(/^shop default\.part_db\.granted\.secret: not listed, and the user may see only some columns of `part_db`\.`granted` \(column-level grants, or none\), so revmeta cannot tell a dropped column from a hidden one; its entry in the manifests was kept as it is$/),
    expect.stringMatching(/^shop default\.part_db\.hidden: not listed, and the user may not see it \(ERROR 1142 .*\); its entry in the manifests was kept as it is$/),
  ]);
}, 120_000);
