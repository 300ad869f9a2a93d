/** Vendor documents behind PostgreSQL's capability matrix (docs/connectors/postgres-matrix.md). */
import type { ConnectorEvidence } from '../matrix.js';

const DOCS = 'https://www.postgresql.org/docs/current';

export const evidence: ConnectorEvidence = {
  catalog: {
    url: `${DOCS}/catalog-pg-class.html`,
    kinds: { table: "pg_class.relkind 'r'", partitioned_table: "relkind 'p'", view: "relkind 'v'", materialized_view: "relkind 'm'", foreign_table: "relkind 'f'" },
    unknown:
      "nothing: introspection reads only relkinds r, p, v, m and f (indexes, sequences, TOAST tables and composite types are not relations OpenMetadata catalogs); any other relkind is an introspection error, never a table",
  },
  statements: [
    { opens: /^COMMENT ON /, url: `${DOCS}/sql-comment.html` },
    { opens: /^ALTER DATABASE /, url: `${DOCS}/sql-alterdatabase.html` },
    { opens: /^ALTER SCHEMA /, url: `${DOCS}/sql-alterschema.html` },
    { opens: /^ALTER (TABLE|FOREIGN TABLE) /, url: `${DOCS}/sql-altertable.html` },
    { opens: /^ALTER VIEW /, url: `${DOCS}/sql-alterview.html` },
    { opens: /^ALTER MATERIALIZED VIEW /, url: `${DOCS}/sql-altermaterializedview.html` },
  ],
  refusals: [
    { field: 'owner', level: 'column', reason: 'a column has no owner of its own: it belongs to its table', url: `${DOCS}/catalog-pg-attribute.html` },
    { field: 'tag', reason: 'PostgreSQL has no tags', url: `${DOCS}/sql-comment.html` },
  ],
};
