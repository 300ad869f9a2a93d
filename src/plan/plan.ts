/**
 * The planner: desired (manifests) × observed (a source) × policy (config) → changes,
 * conflicts and warnings. Pure: no I/O, and it never asks which system it plans for; what a
 * source can store comes from its Capabilities, statements from its Dialect's pure render.
 */
import type { Capabilities, DescriptionRules, Dialect, RenderContext, SqlTemplates, TagRules } from '../connectors/types.js';
import { joinFqn, parseTagFqn } from '../model/fqn.js';
import type {
  DesiredNode,
  DesiredService,
  Field,
  ObjectKind,
  ObjectRef,
  ObservedNode,
  ObservedService,
  SourceLocation,
  SyncName,
} from '../model/types.js';
import { SYNC_OF_FIELD } from '../model/types.js';
import { DigestStream } from './digest.js';
import { compileScope, inScope, type Scope } from './scope.js';
import type { Change, PlannedStatement } from '../model/change.js';
import type { Conflict, Warning } from './types.js';

export interface ServicePolicy {
  /** `sync:` of the service; undefined = every field the connector supports. */
  sync?: readonly SyncName[];
  /** OpenMetadata owner → source principal; unmapped names stay as they are. */
  ownerMap?: Readonly<Record<string, string>>;
  /** Classifications revmeta may remove; undefined = those the service's manifests use. */
  managedClassifications?: readonly string[];
  include?: readonly string[];
  exclude?: readonly string[];
  /** `--select` globs of the command line. */
  select?: readonly string[];
  templates?: SqlTemplates;
  tooLong?: 'error' | 'truncate';
  /**
   * Where the source reports which tag keys exist (`availableTagKeys`): plan a key that does
   * not exist yet (the dialect creates it) instead of reporting a conflict.
   */
  createTagKeys?: boolean;
}

export interface ServicePlanInput {
  name: string;
  type: string;
  desired: DesiredService;
  observed: ObservedService;
  capabilities: Capabilities;
  dialect: Dialect;
  policy: ServicePolicy;
  /** What the connector's readForRender read for these changes (see Connector). */
  renderContext?: RenderContext;
  /** The owners the source knows (`Introspection.principals`); absent: not checked. */
  principals?: readonly string[];
  /** Why the source refuses a set of owners on one object (`Introspection.refuseOwners`): a conflict. */
  refuseOwners?(owners: readonly string[]): string | null;
}

/** What differs, before any statement is rendered: the first half of planning a service. */
export interface ServiceDiff {
  /** Changes in apply order, carrying no statements yet. */
  changes: Change[];
  conflicts: Conflict[];
  warnings: Warning[];
  /** The observed values the diff compared; rendering adds what it read, then finishes it. */
  digestEntries: DigestStream;
}

export interface ServicePlan {
  changes: Change[];
  /** Statements of this service, ids from 1 in run order (`assemblePlan` numbers them plan-wide). */
  statements: PlannedStatement[];
  conflicts: Conflict[];
  warnings: Warning[];
  observedDigest: string;
}

export const TRUNCATION_MARKER = ' [truncated by revmeta]';

/** Per-service state threaded through the walk. */
interface Walk {
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
}

/** Diff then render, in one call: for a connector that reads nothing for rendering, and for tests. */
export function planService(input: ServicePlanInput): ServicePlan {
  return renderService(diffService(input), input, input.renderContext);
}

/** Desired × observed × policy → changes, conflicts, warnings and the observed digest's entries. Pure. */
export function diffService(input: Omit<ServicePlanInput, 'renderContext'>): ServiceDiff {
  const { policy } = input;
  const walk: Walk = {
    input,
    scope: compileScope(policy.include, policy.exclude, policy.select, input.name),
    managed: new Set(),
    enabled: enabledFields(policy.sync),
    changes: [],
    conflicts: [],
    warnings: [],
    unsupported: new Map(),
    digestEntries: new DigestStream(),
    tagKeys: new Map(),
  };
  // Managed classifications, as the source keys they become (the existing key where the source lists them).
  const managed = (policy.managedClassifications ?? classificationsIn(input.desired)).map((name) => sourceTagKey(input.capabilities.tagRules, name));
  walk.managed = new Set(
    managed.map((key) => {
      const resolved = resolveTagKey(walk, key);
      return 'key' in resolved ? resolved.key : key;
    }),
  );
  matchChildren(walk, input.desired.databases, input.observed.databases, {}, []);
  for (const u of walk.unsupported.values()) {
    const more = u.count > 1 ? ` (${u.count} objects; first: ${describeObject(u.object)})` : ` (${describeObject(u.object)})`;
    walk.warnings.push({
      service: input.name,
      code: u.what === 'relation' ? 'unsupported-relation' : 'unsupported-field',
      field: u.field,
      object: u.object,
      location: u.location,
      message: `${input.type} cannot store ${fieldLabel(u.field)} on ${unsupportedTarget(u.object, u.what)}: not applied${more}${silenceHint(input.capabilities, u.field)}`,
    });
  }
  return { changes: orderForApply(walk.changes), conflicts: walk.conflicts, warnings: walk.warnings, digestEntries: walk.digestEntries };
}

/**
 * Renders a diff's changes through the dialect, each database's changes at once, listing every
 * statement once and naming it on the changes it carries. Pure; `context` is what the
 * connector's readForRender read, and joins the observed digest.
 */
export function renderService(
  diff: ServiceDiff,
  input: Pick<ServicePlanInput, 'name' | 'dialect' | 'policy'>,
  context: RenderContext | undefined,
): ServicePlan {
  const statements: PlannedStatement[] = [];
  const databases = [...new Set(diff.changes.map((change) => change.object.database))];
  for (const database of databases) {
    const batch = diff.changes.filter((change) => change.object.database === database);
    for (const statement of input.dialect.render(batch, input.policy.templates ?? {}, context)) {
      const id = statements.length + 1;
      // The one place a dialect's statement becomes a plan statement: SQL text, or its typed request.
      statements.push({ id, service: input.name, database, ...(statement.request ?? { kind: 'sql', text: statement.sql }) });
      for (const index of statement.changes) batch[index]!.statements.push(id);
    }
  }
  return {
    changes: diff.changes,
    statements,
    conflicts: diff.conflicts,
    warnings: diff.warnings,
    // What rendering read is observed state too: a column redefined meanwhile makes a saved plan stale.
    observedDigest: diff.digestEntries.finish(context),
  };
}

function enabledFields(sync: readonly SyncName[] | undefined): Set<Field> {
  const all: Field[] = ['description', 'owner', 'tag'];
  return new Set(sync ? all.filter((field) => sync.includes(SYNC_OF_FIELD[field])) : all);
}

export function classificationsIn(service: DesiredService): string[] {
  const found = new Set<string>();
  const visit = (node: DesiredNode) => {
    for (const fqn of node.fields.tags ?? []) {
      const parsed = parseTagFqn(fqn);
      if (parsed.ok) found.add(parsed.tag.classification);
    }
    node.children.forEach(visit);
  };
  service.databases.forEach(visit);
  return [...found];
}

/**
 * Pairs desired children with observed ones: exact name first, then a unique
 * case-insensitive match (sources fold case differently from OpenMetadata).
 * `parent` carries the observed names (what SQL must quote); `desiredPath` the manifest
 * names (what scope globs are written against).
 */
function matchChildren(
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

function pathOf(ref: ObjectRef): string[] {
  return [ref.database, ref.schema, ref.table, ref.column].filter((part): part is string => part !== undefined);
}

function planFields(walk: Walk, want: DesiredNode, have: ObservedNode, ref: ObjectRef): void {
  const { fields } = want;
  const planned = walk.changes.length;
  if (fields.description !== undefined && writable(walk, 'description', want, ref)) {
    planDescription(walk, want, have, ref, fields.description);
  }
  if (fields.owners !== undefined && fields.owners.length > 0 && writable(walk, 'owner', want, ref)) {
    planOwner(walk, want, have, ref, fields.owners);
  }
  if (fields.tags !== undefined && writable(walk, 'tag', want, ref)) {
    planTags(walk, want, have, ref, fields.tags);
  }
  noteSideEffects(walk, want, walk.changes.slice(planned));
}

/** A `side-effect` warning on each new change whose field and level the connector says does more. */
function noteSideEffects(walk: Walk, want: DesiredNode, changes: readonly Change[]): void {
  for (const change of changes) {
    const { sideEffects, relationSideEffects } = walk.input.capabilities;
    const { relation } = change.object;
    const note = sideEffects?.[change.field]?.[change.object.kind] ?? (relation === undefined ? undefined : relationSideEffects?.[change.field]?.[relation]);
    if (note === undefined) continue;
    const key = change.field === 'owner' ? 'owners' : change.field === 'tag' ? 'tags' : 'description';
    walk.warnings.push({
      service: walk.input.name,
      code: 'side-effect',
      field: change.field,
      object: change.object,
      location: want.fieldLocations[key] ?? want.location,
      message: `${change.object.kind} ${describeObject(change.object)}: ${note}`,
    });
  }
}

/** Whether a manifest field can be written here; if not, a warning (never silence). */
function writable(walk: Walk, field: Field, want: DesiredNode, ref: ObjectRef): boolean {
  if (!walk.enabled.has(field)) return false;
  const { capabilities } = walk.input;
  let what: string | null = null;
  if (!capabilities.fields[field].includes(ref.kind)) what = 'kind';
  else if (ref.relation && capabilities.unsupportedRelations?.[field]?.[ref.kind]?.includes(ref.relation)) what = 'relation';
  if (what === null) return true;
  const key = `${field}|${ref.kind}|${what === 'relation' ? ref.relation : ''}`;
  const entry = walk.unsupported.get(key);
  if (entry) entry.count++;
  else {
    const location = want.fieldLocations[field === 'owner' ? 'owners' : field === 'tag' ? 'tags' : 'description'] ?? want.location;
    walk.unsupported.set(key, { field, object: ref, location, count: 1, what });
  }
  return false;
}

function planDescription(walk: Walk, want: DesiredNode, have: ObservedNode, ref: ObjectRef, text: string): void {
  const location = want.fieldLocations.description ?? want.location;
  walk.digestEntries.push([pathOf(ref), 'description', have.description]);
  let after: string | null = text === '' ? null : text;
  if (after !== null && after.includes('\u0000')) {
    conflict(walk, ref, 'description', location, 'a description cannot contain a NUL character');
    return;
  }
  if (after !== null) {
    const refusal = unstorable(walk.input.capabilities.descriptionRules?.[ref.kind], after);
    if (refusal) {
      conflict(walk, ref, 'description', location, `${walk.input.type} cannot store this description on a ${ref.kind}: ${refusal}`);
      return;
    }
    const fitted = fitDescription(walk, ref, location, after);
    if (fitted === null) return;
    after = fitted;
  }
  if (after === have.description) return;
  walk.changes.push({
    service: walk.input.name,
    object: ref,
    field: 'description',
    action: after === null ? 'clear' : 'set',
    before: have.description,
    after,
    statements: [],
  });
}

/** Why a source cannot hold a text at all (not a matter of length), or null. */
function unstorable(rules: DescriptionRules | undefined, text: string): string | null {
  if (!rules) return null;
  if (rules.bmpOnly) {
    const astral = [...text].find((char) => char.codePointAt(0)! > 0xffff);
    if (astral) return `it contains ${JSON.stringify(astral)} (U+${astral.codePointAt(0)!.toString(16).toUpperCase()}), a 4-byte character the source's character set cannot hold`;
  }
  if (rules.noNewlines && /[\r\n]/.test(text)) return 'it contains a line break, which the source does not allow';
  return rules.refuse?.(text) ?? null;
}

/** Applies the level's length limit: a conflict, or a visible truncation with a warning. */
function fitDescription(walk: Walk, ref: ObjectRef, location: SourceLocation, text: string): string | null {
  const limit = walk.input.capabilities.descriptionLimits?.[ref.kind];
  if (!limit) return text;
  const size = (s: string) => (limit.unit === 'bytes' ? Buffer.byteLength(s, 'utf8') : limit.unit === 'utf16' ? s.length : [...s].length);
  const unit = limit.unit === 'utf16' ? 'UTF-16 code units' : limit.unit;
  if (size(text) <= limit.max) return text;
  if ((walk.input.policy.tooLong ?? 'error') === 'error') {
    conflict(
      walk,
      ref,
      'description',
      location,
      `description is ${size(text)} ${unit} long; ${walk.input.type} stores at most ${limit.max} on a ${ref.kind} (set descriptions.tooLong: truncate to cut it)`,
    );
    return null;
  }
  const cut = longestPrefix([...text], (prefix) => size(prefix + TRUNCATION_MARKER) <= limit.max) + TRUNCATION_MARKER;
  walk.warnings.push({
    service: walk.input.name,
    code: 'truncated',
    field: 'description',
    object: ref,
    location,
    message: `description of ${ref.kind} ${describeObject(ref)} truncated from ${size(text)} to ${size(cut)} ${unit} (limit ${limit.max})`,
  });
  return cut;
}

/** The longest prefix (whole characters) that fits: a binary search, since sizes only grow. */
function longestPrefix(chars: readonly string[], fits: (prefix: string) => boolean): string {
  let low = 0;
  let high = chars.length;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (fits(chars.slice(0, middle).join(''))) low = middle;
    else high = middle - 1;
  }
  return chars.slice(0, low).join('');
}

function planOwner(walk: Walk, want: DesiredNode, have: ObservedNode, ref: ObjectRef, owners: readonly string[]): void {
  const location = want.fieldLocations.owners ?? want.location;
  const map = walk.input.policy.ownerMap ?? {};
  const principals = [...new Set(owners.map((owner) => map[owner] ?? owner))];
  const known = walk.input.principals;
  const unknown = known ? principals.filter((principal) => !known.includes(principal)) : [];
  if (unknown.length > 0) {
    walk.digestEntries.push([pathOf(ref), 'owner', have.owners ?? have.owner]);
    const names = unknown.map((name) => `"${name}"`).join(', ');
    conflict(walk, ref, 'owner', location, `unknown owner ${names}: ${walk.input.type} service "${walk.input.name}" has no principal of that name`);
    return;
  }
  const refusedSet = walk.input.refuseOwners?.(principals);
  if (refusedSet) {
    walk.digestEntries.push([pathOf(ref), 'owner', have.owners ?? have.owner]);
    conflict(walk, ref, 'owner', location, refusedSet);
    return;
  }
  if (walk.input.capabilities.multipleOwners) {
    planOwnerSet(walk, have, ref, principals);
    return;
  }
  walk.digestEntries.push([pathOf(ref), 'owner', have.owner]);
  if (principals.length > 1) {
    conflict(
      walk,
      ref,
      'owner',
      location,
      `owners ${owners.join(', ')} map to ${principals.length} principals (${principals.join(', ')}); ${walk.input.type} holds one owner per object (map them to one in owners.map)`,
    );
    return;
  }
  const principal = principals[0]!;
  if (principal === have.owner) return;
  const refusal = have.refusedOwners?.[principal];
  if (refusal !== undefined) {
    conflict(walk, ref, 'owner', location, `${walk.input.type} cannot make "${principal}" the owner of ${ref.kind} ${describeObject(ref)}: ${refusal}`);
    return;
  }
  walk.changes.push({
    service: walk.input.name,
    object: ref,
    field: 'owner',
    action: 'set',
    before: have.owner,
    after: principal,
    statements: [],
  });
}

/** A source with several owners per object: the owners to add, then those to remove, each a change. */
function planOwnerSet(walk: Walk, have: ObservedNode, ref: ObjectRef, principals: readonly string[]): void {
  const current = have.owners ?? (have.owner === null ? [] : [have.owner]);
  walk.digestEntries.push([pathOf(ref), 'owners', [...current].sort(compareText)]);
  const push = (action: Change['action'], before: string | null, after: string | null) =>
    walk.changes.push({ service: walk.input.name, object: ref, field: 'owner', action, before, after, statements: [] });
  for (const principal of [...principals].sort(compareText)) if (!current.includes(principal)) push('add', null, principal);
  for (const owner of [...current].sort(compareText)) if (!principals.includes(owner)) push('remove', owner, null);
}

function planTags(walk: Walk, want: DesiredNode, have: ObservedNode, ref: ObjectRef, tags: readonly string[]): void {
  const location = want.fieldLocations.tags ?? want.location;
  walk.digestEntries.push([pathOf(ref), 'tags', have.tags]);
  const rules = walk.input.capabilities.tagRules;
  // Source key → the manifest tags that land on it, each with its source value.
  const desired = new Map<string, { fqn: string; value: string }[]>();
  const refusals: string[] = [];
  for (const fqn of tags) {
    const parsed = parseTagFqn(fqn);
    if (!parsed.ok) {
      conflict(walk, ref, 'tag', location, parsed.error);
      return;
    }
    const resolved = resolveTagKey(walk, sourceTagKey(rules, parsed.tag.classification));
    if ('ambiguous' in resolved) {
      const names = resolved.ambiguous.map((name) => `"${name}"`).join(', ');
      refusals.push(`${fqn}: its tag key matches ${names} case-insensitively (ambiguous name; name one exactly)`);
      continue;
    }
    const { key } = resolved;
    const value = rules?.value ? rules.value(parsed.tag.tag) : parsed.tag.tag;
    const refusal = rules?.refuse?.(key, value) ?? notAllowed(resolved, value);
    if (refusal) refusals.push(`${fqn}: ${refusal}`);
    else if (!resolved.exists && !walk.input.policy.createTagKeys) {
      refusals.push(`${fqn}: tag key "${key}" does not exist at the source; create it or set tags.create: true`);
    }
    desired.set(key, [...(desired.get(key) ?? []), { fqn, value }]);
  }
  if (refusals.length > 0) {
    conflict(walk, ref, 'tag', location, `${walk.input.type} cannot store ${refusals.join('; ')}; no tag of this object is changed`);
    return;
  }
  const ambiguous = [...desired].filter(([, entries]) => entries.length > 1);
  if (ambiguous.length > 0) {
    const list = ambiguous
      .map(([key, entries]) => {
        const names = entries.map((entry) => entry.fqn).join(', ');
        // Two classifications folded onto one key are a collision, not two tags of one classification.
        const classifications = new Set(entries.map((entry) => parseTagFqn(entry.fqn)).map((p) => (p.ok ? p.tag.classification : '')));
        return classifications.size > 1 ? `${names} all become source tag key "${key}"` : names;
      })
      .join('; ');
    conflict(walk, ref, 'tag', location, `ambiguous tag: ${list} (one tag per classification on an object); no tag of this object is changed`);
    return;
  }
  const max = walk.input.capabilities.maxTagsPerObject;
  if (max !== undefined) {
    const kept = Object.keys(have.tags).filter((key) => desired.has(key) || !walk.managed.has(key));
    const count = new Set([...kept, ...desired.keys()]).size;
    if (count > max) {
      conflict(walk, ref, 'tag', location, `${ref.kind} ${describeObject(ref)} would hold ${count} tags; ${walk.input.type} allows at most ${max} per object; no tag of this object is changed`);
      return;
    }
  }
  const push = (tag: string, action: Change['action'], before: string | null, after: string | null) =>
    walk.changes.push({ service: walk.input.name, object: ref, field: 'tag', action, tag, before, after, statements: [] });
  for (const [key, [entry]] of [...desired].sort(([a], [b]) => compareText(a, b))) {
    const current = have.tags[key];
    if (current === undefined) push(key, 'add', null, entry!.value);
    else if (current !== entry!.value) push(key, 'set', current, entry!.value);
  }
  for (const key of Object.keys(have.tags).sort(compareText)) {
    if (walk.managed.has(key) && !desired.has(key)) push(key, 'remove', have.tags[key]!, null);
  }
}

function sourceTagKey(rules: TagRules | undefined, classification: string): string {
  return rules?.key ? rules.key(classification) : classification;
}

/** A source tag key as the source has it: the key itself, whether it exists, what it accepts. */
type ResolvedTagKey = { key: string; exists: boolean; allowedValues?: readonly string[] } | { ambiguous: string[] };

/**
 * Matches a source key to the keys the source reports (`availableTagKeys`) as names are
 * matched: exactly, else case-insensitively when only one matches. Without such a report
 * every key exists as written. Each resolution is observed state, so it joins the digest.
 */
function resolveTagKey(walk: Walk, wanted: string): ResolvedTagKey {
  const cached = walk.tagKeys.get(wanted);
  if (cached) return cached;
  const available = walk.input.observed.availableTagKeys;
  let resolved: ResolvedTagKey = { key: wanted, exists: true };
  if (available !== undefined) {
    const exact = available.find((candidate) => candidate.name === wanted);
    const folded = wanted.toLowerCase();
    const candidates = exact ? [exact] : available.filter((candidate) => candidate.name.toLowerCase() === folded);
    const [only] = candidates;
    if (candidates.length > 1) resolved = { ambiguous: candidates.map((candidate) => candidate.name).sort(compareText) };
    else if (only === undefined) resolved = { key: wanted, exists: false };
    else resolved = { key: only.name, exists: true, ...(only.allowedValues ? { allowedValues: only.allowedValues } : {}) };
    walk.digestEntries.push(['tag key', wanted, resolved]);
  }
  walk.tagKeys.set(wanted, resolved);
  return resolved;
}

/** Why a key that restricts its values refuses this one, or null. */
function notAllowed(resolved: { key: string; allowedValues?: readonly string[] }, value: string): string | null {
  const allowed = resolved.allowedValues;
  if (allowed === undefined || allowed.includes(value)) return null;
  const shown = allowed.slice(0, 10).map((one) => JSON.stringify(one)).join(', ');
  const more = allowed.length > 10 ? `, … (${allowed.length} in all)` : '';
  return `${JSON.stringify(value)} is not an allowed value of tag key "${resolved.key}" (allowed: ${shown}${more})`;
}

function conflict(walk: Walk, object: ObjectRef, field: Field, location: SourceLocation, reason: string): void {
  walk.conflicts.push({ service: walk.input.name, object, field, location, reason });
}

/**
 * Apply order within a database: descriptions and tags in catalog order, owners last, since
 * handing an object to another role can take away the right to comment on it.
 */
function orderForApply(changes: Change[]): Change[] {
  const rank = (change: Change) => (change.field === 'owner' ? 1 : 0);
  const databases = [...new Set(changes.map((change) => change.object.database))];
  return databases.flatMap((database) =>
    changes
      .filter((change) => change.object.database === database)
      .map((change, index) => ({ change, index }))
      .sort((a, b) => rank(a.change) - rank(b.change) || a.index - b.index)
      .map(({ change }) => change),
  );
}

export function describeObject(ref: ObjectRef): string {
  return joinFqn(pathOf(ref));
}

export function formatLocation(location: SourceLocation): string {
  return `${location.file}:${location.line}:${location.column}`;
}

/** A field the connector stores nowhere can be opted out of; one it stores elsewhere cannot. */
function silenceHint(capabilities: Capabilities, field: Field): string {
  if (capabilities.fields[field].length > 0) return '';
  return `; leave ${SYNC_OF_FIELD[field]} out of the service's sync to say so`;
}

function fieldLabel(field: Field): string {
  return field === 'tag' ? 'tags' : field === 'owner' ? 'owners' : 'descriptions';
}

function unsupportedTarget(ref: ObjectRef, what: string): string {
  if (what === 'relation') {
    const relation = withArticle(ref.relation?.replaceAll('_', ' ') ?? 'relation');
    return ref.kind === 'column' ? `the columns of ${relation}` : relation;
  }
  return withArticle(ref.kind);
}

function withArticle(noun: string): string {
  return /^[aeiou]/.test(noun) ? `an ${noun}` : `a ${noun}`;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
