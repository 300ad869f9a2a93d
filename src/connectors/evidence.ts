/**
 * The vendor documents behind each connector's capability matrix, by connector type: the
 * matrix pages (docs/connectors/<type>-matrix.md) cite them row by row, and a test fails when
 * a connector has none or a row has no https document.
 */
import type { ConnectorEvidence } from './matrix.js';
import { evidence as athena } from './athena/evidence.js';
import { evidence as bigquery } from './bigquery/evidence.js';
import { evidence as clickhouse } from './clickhouse/evidence.js';
import { evidence as databricks } from './databricks/evidence.js';
import { evidence as mssql } from './mssql/evidence.js';
import { evidence as mysql } from './mysql/evidence.js';
import { evidence as oracle } from './oracle/evidence.js';
import { evidence as postgres } from './postgres/evidence.js';
import { evidence as redshift } from './redshift/evidence.js';
import { evidence as snowflake } from './snowflake/evidence.js';
import { evidence as unitycatalog } from './unitycatalog/evidence.js';

export const EVIDENCE: Readonly<Record<string, ConnectorEvidence>> = {
  athena,
  bigquery,
  clickhouse,
  databricks,
  mssql,
  mysql,
  oracle,
  postgres,
  redshift,
  snowflake,
  unitycatalog,
};
