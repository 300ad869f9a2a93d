/**
 * Opt-in: the bigquery connector against a real BigQuery project. Skipped (and reported as
 * skipped) unless REVMETA_BIGQUERY_PROJECT is set. It creates a throwaway dataset with a
 * table (nested RECORD fields), a view and labels, converges descriptions and labels for
 * the hostile corpus (plan → apply → plan again: empty), and drops the dataset.
 *
 *   REVMETA_BIGQUERY_PROJECT       project to create the dataset in (jobs run there too)
 *   REVMETA_BIGQUERY_LOCATION      dataset location (default US)
 *   and one of, or none for Application Default Credentials (GOOGLE_APPLICATION_CREDENTIALS):
 *   REVMETA_BIGQUERY_KEY_FILE      path of a service-account key file
 *   REVMETA_BIGQUERY_CREDENTIALS   service-account key JSON
 *   REVMETA_BIGQUERY_ACCESS_TOKEN  an OAuth2 access token (gcloud auth print-access-token)
 *   REVMETA_BIGQUERY_EXTERNAL_URI  optional: gs:// URI of CSV files, to also create an external table
 *
 * The account needs roles/bigquery.dataEditor and roles/bigquery.jobUser on the project.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bigquery } from '../../../src/connectors/bigquery/index.js';
import type { BigQueryDriver } from '../../../src/connectors/bigquery/driver.js';
import { quoteIdentifier as q, quoteLiteral as lit } from '../../../src/connectors/bigquery/literal.js';
import { TRUNCATION_MARKER } from '../../../src/plan/fields.js';
import { HOSTILE_VALUES } from '../../corpus/hostile.js';
import { applyPlanned, planFor, SERVICE, want, type Planned } from './fixtures.js';

const env = process.env;
const PROJECT = env.REVMETA_BIGQUERY_PROJECT;
const LOCATION = env.REVMETA_BIGQUERY_LOCATION ?? 'US';
const DATASET = `revmeta_live_${randomBytes(4).toString('hex')}`;

function connection(): Record<string, unknown> {
  const auth: Record<string, unknown> = {};
  if (env.REVMETA_BIGQUERY_KEY_FILE) auth.keyFilename = env.REVMETA_BIGQUERY_KEY_FILE;
  else if (env.REVMETA_BIGQUERY_CREDENTIALS) auth.credentials = env.REVMETA_BIGQUERY_CREDENTIALS;
  else if (env.REVMETA_BIGQUERY_ACCESS_TOKEN) auth.accessToken = env.REVMETA_BIGQUERY_ACCESS_TOKEN;
  return { projectId: PROJECT, location: LOCATION, ...auth };
}

/** INFORMATION_SCHEMA may lag a metadata change by a little: plan again until it settles. */
async function settle(plan: () => Promise<Planned>): Promise<Planned> {
  let planned = await plan();
  for (let attempt = 0; attempt < 12 && planned.plan.changes.length > 0; attempt++) {
    await new Promise((resolve) => setTimeout(resolve, 5000));
    planned = await plan();
  }
  return planned;
}

const stored = (value: string, limit: number) => {
  const chars = [...value];
  return chars.length <= limit ? value : chars.slice(0, limit - [...TRUNCATION_MARKER].length).join('') + TRUNCATION_MARKER;
};

describe.skipIf(!PROJECT)('bigquery live (REVMETA_BIGQUERY_PROJECT)', () => {
  let driver: BigQueryDriver;
  const path = () => `${q(PROJECT!)}.${q(DATASET)}`;

  beforeAll(async () => {
    driver = bigquery.createDriver({ service: SERVICE, connection: connection(), configDir: process.cwd() }) as BigQueryDriver;
    const session = await driver.open();
    await session.execute(`CREATE SCHEMA ${path()} OPTIONS (location = ${lit(LOCATION)}, labels = [('keep', 'me')])`);
    await session.execute(`CREATE TABLE ${path()}.${q('orders')} (id INT64, customer STRUCT<email STRING, address STRUCT<city STRING>>)`);
    await session.execute(`CREATE VIEW ${path()}.${q('orders_view')} AS SELECT id FROM ${path()}.${q('orders')}`);
  }, 120_000);

  afterAll(async () => {
    if (!driver) return;
    const session = await driver.open();
    await session.execute(`DROP SCHEMA IF EXISTS ${path()} CASCADE`);
    await driver.close();
  }, 120_000);

  // Each value goes on its own statement kinds in turn; BigQuery allows few metadata
  // updates per table and time, so the corpus is applied in rounds, one value per round.
  it.each(HOSTILE_VALUES)('converges "$name" on the dataset, table, view, columns and nested fields, with labels', async ({ value }) => {
    const desired = [
      want.project(PROJECT!, [
        want.dataset(DATASET, { description: value, tags: ['Tier.Gold'] }, [
          want.table('orders', { description: value, tags: ['PII.Sensitive'] }, [
            want.column('id', { description: value }),
            want.column('customer', {}, [want.column('address', {}, [want.column('city', { description: value })])]),
          ]),
          want.table('orders_view', { description: value }, [want.column('id', { description: value })]),
        ]),
      ]),
    ];
    const policy = { tooLong: 'truncate' as const, managedClassifications: ['PII', 'Tier'] };
    const planned = await planFor(driver, desired, policy);
    expect(planned.plan.conflicts).toEqual([]);
    const result = await applyPlanned(planned);
    expect(result.results.filter((r) => r.status !== 'applied')).toEqual([]);
    const again = await settle(() => planFor(driver, desired, policy));
    expect(again.plan.changes).toEqual([]);
    const dataset = again.introspection.observed.databases[0]!.children.find((schema) => schema.name === DATASET)!;
    expect(dataset.description).toBe(stored(value, 16_384));
    expect(dataset.tags).toEqual({ keep: 'me', tier: 'gold' });
    const orders = dataset.children.find((table) => table.name === 'orders')!;
    expect(orders.tags).toEqual({ pii: 'sensitive' });
    expect(orders.children[1]!.children[0]!.children[0]!.description).toBe(stored(value, 1024));
  }, 300_000);
  it('keeps a label and a column description changed after the plan: labels merge, a stale schema patch is refused (412)', async () => {
    const desired = [
      want.project(PROJECT!, [
        want.dataset(DATASET, { tags: ['Tier.Silver'] }, [
          want.table('orders', {}, [want.column('customer', {}, [want.column('email', { description: 'Mail, planned' })])]),
        ]),
      ]),
    ];
    const policy = { managedClassifications: ['Tier'] };
    const planned = await planFor(driver, desired, policy);
    const session = await driver.open();
    // Meanwhile, as in the console: a label on the dataset, a description on a column of the patched table.
    await session.execute(`ALTER SCHEMA ${path()} SET OPTIONS (labels = [('keep', 'me'), ('tier', 'gold'), ('added', 'meanwhile')])`);
    await session.execute(`ALTER TABLE ${path()}.${q('orders')} ALTER COLUMN id SET OPTIONS (description = 'Set meanwhile')`);
    const result = await applyPlanned(planned);
    const failed = result.results.filter((r) => r.status === 'failed');
    expect(failed.map((r) => r.error)).toEqual([expect.stringMatching(/changed since the plan read it .*HTTP 412.*plan again/)]);
    // INFORMATION_SCHEMA may lag: read until the label written shows (the refused nested change stays planned).
    const datasetOf = (planned: Planned) => planned.introspection.observed.databases[0]!.children.find((schema) => schema.name === DATASET)!;
    let dataset = datasetOf(await planFor(driver, desired, policy));
    for (let attempt = 0; attempt < 12 && dataset.tags.tier !== 'silver'; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 5000));
      dataset = datasetOf(await planFor(driver, desired, policy));
    }
    expect(dataset.tags).toEqual({ keep: 'me', tier: 'silver', added: 'meanwhile' });
    expect(dataset.children.find((table) => table.name === 'orders')!.children[0]!.description).toBe('Set meanwhile');
  }, 300_000);

  it('reads a table snapshot and an external table as their own kinds: the snapshot takes a description, its columns and the external table are warnings', async () => {
    const session = await driver.open();
    await session.execute(`CREATE SNAPSHOT TABLE ${path()}.${q('orders_snapshot')} CLONE ${path()}.${q('orders')}`);
    const externalUri = env.REVMETA_BIGQUERY_EXTERNAL_URI;
    if (externalUri) {
      await session.execute(`CREATE EXTERNAL TABLE ${path()}.${q('landed')} (id INT64) OPTIONS (format = 'CSV', uris = [${lit(externalUri)}])`);
    }
    const desired = [
      want.project(PROJECT!, [
        want.dataset(DATASET, {}, [
          want.table('orders_snapshot', { description: 'Orders as of today' }, [want.column('id', { description: 'Read-only schema' })]),
          ...(externalUri ? [want.table('landed', { description: 'Landed files', tags: ['Tier.Bronze'] })] : []),
        ]),
      ]),
    ];
    const policy = { managedClassifications: ['Tier'] };
    const planned = await planFor(driver, desired, policy);
    const dataset = planned.introspection.observed.databases[0]!.children.find((schema) => schema.name === DATASET)!;
    expect(dataset.children.find((table) => table.name === 'orders_snapshot')?.relation).toBe('snapshot');
    if (externalUri) expect(dataset.children.find((table) => table.name === 'landed')?.relation).toBe('external_table');
    expect(planned.plan.conflicts).toEqual([]);
    const warned = planned.plan.warnings.filter((warning) => warning.code === 'unsupported-relation').map((warning) => warning.object?.table);
    expect(warned).toContain('orders_snapshot');
    if (externalUri) expect(warned).toContain('landed');
    const result = await applyPlanned(planned);
    expect(result.results.filter((r) => r.status !== 'applied')).toEqual([]);
    const again = await settle(() => planFor(driver, desired, policy));
    expect(again.plan.changes).toEqual([]);
  }, 300_000);
});
