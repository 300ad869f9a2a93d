/**
 * A cache of compiled manifest files, keyed by each file's SHA-256, so that a plan after a
 * one-line edit parses one file instead of all of them (as dbt's partial parsing does).
 * Only files that validated cleanly are cached; checks that span files or depend on the
 * config (unknown services, duplicate objects) run on every load. The cache lives outside
 * the repository (`$XDG_CACHE_HOME/revmeta`, else `~/.cache/revmeta`), per manifests folder
 * an index file (each file's digest and what its documents are: names, positions, sizes)
 * and a folder of compiled files, one per digest, so that a big set is read a step at a time,
 * never whole. A schema whose tables take more than TABLE_FILE_CHARS is written with its tables
 * in files of their own (`<digest>.<n>.json`, about that size each), so that a plan step that
 * takes a group of a big schema's tables reads the files of that group, not the whole schema;
 * `REVMETA_CACHE_DIR` moves it, `REVMETA_CACHE_DIR=off` turns it off.
 * Anything unreadable or from another build is ignored and rewritten, never trusted.
 *
 * The cache decides what gets planned, so it is private and checked: its folders are created
 * 0700 and its files 0600, and each cache file carries an HMAC of its content keyed by a
 * random key (`key`, 0600, next to the index). A cache file whose HMAC does not check out (edited
 * by hand, corrupted, or written by another user into a shared folder) is discarded and rebuilt;
 * with a key that others could read or replace, the cache is not used at all. Whoever runs as
 * the same user can read the key, so this does not stand against that user: nothing in their files does.
 */
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { chmod, lstat, mkdir, open, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseTagFqn } from '../model/fqn.js';
import { childKind, type DesiredFields, type DesiredNode, type ObjectKind, type SourceLocation } from '../model/types.js';

/** Where a name or value is written, without the file (added back on load). */
export type Position = readonly [line: number, column: number];

/** What identifies a document and where its names are written. */
export interface DocumentIdentityFields {
  kind: 'Database' | 'Schema';
  service: string;
  /** The database: `name` of a Database document, `database` of a Schema document. */
  database: string;
  name: string;
  serviceAt: Position;
  databaseAt: Position;
  nameAt: Position;
}

/** One manifest document reduced to what loading needs from it. */
export interface CompiledDocument extends DocumentIdentityFields {
  /** The database node (Database document) or the schema node (Schema document). */
  node: DesiredNode;
}

/**
 * A document as the index knows it: its identity, how many desired objects it holds, the tag
 * classifications it uses, and (a Database document, which has no children) its node.
 */
export interface DocumentSummary extends DocumentIdentityFields {
  objects: number;
  /** A Schema document: the desired objects of each table (itself and its columns), in order, negative where no step may start (`tableSizes`): how a plan step cuts a big schema. */
  tables?: number[];
  classifications: string[];
  node?: EncodedNode;
}

export interface CacheLocation {
  /** The index file of one manifests folder; its compiled files are in `compiledFolder(location)`. */
  file: string;
}

const CACHE_FORMAT = 3;

/** `REVMETA_CACHE_DIR`, else the XDG cache folder; null when off or no home is known. */
export function cacheLocation(manifestsFolder: string, env: Record<string, string | undefined>): CacheLocation | null {
  const configured = env['REVMETA_CACHE_DIR'];
  if (configured === 'off' || configured === '0' || configured === 'false') return null;
  const base = configured || (env['XDG_CACHE_HOME'] ? path.join(env['XDG_CACHE_HOME'], 'revmeta') : env['HOME'] ? path.join(env['HOME'], '.cache', 'revmeta') : null);
  if (!base) return null;
  const folder = createHash('sha256').update(path.resolve(manifestsFolder)).digest('hex').slice(0, 24);
  return { file: path.join(base, `manifests-${folder}.json`) };
}

/** The folder of a location's compiled files: `manifests-….json` → `manifests-….compiled/`. */
export function compiledFolder(location: CacheLocation): string {
  return `${location.file.replace(/\.json$/, '')}.compiled`;
}

/**
 * `{"format":3,"build":…,"mac":…,"<field>":…}`: the HMAC covers the build, what the file is
 * (the index, or the compiled file of one digest) and the text of the field exactly as written.
 */
const header = (field: string) => new RegExp(`^\\{"format":${CACHE_FORMAT},"build":"([0-9a-f]{64})","mac":"([0-9a-f]{64})","${field}":`);
const INDEX_HEADER = header('files');
const COMPILED_HEADER = header('documents');
const TABLES_HEADER = header('tables');

/**
 * Characters of encoded tables a schema's compiled form holds inline; more are written in table
 * files of about this size. A step's read is its group's tables and at most two table files more.
 */
export const TABLE_FILE_CHARS = 128 * 1024;

const KEY_BYTES = 32;

/** Each cached file by relative path: the digest it was compiled from and its documents' summaries. */
export type CachedFiles = Map<string, { sha256: string; documents: DocumentSummary[] }>;

let buildDigest: Promise<string> | undefined;

/** What compiled the cache: this module's code and the manifest schema. A new build starts afresh. */
function currentBuild(): Promise<string> {
  buildDigest ??= (async () => {
    const hash = createHash('sha256').update(String(CACHE_FORMAT));
    for (const url of [import.meta.url, new URL('../../schemas/manifest.schema.json', import.meta.url).href]) {
      hash.update(await readFile(fileURLToPath(url)).catch(() => Buffer.from(url)));
    }
    return hash.digest('hex');
  })();
  return buildDigest;
}

/** The index; empty when there is none or it cannot be trusted. */
export async function readCache(location: CacheLocation): Promise<CachedFiles> {
  const files = await readChecked(location, location.file, INDEX_HEADER, 'index');
  return files === undefined ? new Map() : new Map(Object.entries(files as Record<string, { sha256: string; documents: DocumentSummary[] }>));
}

/**
 * The tables wanted of each document of a file, by the document's index: all of them (an entry
 * of undefined), tables [from, to), or none (no entry). No selection at all: every table.
 */
export type TableSelection = ReadonlyMap<number, readonly [from: number, to: number] | undefined>;

/** The tables of document `index` that `wanted` selects, as a range of its tables. */
function rangeOf(wanted: TableSelection | undefined, index: number, tables: number): readonly [number, number] {
  if (wanted === undefined || (wanted.has(index) && wanted.get(index) === undefined)) return [0, tables];
  return wanted.get(index) ?? [0, 0];
}

/** Documents with only the tables `wanted` selects (see `TableSelection`): the same documents, other nodes. */
export function selectTables(documents: readonly CompiledDocument[], wanted?: TableSelection): CompiledDocument[] {
  return documents.map((document, index) => {
    const [from, to] = rangeOf(wanted, index, document.node.children.length);
    if (from === 0 && to === document.node.children.length) return document;
    return { ...document, node: { ...document.node, children: document.node.children.slice(from, to) } };
  });
}

/** A document as its compiled file holds it: a big schema's tables in table files, `tableFiles` counting the tables of each. */
type StoredDocument = EncodedDocument & { tableFiles?: number[] };

/**
 * The compiled documents of the file whose digest is `sha256`, located in `file`, with the tables
 * `wanted` selects (all by default): a big schema's table files are read only where they hold
 * selected tables. Undefined when not cached, or when any file read is not trusted.
 */
export async function readCompiled(location: CacheLocation, sha256: string, file: string, wanted?: TableSelection): Promise<CompiledDocument[] | undefined> {
  const stored = (await readChecked(location, compiledFile(location, sha256), COMPILED_HEADER, sha256)) as StoredDocument[] | undefined;
  if (stored === undefined) return undefined;
  const documents: CompiledDocument[] = [];
  // The table files are numbered across the file's documents, in order.
  let firstTableFile = 0;
  for (const [index, { tableFiles, ...encoded }] of stored.entries()) {
    const document = decodeDocument(encoded, file);
    if (tableFiles === undefined) {
      document.node.children = document.node.children.slice(...rangeOf(wanted, index, document.node.children.length));
    } else {
      const range = rangeOf(wanted, index, tableFiles.reduce((sum, tables) => sum + tables, 0));
      const tables = await readTableFiles(location, sha256, file, firstTableFile, tableFiles, range);
      if (tables === undefined) return undefined;
      document.node.children = tables;
      firstTableFile += tableFiles.length;
    }
    documents.push(document);
  }
  return documents;
}

/** Tables [from, to) of a schema whose tables are in table files `first`, `first + 1`, … holding `counts` tables each. */
async function readTableFiles(
  location: CacheLocation,
  sha256: string,
  file: string,
  first: number,
  counts: readonly number[],
  [from, to]: readonly [number, number],
): Promise<DesiredNode[] | undefined> {
  const tables: DesiredNode[] = [];
  let start = 0;
  for (const [offset, count] of counts.entries()) {
    const end = start + count;
    if (start < to && end > from) {
      const number = first + offset;
      const encoded = await readChecked(location, tableFile(location, sha256, number), TABLES_HEADER, tableFileWhat(sha256, number));
      if (!Array.isArray(encoded) || encoded.length !== count) return undefined;
      for (let at = Math.max(from, start); at < Math.min(to, end); at++) tables.push(decodeNode(encoded[at - start] as EncodedNode, 'table', file));
    }
    start = end;
  }
  return tables;
}

function compiledFile(location: CacheLocation, sha256: string): string {
  return path.join(compiledFolder(location), `${sha256}.json`);
}

function tableFile(location: CacheLocation, sha256: string, number: number): string {
  return path.join(compiledFolder(location), `${sha256}.${number}.json`);
}

/** What a table file's HMAC names: its digest and number, so a table file is trusted only in its own place. */
function tableFileWhat(sha256: string, number: number): string {
  return `${sha256}.${number}`;
}

/** The digest of a compiled file or table file by its name (`<digest>.json`, `<digest>.<n>.json`); undefined for other files. */
function digestOfCompiled(name: string): string | undefined {
  return /^([0-9a-f]{64})(?:\.\d+)?\.json$/.exec(name)?.[1];
}

/** The parsed field of a cache file whose build and HMAC (over `what` and the field's text) check out. */
async function readChecked(location: CacheLocation, file: string, pattern: RegExp, what: string): Promise<unknown> {
  try {
    const key = await cacheKey(path.dirname(location.file), false);
    if (key === undefined) return undefined;
    const text = await readFile(file, 'utf8');
    const found = pattern.exec(text);
    if (found === null || !text.endsWith('}') || found[1] !== (await currentBuild())) return undefined;
    const field = text.slice(found[0].length, -1);
    const expected = Buffer.from(macOf(key, found[1], what, field), 'hex');
    if (!timingSafeEqual(expected, Buffer.from(found[2]!, 'hex'))) return undefined;
    return JSON.parse(field);
  } catch {
    return undefined;
  }
}

function macOf(key: Buffer, build: string, what: string, text: string): string {
  return createHmac('sha256', key).update(`${build}\n${what}\n`).update(text).digest('hex');
}

/**
 * The key of the cache folder, created with it when `create`; undefined when the folder or the
 * key could be written by someone else, or the key read by them (then the cache is not used).
 */
async function cacheKey(folder: string, create: boolean): Promise<Buffer | undefined> {
  const file = path.join(folder, 'key');
  if (create) {
    await privateFolder(folder);
    const handle = await open(file, 'wx', 0o600).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'EEXIST') return undefined;
      throw error;
    });
    if (handle !== undefined) {
      try {
        await handle.writeFile(randomBytes(KEY_BYTES));
      } finally {
        await handle.close();
      }
    }
  }
  if (!(await privateToUser(folder, 0o022)) || !(await privateToUser(file, 0o077))) return undefined;
  const key = await readFile(file);
  return key.length === KEY_BYTES ? key : undefined;
}

/** Creates `folder` 0700; one of an earlier version (made under umask 002, say) is made private: it is ours. */
async function privateFolder(folder: string): Promise<void> {
  await mkdir(folder, { recursive: true, mode: 0o700 });
  const stats = await lstat(folder);
  if (stats.isDirectory() && stats.uid === process.getuid?.() && (stats.mode & 0o077) !== 0) await chmod(folder, 0o700);
}

/** Owned by this user, not a symbolic link, and without the `forbidden` permission bits (POSIX only). */
async function privateToUser(file: string, forbidden: number): Promise<boolean> {
  const stats = await lstat(file);
  if (stats.isSymbolicLink()) return false;
  const uid = process.getuid?.();
  if (uid === undefined) return true; // Windows: no POSIX owner or mode to check
  return stats.uid === uid && (stats.mode & forbidden) === 0;
}

/**
 * What the next index holds for a file: its summaries as read from the index, or its documents
 * as compiled in this run (their compiled file written by `writeCache` unless already written).
 */
export type NextCacheEntry = { sha256: string; documents: DocumentSummary[] } | { sha256: string; compiled: readonly CompiledDocument[] };

/**
 * Writes the compiled file of one digest (and its table files), each atomically, the compiled file
 * last; false when it could not be (a cache that cannot be written is only a slower next run).
 */
export async function writeCompiled(location: CacheLocation, sha256: string, documents: readonly CompiledDocument[]): Promise<boolean> {
  const stored: string[] = [];
  let nextTableFile = 0;
  for (const document of documents) {
    const tables = new TableFiles(location, sha256, nextTableFile);
    for (const table of document.node.children) if (!(await tables.add(table))) return false;
    const encoded = await tables.finish(document);
    if (encoded === undefined) return false;
    stored.push(encoded);
    nextTableFile = tables.next;
  }
  return writeChecked(location, compiledFile(location, sha256), 'documents', sha256, `[${stored.join(',')}]`, compiledFolder(location));
}

/**
 * The tables of one document, encoded one at a time and written into table files as they fill
 * (never the whole schema encoded at once); `finish` gives the document as its compiled file holds
 * it: inline when its tables fit one table file, else without them, naming its table files.
 */
class TableFiles {
  private batch: string[] = [];
  private batchChars = 0;
  private readonly counts: number[] = [];

  constructor(
    private readonly location: CacheLocation,
    private readonly sha256: string,
    /** The number of the next table file of the digest. */
    public next: number,
  ) {}

  async add(table: DesiredNode): Promise<boolean> {
    const text = JSON.stringify(encodeNode(table));
    if (this.batchChars > 0 && this.batchChars + text.length > TABLE_FILE_CHARS && !(await this.write())) return false;
    this.batch.push(text);
    this.batchChars += text.length + 1;
    return true;
  }

  /** The document's encoded JSON, `document` holding its tables (all of them, or none once they were written). */
  async finish(document: CompiledDocument): Promise<string | undefined> {
    if (this.counts.length === 0 && document.node.children.length === this.batch.length) return JSON.stringify(encodeDocument(document));
    if (this.batch.length > 0 && !(await this.write())) return undefined;
    const withoutTables: StoredDocument = { ...encodeDocument({ ...document, node: { ...document.node, children: [] } }), tableFiles: this.counts };
    return JSON.stringify(withoutTables);
  }

  /** Removes the table files written (a document found invalid after its first tables were written). */
  async discard(): Promise<void> {
    const first = this.next - this.counts.length;
    await Promise.all(this.counts.map((_, offset) => rm(tableFile(this.location, this.sha256, first + offset), { force: true }).catch(() => undefined)));
  }

  private async write(): Promise<boolean> {
    const number = this.next++;
    this.counts.push(this.batch.length);
    const text = `[${this.batch.join(',')}]`;
    this.batch = [];
    this.batchChars = 0;
    return writeChecked(this.location, tableFile(this.location, this.sha256, number), 'tables', tableFileWhat(this.sha256, number), text, compiledFolder(this.location));
  }
}

/**
 * A file of one Schema document compiled a part of its tables at a time (`compileInParts`) and
 * written to the cache as it is compiled: each part's tables are written and let go, only what
 * the document's summary needs is kept (each table's name and size, the tag classifications),
 * so a big file's compiled tables are never all held at once.
 */
export class SchemaWriter {
  private readonly tables: TableFiles;
  private readonly names: string[] = [];
  private readonly sizes: number[] = [];
  private readonly classifications = new Set<string>();

  constructor(
    private readonly location: CacheLocation,
    private readonly sha256: string,
  ) {
    this.tables = new TableFiles(location, sha256, 0);
  }

  /** Writes tables (the next in the document's order); false when the cache could not be written. */
  async add(tables: readonly DesiredNode[]): Promise<boolean> {
    for (const table of tables) {
      if (!(await this.tables.add(table))) return false;
      this.names.push(table.name);
      this.sizes.push(countAndClassify(table, this.classifications));
    }
    return true;
  }

  /** Writes the compiled file of `document` (its node without tables: they were added); its summary, undefined when not written. */
  async finish(document: CompiledDocument): Promise<DocumentSummary | undefined> {
    const encoded = await this.tables.finish(document);
    if (encoded === undefined || !(await writeChecked(this.location, compiledFile(this.location, this.sha256), 'documents', this.sha256, `[${encoded}]`, compiledFolder(this.location)))) return undefined;
    const summary = summaryOf(document);
    summary.objects += this.sizes.reduce((sum, objects) => sum + objects, 0);
    summary.tables = sizesOfTables(this.names, this.sizes);
    summary.classifications = [...new Set([...summary.classifications, ...this.classifications])];
    return summary;
  }

  discard(): Promise<void> {
    return this.tables.discard();
  }
}

/**
 * Writes the index (and the compiled files of entries compiled in this run) atomically, and
 * removes compiled files no entry names any more.
 */
export async function writeCache(location: CacheLocation, files: ReadonlyMap<string, NextCacheEntry>): Promise<void> {
  const parts: string[] = [];
  const kept = new Set<string>();
  for (const [file, entry] of files) {
    const documents = 'compiled' in entry ? entry.compiled.map(summaryOf) : entry.documents;
    if ('compiled' in entry && !(await writeCompiled(location, entry.sha256, entry.compiled))) continue;
    kept.add(entry.sha256);
    parts.push(`${JSON.stringify(file)}:${JSON.stringify({ sha256: entry.sha256, documents })}`);
  }
  if (!(await writeChecked(location, location.file, 'files', 'index', `{${parts.join(',')}}`))) return;
  const folder = compiledFolder(location);
  const stale = (await readdir(folder).catch(() => [] as string[])).filter((name) => !kept.has(digestOfCompiled(name) ?? ''));
  await Promise.all(stale.map((name) => rm(path.join(folder, name), { force: true }).catch(() => undefined)));
}

/** Writes `{"format":…,"build":…,"mac":…,"<field>":<text>}` to `file` via a temporary file; false on failure. */
async function writeChecked(location: CacheLocation, file: string, field: string, what: string, text: string, folder?: string): Promise<boolean> {
  const build = await currentBuild();
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    const key = await cacheKey(path.dirname(location.file), true);
    if (key === undefined) return false;
    if (folder !== undefined) await privateFolder(folder);
    const content = `{"format":${CACHE_FORMAT},"build":"${build}","mac":"${macOf(key, build, what, text)}","${field}":${text}}`;
    await writeFile(temporary, content, { mode: 0o600 });
    await rename(temporary, file);
    return true;
  } catch {
    await rm(temporary, { force: true }).catch(() => undefined);
    return false;
  }
}

/** What the index keeps of a compiled document. */
export function summaryOf(document: CompiledDocument): DocumentSummary {
  const { node, ...identity } = document;
  const classifications = new Set<string>();
  const summary: DocumentSummary = { ...identity, objects: countAndClassify(node, classifications), classifications: [] };
  if (document.kind === 'Schema') summary.tables = tableSizes(node);
  summary.classifications = [...classifications];
  if (document.kind === 'Database') summary.node = encodeNode(node);
  return summary;
}

/**
 * The desired objects of each table of a schema, in order: where a plan step may cut a big
 * schema. Tables whose names differ only in case must meet in one step (the planner's check
 * that two names reach one object, a case-insensitive match, needs both), so from the first of
 * such twins to the last, every table after the first is written negative: it stays in the
 * step of the table before it (see `planSteps`).
 */
export function tableSizes(schema: DesiredNode): number[] {
  return sizesOfTables(
    schema.children.map((table) => table.name),
    schema.children.map((table) => countObjects(table)),
  );
}

/** `tableSizes` of tables named `names` holding `objects` desired objects each. */
function sizesOfTables(names: readonly string[], objects: readonly number[]): number[] {
  const lastOf = new Map<string, number>();
  names.forEach((name, index) => lastOf.set(name.toLowerCase(), index));
  // The last table of the twins met so far: up to it, no step may start.
  let joinedUpTo = -1;
  return names.map((name, index) => {
    const joined = index <= joinedUpTo;
    joinedUpTo = Math.max(joinedUpTo, lastOf.get(name.toLowerCase())!);
    return joined ? -objects[index]! : objects[index]!;
  });
}

/** Desired objects in a node: itself and everything below it. */
export function countObjects(node: DesiredNode): number {
  let count = 1;
  for (const child of node.children) count += countObjects(child);
  return count;
}

/** `countObjects`, adding the classifications of their tags to `classifications`. */
function countAndClassify(node: DesiredNode, classifications: Set<string>): number {
  for (const tag of node.fields.tags ?? []) {
    const parsed = parseTagFqn(tag);
    if (parsed.ok) classifications.add(parsed.tag.classification);
  }
  let count = 1;
  for (const child of node.children) count += countAndClassify(child, classifications);
  return count;
}

// ---- compact encoding: a node is [name, line, column, fields?, fieldPositions?, children?] ----

type EncodedFieldPositions = Partial<Record<keyof DesiredFields, Position>>;
export type EncodedNode = [string, number, number, DesiredFields | 0, EncodedFieldPositions | 0, EncodedNode[] | 0];
export type EncodedDocument = Omit<CompiledDocument, 'node'> & { node: EncodedNode };

export function encodeDocument(document: CompiledDocument): EncodedDocument {
  return { ...document, node: encodeNode(document.node) };
}

function encodeNode(node: DesiredNode): EncodedNode {
  const fields = Object.keys(node.fields).length > 0 ? node.fields : 0;
  const positions: EncodedFieldPositions = {};
  for (const [field, at] of Object.entries(node.fieldLocations) as [keyof DesiredFields, SourceLocation][])
    positions[field] = [at.line, at.column];
  const children = node.children.length > 0 ? node.children.map(encodeNode) : 0;
  return [node.name, node.location.line, node.location.column, fields, fields === 0 ? 0 : positions, children];
}

export function decodeDocument(document: EncodedDocument, file: string): CompiledDocument {
  const top: ObjectKind = document.kind === 'Database' ? 'database' : 'schema';
  return { ...document, node: decodeNode(document.node, top, file) };
}

function decodeNode(encoded: EncodedNode, kind: ObjectKind, file: string): DesiredNode {
  const [name, line, column, fields, positions, children] = encoded;
  const fieldLocations: DesiredNode['fieldLocations'] = {};
  if (positions !== 0) {
    for (const [field, [fieldLine, fieldColumn]] of Object.entries(positions) as [keyof DesiredFields, Position][])
      fieldLocations[field] = { file, line: fieldLine, column: fieldColumn };
  }
  const kindOfChildren = childKind(kind);
  return {
    kind,
    name,
    fields: fields === 0 ? {} : fields,
    location: { file, line, column },
    fieldLocations,
    children: children === 0 ? [] : children.map((child) => decodeNode(child, kindOfChildren, file)),
  };
}

/** The node a Database document's summary carries, located in `file`. */
export function summaryNode(summary: DocumentSummary, file: string): DesiredNode | undefined {
  return summary.node === undefined ? undefined : decodeNode(summary.node, summary.kind === 'Database' ? 'database' : 'schema', file);
}
