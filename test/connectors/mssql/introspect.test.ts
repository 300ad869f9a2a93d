/**
 * Introspection against recorded catalog rows, without an engine: which queries it sends and
 * on which database's session, how it filters by scope, and the tree it assembles (owners,
 * relation kinds, column order, descriptions that exist but are empty or NULL).
 */
import { describe, expect, it } from 'vitest';
import { mssql } from '../../../src/connectors/mssql/index.js';
import { columnsSql, DATABASES_SQL, descriptionsSql, objectsSql, SCHEMAS_SQL, SERVER_SQL } from '../../../src/connectors/mssql/introspect.js';
import type { ObservedNode, RelationKind } from '../../../src/model/types.js';
import { CATALOG, fakeDriver, type Catalog } from './fixtures.js';

function node(
  kind: ObservedNode['kind'],
  name: string,
  description: string | null,
  owner: string | null,
  children: ObservedNode[] = [],
  relation?: RelationKind,
): ObservedNode {
  return { kind, name, ...(relation ? { relation } : {}), description, owner, tags: {}, children };
}
const column = (name: string, description: string | null = null) => node('column', name, description, null);

const SALES_DBO = node('schema', 'dbo', null, 'dbo', [
  node('table', 'Customers', null, 'dbo', [column('CustomerID'), column('Email', 'Customer e-mail')], 'table'),
  node('table', 'Orders', 'One row per order.', 'dbo', [column('OrderID', 'Surrogate key.'), column('CustomerID', ''), column('Status')], 'table'),
  node('table', 'vOpenOrders', null, 'dbo', [column('OrderID')], 'view'),
]);
const SALES_FINANCE = node('schema', 'finance', '', 'dbo', [
  node('table', 'Invoices', null, 'finance_owner', [column('InvoiceID'), column('AmountCents', 'Invoice total in euro cents, tax included.')], 'table'),
]);

describe('mssql introspection', () => {
  it('reads the server and the databases on the first session, then four queries per database on its own session', async () => {
    const { driver, opened, queries, open } = fakeDriver();
    const result = await mssql.introspect(driver, { service: 'erp', databases: ['sales'], schemas: { Sales: ['DBO', 'finance'] } });
    expect(opened).toEqual([undefined, 'Sales']);
    expect(queries.map(([database, sql]) => [database, sql.split('\n')[0]])).toEqual([
      ['master', SERVER_SQL.split('\n')[0]],
      ['master', DATABASES_SQL.split('\n')[0]],
      ['Sales', 'SELECT s.schema_id, s.name, p.name AS owner'],
      ['Sales', 'SELECT o.object_id, o.schema_id, o.name, o.type, p.name AS owner'],
      ['Sales', 'SELECT c.object_id, c.column_id, c.name'],
      ['Sales', 'SELECT ep.class, ep.major_id, ep.minor_id, CONVERT(nvarchar(4000), ep.value) AS value'],
    ]);
    expect(result.queries).toBe(6);
    expect(open()).toBe(0);
    // Only the schemas in scope (by id), in the objects, columns and descriptions queries.
    expect(queries[3]![1]).toContain('o.schema_id IN (1, 5)');
    expect(queries[4]![1]).toContain('o.schema_id IN (1, 5)');
    expect(queries[5]![1]).toContain('ep.major_id IN (1, 5)');
    expect(result.server).toEqual({ version: 'SQL Server 16.0.4135.4 (Developer Edition (64-bit))' });
  });

  it('assembles owners, relation kinds, column order and descriptions; an existing empty or NULL property reads as ""', async () => {
    const { driver } = fakeDriver();
    const result = await mssql.introspect(driver, { service: 'erp', databases: ['Sales'], schemas: { SALES: ['dbo', 'Finance'] } });
    expect(result.observed).toEqual({
      service: 'erp',
      databases: [node('database', 'Sales', 'ERP data', 'sa', [SALES_DBO, SALES_FINANCE])],
    });
  });

  it('reads every user schema when the scope names none, without an id list', async () => {
    const { driver, queries } = fakeDriver();
    const result = await mssql.introspect(driver, { service: 'erp', databases: ['Sales'] });
    expect(result.observed.databases[0]!.children.map((schema) => schema.name)).toEqual(['dbo', 'finance', 'guest', 'staging']);
    expect(queries[3]![1]).toContain('o.schema_id IN (SELECT s.schema_id FROM sys.schemas s WHERE');
    expect(result.observed.databases[0]!.children.find((schema) => schema.name === 'staging')).toEqual(
      node('schema', 'staging', null, 'etl_user', [node('table', 'Loads', null, 'etl_user', [column('raw')], 'table')]),
    );
  });

  it("with scope 'all' reads every online database the login may enter", async () => {
    const { driver, opened } = fakeDriver();
    const result = await mssql.introspect(driver, { service: 'erp', databases: 'all' });
    expect(result.observed.databases.map((database) => database.name)).toEqual(['Sales']);
    expect(opened).toEqual([undefined, 'Sales']);
    // The others are listed, so not absent: named as unread, for import to keep their manifests.
    expect(result.unreadable).toEqual([
      { database: 'Archive', reason: 'the database is not online' },
      { database: 'HR', reason: 'the login may not enter the database' },
    ]);
  });

  it("with scope 'all' counts a database whose session is refused as unread and reads the rest; a named one fails", async () => {
    const catalog: Catalog = { ...CATALOG, databases: CATALOG.databases.map((row) => (row.name === 'HR' ? { ...row, accessible: 1 } : row)) };
    const { driver, opened } = fakeDriver(catalog, { refuseOpen: 'HR' });
    const result = await mssql.introspect(driver, { service: 'erp', databases: 'all' });
    expect(result.observed.databases.map((database) => database.name)).toEqual(['Sales']);
    expect(opened).toEqual([undefined, 'Sales', 'HR']);
    expect(result.unreadable).toEqual([
      { database: 'Archive', reason: 'the database is not online' },
      { database: 'HR', reason: expect.stringMatching(/^could not connect: Msg 916, .*"HR"/) },
    ]);
    await expect(mssql.introspect(fakeDriver(catalog, { refuseOpen: 'HR' }).driver, { service: 'erp', databases: ['HR'] })).rejects.toThrow(/Msg 916/);
  });

  it('reads which of the owners the manifests name have a user in each database, and marks them refused as its owner', async () => {
    const { driver, queries } = fakeDriver();
    const result = await mssql.introspect(driver, { service: 'erp', databases: ['Sales'], schemas: { Sales: ['dbo'] }, owners: ["o'brien", 'ETL_LOGIN'] });
    const lookup = queries.filter(([, sql]) => sql.startsWith('SELECT SUSER_SNAME(dp.sid)'));
    expect(lookup.map(([database]) => database)).toEqual(['Sales']);
    expect(lookup[0]![1]).toContain("IN (N'o''brien', N'ETL_LOGIN')");
    expect(lookup[0]![1]).toContain("dp.name <> N'dbo'");
    expect(result.queries).toBe(9); // and a principals lookup on the server and in Sales
    // Keyed by the manifests' spelling, so the planner finds it.
    expect(Object.keys(result.observed.databases[0]!.refusedOwners ?? {})).toEqual(['ETL_LOGIN']);
    expect(result.observed.databases[0]!.refusedOwners!.ETL_LOGIN).toMatch(/^login "ETL_LOGIN" already has the user "etl_user" in database "Sales"/);
  });

  it('reports which owners are principals (logins, or users and roles of a database read), when every list is complete', async () => {
    const catalog: Catalog = {
      ...CATALOG,
      serverPrincipals: { names: ['sa', 'etl_login'], complete: true },
      perDatabase: { ...CATALOG.perDatabase, Sales: { ...CATALOG.perDatabase.Sales!, principals: { names: ['dbo', 'finance_owner', 'etl_user'], complete: true } } },
    };
    const { driver, queries } = fakeDriver(catalog);
    const owners = ["o'brien", 'ETL_LOGIN', 'Finance_Owner'];
    const result = await mssql.introspect(driver, { service: 'erp', databases: ['Sales'], schemas: { Sales: ['dbo'] }, owners });
    // One lookup on the server, one per database read: batched, names quoted as values.
    const lookups = queries.filter(([, sql]) => sql.includes('FROM (SELECT 1 AS probe)'));
    expect(lookups.map(([database, sql]) => [database, /sys\.\w+_principals/.exec(sql)![0]])).toEqual([
      ['master', 'sys.server_principals'],
      ['Sales', 'sys.database_principals'],
    ]);
    for (const [, sql] of lookups) expect(sql).toContain("IN (N'o''brien', N'ETL_LOGIN', N'Finance_Owner')");
    // In the manifests' spelling (SQL Server's default collation ignores case); o'brien is no principal.
    expect(result.principals).toEqual(['ETL_LOGIN', 'Finance_Owner']);
  });

  it('claims no owner unknown when a list may be partial (no VIEW DEFINITION)', async () => {
    const partial: Catalog = {
      ...CATALOG,
      serverPrincipals: { names: ['sa'], complete: true },
      perDatabase: { ...CATALOG.perDatabase, Sales: { ...CATALOG.perDatabase.Sales!, principals: { names: ['dbo'], complete: false } } },
    };
    const result = await mssql.introspect(fakeDriver(partial).driver, { service: 'erp', databases: ['Sales'], owners: ['finance_owner'] });
    expect(result.principals).toBeUndefined();
    const serverPartial: Catalog = { ...CATALOG, serverPrincipals: { names: ['sa'], complete: false } };
    const again = await mssql.introspect(fakeDriver(serverPartial).driver, { service: 'erp', databases: ['Sales'], owners: ['sa'] });
    expect(again.principals).toBeUndefined();
  });

  it('looks up no logins when the manifests name no owner', async () => {
    const { driver, queries } = fakeDriver();
    const result = await mssql.introspect(driver, { service: 'erp', databases: ['Sales'], owners: [] });
    expect(queries.some(([, sql]) => sql.includes('SUSER_SNAME(dp.sid)'))).toBe(false);
    expect(result.observed.databases[0]!.refusedOwners).toBeUndefined();
  });

  it('opens a named database even when the login may not enter it, so the refusal is loud', async () => {
    const { driver } = fakeDriver();
    const result = await mssql.introspect(driver, { service: 'erp', databases: ['HR'] });
    expect(result.observed.databases).toEqual([node('database', 'HR', null, 'hr_admin', [node('schema', 'dbo', null, 'dbo')])]);
    const missing: Catalog = { ...CATALOG, perDatabase: {} };
    await expect(mssql.introspect(fakeDriver(missing).driver, { service: 'erp', databases: ['Sales'] })).rejects.toThrow(/Cannot open database "Sales"/);
  });

  it('reads a database on the first session when it is the connection\'s own', async () => {
    const { driver, opened, queries } = fakeDriver(CATALOG, { defaultDatabase: 'Sales' });
    const result = await mssql.introspect(driver, { service: 'erp', databases: ['Sales'], schemas: { Sales: ['dbo'] } });
    expect(opened).toEqual([undefined]);
    expect(queries.every(([database]) => database === 'Sales')).toBe(true);
    expect(result.observed.databases[0]!.children).toEqual([SALES_DBO]);
  });

  it('--changed-since: objects, columns and descriptions read only the scope\'s tables, set-based', async () => {
    const { driver, queries } = fakeDriver();
    await mssql.introspect(driver, { service: 'erp', databases: ['Sales'], schemas: { Sales: ['dbo'] }, tables: { Sales: [['DBO', 'Orders']] } });
    const narrowed = queries.filter(([, sql]) => sql.includes("(LOWER(SCHEMA_NAME(o.schema_id)) = N'dbo' AND LOWER(o.name) IN (N'orders'))"));
    // objects, columns, and the objects' descriptions: each narrowed, none left whole.
    expect(narrowed.map(([, sql]) => sql.split('\n')[0]!.slice(0, 20))).toEqual(['SELECT o.object_id, ', 'SELECT c.object_id, ', 'SELECT ep.class, ep.']);
  });

  it('leaves out databases the scope does not name, and skips objects and columns when no schema is in scope', async () => {
    const { driver, queries } = fakeDriver();
    const result = await mssql.introspect(driver, { service: 'erp', databases: ['Sales', 'Nope'], schemas: { Sales: ['absent'] } });
    expect(result.observed.databases).toEqual([node('database', 'Sales', 'ERP data', 'sa')]);
    expect(queries.map(([, sql]) => sql.split('\n')[0]!.slice(0, 20))).toEqual([
      'SELECT CAST(SERVERPR',
      'SELECT d.name, SUSER',
      'SELECT s.schema_id, ',
      'SELECT ep.class, ep.',
    ]);
    expect(queries[3]![1]).not.toContain('class = 1');
  });
});

describe('mssql catalog queries', () => {
  it('keep system schemas and objects out, and find effective owners through principals', () => {
    expect(SCHEMAS_SQL).toContain("s.name NOT IN (N'sys', N'INFORMATION_SCHEMA') AND s.schema_id NOT BETWEEN 16384 AND 16399");
    expect(objectsSql([1])).toContain("o.type IN ('U', 'V') AND o.is_ms_shipped = 0");
    expect(objectsSql([1])).toContain('p.principal_id = COALESCE(o.principal_id, s.principal_id)');
    expect(columnsSql([1])).toContain('ORDER BY c.object_id, c.column_id');
    expect(DATABASES_SQL).toContain("d.name NOT IN (N'master', N'tempdb', N'model', N'msdb')");
  });

  it('read only MS_Description, converted to text', () => {
    expect(descriptionsSql(null)).toBe(
      "SELECT ep.class, ep.major_id, ep.minor_id, CONVERT(nvarchar(4000), ep.value) AS value\n  FROM sys.extended_properties ep\n  WHERE ep.name = N'MS_Description' AND (ep.class = 0)",
    );
  });

  it('refuse a schema id that is not an integer', () => {
    expect(() => objectsSql([1, Number.NaN])).toThrow(/not an integer/);
  });
});

describe('mssql confirmAbsent', () => {
  const unlisted = [
    { database: 'Gone' },
    { database: 'Sales', schema: 'old' },
    { database: 'Sales', schema: 'dbo', table: 'Dropped' },
    { database: 'Archive', schema: 'people' },
  ];

  it('takes an unlisted object as dropped where the login sees everything, asking once per database on its session', async () => {
    const { driver, queries, open } = fakeDriver({ ...CATALOG, perDatabase: { ...CATALOG.perDatabase, Archive: CATALOG.perDatabase.HR! } });
    expect(await mssql.confirmAbsent!(driver, unlisted)).toEqual([null, null, null, null]);
    expect(queries.map(([database, sql]) => [database, /'(VIEW [A-Z ]+)'/.exec(sql)?.[1]])).toEqual([
      ['master', 'VIEW ANY DATABASE'],
      ['Sales', 'VIEW DEFINITION'],
      ['Archive', 'VIEW DEFINITION'],
    ]);
    expect(open()).toBe(0);
  });

  it('keeps what metadata visibility may hide from this login, and what it could not check', async () => {
    const { driver } = fakeDriver({ ...CATALOG, permissions: { viewAnyDatabase: false, viewDefinition: { Sales: false } } });
    expect(await mssql.confirmAbsent!(driver, unlisted)).toEqual([
      'the login lacks VIEW ANY DATABASE, so revmeta cannot tell a dropped database from one it may not see',
      'the user lacks VIEW DEFINITION on Sales, so revmeta cannot tell a dropped object from one it may not see',
      'the user lacks VIEW DEFINITION on Sales, so revmeta cannot tell a dropped object from one it may not see',
      'revmeta could not check whether it was dropped (Msg 4060, Level 11, State 1: Cannot open database "Archive")',
    ]);
  });
});
