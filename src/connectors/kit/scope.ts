/**
 * Which databases and schemas an introspection reads (`IntrospectScope`). Names match
 * case-insensitively, so the planner can still tell exact from folded matches; several
 * spellings of one database in the scope (`default`, `Default`) merge.
 */
import type { Driver, IntrospectScope } from '../types.js';

/** Whether the scope asks for this database. */
export function databaseInScope(scope: IntrospectScope, database: string): boolean {
  if (scope.databases === 'all') return true;
  const wanted = database.toLowerCase();
  return scope.databases.some((name) => name.toLowerCase() === wanted);
}

/** Lower-cased names of the schemas the manifests name under a database; null = every schema. */
export function schemasInScope(scope: IntrospectScope, database: string): ReadonlySet<string> | null {
  if (scope.schemas === undefined) return null;
  const wanted = database.toLowerCase();
  const lists = Object.entries(scope.schemas).filter(([name]) => name.toLowerCase() === wanted);
  if (lists.length === 0) return null;
  return new Set(lists.flatMap(([, schemas]) => schemas.map((schema) => schema.toLowerCase())));
}

/** Whether a schema of that name is to be read, given `schemasInScope`. */
export function schemaWanted(wanted: ReadonlySet<string> | null, name: string): boolean {
  return wanted === null || wanted.has(name.toLowerCase());
}

/**
 * A driver of a system whose OpenMetadata database level is a name only
 * (`connection.databaseName`): introspection names the observed tree after it.
 */
export interface NamedDatabaseDriver extends Driver {
  readonly databaseName: string;
}

/** Such a service has one OpenMetadata database: asking for another is a mistake to report, not to guess at. */
export function checkOnlyDatabase(system: string, databaseName: string, database: string | undefined): void {
  if (database === undefined || database.toLowerCase() === databaseName.toLowerCase()) return;
  throw new Error(`this ${system} service has one database level, "${databaseName}" (connection.databaseName); there is no database "${database}"`);
}

/**
 * Past this many tables a narrowed read costs more SQL text than it saves: the schemas are
 * read whole instead (the planner looks only at the tables it plans).
 */
export const MAX_NARROWED_TABLES = 2000;

/**
 * `--changed-since`: the (schema, table) pairs to read in a database, lower-cased and grouped
 * by schema; null = every table of the schemas in scope.
 */
export function tablesInScope(scope: IntrospectScope, database: string): ReadonlyMap<string, ReadonlySet<string>> | null {
  if (scope.tables === undefined) return null;
  const wanted = database.toLowerCase();
  const lists = Object.entries(scope.tables).filter(([name]) => name.toLowerCase() === wanted);
  if (lists.length === 0) return null;
  const pairs = lists.flatMap(([, tables]) => tables);
  if (pairs.length > MAX_NARROWED_TABLES) return null;
  const bySchema = new Map<string, Set<string>>();
  for (const [schema, table] of pairs) {
    const key = schema.toLowerCase();
    if (!bySchema.has(key)) bySchema.set(key, new Set());
    bySchema.get(key)!.add(table.toLowerCase());
  }
  return bySchema;
}

/**
 * A set-based SQL condition picking those tables: `(LOWER(s) = 'a' AND LOWER(t) IN ('x', 'y'))
 * OR …`, one term per schema, names compared lower-cased as the scope's are. `FALSE` form when
 * none: `1 = 0`, which every SQL system reads.
 */
export function tablesCondition(
  tables: ReadonlyMap<string, ReadonlySet<string>>,
  schemaColumn: string,
  tableColumn: string,
  quoteLiteral: (value: string) => string,
): string {
  const terms = [...tables].filter(([, names]) => names.size > 0).map(
    ([schema, names]) => `(LOWER(${schemaColumn}) = ${quoteLiteral(schema)} AND LOWER(${tableColumn}) IN (${[...names].map(quoteLiteral).join(', ')}))`,
  );
  return terms.length === 0 ? '1 = 0' : `(${terms.join(' OR ')})`;
}

/** `LOWER(column) IN (…)` for the schemas in scope; `1 = 0` for none. */
export function schemasCondition(schemas: ReadonlySet<string>, schemaColumn: string, quoteLiteral: (value: string) => string): string {
  return schemas.size === 0 ? '1 = 0' : `LOWER(${schemaColumn}) IN (${[...schemas].map(quoteLiteral).join(', ')})`;
}
