/**
 * Which tables' column comments go in one `ALTER TABLE ... ALTER COLUMN a COMMENT '...', b
 * COMMENT '...'` (DatabricksCompileContext.multiColumnTables), shared by the Unity Catalog and
 * Hive metastore connectors: Delta tables with two or more column comments to write, on a server
 * that takes the form (./version.ts). A first rollout of 20 columns a table then costs one
 * statement per table instead of twenty, each about a second on a warehouse.
 */
import type { Change } from '../../model/change.js';
import { hasMultiColumnAlter } from './version.js';

/** What introspection saw that batching depends on, kept on the driver for readCompileContext. */
export interface ColumnBatchFacts {
  /** The server version introspection read (`versionOf`), if it ran with this driver. */
  version?: string;
  /** `[catalog, schema, table]` JSON of each Delta table introspection read. */
  deltaTables: Set<string>;
}

export function newColumnBatchFacts(): ColumnBatchFacts {
  return { deltaTables: new Set<string>() };
}

/** Whether a table's storage format (UC `data_source_format`, DESCRIBE's `Provider`) is Delta. */
export function isDeltaFormat(format: unknown): boolean {
  return typeof format === 'string' && format.toUpperCase() === 'DELTA';
}

/** `[catalog, schema, table]` of each Delta table with two or more column comment changes, when the server takes the form. */
export function multiColumnTables(changes: readonly Change[], facts: ColumnBatchFacts): string[][] {
  if (facts.version === undefined || !hasMultiColumnAlter(facts.version)) return [];
  const counts = new Map<string, number>();
  for (const { field, object } of changes) {
    if (field !== 'description' || object.kind !== 'column' || object.schema === undefined || object.table === undefined) continue;
    const key = JSON.stringify([object.database, object.schema, object.table]);
    if (facts.deltaTables.has(key)) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].filter(([, count]) => count > 1).map(([key]) => JSON.parse(key) as string[]);
}
