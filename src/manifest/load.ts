/**
 * Loads the manifests folder into the desired tree. Every file and document is validated
 * before anything is built, so one run reports every problem of the set; an invalid set
 * yields diagnostics only, never a partial tree that could be planned.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { joinFqn, parseTagFqn } from '../model/fqn.js';
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
  ajvDiagnostics,
  compareText,
  diagnosticAt,
  entriesInOrder,
  formatPath,
  isRecord,
  locate,
  parseYaml,
  schemaValidator,
  sortDiagnostics,
  type Path,
  type PathSegment,
  type YamlDocument,
} from './yaml.js';

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

interface ManifestSource {
  files: ManifestFile[];
  documents: YamlDocument[];
  diagnostics: Diagnostic[];
}

export async function loadManifests(config: Config): Promise<Loaded<DesiredState>> {
  const folderProblem = await checkFolder(config);
  if (folderProblem !== undefined) return { ok: false, diagnostics: [folderProblem] };

  const source = await readManifests(config);
  const diagnostics = [...source.diagnostics];
  for (const document of source.documents) diagnostics.push(...(await validateDocument(document, config)));
  diagnostics.push(...duplicateObjects(source.documents));

  if (diagnostics.length > 0) return { ok: false, diagnostics: sortDiagnostics(diagnostics) };
  return { ok: true, value: buildState(config, source) };
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

async function readManifests(config: Config): Promise<ManifestSource> {
  const source: ManifestSource = { files: [], documents: [], diagnostics: [] };
  for (const file of await listManifestFiles(config.manifests, config.file)) {
    const bytes = await readFile(file.absolute);
    source.files.push({ path: file.relative, sha256: createHash('sha256').update(bytes).digest('hex') });
    const parsed = parseYaml(displayPath(file.absolute), bytes.toString('utf8'));
    source.diagnostics.push(...parsed.diagnostics);
    source.documents.push(...parsed.documents);
  }
  return source;
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

/** A symlinked file is read; a symlinked folder is not followed (it could loop). */
async function symlinkKind(absolute: string): Promise<{ isFile(): boolean; isDirectory(): boolean } | undefined> {
  return stat(absolute).catch(() => undefined);
}

/** Paths as a user would open them: relative to the current folder when below it. */
function displayPath(absolute: string): string {
  const relative = path.relative(process.cwd(), absolute);
  return relative === '' || relative.startsWith('..') || path.isAbsolute(relative) ? absolute : relative;
}

async function validateDocument(document: YamlDocument, config: Config): Promise<Diagnostic[]> {
  const validate = await schemaValidator('manifest');
  const diagnostics: Diagnostic[] = [];
  if (!validate(document.value))
    diagnostics.push(...ajvDiagnostics(document, validate.errors ?? [], document.value, { refine: refineMessage }));
  if (!isRecord(document.value)) return diagnostics;
  diagnostics.push(...checkService(document, document.value, config));
  for (const object of objectsOf(document.value)) diagnostics.push(...checkTags(document, object.entry, object.path));
  return diagnostics;
}

/** `description:` with nothing is YAML's null, almost always meant as "no description". */
function refineMessage(error: { keyword: string; data?: unknown }, at: Path): string | undefined {
  if (error.keyword !== 'type' || error.data !== null || at[at.length - 1] !== 'description') return undefined;
  return `${formatPath(at)} has no value: write description: "" to clear the description, or remove the field to leave it unmanaged`;
}

function checkService(document: YamlDocument, manifest: Record<string, unknown>, config: Config): Diagnostic[] {
  const service = manifest['service'];
  if (typeof service !== 'string' || Object.hasOwn(config.services, service)) return [];
  const known = Object.keys(config.services).join(', ') || 'none';
  const message = `unknown service "${service}": not a key of services: in ${displayPath(config.file)} (known: ${known})`;
  return [diagnosticAt(document, ['service'], 'value', message)];
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

/**
 * Each tag must be an FQN `Classification.Tag`; two spellings of one tag
 * (`PII.Sensitive`, `"PII".Sensitive`) are a duplicate like two equal strings.
 */
function checkTags(document: YamlDocument, entry: Record<string, unknown>, at: PathSegment[]): Diagnostic[] {
  const tags = entry['tags'];
  if (!Array.isArray(tags)) return [];
  const diagnostics: Diagnostic[] = [];
  const seen = new Map<string, number>();
  tags.forEach((tag: unknown, index) => {
    if (typeof tag !== 'string' || tag === '') return; // the schema reports these
    const itemPath = [...at, 'tags', index];
    const parsed = parseTagFqn(tag);
    if (!parsed.ok) {
      diagnostics.push(diagnosticAt(document, itemPath, 'value', `${formatPath(itemPath)} is not a tag FQN: ${parsed.error}`));
      return;
    }
    const canonical = joinFqn([parsed.tag.classification, parsed.tag.tag]);
    const first = seen.get(canonical);
    if (first !== undefined && tags[first] !== tag) {
      const message = `${formatPath(itemPath)} is the same tag as ${formatPath([...at, 'tags', first])}`;
      diagnostics.push(diagnosticAt(document, itemPath, 'value', message));
    }
    if (first === undefined) seen.set(canonical, index);
  });
  return diagnostics;
}

/** Two documents for one database or one schema: reported at the second, naming the first. */
function duplicateObjects(documents: readonly YamlDocument[]): Diagnostic[] {
  const firstSeen = new Map<string, SourceLocation>();
  const diagnostics: Diagnostic[] = [];
  for (const document of documents) {
    const identity = identityOf(document.value);
    if (identity === undefined) continue;
    const id = JSON.stringify([identity.kind, ...identity.parts]);
    const here = locate(document, ['name'], 'value');
    const first = firstSeen.get(id);
    if (first === undefined) {
      firstSeen.set(id, here);
      continue;
    }
    const message = `${identity.kind} ${joinFqn(identity.parts)} is also defined at ${first.file}:${first.line}:${first.column}`;
    diagnostics.push(diagnosticAt(document, ['name'], 'value', message));
  }
  return diagnostics;
}

/** database: [service, name]; schema: [service, database, name]; undefined when not well-typed. */
function identityOf(value: unknown): { kind: 'database' | 'schema'; parts: string[] } | undefined {
  if (!isRecord(value)) return undefined;
  const { kind, service, database, name } = value;
  if (typeof service !== 'string' || typeof name !== 'string') return undefined;
  if (kind === 'Database') return { kind: 'database', parts: [service, name] };
  if (kind === 'Schema' && typeof database === 'string') return { kind: 'schema', parts: [service, database, name] };
  return undefined;
}

/**
 * Builds the tree from valid documents, in file order. A database named only by Schema
 * documents gets a node without fields, located at the first `database:` naming it.
 */
function buildState(config: Config, source: ManifestSource): DesiredState {
  const services = new Map<string, DesiredService>(
    Object.keys(config.services).map((name) => [name, { name, databases: [] }]),
  );
  const databases = new Map<string, DesiredNode>();
  const databaseNode = (document: YamlDocument, service: string, name: string, at: Path): DesiredNode => {
    const id = JSON.stringify([service, name]);
    let node = databases.get(id);
    if (node === undefined) {
      node = emptyNode('database', name, locate(document, at, 'value'));
      databases.set(id, node);
      services.get(service)?.databases.push(node);
    }
    return node;
  };

  for (const document of source.documents) {
    const manifest = document.value as Manifest;
    if (manifest.kind === 'Database') {
      const node = databaseNode(document, manifest.service, manifest.name, ['name']);
      node.location = locate(document, ['name'], 'value');
      setFields(node, document, manifest, []);
    } else {
      const database = databaseNode(document, manifest.service, manifest.database, ['database']);
      const schema = emptyNode('schema', manifest.name, locate(document, ['name'], 'value'));
      setFields(schema, document, manifest, []);
      schema.children = childNodes(document, 'table', manifest.tables, ['tables']);
      database.children.push(schema);
    }
  }
  return { services, files: source.files };
}

function emptyNode(kind: ObjectKind, name: string, location: SourceLocation): DesiredNode {
  return { kind, name, fields: {}, location, fieldLocations: {}, children: [] };
}

/** Tables of a schema or columns of a table or column, each located at its key. */
function childNodes(
  document: YamlDocument,
  kind: 'table' | 'column',
  children: Record<string, Entry | null> | null | undefined,
  at: PathSegment[],
): DesiredNode[] {
  if (children === undefined || children === null) return []; // `columns:` alone lists none
  return entriesInOrder(children).map(([name, value]) => {
    const entry = value as Entry | null;
    const path = [...at, name];
    const node = emptyNode(kind, name, locate(document, path, 'key'));
    if (entry === null) return node; // `orders:` alone names the object and manages nothing
    setFields(node, document, entry, path);
    node.children = childNodes(document, 'column', entry.columns, [...path, 'columns']);
    return node;
  });
}

/** Copies the managed fields and where each is written. `owners: []` is unmanaged. */
function setFields(node: DesiredNode, document: YamlDocument, entry: Entry, at: PathSegment[]): void {
  const fields: DesiredFields = {};
  if (entry.description !== undefined) fields.description = entry.description;
  if (entry.owners !== undefined && entry.owners.length > 0) fields.owners = [...entry.owners];
  if (entry.tags !== undefined) fields.tags = [...entry.tags];
  node.fields = fields;
  node.fieldLocations = {};
  for (const field of Object.keys(fields) as (keyof DesiredFields)[])
    node.fieldLocations[field] = locate(document, [...at, field], 'key');
}
