/**
 * Which of the manifests' owners a Databricks workspace knows (Unity Catalog and the legacy
 * Hive metastore alike), so an unknown owner is a plan conflict rather than an
 * `ALTER ... OWNER TO` that fails on apply.
 *
 * Databricks SQL lists principals with `SHOW USERS [LIKE] pattern` (column `name`) and
 * `SHOW GROUPS [LIKE] pattern` (`name`, `directGroup`). The pattern is not SQL LIKE: `|`
 * separates alternatives, `*` is the only wildcard, and matching is case-insensitive; a name
 * with neither character matches itself exactly. So one statement of each asks for exactly
 * the owners named, however many principals the workspace has (a listing stops at 10,000).
 *
 * What cannot be checked is counted as known, never reported unknown:
 * - service principals, named in SQL by their application ID (a UUID): neither statement is
 *   documented to list them;
 * - a name holding `*` or `|`, which no pattern names exactly;
 * - everything, when either statement is refused (Databricks documents them for workspace
 *   administrators): the check is skipped and the apply reports what Databricks says.
 * Users are e-mail addresses, matched case-insensitively as Databricks matches them.
 */
import type { CatalogRow } from '../catalog.js';
import { quoteLiteral } from './quote.js';

/** A service principal's application ID, as `OWNER TO` names it. */
const APPLICATION_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const PATTERN_SPECIALS = /[*|]/;

function checkable(owner: string): boolean {
  return !APPLICATION_ID.test(owner) && !PATTERN_SPECIALS.test(owner);
}

/** The two listing statements for these owners; none when no owner can be checked. */
export function principalListingSql(owners: readonly string[]): string[] {
  const names = owners.filter(checkable);
  if (names.length === 0) return [];
  const pattern = quoteLiteral(names.join('|'));
  return [`SHOW USERS LIKE ${pattern}`, `SHOW GROUPS LIKE ${pattern}`];
}

/**
 * The owners the workspace knows (sorted), or undefined when nothing was asked or a listing
 * was refused. `read` runs one statement and returns its rows.
 */
export async function knownPrincipals(owners: readonly string[] | undefined, read: (sql: string) => Promise<CatalogRow[]>): Promise<string[] | undefined> {
  if (!owners || owners.length === 0) return undefined;
  let listed: CatalogRow[];
  try {
    listed = (await Promise.all(principalListingSql(owners).map(read))).flat();
  } catch {
    return undefined;
  }
  const names = new Set(listed.map((row) => row.name).filter((name): name is string => typeof name === 'string').map((name) => name.toLowerCase()));
  return owners.filter((owner) => !checkable(owner) || names.has(owner.toLowerCase())).sort();
}
