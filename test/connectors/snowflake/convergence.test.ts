/**
 * plan → apply → read back → plan again is empty, through the real snowflake-sdk against the
 * fake server, with the same core the CLI runs (workspace, planner, readCompileContext, apply):
 * descriptions, owners and tags at every level, lower-case manifest names matched to
 * upper-case Snowflake names, tag objects matched and created, the hostile corpus as values
 * and names, and the conflicts a governance team must see instead of a wrong write.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tagFqn } from '../../../src/core/import.js';
import type { Change } from '../../../src/plan/types.js';
import { HOSTILE_IDENTIFIERS, HOSTILE_VALUES } from '../../corpus/hostile.js';
import { tagPath, type FakeTable } from './fake-engine.js';
import type { FakeSnowflake } from './fake-server.js';
import { converge, database, plan, schema, seed, startFake, workspaceFor } from './fixtures.js';
import { changesWithSql } from '../../plan-statements.js';

let fake: FakeSnowflake;

beforeEach(async () => {
  fake = await startFake();
});
afterEach(async () => {
  await fake.stop();
});

const GOV_TAGS = { schema: 'governance.tags' };
const tag = (name: string) => tagPath('GOVERNANCE', 'TAGS', name);

const REALISTIC = [
  'CREATE ROLE data_platform',
  'CREATE ROLE "analysts team"',
  'CREATE DATABASE analytics',
  'CREATE SCHEMA analytics.sales',
  'CREATE TABLE analytics.sales.orders (id NUMBER, customer_email VARCHAR, "Mixed Case" VARCHAR)',
  'CREATE VIEW analytics.sales.order_view (id, customer_email) AS SELECT id, customer_email FROM analytics.sales.orders',
  'CREATE MATERIALIZED VIEW analytics.sales.order_mv (id) AS SELECT id FROM analytics.sales.orders',
  "COMMENT ON TABLE analytics.sales.orders IS 'to be replaced'",
  "COMMENT ON COLUMN analytics.sales.orders.id IS 'old key'",
  'CREATE DATABASE governance',
  'CREATE SCHEMA governance.tags',
  "CREATE TAG governance.tags.pii ALLOWED_VALUES 'Sensitive', 'None'",
  'CREATE TAG governance.tags.tier',
  'CREATE TAG governance.tags."Data Owner"',
  "ALTER TABLE analytics.sales.orders SET TAG governance.tags.tier = 'Bronze'",
  "ALTER TABLE analytics.sales.orders MODIFY COLUMN id SET TAG governance.tags.pii = 'None'",
  // Inherited by everything below: must not read as a tag of the tables.
  "ALTER SCHEMA analytics.sales SET TAG governance.tags.pii = 'None'",
  // A tag of another schema: not revmeta's, never touched.
  'CREATE SCHEMA governance.other',
  'CREATE TAG governance.other.tier',
  "ALTER TABLE analytics.sales.orders SET TAG governance.other.tier = 'kept'",
];

const HOSTILE_DESCRIPTION = "It's a \"quoted\" value with \\backslashes\\, $$dollars$$, \\n not a newline and\nnew lines\r\n\ttabs, emoji 🎉 and '); DROP TABLE orders; --";

function realisticManifests() {
  return [
    database('analytics', { description: 'Company analytics', owners: ['data-platform'], tags: ['Tier.Gold'] }),
    schema(
      'analytics',
      'sales',
      { description: "Sales, it's", owners: ['analysts team'], tags: ['"Data Owner".finance'] },
      {
        orders: {
          description: HOSTILE_DESCRIPTION,
          owners: ['data-platform'],
          tags: ['Tier.Silver', 'PII.Sensitive'],
          columns: {
            id: { description: 'Surrogate key', tags: [] },
            customer_email: { description: 'E-mail \\ address', tags: ['PII.Sensitive'] },
            'Mixed Case': { description: 'exact name' },
          },
        },
        order_view: {
          description: 'A view',
          tags: ['Retention.short'],
          columns: { customer_email: { description: 'from orders', tags: ['PII.Sensitive'] } },
        },
        order_mv: { description: 'A materialized view', owners: ['data-platform'], columns: { id: { description: 'mv key' } } },
      },
    ),
  ];
}

const orders = () => fake.catalog.table('ANALYTICS', 'SALES', 'ORDERS');
const columnOf = (table: FakeTable, name: string) => table.columns.find((column) => column.name === name)!;

describe('snowflake convergence (real snowflake-sdk, fake server)', () => {
  it('converges a realistic catalog: descriptions, owners and tags at every level, then plans nothing', async () => {
    seed(fake, REALISTIC);
    const config = await workspaceFor(fake, realisticManifests(), {
      tags: { ...GOV_TAGS, create: true },
      owners: { map: { 'data-platform': 'DATA_PLATFORM' } },
    });
    const { first, applied, second } = await converge(config);
    expect(first.conflicts).toEqual([]);
    expect(first.warnings).toEqual([]);
    expect(applied.summary).toEqual({ applied: first.changes.length, failed: 0, notRun: 0 });
    expect(second.changes).toEqual([]);
    expect(second.conflicts).toEqual([]);

    // Lower-case manifest names reach the upper-case objects, and SQL quotes the stored names.
    const statements = [...new Set(changesWithSql(first).flatMap((change) => change.sql))];
    // In apply order: a change's statements run in its order, so CREATE TAG precedes the first SET of it.
    expect(statements).toEqual([
      `COMMENT ON DATABASE "ANALYTICS" IS 'Company analytics'`,
      `ALTER DATABASE "ANALYTICS" SET TAG "GOVERNANCE"."TAGS"."TIER" = 'Gold'`,
      `COMMENT ON SCHEMA "ANALYTICS"."SALES" IS 'Sales, it''s'`,
      `ALTER SCHEMA "ANALYTICS"."SALES" SET TAG "GOVERNANCE"."TAGS"."Data Owner" = 'finance'`,
      // PII is a managed classification (the manifests use it) and the schema's list omits it.
      `ALTER SCHEMA "ANALYTICS"."SALES" UNSET TAG "GOVERNANCE"."TAGS"."PII"`,
      `COMMENT ON TABLE "ANALYTICS"."SALES"."ORDERS" IS 'It''s a "quoted" value with \\\\backslashes\\\\, $$dollars$$, \\\\n not a newline and\\nnew lines\\r\\n\\ttabs, emoji 🎉 and ''); DROP TABLE orders; --'`,
      `ALTER TABLE "ANALYTICS"."SALES"."ORDERS" SET TAG "GOVERNANCE"."TAGS"."PII" = 'Sensitive', "GOVERNANCE"."TAGS"."TIER" = 'Silver'`,
      `ALTER TABLE "ANALYTICS"."SALES"."ORDERS" ALTER "ID" COMMENT 'Surrogate key', "CUSTOMER_EMAIL" COMMENT 'E-mail \\\\ address', "Mixed Case" COMMENT 'exact name'`,
      `ALTER TABLE "ANALYTICS"."SALES"."ORDERS" MODIFY COLUMN "ID" UNSET TAG "GOVERNANCE"."TAGS"."PII"`,
      `ALTER TABLE "ANALYTICS"."SALES"."ORDERS" MODIFY COLUMN "CUSTOMER_EMAIL" SET TAG "GOVERNANCE"."TAGS"."PII" = 'Sensitive'`,
      `COMMENT ON VIEW "ANALYTICS"."SALES"."ORDER_VIEW" IS 'A view'`,
      'CREATE TAG IF NOT EXISTS "GOVERNANCE"."TAGS"."RETENTION"',
      `ALTER VIEW "ANALYTICS"."SALES"."ORDER_VIEW" SET TAG "GOVERNANCE"."TAGS"."RETENTION" = 'short'`,
      `ALTER VIEW "ANALYTICS"."SALES"."ORDER_VIEW" ALTER "CUSTOMER_EMAIL" COMMENT 'from orders'`,
      `ALTER VIEW "ANALYTICS"."SALES"."ORDER_VIEW" MODIFY COLUMN "CUSTOMER_EMAIL" SET TAG "GOVERNANCE"."TAGS"."PII" = 'Sensitive'`,
      `COMMENT ON MATERIALIZED VIEW "ANALYTICS"."SALES"."ORDER_MV" IS 'A materialized view'`,
      `COMMENT ON COLUMN "ANALYTICS"."SALES"."ORDER_MV"."ID" IS 'mv key'`,
      `GRANT OWNERSHIP ON DATABASE "ANALYTICS" TO ROLE "DATA_PLATFORM" COPY CURRENT GRANTS`,
      `GRANT OWNERSHIP ON SCHEMA "ANALYTICS"."SALES" TO ROLE "analysts team" COPY CURRENT GRANTS`,
      `GRANT OWNERSHIP ON TABLE "ANALYTICS"."SALES"."ORDERS" TO ROLE "DATA_PLATFORM" COPY CURRENT GRANTS`,
      `GRANT OWNERSHIP ON MATERIALIZED VIEW "ANALYTICS"."SALES"."ORDER_MV" TO ROLE "DATA_PLATFORM" COPY CURRENT GRANTS`,
    ]);

    // Read back from the engine's state, byte for byte.
    const analytics = fake.catalog.database('ANALYTICS');
    expect([analytics.comment, analytics.owner, [...analytics.tags]]).toEqual(['Company analytics', 'DATA_PLATFORM', [[tag('TIER'), 'Gold']]]);
    const sales = fake.catalog.schema('ANALYTICS', 'SALES');
    expect([sales.comment, sales.owner]).toEqual(["Sales, it's", 'analysts team']);
    expect(sales.tags).toEqual(new Map([[tag('Data Owner'), 'finance']]));
    expect(orders().comment).toBe(HOSTILE_DESCRIPTION);
    expect(orders().owner).toBe('DATA_PLATFORM');
    expect(orders().tags).toEqual(
      new Map([
        [tag('TIER'), 'Silver'],
        [tagPath('GOVERNANCE', 'OTHER', 'TIER'), 'kept'],
        [tag('PII'), 'Sensitive'],
      ]),
    );
    expect(orders().columns.map((column) => [column.name, column.comment, [...column.tags]])).toEqual([
      ['ID', 'Surrogate key', []],
      ['CUSTOMER_EMAIL', 'E-mail \\ address', [[tag('PII'), 'Sensitive']]],
      ['Mixed Case', 'exact name', []],
    ]);
    const view = fake.catalog.table('ANALYTICS', 'SALES', 'ORDER_VIEW');
    expect([view.comment, [...view.tags], view.owner]).toEqual(['A view', [[tag('RETENTION'), 'short']], 'SYSADMIN']);
    expect(fake.catalog.schema('GOVERNANCE', 'TAGS').tagObjects.has('RETENTION')).toBe(true);
    expect(fake.catalog.grants.every((grant) => grant.currentGrants === 'COPY')).toBe(true);
  });

  it('revokes current grants with ownershipGrants: revoke', async () => {
    seed(fake, REALISTIC);
    const connection = { account: 'fake', username: 'revmeta', password: '${SF_PASSWORD}', accessUrl: fake.url, ownershipGrants: 'revoke' };
    const { first, applied, second } = await converge(await workspaceFor(fake, [database('analytics', { owners: ['DATA_PLATFORM'] })], { connection }));
    expect(changesWithSql(first).map((change) => change.sql)).toEqual([[`GRANT OWNERSHIP ON DATABASE "ANALYTICS" TO ROLE "DATA_PLATFORM" REVOKE CURRENT GRANTS`]]);
    expect(applied.summary.applied).toBe(1);
    expect(fake.catalog.grants).toEqual([{ object: 'DATABASE ANALYTICS', role: 'DATA_PLATFORM', currentGrants: 'REVOKE' }]);
    expect(second.changes).toEqual([]);
  });

  it('names a role exactly as written: a role created unquoted is upper case, and a lower-case name is an unknown owner at plan time', async () => {
    seed(fake, REALISTIC);
    const { first, applied, second } = await converge(await workspaceFor(fake, [database('analytics', { owners: ['data_platform'] })]));
    // SHOW ROLES lists DATA_PLATFORM, not data_platform: a conflict, not a GRANT that fails at apply.
    expect(first.changes).toEqual([]);
    expect(first.conflicts.map((conflict) => conflict.reason)).toEqual(['unknown owner "data_platform": snowflake service "warehouse" has no principal of that name']);
    expect(applied.results).toEqual([]);
    expect(fake.catalog.database('ANALYTICS').owner).toBe('SYSADMIN');
    expect(second.conflicts).toHaveLength(1);
  });

  it('round-trips the hostile corpus as descriptions and tag values, and as names', async () => {
    const values = HOSTILE_VALUES.map((entry, index) => ({ ...entry, column: `C${String(index).padStart(2, '0')}` }));
    const names = HOSTILE_IDENTIFIERS.map((entry) => entry.value);
    const q = (name: string) => `"${name.replaceAll('"', '""')}"`;
    // A tag value must fit Snowflake (256 characters) and have an OpenMetadata FQN that reads back to it.
    const taggable = (value: string) => [...value].length <= 256 && tagFqn('Hostile', value) !== undefined;
    seed(fake, [
      'CREATE DATABASE "Hostile DB"',
      'CREATE SCHEMA "Hostile DB"."it\'s ""here"""',
      `CREATE TABLE "Hostile DB"."it's ""here"""."values" (${values.map((entry) => `${entry.column} VARCHAR`).join(', ')})`,
      `CREATE TABLE "Hostile DB"."it's ""here"""."with""quote" (${names.map((name) => `${q(name)} VARCHAR`).join(', ')})`,
      'CREATE TAG "Hostile DB"."it\'s ""here""".hostile',
    ]);
    const valueColumns = Object.fromEntries(
      values.map((entry) => [
        entry.column.toLowerCase(),
        { description: entry.value, ...(taggable(entry.value) ? { tags: [tagFqn('Hostile', entry.value)!] } : {}) },
      ]),
    );
    const nameColumns = Object.fromEntries(names.map((name) => [name, { description: name }]));
    const documents = [schema('Hostile DB', `it's "here"`, {}, { values: { columns: valueColumns }, 'with"quote': { description: 'quote', columns: nameColumns } })];
    const config = await workspaceFor(fake, documents, { tags: { schema: '"Hostile DB"."it\'s ""here"""' } });
    expect(values.filter((entry) => taggable(entry.value)).length).toBeGreaterThanOrEqual(25);
    const { first, second } = await converge(config);
    expect(first.conflicts).toEqual([]);
    expect(second.changes).toEqual([]);

    // Each table's column comments went in one statement.
    const descriptionStatements = new Set(changesWithSql(first).filter((change) => change.field === 'description' && change.object.kind === 'column').flatMap((change) => change.sql));
    expect(descriptionStatements.size).toBe(2);

    const stored = fake.catalog.table('Hostile DB', `it's "here"`, 'values');
    for (const entry of values) {
      const column = columnOf(stored, entry.column);
      expect(column.comment, entry.name).toBe(entry.value);
      expect(Buffer.from(column.comment ?? '', 'utf8').equals(Buffer.from(entry.value, 'utf8')), entry.name).toBe(true);
      const expected = taggable(entry.value) ? [[tagPath('Hostile DB', `it's "here"`, 'HOSTILE'), entry.value]] : [];
      expect([...column.tags], entry.name).toEqual(expected);
    }
    const quoted = fake.catalog.table('Hostile DB', `it's "here"`, 'with"quote');
    expect(quoted.comment).toBe('quote');
    expect(quoted.columns.map((column) => [column.name, column.comment])).toEqual(names.map((name) => [name, name]));
    // Nothing a value or name said was run: exactly the planned statements reached the server.
    expect(fake.catalog.databases.size).toBe(1);
  });
});

describe('snowflake: what is a conflict, not a write', () => {
  const changesOn = (changes: readonly Change[], table: string) => changes.filter((change) => change.object.table === table);

  it('reports a missing tag object at its manifest line, unless tags.create', async () => {
    seed(fake, REALISTIC);
    const documents = [schema('analytics', 'sales', {}, { orders: { description: 'x', tags: ['Retention.short', 'Tier.Gold'] }, order_view: { tags: ['Tier.Gold'] } })];
    const planned = await plan(await workspaceFor(fake, documents, { tags: GOV_TAGS }));
    await planned.close();
    expect(planned.plan.conflicts).toHaveLength(1);
    expect(planned.plan.conflicts[0]).toMatchObject({
      object: { kind: 'table', table: 'ORDERS' },
      field: 'tag',
      location: { file: expect.stringMatching(/doc0\.yaml$/), line: expect.any(Number) },
    });
    expect(planned.plan.conflicts[0]!.reason).toBe(
      'snowflake cannot store Retention.short: tag key "RETENTION" does not exist at the source; create it or set tags.create: true; no tag of this object is changed',
    );
    // The description of that table and the tags of other objects still plan.
    expect(changesOn(planned.plan.changes, 'ORDERS').map((change) => change.field)).toEqual(['description']);
    expect(changesOn(planned.plan.changes, 'ORDER_VIEW').map((change) => [change.tag, change.after])).toEqual([['TIER', 'Gold']]);
    expect(changesWithSql(planned.plan).flatMap((change) => change.sql).some((sql) => sql.startsWith('CREATE TAG'))).toBe(false);
  });

  it('refuses a value outside the allowed values of a tag, and one longer than 256 characters', async () => {
    seed(fake, REALISTIC);
    const documents = [
      schema('analytics', 'sales', {}, { orders: { tags: ['PII.sensitive'] }, order_view: { tags: [`Tier."${'x'.repeat(257)}"`] }, order_mv: { tags: ['PII.Sensitive'] } }),
    ];
    const planned = await plan(await workspaceFor(fake, documents, { tags: GOV_TAGS }));
    await planned.close();
    const reasons = planned.plan.conflicts.map((conflict) => [conflict.object.table, conflict.reason.replace(/x{20,}/, 'x…')]).sort();
    expect(reasons).toEqual([
      ['ORDERS', 'snowflake cannot store PII.sensitive: "sensitive" is not an allowed value of tag key "PII" (allowed: "Sensitive", "None"); no tag of this object is changed'],
      ['ORDER_VIEW', 'snowflake cannot store Tier."x…": a tag value holds at most 256 characters (this one has 257); no tag of this object is changed'],
    ]);
    expect(planned.plan.changes.map((change) => [change.object.table, change.tag, change.after])).toEqual([['ORDER_MV', 'PII', 'Sensitive']]);
  });

  it('says how to configure tags when the service has no tags.schema, and reads no tags', async () => {
    seed(fake, REALISTIC);
    const planned = await plan(await workspaceFor(fake, [database('analytics', { tags: ['PII.Sensitive'], description: 'd' })]));
    await planned.close();
    expect(planned.plan.conflicts.map((conflict) => conflict.reason)).toEqual([
      'snowflake cannot store PII.Sensitive: Snowflake tags are objects in a schema, and the service sets no tags.schema (e.g. tags: { schema: GOVERNANCE.TAGS }); no tag of this object is changed',
    ]);
    expect(planned.plan.changes.map((change) => change.field)).toEqual(['description']);
    expect(fake.statements.some((sql) => /TAG_REFERENCES|SHOW TAGS/.test(sql))).toBe(false);
  });

  it('is an ambiguous-name conflict when two objects differ only in case', async () => {
    seed(fake, ['CREATE DATABASE analytics', 'CREATE SCHEMA analytics."Sales"', 'CREATE SCHEMA analytics.sales']);
    const planned = await plan(await workspaceFor(fake, [schema('analytics', 'SALES ', {}), schema('analytics', 'sAles', { description: 'x' })]));
    await planned.close();
    expect(planned.plan.changes).toEqual([]);
    expect(planned.plan.conflicts.map((conflict) => conflict.reason)).toEqual([expect.stringMatching(/ambiguous name: "sAles" matches "SALES", "Sales"/)]);
    expect(planned.plan.warnings.map((warning) => warning.code)).toEqual(['missing-object']);
  });
});
