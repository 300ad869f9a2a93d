/**
 * Opt-in convergence test against a real SQL Server or Azure SQL database, skipped unless
 *
 *   REVMETA_LIVE_MSSQL_URL=mssql://user:password@host:1433/database?trustServerCertificate=true
 *
 * is set (query options: encrypt, trustServerCertificate; see docs/connectors/mssql.md). The
 * login needs CREATE SCHEMA, CREATE TABLE, CREATE VIEW and CREATE ROLE in that database
 * (db_owner is enough). It creates a throwaway schema, role, table and view, plans the hostile
 * corpus and owners onto them, applies, reads back, plans again (empty), updates and clears
 * (again empty), and drops everything it made. Nothing outside its own objects is written.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyChanges } from '../../../src/apply/apply.js';
import { mssql } from '../../../src/connectors/mssql/index.js';
import { quoteIdentifier as q } from '../../../src/connectors/mssql/sql.js';
import type { Driver } from '../../../src/connectors/types.js';
import type { DesiredFields, DesiredNode, DesiredService, ObservedNode } from '../../../src/model/types.js';
import { planService, type ServicePlan } from '../../../src/plan/plan.js';
import { HOSTILE_VALUES } from '../../corpus/hostile.js';
import { changesWithSql } from '../../plan-statements.js';

const URL_VARIABLE = 'REVMETA_LIVE_MSSQL_URL';
const url = process.env[URL_VARIABLE];

/** mssql://user:password@host:port/database?encrypt=…&trustServerCertificate=… → connection block. */
function liveConnection(text: string): { connection: Record<string, unknown>; database: string } {
  const parsed = new URL(text);
  if (parsed.protocol !== 'mssql:') throw new Error(`${URL_VARIABLE} must start with mssql://`);
  const database = decodeURIComponent(parsed.pathname.replace(/^\//, ''));
  if (database === '') throw new Error(`${URL_VARIABLE} must name a database: mssql://user:password@host:port/database`);
  const connection: Record<string, unknown> = {
    host: parsed.hostname.replace(/^\[|\]$/g, ''),
    user: decodeURIComponent(parsed.username),
    password: decodeURIComponent(parsed.password),
    database,
  };
  if (parsed.port !== '') connection.port = Number(parsed.port);
  for (const key of ['encrypt', 'trustServerCertificate']) {
    const value = parsed.searchParams.get(key);
    if (value !== null) connection[key] = value === 'true';
  }
  return { connection, database };
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

/** Values SQL Server stores as given: the corpus within 3,750 UTF-16 units, and T-SQL's own traps. */
const VALUES = [
  ...HOSTILE_VALUES.filter((value) => value.value.length <= 3750),
  { name: 'backslash before LF', value: 'a \\\nb' },
  { name: 'backslash before CRLF', value: 'a \\\r\nb' },
  { name: 'longest', value: `${'x'.repeat(3748)}🚀` },
];

describe.skipIf(url === undefined)('mssql live convergence', () => {
  const suffix = randomBytes(4).toString('hex');
  const schema = `revmeta_live_${suffix}`;
  const role = `revmeta_live_role_${suffix}`;
  const table = `orders ]] ${suffix}`;
  const view = `open orders ${suffix}`;
  const columns = VALUES.map((_, i) => `c${i}`);
  let driver: Driver;
  let database: string;

  async function run(statements: readonly string[]): Promise<void> {
    const session = await driver.open(database);
    try {
      for (const sql of statements) await session.execute(sql);
    } finally {
      await session.close();
    }
  }

  beforeAll(async () => {
    const live = liveConnection(url!);
    database = live.database;
    driver = mssql.createDriver({ service: SERVICE, connection: live.connection, configDir: '/' });
    await run([
      `CREATE SCHEMA ${q(schema)}`,
      `CREATE ROLE ${q(role)}`,
      `CREATE TABLE ${q(schema)}.${q(table)} (${columns.map((c) => `${q(c)} int`).join(', ')}, [it's "odd"] int)`,
      `CREATE VIEW ${q(schema)}.${q(view)} AS SELECT [c0] FROM ${q(schema)}.${q(table)}`,
    ]);
  });

  afterAll(async () => {
    if (driver === undefined) return;
    await run([
      `DROP VIEW IF EXISTS ${q(schema)}.${q(view)}`,
      `DROP TABLE IF EXISTS ${q(schema)}.${q(table)}`,
      `DROP SCHEMA IF EXISTS ${q(schema)}`,
      `IF DATABASE_PRINCIPAL_ID(N'${role.replaceAll("'", "''")}') IS NOT NULL DROP ROLE ${q(role)}`,
    ]).finally(() => driver.close());
  });

  /** Manifests name the schema in upper case: the planner matches it case-insensitively. */
  function desired(round: 1 | 2): DesiredService {
    const value = (i: number) => (round === 1 ? VALUES[i]!.value : i % 2 === 0 ? `updated ${i}` : '');
    return {
      name: SERVICE,
      databases: [
        want('database', database, {}, [
          want('schema', schema.toUpperCase(), { description: round === 1 ? 'Throwaway schema' : '', owners: [role] }, [
            want(
              'table',
              table,
              { description: round === 1 ? "it's a table" : 'still a table', owners: [role] },
              [...columns.map((c, i) => want('column', c, { description: value(i) })), want('column', `it's "odd"`, { description: 'odd name' })],
            ),
            want('table', view, { description: 'A view' }, [want('column', 'c0', { description: round === 1 ? 'view column' : '' })]),
          ]),
        ]),
      ],
    };
  }

  async function plan(service: DesiredService): Promise<ServicePlan & { observed: ObservedNode[] }> {
    const introspection = await mssql.introspect(driver, {
      service: SERVICE,
      databases: [database],
      schemas: { [database]: [schema.toUpperCase()] },
    });
    const planned = planService({
      name: SERVICE,
      type: 'mssql',
      desired: service,
      observed: introspection.observed,
      capabilities: mssql.capabilities(introspection.server),
      dialect: mssql.dialect,
      policy: {},
    });
    return { ...planned, observed: introspection.observed.databases };
  }

  async function converge(service: DesiredService): Promise<ServicePlan> {
    const planned = await plan(service);
    expect(planned.conflicts).toEqual([]);
    const result = await applyChanges(planned, new Map([[SERVICE, { driver, capabilities: mssql.capabilities({ version: '' }) }]]));
    expect(result.results.filter((r) => r.status !== 'applied')).toEqual([]);
    const again = await plan(service);
    expect(again.changes).toEqual([]);
    return planned;
  }

  it('adds every corpus value and the owners, and converges', async () => {
    const planned = await converge(desired(1));
    const procedures = changesWithSql(planned).filter((c) => c.field === 'description').map((c) => c.sql[0]!.split(' ')[1]);
    expect(new Set(procedures)).toEqual(new Set(['sys.sp_addextendedproperty']));
    expect(planned.warnings.map((w) => w.code)).toEqual(['side-effect', 'side-effect']);
    const read = (await plan(desired(1))).observed[0]!.children[0]!;
    expect(read.owner).toBe(role);
    const tableNode = read.children.find((t) => t.name === table)!;
    expect(tableNode.owner).toBe(role);
    expect(tableNode.children.slice(0, VALUES.length).map((c) => c.description)).toEqual(VALUES.map((v) => v.value));
  });

  it('updates and drops what changed, and converges again', async () => {
    const planned = await converge(desired(2));
    const procedures = new Set(changesWithSql(planned).map((c) => c.sql[0]!.split(' ')[1]));
    expect(procedures).toEqual(new Set(['sys.sp_updateextendedproperty', 'sys.sp_dropextendedproperty']));
  });
});

describe(`${URL_VARIABLE} parsing`, () => {
  it('turns the URL into a connection block', () => {
    expect(liveConnection('mssql://sa:p%40ss%3Aw0rd@127.0.0.1:14330/revmeta_test?trustServerCertificate=true&encrypt=false')).toEqual({
      database: 'revmeta_test',
      connection: { host: '127.0.0.1', port: 14330, user: 'sa', password: 'p@ss:w0rd', database: 'revmeta_test', trustServerCertificate: true, encrypt: false },
    });
    expect(() => liveConnection('mssql://sa:x@host')).toThrow(/must name a database/);
    expect(() => liveConnection('oracle://sa:x@host/db')).toThrow(/must start with mssql:\/\//);
  });
});
