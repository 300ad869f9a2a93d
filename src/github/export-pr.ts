/**
 * Export as a pull request, as changesets/action keeps its release PR: run the exporter in
 * the checkout, commit what changed under the manifests folder to one bot branch, push it,
 * and open the PR or update the one already open. The branch is the bot's: every export
 * rebuilds it from the base branch and force-pushes (with a lease), so the PR always shows
 * "base + the latest export" and never a pile of stale export commits.
 */
import path from 'node:path';
import { simpleGit, type SimpleGit } from 'simple-git';
import type { Redactor } from '../model/redact.js';
import type { Workspace } from '../core/workspace.js';
import type { ExportRunner } from '../core/export.js';
import type { GitHubClient, Repository } from './client.js';
import { COMMENT_LIMIT } from './comment.js';

export const DEFAULT_EXPORT_BRANCH = 'revmeta/export';
export const DEFAULT_EXPORT_TITLE = 'revmeta: update manifests from OpenMetadata';
/** The identity GitHub shows for commits made with GITHUB_TOKEN. */
export const ACTIONS_BOT = { name: 'github-actions[bot]', email: '41898282+github-actions[bot]@users.noreply.github.com' };

export interface ExportPullRequestOptions extends Repository {
  workspace: Workspace;
  runExport: ExportRunner;
  octokit: GitHubClient;
  /** The git checkout the workspace lives in. */
  dir: string;
  /** The branch the PR targets; default: the branch checked out in `dir`. */
  base?: string;
  branch?: string;
  remote?: string;
  title?: string;
  author?: { name: string; email: string };
  redact?: Redactor;
  log?: (message: string) => void;
}

export interface ExportPullRequestResult {
  status: 'no-changes' | 'created' | 'updated';
  /** Changed paths relative to the repository root, as git reports them. */
  files: string[];
  summary: string;
  commit?: string;
  /** False when the branch already held exactly this content (nothing was pushed). */
  pushed?: boolean;
  pullRequest?: { number: number; url: string };
}

export async function exportPullRequest(options: ExportPullRequestOptions): Promise<ExportPullRequestResult> {
  const log = options.log ?? (() => undefined);
  const redact = options.redact ?? ((text: string) => text);
  const branch = options.branch ?? DEFAULT_EXPORT_BRANCH;
  const remote = options.remote ?? 'origin';
  const author = options.author ?? ACTIONS_BOT;
  // -c rather than GIT_* variables: simple-git strips guarded GIT_* variables from the environment.
  const git = simpleGit({ baseDir: options.dir, config: [`user.name=${author.name}`, `user.email=${author.email}`] });
  const root = (await git.revparse(['--show-toplevel'])).trim();
  const base = options.base ?? (await currentBranch(git));
  const manifests = toGitPath(path.relative(root, options.workspace.config.manifests));

  const exported = await options.runExport(options.workspace);
  const files = await changedFiles(git, manifests);
  if (files.length === 0) {
    log(`Export changed nothing under ${manifests}: no pull request.`);
    return { status: 'no-changes', files, summary: exported.summary };
  }
  log(`Export changed ${files.length} file(s) under ${manifests}; committing to ${branch}.`);

  await git.checkout(['-B', branch]);
  await git.add(['-A', '--', manifests]);
  await git.commit(commitMessage(options.title ?? DEFAULT_EXPORT_TITLE, exported.summary));
  const commit = (await git.revparse(['HEAD'])).trim();
  const pushed = await pushBranch(git, remote, branch);
  // Leave the checkout on its branch, as found; the export is in the commit now.
  await git.checkout(base);

  const title = options.title ?? DEFAULT_EXPORT_TITLE;
  const body = redact(pullRequestBody(exported.summary, files));
  const pullRequest = await upsertPullRequest(options.octokit, options, { branch, base, title, body });
  log(`${pullRequest.created ? 'Opened' : 'Updated'} pull request #${pullRequest.number}: ${pullRequest.url}`);
  return {
    status: pullRequest.created ? 'created' : 'updated',
    files,
    summary: exported.summary,
    commit,
    pushed,
    pullRequest: { number: pullRequest.number, url: pullRequest.url },
  };
}

async function currentBranch(git: SimpleGit): Promise<string> {
  const name = (await git.revparse(['--abbrev-ref', 'HEAD'])).trim();
  if (name === 'HEAD') throw new Error('the checkout is on a detached HEAD: say which branch the export PR targets (base)');
  return name;
}

/** Paths under `folder` that differ from HEAD, new files included, as git sees them (byte-identical rewrites are not changes). */
async function changedFiles(git: SimpleGit, folder: string): Promise<string[]> {
  const status = await git.status(['--untracked-files=all', '--', folder === '' ? '.' : folder]);
  return [...new Set(status.files.map((file) => file.path))].sort();
}

/**
 * Force-pushes the branch, unless the remote branch already has this exact tree (a scheduled
 * export that found the same changes as yesterday pushes nothing). The lease refuses to
 * overwrite a push made between our look and our push.
 */
async function pushBranch(git: SimpleGit, remote: string, branch: string): Promise<boolean> {
  const remoteSha = (await git.listRemote(['--heads', remote, `refs/heads/${branch}`])).split(/\s+/)[0] ?? '';
  if (remoteSha) {
    await git.fetch(remote, `refs/heads/${branch}`);
    const [theirs, ours] = await Promise.all([git.revparse([`${remoteSha}^{tree}`]), git.revparse(['HEAD^{tree}'])]);
    const [theirParent, ourParent] = await Promise.all([parentOf(git, remoteSha), parentOf(git, 'HEAD')]);
    if (theirs.trim() === ours.trim() && theirParent === ourParent) return false;
  }
  await git.push(remote, `HEAD:refs/heads/${branch}`, [`--force-with-lease=refs/heads/${branch}:${remoteSha}`]);
  return true;
}

async function parentOf(git: SimpleGit, commit: string): Promise<string> {
  return (await git.raw(['rev-list', '--parents', '-n', '1', commit])).trim().split(/\s+/).slice(1).join(' ');
}

function commitMessage(title: string, summary: string): string {
  return summary.trim() ? `${title}\n\n${summary.trim()}\n` : `${title}\n`;
}

const MAX_LISTED_FILES = 100;

function pullRequestBody(summary: string, files: readonly string[]): string {
  const listed = files.slice(0, MAX_LISTED_FILES).map((file) => `- \`${file.replaceAll('`', '')}\``);
  if (files.length > MAX_LISTED_FILES) listed.push(`- … and ${files.length - MAX_LISTED_FILES} more`);
  const rest = [
    '',
    '<details>',
    `<summary>${files.length} file(s) changed</summary>`,
    '',
    ...listed,
    '',
    '</details>',
    '',
    '<sub>Opened by `revmeta export`. The branch is rebuilt from the base branch on every export; commit fixes on another branch.</sub>',
    '',
  ].join('\n');
  return `${fitSummary(summary.trim() || 'The OpenMetadata export changed the manifests.', COMMENT_LIMIT - rest.length - 1)}\n${rest}`;
}

/** PR bodies have the comment limit too: a runaway summary is cut at a line, never the file list. */
function fitSummary(summary: string, max: number): string {
  if (summary.length <= max) return summary;
  const note = '\n\n… (the rest of the export summary is cut: it is too long for a pull request body)';
  const cut = summary.slice(0, max - note.length);
  const lastLine = cut.lastIndexOf('\n');
  return `${lastLine > 0 ? cut.slice(0, lastLine) : cut}${note}`;
}

interface PullRequestSpec {
  branch: string;
  base: string;
  title: string;
  body: string;
}

async function upsertPullRequest(
  octokit: GitHubClient,
  repository: Repository,
  spec: PullRequestSpec,
): Promise<{ number: number; url: string; created: boolean }> {
  const { owner, repo } = repository;
  const open = await octokit.rest.pulls.list({ owner, repo, state: 'open', head: `${owner}:${spec.branch}`, base: spec.base, per_page: 1 });
  const existing = open.data[0];
  if (existing) {
    const { data } = await octokit.rest.pulls.update({ owner, repo, pull_number: existing.number, title: spec.title, body: spec.body });
    return { number: data.number, url: data.html_url, created: false };
  }
  const { data } = await octokit.rest.pulls.create({ owner, repo, head: spec.branch, base: spec.base, title: spec.title, body: spec.body });
  return { number: data.number, url: data.html_url, created: true };
}

function toGitPath(relative: string): string {
  return relative.split(path.sep).join('/');
}
