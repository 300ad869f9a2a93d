import { capabilities as postgresCapabilities } from '../postgres/capabilities.js';
import type { Capabilities, ServerInfo } from '../types.js';

/**
 * What Redshift can write is what PostgreSQL can (the same on every Redshift release, so the
 * version is not read): comments on databases, schemas, tables, views and columns; owners of
 * databases, schemas, tables and views; no tags; transactional DDL.
 *
 * Redshift takes no comments on external (Spectrum) tables or their columns, nor on the
 * columns of late-binding views, and an external table's owner is its external schema's: the
 * planner warns about manifest values there instead of planning a statement that would fail.
 * A late-binding view itself takes a comment and an owner like any view. A materialized view
 * takes a comment (COMMENT ON VIEW: Redshift keeps it as a view), but no documented statement
 * changes its owner (ALTER MATERIALIZED VIEW has no OWNER TO; ALTER TABLE ... OWNER TO names
 * tables and views), so an owner there is a warning.
 *
 * COMMENT and ALTER ... OWNER run inside a transaction (only statements such as CREATE
 * DATABASE or ALTER TABLE APPEND refuse one), so each database's changes apply atomically.
 * Redshift has no advisory locks: a second apply on the same database is not locked out, but
 * Redshift runs concurrent transactions serialisably, so each apply still commits whole or
 * not at all (see docs/connectors/redshift.md).
 */
export function capabilities(server: ServerInfo): Capabilities {
  return {
    ...postgresCapabilities(server),
    unsupportedRelations: {
      description: { table: ['external_table'], column: ['external_table', 'late_binding_view'] },
      owner: { table: ['external_table', 'materialized_view'] },
    },
    // With metadata security on (an account setting the connection cannot read), the catalogs
    // list only what the user may see, and nothing tells a hidden object from a dropped one.
    listing: { database: 'visible-only', schema: 'visible-only', table: 'visible-only' },
  };
}
