/**
 * Import prunes only what it positively read as absent. Most systems list only what the
 * connecting role may see, so an object the manifests name and the listing lacks is taken as
 * dropped only where the connector's listing of that level is `complete`, or where the
 * connector confirms it (`confirmAbsent`). Everything else is unseen: kept, and named in a
 * warning. The workflow reads `Capabilities.listing`, never the system's name.
 */
import type { Capabilities, Connector, Driver, ListedLevel, UnlistedObject, UnreadableObject } from '../connectors/types.js';
import { joinFqn } from '../model/fqn.js';
import type { DesiredNode, DesiredService, ObservedNode } from '../model/types.js';

export function levelOf(object: UnlistedObject): ListedLevel {
  return object.column !== undefined ? 'column' : object.table !== undefined ? 'table' : object.schema !== undefined ? 'schema' : 'database';
}

/** The object's names, outermost first. */
export function namesOf(object: UnlistedObject): string[] {
  return [object.database, object.schema, object.table, object.column].filter((name) => name !== undefined);
}

export function pathOf(object: UnlistedObject): string {
  return joinFqn(namesOf(object));
}

/** Same names, case-insensitively (as connectors and the write's prune match them). */
function covers(outer: UnlistedObject, inner: UnlistedObject): boolean {
  const same = (a: string | undefined, b: string | undefined) => a === undefined || (b !== undefined && a.toLowerCase() === b.toLowerCase());
  return same(outer.database, inner.database) && same(outer.schema, inner.schema) && same(outer.table, inner.table) && same(outer.column, inner.column);
}

function listed(name: string, nodes: readonly ObservedNode[]): ObservedNode | undefined {
  return nodes.find((node) => node.name.toLowerCase() === name.toLowerCase());
}

/**
 * The databases, schemas, tables and columns the manifests name that introspection did not
 * list, the outermost of each branch only (a missing database stands for its schemas). Objects
 * already reported unreadable, and databases outside `--database`, are not asked about.
 */
export function unlistedObjects(
  desired: DesiredService | undefined,
  observed: readonly ObservedNode[],
  unreadable: readonly UnreadableObject[],
  databases?: readonly string[],
): UnlistedObject[] {
  const unlisted: UnlistedObject[] = [];
  const wanted = databases !== undefined && databases.length > 0 ? new Set(databases.map((name) => name.toLowerCase())) : undefined;
  const visit = (stated: DesiredNode, nodes: readonly ObservedNode[], parent: UnlistedObject | undefined) => {
    const object: UnlistedObject =
      parent === undefined
        ? { database: stated.name }
        : parent.schema === undefined
          ? { ...parent, schema: stated.name }
          : parent.table === undefined
            ? { ...parent, table: stated.name }
            : { ...parent, column: stated.name };
    if (unreadable.some((kept) => covers(kept, object))) return;
    const node = listed(stated.name, nodes);
    if (node === undefined) unlisted.push(object);
    // Nested fields belong to their column: it is asked about, not they.
    else if (object.column === undefined) for (const child of stated.children) visit(child, node.children, object);
  };
  for (const database of desired?.databases ?? []) {
    if (wanted === undefined || wanted.has(database.name.toLowerCase())) visit(database, observed, undefined);
  }
  return unlisted;
}

export interface UnseenObjects {
  /** Kept as the manifests state them: their files, or their entries in a schema's file. */
  unseen: UnreadableObject[];
  /** One line per unseen object, naming the service and the object. */
  warnings: string[];
}

/**
 * Which unlisted objects are unseen rather than absent, as each level's listing allows. Must
 * run while `driver` is open. A confirmation that fails keeps its objects (never prunes).
 */
export async function unseenObjects(
  service: string,
  connector: Connector,
  driver: Driver,
  capabilities: Capabilities,
  unlisted: readonly UnlistedObject[],
): Promise<UnseenObjects> {
  const result: UnseenObjects = { unseen: [], warnings: [] };
  const keep = (object: UnlistedObject, reason: string, cannotTell: boolean) => {
    result.unseen.push({ ...object, reason });
    const kept = object.table !== undefined ? 'its entry in the manifests was kept as it is' : 'its manifests were kept as they are';
    result.warnings.push(`${service} ${pathOf(object)}: not listed, and ${reason}; ${kept}${cannotTell ? '; delete it by hand if it was dropped' : ''}`);
  };
  const toConfirm: UnlistedObject[] = [];
  for (const object of unlisted) {
    const level = levelOf(object);
    const listing = capabilities.listing?.[level] ?? (level === 'column' ? 'complete' : 'visible-only');
    if (listing === 'complete') continue;
    if (listing === 'confirmed' && connector.confirmAbsent !== undefined) toConfirm.push(object);
    else keep(object, `revmeta cannot tell a dropped ${level} from one the role may not see`, true);
  }
  if (toConfirm.length === 0) return result;
  let verdicts: readonly (string | null)[];
  try {
    verdicts = await connector.confirmAbsent!(driver, toConfirm);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    for (const object of toConfirm) keep(object, `revmeta could not check whether it was dropped (${message})`, true);
    return result;
  }
  toConfirm.forEach((object, i) => {
    const verdict = verdicts[i];
    if (verdict === null) return;
    // A connector that answers fewer verdicts than objects has not confirmed the rest.
    if (verdict === undefined) keep(object, 'revmeta could not check whether it was dropped', true);
    else keep(object, verdict, false);
  });
  return result;
}
