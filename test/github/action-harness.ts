/**
 * What the tests of the Action share (action.test.ts runs the bundle as the runner does,
 * action-stepped.test.ts runs it in this process): a temporary root, embedded Postgres (PGlite)
 * and the fake GitHub API, started once per test file; pull-request events; merged pull requests;
 * the step's outputs as the runner writes them.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { pgliteEngine, type TestEngine } from '../e2e/engines.js';
import { FakeGitHub } from './fake-github.js';

/** The head commit the pull-request events name. */
export const HEAD = 'abcdef1234567890';

export interface ActionHarness {
  /** A temporary folder, removed after the file's tests. */
  root: string;
  engine: TestEngine;
  fake: FakeGitHub;
}

/** Starts the harness before the file's tests and stops it after them; its fields are set once `beforeAll` has run. */
export function useActionHarness(prefix: string): ActionHarness {
  const harness = {} as ActionHarness;
  beforeAll(async () => {
    harness.root = await mkdtemp(path.join(os.tmpdir(), prefix));
    harness.engine = await pgliteEngine();
    harness.fake = await new FakeGitHub().start();
  });
  afterAll(async () => {
    await harness.fake?.close();
    await harness.engine?.close();
    if (harness.root) await rm(harness.root, { recursive: true, force: true });
  });
  return harness;
}

/** A `pull_request` event of pull request `number`, at HEAD. */
export const pullRequestEvent = (number: number) => ({
  number,
  pull_request: {
    number,
    head: { sha: HEAD, repo: { full_name: 'o/r' } },
    base: { repo: { full_name: 'o/r' } },
  },
  repository: { full_name: 'o/r', default_branch: 'main' },
});

/** Pull request `number`, merged: its merge commit is `merge<number>` and its head the commit the plan event names. */
export function mergedPullRequest(fake: FakeGitHub, number: number): string {
  const sha = `merge${number}`;
  fake.addPull({ number, state: 'closed', merged_at: '2024-05-01T00:00:00Z', merge_commit_sha: sha, head: { ref: `feature-${number}`, label: `o:feature-${number}`, sha: HEAD } });
  fake.commitPulls.set(sha, [number]);
  return sha;
}

/** GITHUB_OUTPUT as @actions/core writes it: `name<<delimiter`, the value, the delimiter. */
export function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const pattern = /^(.+?)<<(ghadelimiter_[\w-]+)\n([\s\S]*?)\n\2$/gm;
  for (const match of text.matchAll(pattern)) outputs[match[1]!] = match[3]!;
  return outputs;
}
