/**
 * `--changed-since <ref>`: a plan that costs what a pull request changes, not what the catalog
 * holds. The manifest files that differ between <ref> and the working tree (committed,
 * uncommitted and untracked) are compared document by document with their <ref> versions;
 * the objects whose entries differ (added, edited or removed) are the plan's scope. Only those
 * files are loaded, only those objects planned, and connectors read only those objects. Each
 * changed file is compiled once per version, and an edit inside a Schema file's tables only as
 * far as the edited table entries (table-edits.ts), both versions read in place (git writes
 * the old one to a temporary file): the cost of a one-line edit does not grow with the file.
 * The load uses what the compare compiled.
 *
 * A change to the config itself changes what every object means (sync, include, templates):
 * then the plan is a full one, and says why.
 */
import { createHash } from 'node:crypto';
import { open, realpath, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { compileManifestText, displayPath } from '../manifest/load.js';
import { MAX_FILE_BYTES, readText } from '../manifest/text.js';
import { ByteText, fileSource } from './byte-text.js';
import { changedPaths, runGit, storedVersion, type StoredVersion } from './git.js';
import { editedTables, editedTablesIn } from './table-edits.js';
import { countObjects, type CompiledDocument } from '../manifest/cache.js';
import type { Config } from '../manifest/types.js';
import { joinFqn } from '../model/fqn.js';
import type { DesiredNode, DesiredService, DesiredState } from '../model/types.js';
import { canonicalJson, digestOf } from '../plan/digest.js';
import type { ChangedObject, PlanScope } from '../plan/types.js';
import { RevmetaError } from './errors.js';

export type { ChangedObject, PlanScope } from '../plan/types.js';

/** The scope of `--changed-since`, or why the plan must be a full one. */
export type ChangedSince = { scoped: true; scope: PlanScope; compiled: CompiledFiles } | { scoped: false; ref: string; commit: string; reason: string };

/**
 * The changed files as compared, by path relative to the manifests folder: the SHA-256 of the
 * version read and its documents (a file of edited table entries: its own fields and those
 * tables only), for the load to use instead of compiling the file again.
 */
export type CompiledFiles = Map<string, { sha256: string; documents: readonly CompiledDocument[] }>;

/**
 * The manifest files and objects that changed since `ref` (see the module comment).
 * `ifMissing: 'full'`: a ref this clone lacks (a shallow checkout) plans everything instead of failing.
 * `maxObjects`: the most desired objects a scope may hold (one plan step). A scoped plan is held
 * whole, so a bigger change (a first rollout's pull request) plans everything instead, which
 * goes a step at a time; the compare stops at the file that passes the bound.
 */
export async function changedSince(config: Config, ref: string, ifMissing: 'error' | 'full' = 'error', maxObjects = Infinity): Promise<ChangedSince> {
  const git = (args: readonly string[]) => runGit(config.manifests, args);
  // One process answers both: the repository root, then the commit (missing: exit 1, the root printed).
  const located = await git(['rev-parse', '--show-toplevel', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`]);
  const [root = '', commit = ''] = located.stdout.split('\n').map((line) => line.trim());
  if (root === '' && ifMissing === 'full') return { scoped: false, ref, commit: '', reason: `the manifests folder is not in a git working tree` };
  if (root === '') throw new RevmetaError(`--changed-since ${ref}: the manifests folder ${config.manifests} is not in a git working tree`);
  if (commit === '' && ifMissing === 'full') return { scoped: false, ref, commit: '', reason: `commit ${ref} is not in this clone (check out with fetch-depth: 0)` };
  if (commit === '') throw new RevmetaError(`--changed-since ${ref}: no such commit in this repository (a shallow clone needs fetch-depth: 0, or the ref fetched)`);
  const [changed, configFile, manifestsFolder] = await Promise.all([changedPaths(git, commit), realPath(config.file), realPath(config.manifests)]);
  const fromRoot = (file: string) => path.relative(root, file).split(path.sep).join('/');
  const configPath = fromRoot(configFile);
  if (changed.has(configPath)) return { scoped: false, ref, commit, reason: `the config ${configPath} changed since ${ref}` };

  const manifestsPath = fromRoot(manifestsFolder);
  const prefix = manifestsPath === '' ? '' : `${manifestsPath}/`;
  const files = [...changed]
    .filter((file) => file.startsWith(prefix) && /\.ya?ml$/.test(file))
    .map((file) => file.slice(prefix.length))
    .filter((file) => !file.split('/').some((part) => part.startsWith('.')))
    .sort();
  const objects = new Map<string, ChangedObject>();
  const compiled: CompiledFiles = new Map();
  let held = 0;
  for (const file of files) {
    const compared = await compareFile(config.manifests, commit, `${prefix}${file}`, path.join(config.manifests, ...file.split('/')));
    for (const object of compared.objects) objects.set(JSON.stringify(objectPath(object)), object);
    if (compared.after !== undefined) compiled.set(file, compared.after);
    for (const document of compared.after?.documents ?? []) held += countObjects(document.node);
    if (held > maxObjects || objects.size > maxObjects) {
      return { scoped: false, ref, commit, reason: `the manifests changed since ${ref} hold more than one plan step (${maxObjects} objects), and a scoped plan is held whole` };
    }
  }
  const sorted = [...objects.values()].sort((a, b) => compareArrays(objectPath(a), objectPath(b)));
  return { scoped: true, scope: { changedSince: ref, commit, files, objects: sorted }, compiled };
}

/** A changed file's objects, and the new version as compiled (none: removed, or not valid) with the SHA-256 of its bytes. */
interface ComparedFile {
  objects: ChangedObject[];
  after?: { sha256: string; documents: readonly CompiledDocument[] };
}

/**
 * Compares the working tree's `absolute` with its version `gitPath` (from the repository root)
 * in `commit`: in place when the edit lies inside the tables, else both versions compiled whole.
 */
async function compareFile(cwd: string, commit: string, gitPath: string, absolute: string): Promise<ComparedFile> {
  const display = displayPath(absolute);
  // git writes the old version while this process hashes the new one.
  const storing = storedVersion(cwd, commit, gitPath);
  const current = await openInPlace(absolute);
  const stored = await storing;
  try {
    try {
      if (current !== undefined && stored?.found === true && stored.size <= MAX_FILE_BYTES) {
        const edit = await editedTablesIn(display, new ByteText(fileSource(stored.file.fd, stored.size)), current.text);
        if (edit !== undefined) return { objects: changedBetween(edit.before, edit.after), after: { sha256: current.sha256, documents: edit.after } };
      }
    } finally {
      await current?.handle.close();
    }
    // Not in that commit: an added file (no temporary file: git prints it).
    const before = stored === undefined ? await shownVersion(cwd, commit, gitPath) : stored.found ? wholeText(stored) : undefined;
    return await compareWhole(display, before, absolute);
  } finally {
    if (stored?.found) await stored.remove();
  }
}

/** The working tree's file open to be read in place, with the SHA-256 of its bytes; undefined when the load must read it (removed, too big, not UTF-8: it says why). */
async function openInPlace(absolute: string): Promise<{ handle: FileHandle; text: ByteText; sha256: string } | undefined> {
  const handle = await open(absolute, 'r').catch(() => undefined);
  if (handle === undefined) return undefined;
  const stats = await handle.stat();
  const text = new ByteText(fileSource(handle.fd, stats.size));
  const sha256 = stats.isFile() && stats.size <= MAX_FILE_BYTES ? text.sha256IfUtf8() : undefined;
  if (sha256 !== undefined) return { handle, text, sha256 };
  await handle.close();
  return undefined;
}

/** The stored version as text, decoded as `git show` output is (a bigger one than git's output may be: none). */
function wholeText(stored: Extract<StoredVersion, { found: true }>): string | undefined {
  if (stored.size > 4 * MAX_FILE_BYTES) return undefined;
  const bytes = Buffer.allocUnsafe(stored.size);
  return bytes.subarray(0, fileSource(stored.file.fd, stored.size).readInto(bytes, 0, stored.size)).toString('utf8');
}

async function shownVersion(cwd: string, commit: string, gitPath: string): Promise<string | undefined> {
  const shown = await runGit(cwd, ['show', `${commit}:${gitPath}`]);
  return shown.ok ? shown.stdout : undefined;
}

/** Both versions compiled whole, the new one read as the load reads it (its name in locations, its checks), so the load can use what is compiled here. */
async function compareWhole(display: string, before: string | undefined, absolute: string): Promise<ComparedFile> {
  const read = await readText(absolute, display).catch(() => undefined); // undefined: a removed file
  const compared = await compareVersions(display, before, read?.ok ? read.text : undefined);
  if (!read?.ok || compared.after === undefined) return { objects: compared.objects };
  return { objects: compared.objects, after: { sha256: createHash('sha256').update(read.bytes).digest('hex'), documents: compared.after } };
}

/** As git names it: symbolic links resolved (the repository root is). */
async function realPath(file: string): Promise<string> {
  return realpath(file).catch(() => path.resolve(file));
}

/**
 * The objects of one file whose entries differ between two versions of it (undefined: no such
 * file). A version that is not valid YAML of the manifest schema counts as naming nothing, so
 * every object of the other version is changed; the load reports the new version's problems.
 */
export async function changedObjects(file: string, before: string | undefined, after: string | undefined): Promise<ChangedObject[]> {
  return (await compareVersions(file, before, after)).objects;
}

/**
 * The changed objects of one file, and the new version's documents (undefined: no such file, or
 * not valid). An edit inside the tables compiles only the edited table entries of each version
 * (table-edits.ts): the tables it leaves out are the same text in both, so they do not differ.
 */
async function compareVersions(
  file: string,
  before: string | undefined,
  after: string | undefined,
): Promise<{ objects: ChangedObject[]; after: readonly CompiledDocument[] | undefined }> {
  const edit = before !== undefined && after !== undefined ? await editedTables(file, before, after) : undefined;
  const oldDocuments = edit ? edit.before : await compiledOrNone(file, before);
  const newDocuments = edit ? edit.after : await compiledOrNone(file, after);
  return { objects: changedBetween(oldDocuments, newDocuments), after: newDocuments };
}

/** The objects whose entries differ: the new version's in its order, then those it removed. */
function changedBetween(oldDocuments: readonly CompiledDocument[] | undefined, newDocuments: readonly CompiledDocument[] | undefined): ChangedObject[] {
  const old = entriesOf(oldDocuments);
  const now = entriesOf(newDocuments);
  const changed: ChangedObject[] = [];
  for (const [key, entry] of now) if (old.get(key)?.digest !== entry.digest) changed.push(entry.object);
  for (const [key, entry] of old) if (!now.has(key)) changed.push(entry.object);
  return changed;
}

async function compiledOrNone(file: string, text: string | undefined): Promise<CompiledDocument[] | undefined> {
  if (text === undefined) return undefined;
  const compiled = await compileManifestText(file, text);
  return compiled.ok ? compiled.value : undefined;
}

interface ObjectEntry {
  object: ChangedObject;
  /** What the object states: its fields, and for a table its columns (names, fields, order). */
  digest: string;
}

function entriesOf(documents: readonly CompiledDocument[] | undefined): Map<string, ObjectEntry> {
  const entries = new Map<string, ObjectEntry>();
  const add = (object: ChangedObject, digest: unknown) => entries.set(JSON.stringify(objectPath(object)), { object, digest: canonicalJson(digest) });
  for (const document of documents ?? []) addDocument(document, add);
  return entries;
}

function addDocument(document: CompiledDocument, add: (object: ChangedObject, digest: unknown) => void): void {
  const { service, database } = document;
  if (document.kind === 'Database') {
    add({ service, database }, document.node.fields);
    return;
  }
  const schema = document.name;
  add({ service, database, schema }, document.node.fields);
  for (const table of document.node.children) add({ service, database, schema, table: table.name }, stated(table));
}

/** A node's fields and its children's, located nowhere: moving a line is no change. */
function stated(node: DesiredNode): unknown {
  return { name: node.name, fields: node.fields, children: node.children.map(stated) };
}

function objectPath(object: ChangedObject): string[] {
  return [object.service, object.database, ...(object.schema !== undefined ? [object.schema] : []), ...(object.table !== undefined ? [object.table] : [])];
}

function compareArrays(a: readonly string[], b: readonly string[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i]! < b[i]! ? -1 : 1;
  return a.length - b.length;
}

/** An object as the plan names it: `service: database.schema.table`. */
export function describeChangedObject(object: ChangedObject): string {
  return `${object.service}: ${joinFqn(objectPath(object).slice(1))}`;
}

/**
 * The desired state narrowed to the scope's objects: a changed object keeps its fields (a
 * table its columns too); the databases and schemas above it stay as paths without fields,
 * so nothing outside the scope is planned. A removed object is absent: nothing to plan.
 */
export function narrowDesired(desired: DesiredState, objects: readonly ChangedObject[]): DesiredState {
  const wanted = new Set(objects.map((object) => JSON.stringify(objectPath(object))));
  const keep = (parts: readonly string[]) => wanted.has(JSON.stringify(parts));
  const services = new Map<string, DesiredService>();
  for (const [name, service] of desired.services) {
    const databases: DesiredNode[] = [];
    for (const database of service.databases) {
      const schemas: DesiredNode[] = [];
      for (const schema of database.children) {
        const at = [name, database.name, schema.name];
        const tables = schema.children.filter((table) => keep([...at, table.name]));
        if (keep(at)) schemas.push({ ...schema, children: tables });
        else if (tables.length > 0) schemas.push({ ...pathOnly(schema), children: tables });
      }
      if (keep([name, database.name])) databases.push({ ...database, children: schemas });
      else if (schemas.length > 0) databases.push({ ...pathOnly(database), children: schemas });
    }
    services.set(name, { name, databases });
  }
  return { services, files: desired.files };
}

function pathOnly(node: DesiredNode): DesiredNode {
  return { ...node, fields: {}, fieldLocations: {} };
}

/** The (schema, table) pairs the desired tree names per database: what a scoped introspection reads. */
export function tablesNamed(service: DesiredService): Record<string, Array<[string, string]>> {
  return Object.fromEntries(
    service.databases.map((database) => [database.name, database.children.flatMap((schema) => schema.children.map((table): [string, string] => [schema.name, table.name]))]),
  );
}

/**
 * What a scoped plan covers, as one hash (`sha256:…`): its objects, not the commit they were
 * diffed against, so the pull request's plan and the apply on merge compare like with like.
 */
export function scopeDigest(scope: Pick<PlanScope, 'objects'>): string {
  return digestOf(scope.objects.map(objectPath));
}
