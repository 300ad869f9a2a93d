/**
 * The core every front end calls (CLI, GitHub Action): load a workspace, plan it against
 * the live sources, check a saved plan for staleness, apply. I/O lives here; the planner
 * it calls is pure.
 */
import { connectors as builtInConnectors } from '../connectors/index.js';
import { OPENMETADATA_TARGET } from '../connectors/openmetadata/index.js';
import { openMetadataConnector, openMetadataTarget } from './openmetadata-target.js';
import { parseDuration, type Timeouts } from '../connectors/connection.js';
import type { Capabilities, Connector, ConnectorContext, Driver, IntrospectScope, CompileContext } from '../connectors/types.js';
import { loadConfig, type SecretScope } from '../manifest/config.js';
import { cacheLocation, countObjects, tableSizes } from '../manifest/cache.js';
import { indexManifests, manifestSetOf, schemaPart, type ManifestSet } from '../manifest/load.js';
import type { Config, Diagnostic, ServiceConfig } from '../manifest/types.js';
import { joinFqn } from '../model/fqn.js';
import { changedSince, narrowDesired, tablesNamed, type PlanScope } from './changed.js';
import type { DesiredNode, DesiredService, DesiredState } from '../model/types.js';
import { appendNumbered, assemblePlan, summarise } from '../plan/assemble.js';
import { canonicalJson, digestOf, DigestStream } from '../plan/digest.js';
import { globsMatchingNothing } from '../plan/scope.js';
import { diffService, compileService, newDiffCarry, type DiffCarry, type ServicePlan, type ServicePlanInput, type ServicePolicy } from '../plan/plan.js';
import type { Change, Plan, PlannedStatement } from '../plan/types.js';
import type { ApplyConnection } from '../apply/apply.js';
import { ApplyShape, type ApplySizing } from '../apply/transactions.js';
import { RevmetaError, ValidationError } from './errors.js';
import { redactor, type Redactor } from '../model/redact.js';
import { collectGarbage } from '../model/memory.js';
import { MAX_NARROWED_TABLES } from '../connectors/kit/scope.js';

export interface Workspace {
  config: Config;
  /** The manifests: held whole when they fit one step, else an index whose schemas `planWorkspace` loads a step at a time. */
  manifests: ManifestSet;
  connectors: ReadonlyMap<string, Connector>;
  redact: Redactor;
  /** Remarks that are not errors, e.g. an unset `${VAR}` in a block this command does not use. */
  notes?: Diagnostic[];
  /** `--changed-since`: only these files were loaded, these objects kept (see changed.ts). */
  scope?: PlanScope;
  /** `--changed-since` that had to plan everything, and why (the config changed). */
  fullPlanBecause?: string;
  /** Desired objects per plan step, as the manifests were indexed for: `ManifestSelection.stepObjects`, else STEP_OBJECTS. */
  stepObjects: number;
}

/** How much of the manifests a command loads: all (default), what changed since a ref, or a saved plan's scope. */
export type ManifestSelection = {
  changedSince?: string;
  /** A `changedSince` ref missing from the clone: fail (default), or plan everything and say why. */
  ifMissing?: 'error' | 'full';
  scope?: PlanScope;
  /**
   * Desired objects in a step (default STEP_OBJECTS): a bigger set is held as an index and
   * loaded a step at a time when planned. A `--changed-since` or saved-plan scope is held whole.
   */
  stepObjects?: number;
};

/** `scope`: the secret-bearing blocks this command uses (default: all); see SecretScope. */
export async function loadWorkspace(
  configFile: string,
  env: Record<string, string | undefined> = process.env,
  connectors: ReadonlyMap<string, Connector> = builtInConnectors,
  scope: SecretScope = {},
  selection: ManifestSelection = {},
): Promise<Workspace> {
  const config = await loadConfig(configFile, env, connectors, scope);
  if (!config.ok) throw new ValidationError(config.diagnostics);
  const stepObjects = selection.stepObjects ?? STEP_OBJECTS;
  const changed = selection.changedSince !== undefined ? await changedSince(config.value, selection.changedSince, selection.ifMissing, stepObjects) : undefined;
  const planScope = changed ? (changed.scoped ? changed.scope : undefined) : selection.scope;
  const cache = cacheLocation(config.value.manifests, env);
  // `--changed-since` compiled every changed file it loads already: no cache to read (it holds every file).
  const loaded = changed?.scoped
    ? await indexManifests(config.value, { cache: null, only: changed.scope.files, compiled: changed.compiled })
    : planScope
      ? await indexManifests(config.value, { cache, only: planScope.files })
      : await indexManifests(config.value, { cache, holdObjects: stepObjects });
  if (!loaded.ok) throw new ValidationError(loaded.diagnostics);
  // A scope's files are few: held whole, then narrowed to the scope's objects.
  const scopedWhole = planScope ? loaded.value.whole : undefined;
  return {
    config: config.value,
    manifests: scopedWhole && planScope ? manifestSetOf(narrowDesired(scopedWhole, planScope.objects)) : loaded.value,
    connectors,
    redact: redactor(config.value.secrets),
    ...(config.notes ? { notes: config.notes } : {}),
    ...(planScope ? { scope: planScope } : {}),
    ...(changed && !changed.scoped ? { fullPlanBecause: changed.reason } : {}),
    stepObjects,
  };
}

/**
 * The secrets a command needs: the connections of the services it plans (`--service`, default
 * all) when it writes to the sources, the `openmetadata:` block when it writes to OpenMetadata.
 */
export function secretScopeOf(options: { services?: readonly string[] | undefined; target?: string | undefined }): SecretScope {
  if (options.target === OPENMETADATA_TARGET) return { services: [], openmetadata: true };
  return { ...(options.services && options.services.length > 0 ? { services: options.services } : {}), openmetadata: false };
}

export function manifestsDigest(manifests: Pick<DesiredState, 'files'>): string {
  return digestOf(manifests.files);
}

/** What the plan depends on in the config: everything but connections (where secrets live) and timeouts. */
export function configDigest(config: Config): string {
  const services = Object.fromEntries(
    Object.entries(config.services).map(([name, { connection: _connection, timeouts: _timeouts, concurrency: _concurrency, ...policy }]) => [name, policy]),
  );
  return digestOf({ version: config.version, services });
}

/** Sessions apply runs at once on a service: its `concurrency`, else the connector's default. */
export function applyConcurrencyOf(service: ServiceConfig, capabilities: Capabilities): number | undefined {
  return service.concurrency ?? capabilities.applyConcurrency;
}

/** How apply will run a service, as far as the plan can tell: transactions within the lock budget the server reported, or statements at the service's concurrency. */
function applySizingOf(service: ServiceConfig, capabilities: Capabilities, lockBudget: number | undefined): ApplySizing {
  if (!capabilities.transactionalDdl) return { concurrency: applyConcurrencyOf(service, capabilities) ?? 1 };
  return { transactions: service.transactions ?? 'auto', ...(lockBudget !== undefined ? { lockBudget } : {}) };
}

export interface PlanOptions {
  /** `--service`: only these services (default: every service of the config). */
  services?: readonly string[];
  /** `--select`: FQN globs narrowing every service. */
  select?: readonly string[];
  /** `--target openmetadata`: plan the manifests against OpenMetadata itself, not the services' sources. */
  target?: typeof OPENMETADATA_TARGET;
  /** `--lock-timeout`: how long an apply waits for a lock, over every service's `timeouts.lock`. */
  lockTimeoutMillis?: number;
  /** Desired objects planned per step (default: the workspace's, else STEP_OBJECTS); see `planSteps`. */
  stepObjects?: number;
  /**
   * Where each step's changes and statements go, numbered plan-wide, instead of into the plan
   * (whose `changes` and `statements` then stay empty; its summary counts them): a plan of
   * millions of changes is never held whole.
   */
  sinks?: readonly PlanEntrySink[];
  onProgress?: (message: string) => void;
}

/**
 * Desired objects (databases, schemas, tables, columns) a service is planned in one step:
 * introspected, diffed, read for compiling and compiled, before the next step is read. Memory
 * then holds one step's observed tree, however big the catalog; a service this small or smaller
 * is one step, as it always was. A schema bigger than this is a step of its own.
 *
 * Each step costs a full set of catalog queries, so a step is as big as memory allows: 250,000
 * objects is about the bench's 10,000 tables × 20 columns (210,000 objects), planned in one
 * step within 450 MB peak. A bigger catalog is planned in steps of at most that (or one schema,
 * when bigger), so its peak stays near that of the 10,000-table plan, under the 1 GB target.
 */
export const STEP_OBJECTS = 250_000;

/** Takes a plan's entries a step at a time (`PlanFileWriter`, `TextPreview`). */
export interface PlanEntrySink {
  add(changes: readonly Change[], statements: readonly PlannedStatement[]): void | Promise<void>;
}

/** A plan and the open connections it was made with, ready for apply. */
export interface PlannedWorkspace {
  plan: Plan;
  targets: Map<string, ApplyConnection>;
  /** Catalog queries issued per service, for progress and benchmarks. */
  queries: Map<string, number>;
  close(): Promise<void>;
}

/** `--service` names, checked against the config; none means every service. */
export function selectServices(config: Config, requested?: readonly string[]): string[] {
  const all = Object.keys(config.services);
  if (!requested || requested.length === 0) return all;
  const unknown = requested.filter((name) => !all.includes(name));
  if (unknown.length > 0) {
    throw new RevmetaError(`unknown service ${unknown.map((n) => `"${n}"`).join(', ')} (the config has: ${all.join(', ')})`);
  }
  return all.filter((name) => requested.includes(name));
}

/**
 * The `--select` globs that match no object the manifests name in these services (checked before
 * connecting). On a set held as an index, the databases and schemas are matched first, and
 * tables and columns loaded a step at a time only while a glob is still unmatched.
 */
export async function selectMatchingNothing(workspace: Workspace, services: readonly string[], select: readonly string[]): Promise<string[]> {
  const { manifests } = workspace;
  const objects: Array<{ service: string; fqn: string }> = [];
  const visit = (service: string, node: DesiredNode, path: readonly string[]) => {
    const here = [...path, node.name];
    objects.push({ service, fqn: joinFqn(here) });
    for (const child of node.children) visit(service, child, here);
  };
  for (const service of services) for (const database of manifests.outline.services.get(service)?.databases ?? []) visit(service, database, []);
  let unmatched = globsMatchingNothing(select, objects);
  if (manifests.whole) return unmatched;
  for (const service of services) {
    const outline = manifests.outline.services.get(service);
    if (outline === undefined) continue;
    for (const step of planSteps(outline, workspace.stepObjects, manifests.objectsIn, manifests.tableObjectsIn)) {
      if (unmatched.length === 0) return unmatched;
      const loaded = await manifests.load(step);
      if (!loaded.ok) throw new ValidationError(loaded.diagnostics);
      objects.length = 0;
      for (const database of loaded.value.databases) visit(service, database, []);
      unmatched = globsMatchingNothing(unmatched, objects);
    }
  }
  return unmatched;
}

export async function planWorkspace(workspace: Workspace, options: PlanOptions = {}): Promise<PlannedWorkspace> {
  const targets = new Map<string, ApplyConnection>();
  const drivers: Driver[] = [];
  const queries = new Map<string, number>();
  const close = async () => {
    await Promise.all(drivers.map((driver) => driver.close().catch(() => undefined)));
  };
  try {
    const services: Array<{ name: string; type: string; plan: ServicePlan }> = [];
    // With sinks: statements numbered so far across services, and the counts of what went out.
    let numbered = 0;
    const sentCounts = { changes: 0, byFieldAction: {} as Record<string, number> };
    for (const name of selectServices(workspace.config, options.services)) {
      const service = workspace.config.services[name]!;
      const { connector, type, context, policy } = serviceTarget(workspace, name, service, options);
      const desired = workspace.manifests.outline.services.get(name) ?? { name, databases: [] };
      if (desired.databases.length === 0) {
        services.push({ name, type, plan: emptyServicePlan() });
        continue;
      }
      options.onProgress?.(`Reading ${name} (${type}): ${desired.databases.length} database(s)…`);
      const driver = connector.createDriver(context);
      drivers.push(driver);
      // Steps are cut from the outline; each step's schemas are loaded when it is planned and let go after.
      const steps = planSteps(desired, options.stepObjects ?? workspace.stepObjects, workspace.manifests.objectsIn, workspace.manifests.tableObjectsIn);
      // Across steps, the classifications the whole service's manifests use stay the managed ones.
      const stepPolicy: ServicePolicy = steps.length > 1 ? { ...policy, managedClassifications: policy.managedClassifications ?? workspace.manifests.classifications(name) } : policy;
      const joined: ServicePlan = { changes: [], statements: [], conflicts: [], warnings: [], observedDigest: '' };
      const stepDigests: string[] = [];
      const seen = { conflicts: new Set<string>(), warnings: new Set<string>() };
      let applyShape: ApplyShape | undefined;
      let queryCount = 0;
      let changeCount = 0;
      // A big schema planned a group of its tables at a time: what its groups carry to the next.
      let carry: DiffCarry | undefined;
      // Across steps, owner changes wait for the end of their database, as in one step.
      const owners = steps.length > 1 ? new OwnerChangesHeld() : undefined;
      // One step, in a function of its own: once it returns, nothing refers to the step's trees
      // and changes, so the collection after it frees them (a loop body's locals stay reachable).
      const planStep = async (index: number, outlineStep: DesiredService) => {
        const loaded = await workspace.manifests.load(outlineStep);
        if (!loaded.ok) throw new ValidationError(loaded.diagnostics);
        const step = loaded.value;
        const tableGroup = tableGroupOf(outlineStep);
        if (tableGroup?.first) carry = newDiffCarry();
        // A group of tables reads only its tables (as `--changed-since` does), not the whole schema.
        const introspection = await introspectService(connector, driver, step, name, stepPolicy, workspace.scope !== undefined || tableGroup !== undefined);
        // What reading the step's manifests and catalog rows left behind is garbage before its changes are made.
        if (steps.length > 1) collectGarbage();
        const capabilities = connector.capabilities(introspection.server);
        if (index === 0) {
          const concurrency = applyConcurrencyOf(service, capabilities);
          targets.set(name, {
            driver,
            capabilities,
            ...(service.transactions ? { transactions: service.transactions } : {}),
            ...(concurrency === undefined ? {} : { concurrency }),
          });
          applyShape = new ApplyShape(applySizingOf(service, capabilities, introspection.server.lockBudget));
        }
        queryCount += introspection.queries;
        const input: ServicePlanInput = {
          name,
          type,
          desired: step,
          observed: introspection.observed,
          capabilities,
          dialect: connector.dialect,
          policy: stepPolicy,
          ...(introspection.principals ? { principals: introspection.principals } : {}),
          ...(introspection.refuseOwners ? { refuseOwners: introspection.refuseOwners } : {}),
        };
        const group = tableGroup && carry ? { carry: { ...carry, first: tableGroup.first, last: tableGroup.last } } : {};
        const { plan: stepPlan } = await planStepOnce(connector, driver, input, { ...group, ...(owners ? { owners, lastStep: index === steps.length - 1 } : {}) });
        changeCount += stepPlan.changes.length;
        applyShape?.add(stepPlan.changes);
        if (options.sinks) {
          const { changes, statements } = numberedFrom(stepPlan, numbered);
          numbered += statements.length;
          for (const sink of options.sinks) await sink.add(changes, statements);
          tally(sentCounts, changes);
        } else appendNumbered(joined, stepPlan);
        // A database split over steps is matched in each: what it reports about itself, once.
        for (const conflict of stepPlan.conflicts) if (once(seen.conflicts, conflict)) joined.conflicts.push(conflict);
        for (const warning of stepPlan.warnings) if (once(seen.warnings, warning)) joined.warnings.push(warning);
        // A big schema's groups are one step of the digest: its last group's.
        if (tableGroup === undefined || tableGroup.last) stepDigests.push(stepPlan.observedDigest);
        if (steps.length > 1) options.onProgress?.(`Planned ${name}, step ${index + 1} of ${steps.length}: ${changeCount} change(s) so far`);
      };
      for (const [index, outlineStep] of steps.entries()) {
        await planStep(index, outlineStep);
        // Handed to the sinks, the step is garbage: collected before the next step allocates its own.
        if (steps.length > 1) collectGarbage();
      }
      // One step: the digest of the whole service as always; several: of the steps' digests in order.
      const plan: ServicePlan = { ...joined, observedDigest: stepDigests.length === 1 ? stepDigests[0]! : digestOf({ steps: stepDigests }) };
      queries.set(name, queryCount);
      options.onProgress?.(`Planned ${name}: ${changeCount} change(s), ${queryCount} catalog queries`);
      services.push({ name, type, plan, ...(applyShape ? { apply: applyShape.result() } : {}) });
    }
    const assembled = assemblePlan({
      manifestsDigest: manifestsDigest(workspace.manifests),
      configDigest: configDigest(workspace.config),
      services,
      ...(options.select ? { select: options.select } : {}),
      ...(options.target ? { target: options.target } : {}),
      ...(workspace.scope ? { scope: workspace.scope } : {}),
    });
    const plan: Plan = options.sinks
      ? { ...assembled, summary: { ...assembled.summary, changes: sentCounts.changes, statements: numbered, byFieldAction: sentCounts.byFieldAction } }
      : assembled;
    return { plan, targets, queries, close };
  } catch (error) {
    await close();
    throw error;
  }
}

/**
 * The steps a service is planned in: its databases and schemas in manifest order, packed into
 * groups of at most `maxObjects` desired objects. A schema bigger than that is cut into groups of
 * its tables (`tableGroupOf`), each a step of its own, planned as the schema would be in one step
 * (see `planStepOnce`). A database split over steps appears in each with its schemas of that step;
 * its own fields are planned once, in the step of its first schema, so that they come first as in
 * one step (its owner changes wait for the end of the database: `OwnerChangesHeld`). One step is
 * the service itself. `objectsIn` sizes a schema and `tableObjectsIn` its tables
 * (one of an index is not loaded yet: its sizes are the index's).
 */
export function planSteps(
  desired: DesiredService,
  maxObjects: number,
  objectsIn: (schema: DesiredNode) => number = countObjects,
  tableObjectsIn: (schema: DesiredNode) => readonly number[] = tableSizes,
): DesiredService[] {
  const steps: DesiredService[] = [];
  let databases: DesiredNode[] = [];
  let size = 0;
  const flush = () => {
    if (databases.length > 0) steps.push({ ...desired, databases });
    databases = [];
    size = 0;
  };
  for (const database of desired.databases) {
    // The database node of the step that plans the database's own fields: the one of its first schema.
    let part: DesiredNode | undefined;
    let fieldsPart: DesiredNode | undefined;
    for (const schema of database.children) {
      const objects = objectsIn(schema);
      const groups = objects > maxObjects ? tableGroups(tableObjectsIn(schema), maxObjects - 1) : [];
      if (groups.length > 1) {
        flush();
        groups.forEach(([from, to], index) => {
          const databasePart: DesiredNode = { ...database, fields: {}, fieldLocations: {}, children: [schemaPart(schema, from, to, index === 0)] };
          fieldsPart ??= databasePart;
          databases.push(databasePart);
          flush();
          groupSteps.set(steps.at(-1)!, { first: index === 0, last: index === groups.length - 1 });
        });
        part = undefined;
        continue;
      }
      if (size > 0 && size + objects > maxObjects) {
        flush();
        part = undefined;
      }
      if (part === undefined) {
        part = { ...database, fields: {}, fieldLocations: {}, children: [] };
        databases.push(part);
      }
      fieldsPart ??= part;
      part.children.push(schema);
      size += objects;
    }
    if (fieldsPart === undefined) databases.push({ ...database, children: [] });
    else Object.assign(fieldsPart, { fields: database.fields, fieldLocations: database.fieldLocations });
    size += 1;
  }
  flush();
  return steps;
}

/** Steps that plan a group of one schema's tables: whether the schema's first group, and its last. */
const groupSteps = new WeakMap<DesiredService, { first: boolean; last: boolean }>();

/** Whether a step of `planSteps` is a group of one big schema's tables, and which. */
export function tableGroupOf(step: DesiredService): { first: boolean; last: boolean } | undefined {
  return groupSteps.get(step);
}

/**
 * Table ranges [from, to) of at most `maxObjects` objects each (at least one table each), in order,
 * and of at most MAX_NARROWED_TABLES tables, so that each group's catalog read names its tables;
 * a table of negative size stays in the group of the one before it (case-insensitive twins, see
 * `tableSizes`), past those bounds if it must.
 */
function tableGroups(tables: readonly number[], maxObjects: number): Array<[number, number]> {
  const groups: Array<[number, number]> = [];
  let from = 0;
  let size = 0;
  tables.forEach((sized, index) => {
    const objects = Math.abs(sized);
    if (index > from && sized > 0 && (size + objects > maxObjects || index - from >= MAX_NARROWED_TABLES)) {
      groups.push([from, index]);
      from = index;
      size = 0;
    }
    size += objects;
  });
  if (tables.length > from) groups.push([from, tables.length]);
  return groups;
}

/** A step's entries with statement ids after the `offset` already numbered in the plan. */
function numberedFrom(plan: ServicePlan, offset: number): { changes: Change[]; statements: PlannedStatement[] } {
  if (offset === 0) return plan;
  return {
    statements: plan.statements.map((statement) => ({ ...statement, id: statement.id + offset })),
    changes: plan.changes.map((change) => ({ ...change, statements: change.statements.map((id) => id + offset) })),
  };
}

/** Adds a step's changes to the counts of the plan's summary. */
function tally(counts: { changes: number; byFieldAction: Record<string, number> }, changes: readonly Change[]): void {
  counts.changes += changes.length;
  for (const [key, count] of Object.entries(summarise(changes, 0, 0, 0).byFieldAction)) counts.byFieldAction[key] = (counts.byFieldAction[key] ?? 0) + count;
}

/** Whether `entry` is new to `seen` (compared by value), recording it. */
function once(seen: Set<string>, entry: unknown): boolean {
  const key = canonicalJson(entry);
  if (seen.has(key)) return false;
  seen.add(key);
  return true;
}

/**
 * Plans one service in one pass: the diff, then what the connector reads for compiling those
 * changes (observed state too: it joins the digest), then the statements.
 */
export async function planServiceOnce(
  connector: Pick<Connector, 'readCompileContext'>,
  driver: Driver,
  input: ServicePlanInput,
): Promise<{ plan: ServicePlan; compileContext?: CompileContext }> {
  return planStepOnce(connector, driver, input, {});
}

/**
 * How a step of a service bigger than one step is planned so that the steps together plan what
 * the service would in one: its owner changes held across steps (`owners`; `lastStep` lets the
 * rest out), and for a group of one big schema's tables what the groups carry (`DiffCarry`: the
 * digest, tag keys and unsupported fields; the observed digest is the last group's).
 */
interface StepOfService {
  owners?: OwnerChangesHeld;
  lastStep?: boolean;
  carry?: DiffCarry;
}

/** Plans one step of a service (the whole service when `step` is empty): diff, read for compiling, compile. */
async function planStepOnce(
  connector: Pick<Connector, 'readCompileContext'>,
  driver: Driver,
  input: ServicePlanInput,
  step: StepOfService,
): Promise<{ plan: ServicePlan; compileContext?: CompileContext }> {
  const { carry } = step;
  const diff = diffService(input, carry);
  const changes = step.owners ? step.owners.order(diff.changes, step.lastStep ?? false) : diff.changes;
  const compileContext = connector.readCompileContext ? (changes.length > 0 ? await connector.readCompileContext(driver, changes) : {}) : input.compileContext;
  if (carry === undefined || carry.last) {
    const plan = compileService({ ...diff, changes }, input, compileContext);
    return connector.readCompileContext ? { plan, compileContext: compileContext! } : { plan };
  }
  // Not the schema's last group: the digest is not finished here (a throwaway stream takes compileService's finish).
  if (compileContext !== undefined) carry.digestEntries.push(['compile context', compileContext]);
  return { plan: compileService({ ...diff, changes, digestEntries: new DigestStream() }, input, compileContext) };
}

/**
 * A service's owner changes held from step to step until every other change of their database
 * is planned: in one step (`orderForApply`) a database's owner changes come after all its other
 * changes, since handing an object over can take away the right to comment on it. Steps follow
 * the manifests' order of databases, so a database's changes end where another database's begin.
 * Holds one Change per owner changed in the database being planned.
 */
class OwnerChangesHeld {
  private database: string | undefined;
  private held: Change[] = [];

  /** A step's changes (in apply order) in the order of one step: owner changes held, those of the databases done let out; all of them at `lastStep`. */
  order(changes: readonly Change[], lastStep: boolean): Change[] {
    const ordered: Change[] = [];
    for (const change of changes) {
      if (change.object.database !== this.database) {
        this.release(ordered);
        this.database = change.object.database;
      }
      if (change.field === 'owner') this.held.push(change);
      else ordered.push(change);
    }
    if (lastStep) this.release(ordered);
    return ordered;
  }

  private release(into: Change[]): void {
    for (const change of this.held) into.push(change);
    this.held = [];
  }
}

/**
 * Who plans a service: its source's connector (default), or with `--target openmetadata` the
 * OpenMetadata connector, connected through the config's `openmetadata:` block.
 */
function serviceTarget(workspace: Workspace, name: string, service: ServiceConfig, options: PlanOptions) {
  if (options.target !== OPENMETADATA_TARGET) {
    const connector = workspace.connectors.get(service.type)!;
    return { connector, type: service.type, context: connectorContext(name, service, workspace.config.dir, options.lockTimeoutMillis), policy: policyOf(service, options.select) };
  }
  if (!workspace.config.openmetadata?.url) throw new RevmetaError('--target openmetadata needs `openmetadata: { url, token }` in the config');
  const { connection, policy } = openMetadataTarget(workspace.config, service, options.select);
  return { connector: openMetadataConnector, type: openMetadataConnector.type, context: { service: name, connection, configDir: workspace.config.dir }, policy };
}

/** The owner names the manifests give, as the policy maps them: what a connector may check exist. */
function ownersNamed(desired: DesiredService, policy: ServicePolicy): string[] {
  const names = new Set<string>();
  const visit = (node: DesiredService['databases'][number]) => {
    for (const owner of node.fields.owners ?? []) names.add(policy.ownerMap?.[owner] ?? owner);
    node.children.forEach(visit);
  };
  desired.databases.forEach(visit);
  return [...names].sort();
}

/** `scoped`: a `--changed-since` plan, whose desired tree names every table to read. */
async function introspectService(connector: Connector, driver: Driver, desired: DesiredService, name: string, policy: ServicePolicy, scoped: boolean) {
  const scope: IntrospectScope = {
    service: name,
    databases: desired.databases.map((database) => database.name),
    schemas: Object.fromEntries(desired.databases.map((database) => [database.name, database.children.map((schema) => schema.name)])),
    ...(scoped ? { tables: tablesNamed(desired) } : {}),
    owners: ownersNamed(desired, policy),
  };
  try {
    return await connector.introspect(driver, scope);
  } catch (error) {
    throw new RevmetaError(`service "${name}": could not read the catalog: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** What a connector is created with: the connection, and the `tags:` options meant for it. */
export function connectorContext(name: string, service: ServiceConfig, configDir: string, lockTimeoutMillis?: number): ConnectorContext {
  const context: ConnectorContext = { service: name, connection: service.connection, configDir };
  const timeouts = timeoutsOfService(service, lockTimeoutMillis);
  if (Object.keys(timeouts).length > 0) context.timeouts = timeouts;
  const { schema, create } = service.tags ?? {};
  if (schema !== undefined || create !== undefined) {
    context.tags = { ...(schema !== undefined ? { schema } : {}), ...(create !== undefined ? { create } : {}) };
  }
  return context;
}

/** The service's `timeouts:` in milliseconds (the schema and loader checked them), `--lock-timeout` over `lock`. */
function timeoutsOfService(service: ServiceConfig, lockTimeoutMillis: number | undefined): Partial<Timeouts> {
  const timeouts: Partial<Timeouts> = {};
  const { connect, statement, lock } = service.timeouts ?? {};
  const millis = (text: string | undefined) => (text === undefined ? undefined : parseDuration(text));
  const connectMillis = millis(connect);
  const statementMillis = millis(statement);
  const lockMillis = lockTimeoutMillis ?? millis(lock);
  if (connectMillis !== undefined) timeouts.connectMillis = connectMillis;
  if (statementMillis !== undefined) timeouts.statementMillis = statementMillis;
  if (lockMillis !== undefined) timeouts.lockMillis = lockMillis;
  return timeouts;
}

export function policyOf(service: ServiceConfig, select?: readonly string[]): ServicePolicy {
  const policy: ServicePolicy = {};
  if (service.sync) policy.sync = service.sync;
  if (service.owners?.map) policy.ownerMap = service.owners.map;
  if (service.tags?.managed) policy.managedClassifications = service.tags.managed;
  if (service.include) policy.include = service.include;
  if (service.exclude) policy.exclude = service.exclude;
  if (select && select.length > 0) policy.select = select;
  if (service.sql) policy.templates = service.sql;
  if (service.descriptions?.tooLong) policy.tooLong = service.descriptions.tooLong;
  if (service.tags?.create) policy.createTagKeys = true;
  return policy;
}

function emptyServicePlan(): ServicePlan {
  return { changes: [], statements: [], conflicts: [], warnings: [], observedDigest: digestOf([]) };
}
