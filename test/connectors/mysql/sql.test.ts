/**
 * Golden SQL of the mysql dialect for every statement kind, custom templates, the hostile
 * corpus compiled and read back, and the SHOW CREATE TABLE column parser (the engine round
 * trips are in mariadb.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { mysql } from '../../../src/connectors/mysql/index.js';
import {
  createTableForColumns,
  createTableText,
  parseCreateTable,
  quoteIdentifier,
  quoteLiteral,
  restateColumn,
  restatedColumns,
  restatementDrift,
  tableKey,
} from '../../../src/connectors/mysql/sql.js';
import type { CompileContext, SqlTemplates } from '../../../src/connectors/types.js';
import type { ObjectRef, RelationKind } from '../../../src/model/types.js';
import type { Change } from '../../../src/plan/types.js';
import { HOSTILE_IDENTIFIERS, HOSTILE_VALUES } from '../../corpus/hostile.js';
import {
  EVERY_ATTRIBUTE_COLUMN_NAMES,
  EVERY_ATTRIBUTE_NEW_COMMENTS,
  EVERY_ATTRIBUTE_SHOWN,
  change,
} from './fixtures.js';

const { dialect } = mysql;

const schema: ObjectRef = { kind: 'schema', database: 'default', schema: 'shop' };
const table = (relation?: RelationKind, name = 'orders'): ObjectRef => ({
  kind: 'table',
  database: 'default',
  schema: 'shop',
  table: name,
  ...(relation ? { relation } : {}),
});
const column = (name = 'id', tableName = 'orders'): ObjectRef => ({ ...table('table', tableName), kind: 'column', column: name });

const ORDERS = `CREATE TABLE \`orders\` (
  \`id\` int(11) NOT NULL AUTO_INCREMENT COMMENT 'old',
  \`email\` varchar(100) DEFAULT NULL,
  PRIMARY KEY (\`id\`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci`;

const CONTEXT: CompileContext = {
  [tableKey('shop', 'orders')]: ORDERS,
  [tableKey('shop', 'lines')]: 'CREATE TABLE `lines` (\n  `n` int(11) DEFAULT NULL\n) ENGINE=InnoDB',
};

function sqlOf(one: Change, templates: SqlTemplates = {}, context: CompileContext = CONTEXT): string {
  const [statement, ...rest] = dialect.compile([one], templates, context);
  expect(rest).toEqual([]);
  expect(statement?.changes).toEqual([0]);
  return statement!.sql;
}

const GOLDEN: [string, Change, string][] = [
  ['schema description', change(schema, 'description', 'Core'), "ALTER DATABASE `shop` COMMENT = 'Core'"],
  ['schema description clear', change(schema, 'description', null), "ALTER DATABASE `shop` COMMENT = ''"],
  ['table description', change(table('table'), 'description', 'x'), "ALTER TABLE `shop`.`orders` COMMENT = 'x'"],
  ['table without relation', change(table(), 'description', 'x'), "ALTER TABLE `shop`.`orders` COMMENT = 'x'"],
  ['table description clear', change(table('table'), 'description', null), "ALTER TABLE `shop`.`orders` COMMENT = ''"],
  [
    'column description: replaces the COMMENT clause',
    change(column('id'), 'description', 'Key'),
    "ALTER TABLE `shop`.`orders` MODIFY COLUMN `id` int(11) NOT NULL AUTO_INCREMENT COMMENT 'Key', ALGORITHM=INSTANT",
  ],
  [
    'column description: inserts a COMMENT clause',
    change(column('email'), 'description', 'Mail'),
    "ALTER TABLE `shop`.`orders` MODIFY COLUMN `email` varchar(100) DEFAULT NULL COMMENT 'Mail', ALGORITHM=INSTANT",
  ],
  [
    'column description clear: removes the COMMENT clause',
    change(column('id'), 'description', null),
    'ALTER TABLE `shop`.`orders` MODIFY COLUMN `id` int(11) NOT NULL AUTO_INCREMENT, ALGORITHM=INSTANT',
  ],
  [
    'identifiers needing quoting',
    change({ kind: 'table', database: 'd', schema: 'Sales `EU`', table: 'order.lines' }, 'description', 'x'),
    "ALTER TABLE `Sales ``EU```.`order.lines` COMMENT = 'x'",
  ],
  [
    'every escaped character',
    change(schema, 'description', "a'b\\c\nd\re\u001af\0g\"h\ti`j"),
    "ALTER DATABASE `shop` COMMENT = 'a\\'b\\\\c\\nd\\re\\Zf\\0g\"h\ti`j'",
  ],
  ['empty string', change(schema, 'description', '', 'set'), "ALTER DATABASE `shop` COMMENT = ''"],
];

describe('mysql dialect: golden SQL', () => {
  it.each(GOLDEN)('%s', (_name, one, expected) => {
    expect(sqlOf(one)).toBe(expected);
  });

  it('batches all column comments of a table into one ALTER TABLE, placed at its first change', () => {
    const changes = [
      change(table('table'), 'description', 'Orders'),
      change(column('id'), 'description', 'Key'),
      change(column('n', 'lines'), 'description', 'Line'),
      change(column('email'), 'description', null),
      change(schema, 'description', 'Shop'),
    ];
    expect(dialect.compile(changes, {}, CONTEXT)).toEqual([
      { sql: "ALTER TABLE `shop`.`orders` COMMENT = 'Orders'", changes: [0] },
      {
        sql:
          "ALTER TABLE `shop`.`orders` MODIFY COLUMN `id` int(11) NOT NULL AUTO_INCREMENT COMMENT 'Key', " +
          'MODIFY COLUMN `email` varchar(100) DEFAULT NULL, ALGORITHM=INSTANT',
        changes: [1, 3],
      },
      { sql: "ALTER TABLE `shop`.`lines` MODIFY COLUMN `n` int(11) DEFAULT NULL COMMENT 'Line', ALGORITHM=INSTANT", changes: [2] },
      { sql: "ALTER DATABASE `shop` COMMENT = 'Shop'", changes: [4] },
    ]);
  });

  it('writes an empty comment for "no description"', () => {
    expect(dialect.nullLiteral).toBe("''");
  });

  it.each<[string, Change, RegExp]>([
    ['a database description', change({ kind: 'database', database: 'default' }, 'description', 'x'), /no level above its databases/],
    ['a view comment', change(table('view'), 'description', 'x'), /views cannot have comments/],
    ['an owner', change(table(), 'owner', 'dp'), /no owner/],
    ['a tag', { ...change(table(), 'tag', 'Sensitive', 'add'), tag: 'PII' }, /no tags/],
    ['a table without schema', change({ kind: 'table', database: 'd', table: 't' }, 'description', 'x'), /needs its schema/],
    ['a NUL in a name', change({ kind: 'schema', database: 'd', schema: 'a\0b' }, 'description', 'x'), /NUL/],
  ])('refuses %s', (_name, one, message) => {
    expect(() => dialect.compile([one], {}, CONTEXT)).toThrow(message);
  });

  it('throws a programming error when the context lacks a table it needs', () => {
    expect(() => dialect.compile([change(column('id', 'other'), 'description', 'x')], {}, CONTEXT)).toThrow(
      'no SHOW CREATE TABLE of `shop`.`other` in the compile context: readCompileContext must read every table whose column comments change',
    );
  });

  it('compiles no column comment without the context (planning is one pass: readCompileContext comes first)', () => {
    const changes = [change(column('id'), 'description', "it's"), change(column('email'), 'description', null)];
    expect(() => dialect.compile(changes, {})).toThrow('no SHOW CREATE TABLE of `shop`.`orders` in the compile context');
  });

  it('says to plan again when a column is no longer in the table', () => {
    expect(() => dialect.compile([change(column('gone'), 'description', 'x')], {}, CONTEXT)).toThrow(
      'column `gone` is not in SHOW CREATE TABLE of `shop`.`orders`: the table changed since it was read; plan again',
    );
  });
});

describe('mysql dialect: custom templates', () => {
  const templates: SqlTemplates = {
    tableDescription: 'ALTER TABLE {schema}.{table} COMMENT = {description} /* custom */',
    columnDescription: 'CALL set_comment({schema}, {table}, {column}, {description})',
    schemaDescription: 'ALTER SCHEMA {schema} COMMENT {description}',
  };

  it.each<[string, Change, string]>([
    ['table description', change(table('table'), 'description', "it's"), "ALTER TABLE `shop`.`orders` COMMENT = 'it\\'s' /* custom */"],
    ['table description clear', change(table(), 'description', null), "ALTER TABLE `shop`.`orders` COMMENT = '' /* custom */"],
    ['column description, one statement each', change(column(), 'description', 'a\\b'), "CALL set_comment(`shop`, `orders`, `id`, 'a\\\\b')"],
    ['schema description', change(schema, 'description', 'x'), "ALTER SCHEMA `shop` COMMENT 'x'"],
  ])('%s', (_name, one, expected) => {
    expect(sqlOf(one, templates, {})).toBe(expected);
  });

  it('does not batch or need SHOW CREATE TABLE for templated column comments', () => {
    const changes = [change(column('id'), 'description', 'a'), change(column('email'), 'description', 'b')];
    expect(dialect.compile(changes, templates)).toEqual([
      { sql: "CALL set_comment(`shop`, `orders`, `id`, 'a')", changes: [0] },
      { sql: "CALL set_comment(`shop`, `orders`, `email`, 'b')", changes: [1] },
    ]);
  });

  it('does not expand placeholders that arrive inside values', () => {
    expect(sqlOf(change(table(), 'description', '{table} {description}'), templates, {})).toBe(
      "ALTER TABLE `shop`.`orders` COMMENT = '{table} {description}' /* custom */",
    );
  });
});

// ---------------------------------------------------------------------------------------
// A reader of MySQL's literal and identifier syntax, to prove what the server will see.

const ESCAPES: Record<string, string> = { '\\': '\\', "'": "'", '0': '\0', n: '\n', r: '\r', Z: '\x1a' };

/** Reads a `'...'` literal at `at` (only the escapes quoteLiteral produces); returns its value and end. */
function readLiteral(sql: string, at: number): { value: string; end: number } {
  expect(sql[at]).toBe("'");
  let value = '';
  for (let i = at + 1; ; ) {
    const ch = sql[i];
    if (ch === undefined) throw new Error('unterminated literal');
    if (ch === '\\') {
      const escaped = ESCAPES[sql[i + 1]!];
      if (escaped === undefined) throw new Error(`unexpected escape \\${sql[i + 1]}`);
      value += escaped;
      i += 2;
    } else if (ch === "'") {
      return { value, end: i + 1 };
    } else {
      // NUL, line breaks and Ctrl-Z are always escaped, so a statement stays on one line.
      if (['\0', '\n', '\r', '\x1a'].includes(ch)) throw new Error(`unescaped ${JSON.stringify(ch)}`);
      value += ch;
      i += 1;
    }
  }
}

/** Reads a `` `...` `` identifier at `at`. */
function readIdentifier(sql: string, at: number): { value: string; end: number } {
  expect(sql[at]).toBe('`');
  let value = '';
  for (let i = at + 1; ; ) {
    const ch = sql[i];
    if (ch === undefined) throw new Error('unterminated identifier');
    if (ch === '`' && sql[i + 1] === '`') {
      value += '`';
      i += 2;
    } else if (ch === '`') {
      return { value, end: i + 1 };
    } else {
      value += ch;
      i += 1;
    }
  }
}

/** `ALTER TABLE `s`.`t` COMMENT = <literal>` with nothing before, between or after. */
function parseTableComment(sql: string): { names: string[]; value: string } {
  const prefix = 'ALTER TABLE ';
  expect(sql.startsWith(prefix)).toBe(true);
  const first = readIdentifier(sql, prefix.length);
  expect(sql[first.end]).toBe('.');
  const second = readIdentifier(sql, first.end + 1);
  expect(sql.slice(second.end, second.end + 11)).toBe(' COMMENT = ');
  const literal = readLiteral(sql, second.end + 11);
  expect(literal.end).toBe(sql.length);
  return { names: [first.value, second.value], value: literal.value };
}

describe('mysql dialect: hostile corpus', () => {
  it.each(HOSTILE_VALUES)('compiles value "$name" as one literal that reads back unchanged', ({ value }) => {
    expect(parseTableComment(sqlOf(change(table(), 'description', value)))).toEqual({ names: ['shop', 'orders'], value });
  });

  it.each(HOSTILE_IDENTIFIERS)('compiles identifier "$name" as one quoted name', ({ value }) => {
    const sql = sqlOf(change({ kind: 'table', database: 'd', schema: value, table: value }, 'description', value));
    expect(parseTableComment(sql)).toEqual({ names: [value, value], value });
  });

  it.each(HOSTILE_VALUES)('restates a column with value "$name" as its only new comment', ({ value }) => {
    const sql = sqlOf(change(column('email'), 'description', value));
    const prefix = 'ALTER TABLE `shop`.`orders` MODIFY COLUMN `email` varchar(100) DEFAULT NULL COMMENT ';
    expect(sql.startsWith(prefix)).toBe(true);
    const literal = readLiteral(sql, prefix.length);
    expect(literal.value).toBe(value);
    expect(sql.slice(literal.end)).toBe(', ALGORITHM=INSTANT');
  });

  it('quotes literals and names that are only quotes and backslashes', () => {
    expect(quoteLiteral("'")).toBe("'\\''");
    expect(quoteLiteral('\\')).toBe("'\\\\'");
    expect(quoteIdentifier('`')).toBe('````');
  });
});

// ---------------------------------------------------------------------------------------
// The SHOW CREATE TABLE column parser

describe('mysql column restatement', () => {
  const every = parseCreateTable(EVERY_ATTRIBUTE_SHOWN);

  it('finds every column and the table collation, not keys', () => {
    expect(every.columns.map((c) => c.name)).toEqual(EVERY_ATTRIBUTE_COLUMN_NAMES);
    expect(every.collation).toBe('latin1_swedish_ci');
  });

  /** Each column of the every-attribute table with its new comment (golden). */
  const RESTATED: Record<string, string> = {
    id: "`id` bigint(20) unsigned NOT NULL AUTO_INCREMENT COMMENT 'id: it\\'s a \\\\ \"comment\"\\n'",
    name: "`name` varchar(100) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL DEFAULT 'it''s \\\\ COMMENT ''x'''",
    latin: "`latin` varchar(20) CHARACTER SET latin1 COLLATE latin1_bin DEFAULT 'é' COMMENT 'latin: it\\'s a \\\\ \"comment\"\\n'",
    created: "`created` timestamp NOT NULL COMMENT 'created: it\\'s a \\\\ \"comment\"\\n'",
    updated:
      "`updated` timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp() COMMENT 'updated: it\\'s a \\\\ \"comment\"\\n'",
    doc: "`doc` json COLLATE utf8mb4_bin DEFAULT NULL COMMENT 'doc: it\\'s a \\\\ \"comment\"\\n' CHECK (json_valid(`doc`))",
    doc_latin:
      "`doc_latin` json COLLATE latin1_swedish_ci DEFAULT NULL COMMENT 'doc_latin: it\\'s a \\\\ \"comment\"\\n' CHECK (json_valid(`doc_latin`))",
    doc_default:
      "`doc_default` json COLLATE utf8mb4_bin NOT NULL DEFAULT '{}' COMMENT 'doc_default: it\\'s a \\\\ \"comment\"\\n' CHECK (json_valid(`doc_default`))",
    total: "`total` decimal(10,2) GENERATED ALWAYS AS (`qty` * `price`) VIRTUAL COMMENT 'total: it\\'s a \\\\ \"comment\"\\n'",
    qty: "`qty` int(11) NOT NULL DEFAULT 1 COMMENT 'qty: it\\'s a \\\\ \"comment\"\\n' CHECK (`qty` > 0)",
    price: "`price` decimal(10,2) DEFAULT NULL COMMENT 'price: it\\'s a \\\\ \"comment\"\\n'",
    hidden: "`hidden` int(11) INVISIBLE DEFAULT 5 COMMENT 'hidden: it\\'s a \\\\ \"comment\"\\n'",
    blobby: "`blobby` blob /*M!100301 COMPRESSED*/ DEFAULT NULL COMMENT 'blobby: it\\'s a \\\\ \"comment\"\\n'",
    notes: "`notes` text /*M!100301 COMPRESSED*/ DEFAULT NULL COMMENT 'notes: it\\'s a \\\\ \"comment\"\\n'",
    status: "`status` enum('new','it''s','a,b','COMMENT ''x''') NOT NULL DEFAULT 'new' COMMENT 'status: it\\'s a \\\\ \"comment\"\\n'",
    flags: "`flags` set('x','y') DEFAULT 'x,y' COMMENT 'flags: it\\'s a \\\\ \"comment\"\\n'",
    raw: "`raw` varbinary(4) DEFAULT X'FF00' COMMENT 'raw: it\\'s a \\\\ \"comment\"\\n'",
    uid: "`uid` varchar(36) DEFAULT uuid() COMMENT 'uid: it\\'s a \\\\ \"comment\"\\n'",
    bits: "`bits` bit(3) DEFAULT b'101' COMMENT 'bits: it\\'s a \\\\ \"comment\"\\n'",
    'we`ird col': "`we``ird col` varchar(10) DEFAULT NULL COMMENT 'we`ird col: it\\'s a \\\\ \"comment\"\\n'",
    checked: "`checked` varchar(20) DEFAULT 'COMMENT' CHECK (`checked` <> 'COMMENT \\'x\\'')",
  };

  it.each(EVERY_ATTRIBUTE_COLUMN_NAMES)('restates %s with only its comment changed', (name) => {
    expect(restateColumn(every, name, EVERY_ATTRIBUTE_NEW_COMMENTS[name] ?? null)).toBe(RESTATED[name]);
  });

  it('keeps a definition unchanged when its comment is restated as it was', () => {
    expect(restateColumn(every, 'qty', null)).toBe('`qty` int(11) NOT NULL DEFAULT 1 CHECK (`qty` > 0)');
    expect(restateColumn(every, 'notes', 'compressed text')).toBe("`notes` text /*M!100301 COMPRESSED*/ DEFAULT NULL COMMENT 'compressed text'");
  });

  it('matches a column name case-insensitively when the case differs', () => {
    expect(restateColumn(every, 'PRICE', null)).toBe('`price` decimal(10,2) DEFAULT NULL');
  });

  it('leaves a JSON type as shown when no collation is known (the server then refuses, not rebuilds)', () => {
    const old = parseCreateTable('CREATE TABLE `t` (\n  `j` longtext DEFAULT NULL CHECK (json_valid(`j`))\n) ENGINE=InnoDB DEFAULT CHARSET=latin1');
    expect(restateColumn(old, 'j', 'x')).toBe("`j` longtext DEFAULT NULL COMMENT 'x' CHECK (json_valid(`j`))");
  });

  it('keeps a longtext whose CHECK is more than json_valid of itself', () => {
    const table = parseCreateTable(
      "CREATE TABLE `t` (\n  `j` longtext DEFAULT NULL CHECK (json_valid(`j`) and `j` <> '')\n) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci",
    );
    expect(restateColumn(table, 'j', 'x')).toBe("`j` longtext DEFAULT NULL COMMENT 'x' CHECK (json_valid(`j`) and `j` <> '')");
  });

  it('reads MySQL 8 output: versioned comments, SRID, table-level CHECK constraints, native json', () => {
    const mysql8 = parseCreateTable(`CREATE TABLE \`geo\` (
  \`id\` int NOT NULL /*!80023 INVISIBLE */,
  \`pt\` point NOT NULL /*!80003 SRID 4326 */ COMMENT 'where',
  \`doc\` json DEFAULT NULL,
  \`name\` varchar(10) CHARACTER SET utf8mb4 COLLATE utf8mb4_0900_ai_ci DEFAULT (_utf8mb4'a,b') COMMENT 'it''s',
  PRIMARY KEY (\`id\`),
  CONSTRAINT \`geo_chk_1\` CHECK ((\`id\` > 0))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci`);
    expect(mysql8.columns.map((c) => c.name)).toEqual(['id', 'pt', 'doc', 'name']);
    expect(restateColumn(mysql8, 'id', 'x')).toBe("`id` int NOT NULL /*!80023 INVISIBLE */ COMMENT 'x'");
    expect(restateColumn(mysql8, 'pt', null)).toBe('`pt` point NOT NULL /*!80003 SRID 4326 */');
    expect(restateColumn(mysql8, 'doc', 'j')).toBe("`doc` json DEFAULT NULL COMMENT 'j'");
    expect(restateColumn(mysql8, 'name', 'n')).toBe(
      "`name` varchar(10) CHARACTER SET utf8mb4 COLLATE utf8mb4_0900_ai_ci DEFAULT (_utf8mb4'a,b') COMMENT 'n'",
    );
  });

  it('puts a new comment before an engine-defined attribute', () => {
    const table = parseCreateTable('CREATE TABLE `t` (\n  `a` int(11) DEFAULT NULL `field_format`=\'x\'\n) ENGINE=CONNECT');
    expect(restateColumn(table, 'a', 'c')).toBe("`a` int(11) DEFAULT NULL COMMENT 'c' `field_format`='x'");
  });

  it('refuses text it cannot read', () => {
    expect(() => parseCreateTable('CREATE TABLE `t` (\n  `a` int DEFAULT \'x')).toThrow(/unterminated '/);
    expect(() => parseCreateTable('CREATE VIEW `v` AS select 1')).toThrow(/no column list/);
  });
});

describe('mysql compile context', () => {
  const text =
    "CREATE TABLE `t` (\n  `id` int(11) NOT NULL AUTO_INCREMENT,\n  `a` int(11) DEFAULT NULL COMMENT 'x, y',\n  `B` text,\n" +
    "  PRIMARY KEY (`id`)\n) ENGINE=InnoDB AUTO_INCREMENT=42 DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci COMMENT='AUTO_INCREMENT=1'";
  const reduced = "CREATE TABLE `t` (\n  `a` int(11) DEFAULT NULL COMMENT 'x, y',\n  `B` text\n) COLLATE=latin1_swedish_ci";

  it('keeps only the restated columns and the table collation', () => {
    expect(createTableForColumns(text, ['a', 'b'])).toBe(reduced);
    expect(restateColumn(parseCreateTable(reduced), 'a', 'z')).toBe(restateColumn(parseCreateTable(text), 'a', 'z'));
  });

  it('does not change with the AUTO_INCREMENT counter, other columns or keys', () => {
    const drifted = text.replace('=42', '=43').replace('  PRIMARY KEY', '  `new` int(11) DEFAULT NULL,\n  KEY `k` (`a`),\n  PRIMARY KEY');
    expect(createTableForColumns(drifted, ['a', 'b'])).toBe(reduced);
  });
});

describe('SHOW CREATE TABLE bytes that are not UTF-8', () => {
  const bytes = (...parts: Array<string | number[]>) =>
    Buffer.concat(parts.map((part) => (typeof part === 'string' ? Buffer.from(part, 'utf8') : Buffer.from(part))));

  it('turns a binary literal into the hex literal of the same bytes, unescaping first', () => {
    const raw = bytes("CREATE TABLE `t` (\n  `a` varbinary(4) DEFAULT '", [0xff], "\\0\\'", [0x80], "',\n  `b` varchar(3) DEFAULT 'é'\n)");
    expect(createTableText(raw)).toBe("CREATE TABLE `t` (\n  `a` varbinary(4) DEFAULT X'FF002780',\n  `b` varchar(3) DEFAULT 'é'\n)");
  });

  it('keeps valid text byte for byte, quoted names included', () => {
    const text = "CREATE TABLE `a'b` (\n  `c` int COMMENT 'd\\\\''e'\n)";
    expect(createTableText(Buffer.from(text))).toBe(text);
  });

  it('refuses bytes that are not UTF-8 outside a literal', () => {
    expect(() => createTableText(bytes('CREATE TABLE ', [0xff], ' ('))).toThrow(/not UTF-8 outside string literals/);
  });
});

describe('mysql restatement check (right before apply runs it)', () => {
  const statement = dialect.compile(
    [change(column('id'), 'description', 'Key'), change(column('email'), 'description', 'Mail')],
    {},
    CONTEXT,
  )[0]!.sql;

  it('reads back the table and the columns a column-comment statement restates, and nothing else', () => {
    expect(restatedColumns(statement)).toEqual({
      key: '`shop`.`orders`',
      columns: [
        { name: 'id', definition: 'int(11) NOT NULL AUTO_INCREMENT' },
        { name: 'email', definition: 'varchar(100) DEFAULT NULL' },
      ],
    });
    expect(restatedColumns("ALTER TABLE `shop`.`orders` COMMENT = 'x'")).toBeUndefined();
    expect(restatedColumns("ALTER DATABASE `shop` COMMENT = 'x'")).toBeUndefined();
  });

  it('finds nothing to refuse when the columns are as planned, whatever their comments are now', () => {
    expect(restatementDrift(statement, ORDERS)).toBeNull();
    expect(restatementDrift(statement, ORDERS.replace("COMMENT 'old'", "COMMENT 'changed meanwhile'"))).toBeNull();
  });

  it('refuses when a restated column changed since the plan (a DEFAULT), naming it', () => {
    const now = ORDERS.replace('`email` varchar(100) DEFAULT NULL', "`email` varchar(100) DEFAULT 'none@example.com'");
    expect(now).not.toBe(ORDERS);
    expect(restatementDrift(statement, now)).toBe(
      "the column's definition changed since the plan (`shop`.`orders`: `email` was planned as `varchar(100) DEFAULT NULL`, " +
        "is now `varchar(100) DEFAULT 'none@example.com'`); restating it would revert that, so nothing was changed: plan again",
    );
  });

  it('refuses when a restated column is gone', () => {
    const now = 'CREATE TABLE `orders` (\n  `id` int(11) NOT NULL AUTO_INCREMENT\n) ENGINE=InnoDB';
    expect(restatementDrift(statement, now)).toMatch(/`email` is no longer in the table/);
  });
});
