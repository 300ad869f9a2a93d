/**
 * The athena connector from the command line: the example is valid, and `plan --out` →
 * `apply plan.json` → `plan` converges on moto through a separate revmeta process, whose
 * terminal output carries neither the AWS SDK's NodeVersionSupportWarning nor a secret.
 * A saved plan whose table changed since is refused.
 */
import { spawn } from 'node:child_process';
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CreateDatabaseCommand, CreateTableCommand, UpdateTableCommand, type TableInput } from '@aws-sdk/client-glue';
import { afterAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { MOTO_CREDENTIALS, MOTO_REGION, startMoto } from '../../engines/moto.js';
import { statementBody, statementText, type PlannedStatement } from '../../../src/model/change.js';
import { runCli } from '../../e2e/cli.js';
import { glueClient, rawTable } from './fixtures.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const CHILD = path.join(ROOT, 'test/connectors/athena/cli-child.ts');
const EXAMPLE = path.join(ROOT, 'examples/athena');

const EXAMPLE_ENV = { AWS_REGION: 'eu-west-1', AWS_ACCESS_KEY_ID: 'AKIAEXAMPLE', AWS_SECRET_ACCESS_KEY: 'example-secret' };

describe('examples/athena', () => {
  it('is accepted by revmeta validate', async () => {
    const run = await runCli(['validate', '-c', path.join(EXAMPLE, 'revmeta.yaml')], { env: EXAMPLE_ENV });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
  });

  it('names the variables it needs when they are not set', async () => {
    const run = await runCli(['plan', '-c', path.join(EXAMPLE, 'revmeta.yaml')], { env: {} });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('AWS_REGION');
    expect(run.stderr).toContain('AWS_SECRET_ACCESS_KEY');
  });

  it('rejects a connection with a key but no secret, at the line that says so', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'revmeta-athena-'));
    await cp(EXAMPLE, dir, { recursive: true });
    const config = parse(await readFile(path.join(dir, 'revmeta.yaml'), 'utf8')) as { services: { lake: { connection: Record<string, unknown> } } };
    delete config.services.lake.connection.secretAccessKey;
    await writeFile(path.join(dir, 'revmeta.yaml'), stringify(config));
    const run = await runCli(['validate', '-c', path.join(dir, 'revmeta.yaml')], { env: EXAMPLE_ENV });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/secretAccessKey/);
  });
});

const engine = await startMoto();
const skip = 'skip' in engine ? engine.skip : undefined;
if (skip) console.warn(`skipping the athena CLI tests on moto: ${skip}`);
const endpoint = 'endpoint' in engine ? engine.endpoint : 'http://127.0.0.1:1';

afterAll(async () => {
  if ('stop' in engine) await engine.stop();
});

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

const CHILD_ENV = {
  PATH: process.env.PATH,
  HOME: process.env.HOME,
  AWS_REGION: MOTO_REGION,
  AWS_ACCESS_KEY_ID: MOTO_CREDENTIALS.accessKeyId,
  AWS_SECRET_ACCESS_KEY: MOTO_CREDENTIALS.secretAccessKey,
  MOTO_ENDPOINT: endpoint,
};

function run(command: string[], args: string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(command[0]!, [...command.slice(1), ...args], { cwd: ROOT, env: CHILD_ENV, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

const revmeta = (...args: string[]) => run([process.execPath, '--import', 'tsx', CHILD], args);

/** stderr less revmeta's own progress lines (`[12s] …`, printed when stderr is not a terminal). */
const withoutProgress = (stderr: string) => stderr.replace(/^\[\d+s\] .*\n/gm, '');

/** The example, with the moto endpoint in its connection. */
async function exampleWorkspace(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'revmeta-athena-'));
  await cp(EXAMPLE, dir, { recursive: true });
  const file = path.join(dir, 'revmeta.yaml');
  const config = parse(await readFile(file, 'utf8')) as { services: { lake: { connection: Record<string, unknown> } } };
  config.services.lake.connection.endpoint = '${MOTO_ENDPOINT}';
  await writeFile(file, stringify(config));
  return file;
}

const column = (Name: string, Type = 'string') => ({ Name, Type });
const ORDERS: TableInput = {
  Name: 'orders',
  TableType: 'EXTERNAL_TABLE',
  Parameters: { EXTERNAL: 'TRUE', classification: 'json' },
  StorageDescriptor: {
    Columns: [column('order_id'), column('customer_email'), column('amount_cents', 'bigint')],
    Location: 's3://shop-events/orders/',
    SerdeInfo: { SerializationLibrary: 'org.openx.data.jsonserde.JsonSerDe' },
  },
  PartitionKeys: [column('dt')],
};
const CUSTOMERS: TableInput = {
  Name: 'customers',
  TableType: 'EXTERNAL_TABLE',
  StorageDescriptor: { Columns: [column('customer_id', 'bigint'), column('country_code')], Location: 's3://shop-events/customers/' },
  PartitionKeys: [],
};

describe.skipIf(skip !== undefined)('revmeta CLI on an athena service (moto)', () => {
  const glue = glueClient(endpoint);
  afterAll(() => glue.destroy());

  it('plans, applies the saved plan exactly, and plans nothing afterwards; the terminal shows no SDK warning and no secret', async () => {
    await glue.send(new CreateDatabaseCommand({ DatabaseInput: { Name: 'sales' } }));
    await glue.send(new CreateTableCommand({ DatabaseName: 'sales', TableInput: ORDERS }));
    await glue.send(new CreateTableCommand({ DatabaseName: 'sales', TableInput: CUSTOMERS }));
    const config = await exampleWorkspace();
    const planFile = path.join(path.dirname(config), 'plan.json');

    const planned = await revmeta('plan', '-c', config, '--out', planFile, '--detailed-exitcode');
    expect(withoutProgress(planned.stderr)).toBe('');
    expect(planned.code).toBe(2);
    const saved = JSON.parse(await readFile(planFile, 'utf8')) as { changes: Array<{ statements: number[] }>; statements: PlannedStatement[]; summary: { changes: number; conflicts: number } };
    expect(saved.summary).toMatchObject({ changes: 8, conflicts: 0 });
    // One typed UpdateTable request per table, carrying all of its changes.
    expect(saved.statements.map((statement) => statement.kind)).toEqual(['glue.UpdateTable', 'glue.UpdateTable']);
    const statements = saved.statements.map((statement) => statementText(statementBody(statement)));
    expect(statements).toHaveLength(2);
    expect(statements.every((sql) => sql.startsWith('glue:UpdateTable {"DatabaseName":"sales","VersionId":"1","SkipArchive":true,'))).toBe(true);

    const applied = await revmeta('apply', '-c', config, planFile, '--auto-approve');
    expect(withoutProgress(applied.stderr)).toBe('');
    expect(applied.code).toBe(0);
    expect(applied.stdout).toContain('Apply complete: 8 applied, 0 failed, 0 not run.');

    const orders = await rawTable(endpoint, 'sales', 'orders');
    expect(orders.Description).toBe('One row per order, loaded hourly from the shop\'s event stream.\nRefunds are separate rows with a negative amount.\n');
    expect((orders.PartitionKeys as Array<{ Comment?: string }>)[0]!.Comment).toBe("Partition key, the order's UTC day (yyyy-mm-dd).");
    expect(orders.StorageDescriptor).toMatchObject({ Location: 's3://shop-events/orders/', SerdeInfo: { SerializationLibrary: 'org.openx.data.jsonserde.JsonSerDe' } });

    const again = await revmeta('plan', '-c', config, '--detailed-exitcode');
    expect(withoutProgress(again.stderr)).toBe('');
    expect(again.code).toBe(0);
    for (const output of [planned, applied, again]) {
      expect(output.stdout + output.stderr).not.toContain(MOTO_CREDENTIALS.secretAccessKey);
      expect(output.stdout + output.stderr).not.toContain('NodeVersionSupportWarning');
    }
  });

  it('refuses a saved plan whose table changed since it was made', async () => {
    const config = await exampleWorkspace();
    const planFile = path.join(path.dirname(config), 'plan.json');
    await glue.send(new UpdateTableCommand({ DatabaseName: 'sales', TableInput: CUSTOMERS }));
    const planned = await revmeta('plan', '-c', config, '--out', planFile, '--detailed-exitcode');
    expect(planned.code).toBe(2);
    // Someone adds a parameter: no description moves, yet the restated table would drop it.
    await glue.send(new UpdateTableCommand({ DatabaseName: 'sales', TableInput: { ...CUSTOMERS, Parameters: { added: 'meanwhile' } } }));
    const applied = await revmeta('apply', '-c', config, planFile, '--auto-approve');
    expect(applied.code).toBe(1);
    expect(applied.stderr).toContain(`the saved plan ${planFile} is stale and was not applied`);
    expect(applied.stderr).toContain('the live state of service "lake" changed since the plan was made');
    expect((await rawTable(endpoint, 'sales', 'customers')).Parameters).toEqual({ added: 'meanwhile' });
  });

  it.runIf(Number(process.versions.node.split('.')[0]) < 22)('(control) the SDK does print the warning on this Node when nothing filters it', async () => {
    const script = `import('@aws-sdk/client-glue').then(({ GlueClient }) => new GlueClient({ region: 'us-east-1' }).destroy())`;
    const control = await run([process.execPath, '-e', script], []);
    expect(control.stderr).toContain('NodeVersionSupportWarning');
  });
});
