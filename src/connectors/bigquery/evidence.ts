/** Vendor documents behind BigQuery's capability matrix (docs/connectors/bigquery-matrix.md). */
import type { ConnectorEvidence } from '../matrix.js';

const DDL = 'https://cloud.google.com/bigquery/docs/reference/standard-sql/data-definition-language';

export const evidence: ConnectorEvidence = {
  catalog: {
    url: 'https://cloud.google.com/bigquery/docs/information-schema-tables',
    kinds: {
      table: "INFORMATION_SCHEMA.TABLES.table_type 'BASE TABLE' or 'CLONE'",
      view: "'VIEW'",
      materialized_view: "'MATERIALIZED VIEW'",
      external_table: "'EXTERNAL'",
      snapshot: "'SNAPSHOT'",
    },
    unknown: 'any other table_type: an `unknown-relation` plan warning naming it, and nothing planned for it or its columns',
  },
  statements: [
    // Labels are merged by a patch of the changed keys, a null value deleting its key.
    { opens: /^PATCH projects\/[^/\s]+\/datasets\/[^/\s]+ /, url: 'https://cloud.google.com/bigquery/docs/deleting-labels' },
    { opens: /^PATCH projects\/[^/\s]+\/datasets\/[^/\s]+\/tables\/[^/\s]+ /, url: 'https://cloud.google.com/bigquery/docs/deleting-labels' },
    { opens: /^ALTER SCHEMA /, url: `${DDL}#alter_schema_set_options_statement` },
    { opens: /^ALTER TABLE \S+ ALTER COLUMN /, url: `${DDL}#alter_column_set_options_statement` },
    { opens: /^ALTER TABLE /, url: `${DDL}#alter_table_set_options_statement` },
    { opens: /^ALTER VIEW \S+ ALTER COLUMN /, url: `${DDL}#alter_view_set_options_statement` },
    { opens: /^ALTER VIEW /, url: `${DDL}#alter_view_set_options_statement` },
    { opens: /^ALTER MATERIALIZED VIEW /, url: `${DDL}#alter_materialized_view_set_options_statement` },
  ],
  refusals: [
    { level: 'database', reason: 'a project has neither description nor labels in BigQuery', url: 'https://cloud.google.com/bigquery/docs/information-schema-intro' },
    { field: 'description', relation: 'external_table', reason: 'external tables refuse ALTER TABLE SET OPTIONS and ALTER COLUMN SET OPTIONS', url: `${DDL}#alter_table_set_options_statement` },
    { field: 'tag', relation: 'external_table', reason: 'external tables refuse ALTER TABLE SET OPTIONS', url: `${DDL}#alter_table_set_options_statement` },
    { field: 'description', level: 'column', relation: 'materialized_view', reason: 'the columns of a materialized view take no options', url: `${DDL}#alter_materialized_view_set_options_statement` },
    { field: 'description', level: 'column', relation: 'snapshot', reason: "a snapshot's schema is read-only: only its own metadata can change", url: 'https://cloud.google.com/bigquery/docs/table-snapshots-intro' },
    { field: 'owner', reason: 'access is IAM, not object metadata: BigQuery objects have no owner', url: 'https://cloud.google.com/bigquery/docs/information-schema-intro' },
    { field: 'tag', level: 'column', reason: 'labels are set on datasets and tables, not on columns', url: `${DDL}#alter_column_set_options_statement` },
  ],
};
