/** Vendor documents behind ClickHouse's capability matrix (docs/connectors/clickhouse-matrix.md). */
import type { ConnectorEvidence } from '../matrix.js';

const DOCS = 'https://clickhouse.com/docs';

export const evidence: ConnectorEvidence = {
  catalog: {
    url: `${DOCS}/engines/table-engines`,
    kinds: {
      table: 'system.tables.engine of a table engine (MergeTree family, Log family, integrations, Distributed, Memory, ...)',
      view: "engine 'View', 'LiveView' or 'WindowView'",
      materialized_view: "engine 'MaterializedView' (its inner table is left out)",
    },
    unknown: 'any other engine: an `unknown-relation` plan warning naming it, and nothing planned for it or its columns',
  },
  statements: [
    { opens: /^ALTER DATABASE /, url: `${DOCS}/sql-reference/statements/alter/database-comment` },
    { opens: /^ALTER TABLE \S+ COMMENT COLUMN /, url: `${DOCS}/sql-reference/statements/alter/column#comment-column` },
    { opens: /^ALTER TABLE \S+ MODIFY COMMENT /, url: `${DOCS}/sql-reference/statements/alter/comment` },
  ],
  refusals: [
    { field: 'description', level: 'database', reason: 'the database level is the connection\'s name only', url: `${DOCS}/sql-reference/statements/alter/database-comment` },
    { field: 'description', level: 'schema', reason: 'ALTER DATABASE ... MODIFY COMMENT needs ClickHouse 25.4', url: `${DOCS}/sql-reference/statements/alter/database-comment` },
    { field: 'description', level: 'table', reason: 'ALTER TABLE ... MODIFY COMMENT works from ClickHouse 23.9', url: `${DOCS}/sql-reference/statements/alter/comment` },
    { field: 'description', level: 'column', relation: 'materialized_view', reason: 'a materialized view with inner storage accepts COMMENT COLUMN and ignores it', url: `${DOCS}/sql-reference/statements/alter/column#comment-column` },
    { field: 'owner', reason: 'ClickHouse objects have no owner', url: `${DOCS}/engines/table-engines` },
    { field: 'tag', reason: 'ClickHouse has no tags', url: `${DOCS}/engines/table-engines` },
  ],
};
