/**
 * YAML plumbing shared by the config and manifest loaders: parse with source positions,
 * convert to plain data for ajv, and locate a path back at `file:line:column`. Schema errors
 * become diagnostics in `diagnostics.ts`; the compiled schemas are `schemas.ts`.
 *
 * Map keys are named by their source text (`123:` is "123", `1.0:` is "1.0", `true:` is
 * "true"), never by the scalar YAML resolved them to: a table called `2024` must stay
 * "2024", and two spellings of one number must not silently collapse into one object.
 */
import {
  isAlias,
  isMap,
  isScalar,
  isSeq,
  LineCounter,
  parseAllDocuments,
  type Document,
  type Pair,
  type YAMLMap,
} from 'yaml';
import type { SourceLocation } from '../model/types.js';
import type { Diagnostic } from './types.js';
import { MAX_FILE_BYTES, structureProblem } from './text.js';

/** One segment of a path into a document: a map key or a sequence index. */
export type PathSegment = string | number;
export type Path = readonly PathSegment[];

/** A parsed YAML document with what is needed to locate its nodes. */
export interface LocatedDocument {
  /** The file as diagnostics name it. */
  file: string;
  doc: Document.Parsed;
  lineCounter: LineCounter;
}

/** A non-empty document and its data. */
export interface YamlDocument extends LocatedDocument {
  /** Plain data (objects, arrays, scalars) with keys named by their source text. */
  value: unknown;
}

export interface ParsedYaml {
  documents: YamlDocument[];
  diagnostics: Diagnostic[];
}

/** Aliases may be expanded at most this often per document ("billion laughs" guard). */
const MAX_ALIAS_EXPANSIONS = 10_000;

/**
 * Key order as written, for objects built from YAML maps whose keys JS would reorder (array
 * indices such as `2024` come first in `Object.keys`). Only such objects are entered: a
 * million-entry WeakMap costs the garbage collector dearly.
 */
const keyOrder = new WeakMap<object, string[]>();

/**
 * Where the entries of one YAML map are written, in written order: what compiling a valid
 * document needs (a valid document has no repeated keys, so these are exactly its entries).
 * Both the full parse and the quick one (quick-yaml.ts) produce it.
 */
export interface MapLayout {
  names: string[];
  /** Offset of each key. */
  keys: number[];
  /** Offset of each value; -1 for an empty value (`orders:`), which has no text of its own. */
  values: number[];
  /** The layout of each value that is a map. */
  maps: (MapLayout | undefined)[];
}

/**
 * Adds an entry to an object built from a YAML map, `order` being the names added so far (the
 * same array at every call). The property is an own, enumerable one even for `__proto__`.
 */
export function setEntry(object: Record<string, unknown>, order: string[], name: string, value: unknown): void {
  order.push(name);
  // An index key reorders the keys only when it is not the first.
  if (order.length > 1 && isArrayIndex(name) && !keyOrder.has(object)) keyOrder.set(object, order);
  // Assignment would call the `__proto__` setter instead of making a property.
  if (name === '__proto__') Object.defineProperty(object, name, { value, enumerable: true, writable: true, configurable: true });
  else object[name] = value;
}

/** Whether JS enumerates a property of this name before the others (an array index). */
function isArrayIndex(name: string): boolean {
  return /^(?:0|[1-9]\d{0,9})$/.test(name) && Number(name) < 4_294_967_295;
}

/**
 * Parses every document of a YAML stream. Documents with syntax errors are reported and
 * left out; duplicate keys are reported but the document is kept, so that its other
 * problems are reported in the same run.
 */
export function parseYaml(file: string, text: string): ParsedYaml {
  // Before the library composes (recursively) a text nested thousands deep.
  const problem = structureProblem(file, text);
  if (problem !== undefined) return { documents: [], diagnostics: [problem] };
  const lineCounter = new LineCounter();
  const docs = parseAllDocuments(text, {
    lineCounter,
    // Our own messages: yaml's "pretty" ones quote source lines, which may hold secrets.
    prettyErrors: false,
    // Duplicate keys are found by toPlain, by our key names (`1:` and `1.0:` are two keys, `a:`
    // and `"a":` one) and in constant time per key: yaml's own check compares each key with every
    // earlier one, which for a schema of 20,000 tables costs seconds.
    uniqueKeys: false,
  });
  const documents: YamlDocument[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const doc of docs) {
    const located: LocatedDocument = { file, doc, lineCounter };
    const conversion = toPlain(located);
    for (const error of doc.errors) diagnostics.push(syntaxDiagnostic(located, text, error));
    for (const [offset, duplicate] of conversion.duplicates) diagnostics.push(duplicateKeyDiagnostic(located, duplicate, offset));
    diagnostics.push(...conversion.diagnostics);
    if (doc.errors.length > 0 || isEmptyDocument(doc)) continue;
    documents.push({ ...located, value: conversion.value });
  }
  // A stream without documents keeps its errors on the (empty) array itself.
  const streamErrors = 'empty' in docs ? docs.errors : [];
  for (const error of streamErrors) diagnostics.push(syntaxDiagnostic({ file, lineCounter }, text, error));
  return { documents, diagnostics };
}

function isEmptyDocument(doc: Document.Parsed): boolean {
  const contents = doc.contents;
  return contents === null || (isScalar(contents) && contents.value === null);
}

/** The name of a map key: its source text, or "" for an absent key. */
export function keyName(key: unknown): string {
  if (key === null || key === undefined) return '';
  if (isScalar(key)) {
    if (typeof key.value === 'string') return key.value;
    if (typeof key.source === 'string') return key.source;
    return String(key.value);
  }
  // A collection used as a key: never valid here; name it so that it cannot match.
  return `<${isMap(key) ? 'map' : 'list'} key>`;
}

interface DuplicateKey {
  name: string;
  path: PathSegment[];
  first: SourceLocation;
}

interface Conversion {
  value: unknown;
  /** Repeated map keys by the source offset of the repetition (an aliased map is converted once per use). */
  duplicates: Map<number, DuplicateKey>;
  diagnostics: Diagnostic[];
}

/**
 * Where the conversion is, as a chain to the root: built in O(1) per key and spelled out as a
 * path only when a diagnostic needs it (a 10 MB manifest folder has a million keys).
 */
interface Trail {
  parent: Trail | null;
  segment: PathSegment;
}

function pathOf(trail: Trail | null): PathSegment[] {
  const path: PathSegment[] = [];
  for (let at = trail; at !== null; at = at.parent) path.push(at.segment);
  return path.reverse();
}

/**
 * Converts a document's AST to plain data. Objects get own enumerable properties even for
 * names like `__proto__`, and remember their key order for `entriesInOrder`.
 */
function toPlain(located: LocatedDocument): Conversion {
  const duplicates = new Map<number, DuplicateKey>();
  const diagnostics: Diagnostic[] = [];
  const active = new Set<unknown>();
  let aliasExpansions = 0;
  /** Aliases being expanded around the current node, and the text they have repeated so far. */
  let expanding = 0;
  let aliasedChars = 0;
  let aliasTextReported = false;

  const convert = (node: unknown, trail: Trail | null): unknown => {
    if (isScalar(node)) {
      if (expanding > 0 && typeof node.value === 'string') aliasedChars += node.value.length;
      return node.value;
    }
    if (isAlias(node)) {
      aliasExpansions++;
      const target = node.resolve(located.doc);
      if (aliasExpansions > MAX_ALIAS_EXPANSIONS || active.has(target)) {
        diagnostics.push(diagnosticAtNode(located, node, pathOf(trail), 'alias expands too much or refers to itself'));
        return null;
      }
      expanding++;
      const value = convert(target, trail);
      expanding--;
      // Values of up to 1 MiB repeated thousands of times would be gigabytes of descriptions to
      // plan. Reported once, at the alias that went over; the values stay (strings are shared, not copied).
      if (aliasedChars > MAX_FILE_BYTES && !aliasTextReported) {
        aliasTextReported = true;
        const limit = `${MAX_FILE_BYTES / 1024 / 1024} MiB`;
        diagnostics.push(diagnosticAtNode(located, node, pathOf(trail), `alias expands to more than ${limit} of text in this document (what a file may hold)`));
      }
      return value;
    }
    if (isSeq(node)) {
      active.add(node);
      const items = node.items.map((item, index) => convert(item, { parent: trail, segment: index }));
      active.delete(node);
      return items;
    }
    if (isMap(node)) {
      active.add(node);
      const object: Record<string, unknown> = {};
      const order: string[] = [];
      for (const pair of node.items) {
        const name = keyName(pair.key);
        const keyTrail: Trail = { parent: trail, segment: name };
        const existing = Object.prototype.hasOwnProperty.call(object, name);
        if (existing) {
          const offset = nodeStart(pair.key);
          if (offset !== undefined) duplicates.set(offset, { name, path: pathOf(keyTrail), first: locate(located, pathOf(keyTrail), 'key') });
        }
        if (pair.key !== null && !isScalar(pair.key)) {
          diagnostics.push(diagnosticAtNode(located, pair.key, pathOf(trail), `keys must be plain names${inPath(pathOf(trail))}`));
        }
        if (existing) continue; // the first occurrence wins; the duplicate is reported
        setEntry(object, order, name, convert(pair.value, keyTrail));
      }
      active.delete(node);
      return object;
    }
    return null;
  };

  const value = convert(located.doc.contents, null);
  return { value, duplicates, diagnostics };
}

/** Entries of an object built from YAML, in the order they were written. */
export function entriesInOrder(object: Record<string, unknown>): [string, unknown][] {
  const order = keyOrder.get(object) ?? Object.keys(object);
  return order.map((name) => [name, object[name]]);
}

function duplicateKeyDiagnostic(located: LocatedDocument, duplicate: DuplicateKey, offset: number): Diagnostic {
  const parent = duplicate.path.slice(0, -1);
  return {
    file: located.file,
    ...positionOf(located, offset),
    message: `duplicate key "${duplicate.name}"${inPath(parent)} (first at line ${duplicate.first.line})`,
    key: formatPath(duplicate.path),
  };
}

function syntaxDiagnostic(
  located: Pick<LocatedDocument, 'file' | 'lineCounter'>,
  text: string,
  error: { message: string; pos: [number, number] },
): Diagnostic {
  const position = positionOf(located, error.pos[0]);
  const line = text.split(/\r?\n/)[position.line - 1] ?? '';
  // `${VAR}` inside `{ }` or `[ ]` is a flow mapping to YAML, the commonest slip in configs.
  const hint = line.includes('${') ? ' (quote values that contain ${VAR}: "${VAR}")' : '';
  // yaml appends the offending token's text (`...: "hunter2"`); it may be a secret.
  const message = error.message.replace(/: ".*"$/s, '');
  return { file: located.file, ...position, message: `YAML syntax error: ${message}${hint}` };
}

function nodeStart(node: unknown): number | undefined {
  const range = (node as { range?: [number, number, number] } | null)?.range;
  return range?.[0];
}

/** Line and column of an offset. */
export function positionOf(located: Pick<LocatedDocument, 'lineCounter'>, offset: number): { line: number; column: number } {
  const { line, col } = located.lineCounter.linePos(offset);
  return { line, column: col };
}

function diagnosticAtNode(
  located: LocatedDocument,
  node: unknown,
  path: Path,
  message: string,
): Diagnostic {
  const offset = nodeStart(node) ?? 0;
  return { file: located.file, ...positionOf(located, offset), message, key: formatPath(path) };
}

/** Whether a node is an empty value (`key:` with nothing after it). */
function isEmptyValue(node: unknown): boolean {
  if (node === null || node === undefined) return true;
  return isScalar(node) && node.value === null && (node.source ?? '') === '';
}

interface Found {
  key: unknown;
  value: unknown;
}

/** Walks the AST along `path` (names as `keyName` gives them); undefined when absent. */
function find(located: LocatedDocument, path: Path): Found | undefined {
  let found: Found = { key: null, value: located.doc.contents };
  for (const segment of path) {
    let node = found.value;
    if (isAlias(node)) node = node.resolve(located.doc);
    if (isMap(node)) {
      const pair = pairsByName(node).get(String(segment));
      if (pair === undefined) return undefined;
      found = { key: pair.key, value: pair.value };
    } else if (isSeq(node) && typeof segment === 'number') {
      const item = node.items[segment];
      if (item === undefined) return undefined;
      found = { key: item, value: item };
    } else {
      return undefined;
    }
  }
  return found;
}

/** The layout of the map written at `node` (through aliases), or undefined when it is not a map. */
export function layoutOf(located: LocatedDocument, node: unknown): MapLayout | undefined {
  const map = isAlias(node) ? node.resolve(located.doc) : node;
  if (!isMap(map)) return undefined;
  const layout: MapLayout = { names: [], keys: [], values: [], maps: [] };
  for (const pair of map.items) {
    layout.names.push(keyName(pair.key));
    layout.keys.push(nodeStart(pair.key !== null ? pair.key : pair.value) ?? nodeStart(map) ?? 0);
    layout.values.push(isEmptyValue(pair.value) ? -1 : (nodeStart(pair.value) ?? -1));
    layout.maps.push(layoutOf(located, pair.value));
  }
  return layout;
}

/** The first pair of each key name in a map, built once: locating every node of a big schema stays linear. */
const pairIndex = new WeakMap<YAMLMap, Map<string, Pair>>();

function pairsByName(map: YAMLMap): Map<string, Pair> {
  let index = pairIndex.get(map);
  if (index === undefined) {
    index = new Map();
    for (const pair of map.items) {
      const name = keyName(pair.key);
      if (!index.has(name)) index.set(name, pair);
    }
    pairIndex.set(map, index);
  }
  return index;
}

/**
 * Where the node at `path` is written. `key` points at a map key (where a field or an
 * object is named); `value` at its value, falling back to the key for an empty value,
 * which has no text of its own. A path that does not exist resolves to its deepest
 * existing ancestor.
 */
export function locate(located: LocatedDocument, path: Path, target: 'key' | 'value'): SourceLocation {
  for (let length = path.length; length >= 0; length--) {
    const found = find(located, path.slice(0, length));
    if (found === undefined) continue;
    const useKey = target === 'key' || length < path.length || isEmptyValue(found.value);
    const node = useKey && found.key !== null ? found.key : found.value;
    const offset = nodeStart(node) ?? nodeStart(located.doc.contents) ?? 0;
    return { file: located.file, ...positionOf(located, offset) };
  }
  return { file: located.file, line: 1, column: 1 };
}

/** A diagnostic at the node at `path`. */
export function diagnosticAt(
  located: LocatedDocument,
  path: Path,
  target: 'key' | 'value',
  message: string,
): Diagnostic {
  const location = locate(located, path, target);
  const diagnostic: Diagnostic = { ...location, message };
  if (path.length > 0) diagnostic.key = formatPath(path);
  return diagnostic;
}

/** `services.warehouse.sync[0]`. */
export function formatPath(path: Path): string {
  let text = '';
  for (const segment of path) {
    if (typeof segment === 'number') text += `[${segment}]`;
    else text += text === '' ? segment : `.${segment}`;
  }
  return text;
}

/** " in <path>" for a message, or nothing at the document's root. */
export function inPath(path: Path): string {
  return path.length === 0 ? '' : ` in ${formatPath(path)}`;
}

/** Decodes an ajv instancePath (JSON Pointer) into segments; array indices become numbers. */
export function pointerToPath(pointer: string, data: unknown): PathSegment[] {
  if (pointer === '') return [];
  const path: PathSegment[] = [];
  let current = data;
  for (const raw of pointer.slice(1).split('/')) {
    const segment = raw.replaceAll('~1', '/').replaceAll('~0', '~');
    if (Array.isArray(current)) {
      const index = Number(segment);
      path.push(index);
      current = current[index];
    } else {
      path.push(segment);
      current = (current as Record<string, unknown> | null)?.[segment];
    }
  }
  return path;
}

/** A YAML map as plain data. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
