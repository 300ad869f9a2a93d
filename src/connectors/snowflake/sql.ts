/**
 * Snowflake statement compilation. DDL takes no bind parameters, so every name and value is
 * inlined through the two quoting functions below; nothing else builds SQL from data.
 *
 * Names are always double-quoted and so exact: the stored name, whatever its case (an
 * unquoted `orders` would mean `ORDERS`). Values are single-quoted literals, in which
 * Snowflake processes backslash escapes (`\n`, `\x41`, `\101`, `\u0041`, and `\q` reads as
 * `q`), so a backslash is always doubled as well as a quote.
 *
 * Statements, per database, in the order they run:
 *   CREATE TAG IF NOT EXISTS <tag>                      tag keys the plan creates (tags.create)
 *   COMMENT ON {DATABASE|SCHEMA|TABLE|VIEW|...} x IS '…'
 *   ALTER {ICEBERG|DYNAMIC} TABLE t SET COMMENT = '…'   tables that refuse COMMENT ON (and event tables)
 *   ALTER {TABLE|VIEW|...} t ALTER "a" COMMENT '…', "b" COMMENT '…'   one per table
 *   COMMENT ON COLUMN t."c" IS '…'                      columns of materialized views, external tables
 *   ALTER <kind> x [MODIFY COLUMN "c"] SET TAG <tag> = '…', …     one per object and action
 *   ALTER <kind> x [MODIFY COLUMN "c"] UNSET TAG <tag>, …
 *   GRANT OWNERSHIP ON <kind> x TO ROLE "r" {COPY|REVOKE} CURRENT GRANTS
 * Tags are schema objects: `<tags.schema>.<key>`, fully qualified, always.
 */
import type { ObjectRef, RelationKind } from '../../model/types.js';
import type { Change } from '../../model/change.js';
import type { SqlSyntax } from '../sql-lexer.js';
import { templateStatement } from '../template.js';
import type { Dialect, CompileContext, SqlTemplates, Statement } from '../types.js';
import { namePart } from '../kit/objects.js';

// ---------------------------------------------------------------------------------------
// Quoting

/** Snowflake identifiers hold at most 255 characters. */
export const MAX_IDENTIFIER_CHARS = 255;

/** Always double-quoted, so case, reserved words, dots and punctuation never change a name. */
export function quoteIdentifier(name: string): string {
  if (name === '') throw new Error('Snowflake names cannot be empty');
  if (name.includes('\0')) throw new Error('Snowflake names cannot contain a NUL character');
  return `"${name.replaceAll('"', '""')}"`;
}

/** Escapes Snowflake reads back as exactly these characters (documented escape sequences). */
const LITERAL_ESCAPES: Readonly<Record<string, string>> = {
  '\\': '\\\\',
  "'": "''",
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
};

/**
 * `'...'` with `''` for a quote and `\\` for a backslash (Snowflake processes backslash
 * escapes in single-quoted strings), and line breaks and tabs as `\n` `\r` `\t` so a
 * statement stays on one line. Other characters, control characters included, are stored
 * as written. NUL is refused: `\0` followed by a digit would read as an octal escape.
 * (`$$...$$` is no alternative: it cannot hold a value that contains `$$`.)
 */
export function quoteLiteral(value: string): string {
  if (value.includes('\0')) throw new Error('Snowflake string literals here cannot carry a NUL character');
  return `'${value.replace(/[\\'\n\r\t]/g, (char) => LITERAL_ESCAPES[char]!)}'`;
}

/** What a clear writes: an empty comment, which reads back as no comment (introspect folds `''`). */
const NULL_LITERAL = "''";

/**
 * Reads a qualified name in Snowflake's own syntax (`GOVERNANCE.TAGS`, `"Gov"."Tags"`):
 * unquoted parts fold to upper case, quoted parts are exact with `""` for a quote.
 */
export function parseQualifiedName(text: string): string[] {
  const parts: string[] = [];
  let at = 0;
  const fail = (why: string) => new Error(`"${text}" is not a Snowflake name: ${why}`);
  for (;;) {
    if (text[at] === '"') {
      let part = '';
      let i = at + 1;
      for (;;) {
        if (i >= text.length) throw fail('a quoted part is not closed');
        if (text[i] === '"' && text[i + 1] === '"') {
          part += '"';
          i += 2;
        } else if (text[i] === '"') {
          i += 1;
          break;
        } else {
          part += text[i];
          i += 1;
        }
      }
      if (part === '') throw fail('a quoted part is empty');
      parts.push(part);
      at = i;
    } else {
      const match = /^[A-Za-z_][A-Za-z0-9_$]*/.exec(text.slice(at));
      if (!match) throw fail('a part is neither quoted ("...") nor a plain name (letters, digits, _ and $)');
      parts.push(match[0].toUpperCase());
      at += match[0].length;
    }
    if (at === text.length) return parts;
    if (text[at] !== '.') throw fail(`unexpected ${JSON.stringify(text[at])} after a part`);
    at += 1;
  }
}

/** A classification name as a Snowflake tag name: plain identifiers fold to upper case as unquoted ones do. */
export function tagNameOf(classification: string): string {
  return /^[A-Za-z_][A-Za-z0-9_$]*$/.test(classification) ? classification.toUpperCase() : classification;
}

// ---------------------------------------------------------------------------------------
// Compile context

/** The schema tag objects live in (`tags.schema`), as stored names. */
export interface TagSchema {
  database: string;
  schema: string;
}

/** What compile needs beyond the changes: see `readCompileContext` in index.ts. */
export interface SnowflakeCompileContext {
  /** Where tag objects are; without it no tag statement can be compiled. */
  tagSchema?: TagSchema;
  /** Tag keys that do not exist yet and are created before first use (`tags.create`). */
  createTags?: string[];
  /** What happens to the grants of an object handed to another role (default copy). */
  ownershipGrants?: 'copy' | 'revoke';
}

function contextOf(context: CompileContext | undefined): SnowflakeCompileContext {
  return (context ?? {}) as SnowflakeCompileContext;
}

export function tagObjectName(tagSchema: TagSchema, key: string): string {
  return [tagSchema.database, tagSchema.schema, key].map(quoteIdentifier).join('.');
}

// ---------------------------------------------------------------------------------------
// Objects

/** `"db"."schema"."table"`, or the prefix of it for a database or schema. */
export function objectName(object: ObjectRef): string {
  switch (object.kind) {
    case 'database':
      return quoteIdentifier(object.database);
    case 'schema':
      return [object.database, namePart(object, 'schema')].map(quoteIdentifier).join('.');
    case 'table':
    case 'column':
      return [object.database, namePart(object, 'schema'), namePart(object, 'table')].map(quoteIdentifier).join('.');
  }
}

/**
 * Per relation kind, the keyword each statement names it with, and whether its comment is set
 * by `ALTER <kind> x SET COMMENT = '…'` rather than `COMMENT ON <kind> x IS '…'`.
 * - Iceberg tables refuse COMMENT ON TABLE and ALTER TABLE (error 091367: "Iceberg tables
 *   should use ALTER ICEBERG TABLE commands"; dbt-labs/dbt-adapters#1015, #1181):
 *   https://docs.snowflake.com/en/sql-reference/sql/alter-iceberg-table
 * - Dynamic tables: ALTER DYNAMIC TABLE … SET COMMENT, ALTER COLUMN … COMMENT, SET TAG:
 *   https://docs.snowflake.com/en/sql-reference/sql/alter-dynamic-table
 * - Event tables are altered as tables, SET COMMENT and SET TAG only (no column actions):
 *   https://docs.snowflake.com/en/sql-reference/sql/alter-table-event-table
 * - Hybrid tables are tables to COMMENT, ALTER and GRANT (INFORMATION_SCHEMA.TABLES reports
 *   them as BASE TABLE with IS_HYBRID).
 * - GRANT OWNERSHIP names ICEBERG TABLE, DYNAMIC TABLE, EVENT TABLE, EXTERNAL TABLE and
 *   MATERIALIZED VIEW: https://docs.snowflake.com/en/sql-reference/sql/grant-ownership
 */
interface RelationSyntax {
  /** COMMENT ON <keyword> and GRANT OWNERSHIP ON <keyword>. */
  object: string;
  /** ALTER <keyword> (column comments, tags, SET COMMENT). */
  alter: string;
  /** The table comment is `ALTER <alter> x SET COMMENT = '…'`. */
  setComment: boolean;
  /** Column comments batch into one `ALTER <alter> t ALTER "a" COMMENT '…', …`; otherwise COMMENT ON COLUMN each. */
  batchColumnComments: boolean;
}

const TABLE_SYNTAX: RelationSyntax = { object: 'TABLE', alter: 'TABLE', setComment: false, batchColumnComments: true };

const SYNTAX_OF_RELATION: Partial<Record<RelationKind, RelationSyntax>> = {
  table: TABLE_SYNTAX,
  hybrid_table: TABLE_SYNTAX,
  view: { object: 'VIEW', alter: 'VIEW', setComment: false, batchColumnComments: true },
  materialized_view: { object: 'MATERIALIZED VIEW', alter: 'MATERIALIZED VIEW', setComment: false, batchColumnComments: false },
  external_table: { object: 'EXTERNAL TABLE', alter: 'EXTERNAL TABLE', setComment: false, batchColumnComments: false },
  iceberg_table: { object: 'ICEBERG TABLE', alter: 'ICEBERG TABLE', setComment: true, batchColumnComments: true },
  dynamic_table: { object: 'DYNAMIC TABLE', alter: 'DYNAMIC TABLE', setComment: true, batchColumnComments: true },
  event_table: { object: 'EVENT TABLE', alter: 'TABLE', setComment: true, batchColumnComments: false },
};

function syntaxOf(relation: RelationKind | undefined): RelationSyntax {
  if (relation === undefined) return TABLE_SYNTAX;
  const syntax = SYNTAX_OF_RELATION[relation];
  // The planner plans nothing for a relation of unknown kind: reaching here is a bug, not a table.
  if (syntax === undefined) throw new Error(`Snowflake has no statement revmeta knows for a ${relation} relation`);
  return syntax;
}

/** `DATABASE "d"`, `SCHEMA "d"."s"`, `VIEW "d"."s"."v"`: an object as COMMENT ON and GRANT name it (columns: their relation). */
function keywordAndName(object: ObjectRef): string {
  switch (object.kind) {
    case 'database':
      return `DATABASE ${objectName(object)}`;
    case 'schema':
      return `SCHEMA ${objectName(object)}`;
    case 'table':
    case 'column':
      return `${syntaxOf(object.relation).object} ${objectName(object)}`;
  }
}

/** `DATABASE "d"`, `TABLE "d"."s"."t"`, `ICEBERG TABLE …`: an object as ALTER names it. */
function alterKeywordAndName(object: ObjectRef): string {
  if (object.kind === 'database' || object.kind === 'schema') return keywordAndName(object);
  return `${syntaxOf(object.relation).alter} ${objectName(object)}`;
}

// ---------------------------------------------------------------------------------------
// Statements

function commentLiteral(change: Change): string {
  return change.after === null ? NULL_LITERAL : quoteLiteral(change.after);
}

function compileDescription(change: Change): string {
  const { object } = change;
  if (object.kind === 'column') {
    return `COMMENT ON COLUMN ${objectName(object)}.${quoteIdentifier(namePart(object, 'column'))} IS ${commentLiteral(change)}`;
  }
  if (object.kind === 'table' && syntaxOf(object.relation).setComment) {
    return `ALTER ${alterKeywordAndName(object)} SET COMMENT = ${commentLiteral(change)}`;
  }
  return `COMMENT ON ${keywordAndName(object)} IS ${commentLiteral(change)}`;
}

function compileOwner(change: Change, context: SnowflakeCompileContext): string {
  const { object } = change;
  if (object.kind === 'column') throw new Error('Snowflake columns have no owner of their own');
  if (change.after === null) throw new Error('an owner cannot be cleared: Snowflake objects always have an owning role');
  const grants = context.ownershipGrants === 'revoke' ? 'REVOKE' : 'COPY';
  return `GRANT OWNERSHIP ON ${keywordAndName(object)} TO ROLE ${quoteIdentifier(change.after)} ${grants} CURRENT GRANTS`;
}

function requireTagSchema(context: SnowflakeCompileContext): TagSchema {
  if (!context.tagSchema) {
    throw new Error('Snowflake tags are objects in a schema: set tags.schema in the service config (e.g. GOVERNANCE.TAGS)');
  }
  return context.tagSchema;
}

function tagKeyOf(change: Change): string {
  if (change.tag === undefined) throw new Error('a tag change needs its tag key');
  return change.tag;
}

/** `ALTER <kind> x` or `ALTER <kind> t MODIFY COLUMN "c"`: the target of SET TAG / UNSET TAG. */
function tagTarget(object: ObjectRef): string {
  if (object.kind !== 'column') return `ALTER ${alterKeywordAndName(object)}`;
  return `ALTER ${alterKeywordAndName(object)} MODIFY COLUMN ${quoteIdentifier(namePart(object, 'column'))}`;
}

function isRemoval(change: Change): boolean {
  return change.action === 'remove' || change.action === 'clear';
}

/** A statement still collecting the clauses of its batch. */
interface Batch {
  statement: Statement;
  head: string;
  clauses: string[];
  separator: string;
}

/** CREATE TAG statements go first: they must run before any statement that names their tag. */
function createTagStatements(
  changes: readonly Change[],
  statements: readonly Statement[],
  context: SnowflakeCompileContext,
  keysOf: ReadonlyMap<Statement, readonly string[]>,
): Statement[] {
  const wanted = new Set(context.createTags ?? []);
  const creates = new Map<string, Statement>();
  changes.forEach((change) => {
    if (change.field !== 'tag' || isRemoval(change) || !wanted.has(tagKeyOf(change))) return;
    const key = tagKeyOf(change);
    if (!creates.has(key)) {
      creates.set(key, { sql: `CREATE TAG IF NOT EXISTS ${tagObjectName(requireTagSchema(context), key)}`, changes: [] });
    }
  });
  // Every change a statement naming the tag carries must see the CREATE first (apply runs a
  // change's statements in order, and a batched SET TAG may carry changes of other tags).
  for (const statement of statements) {
    for (const key of keysOf.get(statement) ?? []) {
      const create = creates.get(key);
      if (create) for (const index of statement.changes) if (!create.changes.includes(index)) create.changes.push(index);
    }
  }
  for (const create of creates.values()) create.changes.sort((a, b) => a - b);
  return [...creates.values()];
}

function compile(changes: readonly Change[], templates: SqlTemplates, compileContext?: CompileContext): Statement[] {
  const context = contextOf(compileContext);
  const statements: Statement[] = [];
  const batches = new Map<string, Batch>();
  /** Tag keys each SET TAG statement names, to order CREATE TAG before them. */
  const keysOf = new Map<Statement, string[]>();

  const addToBatch = (key: string, index: number, make: () => Omit<Batch, 'statement' | 'clauses'>, clause: string) => {
    let batch = batches.get(key);
    if (batch === undefined) {
      batch = { statement: { sql: '', changes: [] }, clauses: [], ...make() };
      batches.set(key, batch);
      statements.push(batch.statement);
    }
    batch.clauses.push(clause);
    batch.statement.changes.push(index);
    return batch.statement;
  };

  changes.forEach((change, index) => {
    const { object } = change;
    const statement = templateStatement(change, index, templates, dialect);
    if (statement !== undefined) {
      statements.push(statement);
      if (change.field === 'tag' && !isRemoval(change)) keysOf.set(statement, [tagKeyOf(change)]);
      return;
    }
    switch (change.field) {
      case 'description':
        if (object.kind === 'column' && syntaxOf(object.relation).batchColumnComments) {
          const table = alterKeywordAndName(object);
          const clause = `${quoteIdentifier(namePart(object, 'column'))} COMMENT ${commentLiteral(change)}`;
          addToBatch(`comment ${table}`, index, () => ({ head: `ALTER ${table} ALTER `, separator: ', ' }), clause);
        } else {
          statements.push({ sql: compileDescription(change), changes: [index] });
        }
        return;
      case 'owner':
        statements.push({ sql: compileOwner(change, context), changes: [index] });
        return;
      case 'tag': {
        const key = tagKeyOf(change);
        const tag = tagObjectName(requireTagSchema(context), key);
        const target = tagTarget(object);
        const removal = isRemoval(change);
        if (!removal && change.after === null) throw new Error('a tag set needs its value');
        const clause = removal ? tag : `${tag} = ${quoteLiteral(change.after!)}`;
        const statement = addToBatch(
          `${removal ? 'unset' : 'set'} ${target}`,
          index,
          () => ({ head: `${target} ${removal ? 'UNSET' : 'SET'} TAG `, separator: ', ' }),
          clause,
        );
        // Only a SET needs the tag to exist; removing one that never existed is not planned.
        if (!removal) keysOf.set(statement, [...(keysOf.get(statement) ?? []), key]);
        return;
      }
    }
  });
  for (const batch of batches.values()) batch.statement.sql = batch.head + batch.clauses.join(batch.separator);
  return [...createTagStatements(changes, statements, context, keysOf), ...statements];
}

/** `--` and `//` comments, `$$…$$` strings. */
export const SNOWFLAKE_SYNTAX: SqlSyntax = { lineComments: ['--', '//'], quotes: ["'", '"'], dollarQuotes: 'untagged' };

export const dialect: Dialect = {
  quoteIdentifier,
  quoteLiteral,
  nullLiteral: NULL_LITERAL,
  syntax: SNOWFLAKE_SYNTAX,
  compile,
};
