/**
 * The planner's walk: pairs the manifests' objects with the source's, level by level, within
 * the scope, and hands each pair to the field planners (fields.ts).
 */
import { joinFqn } from '../model/fqn.js';
import type { DesiredNode, Field, ObjectKind, ObjectRef, ObservedNode, SourceLocation } from '../model/types.js';
import type { Change } from '../model/change.js';
import type { DigestStream } from './digest.js';
import { inScope, type Scope } from './scope.js';
import type { Conflict, Warning } from './types.js';
import type { ServicePlanInput } from './plan.js';
import { planFields, type ResolvedTagKey } from './fields.js';
import { describeObject, formatLocation, pathOf } from './formatting.js';

/** Per-service state threaded through the walk. */
export interface Walk {
  input: ServicePlanInput;
  scope: Scope;
  managed: ReadonlySet<string>;
  enabled: ReadonlySet<Field>;
  changes: Change[];
  conflicts: Conflict[];
  warnings: Warning[];
  /** Unsupported fields, aggregated per field/kind/relation so a big catalog gives one line. */
  unsupported: Map<string, { field: Field; object: ObjectRef; location: SourceLocation; count: number; what: string }>;
  /** Observed values of everything the manifests manage: what a saved plan is checked against. */
  digestEntries: DigestStream;
  /** Source tag keys resolved against the observed `availableTagKeys`, by the key the rules give. */
  tagKeys: Map<string, ResolvedTagKey>;
  /** A big schema's group of tables after its first (see DiffCarry): the schema and its database were matched by the first. */
  laterGroup?: boolean;
}

/**
 * Pairs desired children with observed ones: exact name first, then a unique
 * case-insensitive match (sources fold case differently from OpenMetadata).
 * `parent` carries the observed names (what SQL must quote); `desiredPath` the manifest
 * names (what scope globs are written against).
 */
export function matchChildren(
  walk: Walk,
  desired: readonly DesiredNode[],
  observed: readonly ObservedNode[],
  parent: Partial<ObjectRef>,
  desiredPath: readonly string[],
): void {
  const byName = new Map(observed.map((node) => [node.name, node]));
  // Built only when a name does not match exactly: most catalogs never need it.
  let byFolded: Map<string, ObservedNode[]> | undefined;
  const foldedMatches = (name: string): ObservedNode[] => {
    if (byFolded === undefined) {
      byFolded = new Map();
      for (const node of observed) {
        const key = node.name.toLowerCase();
        const list = byFolded.get(key);
        if (list) list.push(node);
        else byFolded.set(key, [node]);
      }
    }
    return byFolded.get(name.toLowerCase()) ?? [];
  };
  const unscoped = walk.scope.include === null && walk.scope.exclude === null && walk.scope.select === null;
  const claimed = new Map<ObservedNode, DesiredNode>();
  for (const want of desired) {
    const path = [...desiredPath, want.name];
    const selfInScope = unscoped || inScope(walk.scope, chainOf(path));
    if (!selfInScope && !descendantInScope(walk, want, path)) continue;
    const wantRef = refFor(want.kind, parent, want.name, undefined);
    const exact = byName.get(want.name);
    const candidates = exact ? [exact] : foldedMatches(want.name);
    if (candidates.length === 0) {
      // The schema (or its database) missing is met again by each later group: the first reported it, once as in one step.
      if (walk.laterGroup && (want.kind === 'database' || want.kind === 'schema')) continue;
      walk.warnings.push({
        service: walk.input.name,
        code: 'missing-object',
        object: wantRef,
        location: want.location,
        message: `${want.kind} ${describeObject(wantRef)} is in the manifests but not in ${walk.input.type} service "${walk.input.name}"`,
      });
      walk.digestEntries.push([pathOf(wantRef), 'missing']);
      continue;
    }
    if (candidates.length > 1) {
      walk.conflicts.push({
        service: walk.input.name,
        object: wantRef,
        location: want.location,
        reason: `ambiguous name: "${want.name}" matches ${candidates.map((c) => `"${c.name}"`).join(', ')} case-insensitively; name the object exactly`,
      });
      continue;
    }
    const have = candidates[0]!;
    const earlier = claimed.get(have);
    if (earlier) {
      walk.conflicts.push({
        service: walk.input.name,
        object: wantRef,
        location: want.location,
        reason: `"${want.name}" and "${earlier.name}" (${formatLocation(earlier.location)}) both name ${want.kind} "${have.name}"`,
      });
      continue;
    }
    claimed.set(have, want);
    const ref = refFor(want.kind, parent, have.name, have.relation);
    if (have.relation === 'unknown') {
      unknownRelation(walk, want, have, ref);
      continue;
    }
    if (selfInScope) planFields(walk, want, have, ref);
    const { kind: _kind, ...childParent } = ref;
    matchChildren(walk, want.children, have.children, childParent, path);
  }
}

/** A relation of a kind the connector does not know is never treated as a table: a warning naming the kind, and no changes. */
function unknownRelation(walk: Walk, want: DesiredNode, have: ObservedNode, ref: ObjectRef): void {
  const kind = have.relationName ?? 'unknown';
  walk.warnings.push({
    service: walk.input.name,
    code: 'unknown-relation',
    object: ref,
    location: want.location,
    message: `${walk.input.type} reports ${describeObject(ref)} as a ${JSON.stringify(kind)} relation, a kind revmeta does not know: nothing is planned for it or its columns`,
  });
  walk.digestEntries.push([pathOf(ref), 'unknown relation', kind]);
}

/** FQNs of a path and its ancestors, outermost first: what scope globs are matched against. */
function chainOf(path: readonly string[]): string[] {
  return path.map((_, i) => joinFqn(path.slice(0, i + 1)));
}

/** Include globs may name only deeper objects; the walk must still descend to reach them. */
function descendantInScope(walk: Walk, node: DesiredNode, path: readonly string[]): boolean {
  if (walk.scope.include === null && walk.scope.select === null) return false;
  return node.children.some((child) => {
    const childPath = [...path, child.name];
    return inScope(walk.scope, chainOf(childPath)) || descendantInScope(walk, child, childPath);
  });
}

function refFor(
  kind: ObjectKind,
  parent: Partial<ObjectRef>,
  name: string,
  relation: ObservedNode['relation'],
): ObjectRef {
  switch (kind) {
    case 'database':
      return { kind, database: name };
    case 'schema':
      return { kind, database: parent.database!, schema: name };
    case 'table':
      return relation
        ? { kind, database: parent.database!, schema: parent.schema!, table: name, relation }
        : { kind, database: parent.database!, schema: parent.schema!, table: name };
    case 'column': {
      // Nested columns keep their path in `column`, joined FQN-style.
      const column = parent.column !== undefined ? joinFqn([parent.column, name]) : name;
      const { database, schema, table, relation: tableRelation } = parent;
      return tableRelation
        ? { kind, database: database!, schema: schema!, table: table!, column, relation: tableRelation }
        : { kind, database: database!, schema: schema!, table: table!, column };
    }
  }
}
