/**
 * Golden SQL of the clickhouse dialect for every statement kind, column batching, custom
 * templates, and the hostile corpus compiled and parsed back by a reader of ClickHouse's
 * literal syntax (the engine round trips are in server18/chdb).
 */
import { describe, expect, it } from 'vitest';
import { clickhouse } from '../../../src/connectors/clickhouse/index.js';
import { quoteIdentifier, quoteLiteral } from '../../../src/connectors/clickhouse/sql.js';
import { compileTemplate } from '../../../src/connectors/template.js';
import type { SqlTemplates } from '../../../src/connectors/types.js';
import type { ObjectRef, RelationKind } from '../../../src/model/types.js';
import type { Change } from '../../../src/plan/types.js';
import { HOSTILE_IDENTIFIERS, HOSTILE_VALUES } from '../../corpus/hostile.js';

const { dialect } = clickhouse;

function change(object: ObjectRef, field: Change['field'], after: string | null, action?: Change['action']): Change {
  return { service: 'warehouse', object, field, action: action ?? (after === null ? 'clear' : 'set'), before: null, after, statements: [] };
}

const database: ObjectRef = { kind: 'database', database: 'default' };
const schema: ObjectRef = { kind: 'schema', database: 'default', schema: 'analytics' };
const table = (relation?: RelationKind, name = 'orders'): ObjectRef => ({
  kind: 'table',
  database: 'default',
  schema: 'analytics',
  table: name,
  ...(relation ? { relation } : {}),
});
const column = (name = 'id', relation?: RelationKind, tableName = 'orders'): ObjectRef => ({
  ...table(relation, tableName),
  kind: 'column',
  column: name,
});

function sqlOf(one: Change, templates: SqlTemplates = {}): string {
  const [statement, ...rest] = dialect.compile([one], templates);
  expect(rest).toEqual([]);
  expect(statement?.changes).toEqual([0]);
  return statement!.sql;
}

const GOLDEN: [string, Change, string][] = [
  ['schema description (a ClickHouse database)', change(schema, 'description', 'Core'), "ALTER DATABASE `analytics` MODIFY COMMENT 'Core'"],
  ['schema description clear', change(schema, 'description', null), "ALTER DATABASE `analytics` MODIFY COMMENT ''"],
  ['table description', change(table('table'), 'description', 'x'), "ALTER TABLE `analytics`.`orders` MODIFY COMMENT 'x'"],
  ['table without relation', change(table(), 'description', 'x'), "ALTER TABLE `analytics`.`orders` MODIFY COMMENT 'x'"],
  ['table description clear', change(table('table'), 'description', null), "ALTER TABLE `analytics`.`orders` MODIFY COMMENT ''"],
  ['view description', change(table('view'), 'description', 'x'), "ALTER TABLE `analytics`.`orders` MODIFY COMMENT 'x'"],
  ['materialized view description', change(table('materialized_view'), 'description', 'x'), "ALTER TABLE `analytics`.`orders` MODIFY COMMENT 'x'"],
  ['column description', change(column('id', 'table'), 'description', 'Key'), "ALTER TABLE `analytics`.`orders` COMMENT COLUMN `id` 'Key'"],
  ['column description clear', change(column(), 'description', null), "ALTER TABLE `analytics`.`orders` COMMENT COLUMN `id` ''"],
  ['column of a view', change(column('id', 'view'), 'description', 'Key'), "ALTER TABLE `analytics`.`orders` COMMENT COLUMN `id` 'Key'"],
  [
    'identifiers needing quoting',
    change({ kind: 'column', database: 'default', schema: 'Sales `EU`', table: 'order.lines', column: 'select' }, 'description', 'x'),
    "ALTER TABLE `Sales \\`EU\\``.`order.lines` COMMENT COLUMN `select` 'x'",
  ],
  ['backslash in a name', change({ ...schema, schema: 'a\\b' }, 'description', 'x'), "ALTER DATABASE `a\\\\b` MODIFY COMMENT 'x'"],
  ['quote in a value', change(schema, 'description', "it's"), "ALTER DATABASE `analytics` MODIFY COMMENT 'it\\'s'"],
  ['backslash in a value', change(schema, 'description', 'C:\\dir\\'), "ALTER DATABASE `analytics` MODIFY COMMENT 'C:\\\\dir\\\\'"],
  ['line breaks and tabs', change(schema, 'description', 'a\nb\r\nc\td'), "ALTER DATABASE `analytics` MODIFY COMMENT 'a\\nb\\r\\nc\\td'"],
  ['other control characters', change(schema, 'description', 'bell\u0007 esc\u001b del\u007f'), "ALTER DATABASE `analytics` MODIFY COMMENT 'bell\\x07 esc\\x1B del\\x7F'"],
  ['a would-be \\N', change(schema, 'description', '\\N'), "ALTER DATABASE `analytics` MODIFY COMMENT '\\\\N'"],
  ['empty string', change(schema, 'description', '', 'set'), "ALTER DATABASE `analytics` MODIFY COMMENT ''"],
  ['unicode stays as it is', change(schema, 'description', 'é 🚀 \u2028'), "ALTER DATABASE `analytics` MODIFY COMMENT 'é 🚀 \u2028'"],
];

describe('clickhouse dialect: golden SQL', () => {
  it.each(GOLDEN)('%s', (_name, one, expected) => {
    expect(sqlOf(one)).toBe(expected);
  });

  it("batches all of one table's column comments into one statement, where its first one was", () => {
    const changes = [
      change(table('table', 'orders'), 'description', 'Orders'),
      change(column('id'), 'description', 'Key'),
      change(column('a', 'table', 'customers'), 'description', 'A'),
      change(column('email'), 'description', null),
      change(schema, 'description', 'S'),
      change(column('b', 'table', 'customers'), 'description', "it's"),
      change(column('total'), 'description', 'Sum'),
    ];
    expect(dialect.compile(changes, {})).toEqual([
      { sql: "ALTER TABLE `analytics`.`orders` MODIFY COMMENT 'Orders'", changes: [0] },
      {
        sql: "ALTER TABLE `analytics`.`orders` COMMENT COLUMN `id` 'Key', COMMENT COLUMN `email` '', COMMENT COLUMN `total` 'Sum'",
        changes: [1, 3, 6],
      },
      { sql: "ALTER TABLE `analytics`.`customers` COMMENT COLUMN `a` 'A', COMMENT COLUMN `b` 'it\\'s'", changes: [2, 5] },
      { sql: "ALTER DATABASE `analytics` MODIFY COMMENT 'S'", changes: [4] },
    ]);
  });

  it('keeps tables of the same name in different databases apart', () => {
    const other: ObjectRef = { ...column('id'), schema: 'staging' };
    expect(dialect.compile([change(column('id'), 'description', 'a'), change(other, 'description', 'b')], {}).map((s) => s.sql)).toEqual([
      "ALTER TABLE `analytics`.`orders` COMMENT COLUMN `id` 'a'",
      "ALTER TABLE `staging`.`orders` COMMENT COLUMN `id` 'b'",
    ]);
  });

  it("clears with '' (ClickHouse stores no comment as the empty string)", () => {
    expect(dialect.nullLiteral).toBe("''");
  });

  it.each<[string, Change, RegExp]>([
    ['a description of the OpenMetadata database', change(database, 'description', 'x'), /no object for the OpenMetadata database "default"/],
    ['an owner', change(table(), 'owner', 'dp'), /no owner/],
    ['a tag', { ...change(table(), 'tag', 'Sensitive', 'add'), tag: 'PII' }, /no tags/],
    ['a table without schema', change({ kind: 'table', database: 'default', table: 't' }, 'description', 'x'), /needs its schema/],
    ['an empty name', change({ ...schema, schema: '' }, 'description', 'x'), /cannot be empty/],
  ])('refuses %s', (_name, one, message) => {
    expect(() => dialect.compile([one], {})).toThrow(message);
  });
});

describe('clickhouse dialect: custom templates', () => {
  const templates: SqlTemplates = {
    tableDescription: 'ALTER TABLE {schema}.{table} ON CLUSTER main MODIFY COMMENT {description}',
    columnDescription: 'ALTER TABLE {schema}.{table} ON CLUSTER main COMMENT COLUMN {column} {description}',
  };

  it('replaces the built-in statement of its operation', () => {
    expect(sqlOf(change(table('view'), 'description', "it's"), templates)).toBe(
      "ALTER TABLE `analytics`.`orders` ON CLUSTER main MODIFY COMMENT 'it\\'s'",
    );
    expect(sqlOf(change(table(), 'description', null), templates)).toBe("ALTER TABLE `analytics`.`orders` ON CLUSTER main MODIFY COMMENT ''");
    expect(sqlOf(change(schema, 'description', 'x'), templates)).toBe("ALTER DATABASE `analytics` MODIFY COMMENT 'x'");
  });

  it('compiles templated column comments one statement each, in order', () => {
    const changes = [change(column('a'), 'description', 'A'), change(column('b'), 'description', 'B')];
    expect(dialect.compile(changes, templates)).toEqual([
      { sql: "ALTER TABLE `analytics`.`orders` ON CLUSTER main COMMENT COLUMN `a` 'A'", changes: [0] },
      { sql: "ALTER TABLE `analytics`.`orders` ON CLUSTER main COMMENT COLUMN `b` 'B'", changes: [1] },
    ]);
  });

  it('does not expand placeholders that arrive inside values or names', () => {
    const sql = sqlOf(change({ ...table(), table: '{schema}' }, 'description', '{table} {description}'), templates);
    expect(sql).toBe("ALTER TABLE `analytics`.`{schema}` ON CLUSTER main MODIFY COMMENT '{table} {description}'");
  });

  it('quotes tag placeholders for ClickHouse', () => {
    const add: Change = { ...change(column(), 'tag', "it's", 'add'), tag: 'PII `x`' };
    expect(compileTemplate('{tag_key} = {tag_value}', add, dialect)).toBe("`PII \\`x\\`` = 'it\\'s'");
  });
});

// A reader of ClickHouse's quoted forms, to prove what the server will see. It knows only
// the escapes verified alike on 18.16 and 26.7 and fails on any other, so a compilation that
// relied on an escape the versions read differently (`\q`, `\N`) cannot pass.

const READ_ESCAPES: Readonly<Record<string, string>> = { '\\': '\\', "'": "'", '`': '`', n: '\n', r: '\r', t: '\t', '0': '\0' };

/** Reads a quoted literal or identifier at `at`; returns its value and where it ends. */
function readQuoted(sql: string, at: number, quote: "'" | '`'): { value: string; end: number } {
  expect(sql[at]).toBe(quote);
  let value = '';
  let i = at + 1;
  for (;;) {
    const ch = sql[i];
    if (ch === undefined) throw new Error('unterminated quoted text');
    if (ch === quote) return { value, end: i + 1 };
    if (ch === '\\') {
      const next = sql[i + 1]!;
      if (next === 'x') {
        const hex = sql.slice(i + 2, i + 4);
        expect(hex).toMatch(/^[0-9A-F]{2}$/);
        value += String.fromCharCode(Number.parseInt(hex, 16));
        i += 4;
        continue;
      }
      const escaped = READ_ESCAPES[next];
      if (escaped === undefined) throw new Error(`escape \\${next} is read differently by 18.16 and 26.7`);
      value += escaped;
      i += 2;
      continue;
    }
    // Control characters never appear raw: they are escaped, so the plan shows them.
    expect(ch.charCodeAt(0) < 0x20 || ch === '\u007f').toBe(false);
    value += ch;
    i += 1;
  }
}

/** `ALTER TABLE `d`.`t` COMMENT COLUMN `c` '...'` with nothing before, between or after. */
function parseColumnComment(sql: string): { names: string[]; value: string } {
  const prefix = 'ALTER TABLE ';
  expect(sql.startsWith(prefix)).toBe(true);
  const database = readQuoted(sql, prefix.length, '`');
  expect(sql[database.end]).toBe('.');
  const tableName = readQuoted(sql, database.end + 1, '`');
  const keyword = ' COMMENT COLUMN ';
  expect(sql.slice(tableName.end, tableName.end + keyword.length)).toBe(keyword);
  const columnName = readQuoted(sql, tableName.end + keyword.length, '`');
  expect(sql[columnName.end]).toBe(' ');
  const literal = readQuoted(sql, columnName.end + 1, "'");
  expect(literal.end).toBe(sql.length);
  return { names: [database.value, tableName.value, columnName.value], value: literal.value };
}

describe('clickhouse dialect: hostile corpus', () => {
  it.each(HOSTILE_VALUES)('compiles value "$name" as one literal that reads back unchanged', ({ value }) => {
    expect(parseColumnComment(sqlOf(change(column(), 'description', value)))).toEqual({ names: ['analytics', 'orders', 'id'], value });
  });

  it.each(HOSTILE_IDENTIFIERS)('compiles identifier "$name" as one quoted name', ({ value }) => {
    const one = change({ kind: 'column', database: 'default', schema: value, table: value, column: value }, 'description', value);
    expect(parseColumnComment(sqlOf(one))).toEqual({ names: [value, value, value], value });
  });

  it('compiles every control character as an escape that reads back', () => {
    const controls = Array.from({ length: 32 }, (_, i) => String.fromCharCode(i)).join('') + '\u007f';
    expect(readQuoted(quoteLiteral(controls), 0, "'").value).toBe(controls);
    expect(readQuoted(quoteIdentifier(controls), 0, '`').value).toBe(controls);
  });

  it('quotes a value that is only quotes and backslashes', () => {
    expect(quoteLiteral("'")).toBe("'\\''");
    expect(quoteLiteral('\\')).toBe("'\\\\'");
    expect(quoteIdentifier('`')).toBe('`\\``');
    expect(quoteLiteral('`')).toBe("'`'");
    expect(quoteIdentifier("'")).toBe("`'`");
  });
});
