import { quoteLiteral } from '../databricks/quote.js';
import { multiColumnTables as columnBatchesOf, newColumnBatchFacts } from '../databricks/column-batches.js';
import type { DatabricksCompileContext } from '../databricks/compile.js';
import { text } from '../catalog.js';
import type { Change } from '../../model/change.js';
import type { Connector, Driver } from '../types.js';
import { defineConnector } from '../kit/connector.js';
import * as capabilities from './capabilities.js';
import * as driver from './driver.js';
import { isUnityCatalogDriver } from './driver.js';
import * as introspect from './introspect.js';
import { INFORMATION_SCHEMA, STREAMING_TABLE } from './introspect.js';
import * as sql from './sql.js';

/** Changes whose statement names the relation's ALTER keyword (or COMMENT ON COLUMN for a streaming table's column). */
function needsRelationKind(change: Change): boolean {
  const { kind, relation } = change.object;
  if (relation !== undefined && relation !== 'table') return false;
  if (kind === 'table') return change.field === 'owner' || change.field === 'tag';
  return kind === 'column';
}

/**
 * Which of the relations the changes touch are streaming tables (OpenMetadata sees tables;
 * Databricks wants `ALTER STREAMING TABLE`), and whose column comments one statement carries.
 * Introspection with this driver has seen them already; a catalog it has not read is asked
 * once for its streaming tables.
 */
export async function readCompileContext(driver: Driver, changes: readonly Change[]): Promise<DatabricksCompileContext> {
  const touched = new Map<string, string[]>();
  for (const change of changes) {
    if (!needsRelationKind(change)) continue;
    const { database, schema, table } = change.object;
    if (schema === undefined || table === undefined) continue;
    touched.set(JSON.stringify([database, schema, table]), [database, schema, table]);
  }
  if (touched.size === 0) return { streamingTables: [] };
  const seen = isUnityCatalogDriver(driver) ? driver.seen : { catalogs: new Set<string>(), streamingTables: new Set<string>(), ...newColumnBatchFacts() };
  const unread = [...new Set([...touched.values()].map(([catalog]) => catalog!.toLowerCase()).filter((catalog) => !seen.catalogs.has(catalog)))].sort();
  if (unread.length > 0) {
    const session = await driver.open();
    try {
      const rows = await session.query(
        `SELECT table_catalog, table_schema, table_name FROM ${INFORMATION_SCHEMA}.tables WHERE table_type = ${quoteLiteral(STREAMING_TABLE)} AND lower(table_catalog) IN (${unread.map(quoteLiteral).join(', ')})`,
      );
      for (const catalog of unread) seen.catalogs.add(catalog);
      for (const row of rows) seen.streamingTables.add(JSON.stringify([text(row, 'table_catalog'), text(row, 'table_schema'), text(row, 'table_name')]));
    } finally {
      await session.close();
    }
  }
  const streamingTables = [...touched].filter(([id]) => seen.streamingTables.has(id)).map(([, parts]) => parts);
  // Only what introspection saw batches: a catalog read here alone keeps one statement per column.
  const multiColumnTables = columnBatchesOf(changes, seen);
  return { streamingTables, ...(multiColumnTables.length > 0 ? { multiColumnTables } : {}) };
}

export const unitycatalog: Connector = defineConnector({ driver, sql, capabilities, introspect }, {
  type: 'unitycatalog',
  docs: {
    title: 'Databricks Unity Catalog',
    levels: { database: 'catalog' },
    servers: [
      { label: 'SQL warehouse 2026.47+, DBR 19+', version: 'Databricks SQL 2026.47' },
      { label: 'SQL warehouse before 2026.47, DBR 16.3–18', version: 'Databricks SQL 2025.35' },
      { label: 'DBR 16.1–16.2', version: 'Databricks Runtime 16.2.x-scala2.12' },
      { label: 'DBR before 16.1', version: 'Databricks Runtime 15.4.x-scala2.12' },
    ],
    testedOn: 'golden SQL; a Thrift (TCLIService) fake over HTTPS behind @databricks/sql; opt-in live tests',
  },
  readCompileContext,
});
