/** Vendor documents behind MySQL's and MariaDB's capability matrix (docs/connectors/mysql-matrix.md). */
import type { ConnectorEvidence } from '../matrix.js';
import { SAMPLE } from '../matrix.js';
import { tableKey } from './sql.js';

// The 5.7 manual's pages are the ones the stored docs hold; TABLES.TABLE_TYPE, SCHEMATA and ALTER TABLE read the same in 8.x.
const MYSQL = 'https://dev.mysql.com/doc/refman/5.7/en';
const MARIADB_ALTER_DATABASE = 'https://mariadb.com/docs/server/reference/sql-statements/data-definition/alter/alter-database';

export const evidence: ConnectorEvidence = {
  catalog: {
    url: `${MYSQL}/information-schema-tables-table.html`,
    kinds: { table: "TABLES.TABLE_TYPE 'BASE TABLE' (MariaDB: also 'SYSTEM VERSIONED')", view: "'VIEW' or 'SYSTEM VIEW'" },
    unknown:
      "any other TABLE_TYPE: an `unknown-relation` plan warning naming it; MariaDB's 'SEQUENCE' and 'TEMPORARY' are left out, as OpenMetadata does not catalog them",
  },
  statements: [
    { opens: /^ALTER DATABASE /, url: MARIADB_ALTER_DATABASE },
    { opens: /^ALTER TABLE /, url: `${MYSQL}/alter-table.html` },
  ],
  refusals: [
    { field: 'description', level: 'database', reason: 'the database level is the connection\'s name only', url: `${MYSQL}/information-schema-schemata-table.html` },
    { field: 'description', level: 'schema', reason: 'MySQL has no schema comments (MariaDB 10.5+ has ALTER DATABASE ... COMMENT)', url: MARIADB_ALTER_DATABASE },
    { field: 'description', relation: 'view', reason: "a view has no comment of its own (TABLE_COMMENT reads 'VIEW'), and its columns show the comments of the columns they select", url: `${MYSQL}/information-schema-tables-table.html` },
    { field: 'owner', reason: 'MySQL objects have no owner', url: `${MYSQL}/information-schema-tables-table.html` },
    { field: 'tag', reason: 'MySQL has no tags', url: `${MYSQL}/alter-table.html` },
  ],
  // What readCompileContext reads for a column comment: the table's SHOW CREATE TABLE, whose column definition is restated.
  sampleContext: {
    [tableKey(SAMPLE.schema, SAMPLE.table)]: `CREATE TABLE \`${SAMPLE.table}\` (\n  \`${SAMPLE.column}\` decimal(10,2) NOT NULL\n) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4`,
  },
};
