/**
 * Opt-in convergence test against a real Oracle Database (thin mode), skipped unless
 *
 *   REVMETA_LIVE_ORACLE_URL=oracle://user:password@host:1521/SERVICE_NAME
 *
 * is set (see docs/connectors/oracle.md). The user needs CREATE TABLE, CREATE VIEW and CREATE
 * MATERIALIZED VIEW in its own schema, and the database character set must be AL32UTF8 (the
 * corpus has emoji). It creates a throwaway table, view and materialized view with unquoted
 * (upper-case) names, plans comments onto them from manifests that use lower-case names as
 * OpenMetadata does, applies, reads back, plans again (empty), updates and clears (again
 * empty), and drops everything it made.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyChanges } from '../../../src/apply/apply.js';
import { oracle } from '../../../src/connectors/oracle/index.js';
import type { Driver } from '../../../src/connectors/types.js';
import type { DesiredFields, DesiredNode, DesiredService, ObservedNode } from '../../../src/model/types.js';
import { planService, type ServicePlan } from '../../../src/plan/plan.js';
import { HOSTILE_VALUES } from '../../corpus/hostile.js';
import { changesWithSql } from '../../plan-statements.js';

const URL_VARIABLE = 'REVMETA_LIVE_ORACLE_URL';
const url = process.env[URL_VARIABLE];

/** oracle://user:password@host:port/SERVICE → connection block. */
function liveConnection(text: string): Record<string, unknown> {
  const parsed = new URL(text);
  if (parsed.protocol !== 'oracle:') throw new Error(`${URL_VARIABLE} must start with oracle://`);
  const serviceName = decodeURIComponent(parsed.pathname.replace(/^\//, ''));
  if (serviceName === '') throw new Error(`${URL_VARIABLE} must name a service: oracle://user:password@host:port/SERVICE_NAME`);
  return {
    host: parsed.hostname.replace(/^\[|\]$/g, ''),
    ...(parsed.port !== '' ? { port: Number(parsed.port) } : {}),
    serviceName,
    user: decodeURIComponent(parsed.username),
    password: decodeURIComponent(parsed.password),
  };
}

const SERVICE = 'live';
const HERE = { file: 'live.yaml', line: 1, column: 1 };
const want = (kind: DesiredNode['kind'], name: string, fields: DesiredFields, children: DesiredNode[] = []): DesiredNode => ({
  kind,
  name,
  fields,
  location: HERE,
  fieldLocations: {},
  children,
});

/** The corpus within 4,000 UTF-8 bytes, and the longest comment Oracle takes. */
const VALUES = [...HOSTILE_VALUES.filter((value) => Buffer.byteLength(value.value, 'utf8') <= 4000), { name: 'longest', value: `${'x'.repeat(3996)}🚀` }];

describe.skipIf(url === undefined)('oracle live convergence', () => {
  const suffix = randomBytes(4).toString('hex').toUpperCase();
  const table = `REVMETA_LIVE_${suffix}`;
  const view = `REVMETA_LIVE_V_${suffix}`;
  const mview = `REVMETA_LIVE_MV_${suffix}`;
  const columns = VALUES.map((_, i) => `C${i}`);
  let driver: Driver;
  let schema: string;

  async function run(statements: readonly string[], tolerate = false): Promise<void> {
    const session = await driver.open();
    try {
      for (const sql of statements) await session.execute(sql).catch((error: unknown) => (tolerate ? undefined : Promise.reject(error)));
    } finally {
      await session.close();
    }
  }

  beforeAll(async () => {
    driver = oracle.createDriver({ service: SERVICE, connection: liveConnection(url!), configDir: '/' });
    const session = await driver.open();
    try {
      schema = (await session.query('SELECT USER AS NAME FROM DUAL'))[0]!.NAME as string;
      const charset = (await session.query("SELECT VALUE FROM NLS_DATABASE_PARAMETERS WHERE PARAMETER = 'NLS_CHARACTERSET'"))[0]?.VALUE;
      if (charset !== 'AL32UTF8') throw new Error(`the live test needs an AL32UTF8 database; this one is ${String(charset)}`);
    } finally {
      await session.close();
    }
    await run([
      `CREATE TABLE ${table} (${columns.map((c) => `${c} NUMBER`).join(', ')}, "Mixed Col" VARCHAR2(10))`,
      `CREATE VIEW ${view} AS SELECT C0 FROM ${table}`,
      `CREATE MATERIALIZED VIEW ${mview} AS SELECT C0 FROM ${table}`,
    ]);
  });

  afterAll(async () => {
    if (driver === undefined) return;
    await run([`DROP MATERIALIZED VIEW ${mview}`, `DROP VIEW ${view}`, `DROP TABLE ${table} PURGE`], true).finally(() => driver.close());
  });

  /** Lower-case names, as OpenMetadata stores them; "Mixed Col" exactly. */
  function desired(round: 1 | 2): DesiredService {
    const value = (i: number) => (round === 1 ? VALUES[i]!.value : i % 2 === 0 ? `updated ${i}` : '');
    return {
      name: SERVICE,
      databases: [
        want('database', 'default', {}, [
          want('schema', schema.toLowerCase(), {}, [
            want('table', table.toLowerCase(), { description: round === 1 ? "it's a table" : '' }, [
              ...columns.map((c, i) => want('column', c.toLowerCase(), { description: value(i) })),
              want('column', 'Mixed Col', { description: round === 1 ? 'mixed' : 'still mixed' }),
            ]),
            want('table', view.toLowerCase(), { description: round === 1 ? 'A view' : 'The view' }, [want('column', 'c0', { description: 'view column' })]),
            want('table', mview.toLowerCase(), { description: round === 1 ? 'A materialized view' : '' }, [want('column', 'c0', { description: round === 1 ? 'mv column' : '' })]),
          ]),
        ]),
      ],
    };
  }

  async function plan(service: DesiredService): Promise<ServicePlan & { observed: ObservedNode[] }> {
    const introspection = await oracle.introspect(driver, { service: SERVICE, databases: ['default'], schemas: { default: [schema.toLowerCase()] } });
    const planned = planService({
      name: SERVICE,
      type: 'oracle',
      desired: service,
      observed: introspection.observed,
      capabilities: oracle.capabilities(introspection.server),
      dialect: oracle.dialect,
      policy: {},
    });
    return { ...planned, observed: introspection.observed.databases };
  }

  async function converge(service: DesiredService): Promise<ServicePlan> {
    const planned = await plan(service);
    expect(planned.conflicts).toEqual([]);
    expect(planned.warnings).toEqual([]);
    const result = await applyChanges(planned, new Map([[SERVICE, { driver, capabilities: oracle.capabilities({ version: '' }) }]]));
    expect(result.results.filter((r) => r.status !== 'applied')).toEqual([]);
    expect((await plan(service)).changes).toEqual([]);
    return planned;
  }

  it('writes every corpus value on tables, views, materialized views and columns, and converges', async () => {
    const planned = await converge(desired(1));
    expect(changesWithSql(planned).find((c) => c.object.table === mview && c.object.kind === 'table')?.sql[0]).toMatch(/^COMMENT ON MATERIALIZED VIEW /);
    const read = (await plan(desired(1))).observed[0]!.children[0]!;
    const tableNode = read.children.find((t) => t.name === table)!;
    expect(tableNode.children.slice(0, VALUES.length).map((c) => c.description)).toEqual(VALUES.map((v) => v.value));
    expect(read.children.find((t) => t.name === mview)?.relation).toBe('materialized_view');
  });

  it("updates and clears (IS '') what changed, and converges again", async () => {
    const planned = await converge(desired(2));
    expect(changesWithSql(planned).some((c) => c.action === 'clear' && c.sql[0]!.endsWith(" IS ''"))).toBe(true);
  });
});

describe(`${URL_VARIABLE} parsing`, () => {
  it('turns the URL into a connection block', () => {
    expect(liveConnection('oracle://system:p%40ss@127.0.0.1:1521/FREEPDB1')).toEqual({
      host: '127.0.0.1',
      port: 1521,
      serviceName: 'FREEPDB1',
      user: 'system',
      password: 'p@ss',
    });
    expect(() => liveConnection('oracle://u:p@host')).toThrow(/must name a service/);
  });
});
