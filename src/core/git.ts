/**
 * The git processes `--changed-since` runs: the repository and the commit, the files changed
 * since it, and a file's version in it. A version is written by git straight into a temporary
 * file, read in place (byte-text.ts): an 11 MB version piped into node costs ~100 ms of CPU in
 * 64 KiB chunks of fresh memory, written to a file it costs node nothing.
 */
import { execFile, spawn } from 'node:child_process';
import { mkdtemp, open, rm, type FileHandle } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { MAX_FILE_BYTES } from '../manifest/text.js';
import { RevmetaError } from './errors.js';

export type GitRun = { ok: boolean; stdout: string; stderr: string };
export type Git = (args: readonly string[]) => Promise<GitRun>;

/** Runs git in `cwd`: its output, and whether it exited 0 (a failure's output is kept: rev-parse prints what it could). */
export function runGit(cwd: string, args: readonly string[]): Promise<GitRun> {
  return new Promise((resolve) => {
    // Room for an old version of a file as big as the load allows; a bigger one fails to show,
    // and counts as naming nothing: every object of the new version is then in the scope.
    execFile('git', args, { cwd, encoding: 'utf8', maxBuffer: 4 * MAX_FILE_BYTES, windowsHide: true }, (error, stdout, stderr) => resolve({ ok: error === null, stdout: stdout ?? '', stderr: stderr ?? '' }));
  });
}

/** Paths (from the repository root) that differ from `commit` in the working tree, untracked ones included. */
export async function changedPaths(git: Git, commit: string): Promise<Set<string>> {
  // --no-renames: a moved file is its old path removed and its new path added, both compared.
  const [tracked, untracked] = await Promise.all([
    git(['-c', 'core.quotePath=false', 'diff', '--name-only', '--no-renames', '-z', commit, '--']),
    git(['ls-files', '--others', '--exclude-standard', '-z', '--full-name', '--', ':/']),
  ]);
  for (const run of [tracked, untracked]) {
    if (!run.ok) throw new RevmetaError(`--changed-since: git could not list the files changed since ${commit}: ${run.stderr.trim() || 'no message'}`);
  }
  return new Set([...tracked.stdout.split('\0'), ...untracked.stdout.split('\0')].filter((line) => line !== ''));
}

/** A file's version in a commit, in a temporary file of its own: read it, then `remove` it. */
export type StoredVersion = { found: false } | { found: true; file: FileHandle; size: number; remove: () => Promise<void> };

/**
 * `file` (from the repository root) as `commit` holds it, `found: false` when the commit has no
 * such file (an added file); undefined when no temporary file could be made.
 */
export async function storedVersion(cwd: string, commit: string, file: string): Promise<StoredVersion | undefined> {
  const folder = await mkdtemp(path.join(os.tmpdir(), 'revmeta-version-')).catch(() => undefined);
  if (folder === undefined) return undefined;
  const removeFolder = () => rm(folder, { recursive: true, force: true });
  const handle = await open(path.join(folder, 'version'), 'w+').catch(() => undefined);
  if (handle === undefined) {
    await removeFolder();
    return undefined;
  }
  // The blob as stored: no textconv, no filters (what `git show <commit>:<path>` prints).
  const written = await new Promise<boolean>((resolve) => {
    const child = spawn('git', ['cat-file', 'blob', `${commit}:${file}`], { cwd, stdio: ['ignore', handle.fd, 'ignore'], windowsHide: true });
    child.on('error', () => resolve(false));
    child.on('close', (code) => resolve(code === 0));
  });
  const remove = async () => {
    await handle.close();
    await removeFolder();
  };
  if (!written) {
    await remove();
    return { found: false };
  }
  return { found: true, file: handle, size: (await handle.stat()).size, remove };
}
