/** Reading catalog rows the same way in every connector's introspection. */
import type { DriverSession } from './types.js';

export type CatalogRow = Record<string, unknown>;

/** A catalog column that must be text; anything else means the query and the code disagree. */
export function text(row: CatalogRow, key: string): string {
  const value = row[key];
  if (typeof value !== 'string') throw new Error(`catalog column ${key} is not text: ${String(value)}`);
  return value;
}

/** Catalogs store "no comment" as `''` or NULL; both become `null`, so the planner sees one "none". */
export function commentIn(row: CatalogRow, key: string): string | null {
  const value = row[key];
  return typeof value === 'string' && value !== '' ? value : null;
}

/** Code-unit order: deterministic, and independent of any server's collation. */
export function compareNames(a: { name: string }, b: { name: string }): number {
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

/**
 * Issues catalog queries and counts them, so tests and benchmarks hold introspection to its
 * batch size. A reader may be bound to one session, or be given one per query.
 */
export class CatalogReader {
  queries = 0;

  constructor(protected readonly session?: DriverSession) {}

  async read(sql: string, session: DriverSession | undefined = this.session): Promise<CatalogRow[]> {
    if (!session) throw new Error('CatalogReader.read needs a session');
    this.queries++;
    return session.query(sql);
  }
}
