/**
 * The planner: desired (manifests) × observed (a source) × policy (config) → changes,
 * conflicts and warnings. Pure: no I/O, and it never asks which system it plans for; what a
 * source can store comes from its Capabilities, statements from its Dialect's pure compile.
 */
import type { Capabilities, Dialect, CompileContext, SqlTemplates } from '../connectors/types.js';
import { classificationsIn } from '../model/fqn.js';
import type { DesiredService, Field, ObservedService, SyncName } from '../model/types.js';
import { SYNC_OF_FIELD } from '../model/types.js';
import { DigestStream } from './digest.js';
import { compileScope } from './scope.js';
import type { Change, PlannedStatement } from '../model/change.js';
import type { Conflict, Warning } from './types.js';
import { matchChildren, type Walk } from './match.js';
import { resolveTagKey, sourceTagKey } from './fields.js';
import { describeObject, fieldLabel, silenceHint, unsupportedTarget } from './formatting.js';

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
  /** What the connector's readCompileContext read for these changes (see Connector). */
  compileContext?: CompileContext;
  /** The owners the source knows (`Introspection.principals`); absent: not checked. */
  principals?: readonly string[];
  /** Why the source refuses a set of owners on one object (`Introspection.refuseOwners`): a conflict. */
  refuseOwners?(owners: readonly string[]): string | null;
}

/** What differs, before any statement is compiled: the first half of planning a service. */
export interface ServiceDiff {
  /** Changes in apply order, carrying no statements yet. */
  changes: Change[];
  conflicts: Conflict[];
  warnings: Warning[];
  /** The observed values the diff compared; compiling adds what it read, then finishes it. */
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

/** Diff then compile, in one call: for a connector that reads nothing for compiling, and for tests. */
export function planService(input: ServicePlanInput): ServicePlan {
  return compileService(diffService(input), input, input.compileContext);
}

/**
 * What a schema planned a group of its tables at a time carries from one group to the next, so
 * that the groups plan what the schema would in one step: one observed digest, tag keys resolved
 * once, unsupported fields counted across the groups (reported by the last).
 */
export interface DiffCarry {
  digestEntries: DigestStream;
  unsupported: Walk['unsupported'];
  tagKeys: Walk['tagKeys'];
  /** The schema's first group: the schema (or its database) missing at the source is reported by it alone. */
  first: boolean;
  /** The schema's last group: the unsupported fields are reported. */
  last: boolean;
}

export function newDiffCarry(): DiffCarry {
  return { digestEntries: new DigestStream(), unsupported: new Map(), tagKeys: new Map(), first: true, last: false };
}

/** Desired × observed × policy → changes, conflicts, warnings and the observed digest's entries. Pure. */
export function diffService(input: Omit<ServicePlanInput, 'compileContext'>, carry?: DiffCarry): ServiceDiff {
  const { policy } = input;
  const walk: Walk = {
    input,
    scope: compileScope(policy.include, policy.exclude, policy.select, input.name),
    managed: new Set(),
    enabled: enabledFields(policy.sync),
    changes: [],
    conflicts: [],
    warnings: [],
    unsupported: carry?.unsupported ?? new Map(),
    digestEntries: carry?.digestEntries ?? new DigestStream(),
    tagKeys: carry?.tagKeys ?? new Map(),
    laterGroup: carry !== undefined && !carry.first,
  };
  // Managed classifications, as the source keys they become (the existing key where the source lists them).
  const managed = (policy.managedClassifications ?? classificationsIn(input.desired.databases)).map((name) => sourceTagKey(input.capabilities.tagRules, name));
  walk.managed = new Set(
    managed.map((key) => {
      const resolved = resolveTagKey(walk, key);
      return 'key' in resolved ? resolved.key : key;
    }),
  );
  matchChildren(walk, input.desired.databases, input.observed.databases, {}, []);
  for (const u of carry === undefined || carry.last ? walk.unsupported.values() : []) {
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
 * Compiles a diff's changes through the dialect, each database's changes at once, listing every
 * statement once and naming it on the changes it carries. Pure; `context` is what the
 * connector's readCompileContext read, and joins the observed digest.
 */
export function compileService(
  diff: ServiceDiff,
  input: Pick<ServicePlanInput, 'name' | 'dialect' | 'policy'>,
  context: CompileContext | undefined,
): ServicePlan {
  const statements: PlannedStatement[] = [];
  const databases = [...new Set(diff.changes.map((change) => change.object.database))];
  for (const database of databases) {
    const batch = diff.changes.filter((change) => change.object.database === database);
    for (const statement of input.dialect.compile(batch, input.policy.templates ?? {}, context)) {
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
    // What was read for compiling is observed state too: a column redefined meanwhile makes a saved plan stale.
    observedDigest: diff.digestEntries.finish(context),
  };
}

function enabledFields(sync: readonly SyncName[] | undefined): Set<Field> {
  const all: Field[] = ['description', 'owner', 'tag'];
  return new Set(sync ? all.filter((field) => sync.includes(SYNC_OF_FIELD[field])) : all);
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
