/**
 * Shared pieces of the bigquery tests: the connector against the fake REST server through
 * the real client, desired trees as the manifest loader builds them, and planning as
 * src/core/workspace.ts does it (plan, readCompileContext for the touched objects, plan again).
 */
import { applyChanges, type ApplyConnection } from '../../../src/apply/apply.js';
import { bigquery } from '../../../src/connectors/bigquery/index.js';
import type { BigQueryDriver } from '../../../src/connectors/bigquery/driver.js';
import type { Introspection, CompileContext } from '../../../src/connectors/types.js';
import type { DesiredFields, DesiredNode, ObjectKind } from '../../../src/model/types.js';
import { planServiceOnce } from '../../../src/core/workspace.js';
import type { ServicePlan, ServicePolicy } from '../../../src/plan/plan.js';
import { statementBody, statementText } from '../../../src/model/change.js';
import type { ApplyResult } from '../../../src/plan/types.js';
import type { FakeBigQuery } from './fake/server.js';

export const SERVICE = 'lake';
export const PROJECT = 'acme-analytics';

export function createDriver(fake: FakeBigQuery, connection: Record<string, unknown> = {}): BigQueryDriver {
  return bigquery.createDriver({
    service: SERVICE,
    configDir: '/',
    connection: { projectId: PROJECT, apiEndpoint: fake.url, accessToken: fake.token, connectionRetries: 0, ...connection },
  }) as BigQueryDriver;
}

const HERE = { file: 'metadata/lake.yaml', line: 1, column: 1 };

function desired(kind: ObjectKind, name: string, fields: DesiredFields = {}, children: DesiredNode[] = []): DesiredNode {
  const fieldLocations = Object.fromEntries(Object.keys(fields).map((key) => [key, HERE]));
  return { kind, name, fields, location: HERE, fieldLocations, children };
}

export const want = {
  project: (name: string, datasets: DesiredNode[], fields: DesiredFields = {}) => desired('database', name, fields, datasets),
  dataset: (name: string, fields: DesiredFields, tables: DesiredNode[] = []) => desired('schema', name, fields, tables),
  table: (name: string, fields: DesiredFields, columns: DesiredNode[] = []) => desired('table', name, fields, columns),
  column: (name: string, fields: DesiredFields, nested: DesiredNode[] = []) => desired('column', name, fields, nested),
};

export interface Planned {
  plan: ServicePlan;
  introspection: Introspection;
  compileContext: CompileContext;
  targets: Map<string, ApplyConnection>;
}

/** Introspects and plans one service as src/core/workspace.ts does. */
export async function planFor(driver: BigQueryDriver, projects: DesiredNode[], policy: ServicePolicy = {}): Promise<Planned> {
  const introspection = await bigquery.introspect(driver, {
    service: SERVICE,
    databases: projects.map((project) => project.name),
    schemas: Object.fromEntries(projects.map((project) => [project.name, project.children.map((dataset) => dataset.name)])),
  });
  const capabilities = bigquery.capabilities(introspection.server);
  const input = {
    name: SERVICE,
    type: 'bigquery',
    desired: { name: SERVICE, databases: projects },
    observed: introspection.observed,
    capabilities,
    dialect: bigquery.dialect,
    policy,
  };
  const { plan, compileContext = {} } = await planServiceOnce(bigquery, driver, input);
  return { plan, introspection, compileContext, targets: new Map([[SERVICE, { driver, capabilities }]]) };
}

export async function applyPlanned(planned: Planned): Promise<ApplyResult> {
  return applyChanges(planned.plan, planned.targets);
}

/** Distinct statements of a plan, in order. */
export function statementsOf(planned: Planned): string[] {
  return planned.plan.statements.map((statement) => statementText(statementBody(statement)));
}
