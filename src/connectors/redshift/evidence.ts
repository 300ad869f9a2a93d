/** Vendor documents behind Redshift's capability matrix (docs/connectors/redshift-matrix.md). */
import type { ConnectorEvidence } from '../matrix.js';

const DOCS = 'https://docs.aws.amazon.com/redshift/latest/dg';

export const evidence: ConnectorEvidence = {
  catalog: {
    url: `${DOCS}/r_PG_CLASS_INFO.html`,
    kinds: {
      table: "pg_class.relkind 'r'",
      view: "relkind 'v' (a view SVV_MV_INFO lists is a materialized view)",
      materialized_view: 'SVV_MV_INFO',
      external_table: 'SVV_EXTERNAL_TABLES (Spectrum)',
      late_binding_view: "relkind 'v' whose definition says WITH NO SCHEMA BINDING",
    },
    unknown: "nothing: introspection reads only relkinds 'r' and 'v' and the two system views above; any other relkind is an introspection error, never a table",
  },
  statements: [
    { opens: /^COMMENT ON /, url: `${DOCS}/r_COMMENT.html` },
    { opens: /^ALTER DATABASE /, url: `${DOCS}/r_ALTER_DATABASE.html` },
    { opens: /^ALTER SCHEMA /, url: `${DOCS}/r_ALTER_SCHEMA.html` },
    { opens: /^ALTER TABLE /, url: `${DOCS}/r_ALTER_TABLE.html` },
  ],
  refusals: [
    { field: 'description', relation: 'external_table', reason: 'Redshift takes no comments on external tables or their columns', url: `${DOCS}/r_COMMENT.html` },
    { field: 'description', relation: 'late_binding_view', reason: 'Redshift takes no comments on the columns of late-binding views', url: `${DOCS}/r_COMMENT.html` },
    { field: 'owner', relation: 'external_table', reason: "an external table's owner is its external schema's", url: `${DOCS}/r_ALTER_SCHEMA.html` },
    { field: 'owner', relation: 'materialized_view', reason: 'ALTER MATERIALIZED VIEW has no OWNER TO, and ALTER TABLE ... OWNER TO names tables and views only', url: `${DOCS}/r_ALTER_MATERIALIZED_VIEW.html` },
    { field: 'owner', level: 'column', reason: 'a column has no owner of its own: it belongs to its table', url: `${DOCS}/r_ALTER_TABLE.html` },
    { field: 'tag', reason: 'Redshift has no object tags', url: `${DOCS}/r_COMMENT.html` },
  ],
};
