/**
 * The deterministic manifest writer shared by `revmeta export` (OpenMetadata → manifests)
 * and `revmeta import` (a source → manifests). Rendering is pure: the same tree gives the
 * same bytes, so a git diff of two runs shows only real changes. Writing touches only
 * files whose bytes changed and, when asked, removes the files of objects that are gone.
 *
 * Layout (DESIGN.md): `<service>/<database>.yaml` holds the Database document,
 * `<service>/<database>/<schema>.yaml` the Schema document with its tables and columns.
 * Paths are relative to the manifests folder, '/'-separated. Identity comes from the
 * documents' content, never from paths, so a file name only has to be safe, unique and
 * stable (see `fileNameOf`).
 */
import { createHash } from 'node:crypto';
import { lstat, mkdir, mkdtemp, readdir, readFile, realpath, rename, rm, rmdir, stat, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Document, Pair, parseAllDocuments, Scalar, YAMLMap, YAMLSeq, type ToStringOptions } from 'yaml';
import { compareText } from './yaml.js';

/** Fields any object may carry. Absent (or null / empty) fields are not written: unmanaged. */
export interface WritableFields {
  /** `null` (the source has none) is left out, like absent; `""` is written (clears at the source). */
  description?: string | null;
  /** Empty lists are left out: `owners: []` is unmanaged anyway. */
  owners?: readonly string[];
  /** Empty lists are left out: `tags: []` would remove every managed tag, never an import's intent. */
  tags?: readonly string[];
  /** Writes `tags: []` for an empty list: a manifest stated it (remove every managed tag) and import keeps it. */
  tagsStated?: boolean;
}

/** Columns have no owners (the manifest schema refuses them); nested fields nest. */
export interface WritableColumn extends Omit<WritableFields, 'owners'> {
  name: string;
  columns?: readonly WritableColumn[];
}

export interface WritableTable extends WritableFields {
  name: string;
  columns?: readonly WritableColumn[];
}

export interface WritableSchema extends WritableFields {
  name: string;
  tables?: readonly WritableTable[];
}

export interface WritableDatabase extends WritableFields {
  name: string;
  schemas: readonly WritableSchema[];
}

export interface WritableTree {
  service: string;
  databases: readonly WritableDatabase[];
}

export interface RenderOptions {
  /**
   * Where `schemas/manifest.schema.json` is, for the `# yaml-language-server: $schema=`
   * header: a URL (used as is) or a path relative to the manifests folder (made relative to
   * each file). Absent: no header.
   */
  schema?: string;
  /**
   * `source`: columns in the order given (import passes the table's ordinal order, which is
   * how people read a table); default `name`: sorted by name. Tables are always sorted.
   */
  columnOrder?: 'name' | 'source';
}

/** Relative path ('/'-separated) → file text. Iteration order is path order. */
export type ManifestFiles = Map<string, string>;

const API_VERSION = 'revmeta/v1';

/**
 * Renders one service's tree into files. Throws on two objects of one name under one
 * parent: the result would be a duplicate key, and the caller's tree is wrong.
 */
export function renderManifests(tree: WritableTree, options: RenderOptions = {}): ManifestFiles {
  const files = new Map<string, string>();
  const serviceDir = fileNameOf(tree.service);
  const databases = sortedUnique(tree.databases, `service "${tree.service}"`);
  const databaseNames = fileNames(databases.map((database) => database.name));
  for (const database of databases) {
    const databaseFile = databaseNames.get(database.name)!;
    const databasePath = `${serviceDir}/${databaseFile}.yaml`;
    const databaseDoc: Record<string, unknown> = {
      apiVersion: API_VERSION,
      kind: 'Database',
      service: tree.service,
      name: database.name,
      ...fieldsOf(database),
    };
    files.set(databasePath, renderFile([databaseDoc], databasePath, options));

    const schemas = sortedUnique(database.schemas, `database "${database.name}"`);
    const schemaNames = fileNames(schemas.map((schema) => schema.name));
    for (const schema of schemas) {
      const schemaPath = `${serviceDir}/${databaseFile}/${schemaNames.get(schema.name)!}.yaml`;
      const schemaDoc: Record<string, unknown> = {
        apiVersion: API_VERSION,
        kind: 'Schema',
        service: tree.service,
        database: database.name,
        name: schema.name,
        ...fieldsOf(schema),
      };
      const tables = objectsOf(schema.tables, `schema "${schema.name}"`, options.columnOrder === 'source');
      if (tables !== undefined) schemaDoc['tables'] = tables;
      files.set(schemaPath, renderFile([schemaDoc], schemaPath, options));
    }
  }
  return new Map([...files].sort(([a], [b]) => compareText(a, b)));
}

/** Renders several services into one map (export and import write many at once). */
export function renderAll(trees: readonly WritableTree[], options: RenderOptions = {}): ManifestFiles {
  const all = new Map<string, string>();
  // Service folders come from config keys, which the user chose: two that one case-insensitive
  // file system would merge are refused rather than silently renamed.
  const byFolder = new Map<string, string>();
  for (const { service } of trees) {
    const folded = serviceFolderOf(service).toLowerCase();
    const other = byFolder.get(folded);
    if (other !== undefined && other !== service)
      throw new Error(`services ${JSON.stringify(other)} and ${JSON.stringify(service)} would share one manifests folder on a case-insensitive file system; rename one`);
    byFolder.set(folded, service);
  }
  for (const tree of trees) for (const [file, text] of renderManifests(tree, options)) all.set(file, text);
  return new Map([...all].sort(([a], [b]) => compareText(a, b)));
}

/** The fields in their fixed order: description, owners, tags. */
function fieldsOf(object: WritableFields): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  if (typeof object.description === 'string') fields['description'] = object.description;
  if (object.owners !== undefined && object.owners.length > 0) fields['owners'] = uniqueSorted(object.owners);
  if (object.tags !== undefined && (object.tags.length > 0 || object.tagsStated === true)) fields['tags'] = uniqueSorted(object.tags);
  return fields;
}

/**
 * Tables or columns as a map by name, sorted (or, for columns when `columnsAsGiven`, in
 * their given order: `ordered` says which level this is). An object with nothing to say is written
 * as `name:` (null): it names the object, manages nothing, and is where a user adds a
 * description later. No children at all: the key is left out.
 */
function objectsOf(
  children: readonly (WritableTable | WritableColumn)[] | undefined,
  parent: string,
  columnsAsGiven: boolean,
  ordered = false,
): Map<string, unknown> | undefined {
  if (children === undefined || children.length === 0) return undefined;
  const map = new Map<string, unknown>();
  for (const child of ordered ? unique(children, parent) : sortedUnique(children, parent)) {
    const entry = fieldsOf(child);
    const columns = objectsOf(child.columns, `"${child.name}"`, columnsAsGiven, columnsAsGiven);
    if (columns !== undefined) entry['columns'] = columns;
    map.set(child.name, Object.keys(entry).length === 0 ? null : entry);
  }
  return map;
}

function sortedUnique<T extends { name: string }>(objects: readonly T[], parent: string): T[] {
  const sorted = [...objects].sort((a, b) => compareText(a.name, b.name));
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i]!.name === sorted[i - 1]!.name)
      throw new Error(`${parent} has two objects named ${JSON.stringify(sorted[i]!.name)}`);
  }
  return sorted;
}

/** The objects in their given order, refusing a name twice (a duplicate key). */
function unique<T extends { name: string }>(objects: readonly T[], parent: string): readonly T[] {
  const seen = new Set<string>();
  for (const object of objects) {
    if (seen.has(object.name)) throw new Error(`${parent} has two objects named ${JSON.stringify(object.name)}`);
    seen.add(object.name);
  }
  return objects;
}

function uniqueSorted(values: readonly string[]): string[] {
  return [...new Set(values)].sort(compareText);
}

// ---------------------------------------------------------------------------------------
// YAML rendering

const TO_STRING: ToStringOptions = {
  // No folding anywhere: a long description stays one line (or one block), so one edit is one diff line.
  lineWidth: 0,
  minContentWidth: 0,
  // Multi-line text is a literal block: folded blocks would re-wrap on every edit.
  blockQuote: 'literal',
  defaultStringType: 'PLAIN',
  defaultKeyType: null,
  // `orders:` rather than `orders: null` for an object that manages nothing.
  nullStr: '',
  flowCollectionPadding: false,
  indent: 2,
  indentSeq: true,
};

/** Strings YAML 1.1 readers (older tools, editors) would take for booleans, nulls or numbers. */
const YAML11_SPECIAL = /^(?:y|n|yes|no|on|off|true|false|null|~|=|<<)$/i;
const NUMBER_LIKE = /^[-+]?(?:[0-9][0-9_:.-]*(?:[eE][-+]?[0-9]+)?|0[bxo][0-9a-f_]+|\.[0-9_]+(?:[eE][-+]?[0-9]+)?|\.(?:inf|nan))$/i;
/**
 * Characters that are invisible or misleading in a diff (line/paragraph separators, BOM,
 * zero-width and bidi controls) or not printable: such strings are double-quoted, where
 * yaml escapes what it must, instead of plain or block style.
 */
// eslint-disable-next-line no-control-regex
const UNUSUAL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b\u200e\u200f\u2028-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb]/;

/** A string scalar with its style fixed here, not left to the library's defaults. */
function scalar(value: string, inFlow: boolean): Scalar<string> {
  const node = new Scalar(value);
  if (UNUSUAL.test(value) || value.includes('\r')) node.type = 'QUOTE_DOUBLE';
  else if (value.includes('\n')) node.type = inFlow || !blockLiteralHolds(value) ? 'QUOTE_DOUBLE' : 'BLOCK_LITERAL';
  else if (YAML11_SPECIAL.test(value) || NUMBER_LIKE.test(value)) node.type = 'QUOTE_DOUBLE';
  // Otherwise plain; yaml itself quotes what plain style cannot hold (`- x`, `#x`, `a: b`, `null`).
  return node;
}

/**
 * Whether a literal block reads back as exactly this text. Some cannot (a first line of
 * only spaces, say); those are double-quoted on their own, leaving the rest of the file
 * in its usual style.
 */
function blockLiteralHolds(value: string): boolean {
  const node = new Scalar(value);
  node.type = 'BLOCK_LITERAL';
  const doc = new Document();
  doc.contents = new YAMLMap();
  doc.contents.items.push(new Pair(new Scalar('k'), node));
  return readsBackAs(doc.toString(TO_STRING), new Map([['k', value]]));
}

/**
 * Plain strings that read back as themselves in any YAML 1.2 or 1.1 reader: words, digits,
 * spaces and harmless punctuation, not starting with an indicator, not number-like, no
 * `: ` or ` #`, no trailing space; in flow sequences no comma either. Every other plain
 * string makes its document go through the read-back check.
 */
const SAFE_PLAIN_BLOCK = /^[A-Za-z0-9_][A-Za-z0-9_ .,()/+'-]*$/;
const SAFE_PLAIN_FLOW = /^[A-Za-z0-9_][A-Za-z0-9_ .()/+'-]*$/;

function hasUncertainPlain(value: unknown, inFlow: boolean): boolean {
  if (value === null) return false;
  if (typeof value === 'string') {
    const node = scalar(value, inFlow);
    // Double-quoted strings are exact; literal blocks were checked one by one (blockLiteralHolds).
    if (node.type !== undefined) return false;
    return !(inFlow ? SAFE_PLAIN_FLOW : SAFE_PLAIN_BLOCK).test(value) || value.endsWith(' ');
  }
  if (Array.isArray(value)) return value.some((item) => hasUncertainPlain(item, true));
  const entries = value instanceof Map ? [...(value as Map<string, unknown>)] : Object.entries(value as object);
  return entries.some(([key, child]) => hasUncertainPlain(key, false) || hasUncertainPlain(child, false));
}

/** Every string double-quoted: always exact, the fallback when a nicer style did not round-trip. */
function quotedScalar(value: string): Scalar<string> {
  const node = new Scalar(value);
  node.type = 'QUOTE_DOUBLE';
  return node;
}

type Style = (value: string, inFlow: boolean) => Scalar<string>;

function toNode(value: unknown, style: Style): unknown {
  if (value === null) return new Scalar(null);
  if (typeof value === 'string') return style(value, false);
  if (Array.isArray(value)) {
    const seq = new YAMLSeq();
    // `owners: [alice]` as in DESIGN.md: one line per field, one diff line per edit.
    seq.flow = true;
    for (const item of value as string[]) seq.items.push(style(item, true));
    return seq;
  }
  const map = new YAMLMap();
  const entries = value instanceof Map ? [...(value as Map<string, unknown>)] : Object.entries(value as object);
  for (const [key, child] of entries) {
    const keyNode = style(key, false);
    // Keys are single-line; a key with a line break must be quoted (no block keys).
    if (keyNode.type === 'BLOCK_LITERAL') keyNode.type = 'QUOTE_DOUBLE';
    map.items.push(new Pair(keyNode, toNode(child, style)));
  }
  return map;
}

function renderDocument(value: Record<string, unknown>, style: Style): string {
  const doc = new Document();
  doc.contents = toNode(value, style) as YAMLMap;
  return doc.toString(TO_STRING);
}

function renderFile(documents: Record<string, unknown>[], file: string, options: RenderOptions): string {
  const header = options.schema === undefined ? '' : `# yaml-language-server: $schema=${schemaReference(options.schema, file)}\n`;
  const body = documents
    .map((document) => {
      const text = renderDocument(document, scalar);
      // The chosen styles are checked, not trusted: a document that does not read back to
      // exactly its data is rendered with every string double-quoted, which always does.
      // Only documents holding a plain string outside the known-safe class need the check.
      if (!hasUncertainPlain(document, false)) return text;
      return readsBackAs(text, document) ? text : renderDocument(document, quotedScalar);
    })
    .join('---\n');
  return header + body;
}

function schemaReference(schema: string, file: string): string {
  if (/^[a-z][a-z0-9+.-]*:/i.test(schema)) return schema;
  return path.posix.relative(path.posix.dirname(file), schema.split(path.sep).join('/'));
}

/** Parses with the loader's settings and compares with the data, Maps as objects in order. */
function readsBackAs(text: string, expected: unknown): boolean {
  const docs = parseAllDocuments(text, { uniqueKeys: false });
  if (docs.length !== 1 || docs[0]!.errors.length > 0) return false;
  const doc = docs[0]!;
  return sameData(doc.toJS({ mapAsMap: true }), expected);
}

function sameData(actual: unknown, expected: unknown): boolean {
  if (expected === null || typeof expected === 'string') return actual === expected;
  if (Array.isArray(expected))
    return Array.isArray(actual) && actual.length === expected.length && expected.every((item, i) => sameData(actual[i], item));
  const entries = expected instanceof Map ? [...(expected as Map<string, unknown>)] : Object.entries(expected as object);
  if (!(actual instanceof Map) || actual.size !== entries.length) return false;
  const actualEntries = [...(actual as Map<unknown, unknown>)];
  return entries.every(([key, value], i) => actualEntries[i]![0] === key && sameData(actualEntries[i]![1], value));
}

// ---------------------------------------------------------------------------------------
// File names

/** Longest encoded name kept as is; longer ones are cut and made unique by a hash. */
const MAX_NAME_BYTES = 120;

/**
 * Windows device names: a file or folder whose name before the first dot is one of these
 * (any case) cannot be created there, whatever its extension.
 */
const WINDOWS_RESERVED = /^(?:con|prn|aux|nul|com[0-9]|lpt[0-9])$/i;

const percent = (char: string) => `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`;

/**
 * A file name for an object name: letters, digits, `_`, `-` and `.` stay; every other
 * character (including `/`, `\`, `%`, space and all non-ASCII) becomes `%XX` per UTF-8
 * byte, like URL percent-encoding. The encoding is injective (`%` is itself encoded), so
 * distinct names give distinct files on a case-sensitive file system; the same name always
 * gives the same file. Also encoded, so the name is portable: a leading `.` (the loader
 * skips dot-files) and a trailing one (Windows drops it), the last letter of a Windows
 * device name (`CON` → `CO%4E`, `nul.txt` → `nu%6C.txt`), and the dot of a `.yaml` suffix
 * in any case (`a.yaml` → `a%2Eyaml`), so a database's folder (`a.yaml/`) never takes the
 * path of another database's file (`a.yaml`). The empty name is `%`. Encoded names longer
 * than MAX_NAME_BYTES are cut and end in `~` + 16 hex of the name's SHA-256.
 */
export function fileNameOf(name: string): string {
  let encoded = '';
  for (const byte of Buffer.from(name, 'utf8')) {
    const char = String.fromCharCode(byte);
    encoded += /[A-Za-z0-9_.-]/.test(char) ? char : percent(char);
  }
  if (encoded.startsWith('.')) encoded = `%2E${encoded.slice(1)}`;
  if (encoded.endsWith('.')) encoded = `${encoded.slice(0, -1)}%2E`;
  if (/\.yaml$/i.test(encoded)) encoded = `${encoded.slice(0, -5)}%2E${encoded.slice(-4)}`;
  const stem = encoded.split('.')[0]!;
  if (WINDOWS_RESERVED.test(stem)) encoded = `${stem.slice(0, -1)}${percent(stem.slice(-1))}${encoded.slice(stem.length)}`;
  if (encoded === '') encoded = '%';
  if (encoded.length > MAX_NAME_BYTES) encoded = `${encoded.slice(0, MAX_NAME_BYTES - 17)}~${hashOf(name)}`;
  return encoded;
}

/**
 * File names for the children of one folder. Names that differ only in case (`Orders`,
 * `orders`) would be one file on macOS and Windows: each of them then ends in `~` + hash,
 * so the files stay distinct everywhere. Only such groups are renamed; others keep the
 * plain encoding.
 */
function fileNames(names: readonly string[]): Map<string, string> {
  const byFolded = new Map<string, string[]>();
  for (const name of names) {
    const folded = fileNameOf(name).toLowerCase();
    byFolded.set(folded, [...(byFolded.get(folded) ?? []), name]);
  }
  const result = new Map<string, string>();
  for (const group of byFolded.values()) {
    for (const name of group) {
      const base = fileNameOf(name);
      result.set(name, group.length === 1 ? base : `${base.slice(0, MAX_NAME_BYTES - 17)}~${hashOf(name)}`);
    }
  }
  return result;
}

function hashOf(name: string): string {
  return createHash('sha256').update(name, 'utf8').digest('hex').slice(0, 16);
}

/** The folder of a service's manifests below the manifests folder. */
export function serviceFolderOf(service: string): string {
  return fileNameOf(service);
}

// ---------------------------------------------------------------------------------------
// Writing

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
