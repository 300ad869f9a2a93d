/** Vendor documents behind Athena's (Glue's) capability matrix (docs/connectors/athena-matrix.md). */
import type { ConnectorEvidence } from '../matrix.js';
import { SAMPLE } from '../matrix.js';
import { tableKey, type RestatedTable } from './sql.js';

const GLUE = 'https://docs.aws.amazon.com/glue/latest/webapi';
const ATHENA = 'https://docs.aws.amazon.com/athena/latest/ug';

// Why an apply sends one request per table (UpdateTable alone, no read first) and still never
// overwrites a table changed since its plan:
// - UpdateTable takes the VersionId "at which to update the table contents" and lists
//   ConcurrentModificationException among its errors:
//   https://docs.aws.amazon.com/glue/latest/webapi/API_UpdateTable.html,
//   https://docs.aws.amazon.com/sdkfornet/v3/apidocs/items/Glue/MGlueUpdateTableUpdateTableRequest.html
// - a VersionId is an integer incremented by 1 per version:
//   https://docs.aws.amazon.com/glue/latest/webapi/API_TableVersion.html
// - AWS answers a stale VersionId with `ConcurrentModificationException: Update table failed due
//   to concurrent modifications.` and leaves the table as it was (AWS CLI output quoted in
//   https://github.com/floci-io/floci/issues/1183 and /1205; Apache Iceberg's Glue catalog
//   commits rely on the same check). The opt-in live test (test/connectors/athena/live.test.ts)
//   checks it on a real catalog; the tests' moto gets it from test/engines/moto-server.py.
// - GetTables pages hold up to 100 tables (MaxResults):
//   https://docs.aws.amazon.com/glue/latest/webapi/API_GetTables.html

/** What readCompileContext reads of the sample table: the Glue table its UpdateTable restates. */
const sampleTable: RestatedTable = {
  catalogId: null,
  databaseName: SAMPLE.schema,
  versionId: '1',
  tableInput: {
    Name: SAMPLE.table,
    TableType: 'EXTERNAL_TABLE',
    StorageDescriptor: { Columns: [{ Name: SAMPLE.column, Type: 'decimal(10,2)' }] },
  },
};

export const evidence: ConnectorEvidence = {
  catalog: {
    url: 'https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-catalog-tables.html',
    kinds: {
      table: "Glue TableType 'EXTERNAL_TABLE', 'MANAGED_TABLE' or none, of a Hive format",
      view: "TableType 'VIRTUAL_VIEW', or a ViewDefinition",
      materialized_view: 'IsMaterializedView',
      external_table: "Parameters table_type 'ICEBERG', a Delta Lake or Hudi provider or input format",
      foreign_table: 'a TargetTable (resource link) or a FederatedTable',
    },
    unknown:
      "any other TableType (Lake Formation's 'GOVERNED', or a type another service created): an `unknown-relation` plan warning naming it, and nothing planned for it or its columns",
  },
  statements: [{ opens: /^glue:UpdateTable /, url: `${GLUE}/API_UpdateTable.html` }],
  refusals: [
    { field: 'description', level: 'database', reason: 'the database level is the connection\'s Glue catalog name only', url: `${GLUE}/API_UpdateTable.html` },
    { field: 'description', level: 'schema', reason: 'revmeta does not write Glue database descriptions', url: `${GLUE}/API_UpdateTable.html` },
    { field: 'description', relation: 'view', reason: "a view's Glue entry is derived from its SQL (Parameters.comment reads 'Presto View')", url: `${ATHENA}/views-managing.html` },
    { field: 'description', relation: 'materialized_view', reason: "a materialized view's Glue entry is derived from its definition", url: `${GLUE}/API_Table.html` },
    { field: 'description', relation: 'external_table', reason: "an Iceberg, Delta Lake or Hudi table keeps its schema in the format's metadata, which rewrites Glue's copy", url: `${ATHENA}/querying-iceberg.html` },
    { field: 'description', relation: 'foreign_table', reason: 'a resource link or federated table is elsewhere: describe it there', url: `${GLUE}/API_Table.html` },
    { field: 'owner', reason: 'revmeta writes no Glue owners', url: `${GLUE}/API_Table.html` },
    { field: 'tag', reason: 'revmeta writes no Glue tags', url: `${GLUE}/API_Table.html` },
  ],
  sampleContext: { [tableKey(SAMPLE.schema, SAMPLE.table)]: sampleTable },
};
