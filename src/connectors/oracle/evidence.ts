/** Vendor documents behind Oracle's capability matrix (docs/connectors/oracle-matrix.md). */
import type { ConnectorEvidence } from '../matrix.js';

const SQL = 'https://docs.oracle.com/en/database/oracle/oracle-database/19/sqlrf';
// unverified: not in the stored docs (they hold COMMENT and ALL_OBJECTS of 11.2 and 12.1 only, at other addresses)
const COMMENT = `${SQL}/COMMENT.html`;
const REFERENCE = 'https://docs.oracle.com/en/database/oracle/oracle-database/19/refrn';

export const evidence: ConnectorEvidence = {
  catalog: {
    // unverified: not in the stored docs
    url: `${REFERENCE}/ALL_OBJECTS.html`,
    kinds: { table: "ALL_OBJECTS.OBJECT_TYPE 'TABLE'", view: "'VIEW'", materialized_view: "'MATERIALIZED VIEW' (its container table of the same name is left out)" },
    unknown: 'nothing: introspection reads only OBJECT_TYPE TABLE, VIEW and MATERIALIZED VIEW; other object types are not relations',
  },
  statements: [{ opens: /^COMMENT ON /, url: COMMENT }],
  refusals: [
    { field: 'description', level: 'database', reason: 'COMMENT takes no database', url: COMMENT },
    { field: 'description', level: 'schema', reason: 'a schema is a user, and COMMENT takes no user', url: COMMENT },
    { field: 'owner', reason: 'an object belongs to the schema it is created in, and no statement moves it', url: `${SQL}/ALTER-TABLE.html` },
    { field: 'tag', reason: 'annotations (23ai) are not managed yet', url: COMMENT },
  ],
};
