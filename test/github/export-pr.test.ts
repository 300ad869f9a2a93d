/**
 * The export pull request against a real git repository (a bare repository as `origin`) and
 * the fake GitHub API, with a fake exporter standing in for `revmeta export`.
 */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadWorkspace, type Workspace } from '../../src/core/workspace.js';
import { createGitHubClient, type GitHubClient } from '../../src/github/client.js';
import type { ExportRunner } from '../../src/core/export.js';
import { DEFAULT_EXPORT_BRANCH, exportPullRequest } from '../../src/github/export-pr.js';
import { FakeGitHub, noWaitLimiter } from './fake-github.js';

const run = promisify(execFile);

async function git(cwd: string, ...args: string[]): Promise<string> {
  const { stdout } = await run('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', '-c', 'init.defaultBranch=main', ...args], { cwd });
  return stdout.trim();
}

const CONFIG = 'version: 1\nmanifests: metadata\nservices:\n  warehouse:\n    type: postgres\n    connection: { embedded: .revmeta/pgdata }\n';
const DATABASE = 'apiVersion: revmeta/v1\nkind: Database\nservice: warehouse\nname: shop\ndescription: Shop\n';

let root: string;
let origin: string;
let work: string;
let fake: FakeGitHub;
let octokit: GitHubClient;
let workspace: Workspace;

beforeEach(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'revmeta-export-'));
  origin = path.join(root, 'origin.git');
  work = path.join(root, 'work');
  await mkdir(origin);
  await git(origin, 'init', '--bare', '-b', 'main');
  await git(root, 'clone', origin, work);
  await writeFile(path.join(work, 'revmeta.yaml'), CONFIG);
  await mkdir(path.join(work, 'metadata', 'warehouse'), { recursive: true });
  await writeFile(path.join(work, 'metadata', 'warehouse', 'shop.yaml'), DATABASE);
  await git(work, 'checkout', '-b', 'main');
  await git(work, 'add', '-A');
  await git(work, 'commit', '-m', 'initial manifests');
  await git(work, 'push', 'origin', 'main');
  workspace = await loadWorkspace(path.join(work, 'revmeta.yaml'), {});
  fake = await new FakeGitHub().start();
  octokit = createGitHubClient({ token: 't', baseUrl: fake.url, retryAfterBaseValue: 1, throttle: { write: noWaitLimiter as never, notifications: noWaitLimiter as never } });
});

afterEach(async () => {
  await fake.close();
  await rm(root, { recursive: true, force: true });
});

/** A fake exporter: writes the given manifests (relative to the manifests folder) and reports them. */
function exporter(files: Record<string, string>, summary: string): ExportRunner & { calls: number } {
  const runner = Object.assign(
    async (ws: Workspace) => {
      runner.calls++;
      for (const [file, text] of Object.entries(files)) {
        await mkdir(path.dirname(path.join(ws.config.manifests, file)), { recursive: true });
        await writeFile(path.join(ws.config.manifests, file), text);
      }
      return { filesChanged: Object.keys(files), summary };
    },
    { calls: 0 },
  );
  return runner;
}

const options = () => ({ owner: 'o', repo: 'r', workspace, octokit, dir: work });

describe('export pull request', () => {
  it('commits only the manifests to the export branch, pushes it, and opens a PR against the checked-out branch', async () => {
    await writeFile(path.join(work, 'notes.txt'), 'not a manifest: never committed');
    const runExport = exporter(
      { 'warehouse/shop.yaml': DATABASE.replace('Shop', 'The shop'), 'warehouse/shop/public.yaml': 'apiVersion: revmeta/v1\nkind: Schema\n' },
      '1 database description changed, 1 schema added.',
    );
    const result = await exportPullRequest({ ...options(), runExport });
    expect(runExport.calls).toBe(1);
    expect(result).toMatchObject({
      status: 'created',
      files: ['metadata/warehouse/shop.yaml', 'metadata/warehouse/shop/public.yaml'],
      pushed: true,
      pullRequest: { number: 1 },
    });

    // The remote branch: one commit on top of main, the two manifests, by the Actions bot.
    const mainSha = await git(origin, 'rev-parse', 'main');
    expect(await git(origin, 'rev-parse', `${DEFAULT_EXPORT_BRANCH}^`)).toBe(mainSha);
    expect(await git(origin, 'rev-parse', DEFAULT_EXPORT_BRANCH)).toBe(result.commit);
    expect((await git(origin, 'show', '--name-only', '--format=', DEFAULT_EXPORT_BRANCH)).split('\n').sort()).toEqual(result.files);
    expect(await git(origin, 'log', '-1', '--format=%an <%ae>%n%B', DEFAULT_EXPORT_BRANCH)).toBe(
      'github-actions[bot] <41898282+github-actions[bot]@users.noreply.github.com>\nrevmeta: update manifests from OpenMetadata\n\n1 database description changed, 1 schema added.',
    );
    expect(await git(origin, 'show', `${DEFAULT_EXPORT_BRANCH}:metadata/warehouse/shop.yaml`)).toContain('The shop');

    // The PR: head the export branch, base main, the summary and the files in the body.
    expect(fake.pulls).toHaveLength(1);
    const pull = fake.pulls[0]!;
    expect(pull).toMatchObject({ head: { ref: DEFAULT_EXPORT_BRANCH }, base: { ref: 'main' }, title: 'revmeta: update manifests from OpenMetadata' });
    expect(pull.body).toContain('1 database description changed, 1 schema added.');
    expect(pull.body).toContain('- `metadata/warehouse/shop/public.yaml`');
    expect(pull.body.match(/<details>/g)?.length).toBe(pull.body.match(/<\/details>/g)?.length);

    // The checkout is back on main, as found; the stray file is still there, uncommitted.
    expect(await git(work, 'rev-parse', '--abbrev-ref', 'HEAD')).toBe('main');
    expect(await git(work, 'status', '--porcelain')).toBe('?? notes.txt');
    expect(await git(origin, 'rev-parse', 'main')).toBe(mainSha);
  });

  it('rebuilds the branch on the next export and updates the same PR instead of opening another', async () => {
    await exportPullRequest({ ...options(), runExport: exporter({ 'warehouse/shop.yaml': DATABASE.replace('Shop', 'First') }, 'first export') });
    const first = await git(origin, 'rev-parse', DEFAULT_EXPORT_BRANCH);

    const second = await exportPullRequest({ ...options(), runExport: exporter({ 'warehouse/shop.yaml': DATABASE.replace('Shop', 'Second') }, 'second export') });
    expect(second).toMatchObject({ status: 'updated', pushed: true, pullRequest: { number: 1 } });
    const head = await git(origin, 'rev-parse', DEFAULT_EXPORT_BRANCH);
    expect(head).not.toBe(first);
    // Force-pushed from main: one export commit, not a pile of them.
    expect(await git(origin, 'rev-parse', `${DEFAULT_EXPORT_BRANCH}^`)).toBe(await git(origin, 'rev-parse', 'main'));
    expect(fake.pulls).toHaveLength(1);
    expect(fake.pulls[0]!.body).toContain('second export');

    // The same export again: nothing is pushed, the PR stays.
    const third = await exportPullRequest({ ...options(), runExport: exporter({ 'warehouse/shop.yaml': DATABASE.replace('Shop', 'Second') }, 'second export') });
    expect(third).toMatchObject({ status: 'updated', pushed: false, pullRequest: { number: 1 } });
    expect(await git(origin, 'rev-parse', DEFAULT_EXPORT_BRANCH)).toBe(head);
    expect(fake.pulls).toHaveLength(1);
  });

  it('opens no PR and pushes nothing when the export rewrites the manifests byte for byte', async () => {
    const result = await exportPullRequest({ ...options(), runExport: exporter({ 'warehouse/shop.yaml': DATABASE }, 'no change') });
    expect(result).toMatchObject({ status: 'no-changes', files: [] });
    expect(fake.pulls).toHaveLength(0);
    expect(fake.requests).toHaveLength(0);
    await expect(git(origin, 'rev-parse', '--verify', '--quiet', DEFAULT_EXPORT_BRANCH)).rejects.toThrow();
  });

  it('masks secrets in the PR body and refuses a detached checkout without a base', async () => {
    const runExport = exporter({ 'warehouse/shop.yaml': DATABASE.replace('Shop', 'x') }, 'exported with token tok-SECRET-123');
    await exportPullRequest({ ...options(), runExport, redact: (text) => text.replaceAll('tok-SECRET-123', '***') });
    expect(fake.pulls[0]!.body).toContain('exported with token ***');

    await git(work, 'checkout', '--detach');
    await expect(exportPullRequest({ ...options(), runExport })).rejects.toThrow(/detached HEAD/);
    expect(await readFile(path.join(work, 'metadata', 'warehouse', 'shop.yaml'), 'utf8')).toBe(DATABASE);
  });
});
