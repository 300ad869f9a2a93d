/**
 * A connection password never appears in anything revmeta prints or writes: not with a
 * refused connection, not with a wrong password, not when everything works.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, writeWorkspace } from './cli.js';
import { postgres15Engine, useEngine } from './engines.js';

const PASSWORD = 'S3cret-Pa55-never-print';
const COMMANDS = [['validate'], ['plan'], ['plan', '--format', 'json'], ['plan', '--format', 'markdown'], ['apply', '--auto-approve'], ['reconcile']];

async function workspaceFor(connection: Record<string, unknown>, database = 'shop') {
  return writeWorkspace({
    config: { version: 1, services: { warehouse: { type: 'postgres', connection } } },
    manifests: {
      'warehouse/shop.yaml': [{ apiVersion: 'revmeta/v1', kind: 'Database', service: 'warehouse', name: database, description: 'Shop' }],
    },
  });
}

async function runEverything(config: string): Promise<string> {
  const env = { PG_PASSWORD: PASSWORD };
  let seen = '';
  for (const command of COMMANDS) {
    const run = await runCli([...command, '-c', config], { env });
    seen += run.stdout + run.stderr;
  }
  const planFile = path.join(path.dirname(config), 'plan.json');
  const saved = await runCli(['plan', '-c', config, '--out', planFile], { env });
  seen += saved.stdout + saved.stderr;
  if (saved.code === 0) {
    seen += await readFile(planFile, 'utf8');
    const applied = await runCli(['apply', planFile, '-c', config], { env });
    seen += applied.stdout + applied.stderr;
  }
  return seen;
}

describe('secrets', () => {
  it('are not printed when the connection is refused', async () => {
    const config = await workspaceFor({ host: '127.0.0.1', port: 1, user: 'revmeta', password: '${PG_PASSWORD}', connectionTimeoutMillis: 5000, connectionRetries: 0 });
    const seen = await runEverything(config);
    expect(seen).toContain('could not read the catalog');
    expect(seen).not.toContain(PASSWORD);
  });

  it('are masked even where a secret is echoed into an object name', async () => {
    // The host is made of the secret: any message naming the host must mask it.
    const config = await workspaceFor({ host: `${PASSWORD}.invalid`, user: 'revmeta', password: '${PG_PASSWORD}', connectionTimeoutMillis: 5000 });
    const seen = await runEverything(config);
    expect(seen).not.toContain(PASSWORD);
  });

  describe('on PostgreSQL 15', () => {
    const postgres = useEngine(postgres15Engine, undefined, async (engine) => {
      await engine.exec('postgres', `CREATE ROLE revmeta_login LOGIN PASSWORD '${PASSWORD}'`);
      await engine.createDatabase('shop');
    });

    it('are not printed with a wrong password', async ({ skip: skipTest }) => {
      if (postgres.skip) skipTest(postgres.skip);
      const port = (postgres.engine!.connection as { port: number }).port;
      const config = await workspaceFor({ host: '127.0.0.1', port, user: 'revmeta_login', password: `wrong-${'${PG_PASSWORD}'}` });
      const seen = await runEverything(config);
      expect(seen).toContain('password authentication failed');
      expect(seen).not.toContain(PASSWORD);
    });

    it('are not printed when everything works', async ({ skip: skipTest }) => {
      if (postgres.skip) skipTest(postgres.skip);
      const port = (postgres.engine!.connection as { port: number }).port;
      const config = await workspaceFor({ host: '127.0.0.1', port, user: 'revmeta_login', password: '${PG_PASSWORD}' });
      await postgres.engine!.exec('postgres', `ALTER DATABASE shop OWNER TO revmeta_login`);
      const seen = await runEverything(config);
      expect(seen).toContain('Apply complete');
      expect(seen).not.toContain(PASSWORD);
    });
  });
});

describe('a password in openmetadata.url', () => {
  it('is not printed when export fails', async () => {
    const { startFakeOpenMetadata } = await import('../openmetadata/fake-openmetadata.js');
    const om = await startFakeOpenMetadata();
    try {
      const url = om.url.replace('http://', 'http://admin:hunter2@');
      const config = await writeWorkspace({
        config: { version: 1, openmetadata: { url }, services: { warehouse: { type: 'postgres', connection: { host: '127.0.0.1', port: 1, user: 'revmeta' } } } },
        manifests: {},
      });
      const run = await runCli(['export', '-c', config]);
      expect(run.code).toBe(1);
      // The request reached the server (and was refused there: no token), named without user info.
      expect(run.stderr).toContain(`HTTP 401 Unauthorized): GET ${om.url}/v1/databases`);
      expect(run.stdout + run.stderr).not.toContain('hunter2');
    } finally {
      await om.close();
    }
  });
});

describe('the OpenMetadata token, with --target openmetadata', () => {
  const TOKEN = 'om-Tok3n-never-print';

  async function runTargetCommands(token: string, describeWith: string): Promise<{ seen: string; codes: number[] }> {
    const { startFakeOpenMetadata, database, schema, table, column } = await import('../openmetadata/fake-openmetadata.js');
    const om = await startFakeOpenMetadata(TOKEN);
    try {
      const db = database('warehouse', 'shop');
      const sc = schema(db, 'public');
      om.databases.push(db);
      om.schemas.push(sc);
      // The catalog itself echoes the token: whatever prints the value must mask it.
      om.tables.push(table(sc, 'orders', [column('id')], { description: describeWith }));
      const config = await writeWorkspace({
        config: {
          version: 1,
          openmetadata: { url: om.url, token: '${OM_TOKEN}' },
          services: { warehouse: { type: 'postgres', connection: { host: '127.0.0.1', port: 1, user: 'revmeta', connectionRetries: 0 } } },
        },
        manifests: {
          'warehouse/shop/public.yaml': [
            { apiVersion: 'revmeta/v1', kind: 'Schema', service: 'warehouse', database: 'shop', name: 'public', tables: { orders: { description: 'Orders' } } },
          ],
        },
      });
      const env = { OM_TOKEN: token };
      let seen = '';
      const codes: number[] = [];
      const planFile = path.join(path.dirname(config), 'plan.json');
      const commands = [...COMMANDS.filter(([name]) => name !== 'validate').map((command) => [...command, '--target', 'openmetadata']), ['plan', '--target', 'openmetadata', '--out', planFile]];
      for (const command of commands) {
        const run = await runCli([...command, '-c', config], { env });
        seen += run.stdout + run.stderr;
        codes.push(run.code);
      }
      const saved = await readFile(planFile, 'utf8').catch(() => '');
      seen += saved;
      if (saved) {
        const applied = await runCli(['apply', planFile, '-c', config], { env });
        seen += applied.stdout + applied.stderr;
      }
      return { seen, codes };
    } finally {
      await om.close();
    }
  }

  it('is not printed when everything works, even where the catalog echoes it', async () => {
    const { seen, codes } = await runTargetCommands(TOKEN, `Orders (${TOKEN})`);
    expect(codes.every((code) => code === 0)).toBe(true);
    expect(seen).toContain('Apply complete: 1 applied');
    expect(seen).toContain('Orders (***)');
    expect(seen).not.toContain(TOKEN);
  });

  it('is not printed when OpenMetadata refuses it', async () => {
    const wrong = `${TOKEN}-wrong`;
    const { seen, codes } = await runTargetCommands(wrong, 'Orders, old');
    expect(codes.every((code) => code === 1)).toBe(true);
    expect(seen).toContain('HTTP 401');
    expect(seen).not.toContain(wrong);
    expect(seen).not.toContain(TOKEN);
  });
});
