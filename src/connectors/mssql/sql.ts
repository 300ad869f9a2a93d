/**
 * SQL Server statement compilation (T-SQL).
 *
 * Descriptions are the `MS_Description` extended property. Which system procedure writes it
 * is chosen from the read state each change carries:
 *   - `before` is null (no property)         → sys.sp_addextendedproperty (fails if present)
 *   - `before` is text, `after` is text       → sys.sp_updateextendedproperty (fails if absent)
 *   - `after` is null (cleared)               → sys.sp_dropextendedproperty
 * Introspection reports a property that exists with an empty or NULL value as '' rather than
 * "none", so `before` is null exactly when the property is absent and add never meets one.
 *
 * Values are compiled as N'...' literals: a plan is a list of statements as text, reviewed in
 * the pull request and saved, and custom templates substitute `{description}` as text too. The
 * driver does not send them to the server as text, though: each N'...' literal in an argument
 * position (`@value = N'...'`, `@level0name = N'...'`, ...) travels as a bound nvarchar
 * parameter through sp_executesql (params.ts reads the literals back with the exact inverse of
 * quoteLiteral, driver.ts binds them), so the server runs the reviewed statement with the
 * reviewed values and never lexes a description. The literals are still exact T-SQL, for the
 * reader and for literals a custom template puts elsewhere (those go as written): `'` is the
 * only character to double, there are no backslash escapes, and N'...' holds any Unicode
 * text. The one lexer rule that changes a literal is the line continuation: a backslash
 * followed by LF or CRLF disappears together with the line break. quoteLiteral neutralises it
 * by inserting an extra (empty) continuation after such a backslash, so the backslash is
 * followed by another backslash and stays, and the line break after it stays too. The hostile
 * corpus is read back through that rule in the tests.
 *
 * Owners: `ALTER AUTHORIZATION ON DATABASE::[d]` (to a login), `ON SCHEMA::[s]` and
 * `ON OBJECT::[s].[t]` (to a database principal). Identifiers are `[...]` with `]` doubled.
 */
import type { ObjectRef, RelationKind } from '../../model/types.js';
import type { Change } from '../../model/change.js';
import type { SqlSyntax } from '../sql-lexer.js';
import { templateSql } from '../template.js';
import type { Dialect, SqlTemplates, Statement } from '../types.js';
import { namePart } from '../kit/objects.js';
import { compileByField } from '../kit/compile.js';

function assertNoNul(text: string, what: string): void {
  if (text.includes('\0')) throw new Error(`SQL Server cannot take a NUL character in ${what}`);
}

/** Always bracketed, so case, reserved words, dots and spaces never change what a name means. */
export function quoteIdentifier(name: string): string {
  if (name === '') throw new Error('SQL Server names cannot be empty');
  assertNoNul(name, 'an identifier');
  return `[${name.replaceAll(']', ']]')}]`;
}

/** A backslash right before a line break: T-SQL would read it as a line continuation. */
const CONTINUATION = /\\(?=\r?\n)/g;

/**
 * `N'...'` with `'` doubled; a backslash before LF/CRLF is followed by an inserted `\` + LF,
 * an empty continuation, so that neither the backslash nor the line break is swallowed.
 */
export function quoteLiteral(value: string): string {
  assertNoNul(value, 'a string');
  return `N'${value.replaceAll("'", "''").replace(CONTINUATION, '\\\\\n')}'`;
}

/** `@level1type` per relation kind: views (indexed or not) are VIEW, everything else TABLE. */
const LEVEL1_TYPES: Partial<Record<RelationKind, string>> = {
  table: 'TABLE',
  partitioned_table: 'TABLE',
  external_table: 'TABLE',
  view: 'VIEW',
  materialized_view: 'VIEW',
};

function level1Type(object: ObjectRef): string {
  const type = LEVEL1_TYPES[object.relation ?? 'table'];
  if (type === undefined) throw new Error(`SQL Server has no ${object.relation} relations`);
  return type;
}

/** The `@levelNtype`/`@levelNname` arguments that locate an object; a database has none. */
function levelArguments(object: ObjectRef): string[] {
  const levels: string[] = [];
  if (object.kind === 'database') return levels;
  levels.push(`@level0type = N'SCHEMA'`, `@level0name = ${quoteLiteral(namePart(object, 'schema'))}`);
  if (object.kind === 'schema') return levels;
  levels.push(`@level1type = N'${level1Type(object)}'`, `@level1name = ${quoteLiteral(namePart(object, 'table'))}`);
  if (object.kind === 'table') return levels;
  levels.push(`@level2type = N'COLUMN'`, `@level2name = ${quoteLiteral(namePart(object, 'column'))}`);
  return levels;
}

export const DESCRIPTION_PROPERTY = 'MS_Description';

export type DescriptionProcedure = 'sp_addextendedproperty' | 'sp_updateextendedproperty' | 'sp_dropextendedproperty';

/** The procedure a description change needs, from what the source held when it was read. */
export function descriptionProcedure(change: Pick<Change, 'before' | 'after'>): DescriptionProcedure {
  if (change.after === null) return 'sp_dropextendedproperty';
  return change.before === null ? 'sp_addextendedproperty' : 'sp_updateextendedproperty';
}

function compileDescription(change: Change): string {
  const procedure = descriptionProcedure(change);
  const name = `@name = N'${DESCRIPTION_PROPERTY}'`;
  const value = change.after === null ? [] : [`@value = ${quoteLiteral(change.after)}`];
  return `EXEC sys.${procedure} ${[name, ...value, ...levelArguments(change.object)].join(', ')}`;
}

/** `DATABASE::[d]`, `SCHEMA::[s]` or `OBJECT::[s].[t]`: what ALTER AUTHORIZATION is about. */
function securable(object: ObjectRef): string {
  switch (object.kind) {
    case 'database':
      return `DATABASE::${quoteIdentifier(object.database)}`;
    case 'schema':
      return `SCHEMA::${quoteIdentifier(namePart(object, 'schema'))}`;
    case 'table':
      return `OBJECT::${quoteIdentifier(namePart(object, 'schema'))}.${quoteIdentifier(namePart(object, 'table'))}`;
    case 'column':
      throw new Error('SQL Server columns have no owner');
  }
}

function compileOwner(change: Change): string {
  const target = securable(change.object);
  if (change.after === null) throw new Error('SQL Server cannot clear an owner, only set another');
  return `ALTER AUTHORIZATION ON ${target} TO ${quoteIdentifier(change.after)}`;
}

const compileBuiltIn = compileByField({
  description: compileDescription,
  owner: compileOwner,
  tag: 'SQL Server has no tags revmeta can write',
});

function compileOne(change: Change, templates: SqlTemplates): string {
  return templateSql(change, templates, dialect) ?? compileBuiltIn(change);
}

/** One statement per change: each is a procedure call or an ALTER of its own. */
/** Standard SQL plus `[…]` identifiers. */
const MSSQL_SYNTAX: SqlSyntax = { lineComments: ['--'], quotes: ["'", '"', '['] };

export const dialect: Dialect = {
  quoteIdentifier,
  quoteLiteral,
  syntax: MSSQL_SYNTAX,
  // `@value = NULL` is what a template writes for "no description".
  nullLiteral: 'NULL',
  compile(changes: readonly Change[], templates: SqlTemplates): Statement[] {
    return changes.map((change, index) => ({ sql: compileOne(change, templates), changes: [index] }));
  },
};
