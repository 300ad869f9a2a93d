/**
 * What the end-to-end tests of the Databricks connectors (databricks and unitycatalog:
 * convergence, examples) share: the fake Thrift endpoint over HTTPS, started per test and
 * stopped after it, the CLI runs of a plan → apply → plan-nothing round, and the checks of
 * an example's config.
 */
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { runCli } from '../../e2e/cli.js';
import { createCertificate, FakeDatabricksServer, removeCertificate, type Certificate, type FakeServerOptions } from './fake/server.js';
import type { FakeWorkspace } from './fake/workspace.js';

export interface FakeServers {
  /** Starts the fake endpoint on `workspace` for the running test (stopped after it). */
  start(workspace: FakeWorkspace, options?: Omit<Partial<FakeServerOptions>, 'workspace' | 'certificate'>): Promise<FakeDatabricksServer>;
}

/**
 * Registers the hooks of the tests in scope (the file, or the describe block it is called in):
 * one self-signed certificate for them all, and the server a test started stopped after it.
 */
export function useFakeServers(): FakeServers {
  let certificate: Certificate;
  let server: FakeDatabricksServer | undefined;
  beforeAll(() => {
    certificate = createCertificate();
  });
  afterAll(() => {
    removeCertificate(certificate);
  });
  afterEach(async () => {
    await server?.stop();
    server = undefined;
  });
  return {
    async start(workspace, options = {}) {
      server = await new FakeDatabricksServer({ workspace, certificate, ...options }).start();
      return server;
    },
  };
}

type Env = Record<string, string>;

/** `revmeta plan` of the config `file` finds changes (exit code 2), with no conflict and no warning. */
export async function expectCleanPlan(file: string, env: Env): Promise<void> {
  const planned = await runCli(['plan', '-c', file, '--format', 'json', '--detailed-exitcode'], { env });
  expect(planned.stderr).toBe('');
  expect(planned.code).toBe(2);
  const plan = JSON.parse(planned.stdout) as { conflicts: unknown[]; warnings: unknown[] };
  expect(plan.conflicts).toEqual([]);
  expect(plan.warnings).toEqual([]);
}

/** `revmeta apply --auto-approve` of `file` succeeds, with nothing on stderr. */
export async function expectApplied(file: string, env: Env): Promise<void> {
  const applied = await runCli(['apply', '-c', file, '--auto-approve'], { env });
  expect(applied.stderr).toBe('');
  expect(applied.code).toBe(0);
}

/** `revmeta plan` of `file` finds nothing to do (exit code 0), with nothing on stderr. */
export async function expectNoChanges(file: string, env: Env): Promise<void> {
  const again = await runCli(['plan', '-c', file, '--detailed-exitcode'], { env });
  expect(again.stderr).toBe('');
  expect(again.stdout).toContain('No changes.');
  expect(again.code).toBe(0);
}

/**
 * An example config's text names every connection option of `schema` (set, or as a
 * commented-out line: token and OAuth exclude each other), and its secrets, commented out or
 * not, as environment variables.
 */
export function expectEveryConnectionOption(text: string, schema: { properties?: unknown }): void {
  for (const option of Object.keys(schema.properties as object)) {
    expect(text, option).toMatch(new RegExp(`^\\s*(# )?${option}: `, 'm'));
  }
  for (const secret of ['clientSecret', 'token']) expect(text).toMatch(new RegExp(`^\\s*(# )?${secret}: \\$\\{[A-Z_]+\\}`, 'm'));
}
