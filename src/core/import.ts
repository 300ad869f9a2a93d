/**
 * `revmeta import`: what a source already holds (descriptions, owners, tags where the
 * connector reads them) becomes manifests, written by the same deterministic writer as
 * `revmeta export`. Only what `plan` would manage is written, in the form `plan` reads
 * back to exactly the observed value, so a plan right after an import is empty.
 */
import type { Capabilities, Connector, Driver, Introspection } from '../connectors/types.js';
import { parseTagFqn, joinFqn, quoteFqnPart } from '../model/fqn.js';
import type { Field, ObservedNode, RelationKind, SyncName } from '../model/types.js';
import { SYNC_OF_FIELD } from '../model/types.js';
import type { Config } from '../manifest/types.js';
import { loadManifests } from '../manifest/load.js';
import { compareText } from '../model/order.js';
import type { DesiredState } from '../model/types.js';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  emitAll,
  type ManifestFiles,
  type EmitOptions,
  type WritableColumn,
  type WritableDatabase,
  type WritableFields,
  type WritableTable,
  type WritableTree,
} from '../manifest/emit.js';
import type { KeptObject, WriteResult } from '../manifest/write.js';
import { compileScope, inScope, type Scope } from '../plan/scope.js';
import { writeManifestsFolder } from './manifests-folder.js';
import { RevmetaError, ValidationError } from './errors.js';
import { mergeStated } from './import-merge.js';
import { connectorContext, selectServices } from './workspace.js';
import { pathOf, unlistedObjects, unseenObjects, type UnseenObjects } from './absence.js';

/** What import needs of a workspace: no manifests (the folder may not even exist yet). */
export interface ImportWorkspace {
  config: Config;
  connectors: ReadonlyMap<string, Connector>;
}

export interface ImportOptions extends EmitOptions {
  /** `--service`: only these services (default: every service of the config). */
  services?: readonly string[];
  /** `--database`: only these databases (matched case-insensitively by the connectors); default all. */
  databases?: readonly string[];
  onProgress?: (message: string) => void;
  /**
   * The manifests as they are: every value they state is kept, the source fills the rest.
   * `runImport` loads them from the manifests folder; absent: the source alone.
   */
  existing?: DesiredState;
}

export interface ImportSummary {
  services: number;
  databases: number;
  schemas: number;
  tables: number;
  /** Nested columns included. */
  columns: number;
  /** Values left out because no manifest value would plan back to them (named, never secret). */
  warnings: string[];
  /** Stated manifest values kept where the source holds something else, one line each, sorted. */
  kept: string[];
  /**
   * Source principals written as owners under their own name (no owners.map entry names them),
   * as `service: name`, sorted: they are OpenMetadata owner names now, so the CLI lists them once.
   */
  unmappedOwners: string[];
}

export interface ImportedServices {
  files: ManifestFiles;
  summary: ImportSummary;
  /** The services read, in config order: what a write may prune. */
  services: string[];
  /** Per service, what could not be read: its files are kept, never pruned. */
  unreadable: Map<string, KeptObject[]>;
}

/** Reads each selected service and emits its manifests; writes nothing. */
export async function importService(workspace: ImportWorkspace, options: ImportOptions = {}): Promise<ImportedServices> {
  const summary: ImportSummary = { services: 0, databases: 0, schemas: 0, tables: 0, columns: 0, warnings: [], kept: [], unmappedOwners: [] };
  const trees: WritableTree[] = [];
  const unreadable = new Map<string, KeptObject[]>();
  const services = selectServices(workspace.config, options.services);
  for (const name of services) {
    const service = workspace.config.services[name]!;
    const connector = workspace.connectors.get(service.type);
    if (connector === undefined) throw new RevmetaError(`service "${name}": no connector for type "${service.type}"`);
    options.onProgress?.(`Reading ${name} (${service.type})…`);
    const driver = connector.createDriver(connectorContext(name, service, workspace.config.dir));
    const stated = options.existing?.services.get(name);
    let introspection: Introspection;
    let capabilities: Capabilities;
    let unlisted: UnseenObjects;
    try {
      introspection = await introspect(connector, driver, name, options.databases);
      capabilities = connector.capabilities(introspection.server);
      // What the manifests name and the listing lacks is pruned only once known to be absent.
      const missing = unlistedObjects(stated, introspection.observed.databases, introspection.unreadable ?? [], options.databases);
      unlisted = await unseenObjects(name, connector, driver, capabilities, missing);
    } finally {
      await driver.close().catch(() => undefined);
    }
    for (const object of introspection.unreadable ?? []) {
      summary.warnings.push(`${name} ${pathOf(object)}: could not be read (${object.reason}); its manifests were kept as they are`);
    }
    summary.warnings.push(...unlisted.warnings);
    const unseen = [...(introspection.unreadable ?? []), ...unlisted.unseen];
    // Tables and columns are entries of their schema's file, which is rewritten: the merge keeps them.
    unreadable.set(name, unseen.filter((object) => object.table === undefined).map(({ database, schema }) => (schema === undefined ? { database } : { database, schema })));
    const mapper = new Mapper(name, {
      capabilities,
      sync: service.sync,
      ownerMap: service.owners?.map ?? {},
      scope: compileScope(service.include, service.exclude, undefined, name),
      isBuiltinPrincipal: connector.isBuiltinPrincipal ?? (() => false),
    }, summary);
    const tree = mergeStated(
      mapper.tree(introspection.observed.databases),
      introspection.observed.databases,
      stated,
      { capabilities, sync: service.sync },
      summary.kept,
      unseen.filter((object) => object.table !== undefined),
    );
    trees.push(tree);
    summary.services++;
    options.onProgress?.(`Read ${name}: ${tree.databases.length} database(s), ${introspection.queries} catalog queries`);
  }
  summary.kept.sort();
  // Columns in table order: how people read a table, and what a new column's diff looks like.
  return { files: emitAll(trees, { columnOrder: 'source', ...options }), summary, services, unreadable };
}

export interface ImportRun {
  result: WriteResult;
  summary: ImportSummary;
  /** One line for the terminal: counts of objects and files. */
  line: string;
}

/**
 * Imports and writes into the manifests folder. Pruning is limited to what was read: the
 * imported services' folders or, with `--database`, those databases' files, so a partial
 * import never deletes what it did not look at.
 */
export async function runImport(workspace: ImportWorkspace, options: ImportOptions = {}): Promise<ImportRun> {
  const existing = options.existing ?? (await existingManifests(workspace.config));
  const schema = options.schema ?? (await manifestSchemaOf(workspace.config));
  const imported = await importService(workspace, {
    ...options,
    ...(existing !== undefined ? { existing } : {}),
    ...(schema !== undefined ? { schema } : {}),
  });
  const prune = imported.services.map((service) => ({
    service,
    ...(options.databases && options.databases.length > 0 ? { databases: options.databases } : {}),
    keep: imported.unreadable.get(service) ?? [],
  }));
  const result = await writeManifestsFolder('import', workspace.config.manifests, imported.files, { prune });
  return { result, summary: imported.summary, line: summaryLine(imported.summary, result) };
}

export function summaryLine(summary: ImportSummary, result: WriteResult): string {
  const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
  return (
    `Imported ${plural(summary.services, 'service')}, ${plural(summary.databases, 'database')}, ` +
    `${plural(summary.schemas, 'schema')}, ${plural(summary.tables, 'table')}, ${plural(summary.columns, 'column')}: ` +
    `${result.written.length} file(s) written, ${result.unchanged.length} unchanged, ${result.removed.length} removed` +
    (summary.warnings.length > 0 ? `, ${plural(summary.warnings.length, 'warning')}` : '') +
    (summary.kept.length > 0 ? `, ${plural(summary.kept.length, 'difference')} kept from the manifests` : '')
  );
}

/**
 * The manifests already in the folder, whose stated values import keeps; none on a first
 * import. Invalid manifests stop the import: what they state cannot be told, so it cannot be kept.
 */
async function existingManifests(config: Config): Promise<DesiredState | undefined> {
  const exists = await stat(config.manifests).then((stats) => stats.isDirectory(), () => false);
  if (!exists) return undefined;
  const loaded = await loadManifests(config);
  if (!loaded.ok) throw new ValidationError(loaded.diagnostics);
  return loaded.value;
}

/** The editor header of the config file: `# yaml-language-server: $schema=<reference>`. */
const SCHEMA_HEADER = /^#\s*yaml-language-server:\s*\$schema=(\S+)\s*$/m;

/**
 * Where the manifests' `$schema` header points (EmitOptions.schema: a URL, or a path relative
 * to the manifests folder), so editors validate and complete the files import writes:
 * 1. beside the config's own schema, when revmeta.yaml has the header (`config.schema.json`
 *    → `manifest.schema.json`, as the examples have them);
 * 2. else the schema of this revmeta installation when it lies inside the config's folder
 *    (`node_modules/revmeta/schemas/`), a path that works for everyone who runs `npm ci`;
 * 3. else none: a path outside the project (an npx cache) would mean nothing in git.
 */
export async function manifestSchemaOf(config: Config): Promise<string | undefined> {
  const text = await readFile(config.file, 'utf8').catch(() => '');
  const reference = SCHEMA_HEADER.exec(text.split('\n').slice(0, 5).join('\n'))?.[1];
  if (reference !== undefined && reference.endsWith('config.schema.json')) {
    const manifest = `${reference.slice(0, -'config.schema.json'.length)}manifest.schema.json`;
    if (/^[a-z][a-z0-9+.-]*:/i.test(manifest)) return manifest;
    return path.relative(config.manifests, path.resolve(config.dir, manifest));
  }
  const installed = fileURLToPath(new URL('../../schemas/manifest.schema.json', import.meta.url));
  const inProject = path.relative(config.dir, installed);
  if (inProject.startsWith('..') || path.isAbsolute(inProject)) return undefined;
  return path.relative(config.manifests, installed);
}

async function introspect(connector: Connector, driver: Driver, service: string, databases?: readonly string[]) {
  try {
    // No `schemas`: every schema of each database is read.
    return await connector.introspect(driver, { service, databases: databases && databases.length > 0 ? databases : 'all' });
  } catch (error) {
    throw new RevmetaError(`service "${service}": could not read the catalog: ${error instanceof Error ? error.message : String(error)}`);
  }
}

interface MapperPolicy {
  capabilities: Capabilities;
  sync: readonly SyncName[] | undefined;
  ownerMap: Readonly<Record<string, string>>;
  scope: Scope;
  isBuiltinPrincipal: (name: string) => boolean;
}

/** ObservedNode → the writer's tree, keeping only what plan manages and can read back. */
class Mapper {
  /** Source principal → the owner names that map to it. */
  private readonly ownersOf = new Map<string, string[]>();
  /** Principals written under their own name, no owners.map entry naming them. */
  private readonly unmapped = new Set<string>();

  constructor(
    private readonly service: string,
    private readonly policy: MapperPolicy,
    private readonly summary: ImportSummary,
  ) {
    for (const [owner, principal] of Object.entries(policy.ownerMap))
      this.ownersOf.set(principal, [...(this.ownersOf.get(principal) ?? []), owner]);
  }

  tree(databases: readonly ObservedNode[]): WritableTree {
    const kept: WritableDatabase[] = [];
    for (const database of databases) {
      const path = [database.name];
      const schemas = database.children.flatMap((schema) => {
        const schemaPath = [...path, schema.name];
        const tables = this.children(schema.children, schemaPath) as WritableTable[];
        if (!this.inScope(schemaPath) && tables.length === 0) return [];
        this.summary.schemas++;
        return [{ name: schema.name, ...this.fields(schema, schemaPath), ...(tables.length > 0 ? { tables } : {}) }];
      });
      // A database out of scope is still written when some schema of it is (it holds them).
      if (!this.inScope(path) && schemas.length === 0) continue;
      this.summary.databases++;
      kept.push({ name: database.name, ...this.fields(database, path), schemas });
    }
    // Once per principal, not per object; a note, not a warning: writing the name is the default.
    for (const principal of [...this.unmapped].sort(compareText)) this.summary.unmappedOwners.push(`${this.service}: ${principal}`);
    return { service: this.service, databases: kept };
  }

  /** Tables of a schema or columns of a table/column; an object with no fields is still named. */
  private children(
    nodes: readonly ObservedNode[],
    parent: readonly string[],
    parentRelation?: RelationKind,
  ): (WritableTable | WritableColumn)[] {
    const kept: (WritableTable | WritableColumn)[] = [];
    for (const node of nodes) {
      const path = [...parent, node.name];
      // A column is judged by its table's relation kind, as the planner does.
      const relation = node.kind === 'column' ? (parentRelation ?? node.relation) : node.relation;
      const columns = this.children(node.children, path, relation) as WritableColumn[];
      if (!this.inScope(path) && columns.length === 0) continue;
      if (node.kind === 'table') this.summary.tables++;
      else this.summary.columns++;
      kept.push({ name: node.name, ...this.fields(node, path, relation), ...(columns.length > 0 ? { columns } : {}) });
    }
    return kept;
  }

  private inScope(path: readonly string[]): boolean {
    return inScope(this.policy.scope, path.map((_, i) => joinFqn(path.slice(0, i + 1))));
  }

  private fields(node: ObservedNode, path: readonly string[], relation?: RelationKind): WritableFields {
    if (!this.inScope(path)) return {};
    const fields: WritableFields = {};
    // "" would mean "clear" in a manifest, and a source that reports "" has nothing to clear.
    if (this.manages('description', node, relation) && node.description !== null && node.description !== '')
      fields.description = node.description;
    if (this.manages('owner', node, relation) && node.owner !== null) {
      const owner = this.ownerName(node.owner, path);
      if (owner !== undefined) fields.owners = [owner];
    }
    if (this.manages('tag', node, relation)) {
      const tags = Object.entries(node.tags).flatMap(([key, value]) => {
        const fqn = tagFqn(key, value);
        if (fqn === undefined) this.warn(path, `tag ${key}=${value} has no FQN that reads back to it; left out`);
        return fqn === undefined ? [] : [fqn];
      });
      if (tags.length > 0) fields.tags = tags;
    }
    return fields;
  }

  /** Whether plan would write this field here: synced, and storable at this level and relation. */
  private manages(field: Field, node: ObservedNode, relation: RelationKind | undefined): boolean {
    const { capabilities, sync } = this.policy;
    if (sync !== undefined && !sync.includes(SYNC_OF_FIELD[field])) return false;
    if (!capabilities.fields[field].includes(node.kind)) return false;
    const unsupported = capabilities.unsupportedRelations?.[field]?.[node.kind];
    return !(relation !== undefined && unsupported?.includes(relation));
  }

  /**
   * The owner name that `owners.map` turns into this principal: the one key mapping to it.
   * Else a built-in principal (`pg_database_owner`) is left out, as no OpenMetadata owner is
   * one; any other is written under its own name when the map leaves that name as it is
   * (listed once in the summary: it becomes an OpenMetadata owner name). Otherwise (two keys
   * map to it, or its own name is mapped elsewhere) no name plans back to it: left out.
   */
  private ownerName(principal: string, path: readonly string[]): string | undefined {
    const candidates = this.ownersOf.get(principal) ?? [];
    if (candidates.length === 1) return candidates[0];
    if (candidates.length === 0 && this.policy.isBuiltinPrincipal(principal)) return undefined;
    if ((this.policy.ownerMap[principal] ?? principal) === principal) {
      if (candidates.length === 0) this.unmapped.add(principal);
      return principal;
    }
    this.warn(path, `owner ${principal}: owners.map maps ${candidates.length === 0 ? 'its name elsewhere' : `${candidates.join(', ')} to it`}; left out`);
    return undefined;
  }

  private warn(path: readonly string[], message: string): void {
    this.summary.warnings.push(`${this.service} ${joinFqn(path)}: ${message}`);
  }
}

/**
 * The tag FQN the planner parses back to exactly this key and value. A plain value is
 * `Key.Value` (parts quoted as OpenMetadata quotes them); a value that is itself a nested
 * tag path (`Tier.Gold`, as the planner joins the parts after the classification) is kept
 * as written after the quoted key.
 */
export function tagFqn(key: string, value: string): string | undefined {
  for (const candidate of [joinFqn([key, value]), `${quoteFqnPart(key)}.${value}`]) {
    const parsed = parseTagFqn(candidate);
    if (parsed.ok && parsed.tag.classification === key && parsed.tag.tag === value) return candidate;
  }
  return undefined;
}
