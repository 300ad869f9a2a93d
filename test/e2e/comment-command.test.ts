/** `revmeta comment --plan plan.json` through the CLI: the sticky comment, created then updated. */
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { FakeGitHub } from '../github/fake-github.js';
import { runCli, writeWorkspace } from './cli.js';
import { pgliteEngine, type TestEngine } from './engines.js';

let engine: TestEngine;
let fake: FakeGitHub;

beforeAll(async () => {
  engine = await pgliteEngine();
  await engine.createDatabase('shop');
  await engine.exec('shop', 'CREATE TABLE orders (id int)');
  fake = await new FakeGitHub().start();
});
afterAll(async () => {
  await fake.close();
  await engine.close();
});

it('posts the saved plan on the pull request once, and updates that comment on the next run', async () => {
  const config = await writeWorkspace({
    config: { version: 1, services: { warehouse: { type: 'postgres', connection: engine.connection } } },
    manifests: {
      'warehouse/shop.yaml': [
        { apiVersion: 'revmeta/v1', kind: 'Schema', service: 'warehouse', database: 'shop', name: 'public', tables: { orders: { description: 'Orders' } } },
      ],
    },
  });
  const planFile = path.join(path.dirname(config), 'plan.json');
  expect((await runCli(['plan', '-c', config, '--out', planFile])).code).toBe(0);
  const env = { GITHUB_TOKEN: 'token-never-printed', GITHUB_REPOSITORY: 'o/r', GITHUB_API_URL: fake.url };

  const first = await runCli(['comment', '--plan', planFile, '--pr', '7', '-c', config], { env });
  expect(first.stderr).toBe('');
  expect(first.code).toBe(0);
  expect(first.stdout).toMatch(/^Plan comment created on pull request #7/);
  const second = await runCli(['comment', '--plan', planFile, '--pr', '7', '-c', config], { env });
  expect(second.stdout).toMatch(/^Plan comment (updated|unchanged) on pull request #7/);

  const comments = fake.comments.get(7) ?? [];
  expect(comments).toHaveLength(1);
  expect(comments[0]!.body).toContain('<!-- revmeta:plan');
  expect(comments[0]!.body).toContain(`COMMENT ON TABLE "public"."orders" IS 'Orders'`);
  expect(first.stdout + second.stdout).not.toContain('token-never-printed');

  const noPr = await runCli(['comment', '--plan', planFile, '-c', config], { env });
  expect(noPr.code).toBe(1);
  expect(noPr.stderr).toContain('no pull request');
});
