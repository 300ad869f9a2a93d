/**
 * The batched catalog read: a fixed number of queries however many objects a database
 * holds. One query lists the databases and one reads the server version on the first
 * session; then each database in scope takes one session and three queries (schemas,
 * relations, columns). Catalog quirks are normalised here so the planner never sees them.
 *
 * The walk (databases in scope, one session each, rows assembled into a tree) serves the
 * whole PostgreSQL family: `createIntrospect` takes the catalog queries of one system
 * (Redshift reads the same catalogs with fewer relation kinds, and more).
 */
import type { ObservedNode, RelationKind } from '../../model/types.js';
import type { Driver, DriverSession, IntrospectScope, Introspection } from '../types.js';
import { readDatabases, type ListedDatabase } from '../kit/databases.js';
import { observedNode } from '../kit/objects.js';
import { schemasCondition, schemasInScope, tablesCondition, tablesInScope } from '../kit/scope.js';
import { CatalogReader, commentIn, compareNames, text, type CatalogRow } from '../catalog.js';
import { quoteLiteral } from './sql.js';

/** Schemas that belong to PostgreSQL itself, and every session's temporary schemas. */
const USER_SCHEMAS = `n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast')
    AND n.nspname !~ '^pg_(toast_)?temp_'`;

/**
 * Relations revmeta manages. Partitions are left out: they are storage of their partitioned
 * table, which carries the metadata, and would otherwise flood the tree.
 */
const MANAGED_RELATIONS = `c.relkind IN ('r', 'p', 'v', 'm', 'f') AND NOT c.relispartition
    AND ${USER_SCHEMAS}`;

/** Templates are skeletons for new databases, not data; `current` marks the first session's. */
const DATABASES_SQL = `SELECT d.datname AS name,
    shobj_description(d.oid, 'pg_database') AS description,
    pg_get_userbyid(d.datdba) AS owner,
    d.datname = current_database() AS current,
    d.datallowconn AND has_database_privilege(d.oid, 'CONNECT') AS connectable
  FROM pg_database d
  WHERE NOT d.datistemplate`;

const VERSION_SQL = 'SHOW server_version';

/**
 * Which of the manifests' owners (after owners.map) are roles: pg_roles lists every role to
 * every user, so a name missing here is unknown, and the planner reports it as a conflict.
 */
export function rolesSql(owners: readonly string[]): string {
  return `SELECT rolname AS name FROM pg_roles WHERE rolname IN (${owners.map(quoteLiteral).join(', ')})`;
}

/** Schemas with their comment and owner: `schema` rows of `buildDatabase`. */
export function schemasSql(userSchemas: string = USER_SCHEMAS): string {
  return `SELECT n.nspname AS name,
    obj_description(n.oid, 'pg_namespace') AS description,
    pg_get_userbyid(n.nspowner) AS owner
  FROM pg_namespace n
  WHERE ${userSchemas}`;
}

/**
 * Relations with their kind, comment and owner: `relation` rows of `buildDatabase`.
 * `managed` picks them (aliases `c` for pg_class, `n` for pg_namespace); `extra` adds columns.
 */
export function relationsSql(managed: string, extra = ''): string {
  return `SELECT n.nspname AS schema, c.relname AS name, c.relkind::text AS kind,
    obj_description(c.oid, 'pg_class') AS description,
    pg_get_userbyid(c.relowner) AS owner${extra}
  FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
  WHERE ${managed}`;
}

/** Columns of the relations `managed` picks, with their position and comment. */
export function columnsSql(managed: string): string {
  return `SELECT n.nspname AS schema, c.relname AS relation, a.attname AS name,
    a.attnum::int AS position,
    col_description(c.oid, a.attnum) AS description
  FROM pg_attribute a
    JOIN pg_class c ON c.oid = a.attrelid
    JOIN pg_namespace n ON n.oid = c.relnamespace
  WHERE ${managed} AND a.attnum > 0 AND NOT a.attisdropped
  ORDER BY a.attrelid, a.attnum`;
}

const SCHEMAS_SQL = schemasSql();
const RELATIONS_SQL = relationsSql(MANAGED_RELATIONS);
const COLUMNS_SQL = columnsSql(MANAGED_RELATIONS);

const RELATION_KINDS: Record<string, RelationKind> = {
  r: 'table',
  p: 'partitioned_table',
  v: 'view',
  m: 'materialized_view',
  f: 'foreign_table',
};

type Row = CatalogRow;

const comment = (row: Row): string | null => commentIn(row, 'description');

function ownerOf(row: Row): string | null {
  const value = row.owner;
  return typeof value === 'string' ? value : null;
}

interface DatabaseRow extends ListedDatabase {
  description: string | null;
  /** The database the listing session is in. */
  current: boolean;
}

function parseDatabase(row: Row): DatabaseRow {
  return {
    name: text(row, 'name'),
    owner: ownerOf(row),
    refusal: row.connectable === true ? null : 'no CONNECT privilege, or the database does not allow connections',
    description: comment(row),
    current: row.current === true,
  };
}

/** `15.18 (Debian 15.18-0+deb12u1)` → `PostgreSQL 15.18`. */
function versionOf(rows: Row[]): string {
  const raw = rows[0]?.server_version;
  const version = typeof raw === 'string' ? (raw.split(' ')[0] ?? raw) : 'unknown';
  return `PostgreSQL ${version}`;
}

function node(kind: ObservedNode['kind'], row: Row, relation?: RelationKind): ObservedNode {
  return observedNode(kind, text(row, 'name'), comment(row), kind === 'column' ? null : ownerOf(row), relation);
}

/** The relation kind of a row's `kind` (a relkind) in `kinds`; an unknown one is a query bug. */
export function relationKindIn(kinds: Readonly<Record<string, RelationKind>>, row: Row): RelationKind {
  const kind = kinds[text(row, 'kind')];
  if (kind === undefined) throw new Error(`unexpected relkind ${String(row.kind)}`);
  return kind;
}

/** Names cannot contain NUL in PostgreSQL, so it separates the parts of a key safely. */
export function relationKey(schema: string, relation: string): string {
  return `${schema}\0${relation}`;
}

/** What one database's catalog queries returned, before assembly. */
export interface DatabaseRows {
  /** The database's own comment, where only a session on it can read it (else the listing's). */
  description?: string | null;
  schemas: Row[];
  relations: Row[];
  columns: Row[];
}

/**
 * `--changed-since`: conditions that narrow one database's read to the scope's tables, for the
 * WHERE clauses of `schemasSql` (alias `n`) and of `relationsSql`/`columnsSql` (`n`, `c`).
 */
export interface CatalogNarrowing {
  schemas: string;
  relations: string;
}

/** The narrowing of a database's read, when the scope names its schemas or tables (else it is read whole). */
function narrowingOf(scope: IntrospectScope, database: string, quote: (value: string) => string): CatalogNarrowing | undefined {
  const tables = tablesInScope(scope, database);
  const schemas = schemasInScope(scope, database) ?? (tables === null ? null : new Set(tables.keys()));
  if (schemas === null) return undefined;
  // Only the schemas the manifests name (a big catalog is planned a group of schemas at a
  // time), and with `--changed-since` only the changed tables of them.
  const inSchemas = schemasCondition(schemas, 'n.nspname', quote);
  return { schemas: inSchemas, relations: tables === null ? inSchemas : tablesCondition(tables, 'n.nspname', 'c.relname', quote) };
}

/** `base` and, when narrowed, the narrowing's condition. */
export function narrowed(base: string, condition: string | undefined): string {
  return condition === undefined ? base : `${base} AND ${condition}`;
}

/** The catalog queries of one member of the PostgreSQL family. */
export interface PostgresFamilyCatalog {
  /** Lists databases: `name, owner, current, connectable`, and `description` where readable from one session. */
  databasesSql: string;
  /** One query naming the server. */
  versionSql: string;
  versionOf(rows: Row[]): string;
  /**
   * Reads one database on a session of it, in a number of queries that does not grow with its
   * objects; `narrowing` (`--changed-since`) limits the schemas and relations read.
   */
  readDatabase(reader: CatalogReader, session: DriverSession, narrowing?: CatalogNarrowing): Promise<DatabaseRows>;
  /** The system's string literal, for the narrowing's names. */
  quoteLiteral(value: string): string;
  relationKind(row: Row): RelationKind;
  /**
   * One query returning `name` for each of these owners that is a principal of the system;
   * only where the catalog lists them all (else an owner missing here is not known to be unknown).
   */
  principalsSql?(owners: readonly string[]): string;
}

/** Assembles one database's tree from its catalog result sets. */
function buildDatabase(catalog: PostgresFamilyCatalog, database: DatabaseRow, rows: DatabaseRows): ObservedNode {
  const schemaNodes = new Map(rows.schemas.map((row) => [text(row, 'name'), node('schema', row)]));
  const relationNodes = new Map<string, ObservedNode>();
  for (const row of rows.relations) {
    const relation = node('table', row, catalog.relationKind(row));
    schemaNodes.get(text(row, 'schema'))?.children.push(relation);
    relationNodes.set(relationKey(text(row, 'schema'), relation.name), relation);
  }
  const ordered = [...rows.columns].sort((a, b) => Number(a.position) - Number(b.position));
  for (const row of ordered) {
    relationNodes.get(relationKey(text(row, 'schema'), text(row, 'relation')))?.children.push(node('column', row));
  }
  const children = [...schemaNodes.values()].sort(compareNames);
  for (const schema of children) schema.children.sort(compareNames);
  return {
    kind: 'database',
    name: database.name,
    description: rows.description !== undefined ? rows.description : database.description,
    owner: database.owner,
    tags: {},
    children,
  };
}

/**
 * The introspection of a PostgreSQL-family system: the databases in scope, each read on a
 * session of its own (the first session's database on that session), assembled into trees.
 */
export function createIntrospect(catalog: PostgresFamilyCatalog): (driver: Driver, scope: IntrospectScope) => Promise<Introspection> {
  return async (driver, scope) => {
    const readDatabase = async (reader: CatalogReader, session: DriverSession, database: DatabaseRow) =>
      buildDatabase(catalog, database, await catalog.readDatabase(reader, session, narrowingOf(scope, database.name, catalog.quoteLiteral)));

    const reader = new CatalogReader();
    const { databases, unreadable, extra } = await readDatabases(
      driver,
      scope,
      async (session) => {
        const listed = (await reader.read(catalog.databasesSql, session)).map(parseDatabase);
        const version = catalog.versionOf(await reader.read(catalog.versionSql, session));
        // For the plan's count of transactions; a budget that cannot be read leaves one, as at apply.
        const lockBudget = await session.lockBudget?.().catch(() => undefined);
        const owners = scope.owners ?? [];
        const principals =
          catalog.principalsSql && owners.length > 0 ? (await reader.read(catalog.principalsSql(owners), session)).map((row) => text(row, 'name')).sort() : undefined;
        return { listed, current: listed.find((database) => database.current)?.name, extra: { version, lockBudget, principals } };
      },
      (session, database) => readDatabase(reader, session, database),
    );
    const { version, lockBudget, principals } = extra;
    return {
      observed: { service: scope.service, databases },
      server: { version, ...(lockBudget !== undefined ? { lockBudget } : {}) },
      queries: reader.queries,
      ...(principals !== undefined ? { principals } : {}),
      ...(unreadable.length > 0 ? { unreadable } : {}),
    };
  };
}

export const introspect = createIntrospect({
  databasesSql: DATABASES_SQL,
  versionSql: VERSION_SQL,
  versionOf,
  async readDatabase(reader, session, narrowing) {
    const schemas = await reader.read(narrowing ? schemasSql(narrowed(USER_SCHEMAS, narrowing.schemas)) : SCHEMAS_SQL, session);
    const managed = narrowed(MANAGED_RELATIONS, narrowing?.relations);
    const relations = await reader.read(narrowing ? relationsSql(managed) : RELATIONS_SQL, session);
    const columns = await reader.read(narrowing ? columnsSql(managed) : COLUMNS_SQL, session);
    return { schemas, relations, columns };
  },
  quoteLiteral,
  relationKind: (row) => relationKindIn(RELATION_KINDS, row),
  principalsSql: rolesSql,
});

/** The catalog queries of one database read, for benchmarks that measure them alone. */
export const CATALOG_QUERIES: readonly string[] = [DATABASES_SQL, VERSION_SQL, SCHEMAS_SQL, RELATIONS_SQL, COLUMNS_SQL];
