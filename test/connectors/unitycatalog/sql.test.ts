/**
 * Golden SQL of the Unity Catalog dialect for every statement kind (descriptions, owners,
 * tags on catalogs, schemas, each relation kind and columns), tag batching, custom templates,
 * and the hostile corpus: every value and name compiled, then read back by a reader of
 * Databricks' literal syntax (../databricks/fake/spark-sql.ts) and run against the fake
 * workspace, which must then hold exactly the value.
 */
import { describe, expect, it } from 'vitest';
import { quoteIdentifier, quoteLiteral } from '../../../src/connectors/databricks/quote.js';
import { unitycatalog } from '../../../src/connectors/unitycatalog/index.js';
import { compileTemplate } from '../../../src/connectors/template.js';
import type { SqlTemplates } from '../../../src/connectors/types.js';
import type { ObjectRef, RelationKind } from '../../../src/model/types.js';
import type { Change } from '../../../src/plan/types.js';
import { HOSTILE_IDENTIFIERS, HOSTILE_VALUES } from '../../corpus/hostile.js';
import { Parser, tokenize } from '../databricks/fake/spark-sql.js';
import { FakeWorkspace } from '../databricks/fake/workspace.js';

const { dialect } = unitycatalog;

function change(object: ObjectRef, field: Change['field'], after: string | null, action?: Change['action'], tag?: string): Change {
  return {
    service: 'lake',
    object,
    field,
    action: action ?? (after === null ? (field === 'tag' ? 'remove' : 'clear') : 'set'),
    ...(tag !== undefined ? { tag } : {}),
    before: null,
    after,
    statements: [],
  };
}

const catalog: ObjectRef = { kind: 'database', database: 'main' };
const schema: ObjectRef = { kind: 'schema', database: 'main', schema: 'sales' };
const relation = (relationKind?: RelationKind, name = 'orders'): ObjectRef => ({
  kind: 'table',
  database: 'main',
  schema: 'sales',
  table: name,
  ...(relationKind ? { relation: relationKind } : {}),
});
const column = (name = 'id', relationKind?: RelationKind, table = 'orders'): ObjectRef => ({ ...relation(relationKind, table), kind: 'column', column: name });
const tag = (object: ObjectRef, key: string, value: string | null, action?: Change['action']) => change(object, 'tag', value, action ?? (value === null ? 'remove' : 'add'), key);

const STREAMING = { streamingTables: [['main', 'sales', 'events']] };

function sqlOf(one: Change, context?: Record<string, unknown>, templates: SqlTemplates = {}): string {
  const [statement, ...rest] = dialect.compile([one], templates, context);
  expect(rest).toEqual([]);
  expect(statement?.changes).toEqual([0]);
  return statement!.sql;
}

const GOLDEN: [string, Change, string, Record<string, unknown>?][] = [
  // descriptions
  ['catalog description', change(catalog, 'description', 'Main'), "COMMENT ON CATALOG `main` IS 'Main'"],
  ['catalog description clear', change(catalog, 'description', null), 'COMMENT ON CATALOG `main` IS NULL'],
  ['schema description', change(schema, 'description', 'Sales'), "COMMENT ON SCHEMA `main`.`sales` IS 'Sales'"],
  ['schema description clear', change(schema, 'description', null), 'COMMENT ON SCHEMA `main`.`sales` IS NULL'],
  ['table description', change(relation('table'), 'description', 'x'), "COMMENT ON TABLE `main`.`sales`.`orders` IS 'x'"],
  ['table without relation', change(relation(), 'description', 'x'), "COMMENT ON TABLE `main`.`sales`.`orders` IS 'x'"],
  ['table description clear', change(relation('table'), 'description', null), 'COMMENT ON TABLE `main`.`sales`.`orders` IS NULL'],
  ['view description', change(relation('view'), 'description', 'x'), "COMMENT ON TABLE `main`.`sales`.`orders` IS 'x'"],
  ['materialized view description', change(relation('materialized_view'), 'description', 'x'), "COMMENT ON TABLE `main`.`sales`.`orders` IS 'x'"],
  ['external table description', change(relation('external_table'), 'description', 'x'), "COMMENT ON TABLE `main`.`sales`.`orders` IS 'x'"],
  ['column description', change(column('id', 'table'), 'description', 'Key'), "ALTER TABLE `main`.`sales`.`orders` ALTER COLUMN `id` COMMENT 'Key'"],
  ['column description clear', change(column('id', 'table'), 'description', null), "ALTER TABLE `main`.`sales`.`orders` ALTER COLUMN `id` COMMENT ''"],
  ['view column description', change(column('id', 'view'), 'description', 'Key'), "COMMENT ON COLUMN `main`.`sales`.`orders`.`id` IS 'Key'"],
  ['view column description clear', change(column('id', 'view'), 'description', null), 'COMMENT ON COLUMN `main`.`sales`.`orders`.`id` IS NULL'],
  ['materialized view column description', change(column('d', 'materialized_view'), 'description', 'Day'), "COMMENT ON COLUMN `main`.`sales`.`orders`.`d` IS 'Day'"],
  ['streaming table column description', change(column('id', 'table', 'events'), 'description', 'Id'), "COMMENT ON COLUMN `main`.`sales`.`events`.`id` IS 'Id'", STREAMING],
  // owners
  ['catalog owner', change(catalog, 'owner', 'admins'), 'ALTER CATALOG `main` OWNER TO `admins`'],
  ['schema owner', change(schema, 'owner', 'data-eng'), 'ALTER SCHEMA `main`.`sales` OWNER TO `data-eng`'],
  ['table owner', change(relation('table'), 'owner', 'alice@example.com'), 'ALTER TABLE `main`.`sales`.`orders` OWNER TO `alice@example.com`'],
  ['view owner', change(relation('view'), 'owner', 'alice@example.com'), 'ALTER VIEW `main`.`sales`.`orders` OWNER TO `alice@example.com`'],
  ['materialized view owner', change(relation('materialized_view'), 'owner', 'a'), 'ALTER MATERIALIZED VIEW `main`.`sales`.`orders` SET OWNER TO `a`'],
  ['streaming table owner', change(relation('table', 'events'), 'owner', 'a'), 'ALTER STREAMING TABLE `main`.`sales`.`events` SET OWNER TO `a`', STREAMING],
  ['owner with a backtick and a quote', change(schema, 'owner', "bob's `team`"), "ALTER SCHEMA `main`.`sales` OWNER TO `bob's ``team```"],
  // tags
  ['catalog tag', tag(catalog, 'env', 'prod'), "ALTER CATALOG `main` SET TAGS ('env' = 'prod')"],
  ['catalog tag removal', tag(catalog, 'env', null), "ALTER CATALOG `main` UNSET TAGS ('env')"],
  ['schema tag', tag(schema, 'Tier', 'Gold', 'set'), "ALTER SCHEMA `main`.`sales` SET TAGS ('Tier' = 'Gold')"],
  ['table tag', tag(relation('table'), 'PII', 'None'), "ALTER TABLE `main`.`sales`.`orders` SET TAGS ('PII' = 'None')"],
  ['table tag removal', tag(relation('table'), 'PII', null), "ALTER TABLE `main`.`sales`.`orders` UNSET TAGS ('PII')"],
  ['view tag', tag(relation('view'), 'PII', 'None'), "ALTER VIEW `main`.`sales`.`orders` SET TAGS ('PII' = 'None')"],
  ['materialized view tag', tag(relation('materialized_view'), 'PII', null), "ALTER MATERIALIZED VIEW `main`.`sales`.`orders` UNSET TAGS ('PII')"],
  ['streaming table tag', tag(relation('table', 'events'), 'PII', 'None'), "ALTER STREAMING TABLE `main`.`sales`.`events` SET TAGS ('PII' = 'None')", STREAMING],
  ['column tag', tag(column('email', 'table'), 'PII', 'Sensitive'), "ALTER TABLE `main`.`sales`.`orders` ALTER COLUMN `email` SET TAGS ('PII' = 'Sensitive')"],
  ['column tag removal', tag(column('email', 'table'), 'PII', null), "ALTER TABLE `main`.`sales`.`orders` ALTER COLUMN `email` UNSET TAGS ('PII')"],
  // ALTER VIEW ... ALTER COLUMN (Databricks SQL 2026.47+, Runtime 19+; capabilities withhold it before).
  ['view column tag', tag(column('email', 'view'), 'PII', 'Sensitive'), "ALTER VIEW `main`.`sales`.`orders` ALTER COLUMN `email` SET TAGS ('PII' = 'Sensitive')"],
  ['view column tag removal', tag(column('email', 'view'), 'PII', null), "ALTER VIEW `main`.`sales`.`orders` ALTER COLUMN `email` UNSET TAGS ('PII')"],
  ['materialized view column tag', tag(column('d', 'materialized_view'), 'PII', 'X'), "ALTER MATERIALIZED VIEW `main`.`sales`.`orders` ALTER COLUMN `d` SET TAGS ('PII' = 'X')"],
  ['streaming table column tag', tag(column('id', 'table', 'events'), 'PII', 'X'), "ALTER STREAMING TABLE `main`.`sales`.`events` ALTER COLUMN `id` SET TAGS ('PII' = 'X')", STREAMING],
  ['empty tag value', tag(relation('table'), 'flag', ''), "ALTER TABLE `main`.`sales`.`orders` SET TAGS ('flag' = '')"],
  // quoting
  ['names needing quoting', change({ kind: 'column', database: 'Main Cat', schema: 'a.b', table: 'select', column: 'we`ird' }, 'description', 'x'), "ALTER TABLE `Main Cat`.`a.b`.`select` ALTER COLUMN `we``ird` COMMENT 'x'"],
  ['backslash in a name stays', change({ ...schema, schema: 'a\\b' }, 'description', 'x'), "COMMENT ON SCHEMA `main`.`a\\b` IS 'x'"],
  ['quote in a value', change(schema, 'description', "it's"), "COMMENT ON SCHEMA `main`.`sales` IS 'it\\'s'"],
  ["'' in a value", change(schema, 'description', "''"), "COMMENT ON SCHEMA `main`.`sales` IS '\\'\\''"],
  ['backslash in a value', change(schema, 'description', 'C:\\dir\\'), "COMMENT ON SCHEMA `main`.`sales` IS 'C:\\\\dir\\\\'"],
  ['line breaks and tabs', change(schema, 'description', 'a\nb\r\nc\td'), "COMMENT ON SCHEMA `main`.`sales` IS 'a\\nb\\r\\nc\\td'"],
  ['other control characters', change(schema, 'description', 'bell\u0007 esc\u001b del\u007f'), "COMMENT ON SCHEMA `main`.`sales` IS 'bell\\u0007 esc\\u001B del\\u007F'"],
  ['% and _ keep no backslash', change(schema, 'description', '100% a_b \\%'), "COMMENT ON SCHEMA `main`.`sales` IS '100% a_b \\\\%'"],
  ['variable references are not substituted', change(schema, 'description', '${env:HOME} ${x}'), "COMMENT ON SCHEMA `main`.`sales` IS '$\\{env:HOME} $\\{x}'"],
  ['double quotes stay', change(schema, 'description', 'say "hi"'), "COMMENT ON SCHEMA `main`.`sales` IS 'say \"hi\"'"],
  ['empty string', change(schema, 'description', '', 'set'), "COMMENT ON SCHEMA `main`.`sales` IS ''"],
  ['unicode stays as it is', change(schema, 'description', 'é 🚀 \u2028'), "COMMENT ON SCHEMA `main`.`sales` IS 'é 🚀 \u2028'"],
  ['quote in a tag key and value', tag(relation('table'), "it's", "o'k"), "ALTER TABLE `main`.`sales`.`orders` SET TAGS ('it\\'s' = 'o\\'k')"],
];

describe('unitycatalog dialect: golden SQL', () => {
  it.each(GOLDEN)('%s', (_name, one, expected, context) => {
    expect(sqlOf(one, context)).toBe(expected);
  });

  it("batches one object's tag changes into one SET TAGS and one UNSET TAGS, where its first change was", () => {
    const orders = relation('table');
    const changes = [
      tag(orders, 'PII', 'None'),
      change(orders, 'description', 'Orders'),
      tag(orders, 'Tier', 'Gold', 'set'),
      tag(column('email', 'table'), 'PII', 'Sensitive'),
      tag(orders, 'old', null),
      tag(column('email', 'table'), 'Domain', 'Sales'),
      tag(orders, 'older', null),
      tag(schema, 'Tier', 'Gold'),
      tag(column('id', 'table'), 'PII', 'None'),
    ];
    expect(dialect.compile(changes, {})).toEqual([
      { sql: "ALTER TABLE `main`.`sales`.`orders` SET TAGS ('PII' = 'None', 'Tier' = 'Gold')", changes: [0, 2] },
      { sql: "COMMENT ON TABLE `main`.`sales`.`orders` IS 'Orders'", changes: [1] },
      { sql: "ALTER TABLE `main`.`sales`.`orders` ALTER COLUMN `email` SET TAGS ('PII' = 'Sensitive', 'Domain' = 'Sales')", changes: [3, 5] },
      { sql: "ALTER TABLE `main`.`sales`.`orders` UNSET TAGS ('old', 'older')", changes: [4, 6] },
      { sql: "ALTER SCHEMA `main`.`sales` SET TAGS ('Tier' = 'Gold')", changes: [7] },
      { sql: "ALTER TABLE `main`.`sales`.`orders` ALTER COLUMN `id` SET TAGS ('PII' = 'None')", changes: [8] },
    ]);
  });

  it('keeps objects of the same name in different schemas apart, and does not batch column comments', () => {
    const other: ObjectRef = { ...column('id', 'table'), schema: 'staging' };
    expect(
      dialect.compile([change(column('id', 'table'), 'description', 'a'), change(other, 'description', 'b'), change(column('x', 'table'), 'description', 'c')], {}).map((s) => s.sql),
    ).toEqual([
      "ALTER TABLE `main`.`sales`.`orders` ALTER COLUMN `id` COMMENT 'a'",
      "ALTER TABLE `main`.`staging`.`orders` ALTER COLUMN `id` COMMENT 'b'",
      "ALTER TABLE `main`.`sales`.`orders` ALTER COLUMN `x` COMMENT 'c'",
    ]);
  });

  it('treats a relation as a streaming table only when the compile context says so', () => {
    const events = relation('table', 'events');
    expect(sqlOf(tag(events, 'k', 'v'))).toBe("ALTER TABLE `main`.`sales`.`events` SET TAGS ('k' = 'v')");
    expect(sqlOf(tag(events, 'k', 'v'), { streamingTables: [['main', 'sales', 'other']] })).toBe("ALTER TABLE `main`.`sales`.`events` SET TAGS ('k' = 'v')");
    expect(sqlOf(tag(events, 'k', 'v'), STREAMING)).toBe("ALTER STREAMING TABLE `main`.`sales`.`events` SET TAGS ('k' = 'v')");
  });

  it.each<[string, Change, RegExp]>([
    ['a column owner', change(column(), 'owner', 'x'), /columns have no owner/],
    ['an owner removal', change(relation(), 'owner', null), /always have an owner/],
    ['a tag change without its key', change(relation(), 'tag', 'v', 'add'), /needs its tag key/],
    ['a table without schema', change({ kind: 'table', database: 'main', table: 't' }, 'description', 'x'), /needs its schema/],
    ['an empty name', change({ ...schema, schema: '' }, 'description', 'x'), /cannot be empty/],
    ['a name Spark would substitute into', change({ ...schema, schema: 'a${b}' }, 'description', 'x'), /substitute/],
  ])('refuses %s', (_name, one, message) => {
    expect(() => dialect.compile([one], {})).toThrow(message);
  });

  it("clears through a template with '' (both COMMENT ON ... IS and ALTER COLUMN ... COMMENT take it)", () => {
    expect(dialect.nullLiteral).toBe("''");
  });
});

describe('unitycatalog dialect: custom templates', () => {
  const templates: SqlTemplates = {
    tableDescription: 'COMMENT ON TABLE {database}.{schema}.{table} IS {description}',
    columnTagSet: 'SET TAG ON COLUMN {database}.{schema}.{table}.{column} {tag_key} = {tag_value}',
    columnTagUnset: 'UNSET TAG ON COLUMN {database}.{schema}.{table}.{column} {tag_key}',
  };

  it('replaces the built-in statement of its operation, one statement per change, and batches the rest', () => {
    const email = column('email', 'table');
    const changes = [
      change(relation('view'), 'description', "it's"),
      tag(email, 'PII', 'Sensitive'),
      tag(email, 'Old', null),
      tag(relation('table'), 'PII', 'None'),
      tag(relation('table'), 'Tier', 'Gold'),
    ];
    expect(dialect.compile(changes, templates)).toEqual([
      { sql: "COMMENT ON TABLE `main`.`sales`.`orders` IS 'it\\'s'", changes: [0] },
      { sql: "SET TAG ON COLUMN `main`.`sales`.`orders`.`email` `PII` = 'Sensitive'", changes: [1] },
      { sql: 'UNSET TAG ON COLUMN `main`.`sales`.`orders`.`email` `Old`', changes: [2] },
      { sql: "ALTER TABLE `main`.`sales`.`orders` SET TAGS ('PII' = 'None', 'Tier' = 'Gold')", changes: [3, 4] },
    ]);
  });

  it('substitutes a clear as an empty literal', () => {
    expect(sqlOf(change(relation(), 'description', null), undefined, templates)).toBe("COMMENT ON TABLE `main`.`sales`.`orders` IS ''");
  });

  it('does not expand placeholders that arrive inside values or names', () => {
    expect(sqlOf(change({ ...relation(), table: '{schema}' }, 'description', '{table} ${x}'), undefined, templates)).toBe(
      "COMMENT ON TABLE `main`.`sales`.`{schema}` IS '{table} $\\{x}'",
    );
  });

  it('quotes tag placeholders for Databricks', () => {
    expect(compileTemplate('{tags}', tag(relation(), "k'`", "it's"), dialect)).toBe("`k'``` = 'it\\'s'");
  });
});

// ---------------------------------------------------------------------------------------
// The hostile corpus, read back as Databricks reads it.

function readLiteral(sql: string): string {
  const p = new Parser(tokenize(sql));
  const value = p.string();
  p.end();
  return value;
}

function readName(sql: string): string[] {
  const p = new Parser(tokenize(sql));
  const parts = p.multipartName();
  p.end();
  return parts;
}

describe('unitycatalog quoting: the hostile corpus', () => {
  it.each(HOSTILE_VALUES.map((c) => [c.name, c.value] as const))('value: %s', (_name, value) => {
    const literal = quoteLiteral(value);
    expect(readLiteral(literal)).toBe(value);
    // Control characters never appear raw, so the plan shows them.
    expect(/[\u0000-\u001f\u007f]/.test(literal)).toBe(false);
  });

  it.each(HOSTILE_IDENTIFIERS.map((c) => [c.name, c.value] as const))('name: %s', (_name, name) => {
    expect(readName(quoteIdentifier(name))).toEqual([name]);
    expect(readName(`${quoteIdentifier('main')}.${quoteIdentifier(name)}.${quoteIdentifier(name)}`)).toEqual(['main', name, name]);
  });

  it('stores every hostile value, on every level, byte for byte through the fake workspace', () => {
    const workspace = FakeWorkspace.fromInformationSchema(
      {
        catalogs: [{ catalog_name: 'main', catalog_owner: 'admins', comment: null }],
        schemata: [{ catalog_name: 'main', schema_name: 'sales', schema_owner: 'admins', comment: null }],
        tables: [
          { table_catalog: 'main', table_schema: 'sales', table_name: 'orders', table_type: 'MANAGED', table_owner: 'admins', comment: null },
          { table_catalog: 'main', table_schema: 'sales', table_name: 'v', table_type: 'VIEW', table_owner: 'admins', comment: null },
        ],
        columns: [
          { table_catalog: 'main', table_schema: 'sales', table_name: 'orders', column_name: 'id', ordinal_position: 0, comment: null },
          { table_catalog: 'main', table_schema: 'sales', table_name: 'v', column_name: 'id', ordinal_position: 0, comment: null },
        ],
      },
      { mode: 'uc' },
    );
    const orders = workspace.table('main', 'sales', 'orders');
    for (const { name, value } of HOSTILE_VALUES) {
      const statements = dialect.compile(
        [
          change(catalog, 'description', value),
          change(schema, 'description', value),
          change(relation('table'), 'description', value),
          change(column('id', 'table'), 'description', value),
          change(column('id', 'view', 'v'), 'description', value),
          tag(relation('table'), 'hostile', value.slice(0, 1000)),
          tag(column('id', 'table'), 'hostile', value.slice(0, 1000)),
        ],
        {},
      );
      for (const statement of statements) workspace.execute(statement.sql);
      const read = {
        catalog: workspace.catalog('main').comment,
        schema: workspace.schema('main', 'sales').comment,
        table: orders.comment,
        column: orders.columns[0]!.comment,
        viewColumn: workspace.table('main', 'sales', 'v').columns[0]!.comment,
        tableTag: orders.tags.get('hostile'),
        columnTag: orders.columns[0]!.tags.get('hostile'),
      };
      expect(read, name).toEqual({ catalog: value, schema: value, table: value, column: value, viewColumn: value, tableTag: value.slice(0, 1000), columnTag: value.slice(0, 1000) });
    }
  });
});
