/**
 * The connectors this build ships: the only list of systems. The config schema's `type` enum
 * is generated from it (`npm run schemas`). Adding a system is adding its folder and one line here.
 */
import type { Connector } from './types.js';
import { athena } from './athena/index.js';
import { bigquery } from './bigquery/index.js';
import { clickhouse } from './clickhouse/index.js';
import { databricks } from './databricks/index.js';
import { mssql } from './mssql/index.js';
import { mysql } from './mysql/index.js';
import { oracle } from './oracle/index.js';
import { postgres } from './postgres/index.js';
import { redshift } from './redshift/index.js';
import { snowflake } from './snowflake/index.js';
import { unitycatalog } from './unitycatalog/index.js';

export const connectors: ReadonlyMap<string, Connector> = new Map(
  [athena, bigquery, clickhouse, databricks, unitycatalog, mssql, mysql, oracle, postgres, redshift, snowflake].map((connector) => [connector.type, connector]),
);
