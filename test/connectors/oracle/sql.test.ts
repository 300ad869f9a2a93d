/**
 * Golden SQL of the oracle dialect for every statement kind, custom templates, and the
 * hostile corpus compiled and read back by a reader of Oracle's literal and quoted-name
 * syntax. Names that Oracle cannot hold (a double quote) are refused, never mangled.
 */
import { describe, expect, it } from 'vitest';
import { oracle } from '../../../src/connectors/oracle/index.js';
import { quoteIdentifier, quoteLiteral } from '../../../src/connectors/oracle/sql.js';
import { compileTemplate } from '../../../src/connectors/template.js';
import type { SqlTemplates } from '../../../src/connectors/types.js';
import type { ObjectRef, RelationKind } from '../../../src/model/types.js';
import type { Change } from '../../../src/plan/types.js';
import { HOSTILE_IDENTIFIERS, HOSTILE_VALUES } from '../../corpus/hostile.js';
import { change } from './fixtures.js';

const { dialect } = oracle;

const table = (relation?: RelationKind, name = 'ORDERS'): ObjectRef => ({
  kind: 'table',
  database: 'default',
  schema: 'SALES',
  table: name,
  ...(relation ? { relation } : {}),
});
const column = (relation?: RelationKind): ObjectRef => ({ ...table(relation), kind: 'column', column: 'ORDER_ID' });

function sqlOf(one: Change, templates: SqlTemplates = {}): string {
  const [statement, ...rest] = dialect.compile([one], templates);
  expect(rest).toEqual([]);
  expect(statement?.changes).toEqual([0]);
  return statement!.sql;
}

const GOLDEN: [string, Change, string][] = [
  ['table comment', change(table('table'), 'description', 'x'), `COMMENT ON TABLE "SALES"."ORDERS" IS 'x'`],
  ['table without relation', change(table(), 'description', 'x'), `COMMENT ON TABLE "SALES"."ORDERS" IS 'x'`],
  ['table comment clear', change(table('table'), 'description', null, 'x'), `COMMENT ON TABLE "SALES"."ORDERS" IS ''`],
  ['view comment (COMMENT ON TABLE)', change(table('view'), 'description', 'x'), `COMMENT ON TABLE "SALES"."ORDERS" IS 'x'`],
  ['materialized view comment', change(table('materialized_view'), 'description', 'x'), `COMMENT ON MATERIALIZED VIEW "SALES"."ORDERS" IS 'x'`],
  ['materialized view clear', change(table('materialized_view'), 'description', null, 'x'), `COMMENT ON MATERIALIZED VIEW "SALES"."ORDERS" IS ''`],
  ['column comment', change(column('table'), 'description', 'Key'), `COMMENT ON COLUMN "SALES"."ORDERS"."ORDER_ID" IS 'Key'`],
  ['column comment clear', change(column('table'), 'description', null, 'Key'), `COMMENT ON COLUMN "SALES"."ORDERS"."ORDER_ID" IS ''`],
  ['column of a view', change(column('view'), 'description', 'Key'), `COMMENT ON COLUMN "SALES"."ORDERS"."ORDER_ID" IS 'Key'`],
  ['column of a materialized view', change(column('materialized_view'), 'description', 'Key'), `COMMENT ON COLUMN "SALES"."ORDERS"."ORDER_ID" IS 'Key'`],
  [
    'names exactly as stored, lower or mixed case included',
    change({ kind: 'column', database: 'default', schema: 'Mixed', table: 'order lines', column: 'select' }, 'description', 'x'),
    `COMMENT ON COLUMN "Mixed"."order lines"."select" IS 'x'`,
  ],
  ['quote in a value', change(table(), 'description', "it's"), `COMMENT ON TABLE "SALES"."ORDERS" IS 'it''s'`],
  ['backslashes are ordinary', change(table(), 'description', 'C:\\dir\\'), `COMMENT ON TABLE "SALES"."ORDERS" IS 'C:\\dir\\'`],
  ['line breaks stay raw', change(table(), 'description', 'a\nb\r\nc'), `COMMENT ON TABLE "SALES"."ORDERS" IS 'a\nb\r\nc'`],
  ['bind markers inside a literal', change(table(), 'description', ':name :1 ?'), `COMMENT ON TABLE "SALES"."ORDERS" IS ':name :1 ?'`],
  ['q-quote look-alikes', change(table(), 'description', "q'[x]'"), `COMMENT ON TABLE "SALES"."ORDERS" IS 'q''[x]'''`],
];

describe('oracle dialect: golden SQL', () => {
  it.each(GOLDEN)('%s', (_name, one, expected) => {
    expect(sqlOf(one)).toBe(expected);
  });

  it("clears with '' (which is NULL in Oracle)", () => {
    expect(dialect.nullLiteral).toBe("''");
  });

  it('compiles the changes of different tables as one COMMENT each, in order', () => {
    const changes = [change(column(), 'description', 'a'), change({ ...table(), table: 'B' }, 'description', 'b'), change({ ...table(), table: 'C' }, 'description', 'c')];
    expect(dialect.compile(changes, {})).toEqual([
      { sql: `COMMENT ON COLUMN "SALES"."ORDERS"."ORDER_ID" IS 'a'`, changes: [0] },
      { sql: `COMMENT ON TABLE "SALES"."B" IS 'b'`, changes: [1] },
      { sql: `COMMENT ON TABLE "SALES"."C" IS 'c'`, changes: [2] },
    ]);
  });

  it.each<[string, Change, RegExp]>([
    ['a database comment', change({ kind: 'database', database: 'default' }, 'description', 'x'), /no comments on a database/],
    ['a schema comment', change({ kind: 'schema', database: 'default', schema: 'SALES' }, 'description', 'x'), /no comments on a schema/],
    ['an owner', change(table(), 'owner', 'APP'), /objects belong to their schema: there is no owner to change/],
    ['a tag', { ...change(table(), 'tag', 'Sensitive'), action: 'add', tag: 'PII' }, /no tags/],
    ['a name with a double quote', change({ ...table(), table: 'a"b' }, 'description', 'x'), /cannot contain a double quote/],
    ['an empty name', change({ ...table(), schema: '' }, 'description', 'x'), /cannot be empty/],
    ['a NUL in a value', change(table(), 'description', 'a\0b'), /NUL/],
  ])('refuses %s', (_name, one, message) => {
    expect(() => dialect.compile([one], {})).toThrow(message);
  });
});

describe('oracle dialect: custom templates', () => {
  const templates: SqlTemplates = { tableDescription: 'COMMENT ON TABLE {schema}.{table} IS {description}' };

  it('substitutes quoted names and literals, and clears with an empty literal', () => {
    expect(sqlOf(change(table(), 'description', "it's"), templates)).toBe(`COMMENT ON TABLE "SALES"."ORDERS" IS 'it''s'`);
    expect(sqlOf(change(table(), 'description', null, 'x'), templates)).toBe(`COMMENT ON TABLE "SALES"."ORDERS" IS ''`);
  });

  it('does not expand placeholders that arrive inside values or names', () => {
    expect(sqlOf(change({ ...table(), table: '{schema}' }, 'description', '{table} {description}'), templates)).toBe(
      `COMMENT ON TABLE "SALES"."{schema}" IS '{table} {description}'`,
    );
  });

  it('quotes tag placeholders for Oracle', () => {
    const add: Change = { ...change(column(), 'tag', "it's"), action: 'add', tag: 'PII' };
    expect(compileTemplate('{tag_key} = {tag_value}', add, dialect)).toBe(`"PII" = 'it''s'`);
  });
});

// A reader of Oracle's syntax: '...' with '' for ' (no other escape), "..." with no escape.

function readLiteral(sql: string, at: number): { value: string; end: number } {
  expect(sql[at]).toBe("'");
  let value = '';
  let i = at + 1;
  for (;;) {
    const ch = sql[i];
    if (ch === undefined) throw new Error('unterminated literal');
    if (ch === "'") {
      if (sql[i + 1] !== "'") return { value, end: i + 1 };
      value += "'";
      i += 2;
      continue;
    }
    value += ch;
    i += 1;
  }
}

function readName(sql: string, at: number): { value: string; end: number } {
  expect(sql[at]).toBe('"');
  const end = sql.indexOf('"', at + 1);
  expect(end).toBeGreaterThan(at);
  return { value: sql.slice(at + 1, end), end: end + 1 };
}

/** `COMMENT ON COLUMN "s"."t"."c" IS '...'` with nothing before, between or after. */
function parseColumnComment(sql: string): { names: string[]; value: string } {
  const prefix = 'COMMENT ON COLUMN ';
  expect(sql.startsWith(prefix)).toBe(true);
  const names: string[] = [];
  let at = prefix.length;
  for (let i = 0; i < 3; i++) {
    const name = readName(sql, at);
    names.push(name.value);
    at = name.end + (i < 2 ? 1 : 0);
    if (i < 2) expect(sql[name.end]).toBe('.');
  }
  expect(sql.slice(at, at + 4)).toBe(' IS ');
  const literal = readLiteral(sql, at + 4);
  expect(literal.end).toBe(sql.length);
  return { names, value: literal.value };
}

const QUOTED = HOSTILE_IDENTIFIERS.filter((identifier) => identifier.value.includes('"'));

describe('oracle dialect: hostile corpus', () => {
  it.each(HOSTILE_VALUES)('compiles value "$name" as one literal that reads back unchanged', ({ value }) => {
    expect(parseColumnComment(sqlOf(change(column(), 'description', value)))).toEqual({ names: ['SALES', 'ORDERS', 'ORDER_ID'], value });
  });

  it('the corpus has names Oracle cannot hold', () => {
    expect(QUOTED.map((identifier) => identifier.name)).toEqual(['double quote', 'only double quotes', 'injection']);
  });

  it.each(HOSTILE_IDENTIFIERS.filter((identifier) => !QUOTED.includes(identifier)))('compiles identifier "$name" as one quoted name', ({ value }) => {
    const one = change({ kind: 'column', database: 'default', schema: value, table: value, column: value }, 'description', value);
    expect(parseColumnComment(sqlOf(one))).toEqual({ names: [value, value, value], value });
  });

  it.each(QUOTED)('refuses identifier "$name" instead of mangling it', ({ value }) => {
    expect(() => sqlOf(change({ ...column(), column: value }, 'description', 'x'))).toThrow(/cannot contain a double quote/);
    expect(() => quoteIdentifier(value)).toThrow(/cannot contain a double quote/);
  });

  it('quotes a value that is only quotes', () => {
    expect(quoteLiteral("'")).toBe("''''");
    expect(quoteLiteral("''")).toBe("''''''");
    expect(quoteLiteral('\\')).toBe("'\\'");
  });
});

/** The statements inside `BEGIN EXECUTE IMMEDIATE '…'; … END;`, each literal read back; throws on anything else. */
function parseBlock(sql: string): string[] {
  const lines = ['BEGIN\n', '  EXECUTE IMMEDIATE ', ';\n', 'END;'];
  expect(sql.startsWith(lines[0]!)).toBe(true);
  const statements: string[] = [];
  let at = lines[0]!.length;
  while (sql.startsWith(lines[1]!, at)) {
    const literal = readLiteral(sql, at + lines[1]!.length);
    statements.push(literal.value);
    expect(sql.slice(literal.end, literal.end + 2)).toBe(lines[2]);
    at = literal.end + 2;
  }
  expect(sql.slice(at)).toBe(lines[3]);
  return statements;
}

describe('oracle dialect: a table’s comments in one anonymous block', () => {
  it('compiles one statement per table, in order of first change: several COMMENTs as a block, one as itself', () => {
    const other: ObjectRef = { ...table(), table: 'LINES' };
    const changes = [
      change(column(), 'description', 'a'),
      change(other, 'description', 'x'),
      change({ ...column(), column: 'B' }, 'description', "b's"),
      change(table(), 'description', null, 'c'),
    ];
    expect(dialect.compile(changes, {})).toEqual([
      {
        sql: [
          'BEGIN',
          `  EXECUTE IMMEDIATE 'COMMENT ON COLUMN "SALES"."ORDERS"."ORDER_ID" IS ''a''';`,
          `  EXECUTE IMMEDIATE 'COMMENT ON COLUMN "SALES"."ORDERS"."B" IS ''b''''s''';`,
          `  EXECUTE IMMEDIATE 'COMMENT ON TABLE "SALES"."ORDERS" IS ''''';`,
          'END;',
        ].join('\n'),
        changes: [0, 2, 3],
      },
      { sql: `COMMENT ON TABLE "SALES"."LINES" IS 'x'`, changes: [1] },
    ]);
  });

  it('never puts a custom template’s statement into a block', () => {
    const templates: SqlTemplates = { tableDescription: 'COMMENT ON TABLE {schema}.{table} IS {description}' };
    const changes = [change(column(), 'description', 'a'), change(table(), 'description', 't'), change({ ...column(), column: 'B' }, 'description', 'b')];
    const statements = dialect.compile(changes, templates);
    expect(statements.map((s) => s.changes)).toEqual([[0, 2], [1]]);
    expect(statements[1]!.sql).toBe(`COMMENT ON TABLE "SALES"."ORDERS" IS 't'`);
    expect(parseBlock(statements[0]!.sql)).toEqual([`COMMENT ON COLUMN "SALES"."ORDERS"."ORDER_ID" IS 'a'`, `COMMENT ON COLUMN "SALES"."ORDERS"."B" IS 'b'`]);
  });

  it('starts a new block after 200 COMMENTs of one table', () => {
    const changes = Array.from({ length: 401 }, (_, i) => change({ ...column(), column: `C${i}` }, 'description', `d${i}`));
    const statements = dialect.compile(changes, {});
    expect(statements.map((s) => s.changes.length)).toEqual([200, 200, 1]);
    expect(parseBlock(statements[1]!.sql)[0]).toBe(`COMMENT ON COLUMN "SALES"."ORDERS"."C200" IS 'd200'`);
  });

  it.each(HOSTILE_VALUES)('carries value "$name" through both levels of quoting unchanged', ({ value }) => {
    const [statement, ...rest] = dialect.compile([change(column(), 'description', value), change({ ...column(), column: 'B' }, 'description', value)], {});
    expect(rest).toEqual([]);
    const inner = parseBlock(statement!.sql);
    expect(inner.map(parseColumnComment)).toEqual([
      { names: ['SALES', 'ORDERS', 'ORDER_ID'], value },
      { names: ['SALES', 'ORDERS', 'B'], value },
    ]);
  });

  it.each(HOSTILE_IDENTIFIERS.filter((identifier) => !QUOTED.includes(identifier)))('carries identifier "$name" through both levels unchanged', ({ value }) => {
    const at = { kind: 'column', database: 'default', schema: value, table: value, column: value } as const;
    const [statement] = dialect.compile([change(at, 'description', 'x'), change({ ...at, column: `${value}2` }, 'description', value)], {});
    expect(parseBlock(statement!.sql).map(parseColumnComment)).toEqual([
      { names: [value, value, value], value: 'x' },
      { names: [value, value, `${value}2`], value },
    ]);
  });
});
