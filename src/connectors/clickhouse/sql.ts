/**
 * ClickHouse statement compilation. Statements are sent as inline SQL (query parameters fail
 * on old servers, and DDL takes none anyway), so every name and value goes through the two
 * quoting functions below; nothing else builds SQL from data.
 *
 * Hierarchy: OpenMetadata's database level is only a name (the connection's `databaseName`);
 * its schemas are ClickHouse databases. So a `schema` change compiles to `ALTER DATABASE`.
 */
import type { ObjectRef } from '../../model/types.js';
import type { Change } from '../../model/change.js';
import type { SqlSyntax } from '../sql-lexer.js';
import { templateStatement } from '../template.js';
import type { Dialect, SqlTemplates, Statement } from '../types.js';
import { namePart } from '../kit/objects.js';
import { compileByField } from '../kit/compile.js';
import { backslashEscaper, COMMON_BACKSLASH_ESCAPES } from '../kit/escapes.js';

/**
 * Escapes verified to read back identically on ClickHouse 18.16 and 26.7. Only these are
 * ever produced: an unknown escape such as `\q` reads as `q` on 18.16 but as `\q` on 26.7,
 * and `\N` reads as nothing, so every backslash is escaped and nothing is left to chance.
 */
const NAMED_ESCAPES: Readonly<Record<string, string>> = { ...COMMON_BACKSLASH_ESCAPES, '`': '\\`', '\0': '\\0' };

/** Other control characters as `\xHH`: the engine stores them raw, but a plan shows them visibly. */
const escapeChar = backslashEscaper(NAMED_ESCAPES, '\\x', 2);

const LITERAL_SPECIALS = /[\\'\u0000-\u001f\u007f]/g;
const IDENTIFIER_SPECIALS = /[\\`\u0000-\u001f\u007f]/g;

/** Always in backticks, so case, reserved words, dots and punctuation never change a name. */
export function quoteIdentifier(name: string): string {
  if (name === '') throw new Error('ClickHouse names cannot be empty');
  return `\`${name.replace(IDENTIFIER_SPECIALS, escapeChar)}\``;
}

/** `'...'` with backslash escapes (`\\`, `\'`, `\n`, `\xHH`, ...): the one form both old and new servers read alike. */
export function quoteLiteral(value: string): string {
  return `'${value.replace(LITERAL_SPECIALS, escapeChar)}'`;
}

/** ClickHouse stores "no comment" as the empty string: clearing writes `''`. */
const NULL_LITERAL = "''";

function commentLiteral(change: Change): string {
  return change.after === null ? NULL_LITERAL : quoteLiteral(change.after);
}

function part(object: ObjectRef, key: 'schema' | 'table' | 'column'): string {
  return quoteIdentifier(namePart(object, key));
}

/** `` `database`.`table` ``: an OpenMetadata schema is the ClickHouse database. */
function tableName(object: ObjectRef): string {
  return `${part(object, 'schema')}.${part(object, 'table')}`;
}

/**
 * The description statement of one database or table. Views and materialized views take
 * `ALTER TABLE` too: ClickHouse has no separate keyword for them.
 */
function compileDescription(change: Change): string {
  const { object } = change;
  switch (object.kind) {
    case 'database':
      throw new Error(
        `ClickHouse has no object for the OpenMetadata database "${object.database}" (it is the connection's databaseName), so it cannot hold a description`,
      );
    case 'schema':
      return `ALTER DATABASE ${part(object, 'schema')} MODIFY COMMENT ${commentLiteral(change)}`;
    case 'table':
      return `ALTER TABLE ${tableName(object)} MODIFY COMMENT ${commentLiteral(change)}`;
    case 'column':
      return `ALTER TABLE ${tableName(object)} ${columnClause(change)}`;
  }
}

/** `COMMENT COLUMN`, not `MODIFY COLUMN ... COMMENT`: the latter is a silent no-op on 18.16. */
function columnClause(change: Change): string {
  return `COMMENT COLUMN ${part(change.object, 'column')} ${commentLiteral(change)}`;
}

const compileBuiltIn = compileByField({
  description: compileDescription,
  owner: 'ClickHouse objects have no owner',
  tag: 'ClickHouse has no tags',
});

function isColumnDescription(change: Change): boolean {
  return change.field === 'description' && change.object.kind === 'column';
}

/** A statement still collecting the column comments of one table. */
interface ColumnBatch {
  statement: Statement;
  table: string;
  clauses: string[];
}

/**
 * One statement per change, except built-in column descriptions: all of one table's go into
 * a single `ALTER TABLE ... COMMENT COLUMN a '...', COMMENT COLUMN b '...'` (one metadata
 * rewrite instead of one per column), placed where the table's first column change was.
 * A custom template replaces the built-in statement of its change, one statement each.
 */
function compile(changes: readonly Change[], templates: SqlTemplates): Statement[] {
  const statements: Statement[] = [];
  const batches = new Map<string, ColumnBatch>();
  changes.forEach((change, index) => {
    const custom = templateStatement(change, index, templates, dialect);
    if (custom !== undefined) {
      statements.push(custom);
    } else if (isColumnDescription(change)) {
      addToBatch(batches, statements, change, index);
    } else {
      statements.push({ sql: compileBuiltIn(change), changes: [index] });
    }
  });
  for (const batch of batches.values()) {
    batch.statement.sql = `ALTER TABLE ${batch.table} ${batch.clauses.join(', ')}`;
  }
  return statements;
}

function addToBatch(batches: Map<string, ColumnBatch>, statements: Statement[], change: Change, index: number): void {
  const table = tableName(change.object);
  let batch = batches.get(table);
  if (batch === undefined) {
    batch = { statement: { sql: '', changes: [] }, table, clauses: [] };
    batches.set(table, batch);
    statements.push(batch.statement);
  }
  batch.clauses.push(columnClause(change));
  batch.statement.changes.push(index);
}

/** `--`, `#` and `//` comments, `"…"` and backtick identifiers, `$tag$…$tag$` heredocs (newer servers; older ones refuse `#`, `//` and `$` outright). */
const CLICKHOUSE_SYNTAX: SqlSyntax = { lineComments: ['--', '#', '//'], quotes: ["'", '"', '`'], dollarQuotes: 'tagged' };

export const dialect: Dialect = {
  quoteIdentifier,
  quoteLiteral,
  nullLiteral: NULL_LITERAL,
  syntax: CLICKHOUSE_SYNTAX,
  compile,
};
