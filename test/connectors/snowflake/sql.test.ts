/**
 * Golden SQL of the snowflake dialect for every statement kind, batching and the order of
 * CREATE TAG, custom templates, and the hostile corpus compiled and read back by the fake's
 * reader of Snowflake's syntax (backslash escapes processed as Snowflake does them).
 */
import { describe, expect, it } from 'vitest';
import { snowflake } from '../../../src/connectors/snowflake/index.js';
import { parseQualifiedName, quoteIdentifier, quoteLiteral, tagNameOf, type SnowflakeCompileContext } from '../../../src/connectors/snowflake/sql.js';
import { compileTemplate } from '../../../src/connectors/template.js';
import type { CompileContext, SqlTemplates } from '../../../src/connectors/types.js';
import type { ObjectRef, RelationKind } from '../../../src/model/types.js';
import type { Change } from '../../../src/plan/types.js';
import { HOSTILE_IDENTIFIERS, HOSTILE_VALUES } from '../../corpus/hostile.js';
import { tokenize, type Token } from './fake-engine.js';

const { dialect } = snowflake;

const TAGS: SnowflakeCompileContext = { tagSchema: { database: 'GOV', schema: 'TAGS' } };

function change(object: ObjectRef, field: Change['field'], after: string | null, action?: Change['action'], tag?: string): Change {
  return {
    service: 'sf',
    object,
    field,
    action: action ?? (after === null ? 'clear' : 'set'),
    ...(tag !== undefined ? { tag } : {}),
    before: null,
    after,
    statements: [],
  };
}

const tagChange = (object: ObjectRef, tag: string, after: string | null, action: Change['action'] = after === null ? 'remove' : 'add'): Change => ({
  ...change(object, 'tag', after, action, tag),
  before: action === 'remove' ? 'old' : null,
});

const database: ObjectRef = { kind: 'database', database: 'ANALYTICS' };
const schema: ObjectRef = { kind: 'schema', database: 'ANALYTICS', schema: 'PUBLIC' };
const table = (relation?: RelationKind, name = 'ORDERS'): ObjectRef => ({
  kind: 'table',
  database: 'ANALYTICS',
  schema: 'PUBLIC',
  table: name,
  ...(relation ? { relation } : {}),
});
const column = (name = 'ID', relation?: RelationKind, tableName = 'ORDERS'): ObjectRef => ({ ...table(relation, tableName), kind: 'column', column: name });

const ORDERS = '"ANALYTICS"."PUBLIC"."ORDERS"';
const PII = '"GOV"."TAGS"."PII"';

function sqlOf(one: Change, context: SnowflakeCompileContext = TAGS, templates: SqlTemplates = {}): string {
  const [statement, ...rest] = dialect.compile([one], templates, context as CompileContext);
  expect(rest).toEqual([]);
  expect(statement?.changes).toEqual([0]);
  return statement!.sql;
}

const GOLDEN: [string, Change, string, SnowflakeCompileContext?][] = [
  ['database description', change(database, 'description', 'Core'), `COMMENT ON DATABASE "ANALYTICS" IS 'Core'`],
  ['database description clear', change(database, 'description', null), `COMMENT ON DATABASE "ANALYTICS" IS ''`],
  ['schema description', change(schema, 'description', 'S'), `COMMENT ON SCHEMA "ANALYTICS"."PUBLIC" IS 'S'`],
  ['table description', change(table('table'), 'description', 'T'), `COMMENT ON TABLE ${ORDERS} IS 'T'`],
  ['table without relation', change(table(), 'description', 'T'), `COMMENT ON TABLE ${ORDERS} IS 'T'`],
  ['table description clear', change(table('table'), 'description', null), `COMMENT ON TABLE ${ORDERS} IS ''`],
  ['view description', change(table('view'), 'description', 'V'), `COMMENT ON VIEW ${ORDERS} IS 'V'`],
  ['materialized view description', change(table('materialized_view'), 'description', 'M'), `COMMENT ON MATERIALIZED VIEW ${ORDERS} IS 'M'`],
  ['external table description', change(table('external_table'), 'description', 'E'), `COMMENT ON EXTERNAL TABLE ${ORDERS} IS 'E'`],
  ['column description', change(column('ID', 'table'), 'description', 'Key'), `ALTER TABLE ${ORDERS} ALTER "ID" COMMENT 'Key'`],
  ['column description clear', change(column('ID', 'table'), 'description', null), `ALTER TABLE ${ORDERS} ALTER "ID" COMMENT ''`],
  ['column of a view', change(column('ID', 'view'), 'description', 'Key'), `ALTER VIEW ${ORDERS} ALTER "ID" COMMENT 'Key'`],
  ['column of a materialized view', change(column('ID', 'materialized_view'), 'description', 'Key'), `COMMENT ON COLUMN ${ORDERS}."ID" IS 'Key'`],
  ['column of an external table', change(column('ID', 'external_table'), 'description', null), `COMMENT ON COLUMN ${ORDERS}."ID" IS ''`],
  ['database owner', change(database, 'owner', 'DATA_PLATFORM'), `GRANT OWNERSHIP ON DATABASE "ANALYTICS" TO ROLE "DATA_PLATFORM" COPY CURRENT GRANTS`],
  ['schema owner', change(schema, 'owner', 'DP'), `GRANT OWNERSHIP ON SCHEMA "ANALYTICS"."PUBLIC" TO ROLE "DP" COPY CURRENT GRANTS`],
  ['table owner', change(table('table'), 'owner', 'DP'), `GRANT OWNERSHIP ON TABLE ${ORDERS} TO ROLE "DP" COPY CURRENT GRANTS`],
  ['view owner', change(table('view'), 'owner', 'DP'), `GRANT OWNERSHIP ON VIEW ${ORDERS} TO ROLE "DP" COPY CURRENT GRANTS`],
  ['materialized view owner', change(table('materialized_view'), 'owner', 'DP'), `GRANT OWNERSHIP ON MATERIALIZED VIEW ${ORDERS} TO ROLE "DP" COPY CURRENT GRANTS`],
  ['owner, revoking current grants', change(table('table'), 'owner', 'DP'), `GRANT OWNERSHIP ON TABLE ${ORDERS} TO ROLE "DP" REVOKE CURRENT GRANTS`, { ownershipGrants: 'revoke' }],
  ['owner, a role that needs quoting', change(schema, 'owner', 'data "platform"'), `GRANT OWNERSHIP ON SCHEMA "ANALYTICS"."PUBLIC" TO ROLE "data ""platform""" COPY CURRENT GRANTS`],
  ['database tag', tagChange(database, 'PII', 'Sensitive'), `ALTER DATABASE "ANALYTICS" SET TAG ${PII} = 'Sensitive'`],
  ['schema tag change', tagChange(schema, 'PII', 'None', 'set'), `ALTER SCHEMA "ANALYTICS"."PUBLIC" SET TAG ${PII} = 'None'`],
  ['table tag', tagChange(table('table'), 'PII', 'Sensitive'), `ALTER TABLE ${ORDERS} SET TAG ${PII} = 'Sensitive'`],
  ['view tag', tagChange(table('view'), 'PII', 'Sensitive'), `ALTER VIEW ${ORDERS} SET TAG ${PII} = 'Sensitive'`],
  ['materialized view tag', tagChange(table('materialized_view'), 'PII', 'x'), `ALTER MATERIALIZED VIEW ${ORDERS} SET TAG ${PII} = 'x'`],
  ['external table tag', tagChange(table('external_table'), 'PII', 'x'), `ALTER EXTERNAL TABLE ${ORDERS} SET TAG ${PII} = 'x'`],
  ['table tag removal', tagChange(table('table'), 'PII', null), `ALTER TABLE ${ORDERS} UNSET TAG ${PII}`],
  ['database tag removal', tagChange(database, 'PII', null), `ALTER DATABASE "ANALYTICS" UNSET TAG ${PII}`],
  ['column tag', tagChange(column('EMAIL', 'table'), 'PII', 'Sensitive'), `ALTER TABLE ${ORDERS} MODIFY COLUMN "EMAIL" SET TAG ${PII} = 'Sensitive'`],
  ['column tag removal', tagChange(column('EMAIL', 'table'), 'PII', null), `ALTER TABLE ${ORDERS} MODIFY COLUMN "EMAIL" UNSET TAG ${PII}`],
  ['view column tag', tagChange(column('EMAIL', 'view'), 'PII', 'x'), `ALTER VIEW ${ORDERS} MODIFY COLUMN "EMAIL" SET TAG ${PII} = 'x'`],
  ['a tag key that is not a plain name', tagChange(table('table'), 'Data "Owner"', 'fin'), `ALTER TABLE ${ORDERS} SET TAG "GOV"."TAGS"."Data ""Owner""" = 'fin'`],
  [
    'identifiers needing quoting',
    change({ kind: 'column', database: 'analytics', schema: 'Sales "EU"', table: 'order.lines', column: 'select' }, 'description', 'x'),
    `ALTER TABLE "analytics"."Sales ""EU"""."order.lines" ALTER "select" COMMENT 'x'`,
  ],
  ['quote in a value', change(schema, 'description', "it's"), `COMMENT ON SCHEMA "ANALYTICS"."PUBLIC" IS 'it''s'`],
  ['backslashes in a value (Snowflake processes escapes)', change(schema, 'description', 'C:\\dir\\'), `COMMENT ON SCHEMA "ANALYTICS"."PUBLIC" IS 'C:\\\\dir\\\\'`],
  ['a backslash before a quote', change(schema, 'description', "\\'"), `COMMENT ON SCHEMA "ANALYTICS"."PUBLIC" IS '\\\\'''`],
  ['line breaks and tabs', change(schema, 'description', 'a\nb\r\nc\td'), `COMMENT ON SCHEMA "ANALYTICS"."PUBLIC" IS 'a\\nb\\r\\nc\\td'`],
  ['a would-be escape', change(schema, 'description', '\\x41\\u0041\\101'), `COMMENT ON SCHEMA "ANALYTICS"."PUBLIC" IS '\\\\x41\\\\u0041\\\\101'`],
  ['dollar quotes stay plain text', change(schema, 'description', '$$ x $$'), `COMMENT ON SCHEMA "ANALYTICS"."PUBLIC" IS '$$ x $$'`],
  ['unicode stays as it is', change(schema, 'description', 'é 🚀 \u2028'), `COMMENT ON SCHEMA "ANALYTICS"."PUBLIC" IS 'é 🚀 \u2028'`],
];

describe('snowflake dialect: golden SQL', () => {
  it.each(GOLDEN)('%s', (_name, one, expected, context) => {
    expect(sqlOf(one, { ...TAGS, ...context })).toBe(expected);
  });

  it("batches all of one table's column comments into one ALTER, where its first one was", () => {
    const changes = [
      change(table('table', 'ORDERS'), 'description', 'Orders'),
      change(column('ID', 'table'), 'description', 'Key'),
      change(column('A', 'view', 'V'), 'description', 'A'),
      change(column('EMAIL', 'table'), 'description', null),
      change(schema, 'description', 'S'),
      change(column('B', 'view', 'V'), 'description', "it's"),
      change(column('TOTAL', 'table'), 'description', 'Sum'),
      change(column('M', 'materialized_view', 'MV'), 'description', 'm'),
      change(column('N', 'materialized_view', 'MV'), 'description', 'n'),
    ];
    expect(dialect.compile(changes, {}, {})).toEqual([
      { sql: `COMMENT ON TABLE ${ORDERS} IS 'Orders'`, changes: [0] },
      { sql: `ALTER TABLE ${ORDERS} ALTER "ID" COMMENT 'Key', "EMAIL" COMMENT '', "TOTAL" COMMENT 'Sum'`, changes: [1, 3, 6] },
      { sql: `ALTER VIEW "ANALYTICS"."PUBLIC"."V" ALTER "A" COMMENT 'A', "B" COMMENT 'it''s'`, changes: [2, 5] },
      { sql: `COMMENT ON SCHEMA "ANALYTICS"."PUBLIC" IS 'S'`, changes: [4] },
      { sql: `COMMENT ON COLUMN "ANALYTICS"."PUBLIC"."MV"."M" IS 'm'`, changes: [7] },
      { sql: `COMMENT ON COLUMN "ANALYTICS"."PUBLIC"."MV"."N" IS 'n'`, changes: [8] },
    ]);
  });

  it('batches the tags of one object per action, and keeps objects and columns apart', () => {
    const changes = [
      tagChange(table('table'), 'PII', 'Sensitive'),
      tagChange(column('EMAIL', 'table'), 'PII', 'Sensitive'),
      tagChange(table('table'), 'TIER', 'Gold', 'set'),
      tagChange(table('table'), 'OLD', null),
      tagChange(column('EMAIL', 'table'), 'TIER', 'Gold'),
      tagChange(table('table'), 'GONE', null),
      tagChange(column('ID', 'table'), 'PII', 'None'),
    ];
    expect(dialect.compile(changes, {}, TAGS as CompileContext)).toEqual([
      { sql: `ALTER TABLE ${ORDERS} SET TAG ${PII} = 'Sensitive', "GOV"."TAGS"."TIER" = 'Gold'`, changes: [0, 2] },
      { sql: `ALTER TABLE ${ORDERS} MODIFY COLUMN "EMAIL" SET TAG ${PII} = 'Sensitive', "GOV"."TAGS"."TIER" = 'Gold'`, changes: [1, 4] },
      { sql: `ALTER TABLE ${ORDERS} UNSET TAG "GOV"."TAGS"."OLD", "GOV"."TAGS"."GONE"`, changes: [3, 5] },
      { sql: `ALTER TABLE ${ORDERS} MODIFY COLUMN "ID" SET TAG ${PII} = 'None'`, changes: [6] },
    ]);
  });

  it('creates missing tag objects first, listed on every change whose statement names them', () => {
    const changes = [
      change(table('table'), 'description', 'x'),
      tagChange(table('table'), 'PII', 'Sensitive'),
      tagChange(table('table'), 'TIER', 'Gold'),
      tagChange(column('ID', 'table'), 'TIER', 'Silver'),
      tagChange(schema, 'TIER', null),
      tagChange(schema, 'PII', 'None'),
    ];
    const statements = dialect.compile(changes, {}, { ...TAGS, createTags: ['TIER', 'UNUSED'] } as CompileContext);
    expect(statements).toEqual([
      // Change 1 (PII) shares its statement with TIER, so it needs TIER created too.
      { sql: 'CREATE TAG IF NOT EXISTS "GOV"."TAGS"."TIER"', changes: [1, 2, 3] },
      { sql: `COMMENT ON TABLE ${ORDERS} IS 'x'`, changes: [0] },
      { sql: `ALTER TABLE ${ORDERS} SET TAG ${PII} = 'Sensitive', "GOV"."TAGS"."TIER" = 'Gold'`, changes: [1, 2] },
      { sql: `ALTER TABLE ${ORDERS} MODIFY COLUMN "ID" SET TAG "GOV"."TAGS"."TIER" = 'Silver'`, changes: [3] },
      { sql: `ALTER SCHEMA "ANALYTICS"."PUBLIC" UNSET TAG "GOV"."TAGS"."TIER"`, changes: [4] },
      { sql: `ALTER SCHEMA "ANALYTICS"."PUBLIC" SET TAG ${PII} = 'None'`, changes: [5] },
    ]);
  });

  it("clears with '' (Snowflake reads an empty comment back as none)", () => {
    expect(dialect.nullLiteral).toBe("''");
  });

  it.each<[string, Change, RegExp, SnowflakeCompileContext?]>([
    ['a tag without tags.schema', tagChange(table(), 'PII', 'x'), /set tags.schema in the service config/, {}],
    ['an owner on a column', change(column(), 'owner', 'DP'), /columns have no owner/],
    ['clearing an owner', change(table(), 'owner', null), /cannot be cleared/],
    ['a table without its schema', change({ kind: 'table', database: 'D', table: 'T' }, 'description', 'x'), /needs its schema/],
    ['an empty name', change({ ...schema, schema: '' }, 'description', 'x'), /cannot be empty/],
    ['a NUL in a value', change(schema, 'description', 'a\0b'), /NUL/],
    ['a tag change without its key', change(table(), 'tag', 'x', 'add'), /needs its tag key/],
  ])('refuses %s', (_name, one, message, context = TAGS) => {
    expect(() => dialect.compile([one], {}, context as CompileContext)).toThrow(message);
  });
});

describe('snowflake dialect: names and keys', () => {
  it('reads tags.schema in Snowflake syntax: unquoted parts fold to upper case, quoted parts are exact', () => {
    expect(parseQualifiedName('governance.tags')).toEqual(['GOVERNANCE', 'TAGS']);
    expect(parseQualifiedName('"Gov"."Tags ""x"""')).toEqual(['Gov', 'Tags "x"']);
    expect(parseQualifiedName('gov."Mixed"')).toEqual(['GOV', 'Mixed']);
    expect(() => parseQualifiedName('gov.')).toThrow(/not a Snowflake name/);
    expect(() => parseQualifiedName('gov tags')).toThrow(/unexpected " "/);
    expect(() => parseQualifiedName('"open')).toThrow(/not closed/);
  });

  it('names tag objects as Snowflake folds a plain classification name, and keeps any other name exact', () => {
    expect(tagNameOf('PII')).toBe('PII');
    expect(tagNameOf('Tier')).toBe('TIER');
    expect(tagNameOf('personal_data$2')).toBe('PERSONAL_DATA$2');
    expect(tagNameOf('Data Owner')).toBe('Data Owner');
    expect(tagNameOf('1st')).toBe('1st');
    expect(tagNameOf('Ünïcode')).toBe('Ünïcode');
  });
});

describe('snowflake dialect: custom templates', () => {
  const templates: SqlTemplates = {
    tableDescription: 'ALTER TABLE {database}.{schema}.{table} SET COMMENT = {description}',
    columnDescription: 'COMMENT ON COLUMN {database}.{schema}.{table}.{column} IS {description}',
    tableTagSet: 'ALTER TABLE {database}.{schema}.{table} SET TAG GOV.TAGS.{tag_key} = {tag_value}',
  };

  it('replaces the built-in statement of its operation, one statement per change', () => {
    expect(sqlOf(change(table('view'), 'description', "it's"), TAGS, templates)).toBe(`ALTER TABLE ${ORDERS} SET COMMENT = 'it''s'`);
    expect(sqlOf(change(table(), 'description', null), TAGS, templates)).toBe(`ALTER TABLE ${ORDERS} SET COMMENT = ''`);
    const columns = [change(column('A'), 'description', 'A'), change(column('B'), 'description', 'B')];
    expect(dialect.compile(columns, templates, {})).toEqual([
      { sql: `COMMENT ON COLUMN ${ORDERS}."A" IS 'A'`, changes: [0] },
      { sql: `COMMENT ON COLUMN ${ORDERS}."B" IS 'B'`, changes: [1] },
    ]);
  });

  it('substitutes the bare tag name for {tag_key}: the template qualifies it', () => {
    expect(sqlOf(tagChange(table(), 'PII', 'a\\b'), TAGS, templates)).toBe(`ALTER TABLE ${ORDERS} SET TAG GOV.TAGS."PII" = 'a\\\\b'`);
    const add = tagChange(column(), 'PII "x"', "it's");
    expect(compileTemplate('{tags}', add, dialect)).toBe(`"PII ""x""" = 'it''s'`);
  });

  it('still creates a missing tag object before a templated statement that names it', () => {
    const statements = dialect.compile([tagChange(table(), 'TIER', 'Gold')], templates, { ...TAGS, createTags: ['TIER'] } as CompileContext);
    expect(statements.map((statement) => [statement.sql, statement.changes])).toEqual([
      ['CREATE TAG IF NOT EXISTS "GOV"."TAGS"."TIER"', [0]],
      [`ALTER TABLE ${ORDERS} SET TAG GOV.TAGS."TIER" = 'Gold'`, [0]],
    ]);
  });
});

// The fake's tokenizer reads literals exactly as Snowflake does: a value that reads back
// unchanged through it was escaped correctly for Snowflake.

function expectTokens(sql: string, shape: Array<string | ((token: Token) => void)>): void {
  const tokens = tokenize(sql);
  expect(tokens).toHaveLength(shape.length);
  shape.forEach((expected, index) => {
    const token = tokens[index]!;
    if (typeof expected === 'function') expected(token);
    else expect(token.raw.toUpperCase() === expected || token.value === expected, `token ${index} ${token.raw}`).toBe(true);
  });
}

const quoted = (value: string) => (token: Token) => expect([token.kind, token.value]).toEqual(['quoted', value]);
const literal = (value: string) => (token: Token) => expect([token.kind, token.value]).toEqual(['string', value]);

describe('snowflake dialect: hostile corpus', () => {
  it.each(HOSTILE_VALUES)('compiles value "$name" as one literal that reads back unchanged', ({ value }) => {
    const sql = sqlOf(change(column('ID', 'table'), 'description', value));
    expectTokens(sql, ['ALTER', 'TABLE', quoted('ANALYTICS'), '.', quoted('PUBLIC'), '.', quoted('ORDERS'), 'ALTER', quoted('ID'), 'COMMENT', literal(value)]);
    // One line: line breaks never appear raw, so a statement can be pasted and read.
    expect(sql).not.toMatch(/[\r\n]/);
  });

  it.each(HOSTILE_VALUES.filter(({ value }) => [...value].length <= 256))('compiles tag value "$name" as one literal that reads back unchanged', ({ value }) => {
    const sql = sqlOf(tagChange(table('view'), 'PII', value));
    expectTokens(sql, ['ALTER', 'VIEW', quoted('ANALYTICS'), '.', quoted('PUBLIC'), '.', quoted('ORDERS'), 'SET', 'TAG', quoted('GOV'), '.', quoted('TAGS'), '.', quoted('PII'), '=', literal(value)]);
  });

  it.each(HOSTILE_IDENTIFIERS)('compiles identifier "$name" as one quoted name', ({ value }) => {
    const one = change({ kind: 'column', database: value, schema: value, table: value, column: value }, 'description', value);
    expectTokens(sqlOf(one), ['ALTER', 'TABLE', quoted(value), '.', quoted(value), '.', quoted(value), 'ALTER', quoted(value), 'COMMENT', literal(value)]);
    const owner = sqlOf(change({ kind: 'schema', database: value, schema: value }, 'owner', value));
    expectTokens(owner, ['GRANT', 'OWNERSHIP', 'ON', 'SCHEMA', quoted(value), '.', quoted(value), 'TO', 'ROLE', quoted(value), 'COPY', 'CURRENT', 'GRANTS']);
  });

  it('quotes what is only quotes and backslashes', () => {
    expect(quoteLiteral("'")).toBe("''''");
    expect(quoteLiteral('\\')).toBe("'\\\\'");
    expect(quoteIdentifier('"')).toBe('""""');
    expect(quoteLiteral('"')).toBe(`'"'`);
    expect(quoteIdentifier("'")).toBe(`"'"`);
  });
});
