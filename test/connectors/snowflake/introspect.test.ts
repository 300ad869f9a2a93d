/**
 * The snowflake catalog read through the real snowflake-sdk: the exact observed tree, a
 * fixed number of round trips however many tables there are, tags read directly assigned
 * only and only from the configured tag schema, and ACCOUNT_USAGE as the one-query source
 * with its lag.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { snowflake } from '../../../src/connectors/snowflake/index.js';
import { TAG_CALLS_PER_QUERY } from '../../../src/connectors/snowflake/introspect.js';
import type { FakeSnowflake } from './fake-server.js';
import { converge, database, driverFor, schema, seed, SERVICE, startFake, workspaceFor } from './fixtures.js';

let fake: FakeSnowflake;

beforeEach(async () => {
  fake = await startFake();
});
afterEach(async () => {
  await fake.stop();
});

const CATALOG = [
  'CREATE DATABASE analytics',
  "COMMENT ON DATABASE analytics IS 'Analytics'",
  'CREATE SCHEMA analytics.sales',
  "COMMENT ON SCHEMA analytics.sales IS ''",
  'CREATE SCHEMA analytics."Staging"',
  'CREATE TABLE analytics.sales.orders (id NUMBER, email VARCHAR, total NUMBER)',
  "COMMENT ON COLUMN analytics.sales.orders.email IS 'E-mail'",
  'CREATE VIEW analytics.sales.v (id) AS SELECT id FROM analytics.sales.orders',
  'CREATE MATERIALIZED VIEW analytics.sales.mv (id) AS SELECT id FROM analytics.sales.orders',
  'CREATE EXTERNAL TABLE analytics.sales.ext (value VARIANT) LOCATION = @stage',
  'CREATE TABLE analytics."Staging".raw (x NUMBER)',
  'CREATE DATABASE other',
  'CREATE DATABASE governance',
  'CREATE SCHEMA governance.tags',
  "CREATE TAG governance.tags.pii ALLOWED_VALUES 'Sensitive', 'None'",
  'CREATE TAG governance.tags."Tier"',
  'CREATE SCHEMA governance.elsewhere',
  'CREATE TAG governance.elsewhere.pii',
  "ALTER DATABASE analytics SET TAG governance.tags.\"Tier\" = 'Gold'",
  "ALTER TABLE analytics.sales.orders MODIFY COLUMN email SET TAG governance.tags.pii = 'Sensitive'",
  "ALTER TABLE analytics.sales.orders MODIFY COLUMN email SET TAG governance.elsewhere.pii = 'other schema'",
  "ALTER VIEW analytics.sales.v SET TAG governance.tags.pii = 'None'",
];

const column = (name: string, description: string | null = null, tags: Record<string, string> = {}) => ({ kind: 'column', name, description, owner: null, tags, children: [] });

describe('snowflake introspect', () => {
  it("reads the exact tree: owners, comments ('' as none), relation kinds, direct tags of the tag schema only", async () => {
    seed(fake, CATALOG);
    const driver = driverFor(fake, { schema: 'governance.tags' });
    try {
      const introspection = await snowflake.introspect(driver, { service: SERVICE, databases: ['analytics'], schemas: { analytics: ['sales', 'staging'] } });
      expect(introspection.server).toEqual({ version: 'Snowflake 9.30.1', tagSchema: 'governance.tags' });
      expect(introspection.observed).toEqual({
        service: SERVICE,
        availableTagKeys: [{ name: 'PII', allowedValues: ['Sensitive', 'None'] }, { name: 'Tier' }],
        databases: [
          {
            kind: 'database',
            name: 'ANALYTICS',
            description: 'Analytics',
            owner: 'SYSADMIN',
            tags: { Tier: 'Gold' },
            children: [
              {
                kind: 'schema',
                name: 'SALES',
                description: null,
                owner: 'SYSADMIN',
                tags: {},
                children: [
                  { kind: 'table', name: 'EXT', relation: 'external_table', description: null, owner: 'SYSADMIN', tags: {}, children: [column('VALUE')] },
                  { kind: 'table', name: 'MV', relation: 'materialized_view', description: null, owner: 'SYSADMIN', tags: {}, children: [column('ID')] },
                  {
                    kind: 'table',
                    name: 'ORDERS',
                    relation: 'table',
                    description: null,
                    owner: 'SYSADMIN',
                    tags: {},
                    children: [column('ID'), column('EMAIL', 'E-mail', { PII: 'Sensitive' }), column('TOTAL')],
                  },
                  { kind: 'table', name: 'V', relation: 'view', description: null, owner: 'SYSADMIN', tags: { PII: 'None' }, children: [column('ID')] },
                ],
              },
              {
                kind: 'schema',
                name: 'Staging',
                description: null,
                owner: 'SYSADMIN',
                tags: {},
                children: [{ kind: 'table', name: 'RAW', relation: 'table', description: null, owner: 'SYSADMIN', tags: {}, children: [column('X')] }],
              },
            ],
          },
        ],
      });
    } finally {
      await driver.close();
    }
  });

  it('keeps to the databases and schemas the manifests name, matched case-insensitively', async () => {
    seed(fake, CATALOG);
    const driver = driverFor(fake);
    try {
      const introspection = await snowflake.introspect(driver, { service: SERVICE, databases: ['Analytics', 'missing'], schemas: { ANALYTICS: ['staging'] } });
      expect(introspection.observed.databases.map((db) => [db.name, db.children.map((s) => s.name)])).toEqual([['ANALYTICS', ['Staging']]]);
      // No tags.schema: no tag is read, and the planner is told nothing about tag keys.
      expect(introspection.observed.availableTagKeys).toBeUndefined();
      expect(introspection.queries).toBe(4);
      expect(fake.statements.filter((sql) => /TAG/.test(sql))).toEqual([]);
    } finally {
      await driver.close();
    }
  });

  it('--changed-since: reads only the scope\'s tables, in the same one set-based query', async () => {
    seed(fake, CATALOG);
    const driver = driverFor(fake);
    try {
      const introspection = await snowflake.introspect(driver, { service: SERVICE, databases: ['analytics'], schemas: { analytics: ['sales'] }, tables: { analytics: [['Sales', 'Orders']] } });
      expect(introspection.queries).toBe(4);
      const relations = fake.statements.filter((sql) => sql.includes("'TABLE' AS OBJECT_KIND"));
      expect(relations).toHaveLength(1);
      expect(relations[0]).toContain("AND ((LOWER(TABLE_SCHEMA) = 'sales' AND LOWER(TABLE_NAME) IN ('orders')))");
      const sales = introspection.observed.databases[0]!.children.find((one) => one.name === 'SALES')!;
      expect(sales.children.map((table) => [table.name, table.children.map((column) => column.name)])).toEqual([['ORDERS', ['ID', 'EMAIL', 'TOTAL']]]);
    } finally {
      await driver.close();
    }
  });

  it('reports which owners the manifests name are roles, in one SHOW ROLES, compared exactly', async () => {
    seed(fake, [...CATALOG, 'CREATE ROLE "Analysts"']);
    const driver = driverFor(fake);
    try {
      const introspection = await snowflake.introspect(driver, { service: SERVICE, databases: ['analytics'], owners: ['SYSADMIN', 'Analysts', 'ANALYSTS', 'NO_SUCH_ROLE'] });
      expect(introspection.principals).toEqual(['Analysts', 'SYSADMIN']);
      expect(fake.statements.filter((sql) => /ROLES/.test(sql))).toEqual(['SHOW ROLES']);
      const without = await snowflake.introspect(driver, { service: SERVICE, databases: ['analytics'] });
      expect(without.principals).toBeUndefined();
      expect(fake.statements.filter((sql) => /ROLES/.test(sql))).toHaveLength(1);
    } finally {
      await driver.close();
    }
  });

  it('reads a big catalog in a fixed number of round trips, tag calls batched', async () => {
    const tables = 2 * TAG_CALLS_PER_QUERY;
    seed(fake, [
      'CREATE DATABASE analytics',
      'CREATE SCHEMA analytics.wide',
      ...Array.from({ length: tables }, (_, i) => `CREATE TABLE analytics.wide.t${i} (a NUMBER, b NUMBER)`),
      'CREATE DATABASE governance',
      'CREATE SCHEMA governance.tags',
      'CREATE TAG governance.tags.pii',
      `ALTER TABLE analytics.wide.t${tables - 1} MODIFY COLUMN b SET TAG governance.tags.pii = 'last'`,
    ]);
    const driver = driverFor(fake, { schema: 'GOVERNANCE.TAGS' });
    try {
      const introspection = await snowflake.introspect(driver, { service: SERVICE, databases: ['analytics'] });
      // Calls: the database, the schema, and per table its own tags and its columns' tags.
      const calls = 1 + 1 + 2 * tables;
      const tagQueries = Math.ceil(calls / TAG_CALLS_PER_QUERY);
      expect(tagQueries).toBe(5);
      // version, SHOW DATABASES, SCHEMATA, TABLES ∪ COLUMNS, SHOW TAGS, then the tag queries.
      expect(introspection.queries).toBe(5 + tagQueries);
      expect(fake.statements).toHaveLength(introspection.queries);
      const last = introspection.observed.databases[0]!.children[0]!.children.find((table) => table.name === `T${tables - 1}`);
      expect(last?.children.map((c) => c.tags)).toEqual([{}, { PII: 'last' }]);
    } finally {
      await driver.close();
    }
  });

  it('fails with a clear message for a tag schema that does not exist or is malformed', async () => {
    seed(fake, ['CREATE DATABASE analytics']);
    for (const [schemaText, message] of [
      ['governance.tags', /cannot list the tags of tags.schema GOVERNANCE.TAGS: 002003 \(02000\): SQL compilation error:\nDatabase 'GOVERNANCE' does not exist/],
      ['governance', /tags.schema "governance" must name a database and a schema/],
      ['gov tags', /"gov tags" is not a Snowflake name/],
    ] as const) {
      const driver = driverFor(fake, { schema: schemaText });
      await expect(snowflake.introspect(driver, { service: SERVICE, databases: ['analytics'] })).rejects.toThrow(message);
      await driver.close();
    }
  });
});

describe('snowflake introspect from ACCOUNT_USAGE (tagReferences: account_usage)', () => {
  const SETUP = [
    'CREATE DATABASE analytics',
    'CREATE SCHEMA analytics.sales',
    'CREATE TABLE analytics.sales.orders (id NUMBER, email VARCHAR)',
    'CREATE DATABASE governance',
    'CREATE SCHEMA governance.tags',
    'CREATE TAG governance.tags.pii',
    "ALTER DATABASE analytics SET TAG governance.tags.pii = 'db'",
    "ALTER SCHEMA analytics.sales SET TAG governance.tags.pii = 'schema'",
    "ALTER TABLE analytics.sales.orders SET TAG governance.tags.pii = 'table'",
    "ALTER TABLE analytics.sales.orders MODIFY COLUMN email SET TAG governance.tags.pii = 'column'",
  ];

  it('reads every tag of every database in one query, and ignores dropped objects', async () => {
    seed(fake, SETUP);
    fake.catalog.deletedReferences.push({
      TAG_DATABASE: 'GOVERNANCE',
      TAG_SCHEMA: 'TAGS',
      TAG_NAME: 'PII',
      TAG_VALUE: 'dropped',
      OBJECT_DATABASE: 'ANALYTICS',
      OBJECT_SCHEMA: 'SALES',
      OBJECT_NAME: 'ORDERS',
      COLUMN_NAME: 'ID',
      DOMAIN: 'COLUMN',
      OBJECT_DELETED: '2024-01-01 00:00:00.000 -0800',
    });
    const driver = driverFor(fake, { schema: 'governance.tags' }, { tagReferences: 'account_usage' });
    try {
      const introspection = await snowflake.introspect(driver, { service: SERVICE, databases: ['analytics'] });
      const db = introspection.observed.databases[0]!;
      const sales = db.children[0]!;
      const orders = sales.children[0]!;
      expect([db.tags, sales.tags, orders.tags, orders.children.map((c) => c.tags)]).toEqual([{ PII: 'db' }, { PII: 'schema' }, { PII: 'table' }, [{}, { PII: 'column' }]]);
      expect(fake.statements.filter((sql) => sql.includes('TAG_REFERENCES'))).toHaveLength(1);
      expect(introspection.queries).toBe(6);
    } finally {
      await driver.close();
    }
  });

  it('lags: right after an apply the change shows again until ACCOUNT_USAGE catches up', async () => {
    seed(fake, SETUP);
    fake.catalog.freezeAccountUsage();
    const connection = { account: 'fake', username: 'revmeta', password: '${SF_PASSWORD}', accessUrl: fake.url, tagReferences: 'account_usage' };
    const config = await workspaceFor(fake, [database('analytics', { tags: ['PII.new'] }), schema('analytics', 'sales', {})], { connection, tags: { schema: 'governance.tags' } });
    const lagging = await converge(config);
    expect(lagging.first.changes.map((change) => [change.tag, change.before, change.after])).toEqual([['PII', 'db', 'new']]);
    expect(lagging.applied.summary.applied).toBe(1);
    expect(fake.catalog.database('ANALYTICS').tags.get('["GOVERNANCE","TAGS","PII"]')).toBe('new');
    expect(lagging.second.changes.map((change) => [change.tag, change.before, change.after])).toEqual([['PII', 'db', 'new']]);
    fake.catalog.refreshAccountUsage();
    const caughtUp = await converge(config);
    expect(caughtUp.first.changes).toEqual([]);
  });
});
