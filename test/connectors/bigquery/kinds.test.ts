/**
 * Every table kind BigQuery has, through the real client and the fake REST server: external
 * tables take no options by DDL (the fake refuses with the DDL reference's words), snapshots
 * take metadata but no schema change, clones are tables, a kind revmeta does not know is a
 * warning naming it, and a dataset-level grant meets a clear error about region views.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bigquery } from '../../../src/connectors/bigquery/index.js';
import { EXTERNAL_TABLE_REFUSAL, SNAPSHOT_SCHEMA_REFUSAL } from './fake/sql.js';
import { startFakeBigQuery, type FakeBigQuery } from './fake/server.js';
import { applyPlanned, createDriver, PROJECT, planFor, statementsOf, want } from './fixtures.js';

let fake: FakeBigQuery;

beforeEach(async () => {
  fake = await startFakeBigQuery();
  const { catalog } = fake;
  catalog.addDataset(PROJECT, 'lake');
  catalog.addTable(PROJECT, 'lake', 'raw_files', { type: 'EXTERNAL', fields: [{ name: 'line', type: 'STRING' }] });
  catalog.addTable(PROJECT, 'lake', 'orders_2024', { type: 'SNAPSHOT', fields: [{ name: 'id', type: 'INT64' }] });
  catalog.addTable(PROJECT, 'lake', 'orders_clone', { fields: [{ name: 'id', type: 'INT64' }] }).reportedType = 'CLONE';
});

afterEach(async () => {
  await fake.stop();
});

describe('the fake refuses what BigQuery refuses, per table kind', () => {
  it.each<[string, string, string]>([
    ['table options of an external table', "ALTER TABLE `acme-analytics`.`lake`.`raw_files` SET OPTIONS (description = 'x')", EXTERNAL_TABLE_REFUSAL],
    ['column options of an external table', "ALTER TABLE `acme-analytics`.`lake`.`raw_files` ALTER COLUMN `line` SET OPTIONS (description = 'x')", EXTERNAL_TABLE_REFUSAL],
    ['column options of a snapshot', "ALTER TABLE `acme-analytics`.`lake`.`orders_2024` ALTER COLUMN `id` SET OPTIONS (description = 'x')", SNAPSHOT_SCHEMA_REFUSAL],
  ])('%s', async (_name, sql, message) => {
    const session = await createDriver(fake).open();
    await expect(session.execute(sql)).rejects.toThrow(message);
  });

  it('takes a snapshot description by ALTER TABLE SET OPTIONS, and refuses its schema by tables.patch', async () => {
    const driver = createDriver(fake);
    await driver.runStatement("ALTER TABLE `acme-analytics`.`lake`.`orders_2024` SET OPTIONS (description = 'frozen')");
    expect(fake.catalog.table(PROJECT, 'lake', 'orders_2024').description).toBe('frozen');
    const body = { schema: { fields: [{ name: 'id', type: 'INT64', description: 'x' }] } };
    await expect(driver.sendRequest({ kind: 'bigquery.tables.patch', resource: 'projects/acme-analytics/datasets/lake/tables/orders_2024', body })).rejects.toThrow(SNAPSHOT_SCHEMA_REFUSAL);
  });
});

describe('bigquery: table kinds', () => {
  it('reads snapshots as snapshots and clones as tables', async () => {
    const introspection = await bigquery.introspect(createDriver(fake), { service: 'lake', databases: [PROJECT] });
    const tables = introspection.observed.databases[0]!.children[0]!.children;
    expect(tables.map((table) => [table.name, table.relation])).toEqual([
      ['orders_2024', 'snapshot'],
      ['orders_clone', 'table'],
      ['raw_files', 'external_table'],
    ]);
  });

  it('warns about what external tables and snapshots refuse, and writes what they take', async () => {
    const planned = await planFor(createDriver(fake), [
      want.project(PROJECT, [
        want.dataset('lake', {}, [
          want.table('raw_files', { description: 'files', tags: ['Tier.Raw'] }, [want.column('line', { description: 'one line' })]),
          want.table('orders_2024', { description: 'frozen', tags: ['Tier.Gold'] }, [want.column('id', { description: 'key' })]),
          want.table('orders_clone', { description: 'clone' }, [want.column('id', { description: 'clone key' })]),
        ]),
      ]),
    ]);
    expect(planned.plan.warnings.map((warning) => warning.message)).toEqual([
      'bigquery cannot store descriptions on an external table: not applied (acme-analytics.lake.raw_files)',
      'bigquery cannot store tags on an external table: not applied (acme-analytics.lake.raw_files)',
      'bigquery cannot store descriptions on the columns of an external table: not applied (acme-analytics.lake.raw_files.line)',
      'bigquery cannot store descriptions on the columns of a snapshot: not applied (acme-analytics.lake.orders_2024.id)',
    ]);
    expect(statementsOf(planned)).toEqual([
      'PATCH projects/acme-analytics/datasets/lake/tables/orders_2024 {"description":"frozen","labels":{"tier":"gold"}}',
      "ALTER TABLE `acme-analytics`.`lake`.`orders_clone` SET OPTIONS (description = 'clone')",
      "ALTER TABLE `acme-analytics`.`lake`.`orders_clone` ALTER COLUMN `id` SET OPTIONS (description = 'clone key')",
    ]);
    const applied = await applyPlanned(planned);
    expect(applied.summary).toEqual({ applied: planned.plan.changes.length, failed: 0, notRun: 0 });
    expect(fake.catalog.table(PROJECT, 'lake', 'orders_2024')).toMatchObject({ description: 'frozen', labels: { tier: 'gold' } });
  });

  it('never compiles a statement for an external table or a relation of unknown kind', () => {
    for (const relation of ['external_table', 'unknown'] as const) {
      const object = { kind: 'table' as const, database: PROJECT, schema: 'lake', table: 't', relation };
      const change = { service: 'lake', object, field: 'description' as const, action: 'set' as const, before: null, after: 'x', statements: [] };
      expect(() => bigquery.dialect.compile([change], {})).toThrow(/external tables refuse|unknown kind/);
      // Nor a labels patch: the relations that take no options by DDL take none by patch.
      const label = { ...change, field: 'tag' as const, action: 'add' as const, tag: 'tier' };
      expect(() => bigquery.dialect.compile([label], {})).toThrow(/external tables refuse|unknown kind/);
    }
  });

  it('a kind revmeta does not know is a warning naming it, and nothing is planned for it or its columns', async () => {
    fake.catalog.addTable(PROJECT, 'lake', 'graph', { fields: [{ name: 'id', type: 'INT64' }] }).reportedType = 'PROPERTY GRAPH';
    const planned = await planFor(createDriver(fake), [
      want.project(PROJECT, [want.dataset('lake', {}, [want.table('graph', { description: 'g', tags: ['Tier.Gold'] }, [want.column('id', { description: 'k' })])])]),
    ]);
    expect(planned.plan.changes).toEqual([]);
    expect(planned.plan.warnings.map((warning) => [warning.code, warning.message])).toEqual([
      ['unknown-relation', 'bigquery reports acme-analytics.lake.graph as a "PROPERTY GRAPH" relation, a kind revmeta does not know: nothing is planned for it or its columns'],
    ]);
  });

  it('says that region views need project-level permissions when the grant is on datasets only', async () => {
    fake.datasetGrantsOnly = true;
    const failure = bigquery.introspect(createDriver(fake), { service: 'lake', databases: [PROJECT] });
    await expect(failure).rejects.toThrow(/Access Denied: Table acme-analytics:region-us\.INFORMATION_SCHEMA\.SCHEMATA_OPTIONS/);
    await expect(bigquery.introspect(createDriver(fake), { service: 'lake', databases: [PROJECT] })).rejects.toThrow(
      /need permissions on the project \(e\.g\. roles\/bigquery\.metadataViewer granted on the project\); permissions granted on datasets only are not enough/,
    );
  });
});
