/**
 * Opt-in test against the legacy Hive metastore of a real Databricks workspace, skipped unless
 * these are set (see docs/connectors/databricks.md, "Tests"):
 *
 *   REVMETA_LIVE_DATABRICKS_HOST, REVMETA_LIVE_DATABRICKS_HTTP_PATH
 *   REVMETA_LIVE_DATABRICKS_TOKEN, or REVMETA_LIVE_DATABRICKS_CLIENT_ID + REVMETA_LIVE_DATABRICKS_CLIENT_SECRET
 *   REVMETA_LIVE_DATABRICKS_HIVE_CATALOG   the metastore's catalog name: hive_metastore (or spark_catalog);
 *                                          the principal may create a schema there
 *   REVMETA_LIVE_DATABRICKS_HIVE_LOCATION  optional: where the throwaway schema keeps its files
 *                                          (e.g. s3://bucket/prefix/), for workspaces without a DBFS root
 *   REVMETA_LIVE_DATABRICKS_OWNER          optional: a group the principal belongs to; the schema,
 *                                          table and view are handed to it (needs table access control)
 *
 * It creates a throwaway schema `revmeta_live_<time>_<random>` with a Delta table and a view,
 * converges descriptions (hostile text included) and, with an owner, owners from manifests
 * (plan → apply → plan again is empty), checks that what the metastore cannot hold (a catalog
 * description, tags, a view's column comments) is a warning and never a statement, reads the
 * values back with DESCRIBE, and drops the schema with everything in it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databricks } from '../../../src/connectors/databricks/index.js';
import { quoteIdentifier as q, quoteLiteral as lit } from '../../../src/connectors/databricks/sql.js';
import type { Driver, DriverSession } from '../../../src/connectors/types.js';
import { writeWorkspace } from '../../e2e/cli.js';
import { converge, expandedConnection, failures, liveConnection, liveSkipReason, OWNER_VARIABLE, SERVICE, throwawaySchemaName } from './live.js';
import { changesWithSql } from '../../plan-statements.js';

const CATALOG_VARIABLE = 'REVMETA_LIVE_DATABRICKS_HIVE_CATALOG';
const LOCATION_VARIABLE = 'REVMETA_LIVE_DATABRICKS_HIVE_LOCATION';
const skipReason = liveSkipReason([CATALOG_VARIABLE]);
if (skipReason !== null) console.warn(`skipping the live Databricks Hive metastore test: ${skipReason}`);

const HOSTILE = "It's \"quoted\" with \\backslashes\\, '' doubled quotes, ${env:HOME}, $$dollars$$,\nnew lines\r\n\ttabs, 🎉 and '); DROP TABLE orders; --";

/** `DESCRIBE ... EXTENDED` rows as their first cells: (item, value) or (col_name, data_type, comment). */
function cellsOf(rows: readonly Record<string, unknown>[]): (string | null)[][] {
  return rows.map((row) => Object.values(row).map((value) => (value === null || value === undefined ? null : String(value))));
}

/** The value of an `item` row of `DESCRIBE SCHEMA EXTENDED` or of the detailed section of `DESCRIBE TABLE EXTENDED`. */
function item(rows: (string | null)[][], name: string): string | null | undefined {
  const start = rows.findIndex(([first]) => first === '# Detailed Table Information');
  return rows.slice(start + 1).find(([first]) => first === name)?.[1];
}

/** A column's comment from `DESCRIBE TABLE EXTENDED` ('' and NULL both mean none). */
function columnComment(rows: (string | null)[][], column: string): string | null {
  const comment = rows.find(([first]) => first === column)?.[2];
  return comment === undefined || comment === null || comment === '' ? null : comment;
}

describe.skipIf(skipReason !== null)(`databricks (Hive metastore) live (${skipReason ?? CATALOG_VARIABLE})`, () => {
  const catalog = (process.env[CATALOG_VARIABLE] ?? '').toLowerCase();
  const location = process.env[LOCATION_VARIABLE] ?? '';
  const owner = process.env[OWNER_VARIABLE] ?? '';
  const schemaName = throwawaySchemaName();
  let fqSchema = '';
  let driver: Driver;
  let session: DriverSession;
  let created = false;

  const relation = (name: string) => `${fqSchema}.${q(name)}`;

  beforeAll(async () => {
    fqSchema = `${q(catalog)}.${q(schemaName)}`;
    driver = databricks.createDriver({ service: SERVICE, connection: expandedConnection({ catalog }), configDir: process.cwd() });
    session = await driver.open();
    const at = location === '' ? '' : ` LOCATION ${lit(`${location.replace(/\/?$/, '/')}${schemaName}`)}`;
    await session.execute(`CREATE SCHEMA ${fqSchema} COMMENT ${lit('revmeta live test, safe to drop')}${at}`);
    created = true;
    await session.execute(`CREATE TABLE ${relation('orders')} (${q('id')} BIGINT COMMENT ${lit('old comment')}, ${q('email')} STRING) USING DELTA`);
    await session.execute(`CREATE VIEW ${relation('order_view')} AS SELECT ${q('id')}, ${q('email')} FROM ${relation('orders')}`);
  }, 600_000);

  afterAll(async () => {
    if (created) {
      await session.execute(`DROP SCHEMA IF EXISTS ${fqSchema} CASCADE`).catch((error: unknown) => {
        console.warn(`could not drop the live test schema ${catalog}.${schemaName}: ${String(error)}`);
      });
    }
    await driver?.close();
  }, 600_000);

  it('converges descriptions (and owners), warns about what the metastore cannot hold, then plans nothing', async () => {
    const owners = owner === '' ? {} : { owners: [owner] };
    const documents = [
      // The metastore has no catalog object: a warning, never a statement.
      { apiVersion: 'revmeta/v1', kind: 'Database', service: SERVICE, name: catalog, description: 'not stored' },
      {
        apiVersion: 'revmeta/v1',
        kind: 'Schema',
        service: SERVICE,
        database: catalog,
        name: schemaName,
        description: HOSTILE,
        tags: ['revmeta_live_tier.Silver'],
        ...owners,
        tables: {
          orders: {
            description: 'One row per order.\nRefunds are separate rows.',
            ...owners,
            columns: { id: { description: '' }, email: { description: "Customer's e-mail \\ address" } },
          },
          order_view: { description: 'Orders, without amounts', ...owners, columns: { email: { description: 'not stored either' } } },
        },
      },
    ];
    const config = await writeWorkspace({
      config: { version: 1, services: { [SERVICE]: { type: 'databricks', connection: liveConnection({ catalog }) } } },
      manifests: { [`${SERVICE}/${catalog}.yaml`]: [documents[0]!], [`${SERVICE}/${catalog}/${schemaName}.yaml`]: [documents[1]!] },
    });

    const { first, applied, second } = await converge(config);
    expect(first.conflicts).toEqual([]);
    expect(first.warnings.map((w) => w.message)).toEqual([
      expect.stringMatching(/^databricks cannot store descriptions on a database: not applied/),
      expect.stringMatching(/^databricks cannot store tags on a schema: not applied/),
      expect.stringMatching(/^databricks cannot store descriptions on the columns of a view: not applied/),
    ]);
    const sql = changesWithSql(first).flatMap((change) => change.sql);
    expect(sql.filter((statement) => /TAGS|CATALOG|COMMENT ON COLUMN/.test(statement))).toEqual([]);
    expect(first.changes.filter((change) => change.field === 'owner')).toHaveLength(owner === '' ? 0 : 3);
    expect(failures(applied)).toEqual([]);
    expect(applied.summary.failed).toBe(0);
    expect(second.changes).toEqual([]);
    expect(second.conflicts).toEqual([]);

    // Read back independently of introspection.
    const schemaRows = cellsOf(await session.query(`DESCRIBE SCHEMA EXTENDED ${fqSchema}`));
    expect(schemaRows.find(([first]) => first === 'Comment')?.[1]).toBe(HOSTILE);
    const orders = cellsOf(await session.query(`DESCRIBE TABLE EXTENDED ${relation('orders')}`));
    expect(item(orders, 'Comment')).toBe('One row per order.\nRefunds are separate rows.');
    expect([columnComment(orders, 'id'), columnComment(orders, 'email')]).toEqual([null, "Customer's e-mail \\ address"]);
    const view = cellsOf(await session.query(`DESCRIBE TABLE EXTENDED ${relation('order_view')}`));
    expect(item(view, 'Comment')).toBe('Orders, without amounts');
    expect(columnComment(view, 'email')).toBeNull();
    if (owner !== '') {
      expect(schemaRows.find(([first]) => first === 'Owner')?.[1]).toBe(owner);
      expect([item(orders, 'Owner'), item(view, 'Owner')]).toEqual([owner, owner]);
    }
  }, 600_000);
});
