/**
 * Import adopts what a source has without overwriting the manifests: a value a manifest
 * states is the desired state (maybe not applied yet) and is kept; the source fills only
 * the fields and objects the manifests leave out. Each kept value that differs from the
 * source is reported. Objects the source positively lacks are dropped, as before; objects
 * the source has but import does not map (outside include/exclude), or that the role may not
 * see (`unseen`), keep their manifest entry.
 */
import type { Capabilities, UnlistedObject } from '../connectors/types.js';
import { joinFqn } from '../model/fqn.js';
import type { DesiredFields, DesiredNode, DesiredService, Field, ObjectKind, ObservedNode, SyncName } from '../model/types.js';
import { SYNC_OF_FIELD } from '../model/types.js';
import { namesOf } from './absence.js';
import type { WritableColumn, WritableDatabase, WritableFields, WritableSchema, WritableTable, WritableTree } from '../manifest/emit.js';
import { compareText } from '../model/order.js';

/** Any level of the writer's tree; its children sit under `schemas`, `tables` or `columns`. */
type Writable = WritableDatabase | WritableSchema | WritableTable | WritableColumn;

const CHILD_KIND: Record<ObjectKind, ObjectKind> = { database: 'schema', schema: 'table', table: 'column', column: 'column' };

export interface MergePolicy {
  capabilities: Capabilities;
  sync: readonly SyncName[] | undefined;
}

/**
 * The source's tree with the manifests' stated values laid over it. `kept` receives one
 * line per stated value that differs from what the source holds for a field import manages.
 */
export function mergeStated(
  mapped: WritableTree,
  observed: readonly ObservedNode[],
  desired: DesiredService | undefined,
  policy: MergePolicy,
  kept: string[],
  unseen: readonly UnlistedObject[] = [],
): WritableTree {
  if (desired === undefined || desired.databases.length === 0) return mapped;
  const merger = new Merger(mapped.service, policy, kept, unseen);
  return { service: mapped.service, databases: merger.children('database', mapped.databases, desired.databases, observed, []) as WritableDatabase[] };
}

class Merger {
  constructor(
    private readonly service: string,
    private readonly policy: MergePolicy,
    private readonly kept: string[],
    private readonly unseen: readonly UnlistedObject[],
  ) {}

  children(kind: ObjectKind, mapped: readonly Writable[], desired: readonly DesiredNode[], observed: readonly ObservedNode[], parent: readonly string[]): Writable[] {
    const used = new Set<DesiredNode>();
    const result: Writable[] = [];
    for (const object of mapped) {
      const stated = matchByName(object.name, desired);
      if (stated !== undefined) used.add(stated);
      result.push(this.node(kind, object, stated, matchByName(object.name, observed), [...parent, object.name]));
    }
    // Named in a manifest, not mapped: kept as stated when the source has it (out of import's
    // scope) or may have it (unseen: hidden from the role), dropped when it positively lacks it.
    for (const stated of desired) {
      if (used.has(stated)) continue;
      if (matchByName(stated.name, observed) === undefined && !this.isUnseen([...parent, stated.name])) continue;
      if (matchByName(stated.name, mapped) !== undefined) continue; // its name went to another spelling
      result.push(fromDesired(stated));
    }
    return result;
  }

  private node(kind: ObjectKind, mapped: Writable, stated: DesiredNode | undefined, observed: ObservedNode | undefined, path: readonly string[]): Writable {
    if (stated === undefined) return mapped;
    const merged: Writable & Record<string, unknown> = { ...mapped, name: stated.name, ...this.fields(kind, mapped, stated.fields, path) };
    const key = childKey(kind);
    const children = (mapped as unknown as Record<string, Writable[] | undefined>)[key] ?? [];
    const childKind = CHILD_KIND[kind];
    const mergedChildren = this.children(childKind, children, stated.children, observed?.children ?? [], path);
    if (mergedChildren.length > 0 || kind === 'database') merged[key] = mergedChildren;
    return merged;
  }

  private fields(kind: ObjectKind, source: WritableFields, stated: DesiredFields, path: readonly string[]): WritableFields {
    const fields: WritableFields = {};
    if (stated.description !== undefined) {
      fields.description = stated.description;
      const has = typeof source.description === 'string' ? source.description : '';
      if (has !== stated.description && this.manages('description', kind))
        this.report(path, `kept description ${shown(stated.description)} (the source has ${has === '' ? 'none' : shown(has)})`);
    }
    if (stated.owners !== undefined && stated.owners.length > 0) {
      fields.owners = stated.owners;
      if (!sameSet(stated.owners, source.owners ?? []) && this.manages('owner', kind))
        this.report(path, `kept owners [${stated.owners.join(', ')}] (the source has [${(source.owners ?? []).join(', ')}])`);
    }
    if (stated.tags !== undefined) {
      fields.tags = stated.tags;
      fields.tagsStated = true;
      if (!sameSet(stated.tags, source.tags ?? []) && this.manages('tag', kind))
        this.report(path, `kept tags [${stated.tags.join(', ')}] (the source has [${(source.tags ?? []).join(', ')}])`);
    }
    return fields;
  }

  /** Whether import reads this field at this level: only then is a difference known. */
  private manages(field: Field, kind: ObjectKind): boolean {
    const { capabilities, sync } = this.policy;
    return (sync === undefined || sync.includes(SYNC_OF_FIELD[field])) && capabilities.fields[field].includes(kind);
  }

  private isUnseen(path: readonly string[]): boolean {
    return this.unseen.some((object) => {
      const names = namesOf(object);
      return names.length === path.length && names.every((name, i) => name.toLowerCase() === path[i]!.toLowerCase());
    });
  }

  private report(path: readonly string[], message: string): void {
    this.kept.push(`${this.service} ${joinFqn(path)}: ${message}`);
  }
}

function childKey(kind: ObjectKind): 'schemas' | 'tables' | 'columns' {
  return kind === 'database' ? 'schemas' : kind === 'schema' ? 'tables' : 'columns';
}

/** Exact name first; failing that, the one case-insensitive match (the planner's rule). */
function matchByName<T extends { name: string }>(name: string, candidates: readonly T[]): T | undefined {
  const exact = candidates.find((candidate) => candidate.name === name);
  if (exact !== undefined) return exact;
  const folded = candidates.filter((candidate) => candidate.name.toLowerCase() === name.toLowerCase());
  return folded.length === 1 ? folded[0] : undefined;
}

/** A manifest object as the writer writes it, exactly as stated. */
function fromDesired(node: DesiredNode): Writable {
  const { description, owners, tags } = node.fields;
  const object: Writable & Record<string, unknown> = {
    name: node.name,
    ...(description !== undefined ? { description } : {}),
    ...(owners !== undefined && node.kind !== 'column' ? { owners } : {}),
    ...(tags !== undefined ? { tags, tagsStated: true } : {}),
  } as Writable & Record<string, unknown>;
  const children = node.children.map(fromDesired);
  if (children.length > 0 || node.kind === 'database') object[childKey(node.kind)] = children;
  return object;
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  const left = [...new Set(a)].sort(compareText);
  const right = [...new Set(b)].sort(compareText);
  return left.length === right.length && left.every((value, i) => value === right[i]);
}

/** A value in a one-line report: quoted, and cut when long (descriptions can be pages). */
function shown(text: string): string {
  return JSON.stringify(text.length > 80 ? `${text.slice(0, 79)}…` : text);
}
