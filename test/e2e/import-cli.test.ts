/** `revmeta import` through the CLI: adopt a live database, then plan finds nothing to do. */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { runCli, writeWorkspace } from './cli.js';
import { pgliteEngine, type TestEngine } from './engines.js';

let engine: TestEngine;

beforeAll(async () => {
  engine = await pgliteEngine();
  await engine.createDatabase('adopted');
  await engine.exec(
    'adopted',
    `CREATE ROLE sales_eng; CREATE SCHEMA sales AUTHORIZATION sales_eng;
     CREATE TABLE sales.orders (id int, email text);
     COMMENT ON SCHEMA sales IS 'Sales'; COMMENT ON TABLE sales.orders IS E'One row per order.\\nRefunds too.';
     COMMENT ON COLUMN sales.orders.email IS 'Customer e-mail';`,
  );
});
afterAll(async () => {
  await engine.close();
});

it('writes manifests on a first import (no manifests folder yet), after which plan is empty', async () => {
  const config = await writeWorkspace({
    config: { version: 1, services: { warehouse: { type: 'postgres', connection: engine.connection, owners: { map: { 'sales-engineering': 'sales_eng' } } } } },
    manifests: {},
  });
  const imported = await runCli(['import', '-c', config, '--database', 'adopted']);
  expect(imported.stderr).toBe('');
  expect(imported.code).toBe(0);
  expect(imported.stdout).toMatch(/^Imported 1 service, 1 database, \d+ schemas?, \d+ tables?, \d+ columns?: \d+ file\(s\) written, 0 unchanged, 0 removed/);
  const files = await readdir(path.join(path.dirname(config), 'metadata', 'warehouse', 'adopted'));
  expect(files).toContain('sales.yaml');
  // sales_eng is mapped; the database's owner is not: listed once, on stdout (a note, not a warning).
  expect(imported.stdout).toContain('Owners written under their source names');
  expect(imported.stdout).toContain('\n  warehouse: postgres\n');
  expect(imported.stdout).not.toContain('sales_eng');

  const planned = await runCli(['plan', '-c', config, '--detailed-exitcode']);
  expect(planned.stdout).toContain('No changes. The sources match the manifests.');
  expect(planned.code).toBe(0);

  const again = await runCli(['import', '-c', config, '--database', 'adopted']);
  expect(again.stdout).toMatch(/0 file\(s\) written, \d+ unchanged, 0 removed/);
});
