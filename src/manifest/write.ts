/**
 * Writing emitted manifests (`emit.ts`) to the manifests folder: touches only files whose
 * bytes changed and, when asked, removes the files of objects that are gone (pruning), all or
 * nothing.
 */
import { lstat, mkdir, mkdtemp, readdir, readFile, realpath, rename, rm, rmdir, stat, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';
import { compareText } from '../model/order.js';
import type { ManifestFiles } from './emit.js';
import { serviceFolderOf } from './file-names.js';

/** A part of the manifests folder a write owns: a service, or some of its databases. */
export interface PruneScope {
  service: string;
  /**
   * Only files whose documents all belong to these databases (matched case-insensitively,
   * as connectors match `--database`), read from their content since identity is content.
   * Absent: every `.yaml` file below the service's folder.
   */
  databases?: readonly string[];
  /**
   * Objects that could not be read (a database the role may not enter, a schema whose page
   * failed): a file with a document of one of them is kept, never pruned.
   */
  keep?: readonly KeptObject[];
}

/** A database, or one schema of it, whose files a write must keep. Names match case-insensitively. */
export interface KeptObject {
  database: string;
  schema?: string;
}

export interface WriteOptions {
  /**
   * What this write owns: every `.yaml` there that `files` does not hold is removed
   * (hand-written files in a service's folder included), and folders left empty with it.
   * A string is a whole service. Absent or empty: nothing is removed.
   */
  prune?: readonly (string | PruneScope)[];
}

export interface WriteResult {
  /** Relative paths, sorted. */
  written: string[];
  unchanged: string[];
  removed: string[];
}

/** Prefix of the run's staging folder inside the manifests folder (a dot-folder: the loader skips it). */
export const STAGING_PREFIX = '.revmeta-tmp-';

/**
 * Writes `files` below `dir` as one transaction. Nothing outside `dir` is ever written,
 * renamed or removed: its real path is resolved first, and a link below it that leads
 * outside (or nowhere) refuses the whole write, as does a file where a folder must go.
 * New contents are written into a staging folder inside `dir` (same file system), then
 * renamed into place; replaced and pruned files are moved into the staging folder, not
 * deleted, until every step has succeeded. Any failure moves everything back, so the folder
 * is left exactly as it was. A file whose bytes are already there is not touched (its
 * mtime stays, watchers stay quiet).
 */
export async function writeManifests(dir: string, files: ManifestFiles, options: WriteOptions = {}): Promise<WriteResult> {
  const result: WriteResult = { written: [], unchanged: [], removed: [] };
  const root = new ContainedRoot(dir);
  const folders = new Set<string>();
  for (const relative of files.keys()) folders.add(relative.split('/')[0]!);
  for (const scope of options.prune ?? []) folders.add(serviceFolderOf(typeof scope === 'string' ? scope : scope.service));
  await root.open([...folders].sort(compareText));
  try {
    const changed: string[] = [];
    for (const relative of [...files.keys()].sort(compareText)) {
      const target = await root.fileFor(relative);
      const current = await readFile(target).catch(() => undefined);
      if (current !== undefined && current.equals(Buffer.from(files.get(relative)!, 'utf8'))) result.unchanged.push(relative);
      else changed.push(relative);
    }
    for (const scope of options.prune ?? []) {
      const { service, databases, keep } = typeof scope === 'string' ? { service: scope, databases: undefined, keep: undefined } : scope;
      for (const relative of await yamlFilesBelow(root.real, serviceFolderOf(service))) {
        if (files.has(relative) || result.removed.includes(relative)) continue;
        const target = root.pathOf(relative);
        if (databases !== undefined && !(await belongsTo(target, service, databases))) continue;
        if (keep !== undefined && keep.length > 0 && (await holdsKept(target, service, keep))) continue;
        result.removed.push(relative);
      }
    }
    await root.commit(
      changed.map((relative) => ({ relative, text: files.get(relative)! })),
      result.removed,
    );
    result.written = changed;
  } catch (error) {
    await root.close(true);
    throw error;
  }
  await root.close();
  // Folders emptied by pruning go too; only in what this write owns.
  for (const scope of options.prune ?? []) await removeEmptyFolders(root.pathOf(serviceFolderOf(typeof scope === 'string' ? scope : scope.service)));
  result.removed.sort(compareText);
  return result;
}

/**
 * The manifests folder as the one place a write may touch: its real path, a staging folder
 * inside it, and a journal of every rename and created folder so a failure can be undone.
 */
class ContainedRoot {
  /** The folder's real path (links resolved), once opened. */
  real = '';
  private staging: string | undefined;
  /** The first folder this write created (the manifests folder itself on a first run), removed on failure. */
  private createdRoot: string | undefined;

  constructor(private readonly dir: string) {}

  /** Resolves the folder (creating it if needed) and checks the trees of `folders` below it. */
  async open(folders: readonly string[]): Promise<void> {
    const absolute = path.resolve(this.dir);
    const exists = await lstat(absolute).then(() => true, () => false);
    if (!exists) this.createdRoot = await mkdir(absolute, { recursive: true });
    this.real = await realpath(absolute);
    try {
      for (const folder of folders) await this.checkTree(folder);
    } catch (error) {
      await this.close(true);
      throw error;
    }
  }

  /** Every link below `relative` (and `relative` itself) must resolve inside the folder. */
  private async checkTree(relative: string): Promise<void> {
    const absolute = this.pathOf(relative);
    const stats = await lstat(absolute).catch(() => undefined);
    if (stats === undefined) return;
    if (stats.isSymbolicLink()) {
      await this.checkLink(absolute);
      return; // not followed: a link inside the folder is walked where it leads, if that is a written folder
    }
    if (!stats.isDirectory()) return;
    for (const entry of await readdir(absolute, { withFileTypes: true })) {
      if (entry.name.startsWith('.')) continue;
      await this.checkTree(`${relative}/${entry.name}`);
    }
  }

  private async checkLink(absolute: string): Promise<void> {
    const target = await realpath(absolute).catch(() => undefined);
    const shown = displayOf(absolute);
    if (target === undefined) throw new ManifestWriteError(`${shown} is a link that leads nowhere; remove it or point it inside the manifests folder`);
    if (!this.contains(target))
      throw new ManifestWriteError(`${shown} links outside the manifests folder (to ${displayOf(target)}); import and export write only inside ${displayOf(this.real)}`);
  }

  private contains(absolute: string): boolean {
    return absolute === this.real || absolute.startsWith(this.real + path.sep);
  }

  /** The absolute path of a relative one ('/'-separated), refused if it would leave the folder. */
  pathOf(relative: string): string {
    const target = path.resolve(this.real, ...relative.split('/'));
    if (!this.contains(target) || target === this.real) throw new Error(`manifest path ${JSON.stringify(relative)} leaves the manifests folder`);
    return target;
  }

  /**
   * The path of a file to write, after checking its way there: each existing parent must be
   * a folder (or a link to one inside), the file itself not a folder.
   */
  async fileFor(relative: string): Promise<string> {
    const parts = relative.split('/');
    for (let i = 1; i <= parts.length; i++) {
      const prefix = parts.slice(0, i).join('/');
      const absolute = this.pathOf(prefix);
      const stats = await lstat(absolute).catch(() => undefined);
      if (stats === undefined) break;
      if (stats.isSymbolicLink()) await this.checkLink(absolute);
      const isFolder = (await stat(absolute)).isDirectory();
      if (i < parts.length && !isFolder)
        throw new ManifestWriteError(`${displayOf(absolute)} is a file where ${relative} needs a folder; move it away and run again`);
      if (i === parts.length && isFolder)
        throw new ManifestWriteError(`${displayOf(absolute)} is a folder where the manifest ${relative} goes; move it away and run again`);
    }
    return this.pathOf(relative);
  }

  /** Before each rename or folder creation: where it happens really is inside. */
  private async assertInside(absolute: string): Promise<void> {
    const parent = await realpath(path.dirname(absolute));
    if (!this.contains(parent)) throw new ManifestWriteError(`${displayOf(absolute)} is outside the manifests folder; nothing was changed`);
  }

  /** Stages every new file, then swaps them in and the pruned files out; undoes it all on failure. */
  async commit(writes: readonly { relative: string; text: string }[], removals: readonly string[]): Promise<void> {
    // A run killed midway leaves its staging folder, whose old/ may hold the only copy of files it
    // had moved aside: a person decides what to restore, as with git's index.lock.
    const leftover = (await readdir(this.real).catch(() => [] as string[])).filter((name) => name.startsWith(STAGING_PREFIX));
    if (leftover.length > 0) {
      throw new ManifestWriteError(
        `an earlier import or export was interrupted: ${leftover.map((name) => displayOf(path.join(this.real, name))).join(', ')} is its staging folder ` +
          `(new/ holds files it was writing, old/ files it had moved aside, named by their order); put back what old/ holds if the folder lacks it, ` +
          `remove the staging folder, and run again; nothing was changed`,
      );
    }
    // A run that changes nothing leaves no trace, not even a folder's mtime.
    if (writes.length === 0 && removals.length === 0) return;
    const staging = await mkdtemp(path.join(this.real, STAGING_PREFIX));
    this.staging = staging;
    const staged = path.join(staging, 'new');
    const replaced = path.join(staging, 'old');
    await mkdir(staged);
    await mkdir(replaced);
    // Stage first: a full disk or a bad name fails here, before the folder is touched at all.
    for (const [index, { text }] of writes.entries()) await writeFile(path.join(staged, String(index)), text, 'utf8');

    const undo: (() => Promise<unknown>)[] = [];
    try {
      for (const [index, { relative }] of writes.entries()) {
        const target = this.pathOf(relative);
        await this.makeFolders(path.dirname(target), undo);
        await this.assertInside(target);
        if (await lstat(target).then(() => true, () => false)) {
          const kept = path.join(replaced, `w${index}`);
          await rename(target, kept);
          undo.push(() => rename(kept, target));
        }
        await rename(path.join(staged, String(index)), target);
        undo.push(() => unlink(target));
      }
      for (const [index, relative] of removals.entries()) {
        const target = this.pathOf(relative);
        await this.assertInside(target);
        const kept = path.join(replaced, `r${index}`);
        await rename(target, kept);
        undo.push(() => rename(kept, target));
      }
    } catch (error) {
      // Newest first, so every file goes back where it was before its folder is removed.
      let restored = true;
      for (const step of undo.reverse()) await step().catch(() => (restored = false));
      if (restored) throw error;
      // Some original could not be moved back: keep the staging folder, which holds it.
      this.staging = undefined;
      const reason = error instanceof Error ? error.message : String(error);
      throw new ManifestWriteError(`${reason}; some files could not be moved back: the previous versions are in ${displayOf(replaced)}`, false);
    }
  }

  /** Creates the missing folders down to `folder`, each one undone on failure. */
  private async makeFolders(folder: string, undo: (() => Promise<unknown>)[]): Promise<void> {
    if (folder === this.real || (await lstat(folder).then(() => true, () => false))) return;
    await this.makeFolders(path.dirname(folder), undo);
    await this.assertInside(folder);
    await mkdir(folder);
    undo.push(() => rmdir(folder));
  }

  /** Removes the staging folder (with the replaced and pruned files); after a failure, a folder this write created. */
  async close(failed = false): Promise<void> {
    if (this.staging !== undefined) await rm(this.staging, { recursive: true, force: true });
    this.staging = undefined;
    if (failed && this.createdRoot !== undefined) await rm(this.createdRoot, { recursive: true, force: true });
  }
}

/** A refusal to touch the file system, with what to do about it. */
export class ManifestWriteError extends Error {
  constructor(
    message: string,
    /** False when a failed write could not put everything back (the message says where the files are). */
    readonly restored = true,
  ) {
    super(message);
    this.name = 'ManifestWriteError';
  }
}

function displayOf(absolute: string): string {
  const relative = path.relative(process.cwd(), absolute);
  return relative === '' ? '.' : relative.startsWith('..') ? absolute : relative;
}

/** The documents of a YAML file as plain values; undefined when it does not parse (not ours to judge). */
async function documentsOf(file: string): Promise<Record<string, unknown>[] | undefined> {
  const text = await readFile(file, 'utf8').catch(() => undefined);
  if (text === undefined) return undefined;
  const docs = parseAllDocuments(text);
  if (docs.length === 0 || docs.some((doc) => doc.errors.length > 0)) return undefined;
  return docs.map((doc) => {
    const value: unknown = doc.toJS();
    return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  });
}

/** The database (and schema) a Database or Schema document describes. */
function identityOf(document: Record<string, unknown>): { service: unknown; database?: string; schema?: string } {
  const { kind, service, name, database } = document;
  if (kind === 'Database' && typeof name === 'string') return { service, database: name };
  if (kind === 'Schema' && typeof database === 'string' && typeof name === 'string') return { service, database, schema: name };
  return { service };
}

/** Whether every document of a file is a Database or Schema document of these databases of the service. */
async function belongsTo(file: string, service: string, databases: readonly string[]): Promise<boolean> {
  const wanted = new Set(databases.map((name) => name.toLowerCase()));
  const documents = await documentsOf(file);
  if (documents === undefined) return false; // not ours to judge: keep it
  return documents.every((document) => {
    const { service: owner, database } = identityOf(document);
    return owner === service && database !== undefined && wanted.has(database.toLowerCase());
  });
}

/** Whether a file holds a document of an object that could not be read (then it stays). */
async function holdsKept(file: string, service: string, keep: readonly KeptObject[]): Promise<boolean> {
  const documents = await documentsOf(file);
  if (documents === undefined) return false;
  return documents.some((document) => {
    const { service: owner, database, schema } = identityOf(document);
    if (owner !== service || database === undefined) return false;
    return keep.some(
      (kept) =>
        kept.database.toLowerCase() === database.toLowerCase() &&
        (kept.schema === undefined || (schema !== undefined && kept.schema.toLowerCase() === schema.toLowerCase())),
    );
  });
}

/** `.yaml` files below `dir/folder`, relative to `dir`; dot-entries skipped like the loader does. */
async function yamlFilesBelow(dir: string, folder: string): Promise<string[]> {
  const found: string[] = [];
  const walk = async (relative: string): Promise<void> => {
    const entries = await readdir(path.join(dir, ...relative.split('/')), { withFileTypes: true }).catch(() => []);
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const child = `${relative}/${entry.name}`;
      if (entry.isDirectory()) await walk(child);
      else if ((entry.isFile() || entry.isSymbolicLink()) && entry.name.endsWith('.yaml')) found.push(child);
    }
  };
  await walk(folder);
  return found.sort(compareText);
}

/** Folders emptied by pruning go too (a dropped database's schema folder); non-empty ones stay. */
async function removeEmptyFolders(folder: string): Promise<boolean> {
  const entries = await readdir(folder, { withFileTypes: true }).catch(() => undefined);
  if (entries === undefined) return false;
  let empty = true;
  for (const entry of entries) {
    if (entry.isDirectory() && (await removeEmptyFolders(path.join(folder, entry.name)))) continue;
    empty = false;
  }
  if (empty) await rmdir(folder).catch(() => undefined);
  return empty;
}
