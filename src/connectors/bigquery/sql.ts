/**
 * BigQuery statement compilation: GoogleSQL DDL where DDL can say it, one `tables.patch`
 * request where it cannot. Every name and value goes through `quoteIdentifier` and
 * `quoteLiteral` (literal.ts); nothing else builds SQL from data.
 *
 * Per object, all of its changes go into one statement, since BigQuery allows few metadata
 * updates per table ("5 operations per 10 seconds per table": https://cloud.google.com/bigquery/quotas):
 * - description of a dataset: `ALTER SCHEMA `p`.`d` SET OPTIONS (description = '...')`
 * - description of a table, view, materialized view: `ALTER TABLE|VIEW|MATERIALIZED VIEW `p`.`d`.`t` SET OPTIONS (...)`
 * - labels (with the object's description when that changes too): one `bigquery.datasets.patch`
 *   or `bigquery.tables.patch` request whose body holds the changed keys only,
 *   `{"labels":{"k":"v","gone":null}}`. A patch merges `labels` into the object's, a null value
 *   deleting its key (https://cloud.google.com/bigquery/docs/deleting-labels), so nothing is read
 *   to restate the labels revmeta does not manage, and a label added meanwhile (in the console,
 *   say) is kept. DDL cannot do that: `SET OPTIONS (labels = [...])` replaces the whole set.
 * - top-level columns of a table or view: one `ALTER TABLE|VIEW ... ALTER COLUMN `a` SET OPTIONS
 *   (description = ...), ALTER COLUMN `b` ...`
 * - when a nested RECORD field's description changes (DDL only reaches top-level columns):
 *   one typed `bigquery.tables.patch` request of `projects/p/datasets/d/tables/t` with the body
 *   `{"schema":{"fields":[...]}}` for all column descriptions of that table, the table's whole
 *   schema as `tables.get` returned it with only the descriptions changed (tables.patch
 *   replaces the schema as a whole: a field's description, policy tags, default value, ... left
 *   out of it are not kept). The request carries the `etag` that `tables.get` returned and is
 *   sent with `If-Match: etag`: once anything of the table changed since that read, BigQuery
 *   refuses it (HTTP 412) and nothing is written, so a schema read before someone else's edit
 *   never overwrites it. The plan shows it (`statementText`) as `PATCH projects/... (If-Match:
 *   etag) {json}`. The table's own description and label changes join that request
 *   (`description`, `labels` of the Table resource,
 *   https://cloud.google.com/bigquery/docs/reference/rest/v2/tables), so such a table costs one
 *   metadata update, not two.
 */
import { parseFqn } from '../../model/fqn.js';
import type { ObjectRef } from '../../model/types.js';
import { statementText, type Change, type JsonObject, type JsonValue } from '../../model/change.js';
import type { SqlSyntax } from '../sql-lexer.js';
import { templateStatement } from '../template.js';
import type { ApiRequest, Dialect, CompileContext, SqlTemplates, Statement } from '../types.js';
import { namePart } from '../kit/objects.js';
import { quoteIdentifier, quoteLiteral } from './literal.js';

export { quoteIdentifier, quoteLiteral };

/** One field of a table schema as tables.get returns it; only `name`, `description` and `fields` are read. */
export interface SchemaField {
  name: string;
  description?: string;
  fields?: SchemaField[];
  [property: string]: unknown;
}

/** What tables.get returned of a table whose schema a patch restates: its etag, which guards the patch, and its schema fields. */
export interface TableRead {
  etag: string;
  fields: SchemaField[];
}

/** What readCompileContext reads a compile context (JSON-serialisable: it is part of the observed digest). */
export interface BigQueryCompileContext extends CompileContext {
  /** Each table whose nested field descriptions change, by objectKey. */
  tables?: Record<string, TableRead>;
}

/** Key of a dataset or table in the compile context. */
export function objectKey(project: string, dataset: string, table?: string): string {
  return JSON.stringify(table === undefined ? [project, dataset] : [project, dataset, table]);
}

/** `` `project`.`dataset` `` */
export function datasetPath(object: ObjectRef): string {
  return `${quoteIdentifier(object.database)}.${quoteIdentifier(namePart(object, 'schema'))}`;
}

/** `` `project`.`dataset`.`table` `` */
export function tablePath(object: ObjectRef): string {
  return `${datasetPath(object)}.${quoteIdentifier(namePart(object, 'table'))}`;
}

/**
 * The column's path below its table: one part for a top-level column, more for nested
 * fields. The planner names a top-level column as it is and a nested field as
 * `joinFqn([parent's name, field])`, so a name that reads as two FQN parts is a field of the
 * first (`a.b.c` is read as nested too). BigQuery names hold neither dots nor double quotes,
 * so this is never ambiguous for a real column; a name that is not an FQN is taken whole.
 */
export function columnPath(object: ObjectRef): string[] {
  const decode = (name: string): string[] => {
    const parsed = parseFqn(name);
    if (!parsed.ok || parsed.parts.length < 2) return [name];
    return [...decode(parsed.parts[0]!), ...parsed.parts.slice(1)];
  };
  return decode(namePart(object, 'column'));
}

/** The DDL keyword of a relation; tables, snapshots and clones are all `TABLE`. */
function relationKeyword(object: ObjectRef): string {
  switch (object.relation) {
    case 'view':
      return 'VIEW';
    case 'materialized_view':
      return 'MATERIALIZED VIEW';
    case 'external_table':
      // The planner withholds them (capabilities): reaching here is a bug, not a statement to send.
      throw new Error('BigQuery external tables refuse ALTER TABLE SET OPTIONS and ALTER COLUMN SET OPTIONS');
    case 'unknown':
      throw new Error('BigQuery has no statement revmeta knows for a relation of unknown kind');
    default:
      return 'TABLE';
  }
}

/** `projects/p/datasets/d`: the REST path of a dataset, each id URL-encoded. */
export function datasetResource(project: string, dataset: string): string {
  return `projects/${encodeURIComponent(project)}/datasets/${encodeURIComponent(dataset)}`;
}

/** `projects/p/datasets/d/tables/t`: the REST path of a table, each id URL-encoded. */
export function tableResource(project: string, dataset: string, table: string): string {
  return `${datasetResource(project, dataset)}/tables/${encodeURIComponent(table)}`;
}

/** The value with object keys sorted at every level: the same schema always compiles to the same request. */
export function sortedKeys(value: unknown): JsonValue {
  if (Array.isArray(value)) return value.map(sortedKeys);
  if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    const sorted: JsonObject = {};
    for (const key of Object.keys(record).sort()) if (record[key] !== undefined) sorted[key] = sortedKeys(record[key]);
    return sorted;
  }
  return value as JsonValue;
}

// ---------------------------------------------------------------------------------------
// Options statements: description and labels of one dataset or table

function descriptionValue(change: Change): string {
  return change.after === null ? 'NULL' : quoteLiteral(change.after);
}

function optionsTarget(object: ObjectRef): string {
  switch (object.kind) {
    case 'schema':
      return `ALTER SCHEMA ${datasetPath(object)}`;
    case 'table':
      return `ALTER ${relationKeyword(object)} ${tablePath(object)}`;
    case 'database':
      throw new Error(`BigQuery projects hold no description or labels that SQL can set (project "${object.database}")`);
    case 'column':
      throw new Error('columns take their options per table (ALTER COLUMN)');
  }
}

/** A dataset's or table's own changes: DDL for a description alone, else a patch that merges the changed labels. */
function compileOptions(object: ObjectRef, changes: readonly Change[]): ApiRequest | string {
  if (!changes.some((change) => change.field === 'tag')) {
    const description = changes.filter((change) => change.field === 'description').at(-1)!;
    return `${optionsTarget(object)} SET OPTIONS (description = ${descriptionValue(description)})`;
  }
  const body = sortedKeys(ownPatchFields(changes)) as JsonObject;
  const dataset = namePart(object, 'schema');
  if (object.kind === 'schema') return { kind: 'bigquery.datasets.patch', resource: datasetResource(object.database, dataset), body };
  // The relations DDL takes options of take them by patch too; the others are refused alike.
  optionsTarget(object);
  return { kind: 'bigquery.tables.patch', resource: tableResource(object.database, dataset, namePart(object, 'table')), body };
}

// ---------------------------------------------------------------------------------------
// Column statements: all column descriptions of one table

function compileColumnDdl(table: ObjectRef, changes: readonly Change[]): string {
  const keyword = relationKeyword(table);
  if (keyword === 'MATERIALIZED VIEW') throw new Error('the columns of a materialized view take no options');
  const clauses = changes.map(
    (change) => `ALTER COLUMN ${quoteIdentifier(columnPath(change.object)[0]!)} SET OPTIONS (description = ${descriptionValue(change)})`,
  );
  return `ALTER ${keyword} ${tablePath(table)} ${clauses.join(', ')}`;
}

function fieldAt(fields: SchemaField[], path: readonly string[], where: string): SchemaField {
  let level = fields;
  let field: SchemaField | undefined;
  for (const name of path) {
    const exact = level.filter((candidate) => candidate.name === name);
    const folded = exact.length > 0 ? exact : level.filter((candidate) => candidate.name.toLowerCase() === name.toLowerCase());
    if (folded.length !== 1) {
      throw new Error(`column ${path.join('.')} is not in the schema of ${where} read by readCompileContext: the table changed since; plan again`);
    }
    field = folded[0]!;
    level = field.fields ?? [];
  }
  return field!;
}

/** The table's schema with each changed column's description set (or removed for "none"). */
export function patchedFields(fields: readonly SchemaField[], changes: readonly Change[], where: string): SchemaField[] {
  const copy = structuredClone(fields) as SchemaField[];
  for (const change of changes) {
    const field = fieldAt(copy, columnPath(change.object), where);
    if (change.after === null) delete field.description;
    else field.description = change.after;
  }
  return copy;
}

/** `description` and `labels` of a patch body for an object's own changes: the last description, each changed label (null deletes it). */
function ownPatchFields(changes: readonly Change[]): Record<string, JsonValue> {
  const fields: Record<string, JsonValue> = {};
  const description = changes.filter((change) => change.field === 'description').at(-1);
  if (description) fields.description = description.after;
  const tags = changes.filter((change) => change.field === 'tag');
  if (tags.length > 0) {
    const labels: Record<string, string | null> = {};
    for (const change of tags) {
      if (change.tag === undefined) throw new Error('a label change needs its key');
      labels[change.tag] = change.action === 'remove' || change.action === 'clear' || change.after === null ? null : change.after;
    }
    fields.labels = labels;
  }
  return fields;
}

/** The one tables.patch of a table, carrying every column description change of it and, when given, the table's own description and label changes. */
export function columnPatchRequest(
  table: ObjectRef,
  changes: readonly Change[],
  context: BigQueryCompileContext | undefined,
  tableChanges: readonly Change[] = [],
): Extract<ApiRequest, { kind: 'bigquery.tables.patch' }> {
  const project = table.database;
  const dataset = namePart(table, 'schema');
  const name = namePart(table, 'table');
  const key = objectKey(project, dataset, name);
  const read = context?.tables?.[key];
  if (read === undefined) {
    throw new Error(`no schema of ${key} in the compile context: readCompileContext must read every table whose nested field descriptions change`);
  }
  const body = sortedKeys({ ...ownPatchFields(tableChanges), schema: { fields: patchedFields(read.fields, changes, tablePath(table)) } }) as JsonObject;
  // The schema restated is the one read with this etag: If-Match makes BigQuery refuse the patch once the table changed.
  return { kind: 'bigquery.tables.patch', resource: tableResource(project, dataset, name), body, etag: read.etag };
}

/** Whether a table's column changes need tables.patch: one of them is a nested field. */
export function needsPatch(changes: readonly Change[]): boolean {
  return changes.some((change) => columnPath(change.object).length > 1);
}

// ---------------------------------------------------------------------------------------

interface Group {
  key: string;
  statement: Statement;
  object: ObjectRef;
  changes: Change[];
  columns: boolean;
  /** Compiled into its table's tables.patch already. */
  merged?: boolean;
}

function tableOf(object: ObjectRef): ObjectRef {
  const ref: ObjectRef = { kind: 'table', database: object.database, schema: namePart(object, 'schema'), table: namePart(object, 'table') };
  return object.relation ? { ...ref, relation: object.relation } : ref;
}

function groupKey(change: Change): { key: string; object: ObjectRef; columns: boolean } {
  const { object } = change;
  switch (object.kind) {
    case 'database':
      throw new Error(`BigQuery projects hold no description or labels that SQL can set (project "${object.database}")`);
    case 'schema':
      return { key: `o${objectKey(object.database, namePart(object, 'schema'))}`, object, columns: false };
    case 'table':
      return { key: `o${objectKey(object.database, namePart(object, 'schema'), namePart(object, 'table'))}`, object, columns: false };
    case 'column': {
      const table = tableOf(object);
      return { key: `c${objectKey(table.database, table.schema!, table.table!)}`, object: table, columns: true };
    }
  }
}

function compile(changes: readonly Change[], templates: SqlTemplates, context?: CompileContext): Statement[] {
  const prepared = context as BigQueryCompileContext | undefined;
  const statements: Statement[] = [];
  const groups = new Map<string, Group>();
  changes.forEach((change, index) => {
    const custom = templateStatement(change, index, templates, dialect);
    if (custom !== undefined) {
      statements.push(custom);
      return;
    }
    if (change.field === 'owner') throw new Error('BigQuery objects have no owner revmeta can set (access is IAM)');
    if (change.field === 'tag' && change.object.kind === 'column') throw new Error('BigQuery columns take no labels');
    const { key, object, columns } = groupKey(change);
    let group = groups.get(key);
    if (!group) {
      group = { key, statement: { sql: '', changes: [] }, object, changes: [], columns };
      groups.set(key, group);
      statements.push(group.statement);
    }
    group.statement.changes.push(index);
    group.changes.push(change);
  });
  for (const group of groups.values()) {
    if (group.columns && needsPatch(group.changes)) {
      // The table's own options group, if any, joins the patch: one request, where the first of the two was.
      const own = groups.get(`o${group.key.slice(1)}`);
      const target = own ?? group;
      const request = columnPatchRequest(group.object, group.changes, prepared, own?.changes ?? []);
      target.statement.request = request;
      target.statement.sql = statementText(request);
      if (own) {
        own.statement.changes = [...own.statement.changes, ...group.statement.changes].sort((a, b) => a - b);
        own.merged = true;
        statements.splice(statements.indexOf(group.statement), 1);
      }
    } else if (group.columns) {
      group.statement.sql = compileColumnDdl(group.object, group.changes);
    } else if (!group.merged) {
      const compiled = compileOptions(group.object, group.changes);
      if (typeof compiled === 'string') group.statement.sql = compiled;
      else {
        group.statement.request = compiled;
        group.statement.sql = statementText(compiled);
      }
    }
  }
  return statements;
}

/** `#` and `--` comments, `'…'` `"…"` and triple-quoted strings, backtick identifiers. */
const BIGQUERY_SYNTAX: SqlSyntax = { lineComments: ['#', '--'], quotes: ["'''", '"""', "'", '"', '`'] };

export const dialect: Dialect = {
  quoteIdentifier,
  quoteLiteral,
  nullLiteral: 'NULL',
  syntax: BIGQUERY_SYNTAX,
  compile,
};
