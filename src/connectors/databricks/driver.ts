/**
 * Connections to the legacy Hive metastore of a Databricks workspace through
 * `@databricks/sql` (./client.ts). The metastore's catalog name (`hive_metastore` unless the
 * connection says otherwise) is the OpenMetadata database of the service.
 */
import { createDatabricksDriver, databricksConnectionSchema, type DatabricksDriver, type DatabricksSystem } from './client.js';
import type { ConnectorContext, Driver } from '../types.js';
import { newColumnBatchFacts, type ColumnBatchFacts } from './column-batches.js';
import { optionReader, textOption } from '../kit/options.js';

export const SYSTEM: DatabricksSystem = { type: 'databricks', title: 'Databricks (Hive metastore)' };

export const DEFAULT_CATALOG = 'hive_metastore';

export const connectionSchema = databricksConnectionSchema(
  'Databricks (Hive metastore) connection',
  'The legacy Hive metastore of a Databricks workspace, through @databricks/sql. For Unity Catalog use type: unitycatalog.',
  {
    catalog: textOption('The metastore\'s catalog name, which is also the OpenMetadata database of the service (default "hive_metastore"; "spark_catalog" on some workspaces without Unity Catalog).'),
    concurrency: {
      anyOf: [{ type: 'integer', minimum: 1, maximum: 32 }, { type: 'string', pattern: '^[0-9]+$' }],
      description: 'How many DESCRIBE statements introspection keeps in flight (default 8): the Hive metastore is read one object at a time.',
    },
  },
);

export const DEFAULT_CONCURRENCY = 8;

export interface HiveMetastoreDriver extends DatabricksDriver {
  readonly catalog: string;
  readonly concurrency: number;
  /** The server version and Delta tables introspection saw, for column batching (readCompileContext). */
  readonly seen: ColumnBatchFacts;
}

export function isHiveMetastoreDriver(driver: Driver): driver is HiveMetastoreDriver {
  return typeof (driver as Partial<HiveMetastoreDriver>).catalog === 'string';
}

export function createDriver(ctx: ConnectorContext): HiveMetastoreDriver {
  const { optionalString, optionalNumber, invalid } = optionReader(SYSTEM.type, { integers: true });
  const catalog = optionalString(ctx.connection, 'catalog') || DEFAULT_CATALOG;
  const concurrency = optionalNumber(ctx.connection, 'concurrency') ?? DEFAULT_CONCURRENCY;
  if (concurrency > 32) throw invalid('concurrency', 'at most 32');
  return Object.assign(createDatabricksDriver(SYSTEM, ctx), { catalog, concurrency, seen: newColumnBatchFacts() });
}
