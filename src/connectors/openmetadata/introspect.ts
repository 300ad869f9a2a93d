/**
 * OpenMetadata read as a catalog for the planner: the export's walk (`walkService`), scoped to
 * the databases and schemas the manifests name, mapped into the observed tree. Requests:
 *   1. `GET /v1/system/version`                          the server version
 *   2. `GET /v1/databases?service=…`                     per page of databases
 *   3. `GET /v1/databaseSchemas?database=…`              per database in scope, per page
 *   4. `GET /v1/tables?databaseSchema=…&fields=…columns`  per schema in scope, per page
 *   5. `GET /v1/users/name/…`, then `/v1/teams/name/…`    per owner the manifests name that
 *                                                         owns nothing read (usually none)
 * so a catalog costs about tables / page size requests, never one per table.
 *
 * The observed tree has OpenMetadata's names decoded (as export writes them), the owners'
 * names (users and teams), and tags as classification → tag (glossary → term when the
 * service's `tags.glossary` asks). Two labels of one classification are one value, "a, b",
 * which no single manifest tag equals, so the plan sets it to the one the manifest names.
 */
import { parseTagFqn, quoteFqnPart, type TagRef } from '../../model/fqn.js';
import type { AvailableTagKey, ObservedNode } from '../../model/types.js';
import type { Driver, IntrospectScope, Introspection } from '../types.js';
import type { OmColumn, OmEntity, OmTable } from './client.js';
import { asOpenMetadataDriver, type ColumnSnapshot, type EntitySnapshot, type OpenMetadataDriver } from './driver.js';
import { decodeName, descriptionOf, ownerReferences, readLabels, walkService } from './read.js';
import { ownerSetRefusal } from './server.js';
import { entityKey, type LabelAt } from './sql.js';

/** Lower-cased names in scope, per lower-cased database; null = every one. */
function scopeOf(scope: IntrospectScope) {
  const databases = scope.databases === 'all' ? null : new Set(scope.databases.map((name) => name.toLowerCase()));
  const schemas = new Map<string, Set<string>>();
  for (const [database, names] of Object.entries(scope.schemas ?? {})) {
    const key = database.toLowerCase();
    const set = schemas.get(key) ?? new Set<string>();
    for (const name of names) set.add(name.toLowerCase());
    schemas.set(key, set);
  }
  return {
    database: (name: string) => databases === null || databases.has(name.toLowerCase()),
    schema: (database: string, schema: string) => {
      if (scope.schemas === undefined) return true;
      const wanted = schemas.get(database.toLowerCase());
      return wanted === undefined || wanted.has(schema.toLowerCase());
    },
  };
}

/** Classification (or glossary) → tag; two of one key become "a, b", sorted. */
function tagsOf(read: readonly { tag: TagRef }[]): Record<string, string> {
  const values = new Map<string, Set<string>>();
  for (const { tag } of read) {
    const set = values.get(tag.classification) ?? new Set<string>();
    set.add(tag.tag);
    values.set(tag.classification, set);
  }
  return Object.fromEntries([...values].map(([key, set]) => [key, [...set].sort().join(', ')]));
}

class ObservedReader {
  constructor(
    private readonly driver: OpenMetadataDriver,
    private readonly service: string,
  ) {}

  private labels(labels: OmEntity['tags']): { tags: Record<string, string>; at: LabelAt[]; present: boolean } {
    const read = readLabels(labels, this.driver.glossary);
    return { tags: tagsOf(read), at: read.map(({ index, label }) => [index, label.tagFQN]), present: Array.isArray(labels) };
  }

  /** A database, schema or table node, with its snapshot recorded under the key of its observed path. */
  entity(kind: 'database' | 'schema' | 'table', entity: OmEntity, path: readonly string[], fqn: string, children: ObservedNode[], columns?: ColumnSnapshot[]): ObservedNode {
    const owners = ownerReferences(entity);
    for (const owner of owners) {
      if (owner.id && owner.type && !this.driver.principals.has(owner.name)) this.driver.principals.set(owner.name, { id: owner.id, type: owner.type });
    }
    const labels = this.labels(entity.tags);
    const snapshot: EntitySnapshot = { kind, fqn, tags: labels.at, hasTags: labels.present, owners: owners.map((owner) => owner.name) };
    if (columns) snapshot.columns = columns;
    const [database, schema, table] = path;
    const ref = kind === 'database' ? { kind, database: database! } : kind === 'schema' ? { kind, database: database!, schema: schema! } : { kind, database: database!, schema: schema!, table: table! };
    this.driver.entities.set(entityKey(ref), snapshot);
    return {
      kind,
      name: decodeName(entity.name),
      description: descriptionOf(entity.description) ?? null,
      owner: null,
      owners: snapshot.owners,
      tags: labels.tags,
      children,
    };
  }

  /** A column's node and its snapshot (name as OpenMetadata has it, label indices), nested ones within. */
  private column(column: OmColumn): { node: ObservedNode; snapshot: ColumnSnapshot } {
    const labels = this.labels(column.tags);
    const children = (column.children ?? []).map((child) => this.column(child));
    return {
      node: {
        kind: 'column',
        name: decodeName(column.name),
        description: descriptionOf(column.description) ?? null,
        owner: null,
        tags: labels.tags,
        children: children.map((child) => child.node),
      },
      snapshot: { name: column.name, tags: labels.at, hasTags: labels.present, children: children.map((child) => child.snapshot) },
    };
  }

  table(table: OmTable, schemaFqn: string, path: readonly string[]): ObservedNode {
    const name = decodeName(table.name);
    const fqn = table.fullyQualifiedName ?? `${schemaFqn}.${quoteFqnPart(table.name)}`;
    const columns = (table.columns ?? []).map((column) => this.column(column));
    return this.entity('table', table, [...path, name], fqn, columns.map((column) => column.node), columns.map((column) => column.snapshot));
  }

  serviceFqn(): string {
    return quoteFqnPart(this.service);
  }
}

/** Owners the manifests name that own nothing read: each is a user, a team, or unknown. */
async function lookUpPrincipals(driver: OpenMetadataDriver, names: readonly string[]): Promise<void> {
  const missing = [...new Set(names)].filter((name) => !driver.principals.has(name));
  await Promise.all(
    missing.map(async (name) => {
      for (const type of ['user', 'team'] as const) {
        const found = await driver.client.principal(type, quoteFqnPart(name));
        // Exactly this name: a server that matched case-insensitively would never converge.
        if (found && found.deleted !== true && found.name === name && typeof found.id === 'string') {
          driver.principals.set(name, { id: found.id, type });
          if (type === 'team' && typeof found.teamType === 'string') driver.teamTypes.set(name, found.teamType);
          return;
        }
      }
    }),
  );
}

/**
 * The tags a manifest may name, as tag keys and their allowed values: each enabled classification
 * with its enabled tags (nested ones as `Special.Health`), and, when the service reads glossary
 * terms, each glossary with its terms. A tag OpenMetadata lacks is then a plan conflict, not a 404
 * at apply. Two labels of one mutually exclusive classification never arise: a manifest holds
 * one tag per classification, and the patch removes the others.
 */
async function availableTagKeys(driver: OpenMetadataDriver): Promise<AvailableTagKey[]> {
  const values = new Map<string, string[]>();
  const enabled = <T extends { disabled?: boolean; deleted?: boolean }>(list: readonly T[]) => list.filter((item) => item.disabled !== true && item.deleted !== true);
  const add = (fqns: readonly (string | undefined)[]) => {
    for (const fqn of fqns) {
      const parsed = fqn === undefined ? null : parseTagFqn(fqn);
      if (parsed?.ok && values.has(parsed.tag.classification)) values.get(parsed.tag.classification)!.push(parsed.tag.tag);
    }
  };
  const [classifications, tags] = await Promise.all([driver.client.listClassifications(), driver.client.listTags()]);
  for (const classification of enabled(classifications)) values.set(classification.name, []);
  add(enabled(tags).map((tag) => tag.fullyQualifiedName));
  if (driver.glossary) {
    const [glossaries, terms] = await Promise.all([driver.glossaries(), driver.client.listGlossaryTerms()]);
    for (const name of glossaries) if (!values.has(name)) values.set(name, []);
    add(enabled(terms).map((term) => term.fullyQualifiedName));
  }
  return [...values].map(([name, allowed]) => ({ name, allowedValues: [...new Set(allowed)].sort() }));
}

export async function introspect(driver: Driver, scope: IntrospectScope): Promise<Introspection> {
  const om = asOpenMetadataDriver(driver);
  const before = om.client.stats.requests;
  const version = await om.client.supportedVersion();
  const reader = new ObservedReader(om, scope.service);
  const schemaFqnOf = (schema: OmEntity, database: OmEntity) =>
    schema.fullyQualifiedName ?? `${database.fullyQualifiedName ?? reader.serviceFqn()}.${quoteFqnPart(schema.name)}`;
  const databases = await walkService<ObservedNode, ObservedNode, ObservedNode>(
    om.client,
    scope.service,
    {
      table: (table, schema, database) => reader.table(table, schemaFqnOf(schema, database), [decodeName(database.name), decodeName(schema.name)]),
      schema: (schema, database, tables) => {
        const path = [decodeName(database.name), decodeName(schema.name)];
        return reader.entity('schema', schema, path, schemaFqnOf(schema, database), tables);
      },
      database: (database, schemas) => {
        const fqn = database.fullyQualifiedName ?? `${reader.serviceFqn()}.${quoteFqnPart(database.name)}`;
        return reader.entity('database', database, [decodeName(database.name)], fqn, schemas);
      },
    },
    scopeOf(scope),
  );
  await lookUpPrincipals(om, scope.owners ?? []);
  const tagKeys = await availableTagKeys(om);
  return {
    observed: { service: scope.service, databases, availableTagKeys: tagKeys },
    server: { version: `OpenMetadata ${version ?? 'unknown'}` },
    queries: om.client.stats.requests - before,
    principals: [...om.principals.keys()].sort(),
    refuseOwners: (owners) => ownerSetRefusal(owners, (name) => {
      const principal = om.principals.get(name);
      const teamType = om.teamTypes.get(name);
      return principal && { type: principal.type, ...(teamType !== undefined ? { teamType } : {}) };
    }),
  };
}
