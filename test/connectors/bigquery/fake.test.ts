/**
 * The bigquery connector through the real `@google-cloud/bigquery` client against the fake
 * REST server (`apiEndpoint`): a realistic catalog reads back as the exact tree in a fixed
 * number of reads, and plan → apply → read back → plan again converges, for descriptions
 * at every level (nested fields through tables.patch), for labels (the whole set restated,
 * unmanaged labels kept), and for the hostile corpus, with what BigQuery cannot store
 * reported as a conflict or a warning instead of a statement.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bigquery } from '../../../src/connectors/bigquery/index.js';
import type { ObservedNode } from '../../../src/model/types.js';
import { TRUNCATION_MARKER } from '../../../src/plan/fields.js';
import { HOSTILE_IDENTIFIERS, HOSTILE_VALUES } from '../../corpus/hostile.js';
import { validColumnName, validTableId, type FakeField } from './fake/catalog.js';
import { startFakeBigQuery, type FakeBigQuery } from './fake/server.js';
import { applyPlanned, createDriver, PROJECT, planFor, SERVICE, statementsOf, want } from './fixtures.js';

let fake: FakeBigQuery;

beforeEach(async () => {
  fake = await startFakeBigQuery({ pageSize: 7, datasetPageSize: 5 });
});

afterEach(async () => {
  await fake.stop();
});

const ORDERS_FIELDS: FakeField[] = [
  { name: 'id', type: 'INT64', mode: 'REQUIRED', description: 'Surrogate key' },
  {
    name: 'customer',
    type: 'RECORD',
    mode: 'NULLABLE',
    fields: [
      { name: 'email', type: 'STRING', policyTags: { names: ['projects/acme-analytics/locations/us/taxonomies/1/policyTags/9'] } },
      { name: 'address', type: 'RECORD', fields: [{ name: 'city', type: 'STRING', description: 'City' }] },
    ],
  },
  { name: 'items', type: 'RECORD', mode: 'REPEATED', fields: [{ name: 'sku', type: 'STRING' }] },
];

function seedRealistic(): void {
  const { catalog } = fake;
  catalog.addDataset(PROJECT, 'sales', { description: 'Sales data', labels: { team: 'finance', tier: 'gold' } });
  catalog.addTable(PROJECT, 'sales', 'orders', { description: "One row per order.\nRefunds aren't.", labels: { pii: 'sensitive' }, fields: ORDERS_FIELDS });
  catalog.addTable(PROJECT, 'sales', 'orders_view', { type: 'VIEW', fields: [{ name: 'id', type: 'INT64', description: 'Key' }] });
  catalog.addTable(PROJECT, 'sales', 'daily', { type: 'MATERIALIZED_VIEW', description: 'Daily', fields: [{ name: 'day', type: 'DATE' }] });
  catalog.addTable(PROJECT, 'sales', 'raw_files', { type: 'EXTERNAL', fields: [{ name: 'line', type: 'STRING' }] });
  catalog.addTable(PROJECT, 'sales', 'orders_2024', { type: 'SNAPSHOT', fields: [{ name: 'id', type: 'INT64' }] });
  catalog.addDataset(PROJECT, 'marketing_eu', { location: 'EU', description: 'Campaigns' });
  catalog.addTable(PROJECT, 'marketing_eu', 'campaigns', { fields: [{ name: 'name', type: 'STRING', description: 'Campaign name' }] });
  catalog.addDataset(PROJECT, 'scratch');
}

const leaf = (name: string, description: string | null = null, children: ObservedNode[] = []): ObservedNode => ({
  kind: 'column',
  name,
  description,
  owner: null,
  tags: {},
  children,
});

describe('bigquery introspection', () => {
  it('reads a realistic catalog as the exact tree, nested fields included', async () => {
    seedRealistic();
    const driver = createDriver(fake);
    const introspection = await bigquery.introspect(driver, { service: SERVICE, databases: [PROJECT] });
    const table = (name: string, relation: ObservedNode['relation'], description: string | null, tags: Record<string, string>, children: ObservedNode[]): ObservedNode => ({
      kind: 'table',
      name,
      relation,
      description,
      owner: null,
      tags,
      children,
    });
    expect(introspection.observed).toEqual({
      service: SERVICE,
      databases: [
        {
          kind: 'database',
          name: PROJECT,
          description: null,
          owner: null,
          tags: {},
          children: [
            {
              kind: 'schema',
              name: 'marketing_eu',
              description: 'Campaigns',
              owner: null,
              tags: {},
              children: [table('campaigns', 'table', null, {}, [leaf('name', 'Campaign name')])],
            },
            {
              kind: 'schema',
              name: 'sales',
              description: 'Sales data',
              owner: null,
              tags: { team: 'finance', tier: 'gold' },
              children: [
                table('daily', 'materialized_view', 'Daily', {}, [leaf('day')]),
                table('orders', 'table', "One row per order.\nRefunds aren't.", { pii: 'sensitive' }, [
                  leaf('id', 'Surrogate key'),
                  leaf('customer', null, [leaf('address', null, [leaf('city', 'City')]), leaf('email')]),
                  leaf('items', null, [leaf('sku')]),
                ]),
                table('orders_2024', 'snapshot', null, {}, [leaf('id')]),
                table('orders_view', 'view', null, {}, [leaf('id', 'Key')]),
                table('raw_files', 'external_table', null, {}, [leaf('line')]),
              ],
            },
            { kind: 'schema', name: 'scratch', description: null, owner: null, tags: {}, children: [] },
          ],
        },
      ],
    });
    // One datasets.list, then three reads per location, each run in that location.
    expect(introspection.queries).toBe(7);
    const reads = fake.requests.filter((request) => request.query !== undefined);
    expect(reads.map((request) => request.location)).toEqual(['EU', 'EU', 'EU', 'US', 'US', 'US']);
    expect(reads[0]!.query).toContain('`acme-analytics`.`region-eu`.INFORMATION_SCHEMA.SCHEMATA_OPTIONS');
  });

  it('stays batched however many datasets and tables there are, reading every page', async () => {
    for (let d = 0; d < 12; d++) {
      fake.catalog.addDataset(PROJECT, `ds_${String(d).padStart(2, '0')}`, { description: `dataset ${d}` });
      for (let t = 0; t < 10; t++) {
        fake.catalog.addTable(PROJECT, `ds_${String(d).padStart(2, '0')}`, `t${t}`, {
          description: `table ${t}`,
          fields: [{ name: 'a', type: 'STRING', description: `column of ${t}` }, { name: 'b', type: 'INT64' }],
        });
      }
    }
    const driver = createDriver(fake);
    const introspection = await bigquery.introspect(driver, { service: SERVICE, databases: [PROJECT] });
    const datasets = introspection.observed.databases[0]!.children;
    expect(datasets).toHaveLength(12);
    expect(datasets.every((dataset) => dataset.children.length === 10)).toBe(true);
    expect(datasets[11]!.children[9]!.children.map((column) => column.description)).toEqual(['column of 9', null]);
    expect(introspection.queries).toBe(4);
    // The client fetched the further pages itself: 3 pages of datasets, 240 column rows in pages of 7.
    expect(fake.requests.filter((request) => request.path.endsWith('/datasets'))).toHaveLength(3);
    expect(fake.requests.filter((request) => /\/queries\/job_/.test(request.path)).length).toBeGreaterThan(30);
  });

  it('reads only the datasets the manifests name, matched case-insensitively', async () => {
    seedRealistic();
    const driver = createDriver(fake);
    const introspection = await bigquery.introspect(driver, { service: SERVICE, databases: [PROJECT], schemas: { [PROJECT]: ['SALES'] } });
    expect(introspection.observed.databases[0]!.children.map((dataset) => dataset.name)).toEqual(['sales']);
    expect(introspection.queries).toBe(4);
    expect(fake.queries.every((sql) => sql.includes("IN ('sales')"))).toBe(true);
  });

  it('gives no database node for a project that does not exist', async () => {
    seedRealistic();
    const introspection = await bigquery.introspect(createDriver(fake), { service: SERVICE, databases: [PROJECT, 'no-such-project'] });
    expect(introspection.observed.databases.map((database) => database.name)).toEqual([PROJECT]);
  });
});

describe('bigquery convergence', () => {
  it('applies descriptions at every level and labels, one statement per object, then plans nothing', async () => {
    seedRealistic();
    const driver = createDriver(fake);
    const desired = [
      want.project(PROJECT, [
        want.dataset('sales', { description: 'Core sales', tags: ['Tier.Gold', 'Data Owner.Finance Team'] }, [
          want.table('orders', { description: 'Orders', tags: ['PII.None'] }, [
            want.column('id', { description: '' }),
            want.column('customer', { description: 'Who ordered' }, [
              want.column('email', { description: 'E-mail' }),
              want.column('address', {}, [want.column('city', { description: 'Town' })]),
            ]),
          ]),
          want.table('orders_view', { description: 'Orders, as a view', tags: ['Tier.Silver'] }, [want.column('id', { description: 'View key' })]),
          want.table('daily', { description: 'Daily totals' }),
          // An external table refuses ALTER COLUMN SET OPTIONS: a warning (kinds.test.ts), not a statement.
          want.table('raw_files', {}, [want.column('line', { description: 'One line' })]),
        ]),
      ]),
    ];
    const planned = await planFor(driver, desired, { managedClassifications: ['PII', 'Tier', 'Data Owner'] });
    expect(planned.plan.conflicts).toEqual([]);
    expect(statementsOf(planned)).toEqual([
      // Labels as a merge of the changed keys (datasets.patch, tables.patch), with the object's description.
      'PATCH projects/acme-analytics/datasets/sales {"description":"Core sales","labels":{"data_owner":"finance_team"}}',
      // The table's own options join its tables.patch: one metadata update for the table, guarded by the etag of the schema it restates.
      'PATCH projects/acme-analytics/datasets/sales/tables/orders (If-Match: "1") {"description":"Orders","labels":{"pii":"none"},"schema":{"fields":[{"mode":"REQUIRED","name":"id","type":"INT64"},' +
        '{"description":"Who ordered","fields":[{"description":"E-mail","name":"email","policyTags":{"names":["projects/acme-analytics/locations/us/taxonomies/1/policyTags/9"]},"type":"STRING"},' +
        '{"fields":[{"description":"Town","name":"city","type":"STRING"}],"name":"address","type":"RECORD"}],"mode":"NULLABLE","name":"customer","type":"RECORD"},' +
        '{"fields":[{"name":"sku","type":"STRING"}],"mode":"REPEATED","name":"items","type":"RECORD"}]}}',
      'PATCH projects/acme-analytics/datasets/sales/tables/orders_view {"description":"Orders, as a view","labels":{"tier":"silver"}}',
      "ALTER VIEW `acme-analytics`.`sales`.`orders_view` ALTER COLUMN `id` SET OPTIONS (description = 'View key')",
      "ALTER MATERIALIZED VIEW `acme-analytics`.`sales`.`daily` SET OPTIONS (description = 'Daily totals')",
    ]);
    expect(planned.plan.warnings.map((warning) => warning.code)).toEqual(['unsupported-relation']);
    const result = await applyPlanned(planned);
    expect(result.summary).toEqual({ applied: planned.plan.changes.length, failed: 0, notRun: 0 });
    const sales = fake.catalog.dataset(PROJECT, 'sales');
    expect(sales.labels).toEqual({ data_owner: 'finance_team', team: 'finance', tier: 'gold' });
    expect(fake.catalog.table(PROJECT, 'sales', 'orders').fields[1]!.fields![0]!.policyTags).toEqual(ORDERS_FIELDS[1]!.fields![0]!.policyTags);
    const again = await planFor(driver, desired, { managedClassifications: ['PII', 'Tier', 'Data Owner'] });
    expect(again.plan.changes).toEqual([]);
    expect(again.plan.conflicts).toEqual([]);
  });

  it('sends exactly one tables.patch for a table with three changed columns, one of them nested', async () => {
    seedRealistic();
    const driver = createDriver(fake);
    const desired = [
      want.project(PROJECT, [
        want.dataset('sales', {}, [
          want.table('orders', {}, [
            want.column('id', { description: 'Key' }),
            want.column('customer', { description: 'Buyer' }, [want.column('email', { description: 'Mail' })]),
          ]),
        ]),
      ]),
    ];
    const planned = await planFor(driver, desired);
    expect(planned.plan.changes).toHaveLength(3);
    expect(planned.plan.statements.map((statement) => [statement.kind, 'resource' in statement ? statement.resource : undefined])).toEqual([
      ['bigquery.tables.patch', 'projects/acme-analytics/datasets/sales/tables/orders'],
    ]);
    fake.requests.length = 0;
    const result = await applyPlanned(planned);
    expect(result.summary).toEqual({ applied: 3, failed: 0, notRun: 0 });
    expect(fake.requests.filter((request) => request.method === 'PATCH')).toHaveLength(1);
    const fields = fake.catalog.table(PROJECT, 'sales', 'orders').fields;
    expect([fields[0]!.description, fields[1]!.description, fields[1]!.fields![0]!.description]).toEqual(['Key', 'Buyer', 'Mail']);
  });

  it('removes managed labels only, keeping the ones revmeta does not manage', async () => {
    seedRealistic();
    const driver = createDriver(fake);
    const desired = [want.project(PROJECT, [want.dataset('sales', { tags: [] })])];
    const planned = await planFor(driver, desired, { managedClassifications: ['Tier'] });
    expect(planned.plan.changes.map((change) => [change.action, change.tag, change.before])).toEqual([['remove', 'tier', 'gold']]);
    expect(statementsOf(planned)).toEqual(['PATCH projects/acme-analytics/datasets/sales {"labels":{"tier":null}}']);
    await applyPlanned(planned);
    expect(fake.catalog.dataset(PROJECT, 'sales').labels).toEqual({ team: 'finance' });
    expect((await planFor(driver, desired, { managedClassifications: ['Tier'] })).plan.changes).toEqual([]);
  });

  it('makes a label collision or a label BigQuery cannot hold a conflict, not a statement', async () => {
    seedRealistic();
    const driver = createDriver(fake);
    const planned = await planFor(driver, [
      want.project(PROJECT, [
        want.dataset('sales', { tags: ['PII.Sensitive', 'pii.Other'] }, [
          want.table('orders', { tags: ['9Lives.Yes'] }),
          want.table('orders_view', { tags: [`Long.${'x'.repeat(64)}`] }),
        ]),
      ]),
    ]);
    expect(planned.plan.changes).toEqual([]);
    expect(planned.plan.conflicts.map((conflict) => conflict.reason)).toEqual([
      'ambiguous tag: PII.Sensitive, pii.Other all become source tag key "pii" (one tag per classification on an object); no tag of this object is changed',
      'bigquery cannot store 9Lives.Yes: label key "9lives" must start with a lowercase letter; no tag of this object is changed',
      `bigquery cannot store Long.${'x'.repeat(64)}: label value "${'x'.repeat(64)}" is 64 characters long (at most 63); no tag of this object is changed`,
    ]);
  });

  it('reports the columns of a materialized view instead of writing them', async () => {
    seedRealistic();
    const planned = await planFor(createDriver(fake), [
      want.project(PROJECT, [want.dataset('sales', {}, [want.table('daily', {}, [want.column('day', { description: 'Day' })])])]),
    ]);
    expect(planned.plan.changes).toEqual([]);
    expect(planned.plan.warnings.map((warning) => warning.message)).toEqual([
      'bigquery cannot store descriptions on the columns of a materialized view: not applied (acme-analytics.sales.daily.day)',
    ]);
  });

  it('holds descriptions to their limits, and truncates visibly when asked to', async () => {
    seedRealistic();
    const driver = createDriver(fake);
    const long = 'x'.repeat(1025);
    const desired = [want.project(PROJECT, [want.dataset('sales', {}, [want.table('orders', { description: 'y'.repeat(16_385) }, [want.column('id', { description: long })])])])];
    const refused = await planFor(driver, desired);
    expect(refused.plan.conflicts.map((conflict) => conflict.reason)).toEqual([
      'description is 16385 chars long; bigquery stores at most 16384 on a table (set descriptions.tooLong: truncate to cut it)',
      'description is 1025 chars long; bigquery stores at most 1024 on a column (set descriptions.tooLong: truncate to cut it)',
    ]);
    const truncated = await planFor(driver, desired, { tooLong: 'truncate' });
    await applyPlanned(truncated);
    const column = fake.catalog.table(PROJECT, 'sales', 'orders').fields[0]!.description!;
    expect([...column]).toHaveLength(1024);
    expect(column.endsWith(TRUNCATION_MARKER)).toBe(true);
    expect((await planFor(driver, desired, { tooLong: 'truncate' })).plan.changes).toEqual([]);
  });
});

/** A change made in the console (or by anyone) between the plan's read and the apply: the resource's etag moves, as BigQuery's does. */
function editedMeanwhile<T extends { version: number }>(resource: T, edit: (resource: T) => void): void {
  edit(resource);
  resource.version++;
}

describe('bigquery: no value lost to a read made before the apply', () => {
  it('keeps labels added in the console after the plan: labels are sent as a merge of the changed keys, nothing read to restate them', async () => {
    seedRealistic();
    const driver = createDriver(fake);
    const desired = [
      want.project(PROJECT, [
        want.dataset('sales', { tags: ['PII.None'] }, [want.table('orders', { tags: ['Tier.Gold'] }), want.table('orders_view', { description: 'View', tags: [] })]),
      ]),
    ];
    fake.catalog.table(PROJECT, 'sales', 'orders_view').labels = { tier: 'silver', owner: 'bi' };
    fake.requests.length = 0;
    const planned = await planFor(driver, desired, { managedClassifications: ['PII', 'Tier'] });
    const planReads = fake.requests.filter((request) => request.method === 'GET' && /\/datasets\/[^/]+(\/tables\/[^/]+)?$/.test(request.path));
    editedMeanwhile(fake.catalog.dataset(PROJECT, 'sales'), (sales) => (sales.labels.owner = 'ops'));
    editedMeanwhile(fake.catalog.table(PROJECT, 'sales', 'orders'), (orders) => (orders.labels.keep = 'me'));
    editedMeanwhile(fake.catalog.table(PROJECT, 'sales', 'orders_view'), (view) => (view.labels.cost = 'low'));
    const result = await applyPlanned(planned);
    expect(result.summary).toEqual({ applied: planned.plan.changes.length, failed: 0, notRun: 0 });
    // Managed labels as the manifests say (tier and pii removed where not stated), the unmanaged ones, added meanwhile too, kept.
    expect(fake.catalog.dataset(PROJECT, 'sales').labels).toEqual({ team: 'finance', pii: 'none', owner: 'ops' });
    expect(fake.catalog.table(PROJECT, 'sales', 'orders').labels).toEqual({ tier: 'gold', keep: 'me' });
    expect(fake.catalog.table(PROJECT, 'sales', 'orders_view')).toMatchObject({ description: 'View', labels: { owner: 'bi', cost: 'low' } });
    // Planning read no dataset or table to restate its labels: a label needs no read.
    expect(planReads).toEqual([]);
  });

  it('refuses a whole-schema tables.patch when the table changed after the plan read it, naming the table, and writes nothing', async () => {
    seedRealistic();
    const driver = createDriver(fake);
    const desired = [want.project(PROJECT, [want.dataset('sales', {}, [want.table('orders', {}, [want.column('customer', {}, [want.column('email', { description: 'Mail' })])])])])];
    const planned = await planFor(driver, desired);
    editedMeanwhile(fake.catalog.table(PROJECT, 'sales', 'orders'), (orders) => (orders.fields[0]!.description = 'Key, as the console has it'));
    fake.requests.length = 0;
    const result = await applyPlanned(planned);
    const orders = fake.catalog.table(PROJECT, 'sales', 'orders');
    expect([orders.fields[0]!.description, orders.fields[1]!.fields![0]!.description]).toEqual(['Key, as the console has it', undefined]);
    expect(result.summary).toEqual({ applied: 0, failed: 1, notRun: 0 });
    expect(result.results[0]!.error).toMatch(/table acme-analytics\.sales\.orders changed since the plan read it .*nothing was written to it: plan again/);
    // Sent once: a refusal is not retried.
    expect(fake.requests.filter((request) => request.method === 'PATCH')).toHaveLength(1);
    // The plan shows the etag the patch is guarded by.
    expect(statementsOf(planned)[0]).toMatch(/^PATCH projects\/acme-analytics\/datasets\/sales\/tables\/orders \(If-Match: "1"\) \{/);
    // Planned again, the patch restates the console's description and goes through.
    const again = await planFor(driver, desired);
    expect((await applyPlanned(again)).summary.failed).toBe(0);
    expect(fake.catalog.table(PROJECT, 'sales', 'orders').fields.map((field) => field.description)).toEqual(['Key, as the console has it', undefined, undefined]);
    expect(fake.catalog.table(PROJECT, 'sales', 'orders').fields[1]!.fields![0]!.description).toBe('Mail');
  });
});

/** A value as stored after the planner's truncation (the 100 KB text is cut to the level's limit). */
function stored(value: string, limit: number): string {
  const chars = [...value];
  if (chars.length <= limit) return value;
  return chars.slice(0, limit - [...TRUNCATION_MARKER].length).join('') + TRUNCATION_MARKER;
}

describe('bigquery convergence: hostile corpus', () => {
  const VALUES = [...HOSTILE_VALUES, { name: "the client's {{projectId}} token", value: 'a {{projectId}} b {{{projectId}}}' }];

  it('round-trips every hostile value at every level, nested fields included', async () => {
    VALUES.forEach((_, i) => {
      fake.catalog.addDataset(PROJECT, `d${i}`);
      fake.catalog.addTable(PROJECT, `d${i}`, 't', {
        fields: [{ name: 'c', type: 'STRING' }, { name: 'r', type: 'RECORD', fields: [{ name: 'f', type: 'STRING' }] }],
      });
      fake.catalog.addTable(PROJECT, `d${i}`, 'v', { type: 'VIEW', fields: [{ name: 'c', type: 'STRING' }] });
    });
    const driver = createDriver(fake);
    const desired = [
      want.project(
        PROJECT,
        VALUES.map(({ value }, i) =>
          want.dataset(`d${i}`, { description: value }, [
            want.table('t', { description: value }, [want.column('c', { description: value }), want.column('r', {}, [want.column('f', { description: value })])]),
            want.table('v', { description: value }, [want.column('c', { description: value })]),
          ]),
        ),
      ),
    ];
    const planned = await planFor(driver, desired, { tooLong: 'truncate' });
    expect(planned.plan.conflicts).toEqual([]);
    const result = await applyPlanned(planned);
    expect(result.results.filter((r) => r.status !== 'applied')).toEqual([]);
    VALUES.forEach(({ value }, i) => {
      const dataset = fake.catalog.dataset(PROJECT, `d${i}`);
      expect(dataset.description).toBe(stored(value, 16_384));
      expect(dataset.tables.get('t')!.description).toBe(stored(value, 16_384));
      expect(dataset.tables.get('t')!.fields[0]!.description).toBe(stored(value, 1024));
      expect(dataset.tables.get('t')!.fields[1]!.fields![0]!.description).toBe(stored(value, 1024));
      expect(dataset.tables.get('v')!.fields[0]!.description).toBe(stored(value, 1024));
    });
    const again = await planFor(driver, desired, { tooLong: 'truncate' });
    expect(again.plan.changes).toEqual([]);
  });

  // BigQuery table names hold letters, marks, numbers, connectors, dashes and spaces; column
  // names (flexible names) a few symbols more. Identifiers BigQuery cannot hold are left out
  // here by its own rules (they are compiled and read back in sql.test.ts).
  const tables = HOSTILE_IDENTIFIERS.filter(({ value }) => validTableId(value));
  const columns = HOSTILE_IDENTIFIERS.filter(({ value }) => validColumnName(value));

  it('has identifiers of the corpus that BigQuery can hold', () => {
    expect(tables.map(({ name }) => name)).toEqual(['space', 'mixed case', 'upper case', 'unicode', 'leading digit', 'reserved word', 'reserved word upper']);
    expect(columns.map(({ name }) => name)).toEqual(['single quote', 'space', 'mixed case', 'upper case', 'unicode', 'leading digit', 'reserved word', 'reserved word upper']);
  });

  it('round-trips descriptions and labels on tables and columns named by the corpus', async () => {
    fake.catalog.addDataset(PROJECT, 'hostile');
    tables.forEach(({ value }) => fake.catalog.addTable(PROJECT, 'hostile', value, { fields: columns.map(({ value: name }) => ({ name, type: 'STRING' })) }));
    const driver = createDriver(fake);
    const desired = [
      want.project(PROJECT, [
        want.dataset(
          'hostile',
          {},
          tables.map(({ value }) =>
            want.table(value, { description: `table ${value}`, tags: ['PII.Sensitive'] }, columns.map(({ value: name }) => want.column(name, { description: `column ${name}` }))),
          ),
        ),
      ]),
    ];
    const planned = await planFor(driver, desired);
    expect(planned.plan.conflicts).toEqual([]);
    expect(statementsOf(planned)).toHaveLength(tables.length * 2);
    const result = await applyPlanned(planned);
    expect(result.summary.failed).toBe(0);
    for (const { value } of tables) {
      const table = fake.catalog.table(PROJECT, 'hostile', value);
      expect(table.description).toBe(`table ${value}`);
      expect(table.labels).toEqual({ pii: 'sensitive' });
      expect(table.fields.map((field) => field.description)).toEqual(columns.map(({ value: name }) => `column ${name}`));
    }
    expect((await planFor(driver, desired)).plan.changes).toEqual([]);
  });
});

describe('the fake refuses what BigQuery refuses (so passing here means something)', () => {
  it.each<[string, string, RegExp]>([
    ['an unknown escape', "ALTER SCHEMA `acme-analytics`.`sales` SET OPTIONS (description = 'a\\qb')", /Illegal escape sequence: \\q/],
    ['a raw line break in a quoted literal', "ALTER SCHEMA `acme-analytics`.`sales` SET OPTIONS (description = 'a\nb')", /Unclosed string literal/],
    ['a short hex escape', "ALTER SCHEMA `acme-analytics`.`sales` SET OPTIONS (description = '\\x4')", /Hex escape must be followed by 2 hex digits/],
    ['an unterminated literal', "ALTER SCHEMA `acme-analytics`.`sales` SET OPTIONS (description = 'it's')", /Syntax error|Unclosed/],
    ['ALTER TABLE on a view', "ALTER TABLE `acme-analytics`.`sales`.`orders_view` SET OPTIONS (description = 'x')", /is a VIEW; ALTER TABLE cannot change it/],
    ['a column of a materialized view', "ALTER MATERIALIZED VIEW `acme-analytics`.`sales`.`daily` ALTER COLUMN `day` SET OPTIONS (description = 'x')", /Expected keyword SET/],
    ['a nested field in DDL', "ALTER TABLE `acme-analytics`.`sales`.`orders` ALTER COLUMN `customer.email` SET OPTIONS (description = 'x')", /Column customer\.email not found/],
    ['a label with upper case', "ALTER TABLE `acme-analytics`.`sales`.`orders` SET OPTIONS (labels = [('PII', 'x')])", /Invalid label key "PII"/],
    ['a column description over 1,024 characters', `ALTER TABLE \`acme-analytics\`.\`sales\`.\`orders\` ALTER COLUMN \`id\` SET OPTIONS (description = '${'x'.repeat(1025)}')`, /too long: 1025 characters/],
    ['an option revmeta never sends', "ALTER TABLE `acme-analytics`.`sales`.`orders` SET OPTIONS (friendly_name = 'x')", /does not implement option friendly_name/],
    ['a catalog read in the wrong location', 'SELECT schema_name FROM `acme-analytics`.`region-eu`.INFORMATION_SCHEMA.SCHEMATA_OPTIONS', /in a job that runs in location US/],
  ])('%s', async (_name, sql, message) => {
    seedRealistic();
    const session = await createDriver(fake, { location: 'US' }).open();
    await expect(session.execute(sql)).rejects.toThrow(message);
  });
});

describe('tables.patch on the fake: description, labels and schema in one request, as the REST API takes them', () => {
  const ORDERS = 'projects/acme-analytics/datasets/sales/tables/orders';
  const patch = async (body: Record<string, unknown>) => {
    const session = await createDriver(fake).open();
    try {
      await session.send!({ kind: 'bigquery.tables.patch', resource: ORDERS, body: body as never });
    } finally {
      await session.close();
    }
  };
  const fieldsWith = (description: string) => structuredClone(ORDERS_FIELDS).map((field, index) => (index === 0 ? { ...field, description } : field));

  it('sets the description, merges labels (null deletes a key) and the schema\'s descriptions at once', async () => {
    seedRealistic();
    fake.catalog.table(PROJECT, 'sales', 'orders').labels.keep = 'me';
    await patch({ description: 'Orders', labels: { pii: null, tier: 'gold' }, schema: { fields: fieldsWith('Key') } });
    const orders = fake.catalog.table(PROJECT, 'sales', 'orders');
    expect([orders.description, orders.labels, orders.fields[0]!.description]).toEqual(['Orders', { keep: 'me', tier: 'gold' }, 'Key']);
    await patch({ description: null });
    expect(fake.catalog.table(PROJECT, 'sales', 'orders').description).toBeUndefined();
  });

  const raw = (path: string, body: unknown, ifMatch?: string) =>
    fetch(`${fake.url}/bigquery/v2/${path}`, {
      method: 'PATCH',
      headers: { authorization: `Bearer ${fake.token}`, 'content-type': 'application/json', ...(ifMatch === undefined ? {} : { 'if-match': ifMatch }) },
      body: JSON.stringify(body),
    });

  it('answers a PATCH whose If-Match is not the etag with 412 and BigQuery\'s error body, changing nothing; the current etag goes through', async () => {
    seedRealistic();
    const etag = fake.catalog.table(PROJECT, 'sales', 'orders').version;
    const stale = await raw(ORDERS, { description: 'x' }, `"${etag - 1}"`);
    expect(stale.status).toBe(412);
    expect(await stale.json()).toEqual({
      error: { code: 412, message: 'Precondition check failed.', errors: [{ message: 'Precondition check failed.', domain: 'global', reason: 'failedPrecondition' }], status: 'FAILED_PRECONDITION' },
    });
    const staleDataset = await raw('projects/acme-analytics/datasets/sales', { description: 'x' }, '"0"');
    expect(staleDataset.status).toBe(412);
    expect([fake.catalog.table(PROJECT, 'sales', 'orders').description, fake.catalog.dataset(PROJECT, 'sales').description]).toEqual(["One row per order.\nRefunds aren't.", 'Sales data']);
    const current = await raw(ORDERS, { description: 'x' }, `"${etag}"`);
    expect(current.status).toBe(200);
    expect(((await current.json()) as { etag: string }).etag).toBe(`"${etag + 1}"`);
  });

  it('merges a datasets.patch\'s labels (null deletes a key) and sets its description', async () => {
    seedRealistic();
    const answer = await raw('projects/acme-analytics/datasets/sales', { description: 'Sales', labels: { tier: null, pii: 'none' } });
    expect(answer.status).toBe(200);
    expect(fake.catalog.dataset(PROJECT, 'sales')).toMatchObject({ description: 'Sales', labels: { team: 'finance', pii: 'none' } });
    expect((await raw('projects/acme-analytics/datasets/sales', { labels: { Bad: 'x' } })).status).toBe(400);
    expect((await raw('projects/acme-analytics/datasets/sales', { access: [] })).status).toBe(400);
  });

  it.each<[string, () => Record<string, unknown>, RegExp]>([
    ['a schema that drops a column', () => ({ schema: { fields: ORDERS_FIELDS.slice(1) } }), /Provided Schema does not match Table acme-analytics:sales\.orders\. Field id is missing in new schema/],
    ['a schema that retypes a column', () => ({ schema: { fields: [{ ...ORDERS_FIELDS[0], type: 'STRING' }, ...ORDERS_FIELDS.slice(1)] } }), /Field id has changed type from INT64 to STRING/],
    ['a label BigQuery cannot hold', () => ({ labels: { PII: 'x' }, schema: { fields: fieldsWith('Key') } }), /Invalid label key "PII"/],
    ['a description over 16,384 characters', () => ({ description: 'x'.repeat(16_385), schema: { fields: fieldsWith('Key') } }), /too long: 16385 characters/],
  ])('refuses %s, and changes nothing', async (_name, body, message) => {
    seedRealistic();
    await expect(patch(body())).rejects.toThrow(message);
    const orders = fake.catalog.table(PROJECT, 'sales', 'orders');
    expect([orders.description, orders.labels, orders.fields[0]!.description]).toEqual(["One row per order.\nRefunds aren't.", { pii: 'sensitive' }, 'Surrogate key']);
  });

  it('takes a table\'s description, a label and a nested field change as one request through plan and apply, then plans nothing', async () => {
    seedRealistic();
    const driver = createDriver(fake);
    const desired = [
      want.project(PROJECT, [
        want.dataset('sales', {}, [want.table('orders', { description: 'Orders', tags: ['PII.None'] }, [want.column('customer', {}, [want.column('email', { description: 'Mail' })])])]),
      ]),
    ];
    const planned = await planFor(driver, desired, { managedClassifications: ['PII'] });
    expect(planned.plan.statements.map((statement) => statement.kind)).toEqual(['bigquery.tables.patch']);
    fake.requests.length = 0;
    const result = await applyPlanned(planned);
    expect(result.summary).toEqual({ applied: planned.plan.changes.length, failed: 0, notRun: 0 });
    expect(fake.requests.filter((request) => request.method === 'PATCH' || request.query?.startsWith('ALTER'))).toHaveLength(1);
    const orders = fake.catalog.table(PROJECT, 'sales', 'orders');
    expect([orders.description, orders.labels, orders.fields[1]!.fields![0]!.description]).toEqual(['Orders', { pii: 'none' }, 'Mail']);
    const again = await planFor(driver, desired, { managedClassifications: ['PII'] });
    expect(again.plan.changes).toEqual([]);
  });
});
