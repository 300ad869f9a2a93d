/**
 * The batched catalog read over the ALL_* dictionary views, on one session:
 *   1. PRODUCT_COMPONENT_VERSION          the server version, with NLS_CHARACTERSET
 *   2. ALL_USERS (not Oracle-maintained)  the schemas, filtered here by scope
 * then for each set of up to 1000 schemas in scope (Oracle's limit on an IN list):
 *   3. ALL_OBJECTS                        tables, views and materialized views
 *   4. ALL_TAB_COMMENTS                   comments of tables and views
 *   5. ALL_MVIEW_COMMENTS                 comments of materialized views
 *   6. ALL_TAB_COLUMNS ⟕ ALL_COL_COMMENTS columns in order, with their comments
 * However many tables a schema holds, that is four queries per schema set.
 *
 * The tree follows OpenMetadata: service → database (a name only, `databaseName`) → schema
 * (an Oracle user) → table → column. Names are as stored (usually upper case); the planner
 * matches OpenMetadata's lower-case names to them exactly-then-uniquely-case-insensitively.
 * A materialized view is listed by ALL_OBJECTS twice (the MATERIALIZED VIEW and its container
 * TABLE of the same name): it becomes one `materialized_view`. Comments are NULL for none
 * (`''` is NULL in Oracle).
 */
import type { ObservedNode, RelationKind } from '../../model/types.js';
import { CatalogReader, commentIn, compareNames, text, type CatalogRow } from '../catalog.js';
import type { Driver, IntrospectScope, Introspection } from '../types.js';
import { observedNode } from '../kit/objects.js';
import { databaseInScope, schemasInScope, schemaWanted } from '../kit/scope.js';
import { DEFAULT_DATABASE_NAME, type OracleDriver } from './driver.js';
import { quoteLiteral } from './sql.js';

type Row = CatalogRow;

/**
 * The version, and the database character set (NLS_CHARACTERSET, which decides what a comment
 * can hold: see capabilities.ts) on each row, in one round trip. Both views are granted to PUBLIC.
 */
export const VERSION_SQL = `SELECT PRODUCT, VERSION,
    (SELECT VALUE FROM NLS_DATABASE_PARAMETERS WHERE PARAMETER = 'NLS_CHARACTERSET') AS CHARACTER_SET
  FROM PRODUCT_COMPONENT_VERSION WHERE PRODUCT LIKE 'Oracle%'`;

/** Users Oracle creates and maintains itself (SYS, SYSTEM, XDB, ...) are never user data. */
export const SCHEMAS_SQL = `SELECT USERNAME FROM ALL_USERS WHERE ORACLE_MAINTAINED = 'N'`;

/** Oracle refuses an IN list longer than this (ORA-01795). */
export const IN_LIST_MAX = 1000;

function owners(schemas: readonly string[]): string {
  return schemas.map(quoteLiteral).join(', ');
}

/**
 * Recycle-bin objects (BIN$...), secondary objects (domain index storage) and objects with
 * system-generated names (IOT overflow segments) are storage, not objects OpenMetadata lists.
 */
export function objectsSql(schemas: readonly string[]): string {
  return `SELECT OWNER, OBJECT_NAME, OBJECT_TYPE FROM ALL_OBJECTS
  WHERE OWNER IN (${owners(schemas)}) AND OBJECT_TYPE IN ('TABLE', 'VIEW', 'MATERIALIZED VIEW')
    AND SUBOBJECT_NAME IS NULL AND SECONDARY = 'N' AND GENERATED = 'N' AND OBJECT_NAME NOT LIKE 'BIN$%'`;
}

export function tableCommentsSql(schemas: readonly string[]): string {
  return `SELECT OWNER, TABLE_NAME, TABLE_TYPE, COMMENTS FROM ALL_TAB_COMMENTS
  WHERE OWNER IN (${owners(schemas)}) AND COMMENTS IS NOT NULL`;
}

export function mviewCommentsSql(schemas: readonly string[]): string {
  return `SELECT OWNER, MVIEW_NAME, COMMENTS FROM ALL_MVIEW_COMMENTS
  WHERE OWNER IN (${owners(schemas)}) AND COMMENTS IS NOT NULL`;
}

export function columnsSql(schemas: readonly string[]): string {
  return `SELECT c.OWNER, c.TABLE_NAME, c.COLUMN_NAME, c.COLUMN_ID, cc.COMMENTS
  FROM ALL_TAB_COLUMNS c
    LEFT JOIN ALL_COL_COMMENTS cc ON cc.OWNER = c.OWNER AND cc.TABLE_NAME = c.TABLE_NAME AND cc.COLUMN_NAME = c.COLUMN_NAME
  WHERE c.OWNER IN (${owners(schemas)})`;
}

const RELATION_KINDS: Readonly<Record<string, RelationKind>> = {
  TABLE: 'table',
  VIEW: 'view',
  'MATERIALIZED VIEW': 'materialized_view',
};

const comment = (row: Row): string | null => commentIn(row, 'COMMENTS');

/** A quoted Oracle name cannot contain `"`, so it separates the parts of a key safely. */
const key = (owner: string, name: string) => `${owner}"${name}`;

/** `Oracle Database 19c Enterprise Edition` / `19.0.0.0.0` → `Oracle 19.0.0.0.0`. */
export function serverVersion(rows: Row[]): string {
  const version = rows.find((row) => typeof row.VERSION === 'string')?.VERSION;
  return `Oracle ${typeof version === 'string' ? version : 'unknown'}`;
}

/** NLS_CHARACTERSET as the version query reads it; `unknown` when the server does not say. */
export function characterSetOf(rows: Row[]): string {
  const value = rows.find((row) => typeof row.CHARACTER_SET === 'string')?.CHARACTER_SET;
  return typeof value === 'string' && value !== '' ? value.toUpperCase() : 'unknown';
}

export interface SchemaRows {
  objects: Row[];
  tableComments: Row[];
  mviewComments: Row[];
  columns: Row[];
}

/** Assembles schemas from the catalog rows of their schema sets: relations by name, columns by position. */
export function buildSchemas(names: readonly string[], rows: SchemaRows): ObservedNode[] {
  const schemas = new Map(names.map((name) => [name, observedNode('schema', name, null)]));
  const relations = new Map<string, RelationKind>();
  for (const row of rows.objects) {
    const relation = RELATION_KINDS[text(row, 'OBJECT_TYPE')];
    if (relation === undefined) continue;
    const at = key(text(row, 'OWNER'), text(row, 'OBJECT_NAME'));
    // The container table of a materialized view has its name: the view wins.
    if (relations.get(at) !== 'materialized_view') relations.set(at, relation);
  }
  const tableComments = new Map(rows.tableComments.map((row) => [key(text(row, 'OWNER'), text(row, 'TABLE_NAME')), comment(row)]));
  const mviewComments = new Map(rows.mviewComments.map((row) => [key(text(row, 'OWNER'), text(row, 'MVIEW_NAME')), comment(row)]));
  const tables = new Map<string, ObservedNode>();
  for (const row of rows.objects) {
    const owner = text(row, 'OWNER');
    const name = text(row, 'OBJECT_NAME');
    const at = key(owner, name);
    const relation = relations.get(at);
    const schema = schemas.get(owner);
    if (relation === undefined || schema === undefined || tables.has(at)) continue;
    const description = (relation === 'materialized_view' ? mviewComments.get(at) : tableComments.get(at)) ?? null;
    const table = observedNode('table', name, description, null, relation);
    tables.set(at, table);
    schema.children.push(table);
  }
  const columns = [...rows.columns].sort((a, b) => Number(a.COLUMN_ID) - Number(b.COLUMN_ID));
  for (const row of columns) {
    tables.get(key(text(row, 'OWNER'), text(row, 'TABLE_NAME')))?.children.push(observedNode('column', text(row, 'COLUMN_NAME'), comment(row)));
  }
  const children = [...schemas.values()].sort(compareNames);
  for (const schema of children) schema.children.sort(compareNames);
  return children;
}

function databaseNameOf(driver: Driver): string {
  const name = (driver as Partial<OracleDriver>).databaseName;
  return typeof name === 'string' && name !== '' ? name : DEFAULT_DATABASE_NAME;
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let at = 0; at < items.length; at += size) out.push(items.slice(at, at + size));
  return out;
}

class SchemaCatalogReader extends CatalogReader {
  async readSchemas(names: readonly string[]): Promise<ObservedNode[]> {
    const rows: SchemaRows = { objects: [], tableComments: [], mviewComments: [], columns: [] };
    for (const set of chunks(names, IN_LIST_MAX)) {
      rows.objects.push(...(await this.read(objectsSql(set))));
      rows.tableComments.push(...(await this.read(tableCommentsSql(set))));
      rows.mviewComments.push(...(await this.read(mviewCommentsSql(set))));
      rows.columns.push(...(await this.read(columnsSql(set))));
    }
    return buildSchemas(names, rows);
  }
}

export async function introspect(driver: Driver, scope: IntrospectScope): Promise<Introspection> {
  const databaseName = databaseNameOf(driver);
  const session = await driver.open(databaseName);
  try {
    const reader = new SchemaCatalogReader(session);
    const versionRows = await reader.read(VERSION_SQL);
    const server = { version: serverVersion(versionRows), characterSet: characterSetOf(versionRows) };
    const databases: ObservedNode[] = [];
    if (databaseInScope(scope, databaseName)) {
      const wanted = schemasInScope(scope, databaseName);
      const names = (await reader.read(SCHEMAS_SQL))
        .map((row) => text(row, 'USERNAME'))
        .filter((name) => schemaWanted(wanted, name))
        .sort();
      const database = observedNode('database', databaseName, null);
      database.children = names.length === 0 ? [] : await reader.readSchemas(names);
      databases.push(database);
    }
    return { observed: { service: scope.service, databases }, server, queries: reader.queries };
  } finally {
    await session.close();
  }
}
