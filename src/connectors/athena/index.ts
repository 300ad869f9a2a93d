import type { Change } from '../../model/change.js';
import type { Connector, Driver, CompileContext } from '../types.js';
import { defineConnector } from '../kit/connector.js';
import { mapLimit } from '../kit/map-limit.js';
import * as capabilities from './capabilities.js';
import * as driver from './driver.js';
import * as introspect from './introspect.js';
import { athenaDriver } from './introspect.js';
import * as sql from './sql.js';
import { needsTable, restateTable, tableKey, type RestatedTable } from './sql.js';

/** The tables whose descriptions change, each once, in the order of their first change. */
function changedTables(changes: readonly Change[]): Array<{ schema: string; table: string }> {
  const tables = new Map<string, { schema: string; table: string }>();
  for (const change of changes) {
    const { schema, table } = change.object;
    if (!needsTable(change) || schema === undefined || table === undefined) continue;
    tables.set(tableKey(schema, table), { schema, table });
  }
  return [...tables.values()];
}

/** GetTable reads in flight while planning: as many as apply's UpdateTables (Glue throttles per account and Region). */
const READ_CONCURRENCY = 4;

/**
 * Reads each table whose descriptions change with GetTable (one request each, and only for
 * those; READ_CONCURRENCY at a time) and keeps what its UpdateTable restates: the TableInput
 * as read, its version and the catalog. The context is part of a saved plan's observed
 * digest, so a table changed in any way since the plan makes that plan stale.
 */
export async function readCompileContext(driver: Driver, changes: readonly Change[]): Promise<CompileContext> {
  const tables = changedTables(changes);
  if (tables.length === 0) return {};
  const athena = athenaDriver(driver);
  const catalog = await athena.catalog();
  const read = await mapLimit(tables, READ_CONCURRENCY, ({ schema, table }) => catalog.table(schema, table));
  const context: CompileContext = {};
  tables.forEach(({ schema, table }, index) => {
    const found = read[index]!;
    const restated: RestatedTable = {
      catalogId: athena.catalogId ?? null,
      databaseName: found.DatabaseName ?? schema,
      versionId: found.VersionId ?? null,
      tableInput: restateTable(found),
    };
    context[tableKey(schema, table)] = restated;
  });
  return context;
}

export const athena: Connector = defineConnector({ driver, sql, capabilities, introspect }, {
  type: 'athena',
  docs: {
    title: 'Athena (Glue catalog)',
    levels: { database: 'Glue catalog', schema: 'Glue database' },
    testedOn: 'moto_server (Glue) behind the real AWS SDK clients; golden requests',
  },
  readCompileContext,
});
