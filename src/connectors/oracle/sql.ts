/**
 * Oracle statement rendering. DDL takes no bind parameters, so every name and value is
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
 *   capabilities say so and the planner warns; render refuses them if asked.
 */
import type { ObjectRef } from '../../model/types.js';
import type { Change } from '../../model/change.js';
import type { SqlSyntax } from '../sql-lexer.js';
import { templateSql } from '../template.js';
import type { Dialect, SqlTemplates, Statement } from '../types.js';
import { namePart } from '../kit/objects.js';
import { renderByField } from '../kit/render.js';

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

function renderDescription(change: Change): string {
  const value = change.after === null ? NULL_LITERAL : quoteLiteral(change.after);
  return `COMMENT ON ${commentTarget(change.object)} IS ${value}`;
}

const renderBuiltIn = renderByField({
  description: renderDescription,
  owner: 'Oracle objects belong to their schema: there is no owner to change',
  tag: 'Oracle has no tags revmeta can write',
});

function renderOne(change: Change, templates: SqlTemplates): string {
  return templateSql(change, templates, dialect) ?? renderBuiltIn(change);
}

/** One COMMENT statement per change: Oracle has no multi-column form, and each commits on its own. */
/** Standard SQL plus the alternative quoting `q'[…]'`. */
const ORACLE_SYNTAX: SqlSyntax = { lineComments: ['--'], quotes: ["'", '"'], qQuotes: true };

export const dialect: Dialect = {
  quoteIdentifier,
  quoteLiteral,
  nullLiteral: NULL_LITERAL,
  syntax: ORACLE_SYNTAX,
  render(changes: readonly Change[], templates: SqlTemplates): Statement[] {
    return changes.map((change, index) => ({ sql: renderOne(change, templates), changes: [index] }));
  },
};
