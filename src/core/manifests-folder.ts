/**
 * What import and export check and report about the manifests folder they rewrite. In a
 * git working tree, uncommitted changes
 * there (a hand edit not yet committed) would be mixed with the command's own, or lost with
 * a pruned file. Both commands refuse to run over them unless told to (`--force`).
 */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { simpleGit } from 'simple-git';
import type { ManifestFiles } from '../manifest/emit.js';
import { ManifestWriteError, STAGING_PREFIX, writeManifests, type WriteOptions, type WriteResult } from '../manifest/write.js';
import { RevmetaError } from './errors.js';

/**
 * `git status --porcelain` lines for the manifests folder: changed, staged, deleted and
 * untracked files. Empty when the folder does not exist, is not in a git working tree, or
 * git is not installed: then there is nothing git could show the user to lose.
 */
export async function uncommittedChanges(folder: string): Promise<string[]> {
  const exists = await stat(folder).then((stats) => stats.isDirectory(), () => false);
  if (!exists) return [];
  const git = simpleGit({ baseDir: folder });
  const inWorkTree = await git.raw(['rev-parse', '--is-inside-work-tree']).then((out) => out.trim() === 'true', () => false);
  if (!inWorkTree) return [];
  const status = await git.raw(['status', '--porcelain', '--untracked-files=all', '--', '.']);
  return status
    .split('\n')
    // A staging folder left by a killed run is revmeta's own, not a user's edit.
    .filter((line) => line.trim() !== '' && !line.slice(3).split('/').some((part) => part.startsWith(STAGING_PREFIX)));
}

/** Throws, naming the files, when the manifests folder has uncommitted changes and `force` is off. */
export async function refuseUncommitted(command: 'import' | 'export', folder: string, force: boolean): Promise<void> {
  if (force) return;
  const changes = await uncommittedChanges(folder);
  if (changes.length === 0) return;
  const shown = changes.slice(0, 50).map((line) => `  ${line}`);
  if (changes.length > shown.length) shown.push(`  … and ${changes.length - shown.length} more`);
  throw new RevmetaError(
    `the manifests folder ${path.relative(process.cwd(), folder) || '.'} has uncommitted changes that ${command} could overwrite or remove:\n` +
      `${shown.join('\n')}\nCommit or stash them first, or run again with --force.`,
  );
}

/** The files a write changed, one a line, relative to the manifests folder: what to review before committing. */
export function filesChanged(result: { written: readonly string[]; removed: readonly string[] }): string {
  return [...result.written.map((file) => `  wrote   ${file}\n`), ...result.removed.map((file) => `  removed ${file}\n`)].join('');
}

/**
 * `writeManifests` for the commands: a refusal (a link leading outside, a file where a folder
 * goes) or a failed write, after which the folder is as it was, becomes a typed error.
 */
export async function writeManifestsFolder(command: 'import' | 'export', dir: string, files: ManifestFiles, options: WriteOptions): Promise<WriteResult> {
  try {
    return await writeManifests(dir, files, options);
  } catch (error) {
    const restored = !(error instanceof ManifestWriteError) || error.restored;
    throw new RevmetaError(`${command}: ${error instanceof Error ? error.message : String(error)}${restored ? '; the manifests folder was left as it was' : ''}`);
  }
}
