/**
 * Golden SQL of the mssql dialect for every statement kind (the three property procedures at
 * every level, ALTER AUTHORIZATION at every level), custom templates, and the hostile corpus
 * compiled and read back by a reader of T-SQL's own literal rules, including the line
 * continuation (a backslash before a line break) that quoteLiteral must neutralise.
 */
import { describe, expect, it } from 'vitest';
import { descriptionProcedure, quoteIdentifier, quoteLiteral } from '../../../src/connectors/mssql/sql.js';
import { mssql } from '../../../src/connectors/mssql/index.js';
import { compileTemplate } from '../../../src/connectors/template.js';
import type { SqlTemplates } from '../../../src/connectors/types.js';
import type { ObjectRef, RelationKind } from '../../../src/model/types.js';
import type { Change } from '../../../src/plan/types.js';
import { HOSTILE_IDENTIFIERS, HOSTILE_VALUES, type HostileCase } from '../../corpus/hostile.js';
import { change } from './fixtures.js';

const { dialect } = mssql;

const database: ObjectRef = { kind: 'database', database: 'Sales' };
const schema: ObjectRef = { kind: 'schema', database: 'Sales', schema: 'dbo' };
const table = (relation?: RelationKind): ObjectRef => ({ kind: 'table', database: 'Sales', schema: 'dbo', table: 'Orders', ...(relation ? { relation } : {}) });
const column = (relation?: RelationKind): ObjectRef => ({ ...table(relation), kind: 'column', column: 'OrderID' });

function sqlOf(one: Change, templates: SqlTemplates = {}): string {
  const [statement, ...rest] = dialect.compile([one], templates);
  expect(rest).toEqual([]);
  expect(statement?.changes).toEqual([0]);
  return statement!.sql;
}

const NAME = "@name = N'MS_Description'";
const SCHEMA_LEVEL = "@level0type = N'SCHEMA', @level0name = N'dbo'";
const TABLE_LEVEL = `${SCHEMA_LEVEL}, @level1type = N'TABLE', @level1name = N'Orders'`;
const VIEW_LEVEL = `${SCHEMA_LEVEL}, @level1type = N'VIEW', @level1name = N'Orders'`;
const COLUMN_LEVEL = `${TABLE_LEVEL}, @level2type = N'COLUMN', @level2name = N'OrderID'`;

const GOLDEN: [string, Change, string][] = [
  ['database description add', change(database, 'description', 'ERP'), `EXEC sys.sp_addextendedproperty ${NAME}, @value = N'ERP'`],
  ['database description update', change(database, 'description', 'ERP', 'old'), `EXEC sys.sp_updateextendedproperty ${NAME}, @value = N'ERP'`],
  ['database description drop', change(database, 'description', null, 'old'), `EXEC sys.sp_dropextendedproperty ${NAME}`],
  ['schema description add', change(schema, 'description', 'Core'), `EXEC sys.sp_addextendedproperty ${NAME}, @value = N'Core', ${SCHEMA_LEVEL}`],
  ['schema description update', change(schema, 'description', 'Core', 'old'), `EXEC sys.sp_updateextendedproperty ${NAME}, @value = N'Core', ${SCHEMA_LEVEL}`],
  ['schema description drop', change(schema, 'description', null, 'old'), `EXEC sys.sp_dropextendedproperty ${NAME}, ${SCHEMA_LEVEL}`],
  ['table description add', change(table('table'), 'description', 'x'), `EXEC sys.sp_addextendedproperty ${NAME}, @value = N'x', ${TABLE_LEVEL}`],
  ['table without relation', change(table(), 'description', 'x'), `EXEC sys.sp_addextendedproperty ${NAME}, @value = N'x', ${TABLE_LEVEL}`],
  ['table description update', change(table('table'), 'description', 'x', 'old'), `EXEC sys.sp_updateextendedproperty ${NAME}, @value = N'x', ${TABLE_LEVEL}`],
  [
    'table description update of an empty property',
    change(table('table'), 'description', 'x', ''),
    `EXEC sys.sp_updateextendedproperty ${NAME}, @value = N'x', ${TABLE_LEVEL}`,
  ],
  ['table description drop', change(table('table'), 'description', null, 'old'), `EXEC sys.sp_dropextendedproperty ${NAME}, ${TABLE_LEVEL}`],
  ['view description add', change(table('view'), 'description', 'x'), `EXEC sys.sp_addextendedproperty ${NAME}, @value = N'x', ${VIEW_LEVEL}`],
  ['view description drop', change(table('view'), 'description', null, 'x'), `EXEC sys.sp_dropextendedproperty ${NAME}, ${VIEW_LEVEL}`],
  ['column description add', change(column('table'), 'description', 'Key'), `EXEC sys.sp_addextendedproperty ${NAME}, @value = N'Key', ${COLUMN_LEVEL}`],
  ['column description update', change(column('table'), 'description', 'Key', 'Id'), `EXEC sys.sp_updateextendedproperty ${NAME}, @value = N'Key', ${COLUMN_LEVEL}`],
  ['column description drop', change(column('table'), 'description', null, 'Id'), `EXEC sys.sp_dropextendedproperty ${NAME}, ${COLUMN_LEVEL}`],
  [
    'column of a view',
    change(column('view'), 'description', 'Key'),
    `EXEC sys.sp_addextendedproperty ${NAME}, @value = N'Key', ${VIEW_LEVEL}, @level2type = N'COLUMN', @level2name = N'OrderID'`,
  ],
  ['database owner', change(database, 'owner', 'revmeta_dba', 'sa'), 'ALTER AUTHORIZATION ON DATABASE::[Sales] TO [revmeta_dba]'],
  ['schema owner', change(schema, 'owner', 'data_platform', 'dbo'), 'ALTER AUTHORIZATION ON SCHEMA::[dbo] TO [data_platform]'],
  ['table owner', change(table('table'), 'owner', 'data_platform', 'dbo'), 'ALTER AUTHORIZATION ON OBJECT::[dbo].[Orders] TO [data_platform]'],
  ['view owner', change(table('view'), 'owner', 'data_platform', 'dbo'), 'ALTER AUTHORIZATION ON OBJECT::[dbo].[Orders] TO [data_platform]'],
  [
    'identifiers needing quoting',
    change({ kind: 'table', database: 'My ]DB', schema: 'Sales EU', table: 'order.lines]' }, 'owner', 'Domain\\Team ]x'),
    'ALTER AUTHORIZATION ON OBJECT::[Sales EU].[order.lines]]] TO [Domain\\Team ]]x]',
  ],
  [
    'level names are N literals, not identifiers',
    change({ kind: 'column', database: 'd', schema: "O'Brien", table: '[t]', column: 'a]b' }, 'description', 'x'),
    `EXEC sys.sp_addextendedproperty ${NAME}, @value = N'x', @level0type = N'SCHEMA', @level0name = N'O''Brien', @level1type = N'TABLE', @level1name = N'[t]', @level2type = N'COLUMN', @level2name = N'a]b'`,
  ],
  ['quote in a value', change(database, 'description', "it's"), `EXEC sys.sp_addextendedproperty ${NAME}, @value = N'it''s'`],
  ['backslashes stay as they are', change(database, 'description', 'C:\\dir\\ \\n'), `EXEC sys.sp_addextendedproperty ${NAME}, @value = N'C:\\dir\\ \\n'`],
  [
    'a backslash before a line break gets an empty continuation after it',
    change(database, 'description', 'a\\\nb\\\r\nc'),
    `EXEC sys.sp_addextendedproperty ${NAME}, @value = N'a\\\\\n\nb\\\\\n\r\nc'`,
  ],
  ['unicode stays as it is', change(database, 'description', 'é 🚀 \u2028'), `EXEC sys.sp_addextendedproperty ${NAME}, @value = N'é 🚀 \u2028'`],
];

describe('mssql dialect: golden SQL', () => {
  it.each(GOLDEN)('%s', (_name, one, expected) => {
    expect(sqlOf(one)).toBe(expected);
  });

  it('chooses the procedure from the read state', () => {
    expect(descriptionProcedure({ before: null, after: 'x' })).toBe('sp_addextendedproperty');
    expect(descriptionProcedure({ before: '', after: 'x' })).toBe('sp_updateextendedproperty');
    expect(descriptionProcedure({ before: 'y', after: 'x' })).toBe('sp_updateextendedproperty');
    expect(descriptionProcedure({ before: 'y', after: null })).toBe('sp_dropextendedproperty');
  });

  it('compiles one statement per change, in order', () => {
    const changes = [change(column(), 'description', 'a'), change(table(), 'description', null, 'b'), change(schema, 'owner', 'p', 'dbo')];
    expect(dialect.compile(changes, {}).map((statement) => statement.changes)).toEqual([[0], [1], [2]]);
  });

  it('writes NULL for "no description" in a template', () => {
    expect(dialect.nullLiteral).toBe('NULL');
  });

  it.each<[string, Change, RegExp]>([
    ['a column owner', change(column(), 'owner', 'p'), /columns have no owner/],
    ['clearing an owner', change(schema, 'owner', null, 'dbo'), /cannot clear an owner/],
    ['a tag', { ...change(table(), 'tag', 'Sensitive'), action: 'add', tag: 'PII' }, /no tags/],
    ['a table without schema', change({ kind: 'table', database: 'd', table: 't' }, 'description', 'x'), /needs its schema/],
    ['a foreign table', change(table('foreign_table'), 'description', 'x'), /no foreign_table relations/],
    ['an empty name', change({ ...schema, schema: '' }, 'owner', 'x'), /cannot be empty/],
    ['a NUL in a value', change(database, 'description', 'a\0b'), /NUL/],
  ])('refuses %s', (_name, one, message) => {
    expect(() => dialect.compile([one], {})).toThrow(message);
  });
});

describe('mssql dialect: custom templates', () => {
  const templates: SqlTemplates = {
    tableDescription: 'EXEC audit.set_description @schema = {schema}, @table = {table}, @text = {description}',
    schemaOwner: 'ALTER AUTHORIZATION ON SCHEMA::{schema} TO {owner}',
  };

  it('replaces the built-in statement of its operation, with names as identifiers and values as N literals', () => {
    expect(sqlOf(change(table(), 'description', "it's"), templates)).toBe("EXEC audit.set_description @schema = [dbo], @table = [Orders], @text = N'it''s'");
    expect(sqlOf(change(table(), 'description', null, 'x'), templates)).toBe('EXEC audit.set_description @schema = [dbo], @table = [Orders], @text = NULL');
    expect(sqlOf(change({ ...schema, schema: 'a]b' }, 'owner', 'x]y'), templates)).toBe('ALTER AUTHORIZATION ON SCHEMA::[a]]b] TO [x]]y]');
    expect(sqlOf(change(column(), 'description', 'x'), templates)).toMatch(/^EXEC sys\.sp_addextendedproperty /);
  });

  it('does not expand placeholders that arrive inside values or names', () => {
    expect(sqlOf(change({ ...table(), table: '{schema}' }, 'description', '{table} {description}'), templates)).toBe(
      "EXEC audit.set_description @schema = [dbo], @table = [{schema}], @text = N'{table} {description}'",
    );
  });

  it('quotes tag placeholders for SQL Server', () => {
    const add: Change = { ...change(column(), 'tag', "it's"), action: 'add', tag: 'PII ]x' };
    expect(compileTemplate('{tag_key} = {tag_value}', add, dialect)).toBe("[PII ]]x] = N'it''s'");
  });
});

// ---------------------------------------------------------------------------------------
// A reader of T-SQL's literal and identifier syntax, to prove what the server will read:
// N'...' with '' for ', and the documented line continuation (a backslash followed by LF or
// CRLF is removed together with the line break); [...] with ]] for ].

function readLiteral(sql: string, at: number): { value: string; end: number } {
  expect(sql.slice(at, at + 2)).toBe("N'");
  let value = '';
  let i = at + 2;
  for (;;) {
    const ch = sql[i];
    if (ch === undefined) throw new Error('unterminated literal');
    if (ch === "'") {
      if (sql[i + 1] === "'") {
        value += "'";
        i += 2;
        continue;
      }
      return { value, end: i + 1 };
    }
    if (ch === '\\' && sql[i + 1] === '\n') {
      i += 2;
      continue;
    }
    if (ch === '\\' && sql[i + 1] === '\r' && sql[i + 2] === '\n') {
      i += 3;
      continue;
    }
    value += ch;
    i += 1;
  }
}

function readIdentifier(sql: string, at: number): { value: string; end: number } {
  expect(sql[at]).toBe('[');
  let value = '';
  let i = at + 1;
  for (;;) {
    const ch = sql[i];
    if (ch === undefined) throw new Error('unterminated identifier');
    if (ch === ']') {
      if (sql[i + 1] === ']') {
        value += ']';
        i += 2;
        continue;
      }
      return { value, end: i + 1 };
    }
    value += ch;
    i += 1;
  }
}

/** `EXEC sys.<procedure> @a = N'...', @b = N'...'` with nothing before, between or after. */
function parseProcedureCall(sql: string): { procedure: string; args: Record<string, string> } {
  const head = /^EXEC sys\.(sp_\w+) /.exec(sql);
  expect(head).not.toBeNull();
  const args: Record<string, string> = {};
  let at = head![0].length;
  for (;;) {
    const name = /^@(\w+) = /.exec(sql.slice(at));
    expect(name).not.toBeNull();
    const literal = readLiteral(sql, at + name![0].length);
    expect(args[name![1]!]).toBeUndefined();
    args[name![1]!] = literal.value;
    at = literal.end;
    if (at === sql.length) return { procedure: head![1]!, args };
    expect(sql.slice(at, at + 2)).toBe(', ');
    at += 2;
  }
}

/** `ALTER AUTHORIZATION ON OBJECT::[s].[t] TO [p]` with nothing else. */
function parseObjectOwner(sql: string): string[] {
  const prefix = 'ALTER AUTHORIZATION ON OBJECT::';
  expect(sql.startsWith(prefix)).toBe(true);
  const schemaName = readIdentifier(sql, prefix.length);
  expect(sql[schemaName.end]).toBe('.');
  const tableName = readIdentifier(sql, schemaName.end + 1);
  expect(sql.slice(tableName.end, tableName.end + 4)).toBe(' TO ');
  const owner = readIdentifier(sql, tableName.end + 4);
  expect(owner.end).toBe(sql.length);
  return [schemaName.value, tableName.value, owner.value];
}

/** What breaks T-SQL literals specifically, beyond the shared corpus. */
const TSQL_VALUES: HostileCase[] = [
  { name: 'backslash before LF', value: 'ends a line \\\nnext line' },
  { name: 'backslash before CRLF', value: 'ends a line \\\r\nnext line' },
  { name: 'two backslashes before LF', value: 'a\\\\\nb' },
  { name: 'backslash before a lone CR', value: 'a\\\rb' },
  { name: 'backslash before LF at the start', value: '\\\nstart' },
  { name: 'backslash before LF at the end', value: 'end\\\n' },
  { name: 'continuations in a row', value: '\\\n\\\n\\\r\n\\' },
  { name: 'N prefix and quotes', value: "N'x' + N'y'; --" },
];

describe('mssql dialect: hostile corpus', () => {
  it.each([...HOSTILE_VALUES, ...TSQL_VALUES])('compiles value "$name" in every procedure as one literal that reads back unchanged', ({ value }) => {
    const add = parseProcedureCall(sqlOf(change(column(), 'description', value)));
    expect(add.procedure).toBe('sp_addextendedproperty');
    expect(add.args).toEqual({
      name: 'MS_Description',
      value,
      level0type: 'SCHEMA',
      level0name: 'dbo',
      level1type: 'TABLE',
      level1name: 'Orders',
      level2type: 'COLUMN',
      level2name: 'OrderID',
    });
    expect(parseProcedureCall(sqlOf(change(database, 'description', value, 'old')))).toEqual({
      procedure: 'sp_updateextendedproperty',
      args: { name: 'MS_Description', value },
    });
  });

  it.each([...HOSTILE_IDENTIFIERS, ...TSQL_VALUES.slice(0, 3)])('compiles identifier "$name" as level names and as bracketed names', ({ value }) => {
    const ref: ObjectRef = { kind: 'column', database: value, schema: value, table: value, column: value };
    const drop = parseProcedureCall(sqlOf(change(ref, 'description', null, 'x')));
    expect(drop).toEqual({
      procedure: 'sp_dropextendedproperty',
      args: { name: 'MS_Description', level0type: 'SCHEMA', level0name: value, level1type: 'TABLE', level1name: value, level2type: 'COLUMN', level2name: value },
    });
    expect(parseObjectOwner(sqlOf(change({ ...ref, kind: 'table' }, 'owner', value, 'dbo')))).toEqual([value, value, value]);
  });

  it('quotes a value or name that is only the special characters', () => {
    expect(quoteLiteral("'")).toBe("N''''");
    expect(quoteLiteral('\\')).toBe("N'\\'");
    expect(quoteLiteral('\\\n')).toBe("N'\\\\\n\n'");
    expect(quoteIdentifier(']')).toBe('[]]]');
    expect(quoteIdentifier('[')).toBe('[[]');
  });
});
