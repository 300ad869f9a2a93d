/**
 * A cache of compiled manifest files, keyed by each file's SHA-256, so that a plan after a
 * one-line edit parses one file instead of all of them (as dbt's partial parsing does).
 * Only files that validated cleanly are cached; checks that span files or depend on the
 * config (unknown services, duplicate objects) run on every load. The cache lives outside
 * the repository (`$XDG_CACHE_HOME/revmeta`, else `~/.cache/revmeta`), one file per
 * manifests folder; `REVMETA_CACHE_DIR` moves it, `REVMETA_CACHE_DIR=off` turns it off.
 * Anything unreadable or from another build is ignored and rewritten, never trusted.
 *
 * The cache decides what gets planned, so it is private and checked: its folder is created
 * 0700 and its files 0600, and each cache file carries an HMAC of its content keyed by a
 * random key (`key`, 0600, next to it). A cache whose HMAC does not check out (edited by hand,
 * corrupted, or written by another user into a shared folder) is discarded and rebuilt; with a
 * key that others could read or replace, the cache is not used at all. Whoever runs as the same
 * user can read the key, so this does not stand against that user: nothing in their files does.
 */
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { chmod, lstat, mkdir, open, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { childKind, type DesiredFields, type DesiredNode, type ObjectKind, type SourceLocation } from '../model/types.js';

/** Where a name or value is written, without the file (added back on load). */
export type Position = readonly [line: number, column: number];

/** One manifest document reduced to what loading needs from it. */
export interface CompiledDocument {
  kind: 'Database' | 'Schema';
  service: string;
  /** The database: `name` of a Database document, `database` of a Schema document. */
  database: string;
  name: string;
  serviceAt: Position;
  databaseAt: Position;
  nameAt: Position;
  /** The database node (Database document) or the schema node (Schema document). */
  node: DesiredNode;
}

export interface CacheLocation {
  /** The cache file of one manifests folder. */
  file: string;
}

const CACHE_FORMAT = 2;

/** `REVMETA_CACHE_DIR`, else the XDG cache folder; null when off or no home is known. */
export function cacheLocation(manifestsFolder: string, env: Record<string, string | undefined>): CacheLocation | null {
  const configured = env['REVMETA_CACHE_DIR'];
  if (configured === 'off' || configured === '0' || configured === 'false') return null;
  const base = configured || (env['XDG_CACHE_HOME'] ? path.join(env['XDG_CACHE_HOME'], 'revmeta') : env['HOME'] ? path.join(env['HOME'], '.cache', 'revmeta') : null);
  if (!base) return null;
  const folder = createHash('sha256').update(path.resolve(manifestsFolder)).digest('hex').slice(0, 24);
  return { file: path.join(base, `manifests-${folder}.json`) };
}

/** `{"format":2,"build":…,"mac":…,"files":…}`: the HMAC covers the build and the text of `files` exactly as written. */
const HEADER = new RegExp(`^\\{"format":${CACHE_FORMAT},"build":"([0-9a-f]{64})","mac":"([0-9a-f]{64})","files":`);

const KEY_BYTES = 32;

/** Compiled documents of each file by relative path, with the digest they were compiled from. */
export type CachedFiles = Map<string, { sha256: string; documents: EncodedDocument[] }>;

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

export async function readCache(location: CacheLocation): Promise<CachedFiles> {
  try {
    const key = await cacheKey(path.dirname(location.file), false);
    if (key === undefined) return new Map();
    const text = await readFile(location.file, 'utf8');
    const header = HEADER.exec(text);
    if (header === null || !text.endsWith('}') || header[1] !== (await currentBuild())) return new Map();
    const files = text.slice(header[0].length, -1);
    const expected = Buffer.from(macOf(key, header[1], files), 'hex');
    if (!timingSafeEqual(expected, Buffer.from(header[2]!, 'hex'))) return new Map();
    return new Map(Object.entries(JSON.parse(files) as Record<string, { sha256: string; documents: EncodedDocument[] }>));
  } catch {
    return new Map();
  }
}

function macOf(key: Buffer, build: string, files: string): string {
  return createHmac('sha256', key).update(`${build}\n`).update(files).digest('hex');
}

/**
 * The key of the cache folder, created with it when `create`; undefined when the folder or the
 * key could be written by someone else, or the key read by them (then the cache is not used).
 */
async function cacheKey(folder: string, create: boolean): Promise<Buffer | undefined> {
  const file = path.join(folder, 'key');
  if (create) {
    await mkdir(folder, { recursive: true, mode: 0o700 });
    // A folder of an earlier version (made under umask 002, say) is made private: it is ours.
    const stats = await lstat(folder);
    if (stats.isDirectory() && stats.uid === process.getuid?.() && (stats.mode & 0o077) !== 0) await chmod(folder, 0o700);
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

/** Owned by this user, not a symbolic link, and without the `forbidden` permission bits (POSIX only). */
async function privateToUser(file: string, forbidden: number): Promise<boolean> {
  const stats = await lstat(file);
  if (stats.isSymbolicLink()) return false;
  const uid = process.getuid?.();
  if (uid === undefined) return true; // Windows: no POSIX owner or mode to check
  return stats.uid === uid && (stats.mode & forbidden) === 0;
}

/**
 * What the next cache holds for a file: its documents as read from the cache, or as compiled
 * in this run (encoded only when the cache is written, so a run without a cache never encodes).
 */
export type NextCacheEntry = { sha256: string; documents: EncodedDocument[] } | { sha256: string; compiled: readonly CompiledDocument[] };

/** Writes the cache atomically; a cache that cannot be written is only a slower next run. */
export async function writeCache(location: CacheLocation, files: ReadonlyMap<string, NextCacheEntry>): Promise<void> {
  // File by file: each file's encoded form is garbage as soon as it is text.
  const parts: string[] = [];
  for (const [file, entry] of files) {
    const documents = 'compiled' in entry ? entry.compiled.map(encodeDocument) : entry.documents;
    parts.push(`${JSON.stringify(file)}:${JSON.stringify({ sha256: entry.sha256, documents })}`);
  }
  const build = await currentBuild();
  const filesText = `{${parts.join(',')}}`;
  const temporary = `${location.file}.${process.pid}.tmp`;
  try {
    const key = await cacheKey(path.dirname(location.file), true);
    if (key === undefined) return;
    const content = `{"format":${CACHE_FORMAT},"build":"${build}","mac":"${macOf(key, build, filesText)}","files":${filesText}}`;
    await writeFile(temporary, content, { mode: 0o600 });
    await rename(temporary, location.file);
  } catch {
    await rm(temporary, { force: true }).catch(() => undefined);
  }
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
