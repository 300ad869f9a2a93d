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

/** `[major, minor]` of a version string's `<major>.<minor>` after the prefix, or null. */
function release(version: string, prefix: string): [number, number] | null {
  const match = new RegExp(`^${prefix} (\\d+)\\.(\\d+)`).exec(version);
  return match ? [Number(match[1]), Number(match[2])] : null;
}

/**
 * Whether the server is at least this release: a SQL warehouse against `warehouse`
 * (`[2026, 47]` for 2026.47; `'all'` for every release), a cluster against `runtime`
 * (`[16, 3]`). An unknown version is treated as an old runtime.
 */
function atLeast(version: string, warehouse: [number, number] | 'all', runtime: [number, number]): boolean {
  const dbsql = release(version, SQL_WAREHOUSE);
  if (dbsql !== null || version.startsWith(`${SQL_WAREHOUSE} `)) {
    if (warehouse === 'all') return true;
    return dbsql !== null && (dbsql[0] > warehouse[0] || (dbsql[0] === warehouse[0] && dbsql[1] >= warehouse[1]));
  }
  const dbr = release(version, RUNTIME);
  return dbr !== null && (dbr[0] > runtime[0] || (dbr[0] === runtime[0] && dbr[1] >= runtime[1]));
}

/**
 * `COMMENT ON COLUMN` (the only way to comment a view's columns): every SQL warehouse, and
 * clusters from Databricks Runtime 16.1
 * (https://docs.databricks.com/aws/en/sql/language-manual/sql-ref-syntax-ddl-comment).
 */
export function hasCommentOnColumn(version: string): boolean {
  return atLeast(version, 'all', [16, 1]);
}

/**
 * `COMMENT ON` a materialized view (its own comment or its columns'): every SQL warehouse,
 * clusters from Databricks Runtime 16.3 (COMMENT ON page, as above).
 */
export function hasCommentOnMaterializedView(version: string): boolean {
  return atLeast(version, 'all', [16, 3]);
}

/**
 * Tags on a view's columns: `ALTER VIEW ... ALTER COLUMN ... SET TAGS` exists from Databricks
 * SQL 2026.47 and Runtime 19
 * (https://docs.databricks.com/aws/en/sql/language-manual/sql-ref-syntax-ddl-alter-view-manage-column).
 * Before that, `ALTER TABLE <view> ALTER COLUMN ... SET TAGS` fails with
 * EXPECT_TABLE_NOT_VIEW.NO_ALTERNATIVE (databricks/dbt-databricks#1078).
 */
export function hasViewColumnTags(version: string): boolean {
  return atLeast(version, [2026, 47], [19, 0]);
}

/**
 * Several columns in one `ALTER TABLE ... ALTER COLUMN a COMMENT '...', b COMMENT '...'`: every
 * SQL warehouse, and clusters from Databricks Runtime 16.3 (the ALTER COLUMN clause of
 * https://docs.databricks.com/sql/language-manual/sql-ref-syntax-ddl-alter-table-manage-column.html).
 * Delta tables only: Apache Spark refuses the form on its v1 (session catalog) tables, which on
 * Databricks are the tables of any other format (SPARK-50883: UNSUPPORTED_FEATURE.TABLE_OPERATION).
 */
export function hasMultiColumnAlter(version: string): boolean {
  return atLeast(version, 'all', [16, 3]);
}
