/**
 * Loads the manifests folder into the desired tree. Every file and document is validated
 * before anything is built, so one run reports every problem of the set; an invalid set
 * yields diagnostics only, never a partial tree that could be planned.
 */
import { createHash } from 'node:crypto';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { classificationsIn, joinFqn, parseTagFqn } from '../model/fqn.js';
import type {
  DesiredFields,
  DesiredNode,
  DesiredService,
  DesiredState,
  ManifestFile,
  ObjectKind,
  SourceLocation,
} from '../model/types.js';
import type { Config, Diagnostic, Loaded } from './types.js';
import {
  countObjects,
  tableSizes,
  readCache,
  readCompiled,
  SchemaWriter,
  selectTables,
  summaryNode,
  summaryOf,
  writeCache,
  writeCompiled,
  type CacheLocation,
  type CompiledDocument,
  type DocumentIdentityFields,
  type DocumentSummary,
  type NextCacheEntry,
  type Position,
  type TableSelection,
} from './cache.js';
import { ajvDiagnostics, sortDiagnostics } from './diagnostics.js';
import { schemaValidator } from './schemas.js';
import { compareText } from '../model/order.js';
import {
  diagnosticAt,
  entriesInOrder,
  formatPath,
  isRecord,
  layoutOf,
  locate,
  parseYaml,
  positionOf,
  type MapLayout,
  type Path,
  type PathSegment,
  type YamlDocument,
} from './yaml.js';
import { quickParse } from './quick-yaml.js';
import { newlinesIn, tableParts } from './table-parts.js';
import { readText } from './text.js';
import { collectGarbage } from '../model/memory.js';

/** Fields an object may state; the schema guarantees the types once a document is valid. */
interface Entry {
  description?: string;
  owners?: string[];
  tags?: string[];
  columns?: Record<string, Entry | null> | null;
}

interface DatabaseDocument extends Entry {
  kind: 'Database';
  service: string;
  name: string;
}

interface SchemaDocument extends Entry {
  kind: 'Schema';
  service: string;
  database: string;
  name: string;
  tables?: Record<string, Entry | null> | null;
}

type Manifest = DatabaseDocument | SchemaDocument;

export interface LoadOptions {
  /** Where compiled files are cached between runs (see cache.ts); none: parse every file. */
  cache?: CacheLocation | null;
  /**
   * Only these files, relative to the manifests folder ('/'-separated), those that exist
   * (`--changed-since`): the checks across files see only them, and the cache is read, not
   * rewritten (it would forget every other file).
   */
  only?: readonly string[];
  /**
   * The most desired objects the set may hold to be loaded whole (default: no limit). A bigger
   * set is indexed only: its schemas are loaded a step at a time (`ManifestSet.load`).
   */
  holdObjects?: number;
  /**
   * Files read and compiled already, by relative path (`--changed-since` compiles the changed
   * files to compare them), with the SHA-256 of the bytes compiled: used instead of reading and
   * compiling the file again. Never cached: a changed file's documents may hold only its edited tables.
   */
  compiled?: ReadonlyMap<string, { sha256: string; documents: readonly CompiledDocument[] }>;
  /** After each file compiled: its desired objects, and those held compiled from earlier files while it was parsed. */
  onCompiled?: (file: { file: string; objects: number; held: number }) => void;
}

/**
 * A valid manifests folder. Small, it is held whole; big, only its index is held (every
 * database with its own fields and every schema without its tables, with their sizes), and the
 * schemas of a step are compiled again or read from the cache when the step is planned, so
 * memory holds one step of the manifests, never all of them.
 */
export interface ManifestSet {
  /** Every file with its SHA-256 (the plan's `manifestsDigest`), in load order. */
  files: ManifestFile[];
  /** Desired objects in the set: databases, schemas, tables, columns. */
  objects: number;
  /** The whole tree, when the set holds at most `holdObjects` objects; else undefined. */
  whole: DesiredState | undefined;
  /** The whole tree, or the index: the same databases and schemas, each schema without its tables until loaded. */
  outline: DesiredState;
  /** Desired objects in a schema of the outline: itself, its tables and their columns. */
  objectsIn(schema: DesiredNode): number;
  /** Desired objects of each table of a schema of the outline (each table and its columns), in order; negative where no step may start (see `tableSizes`). */
  tableObjectsIn(schema: DesiredNode): readonly number[];
  /** The tag classifications a service's manifests use anywhere. */
  classifications(service: string): string[];
  /**
   * A part of the outline (a step of `planSteps`) with its schemas loaded; diagnostics when a file
   * changed since it was indexed. The loaded schemas belong to the caller, who lets them go.
   */
  load(step: DesiredService): Promise<Loaded<DesiredService>>;
}

/** What a document identifies, valid or not: what the checks across files need. */
interface DocumentIdentity {
  file: string;
  service?: { name: string; at: SourceLocation };
  /** database: [service, name]; schema: [service, database, name]. */
  object?: { kind: 'database' | 'schema'; parts: string[]; at: SourceLocation };
}

/** A valid file as the index holds it. */
interface IndexedFile {
  absolute: string;
  display: string;
  sha256: string;
  documents: DocumentSummary[];
}

/** The whole tree of a valid folder (diagnostics otherwise), as `indexManifests` with no limit holds it. */
export async function loadManifests(config: Config, options: LoadOptions = {}): Promise<Loaded<DesiredState>> {
  const loaded = await indexManifests(config, { ...options, holdObjects: Number.POSITIVE_INFINITY });
  if (!loaded.ok) return loaded;
  if (loaded.value.whole === undefined) throw new Error('a set loaded with no limit is held whole');
  return { ok: true, value: loaded.value.whole };
}

/**
 * Reads, validates and indexes every manifest file (see `ManifestSet`): every file is checked,
 * and the checks across files run, before anything is returned, so an invalid set yields
 * diagnostics only. Memory holds one file's parse at a time.
 */
export async function indexManifests(config: Config, options: LoadOptions = {}): Promise<Loaded<ManifestSet>> {
  const folderProblem = await checkFolder(config);
  if (folderProblem !== undefined) return { ok: false, diagnostics: [folderProblem] };

  const cache = options.cache ?? null;
  const writable = cache !== null && !options.only;
  const holdObjects = options.holdObjects ?? Number.POSITIVE_INFINITY;
  const cached = cache ? await readCache(cache) : new Map<string, never>();
  const nextCache = new Map<string, NextCacheEntry>();
  const files: ManifestFile[] = [];
  const indexed: IndexedFile[] = [];
  const identities: DocumentIdentity[] = [];
  const diagnostics: Diagnostic[] = [];
  // Files compiled in this run, kept while the set may still be small enough to hold whole, and
  // only while they and the next file's parse fit one step: else let go before it is parsed, and
  // read back from the cache (or compiled again) if the set turns out to fit after all.
  const held = new Map<IndexedFile, CompiledDocument[]>();
  let heldObjects = 0;
  let indexedObjects = 0;
  let compiledSinceCollect = 0;
  // The most desired objects per byte of YAML seen so far: what the next file may hold, before it is parsed.
  let objectsPerByte = 0;
  const hold = (entry: IndexedFile, documents: CompiledDocument[], objects: number) => {
    if (indexedObjects <= holdObjects) {
      held.set(entry, documents);
      heldObjects += objects;
    } else letGo();
  };
  const letGo = () => {
    held.clear();
    heldObjects = 0;
  };
  const manifestFiles = options.only ? await existingFiles(config.manifests, options.only) : await listManifestFiles(config.manifests, config.file);
  // A file at a time, in a function of its own: once it returns, its text and parse are garbage
  // (a loop body's locals would stay reachable while the next file is parsed).
  const indexFile = async (found: FoundFile): Promise<void> => {
    const display = displayPath(found.absolute);
    const done = options.compiled?.get(found.relative);
    if (done !== undefined) {
      // Read, hashed and compiled by the caller, not read again: its sha256 is of the bytes compiled.
      // Never cached (a cut holds only the edited tables); held for this run like a fresh compile.
      const sha256 = done.sha256;
      files.push({ path: found.relative, sha256 });
      const entry: IndexedFile = { absolute: found.absolute, display, sha256, documents: done.documents.map(summaryOf) };
      indexed.push(entry);
      identities.push(...done.documents.map((document) => identityOfCompiled(document, display)));
      const objects = objectsInFile(entry.documents);
      indexedObjects += objects;
      hold(entry, [...done.documents], objects);
      return;
    }
    // Checked before the cache is asked: a cached entry must not hide bytes that are not text.
    const read = await readText(found.absolute, display);
    if (!read.ok) {
      diagnostics.push(read.diagnostic);
      return;
    }
    const sha256 = createHash('sha256').update(read.bytes).digest('hex');
    files.push({ path: found.relative, sha256 });
    const sized = (objects: number) => {
      objectsPerByte = Math.max(objectsPerByte, objects / Math.max(1, read.bytes.length));
      return objects;
    };
    const hit = cached.get(found.relative);
    if (hit !== undefined && hit.sha256 === sha256) {
      nextCache.set(found.relative, hit);
      indexed.push({ absolute: found.absolute, display, sha256, documents: hit.documents });
      identities.push(...hit.documents.map((document) => identityOfCompiled(document, display)));
      indexedObjects += sized(objectsInFile(hit.documents));
      return;
    }
    // Parsing takes many times the file's compiled size: what is held must leave it room within a
    // step, and the garbage of the files parsed before it is collected first (see memory.ts) when
    // with it that would be more than a step's worth of parsing (traced: the heap grew to 1.1 GB).
    const estimated = Math.ceil(objectsPerByte * read.bytes.length);
    if (heldObjects > 0 && heldObjects + estimated > holdObjects) letGo();
    if (compiledSinceCollect > 0 && compiledSinceCollect + estimated > holdObjects) {
      collectGarbage();
      compiledSinceCollect = 0;
    }
    const heldWhileCompiling = heldObjects;
    // A big file compiled in parts is written to the cache a part at a time, never held whole.
    const result = await compileFile(display, read.text, writable ? new SchemaWriter(cache, sha256) : undefined);
    diagnostics.push(...result.diagnostics);
    identities.push(...result.identities);
    if (result.diagnostics.length > 0) return;
    const entry: IndexedFile = { absolute: found.absolute, display, sha256, documents: result.summaries ?? result.documents.map(summaryOf) };
    indexed.push(entry);
    const written = result.summaries !== undefined || (writable && (await writeCompiled(cache, sha256, result.documents)));
    if (written) nextCache.set(found.relative, { sha256, documents: entry.documents });
    const objects = sized(objectsInFile(entry.documents));
    options.onCompiled?.({ file: display, objects, held: heldWhileCompiling });
    indexedObjects += objects;
    // Written as compiled, its tables are not here to hold: read back from the cache when needed.
    if (result.summaries === undefined) hold(entry, result.documents, objects);
    else if (indexedObjects > holdObjects) letGo();
    compiledSinceCollect += objects;
  };
  for (const found of manifestFiles) await indexFile(found);
  diagnostics.push(...checkServices(identities, config), ...duplicateObjects(identities));
  if (writable && !sameCache(cached, nextCache)) await writeCache(cache, nextCache);
  if (diagnostics.length > 0) return { ok: false, diagnostics: sortDiagnostics(diagnostics) };

  // A file's documents with the tables `wanted` (all by default): from what is held, else the cache, else compiled again.
  const compiledDocumentsOf = async (entry: IndexedFile, wanted?: TableSelection): Promise<Loaded<CompiledDocument[]>> => {
    const heldDocuments = held.get(entry);
    const documents = heldDocuments ? selectTables(heldDocuments, wanted) : cache ? await readCompiled(cache, entry.sha256, entry.display, wanted) : undefined;
    if (documents !== undefined && documents.length === entry.documents.length) return { ok: true, value: documents };
    const compiled = await compileAgain(entry, writable ? cache : null);
    return compiled.ok ? { ok: true, value: selectTables(compiled.value, wanted) } : compiled;
  };
  const objects = objectsInSet(indexed);
  if (objects <= holdObjects) {
    const documents: CompiledDocument[] = [];
    for (const entry of indexed) {
      const compiled = await compiledDocumentsOf(entry);
      if (!compiled.ok) return compiled;
      documents.push(...compiled.value);
    }
    const whole = buildState(config, documents, files);
    return { ok: true, value: wholeSet(whole, objects, countObjects) };
  }
  letGo();
  return { ok: true, value: indexedSet(config, indexed, files, objects, compiledDocumentsOf) };
}

/** A set held whole: its outline is the tree, and a step is already loaded. */
function wholeSet(whole: DesiredState, objects: number, objectsIn: (schema: DesiredNode) => number): ManifestSet {
  return {
    files: whole.files,
    objects,
    whole,
    outline: whole,
    objectsIn,
    tableObjectsIn: tableSizes,
    classifications: (service) => classificationsIn(whole.services.get(service)?.databases ?? []),
    load: async (step) => ({ ok: true, value: step }),
  };
}

/** A tree held whole (e.g. narrowed to what a pull request changed) as a `ManifestSet`. */
export function manifestSetOf(whole: DesiredState): ManifestSet {
  let objects = 0;
  for (const service of whole.services.values()) for (const database of service.databases) objects += countObjects(database);
  return wholeSet(whole, objects, countObjects);
}

/** Where a schema of the index is written, and its size. */
interface SchemaSource {
  file: IndexedFile;
  document: number;
  objects: number;
  tables: readonly number[];
}

/** A schema's tables [from, to) as a plan step takes them (see `schemaPart`). */
interface SchemaPart {
  schema: DesiredNode;
  from: number;
  to: number;
  /** Whether the part carries the schema's own fields (one part does). */
  fields: boolean;
}

const schemaParts = new WeakMap<DesiredNode, SchemaPart>();

/**
 * Tables [from, to) of a schema as a node of their own, for a plan step that takes part of a
 * big schema: with the schema's own fields when `fields`, else none. A part of a schema held
 * whole has its tables; one of an index gets them when the step is loaded.
 */
export function schemaPart(schema: DesiredNode, from: number, to: number, fields: boolean): DesiredNode {
  const part = cut(schema, { from, to, fields });
  schemaParts.set(part, { schema, from, to, fields });
  return part;
}

/** Tables [from, to) of `schema`, with its own fields when `fields`. */
function cut(schema: DesiredNode, { from, to, fields }: Omit<SchemaPart, 'schema'>): DesiredNode {
  return { ...schema, children: schema.children.slice(from, to), ...(fields ? {} : { fields: {}, fieldLocations: {} }) };
}

/** A set held as its index (see `ManifestSet`); `compiled` gives a file's documents when a step needs them. */
function indexedSet(
  config: Config,
  indexed: readonly IndexedFile[],
  files: ManifestFile[],
  objects: number,
  compiled: (entry: IndexedFile, wanted: TableSelection) => Promise<Loaded<CompiledDocument[]>>,
): ManifestSet {
  const sources = new Map<DesiredNode, SchemaSource>();
  const classifications = new Map<string, Set<string>>();
  const outlineDocuments: CompiledDocument[] = [];
  for (const file of indexed) {
    file.documents.forEach((summary, document) => {
      const known = classifications.get(summary.service) ?? new Set<string>();
      for (const name of summary.classifications) known.add(name);
      classifications.set(summary.service, known);
      const { objects: _objects, classifications: _classifications, node: _node, ...identity } = summary;
      const location = { file: file.display, line: summary.nameAt[0], column: summary.nameAt[1] };
      const node = summaryNode(summary, file.display) ?? emptyNode(summary.kind === 'Database' ? 'database' : 'schema', summary.name, location);
      if (summary.kind === 'Schema') sources.set(node, { file, document, objects: summary.objects, tables: summary.tables ?? [] });
      outlineDocuments.push({ ...identity, node });
    });
  }
  return {
    files,
    objects,
    whole: undefined,
    outline: buildState(config, outlineDocuments, files),
    objectsIn: (schema) => sources.get(schema)?.objects ?? countObjects(schema),
    tableObjectsIn: (schema) => sources.get(schema)?.tables ?? tableSizes(schema),
    classifications: (service) => [...(classifications.get(service) ?? [])],
    load: async (step) => {
      // File by file, in the order the step names them; a file's other documents are let go.
      // A part of a schema (`schemaPart`) takes its tables of the schema loaded whole, the rest let go.
      const wanted = new Map<IndexedFile, Array<{ document: number; schema: DesiredNode; part: SchemaPart | undefined }>>();
      for (const database of step.databases) {
        for (const schema of database.children) {
          const part = schemaParts.get(schema);
          const source = sources.get(part?.schema ?? schema);
          if (source === undefined) continue;
          wanted.set(source.file, [...(wanted.get(source.file) ?? []), { document: source.document, schema, part }]);
        }
      }
      const loaded = new Map<DesiredNode, DesiredNode>();
      for (const [file, schemas] of wanted) {
        // Only the tables the step takes are read: of a big schema cached in table files, only those files.
        const tables = new Map<number, readonly [number, number] | undefined>();
        for (const { document, part } of schemas) {
          const range = part && ([part.from, part.to] as const);
          const known = tables.has(document) ? tables.get(document) : range;
          tables.set(document, known && range ? [Math.min(known[0], range[0]), Math.max(known[1], range[1])] : undefined);
        }
        const documents = await compiled(file, tables);
        if (!documents.ok) return documents;
        for (const { document, schema, part } of schemas) {
          const node = documents.value[document]!.node;
          const offset = tables.get(document)?.[0] ?? 0;
          loaded.set(schema, part === undefined ? node : cut(node, { from: part.from - offset, to: part.to - offset, fields: part.fields }));
        }
      }
      const databases = step.databases.map((database) => ({ ...database, children: database.children.map((schema) => loaded.get(schema) ?? schema) }));
      return { ok: true, value: { ...step, databases } };
    },
  };
}

/**
 * A file indexed earlier in this run, compiled again (its cached form missing or not trusted):
 * it must still be the bytes that were indexed, or the plan would mix two versions of it.
 */
async function compileAgain(entry: IndexedFile, cache: CacheLocation | null): Promise<Loaded<CompiledDocument[]>> {
  const read = await readText(entry.absolute, entry.display);
  if (!read.ok) return { ok: false, diagnostics: [read.diagnostic] };
  if (createHash('sha256').update(read.bytes).digest('hex') !== entry.sha256) {
    const message = `${entry.display} changed since this run read the manifests; nothing was planned from it: run the command again`;
    return { ok: false, diagnostics: [{ file: entry.display, line: 1, column: 1, message }] };
  }
  const result = await compileFile(entry.display, read.text);
  if (result.diagnostics.length > 0) return { ok: false, diagnostics: sortDiagnostics(result.diagnostics) };
  if (cache !== null) await writeCompiled(cache, entry.sha256, result.documents);
  return { ok: true, value: result.documents };
}

function objectsInFile(documents: readonly DocumentSummary[]): number {
  return documents.reduce((sum, document) => sum + document.objects, 0);
}

/** Databases (each once, however many documents name it) and every schema's objects. */
function objectsInSet(indexed: readonly IndexedFile[]): number {
  const databases = new Set<string>();
  let objects = 0;
  for (const file of indexed) {
    for (const document of file.documents) {
      databases.add(JSON.stringify([document.service, document.database]));
      if (document.kind === 'Schema') objects += document.objects;
    }
  }
  return objects + databases.size;
}

/** The manifests folder must exist: an empty set would silently manage nothing. */
async function checkFolder(config: Config): Promise<Diagnostic | undefined> {
  const problem = await stat(config.manifests).then(
    (stats) => (stats.isDirectory() ? undefined : 'is not a folder'),
    () => 'does not exist',
  );
  if (problem === undefined) return undefined;
  return {
    file: displayPath(config.file),
    line: 1,
    column: 1,
    message: `manifests folder ${displayPath(config.manifests)} ${problem}`,
    key: 'manifests',
  };
}

function sameCache(before: ReadonlyMap<string, { sha256: string }>, after: ReadonlyMap<string, { sha256: string }>): boolean {
  if (before.size !== after.size) return false;
  for (const [file, entry] of after) if (before.get(file)?.sha256 !== entry.sha256) return false;
  return true;
}

interface CompiledFile {
  documents: CompiledDocument[];
  identities: DocumentIdentity[];
  diagnostics: Diagnostic[];
  /** The documents were written to the cache as they were compiled (`SchemaWriter`): their summaries; `documents` then hold no tables. */
  summaries?: DocumentSummary[];
}

/**
 * Parses and validates one file; its documents are compiled only when the whole file is valid.
 * A file in the block subset of YAML that is valid goes the quick way (quick-yaml.ts); every
 * other file, and any file with a problem, is parsed in full, which locates every problem.
 */
async function compileFile(file: string, text: string, writer?: SchemaWriter): Promise<CompiledFile> {
  if (text.length > PART_CHARS) {
    const parted = await compileInParts(file, text, writer);
    if (parted !== undefined) return parted;
  }
  const quick = await compileQuickly(file, text);
  if (quick !== undefined) return quick;
  const parsed = parseYaml(file, text);
  const diagnostics = [...parsed.diagnostics];
  for (const document of parsed.documents) diagnostics.push(...(await validateDocument(document)));
  const identities = parsed.documents.map(identityOfParsed);
  if (diagnostics.length > 0) return { documents: [], identities, diagnostics };
  const documents = parsed.documents.map((document) =>
    compileDocument({
      file,
      value: document.value,
      layout: mapLayout(file, layoutOf(document, document.doc.contents)),
      position: (offset) => positionOf(document, offset),
    }),
  );
  return { documents, identities, diagnostics };
}

/**
 * Characters of table entries a big Schema file is parsed at a time (see `compileInParts`): the
 * quick parse of 1 MB of YAML peaks near 50 MB, so a file's parse stays near that whatever its size.
 */
export const PART_CHARS = 1024 * 1024;

/** Parts of a big file parsed between two full garbage collections. */
const PARTS_PER_COLLECTION = 4;

/**
 * A big Schema file compiled a part of its tables at a time (table-parts.ts), each part the
 * quick way, located in the whole file; the parts' tables joined make the document that the
 * whole file compiles to. A part with a problem is parsed in full to locate it, as the whole file
 * would be; duplicate table names across parts are reported as the whole parse reports them.
 * Undefined (the caller compiles the whole file) when the scan does not know the file's lines, or
 * a part's problem is one only the whole file tells (YAML syntax, anchors and aliases, a limit).
 */
async function compileInParts(file: string, text: string, writer?: SchemaWriter): Promise<CompiledFile | undefined> {
  const cut = tableParts(text, PART_CHARS);
  if (cut === undefined) return undefined;
  const head = text.slice(0, cut.tablesStart);
  const tail = text.slice(cut.tailStart);
  const headLines = newlinesIn(head, 0, head.length);
  const tablesLines = newlinesIn(text, cut.tablesStart, cut.tailStart);
  let document: CompiledDocument | undefined;
  let identity: DocumentIdentity | undefined;
  const tables: DesiredNode[] = [];
  const diagnostics: Diagnostic[] = [];
  // Each table's name and the line of its key, across parts: a name again is a duplicate key.
  const firstLines = new Map<string, number>();
  const named = (name: string, at: SourceLocation) => {
    const first = firstLines.get(name);
    if (first === undefined) firstLines.set(name, at.line);
    else diagnostics.push({ ...at, message: `duplicate key "${name}" in tables (first at line ${first})`, key: formatPath(['tables', name]) });
  };
  // Lines of the tables before the part, and parts parsed.
  let skipped = 0;
  let parsed = 0;
  for (const [start, end] of cut.parts) {
    const entries = text.slice(start, end);
    const entryLines = newlinesIn(text, start, end);
    const after = tablesLines - skipped - entryLines;
    const linesBefore = (offset: number) => (offset < head.length ? 0 : offset < head.length + entries.length ? skipped : skipped + after);
    const lineInFile = (line: number) => (line <= headLines ? line : line <= headLines + entryLines ? line + skipped : line + skipped + after);
    const partText = head + entries + tail;
    const quick = await compileQuickly(file, partText, linesBefore);
    if (quick !== undefined && quick.documents.length === 1) {
      const [part] = quick.documents as [CompiledDocument];
      document ??= part;
      identity ??= quick.identities[0];
      for (const table of part.node.children) {
        named(table.name, table.location);
        if (writer === undefined) tables.push(table);
      }
      if (writer !== undefined && diagnostics.length === 0 && !(await writer.add(part.node.children))) {
        // The cache could not be written: compiled again, held whole.
        await writer.discard();
        return compileInParts(file, text);
      }
    } else {
      const problems = await partProblems(file, partText, lineInFile, firstLines);
      if (problems === undefined) {
        await writer?.discard();
        return undefined;
      }
      diagnostics.push(...problems.diagnostics);
      identity ??= problems.identity;
      for (const table of problems.tables) named(table.name, table.at);
    }
    skipped += entryLines;
    // The parts' garbage is collected now and then: left to V8, the heap grew to three times what
    // the compiled tables hold (669 MB for a file of 400,000 objects whose tables hold 200 MB).
    if (++parsed % PARTS_PER_COLLECTION === 0) collectGarbage();
  }
  // The document's own problems are in every part: reported once, in the order of the whole file.
  if (diagnostics.length > 0 || document === undefined) {
    await writer?.discard();
    return { documents: [], identities: identity ? [identity] : [], diagnostics: sortDiagnostics(diagnostics) };
  }
  document.node.children = tables;
  if (writer === undefined) return { documents: [document], identities: [identity!], diagnostics: [] };
  const summary = await writer.finish(document);
  if (summary !== undefined) return { documents: [document], identities: [identity!], diagnostics: [], summaries: [summary] };
  await writer.discard();
  return compileInParts(file, text);
}

/**
 * A part of a big file (see `compileInParts`) that is not valid the quick way, parsed in full:
 * its problems and identity, located in the whole file (`lineInFile`), and its tables' names;
 * undefined when it has no problem of its own or one only the whole file tells.
 */
async function partProblems(
  file: string,
  text: string,
  lineInFile: (line: number) => number,
  namedBefore: ReadonlyMap<string, unknown>,
): Promise<{ diagnostics: Diagnostic[]; identity: DocumentIdentity; tables: Array<{ name: string; at: SourceLocation }> } | undefined> {
  const parsed = parseYaml(file, text);
  const [document] = parsed.documents;
  if (document === undefined || parsed.documents.length !== 1) return undefined;
  // Duplicate keys are the part's own; a syntax error may read the next part's lines, anchors may be in another part.
  if (parsed.diagnostics.some((diagnostic) => !diagnostic.message.startsWith('duplicate key '))) return undefined;
  // A table named in an earlier part is a duplicate key: the whole parse keeps the first copy, so this
  // one's problems are not reported (only the duplicate is, by the caller).
  const tables = isRecord(document.value) ? document.value['tables'] : undefined;
  let repeated = false;
  if (isRecord(tables)) {
    for (const name of Object.keys(tables)) {
      if (!namedBefore.has(name)) continue;
      delete tables[name];
      repeated = true;
    }
  }
  const found = [...parsed.diagnostics, ...(await validateDocument(document))];
  if (found.length === 0 && !repeated) return undefined;
  const located = (at: SourceLocation): SourceLocation => ({ ...at, line: lineInFile(at.line) });
  const diagnostics = found.map((diagnostic) => ({
    ...diagnostic,
    line: lineInFile(diagnostic.line),
    message: diagnostic.message.replace(/\(first at line (\d+)\)$/, (_, line: string) => `(first at line ${lineInFile(Number(line))})`),
  }));
  const parsedIdentity = identityOfParsed(document);
  const identity: DocumentIdentity = {
    file,
    ...(parsedIdentity.service ? { service: { ...parsedIdentity.service, at: located(parsedIdentity.service.at) } } : {}),
    ...(parsedIdentity.object ? { object: { ...parsedIdentity.object, at: located(parsedIdentity.object.at) } } : {}),
  };
  // The tables' names where their keys are written, each once (a repeat inside the part is among its problems).
  const root = layoutOf(document, document.doc.contents);
  const layout = root?.maps[root.names.indexOf('tables')];
  const names: Array<{ name: string; at: SourceLocation }> = [];
  const seen = new Set<string>();
  layout?.names.forEach((name, index) => {
    if (seen.has(name)) return;
    seen.add(name);
    names.push({ name, at: located({ file, ...positionOf(document, layout.keys[index] ?? 0) }) });
  });
  return { diagnostics, identity, tables: names };
}

/**
 * The compiled file when it reads the quick way and is valid; undefined otherwise.
 * `linesBefore`: the text is lines cut from a file, and the lines of the file left out before
 * an offset of the text (see `compileManifestCut`).
 */
async function compileQuickly(file: string, text: string, linesBefore?: (offset: number) => number): Promise<CompiledFile | undefined> {
  const quick = quickParse(text);
  if (quick === undefined) return undefined;
  const validate = await schemaValidator('manifest');
  for (const { value } of quick.documents) {
    if (!validate(value)) return undefined;
    if (objectsOf(value).some((object) => tagProblems(object.entry, object.path).length > 0)) return undefined;
  }
  const position = (offset: number) => {
    const at = positionOf(quick, offset);
    return linesBefore ? { line: at.line + linesBefore(offset), column: at.column } : at;
  };
  const documents = quick.documents.map(({ value, layout }) => compileDocument({ file, value, layout, position }));
  return { documents, identities: documents.map((document) => identityOfCompiled(document, file)), diagnostics: [] };
}

interface FoundFile {
  absolute: string;
  /** Relative to the manifests folder, '/'-separated: the order and the name in `files`. */
  relative: string;
}

/**
 * Every `*.yaml`/`*.yml` below `root`, sorted by relative path in code-unit order so that
 * the result does not depend on the file system or the locale. Dot-entries (`.git`,
 * editor backups) are skipped, and so is the config file when it lives in the folder.
 */
async function listManifestFiles(root: string, configFile: string): Promise<FoundFile[]> {
  const found: FoundFile[] = [];
  const walk = async (folder: string): Promise<void> => {
    for (const entry of await readdir(folder, { withFileTypes: true })) {
      if (entry.name.startsWith('.')) continue;
      const absolute = path.join(folder, entry.name);
      const kind = entry.isSymbolicLink() ? await symlinkKind(absolute) : entry;
      if (kind?.isDirectory() && !entry.isSymbolicLink()) await walk(absolute);
      else if (kind?.isFile() && /\.ya?ml$/.test(entry.name) && absolute !== configFile)
        found.push({ absolute, relative: path.relative(root, absolute).split(path.sep).join('/') });
    }
  };
  await walk(root);
  return found.sort((a, b) => compareText(a.relative, b.relative));
}

/** Those of `relative` (below `root`) that are files, in the order `listManifestFiles` gives. */
async function existingFiles(root: string, relative: readonly string[]): Promise<FoundFile[]> {
  const found: FoundFile[] = [];
  for (const name of [...new Set(relative)].sort(compareText)) {
    const absolute = path.join(root, ...name.split('/'));
    if ((await symlinkKind(absolute))?.isFile()) found.push({ absolute, relative: name });
  }
  return found;
}

/**
 * The documents of one manifest text (e.g. a file as a git commit holds it), validated as
 * `loadManifests` validates a file; diagnostics instead when it is not valid.
 */
export async function compileManifestText(file: string, text: string): Promise<Loaded<CompiledDocument[]>> {
  const result = await compileFile(file, text);
  return result.diagnostics.length > 0 ? { ok: false, diagnostics: result.diagnostics } : { ok: true, value: result.documents };
}

/**
 * The documents of `text`, whole lines cut from a manifest file, located in that file:
 * `linesBefore(offset)` is how many of the file's lines were left out before `offset` of the
 * text. Only the quick way (which locates by offsets): undefined when the cut does not read
 * that way or is not valid, and the caller compiles the whole file instead.
 */
export async function compileManifestCut(file: string, text: string, linesBefore: (offset: number) => number): Promise<CompiledDocument[] | undefined> {
  return (await compileQuickly(file, text, linesBefore))?.documents;
}

/** A symlinked file is read; a symlinked folder is not followed (it could loop). */
async function symlinkKind(absolute: string): Promise<{ isFile(): boolean; isDirectory(): boolean } | undefined> {
  return stat(absolute).catch(() => undefined);
}

/** Paths as a user would open them: relative to the current folder when below it. */
export function displayPath(absolute: string): string {
  const relative = path.relative(process.cwd(), absolute);
  return relative === '' || relative.startsWith('..') || path.isAbsolute(relative) ? absolute : relative;
}

async function validateDocument(document: YamlDocument): Promise<Diagnostic[]> {
  const validate = await schemaValidator('manifest');
  const diagnostics: Diagnostic[] = [];
  if (!validate(document.value))
    diagnostics.push(...ajvDiagnostics(document, validate.errors ?? [], document.value, { refine: refineMessage }));
  if (!isRecord(document.value)) return diagnostics;
  for (const object of objectsOf(document.value)) {
    for (const problem of tagProblems(object.entry, object.path)) diagnostics.push(diagnosticAt(document, problem.path, 'value', problem.message));
  }
  return diagnostics;
}

/** `description:` with nothing is YAML's null, almost always meant as "no description". */
function refineMessage(error: { keyword: string; data?: unknown }, at: Path): string | undefined {
  if (error.keyword !== 'type' || error.data !== null || at[at.length - 1] !== 'description') return undefined;
  return `${formatPath(at)} has no value: write description: "" to clear the description, or remove the field to leave it unmanaged`;
}

function checkServices(identities: readonly DocumentIdentity[], config: Config): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const { service } of identities) {
    if (service === undefined || Object.hasOwn(config.services, service.name)) continue;
    const known = Object.keys(config.services).join(', ') || 'none';
    const message = `unknown service "${service.name}": not a key of services: in ${displayPath(config.file)} (known: ${known})`;
    diagnostics.push({ ...service.at, message, key: 'service' });
  }
  return diagnostics;
}

interface ObjectEntry {
  entry: Record<string, unknown>;
  path: PathSegment[];
}

/** The document itself, its tables and their columns at any depth, wherever they are maps. */
function objectsOf(manifest: Record<string, unknown>): ObjectEntry[] {
  const objects: ObjectEntry[] = [{ entry: manifest, path: [] }];
  const collect = (children: unknown, at: PathSegment[]): void => {
    if (!isRecord(children)) return;
    for (const [name, entry] of entriesInOrder(children)) {
      if (!isRecord(entry)) continue;
      objects.push({ entry, path: [...at, name] });
      collect(entry['columns'], [...at, name, 'columns']);
    }
  };
  collect(manifest['tables'], ['tables']);
  return objects;
}

interface TagProblem {
  path: PathSegment[];
  message: string;
}

/**
 * Each tag must be an FQN `Classification.Tag`; two spellings of one tag
 * (`PII.Sensitive`, `"PII".Sensitive`) are a duplicate like two equal strings.
 */
function tagProblems(entry: Record<string, unknown>, at: PathSegment[]): TagProblem[] {
  const tags = entry['tags'];
  if (!Array.isArray(tags)) return [];
  const problems: TagProblem[] = [];
  const seen = new Map<string, number>();
  tags.forEach((tag: unknown, index) => {
    if (typeof tag !== 'string' || tag === '') return; // the schema reports these
    const path = [...at, 'tags', index];
    const parsed = parseTagFqn(tag);
    if (!parsed.ok) {
      problems.push({ path, message: `${formatPath(path)} is not a tag FQN: ${parsed.error}` });
      return;
    }
    const canonical = joinFqn([parsed.tag.classification, parsed.tag.tag]);
    const first = seen.get(canonical);
    if (first !== undefined && tags[first] !== tag) {
      problems.push({ path, message: `${formatPath(path)} is the same tag as ${formatPath([...at, 'tags', first])}` });
    }
    if (first === undefined) seen.set(canonical, index);
  });
  return problems;
}

/** Two documents for one database or one schema: reported at the second, naming the first. */
function duplicateObjects(identities: readonly DocumentIdentity[]): Diagnostic[] {
  const firstSeen = new Map<string, SourceLocation>();
  const diagnostics: Diagnostic[] = [];
  for (const { object } of identities) {
    if (object === undefined) continue;
    const id = JSON.stringify([object.kind, ...object.parts]);
    const first = firstSeen.get(id);
    if (first === undefined) {
      firstSeen.set(id, object.at);
      continue;
    }
    const message = `${object.kind} ${joinFqn(object.parts)} is also defined at ${first.file}:${first.line}:${first.column}`;
    diagnostics.push({ ...object.at, message, key: 'name' });
  }
  return diagnostics;
}

function identityOfParsed(document: YamlDocument): DocumentIdentity {
  const identity: DocumentIdentity = { file: document.file };
  const value = document.value;
  if (!isRecord(value)) return identity;
  const { kind, service, database, name } = value;
  if (typeof service === 'string') identity.service = { name: service, at: locate(document, ['service'], 'value') };
  if (typeof service !== 'string' || typeof name !== 'string') return identity;
  const at = locate(document, ['name'], 'value');
  if (kind === 'Database') identity.object = { kind: 'database', parts: [service, name], at };
  if (kind === 'Schema' && typeof database === 'string') identity.object = { kind: 'schema', parts: [service, database, name], at };
  return identity;
}

function identityOfCompiled(document: DocumentIdentityFields, file: string): DocumentIdentity {
  const at = (position: Position): SourceLocation => ({ file, line: position[0], column: position[1] });
  const parts = document.kind === 'Database' ? [document.service, document.name] : [document.service, document.database, document.name];
  return {
    file,
    service: { name: document.service, at: at(document.serviceAt) },
    object: { kind: document.kind === 'Database' ? 'database' : 'schema', parts, at: at(document.nameAt) },
  };
}

/** A valid document ready to compile, from either parse: its data, its maps' layout, and line and column of an offset. */
interface LaidOutDocument {
  file: string;
  value: unknown;
  layout: MapLayout;
  position(offset: number): { line: number; column: number };
}

/** A valid document as the tree needs it: names, where they are written, and its node. */
function compileDocument(document: LaidOutDocument): CompiledDocument {
  const manifest = document.value as Manifest;
  const root = document.layout;
  const position = (field: string): Position => {
    const index = root.names.indexOf(field);
    const { line, column } = document.position(valueOffset(root, index));
    return [line, column];
  };
  const nameAt = position('name');
  const common = { service: manifest.service, name: manifest.name, serviceAt: position('service'), nameAt };
  const nameLocation = { file: document.file, line: nameAt[0], column: nameAt[1] };
  if (manifest.kind === 'Database') {
    const node = emptyNode('database', manifest.name, nameLocation);
    setFields(node, document, manifest, root);
    return { kind: 'Database', database: manifest.name, databaseAt: nameAt, ...common, node };
  }
  const node = emptyNode('schema', manifest.name, nameLocation);
  setFields(node, document, manifest, root);
  node.children = childNodes(document, 'table', manifest.tables, root, 'tables');
  return { kind: 'Schema', database: manifest.database, databaseAt: position('database'), ...common, node };
}

/** Where the value of entry `index` is written; its key for an empty value. */
function valueOffset(layout: MapLayout, index: number): number {
  const value = layout.values[index] ?? -1;
  return value === -1 ? (layout.keys[index] ?? 0) : value;
}

function locationAt(document: LaidOutDocument, offset: number): SourceLocation {
  return { file: document.file, ...document.position(offset) };
}

/**
 * Builds the tree from valid documents, in file order. A database named only by Schema
 * documents gets a node without fields, located at the first `database:` naming it.
 */
function buildState(config: Config, documents: readonly CompiledDocument[], files: ManifestFile[]): DesiredState {
  const services = new Map<string, DesiredService>(
    Object.keys(config.services).map((name) => [name, { name, databases: [] }]),
  );
  const databases = new Map<string, DesiredNode>();
  const databaseNode = (document: CompiledDocument): DesiredNode => {
    const id = JSON.stringify([document.service, document.database]);
    let node = databases.get(id);
    if (node === undefined) {
      const [line, column] = document.databaseAt;
      node = emptyNode('database', document.database, { file: document.node.location.file, line, column });
      databases.set(id, node);
      services.get(document.service)?.databases.push(node);
    }
    return node;
  };

  for (const document of documents) {
    const database = databaseNode(document);
    if (document.kind === 'Database') {
      database.location = document.node.location;
      database.fields = document.node.fields;
      database.fieldLocations = document.node.fieldLocations;
    } else {
      database.children.push(document.node);
    }
  }
  return { services, files };
}

function emptyNode(kind: ObjectKind, name: string, location: SourceLocation): DesiredNode {
  return { kind, name, fields: {}, location, fieldLocations: {}, children: [] };
}

/**
 * The tables of a schema or the columns of a table or column (`children`, the value of `field`
 * in the map laid out as `parent`), each located at its key, in the order written.
 */
function childNodes(
  document: LaidOutDocument,
  kind: 'table' | 'column',
  children: Record<string, Entry | null> | null | undefined,
  parent: MapLayout,
  field: 'tables' | 'columns',
): DesiredNode[] {
  if (children === undefined || children === null) return []; // `columns:` alone lists none
  const layout = mapLayout(document.file, parent.maps[parent.names.indexOf(field)]);
  return layout.names.map((name, index) => {
    const entry = children[name] as Entry | null;
    const node = emptyNode(kind, name, locationAt(document, layout.keys[index] ?? 0));
    if (entry === null) return node; // `orders:` alone names the object and manages nothing
    const entryLayout = mapLayout(document.file, layout.maps[index]);
    setFields(node, document, entry, entryLayout);
    node.children = childNodes(document, 'column', entry.columns, entryLayout, 'columns');
    return node;
  });
}

/** A validated manifest (and each object in it) is a map, so it has a layout. */
function mapLayout(file: string, layout: MapLayout | undefined): MapLayout {
  if (layout === undefined) throw new Error(`${file}: a validated manifest object is not a map`);
  return layout;
}

/** Copies the managed fields of an entry (laid out as `layout`) and where each is written. `owners: []` is unmanaged. */
function setFields(node: DesiredNode, document: LaidOutDocument, entry: Entry, layout: MapLayout): void {
  const fields: DesiredFields = {};
  if (entry.description !== undefined) fields.description = entry.description;
  if (entry.owners !== undefined && entry.owners.length > 0) fields.owners = [...entry.owners];
  if (entry.tags !== undefined) fields.tags = [...entry.tags];
  node.fields = fields;
  node.fieldLocations = {};
  for (const field of Object.keys(fields) as (keyof DesiredFields)[]) {
    const index = layout.names.indexOf(field);
    if (index !== -1) node.fieldLocations[field] = locationAt(document, layout.keys[index] ?? 0);
  }
}
