/**
 * The Redshift catalog read, on the PostgreSQL family's walk (postgres/introspect.ts): one
 * query lists the databases and one names the server (and, when the manifests name owners,
 * one asks pg_user which of them are users); then each database in scope takes one session
 * and five queries however many objects it holds.
 *
 * Redshift's catalog is PostgreSQL 8.0's, so the queries use only what 8.0 had: no
 * `relispartition`, no `shobj_description` (database comments live in each database's own
 * pg_description, readable only there), no CONNECT privilege. Tables are relkind 'r' and
 * views 'v' (materialized views included); a late-binding view (`WITH NO SCHEMA BINDING`) is a
 * view whose stored definition says so, and its columns are not in pg_attribute.
 *
 * What only Redshift has (external tables from svv_external_tables/svv_external_columns, and
 * `pg_get_late_binding_view_cols()`) is read by one further query, `redshiftOnlySql`, that
 * can be left out: the rest runs on PostgreSQL too, which is how the tests run it on real
 * engines.
 */
import type { RelationKind } from '../../model/types.js';
import { commentIn, text, type CatalogRow } from '../catalog.js';
import { quoteLiteral } from './sql.js';
import {
  columnsSql,
  createIntrospect,
  narrowed,
  relationKey,
  relationKindIn,
  relationsSql,
  schemasSql,
  type DatabaseRows,
} from '../postgres/introspect.js';

/** `pg_` is reserved for system schemas (pg_catalog, pg_internal, pg_automv, temporary ones). */
const USER_SCHEMAS = `n.nspname <> 'information_schema' AND n.nspname !~ '^pg_'`;

const MANAGED_RELATIONS = `c.relkind IN ('r', 'v') AND ${USER_SCHEMAS}`;

/**
 * Every connectable database but templates and Redshift's internal `padb_harvest`. Redshift
 * has no CONNECT privilege to test: a database that refuses us fails loudly when read.
 */
const DATABASES_SQL = `SELECT d.datname AS name,
    pg_get_userbyid(d.datdba) AS owner,
    d.datname = current_database() AS current,
    d.datallowconn AS connectable
  FROM pg_database d
  WHERE NOT d.datistemplate AND d.datname <> 'padb_harvest'`;

/**
 * Which of the manifests' owners are users: on Redshift only a user owns an object
 * (`ALTER ... OWNER TO user_name`; groups and roles cannot), and pg_user, unlike
 * pg_user_info, is readable by every user. On PostgreSQL (the test engines) pg_user lists
 * the roles that can log in.
 */
export function usersSql(owners: readonly string[]): string {
  return `SELECT usename AS name FROM pg_user WHERE usename IN (${owners.map(quoteLiteral).join(', ')})`;
}

/** `PostgreSQL 8.0.2 on i686-pc-linux-gnu, compiled by GCC ..., Redshift 1.0.77467`. */
const VERSION_SQL = 'SELECT version() AS version';

const SCHEMAS_SQL = schemasSql(USER_SCHEMAS);

/** `late_binding`: the definition Redshift stores for a late-binding view ends `with no schema binding`. */
const RELATIONS_SQL = redshiftRelationsSql(MANAGED_RELATIONS);

const COLUMNS_SQL = columnsSql(MANAGED_RELATIONS);

/** The relations query over `managed` relations (late-binding views marked). */
function redshiftRelationsSql(managed: string): string {
  return relationsSql(
    managed,
    `,
    CASE WHEN c.relkind = 'v' THEN pg_get_viewdef(c.oid) ILIKE '%with no schema binding%' ELSE false END AS late_binding`,
  );
}

/** What PostgreSQL 8.0 keeps, and Redshift: the comment of the database the session is on. */
export const DATABASE_DESCRIPTION_SQL = `SELECT obj_description(d.oid, 'pg_database') AS description
  FROM pg_database d
  WHERE d.datname = current_database()`;

/**
 * Objects outside pg_class and pg_attribute, in one result: external tables and their
 * columns (of this database: the svv_ views list other databases' too), the columns of
 * late-binding views, and which views are materialized views (pg_class lists them as views;
 * SVV_MV_INFO's names are char(128), hence TRIM). `what` tells the rows apart. Column names
 * as the Database Developer Guide documents SVV_EXTERNAL_TABLES, SVV_EXTERNAL_COLUMNS
 * (redshift_database_name, schemaname, tablename, columnname, columnnum) and SVV_MV_INFO
 * (database_name, schema_name, name).
 */
export const REDSHIFT_ONLY_SQL = `SELECT 'external_table' AS what, schemaname::varchar AS schema,
    tablename::varchar AS relation, NULL::varchar AS name, 0 AS position
  FROM svv_external_tables
  WHERE redshift_database_name = current_database()
UNION ALL
SELECT 'external_column', schemaname::varchar, tablename::varchar, columnname::varchar, columnnum
  FROM svv_external_columns
  WHERE redshift_database_name = current_database()
UNION ALL
SELECT 'late_binding_column', view_schema::varchar, view_name::varchar, col_name::varchar, col_num
  FROM pg_get_late_binding_view_cols() cols(view_schema name, view_name name, col_name name, col_type varchar, col_num int)
UNION ALL
SELECT 'materialized_view', TRIM(schema_name)::varchar, TRIM(name)::varchar, NULL::varchar, 0
  FROM svv_mv_info
  WHERE TRIM(database_name) = current_database()`;

/** The catalog queries that differ by system, for tests that run the rest on PostgreSQL. */
export interface RedshiftCatalogOptions {
  /** One row, `description`: the comment of the session's database. */
  databaseDescriptionSql: string;
  /** Rows as `REDSHIFT_ONLY_SQL` returns them, or null to read no external tables nor late-binding columns. */
  redshiftOnlySql: string | null;
}

export const REDSHIFT_CATALOG: RedshiftCatalogOptions = {
  databaseDescriptionSql: DATABASE_DESCRIPTION_SQL,
  redshiftOnlySql: REDSHIFT_ONLY_SQL,
};

/** `e` and `m` are not Redshift relkinds: withRedshiftOnly marks external tables and materialized views so. */
const RELATION_KINDS: Record<string, RelationKind> = { r: 'table', v: 'view', e: 'external_table', m: 'materialized_view' };

function relationKind(row: CatalogRow): RelationKind {
  return row.late_binding === true ? 'late_binding_view' : relationKindIn(RELATION_KINDS, row);
}

/** `PostgreSQL 8.0.2 on ..., Redshift 1.0.77467` → `Redshift 1.0.77467`; a PostgreSQL server (tests) names itself. */
export function versionOf(rows: CatalogRow[]): string {
  const raw = rows[0]?.version;
  if (typeof raw !== 'string') return 'unknown';
  const redshift = /Redshift (\S+)/.exec(raw);
  if (redshift) return `Redshift ${redshift[1]}`;
  const postgres = /^PostgreSQL (\S+)/.exec(raw);
  return postgres ? `PostgreSQL ${postgres[1]}` : raw;
}

/**
 * Adds the Redshift-only rows to the pg_class and pg_attribute ones: external tables as
 * relations (no comment, and no owner of their own), external and late-binding columns as
 * columns (no comment), and views SVV_MV_INFO lists as materialized views. Columns of a relation pg_attribute already describes are not added twice.
 */
function withRedshiftOnly(rows: DatabaseRows, extra: CatalogRow[]): DatabaseRows {
  const described = new Set(rows.columns.map((row) => relationKey(text(row, 'schema'), text(row, 'relation'))));
  const materialized = new Set(extra.filter((row) => row.what === 'materialized_view').map((row) => relationKey(text(row, 'schema'), text(row, 'relation'))));
  const relations = rows.relations.map((row) =>
    row.kind === 'v' && materialized.has(relationKey(text(row, 'schema'), text(row, 'name'))) ? { ...row, kind: 'm', late_binding: false } : row,
  );
  const columns = [...rows.columns];
  for (const row of extra) {
    const schema = text(row, 'schema');
    const relation = text(row, 'relation');
    if (row.what === 'materialized_view') continue;
    if (row.what === 'external_table') {
      relations.push({ schema, name: relation, kind: 'e', description: null, owner: null });
    } else if (!described.has(relationKey(schema, relation))) {
      columns.push({ schema, relation, name: text(row, 'name'), position: Number(row.position), description: null });
    }
  }
  return { ...rows, relations, columns };
}

/** The Redshift introspection; `options` swaps the system-specific queries (tests on PostgreSQL). */
export function createRedshiftIntrospect(options: RedshiftCatalogOptions = REDSHIFT_CATALOG) {
  return createIntrospect({
    databasesSql: DATABASES_SQL,
    versionSql: VERSION_SQL,
    versionOf,
    async readDatabase(reader, session, narrowing) {
      const [own] = await reader.read(options.databaseDescriptionSql, session);
      const managed = narrowed(MANAGED_RELATIONS, narrowing?.relations);
      const rows: DatabaseRows = {
        description: own === undefined ? null : commentIn(own, 'description'),
        schemas: await reader.read(narrowing ? schemasSql(narrowed(USER_SCHEMAS, narrowing.schemas)) : SCHEMAS_SQL, session),
        relations: await reader.read(narrowing ? redshiftRelationsSql(managed) : RELATIONS_SQL, session),
        columns: await reader.read(narrowing ? columnsSql(managed) : COLUMNS_SQL, session),
      };
      if (options.redshiftOnlySql === null) return rows;
      return withRedshiftOnly(rows, await reader.read(options.redshiftOnlySql, session));
    },
    quoteLiteral,
    relationKind,
    principalsSql: usersSql,
  });
}

export const introspect = createRedshiftIntrospect();

/** Every catalog query a Redshift read issues, for tests that hold them to Redshift's functions. */
export const CATALOG_QUERIES: readonly string[] = [
  DATABASES_SQL,
  VERSION_SQL,
  DATABASE_DESCRIPTION_SQL,
  SCHEMAS_SQL,
  RELATIONS_SQL,
  COLUMNS_SQL,
  REDSHIFT_ONLY_SQL,
];
