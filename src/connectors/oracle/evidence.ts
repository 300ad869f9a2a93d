/** Vendor documents behind Oracle's capability matrix (docs/connectors/oracle-matrix.md). */
import type { ConnectorEvidence } from '../matrix.js';

const SQL = 'https://docs.oracle.com/en/database/oracle/oracle-database/19/sqlrf';
const REFERENCE = 'https://docs.oracle.com/en/database/oracle/oracle-database/19/refrn';

export const evidence: ConnectorEvidence = {
  catalog: {
    url: `${REFERENCE}/ALL_OBJECTS.html`,
    kinds: { table: "ALL_OBJECTS.OBJECT_TYPE 'TABLE'", view: "'VIEW'", materialized_view: "'MATERIALIZED VIEW' (its container table of the same name is left out)" },
    unknown: 'nothing: introspection reads only OBJECT_TYPE TABLE, VIEW and MATERIALIZED VIEW; other object types are not relations',
  },
  statements: [{ opens: /^COMMENT ON /, url: `${SQL}/COMMENT.html` }],
  refusals: [
    { field: 'description', level: 'database', reason: 'COMMENT takes no database', url: `${SQL}/COMMENT.html` },
    { field: 'description', level: 'schema', reason: 'a schema is a user, and COMMENT takes no user', url: `${SQL}/COMMENT.html` },
    { field: 'owner', reason: 'an object belongs to the schema it is created in, and no statement moves it', url: `${SQL}/ALTER-TABLE.html` },
    { field: 'tag', reason: 'annotations (23ai) are not managed yet', url: `${SQL}/COMMENT.html` },
  ],
};
