/**
 * Oracle statement compilation. DDL takes no bind parameters, so every name and value is
 * inlined through the two quoting functions below; nothing else builds SQL from data.
 *
 * - `COMMENT ON TABLE "S"."T" IS '...'` for tables and views, `COMMENT ON MATERIALIZED VIEW`
 *   for materialized views, `COMMENT ON COLUMN "S"."T"."C" IS '...'` for columns of any of them.
 * - `''` is NULL in Oracle: clearing a comment is `IS ''`.
 * - Names are always quoted, exactly as stored: unquoted names fold to upper case, so a
 *   stored `ORDERS` is `"ORDERS"` and a stored `Orders` stays `"Orders"`. (The planner
 *   matches an OpenMetadata `orders` to `ORDERS` and hands over the stored name.)
 * - A quoted Oracle name cannot contain `"` at all (there is no escape): such a name is refused.
 * - String literals double `'`; backslashes are ordinary characters.
 * - No database or schema comments, no owners (objects belong to their schema), no tags:
 *   capabilities say so and the planner warns; compile refuses them if asked.
 */
import type { ObjectRef } from '../../model/types.js';
import type { Change } from '../../model/change.js';
import type { SqlSyntax } from '../sql-lexer.js';
import { templateSql } from '../template.js';
import type { Dialect, SqlTemplates, Statement } from '../types.js';
import { namePart } from '../kit/objects.js';
import { compileByField } from '../kit/compile.js';

function assertNoNul(text: string, what: string): void {
  if (text.includes('\0')) throw new Error(`Oracle cannot take a NUL character in ${what}`);
}

export function quoteIdentifier(name: string): string {
  if (name === '') throw new Error('Oracle names cannot be empty');
  assertNoNul(name, 'an identifier');
  if (name.includes('"')) throw new Error(`Oracle names cannot contain a double quote: ${JSON.stringify(name)}`);
  return `"${name}"`;
}

export function quoteLiteral(value: string): string {
  assertNoNul(value, 'a string');
  return `'${value.replaceAll("'", "''")}'`;
}

/** Oracle stores "no comment" as NULL, and `''` is NULL. */
const NULL_LITERAL = "''";

function part(object: ObjectRef, key: 'schema' | 'table' | 'column'): string {
  return quoteIdentifier(namePart(object, key));
}

function commentTarget(object: ObjectRef): string {
  switch (object.kind) {
    case 'database':
      throw new Error(`Oracle has no comments on a database (the OpenMetadata database "${object.database}" is a name only)`);
    case 'schema':
      throw new Error('Oracle has no comments on a schema');
    case 'table': {
      const keyword = object.relation === 'materialized_view' ? 'MATERIALIZED VIEW' : 'TABLE';
      return `${keyword} ${part(object, 'schema')}.${part(object, 'table')}`;
    }
    case 'column':
      return `COLUMN ${part(object, 'schema')}.${part(object, 'table')}.${part(object, 'column')}`;
  }
}

function compileDescription(change: Change): string {
  const value = change.after === null ? NULL_LITERAL : quoteLiteral(change.after);
  return `COMMENT ON ${commentTarget(change.object)} IS ${value}`;
}

const compileBuiltIn = compileByField({
  description: compileDescription,
  owner: 'Oracle objects belong to their schema: there is no owner to change',
  tag: 'Oracle has no tags revmeta can write',
});

/**
 * Most COMMENT statements one anonymous block runs: Oracle has no multi-column COMMENT, so a
 * table's comments travel as one PL/SQL block of `EXECUTE IMMEDIATE`s, one round trip.
 */
const BLOCK_MAX_STATEMENTS = 200;

/**
 * One statement per table: its built-in COMMENTs, two or more of them, as one anonymous
 * PL/SQL block; a lone COMMENT as itself. Each COMMENT still commits on its own, so a block
 * that fails part-way keeps the comments before the failing one (the next plan shows what is
 * left). A custom template's statement always runs alone: its text is the user's, and only
 * revmeta-built statements go into a block.
 */
function compileStatements(changes: readonly Change[], templates: SqlTemplates): Statement[] {
  const statements: Statement[] = [];
  const blocks: Array<{ statement: Statement; comments: string[] }> = [];
  const openBlocks = new Map<string, { statement: Statement; comments: string[] }>();
  changes.forEach((change, index) => {
    const templated = templateSql(change, templates, dialect);
    if (templated !== undefined) {
      statements.push({ sql: templated, changes: [index] });
      return;
    }
    const sql = compileBuiltIn(change);
    const table = JSON.stringify([change.object.schema, change.object.table]);
    let block = openBlocks.get(table);
    if (block === undefined || block.comments.length >= BLOCK_MAX_STATEMENTS) {
      block = { statement: { sql: '', changes: [] }, comments: [] };
      openBlocks.set(table, block);
      blocks.push(block);
      statements.push(block.statement);
    }
    block.comments.push(sql);
    block.statement.changes.push(index);
  });
  for (const { statement, comments } of blocks) statement.sql = comments.length === 1 ? comments[0]! : anonymousBlock(comments);
  return statements;
}

/**
 * `BEGIN EXECUTE IMMEDIATE '<statement>'; … END;`: each statement is itself a string literal
 * here, quoted by quoteLiteral like any value (its own literals' quotes doubled once more).
 */
export function anonymousBlock(statements: readonly string[]): string {
  return ['BEGIN', ...statements.map((sql) => `  EXECUTE IMMEDIATE ${quoteLiteral(sql)};`), 'END;'].join('\n');
}

/** Standard SQL plus the alternative quoting `q'[…]'`. */
const ORACLE_SYNTAX: SqlSyntax = { lineComments: ['--'], quotes: ["'", '"'], qQuotes: true };

export const dialect: Dialect = {
  quoteIdentifier,
  quoteLiteral,
  nullLiteral: NULL_LITERAL,
  syntax: ORACLE_SYNTAX,
  compile(changes: readonly Change[], templates: SqlTemplates): Statement[] {
    return compileStatements(changes, templates);
  },
};
