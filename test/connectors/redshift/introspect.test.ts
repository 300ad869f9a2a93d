/**
 * The Redshift catalog read against recorded Redshift rows (what a cluster returns for the
 * queries below): late-binding views, external tables, database comments read per database,
 * session use and query counts. Then the planner with Redshift's capabilities over that tree:
 * what Redshift cannot store is a warning, not a statement. The queries themselves run on
 * real PostgreSQL engines in engines.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { redshift } from '../../../src/connectors/redshift/index.js';
import {
  CATALOG_QUERIES,
  DATABASE_DESCRIPTION_SQL,
  REDSHIFT_ONLY_SQL,
  createRedshiftIntrospect,
  versionOf,
} from '../../../src/connectors/redshift/introspect.js';
import type { Driver, DriverSession } from '../../../src/connectors/types.js';
import type { DesiredFields, DesiredNode, ObjectKind, ObservedNode } from '../../../src/model/types.js';
import { planService } from '../../../src/plan/plan.js';
import { changesWithSql } from '../../plan-statements.js';

type Rows = Record<string, unknown>[];

const [DATABASES_SQL, VERSION_SQL, , SCHEMAS_SQL, RELATIONS_SQL, COLUMNS_SQL] = CATALOG_QUERIES as [string, string, string, string, string, string, string];

const REDSHIFT_VERSION =
  'PostgreSQL 8.0.2 on i686-pc-linux-gnu, compiled by GCC gcc (GCC) 3.4.2 20041017 (Red Hat 3.4.2-6.fc3), Redshift 1.0.77467';

/** The rows of each per-database query, as a session on that database reads them. */
interface DatabaseCatalog {
  description: Rows;
  schemas: Rows;
  relations: Rows;
  columns: Rows;
  redshiftOnly: Rows;
}

const DATABASES: Rows = [
  { name: 'dev', owner: 'rdsdb', current: true, connectable: true },
  { name: 'analytics', owner: 'data_platform', current: false, connectable: true },
  { name: 'archive', owner: 'rdsdb', current: false, connectable: false },
];

const CATALOGS: Record<string, DatabaseCatalog> = {
  dev: {
    description: [{ description: '' }],
    schemas: [{ name: 'public', description: 'standard public schema', owner: 'rdsdb' }],
    relations: [],
    columns: [],
    redshiftOnly: [],
  },
  analytics: {
    // A database comment is only readable in its own database (PostgreSQL 8.0's catalog).
    description: [{ description: 'Company analytics warehouse' }],
    schemas: [
      { name: 'core', description: 'Core tables', owner: 'data_platform' },
      { name: 'spectrum', description: null, owner: 'lake_admin' },
      { name: 'public', description: null, owner: 'rdsdb' },
    ],
    relations: [
      { schema: 'core', name: 'orders', kind: 'r', description: 'One row per order.\nRefunds are separate rows.', owner: 'data_platform', late_binding: false },
      { schema: 'core', name: 'order_emails', kind: 'v', description: 'Who ordered', owner: 'alice', late_binding: false },
      { schema: 'core', name: 'orders_lbv', kind: 'v', description: 'Late-bound', owner: 'alice', late_binding: true },
      { schema: 'public', name: 'empty_lbv', kind: 'v', description: '', owner: 'rdsdb', late_binding: true },
    ],
    columns: [
      { schema: 'core', relation: 'orders', name: 'amount', position: 2, description: '' },
      { schema: 'core', relation: 'orders', name: 'id', position: 1, description: 'Surrogate key' },
      { schema: 'core', relation: 'order_emails', name: 'id', position: 1, description: null },
      { schema: 'core', relation: 'order_emails', name: 'customer_email', position: 2, description: 'E-mail' },
      // Should a cluster ever list a late-binding view's columns in pg_attribute, they are not doubled.
      { schema: 'public', relation: 'empty_lbv', name: 'n', position: 1, description: null },
    ],
    redshiftOnly: [
      { what: 'external_table', schema: 'spectrum', relation: 'clicks', name: null, position: 0 },
      { what: 'external_column', schema: 'spectrum', relation: 'clicks', name: 'url', position: 2 },
      { what: 'external_column', schema: 'spectrum', relation: 'clicks', name: 'at', position: 1 },
      { what: 'late_binding_column', schema: 'core', relation: 'orders_lbv', name: 'total', position: 2 },
      { what: 'late_binding_column', schema: 'core', relation: 'orders_lbv', name: 'id', position: 1 },
      { what: 'late_binding_column', schema: 'public', relation: 'empty_lbv', name: 'n', position: 1 },
      // An external table in a schema outside the read (another database's external schema): left out.
      { what: 'external_table', schema: 'elsewhere', relation: 'x', name: null, position: 0 },
    ],
  },
};

/** Answers each catalog query from the recorded rows of the session's database; logs every call. */
function recordedDriver(log: string[], catalogs = CATALOGS): Driver {
  const answer = (database: string, sql: string): Rows => {
    if (sql === DATABASES_SQL) return DATABASES;
    if (sql === VERSION_SQL) return [{ version: REDSHIFT_VERSION }];
    const catalog = catalogs[database];
    if (catalog === undefined) throw new Error(`database "${database}" does not exist`);
    if (sql === DATABASE_DESCRIPTION_SQL) return catalog.description;
    if (sql === SCHEMAS_SQL) return catalog.schemas;
    if (sql === RELATIONS_SQL) return catalog.relations;
    if (sql === COLUMNS_SQL) return catalog.columns;
    if (sql === REDSHIFT_ONLY_SQL) return catalog.redshiftOnly;
    throw new Error(`unexpected query ${sql}`);
  };
  const session = (database: string): DriverSession => ({
    query: async (sql) => {
      log.push(`query ${database}`);
      return answer(database, sql);
    },
    execute: async () => undefined,
    begin: async () => undefined,
    commit: async () => undefined,
    rollback: async () => undefined,
    close: async () => void log.push(`close ${database}`),
  });
  return {
    open: async (database = 'dev') => {
      log.push(`open ${database}`);
      return session(database);
    },
    close: async () => undefined,
  };
}

const column = (name: string, description: string | null = null): ObservedNode => ({
  kind: 'column',
  name,
  description,
  owner: null,
  tags: {},
  children: [],
});

const ANALYTICS: ObservedNode = {
  kind: 'database',
  name: 'analytics',
  description: 'Company analytics warehouse',
  owner: 'data_platform',
  tags: {},
  children: [
    {
      kind: 'schema',
      name: 'core',
      description: 'Core tables',
      owner: 'data_platform',
      tags: {},
      children: [
        {
          kind: 'table',
          name: 'order_emails',
          relation: 'view',
          description: 'Who ordered',
          owner: 'alice',
          tags: {},
          children: [column('id'), column('customer_email', 'E-mail')],
        },
        {
          kind: 'table',
          name: 'orders',
          relation: 'table',
          description: 'One row per order.\nRefunds are separate rows.',
          owner: 'data_platform',
          tags: {},
          children: [column('id', 'Surrogate key'), column('amount')],
        },
        {
          kind: 'table',
          name: 'orders_lbv',
          relation: 'late_binding_view',
          description: 'Late-bound',
          owner: 'alice',
          tags: {},
          children: [column('id'), column('total')],
        },
      ],
    },
    {
      kind: 'schema',
      name: 'public',
      description: null,
      owner: 'rdsdb',
      tags: {},
      children: [
        { kind: 'table', name: 'empty_lbv', relation: 'late_binding_view', description: null, owner: 'rdsdb', tags: {}, children: [column('n')] },
      ],
    },
    {
      kind: 'schema',
      name: 'spectrum',
      description: null,
      owner: 'lake_admin',
      tags: {},
      children: [
        { kind: 'table', name: 'clicks', relation: 'external_table', description: null, owner: null, tags: {}, children: [column('at'), column('url')] },
      ],
    },
  ],
};

describe('redshift introspection on recorded rows', () => {
  it('reads late-binding views, external tables and per-database comments into the exact tree', async () => {
    const log: string[] = [];
    const result = await redshift.introspect(recordedDriver(log), { service: 'svc', databases: ['analytics', 'dev', 'nope'] });
    expect(result.observed).toEqual({
      service: 'svc',
      databases: [
        ANALYTICS,
        { kind: 'database', name: 'dev', description: null, owner: 'rdsdb', tags: {}, children: [
          { kind: 'schema', name: 'public', description: 'standard public schema', owner: 'rdsdb', tags: {}, children: [] },
        ] },
      ],
    });
    expect(result.server).toEqual({ version: 'Redshift 1.0.77467' });
    // Databases and version, then five per database: description, schemas, relations, columns, Redshift-only.
    expect(result.queries).toBe(2 + 5 * 2);
    // The first session reads its own database; every other database is opened once.
    expect(log).toEqual([
      'open dev',
      ...Array<string>(7).fill('query dev'),
      'close dev',
      'open analytics',
      ...Array<string>(5).fill('query analytics'),
      'close analytics',
    ]);
  });

  it('reads every connectable database for scope all, and names a missing one loudly', async () => {
    const result = await redshift.introspect(recordedDriver([]), { service: 'svc', databases: 'all' });
    expect(result.observed.databases.map((database) => database.name)).toEqual(['analytics', 'dev']);
    const withGone = { ...CATALOGS };
    delete withGone.analytics;
    await expect(redshift.introspect(recordedDriver([], withGone), { service: 'svc', databases: 'all' })).rejects.toThrow(
      /database "analytics" does not exist/,
    );
  });

  it('reads without the Redshift-only query when it is left out', async () => {
    const log: string[] = [];
    const introspect = createRedshiftIntrospect({ databaseDescriptionSql: DATABASE_DESCRIPTION_SQL, redshiftOnlySql: null });
    const result = await introspect(recordedDriver(log), { service: 'svc', databases: ['analytics'] });
    expect(result.queries).toBe(2 + 4);
    const [core, publicSchema, spectrum] = result.observed.databases[0]!.children;
    expect(spectrum?.children).toEqual([]);
    expect(core?.children.find((table) => table.name === 'orders_lbv')?.children).toEqual([]);
    expect(publicSchema?.children[0]?.children).toEqual([column('n')]);
  });

  it('reads materialized views (views in pg_class) from svv_mv_info as materialized views', async () => {
    const catalogs = structuredClone(CATALOGS);
    const analytics = catalogs.analytics!;
    analytics.relations.push({ schema: 'core', name: 'daily_revenue', kind: 'v', description: 'Revenue per day', owner: 'alice', late_binding: false });
    analytics.columns.push({ schema: 'core', relation: 'daily_revenue', name: 'day', position: 1, description: null });
    analytics.redshiftOnly.push(
      { what: 'materialized_view', schema: 'core', relation: 'daily_revenue', name: null, position: 0 },
      // A materialized view of a schema outside the read: nothing to mark.
      { what: 'materialized_view', schema: 'elsewhere', relation: 'mv', name: null, position: 0 },
    );
    const result = await redshift.introspect(recordedDriver([], catalogs), { service: 'svc', databases: ['analytics'] });
    const core = result.observed.databases[0]!.children.find((schema) => schema.name === 'core')!;
    expect(core.children.find((table) => table.name === 'daily_revenue')).toEqual({
      kind: 'table',
      name: 'daily_revenue',
      relation: 'materialized_view',
      description: 'Revenue per day',
      owner: 'alice',
      tags: {},
      children: [column('day')],
    });
    expect(core.children.find((table) => table.name === 'order_emails')?.relation).toBe('view');
  });

  it('reads svv_mv_info and svv_external_columns by the column names AWS documents', () => {
    // SVV_MV_INFO: database_name, schema_name, name (char(128), padded); SVV_EXTERNAL_COLUMNS:
    // redshift_database_name, schemaname, tablename, columnname, columnnum (Redshift Database Developer Guide).
    expect(REDSHIFT_ONLY_SQL).toContain(`SELECT 'materialized_view', TRIM(schema_name)::varchar, TRIM(name)::varchar, NULL::varchar, 0
  FROM svv_mv_info
  WHERE TRIM(database_name) = current_database()`);
    expect(REDSHIFT_ONLY_SQL).toContain(`SELECT 'external_column', schemaname::varchar, tablename::varchar, columnname::varchar, columnnum
  FROM svv_external_columns
  WHERE redshift_database_name = current_database()`);
  });

  it('names the server from version()', () => {
    expect(versionOf([{ version: REDSHIFT_VERSION }])).toBe('Redshift 1.0.77467');
    expect(versionOf([{ version: 'PostgreSQL 15.18 (Debian 15.18-0+deb12u1) on x86_64-pc-linux-gnu' }])).toBe('PostgreSQL 15.18');
    expect(versionOf([])).toBe('unknown');
  });

  it.each([
    ['shobj_description', /shobj_description/],
    ['relispartition', /relispartition/],
    ['access privilege functions', /has_\w+_privilege/],
    ['advisory locks', /advisory/],
    ['E strings', /\bE'/],
    ['partitioned, materialized or foreign relkinds', /'[pmf]'/],
  ])('issues no %s (Redshift lacks them)', (_name, pattern) => {
    for (const sql of CATALOG_QUERIES) expect(sql).not.toMatch(pattern);
  });
});

// ---- the planner over the recorded tree, with Redshift's capabilities --------------------

let line = 0;
function want(kind: ObjectKind, name: string, fields: DesiredFields = {}, children: DesiredNode[] = []): DesiredNode {
  line++;
  return { kind, name, fields, children, location: { file: 'analytics.yaml', line, column: 1 }, fieldLocations: {} };
}

describe('redshift capabilities in the planner', () => {
  it('are those of PostgreSQL, less external tables and late-binding view columns', () => {
    expect(redshift.capabilities({ version: 'Redshift 1.0.77467' })).toEqual({
      fields: {
        description: ['database', 'schema', 'table', 'column'],
        owner: ['database', 'schema', 'table'],
        tag: [],
      },
      unsupportedRelations: {
        description: { table: ['external_table'], column: ['external_table', 'late_binding_view'] },
        owner: { table: ['external_table', 'materialized_view'] },
      },
      transactionalDdl: true,
      listing: { database: 'visible-only', schema: 'visible-only', table: 'visible-only' },
    });
  });

  it('warns about external tables and late-binding view columns instead of planning statements', () => {
    const desired = [
      want('database', 'analytics', {}, [
        want('schema', 'core', {}, [
          want('table', 'orders_lbv', { description: 'Late-bound, described', owners: ['bob'] }, [
            want('column', 'id', { description: 'Key' }),
            want('column', 'total', { description: 'Sum' }),
          ]),
          want('table', 'order_emails', {}, [want('column', 'id', { description: 'Key' })]),
        ]),
        want('schema', 'spectrum', { description: 'The lake' }, [
          want('table', 'clicks', { description: 'Raw clicks', owners: ['bob'] }, [want('column', 'url', { description: 'Where' })]),
        ]),
      ]),
    ];
    const result = planService({
      name: 'warehouse',
      type: 'redshift',
      desired: { name: 'warehouse', databases: desired },
      observed: { service: 'warehouse', databases: [ANALYTICS] },
      capabilities: redshift.capabilities({ version: 'Redshift 1.0.77467' }),
      dialect: redshift.dialect,
      policy: {},
    });
    expect(changesWithSql(result).flatMap((change) => change.sql).sort()).toEqual([
      `ALTER TABLE "core"."orders_lbv" OWNER TO "bob"`,
      `COMMENT ON COLUMN "core"."order_emails"."id" IS 'Key'`,
      `COMMENT ON SCHEMA "spectrum" IS 'The lake'`,
      `COMMENT ON VIEW "core"."orders_lbv" IS 'Late-bound, described'`,
    ]);
    expect(result.conflicts).toEqual([]);
    expect(result.warnings.map((warning) => [warning.code, warning.field, warning.object])).toEqual(
      expect.arrayContaining([
        ['unsupported-relation', 'description', { kind: 'column', database: 'analytics', schema: 'core', table: 'orders_lbv', column: 'id', relation: 'late_binding_view' }],
        ['unsupported-relation', 'description', { kind: 'table', database: 'analytics', schema: 'spectrum', table: 'clicks', relation: 'external_table' }],
        ['unsupported-relation', 'owner', { kind: 'table', database: 'analytics', schema: 'spectrum', table: 'clicks', relation: 'external_table' }],
      ]),
    );
    // Late-binding view columns (2) and the external column (1) are counted under their kinds.
    expect(result.warnings).toHaveLength(4);
    expect(result.warnings.map((warning) => warning.message).join('\n')).toMatch(/redshift cannot store descriptions on the columns of a late.binding.view: not applied \(2 objects/);
  });
});

describe('redshift materialized views in the planner', () => {
  const MV_TREE: ObservedNode = {
    kind: 'database',
    name: 'analytics',
    description: null,
    owner: 'rdsdb',
    tags: {},
    children: [
      {
        kind: 'schema',
        name: 'core',
        description: null,
        owner: 'rdsdb',
        tags: {},
        children: [{ kind: 'table', name: 'daily_revenue', relation: 'materialized_view', description: null, owner: 'alice', tags: {}, children: [column('day')] }],
      },
    ],
  };

  it('comments on a materialized view and its columns, and warns instead of changing its owner (no documented statement)', () => {
    const desired = [
      want('database', 'analytics', {}, [
        want('schema', 'core', {}, [want('table', 'daily_revenue', { description: 'Revenue per day', owners: ['bob'] }, [want('column', 'day', { description: 'Day' })])]),
      ]),
    ];
    const result = planService({
      name: 'warehouse',
      type: 'redshift',
      desired: { name: 'warehouse', databases: desired },
      observed: { service: 'warehouse', databases: [MV_TREE] },
      capabilities: redshift.capabilities({ version: 'Redshift 1.0.77467' }),
      dialect: redshift.dialect,
      policy: {},
    });
    expect(changesWithSql(result).flatMap((change) => change.sql)).toEqual([
      `COMMENT ON VIEW "core"."daily_revenue" IS 'Revenue per day'`,
      `COMMENT ON COLUMN "core"."daily_revenue"."day" IS 'Day'`,
    ]);
    expect(result.warnings.map((warning) => [warning.code, warning.field, warning.message])).toEqual([
      ['unsupported-relation', 'owner', 'redshift cannot store owners on a materialized view: not applied (analytics.core.daily_revenue)'],
    ]);
  });
});
