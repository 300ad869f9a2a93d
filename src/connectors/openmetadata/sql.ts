/**
 * The "dialect" of `--target openmetadata`: each entity's changes become one typed
 * `openmetadata.patch` request (RFC 6902, `application/json-patch+json`) that the session
 * `send`s as it is; a plan shows it (`statementText`) as:
 *
 *     PATCH /v1/tables/name/warehouse.shop.public.orders
 *     [
 *       {"op":"test","path":"/columns/1/name","value":"email"},
 *       {"op":"replace","path":"/columns/1/description","value":"Customer e-mail"}
 *     ]
 *
 * The path is relative to `openmetadata.url` (which ends in `/api`), the FQN as OpenMetadata
 * spells it, URL-encoded. Columns are addressed by their index in the table's `columns`
 * array (nested ones through `children`), tag labels by their index in `tags`: both come from
 * the compile context (`readCompileContext`), and a `test` operation before any edit checks that
 * the index still holds that column or label and that a description is still the one the
 * plan saw. OpenMetadata applies a patch whole or not at all, so an entity edited meanwhile
 * is refused rather than overwritten. Owners are replaced as a whole list of references.
 *
 * Pure: no I/O. JSON.stringify does all quoting, so no value can break out of its string.
 */
import { parseTagFqn, quoteFqnPart } from '../../model/fqn.js';
import type { ObjectRef } from '../../model/types.js';
import { statementText, type Change, type JsonPatchOperation } from '../../model/change.js';
import type { ApiRequest, Dialect, CompileContext, SqlTemplates, Statement } from '../types.js';

/** The REST collection of each level with something to patch (columns live in their table). */
export const COLLECTIONS = { database: 'databases', schema: 'databaseSchemas', table: 'tables' } as const;

export type EntityKind = keyof typeof COLLECTIONS;

/** A tag label revmeta reads: its index in OpenMetadata's `tags` array, and its FQN. */
export type LabelAt = [index: number, tagFQN: string];

/** An owner as a PATCH refers to it. */
export interface OwnerRef {
  id: string;
  type: string;
}

/** A column a change addresses: indices from the table down, the names (as OpenMetadata has them) at each, its labels. */
export type ColumnTarget = {
  path: number[];
  names: string[];
  tags: LabelAt[];
  /** Whether OpenMetadata returned a `tags` array (possibly empty) for it. */
  hasTags: boolean;
};

/** One entity the changes touch, as OpenMetadata holds it now. */
export type EntityTarget = {
  kind: EntityKind;
  /** The FQN exactly as OpenMetadata gave it (reserved characters encoded, dotted parts quoted). */
  fqn: string;
  tags: LabelAt[];
  hasTags: boolean;
  /** Current owners by name, in OpenMetadata's order. */
  owners: string[];
  /** By the planner's column reference (`column` of the ObjectRef). */
  columns?: Record<string, ColumnTarget>;
};

/** What compiling needs beyond the changes; part of the observed digest of a saved plan. */
export type OpenMetadataCompileContext = {
  /** By `entityKey`. */
  entities: Record<string, EntityTarget>;
  /** Every owner the new owner lists name, by name. */
  principals: Record<string, OwnerRef>;
  /** Tag keys that are glossaries (their labels are added with `source: Glossary`). */
  glossaries: string[];
};

/** The entity a change is written through: a column's is its table. JSON, so no name can collide with another. */
export function entityKey(object: ObjectRef): string {
  switch (object.kind) {
    case 'database':
      return JSON.stringify([object.database]);
    case 'schema':
      return JSON.stringify([object.database, object.schema]);
    case 'table':
    case 'column':
      return JSON.stringify([object.database, object.schema, object.table]);
  }
}

/** `PATCH /v1/<collection>/name/<fqn>`: what a statement's first line says. */
export function requestPath(kind: EntityKind, fqn: string): string {
  return `/v1/${COLLECTIONS[kind]}/name/${encodeURIComponent(fqn)}`;
}

/** A tag label as revmeta writes it: applied by a person, confirmed. */
function labelOf(key: string, value: string, glossaries: readonly string[]): Record<string, string> {
  return {
    tagFQN: `${quoteFqnPart(key)}.${value}`,
    source: glossaries.includes(key) ? 'Glossary' : 'Classification',
    labelType: 'Manual',
    state: 'Confirmed',
  };
}

/** The tag key and value of a label, as the observed tree has them (unparseable labels were never read). */
function keyValueOf(tagFQN: string): { key: string; value: string } | null {
  const parsed = parseTagFqn(tagFQN);
  return parsed.ok ? { key: parsed.tag.classification, value: parsed.tag.tag } : null;
}

interface Target {
  /** JSON Pointer of the entity (``) or of a column (`/columns/2/children/0`). */
  pointer: string;
  column?: ColumnTarget;
  tags: LabelAt[];
  hasTags: boolean;
  changes: Change[];
}

function pointerOf(column: ColumnTarget): string {
  return column.path.map((index, depth) => `${depth === 0 ? '/columns' : '/children'}/${index}`).join('');
}

function contextOf(context: CompileContext | undefined): OpenMetadataCompileContext {
  const candidate = context as Partial<OpenMetadataCompileContext> | undefined;
  if (!candidate || typeof candidate.entities !== 'object' || candidate.entities === null)
    throw new Error('OpenMetadata requests need the compile context (what readCompileContext read of the entities the changes touch)');
  return { entities: candidate.entities, principals: candidate.principals ?? {}, glossaries: candidate.glossaries ?? [] };
}

/** The operations on one description: guarded by its old value when there is one. */
function descriptionOps(pointer: string, change: Change, tests: JsonPatchOperation[], edits: JsonPatchOperation[]): void {
  const path = `${pointer}/description`;
  if (change.before !== null) tests.push({ op: 'test', path, value: change.before });
  if (change.after === null) {
    if (change.before !== null) edits.push({ op: 'remove', path });
  } else edits.push({ op: change.before === null ? 'add' : 'replace', path, value: change.after });
}

/**
 * The label operations of one target: per tag key, labels of that key with another value go
 * (highest index first, so the others keep theirs), and the wanted label is added unless one
 * already holds it. Labels of keys no change names are never touched.
 */
function tagOps(target: Target, changes: readonly Change[], glossaries: readonly string[], tests: JsonPatchOperation[], edits: JsonPatchOperation[]): void {
  const removed = new Map<number, string>();
  const added: Record<string, string>[] = [];
  for (const change of changes) {
    const key = change.tag!;
    const wanted = change.after;
    const ofKey = target.tags.filter(([, fqn]) => keyValueOf(fqn)?.key === key);
    for (const [index, fqn] of ofKey) if (keyValueOf(fqn)?.value !== wanted) removed.set(index, fqn);
    if (wanted !== null && !ofKey.some(([, fqn]) => keyValueOf(fqn)?.value === wanted)) added.push(labelOf(key, wanted, glossaries));
  }
  for (const [index, fqn] of [...removed].sort(([a], [b]) => b - a)) {
    tests.push({ op: 'test', path: `${target.pointer}/tags/${index}/tagFQN`, value: fqn });
    edits.push({ op: 'remove', path: `${target.pointer}/tags/${index}` });
  }
  if (added.length === 0) return;
  // Without a `tags` member there is no array to append to: add the whole array.
  if (!target.hasTags) edits.push({ op: 'add', path: `${target.pointer}/tags`, value: added });
  else for (const label of added) edits.push({ op: 'add', path: `${target.pointer}/tags/-`, value: label });
}

/** The new owner list: those kept, in OpenMetadata's order, then those added. */
function ownerOps(entity: EntityTarget, changes: readonly Change[], principals: Readonly<Record<string, OwnerRef>>, edits: JsonPatchOperation[]): void {
  const removed = new Set(changes.filter((c) => c.action === 'remove').map((c) => c.before!));
  const added = changes.filter((c) => c.action === 'add' || c.action === 'set').map((c) => c.after!);
  const names = [...new Set([...entity.owners.filter((name) => !removed.has(name)), ...added])];
  const value = names.map((name) => {
    const principal = principals[name];
    if (!principal) throw new Error(`no user or team "${name}" in the compile context: readCompileContext must look up every owner`);
    return { id: principal.id, type: principal.type, name };
  });
  edits.push({ op: 'add', path: '/owners', value });
}

/** The one PATCH of an entity: guards first, then every edit its changes make. */
function entityRequest(entity: EntityTarget, changes: readonly Change[], context: OpenMetadataCompileContext): OpenMetadataPatch {
  const targets = new Map<string, Target>();
  const owners: Change[] = [];
  for (const change of changes) {
    if (change.field === 'owner') {
      owners.push(change);
      continue;
    }
    const columnKey = change.object.kind === 'column' ? change.object.column! : '';
    let target = targets.get(columnKey);
    if (!target) {
      if (columnKey === '') target = { pointer: '', tags: entity.tags, hasTags: entity.hasTags, changes: [] };
      else {
        const column = entity.columns?.[columnKey];
        if (!column) throw new Error(`column ${columnKey} of ${entity.fqn} is not in the compile context`);
        target = { pointer: pointerOf(column), column, tags: column.tags, hasTags: column.hasTags, changes: [] };
      }
      targets.set(columnKey, target);
    }
    target.changes.push(change);
  }
  const tests: JsonPatchOperation[] = [];
  const edits: JsonPatchOperation[] = [];
  for (const target of targets.values()) {
    // The column at each index must still be the one the plan saw.
    target.column?.path.forEach((_, depth) => {
      const pointer = pointerOf({ ...target.column!, path: target.column!.path.slice(0, depth + 1) });
      tests.push({ op: 'test', path: `${pointer}/name`, value: target.column!.names[depth] });
    });
    for (const change of target.changes.filter((c) => c.field === 'description')) descriptionOps(target.pointer, change, tests, edits);
    const tagChanges = target.changes.filter((c) => c.field === 'tag');
    if (tagChanges.length > 0) tagOps(target, tagChanges, context.glossaries, tests, edits);
  }
  if (owners.length > 0) ownerOps(entity, owners, context.principals, edits);
  return { kind: 'openmetadata.patch', path: requestPath(entity.kind, entity.fqn), body: [...dedupe(tests), ...edits] };
}

/** A column named by two changes is tested once. */
function dedupe(operations: readonly JsonPatchOperation[]): JsonPatchOperation[] {
  const seen = new Set<string>();
  return operations.filter((op) => {
    const key = JSON.stringify(op);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export const dialect: Dialect = {
  // JSON Pointer and JSON do the quoting; these serve custom templates, which this target has none of.
  quoteIdentifier: (name) => JSON.stringify(name),
  quoteLiteral: (value) => JSON.stringify(value),
  nullLiteral: 'null',
  compile(changes: readonly Change[], _templates: SqlTemplates, context?: CompileContext): Statement[] {
    if (changes.length === 0) return [];
    const ctx = contextOf(context);
    const groups = new Map<string, { changes: Change[]; indices: number[] }>();
    changes.forEach((change, index) => {
      const key = entityKey(change.object);
      const group = groups.get(key) ?? { changes: [], indices: [] };
      group.changes.push(change);
      group.indices.push(index);
      groups.set(key, group);
    });
    return [...groups].map(([key, group]) => {
      const entity = ctx.entities[key];
      if (!entity) throw new Error(`${key} is not in the compile context: readCompileContext must read every entity the changes touch`);
      const request = entityRequest(entity, group.changes, ctx);
      return { sql: statementText(request), changes: group.indices, request };
    });
  },
};

export type OpenMetadataPatch = Extract<ApiRequest, { kind: 'openmetadata.patch' }>;

const REQUEST_PATH = /^\/v1\/(?:databases|databaseSchemas|tables)\/name\/[^\s/?#]+$/;
const OPS: ReadonlySet<string> = new Set(['add', 'remove', 'replace', 'test']);

/**
 * The request, if it is one revmeta compiles: a PATCH of a database, schema or table by name
 * with add/remove/replace/test operations. Anything else is refused before it is sent, so a
 * plan file cannot send other requests.
 */
export function checkedPatch(request: ApiRequest): OpenMetadataPatch {
  if (request.kind !== 'openmetadata.patch') throw new Error(`${request.kind} is not a request revmeta sends to OpenMetadata (only openmetadata.patch)`);
  if (!REQUEST_PATH.test(request.path)) throw new Error(`not an OpenMetadata request revmeta sends: PATCH ${JSON.stringify(request.path.slice(0, 120))}`);
  const operations: unknown = request.body;
  const valid =
    Array.isArray(operations) &&
    operations.length > 0 &&
    operations.every(
      (op: unknown) => op !== null && typeof op === 'object' && OPS.has(String((op as JsonPatchOperation).op)) && typeof (op as JsonPatchOperation).path === 'string',
    );
  if (!valid) throw new Error(`the JSON Patch of ${request.path} is not a list of add/remove/replace/test operations`);
  return request;
}
