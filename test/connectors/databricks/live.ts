/**
 * Shared by the opt-in live tests of Unity Catalog (../unitycatalog/live.test.ts) and of the
 * legacy Hive metastore (./live.test.ts): which environment variables enable them, the
 * `connection:` block they make of those, and plan → apply → plan through the same core as
 * the CLI. See docs/connectors/unitycatalog.md and docs/connectors/databricks.md, "Tests".
 *
 *   REVMETA_LIVE_DATABRICKS_HOST           workspace host name (Server hostname of the warehouse)
 *   REVMETA_LIVE_DATABRICKS_HTTP_PATH      HTTP path of a SQL warehouse or cluster
 *   REVMETA_LIVE_DATABRICKS_TOKEN          a personal access token, or instead:
 *   REVMETA_LIVE_DATABRICKS_CLIENT_ID      OAuth machine-to-machine: a service principal's
 *   REVMETA_LIVE_DATABRICKS_CLIENT_SECRET  application id and OAuth secret
 *   REVMETA_LIVE_DATABRICKS_OWNER          optional: a group the test principal belongs to,
 *                                          which the test hands its objects to
 *   REVMETA_LIVE_DATABRICKS_PORT           optional: port (default 443)
 *   REVMETA_LIVE_DATABRICKS_CA_CERT_PATH   optional: an extra CA to trust (a TLS-inspecting proxy;
 *                                          or, with the port, the fake server, to check these tests)
 */
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { applyChanges } from '../../../src/apply/apply.js';
import { loadWorkspace, planWorkspace, type PlannedWorkspace } from '../../../src/core/workspace.js';
import type { ApplyResult } from '../../../src/plan/types.js';

export const SERVICE = 'live';

export const LIVE_VARIABLES = {
  host: 'REVMETA_LIVE_DATABRICKS_HOST',
  httpPath: 'REVMETA_LIVE_DATABRICKS_HTTP_PATH',
  token: 'REVMETA_LIVE_DATABRICKS_TOKEN',
  clientId: 'REVMETA_LIVE_DATABRICKS_CLIENT_ID',
  clientSecret: 'REVMETA_LIVE_DATABRICKS_CLIENT_SECRET',
  port: 'REVMETA_LIVE_DATABRICKS_PORT',
  caCertPath: 'REVMETA_LIVE_DATABRICKS_CA_CERT_PATH',
} as const;

export const OWNER_VARIABLE = 'REVMETA_LIVE_DATABRICKS_OWNER';

const env = process.env;

function isSet(variable: string): boolean {
  return (env[variable] ?? '') !== '';
}

/**
 * Why the live test cannot run here, or null when it can: the workspace variables, one way to
 * authenticate, and the connector's own `required` variables.
 */
export function liveSkipReason(required: readonly string[]): string | null {
  const missing = [LIVE_VARIABLES.host, LIVE_VARIABLES.httpPath, ...required].filter((variable) => !isSet(variable));
  const oauth = isSet(LIVE_VARIABLES.clientId) && isSet(LIVE_VARIABLES.clientSecret);
  if (!isSet(LIVE_VARIABLES.token) && !oauth) missing.push(`${LIVE_VARIABLES.token} (or ${LIVE_VARIABLES.clientId} with ${LIVE_VARIABLES.clientSecret})`);
  return missing.length === 0 ? null : `set ${missing.join(', ')} to run it`;
}

/**
 * The `connection:` block of the live service, host, path and credentials as `${VAR}`s (so
 * each one is a secret revmeta masks in its output). A token wins over an OAuth client.
 */
export function liveConnection(extra: Record<string, unknown> = {}): Record<string, unknown> {
  const block: Record<string, unknown> = { host: `\${${LIVE_VARIABLES.host}}`, httpPath: `\${${LIVE_VARIABLES.httpPath}}` };
  if (isSet(LIVE_VARIABLES.token)) block.token = `\${${LIVE_VARIABLES.token}}`;
  else {
    block.clientId = `\${${LIVE_VARIABLES.clientId}}`;
    block.clientSecret = `\${${LIVE_VARIABLES.clientSecret}}`;
  }
  // Not secrets: written as they are (the CA file as an absolute path, whichever folder the config is in).
  if (isSet(LIVE_VARIABLES.port)) block.port = env[LIVE_VARIABLES.port];
  if (isSet(LIVE_VARIABLES.caCertPath)) block.caCertPath = path.resolve(env[LIVE_VARIABLES.caCertPath]!);
  return { ...block, ...extra };
}

/** The same block with the values themselves, for a driver opened outside a workspace (set-up, read-back). */
export function expandedConnection(extra: Record<string, unknown> = {}): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(liveConnection(extra)).map(([key, value]) => {
      const variable = typeof value === 'string' ? /^\$\{(.+)\}$/.exec(value)?.[1] : undefined;
      return [key, variable === undefined ? value : env[variable]];
    }),
  );
}

/** A throwaway schema name: lower case (Unity Catalog and the Hive metastore store names so) and unique per run. */
export function throwawaySchemaName(): string {
  return `revmeta_live_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
}

export interface Converged {
  first: PlannedWorkspace['plan'];
  applied: ApplyResult;
  second: PlannedWorkspace['plan'];
}

/** plan → apply → plan again, as `revmeta plan` and `revmeta apply` do it, with the process environment. */
export async function converge(config: string): Promise<Converged> {
  const planned = await planWorkspace(await loadWorkspace(config, env));
  let applied: ApplyResult;
  try {
    applied = await applyChanges(planned.plan, planned.targets);
  } finally {
    await planned.close();
  }
  const again = await planWorkspace(await loadWorkspace(config, env));
  await again.close();
  return { first: planned.plan, applied, second: again.plan };
}

/** The failed changes of an apply, as readable lines (for an assertion message that says why). */
export function failures(applied: ApplyResult): string[] {
  return applied.results.filter((result) => result.status === 'failed').map((result) => `${result.statement ?? '?'}: ${result.error ?? '?'}`);
}
