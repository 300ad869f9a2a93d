/**
 * Athena / Glue statement compilation. Pure: no I/O, no AWS SDK at run time (types only).
 *
 * Built-in statements are typed Glue requests, not SQL: a `glue.UpdateTable` plan statement
 * carrying the whole UpdateTableRequest, which the driver's `send` sends as it is (a plan
 * shows it through `statementText` as `glue:UpdateTable {json}`). Glue's UpdateTable replaces
 * the whole table definition, so the request restates the table's TableInput as
 * `readCompileContext` read it (GetTable), with only the descriptions changed: the table's
 * `Description` and its `Parameters.comment` (what Athena and OpenMetadata's Athena connector
 * show), and the `Comment` of columns and partition keys. Every description change of one
 * table goes into that table's one request. `VersionId` is the version that was read: Glue
 * refuses the request when the table changed since (the driver then says which versions).
 *
 * Custom templates (the config's `sql:`) are Athena DDL, run through StartQueryExecution;
 * names are quoted with backticks and values as Hive string literals.
 */
import type { Table } from '@aws-sdk/client-glue';
import type { RelationKind } from '../../model/types.js';
import { statementText, type Change, type JsonObject, type JsonValue } from '../../model/change.js';
import type { SqlSyntax } from '../sql-lexer.js';
import { templateName, templateStatement } from '../template.js';
import type { ApiRequest, Dialect, CompileContext, SqlTemplates, Statement } from '../types.js';
import { namePart } from '../kit/objects.js';
import { backtickIdentifier } from '../kit/escapes.js';
import { StatementGroups } from '../kit/compile.js';

// ---------------------------------------------------------------------------------------
// Quoting (Athena DDL, for custom templates)

/** Backticks, a backtick doubled: the Hive DDL form Athena takes for any name. */
export function quoteIdentifier(name: string): string {
  return backtickIdentifier(name, 'Athena identifiers');
}

const LITERAL_ESCAPES: Readonly<Record<string, string>> = {
  '\\': '\\\\',
  "'": "\\'",
  '\n': '\\n',
  '\r': '\\r',
  // Not `\0`: Hive reads `\` and three octal digits as one character first, so NUL then "12"
  // would come back as a line feed.
  '\0': '\\u0000',
};

/**
 * `'...'` with Hive's backslash escapes: backslash and quote are what the literal needs; line
 * breaks and NUL are escaped so that a statement stays on one line.
 */
export function quoteLiteral(value: string): string {
  return `'${value.replace(/[\\'\n\r\0]/g, (char) => LITERAL_ESCAPES[char]!)}'`;
}

/** Key of a table in the CompileContext: its quoted qualified name, unambiguous whatever the names hold. */
export function tableKey(schema: string, table: string): string {
  return `${quoteIdentifier(schema)}.${quoteIdentifier(table)}`;
}

// ---------------------------------------------------------------------------------------
// Glue requests

export type Json = JsonValue;
export type { JsonObject };

/** A Glue read for the session's `query` starts with this, then the operation and its JSON (`glue:GetTable {...}`). */
export const GLUE_PREFIX = 'glue:';

/** The members of UpdateTableRequest a statement may carry. */
export const UPDATE_TABLE_MEMBERS = ['CatalogId', 'DatabaseName', 'VersionId', 'SkipArchive', 'TableInput'] as const;

export interface GlueRequest {
  operation: string;
  request: JsonObject;
}

/** `glue:GetTable {...}` (a read for `query`) → its operation and request; null for any other text (Athena SQL). */
export function parseGlueRequest(statement: string): GlueRequest | null {
  if (!statement.startsWith(GLUE_PREFIX)) return null;
  const match = /^glue:([A-Za-z]+) (\{.*\})$/s.exec(statement);
  if (!match) throw new Error(`not a Glue request revmeta can send: ${statement.slice(0, 120)}`);
  let request: unknown;
  try {
    request = JSON.parse(match[2]!);
  } catch (error) {
    throw new Error(`the JSON of glue:${match[1]} does not parse: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (!isObject(request)) throw new Error(`glue:${match[1]} needs a JSON object`);
  return { operation: match[1]!, request };
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Glue's own order is not promised (Parameters is a map): keys sorted, `Name` first, arrays kept. */
export function canonicalJson(value: Json): Json {
  if (Array.isArray(value)) return value.map(canonicalJson);
  if (!isObject(value)) return value;
  const keys = Object.keys(value).sort((a, b) => (a === 'Name' ? -1 : b === 'Name' ? 1 : a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(keys.map((key) => [key, canonicalJson(value[key]!)]));
}

/**
 * The members of TableInput, in the SDK's order. Table also has read-only members that
 * UpdateTable refuses or ignores (DatabaseName, CreateTime, UpdateTime, CreatedBy,
 * IsRegisteredWithLakeFormation, CatalogId, VersionId, IsMultiDialectView, IsMaterializedView,
 * Status, ...): those are left out.
 */
export const TABLE_INPUT_MEMBERS = [
  'Name',
  'Description',
  'Owner',
  'LastAccessTime',
  'LastAnalyzedTime',
  'Retention',
  'StorageDescriptor',
  'PartitionKeys',
  'ViewOriginalText',
  'ViewExpandedText',
  'TableType',
  'Parameters',
  'TargetTable',
  'FederatedTable',
  'ViewDefinition',
] as const;

/** Timestamps of TableInput: ISO text in a statement, Date objects for the SDK. */
export const TABLE_INPUT_DATES = ['LastAccessTime', 'LastAnalyzedTime'] as const;

function toJson(value: unknown): Json | undefined {
  if (value === undefined) return undefined;
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return value;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`cannot restate the number ${value} as JSON`);
    return value;
  }
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map((item) => toJson(item) ?? null);
  if (typeof value === 'object') {
    const entries = Object.entries(value).flatMap(([key, item]) => {
      const json = toJson(item);
      return json === undefined ? [] : [[key, json] as const];
    });
    return Object.fromEntries(entries);
  }
  throw new Error(`cannot restate a ${typeof value} as JSON`);
}

/**
 * The TableInput that restates a table as GetTable returned it: every member UpdateTable
 * takes, exactly as read, in canonical key order; read-only members left out. A view's
 * ViewDefinition is read in another shape than the one UpdateTable takes, so restating one
 * is refused (views are not written anyway: see capabilities).
 */
export function restateTable(table: Table): JsonObject {
  if (table.ViewDefinition !== undefined) {
    throw new Error(`table ${table.Name ?? '?'} has a ViewDefinition (a Glue view), which revmeta does not restate`);
  }
  const input: JsonObject = {};
  for (const member of TABLE_INPUT_MEMBERS) {
    const json = toJson(table[member]);
    if (json !== undefined) input[member] = json;
  }
  return canonicalJson(input) as JsonObject;
}

/** What readCompileContext read of one table: everything its UpdateTable request restates. */
export interface RestatedTable {
  /** The connection's `catalogId`, when it names one; otherwise the caller's account. */
  catalogId: string | null;
  databaseName: string;
  /** The table version that was read (null when Glue reported none). */
  versionId: string | null;
  tableInput: JsonObject;
}

function restatedTableOf(context: CompileContext, key: string): RestatedTable {
  const entry = context[key];
  if (!isObject(entry) || typeof entry.databaseName !== 'string' || !isObject(entry.tableInput)) {
    throw new Error(`no Glue table ${key} in the compile context: readCompileContext must read every table whose descriptions change`);
  }
  return entry as unknown as RestatedTable;
}

// ---------------------------------------------------------------------------------------
// Relations

/**
 * Table formats that keep their schema and properties in their own metadata, outside Glue,
 * and rewrite Glue's copy themselves (Hudi's meta sync does so on every commit by default).
 */
const OPEN_TABLE_FORMATS = new Set(['iceberg', 'delta', 'hudi']);

/** Hudi's input formats (copy-on-write and merge-on-read), what its sync registers a table with. */
const HUDI_INPUT_FORMAT = /^org\.apache\.hudi\./i;

/**
 * What a Glue table is, by the members Glue reports (a TableInput has the same ones):
 * - `view`: an Athena (Presto) view (TableType VIRTUAL_VIEW) or a Glue view (ViewDefinition);
 * - `materialized_view`: a Glue materialized view;
 * - `foreign_table`: a resource link to a table elsewhere (TargetTable) or a federated table;
 * - `external_table`: an Iceberg, Delta Lake or Hudi table, whose schema and properties live in
 *   the table format's metadata; Glue holds a copy that the format's next commit (or sync) rewrites.
 *   Hudi is told by `spark.sql.sources.provider = hudi` or by its `org.apache.hudi.` input format;
 * - `table`: a Hive-style table, which Glue defines entirely;
 * - `unknown`: any other TableType (introspection names it in a plan warning).
 */
export function relationOfTable(table: {
  TableType?: unknown;
  Parameters?: unknown;
  TargetTable?: unknown;
  FederatedTable?: unknown;
  ViewDefinition?: unknown;
  IsMultiDialectView?: unknown;
  IsMaterializedView?: unknown;
  StorageDescriptor?: unknown;
}): RelationKind {
  if (table.IsMaterializedView === true) return 'materialized_view';
  if (String(table.TableType ?? '').toUpperCase() === 'VIRTUAL_VIEW' || table.ViewDefinition !== undefined || table.IsMultiDialectView === true) {
    return 'view';
  }
  if (table.TargetTable !== undefined || table.FederatedTable !== undefined) return 'foreign_table';
  const parameters = isObject(table.Parameters) ? table.Parameters : {};
  const format = parameterValue(parameters, 'table_type') ?? parameterValue(parameters, 'spark.sql.sources.provider');
  if (format !== undefined && OPEN_TABLE_FORMATS.has(format.toLowerCase())) return 'external_table';
  const inputFormat = isObject(table.StorageDescriptor) ? table.StorageDescriptor.InputFormat : undefined;
  if (typeof inputFormat === 'string' && HUDI_INPUT_FORMAT.test(inputFormat)) return 'external_table';
  // Any other TableType is a kind revmeta does not know: named in a plan warning, never a table.
  if (typeof table.TableType === 'string' && table.TableType !== '' && !TABLE_TYPES.has(table.TableType.toUpperCase())) return 'unknown';
  return 'table';
}

/**
 * Glue TableTypes of tables: Glue creates EXTERNAL_TABLE, Hive MANAGED_TABLE; "other services, such
 * as Athena, may create tables with additional table types", and Lake Formation's GOVERNED
 * tables take their updates in its transactions (https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-catalog-tables.html).
 * Views are told apart above.
 */
const TABLE_TYPES: ReadonlySet<string> = new Set(['EXTERNAL_TABLE', 'MANAGED_TABLE']);

/** A parameter by key, case-insensitively (Glue keeps the case its writer used). */
function parameterValue(parameters: Record<string, unknown>, key: string): string | undefined {
  const found = Object.entries(parameters).find(([name]) => name.toLowerCase() === key);
  return typeof found?.[1] === 'string' ? found[1] : undefined;
}

/** The relations whose descriptions revmeta writes; the others are unsupportedRelations. */
export const WRITABLE_RELATIONS: readonly RelationKind[] = ['table'];

// ---------------------------------------------------------------------------------------
// Applying description changes to a TableInput

function setTableDescription(input: JsonObject, description: string | null): void {
  const parameters: JsonObject = isObject(input.Parameters) ? { ...input.Parameters } : {};
  if (description === null) {
    delete input.Description;
    delete parameters.comment;
  } else {
    input.Description = description;
    parameters.comment = description;
  }
  if (isObject(input.Parameters) || description !== null) input.Parameters = parameters;
}

function columnsOf(input: JsonObject, member: 'StorageDescriptor' | 'PartitionKeys'): JsonObject[] {
  const list = member === 'PartitionKeys' ? input.PartitionKeys : isObject(input.StorageDescriptor) ? input.StorageDescriptor.Columns : undefined;
  return Array.isArray(list) ? list.filter(isObject) : [];
}

/** A column or partition key by name: exactly, else the one that matches case-insensitively. */
function findColumn(input: JsonObject, name: string, where: string): JsonObject {
  const all = [...columnsOf(input, 'StorageDescriptor'), ...columnsOf(input, 'PartitionKeys')];
  const exact = all.find((column) => column.Name === name);
  if (exact) return exact;
  const folded = all.filter((column) => typeof column.Name === 'string' && column.Name.toLowerCase() === name.toLowerCase());
  if (folded.length === 1) return folded[0]!;
  throw new Error(`column ${JSON.stringify(name)} is not in Glue table ${where}: the table changed since it was read; plan again`);
}

function setColumnComment(column: JsonObject, comment: string | null): void {
  if (comment === null) delete column.Comment;
  else column.Comment = comment;
}

/** The TableInput with these description changes made, and nothing else. */
export function withDescriptions(input: JsonObject, changes: readonly Change[], where: string): JsonObject {
  const next = structuredClone(input);
  for (const change of changes) {
    if (change.object.kind === 'table') setTableDescription(next, change.after);
    else setColumnComment(findColumn(next, namePart(change.object, 'column'), where), change.after);
  }
  return canonicalJson(next) as JsonObject;
}

/** The UpdateTable request of one table, carrying all of these changes. */
export function updateTableRequest(table: RestatedTable, changes: readonly Change[], where: string): Extract<ApiRequest, { kind: 'glue.UpdateTable' }> {
  const relation = relationOfTable(table.tableInput);
  if (!WRITABLE_RELATIONS.includes(relation)) {
    throw new Error(`Glue table ${where} is a ${relation.replace('_', ' ')} now: revmeta does not write its descriptions; plan again`);
  }
  const request: JsonObject = {};
  if (table.catalogId !== null) request.CatalogId = table.catalogId;
  request.DatabaseName = table.databaseName;
  if (table.versionId !== null) request.VersionId = table.versionId;
  request.SkipArchive = true;
  request.TableInput = withDescriptions(table.tableInput, changes, where);
  return { kind: 'glue.UpdateTable', input: request };
}

// ---------------------------------------------------------------------------------------
// Compiling

function refuseUnsupported(change: Change): void {
  if (change.field === 'owner') throw new Error('revmeta does not write owners to Glue (a table Owner is a Hive leftover Athena ignores)');
  if (change.field === 'tag') throw new Error('revmeta does not write tags to Glue');
  const { object } = change;
  if (object.kind === 'database') throw new Error('the Athena data catalog (the OpenMetadata database) has no description revmeta can write');
  if (object.kind === 'schema') throw new Error('revmeta does not write Glue database (OpenMetadata schema) descriptions');
  if (object.relation !== undefined && !WRITABLE_RELATIONS.includes(object.relation)) {
    throw new Error(`revmeta does not write descriptions of a Glue ${object.relation.replace('_', ' ')}`);
  }
}

function isBuiltIn(change: Change, templates: SqlTemplates): boolean {
  return templates[templateName(change)] === undefined;
}

/** Standard SQL plus backtick identifiers (Hive DDL, where `"…"` is a string). */
const ATHENA_SYNTAX: SqlSyntax = { lineComments: ['--'], quotes: ["'", '"', '`'] };

export const dialect: Dialect = {
  quoteIdentifier,
  quoteLiteral,
  nullLiteral: "''",
  syntax: ATHENA_SYNTAX,
  compile(changes: readonly Change[], templates: SqlTemplates, context?: CompileContext): Statement[] {
    const statements: Statement[] = [];
    /** One UpdateTable per table, at the place of its first change. */
    const tables = new StatementGroups<Change[]>(statements, () => []);
    changes.forEach((change, index) => {
      const custom = templateStatement(change, index, templates, dialect);
      if (custom !== undefined) {
        statements.push(custom);
        return;
      }
      refuseUnsupported(change);
      tables.add(tableKey(namePart(change.object, 'schema'), namePart(change.object, 'table')), index).push(change);
    });
    for (const [key, statement, tableChanges] of tables.entries()) {
      const request = updateTableRequest(restatedTableOf(context ?? {}, key), tableChanges, key);
      statement.request = request;
      statement.sql = statementText(request);
    }
    return statements;
  },
};

/** Whether compile writes this change with a built-in Glue request (so readCompileContext must read its table). */
export function needsTable(change: Change, templates: SqlTemplates = {}): boolean {
  return change.field === 'description' && (change.object.kind === 'table' || change.object.kind === 'column') && isBuiltIn(change, templates);
}
