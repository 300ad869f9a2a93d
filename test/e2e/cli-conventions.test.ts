/**
 * CLI conventions (issue 17 §2, §3): validate and --service need only the secrets they use,
 * --select that matches nothing, exit codes, --help, -v, --no-color, apply --format json and
 * progress off a terminal. On an embedded PostgreSQL (PGlite) in a temp folder: no server.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { runCli, writeWorkspace } from './cli.js';

const ENV = { REVMETA_CACHE_DIR: 'off' };

/** A workspace whose service `warehouse` is an embedded Postgres holding shop.public.orders(id, note). */
async function embeddedWorkspace(options: { owners?: string[]; extraService?: boolean } = {}): Promise<string> {
  const services: Record<string, unknown> = { warehouse: { type: 'postgres', connection: { embedded: '.revmeta/pgdata' } } };
  if (options.extraService) {
    services['other'] = { type: 'postgres', connection: { host: '127.0.0.1', port: 1, user: 'revmeta', password: '${OTHER_PASSWORD}' } };
  }
  const config = await writeWorkspace({
    config: { version: 1, services },
    manifests: {
      'warehouse/shop.yaml': [
        { apiVersion: 'revmeta/v1', kind: 'Database', service: 'warehouse', name: 'shop', description: 'The shop', ...(options.owners ? { owners: options.owners } : {}) },
        {
          apiVersion: 'revmeta/v1',
          kind: 'Schema',
          service: 'warehouse',
          database: 'shop',
          name: 'public',
          description: 'Public things',
          tables: { orders: { description: 'One row per order', columns: { id: { description: 'Surrogate key' } } } },
        },
      ],
    },
  });
  const dataDir = path.join(path.dirname(config), '.revmeta', 'pgdata');
  await mkdir(dataDir, { recursive: true });
  const server = await PGlite.create(dataDir);
  await server.exec('CREATE DATABASE shop');
  await server.close();
  const shop = await PGlite.create(dataDir, { database: 'shop' });
  await shop.exec('CREATE TABLE public.orders (id integer, note text)');
  await shop.close();
  return config;
}

describe('validate needs no secrets', () => {
  it('passes with unset variables in connections and openmetadata, noting each at its line', async () => {
    const config = await writeWorkspace({
      config: [
        'version: 1',
        'openmetadata: { url: "${OM_URL}", token: "${OM_TOKEN}" }',
        'services:',
        '  warehouse:',
        '    type: postgres',
        '    connection: { host: db, user: revmeta, password: "${PG_PASSWORD}" }',
        '',
      ].join('\n'),
      manifests: { 'warehouse/shop.yaml': [{ apiVersion: 'revmeta/v1', kind: 'Database', service: 'warehouse', name: 'shop', description: 'Shop' }] },
    });
    const run = await runCli(['validate', '-c', config], { env: ENV });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toBe('Valid: 1 service(s), 1 manifest file(s), 1 object(s).\n');
    expect(run.stderr).toContain(`Note: ${config}:6:54: environment variable PG_PASSWORD is not set (not needed here; commands that connect to service "warehouse" need it)`);
    expect(run.stderr).toContain(`Note: ${config}:2:22: environment variable OM_URL is not set`);
    expect(run.stderr).toContain('OM_TOKEN is not set');
    // plan connects, so there the variable is needed: an error at the same place.
    const planned = await runCli(['plan', '-c', config], { env: ENV });
    expect(planned.code).toBe(1);
    expect(planned.stderr).toContain(`${config}:6:54: environment variable PG_PASSWORD is not set\n`);
  });
});

describe('on an embedded Postgres', () => {
  let config = '';
  beforeAll(async () => {
    config = await embeddedWorkspace({ extraService: true });
  }, 120_000);

  it('plan --service warehouse does not need the secrets of another service', async () => {
    const run = await runCli(['plan', '-c', config, '--service', 'warehouse', '--detailed-exitcode'], { env: ENV });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(2);
    expect(run.stdout).toContain('Plan: 4 changes');
  }, 120_000);

  it('--select that matches nothing warns naming the glob and exits 4 without planning', async () => {
    const run = await runCli(['plan', '-c', config, '--service', 'warehouse', '--select', 'shop.pubic.*'], { env: ENV });
    expect(run.code).toBe(4);
    expect(run.stdout).not.toContain('No changes');
    expect(run.stderr).toContain('Warning: --select "shop.pubic.*" matches no object in the manifests of "warehouse"');
    expect(run.progress ?? '').toBe('');
    const reconciled = await runCli(['reconcile', '-c', config, '--service', 'warehouse', '--select', 'shop.public.orders', '--select', 'shop.nope'], { env: ENV });
    expect(reconciled.code).toBe(4);
    expect(reconciled.stderr).toContain('Warning: --select "shop.nope" matches no object');
    expect(reconciled.stderr).not.toContain('"shop.public.orders"');
  });

  it('--select takes an OpenMetadata FQN with the service in front, and "db.schema.*" includes the schema itself', async () => {
    const table = await runCli(['plan', '-c', config, '--service', 'warehouse', '--select', 'warehouse.shop.public.orders', '--format', 'json'], { env: ENV });
    expect(table.code, table.stderr).toBe(0);
    const changed = (JSON.parse(table.stdout) as { changes: Array<{ object: { kind: string } }> }).changes.map((change) => change.object.kind);
    expect(changed.sort()).toEqual(['column', 'table']);
    const schema = await runCli(['plan', '-c', config, '--service', 'warehouse', '--select', 'shop.public.*', '--format', 'json'], { env: ENV });
    const kinds = (JSON.parse(schema.stdout) as { changes: Array<{ object: { kind: string } }> }).changes.map((change) => change.object.kind);
    expect(kinds.sort()).toEqual(['column', 'schema', 'table']);
  });

  it('prints progress lines off a terminal: start and end of each service, with the elapsed time', async () => {
    const run = await runCli(['plan', '-c', config, '--service', 'warehouse'], { env: ENV });
    expect(run.progress).toMatch(/^\[\d+s\] Reading warehouse \(postgres\): 1 database\(s\)…\n\[\d+s\] Planned warehouse: 4 change\(s\), \d+ catalog queries\n$/);
  });

  it('apply --format json writes one document with a result per change, the plan going to stderr', async () => {
    const scratch = await embeddedWorkspace();
    const run = await runCli(['apply', '-c', scratch, '--auto-approve', '--format', 'json', '--select', 'shop.public.orders'], { env: ENV });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain('Plan: 2 changes');
    const document = JSON.parse(run.stdout);
    expect(document).toEqual({
      formatVersion: '1.0',
      summary: { applied: 2, failed: 0, notRun: 0, conflicts: 0 },
      results: [
        {
          service: 'warehouse',
          object: { kind: 'table', database: 'shop', schema: 'public', table: 'orders', relation: 'table' },
          field: 'description',
          action: 'set',
          before: null,
          after: 'One row per order',
          status: 'applied',
        },
        {
          service: 'warehouse',
          object: { kind: 'column', database: 'shop', schema: 'public', table: 'orders', column: 'id', relation: 'table' },
          field: 'description',
          action: 'set',
          before: null,
          after: 'Surrogate key',
          status: 'applied',
        },
      ],
      conflicts: [],
      // One transaction within the server's lock budget (apply splits bigger databases).
      transactions: [
        {
          service: 'warehouse',
          database: 'shop',
          index: 1,
          of: 1,
          status: 'committed',
          changes: 2,
          statements: 2,
          objects: 1,
          first: { kind: 'table', database: 'shop', schema: 'public', table: 'orders', relation: 'table' },
          last: { kind: 'table', database: 'shop', schema: 'public', table: 'orders', relation: 'table' },
        },
      ],
    });
    expect(run.progress).toMatch(/\[\d+s\] Applying warehouse\/shop: \d+\/\d+ statements\n/);
    // Nothing left: still one document, with no results.
    const again = await runCli(['apply', '-c', scratch, '--auto-approve', '--format', 'json', '--select', 'shop.public.orders'], { env: ENV });
    expect(again.code).toBe(0);
    expect(JSON.parse(again.stdout)).toMatchObject({ summary: { applied: 0, failed: 0, notRun: 0, conflicts: 0 }, results: [] });
  }, 120_000);

  it('colours the plan on a terminal only, never with --no-color (before or after the command) or NO_COLOR', async () => {
    const onTerminal = async (args: string[], env: Record<string, string> = {}) => {
      let stdout = '';
      const code = await main(['node', 'revmeta', ...args], {
        stdout: { write: (text) => void (stdout += text), isTTY: true },
        stderr: { write: () => undefined, isTTY: false },
        progress: { write: () => undefined, isTTY: false },
        env: { ...ENV, ...env },
        interactive: false,
        ask: async () => '',
      });
      expect(code).toBe(0);
      return stdout;
    };
    const ESC = '\u001b[';
    expect(await onTerminal(['plan', '-c', config, '--service', 'warehouse'])).toContain(ESC);
    expect(await onTerminal(['--no-color', 'plan', '-c', config, '--service', 'warehouse'])).not.toContain(ESC);
    expect(await onTerminal(['plan', '-c', config, '--service', 'warehouse', '--no-color'])).not.toContain(ESC);
    expect(await onTerminal(['plan', '-c', config, '--service', 'warehouse'], { NO_COLOR: '1' })).not.toContain(ESC);
  }, 120_000);

  it('exits 3 for conflicts, from plan, apply and reconcile, and 1 for errors', async () => {
    const conflicted = await embeddedWorkspace({ owners: ['alice', 'bob'] });
    const planned = await runCli(['plan', '-c', conflicted, '--detailed-exitcode'], { env: ENV });
    expect(planned.stdout).toContain('Conflicts (1), not applied:');
    expect(planned.code).toBe(3);
    for (const command of [['apply', '--auto-approve'], ['reconcile']]) {
      const run = await runCli([...command, '-c', conflicted], { env: ENV });
      expect(run.stderr).toContain('1 conflict(s) in the plan: nothing was applied.');
      expect(run.code).toBe(3);
    }
    const allowed = await runCli(['apply', '-c', conflicted, '--auto-approve', '--allow-conflicts'], { env: ENV });
    expect(allowed.stdout).toContain('1 conflict(s) were not applied');
    expect(allowed.code).toBe(3);
    const missing = await runCli(['plan', '-c', path.join(path.dirname(conflicted), 'nope.yaml')], { env: ENV });
    expect(missing.code).toBe(1);
  }, 120_000);
});

describe('help, version and colour', () => {
  it('--help lists the exit codes and the glob rules; each command shows an example', async () => {
    const help = await runCli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/Exit codes:\n {2}0 {2}success[\s\S]* {2}1 {2}error[\s\S]* {2}2 {2}plan --detailed-exitcode[\s\S]* {2}3 {2}conflicts[\s\S]* {2}4 {2}usage/);
    expect(help.stdout).toContain('"db.schema.*" names the schema itself and everything in it');
    expect(help.stdout).toContain('-v, --version');
    expect(help.stdout).toContain('--no-color');
    for (const command of ['validate', 'plan', 'apply', 'reconcile', 'import', 'export', 'comment']) {
      const run = await runCli([command, '--help']);
      expect(run.code, command).toBe(0);
      expect(run.stdout, command).toMatch(new RegExp(`Example:\\n {2}\\$ .*revmeta ${command}`));
    }
  });

  it('-v and --version print the version; an unknown option is a usage error (4)', async () => {
    for (const flag of ['-v', '--version']) expect(await runCli([flag])).toMatchObject({ code: 0, stdout: '0.1.0\n' });
    const wrong = await runCli(['plan', '--colour']);
    expect(wrong.code).toBe(4);
    expect(wrong.stderr).toContain("unknown option '--colour'");
  });

});
