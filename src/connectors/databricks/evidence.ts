/** Vendor documents behind the Hive metastore's capability matrix (docs/connectors/databricks-matrix.md). */
import type { ConnectorEvidence } from '../matrix.js';

export const SQL_REFERENCE = 'https://docs.databricks.com/aws/en/sql/language-manual';
// These pages at the addresses the stored docs hold them under (Databricks serves each manual page at several).
// Also the source of the multi-column form `ALTER COLUMN a COMMENT '…', b COMMENT '…'` (its ALTER
// COLUMN clause: Databricks SQL, Runtime 16.3+), which ./version.ts hasMultiColumnAlter gates.
export const ALTER_TABLE_COLUMN = 'https://docs.databricks.com/sql/language-manual/sql-ref-syntax-ddl-alter-table-manage-column.html';
export const ALTER_MATERIALIZED_VIEW = 'https://docs.databricks.com/aws/sql/language-manual/sql-ref-syntax-ddl-alter-materialized-view';

export const evidence: ConnectorEvidence = {
  catalog: {
    url: 'https://docs.databricks.com/sql/language-manual/sql-ref-syntax-aux-describe-table.html',
    kinds: { table: "DESCRIBE TABLE EXTENDED Type 'MANAGED'", view: "'VIEW'", materialized_view: "'MATERIALIZED_VIEW'", external_table: "'EXTERNAL'" },
    unknown: 'any other Type: an `unknown-relation` plan warning naming it, and nothing planned for it or its columns',
  },
  statements: [
    { opens: /^COMMENT ON /, url: `${SQL_REFERENCE}/sql-ref-syntax-ddl-comment` },
    { opens: /^ALTER TABLE \S+ ALTER COLUMN /, url: ALTER_TABLE_COLUMN },
    { opens: /^ALTER SCHEMA /, url: `${SQL_REFERENCE}/sql-ref-syntax-ddl-alter-schema` },
    { opens: /^ALTER TABLE /, url: `${SQL_REFERENCE}/sql-ref-syntax-ddl-alter-table` },
    { opens: /^ALTER VIEW /, url: `${SQL_REFERENCE}/sql-ref-syntax-ddl-alter-view` },
    { opens: /^ALTER MATERIALIZED VIEW /, url: ALTER_MATERIALIZED_VIEW },
  ],
  refusals: [
    { level: 'database', reason: 'the OpenMetadata database is the metastore\'s catalog name (`hive_metastore`), not an object', url: `${SQL_REFERENCE}/sql-ref-syntax-ddl-comment` },
    { field: 'description', level: 'column', relation: 'view', reason: "a view's columns take a comment only by redefining the view", url: `${SQL_REFERENCE}/sql-ref-syntax-ddl-alter-view` },
    { field: 'description', level: 'column', relation: 'materialized_view', reason: "a materialized view's columns take a comment only by redefining it", url: ALTER_MATERIALIZED_VIEW },
    { field: 'owner', level: 'column', reason: 'a column has no owner of its own: it belongs to its table', url: `${SQL_REFERENCE}/sql-ref-syntax-ddl-alter-table` },
    { field: 'tag', reason: 'tags are a Unity Catalog feature', url: 'https://docs.databricks.com/aws/en/database-objects/tags' },
  ],
};
