/** Vendor documents behind Athena's (Glue's) capability matrix (docs/connectors/athena-matrix.md). */
import type { ConnectorEvidence } from '../matrix.js';
import { SAMPLE } from '../matrix.js';
import { tableKey, type RestatedTable } from './sql.js';

const GLUE = 'https://docs.aws.amazon.com/glue/latest/webapi';
const ATHENA = 'https://docs.aws.amazon.com/athena/latest/ug';

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
