/**
 * The in-memory Snowflake behind the fake server: a catalog (databases, schemas, tables,
 * views, columns, tag objects, roles) and an interpreter for the statement forms revmeta
 * emits and the tests set up with. It reads SQL as Snowflake does, which is the point:
 *
 * - unquoted identifiers fold to upper case, `"..."` is exact with `""` for a quote;
 * - single-quoted strings take `''` and process backslash escapes exactly as Snowflake
 *   does (`\n \t \r \b \f \0`, octal `\ooo`, `\xhh`, `\uhhhh`, and `\q` reads as `q`),
 *   so a literal escaped wrongly stores something else and a round trip fails;
 * - a statement names objects of the right kind (ALTER TABLE on a view fails; COMMENT ON
 *   TABLE, COMMENT ON COLUMN or ALTER TABLE on an Iceberg table fails with Snowflake's error
 *   091367; a dynamic table must be named DYNAMIC TABLE; an event table takes no column
 *   actions), tags and
 *   roles must exist, tag values are at most 256 characters and within ALLOWED_VALUES,
 *   GRANT OWNERSHIP names COPY or REVOKE CURRENT GRANTS;
 * - SELECT runs over the INFORMATION_SCHEMA views, the TAG_REFERENCES table functions
 *   (which, as Snowflake's, also return inherited tags with their LEVEL) and
 *   ACCOUNT_USAGE.TAG_REFERENCES, with WHERE (=, <>, IN, IS [NOT] NULL, AND, OR, NOT) and
 *   UNION ALL; SHOW DATABASES and SHOW TAGS answer with Snowflake's lower-case columns.
 *
 * Anything else is a syntax error, never silently accepted.
 */

// ---------------------------------------------------------------------------------------
// Errors

export class SnowflakeFakeError extends Error {
  constructor(
    readonly code: string,
    readonly sqlState: string,
    message: string,
  ) {
    super(message);
  }
}

const compilationError = (message: string) => new SnowflakeFakeError('002003', '02000', `SQL compilation error:\n${message}`);
const syntaxError = (message: string) => new SnowflakeFakeError('001003', '42000', `SQL compilation error:\nsyntax error ${message}`);
const executionError = (message: string) => new SnowflakeFakeError('100000', '22000', `SQL execution error: ${message}`);
/** The error Snowflake gives any COMMENT ON / ALTER TABLE naming an Iceberg table (quoted in dbt-labs/dbt-snowflake#1298). */
const icebergError = (table: string) =>
  new SnowflakeFakeError(
    '091367',
    '42601',
    `SQL Compilation error: The table ${table} is an Iceberg table. Iceberg tables should use ALTER ICEBERG TABLE commands. Please ensure the appropriate command format is used.`,
  );

/** What a statement of this fake may begin with; any other first word is a syntax error of the whole request. */
const STATEMENT_KEYWORDS = new Set(['SELECT', 'SHOW', 'COMMENT', 'ALTER', 'CREATE', 'GRANT', 'DROP']);

/** 1-based line of offset `at` in `sql`. */
function lineOf(sql: string, at: number): number {
  let line = 1;
  for (let i = sql.indexOf('\n'); i >= 0 && i < at; i = sql.indexOf('\n', i + 1)) line++;
  return line;
}

/** 0-based position of offset `at` in its line. */
function positionOf(sql: string, at: number): number {
  return at - (sql.lastIndexOf('\n', at - 1) + 1);
}

/**
 * The error of a multi-statement request whose statement `tokens` failed, as Snowflake words it
 * (the SQL API's "Handling errors" example: code 100132, SQL state P0000): the statement's first
 * 30 characters (with "..." when longer), its line and position in the request's text, its own
 * error, and the stack of the SYSTEM$MULTISTMT procedure that runs the statements.
 */
function multiStatementError(sql: string, tokens: readonly Token[], cause: SnowflakeFakeError): SnowflakeFakeError {
  const first = tokens[0]!;
  const last = tokens.at(-1)!;
  const text = sql.slice(first.at, last.at + last.raw.length);
  const shown = text.length > 30 ? `${text.slice(0, 30)}...` : text;
  return new SnowflakeFakeError(
    '100132',
    'P0000',
    `JavaScript execution error: Uncaught Execution of multiple statements failed on statement "${shown}" (at line ${lineOf(sql, first.at)}, position ${positionOf(sql, first.at)}).\n` +
      `${cause.message} in SYSTEM$MULTISTMT at '    throw \`Execution of multiple statements failed on statement {0} (at line {1}, position {2}).\`.replace('{1}', LINES[i])' position 4\n` +
      'stackstrace: \nSYSTEM$MULTISTMT line: 10',
  );
}

// ---------------------------------------------------------------------------------------
// Tokens

export type TokenKind = 'word' | 'quoted' | 'string' | 'number' | 'symbol';

export interface Token {
  kind: TokenKind;
  /** word: upper-cased; quoted: exact; string: decoded; symbol/number: as written. */
  value: string;
  /** As written, for error messages. */
  raw: string;
  at: number;
}

const SIMPLE_ESCAPES: Readonly<Record<string, string>> = {
  "'": "'",
  '"': '"',
  '\\': '\\',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
};

/** Reads a single-quoted literal starting at `start` as Snowflake does; returns the value and its end. */
export function readStringLiteral(sql: string, start: number): { value: string; end: number } {
  let value = '';
  let i = start + 1;
  for (;;) {
    if (i >= sql.length) throw syntaxError(`line 1 at position ${start} unexpected end of string literal`);
    const char = sql[i]!;
    if (char === "'") {
      if (sql[i + 1] === "'") {
        value += "'";
        i += 2;
        continue;
      }
      return { value, end: i + 1 };
    }
    if (char !== '\\') {
      value += char;
      i += 1;
      continue;
    }
    const next = sql[i + 1];
    if (next === undefined) throw syntaxError(`line 1 at position ${i} unexpected end of string literal`);
    if (/[0-7]/.test(next)) {
      const octal = /^[0-7]{1,3}/.exec(sql.slice(i + 1))![0];
      value += String.fromCharCode(Number.parseInt(octal, 8));
      i += 1 + octal.length;
    } else if (next === 'x') {
      const hex = sql.slice(i + 2, i + 4);
      if (!/^[0-9A-Fa-f]{2}$/.test(hex)) throw syntaxError(`invalid escape \\x${hex}`);
      value += String.fromCharCode(Number.parseInt(hex, 16));
      i += 4;
    } else if (next === 'u') {
      const hex = sql.slice(i + 2, i + 6);
      if (!/^[0-9A-Fa-f]{4}$/.test(hex)) throw syntaxError(`invalid escape \\u${hex}`);
      value += String.fromCharCode(Number.parseInt(hex, 16));
      i += 6;
    } else {
      // A known escape, or any other character standing for itself (`\q` is `q`).
      value += SIMPLE_ESCAPES[next] ?? next;
      i += 2;
    }
  }
}

export function tokenize(sql: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < sql.length) {
    const char = sql[i]!;
    if (/\s/.test(char)) {
      i += 1;
    } else if (sql.startsWith('--', i) || sql.startsWith('//', i)) {
      const end = sql.indexOf('\n', i);
      i = end < 0 ? sql.length : end + 1;
    } else if (sql.startsWith('/*', i)) {
      const end = sql.indexOf('*/', i + 2);
      if (end < 0) throw syntaxError('unterminated comment');
      i = end + 2;
    } else if (char === "'") {
      const { value, end } = readStringLiteral(sql, i);
      tokens.push({ kind: 'string', value, raw: sql.slice(i, end), at: i });
      i = end;
    } else if (sql.startsWith('$$', i)) {
      const end = sql.indexOf('$$', i + 2);
      if (end < 0) throw syntaxError('unterminated $$ string');
      tokens.push({ kind: 'string', value: sql.slice(i + 2, end), raw: sql.slice(i, end + 2), at: i });
      i = end + 2;
    } else if (char === '"') {
      let value = '';
      let j = i + 1;
      for (;;) {
        if (j >= sql.length) throw syntaxError(`line 1 at position ${i} unexpected end of quoted identifier`);
        if (sql[j] === '"' && sql[j + 1] === '"') {
          value += '"';
          j += 2;
        } else if (sql[j] === '"') {
          j += 1;
          break;
        } else {
          value += sql[j];
          j += 1;
        }
      }
      if (value === '') throw syntaxError(`line 1 at position ${i} empty quoted identifier`);
      tokens.push({ kind: 'quoted', value, raw: sql.slice(i, j), at: i });
      i = j;
    } else if (/[0-9]/.test(char)) {
      const match = /^[0-9]+(\.[0-9]+)?/.exec(sql.slice(i))![0];
      tokens.push({ kind: 'number', value: match, raw: match, at: i });
      i += match.length;
    } else if (/[A-Za-z_]/.test(char)) {
      const match = /^[A-Za-z_][A-Za-z0-9_$]*/.exec(sql.slice(i))![0];
      tokens.push({ kind: 'word', value: match.toUpperCase(), raw: match, at: i });
      i += match.length;
    } else {
      const two = sql.slice(i, i + 2);
      const symbol = ['<>', '!=', '<=', '>=', '||', '::'].includes(two) ? two : char;
      tokens.push({ kind: 'symbol', value: symbol, raw: symbol, at: i });
      i += symbol.length;
    }
  }
  return tokens;
}

/** Splits tokens into statements at top-level `;` (empty statements dropped). */
export function splitStatements(tokens: readonly Token[]): Token[][] {
  const statements: Token[][] = [[]];
  for (const token of tokens) {
    if (token.kind === 'symbol' && token.value === ';') statements.push([]);
    else statements.at(-1)!.push(token);
  }
  return statements.filter((statement) => statement.length > 0);
}

class Parser {
  private at = 0;

  constructor(private readonly tokens: readonly Token[]) {}

  peek(offset = 0): Token | undefined {
    return this.tokens[this.at + offset];
  }

  done(): boolean {
    return this.at >= this.tokens.length;
  }

  next(): Token {
    const token = this.tokens[this.at];
    if (token === undefined) throw syntaxError('unexpected end of statement');
    this.at += 1;
    return token;
  }

  isWord(word: string, offset = 0): boolean {
    const token = this.peek(offset);
    return token?.kind === 'word' && token.value === word;
  }

  isSymbol(symbol: string, offset = 0): boolean {
    const token = this.peek(offset);
    return token?.kind === 'symbol' && token.value === symbol;
  }

  acceptWord(...words: string[]): boolean {
    if (!words.every((word, index) => this.isWord(word, index))) return false;
    this.at += words.length;
    return true;
  }

  expectWord(...words: string[]): void {
    if (!this.acceptWord(...words)) throw syntaxError(`unexpected '${this.peek()?.raw ?? '<EOF>'}', expected ${words.join(' ')}`);
  }

  acceptSymbol(symbol: string): boolean {
    if (!this.isSymbol(symbol)) return false;
    this.at += 1;
    return true;
  }

  expectSymbol(symbol: string): void {
    if (!this.acceptSymbol(symbol)) throw syntaxError(`unexpected '${this.peek()?.raw ?? '<EOF>'}', expected '${symbol}'`);
  }

  identifier(): string {
    const token = this.next();
    if (token.kind === 'word' || token.kind === 'quoted') return token.value;
    throw syntaxError(`unexpected '${token.raw}', expected an identifier`);
  }

  qualifiedName(): string[] {
    const parts = [this.identifier()];
    while (this.acceptSymbol('.')) parts.push(this.identifier());
    return parts;
  }

  string(): string {
    const token = this.next();
    if (token.kind !== 'string') throw syntaxError(`unexpected '${token.raw}', expected a string literal`);
    return token.value;
  }

  end(): void {
    if (!this.done()) throw syntaxError(`unexpected '${this.peek()!.raw}'`);
  }

  /** Skips to the end of the statement (a view's query, a column's type). */
  rest(): void {
    this.at = this.tokens.length;
  }

  /** Skips tokens until a top-level `,` or `)` (a column definition's type and options). */
  skipToListEnd(): void {
    let depth = 0;
    while (!this.done()) {
      if (depth === 0 && (this.isSymbol(',') || this.isSymbol(')'))) return;
      if (this.isSymbol('(')) depth++;
      if (this.isSymbol(')')) depth--;
      this.at += 1;
    }
  }
}

// ---------------------------------------------------------------------------------------
// The catalog

export type TableType = 'BASE TABLE' | 'VIEW' | 'MATERIALIZED VIEW' | 'EXTERNAL TABLE' | 'EVENT TABLE';

/**
 * Base tables that INFORMATION_SCHEMA.TABLES reports as BASE TABLE with a flag column set
 * (IS_ICEBERG, IS_DYNAMIC, IS_HYBRID), and which statements must name by their own keyword.
 */
export type TableFlavour = 'ICEBERG' | 'DYNAMIC' | 'HYBRID';

/** Tag assignments of an object: the tag object's path (JSON) → value. */
export type TagValues = Map<string, string>;

export interface FakeColumn {
  name: string;
  comment: string | null;
  tags: TagValues;
}

export interface FakeTable {
  name: string;
  type: TableType;
  flavour?: TableFlavour;
  /** TABLE_TYPE as INFORMATION_SCHEMA reports it, when a test stands in a kind revmeta does not know. */
  reportedType?: string;
  owner: string;
  comment: string | null;
  tags: TagValues;
  columns: FakeColumn[];
}

export interface FakeTag {
  name: string;
  owner: string;
  comment: string | null;
  allowedValues: string[] | null;
}

export interface FakeSchema {
  name: string;
  owner: string;
  comment: string | null;
  tags: TagValues;
  tables: Map<string, FakeTable>;
  tagObjects: Map<string, FakeTag>;
}

export interface FakeDatabase {
  name: string;
  owner: string;
  comment: string | null;
  tags: TagValues;
  schemas: Map<string, FakeSchema>;
}

/** One GRANT OWNERSHIP as run, for tests of COPY / REVOKE. */
export interface OwnershipGrant {
  object: string;
  role: string;
  currentGrants: 'COPY' | 'REVOKE';
}

export const tagPath = (database: string, schema: string, name: string) => JSON.stringify([database, schema, name]);

export class FakeCatalog {
  readonly databases = new Map<string, FakeDatabase>();
  readonly roles = new Set<string>(['ACCOUNTADMIN', 'SYSADMIN', 'PUBLIC']);
  readonly grants: OwnershipGrant[] = [];
  version = '9.30.1';
  /** ACCOUNT_USAGE.TAG_REFERENCES as last refreshed (null: live); Snowflake's lags up to 2 hours. */
  private accountUsageSnapshot: AccountUsageRow[] | null = null;
  /** References of dropped objects ACCOUNT_USAGE still lists (OBJECT_DELETED set). */
  readonly deletedReferences: AccountUsageRow[] = [];

  /** Freezes ACCOUNT_USAGE at the current state (as its latency would), until `refreshAccountUsage`. */
  freezeAccountUsage(): void {
    this.accountUsageSnapshot = this.liveAccountUsage();
  }

  refreshAccountUsage(): void {
    this.accountUsageSnapshot = null;
  }

  database(name: string): FakeDatabase {
    const found = this.databases.get(name);
    if (!found) throw compilationError(`Database '${name}' does not exist or not authorized.`);
    return found;
  }

  schema(database: string, name: string): FakeSchema {
    const found = this.database(database).schemas.get(name);
    if (!found) throw compilationError(`Schema '${database}.${name}' does not exist or not authorized.`);
    return found;
  }

  table(database: string, schema: string, name: string, type?: TableType | 'ANY TABLE', flavour?: TableFlavour): FakeTable {
    const found = this.schema(database, schema).tables.get(name);
    if (!found) throw compilationError(`${type === 'VIEW' ? 'View' : 'Table'} '${database}.${schema}.${name}' does not exist or not authorized.`);
    if (type === undefined || type === 'ANY TABLE') return found;
    // Snowflake's words for an Iceberg table named as a plain TABLE (dbt-labs/dbt-adapters#1015).
    if (found.flavour === 'ICEBERG' && flavour !== 'ICEBERG') throw icebergError(found.name);
    const named = flavour === undefined || flavour === 'HYBRID' ? type : `${flavour} TABLE`;
    const actual = found.flavour === undefined || found.flavour === 'HYBRID' ? found.type : `${found.flavour} TABLE`;
    // Event tables are altered with ALTER TABLE (and named EVENT TABLE by COMMENT ON and GRANT).
    const eventAsTable = found.type === 'EVENT TABLE' && type === 'BASE TABLE' && flavour === undefined;
    if (named !== actual && !eventAsTable) {
      throw compilationError(`Object found is of type '${actual.replace('BASE ', '')}', not specified type '${named.replace('BASE ', '')}'.`);
    }
    return found;
  }

  column(table: FakeTable, name: string, where: string): FakeColumn {
    const found = table.columns.find((column) => column.name === name);
    if (!found) throw compilationError(`invalid identifier '${name}' in ${where}`);
    return found;
  }

  tag(database: string, schema: string, name: string): FakeTag {
    const found = this.databases.get(database)?.schemas.get(schema)?.tagObjects.get(name);
    if (!found) throw compilationError(`Tag '${database}.${schema}.${name}' does not exist or not authorized.`);
    return found;
  }

  // ---- tag references, as the table functions and ACCOUNT_USAGE see them

  liveAccountUsage(): AccountUsageRow[] {
    const rows: AccountUsageRow[] = [];
    const add = (tags: TagValues, object: Omit<AccountUsageRow, 'TAG_DATABASE' | 'TAG_SCHEMA' | 'TAG_NAME' | 'TAG_VALUE' | 'OBJECT_DELETED'>) => {
      for (const [path, value] of tags) {
        const [tagDatabase, tagSchema, tagName] = JSON.parse(path) as [string, string, string];
        rows.push({ TAG_DATABASE: tagDatabase, TAG_SCHEMA: tagSchema, TAG_NAME: tagName, TAG_VALUE: value, OBJECT_DELETED: null, ...object });
      }
    };
    for (const database of this.databases.values()) {
      add(database.tags, { OBJECT_DATABASE: null, OBJECT_SCHEMA: null, OBJECT_NAME: database.name, COLUMN_NAME: null, DOMAIN: 'DATABASE' });
      for (const schema of database.schemas.values()) {
        add(schema.tags, { OBJECT_DATABASE: database.name, OBJECT_SCHEMA: null, OBJECT_NAME: schema.name, COLUMN_NAME: null, DOMAIN: 'SCHEMA' });
        for (const table of schema.tables.values()) {
          add(table.tags, { OBJECT_DATABASE: database.name, OBJECT_SCHEMA: schema.name, OBJECT_NAME: table.name, COLUMN_NAME: null, DOMAIN: 'TABLE' });
          for (const column of table.columns) {
            add(column.tags, { OBJECT_DATABASE: database.name, OBJECT_SCHEMA: schema.name, OBJECT_NAME: table.name, COLUMN_NAME: column.name, DOMAIN: 'COLUMN' });
          }
        }
      }
    }
    return rows;
  }

  accountUsageRows(): AccountUsageRow[] {
    return [...(this.accountUsageSnapshot ?? this.liveAccountUsage()), ...this.deletedReferences];
  }
}

export interface AccountUsageRow {
  TAG_DATABASE: string;
  TAG_SCHEMA: string;
  TAG_NAME: string;
  TAG_VALUE: string;
  OBJECT_DATABASE: string | null;
  OBJECT_SCHEMA: string | null;
  OBJECT_NAME: string;
  COLUMN_NAME: string | null;
  DOMAIN: string;
  OBJECT_DELETED: string | null;
}

// ---------------------------------------------------------------------------------------
// Results

export type Value = string | number | null;
export type Row = Record<string, Value>;

export interface Result {
  columns: string[];
  rows: Value[][];
  /** A multi-statement request's: each statement's own result, in order. */
  children?: Result[];
}

const STATUS: Result = { columns: ['status'], rows: [['Statement executed successfully.']] };

/** The role a session runs as: owner of what it creates. */
export interface Session {
  role: string;
}

// ---------------------------------------------------------------------------------------
// Statements

type ObjectType =
  | 'DATABASE'
  | 'SCHEMA'
  | 'TABLE'
  | 'VIEW'
  | 'MATERIALIZED VIEW'
  | 'EXTERNAL TABLE'
  | 'EVENT TABLE'
  | 'ICEBERG TABLE'
  | 'DYNAMIC TABLE'
  | 'HYBRID TABLE'
  | 'TAG'
  | 'ROLE'
  | 'COLUMN';

function objectType(parser: Parser): ObjectType {
  if (parser.acceptWord('MATERIALIZED', 'VIEW')) return 'MATERIALIZED VIEW';
  for (const kind of ['EXTERNAL', 'EVENT', 'ICEBERG', 'DYNAMIC', 'HYBRID'] as const) {
    if (parser.acceptWord(kind, 'TABLE')) return `${kind} TABLE`;
  }
  for (const type of ['DATABASE', 'SCHEMA', 'TABLE', 'VIEW', 'TAG', 'ROLE', 'COLUMN'] as const) {
    if (parser.acceptWord(type)) return type;
  }
  throw syntaxError(`unexpected '${parser.peek()?.raw ?? '<EOF>'}', expected an object type`);
}

function tableTypeOf(type: ObjectType): { type: TableType; flavour?: TableFlavour } {
  switch (type) {
    case 'TABLE':
      return { type: 'BASE TABLE' };
    case 'ICEBERG TABLE':
      return { type: 'BASE TABLE', flavour: 'ICEBERG' };
    case 'DYNAMIC TABLE':
      return { type: 'BASE TABLE', flavour: 'DYNAMIC' };
    case 'HYBRID TABLE':
      return { type: 'BASE TABLE', flavour: 'HYBRID' };
    case 'VIEW':
    case 'MATERIALIZED VIEW':
    case 'EXTERNAL TABLE':
    case 'EVENT TABLE':
      return { type };
    default:
      throw syntaxError(`${type} is not a table kind`);
  }
}

/** Names must be fully qualified: this fake has no current database or schema (revmeta never relies on one). */
function qualified(parts: string[], count: number, what: string): string[] {
  if (parts.length !== count) {
    throw compilationError(`Cannot perform operation on ${what} '${parts.join('.')}'. This session does not have a current database. Call 'USE DATABASE', or use a qualified name.`);
  }
  return parts;
}

/** Something that holds a comment and tags, and maybe an owner. */
interface Target {
  tags: TagValues;
  label: string;
  setComment(value: string | null): void;
  setOwner?: (role: string) => void;
}

export class FakeEngine {
  /** Every statement run, as sent (for round-trip counts and injection checks). */
  readonly statements: string[] = [];

  constructor(readonly catalog: FakeCatalog) {}

  /**
   * Runs one request's SQL. `maxStatements` is MULTI_STATEMENT_COUNT (1 unless the client says
   * otherwise; 0: any number). A request of one statement answers that statement's result; a
   * request of several (a count other than 1) runs as Snowflake's multi-statement requests do
   * (docs.snowflake.com/en/developer-guide/sql-api/submitting-multiple-statements, "Handling
   * errors"; snowflake-jdbc MultiStatementIT; snowflake-connector-python test_multi_statement.py):
   *
   * - the text is read for its syntax first, then its statements are counted: a text that does
   *   not parse, or whose count is not the one asked for (000008, 0A000, "Actual statement count
   *   X did not match the desired statement count Y."), is refused whole and nothing runs;
   * - the statements then run in order, each committing on its own (DDL): when statement k fails,
   *   the ones before it stay done and the ones after it never run, and the request fails with
   *   100132 (P0000), the error of SYSTEM$MULTISTMT naming the failed statement (its first 30
   *   characters) and where it starts in the text, then the statement's own error;
   * - on success it answers one row, "Multiple statements executed successfully.", and each
   *   statement's own result as a child (the server hands out their query ids, `resultIds`).
   *
   * Syntax, here, is what this fake can tell before running a statement: its leading keyword.
   * A deeper syntax error of a later statement is found when it runs (as a compilation error
   * is on Snowflake), after the statements before it ran.
   */
  run(sql: string, session: Session, maxStatements = 1): Result {
    this.statements.push(sql);
    const statements = splitStatements(tokenize(sql));
    if (statements.length === 0) throw new SnowflakeFakeError('000900', '42601', 'Empty SQL statement.');
    for (const tokens of statements) {
      if (!STATEMENT_KEYWORDS.has(tokens[0]!.value) || tokens[0]!.kind !== 'word') throw syntaxError(`line ${lineOf(sql, tokens[0]!.at)} at position ${positionOf(sql, tokens[0]!.at)} unexpected '${tokens[0]!.raw}'.`);
    }
    if (maxStatements !== 0 && statements.length !== maxStatements) {
      throw new SnowflakeFakeError('000008', '0A000', `Actual statement count ${statements.length} did not match the desired statement count ${maxStatements}.`);
    }
    if (maxStatements === 1 || (maxStatements === 0 && statements.length === 1)) return this.statement(new Parser(statements[0]!), session);
    const children: Result[] = [];
    for (const tokens of statements) {
      try {
        children.push(this.statement(new Parser(tokens), session));
      } catch (error) {
        if (!(error instanceof SnowflakeFakeError)) throw error;
        throw multiStatementError(sql, tokens, error);
      }
    }
    return { columns: ['multiple statement execution'], rows: [['Multiple statements executed successfully.']], children };
  }

  private statement(parser: Parser, session: Session): Result {
    if (parser.isWord('SELECT')) return this.query(parser);
    if (parser.acceptWord('SHOW')) return this.show(parser);
    if (parser.acceptWord('COMMENT')) return this.comment(parser);
    if (parser.acceptWord('ALTER')) return this.alter(parser);
    if (parser.acceptWord('CREATE')) return this.create(parser, session);
    if (parser.acceptWord('GRANT')) return this.grant(parser);
    if (parser.acceptWord('DROP')) return this.drop(parser);
    throw syntaxError(`unexpected '${parser.peek()?.raw ?? '<EOF>'}'`);
  }

  // ---- targets

  private targetOf(type: ObjectType, parts: string[]): Target {
    const { catalog } = this;
    switch (type) {
      case 'DATABASE': {
        const [database] = qualified(parts, 1, 'database');
        return holder(catalog.database(database!), database!);
      }
      case 'SCHEMA': {
        const [database, schema] = qualified(parts, 2, 'schema');
        return holder(catalog.schema(database!, schema!), `${database}.${schema}`);
      }
      case 'TABLE':
      case 'VIEW':
      case 'MATERIALIZED VIEW':
      case 'EXTERNAL TABLE':
      case 'EVENT TABLE':
      case 'ICEBERG TABLE':
      case 'DYNAMIC TABLE':
      case 'HYBRID TABLE': {
        const [database, schema, table] = qualified(parts, 3, type.toLowerCase());
        const { type: tableType, flavour } = tableTypeOf(type);
        return holder(catalog.table(database!, schema!, table!, tableType, flavour), parts.join('.'));
      }
      case 'COLUMN': {
        const [database, schema, table, column] = qualified(parts, 4, 'column');
        const found = catalog.table(database!, schema!, table!, 'ANY TABLE');
        // COMMENT ON COLUMN is a COMMENT ON TABLE command to Snowflake: an Iceberg table refuses it too.
        if (found.flavour === 'ICEBERG') throw icebergError(found.name);
        return holder(catalog.column(found, column!, parts.slice(0, 3).join('.')), parts.join('.'));
      }
      default:
        throw syntaxError(`cannot address a ${type} here`);
    }
  }

  // ---- COMMENT ON

  private comment(parser: Parser): Result {
    parser.acceptWord('IF', 'EXISTS');
    parser.expectWord('ON');
    const type = objectType(parser);
    const parts = parser.qualifiedName();
    // Iceberg tables take their comment from ALTER ICEBERG TABLE ... SET COMMENT only.
    if (type === 'ICEBERG TABLE') throw icebergError(parts.at(-1)!);
    const target = this.targetOf(type, parts);
    parser.expectWord('IS');
    const value = parser.string();
    parser.end();
    target.setComment(value);
    return STATUS;
  }

  // ---- ALTER

  private alter(parser: Parser): Result {
    const type = objectType(parser);
    parser.acceptWord('IF', 'EXISTS');
    const parts = parser.qualifiedName();
    const target = this.targetOf(type, parts);
    if (parser.isWord('ALTER') || parser.isWord('MODIFY')) {
      if (type === 'DATABASE' || type === 'SCHEMA') throw syntaxError(`unexpected '${parser.peek()!.raw}'`);
      parser.next();
      const table = this.catalog.table(parts[0]!, parts[1]!, parts[2]!, 'ANY TABLE');
      // ALTER TABLE (event tables) documents no column actions; the fake's own words.
      if (table.type === 'EVENT TABLE') throw compilationError(`Columns of event table '${parts.join('.')}' cannot be altered.`);
      this.alterColumns(parser, table, parts.join('.'));
      return STATUS;
    }
    if (parser.acceptWord('SET', 'TAG')) {
      this.setTags(parser, target);
    } else if (parser.acceptWord('UNSET', 'TAG')) {
      this.unsetTags(parser, target);
    } else if (parser.acceptWord('SET', 'COMMENT')) {
      parser.expectSymbol('=');
      target.setComment(parser.string());
    } else if (parser.acceptWord('UNSET', 'COMMENT')) {
      target.setComment(null);
    } else {
      throw syntaxError(`unexpected '${parser.peek()?.raw ?? '<EOF>'}' in ALTER ${type}`);
    }
    parser.end();
    return STATUS;
  }

  /**
   * `{ALTER|MODIFY} [COLUMN] c COMMENT '…' [, [COLUMN] c COMMENT '…' | UNSET COMMENT]…`, or one
   * column's `SET TAG t = '…' [, t = '…']…` / `UNSET TAG t [, t]…`. All clauses are checked
   * before any is applied: a statement fails whole, as Snowflake's does.
   */
  private alterColumns(parser: Parser, table: FakeTable, where: string): void {
    const edits: Array<() => void> = [];
    for (;;) {
      parser.acceptWord('COLUMN');
      const column = this.catalog.column(table, parser.identifier(), where);
      const target = holder(column, `${where}.${column.name}`);
      if (parser.acceptWord('COMMENT')) {
        const value = parser.string();
        edits.push(() => target.setComment(value));
      } else if (parser.acceptWord('UNSET', 'COMMENT')) {
        edits.push(() => target.setComment(null));
      } else if (parser.acceptWord('SET', 'TAG')) {
        this.setTags(parser, target);
        break;
      } else if (parser.acceptWord('UNSET', 'TAG')) {
        this.unsetTags(parser, target);
        break;
      } else {
        throw syntaxError(`unexpected '${parser.peek()?.raw ?? '<EOF>'}' after column ${column.name}`);
      }
      if (!parser.acceptSymbol(',')) break;
    }
    parser.end();
    for (const edit of edits) edit();
  }

  private tagName(parser: Parser): { path: string; tag: FakeTag; label: string } {
    const [database, schema, name] = qualified(parser.qualifiedName(), 3, 'tag');
    const tag = this.catalog.tag(database!, schema!, name!);
    return { path: tagPath(database!, schema!, name!), tag, label: `${database}.${schema}.${name}` };
  }

  private setTags(parser: Parser, target: Target): void {
    const assignments: Array<[string, string]> = [];
    do {
      const { path, tag, label } = this.tagName(parser);
      parser.expectSymbol('=');
      const value = parser.string();
      if ([...value].length > 256) throw executionError(`Tag value exceeds the maximum length of 256 characters for tag ${label}.`);
      if (tag.allowedValues !== null && !tag.allowedValues.includes(value)) {
        throw executionError(`Tag ${label} does not allow value '${value}'. Allowed values: ${tag.allowedValues.join(', ')}.`);
      }
      assignments.push([path, value]);
    } while (parser.acceptSymbol(','));
    parser.end();
    for (const [path, value] of assignments) target.tags.set(path, value);
  }

  private unsetTags(parser: Parser, target: Target): void {
    const paths: string[] = [];
    do paths.push(this.tagName(parser).path);
    while (parser.acceptSymbol(','));
    parser.end();
    for (const path of paths) target.tags.delete(path);
  }

  // ---- CREATE

  private create(parser: Parser, session: Session): Result {
    const replace = parser.acceptWord('OR', 'REPLACE');
    const type = objectType(parser);
    const ifNotExists = parser.acceptWord('IF', 'NOT', 'EXISTS');
    const parts = parser.qualifiedName();
    const { catalog } = this;
    const exists = (found: boolean, what: string) => {
      if (found && !replace && !ifNotExists) throw compilationError(`Object '${what}' already exists.`);
      return found && ifNotExists;
    };
    switch (type) {
      case 'ROLE': {
        const [role] = qualified(parts, 1, 'role');
        if (!exists(catalog.roles.has(role!), role!)) catalog.roles.add(role!);
        parser.end();
        return STATUS;
      }
      case 'DATABASE': {
        const [name] = qualified(parts, 1, 'database');
        const comment = optionalComment(parser);
        parser.end();
        if (exists(catalog.databases.has(name!), name!)) return STATUS;
        catalog.databases.set(name!, { name: name!, owner: session.role, comment, tags: new Map(), schemas: new Map() });
        return STATUS;
      }
      case 'SCHEMA': {
        const [database, name] = qualified(parts, 2, 'schema');
        const comment = optionalComment(parser);
        parser.end();
        const schemas = catalog.database(database!).schemas;
        if (exists(schemas.has(name!), `${database}.${name}`)) return STATUS;
        schemas.set(name!, { name: name!, owner: session.role, comment, tags: new Map(), tables: new Map(), tagObjects: new Map() });
        return STATUS;
      }
      case 'TAG': {
        const [database, schema, name] = qualified(parts, 3, 'tag');
        const tags = catalog.schema(database!, schema!).tagObjects;
        let allowedValues: string[] | null = null;
        if (parser.acceptWord('ALLOWED_VALUES')) {
          allowedValues = [parser.string()];
          while (parser.acceptSymbol(',')) allowedValues.push(parser.string());
        }
        const comment = optionalComment(parser);
        parser.end();
        if (exists(tags.has(name!), parts.join('.'))) return STATUS;
        tags.set(name!, { name: name!, owner: session.role, comment, allowedValues });
        return STATUS;
      }
      case 'TABLE':
      case 'VIEW':
      case 'MATERIALIZED VIEW':
      case 'EXTERNAL TABLE':
      case 'EVENT TABLE':
      case 'ICEBERG TABLE':
      case 'DYNAMIC TABLE':
      case 'HYBRID TABLE': {
        const [database, schema, name] = qualified(parts, 3, type.toLowerCase());
        const columns: FakeColumn[] = [];
        if (type === 'EVENT TABLE') {
          // An event table's columns are predefined (a few of them here).
          for (const column of ['TIMESTAMP', 'RECORD_TYPE', 'VALUE']) columns.push({ name: column, comment: null, tags: new Map() });
        } else if (type === 'EXTERNAL TABLE' && !parser.acceptSymbol('(')) {
          // An external table created without a column list has only its VARIANT column VALUE.
          columns.push({ name: 'VALUE', comment: null, tags: new Map() });
        } else {
          if (type !== 'EXTERNAL TABLE') parser.expectSymbol('(');
          do {
            columns.push({ name: parser.identifier(), comment: null, tags: new Map() });
            if (type === 'VIEW' || type === 'MATERIALIZED VIEW') {
              if (parser.acceptWord('COMMENT')) columns.at(-1)!.comment = parser.string();
            } else parser.skipToListEnd();
          } while (parser.acceptSymbol(','));
          parser.expectSymbol(')');
        }
        const comment = optionalComment(parser);
        if (type === 'TABLE' || type === 'EVENT TABLE') parser.end();
        else parser.rest();
        const tables = catalog.schema(database!, schema!).tables;
        if (exists(tables.has(name!), parts.join('.'))) return STATUS;
        tables.set(name!, { name: name!, ...tableTypeOf(type), owner: session.role, comment, tags: new Map(), columns });
        return STATUS;
      }
      default:
        throw syntaxError(`CREATE ${type} is not supported by the fake`);
    }
  }

  // ---- DROP (what the live tests clean up with)

  private drop(parser: Parser): Result {
    parser.expectWord('SCHEMA');
    const ifExists = parser.acceptWord('IF', 'EXISTS');
    const [database, schema] = qualified(parser.qualifiedName(), 2, 'schema');
    parser.acceptWord('CASCADE');
    parser.end();
    const schemas = this.catalog.database(database!).schemas;
    if (!schemas.has(schema!) && !ifExists) throw compilationError(`Schema '${database}.${schema}' does not exist or not authorized.`);
    schemas.delete(schema!);
    return STATUS;
  }

  // ---- GRANT OWNERSHIP

  private grant(parser: Parser): Result {
    parser.expectWord('OWNERSHIP');
    parser.expectWord('ON');
    const type = objectType(parser);
    const parts = parser.qualifiedName();
    const target = this.targetOf(type, parts);
    parser.expectWord('TO');
    parser.acceptWord('ROLE');
    const role = parser.identifier();
    let currentGrants: 'COPY' | 'REVOKE';
    if (parser.acceptWord('COPY', 'CURRENT', 'GRANTS')) currentGrants = 'COPY';
    else if (parser.acceptWord('REVOKE', 'CURRENT', 'GRANTS')) currentGrants = 'REVOKE';
    else throw syntaxError('GRANT OWNERSHIP must name COPY CURRENT GRANTS or REVOKE CURRENT GRANTS (in this fake, as revmeta always does)');
    parser.end();
    if (!this.catalog.roles.has(role)) throw compilationError(`Role '${role}' does not exist or not authorized.`);
    if (target.setOwner === undefined) throw syntaxError(`cannot grant ownership on a ${type}`);
    target.setOwner(role);
    this.catalog.grants.push({ object: `${type} ${parts.join('.')}`, role, currentGrants });
    return STATUS;
  }

  // ---- SHOW

  private show(parser: Parser): Result {
    if (parser.acceptWord('DATABASES')) {
      parser.end();
      const columns = ['created_on', 'name', 'is_default', 'is_current', 'origin', 'owner', 'comment', 'options', 'retention_time', 'kind'];
      const rows = [...this.catalog.databases.values()]
        .sort((a, b) => (a.name < b.name ? -1 : 1))
        .map((database): Value[] => ['2024-01-01 00:00:00.000 -0800', database.name, 'N', 'N', '', database.owner, database.comment ?? '', '', '1', 'STANDARD']);
      // The shared SNOWFLAKE database is always there.
      rows.push(['2024-01-01 00:00:00.000 -0800', 'SNOWFLAKE', 'N', 'N', 'SNOWFLAKE.ACCOUNT_USAGE', '', '', '', '1', 'APPLICATION']);
      return { columns, rows };
    }
    if (parser.acceptWord('ROLES')) {
      parser.end();
      const columns = ['created_on', 'name', 'is_default', 'is_current', 'is_inherited', 'assigned_to_users', 'granted_to_roles', 'granted_roles', 'owner', 'comment'];
      const rows = [...this.catalog.roles].sort().map((role): Value[] => ['2024-01-01 00:00:00.000 -0800', role, 'N', 'N', 'N', '0', '0', '0', '', '']);
      return { columns, rows };
    }
    if (parser.acceptWord('TAGS')) {
      parser.expectWord('IN');
      parser.expectWord('SCHEMA');
      const [database, schema] = qualified(parser.qualifiedName(), 2, 'schema');
      parser.end();
      const columns = ['created_on', 'name', 'database_name', 'schema_name', 'owner', 'comment', 'allowed_values', 'owner_role_type'];
      const rows = [...this.catalog.schema(database!, schema!).tagObjects.values()].map((tag): Value[] => [
        '2024-01-01 00:00:00.000 -0800',
        tag.name,
        database!,
        schema!,
        tag.owner,
        tag.comment ?? '',
        tag.allowedValues === null ? null : JSON.stringify(tag.allowedValues),
        'ROLE',
      ]);
      return { columns, rows };
    }
    throw syntaxError(`SHOW ${parser.peek()?.raw ?? ''} is not supported by the fake`);
  }

  // ---- SELECT

  private query(parser: Parser): Result {
    let result = this.select(parser);
    for (let branches = 2; parser.acceptWord('UNION', 'ALL'); branches++) {
      const branch = this.select(parser);
      if (branch.columns.length !== result.columns.length) {
        throw compilationError(`invalid number of result columns for set operator input branches, expected ${result.columns.length}, got ${branch.columns.length} in branch ${branches}`);
      }
      result = { columns: result.columns, rows: [...result.rows, ...branch.rows] };
    }
    if (parser.acceptWord('ORDER', 'BY')) {
      const keys: number[] = [];
      do {
        const name = parser.identifier();
        const index = result.columns.indexOf(name);
        if (index < 0) throw compilationError(`invalid identifier '${name}' in ORDER BY`);
        keys.push(index);
      } while (parser.acceptSymbol(','));
      const compare = (a: Value, b: Value) => (a === b ? 0 : a === null ? 1 : b === null ? -1 : a < b ? -1 : 1);
      result = { columns: result.columns, rows: [...result.rows].sort((x, y) => keys.reduce((order, key) => order || compare(x[key]!, y[key]!), 0)) };
    }
    parser.end();
    return result;
  }

  private select(parser: Parser): Result {
    parser.expectWord('SELECT');
    const items: Array<{ expression: Expression; name: string }> = [];
    do {
      const expression = parseExpression(parser);
      let name = expression.kind === 'column' ? expression.name : expression.kind === 'call' ? `${expression.name}()` : String(expression.value);
      if (parser.acceptWord('AS') || parser.peek()?.kind === 'quoted' || (parser.peek()?.kind === 'word' && !isClauseWord(parser.peek()!.value))) {
        name = parser.identifier();
      }
      items.push({ expression, name });
    } while (parser.acceptSymbol(','));
    let rows: Row[] = [{}];
    if (parser.acceptWord('FROM')) rows = this.source(parser);
    let condition: Condition | null = null;
    if (parser.acceptWord('WHERE')) condition = parseCondition(parser);
    const kept = condition === null ? rows : rows.filter((row) => test(condition!, row, this.catalog));
    return {
      columns: items.map((item) => item.name),
      rows: kept.map((row) => items.map((item) => evaluate(item.expression, row, this.catalog))),
    };
  }

  private source(parser: Parser): Row[] {
    if (parser.acceptWord('TABLE')) {
      parser.expectSymbol('(');
      const name = parser.qualifiedName();
      parser.expectSymbol('(');
      const args = [parser.string()];
      while (parser.acceptSymbol(',')) args.push(parser.string());
      parser.expectSymbol(')');
      parser.expectSymbol(')');
      return this.tableFunction(name, args);
    }
    const name = parser.qualifiedName();
    if (name.length === 3 && name[0] === 'SNOWFLAKE' && name[1] === 'ACCOUNT_USAGE' && name[2] === 'TAG_REFERENCES') {
      return this.catalog.accountUsageRows().map((row) => ({ ...row }));
    }
    if (name.length === 3 && name[1] === 'INFORMATION_SCHEMA') return this.informationSchema(name[0]!, name[2]!);
    throw compilationError(`Object '${name.join('.')}' does not exist or not authorized.`);
  }

  private informationSchema(databaseName: string, view: string): Row[] {
    const database = this.catalog.database(databaseName);
    const rows: Row[] = [];
    switch (view) {
      case 'SCHEMATA':
        rows.push({ CATALOG_NAME: database.name, SCHEMA_NAME: 'INFORMATION_SCHEMA', SCHEMA_OWNER: null, COMMENT: 'Views describing the contents of schemas in this database' });
        for (const schema of database.schemas.values()) {
          rows.push({ CATALOG_NAME: database.name, SCHEMA_NAME: schema.name, SCHEMA_OWNER: schema.owner, COMMENT: schema.comment });
        }
        return rows;
      case 'TABLES':
        rows.push({ TABLE_CATALOG: database.name, TABLE_SCHEMA: 'INFORMATION_SCHEMA', TABLE_NAME: 'TABLES', TABLE_OWNER: null, TABLE_TYPE: 'VIEW', IS_ICEBERG: 'NO', IS_DYNAMIC: 'NO', IS_HYBRID: 'false', COMMENT: 'The tables defined in this database that are accessible to the current user\'s role.' });
        for (const schema of database.schemas.values()) {
          for (const table of schema.tables.values()) {
            rows.push({
              TABLE_CATALOG: database.name,
              TABLE_SCHEMA: schema.name,
              TABLE_NAME: table.name,
              TABLE_OWNER: table.owner,
              TABLE_TYPE: table.reportedType ?? table.type,
              IS_ICEBERG: table.flavour === 'ICEBERG' ? 'YES' : 'NO',
              IS_DYNAMIC: table.flavour === 'DYNAMIC' ? 'YES' : 'NO',
              // BOOLEAN in Snowflake (BCR 1732); the fake server sends every value as text.
              IS_HYBRID: table.flavour === 'HYBRID' ? 'true' : 'false',
              COMMENT: table.comment,
            });
          }
        }
        return rows;
      case 'COLUMNS':
        rows.push({ TABLE_CATALOG: database.name, TABLE_SCHEMA: 'INFORMATION_SCHEMA', TABLE_NAME: 'TABLES', COLUMN_NAME: 'TABLE_NAME', ORDINAL_POSITION: 3, COMMENT: null });
        for (const schema of database.schemas.values()) {
          for (const table of schema.tables.values()) {
            table.columns.forEach((column, index) => {
              rows.push({ TABLE_CATALOG: database.name, TABLE_SCHEMA: schema.name, TABLE_NAME: table.name, COLUMN_NAME: column.name, ORDINAL_POSITION: index + 1, COMMENT: column.comment });
            });
          }
        }
        return rows;
      default:
        throw compilationError(`Object '${databaseName}.INFORMATION_SCHEMA.${view}' does not exist or not authorized.`);
    }
  }

  /**
   * TAG_REFERENCES and TAG_REFERENCES_ALL_COLUMNS of `<db>.INFORMATION_SCHEMA`: an object's
   * tags, each with the LEVEL it is set at, inherited ones included (the nearest level wins).
   */
  private tableFunction(name: string[], args: string[]): Row[] {
    if (name.length !== 3 || name[1] !== 'INFORMATION_SCHEMA') throw compilationError(`Unknown function ${name.join('.')}`);
    this.catalog.database(name[0]!);
    const fn = name[2];
    if (args.length !== 2) throw compilationError(`${fn} takes 2 arguments`);
    const objectName = splitStatements(tokenize(args[0]!))[0] ?? [];
    const parts = new Parser(objectName).qualifiedName();
    const domain = args[1]!.toUpperCase();
    const references: Row[] = [];
    const chain = (...levels: Array<[string, TagValues]>) => {
      const seen = new Map<string, Row>();
      for (const [level, tags] of levels) {
        for (const [path, value] of tags) {
          if (seen.has(path)) continue;
          const [tagDatabase, tagSchema, tagName] = JSON.parse(path) as [string, string, string];
          seen.set(path, { TAG_DATABASE: tagDatabase, TAG_SCHEMA: tagSchema, TAG_NAME: tagName, TAG_VALUE: value, LEVEL: level, APPLY_METHOD: level === 'COLUMN' || level === domain ? 'MANUAL' : 'INHERITED' });
        }
      }
      return [...seen.values()];
    };
    const object = (row: Row, fields: Row) => references.push({ ...row, ...fields });
    if (fn === 'TAG_REFERENCES') {
      switch (domain) {
        case 'DATABASE': {
          const [database] = qualified(parts, 1, 'database');
          const found = this.catalog.database(database!);
          for (const row of chain(['DATABASE', found.tags])) object(row, { OBJECT_DATABASE: null, OBJECT_SCHEMA: null, OBJECT_NAME: found.name, DOMAIN: 'DATABASE', COLUMN_NAME: null });
          return references;
        }
        case 'SCHEMA': {
          const [database, schema] = qualified(parts, 2, 'schema');
          const found = this.catalog.schema(database!, schema!);
          const levels = chain(['SCHEMA', found.tags], ['DATABASE', this.catalog.database(database!).tags]);
          for (const row of levels) object(row, { OBJECT_DATABASE: database!, OBJECT_SCHEMA: null, OBJECT_NAME: schema!, DOMAIN: 'SCHEMA', COLUMN_NAME: null });
          return references;
        }
        case 'TABLE': {
          const [database, schema, table] = qualified(parts, 3, 'table');
          const found = this.catalog.table(database!, schema!, table!, 'ANY TABLE');
          const levels = chain(['TABLE', found.tags], ['SCHEMA', this.catalog.schema(database!, schema!).tags], ['DATABASE', this.catalog.database(database!).tags]);
          for (const row of levels) object(row, { OBJECT_DATABASE: database!, OBJECT_SCHEMA: schema!, OBJECT_NAME: table!, DOMAIN: 'TABLE', COLUMN_NAME: null });
          return references;
        }
        default:
          throw compilationError(`Unsupported domain '${args[1]}' for TAG_REFERENCES in this fake`);
      }
    }
    if (fn === 'TAG_REFERENCES_ALL_COLUMNS') {
      if (domain !== 'TABLE') throw compilationError(`TAG_REFERENCES_ALL_COLUMNS supports only the TABLE domain, not '${args[1]}'`);
      const [database, schema, table] = qualified(parts, 3, 'table');
      const found = this.catalog.table(database!, schema!, table!, 'ANY TABLE');
      const above: Array<[string, TagValues]> = [['TABLE', found.tags], ['SCHEMA', this.catalog.schema(database!, schema!).tags], ['DATABASE', this.catalog.database(database!).tags]];
      for (const column of found.columns) {
        for (const row of chain(['COLUMN', column.tags], ...above)) {
          object(row, { OBJECT_DATABASE: database!, OBJECT_SCHEMA: schema!, OBJECT_NAME: table!, DOMAIN: 'COLUMN', COLUMN_NAME: column.name });
        }
      }
      return references;
    }
    throw compilationError(`Unknown function ${name.join('.')}`);
  }
}

function optionalComment(parser: Parser): string | null {
  if (!parser.acceptWord('COMMENT')) return null;
  parser.expectSymbol('=');
  return parser.string();
}

function holder(object: { comment: string | null; tags: TagValues; owner?: string }, label: string): Target {
  return {
    tags: object.tags,
    label,
    // Snowflake keeps '' as written; introspection folds it to "no comment".
    setComment(value: string | null) {
      object.comment = value;
    },
    ...('owner' in object ? { setOwner: (role: string) => void (object.owner = role) } : {}),
  };
}

// ---------------------------------------------------------------------------------------
// Expressions and conditions

type Expression =
  | { kind: 'literal'; value: Value }
  | { kind: 'column'; name: string }
  | { kind: 'call'; name: string; args?: Expression[] };

type Condition =
  | { kind: 'and' | 'or'; left: Condition; right: Condition }
  | { kind: 'not'; inner: Condition }
  | { kind: 'compare'; op: '=' | '<>'; left: Expression; right: Expression }
  | { kind: 'in'; left: Expression; list: Expression[]; negated: boolean }
  | { kind: 'null'; operand: Expression; negated: boolean };

const CLAUSE_WORDS = new Set(['FROM', 'WHERE', 'UNION', 'ORDER', 'GROUP', 'LIMIT', 'AND', 'OR']);

function isClauseWord(word: string): boolean {
  return CLAUSE_WORDS.has(word);
}

function parseExpression(parser: Parser): Expression {
  const token = parser.next();
  if (token.kind === 'string') return { kind: 'literal', value: token.value };
  if (token.kind === 'number') return { kind: 'literal', value: Number(token.value) };
  if (token.kind === 'word' && token.value === 'NULL') return { kind: 'literal', value: null };
  if (token.kind === 'word' && parser.isSymbol('(')) {
    parser.expectSymbol('(');
    if (parser.acceptSymbol(')')) return { kind: 'call', name: token.value };
    // One argument (LOWER(x)): what revmeta's narrowed catalog reads use.
    const args = [parseExpression(parser)];
    parser.expectSymbol(')');
    return { kind: 'call', name: token.value, args };
  }
  if (token.kind === 'word' || token.kind === 'quoted') return { kind: 'column', name: token.value };
  throw syntaxError(`unexpected '${token.raw}'`);
}

function parseCondition(parser: Parser): Condition {
  let left = parseConjunction(parser);
  while (parser.acceptWord('OR')) left = { kind: 'or', left, right: parseConjunction(parser) };
  return left;
}

function parseConjunction(parser: Parser): Condition {
  let left = parseAtom(parser);
  while (parser.acceptWord('AND')) left = { kind: 'and', left, right: parseAtom(parser) };
  return left;
}

function parseAtom(parser: Parser): Condition {
  if (parser.acceptWord('NOT')) return { kind: 'not', inner: parseAtom(parser) };
  if (parser.acceptSymbol('(')) {
    const inner = parseCondition(parser);
    parser.expectSymbol(')');
    return inner;
  }
  const left = parseExpression(parser);
  if (parser.acceptWord('IS')) {
    const negated = parser.acceptWord('NOT');
    parser.expectWord('NULL');
    return { kind: 'null', operand: left, negated };
  }
  const negated = parser.acceptWord('NOT');
  if (parser.acceptWord('IN')) {
    parser.expectSymbol('(');
    const list = [parseExpression(parser)];
    while (parser.acceptSymbol(',')) list.push(parseExpression(parser));
    parser.expectSymbol(')');
    return { kind: 'in', left, list, negated };
  }
  if (negated) throw syntaxError('expected IN after NOT');
  const op = parser.next();
  if (op.kind !== 'symbol' || !['=', '<>', '!='].includes(op.value)) throw syntaxError(`unexpected '${op.raw}', expected a comparison`);
  return { kind: 'compare', op: op.value === '=' ? '=' : '<>', left, right: parseExpression(parser) };
}

function evaluate(expression: Expression, row: Row, catalog: FakeCatalog): Value {
  switch (expression.kind) {
    case 'literal':
      return expression.value;
    case 'column':
      if (!(expression.name in row)) throw compilationError(`invalid identifier '${expression.name}'`);
      return row[expression.name]!;
    case 'call':
      if (expression.name === 'CURRENT_VERSION') return catalog.version;
      if (expression.name === 'LOWER' && expression.args?.length === 1) {
        const value = evaluate(expression.args[0]!, row, catalog);
        return typeof value === 'string' ? value.toLowerCase() : value;
      }
      throw compilationError(`Unknown function ${expression.name}`);
  }
}

/** SQL's three-valued logic, reduced: a comparison with NULL is not true. */
function test(condition: Condition, row: Row, catalog: FakeCatalog): boolean {
  const value = (expression: Expression) => evaluate(expression, row, catalog);
  switch (condition.kind) {
    case 'and':
      return test(condition.left, row, catalog) && test(condition.right, row, catalog);
    case 'or':
      return test(condition.left, row, catalog) || test(condition.right, row, catalog);
    case 'not':
      return !test(condition.inner, row, catalog);
    case 'null':
      return (value(condition.operand) === null) !== condition.negated;
    case 'compare': {
      const left = value(condition.left);
      const right = value(condition.right);
      if (left === null || right === null) return false;
      return condition.op === '=' ? left === right : left !== right;
    }
    case 'in': {
      const left = value(condition.left);
      if (left === null) return false;
      return condition.list.some((item) => value(item) === left) !== condition.negated;
    }
  }
}
