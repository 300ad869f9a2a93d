/**
 * Shared set-up of the snowflake tests: the fake server with a login, running set-up SQL as
 * an administrator, drivers and workspaces pointed at it, and plan → apply → plan helpers
 * that go through the same core as the CLI (workspace, planner, readCompileContext, apply).
 */
import { applyChanges } from '../../../src/apply/apply.js';
import { createDriver, type SnowflakeDriver } from '../../../src/connectors/snowflake/driver.js';
import { loadWorkspace, planWorkspace, type PlannedWorkspace } from '../../../src/core/workspace.js';
import type { ApplyResult } from '../../../src/plan/types.js';
import { writeWorkspace } from '../../e2e/cli.js';
import { startFakeSnowflake, type FakeSnowflake, type FakeSnowflakeOptions } from './fake-server.js';

export const SERVICE = 'warehouse';
export const LOGIN = { username: 'revmeta', password: 'Sn0w-Pa55-never-print' };

export async function startFake(options: FakeSnowflakeOptions = {}): Promise<FakeSnowflake> {
  return startFakeSnowflake({ users: { [LOGIN.username]: { password: LOGIN.password } }, ...options });
}

/** The `connection:` block for the fake, password login. */
export function connectionFor(fake: FakeSnowflake, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { account: 'fake', username: LOGIN.username, password: LOGIN.password, accessUrl: fake.url, connectionRetries: 0, ...extra };
}

/** Runs set-up SQL on the fake as SYSADMIN (not through revmeta). */
export function seed(fake: FakeSnowflake, statements: readonly string[]): void {
  for (const sql of statements) fake.engine.run(sql, { role: 'SYSADMIN' });
  // Set-up statements are not what revmeta sent.
  fake.statements.length = 0;
}

export function driverFor(fake: FakeSnowflake, tags?: { schema?: string; create?: boolean }, extra: Record<string, unknown> = {}): SnowflakeDriver {
  return createDriver({ service: SERVICE, connection: connectionFor(fake, extra), configDir: '/', ...(tags ? { tags } : {}) });
}

/** A manifest document of the exporter's shape. */
export type Doc = Record<string, unknown>;

export function database(name: string, fields: Doc = {}): Doc {
  return { apiVersion: 'revmeta/v1', kind: 'Database', service: SERVICE, name, ...fields };
}

export function schema(databaseName: string, name: string, fields: Doc = {}, tables: Record<string, Doc> = {}): Doc {
  return { apiVersion: 'revmeta/v1', kind: 'Schema', service: SERVICE, database: databaseName, name, ...fields, tables };
}

export interface ServiceOptions {
  connection?: Record<string, unknown>;
  tags?: Record<string, unknown>;
  owners?: Record<string, unknown>;
  sync?: string[];
}

/** Writes revmeta.yaml and manifests for one snowflake service on the fake; returns the config file. */
export async function workspaceFor(fake: FakeSnowflake, documents: Doc[], options: ServiceOptions = {}): Promise<string> {
  const service: Record<string, unknown> = { type: 'snowflake', connection: options.connection ?? connectionFor(fake, { password: '${SF_PASSWORD}' }) };
  if (options.tags) service['tags'] = options.tags;
  if (options.owners) service['owners'] = options.owners;
  if (options.sync) service['sync'] = options.sync;
  return serviceWorkspace(service, documents);
}

/** Writes revmeta.yaml with the one service `service` and the documents, a file each; returns the config file. */
export async function serviceWorkspace(service: Record<string, unknown>, documents: Doc[]): Promise<string> {
  return writeWorkspace({
    config: { version: 1, services: { [SERVICE]: service } },
    manifests: Object.fromEntries(documents.map((document, index) => [`${SERVICE}/doc${index}.yaml`, [document]])),
  });
}

export const ENV = { SF_PASSWORD: LOGIN.password };

/** Plans a workspace as `revmeta plan` does; the caller closes it. */
export async function plan(config: string, env: Record<string, string | undefined> = ENV): Promise<PlannedWorkspace> {
  return planWorkspace(await loadWorkspace(config, env));
}

export interface Converged {
  first: PlannedWorkspace['plan'];
  applied: ApplyResult;
  second: PlannedWorkspace['plan'];
}

/** plan → apply → plan again, through the real driver. */
export async function converge(config: string, env: Record<string, string | undefined> = ENV): Promise<Converged> {
  const planned = await plan(config, env);
  let applied: ApplyResult;
  try {
    applied = await applyChanges(planned.plan, planned.targets);
  } finally {
    await planned.close();
  }
  const again = await plan(config, env);
  await again.close();
  return { first: planned.plan, applied, second: again.plan };
}
