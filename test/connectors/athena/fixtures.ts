/**
 * Shared pieces of the athena connector tests: change and manifest builders, the plan → apply
 * loop the core runs (introspect, capabilities, planService, readCompileContext, applyChanges),
 * and Glue helpers: a real SDK client for setting tables up, and raw JSON requests for
 * reading them back exactly as the service stores them (no SDK parsing in between).
 */
import { GlueClient } from '@aws-sdk/client-glue';
import { applyChanges } from '../../../src/apply/apply.js';
import { withoutNodeVersionWarning } from '../../../src/connectors/athena/driver.js';
import { athena } from '../../../src/connectors/athena/index.js';
import type { Capabilities, Driver } from '../../../src/connectors/types.js';
import type { DesiredFields, DesiredNode, DesiredService, ObjectKind, ObjectRef } from '../../../src/model/types.js';
import { planServiceOnce } from '../../../src/core/workspace.js';
import type { ServicePlan, ServicePolicy } from '../../../src/plan/plan.js';
import type { ApplyResult, Change } from '../../../src/plan/types.js';
import { MOTO_CREDENTIALS, MOTO_REGION } from '../../engines/moto.js';

export const SERVICE = 'lake';
export const DATABASE = 'AwsDataCatalog';

export function change(
  object: ObjectRef,
  field: Change['field'],
  after: string | null,
  action: Change['action'] = after === null ? 'clear' : 'set',
): Change {
  return { service: SERVICE, object, field, action, before: null, after, statements: [] };
}

// ---------------------------------------------------------------------------------------
// Manifests as the loader would produce them

let line = 0;
function want(kind: ObjectKind, name: string, fields: DesiredFields, children: DesiredNode[]): DesiredNode {
  line++;
  return { kind, name, fields, children, location: { file: 'm.yaml', line, column: 1 }, fieldLocations: {} };
}

/** A description, or (undefined) an unmanaged one. */
type Described = string | undefined;

export interface TableSpec {
  description?: Described;
  columns?: Record<string, Described>;
}

export interface SchemaSpec {
  description?: Described;
  tables?: Record<string, TableSpec>;
}

const fields = (description: Described): DesiredFields => (description === undefined ? {} : { description });

/** A desired service with one database and the given schemas, tables and column descriptions. */
export function manifests(schemas: Record<string, SchemaSpec>, database = DATABASE): DesiredService {
  const schemaNodes = Object.entries(schemas).map(([schema, spec]) =>
    want(
      'schema',
      schema,
      fields(spec.description),
      Object.entries(spec.tables ?? {}).map(([table, tableSpec]) =>
        want(
          'table',
          table,
          fields(tableSpec.description),
          Object.entries(tableSpec.columns ?? {}).map(([column, description]) => want('column', column, fields(description), [])),
        ),
      ),
    ),
  );
  return { name: SERVICE, databases: [want('database', database, {}, schemaNodes)] };
}

// ---------------------------------------------------------------------------------------
// Plan and apply as src/core/workspace.ts does

export interface Planned extends ServicePlan {
  capabilities: Capabilities;
  queries: number;
  /** Glue requests readCompileContext made. */
  compileContextRequests: number;
}

export async function plan(driver: Driver, desired: DesiredService, policy: ServicePolicy = {}): Promise<Planned> {
  const introspection = await athena.introspect(driver, {
    service: SERVICE,
    databases: desired.databases.map((database) => database.name),
    schemas: Object.fromEntries(desired.databases.map((database) => [database.name, database.children.map((schema) => schema.name)])),
  });
  const capabilities = athena.capabilities(introspection.server);
  const input = {
    name: SERVICE,
    type: 'athena',
    desired,
    observed: introspection.observed,
    capabilities,
    dialect: athena.dialect,
    policy,
  };
  const { plan: planned, compileContext = {} } = await planServiceOnce(athena, driver, input);
  const compileContextRequests = Object.keys(compileContext).length;
  return { ...planned, capabilities, queries: introspection.queries, compileContextRequests };
}

export function apply(driver: Driver, planned: Planned): Promise<ApplyResult> {
  return applyChanges(planned, new Map([[SERVICE, { driver, capabilities: planned.capabilities }]]));
}

/** Plans, applies (expecting no conflicts and no failures), and returns the plan that was applied. */
export async function converge(driver: Driver, desired: DesiredService, policy: ServicePolicy = {}): Promise<Planned> {
  const planned = await plan(driver, desired, policy);
  if (planned.conflicts.length > 0) throw new Error(`unexpected conflicts: ${JSON.stringify(planned.conflicts)}`);
  const result = await apply(driver, planned);
  if (result.summary.failed > 0 || result.summary.notRun > 0) {
    throw new Error(`apply did not converge: ${JSON.stringify(result.results.filter((r) => r.status !== 'applied'), null, 2)}`);
  }
  return planned;
}

// ---------------------------------------------------------------------------------------
// Glue at the moto endpoint

export function motoConnection(endpoint: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { region: MOTO_REGION, endpoint, ...MOTO_CREDENTIALS, ...extra };
}

export function glueClient(endpoint: string): GlueClient {
  return withoutNodeVersionWarning(() => new GlueClient({ region: MOTO_REGION, endpoint, credentials: MOTO_CREDENTIALS, maxAttempts: 1 }));
}

/**
 * A Glue request as raw JSON over HTTP, answered with the service's raw JSON: what it stores,
 * without the SDK's parsing (which would turn timestamps into Dates and drop unknown members).
 * moto picks the service from the credential scope of the Authorization header.
 */
export async function rawGlue(endpoint: string, operation: string, body: Record<string, unknown>): Promise<Record<string, unknown>> {
  const response = await fetch(`${endpoint}/`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/x-amz-json-1.1',
      'X-Amz-Target': `AWSGlue.${operation}`,
      Authorization: `AWS4-HMAC-SHA256 Credential=${MOTO_CREDENTIALS.accessKeyId}/20240101/${MOTO_REGION}/glue/aws4_request, SignedHeaders=host, Signature=0`,
    },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`raw Glue ${operation}: HTTP ${response.status}: ${text}`);
  return JSON.parse(text) as Record<string, unknown>;
}

/** The table as Glue stores it, raw JSON. */
export async function rawTable(endpoint: string, database: string, name: string): Promise<Record<string, unknown>> {
  const { Table } = (await rawGlue(endpoint, 'GetTable', { DatabaseName: database, Name: name })) as { Table: Record<string, unknown> };
  return Table;
}
