/**
 * The batched catalog read: a fixed number of queries however many objects a database
 * holds. One query lists the databases and one reads the server version on the first
 * session; then each database in scope takes one session and three queries (schemas,
 * relations, columns). Catalog quirks are normalised here so the planner never sees them.
 */
import type { ObservedNode, RelationKind } from '../../model/types.js';
import type { Driver, DriverSession, IntrospectScope, Introspection } from '../types.js';
import { CatalogReader, commentIn, compareNames, text, type CatalogRow } from '../catalog.js';

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

const SCHEMAS_SQL = `SELECT n.nspname AS name,
    obj_description(n.oid, 'pg_namespace') AS description,
    pg_get_userbyid(n.nspowner) AS owner
  FROM pg_namespace n
  WHERE ${USER_SCHEMAS}`;

const RELATIONS_SQL = `SELECT n.nspname AS schema, c.relname AS name, c.relkind::text AS kind,
    obj_description(c.oid, 'pg_class') AS description,
    pg_get_userbyid(c.relowner) AS owner
  FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
  WHERE ${MANAGED_RELATIONS}`;

const COLUMNS_SQL = `SELECT n.nspname AS schema, c.relname AS relation, a.attname AS name,
    a.attnum::int AS position,
    col_description(c.oid, a.attnum) AS description
  FROM pg_attribute a
    JOIN pg_class c ON c.oid = a.attrelid
    JOIN pg_namespace n ON n.oid = c.relnamespace
  WHERE ${MANAGED_RELATIONS} AND a.attnum > 0 AND NOT a.attisdropped
  ORDER BY a.attrelid, a.attnum`;

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


interface DatabaseRow {
  name: string;
  description: string | null;
  owner: string | null;
  current: boolean;
  connectable: boolean;
}

function parseDatabase(row: Row): DatabaseRow {
  return {
    name: text(row, 'name'),
    description: comment(row),
    owner: ownerOf(row),
    current: row.current === true,
    connectable: row.connectable === true,
  };
}

/**
 * `all` is every database the connection may enter; named databases that do not exist are
 * left out (the planner reports them as missing), and one that refuses us fails loudly.
 */
function databasesInScope(databases: DatabaseRow[], scope: IntrospectScope): DatabaseRow[] {
  if (scope.databases === 'all') return databases.filter((database) => database.connectable);
  // Case-insensitive, so the planner can match names exactly or, failing that, uniquely by case.
  const wanted = new Set(scope.databases.map((name) => name.toLowerCase()));
  return databases.filter((database) => wanted.has(database.name.toLowerCase()));
}

/** `15.18 (Debian 15.18-0+deb12u1)` → `PostgreSQL 15.18`. */
function versionOf(rows: Row[]): string {
  const raw = rows[0]?.server_version;
  const version = typeof raw === 'string' ? (raw.split(' ')[0] ?? raw) : 'unknown';
  return `PostgreSQL ${version}`;
}

function node(kind: ObservedNode['kind'], row: Row, relation?: RelationKind): ObservedNode {
  return {
    kind,
    name: text(row, 'name'),
    ...(relation === undefined ? {} : { relation }),
    description: comment(row),
    owner: kind === 'column' ? null : ownerOf(row),
    tags: {},
    children: [],
  };
}

function relationKind(row: Row): RelationKind {
  const kind = RELATION_KINDS[text(row, 'kind')];
  if (kind === undefined) throw new Error(`unexpected relkind ${String(row.kind)}`);
  return kind;
}

/** Names cannot contain NUL in PostgreSQL, so it separates the parts of a key safely. */
function relationKey(schema: string, relation: string): string {
  return `${schema}\0${relation}`;
}

/** Assembles one database's tree from its three catalog result sets. */
function buildDatabase(database: DatabaseRow, schemas: Row[], relations: Row[], columns: Row[]): ObservedNode {
  const schemaNodes = new Map(schemas.map((row) => [text(row, 'name'), node('schema', row)]));
  const relationNodes = new Map<string, ObservedNode>();
  for (const row of relations) {
    const relation = node('table', row, relationKind(row));
    schemaNodes.get(text(row, 'schema'))?.children.push(relation);
    relationNodes.set(relationKey(text(row, 'schema'), relation.name), relation);
  }
  const ordered = [...columns].sort((a, b) => Number(a.position) - Number(b.position));
  for (const row of ordered) {
    relationNodes.get(relationKey(text(row, 'schema'), text(row, 'relation')))?.children.push(node('column', row));
  }
  const children = [...schemaNodes.values()].sort(compareNames);
  for (const schema of children) schema.children.sort(compareNames);
  return {
    kind: 'database',
    name: database.name,
    description: database.description,
    owner: database.owner,
    tags: {},
    children,
  };
}

/** The catalog reads of one database: a fixed number of queries, however many objects. */
class DatabaseReader extends CatalogReader {
  async readDatabase(session: DriverSession, database: DatabaseRow): Promise<ObservedNode> {
    const schemas = await this.read(SCHEMAS_SQL, session);
    const relations = await this.read(RELATIONS_SQL, session);
    const columns = await this.read(COLUMNS_SQL, session);
    return buildDatabase(database, schemas, relations, columns);
  }
}

async function readOtherDatabase(
  reader: DatabaseReader,
  driver: Driver,
  database: DatabaseRow,
): Promise<ObservedNode> {
  const session = await driver.open(database.name);
  try {
    return await reader.readDatabase(session, database);
  } finally {
    await session.close();
  }
}

export async function introspect(driver: Driver, scope: IntrospectScope): Promise<Introspection> {
  const reader = new DatabaseReader();
  const nodes: ObservedNode[] = [];
  let targets: DatabaseRow[];
  let version: string;
  const first = await driver.open();
  try {
    targets = databasesInScope((await reader.read(DATABASES_SQL, first)).map(parseDatabase), scope);
    version = versionOf(await reader.read(VERSION_SQL, first));
    // The first session's own database is read on it: one connection (or engine switch) fewer.
    const current = targets.find((database) => database.current);
    if (current !== undefined) nodes.push(await reader.readDatabase(first, current));
  } finally {
    await first.close();
  }
  for (const database of targets.filter((target) => !target.current)) {
    nodes.push(await readOtherDatabase(reader, driver, database));
  }
  return {
    observed: { service: scope.service, databases: nodes.sort(compareNames) },
    server: { version },
    queries: reader.queries,
  };
}

/** The catalog queries of one database read, for benchmarks that measure them alone. */
export const CATALOG_QUERIES: readonly string[] = [DATABASES_SQL, VERSION_SQL, SCHEMAS_SQL, RELATIONS_SQL, COLUMNS_SQL];
