/**
 * PostgreSQL statement rendering. DDL takes no bind parameters, so every name and value is
 * inlined through the two quoting functions below; nothing else builds SQL from data.
 */
import type { ObjectRef, RelationKind } from '../../model/types.js';
import type { Change } from '../../plan/types.js';
import { renderTemplate, templateName } from '../template.js';
import type { Dialect, SqlTemplates, Statement } from '../types.js';

/** Text in PostgreSQL cannot hold NUL; refusing it beats having the server cut the value. */
function assertNoNul(text: string, what: string): void {
  if (text.includes('\0')) throw new Error(`PostgreSQL cannot store a NUL character in ${what}`);
}

/** Always quoted, so case, reserved words and punctuation never change what a name means. */
export function quoteIdentifier(name: string): string {
  assertNoNul(name, 'an identifier');
  return `"${name.replaceAll('"', '""')}"`;
}

/**
 * `'...'` with `'` doubled. A value with a backslash becomes an escape string `E'...'` with
 * `\` doubled as well: its meaning is then the same whether `standard_conforming_strings`
 * is on or off, so a server (or session) with the legacy setting cannot misread it.
 */
export function quoteLiteral(value: string): string {
  assertNoNul(value, 'a string');
  const quoted = value.replaceAll("'", "''");
  if (!value.includes('\\')) return `'${quoted}'`;
  return `E'${quoted.replaceAll('\\', '\\\\')}'`;
}

/** The keyword of `COMMENT ON <kind>` / `ALTER <kind>` for each relation kind PostgreSQL has. */
const RELATION_KEYWORDS: Partial<Record<RelationKind, string>> = {
  table: 'TABLE',
  partitioned_table: 'TABLE',
  view: 'VIEW',
  materialized_view: 'MATERIALIZED VIEW',
  foreign_table: 'FOREIGN TABLE',
};

function relationKeyword(object: ObjectRef): string {
  const keyword = RELATION_KEYWORDS[object.relation ?? 'table'];
  if (keyword === undefined) throw new Error(`PostgreSQL has no ${object.relation} relations`);
  return keyword;
}

function part(object: ObjectRef, key: 'schema' | 'table' | 'column'): string {
  const name = object[key];
  if (name === undefined) throw new Error(`a ${object.kind} reference needs its ${key} name`);
  return quoteIdentifier(name);
}

/** `KIND "qualified"."name"` of the object a statement is about. */
function target(object: ObjectRef): string {
  switch (object.kind) {
    case 'database':
      return `DATABASE ${quoteIdentifier(object.database)}`;
    case 'schema':
      return `SCHEMA ${part(object, 'schema')}`;
    case 'table':
      return `${relationKeyword(object)} ${part(object, 'schema')}.${part(object, 'table')}`;
    case 'column':
      return `COLUMN ${part(object, 'schema')}.${part(object, 'table')}.${part(object, 'column')}`;
  }
}

function renderDescription(change: Change): string {
  const value = change.after === null ? 'NULL' : quoteLiteral(change.after);
  return `COMMENT ON ${target(change.object)} IS ${value}`;
}

/** `ALTER TABLE ... OWNER TO` on a view works too, but the matching keyword reads truthfully. */
function renderOwner(change: Change): string {
  if (change.object.kind === 'column') throw new Error('PostgreSQL columns have no owner');
  if (change.after === null) throw new Error('PostgreSQL cannot clear an owner, only set another');
  return `ALTER ${target(change.object)} OWNER TO ${quoteIdentifier(change.after)}`;
}

function renderBuiltIn(change: Change): string {
  switch (change.field) {
    case 'description':
      return renderDescription(change);
    case 'owner':
      return renderOwner(change);
    case 'tag':
      throw new Error('PostgreSQL has no tags');
  }
}

function renderOne(change: Change, templates: SqlTemplates): string {
  const template = templates[templateName(change)];
  return template === undefined ? renderBuiltIn(change) : renderTemplate(template, change, dialect);
}

export const dialect: Dialect = {
  quoteIdentifier,
  quoteLiteral,
  nullLiteral: 'NULL',
  render(changes: readonly Change[], templates: SqlTemplates): Statement[] {
    return changes.map((change, index) => ({ sql: renderOne(change, templates), changes: [index] }));
  },
};
