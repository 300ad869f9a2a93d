/**
 * revmeta's CLI on Snowflake: the example config validates as shipped; its manifests plan,
 * apply and plan again to nothing against the fake server (through the real snowflake-sdk);
 * and no command prints a password, passphrase or token, whether the login works or not.
 */
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { runCli } from '../../e2e/cli.js';
import type { FakeSnowflake } from './fake-server.js';
import { LOGIN, seed, startFake } from './fixtures.js';
import { tagPath } from './fake-engine.js';

const EXAMPLE = path.resolve(import.meta.dirname, '../../../examples/snowflake');
const EXAMPLE_ENV = { SNOWFLAKE_ACCOUNT: 'myorg-myaccount', SNOWFLAKE_USER: 'REVMETA', SNOWFLAKE_PRIVATE_KEY_PASSPHRASE: 'Key-Pa55-never-print' };

const EXAMPLE_CATALOG = [
  'CREATE ROLE data_platform',
  'CREATE ROLE sales_eng',
  'CREATE DATABASE analytics',
  'CREATE SCHEMA analytics.sales',
  'CREATE TABLE analytics.sales.customers (id NUMBER, email VARCHAR, country_code VARCHAR(2))',
  'CREATE TABLE analytics.sales.orders (id NUMBER, status VARCHAR)',
  'CREATE VIEW analytics.sales.order_summary (customer_email) AS SELECT email FROM analytics.sales.customers',
  'CREATE DATABASE governance',
  'CREATE SCHEMA governance.tags',
  "CREATE TAG governance.tags.pii ALLOWED_VALUES 'Sensitive', 'None'",
  'CREATE TAG governance.tags.tier',
  "ALTER TABLE analytics.sales.orders SET TAG governance.tags.tier = 'Tier3'",
];

let fake: FakeSnowflake;
beforeEach(async () => {
  fake = await startFake();
});
afterEach(async () => {
  await fake.stop();
});

/** The example, copied to a temp folder, with its connection pointed at the fake. */
async function exampleOnFake(connection: Record<string, unknown>): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'revmeta-sf-example-'));
  await cp(path.join(EXAMPLE, 'metadata'), path.join(dir, 'metadata'), { recursive: true });
  const config = parse(await readFile(path.join(EXAMPLE, 'revmeta.yaml'), 'utf8')) as { services: { warehouse: Record<string, unknown> } };
  config.services.warehouse['connection'] = connection;
  const file = path.join(dir, 'revmeta.yaml');
  await writeFile(file, stringify(config));
  return file;
}

describe('snowflake example', () => {
  it('validates as shipped, with its variables set', async () => {
    const run = await runCli(['validate', '-c', path.join(EXAMPLE, 'revmeta.yaml')], { env: EXAMPLE_ENV });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout + run.stderr).not.toContain(EXAMPLE_ENV.SNOWFLAKE_PRIVATE_KEY_PASSPHRASE);
  });

  it('names the variables it needs when they are not set', async () => {
    const run = await runCli(['plan', '-c', path.join(EXAMPLE, 'revmeta.yaml')], { env: {} });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/environment variable SNOWFLAKE_ACCOUNT is not set/);
  });

  it('refuses a connection without a way to authenticate, at validate', async () => {
    const file = await exampleOnFake({ account: 'acme', username: 'revmeta' });
    const run = await runCli(['validate', '-c', file], { env: {} });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/missing field "password" in services\.warehouse\.connection/);
  });

  it('plans, applies and then plans nothing, through the CLI', async () => {
    seed(fake, EXAMPLE_CATALOG);
    const file = await exampleOnFake({ account: 'fake', username: LOGIN.username, password: '${SF_PASSWORD}', accessUrl: fake.url });
    const env = { SF_PASSWORD: LOGIN.password };
    const planned = await runCli(['plan', '-c', file, '--detailed-exitcode'], { env });
    expect(planned.stderr).toBe('');
    expect(planned.code).toBe(2);
    expect(planned.stdout).toContain('+ column ANALYTICS.SALES.CUSTOMERS.EMAIL tag PII: (none) → "Sensitive"');
    expect(planned.stdout).toContain('- table ANALYTICS.SALES.ORDERS tag TIER: "Tier3" → (none)');
    const applied = await runCli(['apply', '-c', file, '--auto-approve'], { env });
    expect(applied.stdout).toMatch(/Apply complete: \d+ applied, 0 failed, 0 not run/);
    expect(applied.code).toBe(0);
    const again = await runCli(['plan', '-c', file, '--detailed-exitcode'], { env });
    expect(again.code).toBe(0);

    const email = fake.catalog.table('ANALYTICS', 'SALES', 'CUSTOMERS').columns[1]!;
    expect([email.comment, [...email.tags]]).toEqual(['Customer e-mail address, lower-cased.', [[tagPath('GOVERNANCE', 'TAGS', 'PII'), 'Sensitive']]]);
    expect(fake.catalog.table('ANALYTICS', 'SALES', 'ORDERS').tags.size).toBe(0);
    expect(fake.catalog.table('ANALYTICS', 'SALES', 'ORDERS').comment).toBe('One row per order.\nRefunds are separate rows with a negative amount.\n');
    expect(fake.catalog.schema('ANALYTICS', 'SALES').owner).toBe('SALES_ENG');
  });
});

describe('snowflake import', () => {
  it('adopts what Snowflake holds (comments, owners, tags of the tag schema), and a plan right after is empty', async () => {
    seed(fake, [
      ...EXAMPLE_CATALOG,
      "COMMENT ON DATABASE analytics IS 'Analytics, it''s \\\\ here'",
      "COMMENT ON COLUMN analytics.sales.customers.email IS 'E-mail\nsecond line'",
      "ALTER TABLE analytics.sales.customers MODIFY COLUMN email SET TAG governance.tags.pii = 'Sensitive'",
      'CREATE TAG governance.tags."Data Owner"',
      "ALTER SCHEMA analytics.sales SET TAG governance.tags.\"Data Owner\" = 'finance'",
      'GRANT OWNERSHIP ON SCHEMA analytics.sales TO ROLE sales_eng COPY CURRENT GRANTS',
    ]);
    const dir = await mkdtemp(path.join(os.tmpdir(), 'revmeta-sf-import-'));
    const file = path.join(dir, 'revmeta.yaml');
    const connection = { account: 'fake', username: LOGIN.username, password: '${SF_PASSWORD}', accessUrl: fake.url };
    await writeFile(file, stringify({ version: 1, services: { warehouse: { type: 'snowflake', connection, tags: { schema: 'governance.tags' } } } }));
    const env = { SF_PASSWORD: LOGIN.password };
    const imported = await runCli(['import', '-c', file, '--database', 'analytics'], { env });
    expect(imported.stderr).toBe('');
    expect(imported.code).toBe(0);
    const schemaManifest = await readFile(path.join(dir, 'metadata', 'warehouse', 'ANALYTICS', 'SALES.yaml'), 'utf8');
    expect(schemaManifest).toContain('owners: [SALES_ENG]');
    // SYSADMIN, a system-defined role no OpenMetadata user or team is, owns the database: left out.
    expect(await readFile(path.join(dir, 'metadata', 'warehouse', 'ANALYTICS.yaml'), 'utf8')).not.toContain('owners');
    expect(schemaManifest).toContain('Data Owner.finance');
    expect(schemaManifest).toContain('PII.Sensitive');
    const planned = await runCli(['plan', '-c', file, '--detailed-exitcode'], { env });
    expect(planned.stdout + planned.stderr).toMatch(/No changes/i);
    expect(planned.code).toBe(0);
  });

  it('keeps the manifest of a schema it no longer lists, and warns: Snowflake hides what the role may not see', async () => {
    seed(fake, EXAMPLE_CATALOG);
    const dir = await mkdtemp(path.join(os.tmpdir(), 'revmeta-sf-hidden-'));
    const file = path.join(dir, 'revmeta.yaml');
    const connection = { account: 'fake', username: LOGIN.username, password: '${SF_PASSWORD}', accessUrl: fake.url };
    await writeFile(file, stringify({ version: 1, services: { warehouse: { type: 'snowflake', connection, tags: { schema: 'governance.tags' } } } }));
    const env = { SF_PASSWORD: LOGIN.password };
    expect((await runCli(['import', '-c', file, '--database', 'analytics'], { env })).code).toBe(0);
    const schemaFile = path.join(dir, 'metadata', 'warehouse', 'ANALYTICS', 'SALES.yaml');
    const before = await readFile(schemaFile, 'utf8');

    // Gone from SHOW SCHEMAS and INFORMATION_SCHEMA: dropped, or a revoked grant; Snowflake says the same of both.
    seed(fake, ['DROP SCHEMA analytics.sales']);
    const again = await runCli(['import', '-c', file, '--database', 'analytics'], { env });
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/, 0 removed/);
    expect(again.stderr).toBe(
      'Warning: warehouse ANALYTICS.SALES: not listed, and revmeta cannot tell a dropped schema from one the role may not see; ' +
        'its manifests were kept as they are; delete it by hand if it was dropped\n',
    );
    expect(await readFile(schemaFile, 'utf8')).toBe(before);
  });
});

describe('snowflake secrets', () => {
  const COMMANDS = [['validate'], ['plan'], ['plan', '--format', 'json'], ['plan', '--format', 'markdown'], ['apply', '--auto-approve'], ['reconcile']];

  async function everything(file: string, env: Record<string, string>): Promise<{ seen: string; codes: number[] }> {
    let seen = '';
    const codes: number[] = [];
    for (const command of COMMANDS) {
      const run = await runCli([...command, '-c', file], { env });
      seen += run.stdout + run.stderr;
      codes.push(run.code);
    }
    const planFile = path.join(path.dirname(file), 'plan.json');
    const saved = await runCli(['plan', '-c', file, '--out', planFile], { env });
    seen += saved.stdout + saved.stderr;
    if (saved.code === 0) {
      seen += await readFile(planFile, 'utf8');
      const applied = await runCli(['apply', planFile, '-c', file], { env });
      seen += applied.stdout + applied.stderr;
    }
    return { seen, codes };
  }

  it('are not printed when everything works', async () => {
    seed(fake, EXAMPLE_CATALOG);
    const file = await exampleOnFake({ account: 'fake', username: LOGIN.username, password: '${SF_PASSWORD}', accessUrl: fake.url });
    const { seen } = await everything(file, { SF_PASSWORD: LOGIN.password });
    expect(seen).toContain('Apply complete');
    expect(seen).not.toContain(LOGIN.password);
  });

  it('are not printed with a wrong password, or a wrong OAuth token', async () => {
    seed(fake, EXAMPLE_CATALOG);
    const wrongPassword = `wrong-${LOGIN.password}`;
    const password = await everything(await exampleOnFake({ account: 'fake', username: LOGIN.username, password: '${SF_PASSWORD}', accessUrl: fake.url, connectionRetries: 0 }), { SF_PASSWORD: wrongPassword });
    expect(password.seen).toContain('Incorrect username or password was specified');
    expect(password.seen).not.toContain(wrongPassword);
    const token = 'oauth-token-never-print';
    const oauth = await everything(await exampleOnFake({ account: 'fake', token: '${SF_TOKEN}', accessUrl: fake.url, connectionRetries: 0 }), { SF_TOKEN: token });
    expect(oauth.seen).toContain('could not read the catalog');
    expect(oauth.seen).not.toContain(token);
  });

  it('are masked where a server message echoes one', async () => {
    // Every ${VAR} is a secret: here the role, which the server's refusal quotes.
    const secret = 'Role-Named-Like-A-Secret';
    const file = await exampleOnFake({ account: 'fake', username: LOGIN.username, password: '${SF_PASSWORD}', role: '${SF_ROLE}', accessUrl: fake.url, connectionRetries: 0 });
    const run = await runCli(['plan', '-c', file], { env: { SF_PASSWORD: LOGIN.password, SF_ROLE: secret } });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/Role '\*\*\*' specified in the connect string does not exist/);
    expect(run.stdout + run.stderr).not.toContain(secret);
  });
});
