/**
 * The athena connector through the real Glue and Athena clients against moto_server
 * (test/engines/moto.sh), through the same loop the core runs: introspect → capabilities →
 * planService → readCompileContext → applyChanges, then read back raw (as Glue stores it) and plan
 * again: empty. Skipped with a printed reason where moto is missing, never under CI.
 *
 * moto stores what UpdateTable sends, whole, as real Glue does, so a member the request
 * leaves out is lost there too: the byte-for-byte checks below are what keeps revmeta from
 * dropping one. moto itself neither checks VersionId nor honours SkipArchive (it keeps every
 * version), and does not run Athena SQL (it records the query and reports success); the moto
 * that test/engines/moto.sh starts (moto-server.py) checks VersionId as Glue does, which is
 * what keeps an apply from overwriting a table changed since its plan.
 */
import { AthenaClient, GetQueryExecutionCommand, ListQueryExecutionsCommand } from '@aws-sdk/client-athena';
import { CreateDatabaseCommand, CreateTableCommand, DeleteTableCommand, GetTableVersionsCommand, UpdateTableCommand, type TableInput } from '@aws-sdk/client-glue';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withoutNodeVersionWarning } from '../../../src/connectors/athena/driver.js';
import { athena } from '../../../src/connectors/athena/index.js';
import { canonicalJson, type JsonObject } from '../../../src/connectors/athena/sql.js';
import type { Driver } from '../../../src/connectors/types.js';
import type { ObservedNode } from '../../../src/model/types.js';
import { HOSTILE_IDENTIFIERS, HOSTILE_VALUES } from '../../corpus/hostile.js';
import { MOTO_CREDENTIALS, MOTO_REGION, startMoto } from '../../engines/moto.js';
import { DATABASE, SERVICE, apply, converge, glueClient, manifests, motoConnection, plan, rawGlue, rawTable, type SchemaSpec } from './fixtures.js';
import { changesWithSql } from '../../plan-statements.js';

const engine = await startMoto();
const skip = 'skip' in engine ? engine.skip : undefined;
if (skip) console.warn(`skipping the Glue tests on moto: ${skip}`);
const endpoint = 'endpoint' in engine ? engine.endpoint : 'http://127.0.0.1:1';

const glue = glueClient(endpoint);
let driver: Driver;

beforeAll(() => {
  driver = athena.createDriver({ service: SERVICE, configDir: '/', connection: motoConnection(endpoint) });
});

afterAll(async () => {
  await driver?.close();
  glue.destroy();
  if ('stop' in engine) await engine.stop();
});

async function createDatabase(name: string, description?: string): Promise<void> {
  await glue.send(new CreateDatabaseCommand({ DatabaseInput: { Name: name, ...(description ? { Description: description } : {}) } }));
}

async function createTable(database: string, input: TableInput): Promise<void> {
  await glue.send(new CreateTableCommand({ DatabaseName: database, TableInput: input }));
}

/** A Hive table as Athena's CREATE EXTERNAL TABLE writes it, with every member a comment change must keep. */
function hiveTable(name: string, extra: Partial<TableInput> = {}): TableInput {
  return {
    Name: name,
    Description: 'Glue description',
    Owner: 'hadoop',
    LastAccessTime: new Date('2024-03-04T05:06:07.000Z'),
    LastAnalyzedTime: new Date('2024-03-05T00:00:00.000Z'),
    Retention: 7,
    TableType: 'EXTERNAL_TABLE',
    Parameters: { EXTERNAL: 'TRUE', classification: 'parquet', 'projection.enabled': 'true', 'projection.dt.type': 'date', comment: 'Athena comment' },
    StorageDescriptor: {
      Columns: [
        { Name: 'id', Type: 'bigint', Comment: 'Surrogate key', Parameters: { 'source.column': 'ID' } },
        { Name: 'email', Type: 'string' },
        { Name: 'payload', Type: 'struct<a:int,b:array<string>>', Comment: '' },
      ],
      Location: 's3://revmeta-test/sales/orders/',
      AdditionalLocations: ['s3://revmeta-test/sales/orders-archive/'],
      InputFormat: 'org.apache.hadoop.hive.ql.io.parquet.MapredParquetInputFormat',
      OutputFormat: 'org.apache.hadoop.hive.ql.io.parquet.MapredParquetOutputFormat',
      Compressed: true,
      NumberOfBuckets: 4,
      SerdeInfo: { Name: 'serde', SerializationLibrary: 'org.apache.hadoop.hive.ql.io.parquet.serde.ParquetHiveSerDe', Parameters: { 'serialization.format': '1' } },
      BucketColumns: ['id'],
      SortColumns: [{ Column: 'id', SortOrder: 1 }],
      Parameters: { 'sd.param': 'x' },
      SkewedInfo: { SkewedColumnNames: ['email'], SkewedColumnValues: ['a@b'], SkewedColumnValueLocationMaps: { 'a@b': 's3://revmeta-test/skew/' } },
      StoredAsSubDirectories: false,
    },
    PartitionKeys: [
      { Name: 'dt', Type: 'string', Comment: 'Day' },
      { Name: 'region', Type: 'string' },
    ],
    ...extra,
  };
}

const ATHENA_VIEW: TableInput = {
  Name: 'order_emails',
  TableType: 'VIRTUAL_VIEW',
  Parameters: { presto_view: 'true', comment: 'Presto View' },
  ViewOriginalText: '/* Presto View: eyJvcmlnaW5hbFNxbCI6IlNFTEVDVCAxIn0= */',
  ViewExpandedText: '/* Presto View */',
  StorageDescriptor: { Columns: [{ Name: 'id', Type: 'bigint' }] },
  PartitionKeys: [],
};

const ICEBERG: TableInput = {
  Name: 'events',
  TableType: 'EXTERNAL_TABLE',
  Parameters: { table_type: 'ICEBERG', metadata_location: 's3://revmeta-test/events/metadata/00001.metadata.json', comment: 'Iceberg events' },
  StorageDescriptor: { Columns: [{ Name: 'ts', Type: 'timestamp', Comment: 'When' }], Location: 's3://revmeta-test/events/' },
};

const RESOURCE_LINK: TableInput = { Name: 'shared_orders', TargetTable: { CatalogId: '210987654321', DatabaseName: 'sales', Name: 'orders' } };

/** Members of a raw table that a description change may move; everything else must stay byte for byte. */
function withoutDescriptions(table: Record<string, unknown>): Record<string, unknown> {
  const { Description: _d, UpdateTime: _u, VersionId: _v, Parameters, StorageDescriptor, PartitionKeys, ...rest } = table as {
    Parameters?: Record<string, string>;
    StorageDescriptor?: { Columns?: Array<Record<string, unknown>> };
    PartitionKeys?: Array<Record<string, unknown>>;
  } & Record<string, unknown>;
  const { comment: _c, ...parameters } = Parameters ?? {};
  const uncomment = (columns: Array<Record<string, unknown>> | undefined) => columns?.map(({ Comment: _x, ...column }) => column);
  return {
    ...rest,
    Parameters: parameters,
    StorageDescriptor: StorageDescriptor && { ...StorageDescriptor, Columns: uncomment(StorageDescriptor.Columns) },
    PartitionKeys: uncomment(PartitionKeys),
  };
}

async function versionsOf(database: string, table: string): Promise<number> {
  const { TableVersions } = await glue.send(new GetTableVersionsCommand({ DatabaseName: database, TableName: table }));
  return TableVersions?.length ?? 0;
}

const leaf = (kind: ObservedNode['kind'], name: string, description: string | null, children: ObservedNode[] = []): ObservedNode => ({
  kind,
  name,
  description,
  owner: null,
  tags: {},
  children,
});

describe.skipIf(skip !== undefined)('athena connector on moto (real Glue and Athena clients)', () => {
  it('introspects a realistic catalog into the exact tree, with one GetDatabases and one GetTables per Glue database', async () => {
    await createDatabase('sales', 'Sales data');
    await createDatabase('untouched');
    await createTable('sales', hiveTable('orders'));
    await createTable('sales', ATHENA_VIEW);
    await createTable('sales', ICEBERG);
    await createTable('sales', RESOURCE_LINK);
    await createTable('untouched', hiveTable('ignored'));

    const result = await athena.introspect(driver, { service: SERVICE, databases: ['awsdatacatalog'], schemas: { AWSDATACATALOG: ['Sales'] } });
    expect(result.server).toEqual({ version: 'AWS Glue Data Catalog' });
    expect(result.queries).toBe(2);
    expect(result.observed).toEqual({
      service: SERVICE,
      databases: [
        leaf('database', DATABASE, null, [
          leaf('schema', 'sales', 'Sales data', [
            { ...leaf('table', 'events', 'Iceberg events', [leaf('column', 'ts', 'When')]), relation: 'external_table' },
            { ...leaf('table', 'order_emails', null, [leaf('column', 'id', null)]), relation: 'view' },
            {
              ...leaf('table', 'orders', 'Athena comment', [
                leaf('column', 'id', 'Surrogate key'),
                leaf('column', 'email', null),
                leaf('column', 'payload', null),
                leaf('column', 'dt', 'Day'),
                leaf('column', 'region', null),
              ]),
              relation: 'table',
            },
            { ...leaf('table', 'shared_orders', null), relation: 'foreign_table' },
          ]),
        ]),
      ],
    });
    // Out of scope: nothing is read.
    const none = await athena.introspect(driver, { service: SERVICE, databases: ['other'] });
    expect(none).toMatchObject({ observed: { databases: [] }, queries: 0 });
  });

  it('converges table and column descriptions, one UpdateTable per table, and keeps every other member byte for byte', async () => {
    const before = await rawTable(endpoint, 'sales', 'orders');
    const versions = await versionsOf('sales', 'orders');
    const desired = manifests({
      sales: {
        tables: {
          orders: {
            description: 'One row per order.\nRefunds are separate rows.',
            columns: { id: 'Order key', email: 'Customer e-mail', payload: 'Raw payload', dt: 'Partition day', region: 'Sales region' },
          },
        },
      },
    });
    const planned = await converge(driver, desired);
    expect(planned.changes).toHaveLength(6);
    expect(planned.warnings).toEqual([]);
    expect(new Set(changesWithSql(planned).flatMap((c) => c.sql)).size).toBe(1);
    expect(planned.compileContextRequests).toBe(1);
    expect(await versionsOf('sales', 'orders')).toBe(versions + 1);

    const after = await rawTable(endpoint, 'sales', 'orders');
    expect(withoutDescriptions(after)).toEqual(withoutDescriptions(before));
    // Same JSON text, nothing re-typed on the way (an integer timestamp stays an integer, a
    // boolean a boolean). Keys are compared in canonical order: the request lists map keys
    // (Parameters) sorted, so that it is deterministic whatever order a read returns them in.
    const text = (table: Record<string, unknown>) => JSON.stringify(canonicalJson(withoutDescriptions(table) as JsonObject));
    expect(text(after)).toBe(text(before));
    expect(after.Description).toBe('One row per order.\nRefunds are separate rows.');
    expect((after.Parameters as Record<string, string>).comment).toBe('One row per order.\nRefunds are separate rows.');
    expect((after.StorageDescriptor as { Columns: Array<{ Comment?: string }> }).Columns.map((c) => c.Comment)).toEqual(['Order key', 'Customer e-mail', 'Raw payload']);
    expect((after.PartitionKeys as Array<{ Comment?: string }>).map((c) => c.Comment)).toEqual(['Partition day', 'Sales region']);
    expect(after.VersionId).toBe(String(Number(before.VersionId) + 1));

    const again = await plan(driver, desired);
    expect(again.changes).toEqual([]);
    expect(again.conflicts).toEqual([]);
  });

  it('clears descriptions: Description, Parameters.comment and Comment are removed, nothing else moves', async () => {
    const before = await rawTable(endpoint, 'sales', 'orders');
    const desired = manifests({ sales: { tables: { orders: { description: '', columns: { id: '', dt: '' } } } } });
    const planned = await converge(driver, desired);
    expect(planned.changes.map((c) => c.action)).toEqual(['clear', 'clear', 'clear']);
    const after = await rawTable(endpoint, 'sales', 'orders');
    expect('Description' in after).toBe(false);
    expect('comment' in (after.Parameters as object)).toBe(false);
    expect((after.StorageDescriptor as { Columns: Array<Record<string, unknown>> }).Columns[0]).toEqual({ Name: 'id', Type: 'bigint', Parameters: { 'source.column': 'ID' } });
    expect((after.PartitionKeys as Array<Record<string, unknown>>)[0]).toEqual({ Name: 'dt', Type: 'string' });
    expect(withoutDescriptions(after)).toEqual(withoutDescriptions(before));
    expect((await plan(driver, desired)).changes).toEqual([]);
  });

  it('does not write views, Iceberg tables or resource links, and says so', async () => {
    const before = await Promise.all(['order_emails', 'events', 'shared_orders'].map((name) => rawTable(endpoint, 'sales', name)));
    const desired = manifests({
      sales: {
        tables: {
          order_emails: { description: 'Emails', columns: { id: 'Key' } },
          events: { description: 'Events', columns: { ts: 'Time' } },
          shared_orders: { description: 'Shared' },
        },
      },
    });
    const planned = await plan(driver, desired);
    expect(planned.changes).toEqual([]);
    expect(planned.warnings.map((w) => w.message).sort()).toEqual([
      'athena cannot store descriptions on a foreign table: not applied (AwsDataCatalog.sales.shared_orders)',
      'athena cannot store descriptions on a view: not applied (AwsDataCatalog.sales.order_emails)',
      'athena cannot store descriptions on an external table: not applied (AwsDataCatalog.sales.events)',
      'athena cannot store descriptions on the columns of a view: not applied (AwsDataCatalog.sales.order_emails.id)',
      'athena cannot store descriptions on the columns of an external table: not applied (AwsDataCatalog.sales.events.ts)',
    ]);
    const after = await Promise.all(['order_emails', 'events', 'shared_orders'].map((name) => rawTable(endpoint, 'sales', name)));
    expect(after).toEqual(before);
  });

  it('does not write Hudi tables, whose meta sync rewrites Glue on each commit, and says so', async () => {
    // As Hudi's AwsGlueCatalogSyncTool registers a copy-on-write table.
    await createTable('sales', {
      Name: 'rides',
      TableType: 'EXTERNAL_TABLE',
      Parameters: { EXTERNAL: 'TRUE', 'spark.sql.sources.provider': 'hudi', last_commit_time_sync: '20240301000000000' },
      StorageDescriptor: {
        Columns: [{ Name: 'ride_id', Type: 'string' }],
        Location: 's3://revmeta-test/rides/',
        InputFormat: 'org.apache.hudi.hadoop.HoodieParquetInputFormat',
        OutputFormat: 'org.apache.hadoop.hive.ql.io.parquet.MapredParquetOutputFormat',
      },
    });
    try {
      const before = await rawTable(endpoint, 'sales', 'rides');
      const planned = await plan(driver, manifests({ sales: { tables: { rides: { description: 'Rides', columns: { ride_id: 'Ride key' } } } } }));
      expect(planned.changes).toEqual([]);
      expect(planned.warnings.map((w) => w.message).sort()).toEqual([
        'athena cannot store descriptions on an external table: not applied (AwsDataCatalog.sales.rides)',
        'athena cannot store descriptions on the columns of an external table: not applied (AwsDataCatalog.sales.rides.ride_id)',
      ]);
      expect(await rawTable(endpoint, 'sales', 'rides')).toEqual(before);
    } finally {
      // The later tests list the sales database as the first one built it.
      await glue.send(new DeleteTableCommand({ DatabaseName: 'sales', Name: 'rides' }));
    }
  });

  it('matches names case-insensitively and reports what the catalog does not have', async () => {
    const desired = manifests({ SALES: { tables: { Orders: { description: 'Orders', columns: { ID: 'Key', nope: 'x' } }, missing: { description: 'x' } } } });
    const planned = await converge(driver, desired);
    expect(planned.changes.map((c) => [c.object.schema, c.object.table, c.object.column ?? null])).toEqual([
      ['sales', 'orders', null],
      ['sales', 'orders', 'id'],
    ]);
    expect(planned.warnings.map((w) => w.code)).toEqual(['missing-object', 'missing-object']);
    expect((await plan(driver, desired)).changes).toEqual([]);
  });

  it('refuses to apply over a table that changed since the plan read it, and writes nothing to it', async () => {
    const desired = manifests({ sales: { tables: { orders: { description: 'Planned', columns: { email: 'Planned mail' } } } } });
    const planned = await plan(driver, desired);
    expect(planned.changes).toHaveLength(2);
    // Someone else changes the table between plan and apply.
    const current = await rawTable(endpoint, 'sales', 'orders');
    const theirs = hiveTable('orders', { Parameters: { EXTERNAL: 'TRUE', 'changed.by': 'someone else' } });
    await glue.send(new UpdateTableCommand({ DatabaseName: 'sales', TableInput: theirs }));
    const result = await apply(driver, planned);
    expect(result.summary).toEqual({ applied: 0, failed: 2, notRun: 0 });
    expect(result.results[0]!.error).toBe(
      `Glue table "sales"."orders" changed since the plan read it (version ${current.VersionId as string} then, ${Number(current.VersionId) + 1} now); nothing was written to it: plan again`,
    );
    const after = await rawTable(endpoint, 'sales', 'orders');
    expect(after.Parameters).toEqual({ EXTERNAL: 'TRUE', 'changed.by': 'someone else' });
    // A saved plan is stale too: what readCompileContext read is part of the observed digest.
    const fresh = await plan(driver, desired);
    expect(fresh.observedDigest).not.toBe(planned.observedDigest);
    await converge(driver, desired);
    expect((await rawTable(endpoint, 'sales', 'orders')).Parameters).toEqual({ EXTERNAL: 'TRUE', 'changed.by': 'someone else', comment: 'Planned' });
  });

  it('runs a moto that refuses an UpdateTable at a version no longer current, as Glue does', async () => {
    const current = await rawTable(endpoint, 'sales', 'orders');
    const stale = String(Number(current.VersionId) - 1);
    const input = hiveTable('orders', { Description: 'never stored' });
    await expect(glue.send(new UpdateTableCommand({ DatabaseName: 'sales', TableInput: input, VersionId: stale }))).rejects.toMatchObject({
      name: 'ConcurrentModificationException',
      message: 'Update table failed due to concurrent modifications.',
    });
    expect((await rawTable(endpoint, 'sales', 'orders')).VersionId).toBe(current.VersionId);
  });

  describe('the hostile corpus', () => {
    const caps = athena.capabilities({ version: 'AWS Glue Data Catalog' });
    const storable = (level: 'table' | 'column', value: string) => {
      const rules = caps.descriptionRules![level]!;
      if (rules.noNewlines && /[\r\n]/.test(value)) return false;
      if (rules.refuse?.(value)) return false;
      return [...value].length <= caps.descriptionLimits![level]!.max;
    };

    it('stores every value Glue takes exactly, refuses the others at plan time, and plans nothing afterwards', async () => {
      await createDatabase('hostile');
      const tables: SchemaSpec['tables'] = {};
      for (const [i, { value }] of HOSTILE_VALUES.entries()) {
        await createTable('hostile', hiveTable(`t${i}`, { Description: undefined, Parameters: { EXTERNAL: 'TRUE' } }));
        tables[`t${i}`] = { description: value, columns: { email: value, dt: value } };
      }
      const desired = manifests({ hostile: { tables } });
      const planned = await plan(driver, desired);
      const refused = HOSTILE_VALUES.flatMap(({ value }) => [storable('table', value) ? 0 : 1, storable('column', value) ? 0 : 2]).reduce((a, b) => a + b, 0);
      expect(planned.conflicts).toHaveLength(refused);
      expect(refused).toBeGreaterThan(0);
      const result = await apply(driver, planned);
      expect(result.summary.failed).toBe(0);
      expect(result.summary.applied).toBe(planned.changes.length);

      for (const [i, { name, value }] of HOSTILE_VALUES.entries()) {
        const raw = await rawTable(endpoint, 'hostile', `t${i}`);
        const tableValue = storable('table', value) ? value : undefined;
        const columnValue = storable('column', value) ? value : undefined;
        expect(raw.Description, name).toBe(tableValue);
        expect((raw.Parameters as Record<string, string>).comment, name).toBe(tableValue);
        expect((raw.StorageDescriptor as { Columns: Array<{ Comment?: string }> }).Columns[1]!.Comment, name).toBe(columnValue);
        expect((raw.PartitionKeys as Array<{ Comment?: string }>)[0]!.Comment, name).toBe(columnValue ?? 'Day');
      }
      const again = await plan(driver, desired);
      expect(again.changes).toEqual([]);
      expect(again.conflicts).toHaveLength(refused);
    });

    it('writes tables and columns whatever their names hold', async () => {
      const schema = HOSTILE_IDENTIFIERS.map((c) => c.value).join('|').slice(0, 200);
      await createDatabase(schema);
      const columns = HOSTILE_IDENTIFIERS.map(({ value }) => ({ Name: value, Type: 'string' }));
      for (const { value } of HOSTILE_IDENTIFIERS) {
        await createTable(schema, { Name: value, TableType: 'EXTERNAL_TABLE', StorageDescriptor: { Columns: columns }, PartitionKeys: [] });
      }
      const desired = manifests({
        [schema]: {
          tables: Object.fromEntries(
            HOSTILE_IDENTIFIERS.map(({ value }) => [value, { description: `table ${value}`, columns: Object.fromEntries(HOSTILE_IDENTIFIERS.map((c) => [c.value, `column ${c.value}`])) }]),
          ),
        },
      });
      const planned = await converge(driver, desired);
      expect(planned.changes).toHaveLength(HOSTILE_IDENTIFIERS.length * (HOSTILE_IDENTIFIERS.length + 1));
      for (const { value } of HOSTILE_IDENTIFIERS) {
        const raw = await rawTable(endpoint, schema, value);
        expect(raw.Description).toBe(`table ${value}`);
        expect((raw.StorageDescriptor as { Columns: Array<{ Name: string; Comment?: string }> }).Columns).toEqual(
          HOSTILE_IDENTIFIERS.map((c) => ({ Name: c.value, Type: 'string', Comment: `column ${c.value}` })),
        );
      }
      expect((await plan(driver, desired)).changes).toEqual([]);
    });
  });

  describe('sessions', () => {
    it('reads through glue: requests and refuses every other glue operation, other databases and transactions', async () => {
      const session = await driver.open('awsdatacatalog');
      try {
        const [table] = await session.query('glue:GetTable {"DatabaseName":"sales","Name":"orders"}');
        expect(table).toMatchObject({ Name: 'orders', DatabaseName: 'sales', TableType: 'EXTERNAL_TABLE' });
        expect((await session.query('glue:GetTables {"DatabaseName":"sales"}')).map((t) => t.Name).sort()).toEqual(['events', 'order_emails', 'orders', 'shared_orders']);
        expect((await session.query('glue:GetDatabases {}')).map((d) => d.Name)).toContain('sales');
        await expect(session.execute('glue:DeleteTable {"DatabaseName":"sales","Name":"orders"}')).rejects.toThrow(
          'a Glue request is sent as a typed plan statement, not as text: execute runs Athena SQL only',
        );
        await expect(session.query('glue:DeleteTable {}')).rejects.toThrow(/not a read revmeta makes/);
        await expect(session.send!({ kind: 'bigquery.tables.patch', resource: 'projects/p/datasets/sales/tables/orders', body: {} })).rejects.toThrow(
          'bigquery.tables.patch is not a request revmeta sends to Glue (only glue.UpdateTable)',
        );
        await expect(session.send!({ kind: 'glue.UpdateTable', input: { DatabaseName: 'sales', TableInput: { Name: 'orders' }, Force: true } })).rejects.toThrow(
          'glue:UpdateTable: revmeta does not send Force',
        );
        await expect(session.begin()).rejects.toThrow(/no transactions/);
      } finally {
        await session.close();
      }
      await expect(driver.open('other')).rejects.toThrow('this Athena service has one database level, "AwsDataCatalog" (connection.databaseName); there is no database "other"');
      const closed = await driver.open();
      await closed.close();
      await expect(closed.query('glue:GetDatabases {}')).rejects.toThrow(/closed/);
    });

    it('names the Glue error, and keeps credentials out of it', async () => {
      const session = await driver.open();
      try {
        const error = await session.query('glue:GetTable {"DatabaseName":"sales","Name":"nope"}').catch((e: unknown) => e as Error);
        expect((error as Error).message).toMatch(/^Glue GetTable of "sales"\."nope" failed: EntityNotFoundException: /);
        expect((error as Error).message).not.toContain(MOTO_CREDENTIALS.secretAccessKey);
      } finally {
        await session.close();
      }
    });
  });

  describe('custom templates run as Athena DDL', () => {
    const athenaClient = withoutNodeVersionWarning(() => new AthenaClient({ region: MOTO_REGION, endpoint, credentials: MOTO_CREDENTIALS }));
    afterAll(() => athenaClient.destroy());

    async function queriesSent(): Promise<string[]> {
      const { QueryExecutionIds = [] } = await athenaClient.send(new ListQueryExecutionsCommand({}));
      const queries = await Promise.all(QueryExecutionIds.map((id) => athenaClient.send(new GetQueryExecutionCommand({ QueryExecutionId: id }))));
      return queries.map((q) => q.QueryExecution?.Query ?? '');
    }

    it('sends the compiled statement through StartQueryExecution and waits for it to succeed', async () => {
      const desired = manifests({ sales: { tables: { orders: { description: "it's Athena's" } } } });
      const policy = { templates: { tableDescription: "ALTER TABLE {schema}.{table} SET TBLPROPERTIES ('comment' = {description})" } };
      const planned = await plan(driver, desired, policy);
      expect(changesWithSql(planned).map((c) => c.sql)).toEqual([["ALTER TABLE `sales`.`orders` SET TBLPROPERTIES ('comment' = 'it\\'s Athena\\'s')"]]);
      const result = await apply(driver, planned);
      expect(result.summary).toEqual({ applied: 1, failed: 0, notRun: 0 });
      expect(await queriesSent()).toContain("ALTER TABLE `sales`.`orders` SET TBLPROPERTIES ('comment' = 'it\\'s Athena\\'s')");
      // moto does not run SQL: the Glue table is as it was, and the plan still shows the change.
      expect((await plan(driver, desired, policy)).changes).toHaveLength(1);
    });

    it('reads rows of an Athena query by column name', async () => {
      // moto answers the next GetQueryResults with rows configured through its own API.
      const rows = [{ Data: [{ VarCharValue: 'name' }, { VarCharValue: 'n' }] }, { Data: [{ VarCharValue: 'orders' }, { VarCharValue: '3' }] }];
      const response = await fetch(`${endpoint}/moto-api/static/athena/query-results`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({
          account_id: '123456789012',
          region: MOTO_REGION,
          results: [{ rows, column_info: [{ Name: 'name', Type: 'varchar' }, { Name: 'n', Type: 'integer' }] }],
        }),
      });
      expect(response.ok).toBe(true);
      const session = await driver.open();
      try {
        expect(await session.query('SELECT name, count(*) AS n FROM x GROUP BY name')).toEqual([{ name: 'orders', n: '3' }]);
      } finally {
        await session.close();
      }
    });

    it('fails clearly when the workgroup does not exist', async () => {
      const other = athena.createDriver({ service: SERVICE, configDir: '/', connection: motoConnection(endpoint, { workgroup: 'no-such-group' }) });
      const session = await other.open();
      try {
        await expect(session.execute('ALTER TABLE x SET TBLPROPERTIES (\'a\'=\'b\')')).rejects.toThrow(/^Athena StartQueryExecution \(ALTER TABLE x .*\) failed: .*WorkGroup does not exist/);
      } finally {
        await other.close();
      }
    });
  });

  it('reads raw Glue as the service stores it (the helper the checks above rely on)', async () => {
    const { Table } = (await rawGlue(endpoint, 'GetTable', { DatabaseName: 'sales', Name: 'events' })) as { Table: Record<string, unknown> };
    expect(Table.Parameters).toEqual(ICEBERG.Parameters);
    expect(typeof Table.CreateTime).toBe('number');
  });
});
