/** Vendor documents behind Unity Catalog's capability matrix (docs/connectors/unitycatalog-matrix.md). */
import { ALTER_MATERIALIZED_VIEW, ALTER_TABLE_COLUMN, SQL_REFERENCE } from '../databricks/evidence.js';
import type { ConnectorEvidence } from '../matrix.js';

export const evidence: ConnectorEvidence = {
  catalog: {
    url: `${SQL_REFERENCE}/information-schema/tables`,
    kinds: {
      table: "information_schema.tables.table_type 'MANAGED', 'MANAGED_SHALLOW_CLONE' or 'STREAMING_TABLE' (altered as a streaming table)",
      view: "'VIEW' or 'METRIC_VIEW'",
      materialized_view: "'MATERIALIZED_VIEW'",
      foreign_table: "'FOREIGN'",
      external_table: "'EXTERNAL' or 'EXTERNAL_SHALLOW_CLONE'",
    },
    unknown: 'any other table_type: an `unknown-relation` plan warning naming it, and nothing planned for it or its columns',
  },
  statements: [
    { opens: /^COMMENT ON /, url: `${SQL_REFERENCE}/sql-ref-syntax-ddl-comment` },
    { opens: /^ALTER CATALOG /, url: `${SQL_REFERENCE}/sql-ref-syntax-ddl-alter-catalog.html` },
    { opens: /^ALTER SCHEMA /, url: `${SQL_REFERENCE}/sql-ref-syntax-ddl-alter-schema` },
    { opens: /^ALTER TABLE \S+ ALTER COLUMN /, url: ALTER_TABLE_COLUMN },
    { opens: /^ALTER TABLE /, url: `${SQL_REFERENCE}/sql-ref-syntax-ddl-alter-table` },
    { opens: /^ALTER VIEW \S+ ALTER COLUMN /, url: `${SQL_REFERENCE}/sql-ref-syntax-ddl-alter-view-manage-column` },
    { opens: /^ALTER VIEW /, url: `${SQL_REFERENCE}/sql-ref-syntax-ddl-alter-view` },
    { opens: /^ALTER MATERIALIZED VIEW /, url: ALTER_MATERIALIZED_VIEW },
  ],
  refusals: [
    { field: 'description', relation: 'materialized_view', reason: 'COMMENT ON a materialized view needs Databricks Runtime 16.3+', url: `${SQL_REFERENCE}/sql-ref-syntax-ddl-comment` },
    { field: 'description', level: 'column', relation: 'view', reason: 'COMMENT ON COLUMN (the only statement for view columns) needs Databricks Runtime 16.1+', url: `${SQL_REFERENCE}/sql-ref-syntax-ddl-comment` },
    { field: 'description', level: 'column', relation: 'foreign_table', reason: 'a foreign table mirrors its source: its columns take no comments', url: ALTER_TABLE_COLUMN },
    { field: 'tag', relation: 'foreign_table', reason: 'a foreign table mirrors its source: it takes no tags', url: 'https://docs.databricks.com/aws/en/database-objects/tags' },
    { field: 'tag', level: 'column', relation: 'view', reason: 'view column tags need the ALTER VIEW ... COLUMN clause (Databricks SQL 2026.47+ / Runtime 19+)', url: `${SQL_REFERENCE}/sql-ref-syntax-ddl-alter-view-manage-column` },
    { field: 'owner', level: 'column', reason: 'a column has no owner of its own: it belongs to its table', url: `${SQL_REFERENCE}/sql-ref-syntax-ddl-alter-table` },
  ],
};
