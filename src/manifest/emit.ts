/**
 * Pure emit of manifests, shared by `revmeta export` (OpenMetadata → manifests) and
 * `revmeta import` (a source → manifests): the same tree gives the same bytes, so a git diff
 * of two runs shows only real changes. Writing them to disk is `write.ts`.
 *
 * Layout (DESIGN.md): `<service>/<database>.yaml` holds the Database document,
 * `<service>/<database>/<schema>.yaml` the Schema document with its tables and columns.
 * Paths are relative to the manifests folder, '/'-separated. Identity comes from the
 * documents' content, never from paths, so a file name only has to be safe, unique and
 * stable (see `file-names.ts`).
 */
import path from 'node:path';
import { Document, Pair, parseAllDocuments, Scalar, YAMLMap, YAMLSeq, type ToStringOptions } from 'yaml';
import { compareText } from '../model/order.js';
import { fileNameOf, fileNames, serviceFolderOf } from './file-names.js';


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

export interface EmitOptions {
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
 * Emits one service's tree into files. Throws on two objects of one name under one
 * parent: the result would be a duplicate key, and the caller's tree is wrong.
 */
export function emitManifests(tree: WritableTree, options: EmitOptions = {}): ManifestFiles {
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
    files.set(databasePath, emitFile([databaseDoc], databasePath, options));

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
      files.set(schemaPath, emitFile([schemaDoc], schemaPath, options));
    }
  }
  return new Map([...files].sort(([a], [b]) => compareText(a, b)));
}

/** Emits several services into one map (export and import write many at once). */
export function emitAll(trees: readonly WritableTree[], options: EmitOptions = {}): ManifestFiles {
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
  for (const tree of trees) for (const [file, text] of emitManifests(tree, options)) all.set(file, text);
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
// YAML emitting


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

function emitDocument(value: Record<string, unknown>, style: Style): string {
  const doc = new Document();
  doc.contents = toNode(value, style) as YAMLMap;
  return doc.toString(TO_STRING);
}

function emitFile(documents: Record<string, unknown>[], file: string, options: EmitOptions): string {
  const header = options.schema === undefined ? '' : `# yaml-language-server: $schema=${schemaReference(options.schema, file)}\n`;
  const body = documents
    .map((document) => {
      const text = emitDocument(document, scalar);
      // The chosen styles are checked, not trusted: a document that does not read back to
      // exactly its data is emitted with every string double-quoted, which always does.
      // Only documents holding a plain string outside the known-safe class need the check.
      if (!hasUncertainPlain(document, false)) return text;
      return readsBackAs(text, document) ? text : emitDocument(document, quotedScalar);
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
