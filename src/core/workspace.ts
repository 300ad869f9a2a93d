/**
 * The core every front end calls (CLI, GitHub Action): load a workspace, plan it against
 * the live sources, check a saved plan for staleness, apply. I/O lives here; the planner
 * it calls is pure.
 */
import { connectors as builtInConnectors } from '../connectors/index.js';
import { openmetadata, openMetadataTarget, OPENMETADATA_TARGET } from '../connectors/openmetadata/index.js';
import { parseDuration, type Timeouts } from '../connectors/connection.js';
import type { Capabilities, Connector, ConnectorContext, Driver, IntrospectScope, RenderContext } from '../connectors/types.js';
import { loadConfig, type SecretScope } from '../manifest/config.js';
import { cacheLocation } from '../manifest/cache.js';
import { loadManifests } from '../manifest/load.js';
import type { Config, Diagnostic, ServiceConfig } from '../manifest/types.js';
import { joinFqn } from '../model/fqn.js';
import type { DesiredNode, DesiredService, DesiredState } from '../model/types.js';
import { assemblePlan } from '../plan/assemble.js';
import { digestOf } from '../plan/digest.js';
import { globsMatchingNothing } from '../plan/scope.js';
import { diffService, renderService, type ServicePlan, type ServicePlanInput, type ServicePolicy } from '../plan/plan.js';
import type { Plan } from '../plan/types.js';
import type { ApplyTarget } from '../apply/apply.js';
import { RevmetaError, ValidationError } from './errors.js';
import { redactor, type Redactor } from './redact.js';

export interface Workspace {
  config: Config;
  desired: DesiredState;
  connectors: ReadonlyMap<string, Connector>;
  redact: Redactor;
  /** Remarks that are not errors, e.g. an unset `${VAR}` in a block this command does not use. */
  notes?: Diagnostic[];
}

/** `scope`: the secret-bearing blocks this command uses (default: all); see SecretScope. */
export async function loadWorkspace(
  configFile: string,
  env: Record<string, string | undefined> = process.env,
  connectors: ReadonlyMap<string, Connector> = builtInConnectors,
  scope: SecretScope = {},
): Promise<Workspace> {
  const config = await loadConfig(configFile, env, connectors, scope);
  if (!config.ok) throw new ValidationError(config.diagnostics);
  const desired = await loadManifests(config.value, { cache: cacheLocation(config.value.manifests, env) });
  if (!desired.ok) throw new ValidationError(desired.diagnostics);
  return {
    config: config.value,
    desired: desired.value,
    connectors,
    redact: redactor(config.value.secrets),
    ...(config.notes ? { notes: config.notes } : {}),
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

export function manifestsDigest(desired: DesiredState): string {
  return digestOf(desired.files);
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

export interface PlanOptions {
  /** `--service`: only these services (default: every service of the config). */
  services?: readonly string[];
  /** `--select`: FQN globs narrowing every service. */
  select?: readonly string[];
  /** `--target openmetadata`: plan the manifests against OpenMetadata itself, not the services' sources. */
  target?: typeof OPENMETADATA_TARGET;
  /** `--lock-timeout`: how long an apply waits for a lock, over every service's `timeouts.lock`. */
  lockTimeoutMillis?: number;
  onProgress?: (message: string) => void;
}

/** A plan and the open connections it was made with, ready for apply. */
export interface PlannedWorkspace {
  plan: Plan;
  targets: Map<string, ApplyTarget>;
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

/** The `--select` globs that match no object the manifests name in these services (checked before connecting). */
export function selectMatchingNothing(workspace: Workspace, services: readonly string[], select: readonly string[]): string[] {
  const objects: Array<{ service: string; fqn: string }> = [];
  const visit = (service: string, node: DesiredNode, path: readonly string[]) => {
    const here = [...path, node.name];
    objects.push({ service, fqn: joinFqn(here) });
    for (const child of node.children) visit(service, child, here);
  };
  for (const service of services) for (const database of workspace.desired.services.get(service)?.databases ?? []) visit(service, database, []);
  return globsMatchingNothing(select, objects);
}

export async function planWorkspace(workspace: Workspace, options: PlanOptions = {}): Promise<PlannedWorkspace> {
  const targets = new Map<string, ApplyTarget>();
  const drivers: Driver[] = [];
  const queries = new Map<string, number>();
  const close = async () => {
    await Promise.all(drivers.map((driver) => driver.close().catch(() => undefined)));
  };
  try {
    const services: Array<{ name: string; type: string; plan: ServicePlan }> = [];
    for (const name of selectServices(workspace.config, options.services)) {
      const service = workspace.config.services[name]!;
      const { connector, type, context, policy } = serviceTarget(workspace, name, service, options);
      const desired = workspace.desired.services.get(name) ?? { name, databases: [] };
      if (desired.databases.length === 0) {
        services.push({ name, type, plan: emptyServicePlan() });
        continue;
      }
      options.onProgress?.(`Reading ${name} (${type}): ${desired.databases.length} database(s)…`);
      const driver = connector.createDriver(context);
      drivers.push(driver);
      const introspection = await introspectService(connector, driver, desired, name, policy);
      const capabilities = connector.capabilities(introspection.server);
      const concurrency = applyConcurrencyOf(service, capabilities);
      targets.set(name, { driver, capabilities, ...(concurrency === undefined ? {} : { concurrency }) });
      queries.set(name, introspection.queries);
      const input: ServicePlanInput = {
        name,
        type,
        desired,
        observed: introspection.observed,
        capabilities,
        dialect: connector.dialect,
        policy,
        ...(introspection.principals ? { principals: introspection.principals } : {}),
        ...(introspection.refuseOwners ? { refuseOwners: introspection.refuseOwners } : {}),
      };
      const { plan } = await planServiceOnce(connector, driver, input);
      options.onProgress?.(`Planned ${name}: ${plan.changes.length} change(s), ${introspection.queries} catalog queries`);
      services.push({ name, type, plan });
    }
    const plan = assemblePlan({
      manifestsDigest: manifestsDigest(workspace.desired),
      configDigest: configDigest(workspace.config),
      services,
      ...(options.select ? { select: options.select } : {}),
      ...(options.target ? { target: options.target } : {}),
    });
    return { plan, targets, queries, close };
  } catch (error) {
    await close();
    throw error;
  }
}

/**
 * Plans one service in one pass: the diff, then what the connector reads for rendering those
 * changes (observed state too: it joins the digest), then the statements.
 */
export async function planServiceOnce(
  connector: Pick<Connector, 'readForRender'>,
  driver: Driver,
  input: ServicePlanInput,
): Promise<{ plan: ServicePlan; renderContext?: RenderContext }> {
  const diff = diffService(input);
  if (!connector.readForRender) return { plan: renderService(diff, input, input.renderContext) };
  const renderContext = diff.changes.length > 0 ? await connector.readForRender(driver, diff.changes) : {};
  return { plan: renderService(diff, input, renderContext), renderContext };
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
  return { connector: openmetadata, type: openmetadata.type, context: { service: name, connection, configDir: workspace.config.dir }, policy };
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

async function introspectService(connector: Connector, driver: Driver, desired: DesiredService, name: string, policy: ServicePolicy) {
  const scope: IntrospectScope = {
    service: name,
    databases: desired.databases.map((database) => database.name),
    schemas: Object.fromEntries(desired.databases.map((database) => [database.name, database.children.map((schema) => schema.name)])),
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
