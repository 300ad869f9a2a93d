/**
 * examples/mssql through the CLI as a user runs it: `revmeta validate` accepts it with the
 * password in the environment, and names the variable when it is missing. And `revmeta plan`
 * against a SQL Server that refuses the connection fails without printing the password.
 */
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli, writeWorkspace } from '../../e2e/cli.js';

const CONFIG = fileURLToPath(new URL('../../../examples/mssql/revmeta.yaml', import.meta.url));

describe('examples/mssql', () => {
  it('is valid with MSSQL_PASSWORD set', async () => {
    const run = await runCli(['validate', '-c', CONFIG], { env: { MSSQL_PASSWORD: 'Pa55-w0rd!' } });
    expect(run).toEqual({ code: 0, stdout: 'Valid: 1 service(s), 3 manifest file(s), 13 object(s).\n', stderr: '' });
  });

  it('names the missing variable', async () => {
    const run = await runCli(['plan', '-c', CONFIG], { env: {} });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/revmeta\.yaml:\d+:\d+: environment variable MSSQL_PASSWORD is not set/);
  });
});

async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe('mssql secrets at the CLI edge', () => {
  it('plan against a refused port fails naming the server, never the password', async () => {
    const secret = 'Sup3r-S3cret!';
    const port = await closedPort();
    const config = await writeWorkspace({
      config: {
        version: 1,
        services: {
          erp: {
            type: 'mssql',
            connection: { host: '127.0.0.1', port, user: 'revmeta', password: '${MSSQL_PASSWORD}', connectTimeout: 3000, connectionRetries: 0 },
          },
        },
      },
      manifests: { 'erp/Sales.yaml': [{ apiVersion: 'revmeta/v1', kind: 'Database', service: 'erp', name: 'Sales', description: secret }] },
    });
    const run = await runCli(['plan', '-c', config], { env: { MSSQL_PASSWORD: secret } });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`could not connect to SQL Server as revmeta@127.0.0.1:${port}/master`);
    expect(run.stderr).toContain('ECONNREFUSED');
    expect(`${run.stdout}${run.stderr}`).not.toContain(secret);
  });
});
