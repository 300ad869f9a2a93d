/** How the planner names objects, locations and fields in its messages. */
import type { Capabilities } from '../connectors/types.js';
import { joinFqn } from '../model/fqn.js';
import type { Field, ObjectRef, SourceLocation } from '../model/types.js';
import { SYNC_OF_FIELD } from '../model/types.js';

export function pathOf(ref: ObjectRef): string[] {
  return [ref.database, ref.schema, ref.table, ref.column].filter((part): part is string => part !== undefined);
}

export function describeObject(ref: ObjectRef): string {
  return joinFqn(pathOf(ref));
}

export function formatLocation(location: SourceLocation): string {
  return `${location.file}:${location.line}:${location.column}`;
}

/** A field the connector stores nowhere can be opted out of; one it stores elsewhere cannot. */
export function silenceHint(capabilities: Capabilities, field: Field): string {
  if (capabilities.fields[field].length > 0) return '';
  return `; leave ${SYNC_OF_FIELD[field]} out of the service's sync to say so`;
}

export function fieldLabel(field: Field): string {
  return field === 'tag' ? 'tags' : field === 'owner' ? 'owners' : 'descriptions';
}

export function unsupportedTarget(ref: ObjectRef, what: string): string {
  if (what === 'relation') {
    const relation = withArticle(ref.relation?.replaceAll('_', ' ') ?? 'relation');
    return ref.kind === 'column' ? `the columns of ${relation}` : relation;
  }
  return withArticle(ref.kind);
}

function withArticle(noun: string): string {
  return /^[aeiou]/.test(noun) ? `an ${noun}` : `a ${noun}`;
}
