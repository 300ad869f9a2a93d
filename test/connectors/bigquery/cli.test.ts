/**
 * `type: bigquery` end to end through the CLI and the real client against the fake REST
 * server: validate, plan to a file, apply exactly that plan, plan again (nothing to do),
 * refuse a saved plan whose labels moved meanwhile, and never print the token.
 * Also: the shipped example validates.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { statementBody, statementText, type PlannedStatement } from '../../../src/model/change.js';
import { runCli, writeWorkspace } from '../../e2e/cli.js';
import { startFakeBigQuery, type FakeBigQuery } from './fake/server.js';

const PROJECT = 'acme-analytics';
const TOKEN = 'ya29.fake-token-never-print-me';

let fake: FakeBigQuery;
let seen = '';

beforeEach(async () => {
  fake = await startFakeBigQuery({ token: TOKEN });
  fake.catalog.addDataset(PROJECT, 'sales', { labels: { team: 'finance' } });
  fake.catalog.addTable(PROJECT, 'sales', 'orders', {
    fields: [
      { name: 'id', type: 'INT64' },
      { name: 'customer', type: 'RECORD', fields: [{ name: 'email', type: 'STRING' }] },
    ],
  });
  fake.catalog.addTable(PROJECT, 'sales', 'orders_by_day', { type: 'VIEW', fields: [{ name: 'day', type: 'DATE' }] });
  seen = '';
});

afterEach(async () => {
  await fake.stop();
  expect(seen).not.toContain(TOKEN);
});

async function cli(args: string[]) {
  const run = await runCli(args, { env: { BQ_TOKEN: TOKEN } });
  seen += run.stdout + run.stderr;
  return run;
}

async function workspace(): Promise<string> {
  return writeWorkspace({
    config: {
      version: 1,
      services: {
        analytics: {
          type: 'bigquery',
          connection: { projectId: PROJECT, apiEndpoint: fake.url, accessToken: '${BQ_TOKEN}', connectionRetries: 0 },
          tags: { managed: ['PII', 'Tier'] },
        },
      },
    },
    manifests: {
      'analytics/acme-analytics.yaml': [{ apiVersion: 'revmeta/v1', kind: 'Database', service: 'analytics', name: PROJECT }],
      'analytics/acme-analytics/sales.yaml': [
        {
          apiVersion: 'revmeta/v1',
          kind: 'Schema',
          service: 'analytics',
          database: PROJECT,
          name: 'sales',
          description: "Orders and customers, it's nightly",
          tags: ['Tier.Tier1'],
          tables: {
            orders: {
              description: 'One row per order.\nRefunds are separate rows.',
              tags: ['PII.Sensitive'],
              columns: { id: { description: 'Surrogate key' }, customer: { columns: { email: { description: 'Customer e-mail' } } } },
            },
            orders_by_day: { description: 'Per day', columns: { day: { description: 'Order date' } } },
          },
        },
      ],
    },
  });
}

describe('bigquery through the CLI', () => {
  it('validates, plans to a file, applies exactly that plan, and then has nothing to do', async () => {
    const config = await workspace();
    expect((await cli(['validate', '-c', config])).code).toBe(0);
    const planFile = path.join(path.dirname(config), 'plan.json');
    const planned = await cli(['plan', '-c', config, '--out', planFile, '--detailed-exitcode']);
    expect(planned.code).toBe(2);
    const plan = JSON.parse(await readFile(planFile, 'utf8')) as { changes: { statements: number[] }[]; statements: PlannedStatement[] };
    // SQL as SQL, labels and the nested schema as typed patch requests.
    // The table's description and label travel in its tables.patch: one request for the table.
    expect(plan.statements.map((statement) => statement.kind)).toEqual(['bigquery.datasets.patch', 'bigquery.tables.patch', 'sql', 'sql']);
    expect(plan.statements.map((statement) => statementText(statementBody(statement)))).toEqual([
      'PATCH projects/acme-analytics/datasets/sales {"description":"Orders and customers, it\'s nightly","labels":{"tier":"tier1"}}',
      'PATCH projects/acme-analytics/datasets/sales/tables/orders (If-Match: "1") {"description":"One row per order.\\nRefunds are separate rows.","labels":{"pii":"sensitive"},"schema":{"fields":[{"description":"Surrogate key","name":"id","type":"INT64"},' +
        '{"fields":[{"description":"Customer e-mail","name":"email","type":"STRING"}],"name":"customer","type":"RECORD"}]}}',
      "ALTER VIEW `acme-analytics`.`sales`.`orders_by_day` SET OPTIONS (description = 'Per day')",
      "ALTER VIEW `acme-analytics`.`sales`.`orders_by_day` ALTER COLUMN `day` SET OPTIONS (description = 'Order date')",
    ]);
    const applied = await cli(['apply', planFile, '-c', config]);
    expect(applied.stderr).toBe('');
    expect(applied.code).toBe(0);
    // The statements ran as the plan shows them, and nothing else was written.
    const writes = fake.requests.filter((request) => request.method === 'PATCH' || /^ALTER/.test(request.query ?? ''));
    expect(writes.map((request) => request.query ?? `PATCH ${JSON.stringify(request.body)}`)).toHaveLength(4);
    expect(fake.catalog.dataset(PROJECT, 'sales').labels).toEqual({ team: 'finance', tier: 'tier1' });
    expect(fake.catalog.table(PROJECT, 'sales', 'orders').fields[1]!.fields![0]!.description).toBe('Customer e-mail');
    const again = await cli(['plan', '-c', config, '--detailed-exitcode']);
    expect(again.code).toBe(0);
  });

  it('refuses a saved plan when a label changed meanwhile (the plan saw other labels than the source has)', async () => {
    const config = await workspace();
    const planFile = path.join(path.dirname(config), 'plan.json');
    expect((await cli(['plan', '-c', config, '--out', planFile])).code).toBe(0);
    fake.catalog.dataset(PROJECT, 'sales').labels.team = 'marketing';
    const applied = await cli(['apply', planFile, '-c', config]);
    expect(applied.code).toBe(1);
    expect(applied.stderr).toContain('the live state of service "analytics" changed since the plan was made');
    expect(fake.catalog.dataset(PROJECT, 'sales').description).toBeUndefined();
  });

  it('imports what BigQuery holds as manifests that plan back to nothing', async () => {
    const sales = fake.catalog.dataset(PROJECT, 'sales');
    sales.description = 'Sales, as BigQuery has it';
    const orders = fake.catalog.table(PROJECT, 'sales', 'orders');
    orders.labels = { pii: 'sensitive' };
    orders.fields[1]!.fields![0]!.description = "The customer's e-mail";
    const config = await writeWorkspace({
      config: {
        version: 1,
        services: { analytics: { type: 'bigquery', connection: { projectId: PROJECT, apiEndpoint: fake.url, accessToken: '${BQ_TOKEN}', connectionRetries: 0 } } },
      },
      manifests: {},
    });
    const imported = await cli(['import', '-c', config]);
    expect(imported.code).toBe(0);
    const manifest = await readFile(path.join(path.dirname(config), 'metadata/analytics/acme-analytics/sales.yaml'), 'utf8');
    expect(manifest).toContain('Sales, as BigQuery has it');
    expect(manifest).toContain("The customer's e-mail");
    expect((await cli(['plan', '-c', config, '--detailed-exitcode'])).code).toBe(0);
  });

  it('says why it cannot connect, without the token', async () => {
    const config = await workspace();
    const run = await runCli(['plan', '-c', config], { env: { BQ_TOKEN: `${TOKEN}-wrong` } });
    seen += run.stdout + run.stderr;
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('HTTP 401');
    expect(run.stderr).not.toContain(`${TOKEN}-wrong`);
  });
});

describe('bigquery connection blocks', () => {
  it('are checked by validate, with the place of the error', async () => {
    const config = await writeWorkspace({
      config: { version: 1, services: { analytics: { type: 'bigquery', connection: { projectId: PROJECT, keyFilename: 'a.json', accessToken: 'x', region: 'us' } } } },
      manifests: {},
    });
    const run = await runCli(['validate', '-c', config]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/revmeta\.yaml:\d+:\d+: unknown field "region" in services\.analytics\.connection/);
    expect(run.stderr).toMatch(/revmeta\.yaml:\d+:\d+: services\.analytics\.connection: give at most one of keyFilename, credentials and accessToken/);
  });
});

describe('examples/bigquery', () => {
  it('validates with its secrets from the environment', async () => {
    const run = await runCli(['validate', '-c', 'examples/bigquery/revmeta.yaml'], {
      env: { GCP_CREDENTIALS: JSON.stringify({ type: 'service_account', client_email: 'revmeta@acme.iam.gserviceaccount.com', private_key: 'k' }) },
    });
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('Valid: 1 service(s), 2 manifest file(s)');
    expect(run.code).toBe(0);
  });
});
