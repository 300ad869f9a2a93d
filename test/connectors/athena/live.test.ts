/**
 * Opt-in: the athena connector against a real AWS account. Enabled by
 *   REVMETA_LIVE_ATHENA_REGION      the region (required; without it the test is skipped)
 *   REVMETA_LIVE_ATHENA_PROFILE     a profile of the shared AWS files (optional; otherwise the
 *                                   SDK default chain: AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY
 *                                   [/AWS_SESSION_TOKEN], AWS_PROFILE, SSO, a role)
 *   REVMETA_LIVE_ATHENA_CATALOG_ID  another account's catalog (optional)
 *   REVMETA_LIVE_ATHENA_LOCATION    S3 prefix for the throwaway table's Location (optional;
 *                                   Glue does not read it, Lake Formation may check it)
 * It creates a throwaway Glue database `revmeta_live_<random>`, converges descriptions on a
 * table in it, checks what only the real service can show (Glue refuses a stale VersionId,
 * SkipArchive keeps no version, 255 non-ASCII characters fit a column comment), and drops
 * the database. Needs glue:CreateDatabase, CreateTable, GetDatabases, GetTables, GetTable,
 * GetTableVersions, UpdateTable, DeleteDatabase.
 */
import { randomBytes } from 'node:crypto';
import {
  CreateDatabaseCommand,
  CreateTableCommand,
  DeleteDatabaseCommand,
  GetTableCommand,
  GetTableVersionsCommand,
  GlueClient,
  UpdateTableCommand,
  type TableInput,
} from '@aws-sdk/client-glue';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withoutNodeVersionWarning } from '../../../src/connectors/athena/driver.js';
import { athena } from '../../../src/connectors/athena/index.js';
import { restateTable } from '../../../src/connectors/athena/sql.js';
import type { Driver } from '../../../src/connectors/types.js';
import { converge, manifests, plan, SERVICE } from './fixtures.js';

const region = process.env.REVMETA_LIVE_ATHENA_REGION;
const profile = process.env.REVMETA_LIVE_ATHENA_PROFILE;
const catalogId = process.env.REVMETA_LIVE_ATHENA_CATALOG_ID;
const location = process.env.REVMETA_LIVE_ATHENA_LOCATION ?? 's3://revmeta-live-test-not-read/';
if (!region) console.warn('skipping the live Glue test: set REVMETA_LIVE_ATHENA_REGION (and AWS credentials) to run it');

const database = `revmeta_live_${randomBytes(4).toString('hex')}`;
const catalog = catalogId ? { CatalogId: catalogId } : {};

describe.skipIf(!region)('athena connector on a real Glue Data Catalog (live)', () => {
  let glue: GlueClient;
  let driver: Driver;

  beforeAll(async () => {
    glue = withoutNodeVersionWarning(() => new GlueClient({ region: region!, ...(profile ? { profile } : {}) }));
    driver = athena.createDriver({
      service: SERVICE,
      configDir: '/',
      connection: { region: region!, ...(profile ? { profile } : {}), ...(catalogId ? { catalogId } : {}) },
    });
    await glue.send(new CreateDatabaseCommand({ ...catalog, DatabaseInput: { Name: database, Description: 'revmeta live test, safe to delete' } }));
    const table: TableInput = {
      Name: 'orders',
      TableType: 'EXTERNAL_TABLE',
      Parameters: { EXTERNAL: 'TRUE', classification: 'parquet', 'revmeta.test': 'kept' },
      StorageDescriptor: {
        Columns: [
          { Name: 'id', Type: 'bigint', Comment: 'old' },
          { Name: 'email', Type: 'string' },
        ],
        Location: `${location.replace(/\/?$/, '/')}${database}/orders/`,
        InputFormat: 'org.apache.hadoop.hive.ql.io.parquet.MapredParquetInputFormat',
        OutputFormat: 'org.apache.hadoop.hive.ql.io.parquet.MapredParquetOutputFormat',
        SerdeInfo: { SerializationLibrary: 'org.apache.hadoop.hive.ql.io.parquet.serde.ParquetHiveSerDe', Parameters: { 'serialization.format': '1' } },
      },
      PartitionKeys: [{ Name: 'dt', Type: 'string' }],
    };
    await glue.send(new CreateTableCommand({ ...catalog, DatabaseName: database, TableInput: table }));
  });

  afterAll(async () => {
    await driver?.close();
    await glue?.send(new DeleteDatabaseCommand({ ...catalog, Name: database })).catch((error: unknown) => {
      console.warn(`could not drop the live test database ${database}: ${String(error)}`);
    });
    glue?.destroy();
  });

  const readTable = async () => (await glue.send(new GetTableCommand({ ...catalog, DatabaseName: database, Name: 'orders' }))).Table!;
  const versions = async () => (await glue.send(new GetTableVersionsCommand({ ...catalog, DatabaseName: database, TableName: 'orders' }))).TableVersions?.length ?? 0;

  it('converges, keeps every other member, archives no version, and plans nothing afterwards', async () => {
    const before = await readTable();
    const archived = await versions();
    const long = 'é'.repeat(255);
    const desired = manifests({ [database]: { tables: { orders: { description: 'Orders.\nOne row each.', columns: { id: 'Key', email: long, dt: 'Day' } } } } });
    await converge(driver, desired);
    const after = await readTable();
    expect(after.Description).toBe('Orders.\nOne row each.');
    expect(after.Parameters).toEqual({ ...before.Parameters, comment: 'Orders.\nOne row each.' });
    expect(after.StorageDescriptor?.Columns?.map((c) => c.Comment)).toEqual(['Key', long]);
    expect(after.PartitionKeys?.[0]?.Comment).toBe('Day');
    const strip = (input: ReturnType<typeof restateTable>) => {
      const { Description: _d, Parameters: _p, StorageDescriptor, PartitionKeys, ...rest } = input as Record<string, unknown> & {
        StorageDescriptor: { Columns: Array<Record<string, unknown>> };
        PartitionKeys: Array<Record<string, unknown>>;
      };
      const bare = (columns: Array<Record<string, unknown>>) => columns.map(({ Comment: _c, ...column }) => column);
      return { ...rest, StorageDescriptor: { ...StorageDescriptor, Columns: bare(StorageDescriptor.Columns) }, PartitionKeys: bare(PartitionKeys) };
    };
    expect(strip(restateTable(after))).toEqual(strip(restateTable(before)));
    expect(await versions()).toBe(archived);
    expect((await plan(driver, desired)).changes).toEqual([]);
  });

  it('Glue itself refuses an UpdateTable at a version that is no longer current', async () => {
    const current = await readTable();
    const stale = String(Number(current.VersionId) - 1);
    // The restated input carries timestamps as ISO text (statement form); the SDK wants Dates.
    const input = {
      ...(restateTable(current) as unknown as TableInput),
      ...(current.LastAccessTime ? { LastAccessTime: current.LastAccessTime } : {}),
      ...(current.LastAnalyzedTime ? { LastAnalyzedTime: current.LastAnalyzedTime } : {}),
    };
    await expect(glue.send(new UpdateTableCommand({ ...catalog, DatabaseName: database, TableInput: input, VersionId: stale, SkipArchive: true }))).rejects.toMatchObject({
      name: 'ConcurrentModificationException',
    });
  });
});
