/** Reading catalog rows the same way in every connector's introspection. */

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
