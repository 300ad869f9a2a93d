import type { Change } from '../../model/change.js';
import type { Connector, Driver, CompileContext } from '../types.js';
import { defineConnector } from '../kit/connector.js';
import * as capabilities from './capabilities.js';
import * as driver from './driver.js';
import * as introspect from './introspect.js';
import * as sql from './sql.js';
import { createTableForColumns, createTableTextOf, tableKey } from './sql.js';

interface ChangedTable {
  schema: string;
  table: string;
  columns: string[];
}

/** The tables whose column comments change, each once, with those columns. */
function tablesWithColumnComments(changes: readonly Change[]): ChangedTable[] {
  const tables = new Map<string, ChangedTable>();
  for (const { field, object } of changes) {
    const { kind, schema, table, column } = object;
    if (field !== 'description' || kind !== 'column' || schema === undefined || table === undefined || column === undefined) continue;
    const key = tableKey(schema, table);
    const entry = tables.get(key) ?? { schema, table, columns: [] };
    entry.columns.push(column);
    tables.set(key, entry);
  }
  return [...tables.values()];
}

/**
 * Reads `SHOW CREATE TABLE` of each table whose column comments change (one query each, and
 * only for those), keyed by the quoted qualified name and reduced to what compile restates:
 * those columns and the table collation.
 */
export async function readCompileContext(driver: Driver, changes: readonly Change[]): Promise<CompileContext> {
  const tables = tablesWithColumnComments(changes);
  if (tables.length === 0) return {};
  const session = await driver.open();
  try {
    const context: CompileContext = {};
    for (const { schema, table, columns } of tables) {
      const key = tableKey(schema, table);
      const [row] = await session.query(`SHOW CREATE TABLE ${key}`);
      context[key] = createTableForColumns(createTableTextOf(row, key), columns);
    }
    return context;
  } finally {
    await session.close();
  }
}

export const mysql: Connector = defineConnector({ driver, sql, capabilities, introspect }, {
  type: 'mysql',
  docs: {
    title: 'MySQL / MariaDB',
    levels: { schema: 'a MySQL database' },
    servers: [
      { label: 'MySQL', version: 'MySQL 8.0' },
      { label: 'MariaDB 10.5+', version: 'MariaDB 10.11' },
    ],
    testedOn: 'Debian MariaDB 10.11; MySQL 8 by golden SQL and recorded rows',
  },
  readCompileContext,
});
