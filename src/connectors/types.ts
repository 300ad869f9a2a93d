/**
 * The connector contract. A connector is a folder `src/connectors/<type>/` with the same
 * files in each: `capabilities.ts`, `sql.ts` (dialect), `introspect.ts`, `driver.ts`, and an
 * `index.ts` exporting one `Connector`. The planner only ever sees `Capabilities` and the
 * dialect's pure `compile`; it never asks which system it is talking to.
 */
import type { Field, ObjectKind, ObservedService, RelationKind } from '../model/types.js';
import type { Change, StatementBody } from '../model/change.js';
import type { SqlSyntax } from './sql-lexer.js';
import type { Timeouts } from './connection.js';

/** What a connector can write, at which levels, and how it applies. */
export interface Capabilities {
  /** Levels at which each field can be written. */
  fields: Record<Field, readonly ObjectKind[]>;
  /**
   * Relation kinds on which a field cannot be written, per level: `{ description: { column:
   * ['materialized_view'] } }` withholds the columns of materialized views, not the views.
   * For a column, the relation is its table's.
   */
  unsupportedRelations?: Partial<Record<Field, Partial<Record<ObjectKind, readonly RelationKind[]>>>>;
  /** Whether all changes of one database can run in one transaction. */
  transactionalDdl: boolean;
  /**
   * Without transactional DDL: how many statements of different tables apply runs at once by
   * default (the service's `concurrency` overrides it), within what the vendor allows. Absent: 1.
   */
  applyConcurrency?: number;
  /**
   * Longest description a level can store: in characters (code points), UTF-8 bytes, or
   * UTF-16 code units (`utf16`: what NVARCHAR-style lengths count; an emoji is two).
   */
  descriptionLimits?: Partial<Record<ObjectKind, { max: number; unit: 'chars' | 'bytes' | 'utf16' }>>;
  /** Characters a level cannot store in a description: each is a plan-time conflict. */
  descriptionRules?: Partial<Record<ObjectKind, DescriptionRules>>;
  /**
   * What writing a field at a level does besides the write itself (an ownership transfer
   * that drops the object's permissions): every planned change there carries the note as a
   * `side-effect` plan warning, so a reviewer sees it next to the change.
   */
  sideEffects?: Partial<Record<Field, Partial<Record<ObjectKind, string>>>>;
  /**
   * What the source may do to a field written on a relation of this kind or its columns (a
   * pipeline that redefines its objects' comments): a `side-effect` warning, as `sideEffects`.
   */
  relationSideEffects?: Partial<Record<Field, Partial<Record<RelationKind, string>>>>;
  /** Most tags one object can hold: a change that would leave more is a plan conflict. */
  maxTagsPerObject?: number;
  /** How OpenMetadata tags become source tags, and what a source tag may hold. */
  tagRules?: TagRules;
  /**
   * The source holds a set of owners per object (introspection fills `ObservedNode.owners`):
   * a manifest's `owners` list is planned as owners to add and remove, not as one principal.
   */
  multipleOwners?: boolean;
  /**
   * Whether introspection's listing of a level shows every object or only those the role may
   * see: what import may conclude from a manifest object the listing lacks. Absent level:
   * `visible-only`, so an object is never pruned on a listing revmeta cannot trust; but
   * `complete` for columns, which most systems list whole with each table they show.
   */
  listing?: Partial<Record<ListedLevel, Listing>>;
}

/** The levels whose objects import prunes (their files, or their entries in a schema's file). */
export type ListedLevel = 'database' | 'schema' | 'table' | 'column';

/**
 * `complete`: the listing shows every object whatever the role's privileges, so an unlisted
 * one was dropped. `confirmed`: the listing hides what the role may not see, and
 * `Connector.confirmAbsent` tells dropped from hidden. `visible-only`: it hides them and the
 * system cannot tell the two apart, so import keeps the manifests and warns.
 */
export type Listing = 'complete' | 'confirmed' | 'visible-only';

/**
 * A manifest tag `Classification.Tag` becomes the source tag key `key(Classification)` with
 * the value `value(Tag)` (identity by default). Pure functions: the planner calls them.
 */
export interface TagRules {
  /** The source key of a classification (BigQuery labels: lower case, `[a-z0-9_-]`). */
  key?(classification: string): string;
  /** The source value of a tag. */
  value?(tag: string): string;
  /** Why the source cannot store this key and value (characters, lengths), or null: a plan conflict. */
  refuse?(key: string, value: string): string | null;
}

export interface DescriptionRules {
  /** Only Basic Multilingual Plane characters (e.g. MySQL comments are utf8mb3: no emoji). */
  bmpOnly?: boolean;
  /** No line breaks (e.g. Glue column comments). */
  noNewlines?: boolean;
  /**
   * Why the source cannot store this text (a character its API refuses, say), or null: a
   * plan-time conflict, like the flags above. Pure: the planner calls it.
   */
  refuse?(text: string): string | null;
}

/** A typed API request: every statement kind but SQL. */
export type ApiRequest = Exclude<StatementBody, { kind: 'sql' }>;

/**
 * One statement to run, and the changes (indices into the compiled batch) it carries. `sql`
 * is SQL text, or for an API system the request as `statementText` shows it, with `request`
 * the typed request the driver sends.
 */
export interface Statement {
  sql: string;
  changes: number[];
  request?: ApiRequest;
}

export const TEMPLATE_OPERATIONS = ['Description', 'Owner', 'TagSet', 'TagUnset'] as const;
export type TemplateOperation = (typeof TEMPLATE_OPERATIONS)[number];
/** `tableDescription`, `schemaOwner`, `columnTagSet`, ... as keys of the config's `sql:`. */
export type TemplateName = `${ObjectKind}${TemplateOperation}`;
export type SqlTemplates = Partial<Record<TemplateName, string>>;

export interface Dialect {
  quoteIdentifier(name: string): string;
  quoteLiteral(value: string): string;
  /** What a description statement writes for "no description" (`NULL` in most systems). */
  readonly nullLiteral: string;
  /**
   * How the system writes comments and quoted text, for checking custom templates (and
   * batches) with sql-lexer.ts. Absent: standard SQL (`STANDARD_SQL_SYNTAX`).
   */
  readonly syntax?: SqlSyntax;
  /**
   * Statements for changes of one database, in the order to run them. Pure: no I/O.
   * Custom templates from the config replace the built-in statement of their operation.
   */
  compile(changes: readonly Change[], templates: SqlTemplates, context?: CompileContext): Statement[];
}

/**
 * What a dialect needs beyond the observed tree to compile some changes (MySQL restates a
 * column's whole definition from SHOW CREATE TABLE). JSON-serialisable: it is part of the
 * observed digest, so a saved plan goes stale when it changes.
 */
export type CompileContext = Record<string, unknown>;

/** A connection to one database of a service. */
export interface DriverSession {
  query(sql: string): Promise<Record<string, unknown>[]>;
  /**
   * Runs one apply statement. Where the system allows, it is sent so that the server takes
   * the text as exactly one statement and refuses a second (see the README's custom templates).
   */
  execute(sql: string): Promise<void>;
  begin(): Promise<void>;
  commit(): Promise<void>;
  rollback(): Promise<void>;
  /**
   * Takes the lock that keeps a second revmeta apply off this database until the session
   * closes; fails clearly when another apply holds it. Apply takes it before any statement,
   * on a transactional system too, where it spans every transaction of a split apply (a
   * transactional system without it relies on the lock its `begin` takes, per transaction).
   */
  lockForApply?(): Promise<void>;
  /**
   * Inside a transaction: runs statements in order in as few round trips as the system
   * allows. When one fails, throws a `BatchStatementError` naming it; the transaction is then
   * good only for a rollback.
   */
  executeBatch?(statements: readonly string[]): Promise<void>;
  /**
   * Outside transactions: sends statements (each one statement, in the order given) as ONE
   * request that the server runs in order and refuses whole unless it holds exactly that many
   * statements, so a value still cannot smuggle in another. When statement k fails, the ones
   * before it have run and the ones after it have not: throws a `BatchStatementError` naming k.
   * Any other error: none of them is known to have run (the request was refused whole, or its
   * answer never came). Apply sends a table's statements this way where the session has no
   * `refusal` check.
   */
  executeRequest?(statements: readonly string[]): Promise<void>;
  /**
   * Inside the apply lock, right before a statement runs (one at a time, without batching):
   * why it must not run now (what it would restate changed since the plan), or null.
   */
  refusal?(sql: string): Promise<string | null>;
  /**
   * `refusal`, read on a second connection of the session (opened at the first check that
   * needs a read, closed with the session, never holding the apply lock), so that the read
   * costs the session no round trip. Apply calls it, outside transactions, right after sending
   * the statement that runs before `sql` on this session, and awaits it before sending `sql`.
   * The read may see the table before or after that statement: offered only where apply's
   * statements cannot change what a check reads (MySQL: comments only). A rejection is not an
   * answer: apply then calls `refusal`.
   */
  prefetchRefusal?(sql: string): Promise<string | null>;
  /**
   * For transactional systems whose lock table is bounded: how many objects (tables, schemas,
   * databases) one apply transaction may lock, read from the server's settings; undefined (or
   * absent) when the server sets no such limit. Apply splits a database's changes into
   * consecutive transactions within it.
   */
  lockBudget?(): Promise<number | undefined>;
  /** For systems written through an API: sends one typed request (a plan statement of that kind). */
  send?(request: ApiRequest): Promise<void>;
  close(): Promise<void>;
}

/**
 * Thrown by `begin`/`lockForApply` when another apply held the apply lock for the whole lock
 * timeout: apply reports the database's changes as not run, with this one reason.
 */
export class ApplyLockBusyError extends Error {
  constructor(detail: string) {
    super(`another apply holds the lock (${detail})`);
    this.name = 'ApplyLockBusyError';
  }
}

/** Which statement of an `executeBatch` call failed, and the engine's error. */
export class BatchStatementError extends Error {
  constructor(
    readonly index: number,
    override readonly cause: unknown,
  ) {
    super(cause instanceof Error ? cause.message : String(cause));
    this.name = 'BatchStatementError';
  }
}

export interface Driver {
  /** Opens a session on a database of the service; without a name, the configured first one. */
  open(database?: string): Promise<DriverSession>;
  /** Releases everything the driver holds (pools, embedded engines). */
  close(): Promise<void>;
}

export interface ServerInfo {
  /** Human-readable server version, e.g. "PostgreSQL 15.18". */
  version: string;
  /**
   * The database character set, where it decides what a description can hold (Oracle's
   * NLS_CHARACTERSET); absent where every character fits or the connector does not read it.
   */
  characterSet?: string;
  /**
   * Objects one apply transaction may lock, from the server's settings (`DriverSession.lockBudget`),
   * so the plan can say how many transactions apply will run; absent: no limit, or not read.
   */
  lockBudget?: number;
}

export interface ConnectorContext {
  service: string;
  /** The `connection:` block of the service, `${VAR}`s already expanded. */
  connection: Record<string, unknown>;
  /** Folder of the config file: relative paths in `connection` are resolved against it. */
  configDir: string;
  /**
   * The service's `tags:` block, for sources whose tags are objects in a schema: `schema`
   * names it (in the source's identifier syntax), `create` lets missing ones be created.
   */
  tags?: { schema?: string; create?: boolean };
  /** The service's `timeouts:` (and `--lock-timeout`); absent ones take DEFAULT_TIMEOUTS. */
  timeouts?: Partial<Timeouts>;
}

export interface IntrospectScope {
  /** The service being read: names the observed tree. */
  service: string;
  /**
   * Schema names the manifests name per database (as written there), so a connector may read
   * only those; matched case-insensitively like `databases`. Absent: every schema.
   */
  schemas?: Readonly<Record<string, readonly string[]>>;
  /**
   * `--changed-since`: per database, the only (schema, table) pairs to read, matched
   * case-insensitively; a schema of `schemas` with no pair here is read without its tables.
   * A database absent here: every table of its schemas. A connector that cannot narrow this
   * far reads the schemas whole (the planner looks only at the tables it plans).
   */
  tables?: Readonly<Record<string, ReadonlyArray<readonly [string, string]>>>;
  /**
   * Databases to read, matched case-insensitively (the planner then prefers an exact name and
   * reports two case-insensitive candidates as a conflict); `all` reads every database the
   * connection can see.
   */
  databases: readonly string[] | 'all';
  /**
   * The principals the manifests name as owners (after `owners.map`), so a connector that can
   * tell which exist looks up only these and reports them in `Introspection.principals`.
   */
  owners?: readonly string[];
}

export interface Introspection {
  observed: ObservedService;
  server: ServerInfo;
  /** Catalog queries issued, to keep introspection batched and measurable. */
  queries: number;
  /**
   * Of `IntrospectScope.owners`, those the source knows. When present, the planner reports an
   * owner outside it as a conflict rather than planning a statement that must fail.
   */
  principals?: readonly string[];
  /**
   * Why the source refuses this set of owners on one object (OpenMetadata: a team owns alone),
   * or null; a refusal is a plan conflict. Absent: any set of known principals.
   */
  refuseOwners?(owners: readonly string[]): string | null;
  /**
   * Objects in scope the connection could not read (a database the role may not enter):
   * unseen, not absent, so import keeps their manifests and warns instead of pruning them.
   */
  unreadable?: readonly UnreadableObject[];
}

/** A database (or one schema or table of it) that introspection could not read, and why (never a secret). */
export interface UnreadableObject extends UnlistedObject {
  reason: string;
}

/** A database, schema or table the manifests name and introspection did not list. */
export interface UnlistedObject {
  database: string;
  schema?: string;
  /** Only with `schema`. */
  table?: string;
  /** A column of `table` (not a nested field). */
  column?: string;
}

/** How the README's capability table presents a connector (written by `npm run docs`). */
export interface ConnectorDocs {
  /** The system's name, e.g. "PostgreSQL". */
  title: string;
  /** What the OpenMetadata levels are called in this system, e.g. `{ database: 'project', schema: 'dataset' }`. */
  levels?: Partial<Record<ObjectKind, string>>;
  /** Server versions whose capabilities differ, each its own row; default: one row. */
  servers?: { label: string; version: string }[];
  /** Where the tests run it: real engines, fakes behind the real driver, golden SQL. */
  testedOn: string;
}

export interface Connector {
  type: string;
  docs?: ConnectorDocs;
  /** JSON Schema of the service's `connection:` block. */
  connectionSchema: Record<string, unknown>;
  dialect: Dialect;
  capabilities(server: ServerInfo): Capabilities;
  createDriver(ctx: ConnectorContext): Driver;
  introspect(driver: Driver, scope: IntrospectScope): Promise<Introspection>;
  /**
   * Reads the observed state `dialect.compile` needs for these changes, after the diff and
   * before compiling, only for the objects the changes touch (so introspection stays batched
   * and small). What it reads joins the observed digest.
   */
  readCompileContext?(driver: Driver, changes: readonly Change[]): Promise<CompileContext>;
  /**
   * For levels whose `Capabilities.listing` is `confirmed`: of objects the listing lacks, which
   * are really absent. One entry per object, in order: `null` when the system says it does not
   * exist, else why it is kept (it exists but the role may not see it, or the check could not
   * tell). Called after `introspect`, on the same driver.
   */
  confirmAbsent?(driver: Driver, unlisted: readonly UnlistedObject[]): Promise<readonly (string | null)[]>;
  /**
   * A principal the system defines for itself (PostgreSQL's `pg_*` roles such as
   * `pg_database_owner`): no OpenMetadata user or team is one, so import leaves such an owner
   * out (unmanaged) unless `owners.map` names it.
   */
  isBuiltinPrincipal?(name: string): boolean;
}

/** Placeholders a custom template may use; each arrives already quoted for the dialect. */
export const TEMPLATE_PLACEHOLDERS = [
  'database',
  'schema',
  'table',
  'column',
  'description',
  'owner',
  'tag_key',
  'tag_value',
  'tags',
] as const;
export type TemplatePlaceholder = (typeof TEMPLATE_PLACEHOLDERS)[number];
