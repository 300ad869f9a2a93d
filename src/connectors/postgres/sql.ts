/**
 * PostgreSQL statement compilation. DDL takes no bind parameters, so every name and value is
 * inlined through the two quoting functions below; nothing else builds SQL from data.
 *
 * The statements are those of the whole PostgreSQL family: `createPostgresFamilyDialect`
 * compiles them for a system that shares the grammar but differs in string literals and in the
 * keyword each relation kind takes (Redshift).
 */
import type { ObjectRef, RelationKind } from '../../model/types.js';
import type { Change } from '../../model/change.js';
import type { SqlSyntax } from '../sql-lexer.js';
import { templateSql } from '../template.js';
import type { Dialect, SqlTemplates, Statement } from '../types.js';
import { namePart } from '../kit/objects.js';
import { compileByField } from '../kit/compile.js';

/** Text in the PostgreSQL family cannot hold NUL; refusing it beats having the server cut the value. */
function assertNoNul(text: string, what: string, system: string): void {
  if (text.includes('\0')) throw new Error(`${system} cannot store a NUL character in ${what}`);
}

function quoteIdentifierOf(system: string): (name: string) => string {
  return (name) => {
    assertNoNul(name, 'an identifier', system);
    return `"${name.replaceAll('"', '""')}"`;
  };
}

/** Always quoted, so case, reserved words and punctuation never change what a name means. */
export const quoteIdentifier = quoteIdentifierOf('PostgreSQL');

/**
 * `'...'` with `'` doubled. A value with a backslash becomes an escape string `E'...'` with
 * `\` doubled as well: its meaning is then the same whether `standard_conforming_strings`
 * is on or off, so a server (or session) with the legacy setting cannot misread it.
 */
export function quoteLiteral(value: string): string {
  assertNoNul(value, 'a string', 'PostgreSQL');
  const quoted = value.replaceAll("'", "''");
  if (!value.includes('\\')) return `'${quoted}'`;
  return `E'${quoted.replaceAll('\\', '\\\\')}'`;
}

/** Standard SQL plus dollar quoting (`$$…$$`, `$tag$…$tag$`), shared by the family (Redshift too). */
export const POSTGRES_SYNTAX: SqlSyntax = { lineComments: ['--'], quotes: ["'", '"'], dollarQuotes: 'tagged' };

/** The keyword of `COMMENT ON <kind>` / `ALTER <kind>` for each relation kind PostgreSQL has. */
const RELATION_KEYWORDS: Partial<Record<RelationKind, string>> = {
  table: 'TABLE',
  partitioned_table: 'TABLE',
  view: 'VIEW',
  materialized_view: 'MATERIALIZED VIEW',
  foreign_table: 'FOREIGN TABLE',
};

/** What sets one member of the PostgreSQL family apart from another when compiling. */
export interface PostgresFamily {
  /** Names the system in errors: "Redshift has no tags". */
  system: string;
  /** The system's string literal, NUL already refused. */
  quoteLiteral(value: string): string;
  /** `COMMENT ON <keyword>` per relation kind the system can comment on. */
  commentKeywords: Partial<Record<RelationKind, string>>;
  /** `ALTER <keyword> ... OWNER TO` per relation kind whose owner the system can change. */
  ownerKeywords: Partial<Record<RelationKind, string>>;
}

/** The dialect of a PostgreSQL-family system: one statement per change, in input order. */
export function createPostgresFamilyDialect(family: PostgresFamily): Dialect {
  const { system } = family;
  const quoteName = quoteIdentifierOf(system);
  const quoteValue = (value: string): string => {
    assertNoNul(value, 'a string', system);
    return family.quoteLiteral(value);
  };

  function relationKeyword(object: ObjectRef, keywords: Partial<Record<RelationKind, string>>): string {
    const keyword = keywords[object.relation ?? 'table'];
    if (keyword === undefined) throw new Error(`${system} has no ${object.relation} relations`);
    return keyword;
  }

  function part(object: ObjectRef, key: 'schema' | 'table' | 'column'): string {
    return quoteName(namePart(object, key));
  }

  /** `KIND "qualified"."name"` of the object a statement is about. */
  function target(object: ObjectRef, keywords: Partial<Record<RelationKind, string>>): string {
    switch (object.kind) {
      case 'database':
        return `DATABASE ${quoteName(object.database)}`;
      case 'schema':
        return `SCHEMA ${part(object, 'schema')}`;
      case 'table':
        return `${relationKeyword(object, keywords)} ${part(object, 'schema')}.${part(object, 'table')}`;
      case 'column':
        return `COLUMN ${part(object, 'schema')}.${part(object, 'table')}.${part(object, 'column')}`;
    }
  }

  function compileDescription(change: Change): string {
    const value = change.after === null ? 'NULL' : quoteValue(change.after);
    return `COMMENT ON ${target(change.object, family.commentKeywords)} IS ${value}`;
  }

  function compileOwner(change: Change): string {
    if (change.object.kind === 'column') throw new Error(`${system} columns have no owner`);
    if (change.after === null) throw new Error(`${system} cannot clear an owner, only set another`);
    return `ALTER ${target(change.object, family.ownerKeywords)} OWNER TO ${quoteName(change.after)}`;
  }

  const compileBuiltIn = compileByField({
    description: compileDescription,
    owner: compileOwner,
    tag: `${system} has no tags`,
  });

  const dialect: Dialect = {
    quoteIdentifier: quoteName,
    quoteLiteral: quoteValue,
    nullLiteral: 'NULL',
    syntax: POSTGRES_SYNTAX,
    compile(changes: readonly Change[], templates: SqlTemplates): Statement[] {
      return changes.map((change, index) => {
        return { sql: templateSql(change, templates, dialect) ?? compileBuiltIn(change), changes: [index] };
      });
    },
  };
  return dialect;
}

/** `ALTER TABLE ... OWNER TO` on a view works too, but the matching keyword reads truthfully. */
export const dialect: Dialect = createPostgresFamilyDialect({
  system: 'PostgreSQL',
  quoteLiteral,
  commentKeywords: RELATION_KEYWORDS,
  ownerKeywords: RELATION_KEYWORDS,
});
