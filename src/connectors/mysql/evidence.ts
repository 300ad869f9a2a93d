/** Vendor documents behind MySQL's and MariaDB's capability matrix (docs/connectors/mysql-matrix.md). */
import type { ConnectorEvidence } from '../matrix.js';
import { SAMPLE } from '../matrix.js';
import { tableKey } from './sql.js';

const MYSQL = 'https://dev.mysql.com/doc/refman/8.0/en';

export const evidence: ConnectorEvidence = {
  catalog: {
    url: `${MYSQL}/information-schema-tables-table.html`,
    kinds: { table: "TABLES.TABLE_TYPE 'BASE TABLE' (MariaDB: also 'SYSTEM VERSIONED')", view: "'VIEW' or 'SYSTEM VIEW'" },
    unknown:
      "any other TABLE_TYPE: an `unknown-relation` plan warning naming it; MariaDB's 'SEQUENCE' and 'TEMPORARY' are left out, as OpenMetadata does not catalog them",
  },
  statements: [
    { opens: /^ALTER DATABASE /, url: 'https://mariadb.com/kb/en/alter-database/' },
    { opens: /^ALTER TABLE /, url: `${MYSQL}/alter-table.html` },
  ],
  refusals: [
    { field: 'description', level: 'database', reason: 'the database level is the connection\'s name only', url: `${MYSQL}/information-schema-schemata-table.html` },
    { field: 'description', level: 'schema', reason: 'MySQL has no schema comments (MariaDB 10.5+ has ALTER DATABASE ... COMMENT)', url: 'https://mariadb.com/kb/en/alter-database/' },
    { field: 'description', relation: 'view', reason: "a view has no comment of its own (TABLE_COMMENT reads 'VIEW'), and its columns show the comments of the columns they select", url: `${MYSQL}/information-schema-tables-table.html` },
    { field: 'owner', reason: 'MySQL objects have no owner', url: `${MYSQL}/information-schema-tables-table.html` },
    { field: 'tag', reason: 'MySQL has no tags', url: `${MYSQL}/alter-table.html` },
  ],
  // What readForRender reads for a column comment: the table's SHOW CREATE TABLE, whose column definition is restated.
  sampleContext: {
    [tableKey(SAMPLE.schema, SAMPLE.table)]: `CREATE TABLE \`${SAMPLE.table}\` (\n  \`${SAMPLE.column}\` decimal(10,2) NOT NULL\n) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4`,
  },
};
