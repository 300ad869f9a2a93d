/**
 * Redshift statement compilation: the PostgreSQL family's statements (postgres/sql.ts), with
 * Redshift's string literals and the keywords its PostgreSQL 8.0 grammar takes.
 */
import type { RelationKind } from '../../model/types.js';
import { createPostgresFamilyDialect } from '../postgres/sql.js';

/**
 * `'...'` with `'` and `\` doubled. Redshift reads a backslash inside '...' as an escape
 * (`\'` is a quote), as PostgreSQL did before `standard_conforming_strings`, and has no
 * `E'...'`: doubling every backslash leaves no escape for it to read but `\\`.
 */
function literal(value: string): string {
  return `'${value.replaceAll('\\', '\\\\').replaceAll("'", "''")}'`;
}

/**
 * `COMMENT ON TABLE | VIEW`: Redshift's grammar has no other relation keyword. A late-binding
 * view takes a comment of its own; its columns (capabilities) and external tables do not.
 */
const COMMENT_KEYWORDS: Partial<Record<RelationKind, string>> = {
  table: 'TABLE',
  view: 'VIEW',
  late_binding_view: 'VIEW',
  // Redshift's catalog keeps a materialized view as a view (relkind 'v'); its COMMENT has no MATERIALIZED VIEW.
  materialized_view: 'VIEW',
};

/**
 * Redshift has no `ALTER VIEW ... OWNER TO`: `ALTER TABLE` changes the owner of a view. Its
 * ALTER MATERIALIZED VIEW has no OWNER TO either, and ALTER TABLE documents tables and views
 * only: materialized views take no owner change (capabilities), so none is listed here.
 */
const OWNER_KEYWORDS: Partial<Record<RelationKind, string>> = {
  table: 'TABLE',
  view: 'TABLE',
  late_binding_view: 'TABLE',
};

export const dialect = createPostgresFamilyDialect({
  system: 'Redshift',
  quoteLiteral: literal,
  commentKeywords: COMMENT_KEYWORDS,
  ownerKeywords: OWNER_KEYWORDS,
});

/** Quoted as the dialect quotes them; a NUL is refused (Redshift cannot store one). */
export const { quoteIdentifier, quoteLiteral } = dialect;
