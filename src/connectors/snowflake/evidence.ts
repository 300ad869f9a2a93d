/** Vendor documents behind Snowflake's capability matrix (docs/connectors/snowflake-matrix.md). */
import type { ConnectorEvidence } from '../matrix.js';
import type { SnowflakeCompileContext } from './sql.js';

const SQL = 'https://docs.snowflake.com/en/sql-reference/sql';
const sampleContext = { tagSchema: { database: 'GOVERNANCE', schema: 'TAGS' } } satisfies SnowflakeCompileContext;

export const evidence: ConnectorEvidence = {
  catalog: {
    url: 'https://docs.snowflake.com/en/sql-reference/info-schema/tables',
    kinds: {
      table: "TABLES.TABLE_TYPE 'BASE TABLE' (or a temporary table)",
      view: "'VIEW'",
      materialized_view: "'MATERIALIZED VIEW'",
      external_table: "'EXTERNAL TABLE'",
      iceberg_table: "a base table with IS_ICEBERG = 'YES'",
      dynamic_table: "IS_DYNAMIC = 'YES'",
      event_table: "'EVENT TABLE'",
      hybrid_table: "IS_HYBRID = 'YES' (before that, 'HYBRID TABLE')",
    },
    unknown: 'any other TABLE_TYPE: an `unknown-relation` plan warning naming it, and nothing planned for it or its columns',
  },
  statements: [
    { opens: /^COMMENT ON /, url: `${SQL}/comment` },
    { opens: /^ALTER ICEBERG TABLE /, url: `${SQL}/alter-iceberg-table` },
    { opens: /^ALTER DYNAMIC TABLE /, url: `${SQL}/alter-dynamic-table` },
    { opens: /^ALTER EXTERNAL TABLE /, url: `${SQL}/alter-external-table` },
    { opens: /^ALTER MATERIALIZED VIEW /, url: `${SQL}/alter-materialized-view` },
    { opens: /^ALTER VIEW /, url: `${SQL}/alter-view` },
    // unverified: not in the stored docs
    { opens: /^ALTER TABLE .* MODIFY COLUMN .* TAG /, url: `${SQL}/alter-table-column` },
    { opens: /^ALTER TABLE /, url: `${SQL}/alter-table` },
    { opens: /^ALTER DATABASE /, url: `${SQL}/alter-database` },
    { opens: /^ALTER SCHEMA /, url: `${SQL}/alter-schema` },
    { opens: /^GRANT OWNERSHIP /, url: `${SQL}/grant-ownership` },
  ],
  refusals: [
    { field: 'description', level: 'column', relation: 'event_table', reason: 'ALTER TABLE on an event table has no column actions', url: `${SQL}/alter-table-event-table` },
    { field: 'tag', level: 'column', relation: 'event_table', reason: 'ALTER TABLE on an event table has no column actions', url: `${SQL}/alter-table-event-table` },
    { field: 'tag', level: 'column', relation: 'external_table', reason: 'ALTER EXTERNAL TABLE takes no column tags', url: `${SQL}/alter-external-table` },
    { field: 'owner', level: 'column', reason: 'a column has no owner of its own: it belongs to its table', url: `${SQL}/grant-ownership` },
  ],
  sampleContext,
};
