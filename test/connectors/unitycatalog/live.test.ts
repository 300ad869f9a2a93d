/**
 * Opt-in test against a real Unity Catalog workspace, skipped unless these are set (see
 * docs/connectors/unitycatalog.md, "Tests"):
 *
 *   REVMETA_LIVE_DATABRICKS_HOST, REVMETA_LIVE_DATABRICKS_HTTP_PATH
 *   REVMETA_LIVE_DATABRICKS_TOKEN, or REVMETA_LIVE_DATABRICKS_CLIENT_ID + REVMETA_LIVE_DATABRICKS_CLIENT_SECRET
 *   REVMETA_LIVE_UNITYCATALOG_CATALOG   an existing catalog the principal may create a schema in
 *                                       (USE CATALOG and CREATE SCHEMA on it)
 *   REVMETA_LIVE_DATABRICKS_OWNER       optional: a group the principal belongs to; the schema,
 *                                       table and view are handed to it (otherwise their owner
 *                                       stays the principal, and the owners are checked as read)
 *   REVMETA_LIVE_UNITYCATALOG_PIPELINES optional (1): also create a materialized view and a streaming
 *                                       table (needs a SQL warehouse or serverless compute that runs them)
 *
 * It creates a throwaway schema `revmeta_live_<time>_<random>` with a table and a view in the
 * catalog, converges descriptions (hostile text included), owners and tags on the schema, the
 * table, the view and their columns from manifests (plan → apply → plan again is empty), reads
 * the values back from information_schema, and drops the schema with everything in it. The
 * catalog itself is never written: no Database document names it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { quoteIdentifier as q, quoteLiteral as lit } from '../../../src/connectors/unitycatalog/sql.js';
import { hasCommentOnColumn, hasViewColumnTags, VERSION_SQL, versionOf } from '../../../src/connectors/databricks/version.js';
import { unitycatalog } from '../../../src/connectors/unitycatalog/index.js';
import type { Driver, DriverSession } from '../../../src/connectors/types.js';
import { writeWorkspace } from '../../e2e/cli.js';
import { converge, expandedConnection, failures, type Converged, liveConnection, liveSkipReason, OWNER_VARIABLE, SERVICE, throwawaySchemaName } from '../databricks/live.js';

const CATALOG_VARIABLE = 'REVMETA_LIVE_UNITYCATALOG_CATALOG';
const skipReason = liveSkipReason([CATALOG_VARIABLE]);
if (skipReason !== null) console.warn(`skipping the live Unity Catalog test: ${skipReason}`);

/** Tag keys of this test only, so a governed tag of the account cannot refuse them. */
const TIER = 'revmeta_live_tier';
const PII = 'revmeta_live_pii';
const KEPT = 'revmeta_live_kept';

const HOSTILE = "It's \"quoted\" with \\backslashes\\, '' doubled quotes, ${env:HOME}, $$dollars$$,\nnew lines\r\n\ttabs, 🎉 and '); DROP TABLE orders; --";

describe.skipIf(skipReason !== null)(`unitycatalog live (${skipReason ?? CATALOG_VARIABLE})`, () => {
  const catalog = (process.env[CATALOG_VARIABLE] ?? '').toLowerCase();
  const schemaName = throwawaySchemaName();
  let fqSchema = '';
  let driver: Driver;
  let session: DriverSession;
  let viewColumnComments = false;
  let viewColumnTags = false;
  let created = false;

  const relation = (name: string) => `${fqSchema}.${q(name)}`;

  /**
   * Writes one Schema document for the throwaway schema (`fields`: its description, owners,
   * tags and tables) under a unitycatalog service on the live connection (with `settings`),
   * then plans, applies and plans again.
   */
  async function convergeSchema(fields: Record<string, unknown>, settings: Record<string, unknown> = {}): Promise<Converged> {
    const document = { apiVersion: 'revmeta/v1', kind: 'Schema', service: SERVICE, database: catalog, name: schemaName, ...fields };
    const config = await writeWorkspace({
      config: { version: 1, services: { [SERVICE]: { type: 'unitycatalog', connection: liveConnection(), ...settings } } },
      manifests: { [`${SERVICE}/${catalog}/${schemaName}.yaml`]: [document] },
    });
    return converge(config);
  }

  beforeAll(async () => {
    fqSchema = `${q(catalog)}.${q(schemaName)}`;
    driver = unitycatalog.createDriver({ service: SERVICE, connection: expandedConnection(), configDir: process.cwd() });
    session = await driver.open();
    const version = versionOf((await session.query(VERSION_SQL))[0]);
    viewColumnComments = hasCommentOnColumn(version);
    viewColumnTags = hasViewColumnTags(version);
    await session.execute(`CREATE SCHEMA ${fqSchema} COMMENT ${lit('revmeta live test, safe to drop')}`);
    created = true;
    for (const sql of [
      `CREATE TABLE ${relation('orders')} (${q('id')} BIGINT COMMENT ${lit('old comment')}, ${q('email')} STRING, ${q('amount')} DECIMAL(10,2))`,
      `CREATE VIEW ${relation('order_view')} AS SELECT ${q('id')}, ${q('email')} FROM ${relation('orders')}`,
      // A managed tag the manifest changes, and one of a classification revmeta does not manage.
      `ALTER TABLE ${relation('orders')} SET TAGS (${lit(TIER)} = ${lit('Bronze')}, ${lit(KEPT)} = ${lit('yes')})`,
      `ALTER TABLE ${relation('orders')} ALTER COLUMN ${q('amount')} SET TAGS (${lit(PII)} = ${lit('None')})`,
    ]) {
      await session.execute(sql);
    }
  }, 600_000);

  afterAll(async () => {
    if (created) {
      await session.execute(`DROP SCHEMA IF EXISTS ${fqSchema} CASCADE`).catch((error: unknown) => {
        console.warn(`could not drop the live test schema ${catalog}.${schemaName}: ${String(error)}`);
      });
    }
    await driver?.close();
  }, 600_000);

  it('converges descriptions, owners and tags on a schema, a table, a view and their columns, then plans nothing', async () => {
    const owner = process.env[OWNER_VARIABLE] || String((await session.query('SELECT current_user() AS me'))[0]?.me ?? '');
    expect(owner).not.toBe('');
    const owners = [owner];
    const { first, applied, second } = await convergeSchema(
      {
        description: HOSTILE,
        owners,
        tags: [`${TIER}.Silver`],
        tables: {
          orders: {
            description: 'One row per order.\nRefunds are separate rows.',
            owners,
            tags: [`${TIER}.Gold`],
            columns: {
              id: { description: '' },
              email: { description: "Customer's e-mail \\ address", tags: [`${PII}.Sensitive`] },
              amount: { tags: [] },
            },
          },
          order_view: {
            description: 'Orders, without amounts',
            owners,
            tags: [`${TIER}.Silver`],
            columns: { email: { description: 'From orders.email', tags: [`${PII}.Sensitive`] } },
          },
        },
      },
      { tags: { managed: [TIER, PII] } },
    );
    expect(first.conflicts).toEqual([]);
    // A cluster before DBR 16.1 withholds the view's column comment; a release before
    // Databricks SQL 2026.47 / DBR 19 its column tag (no ALTER VIEW ... ALTER COLUMN there).
    expect(first.warnings.map((w) => w.message)).toEqual([
      ...(viewColumnComments ? [] : [expect.stringMatching(/cannot store descriptions on the columns of a view: not applied/)]),
      ...(viewColumnTags ? [] : [expect.stringMatching(/cannot store tags on the columns of a view: not applied/)]),
    ]);
    const fields = first.changes.map((c) => `${c.object.kind}:${c.object.table ?? c.object.schema}:${c.object.column ?? ''}:${c.field}:${c.tag ?? ''}`);
    expect(fields).toEqual(
      expect.arrayContaining([
        `schema:${schemaName}::description:`,
        `schema:${schemaName}::tag:${TIER}`,
        'table:orders::description:',
        `table:orders::tag:${TIER}`,
        'column:orders:id:description:',
        `column:orders:email:tag:${PII}`,
        `column:orders:amount:tag:${PII}`,
        `table:order_view::tag:${TIER}`,
        ...(viewColumnTags ? [`column:order_view:email:tag:${PII}`] : []),
      ]),
    );
    // The principal created the objects: only a configured owner moves them.
    expect(first.changes.filter((c) => c.field === 'owner')).toHaveLength(process.env[OWNER_VARIABLE] ? 3 : 0);
    expect(failures(applied)).toEqual([]);
    expect(applied.summary.failed).toBe(0);
    expect(second.changes).toEqual([]);
    expect(second.conflicts).toEqual([]);

    // Read back independently of introspection.
    const where = `table_catalog = ${lit(catalog)} AND table_schema = ${lit(schemaName)}`;
    const tagsWhere = `catalog_name = ${lit(catalog)} AND schema_name = ${lit(schemaName)}`;
    expect(await session.query(`SELECT comment, schema_owner FROM system.information_schema.schemata WHERE catalog_name = ${lit(catalog)} AND schema_name = ${lit(schemaName)}`)).toEqual([
      { comment: HOSTILE, schema_owner: owner },
    ]);
    expect(await session.query(`SELECT table_name, comment, table_owner FROM system.information_schema.tables WHERE ${where} ORDER BY table_name`)).toEqual([
      { table_name: 'order_view', comment: 'Orders, without amounts', table_owner: owner },
      { table_name: 'orders', comment: 'One row per order.\nRefunds are separate rows.', table_owner: owner },
    ]);
    // The view's id is not in the manifests: left out (whatever the view took over from the table).
    const columns = await session.query(
      `SELECT table_name, column_name, comment FROM system.information_schema.columns WHERE ${where} AND NOT (table_name = ${lit('order_view')} AND column_name = ${lit('id')}) ORDER BY table_name, ordinal_position`,
    );
    // An emptied comment may read as '' or NULL: both are "no description".
    expect(columns.map(({ table_name, column_name, comment }) => [table_name, column_name, comment === '' ? null : comment])).toEqual([
      ['order_view', 'email', viewColumnComments ? 'From orders.email' : null],
      ['orders', 'id', null],
      ['orders', 'email', "Customer's e-mail \\ address"],
      ['orders', 'amount', null],
    ]);
    expect(await session.query(`SELECT tag_name, tag_value FROM system.information_schema.schema_tags WHERE ${tagsWhere} ORDER BY tag_name`)).toEqual([{ tag_name: TIER, tag_value: 'Silver' }]);
    expect(await session.query(`SELECT table_name, tag_name, tag_value FROM system.information_schema.table_tags WHERE ${tagsWhere} ORDER BY table_name, tag_name`)).toEqual([
      { table_name: 'order_view', tag_name: TIER, tag_value: 'Silver' },
      { table_name: 'orders', tag_name: KEPT, tag_value: 'yes' },
      { table_name: 'orders', tag_name: TIER, tag_value: 'Gold' },
    ]);
    expect(await session.query(`SELECT table_name, column_name, tag_name, tag_value FROM system.information_schema.column_tags WHERE ${tagsWhere} ORDER BY table_name, column_name`)).toEqual([
      ...(viewColumnTags ? [{ table_name: 'order_view', column_name: 'email', tag_name: PII, tag_value: 'Sensitive' }] : []),
      { table_name: 'orders', column_name: 'email', tag_name: PII, tag_value: 'Sensitive' },
    ]);
  }, 600_000);

  it('refuses a tag key Unity Catalog does not allow at plan time, and writes nothing', async () => {
    const { first, applied } = await convergeSchema({ tables: { orders: { tags: ['data-domain.Sales'] } } });
    expect(first.conflicts.map((c) => c.reason)).toEqual([expect.stringMatching(/tag key "data-domain" contains "-"/)]);
    expect(first.changes).toEqual([]);
    expect(applied.results).toEqual([]);
  }, 600_000);
  it.skipIf(process.env['REVMETA_LIVE_UNITYCATALOG_PIPELINES'] !== '1')(
    'converges descriptions and tags on a materialized view and a streaming table, each with its own statements and the pipeline warning',
    async () => {
      await session.execute(`CREATE MATERIALIZED VIEW ${relation('daily_mv')} AS SELECT ${q('id')}, ${q('amount')} FROM ${relation('orders')}`);
      await session.execute(`CREATE STREAMING TABLE ${relation('orders_stream')} AS SELECT * FROM STREAM(${relation('orders')})`);
      const tables = {
        daily_mv: { description: 'Orders by id, refreshed', tags: [`${TIER}.Gold`] },
        orders_stream: { description: 'Orders as they arrive', tags: [`${TIER}.Silver`], columns: { id: { description: 'Order key' } } },
      };
      const { first, applied, second } = await convergeSchema({ tables }, { tags: { managed: [TIER] } });
      expect(first.conflicts).toEqual([]);
      const relationOf = (table: string) => first.changes.find((change) => change.object.table === table)?.object.relation;
      expect(relationOf('daily_mv')).toBe('materialized_view');
      expect(relationOf('orders_stream')).toBe('table');
      expect(first.warnings.filter((w) => w.code === 'side-effect').map((w) => w.object?.table)).toContain('daily_mv');
      expect(failures(applied)).toEqual([]);
      expect(second.changes).toEqual([]);
      expect(
        await session.query(
          `SELECT table_name, comment FROM system.information_schema.tables WHERE table_catalog = ${lit(catalog)} AND table_schema = ${lit(schemaName)} AND table_name IN ('daily_mv', 'orders_stream') ORDER BY table_name`,
        ),
      ).toEqual([
        { table_name: 'daily_mv', comment: 'Orders by id, refreshed' },
        { table_name: 'orders_stream', comment: 'Orders as they arrive' },
      ]);
    },
    900_000,
  );
});
