/**
 * The SQL Server fake answers each catalog query by which query it is (the query builders of
 * src/connectors/mssql/introspect.ts), never by a word that a name inside another query could hold.
 */
import { describe, expect, it } from 'vitest';
import { DATABASES_SQL, ownerUsersSql, principalsSql, SCHEMAS_SQL } from '../../../src/connectors/mssql/introspect.js';
import { CATALOG, fakeDriver, type Catalog } from './fixtures.js';

describe('SQL Server fake', () => {
  it('answers a principals lookup whose names spell other queries with the principals it finds', async () => {
    const names = ['SERVERPROPERTY', 'FROM sys.databases'];
    const catalog: Catalog = { ...CATALOG, serverPrincipals: { names, complete: true } };
    const session = await fakeDriver(catalog).driver.open();
    expect(await session.query(principalsSql('server', names))).toEqual(names.map((name) => ({ complete: 1, name })));
  });

  it('answers a database query by its own rows, and refuses a query introspection never sends', async () => {
    const [database] = Object.keys(CATALOG.perDatabase);
    const session = await fakeDriver().driver.open(database);
    expect(await session.query(SCHEMAS_SQL)).toEqual(CATALOG.perDatabase[database!]!.schemas);
    expect(await session.query(DATABASES_SQL)).toEqual(CATALOG.databases);
    expect(await session.query(ownerUsersSql(['nobody']))).toEqual([]);
    await expect(session.query(`${SCHEMAS_SQL} AND s.name = N'x'`)).rejects.toThrow(/unexpected query/);
  });
});
