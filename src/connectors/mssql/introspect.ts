/**
 * The batched catalog read: a fixed number of queries however many objects a database holds.
 * On the first session (the connection's `database`): the server version, and the databases
 * with their owners (a login, from sys.databases). Then per database in scope, on a session
 * in that database (catalog views only show their own database; Azure SQL has no USE):
 *   1. sys.schemas + owners via sys.database_principals
 *   2. sys.objects (tables 'U', views 'V') + effective owners: the object's own principal,
 *      else its schema's (COALESCE(o.principal_id, s.principal_id))
 *   3. sys.columns of those objects
 *   4. sys.extended_properties named MS_Description: class 0 (the database), 3 (schemas)
 *      and 1 (objects with minor_id 0, columns with minor_id = column_id)
 *   5. when the manifests name owners: which of them are logins with a user in the database
 *      (besides its owner's dbo). SQL Server refuses such a login as the database's owner
 *      (Msg 15110), so the database node lists them in `refusedOwners` and the planner reports
 *      a conflict instead of a statement that must fail.
 *   6. when the manifests name owners: which of them are principals of the database, as
 *      query 0 (on the first session, after the databases) asks of the server's logins; with
 *      every list complete (VIEW DEFINITION), an owner in none of them is reported unknown.
 * Queries 2-4 read only the schemas in scope; 2 and 3 are skipped when none is.
 *
 * Descriptions: a property that exists is its text, an empty or NULL value becoming '' (so
 * the dialect updates or drops it rather than adding a second one); an absent one is null.
 */
import type { ObservedNode, RelationKind } from '../../model/types.js';
import { CatalogReader, compareNames, text, type CatalogRow } from '../catalog.js';
import type { Driver, DriverSession, IntrospectScope, Introspection, UnlistedObject } from '../types.js';
import { readDatabases, type ListedDatabase } from '../kit/databases.js';
import { observedNode } from '../kit/objects.js';
import { schemasInScope, schemaWanted, tablesCondition, tablesInScope } from '../kit/scope.js';
import { DESCRIPTION_PROPERTY, quoteLiteral } from './sql.js';

type Row = CatalogRow;

export const SERVER_SQL = `SELECT CAST(SERVERPROPERTY('ProductVersion') AS nvarchar(128)) AS version,
    CAST(SERVERPROPERTY('Edition') AS nvarchar(128)) AS edition,
    DB_NAME() AS current_database`;

/** The system databases are SQL Server's own; `accessible` = the login may enter (HAS_DBACCESS). */
export const DATABASES_SQL = `SELECT d.name, SUSER_SNAME(d.owner_sid) AS owner, d.state_desc,
    HAS_DBACCESS(d.name) AS accessible
  FROM sys.databases d
  WHERE d.name NOT IN (N'master', N'tempdb', N'model', N'msdb')`;

/** sys and INFORMATION_SCHEMA are SQL Server's; 16384-16399 are the fixed database roles' schemas. */
const USER_SCHEMAS = `s.name NOT IN (N'sys', N'INFORMATION_SCHEMA') AND s.schema_id NOT BETWEEN 16384 AND 16399`;

export const SCHEMAS_SQL = `SELECT s.schema_id, s.name, p.name AS owner
  FROM sys.schemas s
    LEFT JOIN sys.database_principals p ON p.principal_id = s.principal_id
  WHERE ${USER_SCHEMAS}`;

/** Tables and views users made; `type` is char(2) ('U ', 'V '). */
const MANAGED_OBJECTS = `o.type IN ('U', 'V') AND o.is_ms_shipped = 0`;

/** Which schemas a query reads: the ids in scope, or every user schema. */
type SchemaIds = readonly number[] | 'all';

function schemaFilter(column: string, ids: SchemaIds): string {
  if (ids === 'all') return `${column} IN (SELECT s.schema_id FROM sys.schemas s WHERE ${USER_SCHEMAS})`;
  for (const id of ids) if (!Number.isSafeInteger(id)) throw new Error(`schema_id ${String(id)} is not an integer`);
  return `${column} IN (${ids.join(', ')})`;
}

/**
 * `--changed-since`: the condition (on `o`, a sys.objects row) naming the scope's tables of a
 * database, set-based; none when the scope does not narrow it.
 */
export function objectsCondition(scope: IntrospectScope, database: string): string | undefined {
  const tables = tablesInScope(scope, database);
  return tables === null ? undefined : tablesCondition(tables, 'SCHEMA_NAME(o.schema_id)', 'o.name', quoteLiteral);
}

/** The managed objects of the schemas `ids`, narrowed by `only` (objectsCondition) when given. */
function managedIn(ids: SchemaIds, only: string | undefined): string {
  return `${MANAGED_OBJECTS} AND ${schemaFilter('o.schema_id', ids)}${only === undefined ? '' : ` AND ${only}`}`;
}

export function objectsSql(ids: SchemaIds, only?: string): string {
  return `SELECT o.object_id, o.schema_id, o.name, o.type, p.name AS owner
  FROM sys.objects o
    JOIN sys.schemas s ON s.schema_id = o.schema_id
    LEFT JOIN sys.database_principals p ON p.principal_id = COALESCE(o.principal_id, s.principal_id)
  WHERE ${managedIn(ids, only)}`;
}

export function columnsSql(ids: SchemaIds, only?: string): string {
  return `SELECT c.object_id, c.column_id, c.name
  FROM sys.columns c
    JOIN sys.objects o ON o.object_id = c.object_id
  WHERE ${managedIn(ids, only)}
  ORDER BY c.object_id, c.column_id`;
}

/** The database's own description always; schemas' and objects' only for the schemas in scope. */
export function descriptionsSql(ids: SchemaIds | null, only?: string): string {
  const scoped =
    ids === null
      ? ''
      : ` OR (ep.class = 3 AND ${schemaFilter('ep.major_id', ids)})
    OR (ep.class = 1 AND ep.major_id IN (SELECT o.object_id FROM sys.objects o WHERE ${managedIn(ids, only)}))`;
  return `SELECT ep.class, ep.major_id, ep.minor_id, CONVERT(nvarchar(4000), ep.value) AS value
  FROM sys.extended_properties ep
  WHERE ep.name = ${quoteLiteral(DESCRIPTION_PROPERTY)} AND (ep.class = 0${scoped})`;
}

/**
 * Which of `logins` have a user in the session's database: ALTER AUTHORIZATION ON DATABASE
 * and sp_changedbowner refuse them as its owner ("@loginame can't become the owner of the
 * current database if it already has access to the database through an existing user
 * security account within the database", Microsoft Learn, sp_changedbowner; Msg 15110).
 * dbo is the current owner's own user. SUSER_SNAME maps a user's SID to its login as the
 * databases query does; users without a login (roles, contained users) map to NULL.
 */
export function ownerUsersSql(logins: readonly string[]): string {
  return `SELECT SUSER_SNAME(dp.sid) AS login, dp.name AS user_name
  FROM sys.database_principals dp
  WHERE dp.type IN ('S', 'U', 'G', 'E', 'X') AND dp.name <> N'dbo'
    AND SUSER_SNAME(dp.sid) IN (${logins.map(quoteLiteral).join(', ')})`;
}

/**
 * The owners (in the manifests' spelling) that a user row refuses as the database's owner, with
 * why. Logins compare case-insensitively, as under SQL Server's default server collation.
 */
export function refusedOwnersOf(database: string, owners: readonly string[], rows: Row[]): Record<string, string> | undefined {
  const refused: Record<string, string> = {};
  for (const row of rows) {
    if (typeof row.login !== 'string') continue;
    const login = row.login.toLowerCase();
    for (const owner of owners.filter((name) => name.toLowerCase() === login)) {
      refused[owner] =
        `login "${owner}" already has the user "${text(row, 'user_name')}" in database "${database}", and SQL Server refuses such a login as the owner ` +
        '(Msg 15110: The proposed new database owner is already a user or aliased in the database.); drop that user or choose another login';
    }
  }
  return Object.keys(refused).length > 0 ? refused : undefined;
}

/**
 * Which of `owners` are principals of the server (logins, server roles: a database's owner)
 * or, with `level` 'database', of the session's database (users, roles: a schema's or an
 * object's owner), and whether the list is complete: a login or user sees only the
 * principals it has a permission on, unless it holds VIEW ANY DEFINITION (server) or VIEW
 * DEFINITION (database) (Microsoft Learn, "Metadata visibility configuration"). The probe row
 * makes `complete` arrive even when no name matches.
 */
export function principalsSql(level: 'server' | 'database', owners: readonly string[]): string {
  const [view, complete] =
    level === 'server'
      ? ['sys.server_principals', `HAS_PERMS_BY_NAME(NULL, NULL, 'VIEW ANY DEFINITION')`]
      : ['sys.database_principals', `HAS_PERMS_BY_NAME(DB_NAME(), 'DATABASE', 'VIEW DEFINITION')`];
  return `SELECT CAST(${complete} AS int) AS complete, p.name AS name
  FROM (SELECT 1 AS probe) AS probe
    LEFT JOIN ${view} p ON p.name IN (${owners.map(quoteLiteral).join(', ')})`;
}

/** What one principals query found: the names, and whether every principal was visible. */
export interface PrincipalRows {
  complete: boolean;
  names: string[];
}

export function principalsOf(rows: Row[]): PrincipalRows {
  return {
    complete: rows.length > 0 && rows.every((row) => row.complete === 1 || row.complete === true),
    names: rows.flatMap((row) => (typeof row.name === 'string' ? [row.name] : [])),
  };
}

/**
 * The owners (in the manifests' spelling, as the planner compares them) that some lookup
 * found; names compare case-insensitively as under SQL Server's default collation (a
 * case-sensitive one matched only exact names in the query). Undefined when any lookup may
 * have missed a principal: then no owner is known to be unknown.
 */
export function knownOwners(owners: readonly string[], lookups: readonly PrincipalRows[]): string[] | undefined {
  if (lookups.length === 0 || lookups.some((lookup) => !lookup.complete)) return undefined;
  const found = new Set(lookups.flatMap((lookup) => lookup.names.map((name) => name.toLowerCase())));
  return owners.filter((owner) => found.has(owner.toLowerCase())).sort();
}

const RELATION_KINDS: Readonly<Record<string, RelationKind>> = { U: 'table', V: 'view' };

function integer(row: Row, key: string): number {
  const value = row[key];
  if (typeof value !== 'number' || !Number.isSafeInteger(value)) throw new Error(`catalog column ${key} is not an integer: ${String(value)}`);
  return value;
}

function ownerOf(row: Row): string | null {
  return typeof row.owner === 'string' && row.owner !== '' ? row.owner : null;
}

/** Descriptions by `class:major_id:minor_id`; a property that exists with no text is ''. */
type Descriptions = ReadonlyMap<string, string>;

const propertyKey = (kind: number, major: number, minor: number) => `${kind}:${major}:${minor}`;

function descriptionsOf(rows: Row[]): Descriptions {
  const map = new Map<string, string>();
  for (const row of rows) {
    const value = row.value;
    map.set(propertyKey(integer(row, 'class'), integer(row, 'major_id'), integer(row, 'minor_id')), typeof value === 'string' ? value : '');
  }
  return map;
}

function describe(descriptions: Descriptions, kind: number, major: number, minor: number): string | null {
  return descriptions.get(propertyKey(kind, major, minor)) ?? null;
}

export type DatabaseRow = ListedDatabase;

function refusalOf(row: Row): string | null {
  if (row.state_desc !== 'ONLINE') return 'the database is not online';
  return row.accessible === 1 || row.accessible === true ? null : 'the login may not enter the database';
}

function parseDatabase(row: Row): DatabaseRow {
  return { name: text(row, 'name'), owner: ownerOf(row), refusal: refusalOf(row) };
}

/** `SQL Server 16.0.4135.4 (Developer Edition (64-bit))`. */
export function serverVersion(row: Row | undefined): string {
  const version = typeof row?.version === 'string' ? row.version : 'unknown';
  return typeof row?.edition === 'string' ? `SQL Server ${version} (${row.edition})` : `SQL Server ${version}`;
}

/** Assembles one database from its catalog rows. */
export function buildDatabase(database: DatabaseRow, schemaRows: Row[], objectRows: Row[], columnRows: Row[], descriptionRows: Row[]): ObservedNode {
  const descriptions = descriptionsOf(descriptionRows);
  const schemas = new Map<number, ObservedNode>();
  for (const row of schemaRows) {
    const id = integer(row, 'schema_id');
    schemas.set(id, observedNode('schema', text(row, 'name'), describe(descriptions, 3, id, 0), ownerOf(row)));
  }
  const objects = new Map<number, ObservedNode>();
  for (const row of objectRows) {
    const relation = RELATION_KINDS[text(row, 'type').trim()];
    const schema = schemas.get(integer(row, 'schema_id'));
    if (relation === undefined || schema === undefined) continue;
    const id = integer(row, 'object_id');
    const table = observedNode('table', text(row, 'name'), describe(descriptions, 1, id, 0), ownerOf(row), relation);
    schema.children.push(table);
    objects.set(id, table);
  }
  const columns = [...columnRows].sort((a, b) => integer(a, 'object_id') - integer(b, 'object_id') || integer(a, 'column_id') - integer(b, 'column_id'));
  for (const row of columns) {
    const id = integer(row, 'object_id');
    objects.get(id)?.children.push(observedNode('column', text(row, 'name'), describe(descriptions, 1, id, integer(row, 'column_id')), null));
  }
  const children = [...schemas.values()].sort(compareNames);
  for (const schema of children) schema.children.sort(compareNames);
  return { ...observedNode('database', database.name, describe(descriptions, 0, 0, 0), database.owner), children };
}

/** The catalog reads of one database: at most four queries, however many objects (six with owners named). */
class DatabaseReader extends CatalogReader {
  /** The principals lookups so far (the server's, then each database's). */
  readonly principals: PrincipalRows[] = [];

  async readDatabase(session: DriverSession, database: DatabaseRow, scope: IntrospectScope): Promise<ObservedNode> {
    const wanted = schemasInScope(scope, database.name);
    const schemaRows = (await this.read(SCHEMAS_SQL, session)).filter((row) => schemaWanted(wanted, text(row, 'name')));
    const ids: SchemaIds = wanted === null ? 'all' : schemaRows.map((row) => integer(row, 'schema_id'));
    const hasSchemas = schemaRows.length > 0;
    const only = objectsCondition(scope, database.name);
    const objectRows = hasSchemas ? await this.read(objectsSql(ids, only), session) : [];
    const columnRows = hasSchemas ? await this.read(columnsSql(ids, only), session) : [];
    const descriptionRows = await this.read(descriptionsSql(hasSchemas ? ids : null, only), session);
    const built = buildDatabase(database, schemaRows, objectRows, columnRows, descriptionRows);
    const owners = scope.owners ?? [];
    if (owners.length === 0) return built;
    const refusedOwners = refusedOwnersOf(database.name, owners, await this.read(ownerUsersSql(owners), session));
    this.principals.push(principalsOf(await this.read(principalsSql('database', owners), session)));
    return refusedOwners === undefined ? built : { ...built, refusedOwners };
  }
}

export async function introspect(driver: Driver, scope: IntrospectScope): Promise<Introspection> {
  const reader = new DatabaseReader();
  const { databases, unreadable, extra } = await readDatabases(
    driver,
    scope,
    async (session) => {
      const server = (await reader.read(SERVER_SQL, session))[0];
      const listed = (await reader.read(DATABASES_SQL, session)).map(parseDatabase);
      if ((scope.owners ?? []).length > 0) reader.principals.push(principalsOf(await reader.read(principalsSql('server', scope.owners!), session)));
      const current = typeof server?.current_database === 'string' ? server.current_database : undefined;
      return { listed, current, extra: { version: serverVersion(server) } };
    },
    (session, database) => reader.readDatabase(session, database, scope),
  );
  return {
    observed: { service: scope.service, databases },
    server: { version: extra.version },
    queries: reader.queries,
    ...principalsField(scope.owners ?? [], reader.principals),
    ...(unreadable.length > 0 ? { unreadable } : {}),
  };
}

/**
 * Metadata visibility: sys.databases lists every database only to a login with VIEW ANY
 * DATABASE (granted to public by default), and sys.schemas and sys.objects list every schema
 * and object of a database only to a user with VIEW DEFINITION there (or a permission that
 * implies it: CONTROL, db_owner, VIEW ANY DEFINITION). HAS_PERMS_BY_NAME answers with the
 * effective permission, roles included.
 */
export const SEES_ALL_DATABASES_SQL = "SELECT HAS_PERMS_BY_NAME(NULL, NULL, 'VIEW ANY DATABASE') AS sees_all";
export const SEES_ALL_OBJECTS_SQL = "SELECT HAS_PERMS_BY_NAME(DB_NAME(), 'DATABASE', 'VIEW DEFINITION') AS sees_all";

/**
 * An unlisted object is absent when the listing that lacks it shows everything to this login;
 * otherwise revmeta cannot tell (SQL Server answers alike for hidden and missing objects).
 * One question per database asked about, on that database's session.
 */
export async function confirmAbsent(driver: Driver, unlisted: readonly UnlistedObject[]): Promise<(string | null)[]> {
  const verdicts: (string | null)[] = unlisted.map(() => null);
  const groups = new Map<string | undefined, number[]>();
  unlisted.forEach((object, i) => {
    const key = object.schema === undefined ? undefined : object.database;
    groups.set(key, [...(groups.get(key) ?? []), i]);
  });
  for (const [database, indices] of groups) {
    let reason: string | null;
    try {
      const session = await driver.open(database);
      try {
        const [row] = await session.query(database === undefined ? SEES_ALL_DATABASES_SQL : SEES_ALL_OBJECTS_SQL);
        const seesAll = Number(row?.sees_all) === 1;
        reason = seesAll
          ? null
          : database === undefined
            ? 'the login lacks VIEW ANY DATABASE, so revmeta cannot tell a dropped database from one it may not see'
            : `the user lacks VIEW DEFINITION on ${database}, so revmeta cannot tell a dropped object from one it may not see`;
      } finally {
        await session.close();
      }
    } catch (error) {
      reason = `revmeta could not check whether it was dropped (${error instanceof Error ? error.message : String(error)})`;
    }
    for (const i of indices) verdicts[i] = reason;
  }
  return verdicts;
}

function principalsField(owners: readonly string[], lookups: readonly PrincipalRows[]): { principals?: string[] } {
  const principals = owners.length > 0 ? knownOwners(owners, lookups) : undefined;
  return principals === undefined ? {} : { principals };
}
