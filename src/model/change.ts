/**
 * Changes, the statements that carry them, and apply outcomes: the vocabulary the planner
 * produces, connectors compile and run, and apply reports. Here (not in plan/) so that
 * connectors and the planner both import it without importing each other.
 */
import type { Field, ObjectRef } from './types.js';

export type ChangeAction = 'set' | 'clear' | 'add' | 'remove';

/** One field of one object that differs between the manifests and the source. */
export interface Change {
  service: string;
  object: ObjectRef;
  field: Field;
  action: ChangeAction;
  /** For tags: the source tag key this change is about. */
  tag?: string;
  /** The value at the source now (for tags: the tag value), `null` = none. */
  before: string | null;
  /** The value after apply, `null` = none. */
  after: string | null;
  /**
   * Ids of the plan's statements that carry this change, in run order. A batched statement
   * (one ALTER TABLE for many columns) is listed once in the plan and named by each change it carries.
   */
  statements: number[];
}

/** A JSON value, as a request body holds it. */
export type JsonValue = null | boolean | number | string | JsonValue[] | JsonObject;
export type JsonObject = { [key: string]: JsonValue };

/** A JSON Patch operation (RFC 6902), as OpenMetadata takes them. */
export interface JsonPatchOperation {
  op: 'add' | 'remove' | 'replace' | 'test' | 'move' | 'copy';
  path: string;
  value?: JsonValue;
  from?: string;
}

/**
 * What a statement runs: SQL text, or a typed API request for systems written through an
 * API (drivers send these as they are; nothing parses text back into a request).
 */
export type StatementBody =
  | { kind: 'sql'; text: string }
  /** AWS Glue `UpdateTable`: the request's members (`DatabaseName`, `TableInput`, …). */
  | { kind: 'glue.UpdateTable'; input: JsonObject }
  /**
   * BigQuery `tables.patch` on `resource` (`projects/p/datasets/d/tables/t`) with this body;
   * with `etag`, sent with `If-Match: etag`: BigQuery refuses it (412) once the table changed.
   */
  | { kind: 'bigquery.tables.patch'; resource: string; body: JsonObject; etag?: string }
  /** BigQuery `datasets.patch` on `resource` (`projects/p/datasets/d`) with this body. */
  | { kind: 'bigquery.datasets.patch'; resource: string; body: JsonObject }
  /** OpenMetadata `PATCH path` with a JSON Patch body. */
  | { kind: 'openmetadata.patch'; path: string; body: JsonPatchOperation[] };

export type StatementKind = StatementBody['kind'];

/** A statement of a plan: where it runs, what it runs, and its id (what changes refer to). */
export type PlannedStatement = { id: number; service: string; database: string } & StatementBody;

/**
 * A statement as a person reads it, one per statement: SQL as it is, a request as method,
 * path and compact JSON body; a JSON Patch one operation a line, so a reviewer reads each edit.
 * The only place a request becomes text (plans, comments, apply reports).
 */
export function statementText(statement: StatementBody): string {
  switch (statement.kind) {
    case 'sql':
      return statement.text;
    case 'glue.UpdateTable':
      return `glue:UpdateTable ${oneLineJson(statement.input)}`;
    case 'bigquery.tables.patch':
      return `PATCH ${statement.resource} ${statement.etag === undefined ? '' : `(If-Match: ${statement.etag}) `}${oneLineJson(statement.body)}`;
    case 'bigquery.datasets.patch':
      return `PATCH ${statement.resource} ${oneLineJson(statement.body)}`;
    case 'openmetadata.patch':
      return `PATCH ${statement.path}\n[\n${statement.body.map((operation) => `  ${oneLineJson(operation)}`).join(',\n')}\n]`;
  }
}

/** The statement without where it runs or its id: what two plans compare. */
export function statementBody(statement: PlannedStatement): StatementBody {
  const { id: _id, service: _service, database: _database, ...body } = statement;
  return body as StatementBody;
}

/**
 * JSON on one line: JSON.stringify escapes control characters but leaves U+2028 and U+2029
 * raw, which some viewers break lines at, so those are escaped too (still the same JSON).
 */
export function oneLineJson(value: unknown): string {
  return JSON.stringify(value).replace(/[\u2028\u2029]/g, (char) => `\\u${char.charCodeAt(0).toString(16)}`);
}

/** Outcome of one change at apply time. */
export type ChangeStatus = 'applied' | 'failed' | 'not_run';

export interface ChangeResult {
  change: Change;
  status: ChangeStatus;
  /** For failed: the statement that failed (as `statementText` shows it) and the engine's message. */
  statement?: string;
  error?: string;
  /** For not_run: why (an earlier failure, a rollback, a conflict). */
  reason?: string;
}

export interface ApplyResult {
  results: ChangeResult[];
  summary: { applied: number; failed: number; notRun: number };
  /** The transactions apply ran (or did not) on transactional systems, per database in order. */
  transactions?: TransactionResult[];
}

/**
 * One transaction of a database's apply. A database whose changes lock more objects than the
 * server's lock budget allows runs in several consecutive transactions, each atomic.
 */
export interface TransactionResult {
  service: string;
  database: string;
  /** Position among the database's transactions (1-based), and how many it has. */
  index: number;
  of: number;
  /** `rolled_back`: a statement or the commit failed; `not_run`: an earlier one failed, or the apply lock was busy. */
  status: 'committed' | 'rolled_back' | 'not_run';
  /** The objects (tables, schemas, the database) it writes: how many, and the first and last by name. */
  objects: number;
  first: ObjectRef;
  last: ObjectRef;
  changes: number;
  /** Statements it runs (a statement may carry several changes). */
  statements: number;
  /** For rolled_back: the engine's message. */
  error?: string;
}

/** The text of each statement a change names, in its order (a lookup per id: for a few changes). */
export function statementTextsOf(change: Change, statements: readonly PlannedStatement[]): string[] {
  return change.statements.map((id) => {
    const statement = statements.find((candidate) => candidate.id === id);
    return statement ? statementText(statementBody(statement)) : `<missing statement ${id}>`;
  });
}
