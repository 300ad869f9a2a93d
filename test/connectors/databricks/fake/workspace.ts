/**
 * The state of a fake Databricks workspace and the SQL it understands: the statement forms the
 * two dialects emit, the `system.information_schema` reads of Unity Catalog (seeded from rows in
 * information_schema shape), and the SHOW/DESCRIBE reads of the legacy Hive metastore. Literals
 * are read by ./spark-sql.ts exactly as Databricks reads them, names resolve case-insensitively
 * as in Databricks, and the errors carry Databricks' error classes, so a statement revmeta
 * compiles wrongly fails or stores something else here as it would on a warehouse.
 */
import { Parser, SparkSqlError, substituteVariables, syntaxError, tokenize } from './spark-sql.js';

export type TableType = 'MANAGED' | 'EXTERNAL' | 'VIEW' | 'MATERIALIZED_VIEW' | 'STREAMING_TABLE' | 'FOREIGN';

export interface FakeColumn {
  name: string;
  type: string;
  comment: string | null;
  tags: Map<string, string>;
  partition?: boolean;
}

export interface FakeTable {
  name: string;
  type: TableType;
  owner: string;
  comment: string | null;
  tags: Map<string, string>;
  columns: FakeColumn[];
  /** `data_source_format` (`DESCRIBE TABLE EXTENDED` `Provider`): DELTA unless the rows say otherwise; null for views. */
  format?: string | null;
}

export interface FakeSchema {
  name: string;
  owner: string;
  comment: string | null;
  tags: Map<string, string>;
  tables: FakeTable[];
}

export interface FakeCatalog {
  name: string;
  owner: string;
  comment: string | null;
  tags: Map<string, string>;
  schemas: FakeSchema[];
}

export type ColumnType = 'STRING' | 'INT' | 'BOOLEAN';

export interface ResultSet {
  columns: { name: string; type: ColumnType }[];
  rows: unknown[][];
}

const NO_ROWS: ResultSet = { columns: [], rows: [] };

/** Rows of `system.information_schema` views, as a warehouse returns them (extra columns allowed). */
export interface InformationSchemaRows {
  catalogs: Record<string, unknown>[];
  schemata?: Record<string, unknown>[];
  tables?: Record<string, unknown>[];
  columns?: Record<string, unknown>[];
  catalog_tags?: Record<string, unknown>[];
  schema_tags?: Record<string, unknown>[];
  table_tags?: Record<string, unknown>[];
  column_tags?: Record<string, unknown>[];
}

export interface WorkspaceOptions {
  /** `uc`: Unity Catalog; `hive`: a workspace on the legacy Hive metastore only. */
  mode: 'uc' | 'hive';
  /** `current_version()`: a SQL warehouse's release, or a cluster's runtime (null: the function does not exist). */
  version?: { dbsql: string } | { dbr: string } | null;
  /**
   * Users, groups and service principals the workspace knows: OWNER TO anyone else fails.
   * SHOW USERS lists those with an `@` (users are named by e-mail), SHOW GROUPS the others but
   * service principals (named by application ID, a UUID), which neither lists.
   */
  principals?: readonly string[];
  /** False: SHOW USERS and SHOW GROUPS are refused (Databricks documents them as for administrators). */
  admin?: boolean;
  /**
   * Governed tags (account-level tag policies): key → the values it allows. SET TAGS with
   * another value fails, as the policy makes it fail on a warehouse.
   */
  governedTags?: Readonly<Record<string, readonly string[]>>;
  /** Values `${...}` substitution finds. */
  variables?: { env?: Record<string, string>; system?: Record<string, string>; conf?: Record<string, string> };
}

const TAG_KEY_FORBIDDEN = /[.,\-=/:]/;

function fail(errorClass: string, message: string, sqlState: string): never {
  throw new SparkSqlError(errorClass, message, sqlState);
}

function display(parts: readonly string[]): string {
  return parts.map((part) => `\`${part.replaceAll('`', '``')}\``).join('.');
}

function same(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

function text(row: Record<string, unknown>, key: string): string {
  const value = row[key];
  if (typeof value !== 'string') throw new Error(`recorded row has no text ${key}: ${JSON.stringify(row)}`);
  return value;
}

function optional(row: Record<string, unknown>, key: string): string | null {
  const value = row[key];
  return typeof value === 'string' ? value : null;
}

// ---------------------------------------------------------------------------------------
// information_schema views

interface View {
  columns: { name: string; type: ColumnType }[];
  rows(workspace: FakeWorkspace): Record<string, unknown>[];
}

const S = (name: string) => ({ name, type: 'STRING' as const });
const CREATED = { created: '2024-05-01T10:00:00.000Z', created_by: 'admin@example.com', last_altered: '2024-05-02T10:00:00.000Z', last_altered_by: 'admin@example.com' };
const AUDIT = [S('created'), S('created_by'), S('last_altered'), S('last_altered_by')];

const VIEWS: Record<string, View> = {
  catalogs: {
    columns: [S('catalog_name'), S('catalog_owner'), S('comment'), ...AUDIT],
    rows: (w) => w.catalogs.map((c) => ({ catalog_name: c.name, catalog_owner: c.owner, comment: c.comment, ...CREATED })),
  },
  schemata: {
    columns: [S('catalog_name'), S('schema_name'), S('schema_owner'), S('comment'), ...AUDIT],
    rows: (w) =>
      w.catalogs.flatMap((c) => [
        ...c.schemas.map((s) => ({ catalog_name: c.name, schema_name: s.name, schema_owner: s.owner, comment: s.comment, ...CREATED })),
        { catalog_name: c.name, schema_name: 'information_schema', schema_owner: 'System user', comment: 'Information schema (auto-created)', ...CREATED },
      ]),
  },
  tables: {
    columns: [S('table_catalog'), S('table_schema'), S('table_name'), S('table_type'), S('is_insertable_into'), S('table_owner'), S('comment'), ...AUDIT, S('data_source_format')],
    rows: (w) =>
      w.catalogs.flatMap((c) =>
        c.schemas.flatMap((s) =>
          s.tables.map((t) => ({
            table_catalog: c.name,
            table_schema: s.name,
            table_name: t.name,
            table_type: t.type,
            is_insertable_into: t.type === 'MANAGED' || t.type === 'EXTERNAL' ? 'YES' : 'NO',
            table_owner: t.owner,
            comment: t.comment,
            ...CREATED,
            data_source_format: formatOf(t),
          })),
        ),
      ),
  },
  columns: {
    columns: [S('table_catalog'), S('table_schema'), S('table_name'), S('column_name'), { name: 'ordinal_position', type: 'INT' }, S('is_nullable'), S('full_data_type'), S('data_type'), S('comment')],
    rows: (w) =>
      w.catalogs.flatMap((c) =>
        c.schemas.flatMap((s) =>
          s.tables.flatMap((t) =>
            t.columns.map((col, index) => ({
              table_catalog: c.name,
              table_schema: s.name,
              table_name: t.name,
              column_name: col.name,
              ordinal_position: index,
              is_nullable: 'YES',
              full_data_type: col.type,
              data_type: col.type.toUpperCase(),
              comment: col.comment,
            })),
          ),
        ),
      ),
  },
  catalog_tags: {
    columns: [S('catalog_name'), S('tag_name'), S('tag_value')],
    rows: (w) => w.catalogs.flatMap((c) => [...c.tags].map(([tag_name, tag_value]) => ({ catalog_name: c.name, tag_name, tag_value }))),
  },
  schema_tags: {
    columns: [S('catalog_name'), S('schema_name'), S('tag_name'), S('tag_value')],
    rows: (w) =>
      w.catalogs.flatMap((c) =>
        c.schemas.flatMap((s) => [...s.tags].map(([tag_name, tag_value]) => ({ catalog_name: c.name, schema_name: s.name, tag_name, tag_value }))),
      ),
  },
  table_tags: {
    columns: [S('catalog_name'), S('schema_name'), S('table_name'), S('tag_name'), S('tag_value')],
    rows: (w) =>
      w.catalogs.flatMap((c) =>
        c.schemas.flatMap((s) =>
          s.tables.flatMap((t) => [...t.tags].map(([tag_name, tag_value]) => ({ catalog_name: c.name, schema_name: s.name, table_name: t.name, tag_name, tag_value }))),
        ),
      ),
  },
  column_tags: {
    columns: [S('catalog_name'), S('schema_name'), S('table_name'), S('column_name'), S('tag_name'), S('tag_value')],
    rows: (w) =>
      w.catalogs.flatMap((c) =>
        c.schemas.flatMap((s) =>
          s.tables.flatMap((t) =>
            t.columns.flatMap((col) =>
              [...col.tags].map(([tag_name, tag_value]) => ({
                catalog_name: c.name,
                schema_name: s.name,
                table_name: t.name,
                column_name: col.name,
                tag_name,
                tag_value,
              })),
            ),
          ),
        ),
      ),
  },
};

/** A relation's storage format as Databricks names it: views have none. */
function formatOf(table: FakeTable): string | null {
  return table.type === 'VIEW' ? null : (table.format ?? 'DELTA');
}

/** The catalog column of each view, to scope `<catalog>.information_schema` to its catalog. */
const CATALOG_COLUMN: Record<string, string> = {
  catalogs: 'catalog_name',
  schemata: 'catalog_name',
  tables: 'table_catalog',
  columns: 'table_catalog',
  catalog_tags: 'catalog_name',
  schema_tags: 'catalog_name',
  table_tags: 'catalog_name',
  column_tags: 'catalog_name',
};

// ---------------------------------------------------------------------------------------
// WHERE expressions

type Value = string | number | boolean | null;
type Expr =
  | { kind: 'literal'; value: Value }
  | { kind: 'column'; name: string }
  | { kind: 'lower'; arg: Expr }
  | { kind: 'compare'; op: '=' | '<>'; left: Expr; right: Expr }
  | { kind: 'in'; not: boolean; left: Expr; list: Expr[] }
  | { kind: 'and' | 'or'; left: Expr; right: Expr }
  | { kind: 'not'; arg: Expr };

function parseOperand(p: Parser): Expr {
  const token = p.peek();
  if (token?.kind === 'string') return { kind: 'literal', value: p.string() };
  if (token?.kind === 'number') {
    p.next();
    return { kind: 'literal', value: Number(token.text) };
  }
  if (p.accept('NULL')) return { kind: 'literal', value: null };
  if (token?.kind === 'word' && token.upper === 'LOWER' && p.peek(1)?.text === '(') {
    p.accept('LOWER');
    p.expectPunct('(');
    const arg = parseOperand(p);
    p.expectPunct(')');
    return { kind: 'lower', arg };
  }
  return { kind: 'column', name: p.identifier() };
}

function parsePrimary(p: Parser): Expr {
  if (p.acceptPunct('(')) {
    const inner = parseOr(p);
    p.expectPunct(')');
    return inner;
  }
  if (p.accept('NOT')) return { kind: 'not', arg: parsePrimary(p) };
  const left = parseOperand(p);
  if (p.acceptPunct('=')) return { kind: 'compare', op: '=', left, right: parseOperand(p) };
  if (p.acceptPunct('<>')) return { kind: 'compare', op: '<>', left, right: parseOperand(p) };
  const not = p.accept('NOT');
  p.expect('IN');
  p.expectPunct('(');
  const list = [parseOperand(p)];
  while (p.acceptPunct(',')) list.push(parseOperand(p));
  p.expectPunct(')');
  return { kind: 'in', not, left, list };
}

function parseAnd(p: Parser): Expr {
  let left = parsePrimary(p);
  while (p.accept('AND')) left = { kind: 'and', left, right: parsePrimary(p) };
  return left;
}

function parseOr(p: Parser): Expr {
  let left = parseAnd(p);
  while (p.accept('OR')) left = { kind: 'or', left, right: parseAnd(p) };
  return left;
}

function resolveColumn(row: Record<string, unknown>, name: string): Value {
  const key = Object.keys(row).find((candidate) => same(candidate, name));
  if (key === undefined) fail('UNRESOLVED_COLUMN.WITH_SUGGESTION', `A column with name \`${name}\` cannot be resolved.`, '42703');
  return row[key] as Value;
}

function evaluate(expr: Expr, row: Record<string, unknown>): Value {
  switch (expr.kind) {
    case 'literal':
      return expr.value;
    case 'column':
      return resolveColumn(row, expr.name);
    case 'lower': {
      const value = evaluate(expr.arg, row);
      return value === null ? null : String(value).toLowerCase();
    }
    case 'compare': {
      const [a, b] = [evaluate(expr.left, row), evaluate(expr.right, row)];
      if (a === null || b === null) return null;
      return expr.op === '=' ? a === b : a !== b;
    }
    case 'in': {
      const value = evaluate(expr.left, row);
      if (value === null) return null;
      const found = expr.list.some((item) => evaluate(item, row) === value);
      return expr.not ? !found : found;
    }
    case 'and':
      return evaluate(expr.left, row) === true && evaluate(expr.right, row) === true;
    case 'or':
      return evaluate(expr.left, row) === true || evaluate(expr.right, row) === true;
    case 'not': {
      const value = evaluate(expr.arg, row);
      return value === null ? null : !value;
    }
  }
}

// ---------------------------------------------------------------------------------------
// The workspace

type RelationKeyword = 'TABLE' | 'VIEW' | 'MATERIALIZED VIEW' | 'STREAMING TABLE';

export class FakeWorkspace {
  catalogs: FakeCatalog[] = [];
  readonly mode: 'uc' | 'hive';
  version: { dbsql: string } | { dbr: string } | null;
  principals: Set<string>;
  admin: boolean;
  governedTags: Readonly<Record<string, readonly string[]>>;
  private readonly variables: { env: Record<string, string>; system: Record<string, string>; conf: Record<string, string> };

  constructor(options: WorkspaceOptions) {
    this.mode = options.mode;
    this.version = options.version === undefined ? { dbsql: '2025.35' } : options.version;
    this.principals = new Set(options.principals ?? []);
    this.admin = options.admin ?? true;
    this.governedTags = options.governedTags ?? {};
    this.variables = {
      env: options.variables?.env ?? { HOME: '/home/spark', USER: 'spark' },
      system: options.variables?.system ?? { 'user.name': 'spark', 'java.version': '17.0.12' },
      conf: options.variables?.conf ?? { 'spark.sql.warehouse.dir': 'dbfs:/user/hive/warehouse' },
    };
  }

  /** Builds the catalogs from recorded information_schema rows. */
  static fromInformationSchema(rows: InformationSchemaRows, options: WorkspaceOptions): FakeWorkspace {
    const workspace = new FakeWorkspace(options);
    for (const row of rows.catalogs) {
      workspace.catalogs.push({ name: text(row, 'catalog_name'), owner: text(row, 'catalog_owner'), comment: optional(row, 'comment'), tags: new Map(), schemas: [] });
    }
    for (const row of rows.schemata ?? []) {
      if (text(row, 'schema_name') === 'information_schema') continue;
      workspace.catalog(text(row, 'catalog_name')).schemas.push({
        name: text(row, 'schema_name'),
        owner: text(row, 'schema_owner'),
        comment: optional(row, 'comment'),
        tags: new Map(),
        tables: [],
      });
    }
    for (const row of rows.tables ?? []) {
      workspace.schema(text(row, 'table_catalog'), text(row, 'table_schema')).tables.push({
        name: text(row, 'table_name'),
        type: text(row, 'table_type') as TableType,
        owner: text(row, 'table_owner'),
        comment: optional(row, 'comment'),
        tags: new Map(),
        columns: [],
        ...(typeof row.data_source_format === 'string' ? { format: row.data_source_format } : {}),
      });
    }
    const columns = [...(rows.columns ?? [])].sort((a, b) => Number(a.ordinal_position) - Number(b.ordinal_position));
    for (const row of columns) {
      workspace.table(text(row, 'table_catalog'), text(row, 'table_schema'), text(row, 'table_name')).columns.push({
        name: text(row, 'column_name'),
        type: optional(row, 'full_data_type') ?? 'string',
        comment: optional(row, 'comment'),
        tags: new Map(),
        ...(row.partition_index !== undefined && row.partition_index !== null ? { partition: true } : {}),
      });
    }
    for (const row of rows.catalog_tags ?? []) workspace.catalog(text(row, 'catalog_name')).tags.set(text(row, 'tag_name'), text(row, 'tag_value'));
    for (const row of rows.schema_tags ?? []) workspace.schema(text(row, 'catalog_name'), text(row, 'schema_name')).tags.set(text(row, 'tag_name'), text(row, 'tag_value'));
    for (const row of rows.table_tags ?? []) {
      workspace.table(text(row, 'catalog_name'), text(row, 'schema_name'), text(row, 'table_name')).tags.set(text(row, 'tag_name'), text(row, 'tag_value'));
    }
    for (const row of rows.column_tags ?? []) {
      workspace
        .column(workspace.table(text(row, 'catalog_name'), text(row, 'schema_name'), text(row, 'table_name')), [text(row, 'catalog_name')], text(row, 'column_name'))
        .tags.set(text(row, 'tag_name'), text(row, 'tag_value'));
    }
    return workspace;
  }

  // -- name resolution (case-insensitive, as Databricks resolves names) ------------------

  catalog(name: string): FakeCatalog {
    const found = this.catalogs.find((c) => same(c.name, name));
    if (!found) fail('NO_SUCH_CATALOG_EXCEPTION', `Catalog '${name}' was not found.`, '42704');
    return found;
  }

  schema(catalog: string, name: string): FakeSchema {
    const found = this.catalog(catalog).schemas.find((s) => same(s.name, name));
    if (!found) fail('SCHEMA_NOT_FOUND', `The schema ${display([catalog, name])} cannot be found.`, '42704');
    return found;
  }

  table(catalog: string, schema: string, name: string): FakeTable {
    const found = this.schema(catalog, schema).tables.find((t) => same(t.name, name));
    if (!found) fail('TABLE_OR_VIEW_NOT_FOUND', `The table or view ${display([catalog, schema, name])} cannot be found.`, '42P01');
    return found;
  }

  column(table: FakeTable, path: readonly string[], name: string): FakeColumn {
    const found = table.columns.find((c) => same(c.name, name));
    if (!found) fail('UNRESOLVED_COLUMN.WITH_SUGGESTION', `A column with name \`${name}\` cannot be resolved in ${display(path)}.`, '42703');
    return found;
  }

  /**
   * Whether the server is at least a warehouse release (`[2026, 47]`; `'all'`: every one) or
   * a cluster runtime (`[16, 3]`); no `current_version()` is an old runtime.
   */
  private atLeast(warehouse: [number, number] | 'all', runtime: [number, number]): boolean {
    if (this.version === null) return false;
    if ('dbsql' in this.version && warehouse === 'all') return true;
    const [want, release] = 'dbsql' in this.version ? [warehouse as [number, number], this.version.dbsql] : [runtime, this.version.dbr];
    const [major, minor] = release.split('.').map(Number) as [number, number];
    return major > want[0] || (major === want[0] && minor >= want[1]);
  }

  /** COMMENT ON COLUMN: every warehouse, Runtime 16.1+. */
  private hasCommentOnColumn(): boolean {
    return this.atLeast('all', [16, 1]);
  }

  /**
   * COMMENT ON a materialized view or its columns: every warehouse, Runtime 16.3+ (Databricks'
   * COMMENT ON page). Before that the fake refuses it with the documented error class for
   * altering a materialized view's properties (the exact 16.2 wording is not documented).
   */
  private refuseMaterializedViewComment(table: FakeTable, what: string): void {
    if (table.type !== 'MATERIALIZED_VIEW' || this.atLeast('all', [16, 3])) return;
    fail(
      'MATERIALIZED_VIEW_OPERATION_NOT_ALLOWED.INVALID_ALTER',
      `The materialized view operation ${what} is not allowed: To alter the schema or properties of materialized views, please use the CREATE OR REFRESH MATERIALIZED VIEW command.`,
      '0A000',
    );
  }

  /** ALTER VIEW ... ALTER COLUMN ... SET/UNSET TAGS: Databricks SQL 2026.47+, Runtime 19+. */
  private hasViewColumnTags(): boolean {
    return this.atLeast([2026, 47], [19, 0]);
  }

  /** A three-part name: in Hive mode the catalog must be the metastore's. */
  private relation(parts: readonly string[]): { table: FakeTable; path: string[] } {
    if (parts.length !== 3) fail('REQUIRES_SINGLE_PART_NAMESPACE', `revmeta's fake expects catalog.schema.table, got ${display(parts)}.`, '42K05');
    const [catalog, schema, name] = parts as [string, string, string];
    return { table: this.table(catalog, schema, name), path: [catalog, schema, name] };
  }

  private schemaOf(parts: readonly string[]): FakeSchema {
    if (parts.length !== 2) fail('REQUIRES_SINGLE_PART_NAMESPACE', `revmeta's fake expects catalog.schema, got ${display(parts)}.`, '42K05');
    return this.schema(parts[0]!, parts[1]!);
  }

  private ucOnly(what: string): void {
    if (this.mode === 'hive') fail('UC_NOT_ENABLED', `${what} requires Unity Catalog, which is not enabled on this workspace.`, '56038');
  }

  private principal(name: string): string {
    if (!this.principals.has(name)) fail('PRINCIPAL_DOES_NOT_EXIST', `Could not find principal with name ${name}.`, '42704');
    return name;
  }

  // -- statements ---------------------------------------------------------------------------

  /** Runs one statement as Databricks would: substitution, parsing, then the change or the read. */
  execute(sql: string): ResultSet {
    const tokens = tokenize(substituteVariables(sql, this.variables));
    const p = new Parser(tokens);
    if (p.accept('SELECT')) return this.select(p);
    if (p.accept('COMMENT', 'ON')) return this.commentOn(p);
    if (p.accept('ALTER')) return this.alter(p);
    if (p.accept('SHOW', 'SCHEMAS') || p.accept('SHOW', 'DATABASES')) return this.showSchemas(p);
    if (p.accept('SHOW', 'TABLES')) return this.showTables(p);
    if (p.accept('DESCRIBE', 'SCHEMA', 'EXTENDED') || p.accept('DESCRIBE', 'DATABASE', 'EXTENDED')) return this.describeSchema(p);
    if (p.accept('DESCRIBE', 'TABLE', 'EXTENDED')) return this.describeTable(p);
    if (p.accept('SHOW', 'USERS')) return this.showPrincipals(p, 'users');
    if (p.accept('SHOW', 'GROUPS')) return this.showPrincipals(p, 'groups');
    throw syntaxError(p.peek() ? `'${p.peek()!.text}'` : 'end of input');
  }

  private select(p: Parser): ResultSet {
    const select: Array<{ column?: string; versionField?: string; alias: string }> = [];
    do {
      if (p.accept('CURRENT_VERSION')) {
        p.expectPunct('(');
        p.expectPunct(')');
        p.expectPunct('.');
        const field = p.identifier();
        const alias = p.accept('AS') ? p.identifier() : field;
        select.push({ versionField: field, alias });
      } else {
        const column = p.identifier();
        const alias = p.accept('AS') ? p.identifier() : column;
        select.push({ column, alias });
      }
    } while (p.acceptPunct(','));
    if (!p.accept('FROM')) {
      p.end();
      if (this.version === null) fail('UNRESOLVED_ROUTINE', 'Cannot resolve routine `current_version` on search path [`system`.`builtin`].', '42883');
      const version = this.version;
      const values: Record<string, string | null> = {
        dbr_version: 'dbr' in version ? version.dbr : null,
        dbsql_version: 'dbsql' in version ? version.dbsql : null,
      };
      return {
        columns: select.map((item) => ({ name: item.alias, type: 'STRING' })),
        rows: [
          select.map((item) => {
            if (item.versionField === undefined) fail('UNRESOLVED_COLUMN.WITHOUT_SUGGESTION', `A column with name \`${item.column}\` cannot be resolved.`, '42703');
            if (!(item.versionField in values)) fail('FIELD_NOT_FOUND', `No such struct field \`${item.versionField}\`.`, '42704');
            return values[item.versionField];
          }),
        ],
      };
    }
    const from = p.multipartName();
    const where = p.accept('WHERE') ? parseOr(p) : null;
    const order: string[] = [];
    if (p.accept('ORDER', 'BY')) {
      do order.push(p.identifier());
      while (p.acceptPunct(','));
    }
    p.end();
    if (from.length !== 3 || !same(from[1]!, 'information_schema')) {
      fail('TABLE_OR_VIEW_NOT_FOUND', `The table or view ${display(from)} cannot be found.`, '42P01');
    }
    if (this.mode === 'hive') fail('TABLE_OR_VIEW_NOT_FOUND', `The table or view ${display(from)} cannot be found (the Hive metastore has no information_schema).`, '42P01');
    const viewName = from[2]!.toLowerCase();
    const view = VIEWS[viewName];
    if (!view) fail('TABLE_OR_VIEW_NOT_FOUND', `The table or view ${display(from)} cannot be found.`, '42P01');
    let rows = view.rows(this);
    if (!same(from[0]!, 'system')) {
      const catalog = this.catalog(from[0]!).name;
      rows = rows.filter((row) => row[CATALOG_COLUMN[viewName]!] === catalog);
    }
    if (select.some((item) => item.versionField !== undefined)) fail('UNSUPPORTED_FEATURE', 'revmeta\'s fake reads current_version() only without FROM.', '0A000');
    const columns = select.map((item) => {
      const column = view.columns.find((candidate) => same(candidate.name, item.column!));
      if (!column) fail('UNRESOLVED_COLUMN.WITH_SUGGESTION', `A column with name \`${item.column}\` cannot be resolved.`, '42703');
      return { source: column.name, name: item.alias, type: column.type };
    });
    if (where) rows = rows.filter((row) => evaluate(where, row) === true);
    for (const key of [...order].reverse()) {
      rows = [...rows].sort((a, b) => {
        const [x, y] = [resolveColumn(a, key), resolveColumn(b, key)];
        return x === y ? 0 : x === null ? -1 : y === null ? 1 : x < y ? -1 : 1;
      });
    }
    return { columns: columns.map(({ name, type }) => ({ name, type })), rows: rows.map((row) => columns.map((column) => row[column.source] ?? null)) };
  }

  private commentOn(p: Parser): ResultSet {
    if (p.accept('CATALOG')) {
      this.ucOnly('COMMENT ON CATALOG');
      const catalog = this.catalog(p.identifier());
      p.expect('IS');
      catalog.comment = p.stringOrNull();
      p.end();
      return NO_ROWS;
    }
    if (p.accept('SCHEMA') || p.accept('DATABASE')) {
      const schema = this.schemaOf(p.multipartName());
      p.expect('IS');
      schema.comment = p.stringOrNull();
      p.end();
      return NO_ROWS;
    }
    if (p.accept('TABLE')) {
      const { table } = this.relation(p.multipartName());
      this.refuseMaterializedViewComment(table, 'COMMENT ON TABLE');
      p.expect('IS');
      table.comment = p.stringOrNull();
      p.end();
      return NO_ROWS;
    }
    if (p.accept('COLUMN')) {
      if (!this.hasCommentOnColumn() || this.mode === 'hive') throw syntaxError("'COLUMN'");
      const parts = p.multipartName();
      if (parts.length !== 4) fail('REQUIRES_SINGLE_PART_NAMESPACE', `revmeta's fake expects catalog.schema.table.column, got ${display(parts)}.`, '42K05');
      const { table, path } = this.relation(parts.slice(0, 3));
      if (table.type === 'FOREIGN') fail('UNSUPPORTED_FEATURE.TABLE_OPERATION', `Table ${display(path)} does not support COMMENT ON COLUMN.`, '0A000');
      this.refuseMaterializedViewComment(table, 'COMMENT ON COLUMN');
      const column = this.column(table, path, parts[3]!);
      p.expect('IS');
      column.comment = p.stringOrNull();
      p.end();
      return NO_ROWS;
    }
    throw syntaxError(p.peek() ? `'${p.peek()!.text}'` : 'end of input');
  }

  private alter(p: Parser): ResultSet {
    if (p.accept('CATALOG')) {
      this.ucOnly('ALTER CATALOG');
      const catalog = this.catalog(p.identifier());
      this.alterOwnerOrTags(p, catalog, false);
      return NO_ROWS;
    }
    if (p.accept('SCHEMA') || p.accept('DATABASE')) {
      const schema = this.schemaOf(p.multipartName());
      this.alterOwnerOrTags(p, schema, false);
      return NO_ROWS;
    }
    const keyword: RelationKeyword | null = p.accept('TABLE')
      ? 'TABLE'
      : p.accept('VIEW')
        ? 'VIEW'
        : p.accept('MATERIALIZED', 'VIEW')
          ? 'MATERIALIZED VIEW'
          : p.accept('STREAMING', 'TABLE')
            ? 'STREAMING TABLE'
            : null;
    if (keyword === null) throw syntaxError(p.peek() ? `'${p.peek()!.text}'` : 'end of input');
    const { table, path } = this.relation(p.multipartName());
    if (keyword === 'VIEW' && p.peek()?.kind === 'word' && p.peek()!.text.toUpperCase() === 'ALTER') {
      // ALTER VIEW's column clause: tags only, `ALTER COLUMN` spelled out, from 2026.47 / Runtime 19.
      if (!this.hasViewColumnTags() || p.peek(1)?.kind !== 'word' || p.peek(1)!.text.toUpperCase() !== 'COLUMN') throw syntaxError("'ALTER'");
    }
    if (p.accept('ALTER', 'COLUMN') || p.accept('CHANGE', 'COLUMN')) {
      this.expectKeyword(keyword, table, path, true);
      const column = this.column(table, path, p.identifier());
      if (keyword === 'VIEW' && !(p.peek(0)?.kind === 'word' && ['SET', 'UNSET'].includes(p.peek(0)!.text.toUpperCase()))) {
        throw syntaxError(p.peek() ? `'${p.peek()!.text}'` : 'end of input');
      }
      if (p.accept('COMMENT')) {
        if (table.type === 'VIEW') fail('EXPECT_TABLE_NOT_VIEW.NO_ALTERNATIVE', `'ALTER TABLE ... ALTER COLUMN ... COMMENT' expects a table but ${display(path)} is a view.`, '42809');
        if (table.type === 'FOREIGN') fail('UNSUPPORTED_FEATURE.TABLE_OPERATION', `Table ${display(path)} does not support ALTER COLUMN.`, '0A000');
        // A string only: COMMENT NULL is a syntax error here.
        const comments = new Map([[column, p.string()]]);
        while (p.acceptPunct(',')) this.nextColumnComment(p, table, path, comments);
        p.end();
        // All or nothing: one clause that fails leaves every column as it was.
        for (const [target, comment] of comments) target.comment = comment;
        return NO_ROWS;
      }
      if (table.type === 'FOREIGN') fail('UNSUPPORTED_FEATURE.TABLE_OPERATION', `Table ${display(path)} does not support ALTER COLUMN.`, '0A000');
      // Tags on a view's columns through ALTER TABLE failed before ALTER VIEW ... COLUMN existed
      // (quoted in databricks/dbt-databricks#1078); from then on both spellings work.
      if (table.type === 'VIEW' && keyword === 'TABLE' && !this.hasViewColumnTags()) {
        fail('EXPECT_TABLE_NOT_VIEW.NO_ALTERNATIVE', `'ALTER TABLE ... ALTER COLUMN' expects a table but ${display(path)} is a view.`, '42809');
      }
      this.tags(p, column.tags);
      return NO_ROWS;
    }
    this.expectKeyword(keyword, table, path, false);
    const setRequired = keyword === 'MATERIALIZED VIEW' || keyword === 'STREAMING TABLE';
    const isWord = (offset: number, word: string) => p.peek(offset)?.kind === 'word' && p.peek(offset)!.text.toUpperCase() === word;
    const ownerChange = isWord(0, 'OWNER') || (isWord(0, 'SET') && isWord(1, 'OWNER'));
    if (table.type === 'FOREIGN' && !ownerChange) {
      fail('UNSUPPORTED_FEATURE.TABLE_OPERATION', `On foreign table ${display(path)} only ALTER TABLE SET OWNER and RENAME TO are supported.`, '0A000');
    }
    this.alterOwnerOrTags(p, table, setRequired);
    return NO_ROWS;
  }

  /**
   * One more `, col COMMENT '...'` of ALTER TABLE ... ALTER COLUMN: several columns in one
   * statement exist on every SQL warehouse and from Databricks Runtime 16.3 (ALTER TABLE ...
   * COLUMN clause page); before that the comma is a syntax error. Apache Spark's session
   * catalog (v1 tables: any format but Delta) refuses the form (SPARK-50883) with the error
   * class and text it gives every v1 table operation it lacks.
   */
  private nextColumnComment(p: Parser, table: FakeTable, path: string[], comments: Map<FakeColumn, string>): void {
    if (!this.atLeast('all', [16, 3])) throw syntaxError("','");
    const column = this.column(table, path, p.identifier());
    p.expect('COMMENT');
    if (comments.has(column)) fail('NOT_SUPPORTED_CHANGE_SAME_COLUMN', `ALTER TABLE ALTER/CHANGE COLUMN is not supported for changing ${display(path)}'s column ${display([column.name])} including its nested fields multiple times in the same command.`, '0A000');
    if ((formatOf(table) ?? '').toUpperCase() !== 'DELTA') {
      fail(
        'UNSUPPORTED_FEATURE.TABLE_OPERATION',
        `The feature is not supported: Table ${display(path)} does not support ALTER COLUMN in bulk. Please check the current catalog and namespace to make sure the qualified table name is expected, and also check the catalog implementation which is configured by "spark.sql.catalog".`,
        '0A000',
      );
    }
    comments.set(column, p.string());
  }

  /** ALTER TABLE on a view (and the reverse) fails as it does in Databricks; a view's columns take ALTER TABLE. */
  private expectKeyword(keyword: RelationKeyword, table: FakeTable, path: string[], column: boolean): void {
    const name = display(path);
    switch (table.type) {
      case 'VIEW':
        if (keyword === 'VIEW' && (!column || this.hasViewColumnTags())) return;
        if (keyword === 'TABLE' && column) return;
        if (keyword === 'TABLE') fail('EXPECT_TABLE_NOT_VIEW.USE_ALTER_VIEW', `'ALTER TABLE' expects a table but ${name} is a view. Please use ALTER VIEW instead.`, '42809');
        break;
      case 'MATERIALIZED_VIEW':
        if (keyword === 'MATERIALIZED VIEW') return;
        break;
      case 'STREAMING_TABLE':
        if (keyword === 'STREAMING TABLE') return;
        break;
      default:
        if (keyword === 'TABLE') return;
        if (keyword === 'VIEW') fail('EXPECT_VIEW_NOT_TABLE.USE_ALTER_TABLE', `'ALTER VIEW' expects a view but ${name} is a table. Please use ALTER TABLE instead.`, '42809');
    }
    fail('WRONG_COMMAND_FOR_OBJECT_TYPE', `The operation ALTER ${keyword} requires a ${keyword.toLowerCase()}. But ${name} is a ${table.type.toLowerCase().replace('_', ' ')}.`, '42809');
  }

  private alterOwnerOrTags(p: Parser, target: { owner: string; tags: Map<string, string> }, setRequired: boolean): void {
    const set = p.accept('SET');
    if (p.accept('OWNER', 'TO')) {
      if (setRequired && !set) throw syntaxError("'OWNER'");
      target.owner = this.principal(p.identifier());
      p.end();
      return;
    }
    if (set) {
      if (!p.accept('TAGS')) throw syntaxError(p.peek() ? `'${p.peek()!.text}'` : 'end of input');
      this.setTags(p, target.tags);
      return;
    }
    this.tags(p, target.tags);
  }

  /** `SET TAGS (...)` or `UNSET TAGS (...)`, the keyword not yet read. */
  private tags(p: Parser, tags: Map<string, string>): void {
    this.ucOnly('Tags');
    if (p.accept('SET', 'TAGS')) return this.setTags(p, tags);
    p.expect('UNSET', 'TAGS');
    p.expectPunct('(');
    const keys = [p.string()];
    while (p.acceptPunct(',')) keys.push(p.string());
    p.expectPunct(')');
    p.end();
    for (const key of keys) tags.delete(key);
  }

  private setTags(p: Parser, tags: Map<string, string>): void {
    this.ucOnly('Tags');
    p.expectPunct('(');
    const pairs: [string, string][] = [];
    do {
      const key = p.string();
      p.expectPunct('=');
      pairs.push([key, p.string()]);
    } while (p.acceptPunct(','));
    p.expectPunct(')');
    p.end();
    for (const [key, value] of pairs) {
      if (key === '' || TAG_KEY_FORBIDDEN.test(key) || key.length > 255) fail('INVALID_PARAMETER_VALUE', `Invalid tag key ${JSON.stringify(key)}.`, '22023');
      if (value.length > 1000) fail('INVALID_PARAMETER_VALUE', 'Tag value too long.', '22023');
    }
    for (const [key, value] of pairs) {
      const allowed = this.governedTags[key];
      // INVALID_PARAMETER_VALUE is the class Databricks gives tag refusals; this wording is the fake's own.
      if (allowed !== undefined && !allowed.includes(value)) {
        fail('INVALID_PARAMETER_VALUE.INVALID_PARAMETER_VALUE', `Tag value ${value} is not an allowed value for governed tag key ${key}. Allowed values: ${allowed.join(', ')}.`, '22023');
      }
    }
    const after = new Map(tags);
    for (const [key, value] of pairs) after.set(key, value);
    if (after.size > 50) fail('INVALID_PARAMETER_VALUE', 'A securable can have at most 50 tags.', '22023');
    for (const [key, value] of pairs) tags.set(key, value);
  }

  // -- principals ----------------------------------------------------------------------------

  /**
   * `SHOW USERS [[LIKE] pattern]` (column `name`) and `SHOW GROUPS [[LIKE] pattern]` (`name`,
   * `directGroup`, NULL without WITH USER/GROUP), as Databricks' SQL reference documents them:
   * the pattern's `|` separates alternatives, `*` at both ends matches a substring, at the end
   * only a prefix; otherwise the whole name; always case-insensitively.
   */
  private showPrincipals(p: Parser, which: 'users' | 'groups'): ResultSet {
    const pattern = p.accept('LIKE') || p.peek()?.kind === 'string' ? p.string() : null;
    p.end();
    // The error class a warehouse gives a non-administrator here is not documented; this is a plausible one.
    if (!this.admin) fail('INSUFFICIENT_PERMISSIONS', `Only administrators may run SHOW ${which.toUpperCase()}.`, '42501');
    const applicationId = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
    const names = [...this.principals].filter((name) => !applicationId.test(name) && name.includes('@') === (which === 'users'));
    const matches = (name: string) =>
      pattern === null ||
      pattern.split('|').some((alternative) => {
        const [lower, part] = [name.toLowerCase(), alternative.toLowerCase()];
        if (part.length > 1 && part.startsWith('*') && part.endsWith('*')) return lower.includes(part.slice(1, -1));
        if (part.endsWith('*')) return lower.startsWith(part.slice(0, -1));
        return lower === part;
      });
    const rows = names.filter(matches).map((name) => (which === 'users' ? [name] : [name, null]));
    const columns: ResultSet['columns'] = which === 'users' ? [{ name: 'name', type: 'STRING' }] : [{ name: 'name', type: 'STRING' }, { name: 'directGroup', type: 'BOOLEAN' }];
    return { columns, rows };
  }

  // -- Hive metastore reads -----------------------------------------------------------------

  private hiveCatalog(name: string): FakeCatalog {
    const catalog = this.catalog(name);
    if (this.mode !== 'hive') fail('UNSUPPORTED_FEATURE', "revmeta's fake answers SHOW/DESCRIBE in Hive mode only.", '0A000');
    return catalog;
  }

  private showSchemas(p: Parser): ResultSet {
    const from = p.accept('IN') || p.accept('FROM') ? p.multipartName() : [this.catalogs[0]!.name];
    p.end();
    const catalog = this.hiveCatalog(from[0]!);
    return { columns: [{ name: 'databaseName', type: 'STRING' }], rows: catalog.schemas.map((s) => [s.name]) };
  }

  /** Session-scoped temporary views, which SHOW TABLES lists with isTemporary = true. */
  temporaryViews: string[] = [];

  private showTables(p: Parser): ResultSet {
    if (!(p.accept('IN') || p.accept('FROM'))) throw syntaxError(p.peek() ? `'${p.peek()!.text}'` : 'end of input');
    const parts = p.multipartName();
    p.end();
    this.hiveCatalog(parts[0]!);
    const schema = this.schemaOf(parts);
    return {
      columns: [
        { name: 'database', type: 'STRING' },
        { name: 'tableName', type: 'STRING' },
        { name: 'isTemporary', type: 'BOOLEAN' },
      ],
      rows: [...schema.tables.map((t) => [schema.name, t.name, false]), ...this.temporaryViews.map((name) => ['', name, true])],
    };
  }

  private describeSchema(p: Parser): ResultSet {
    const parts = p.multipartName();
    p.end();
    const catalog = this.hiveCatalog(parts[0]!);
    const schema = this.schemaOf(parts);
    return {
      columns: [
        { name: 'database_description_item', type: 'STRING' },
        { name: 'database_description_value', type: 'STRING' },
      ],
      rows: [
        ['Catalog Name', catalog.name],
        ['Namespace Name', schema.name],
        ['Comment', schema.comment ?? ''],
        ['Location', `dbfs:/user/hive/warehouse/${schema.name}.db`],
        ['Owner', schema.owner],
        ['Properties', ''],
      ],
    };
  }

  private describeTable(p: Parser): ResultSet {
    const parts = p.multipartName();
    p.end();
    const catalog = this.hiveCatalog(parts[0]!);
    const { table, path } = this.relation(parts);
    const rows: (string | null)[][] = table.columns.map((c) => [c.name, c.type, c.comment]);
    const partitions = table.columns.filter((c) => c.partition);
    if (partitions.length > 0) {
      rows.push(['# Partition Information', '', ''], ['# col_name', 'data_type', 'comment'], ...partitions.map((c) => [c.name, c.type, c.comment]));
    }
    rows.push(['', '', ''], ['# Detailed Table Information', '', '']);
    rows.push(['Catalog', catalog.name, ''], ['Database', path[1]!, ''], ['Table', table.name, ''], ['Created Time', 'Wed May 01 10:00:00 UTC 2024', ''], ['Last Access', 'UNKNOWN', ''], ['Created By', 'Spark 3.5.0', ''], ['Type', table.type, '']);
    if (table.comment !== null) rows.push(['Comment', table.comment, '']);
    if (table.type === 'VIEW') rows.push(['View Text', 'SELECT 1', ''], ['View Original Text', 'SELECT 1', '']);
    else rows.push(['Location', `dbfs:/user/hive/warehouse/${path[1]}.db/${table.name}`, ''], ['Provider', (formatOf(table) ?? 'delta').toLowerCase(), '']);
    rows.push(['Owner', table.owner, ''], ['Table Properties', '[delta.minReaderVersion=1,delta.minWriterVersion=2]', '']);
    return {
      columns: [
        { name: 'col_name', type: 'STRING' },
        { name: 'data_type', type: 'STRING' },
        { name: 'comment', type: 'STRING' },
      ],
      rows,
    };
  }
}
