import type { Change } from '../../model/change.js';
import type { Connector, Driver } from '../types.js';
import type { DatabricksCompileContext } from './compile.js';
import { multiColumnTables } from './column-batches.js';
import { isHiveMetastoreDriver } from './driver.js';
import { defineConnector } from '../kit/connector.js';
import * as capabilities from './capabilities.js';
import * as driver from './driver.js';
import * as introspect from './introspect.js';
import * as sql from './sql.js';

/** Which tables' column comments one statement carries: what introspection with this driver saw (column-batches.ts). */
export async function readCompileContext(driver: Driver, changes: readonly Change[]): Promise<DatabricksCompileContext> {
  const tables = isHiveMetastoreDriver(driver) ? multiColumnTables(changes, driver.seen) : [];
  return tables.length > 0 ? { multiColumnTables: tables } : {};
}

export const databricks: Connector = defineConnector({ driver, sql, capabilities, introspect }, {
  type: 'databricks',
  docs: {
    title: 'Databricks Hive metastore (legacy)',
    levels: { database: 'hive_metastore, a name only' },
    testedOn: 'golden SQL; a Thrift (TCLIService) fake over HTTPS behind @databricks/sql; opt-in live tests',
  },
  readCompileContext,
});
