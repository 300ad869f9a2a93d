/** The objects of the model as connectors build and address them. */
import type { ObjectRef, ObservedNode, RelationKind } from '../../model/types.js';
import { compareNames } from '../catalog.js';

/**
 * An observed object with no tags and no children yet. `relation` (and, for a kind the
 * catalog names in its own words, `relationName`) is left out when absent.
 */
export function observedNode(
  kind: ObservedNode['kind'],
  name: string,
  description: string | null = null,
  owner: string | null = null,
  relation?: RelationKind | { relation: RelationKind; relationName?: string },
): ObservedNode {
  const relationFields = relation === undefined ? {} : typeof relation === 'string' ? { relation } : relation;
  return { kind, name, ...relationFields, description, owner, tags: {}, children: [] };
}

/** The database of a service whose database level is a name only (no description, no owner), holding `schemas` sorted by name. */
export function namedDatabaseNode(name: string, schemas: ObservedNode[]): ObservedNode {
  return { ...observedNode('database', name), children: schemas.sort(compareNames) };
}

/** The schema, table or column name of a reference; its absence is a bug in the caller. */
export function namePart(object: ObjectRef, key: 'schema' | 'table' | 'column'): string {
  const name = object[key];
  if (name === undefined) throw new Error(`a ${object.kind} reference needs its ${key} name`);
  return name;
}
