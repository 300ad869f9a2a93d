/**
 * Opt-in tests against a real Snowflake account, skipped unless SNOWFLAKE_TEST_ACCOUNT is set
 * (see docs/connectors/snowflake.md, "Live tests"). They create a throwaway schema in
 * SNOWFLAKE_TEST_DATABASE, with tables, a view and tag objects in it, converge it from
 * manifests (plan → apply → read back → plan again is empty), and drop it afterwards.
 *
 *   SNOWFLAKE_TEST_ACCOUNT      account identifier (enables the tests)
 *   SNOWFLAKE_TEST_USER         login name
 *   SNOWFLAKE_TEST_PASSWORD | SNOWFLAKE_TEST_PRIVATE_KEY_PATH (+ SNOWFLAKE_TEST_PRIVATE_KEY_PASSPHRASE) | SNOWFLAKE_TEST_TOKEN
 *   SNOWFLAKE_TEST_DATABASE     an existing database the role may create a schema in
 *   SNOWFLAKE_TEST_WAREHOUSE    warehouse for the INFORMATION_SCHEMA reads
 *   SNOWFLAKE_TEST_ROLE         optional role
 *   SNOWFLAKE_TEST_OWNER_ROLE   optional: also hand a table to this role (GRANT OWNERSHIP … COPY CURRENT GRANTS)
 *   SNOWFLAKE_TEST_ACCESS_URL   optional: where to connect (private link; or the fake server, to check this file)
 *   SNOWFLAKE_TEST_EXTERNAL_VOLUME  optional: an external volume, to also create a Snowflake-managed Iceberg table
 *   SNOWFLAKE_TEST_STAGE        optional: a stage (e.g. MYDB.PUBLIC.LANDING) with Parquet files, to also create an external table
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { snowflake } from '../../../src/connectors/snowflake/index.js';
import type { ObservedNode } from '../../../src/model/types.js';
import { quoteIdentifier as q, quoteLiteral as lit } from '../../../src/connectors/snowflake/sql.js';
import type { Driver, DriverSession } from '../../../src/connectors/types.js';
import { converge, database, schema, serviceWorkspace, SERVICE, type Doc } from './fixtures.js';

const env = process.env;
const enabled = Boolean(env['SNOWFLAKE_TEST_ACCOUNT']);

/** The `connection:` block, every value from the environment (so every one is masked in output). */
function connection(): Record<string, unknown> {
  const block: Record<string, unknown> = { account: '${SNOWFLAKE_TEST_ACCOUNT}' };
  const optional: Record<string, string> = {
    username: 'SNOWFLAKE_TEST_USER',
    password: 'SNOWFLAKE_TEST_PASSWORD',
    privateKeyPath: 'SNOWFLAKE_TEST_PRIVATE_KEY_PATH',
    privateKeyPass: 'SNOWFLAKE_TEST_PRIVATE_KEY_PASSPHRASE',
    token: 'SNOWFLAKE_TEST_TOKEN',
    warehouse: 'SNOWFLAKE_TEST_WAREHOUSE',
    role: 'SNOWFLAKE_TEST_ROLE',
    accessUrl: 'SNOWFLAKE_TEST_ACCESS_URL',
  };
  for (const [option, variable] of Object.entries(optional)) if (env[variable]) block[option] = `\${${variable}}`;
  return block;
}

/** The same block with the values themselves, for a driver opened outside a workspace. */
function expanded(): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(connection()).map(([key, value]) => {
      const variable = /^\$\{(.+)\}$/.exec(String(value))?.[1];
      const resolved = variable ? env[variable] : value;
      return [key, key === 'privateKeyPath' && typeof resolved === 'string' ? path.resolve(resolved) : resolved];
    }),
  );
}

/**
 * Writes the documents for a snowflake service on the live connection (with `settings`), plans,
 * applies and plans again, and checks it converged: no conflicts, no failures, nothing left.
 */
async function convergeLive(documents: Doc[], settings: Record<string, unknown> = {}): Promise<void> {
  const config = await serviceWorkspace({ type: 'snowflake', connection: connection(), ...settings }, documents);
  const { first, applied, second } = await converge(config, env);
  expect(first.conflicts).toEqual([]);
  expect(applied.summary.failed).toBe(0);
  expect(second.changes).toEqual([]);
}

describe.skipIf(!enabled)('snowflake live (SNOWFLAKE_TEST_ACCOUNT)', () => {
  const databaseName = env['SNOWFLAKE_TEST_DATABASE'] ?? '';
  const schemaName = `REVMETA_TEST_${Date.now()}_${process.pid}`;
  // Computed when the tests run: without the variables the suite is collected, then skipped.
  let fqSchema = '';
  let driver: Driver;
  let session: DriverSession;

  beforeAll(async () => {
    if (databaseName === '') throw new Error('SNOWFLAKE_TEST_DATABASE must name an existing database for the live tests');
    fqSchema = `${q(databaseName)}.${q(schemaName)}`;
    driver = snowflake.createDriver({ service: SERVICE, connection: expanded(), configDir: process.cwd() });
    session = await driver.open();
    for (const sql of [
      `CREATE SCHEMA ${fqSchema}`,
      `CREATE TABLE ${fqSchema}.ORDERS (ID NUMBER, EMAIL VARCHAR, "Mixed Case" VARCHAR)`,
      `CREATE VIEW ${fqSchema}.ORDER_VIEW (ID, EMAIL) AS SELECT ID, EMAIL FROM ${fqSchema}.ORDERS`,
      `CREATE TAG ${fqSchema}.PII ALLOWED_VALUES 'Sensitive', 'None'`,
      `CREATE TAG ${fqSchema}.TIER`,
      `ALTER TABLE ${fqSchema}.ORDERS SET TAG ${fqSchema}.TIER = 'Bronze'`,
    ]) {
      await session.execute(sql);
    }
  });

  afterAll(async () => {
    if (fqSchema !== '') await session?.execute(`DROP SCHEMA IF EXISTS ${fqSchema} CASCADE`).catch(() => undefined);
    await driver?.close();
  });

  const HOSTILE = "It's \"quoted\" with \\backslashes\\, $$dollars$$, \\n and\nnew lines\r\n\ttabs, 🎉 and '); DROP TABLE orders; --";

  it('converges descriptions and tags (creating a missing tag object), then plans nothing', async () => {
    const ownerRole = env['SNOWFLAKE_TEST_OWNER_ROLE'];
    const documents = [
      database(databaseName.toLowerCase()),
      schema(databaseName.toLowerCase(), schemaName.toLowerCase(), { description: 'revmeta live test' }, {
        orders: {
          description: HOSTILE,
          tags: ['Tier.Silver'],
          ...(ownerRole ? { owners: [ownerRole] } : {}),
          columns: {
            id: { description: 'Surrogate key' },
            email: { description: 'E-mail \\ address', tags: ['PII.Sensitive', 'Retention.short'] },
            'Mixed Case': { description: 'exact name' },
          },
        },
        order_view: { description: 'A view', columns: { email: { description: 'from orders', tags: ['PII.Sensitive'] } } },
      }),
    ];
    await convergeLive(documents, { tags: { schema: `${q(databaseName)}.${q(schemaName)}`, create: true } });

    // Read back independently of introspect.
    const comments = await session.query(
      `SELECT COLUMN_NAME, COMMENT, ORDINAL_POSITION FROM ${q(databaseName)}.INFORMATION_SCHEMA.COLUMNS WHERE TABLE_SCHEMA = ${lit(schemaName)} AND TABLE_NAME = 'ORDERS' ORDER BY ORDINAL_POSITION`,
    );
    expect(comments.map(({ COLUMN_NAME, COMMENT }) => ({ COLUMN_NAME, COMMENT }))).toEqual([
      { COLUMN_NAME: 'ID', COMMENT: 'Surrogate key' },
      { COLUMN_NAME: 'EMAIL', COMMENT: 'E-mail \\ address' },
      { COLUMN_NAME: 'Mixed Case', COMMENT: 'exact name' },
    ]);
    const table = await session.query(`SELECT COMMENT FROM ${q(databaseName)}.INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = ${lit(schemaName)} AND TABLE_NAME = 'ORDERS'`);
    expect(table).toEqual([{ COMMENT: HOSTILE }]);
    const tags = await session.query(
      `SELECT COLUMN_NAME, TAG_NAME, TAG_VALUE FROM TABLE(${q(databaseName)}.INFORMATION_SCHEMA.TAG_REFERENCES_ALL_COLUMNS(${lit(`${fqSchema}.${q('ORDERS')}`)}, 'TABLE')) WHERE "LEVEL" = 'COLUMN' ORDER BY COLUMN_NAME, TAG_NAME`,
    );
    expect(tags).toEqual([
      { COLUMN_NAME: 'EMAIL', TAG_NAME: 'PII', TAG_VALUE: 'Sensitive' },
      { COLUMN_NAME: 'EMAIL', TAG_NAME: 'RETENTION', TAG_VALUE: 'short' },
    ]);
  });
  it('reads dynamic, Iceberg and external tables as their own kinds and converges their comments with their own statements', async () => {
    const volume = env['SNOWFLAKE_TEST_EXTERNAL_VOLUME'];
    const stage = env['SNOWFLAKE_TEST_STAGE'];
    const warehouse = env['SNOWFLAKE_TEST_WAREHOUSE'];
    if (!warehouse) throw new Error('SNOWFLAKE_TEST_WAREHOUSE must name the warehouse a dynamic table refreshes with');
    await session.execute(`CREATE DYNAMIC TABLE ${fqSchema}.DAILY (ID) TARGET_LAG = '1 day' WAREHOUSE = ${q(warehouse)} AS SELECT ID FROM ${fqSchema}.ORDERS`);
    if (volume) {
      await session.execute(`CREATE ICEBERG TABLE ${fqSchema}.LAKE (ID NUMBER(10,0)) CATALOG = 'SNOWFLAKE' EXTERNAL_VOLUME = ${lit(volume)} BASE_LOCATION = ${lit(schemaName.toLowerCase())}`);
    }
    if (stage) await session.execute(`CREATE EXTERNAL TABLE ${fqSchema}.LANDED LOCATION = @${stage} FILE_FORMAT = (TYPE = PARQUET) AUTO_REFRESH = FALSE`);

    const introspected = await snowflake.introspect(driver, { service: SERVICE, databases: [databaseName], schemas: { [databaseName]: [schemaName] } });
    const relations: Record<string, string | undefined> = {};
    const walk = (node: ObservedNode) => {
      if (node.kind === 'table') relations[node.name] = node.relation;
      node.children.forEach(walk);
    };
    introspected.observed.databases.forEach(walk);
    expect(relations).toMatchObject({ DAILY: 'dynamic_table', ...(volume ? { LAKE: 'iceberg_table' } : {}), ...(stage ? { LANDED: 'external_table' } : {}) });

    const documents = [
      database(databaseName.toLowerCase()),
      schema(databaseName.toLowerCase(), schemaName.toLowerCase(), {}, {
        daily: { description: 'Refreshed daily', columns: { id: { description: 'From orders' } } },
        ...(volume ? { lake: { description: 'In Iceberg', columns: { id: { description: 'Iceberg key' } } } } : {}),
        ...(stage ? { landed: { description: 'Landed files' } } : {}),
      }),
    ];
    await convergeLive(documents);
    const comments = await session.query(
      `SELECT TABLE_NAME, COMMENT FROM ${q(databaseName)}.INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = ${lit(schemaName)} AND TABLE_NAME IN ('DAILY', 'LAKE', 'LANDED') ORDER BY TABLE_NAME`,
    );
    expect(comments).toEqual([
      { TABLE_NAME: 'DAILY', COMMENT: 'Refreshed daily' },
      ...(volume ? [{ TABLE_NAME: 'LAKE', COMMENT: 'In Iceberg' }] : []),
      ...(stage ? [{ TABLE_NAME: 'LANDED', COMMENT: 'Landed files' }] : []),
    ]);
  });
});
