/**
 * The GitOps loop through the CLI: OpenMetadata → `revmeta export` → manifests → `revmeta
 * apply` on a real (embedded) Postgres → a second plan is empty. The token is never printed.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { classification, column, database, schema, startFakeOpenMetadata, table, team, type FakeOpenMetadata } from '../openmetadata/fake-openmetadata.js';
import { runCli, writeWorkspace } from './cli.js';
import { pgliteEngine, type TestEngine } from './engines.js';

const TOKEN = 'om-bot-jwt-never-printed';
let engine: TestEngine;
let om: FakeOpenMetadata;

beforeAll(async () => {
  engine = await pgliteEngine();
  await engine.createDatabase('shop');
  await engine.exec('shop', `CREATE ROLE data_platform; CREATE TABLE public.orders (id int, email text); COMMENT ON TABLE public.orders IS 'stale';`);
  om = await startFakeOpenMetadata(TOKEN);
  const db = database('warehouse', 'shop');
  const sc = schema(db, 'public', { description: 'Core tables' });
  om.databases.push(db);
  om.schemas.push(sc);
  om.tables.push(
    table(sc, 'orders', [column('id', { description: 'Surrogate key' }), column('email', { description: 'Customer e-mail', tags: [classification('PII.Sensitive')] })], {
      description: 'One row per order.\nRefunds are separate rows.\n',
      owners: [team('data-platform')],
    }),
  );
});
afterAll(async () => {
  await om.close();
  await engine.close();
});

it('exports OpenMetadata to manifests, applies them, and converges', async () => {
  const config = await writeWorkspace({
    config: {
      version: 1,
      openmetadata: { url: om.url, token: '${OM_TOKEN}' },
      services: { warehouse: { type: 'postgres', connection: engine.connection, owners: { map: { 'data-platform': 'data_platform' } } } },
    },
    manifests: {},
  });
  const env = { OM_TOKEN: TOKEN };
  const exported = await runCli(['export', '-c', config], { env });
  expect(exported.stderr).toBe('');
  expect(exported.code).toBe(0);
  expect(exported.stdout).toMatch(/^Exported 1 service, 1 database, 1 schema, 1 table, 2 columns: \d+ file\(s\) written/);
  const manifest = await readFile(path.join(path.dirname(config), 'metadata', 'warehouse', 'shop', 'public.yaml'), 'utf8');
  expect(manifest).toContain('owners: [data-platform]');
  expect(manifest).toContain('tags: [PII.Sensitive]');

  const applied = await runCli(['apply', '-c', config, '--auto-approve'], { env });
  expect(applied.code).toBe(0);
  expect(applied.stdout).toContain('Apply complete: 5 applied, 0 failed, 0 not run.');
  const [row] = await engine.query<{ d: string; o: string }>('shop', `SELECT obj_description('public.orders'::regclass, 'pg_class') d, pg_get_userbyid(relowner) o FROM pg_class WHERE relname = 'orders'`);
  expect(row).toEqual({ d: 'One row per order.\nRefunds are separate rows.\n', o: 'data_platform' });

  const again = await runCli(['plan', '-c', config, '--detailed-exitcode'], { env });
  expect(again.code).toBe(0);
  expect(again.stdout).toContain('No changes. The sources match the manifests.');
  const reexported = await runCli(['export', '-c', config], { env });
  expect(reexported.stdout).toMatch(/0 file\(s\) written/);
  for (const output of [exported, applied, again, reexported]) expect(output.stdout + output.stderr).not.toContain(TOKEN);
  expect(om.requests.every((request) => request.authorized)).toBe(true);
});
