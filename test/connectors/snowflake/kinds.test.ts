/**
 * Every table kind Snowflake has: Iceberg, dynamic, event, hybrid and external tables and
 * materialized views each take the statements Snowflake documents for them, the fake refuses
 * what Snowflake refuses (with Snowflake's words where they are known), and a kind revmeta
 * does not know is a plan warning naming it, never a table.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { snowflake } from '../../../src/connectors/snowflake/index.js';
import type { SnowflakeCompileContext } from '../../../src/connectors/snowflake/sql.js';
import type { CompileContext } from '../../../src/connectors/types.js';
import type { ObjectRef, RelationKind } from '../../../src/model/types.js';
import type { Change } from '../../../src/plan/types.js';
import { FakeCatalog, FakeEngine, tagPath } from './fake-engine.js';
import type { FakeSnowflake } from './fake-server.js';
import { converge, plan, schema, seed, startFake, workspaceFor } from './fixtures.js';

const TAGS: SnowflakeCompileContext = { tagSchema: { database: 'GOV', schema: 'TAGS' } };
const T = '"ANALYTICS"."PUBLIC"."T"';
const PII = '"GOV"."TAGS"."PII"';

const table = (relation: RelationKind): ObjectRef => ({ kind: 'table', database: 'ANALYTICS', schema: 'PUBLIC', table: 'T', relation });
const column = (relation: RelationKind): ObjectRef => ({ ...table(relation), kind: 'column', column: 'C' });

function change(object: ObjectRef, field: Change['field'], after: string | null, tag?: string): Change {
  const action: Change['action'] = field === 'tag' ? (after === null ? 'remove' : 'add') : after === null ? 'clear' : 'set';
  return { service: 'sf', object, field, action, ...(tag !== undefined ? { tag } : {}), before: field === 'tag' && after === null ? 'old' : null, after, statements: [] };
}

function sqlOf(one: Change): string {
  const statements = snowflake.dialect.compile([one], {}, TAGS as CompileContext);
  expect(statements).toHaveLength(1);
  return statements[0]!.sql;
}

// Each row: the statement the vendor documents (URL in src/connectors/snowflake/sql.ts and docs/connectors/snowflake.md).
const GOLDEN: [string, Change, string][] = [
  ['iceberg table description', change(table('iceberg_table'), 'description', 'I'), `ALTER ICEBERG TABLE ${T} SET COMMENT = 'I'`],
  ['iceberg table description clear', change(table('iceberg_table'), 'description', null), `ALTER ICEBERG TABLE ${T} SET COMMENT = ''`],
  ['iceberg column description', change(column('iceberg_table'), 'description', 'k'), `ALTER ICEBERG TABLE ${T} ALTER "C" COMMENT 'k'`],
  ['iceberg table tag', change(table('iceberg_table'), 'tag', 'Sensitive', 'PII'), `ALTER ICEBERG TABLE ${T} SET TAG ${PII} = 'Sensitive'`],
  ['iceberg column tag', change(column('iceberg_table'), 'tag', 'Sensitive', 'PII'), `ALTER ICEBERG TABLE ${T} MODIFY COLUMN "C" SET TAG ${PII} = 'Sensitive'`],
  ['iceberg table tag removal', change(table('iceberg_table'), 'tag', null, 'PII'), `ALTER ICEBERG TABLE ${T} UNSET TAG ${PII}`],
  ['iceberg table owner', change(table('iceberg_table'), 'owner', 'DP'), `GRANT OWNERSHIP ON ICEBERG TABLE ${T} TO ROLE "DP" COPY CURRENT GRANTS`],
  ['dynamic table description', change(table('dynamic_table'), 'description', 'D'), `ALTER DYNAMIC TABLE ${T} SET COMMENT = 'D'`],
  ['dynamic column description', change(column('dynamic_table'), 'description', 'k'), `ALTER DYNAMIC TABLE ${T} ALTER "C" COMMENT 'k'`],
  ['dynamic table tag', change(table('dynamic_table'), 'tag', 'Sensitive', 'PII'), `ALTER DYNAMIC TABLE ${T} SET TAG ${PII} = 'Sensitive'`],
  ['dynamic table owner', change(table('dynamic_table'), 'owner', 'DP'), `GRANT OWNERSHIP ON DYNAMIC TABLE ${T} TO ROLE "DP" COPY CURRENT GRANTS`],
  ['event table description', change(table('event_table'), 'description', 'E'), `ALTER TABLE ${T} SET COMMENT = 'E'`],
  ['event table tag', change(table('event_table'), 'tag', 'Sensitive', 'PII'), `ALTER TABLE ${T} SET TAG ${PII} = 'Sensitive'`],
  ['event table owner', change(table('event_table'), 'owner', 'DP'), `GRANT OWNERSHIP ON EVENT TABLE ${T} TO ROLE "DP" COPY CURRENT GRANTS`],
  ['hybrid table description', change(table('hybrid_table'), 'description', 'H'), `COMMENT ON TABLE ${T} IS 'H'`],
  ['hybrid column description', change(column('hybrid_table'), 'description', 'k'), `ALTER TABLE ${T} ALTER "C" COMMENT 'k'`],
  ['hybrid table owner', change(table('hybrid_table'), 'owner', 'DP'), `GRANT OWNERSHIP ON TABLE ${T} TO ROLE "DP" COPY CURRENT GRANTS`],
  ['external table tag', change(table('external_table'), 'tag', 'Sensitive', 'PII'), `ALTER EXTERNAL TABLE ${T} SET TAG ${PII} = 'Sensitive'`],
  ['external table owner', change(table('external_table'), 'owner', 'DP'), `GRANT OWNERSHIP ON EXTERNAL TABLE ${T} TO ROLE "DP" COPY CURRENT GRANTS`],
];

describe('snowflake dialect: a statement per table kind', () => {
  it.each(GOLDEN)('%s', (_name, one, sql) => {
    expect(sqlOf(one)).toBe(sql);
  });

  it('never compiles a relation of unknown kind as a table', () => {
    expect(() => sqlOf(change(table('unknown'), 'description', 'x'))).toThrow(/no statement revmeta knows for a unknown relation/);
  });

  it('withholds what the kind has no statement for: event table columns, column tags of external tables', () => {
    const { unsupportedRelations } = snowflake.capabilities({ version: 'Snowflake 9' });
    expect(unsupportedRelations).toEqual({
      description: { column: ['event_table'] },
      tag: { column: ['event_table', 'external_table'] },
    });
  });
});

describe('fake Snowflake refuses what Snowflake refuses, per table kind', () => {
  const engine = () => {
    const one = new FakeEngine(new FakeCatalog());
    for (const sql of [
      'CREATE DATABASE analytics',
      'CREATE SCHEMA analytics.public',
      "CREATE ICEBERG TABLE analytics.public.ice (c NUMBER) CATALOG = 'SNOWFLAKE'",
      "CREATE DYNAMIC TABLE analytics.public.dyn (c) TARGET_LAG = '1 hour' WAREHOUSE = wh AS SELECT 1",
      'CREATE EVENT TABLE analytics.public.events',
    ]) {
      one.run(sql, { role: 'SYSADMIN' });
    }
    return one;
  };
  const run = (one: FakeEngine, sql: string) => one.run(sql, { role: 'SYSADMIN' });
  const ICEBERG_091367 =
    'SQL Compilation error: The table ICE is an Iceberg table. Iceberg tables should use ALTER ICEBERG TABLE commands. Please ensure the appropriate command format is used.';

  it('an Iceberg table refuses COMMENT ON and ALTER TABLE with error 091367, and takes ALTER ICEBERG TABLE', () => {
    const one = engine();
    for (const sql of [
      "COMMENT ON TABLE analytics.public.ice IS 'x'",
      "COMMENT ON COLUMN analytics.public.ice.c IS 'x'",
      "ALTER TABLE analytics.public.ice SET COMMENT = 'x'",
      "ALTER TABLE analytics.public.ice ALTER c COMMENT 'x'",
    ]) {
      expect(() => run(one, sql)).toThrow(ICEBERG_091367);
      try {
        run(one, sql);
      } catch (error) {
        expect(error).toMatchObject({ code: '091367', sqlState: '42601' });
      }
    }
    run(one, "ALTER ICEBERG TABLE analytics.public.ice SET COMMENT = 'table'");
    run(one, "ALTER ICEBERG TABLE analytics.public.ice ALTER \"C\" COMMENT 'column'");
    const ice = one.catalog.table('ANALYTICS', 'PUBLIC', 'ICE');
    expect([ice.comment, ice.columns[0]!.comment]).toEqual(['table', 'column']);
  });

  it('a dynamic table is named DYNAMIC TABLE; an event table has no column actions', () => {
    const one = engine();
    expect(() => run(one, "COMMENT ON TABLE analytics.public.dyn IS 'x'")).toThrow(/not specified type 'TABLE'/);
    run(one, "ALTER DYNAMIC TABLE analytics.public.dyn SET COMMENT = 'd'");
    expect(() => run(one, "ALTER TABLE analytics.public.events ALTER value COMMENT 'x'")).toThrow(/cannot be altered/);
    run(one, "ALTER TABLE analytics.public.events SET COMMENT = 'e'");
    expect(() => run(one, 'GRANT OWNERSHIP ON TABLE analytics.public.dyn TO ROLE sysadmin COPY CURRENT GRANTS')).toThrow(/not specified type/);
  });

  it('reports the flavour of a base table in IS_ICEBERG, IS_DYNAMIC and IS_HYBRID', () => {
    const one = engine();
    const result = run(one, "SELECT TABLE_NAME, TABLE_TYPE, IS_ICEBERG, IS_DYNAMIC, IS_HYBRID FROM ANALYTICS.INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC'");
    expect(result.rows).toEqual([
      ['ICE', 'BASE TABLE', 'YES', 'NO', 'false'],
      ['DYN', 'BASE TABLE', 'NO', 'YES', 'false'],
      ['EVENTS', 'EVENT TABLE', 'NO', 'NO', 'false'],
    ]);
  });
});

describe('snowflake: table kinds through the real driver and the fake', () => {
  let fake: FakeSnowflake;
  beforeEach(async () => {
    fake = await startFake();
  });
  afterEach(async () => {
    await fake.stop();
  });

  const KINDS = [
    'CREATE ROLE data_platform',
    'CREATE DATABASE analytics',
    'CREATE SCHEMA analytics.lake',
    "CREATE ICEBERG TABLE analytics.lake.ice (id NUMBER, email VARCHAR) CATALOG = 'SNOWFLAKE'",
    "CREATE DYNAMIC TABLE analytics.lake.dyn (id) TARGET_LAG = '1 hour' WAREHOUSE = wh AS SELECT 1",
    'CREATE EVENT TABLE analytics.lake.events',
    'CREATE HYBRID TABLE analytics.lake.hyb (id NUMBER PRIMARY KEY)',
    'CREATE DATABASE governance',
    'CREATE SCHEMA governance.tags',
    'CREATE TAG governance.tags.pii',
  ];

  it('converges descriptions, tags and owners of Iceberg, dynamic, event and hybrid tables, then plans nothing', async () => {
    seed(fake, KINDS);
    const documents = [
      schema(
        'analytics',
        'lake',
        {},
        {
          ice: { description: 'iceberg', owners: ['data_platform'], tags: ['PII.Sensitive'], columns: { id: { description: 'key', tags: ['PII.None'] } } },
          dyn: { description: 'dynamic', owners: ['data_platform'], tags: ['PII.None'], columns: { id: { description: 'dyn key' } } },
          events: { description: 'events', owners: ['data_platform'], tags: ['PII.None'] },
          hyb: { description: 'hybrid', columns: { id: { description: 'hybrid key' } } },
        },
      ),
    ];
    const config = await workspaceFor(fake, documents, { tags: { schema: 'governance.tags' }, owners: { map: { data_platform: 'DATA_PLATFORM' } } });
    const { first, applied, second } = await converge(config);
    expect(first.conflicts).toEqual([]);
    expect(first.warnings).toEqual([]);
    expect(applied.results.filter((result) => result.status === 'failed').map((result) => [result.statement, result.error])).toEqual([]);
    expect(applied.summary).toEqual({ applied: first.changes.length, failed: 0, notRun: 0 });
    expect(second.changes).toEqual([]);
    const lake = fake.catalog.schema('ANALYTICS', 'LAKE').tables;
    expect(lake.get('ICE')).toMatchObject({ comment: 'iceberg', owner: 'DATA_PLATFORM' });
    expect(lake.get('ICE')!.tags.get(tagPath('GOVERNANCE', 'TAGS', 'PII'))).toBe('Sensitive');
    expect(lake.get('ICE')!.columns[0]).toMatchObject({ name: 'ID', comment: 'key' });
    expect(lake.get('DYN')).toMatchObject({ comment: 'dynamic', owner: 'DATA_PLATFORM' });
    expect(lake.get('EVENTS')).toMatchObject({ comment: 'events', owner: 'DATA_PLATFORM' });
    expect(lake.get('HYB')!.columns[0]!.comment).toBe('hybrid key');
  });

  it('warns about the columns of an event table instead of planning a statement Snowflake refuses', async () => {
    seed(fake, KINDS);
    const documents = [schema('analytics', 'lake', {}, { events: { columns: { value: { description: 'payload', tags: ['PII.None'] } } } })];
    const planned = await plan(await workspaceFor(fake, documents, { tags: { schema: 'governance.tags' } }));
    await planned.close();
    expect(planned.plan.changes).toEqual([]);
    expect(planned.plan.warnings.map((warning) => [warning.code, warning.message])).toEqual([
      ['unsupported-relation', 'snowflake cannot store descriptions on the columns of an event table: not applied (ANALYTICS.LAKE.EVENTS.VALUE)'],
      ['unsupported-relation', 'snowflake cannot store tags on the columns of an event table: not applied (ANALYTICS.LAKE.EVENTS.VALUE)'],
    ]);
  });

  it('a kind revmeta does not know is a warning naming it, and nothing is planned for it or its columns', async () => {
    seed(fake, KINDS.slice(0, 4));
    fake.catalog.table('ANALYTICS', 'LAKE', 'ICE').reportedType = 'SEMANTIC TABLE';
    fake.catalog.table('ANALYTICS', 'LAKE', 'ICE').flavour = undefined;
    const documents = [schema('analytics', 'lake', {}, { ice: { description: 'x', owners: ['data_platform'], columns: { id: { description: 'k' } } } })];
    const planned = await plan(await workspaceFor(fake, documents));
    await planned.close();
    expect(planned.plan.changes).toEqual([]);
    expect(planned.plan.conflicts).toEqual([]);
    expect(planned.plan.warnings.map((warning) => [warning.code, warning.message])).toEqual([
      ['unknown-relation', 'snowflake reports ANALYTICS.LAKE.ICE as a "SEMANTIC TABLE" relation, a kind revmeta does not know: nothing is planned for it or its columns'],
    ]);
  });
});
