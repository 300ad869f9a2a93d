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
