/**
 * Golden SQL of the redshift dialect for every statement kind, where it differs from
 * PostgreSQL's (string literals, relation keywords), custom templates, and the hostile corpus
 * compiled and parsed back with Redshift's literal syntax (the engine round trips are in
 * engines.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { dialect as postgresDialect } from '../../../src/connectors/postgres/sql.js';
import { redshift } from '../../../src/connectors/redshift/index.js';
import { quoteIdentifier, quoteLiteral } from '../../../src/connectors/redshift/sql.js';
import type { SqlTemplates } from '../../../src/connectors/types.js';
import type { ObjectRef, RelationKind } from '../../../src/model/types.js';
import type { Change } from '../../../src/plan/types.js';
import { HOSTILE_IDENTIFIERS, HOSTILE_VALUES } from '../../corpus/hostile.js';
import { change } from '../postgres/fixtures.js';

const { dialect } = redshift;

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
  ['view', change(table('view'), 'description', 'x'), `COMMENT ON VIEW "public"."orders" IS 'x'`],
  ['view clear', change(table('view'), 'description', null), `COMMENT ON VIEW "public"."orders" IS NULL`],
  ['late-binding view', change(table('late_binding_view'), 'description', 'x'), `COMMENT ON VIEW "public"."orders" IS 'x'`],
  ['late-binding view clear', change(table('late_binding_view'), 'description', null), `COMMENT ON VIEW "public"."orders" IS NULL`],
  // Redshift's COMMENT takes TABLE or VIEW; a materialized view is a view in its catalog.
  ['materialized view', change(table('materialized_view'), 'description', 'x'), `COMMENT ON VIEW "public"."orders" IS 'x'`],
  ['column', change(column('table'), 'description', 'Key'), `COMMENT ON COLUMN "public"."orders"."id" IS 'Key'`],
  ['column clear', change(column(), 'description', null), `COMMENT ON COLUMN "public"."orders"."id" IS NULL`],
  ['column of a view', change(column('view'), 'description', 'Key'), `COMMENT ON COLUMN "public"."orders"."id" IS 'Key'`],
  ['database owner', change(database, 'owner', 'dp'), `ALTER DATABASE "analytics" OWNER TO "dp"`],
  ['schema owner', change(schema, 'owner', 'dp'), `ALTER SCHEMA "public" OWNER TO "dp"`],
  ['table owner', change(table('table'), 'owner', 'dp'), `ALTER TABLE "public"."orders" OWNER TO "dp"`],
  ['table owner without relation', change(table(), 'owner', 'dp'), `ALTER TABLE "public"."orders" OWNER TO "dp"`],
  // Redshift's grammar (PostgreSQL 8.0) has no ALTER VIEW ... OWNER TO; ALTER TABLE takes views.
  ['view owner', change(table('view'), 'owner', 'dp'), `ALTER TABLE "public"."orders" OWNER TO "dp"`],
  ['late-binding view owner', change(table('late_binding_view'), 'owner', 'dp'), `ALTER TABLE "public"."orders" OWNER TO "dp"`],
  [
    'identifiers needing quoting',
    change({ kind: 'column', database: 'a', schema: 'Sales "EU"', table: 'order.lines', column: 'select' }, 'description', 'x'),
    `COMMENT ON COLUMN "Sales ""EU"""."order.lines"."select" IS 'x'`,
  ],
  ['role needing quoting', change(schema, 'owner', 'Data Team "A"'), `ALTER SCHEMA "public" OWNER TO "Data Team ""A"""`],
  ['database needing quoting', change({ kind: 'database', database: 'My DB' }, 'description', 'x'), `COMMENT ON DATABASE "My DB" IS 'x'`],
  ['quote in a value', change(schema, 'description', "it's"), `COMMENT ON SCHEMA "public" IS 'it''s'`],
  // No E'...' in Redshift: a backslash is an escape inside '...', so it is doubled there.
  ['backslash in a value', change(schema, 'description', "C:\\it's\\"), `COMMENT ON SCHEMA "public" IS 'C:\\\\it''s\\\\'`],
  ['backslash before a quote', change(schema, 'description', "\\'; DROP x; --"), `COMMENT ON SCHEMA "public" IS '\\\\''; DROP x; --'`],
  ['empty string', change(schema, 'description', '', 'set'), `COMMENT ON SCHEMA "public" IS ''`],
];

describe('redshift dialect: golden SQL', () => {
  it.each(GOLDEN)('%s', (_name, one, expected) => {
    expect(sqlOf(one)).toBe(expected);
  });

  it('compiles one statement per change, in input order', () => {
    const changes = [change(table('view'), 'owner', 'a'), change(database, 'description', 'b'), change(column(), 'description', null)];
    expect(dialect.compile(changes, {})).toEqual([
      { sql: `ALTER TABLE "public"."orders" OWNER TO "a"`, changes: [0] },
      { sql: `COMMENT ON DATABASE "analytics" IS 'b'`, changes: [1] },
      { sql: `COMMENT ON COLUMN "public"."orders"."id" IS NULL`, changes: [2] },
    ]);
  });

  it('uses NULL as the null literal', () => {
    expect(dialect.nullLiteral).toBe('NULL');
  });

  it('differs from the postgres dialect only in literals with a backslash and in view owners', () => {
    const same = [
      change(database, 'description', "it's"),
      change(schema, 'owner', 'dp'),
      change(table('table'), 'description', 'x'),
      change(table('view'), 'description', 'x'),
      change(column('view'), 'description', 'x'),
    ];
    expect(dialect.compile(same, {})).toEqual(postgresDialect.compile(same, {}));
  });

  it.each<[string, Change, RegExp]>([
    ['a tag', { ...change(table(), 'tag', 'Sensitive', 'add'), tag: 'PII' }, /^Redshift has no tags$/],
    ['a column owner', change(column(), 'owner', 'dp'), /^Redshift columns have no owner$/],
    ['an owner clear', change(table(), 'owner', null), /^Redshift cannot clear an owner/],
    ['an external table comment', change(table('external_table'), 'description', 'x'), /^Redshift has no external_table relations$/],
    ['an external table owner', change(table('external_table'), 'owner', 'dp'), /^Redshift has no external_table relations$/],
    // Comments on a materialized view are COMMENT ON VIEW (GOLDEN); no statement changes its owner.
    ['a materialized view owner', change(table('materialized_view'), 'owner', 'dp'), /no materialized_view relations/],
    ['a partitioned table', change(table('partitioned_table'), 'description', 'x'), /no partitioned_table relations/],
    ['a foreign table', change(table('foreign_table'), 'owner', 'x'), /no foreign_table relations/],
    ['a table without schema', change({ kind: 'table', database: 'a', table: 't' }, 'description', 'x'), /needs its schema/],
    ['a NUL in a value', change(schema, 'description', 'a\0b'), /^Redshift cannot store a NUL character in a string$/],
    ['a NUL in a name', change({ kind: 'schema', database: 'a', schema: 'a\0b' }, 'description', 'x'), /^Redshift cannot store a NUL character in an identifier$/],
  ])('refuses %s', (_name, one, message) => {
    expect(() => dialect.compile([one], {})).toThrow(message);
  });
});

describe('redshift dialect: custom templates', () => {
  const templates: SqlTemplates = {
    tableDescription: 'COMMENT ON TABLE {database}.{schema}.{table} IS {description} /* custom */',
    columnDescription: 'COMMENT ON COLUMN {schema}.{table}.{column} IS {description}',
    schemaOwner: 'ALTER SCHEMA {schema} OWNER TO {owner}; GRANT USAGE ON SCHEMA {schema} TO {owner}',
  };

  it.each<[string, Change, string]>([
    ['table description', change(table('view'), 'description', "it's"), `COMMENT ON TABLE "analytics"."public"."orders" IS 'it''s' /* custom */`],
    ['table description clear', change(table(), 'description', null), `COMMENT ON TABLE "analytics"."public"."orders" IS NULL /* custom */`],
    ['column description with a backslash', change(column(), 'description', 'a\\b'), `COMMENT ON COLUMN "public"."orders"."id" IS 'a\\\\b'`],
    ['schema owner', change(schema, 'owner', 'Data "T"'), `ALTER SCHEMA "public" OWNER TO "Data ""T"""; GRANT USAGE ON SCHEMA "public" TO "Data ""T"""`],
    ['no template for database description', change(database, 'description', 'x'), `COMMENT ON DATABASE "analytics" IS 'x'`],
  ])('%s', (_name, one, expected) => {
    expect(sqlOf(one, templates)).toBe(expected);
  });

  it('does not expand placeholders that arrive inside values', () => {
    const sql = sqlOf(change(table(), 'description', '{table} {description}'), templates);
    expect(sql).toBe(`COMMENT ON TABLE "analytics"."public"."orders" IS '{table} {description}' /* custom */`);
  });
});

// A reader of Redshift's literal syntax (backslash escapes inside '...'), to prove what the server will see.

/** Reads a `'...'` literal at `at` as Redshift does; returns its value and where it ends. */
function readLiteral(sql: string, at: number): { value: string; end: number } {
  expect(sql[at]).toBe("'");
  let i = at + 1;
  let value = '';
  for (;;) {
    const ch = sql[i];
    if (ch === undefined) throw new Error('unterminated literal');
    if (ch === "'" && sql[i + 1] === "'") {
      value += "'";
      i += 2;
    } else if (ch === "'") {
      return { value, end: i + 1 };
    } else if (ch === '\\') {
      // Only `\\` is produced; any other escape (`\'`, `\n`) would change the value.
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

describe('redshift dialect: hostile corpus', () => {
  it.each(HOSTILE_VALUES)('compiles value "$name" as one literal that reads back unchanged', ({ value }) => {
    const sql = sqlOf(change(column(), 'description', value));
    expect(parseColumnComment(sql)).toEqual({ names: ['public', 'orders', 'id'], value });
    expect(sql).not.toContain(" IS E'");
  });

  it.each(HOSTILE_IDENTIFIERS)('compiles identifier "$name" as one quoted name', ({ value }) => {
    const sql = sqlOf(change({ kind: 'column', database: value, schema: value, table: value, column: value }, 'description', value));
    expect(parseColumnComment(sql)).toEqual({ names: [value, value, value], value });
  });

  it('quotes a literal that is only quotes and backslashes', () => {
    expect(quoteLiteral("'")).toBe("''''");
    expect(quoteLiteral('\\')).toBe("'\\\\'");
    expect(quoteLiteral("\\'")).toBe("'\\\\'''");
    expect(quoteIdentifier('"')).toBe('""""');
  });
});
