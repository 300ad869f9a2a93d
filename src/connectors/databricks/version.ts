/**
 * The server version of a Databricks SQL warehouse or cluster, and what depends on it.
 * `current_version()` (DBR 11.3+, every SQL warehouse) names a SQL warehouse's release
 * (`dbsql_version`, e.g. 2025.35) or a cluster's runtime (`dbr_version`, e.g. 15.4.x-scala2.12).
 */
import { text, type CatalogRow } from '../catalog.js';

export const VERSION_SQL = 'SELECT current_version().dbr_version AS dbr_version, current_version().dbsql_version AS dbsql_version';

export const SQL_WAREHOUSE = 'Databricks SQL';
export const RUNTIME = 'Databricks Runtime';
export const UNKNOWN_VERSION = 'Databricks (version unknown)';

/** The version row as `Databricks SQL 2025.35` or `Databricks Runtime 15.4.x-scala2.12`. */
export function versionOf(row: CatalogRow | undefined): string {
  if (row === undefined) return UNKNOWN_VERSION;
  const dbsql = row.dbsql_version;
  if (typeof dbsql === 'string' && dbsql !== '') return `${SQL_WAREHOUSE} ${dbsql}`;
  const dbr = row.dbr_version;
  if (typeof dbr === 'string' && dbr !== '') return `${RUNTIME} ${text(row, 'dbr_version')}`;
  return UNKNOWN_VERSION;
}

/**
 * `COMMENT ON COLUMN` (the only way to comment a view's columns): every SQL warehouse, and
 * clusters from Databricks Runtime 16.1. An unknown version is treated as an old runtime.
 */
export function hasCommentOnColumn(version: string): boolean {
  if (version.startsWith(`${SQL_WAREHOUSE} `)) return true;
  const match = new RegExp(`^${RUNTIME} (\\d+)\\.(\\d+)`).exec(version);
  if (!match) return false;
  const [major, minor] = [Number(match[1]), Number(match[2])];
  return major > 16 || (major === 16 && minor >= 1);
}
