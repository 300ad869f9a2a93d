/**
 * examples/oracle through the CLI as a user runs it: `revmeta validate` accepts it with the
 * password in the environment, and names the variable when it is missing. And `revmeta plan`
 * against an Oracle listener that refuses the connection fails without printing the password.
 */
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli, writeWorkspace } from '../../e2e/cli.js';

const CONFIG = fileURLToPath(new URL('../../../examples/oracle/revmeta.yaml', import.meta.url));

describe('examples/oracle', () => {
  it('is valid with ORACLE_PASSWORD set', async () => {
    const run = await runCli(['validate', '-c', CONFIG], { env: { ORACLE_PASSWORD: 'Pa55-w0rd!' } });
    expect(run).toEqual({ code: 0, stdout: 'Valid: 1 service(s), 1 manifest file(s), 9 object(s).\n', stderr: '' });
  });

  it('names the missing variable', async () => {
    const run = await runCli(['plan', '-c', CONFIG], { env: {} });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/revmeta\.yaml:\d+:\d+: environment variable ORACLE_PASSWORD is not set/);
  });
});

async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe('oracle secrets at the CLI edge', () => {
  it('plan against a refused port fails naming the listener, never the password', async () => {
    const secret = 'Sup3r-S3cret!';
    const port = await closedPort();
    const config = await writeWorkspace({
      config: {
        version: 1,
        services: {
          crm: {
            type: 'oracle',
            connection: { connectString: `127.0.0.1:${port}/FREEPDB1`, user: 'revmeta', password: '${ORACLE_PASSWORD}', connectTimeout: 3, connectionRetries: 0 },
          },
        },
      },
      manifests: {
        'crm/default/sales.yaml': [{ apiVersion: 'revmeta/v1', kind: 'Schema', service: 'crm', database: 'default', name: 'sales', tables: { orders: { description: secret } } }],
      },
    });
    const run = await runCli(['plan', '-c', config], { env: { ORACLE_PASSWORD: secret } });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`could not connect to Oracle as revmeta@127.0.0.1:${port}/FREEPDB1: NJS-503`);
    expect(`${run.stdout}${run.stderr}`).not.toContain(secret);
  });
});
