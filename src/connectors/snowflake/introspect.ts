/**
 * The batched catalog read. Queries, however many tables there are:
 *   1. SELECT CURRENT_VERSION()                              the server version
 *   2. SHOW DATABASES                                        databases: owner, comment
 * per database in scope:
 *   3. <db>.INFORMATION_SCHEMA.SCHEMATA                      schemas: owner, comment
 *   4. <db>.INFORMATION_SCHEMA.TABLES ∪ COLUMNS              of the schemas in scope, one query
 * tags, when the service sets tags.schema:
 *   5. SHOW TAGS IN SCHEMA <tags.schema>                     the tag keys that exist, allowed values
 *   6. tag assignments, direct only, of tags in that schema, either
 *      - per database, TAG_REFERENCES (database, schemas, tables) and
 *        TAG_REFERENCES_ALL_COLUMNS (columns of each table) table-function calls, UNION ALL-ed
 *        into one query per TAG_CALLS_PER_QUERY calls (no lag; "LEVEL" = the object's own
 *        domain keeps out what is inherited from above), or
 *      - one query of SNOWFLAKE.ACCOUNT_USAGE.TAG_REFERENCES (`tagReferences: account_usage`;
 *        up to 2 hours behind, so a plan right after an apply may show the change again).
 * owners, when the manifests name some:
 *   7. SHOW ROLES                                            which of them are roles (the planner
 *                                                            reports the others as unknown owners)
 * Snowflake's quirks end here: '' comments become null, names stay exactly as stored, and
 * only tags of the configured schema are reported, under their stored names.
 */
import type { AvailableTagKey, ObservedNode, RelationKind } from '../../model/types.js';
import { CatalogReader, commentIn, compareNames, text, type CatalogRow } from '../catalog.js';
import type { Driver, DriverSession, IntrospectScope, Introspection } from '../types.js';
import { observedNode } from '../kit/objects.js';
import { schemasInScope, schemaWanted, tablesCondition, tablesInScope } from '../kit/scope.js';
import type { SnowflakeServerInfo } from './capabilities.js';
import { isSnowflakeDriver, type TagReferenceSource } from './driver.js';
import { quoteIdentifier, quoteLiteral, type TagSchema } from './sql.js';

/** Table-function calls per tag query: a few hundred KB of SQL at most, well inside the 1 MB statement limit. */
export const TAG_CALLS_PER_QUERY = 100;

/**
 * INFORMATION_SCHEMA.TABLES.TABLE_TYPE → relation kind. Its documented values are BASE TABLE,
 * TEMPORARY TABLE, EXTERNAL TABLE, EVENT TABLE, VIEW and MATERIALIZED VIEW
 * (https://docs.snowflake.com/en/sql-reference/info-schema/tables); hybrid tables were
 * HYBRID TABLE before IS_HYBRID came (BCR 1732). Any other value is a kind revmeta does not
 * know, reported as such, never taken for a table.
 */
const RELATION_OF_TABLE_TYPE: Readonly<Record<string, RelationKind>> = {
  'BASE TABLE': 'table',
  'TEMPORARY TABLE': 'table',
  'LOCAL TEMPORARY': 'table',
  'EVENT TABLE': 'event_table',
  'HYBRID TABLE': 'hybrid_table',
  VIEW: 'view',
  'MATERIALIZED VIEW': 'materialized_view',
  'EXTERNAL TABLE': 'external_table',
};

/** YES/NO text (IS_ICEBERG, IS_DYNAMIC) or a BOOLEAN (IS_HYBRID) as the driver returns them. */
function flag(row: CatalogRow, key: string): boolean {
  const value = row[key];
  return value === true || (typeof value === 'string' && ['YES', 'Y', 'TRUE'].includes(value.toUpperCase()));
}

/**
 * A base table's flavour comes from the flag columns: IS_DYNAMIC (dynamic tables read as BASE
 * TABLE since 8.9), IS_ICEBERG (BCR 1448) and IS_HYBRID (BCR 1732). A dynamic Iceberg table
 * is altered as a dynamic table.
 */
function relationOf(row: CatalogRow): { relation: RelationKind; relationName?: string } {
  const tableType = row['TABLE_TYPE'];
  if (flag(row, 'IS_DYNAMIC')) return { relation: 'dynamic_table' };
  const relation = typeof tableType === 'string' ? RELATION_OF_TABLE_TYPE[tableType] : undefined;
  if (relation === undefined) return { relation: 'unknown', relationName: typeof tableType === 'string' ? tableType : 'no TABLE_TYPE' };
  if (relation !== 'table') return { relation };
  if (flag(row, 'IS_ICEBERG')) return { relation: 'iceberg_table' };
  if (flag(row, 'IS_HYBRID')) return { relation: 'hybrid_table' };
  return { relation };
}

const VERSION_SQL = 'SELECT CURRENT_VERSION() AS VERSION';
const DATABASES_SQL = 'SHOW DATABASES';
const SHOW_ROLES_SQL = 'SHOW ROLES';

function inList(names: readonly string[]): string {
  return names.map(quoteLiteral).join(', ');
}

export function schemataSql(database: string): string {
  return `SELECT SCHEMA_NAME, SCHEMA_OWNER, COMMENT FROM ${quoteIdentifier(database)}.INFORMATION_SCHEMA.SCHEMATA WHERE SCHEMA_NAME <> 'INFORMATION_SCHEMA'`;
}

/**
 * Tables and columns of some schemas in one result: OBJECT_KIND tells the rows apart.
 * `only` (`--changed-since`): just these tables, by lower-cased schema.
 */
export function relationsSql(database: string, schemas: readonly string[], only?: ReadonlyMap<string, ReadonlySet<string>>): string {
  const catalog = `${quoteIdentifier(database)}.INFORMATION_SCHEMA`;
  const narrowed = only ? ` AND ${tablesCondition(only, 'TABLE_SCHEMA', 'TABLE_NAME', quoteLiteral)}` : '';
  const where = `WHERE TABLE_SCHEMA IN (${inList(schemas)})${narrowed}`;
  return [
    `SELECT 'TABLE' AS OBJECT_KIND, TABLE_SCHEMA, TABLE_NAME, NULL AS COLUMN_NAME, TABLE_TYPE, IS_ICEBERG, IS_DYNAMIC, IS_HYBRID, TABLE_OWNER AS OWNER, COMMENT, NULL AS ORDINAL_POSITION FROM ${catalog}.TABLES ${where}`,
    `SELECT 'COLUMN' AS OBJECT_KIND, TABLE_SCHEMA, TABLE_NAME, COLUMN_NAME, NULL AS TABLE_TYPE, NULL AS IS_ICEBERG, NULL AS IS_DYNAMIC, NULL AS IS_HYBRID, NULL AS OWNER, COMMENT, ORDINAL_POSITION FROM ${catalog}.COLUMNS ${where}`,
  ].join('\nUNION ALL\n');
}

export function showTagsSql(tagSchema: TagSchema): string {
  return `SHOW TAGS IN SCHEMA ${quoteIdentifier(tagSchema.database)}.${quoteIdentifier(tagSchema.schema)}`;
}

/** One table-function call of a tag query: whose tags it reads. */
interface TagCall {
  node: ObservedNode;
  /** The object as TAG_REFERENCES takes it: a string holding its quoted qualified name. */
  name: string;
  domain: 'DATABASE' | 'SCHEMA' | 'TABLE';
  /** TAG_REFERENCES_ALL_COLUMNS: the tags of the table's columns. */
  columns: boolean;
}

export function tagReferencesSql(database: string, calls: readonly TagCall[], tagSchema: TagSchema): string {
  const catalog = `${quoteIdentifier(database)}.INFORMATION_SCHEMA`;
  const ofSchema = `TAG_DATABASE = ${quoteLiteral(tagSchema.database)} AND TAG_SCHEMA = ${quoteLiteral(tagSchema.schema)}`;
  return calls
    .map((call, index) => {
      const fn = call.columns ? 'TAG_REFERENCES_ALL_COLUMNS' : 'TAG_REFERENCES';
      const domain = call.columns ? 'TABLE' : call.domain;
      const level = call.columns ? 'COLUMN' : call.domain;
      const column = call.columns ? 'COLUMN_NAME' : 'NULL AS COLUMN_NAME';
      return (
        `SELECT ${index} AS REF, TAG_NAME, TAG_VALUE, ${column} FROM TABLE(${catalog}.${fn}(${quoteLiteral(call.name)}, '${domain}')) ` +
        `WHERE "LEVEL" = '${level}' AND ${ofSchema}`
      );
    })
    .join('\nUNION ALL\n');
}

export function accountUsageSql(databases: readonly string[], tagSchema: TagSchema): string {
  const list = inList(databases);
  return (
    'SELECT OBJECT_DATABASE, OBJECT_SCHEMA, OBJECT_NAME, COLUMN_NAME, "DOMAIN", TAG_NAME, TAG_VALUE FROM SNOWFLAKE.ACCOUNT_USAGE.TAG_REFERENCES ' +
    `WHERE OBJECT_DELETED IS NULL AND TAG_DATABASE = ${quoteLiteral(tagSchema.database)} AND TAG_SCHEMA = ${quoteLiteral(tagSchema.schema)} ` +
    `AND "DOMAIN" IN ('DATABASE', 'SCHEMA', 'TABLE', 'COLUMN') AND (OBJECT_DATABASE IN (${list}) OR ("DOMAIN" = 'DATABASE' AND OBJECT_NAME IN (${list})))`
  );
}

// ---------------------------------------------------------------------------------------
// Rows → nodes

function nullableText(row: CatalogRow, key: string): string | null {
  const value = row[key];
  return typeof value === 'string' && value !== '' ? value : null;
}

/** `SHOW TAGS` prints allowed values as a JSON array, or nothing when any value goes. */
export function allowedValuesOf(raw: unknown): string[] | undefined {
  if (typeof raw !== 'string' || raw.trim() === '') return undefined;
  try {
    const parsed: unknown = JSON.parse(raw);
    if (Array.isArray(parsed) && parsed.every((value) => typeof value === 'string')) return parsed as string[];
  } catch {
    // Not JSON: unknown format, so no restriction is assumed (Snowflake still refuses a wrong value at apply).
  }
  return undefined;
}

function lowerSet(names: readonly string[]): Set<string> {
  return new Set(names.map((name) => name.toLowerCase()));
}

const key = (...parts: string[]) => JSON.stringify(parts);

/** Every object of a database by its path, to hang tag assignments on. */
function indexOf(database: ObservedNode): Map<string, ObservedNode> {
  const index = new Map<string, ObservedNode>([[key(database.name), database]]);
  for (const schema of database.children) {
    index.set(key(database.name, schema.name), schema);
    for (const table of schema.children) {
      index.set(key(database.name, schema.name, table.name), table);
      for (const column of table.children) index.set(key(database.name, schema.name, table.name, column.name), column);
    }
  }
  return index;
}

class SnowflakeCatalogReader extends CatalogReader {
  async version(): Promise<string> {
    const raw = (await this.read(VERSION_SQL))[0]?.['VERSION'];
    return `Snowflake ${typeof raw === 'string' ? raw : 'unknown'}`;
  }

  async databases(scope: IntrospectScope): Promise<ObservedNode[]> {
    const wanted = scope.databases === 'all' ? null : lowerSet(scope.databases);
    return (await this.read(DATABASES_SQL))
      .map((row) => observedNode('database', text(row, 'name'), commentIn(row, 'comment'), nullableText(row, 'owner')))
      .filter((database) => wanted === null || wanted.has(database.name.toLowerCase()))
      .sort(compareNames);
  }

  /** The database's schemas in scope, with their tables and columns. */
  async schemas(database: ObservedNode, wanted: ReadonlySet<string> | null, only: ReadonlyMap<string, ReadonlySet<string>> | null = null): Promise<void> {
    const schemas = (await this.read(schemataSql(database.name)))
      .map((row) => observedNode('schema', text(row, 'SCHEMA_NAME'), commentIn(row, 'COMMENT'), nullableText(row, 'SCHEMA_OWNER')))
      .filter((schema) => schemaWanted(wanted, schema.name))
      .sort(compareNames);
    database.children = schemas;
    if (schemas.length === 0) return;
    const rows = await this.read(relationsSql(database.name, schemas.map((schema) => schema.name), only ?? undefined));
    const bySchema = new Map(schemas.map((schema) => [schema.name, schema]));
    const tables = new Map<string, ObservedNode>();
    for (const row of rows.filter((one) => one['OBJECT_KIND'] === 'TABLE')) {
      const table = observedNode('table', text(row, 'TABLE_NAME'), commentIn(row, 'COMMENT'), nullableText(row, 'OWNER'), relationOf(row));
      bySchema.get(text(row, 'TABLE_SCHEMA'))?.children.push(table);
      tables.set(key(text(row, 'TABLE_SCHEMA'), table.name), table);
    }
    const columns = rows
      .filter((one) => one['OBJECT_KIND'] === 'COLUMN')
      .map((row) => ({ row, position: Number(row['ORDINAL_POSITION']) }))
      .sort((a, b) => a.position - b.position);
    for (const { row } of columns) {
      tables.get(key(text(row, 'TABLE_SCHEMA'), text(row, 'TABLE_NAME')))?.children.push(observedNode('column', text(row, 'COLUMN_NAME'), commentIn(row, 'COMMENT'), null));
    }
    for (const schema of schemas) schema.children.sort(compareNames);
  }

  /**
   * Which of `owners` are account roles (owners are roles: GRANT OWNERSHIP … TO ROLE). SHOW
   * ROLES lists every role of the account to any role ("Snowflake allows users to list
   * roles"), so one missing here does not exist; names compare exactly, as compile quotes them.
   */
  async roles(owners: readonly string[]): Promise<string[]> {
    const roles = new Set((await this.read(SHOW_ROLES_SQL)).map((row) => text(row, 'name')));
    return owners.filter((owner) => roles.has(owner)).sort();
  }

  async tagKeys(tagSchema: TagSchema): Promise<AvailableTagKey[]> {
    let rows: CatalogRow[];
    try {
      rows = await this.read(showTagsSql(tagSchema));
    } catch (error) {
      const name = `${tagSchema.database}.${tagSchema.schema}`;
      throw new Error(`cannot list the tags of tags.schema ${name}: ${error instanceof Error ? error.message : String(error)}`);
    }
    return rows
      .map((row) => {
        const allowedValues = allowedValuesOf(row['allowed_values']);
        return { name: text(row, 'name'), ...(allowedValues ? { allowedValues } : {}) };
      })
      .sort(compareNames);
  }

  /** Direct tag assignments of every object read, from the INFORMATION_SCHEMA table functions. */
  async tagsFromInformationSchema(database: ObservedNode, tagSchema: TagSchema): Promise<void> {
    const q = quoteIdentifier;
    const calls: TagCall[] = [{ node: database, name: q(database.name), domain: 'DATABASE', columns: false }];
    for (const schema of database.children) {
      calls.push({ node: schema, name: `${q(database.name)}.${q(schema.name)}`, domain: 'SCHEMA', columns: false });
      for (const table of schema.children) {
        const name = `${q(database.name)}.${q(schema.name)}.${q(table.name)}`;
        calls.push({ node: table, name, domain: 'TABLE', columns: false });
        if (table.children.length > 0) calls.push({ node: table, name, domain: 'TABLE', columns: true });
      }
    }
    for (let start = 0; start < calls.length; start += TAG_CALLS_PER_QUERY) {
      const chunk = calls.slice(start, start + TAG_CALLS_PER_QUERY);
      for (const row of await this.read(tagReferencesSql(database.name, chunk, tagSchema))) {
        const call = chunk[Number(row['REF'])];
        if (call === undefined) throw new Error(`tag query returned an unknown REF ${String(row['REF'])}`);
        const target = call.columns ? call.node.children.find((column) => column.name === text(row, 'COLUMN_NAME')) : call.node;
        if (target) target.tags[text(row, 'TAG_NAME')] = text(row, 'TAG_VALUE');
      }
    }
  }

  /** Direct tag assignments from ACCOUNT_USAGE, for every database in one query. */
  async tagsFromAccountUsage(databases: readonly ObservedNode[], tagSchema: TagSchema): Promise<void> {
    if (databases.length === 0) return;
    const index = new Map<string, ObservedNode>();
    for (const database of databases) for (const [path, found] of indexOf(database)) index.set(path, found);
    for (const row of await this.read(accountUsageSql(databases.map((database) => database.name), tagSchema))) {
      const at = (...parts: Array<string | null>) => (parts.every((part) => part !== null) ? index.get(key(...(parts as string[]))) : undefined);
      const database = nullableText(row, 'OBJECT_DATABASE');
      const schema = nullableText(row, 'OBJECT_SCHEMA');
      const name = nullableText(row, 'OBJECT_NAME');
      let target: ObservedNode | undefined;
      switch (row['DOMAIN']) {
        case 'DATABASE':
          target = at(name);
          break;
        case 'SCHEMA':
          target = at(database, name);
          break;
        case 'TABLE':
          target = at(database, schema, name);
          break;
        case 'COLUMN':
          target = at(database, schema, name, nullableText(row, 'COLUMN_NAME'));
          break;
      }
      if (target) target.tags[text(row, 'TAG_NAME')] = text(row, 'TAG_VALUE');
    }
  }
}

async function readTags(
  reader: SnowflakeCatalogReader,
  databases: readonly ObservedNode[],
  tagSchema: TagSchema,
  source: TagReferenceSource,
): Promise<void> {
  if (source === 'account_usage') return reader.tagsFromAccountUsage(databases, tagSchema);
  for (const database of databases) await reader.tagsFromInformationSchema(database, tagSchema);
}

export async function introspect(driver: Driver, scope: IntrospectScope): Promise<Introspection> {
  if (!isSnowflakeDriver(driver)) throw new Error('the snowflake connector reads through its own driver');
  const tagSchema = driver.tagSchema();
  const { tagReferences } = driver.settings();
  const session: DriverSession = await driver.open();
  try {
    const reader = new SnowflakeCatalogReader(session);
    const version = await reader.version();
    const databases = await reader.databases(scope);
    for (const database of databases) await reader.schemas(database, schemasInScope(scope, database.name), tablesInScope(scope, database.name));
    let availableTagKeys: AvailableTagKey[] | undefined;
    if (tagSchema !== null) {
      availableTagKeys = await reader.tagKeys(tagSchema);
      await readTags(reader, databases, tagSchema, tagReferences);
      driver.knownTagKeys = availableTagKeys.map((tag) => tag.name);
    }
    const owners = scope.owners ?? [];
    const principals = owners.length > 0 ? await reader.roles(owners) : undefined;
    const server: SnowflakeServerInfo = { version, tagSchema: driver.tagSchemaText };
    return {
      observed: { service: scope.service, databases, ...(availableTagKeys ? { availableTagKeys } : {}) },
      server,
      queries: reader.queries,
      ...(principals !== undefined ? { principals } : {}),
    };
  } finally {
    await session.close();
  }
}
