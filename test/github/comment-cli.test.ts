/** `revmeta comment --plan plan.json` (postPlanComment): the Action's sticky comment from a saved plan. */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { redactor } from '../../src/model/redact.js';
import { createGitHubClient } from '../../src/github/client.js';
import { markerConfigPath, postPlanComment } from '../../src/github/comment-cli.js';
import { assemblePlan } from '../../src/plan/assemble.js';
import { renderJson } from '../../src/plan/render/json.js';
import { withStatements, type ChangeWithSql } from '../plan-statements.js';
import { FakeGitHub, noWaitLimiter } from './fake-github.js';

let dir: string;
let fake: FakeGitHub;
let planFile: string;

const change = (after: string): ChangeWithSql => ({
  service: 'warehouse',
  object: { kind: 'table', database: 'db', schema: 's', table: 't' },
  field: 'description',
  action: 'set',
  before: null,
  after,
  sql: [`COMMENT ON TABLE "s"."t" IS '${after}'`],
});

async function savePlan(after: string): Promise<void> {
  const plan = assemblePlan({
    manifestsDigest: 'sha256:m',
    configDigest: 'sha256:c',
    services: [{ name: 'warehouse', type: 'postgres', plan: { ...withStatements([change(after)]), conflicts: [], warnings: [], observedDigest: 'sha256:o' } }],
  });
  await writeFile(planFile, renderJson(plan));
}

beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'revmeta-comment-cli-'));
  planFile = path.join(dir, 'plan.json');
  fake = await new FakeGitHub().start();
});
afterEach(async () => {
  await fake.close();
  await rm(dir, { recursive: true, force: true });
});

function env(extra: Record<string, string> = {}): Record<string, string> {
  return { GITHUB_TOKEN: 'tok', GITHUB_REPOSITORY: 'o/r', GITHUB_API_URL: fake.url, GITHUB_WORKSPACE: dir, ...extra };
}

describe('postPlanComment', () => {
  it('posts the saved plan on the event PR, then updates the same comment', async () => {
    const event = path.join(dir, 'event.json');
    await writeFile(event, JSON.stringify({ pull_request: { number: 31 } }));
    await savePlan('first');
    const first = await postPlanComment({ planFile, config: path.join(dir, 'revmeta.yaml'), env: env({ GITHUB_EVENT_PATH: event }) });
    expect(first).toMatchObject({ action: 'created', pr: 31, detail: 'full' });
    await savePlan('second');
    const second = await postPlanComment({ planFile, config: path.join(dir, 'revmeta.yaml'), env: env({ GITHUB_EVENT_PATH: event }) });
    expect(second).toMatchObject({ action: 'updated', id: first.id });
    const comments = fake.comments.get(31)!;
    expect(comments).toHaveLength(1);
    // The same marker as the Action's for this config, so the two share one comment.
    expect(comments[0]!.body.startsWith('<!-- revmeta:plan config=revmeta.yaml services=* -->\n### revmeta plan · revmeta.yaml')).toBe(true);
    expect(comments[0]!.body).toContain(`COMMENT ON TABLE "s"."t" IS 'second';`);
  });

  it('takes --pr and --service, and masks secrets', async () => {
    await savePlan('the token is sekrit-value');
    const client = createGitHubClient({ token: 'tok', baseUrl: fake.url, throttle: { write: noWaitLimiter as never, notifications: noWaitLimiter as never } });
    const result = await postPlanComment({ planFile, pr: 5, services: ['warehouse'], redact: redactor(['sekrit-value']), env: env(), client });
    expect(result).toMatchObject({ action: 'created', pr: 5 });
    const body = fake.comments.get(5)![0]!.body;
    expect(body.startsWith('<!-- revmeta:plan config=revmeta.yaml services=warehouse -->\n### revmeta plan · revmeta.yaml · warehouse')).toBe(true);
    expect(body).not.toContain('sekrit-value');
  });

  it('says what is missing: a token, the repository, a PR, a plan', async () => {
    await savePlan('x');
    await expect(postPlanComment({ planFile, pr: 1, env: {} })).rejects.toThrow(/needs GITHUB_TOKEN/);
    await expect(postPlanComment({ planFile, pr: 1, env: { GITHUB_TOKEN: 't' } })).rejects.toThrow(/needs GITHUB_REPOSITORY/);
    await expect(postPlanComment({ planFile, env: env() })).rejects.toThrow(/pass --pr <number>/);
    await expect(postPlanComment({ planFile: path.join(dir, 'none.json'), pr: 1, env: env() })).rejects.toThrow(/cannot read the plan/);
    await writeFile(planFile, '{"hello": 1}');
    await expect(postPlanComment({ planFile, pr: 1, env: env() })).rejects.toThrow(/not a revmeta plan/);
    expect(fake.requests).toHaveLength(0);
  });

  it('names the config relative to the repository root', () => {
    expect(markerConfigPath('/repo/infra/revmeta.yaml', '/repo')).toBe('infra/revmeta.yaml');
    expect(markerConfigPath('/elsewhere/revmeta.yaml', '/repo')).toBe('/elsewhere/revmeta.yaml');
  });
});
