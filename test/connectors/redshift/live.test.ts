/**
 * Opt-in: the redshift connector against a real cluster, through the CLI, with the real
 * catalog queries (svv_external_*, pg_get_late_binding_view_cols included).
 *
 *   REVMETA_LIVE_REDSHIFT_URL=redshift://user:password@host:5439/dev npx vitest run test/connectors/redshift/live.test.ts
 *
 * Optional: REVMETA_LIVE_REDSHIFT_OWNER, an existing user other than the connecting one, to
 * which the test hands its throwaway objects (ALTER SCHEMA/TABLE ... OWNER TO); the
 * connecting user must then be a superuser. Without it, owners are not exercised.
 *
 * It creates a schema `revmeta_live_<random>` in the URL's database (a table, a view, a
 * late-binding view), converges descriptions on it (plan → apply → plan is empty), and drops
 * it. It writes nothing outside that schema: not the database's comment nor its owner.
 * Skipped when the variable is not set.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { redshift } from '../../../src/connectors/redshift/index.js';
import type { Driver } from '../../../src/connectors/types.js';
import { runCli, writeWorkspace } from '../../e2e/cli.js';
import { withSession } from '../postgres/fixtures.js';

const url = process.env.REVMETA_LIVE_REDSHIFT_URL;
const otherOwner = process.env.REVMETA_LIVE_REDSHIFT_OWNER;

/** `redshift://user:password@host:port/database?ssl=false` → a `connection:` block, password apart. */
function connectionOf(text: string): { connection: Record<string, unknown>; password: string; database: string } {
  const parsed = new URL(text);
  const database = decodeURIComponent(parsed.pathname.replace(/^\//, '')) || 'dev';
  const connection: Record<string, unknown> = {
    host: parsed.hostname,
    port: parsed.port === '' ? 5439 : Number(parsed.port),
    user: decodeURIComponent(parsed.username),
    database,
  };
  if (parsed.searchParams.get('ssl') === 'false') connection.ssl = false;
  return { connection, password: decodeURIComponent(parsed.password), database };
}

const HOSTILE = "It's a \"quoted\" value with \\backslashes\\, \\' and $$dollars$$,\nnew lines\ttabs, emoji 🎉 and '); DROP TABLE x; --";

describe.skipIf(url === undefined)('redshift connector on a live cluster (REVMETA_LIVE_REDSHIFT_URL)', () => {
  const { connection, password, database } = connectionOf(url ?? 'redshift://unused@localhost/dev');
  const schema = `revmeta_live_${randomBytes(4).toString('hex')}`;
  const env = { REVMETA_LIVE_REDSHIFT_PASSWORD: password, REVMETA_CACHE_DIR: 'off' };
  let driver: Driver;
  let configFile: string;

  beforeAll(async () => {
    driver = redshift.createDriver({ service: 'live', connection: { ...connection, password }, configDir: '/' });
    await withSession(driver, database, (session) =>
      session.query(`CREATE SCHEMA ${schema};
        CREATE TABLE ${schema}.orders (id int, customer_email varchar(256), amount decimal(12, 2));
        CREATE VIEW ${schema}.order_ids AS SELECT id FROM ${schema}.orders;
        CREATE VIEW ${schema}.orders_lbv AS SELECT id, amount FROM ${schema}.orders WITH NO SCHEMA BINDING;
        COMMENT ON TABLE ${schema}.orders IS 'to be replaced'`),
    );
    const owners = otherOwner === undefined ? {} : { owners: [otherOwner] };
    configFile = await writeWorkspace({
      config: {
        version: 1,
        manifests: 'metadata',
        services: { live: { type: 'redshift', connection: { ...connection, password: '${REVMETA_LIVE_REDSHIFT_PASSWORD}' } } },
      },
      manifests: {
        [`live/${database}/${schema}.yaml`]: [
          {
            apiVersion: 'revmeta/v1',
            kind: 'Schema',
            service: 'live',
            database,
            name: schema,
            description: 'revmeta live test: dropped when the test ends',
            ...owners,
            tables: {
              orders: {
                description: HOSTILE,
                ...owners,
                columns: { id: { description: 'Key' }, customer_email: { description: HOSTILE }, amount: { description: '' } },
              },
              order_ids: { description: 'A view', ...owners, columns: { id: { description: 'Order id' } } },
              orders_lbv: { description: 'A late-binding view', columns: { amount: { description: 'Cannot be stored' } } },
            },
          },
        ],
      },
    });
  });

  afterAll(async () => {
    if (driver === undefined) return;
    await withSession(driver, database, (session) => session.execute(`DROP SCHEMA IF EXISTS ${schema} CASCADE`));
    await driver.close();
  });

  it('reads the schema with its late-binding view and its columns', async () => {
    const result = await redshift.introspect(driver, { service: 'live', databases: [database] });
    expect(result.server.version).toMatch(/^Redshift \d/);
    expect(result.queries).toBe(2 + 5);
    const tables = result.observed.databases[0]?.children.find((node) => node.name === schema)?.children ?? [];
    expect(tables.map((table) => [table.name, table.relation, table.children.map((column) => column.name)])).toEqual([
      ['order_ids', 'view', ['id']],
      ['orders', 'table', ['id', 'customer_email', 'amount']],
      ['orders_lbv', 'late_binding_view', ['id', 'amount']],
    ]);
    expect(tables.find((table) => table.name === 'orders')?.description).toBe('to be replaced');
  });

  it('converges: plan → apply → plan is empty, warning about the late-binding view column', async () => {
    const planned = await runCli(['plan', '-c', configFile, '--detailed-exitcode', '--format', 'json'], { env });
    expect(planned.stderr).toBe('');
    expect(planned.code).toBe(2);
    const plan = JSON.parse(planned.stdout) as { changes: unknown[]; warnings: Array<{ code: string; object: { relation?: string } }> };
    expect(plan.changes.length).toBe(otherOwner === undefined ? 7 : 10);
    expect(plan.warnings.map((warning) => [warning.code, warning.object.relation])).toEqual([['unsupported-relation', 'late_binding_view']]);

    const applied = await runCli(['apply', '-c', configFile, '--auto-approve'], { env });
    expect(applied.code, applied.stdout + applied.stderr).toBe(0);

    const again = await runCli(['plan', '-c', configFile, '--detailed-exitcode'], { env });
    expect(again.code, again.stdout + again.stderr).toBe(0);

    const result = await redshift.introspect(driver, { service: 'live', databases: [database] });
    const orders = result.observed.databases[0]?.children.find((node) => node.name === schema)?.children.find((table) => table.name === 'orders');
    expect(orders?.description).toBe(HOSTILE);
    expect(orders?.children.find((column) => column.name === 'customer_email')?.description).toBe(HOSTILE);
    if (otherOwner !== undefined) expect(orders?.owner).toBe(otherOwner);
  });
});
