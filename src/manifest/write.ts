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
import { mkdir, readdir, readFile, rename, rmdir, unlink, writeFile } from 'node:fs/promises';
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
      const tables = objectsOf(schema.tables, `schema "${schema.name}"`);
      if (tables !== undefined) schemaDoc['tables'] = tables;
      files.set(schemaPath, renderFile([schemaDoc], schemaPath, options));
    }
  }
  return new Map([...files].sort(([a], [b]) => compareText(a, b)));
}

/** Renders several services into one map (export and import write many at once). */
export function renderAll(trees: readonly WritableTree[], options: RenderOptions = {}): ManifestFiles {
  const all = new Map<string, string>();
  for (const tree of trees) for (const [file, text] of renderManifests(tree, options)) all.set(file, text);
  return new Map([...all].sort(([a], [b]) => compareText(a, b)));
}

/** The fields in their fixed order: description, owners, tags. */
function fieldsOf(object: WritableFields): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  if (typeof object.description === 'string') fields['description'] = object.description;
  if (object.owners !== undefined && object.owners.length > 0) fields['owners'] = uniqueSorted(object.owners);
  if (object.tags !== undefined && object.tags.length > 0) fields['tags'] = uniqueSorted(object.tags);
  return fields;
}

/**
 * Tables or columns as a map by name, sorted. An object with nothing to say is written
 * as `name:` (null): it names the object, manages nothing, and is where a user adds a
 * description later. No children at all: the key is left out.
 */
function objectsOf(
  children: readonly (WritableTable | WritableColumn)[] | undefined,
  parent: string,
): Map<string, unknown> | undefined {
  if (children === undefined || children.length === 0) return undefined;
  const map = new Map<string, unknown>();
  for (const child of sortedUnique(children, parent)) {
    const entry = fieldsOf(child);
    const columns = objectsOf(child.columns, `"${child.name}"`);
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
 * A file name for an object name: letters, digits, `_`, `-` and `.` stay; every other
 * character (including `/`, `\`, `%`, space and all non-ASCII) becomes `%XX` per UTF-8
 * byte, like URL percent-encoding. The encoding is injective (`%` is itself encoded), so
 * distinct names give distinct files on a case-sensitive file system. A leading `.` is
 * encoded too (the loader skips dot-files), as is the empty name. Encoded names longer
 * than MAX_NAME_BYTES are cut and end in `~` + 16 hex of the name's SHA-256.
 */
export function fileNameOf(name: string): string {
  let encoded = '';
  for (const byte of Buffer.from(name, 'utf8')) {
    const char = String.fromCharCode(byte);
    encoded += /[A-Za-z0-9_.-]/.test(char) ? char : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  if (encoded.startsWith('.')) encoded = `%2E${encoded.slice(1)}`;
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

/**
 * Writes `files` below `dir`. A file whose bytes are already there is not touched (its
 * mtime stays, watchers stay quiet); others are written through a temporary file and a
 * rename, so a reader never sees half a manifest.
 */
export async function writeManifests(dir: string, files: ManifestFiles, options: WriteOptions = {}): Promise<WriteResult> {
  const result: WriteResult = { written: [], unchanged: [], removed: [] };
  for (const relative of [...files.keys()].sort(compareText)) {
    const text = files.get(relative)!;
    const target = resolveInside(dir, relative);
    const current = await readFile(target).catch(() => undefined);
    if (current !== undefined && current.equals(Buffer.from(text, 'utf8'))) {
      result.unchanged.push(relative);
      continue;
    }
    await mkdir(path.dirname(target), { recursive: true });
    const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.tmp`);
    await writeFile(temporary, text, 'utf8');
    await rename(temporary, target);
    result.written.push(relative);
  }
  for (const scope of options.prune ?? []) {
    const { service, databases } = typeof scope === 'string' ? { service: scope, databases: undefined } : scope;
    const folder = serviceFolderOf(service);
    for (const relative of await yamlFilesBelow(dir, folder)) {
      if (files.has(relative) || result.removed.includes(relative)) continue;
      const target = resolveInside(dir, relative);
      if (databases !== undefined && !(await belongsTo(target, service, databases))) continue;
      await unlink(target);
      result.removed.push(relative);
    }
    await removeEmptyFolders(path.join(dir, folder));
  }
  result.removed.sort(compareText);
  return result;
}

/** Whether every document of a file is a Database or Schema document of these databases of the service. */
async function belongsTo(file: string, service: string, databases: readonly string[]): Promise<boolean> {
  const wanted = new Set(databases.map((name) => name.toLowerCase()));
  const text = await readFile(file, 'utf8').catch(() => undefined);
  if (text === undefined) return false;
  const docs = parseAllDocuments(text);
  if (docs.length === 0 || docs.some((doc) => doc.errors.length > 0)) return false; // not ours to judge: keep it
  return docs.every((doc) => {
    const value: unknown = doc.toJS();
    if (typeof value !== 'object' || value === null) return false;
    const { kind, service: owner, name, database } = value as Record<string, unknown>;
    const databaseName = kind === 'Database' ? name : kind === 'Schema' ? database : undefined;
    return owner === service && typeof databaseName === 'string' && wanted.has(databaseName.toLowerCase());
  });
}

/** A relative path from the writer, refused if it would leave the folder (it never should). */
function resolveInside(dir: string, relative: string): string {
  const target = path.resolve(dir, ...relative.split('/'));
  const root = path.resolve(dir);
  if (!target.startsWith(root + path.sep)) throw new Error(`manifest path ${JSON.stringify(relative)} leaves the manifests folder`);
  return target;
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
      else if (entry.isFile() && entry.name.endsWith('.yaml')) found.push(child);
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
