/**
 * Statements of Databricks SQL, shared by the Unity Catalog and the legacy Hive metastore
 * dialects. Names are always fully qualified (`catalog`.`schema`.`table`), so no statement
 * depends on the session's current catalog. Pure: no I/O.
 *
 *   description  catalog   COMMENT ON CATALOG `c` IS '...' | NULL               (Unity Catalog)
 *                schema    COMMENT ON SCHEMA `c`.`s` IS '...' | NULL
 *                relation  COMMENT ON TABLE `c`.`s`.`t` IS '...' | NULL          (tables, views, materialized views)
 *                column    ALTER TABLE `c`.`s`.`t` ALTER COLUMN `x` COMMENT '...' (a table's; '' clears: no NULL here)
 *                          ALTER TABLE `c`.`s`.`t` ALTER COLUMN `x` COMMENT '...', `y` COMMENT '...'
 *                                                                                (a Delta table's, on SQL warehouses
 *                                                                                 and DBR 16.3+: ./version.ts)
 *                          COMMENT ON COLUMN `c`.`s`.`v`.`x` IS '...' | NULL      (views, materialized views,
 *                                                                                 streaming tables; DBR 16.1+,
 *                                                                                 materialized views 16.3+)
 *   owner        catalog   ALTER CATALOG `c` OWNER TO `principal`               (Unity Catalog)
 *                schema    ALTER SCHEMA `c`.`s` OWNER TO `principal`
 *                relation  ALTER TABLE|VIEW ... OWNER TO `principal`
 *                          ALTER MATERIALIZED VIEW|STREAMING TABLE ... SET OWNER TO `principal`
 *   tags         object    ALTER CATALOG|SCHEMA|TABLE|VIEW|MATERIALIZED VIEW|STREAMING TABLE x
 *                            SET TAGS ('k' = 'v', ...) / UNSET TAGS ('k', ...)  (Unity Catalog)
 *                column    ALTER TABLE|VIEW|MATERIALIZED VIEW|STREAMING TABLE t ALTER COLUMN `x` SET TAGS (...) / UNSET TAGS (...)
 *                          (a view's: Databricks SQL 2026.47+ / Runtime 19+ only, where capabilities allow it;
 *                          ALTER TABLE on a view fails with EXPECT_TABLE_NOT_VIEW.NO_ALTERNATIVE)
 *
 * All tag changes of one object become one SET TAGS and one UNSET TAGS statement, placed
 * where the object's first such change was (each statement costs seconds on a warehouse).
 */
import type { ObjectRef } from '../../model/types.js';
import type { Change } from '../../model/change.js';
import type { SqlSyntax } from '../sql-lexer.js';
import { templateStatement } from '../template.js';
import type { Dialect, CompileContext, SqlTemplates, Statement } from '../types.js';
import { namePart } from '../kit/objects.js';
import { qualifiedName, quoteIdentifier, quoteLiteral } from './quote.js';

/** What a dialect variant can write: the legacy Hive metastore has no catalog objects and no tags. */
export interface DatabricksDialectOptions {
  /** Names the system in refusals. */
  title: string;
  /** Whether the OpenMetadata database (a catalog) can hold a description and an owner. */
  catalogObjects: boolean;
  /** Whether objects hold tags. */
  tags: boolean;
}

/**
 * What compiling needs beyond a change's ObjectRef (JSON, part of the observed digest):
 * streaming tables are tables to OpenMetadata but take `ALTER STREAMING TABLE`; the tables
 * whose column comments one statement may carry.
 */
export interface DatabricksCompileContext extends CompileContext {
  /** `[catalog, schema, table]` of each streaming table the changes touch. */
  streamingTables?: string[][];
  /**
   * `[catalog, schema, table]` of each table the changes touch whose column comments go in one
   * `ALTER TABLE ... ALTER COLUMN a COMMENT '...', b COMMENT '...'`: a Delta table on a server
   * that takes several columns per ALTER COLUMN (../databricks/version.ts). Absent: one
   * statement per column, which every server takes.
   */
  multiColumnTables?: string[][];
}

/** Written for "no description" where a template asks for `{description}`: every statement form takes it. */
export const NULL_DESCRIPTION = "''";

function schemaName(object: ObjectRef): string {
  return qualifiedName([object.database, namePart(object, 'schema')]);
}

function relationName(object: ObjectRef): string {
  return qualifiedName([object.database, namePart(object, 'schema'), namePart(object, 'table')]);
}

type RelationKeyword = 'TABLE' | 'VIEW' | 'MATERIALIZED VIEW' | 'STREAMING TABLE';

function listsTable(tables: readonly string[][] | undefined, object: ObjectRef): boolean {
  return (tables ?? []).some(([catalog, schema, table]) => catalog === object.database && schema === object.schema && table === object.table);
}

function isStreamingTable(object: ObjectRef, context: DatabricksCompileContext): boolean {
  return listsTable(context.streamingTables, object);
}

/** The keyword `ALTER <keyword> name` needs for this relation. */
function relationKeyword(object: ObjectRef, context: DatabricksCompileContext): RelationKeyword {
  switch (object.relation) {
    case 'view':
      return 'VIEW';
    case 'materialized_view':
      return 'MATERIALIZED VIEW';
    default:
      return isStreamingTable(object, context) ? 'STREAMING TABLE' : 'TABLE';
  }
}

function commentOrNull(value: string | null): string {
  return value === null ? 'NULL' : quoteLiteral(value);
}

export class DatabricksCompiler {
  constructor(private readonly options: DatabricksDialectOptions) {}

  private refuseCatalog(object: ObjectRef, what: string): never {
    throw new Error(
      `${this.options.title} has no catalog object to hold ${what} for the OpenMetadata database "${object.database}"`,
    );
  }

  description(change: Change, context: DatabricksCompileContext): string {
    const { object } = change;
    switch (object.kind) {
      case 'database':
        if (!this.options.catalogObjects) this.refuseCatalog(object, 'a description');
        return `COMMENT ON CATALOG ${quoteIdentifier(object.database)} IS ${commentOrNull(change.after)}`;
      case 'schema':
        return `COMMENT ON SCHEMA ${schemaName(object)} IS ${commentOrNull(change.after)}`;
      case 'table':
        // COMMENT ON TABLE takes any relation: table, view, materialized view, streaming table.
        return `COMMENT ON TABLE ${relationName(object)} IS ${commentOrNull(change.after)}`;
      case 'column': {
        const column = quoteIdentifier(namePart(object, 'column'));
        if (object.relation === 'view' || object.relation === 'materialized_view' || isStreamingTable(object, context)) {
          return `COMMENT ON COLUMN ${relationName(object)}.${column} IS ${commentOrNull(change.after)}`;
        }
        return `ALTER TABLE ${relationName(object)} ALTER COLUMN ${columnComment(change)}`;
      }
    }
  }

  /**
   * The table whose `ALTER TABLE ... ALTER COLUMN` may carry this column comment together with
   * its other columns' (`multiColumnTables`), or undefined: the statement is the change's own.
   */
  multiColumnTarget(change: Change, context: DatabricksCompileContext): string | undefined {
    const { object } = change;
    if (change.field !== 'description' || object.kind !== 'column') return undefined;
    if (object.relation !== undefined && object.relation !== 'table' && object.relation !== 'external_table') return undefined;
    if (isStreamingTable(object, context) || !listsTable(context.multiColumnTables, object)) return undefined;
    return `ALTER TABLE ${relationName(object)} ALTER COLUMN `;
  }

  owner(change: Change, context: DatabricksCompileContext): string {
    const { object } = change;
    if (change.after === null) throw new Error(`${this.options.title} objects always have an owner: it can be changed, not removed`);
    const principal = quoteIdentifier(change.after);
    switch (object.kind) {
      case 'database':
        if (!this.options.catalogObjects) this.refuseCatalog(object, 'an owner');
        return `ALTER CATALOG ${quoteIdentifier(object.database)} OWNER TO ${principal}`;
      case 'schema':
        return `ALTER SCHEMA ${schemaName(object)} OWNER TO ${principal}`;
      case 'table': {
        const keyword = relationKeyword(object, context);
        // Materialized views and streaming tables know only the `SET OWNER TO` spelling.
        const set = keyword === 'MATERIALIZED VIEW' || keyword === 'STREAMING TABLE' ? 'SET ' : '';
        return `ALTER ${keyword} ${relationName(object)} ${set}OWNER TO ${principal}`;
      }
      case 'column':
        throw new Error(`${this.options.title} columns have no owner`);
    }
  }

  /** `ALTER <object> ` or `ALTER <relation> t ALTER COLUMN c ` before `SET TAGS`/`UNSET TAGS`. */
  tagTarget(object: ObjectRef, context: DatabricksCompileContext): string {
    if (!this.options.tags) throw new Error(`${this.options.title} has no tags`);
    switch (object.kind) {
      case 'database':
        return `ALTER CATALOG ${quoteIdentifier(object.database)}`;
      case 'schema':
        return `ALTER SCHEMA ${schemaName(object)}`;
      case 'table':
        return `ALTER ${relationKeyword(object, context)} ${relationName(object)}`;
      case 'column':
        return `ALTER ${relationKeyword(object, context)} ${relationName(object)} ALTER COLUMN ${quoteIdentifier(namePart(object, 'column'))}`;
    }
  }

  single(change: Change, context: DatabricksCompileContext): string {
    switch (change.field) {
      case 'description':
        return this.description(change, context);
      case 'owner':
        return this.owner(change, context);
      case 'tag': {
        const key = tagKeyOf(change);
        return isUnset(change)
          ? `${this.tagTarget(change.object, context)} UNSET TAGS (${quoteLiteral(key)})`
          : `${this.tagTarget(change.object, context)} SET TAGS (${quoteLiteral(key)} = ${quoteLiteral(change.after ?? '')})`;
      }
    }
  }

  /**
   * Statements for the changes of one catalog, in plan order. Tag changes of one object are
   * batched, and so are the column comments of a table in `multiColumnTables` (each batch where
   * its first change was); a custom template replaces the built-in statement of its change, one each.
   */
  compile(changes: readonly Change[], templates: SqlTemplates, dialect: Dialect, context: DatabricksCompileContext = {}): Statement[] {
    const statements: Statement[] = [];
    const batches = new Map<string, { statement: Statement; target: string; unset: boolean; items: string[] }>();
    const columnBatches = new Map<string, { statement: Statement; target: string; columns: Set<string>; items: string[] }>();
    const allColumnBatches: { statement: Statement; target: string; items: string[] }[] = [];
    changes.forEach((change, index) => {
      const custom = templateStatement(change, index, templates, dialect);
      if (custom !== undefined) {
        statements.push(custom);
        return;
      }
      const multiColumn = this.multiColumnTarget(change, context);
      if (multiColumn !== undefined) {
        let batch = columnBatches.get(multiColumn);
        const name = namePart(change.object, 'column');
        // Databricks refuses one column twice in a statement (NOT_SUPPORTED_CHANGE_SAME_COLUMN): a second change of it starts a new batch.
        if (batch === undefined || batch.columns.has(name)) {
          batch = { statement: { sql: '', changes: [] }, target: multiColumn, columns: new Set(), items: [] };
          columnBatches.set(multiColumn, batch);
          allColumnBatches.push(batch);
          statements.push(batch.statement);
        }
        batch.columns.add(name);
        batch.items.push(columnComment(change));
        batch.statement.changes.push(index);
        return;
      }
      if (change.field !== 'tag') {
        statements.push({ sql: this.single(change, context), changes: [index] });
        return;
      }
      const target = this.tagTarget(change.object, context);
      const unset = isUnset(change);
      const key = JSON.stringify([target, unset]);
      let batch = batches.get(key);
      if (batch === undefined) {
        batch = { statement: { sql: '', changes: [] }, target, unset, items: [] };
        batches.set(key, batch);
        statements.push(batch.statement);
      }
      const tag = quoteLiteral(tagKeyOf(change));
      batch.items.push(unset ? tag : `${tag} = ${quoteLiteral(change.after ?? '')}`);
      batch.statement.changes.push(index);
    });
    for (const batch of batches.values()) {
      batch.statement.sql = `${batch.target} ${batch.unset ? 'UNSET' : 'SET'} TAGS (${batch.items.join(', ')})`;
    }
    for (const batch of allColumnBatches) batch.statement.sql = `${batch.target}${batch.items.join(', ')}`;
    return statements;
  }
}

/** `` `x` COMMENT '...' `` of ALTER TABLE ... ALTER COLUMN, which takes a string only: '' clears. */
function columnComment(change: Change): string {
  return `${quoteIdentifier(namePart(change.object, 'column'))} COMMENT ${quoteLiteral(change.after ?? '')}`;
}

function isUnset(change: Change): boolean {
  return change.action === 'remove' || change.action === 'clear' || change.after === null;
}

function tagKeyOf(change: Change): string {
  if (change.tag === undefined) throw new Error('a tag change needs its tag key');
  return change.tag;
}

/** A Dialect over the shared compiler. */
/** Standard SQL plus backtick identifiers; `"…"` is a string in Spark SQL. */
const DATABRICKS_SYNTAX: SqlSyntax = { lineComments: ['--'], quotes: ["'", '"', '`'] };

export function databricksDialect(options: DatabricksDialectOptions): Dialect {
  const compiler = new DatabricksCompiler(options);
  const dialect: Dialect = {
    quoteIdentifier,
    quoteLiteral,
    syntax: DATABRICKS_SYNTAX,
    nullLiteral: NULL_DESCRIPTION,
    compile: (changes, templates, context) => compiler.compile(changes, templates, dialect, (context ?? {}) as DatabricksCompileContext),
  };
  return dialect;
}
