/**
 * Connections to Unity Catalog: a SQL warehouse (or a UC-enabled cluster) through
 * `@databricks/sql`; see ../databricks/client.ts. The driver also remembers which relations
 * introspection found to be streaming tables, which take their own ALTER keyword.
 */
import { createDatabricksDriver, databricksConnectionSchema, type DatabricksDriver, type DatabricksSystem } from '../databricks/client.js';
import { newColumnBatchFacts, type ColumnBatchFacts } from '../databricks/column-batches.js';
import type { ConnectorContext, Driver } from '../types.js';

export const SYSTEM: DatabricksSystem = { type: 'unitycatalog', title: 'Unity Catalog' };

export const connectionSchema = databricksConnectionSchema(
  'Unity Catalog connection',
  'A Databricks SQL warehouse (or cluster) of a Unity Catalog workspace, through @databricks/sql. OpenMetadata databases are its catalogs.',
);

export interface UnityCatalogDriver extends DatabricksDriver {
  /**
   * Catalogs (lower case) introspection has read, the streaming tables it found there as
   * `[catalog, schema, table]` JSON, and the server version and Delta tables column batching needs.
   */
  readonly seen: { catalogs: Set<string>; streamingTables: Set<string> } & ColumnBatchFacts;
}

export function isUnityCatalogDriver(driver: Driver): driver is UnityCatalogDriver {
  return typeof (driver as Partial<UnityCatalogDriver>).seen === 'object';
}

export function createDriver(ctx: ConnectorContext): UnityCatalogDriver {
  return Object.assign(createDatabricksDriver(SYSTEM, ctx), { seen: { catalogs: new Set<string>(), streamingTables: new Set<string>(), ...newColumnBatchFacts() } });
}
