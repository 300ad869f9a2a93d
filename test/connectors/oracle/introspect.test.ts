/**
 * Introspection against recorded dictionary rows, without an engine: which queries it sends,
 * batching per set of up to 1000 schemas, scope filtering, and the tree it assembles
 * (materialized views once, names as stored, columns by COLUMN_ID).
 */
import { describe, expect, it } from 'vitest';
import { oracle } from '../../../src/connectors/oracle/index.js';
import { columnsSql, IN_LIST_MAX, mviewCommentsSql, objectsSql, SCHEMAS_SQL, tableCommentsSql, VERSION_SQL } from '../../../src/connectors/oracle/introspect.js';
import type { ObservedNode, RelationKind } from '../../../src/model/types.js';
import { DICTIONARY, fakeDriver, type Dictionary } from './fixtures.js';

function node(kind: ObservedNode['kind'], name: string, description: string | null, children: ObservedNode[] = [], relation?: RelationKind): ObservedNode {
  return { kind, name, ...(relation ? { relation } : {}), description, owner: null, tags: {}, children };
}

const SALES = node('schema', 'SALES', null, [
  node('table', 'DAILY_REVENUE', 'Revenue per day', [node('column', 'REVENUE_DAY', null), node('column', 'REVENUE', null)], 'materialized_view'),
  node('table', 'OPEN_ORDERS', null, [node('column', 'ORDER_ID', null)], 'view'),
  node(
    'table',
    'ORDERS',
    'One row per order.',
    [node('column', 'ORDER_ID', 'Surrogate key.'), node('column', 'STATUS', null), node('column', 'CUSTOMER_EMAIL', 'Customer e-mail')],
    'table',
  ),
]);

describe('oracle introspection', () => {
  it("reads the database character set (NLS_CHARACTERSET) with the version, in the same query", async () => {
    expect(VERSION_SQL).toContain("(SELECT VALUE FROM NLS_DATABASE_PARAMETERS WHERE PARAMETER = 'NLS_CHARACTERSET') AS CHARACTER_SET");
    const latin = { ...DICTIONARY, version: DICTIONARY.version.map((row) => ({ ...row, CHARACTER_SET: 'WE8MSWIN1252' })) };
    const result = await oracle.introspect(fakeDriver(latin).driver, { service: 'crm', databases: ['Default'], schemas: { default: ['sales'] } });
    expect(result.server).toEqual({ version: 'Oracle 19.0.0.0.0', characterSet: 'WE8MSWIN1252' });
    // A server that does not say: unknown, which the capabilities treat as unverified.
    const silent = { ...DICTIONARY, version: DICTIONARY.version.map((row) => ({ ...row, CHARACTER_SET: null })) };
    expect((await oracle.introspect(fakeDriver(silent).driver, { service: 'crm', databases: ['Default'] })).server.characterSet).toBe('unknown');
  });

  it('reads the version and the schemas, then four queries for the schemas in scope', async () => {
    const { driver, queries, opened, open } = fakeDriver();
    const result = await oracle.introspect(driver, { service: 'crm', databases: ['Default'], schemas: { default: ['sales', 'mixed'] } });
    expect(opened).toEqual(['default']);
    expect(queries).toEqual([VERSION_SQL, SCHEMAS_SQL, objectsSql(['Mixed', 'SALES']), tableCommentsSql(['Mixed', 'SALES']), mviewCommentsSql(['Mixed', 'SALES']), columnsSql(['Mixed', 'SALES'])]);
    expect(result.queries).toBe(6);
    expect(open()).toBe(0);
    expect(result.server).toEqual({ version: 'Oracle 19.0.0.0.0', characterSet: 'AL32UTF8' });
    expect(result.observed).toEqual({
      service: 'crm',
      databases: [
        node('database', 'default', null, [
          node('schema', 'Mixed', null, [node('table', 'Order Lines', null, [node('column', 'line', 'A line')], 'table')]),
          SALES,
        ]),
      ],
    });
  });

  it('reads every non-Oracle schema when the scope names none', async () => {
    const { driver } = fakeDriver();
    const result = await oracle.introspect(driver, { service: 'crm', databases: 'all' });
    expect(result.observed.databases[0]!.children.map((schema) => schema.name)).toEqual(['HR', 'Mixed', 'SALES']);
  });

  it('batches schemas in sets of at most 1000 (the IN-list limit)', async () => {
    const many: Dictionary = {
      ...DICTIONARY,
      users: Array.from({ length: 2001 }, (_, i) => ({ USERNAME: `S${String(i).padStart(4, '0')}` })),
      objects: [{ OWNER: 'S2000', OBJECT_NAME: 'T', OBJECT_TYPE: 'TABLE' }],
      tableComments: [],
      mviewComments: [],
      columns: [{ OWNER: 'S2000', TABLE_NAME: 'T', COLUMN_NAME: 'C', COLUMN_ID: 1, COMMENTS: 'last set' }],
    };
    const { driver, queries } = fakeDriver(many);
    const result = await oracle.introspect(driver, { service: 'crm', databases: ['default'] });
    expect(queries).toHaveLength(2 + 4 * 3);
    expect(IN_LIST_MAX).toBe(1000);
    expect(queries[2]!.match(/'S\d+'/g)).toHaveLength(1000);
    expect(queries[10]!.match(/'S\d+'/g)).toEqual(["'S2000'"]);
    const schemas = result.observed.databases[0]!.children;
    expect(schemas).toHaveLength(2001);
    expect(schemas.at(-1)).toEqual(node('schema', 'S2000', null, [node('table', 'T', null, [node('column', 'C', 'last set')], 'table')]));
  });

  it('reads only the version when the scope does not name the database, and nothing more when no schema matches', async () => {
    const other = fakeDriver(DICTIONARY, { databaseName: 'CRM' });
    const none = await oracle.introspect(other.driver, { service: 'crm', databases: ['default'] });
    expect(none.observed.databases).toEqual([]);
    expect(other.queries).toEqual([VERSION_SQL]);
    const empty = fakeDriver();
    const result = await oracle.introspect(empty.driver, { service: 'crm', databases: ['default'], schemas: { default: ['nope'] } });
    expect(result.observed.databases).toEqual([node('database', 'default', null)]);
    expect(empty.queries).toEqual([VERSION_SQL, SCHEMAS_SQL]);
  });

  it('takes a materialized view comment from ALL_MVIEW_COMMENTS, whatever its container table shows', async () => {
    const dictionary: Dictionary = { ...DICTIONARY, tableComments: DICTIONARY.tableComments.filter((row) => row.TABLE_NAME !== 'DAILY_REVENUE') };
    const result = await oracle.introspect(fakeDriver(dictionary).driver, { service: 'crm', databases: ['default'], schemas: { default: ['SALES'] } });
    expect(result.observed.databases[0]!.children).toEqual([SALES]);
  });
});

describe('oracle dictionary queries', () => {
  it('leave Oracle-maintained users, recycle-bin, secondary and generated objects out', () => {
    expect(SCHEMAS_SQL).toBe("SELECT USERNAME FROM ALL_USERS WHERE ORACLE_MAINTAINED = 'N'");
    const objects = objectsSql(['SALES']);
    expect(objects).toContain("OBJECT_TYPE IN ('TABLE', 'VIEW', 'MATERIALIZED VIEW')");
    expect(objects).toContain("SUBOBJECT_NAME IS NULL AND SECONDARY = 'N' AND GENERATED = 'N' AND OBJECT_NAME NOT LIKE 'BIN$%'");
  });

  it('quote schema names as literals', () => {
    expect(tableCommentsSql(["O'Brien", 'Mixed'])).toContain(`OWNER IN ('O''Brien', 'Mixed')`);
    expect(columnsSql(['A'])).toContain('LEFT JOIN ALL_COL_COMMENTS cc ON cc.OWNER = c.OWNER AND cc.TABLE_NAME = c.TABLE_NAME AND cc.COLUMN_NAME = c.COLUMN_NAME');
  });
});
