/**
 * Reads one OpenMetadata database service: databases, schemas, tables and (nested) columns
 * with their descriptions, owners and tags. One walk (`walkService`: list endpoints with
 * paging, a few requests per schema however many tables it has) serves both readers: export
 * maps it into the manifest writer's tree here, and the `--target openmetadata` connector
 * into the planner's observed tree (`introspect.ts`), with the same owner and tag rules.
 *
 * Names are decoded from OpenMetadata's reserved-character encodings to the real source
 * names; FQNs are only ever passed back to OpenMetadata as it gave them, or parsed with its
 * quoting rules, never split on dots (`"dim.product.variant"` is one table).
 */
import { joinFqn, parseTagFqn, type TagRef } from '../../model/fqn.js';
import type { WritableColumn, WritableDatabase, WritableFields, WritableSchema, WritableTable, WritableTree } from '../../manifest/emit.js';
import type { OmColumn, OmEntity, OmEntityReference, OmTable, OmTagLabel, OpenMetadataClient } from './client.js';

export interface ReadOptions {
  /** Also export glossary terms (tag labels whose source is `Glossary`). Default: classifications only. */
  glossary?: boolean;
  onProgress?: (message: string) => void;
}

export interface ReadCounts {
  databases: number;
  schemas: number;
  tables: number;
  /** Nested columns included. */
  columns: number;
}

export interface ServiceRead {
  tree: WritableTree;
  /** Databases and schemas whose listing failed: left out of the tree, their manifests to be kept. */
  unreadable: { database: string; schema?: string }[];
  counts: ReadCounts;
  /** Values left out, named (never secret): an unparseable tag FQN, an owner without a name. */
  warnings: string[];
}

/**
 * OpenMetadata stores characters its FQN syntax reserves with these markers (its ingestion's
 * `quote_name`); the source objects carry the real characters, so manifests must too. The colon
 * marker stands for `::` (two colons), the separator OpenMetadata reserves, not for one colon.
 */
const RESERVED: readonly (readonly [string, string])[] = [
  ['__reserved__colon__', '::'],
  ['__reserved__arrow__', '>'],
  ['__reserved__quote__', '"'],
];

export function decodeName(name: string): string {
  let decoded = name;
  for (const [marker, char] of RESERVED) decoded = decoded.split(marker).join(char);
  return decoded;
}

/** Which databases and schemas to read, by their decoded names; absent: all. */
export interface WalkScope {
  database?(name: string): boolean;
  schema?(database: string, schema: string): boolean;
  /**
   * When given, a database whose schemas (or a schema whose tables) cannot be listed, after
   * the client's retries, is passed here and left out instead of failing the whole walk:
   * unseen, not absent. Absent: the error fails the walk.
   */
  unreadable?(object: { database: string; schema?: string }, error: unknown): void;
}

/** What a walk makes of each table, each schema (with its mapped tables) and each database (with its mapped schemas). */
export interface WalkVisitor<T, S, D> {
  table(table: OmTable, schema: OmEntity, database: OmEntity): T;
  schema(schema: OmEntity, database: OmEntity, tables: T[]): S;
  database(database: OmEntity, schemas: S[]): D;
}

/**
 * Lists the service's databases, the schemas of those in scope, and the tables (with their
 * columns) of the schemas in scope, with requests overlapping up to the client's bound.
 * Tables are handed to the visitor a page at a time as they arrive, so a reader keeps what it
 * maps and no raw page outlives its mapping. Soft-deleted entities are skipped.
 */
export async function walkService<T, S, D>(
  client: OpenMetadataClient,
  service: string,
  visitor: WalkVisitor<T, S, D>,
  scope: WalkScope = {},
  onProgress?: (message: string) => void,
): Promise<D[]> {
  const databases = live(await client.listDatabases(service)).filter((database) => scope.database?.(decodeName(database.name)) ?? true);
  onProgress?.(`${service}: ${databases.length} database(s)`);
  /** The listing's result, or `skipped` when it failed and the caller takes unreadable objects. */
  const attempt = async <R>(object: { database: string; schema?: string }, read: () => Promise<R>): Promise<R | typeof skipped> => {
    if (scope.unreadable === undefined) return read();
    try {
      return await read();
    } catch (error) {
      scope.unreadable(object, error);
      return skipped;
    }
  };
  const read = await Promise.all(
    databases.map(async (database) => {
      const databaseFqn = database.fullyQualifiedName ?? joinFqn([service, database.name]);
      const databaseName = decodeName(database.name);
      const listed = await attempt({ database: databaseName }, () => client.listSchemas(databaseFqn));
      if (listed === skipped) return skipped;
      const schemas = live(listed).filter((schema) => scope.schema?.(databaseName, decodeName(schema.name)) ?? true);
      const mapped = await Promise.all(
        schemas.map(async (schema) => {
          const schemaFqn = schema.fullyQualifiedName ?? `${databaseFqn}.${joinFqn([schema.name])}`;
          const tables: T[] = [];
          const done = await attempt({ database: databaseName, schema: decodeName(schema.name) }, () =>
            client.eachTablePage(schemaFqn, (page) => {
              for (const table of live(page)) tables.push(visitor.table(table, schema, database));
            }),
          );
          if (done === skipped) return skipped;
          onProgress?.(`${service}: ${joinFqn([databaseName, decodeName(schema.name)])}: ${tables.length} table(s)`);
          return visitor.schema(schema, database, tables);
        }),
      );
      return visitor.database(database, mapped.filter((schema): schema is Awaited<S> => schema !== skipped));
    }),
  );
  return read.filter((database): database is Awaited<D> => database !== skipped);
}

/** Marks a listing that failed and was left out (see `WalkScope.unreadable`). */
const skipped: unique symbol = Symbol('skipped');

/** Reads a service for export: the manifest writer's tree, counts and warnings. */
export async function readService(client: OpenMetadataClient, service: string, options: ReadOptions = {}): Promise<ServiceRead> {
  const counts: ReadCounts = { databases: 0, schemas: 0, tables: 0, columns: 0 };
  const mapper = new Mapper(service, options, counts);
  const unreadable: { database: string; schema?: string }[] = [];
  const trees = await walkService<WritableTable, WritableSchema, WritableDatabase>(
    client,
    service,
    {
      table: (table, schema, database) => mapper.table(table, [decodeName(database.name), decodeName(schema.name)]),
      schema: (schema, database, tables) => {
        const path = [decodeName(database.name), decodeName(schema.name)];
        counts.schemas++;
        return { name: decodeName(schema.name), ...mapper.fields(schema, path), ...(tables.length > 0 ? { tables } : {}) };
      },
      database: (database, schemas) => {
        counts.databases++;
        return { name: decodeName(database.name), ...mapper.fields(database, [decodeName(database.name)]), schemas };
      },
    },
    {
      unreadable: (object, error) => {
        unreadable.push(object);
        const where = joinFqn(object.schema === undefined ? [object.database] : [object.database, object.schema]);
        const reason = error instanceof Error ? error.message : String(error);
        mapper.warnings.push(`${service} ${where}: could not be read from OpenMetadata (${reason}); its manifests were kept as they are`);
      },
    },
    options.onProgress,
  );
  // Order here does not matter (the writer sorts), but warnings are sorted so output is stable.
  return { tree: { service, databases: trees }, counts, warnings: mapper.warnings.sort(), unreadable };
}

/** Soft-deleted entities are in OpenMetadata's trash, not in the catalog. */
function live<T extends { deleted?: boolean }>(entities: readonly T[]): T[] {
  return entities.filter((entity) => entity.deleted !== true);
}

/**
 * The owners revmeta reads: `owners` (users and teams; the single `owner` of servers before
 * 1.5 is not read, as revmeta refuses those servers); deleted users and teams own nothing. Inherited references (a parent's
 * owners, served on an entity that has none of its own) are not the entity's: the server drops
 * them from any update, so manifests and owner patches leave them out. A reference without a
 * name is passed to `nameless` and left out.
 */
export function ownerReferences(entity: OmEntity, nameless?: (reference: OmEntityReference) => void): Array<OmEntityReference & { name: string }> {
  const own = (entity.owners ?? []).filter((reference) => reference.inherited !== true);
  const named: Array<OmEntityReference & { name: string }> = [];
  for (const reference of own) {
    if (reference.deleted === true) continue;
    const name = reference.name ?? reference.fullyQualifiedName;
    if (typeof name === 'string' && name !== '') named.push({ ...reference, name });
    else nameless?.(reference);
  }
  return named;
}

/** A tag label revmeta reads, parsed, with its place in the entity's `tags` array. */
export interface ReadLabel {
  index: number;
  label: OmTagLabel;
  tag: TagRef;
}

/**
 * The labels revmeta reads, in order: classifications always (`Tag` is what 0.x called
 * their source, and a label without a source is older still), glossary terms only when
 * asked. An FQN that does not parse with OpenMetadata's quoting is passed to `unparsed`.
 */
export function readLabels(
  labels: readonly OmTagLabel[] | null | undefined,
  glossary: boolean,
  unparsed?: (label: OmTagLabel, error: string) => void,
): ReadLabel[] {
  const read: ReadLabel[] = [];
  (labels ?? []).forEach((label, index) => {
    const source = label.source;
    const wanted = source === undefined || source === 'Classification' || source === 'Tag' || (source === 'Glossary' && glossary);
    if (!wanted || typeof label.tagFQN !== 'string') return;
    const parsed = parseTagFqn(label.tagFQN);
    if (parsed.ok) read.push({ index, label, tag: parsed.tag });
    else unparsed?.(label, parsed.error);
  });
  return read;
}

/** Absent, null and empty are all "no description": "" in a manifest would mean "clear it at the source". */
export function descriptionOf(description: string | null | undefined): string | undefined {
  return typeof description === 'string' && description !== '' ? description : undefined;
}

class Mapper {
  readonly warnings: string[] = [];

  constructor(
    private readonly service: string,
    private readonly options: ReadOptions,
    private readonly counts: ReadCounts,
  ) {}

  table(table: OmEntity & { columns?: OmColumn[] }, parent: readonly string[]): WritableTable {
    const name = decodeName(table.name);
    const path = [...parent, name];
    this.counts.tables++;
    const columns = (table.columns ?? []).map((column) => this.column(column, path));
    return { name, ...this.fields(table, path), ...(columns.length > 0 ? { columns } : {}) };
  }

  private column(column: OmColumn, parent: readonly string[]): WritableColumn {
    const name = decodeName(column.name);
    const path = [...parent, name];
    this.counts.columns++;
    const children = (column.children ?? []).map((child) => this.column(child, path));
    const fields: WritableColumn = { name };
    const description = descriptionOf(column.description);
    if (description !== undefined) fields.description = description;
    const tags = this.tags(column.tags, path);
    if (tags.length > 0) fields.tags = tags;
    if (children.length > 0) fields.columns = children;
    return fields;
  }

  fields(entity: OmEntity, path: readonly string[]): WritableFields {
    const fields: WritableFields = {};
    const description = descriptionOf(entity.description);
    if (description !== undefined) fields.description = description;
    const owners = this.owners(entity, path);
    if (owners.length > 0) fields.owners = owners;
    const tags = this.tags(entity.tags, path);
    if (tags.length > 0) fields.tags = tags;
    return fields;
  }

  /** `owners`: users and teams. */
  private owners(entity: OmEntity, path: readonly string[]): string[] {
    return ownerReferences(entity, (reference) => this.warn(path, `an owner reference has no name (id ${reference.id ?? '?'}); left out`)).map(
      (reference) => reference.name,
    );
  }

  /**
   * Classification tags, as OpenMetadata writes their FQNs; glossary terms only when asked.
   * Each FQN is parsed with OpenMetadata's quoting: one that does not parse is left out with a
   * warning (the manifest loader would refuse it), and two spellings of one tag keep the first.
   */
  private tags(labels: readonly OmTagLabel[] | null | undefined, path: readonly string[]): string[] {
    const kept = new Map<string, string>();
    const read = readLabels(labels, this.options.glossary === true, (label, error) =>
      this.warn(path, `tag ${JSON.stringify(label.tagFQN)} is not an FQN of the form Classification.Tag (${error}); left out`),
    );
    for (const { label, tag } of read) {
      const canonical = joinFqn([tag.classification, tag.tag]);
      if (!kept.has(canonical)) kept.set(canonical, label.tagFQN);
    }
    return [...kept.values()];
  }

  private warn(path: readonly string[], message: string): void {
    this.warnings.push(`${this.service} ${joinFqn(path)}: ${message}`);
  }
}

