/**
 * Reads one OpenMetadata database service into the manifest writer's tree: databases,
 * schemas, tables and (nested) columns with their descriptions, owners and tags.
 *
 * Names are decoded from OpenMetadata's reserved-character encodings to the real source
 * names; FQNs are only ever passed back to OpenMetadata as it gave them, or parsed with its
 * quoting rules, never split on dots (`"dim.product.variant"` is one table).
 */
import { joinFqn, parseTagFqn } from '../../model/fqn.js';
import type { WritableColumn, WritableFields, WritableSchema, WritableTable, WritableTree } from '../../manifest/write.js';
import type { OmColumn, OmEntity, OmEntityReference, OmTagLabel, OpenMetadataClient } from './client.js';

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
  counts: ReadCounts;
  /** Values left out, named (never secret): an unparseable tag FQN, an owner without a name. */
  warnings: string[];
}

/**
 * OpenMetadata stores characters its FQN syntax reserves with these markers (its ingestion's
 * `quote_name`); the source objects carry the real characters, so manifests must too.
 */
const RESERVED: readonly (readonly [string, string])[] = [
  ['__reserved__colon__', ':'],
  ['__reserved__arrow__', '>'],
  ['__reserved__quote__', '"'],
];

export function decodeName(name: string): string {
  let decoded = name;
  for (const [marker, char] of RESERVED) decoded = decoded.split(marker).join(char);
  return decoded;
}

/** Reads a service: databases, then their schemas, then tables, with requests overlapping up to the client's bound. */
export async function readService(client: OpenMetadataClient, service: string, options: ReadOptions = {}): Promise<ServiceRead> {
  const counts: ReadCounts = { databases: 0, schemas: 0, tables: 0, columns: 0 };
  const mapper = new Mapper(service, options, counts);
  const databases = live(await client.listDatabases(service));
  options.onProgress?.(`${service}: ${databases.length} database(s)`);
  const trees = await Promise.all(
    databases.map(async (database) => {
      const databaseFqn = database.fullyQualifiedName ?? joinFqn([service, database.name]);
      const schemas = live(await client.listSchemas(databaseFqn));
      const schemaTrees = await Promise.all(
        schemas.map(async (schema): Promise<WritableSchema> => {
          const schemaFqn = schema.fullyQualifiedName ?? `${databaseFqn}.${joinFqn([schema.name])}`;
          const tables = live(await client.listTables(schemaFqn));
          const path = [decodeName(database.name), decodeName(schema.name)];
          const mapped = tables.map((table) => mapper.table(table, path));
          counts.schemas++;
          options.onProgress?.(`${service}: ${joinFqn(path)}: ${tables.length} table(s)`);
          return { name: decodeName(schema.name), ...mapper.fields(schema, path), ...(mapped.length > 0 ? { tables: mapped } : {}) };
        }),
      );
      counts.databases++;
      return { name: decodeName(database.name), ...mapper.fields(database, [decodeName(database.name)]), schemas: schemaTrees };
    }),
  );
  // Order here does not matter (the writer sorts), but warnings are sorted so output is stable.
  return { tree: { service, databases: trees }, counts, warnings: mapper.warnings.sort() };
}

/** Soft-deleted entities are in OpenMetadata's trash, not in the catalog. */
function live<T extends { deleted?: boolean }>(entities: readonly T[]): T[] {
  return entities.filter((entity) => entity.deleted !== true);
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

  /** 1.x `owners` (users and teams); a server or payload of 0.x has the single `owner`. */
  private owners(entity: OmEntity, path: readonly string[]): string[] {
    const references: OmEntityReference[] =
      entity.owners && entity.owners.length > 0 ? entity.owners : entity.owner ? [entity.owner] : [];
    const names: string[] = [];
    for (const reference of references) {
      // A deleted user or team no longer owns anything a source could be given.
      if (reference.deleted === true) continue;
      const name = reference.name ?? reference.fullyQualifiedName;
      if (typeof name === 'string' && name !== '') names.push(name);
      else this.warn(path, `an owner reference has no name (id ${reference.id ?? '?'}); left out`);
    }
    return names;
  }

  /**
   * Classification tags, as OpenMetadata writes their FQNs; glossary terms only when asked.
   * Each FQN is parsed with OpenMetadata's quoting: one that does not parse is left out with a
   * warning (the manifest loader would refuse it), and two spellings of one tag keep the first.
   */
  private tags(labels: readonly OmTagLabel[] | null | undefined, path: readonly string[]): string[] {
    const kept = new Map<string, string>();
    for (const label of labels ?? []) {
      if (!this.wantsSource(label.source)) continue;
      if (typeof label.tagFQN !== 'string') continue;
      const parsed = parseTagFqn(label.tagFQN);
      if (!parsed.ok) {
        this.warn(path, `tag ${JSON.stringify(label.tagFQN)} is not an FQN of the form Classification.Tag (${parsed.error}); left out`);
        continue;
      }
      const canonical = joinFqn([parsed.tag.classification, parsed.tag.tag]);
      if (!kept.has(canonical)) kept.set(canonical, label.tagFQN);
    }
    return [...kept.values()];
  }

  private wantsSource(source: string | undefined): boolean {
    // `Tag` is what 0.x called a classification's source; a label without a source is from a
    // payload older still, and classifications were all there was.
    if (source === undefined || source === 'Classification' || source === 'Tag') return true;
    return source === 'Glossary' && this.options.glossary === true;
  }

  private warn(path: readonly string[], message: string): void {
    this.warnings.push(`${this.service} ${joinFqn(path)}: ${message}`);
  }
}

/** Absent, null and empty are all "no description": "" in a manifest would mean "clear it at the source". */
function descriptionOf(description: string | null | undefined): string | undefined {
  return typeof description === 'string' && description !== '' ? description : undefined;
}
