/**
 * The fake Snowflake is only worth its round trips if it is as strict as Snowflake where
 * revmeta could go wrong: these tests hold it to Snowflake's reading of literals and names,
 * to object kinds, tag rules and ownership grants, and to one statement per request.
 */
import { describe, expect, it } from 'vitest';
import { FakeCatalog, FakeEngine, readStringLiteral, tagPath } from './fake-engine.js';

function engineWith(...statements: string[]): FakeEngine {
  const engine = new FakeEngine(new FakeCatalog());
  for (const sql of statements) engine.run(sql, { role: 'SYSADMIN' });
  return engine;
}

const run = (engine: FakeEngine, sql: string) => engine.run(sql, { role: 'SYSADMIN' });

const BASE = [
  'CREATE DATABASE analytics',
  'CREATE SCHEMA analytics.public',
  'CREATE TABLE analytics.public.orders (id NUMBER, "Email" VARCHAR(100))',
  'CREATE VIEW analytics.public.v (id) AS SELECT id FROM analytics.public.orders',
  'CREATE DATABASE gov',
  'CREATE SCHEMA gov.tags',
  "CREATE TAG gov.tags.pii ALLOWED_VALUES 'Sensitive', 'None'",
  'CREATE TAG gov.tags.tier',
];

describe('fake Snowflake: literals and names as Snowflake reads them', () => {
  it.each([
    ["'it''s'", "it's"],
    ["'a\\nb\\tc\\rd'", 'a\nb\tc\rd'],
    ["'C:\\path\\zo'", 'C:pathzo'],
    ["'C:\\\\path'", 'C:\\path'],
    ["'\\x41\\u0042\\103'", 'ABC'],
    ["'\\0'", '\0'],
    ["'\\012'", '\n'],
    ["'\\q\\''", "q'"],
    ["'$$'", '$$'],
  ])('reads %s as Snowflake does', (sql, value) => {
    expect(readStringLiteral(sql, 0)).toEqual({ value, end: sql.length });
  });

  it('folds unquoted names to upper case and keeps quoted ones exact', () => {
    const engine = engineWith(...BASE, 'CREATE DATABASE "analytics"');
    expect([...engine.catalog.databases.keys()]).toEqual(['ANALYTICS', 'GOV', 'analytics']);
    expect(engine.catalog.table('ANALYTICS', 'PUBLIC', 'ORDERS').columns.map((column) => column.name)).toEqual(['ID', 'Email']);
  });
});

describe('fake Snowflake: strict where revmeta could go wrong', () => {
  it('refuses a statement naming an object of another kind', () => {
    const engine = engineWith(...BASE);
    expect(() => run(engine, "COMMENT ON TABLE analytics.public.v IS 'x'")).toThrow(/not specified type 'TABLE'/);
    expect(() => run(engine, "ALTER VIEW analytics.public.orders ALTER id COMMENT 'x'")).toThrow(/not specified type 'VIEW'/);
    expect(() => run(engine, "COMMENT ON SCHEMA analytics.nope IS 'x'")).toThrow(/does not exist/);
    expect(() => run(engine, "COMMENT ON TABLE public.orders IS 'x'")).toThrow(/does not have a current database/);
  });

  it('applies a column batch whole or not at all', () => {
    const engine = engineWith(...BASE);
    expect(() => run(engine, `ALTER TABLE analytics.public.orders ALTER id COMMENT 'a', "EMAIL" COMMENT 'b'`)).toThrow(/invalid identifier 'EMAIL'/);
    expect(engine.catalog.table('ANALYTICS', 'PUBLIC', 'ORDERS').columns.map((column) => column.comment)).toEqual([null, null]);
    run(engine, `ALTER TABLE analytics.public.orders ALTER id COMMENT 'a', "Email" COMMENT 'b'`);
    expect(engine.catalog.table('ANALYTICS', 'PUBLIC', 'ORDERS').columns.map((column) => column.comment)).toEqual(['a', 'b']);
  });

  it('holds tags to existing tag objects, their allowed values and 256 characters', () => {
    const engine = engineWith(...BASE);
    expect(() => run(engine, "ALTER TABLE analytics.public.orders SET TAG gov.tags.nope = 'x'")).toThrow(/Tag 'GOV.TAGS.NOPE' does not exist/);
    expect(() => run(engine, "ALTER TABLE analytics.public.orders SET TAG pii = 'x'")).toThrow(/current database/);
    expect(() => run(engine, "ALTER TABLE analytics.public.orders SET TAG gov.tags.pii = 'sensitive'")).toThrow(/does not allow value 'sensitive'/);
    expect(() => run(engine, `ALTER TABLE analytics.public.orders SET TAG gov.tags.tier = '${'x'.repeat(257)}'`)).toThrow(/256/);
    run(engine, `ALTER TABLE analytics.public.orders SET TAG gov.tags.tier = '${'x'.repeat(256)}', gov.tags.pii = 'None'`);
    expect(engine.catalog.table('ANALYTICS', 'PUBLIC', 'ORDERS').tags).toEqual(
      new Map([
        [tagPath('GOV', 'TAGS', 'TIER'), 'x'.repeat(256)],
        [tagPath('GOV', 'TAGS', 'PII'), 'None'],
      ]),
    );
  });

  it('needs an existing role and COPY or REVOKE CURRENT GRANTS to grant ownership', () => {
    const engine = engineWith(...BASE, 'CREATE ROLE dp');
    expect(() => run(engine, 'GRANT OWNERSHIP ON TABLE analytics.public.orders TO ROLE nope COPY CURRENT GRANTS')).toThrow(/Role 'NOPE' does not exist/);
    expect(() => run(engine, 'GRANT OWNERSHIP ON TABLE analytics.public.orders TO ROLE dp')).toThrow(/COPY CURRENT GRANTS or REVOKE/);
    run(engine, 'GRANT OWNERSHIP ON VIEW analytics.public.v TO ROLE dp REVOKE CURRENT GRANTS');
    expect(engine.catalog.table('ANALYTICS', 'PUBLIC', 'V').owner).toBe('DP');
    expect(engine.catalog.grants).toEqual([{ object: 'VIEW ANALYTICS.PUBLIC.V', role: 'DP', currentGrants: 'REVOKE' }]);
  });

  it('runs one statement per request unless told otherwise', () => {
    const engine = engineWith(...BASE);
    expect(() => run(engine, "COMMENT ON DATABASE analytics IS 'a'; COMMENT ON DATABASE gov IS 'b'")).toThrow(/statement count 2 did not match the desired statement count 1/);
    expect(engine.catalog.database('ANALYTICS').comment).toBeNull();
  });

  it('refuses a count that does not match, either way, before running any statement', () => {
    const engine = engineWith(...BASE);
    const two = "COMMENT ON DATABASE analytics IS 'a';\nCOMMENT ON DATABASE gov IS 'b'";
    expect(() => engine.run(two, { role: 'SYSADMIN' }, 3)).toThrow('Actual statement count 2 did not match the desired statement count 3.');
    expect(() => engine.run(`${two}; COMMENT ON DATABASE gov IS 'c'`, { role: 'SYSADMIN' }, 2)).toThrow('Actual statement count 3 did not match the desired statement count 2.');
    expect([engine.catalog.database('ANALYTICS').comment, engine.catalog.database('GOV').comment]).toEqual([null, null]);
  });

  it('refuses a multi-statement request whose later statement does not parse, before running the first', () => {
    const engine = engineWith(...BASE);
    // Snowflake reads the whole text before it counts or runs any statement of it.
    expect(() => engine.run("COMMENT ON DATABASE analytics IS 'a';\nFROB gov", { role: 'SYSADMIN' }, 2)).toThrow(/syntax error line 2 at position 0 unexpected 'FROB'/);
    expect(engine.catalog.database('ANALYTICS').comment).toBeNull();
  });

  it('runs a multi-statement request in order and answers each statement as a child', () => {
    const engine = engineWith(...BASE);
    const result = engine.run("COMMENT ON DATABASE analytics IS 'a';\nCOMMENT ON DATABASE gov IS 'b'", { role: 'SYSADMIN' }, 2);
    expect(result.rows).toEqual([['Multiple statements executed successfully.']]);
    expect(result.children).toHaveLength(2);
    expect([engine.catalog.database('ANALYTICS').comment, engine.catalog.database('GOV').comment]).toEqual(['a', 'b']);
  });

  it('keeps the statements before a failed one, runs none after it, and names it as SYSTEM$MULTISTMT does', () => {
    const engine = engineWith(...BASE);
    const sql = "COMMENT ON DATABASE analytics IS 'a';\nCOMMENT ON TABLE analytics.public.nope IS 'b';\nCOMMENT ON DATABASE gov IS 'c'";
    let error: unknown;
    try {
      engine.run(sql, { role: 'SYSADMIN' }, 3);
    } catch (caught) {
      error = caught;
    }
    // The SQL API's documented example: code 100132, state P0000, the statement's first 30 characters and its place.
    expect(error).toMatchObject({ code: '100132', sqlState: 'P0000' });
    expect((error as Error).message).toMatch(
      /^JavaScript execution error: Uncaught Execution of multiple statements failed on statement "COMMENT ON TABLE analytics.pub\.\.\." \(at line 2, position 0\)\.\nSQL compilation error:\n.*does not exist.* in SYSTEM\$MULTISTMT at '/s,
    );
    expect([engine.catalog.database('ANALYTICS').comment, engine.catalog.database('GOV').comment]).toEqual(['a', null]);
  });

  it('returns inherited tags from TAG_REFERENCES with the level they are set at', () => {
    const engine = engineWith(
      ...BASE,
      "ALTER DATABASE analytics SET TAG gov.tags.tier = 'db'",
      "ALTER TABLE analytics.public.orders SET TAG gov.tags.pii = 'None'",
      "ALTER TABLE analytics.public.orders MODIFY COLUMN id SET TAG gov.tags.pii = 'Sensitive'",
    );
    const table = run(engine, `SELECT TAG_NAME, TAG_VALUE, "LEVEL" FROM TABLE(ANALYTICS.INFORMATION_SCHEMA.TAG_REFERENCES('analytics.public.orders', 'table'))`);
    expect(table.rows).toEqual([
      ['PII', 'None', 'TABLE'],
      ['TIER', 'db', 'DATABASE'],
    ]);
    const columns = run(engine, `SELECT COLUMN_NAME, TAG_NAME, TAG_VALUE, "LEVEL" FROM TABLE(ANALYTICS.INFORMATION_SCHEMA.TAG_REFERENCES_ALL_COLUMNS('analytics.public.orders', 'table')) WHERE TAG_NAME = 'PII'`);
    expect(columns.rows).toEqual([
      ['ID', 'PII', 'Sensitive', 'COLUMN'],
      ['Email', 'PII', 'None', 'TABLE'],
    ]);
  });

  it('creates an external table without a column list, with its one VALUE column (as the live tests do)', () => {
    const engine = engineWith(...BASE, 'CREATE EXTERNAL TABLE analytics.public.landed LOCATION = @analytics.public.landing FILE_FORMAT = (TYPE = PARQUET) AUTO_REFRESH = FALSE');
    const columns = run(engine, "SELECT TABLE_NAME, COLUMN_NAME FROM ANALYTICS.INFORMATION_SCHEMA.COLUMNS WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_NAME = 'LANDED'");
    expect(columns.rows).toEqual([['LANDED', 'VALUE']]);
  });

  it('refuses a UNION ALL whose branches differ in width, and unknown columns', () => {
    const engine = engineWith(...BASE);
    expect(() => run(engine, "SELECT 1 AS A UNION ALL SELECT 1 AS A, 2 AS B")).toThrow(/invalid number of result columns/);
    expect(() => run(engine, 'SELECT NOPE FROM ANALYTICS.INFORMATION_SCHEMA.SCHEMATA')).toThrow(/invalid identifier 'NOPE'/);
  });
});
