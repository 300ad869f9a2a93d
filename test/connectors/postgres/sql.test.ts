/**
 * Golden SQL of the postgres dialect for every statement kind, custom templates, and the
 * hostile corpus compiled and parsed back (the engine round trips are in pglite/pg15).
 */
import { describe, expect, it } from 'vitest';
import { postgres } from '../../../src/connectors/postgres/index.js';
import { quoteIdentifier, quoteLiteral } from '../../../src/connectors/postgres/sql.js';
import { compileTemplate, templateName } from '../../../src/connectors/template.js';
import type { SqlTemplates } from '../../../src/connectors/types.js';
import type { ObjectRef, RelationKind } from '../../../src/model/types.js';
import type { Change } from '../../../src/plan/types.js';
import { HOSTILE_IDENTIFIERS, HOSTILE_VALUES } from '../../corpus/hostile.js';
import { change } from './fixtures.js';

const { dialect } = postgres;

const database: ObjectRef = { kind: 'database', database: 'analytics' };
const schema: ObjectRef = { kind: 'schema', database: 'analytics', schema: 'public' };
const table = (relation?: RelationKind): ObjectRef => ({
  kind: 'table',
  database: 'analytics',
  schema: 'public',
  table: 'orders',
  ...(relation ? { relation } : {}),
});
const column = (relation?: RelationKind): ObjectRef => ({ ...table(relation), kind: 'column', column: 'id' });

function sqlOf(one: Change, templates: SqlTemplates = {}): string {
  const [statement, ...rest] = dialect.compile([one], templates);
  expect(rest).toEqual([]);
  expect(statement?.changes).toEqual([0]);
  return statement!.sql;
}

const GOLDEN: [string, Change, string][] = [
  ['database description', change(database, 'description', 'Warehouse'), `COMMENT ON DATABASE "analytics" IS 'Warehouse'`],
  ['database description clear', change(database, 'description', null), `COMMENT ON DATABASE "analytics" IS NULL`],
  ['schema description', change(schema, 'description', 'Core'), `COMMENT ON SCHEMA "public" IS 'Core'`],
  ['schema description clear', change(schema, 'description', null), `COMMENT ON SCHEMA "public" IS NULL`],
  ['table without relation', change(table(), 'description', 'x'), `COMMENT ON TABLE "public"."orders" IS 'x'`],
  ['table', change(table('table'), 'description', 'x'), `COMMENT ON TABLE "public"."orders" IS 'x'`],
  ['table clear', change(table('table'), 'description', null), `COMMENT ON TABLE "public"."orders" IS NULL`],
  ['partitioned table', change(table('partitioned_table'), 'description', 'x'), `COMMENT ON TABLE "public"."orders" IS 'x'`],
  ['partitioned table clear', change(table('partitioned_table'), 'description', null), `COMMENT ON TABLE "public"."orders" IS NULL`],
  ['view', change(table('view'), 'description', 'x'), `COMMENT ON VIEW "public"."orders" IS 'x'`],
  ['view clear', change(table('view'), 'description', null), `COMMENT ON VIEW "public"."orders" IS NULL`],
  ['materialized view', change(table('materialized_view'), 'description', 'x'), `COMMENT ON MATERIALIZED VIEW "public"."orders" IS 'x'`],
  ['materialized view clear', change(table('materialized_view'), 'description', null), `COMMENT ON MATERIALIZED VIEW "public"."orders" IS NULL`],
  ['foreign table', change(table('foreign_table'), 'description', 'x'), `COMMENT ON FOREIGN TABLE "public"."orders" IS 'x'`],
  ['foreign table clear', change(table('foreign_table'), 'description', null), `COMMENT ON FOREIGN TABLE "public"."orders" IS NULL`],
  ['column', change(column('table'), 'description', 'Key'), `COMMENT ON COLUMN "public"."orders"."id" IS 'Key'`],
  ['column clear', change(column(), 'description', null), `COMMENT ON COLUMN "public"."orders"."id" IS NULL`],
  ['column of a view', change(column('view'), 'description', 'Key'), `COMMENT ON COLUMN "public"."orders"."id" IS 'Key'`],
  ['column of a materialized view', change(column('materialized_view'), 'description', 'Key'), `COMMENT ON COLUMN "public"."orders"."id" IS 'Key'`],
  ['database owner', change(database, 'owner', 'dp'), `ALTER DATABASE "analytics" OWNER TO "dp"`],
  ['schema owner', change(schema, 'owner', 'dp'), `ALTER SCHEMA "public" OWNER TO "dp"`],
  ['table owner', change(table('table'), 'owner', 'dp'), `ALTER TABLE "public"."orders" OWNER TO "dp"`],
  ['table owner without relation', change(table(), 'owner', 'dp'), `ALTER TABLE "public"."orders" OWNER TO "dp"`],
  ['partitioned table owner', change(table('partitioned_table'), 'owner', 'dp'), `ALTER TABLE "public"."orders" OWNER TO "dp"`],
  ['view owner', change(table('view'), 'owner', 'dp'), `ALTER VIEW "public"."orders" OWNER TO "dp"`],
  ['materialized view owner', change(table('materialized_view'), 'owner', 'dp'), `ALTER MATERIALIZED VIEW "public"."orders" OWNER TO "dp"`],
  ['foreign table owner', change(table('foreign_table'), 'owner', 'dp'), `ALTER FOREIGN TABLE "public"."orders" OWNER TO "dp"`],
  [
    'identifiers needing quoting',
    change({ kind: 'column', database: 'a', schema: 'Sales "EU"', table: 'order.lines', column: 'select' }, 'description', 'x'),
    `COMMENT ON COLUMN "Sales ""EU"""."order.lines"."select" IS 'x'`,
  ],
  ['role needing quoting', change(schema, 'owner', 'Data Team "A"'), `ALTER SCHEMA "public" OWNER TO "Data Team ""A"""`],
  ['database needing quoting', change({ kind: 'database', database: 'My DB' }, 'description', 'x'), `COMMENT ON DATABASE "My DB" IS 'x'`],
  ['quote in a value', change(schema, 'description', "it's"), `COMMENT ON SCHEMA "public" IS 'it''s'`],
  ['backslash in a value', change(schema, 'description', "C:\\it's\\"), `COMMENT ON SCHEMA "public" IS E'C:\\\\it''s\\\\'`],
  ['empty string', change(schema, 'description', '', 'set'), `COMMENT ON SCHEMA "public" IS ''`],
];

describe('postgres dialect: golden SQL', () => {
  it.each(GOLDEN)('%s', (_name, one, expected) => {
    expect(sqlOf(one)).toBe(expected);
  });

  it('compiles one statement per change, in input order', () => {
    const changes = [change(table('view'), 'owner', 'a'), change(database, 'description', 'b'), change(column(), 'description', null)];
    expect(dialect.compile(changes, {})).toEqual([
      { sql: `ALTER VIEW "public"."orders" OWNER TO "a"`, changes: [0] },
      { sql: `COMMENT ON DATABASE "analytics" IS 'b'`, changes: [1] },
      { sql: `COMMENT ON COLUMN "public"."orders"."id" IS NULL`, changes: [2] },
    ]);
  });

  it('uses NULL as the null literal', () => {
    expect(dialect.nullLiteral).toBe('NULL');
  });

  it.each<[string, Change, RegExp]>([
    ['a tag', { ...change(table(), 'tag', 'Sensitive', 'add'), tag: 'PII' }, /no tags/],
    ['a column owner', change(column(), 'owner', 'dp'), /columns have no owner/],
    ['an owner clear', change(table(), 'owner', null), /cannot clear an owner/],
    ['an external table', change(table('external_table'), 'description', 'x'), /no external_table relations/],
    ['a table without schema', change({ kind: 'table', database: 'a', table: 't' }, 'description', 'x'), /needs its schema/],
    ['a NUL in a value', change(schema, 'description', 'a\0b'), /NUL/],
  ])('refuses %s', (_name, one, message) => {
    expect(() => dialect.compile([one], {})).toThrow(message);
  });
});

describe('postgres dialect: custom templates', () => {
  const templates: SqlTemplates = {
    tableDescription: 'COMMENT ON TABLE {database}.{schema}.{table} IS {description} /* custom */',
    columnDescription: 'SELECT set_col({schema}, {table}, {column}, {description})',
    schemaOwner: 'ALTER SCHEMA {schema} OWNER TO {owner}; GRANT USAGE ON SCHEMA {schema} TO {owner}',
  };

  it.each<[string, Change, string]>([
    ['table description', change(table('view'), 'description', "it's"), `COMMENT ON TABLE "analytics"."public"."orders" IS 'it''s' /* custom */`],
    ['table description clear', change(table(), 'description', null), `COMMENT ON TABLE "analytics"."public"."orders" IS NULL /* custom */`],
    ['column description', change(column(), 'description', 'a\\b'), `SELECT set_col("public", "orders", "id", E'a\\\\b')`],
    ['schema owner', change(schema, 'owner', 'Data "T"'), `ALTER SCHEMA "public" OWNER TO "Data ""T"""; GRANT USAGE ON SCHEMA "public" TO "Data ""T"""`],
    ['no template for database description', change(database, 'description', 'x'), `COMMENT ON DATABASE "analytics" IS 'x'`],
  ])('%s', (_name, one, expected) => {
    expect(sqlOf(one, templates)).toBe(expected);
  });

  it('does not expand placeholders that arrive inside values', () => {
    const sql = sqlOf(change(table(), 'description', '{table} {description}'), templates);
    expect(sql).toBe(`COMMENT ON TABLE "analytics"."public"."orders" IS '{table} {description}' /* custom */`);
  });

  it('leaves braces around other words as written', () => {
    expect(compileTemplate('SELECT {unknown}, {schema}', change(schema, 'description', 'x'), dialect)).toBe(
      'SELECT {unknown}, "public"',
    );
  });

  it.each<[string, string, Change]>([
    ['column in a table template', 'COMMENT ON {column}', change(table(), 'description', 'x')],
    ['owner in a description template', 'X {owner}', change(table(), 'description', 'x')],
    ['description in an owner template', 'X {description}', change(table(), 'owner', 'dp')],
    ['tag key in a description template', 'X {tag_key}', change(table(), 'description', 'x')],
  ])('throws on a placeholder the change lacks: %s', (_name, template, one) => {
    const placeholder = /\{([a-z_]+)\}/.exec(template)![1]!;
    expect(() => compileTemplate(template, one, dialect)).toThrow(`{${placeholder}}`);
  });

  it('compiles tag placeholders: key as identifier, value as literal', () => {
    const add: Change = { ...change(column(), 'tag', "Sensit'ive", 'add'), tag: 'PII "x"' };
    expect(compileTemplate('SET TAG {tag_key} = {tag_value}; SET TAGS ({tags})', add, dialect)).toBe(
      `SET TAG "PII ""x""" = 'Sensit''ive'; SET TAGS ("PII ""x""" = 'Sensit''ive')`,
    );
    const remove: Change = { ...add, action: 'remove', before: 'Old', after: null };
    expect(compileTemplate('UNSET TAG {tag_key} /* was {tag_value} */', remove, dialect)).toBe(
      `UNSET TAG "PII ""x""" /* was 'Old' */`,
    );
  });

  it.each<[Change, string]>([
    [change(database, 'description', 'x'), 'databaseDescription'],
    [change(schema, 'owner', 'x'), 'schemaOwner'],
    [{ ...change(table(), 'tag', 'v', 'add'), tag: 'k' }, 'tableTagSet'],
    [{ ...change(column(), 'tag', 'v', 'set'), tag: 'k' }, 'columnTagSet'],
    [{ ...change(column(), 'tag', null, 'remove'), tag: 'k' }, 'columnTagUnset'],
  ])('names the template of %o as %s', (one, name) => {
    expect(templateName(one)).toBe(name);
  });
});

// A reader of PostgreSQL's literal and identifier syntax, to prove what the server will see.

/** Reads a `'...'` or `E'...'` literal at `at`; returns its value and where it ends. */
function readLiteral(sql: string, at: number): { value: string; end: number } {
  const escape = sql[at] === 'E';
  let i = at + (escape ? 2 : 1);
  expect(sql[i - 1]).toBe("'");
  let value = '';
  for (;;) {
    const ch = sql[i];
    if (ch === undefined) throw new Error('unterminated literal');
    if (ch === "'" && sql[i + 1] === "'") {
      value += "'";
      i += 2;
    } else if (ch === "'") {
      return { value, end: i + 1 };
    } else if (escape && ch === '\\') {
      // Only `\\` is produced; any other escape would change the value.
      expect(sql[i + 1]).toBe('\\');
      value += '\\';
      i += 2;
    } else {
      value += ch;
      i += 1;
    }
  }
}

/** Reads a `"..."` identifier at `at`. */
function readIdentifier(sql: string, at: number): { value: string; end: number } {
  expect(sql[at]).toBe('"');
  let i = at + 1;
  let value = '';
  for (;;) {
    const ch = sql[i];
    if (ch === undefined) throw new Error('unterminated identifier');
    if (ch === '"' && sql[i + 1] === '"') {
      value += '"';
      i += 2;
    } else if (ch === '"') {
      return { value, end: i + 1 };
    } else {
      value += ch;
      i += 1;
    }
  }
}

/** `COMMENT ON COLUMN "s"."t"."c" IS <literal>` with nothing before, between or after. */
function parseColumnComment(sql: string): { names: string[]; value: string } {
  const prefix = 'COMMENT ON COLUMN ';
  expect(sql.startsWith(prefix)).toBe(true);
  const names: string[] = [];
  let at = prefix.length;
  for (let part = 0; part < 3; part++) {
    const identifier = readIdentifier(sql, at);
    names.push(identifier.value);
    at = identifier.end + (part < 2 ? 1 : 0);
    if (part < 2) expect(sql[at - 1]).toBe('.');
  }
  expect(sql.slice(at, at + 4)).toBe(' IS ');
  const literal = readLiteral(sql, at + 4);
  expect(literal.end).toBe(sql.length);
  return { names, value: literal.value };
}

describe('postgres dialect: hostile corpus', () => {
  it.each(HOSTILE_VALUES)('compiles value "$name" as one literal that reads back unchanged', ({ value }) => {
    const sql = sqlOf(change(column(), 'description', value));
    expect(parseColumnComment(sql)).toEqual({ names: ['public', 'orders', 'id'], value });
    // Safe under either standard_conforming_strings: a backslash only ever appears in E'...'.
    expect(value.includes('\\')).toBe(sql.includes(" IS E'"));
  });

  it.each(HOSTILE_IDENTIFIERS)('compiles identifier "$name" as one quoted name', ({ value }) => {
    const sql = sqlOf(change({ kind: 'column', database: value, schema: value, table: value, column: value }, 'description', value));
    expect(parseColumnComment(sql)).toEqual({ names: [value, value, value], value });
  });

  it('quotes a literal that is only quotes and backslashes', () => {
    expect(quoteLiteral("'")).toBe("''''");
    expect(quoteLiteral('\\')).toBe("E'\\\\'");
    expect(quoteIdentifier('"')).toBe('""""');
  });
});
