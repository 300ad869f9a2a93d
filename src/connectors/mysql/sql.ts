/**
 * MySQL / MariaDB statement compilation. DDL takes no bind parameters, so every name and value
 * is inlined through the two quoting functions below; nothing else builds SQL from data.
 *
 * Escaping relies on the session's sql_mode (set by the driver): backslash escapes are on
 * (no NO_BACKSLASH_ESCAPES) and names are quoted with backticks (no ANSI_QUOTES).
 *
 * A column comment can only be changed by restating the whole column (`MODIFY COLUMN`), so
 * this file also reads the column definitions out of `SHOW CREATE TABLE` and replaces only
 * their COMMENT clause. It stays pure: `readCompileContext` fetches the text, `compile` parses it.
 */
import type { Change } from '../../model/change.js';
import type { SqlSyntax } from '../sql-lexer.js';
import { templateName, templateSql } from '../template.js';
import type { Dialect, CompileContext, SqlTemplates, Statement } from '../types.js';
import { namePart } from '../kit/objects.js';
import { backtickIdentifier } from '../kit/escapes.js';
import { StatementGroups } from '../kit/compile.js';

// ---------------------------------------------------------------------------------------
// Quoting

/** Always quoted, so case, reserved words and punctuation never change what a name means. */
export function quoteIdentifier(name: string): string {
  // MySQL names cannot hold U+0000; refusing it beats a confusing server error.
  return backtickIdentifier(name, 'MySQL identifiers');
}

/**
 * What `mysql_real_escape_string` escapes. Backslash and quote are what the literal needs;
 * NUL, CR, LF and Ctrl-Z are escaped too so a statement stays on one line and can be pasted
 * into a client (Ctrl-Z ends input on Windows) without changing what it stores.
 */
const LITERAL_ESCAPES: Readonly<Record<string, string>> = {
  '\\': '\\\\',
  "'": "\\'",
  '\0': '\\0',
  '\n': '\\n',
  '\r': '\\r',
  '\x1a': '\\Z',
};

/** `'...'` with backslash escapes: valid only without NO_BACKSLASH_ESCAPES, which the driver ensures. */
export function quoteLiteral(value: string): string {
  return `'${value.replace(/[\\'\0\n\r\x1a]/g, (char) => LITERAL_ESCAPES[char]!)}'`;
}

/** Key of a table in the CompileContext: its quoted qualified name, unambiguous whatever the names hold. */
export function tableKey(schema: string, table: string): string {
  return `${quoteIdentifier(schema)}.${quoteIdentifier(table)}`;
}

// ---------------------------------------------------------------------------------------
// Reading SHOW CREATE TABLE

type TokenKind = 'space' | 'string' | 'identifier' | 'comment' | 'word' | 'symbol';

interface Token {
  kind: TokenKind;
  text: string;
  /** Parenthesis depth the token sits at; `(` and `)` count as outside their group. */
  depth: number;
}

const WORD_CHAR = /[\p{L}\p{N}_$]/u;

/** End (exclusive) of a quoted run starting at `start`, honouring doubled quotes and, for strings, backslashes. */
function quotedEnd(text: string, start: number, quote: string, backslashes: boolean): number {
  let i = start + 1;
  while (i < text.length) {
    const char = text[i];
    if (backslashes && char === '\\') i += 2;
    else if (char === quote && text[i + 1] === quote) i += 2;
    else if (char === quote) return i + 1;
    else i += 1;
  }
  throw new Error(`cannot read SHOW CREATE TABLE: unterminated ${quote} at offset ${start}`);
}

function tokenEnd(text: string, start: number): { kind: TokenKind; end: number } {
  const char = text[start]!;
  if (/\s/.test(char)) {
    let end = start + 1;
    while (end < text.length && /\s/.test(text[end]!)) end++;
    return { kind: 'space', end };
  }
  if (char === "'" || char === '"') return { kind: 'string', end: quotedEnd(text, start, char, true) };
  if (char === '`') return { kind: 'identifier', end: quotedEnd(text, start, '`', false) };
  if (text.startsWith('/*', start)) {
    const close = text.indexOf('*/', start + 2);
    if (close < 0) throw new Error(`cannot read SHOW CREATE TABLE: unterminated comment at offset ${start}`);
    return { kind: 'comment', end: close + 2 };
  }
  if (WORD_CHAR.test(char)) {
    let end = start + 1;
    while (end < text.length && WORD_CHAR.test(text[end]!)) end++;
    return { kind: 'word', end };
  }
  return { kind: 'symbol', end: start + 1 };
}

/** Splits SQL into tokens; strings, quoted names and comments are kept whole and opaque. */
function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let depth = 0;
  for (let at = 0; at < text.length; ) {
    const { kind, end } = tokenEnd(text, at);
    const token = text.slice(at, end);
    if (token === ')') depth--;
    tokens.push({ kind, text: token, depth });
    if (token === '(') depth++;
    at = end;
  }
  return tokens;
}

function unquoteIdentifier(quoted: string): string {
  return quoted.slice(1, -1).replaceAll('``', '`');
}

/** One column of a CREATE TABLE: its name and the tokens of its definition after the name. */
interface ColumnTokens {
  name: string;
  definition: Token[];
}

export interface CreateTable {
  columns: readonly ColumnTokens[];
  /** The table's default collation (`COLLATE=` of the table options), when shown. */
  collation: string | undefined;
}

function trimSpace(tokens: Token[]): Token[] {
  let start = 0;
  let end = tokens.length;
  while (start < end && tokens[start]!.kind === 'space') start++;
  while (end > start && tokens[end - 1]!.kind === 'space') end--;
  return tokens.slice(start, end);
}

/** The items between the table's outer parentheses, split at its top-level commas. */
function tableItems(tokens: Token[]): { items: Token[][]; rest: Token[] } {
  const open = tokens.findIndex((token) => token.text === '(' && token.depth === 0);
  if (open < 0) throw new Error('cannot read SHOW CREATE TABLE: no column list');
  const items: Token[][] = [[]];
  for (let i = open + 1; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.text === ')' && token.depth === 0) return { items: items.map(trimSpace), rest: tokens.slice(i + 1) };
    if (token.text === ',' && token.depth === 1) items.push([]);
    else items.at(-1)!.push({ ...token, depth: token.depth - 1 });
  }
  throw new Error('cannot read SHOW CREATE TABLE: unbalanced parentheses');
}

/** `COLLATE=x` among the table options after the column list. */
function tableCollation(options: Token[]): string | undefined {
  const words = options.filter((token) => token.kind !== 'space');
  for (let i = 0; i + 2 < words.length; i++) {
    if (words[i]!.text.toUpperCase() === 'COLLATE' && words[i + 1]!.text === '=') return words[i + 2]!.text;
  }
  return undefined;
}

/**
 * Parses `SHOW CREATE TABLE` output. Items that start with a quoted name are columns; keys,
 * constraints and periods start with a keyword and are left alone.
 */
export function parseCreateTable(text: string): CreateTable {
  const { items, rest } = tableItems(tokenize(text));
  const columns = items
    .filter((item) => item[0]?.kind === 'identifier')
    .map((item) => ({ name: unquoteIdentifier(item[0]!.text), definition: trimSpace(item.slice(1)) }));
  return { columns, collation: tableCollation(rest) };
}

/**
 * What compile needs of a table and nothing that drifts: SHOW CREATE TABLE reduced to the
 * named columns and the table collation. The context is part of a saved plan's observed
 * digest, so the AUTO_INCREMENT counter (which moves with every insert), other columns and
 * keys must not be in it; a change to a restated column still makes the plan stale.
 */
export function createTableForColumns(text: string, columns: readonly string[]): string {
  const tokens = tokenize(text);
  const { items, rest } = tableItems(tokens);
  const wanted = new Set(columns);
  const folded = new Set(columns.map((name) => name.toLowerCase()));
  const kept = items.filter((item) => {
    if (item[0]?.kind !== 'identifier') return false;
    const name = unquoteIdentifier(item[0].text);
    return wanted.has(name) || folded.has(name.toLowerCase());
  });
  const head = tokens.slice(0, tokens.findIndex((token) => token.text === '(' && token.depth === 0));
  const collation = tableCollation(rest);
  const body = kept.map((item) => `  ${item.map((token) => token.text).join('')}`).join(',\n');
  return `${head.map((token) => token.text).join('')}(\n${body}\n)${collation === undefined ? '' : ` COLLATE=${collation}`}`;
}

function columnOf(table: CreateTable, name: string, where: string): ColumnTokens {
  const exact = table.columns.find((column) => column.name === name);
  if (exact) return exact;
  // Column names are case-insensitive in MySQL; the catalog and SHOW CREATE agree anyway.
  const folded = table.columns.filter((column) => column.name.toLowerCase() === name.toLowerCase());
  if (folded.length === 1) return folded[0]!;
  throw new Error(
    `column ${quoteIdentifier(name)} is not in SHOW CREATE TABLE of ${where}: the table changed since it was read; plan again`,
  );
}

const isWord = (token: Token | undefined, word: string) =>
  token?.kind === 'word' && token.depth === 0 && token.text.toUpperCase() === word;

/** Index of the next token at or after `from` that is not whitespace. */
function nextSolid(tokens: Token[], from: number): number {
  let i = from;
  while (tokens[i]?.kind === 'space') i++;
  return i;
}

/** [start, end) of ` COMMENT '...'` at the top level of a definition, with the space before it. */
function commentClause(tokens: Token[]): [number, number] | undefined {
  for (let i = 0; i < tokens.length; i++) {
    if (!isWord(tokens[i], 'COMMENT')) continue;
    const literal = nextSolid(tokens, i + 1);
    if (tokens[literal]?.kind !== 'string') continue;
    const start = i > 0 && tokens[i - 1]!.kind === 'space' ? i - 1 : i;
    return [start, literal + 1];
  }
  return undefined;
}

/**
 * Where a new COMMENT clause goes: before an inline CHECK (MariaDB's grammar wants COMMENT
 * first) or an engine-defined attribute (`` `opt`=value ``), else at the end.
 */
function commentInsertionPoint(tokens: Token[]): number {
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const engineOption = token.kind === 'identifier' && token.depth === 0 && tokens[nextSolid(tokens, i + 1)]?.text === '=';
    if (isWord(token, 'CHECK') || engineOption) return i > 0 && tokens[i - 1]!.kind === 'space' ? i - 1 : i;
  }
  return tokens.length;
}

function space(): Token {
  return { kind: 'space', text: ' ', depth: 0 };
}

function withComment(tokens: Token[], comment: string | null): Token[] {
  const existing = commentClause(tokens);
  const at = existing ? existing[0] : commentInsertionPoint(tokens);
  const kept = existing ? [...tokens.slice(0, existing[0]), ...tokens.slice(existing[1])] : tokens;
  if (comment === null) return kept;
  const clause: Token[] = [
    space(),
    { kind: 'word', text: 'COMMENT', depth: 0 },
    space(),
    { kind: 'string', text: quoteLiteral(comment), depth: 0 },
  ];
  // At the very start there is no space before the definition's first token to reuse.
  const body = at === 0 ? [...clause.slice(1), space()] : clause;
  return [...kept.slice(0, at), ...body, ...kept.slice(at)];
}

/** Text of the parenthesised group opening at `open`, parentheses included. */
function groupText(tokens: Token[], open: number): string {
  const depth = tokens[open]!.depth;
  let end = open + 1;
  while (end < tokens.length && !(tokens[end]!.text === ')' && tokens[end]!.depth === depth)) end++;
  return tokens.slice(open, end + 1).map((token) => token.text).join('');
}

function hasJsonCheck(tokens: Token[], column: string): boolean {
  const check = tokens.findIndex((token) => isWord(token, 'CHECK'));
  if (check < 0) return false;
  const open = nextSolid(tokens, check + 1);
  if (tokens[open]?.text !== '(') return false;
  return groupText(tokens, open) === `(json_valid(${quoteIdentifier(column)}))`;
}

/** End of the `longtext [CHARACTER SET x] [COLLATE y]` prefix, and the collation it names. */
function textTypePrefix(tokens: Token[]): { end: number; collation: string | undefined } {
  let end = nextSolid(tokens, 0) + 1;
  let collation: string | undefined;
  for (;;) {
    const keyword = nextSolid(tokens, end);
    if (isWord(tokens[keyword], 'CHARACTER') && isWord(tokens[nextSolid(tokens, keyword + 1)], 'SET')) {
      end = nextSolid(tokens, nextSolid(tokens, keyword + 1) + 1) + 1;
    } else if (isWord(tokens[keyword], 'COLLATE')) {
      const name = nextSolid(tokens, keyword + 1);
      collation = tokens[name]?.text;
      end = name + 1;
    } else {
      return { end, collation };
    }
  }
}

/**
 * MariaDB shows a JSON column as `longtext ... CHECK (json_valid(`c`))`, but internally it
 * is a distinct JSON type: restated as `longtext` it counts as a type change, which
 * ALGORITHM=INSTANT refuses. `json COLLATE <its collation>` is the same column again
 * (same type, same collation; SHOW CREATE TABLE is unchanged). Without a known collation
 * the type is left as shown, and the server refuses the change instead of rebuilding.
 */
function restateJsonType(tokens: Token[], column: string, tableCollation: string | undefined): Token[] {
  const first = tokens[nextSolid(tokens, 0)];
  if (first?.kind !== 'word' || first.text.toLowerCase() !== 'longtext' || !hasJsonCheck(tokens, column)) return tokens;
  const prefix = textTypePrefix(tokens);
  const collation = prefix.collation ?? tableCollation;
  if (collation === undefined) return tokens;
  const type: Token = { kind: 'word', text: `json COLLATE ${collation}`, depth: 0 };
  return [type, ...tokens.slice(prefix.end)];
}

/**
 * The column's definition as `MODIFY COLUMN` needs it: everything SHOW CREATE TABLE shows
 * (type, charset/collation, NULL/NOT NULL, DEFAULT, ON UPDATE, AUTO_INCREMENT, GENERATED,
 * INVISIBLE, COMPRESSED, inline CHECK, ...) with only the COMMENT clause replaced, inserted
 * or removed (`comment: null`).
 */
export function restateColumn(table: CreateTable, column: string, comment: string | null, where = 'the table'): string {
  const { name, definition } = columnOf(table, column, where);
  const tokens = restateJsonType(withComment(definition, comment), name, table.collation);
  return `${quoteIdentifier(name)} ${tokens.map((token) => token.text).join('')}`;
}

// ---------------------------------------------------------------------------------------
// SHOW CREATE TABLE bytes that are not UTF-8

// ignoreBOM: a literal's bytes are data; a leading U+FEFF must not be dropped.
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

function isUtf8(bytes: Uint8Array): boolean {
  try {
    utf8.decode(bytes);
    return true;
  } catch {
    return false;
  }
}

const BACKSLASH = 0x5c;
const UNESCAPED: Readonly<Record<number, number>> = {
  0x30: 0x00, // \0
  0x6e: 0x0a, // \n
  0x72: 0x0d, // \r
  0x74: 0x09, // \t
  0x62: 0x08, // \b
  0x5a: 0x1a, // \Z
};

/** The bytes a `'...'` literal (quotes included) stands for. */
function literalBytes(literal: Uint8Array): number[] {
  const quote = literal[0]!;
  const bytes: number[] = [];
  for (let i = 1; i < literal.length - 1; i++) {
    const byte = literal[i]!;
    if (byte === BACKSLASH) {
      const next = literal[++i]!;
      bytes.push(UNESCAPED[next] ?? next);
    } else if (byte === quote) {
      bytes.push(quote);
      i++;
    } else {
      bytes.push(byte);
    }
  }
  return bytes;
}

/** End (exclusive) of a quoted run in bytes, like `quotedEnd`. */
function quotedBytesEnd(bytes: Uint8Array, start: number, backslashes: boolean): number {
  const quote = bytes[start]!;
  let i = start + 1;
  while (i < bytes.length) {
    if (backslashes && bytes[i] === BACKSLASH) i += 2;
    else if (bytes[i] === quote && bytes[i + 1] === quote) i += 2;
    else if (bytes[i] === quote) return i + 1;
    else i++;
  }
  return bytes.length;
}

function decodeOutsideLiterals(bytes: Uint8Array): string {
  try {
    return utf8.decode(bytes);
  } catch {
    throw new Error('cannot read SHOW CREATE TABLE: it holds bytes that are not UTF-8 outside string literals');
  }
}

/**
 * SHOW CREATE TABLE prints binary strings (a `varbinary DEFAULT 0xFF00`) as raw bytes, which
 * are not UTF-8 and could not be restated through a text statement without being mangled.
 * Each such literal becomes the hex literal of the same bytes (`X'FF00'`), which the server
 * stores as the same value; everything else is kept byte for byte.
 */
export function createTableText(bytes: Uint8Array): string {
  const parts: string[] = [];
  let copied = 0;
  for (let i = 0; i < bytes.length; ) {
    const byte = bytes[i]!;
    if (byte === 0x60) {
      i = quotedBytesEnd(bytes, i, false);
    } else if (byte === 0x27 || byte === 0x22) {
      const end = quotedBytesEnd(bytes, i, true);
      const literal = bytes.subarray(i, end);
      if (!isUtf8(literal)) {
        parts.push(decodeOutsideLiterals(bytes.subarray(copied, i)));
        parts.push(`X'${Buffer.from(literalBytes(literal)).toString('hex').toUpperCase()}'`);
        copied = end;
      }
      i = end;
    } else {
      i++;
    }
  }
  parts.push(decodeOutsideLiterals(bytes.subarray(copied)));
  return parts.join('');
}

/** SHOW CREATE TABLE's text from its row; raw bytes (binary defaults) are made restatable first. */
export function createTableTextOf(row: Record<string, unknown> | undefined, key: string): string {
  const value = row?.['Create Table'];
  if (typeof value === 'string') return value;
  if (value instanceof Uint8Array) return createTableText(value);
  throw new Error(`SHOW CREATE TABLE ${key} returned no table definition (is it a view?)`);
}

// ---------------------------------------------------------------------------------------
// Checking a restatement against the table as it is now

/** A definition without its COMMENT clause, each run of spacing one space, for comparing two of them. */
function definitionWithoutComment(tokens: Token[]): string {
  return trimSpace(withComment(tokens, null))
    .map((token) => (token.kind === 'space' ? ' ' : token.text))
    .join('');
}

/**
 * The table and columns a column-comment statement of `compile` restates (`ALTER TABLE t
 * MODIFY COLUMN c <definition>, ..., ALGORITHM=INSTANT`); undefined for any other statement.
 */
export function restatedColumns(sql: string): { key: string; columns: { name: string; definition: string }[] } | undefined {
  if (!sql.startsWith('ALTER TABLE `') || !sql.endsWith(', ALGORITHM=INSTANT')) return undefined;
  const tokens = tokenize(sql);
  const schema = nextSolid(tokens, 3);
  const table = nextSolid(tokens, schema + 2);
  if (tokens[schema]?.kind !== 'identifier' || tokens[schema + 1]?.text !== '.' || tokens[table]?.kind !== 'identifier') return undefined;
  const items: Token[][] = [[]];
  for (const token of tokens.slice(table + 1)) {
    if (token.text === ',' && token.depth === 0) items.push([]);
    else items.at(-1)!.push(token);
  }
  const columns: { name: string; definition: string }[] = [];
  for (const item of items.map(trimSpace)) {
    if (!isWord(item[0], 'MODIFY')) continue;
    const keyword = nextSolid(item, 1);
    const column = nextSolid(item, keyword + 1);
    if (!isWord(item[keyword], 'COLUMN') || item[column]?.kind !== 'identifier') return undefined;
    columns.push({ name: unquoteIdentifier(item[column]!.text), definition: definitionWithoutComment(trimSpace(item.slice(column + 1))) });
  }
  if (columns.length === 0) return undefined;
  return { key: `${tokens[schema]!.text}.${tokens[table]!.text}`, columns };
}

/**
 * Why a column-comment statement must not run on the table as SHOW CREATE TABLE shows it now:
 * it restates a column whose definition (default, type, nullability, ...) changed since the
 * plan, which it would silently revert. Null when every restated column is as planned.
 */
export function restatementDrift(sql: string, createTable: string): string | null {
  const restated = restatedColumns(sql);
  if (restated === undefined) return null;
  const table = parseCreateTable(createTable);
  const changed: string[] = [];
  for (const { name, definition } of restated.columns) {
    const now = table.columns.find((column) => column.name === name) ?? table.columns.find((column) => column.name.toLowerCase() === name.toLowerCase());
    if (now === undefined) {
      changed.push(`${quoteIdentifier(name)} is no longer in the table`);
      continue;
    }
    const current = definitionWithoutComment(restateJsonType(withComment(now.definition, null), now.name, table.collation));
    if (current !== definition) changed.push(`${quoteIdentifier(name)} was planned as \`${definition}\`, is now \`${current}\``);
  }
  if (changed.length === 0) return null;
  return `the column's definition changed since the plan (${restated.key}: ${changed.join('; ')}); restating it would revert that, so nothing was changed: plan again`;
}

// ---------------------------------------------------------------------------------------
// Compiling

function commentValue(change: Change): string {
  // MySQL has no "no comment": an empty comment is what clearing stores.
  return quoteLiteral(change.after ?? '');
}

function compileDescription(change: Change): string {
  const { object } = change;
  switch (object.kind) {
    case 'database':
      throw new Error('MySQL has no level above its databases to describe (the OpenMetadata database is a name only)');
    case 'schema':
      return `ALTER DATABASE ${quoteIdentifier(namePart(object, 'schema'))} COMMENT = ${commentValue(change)}`;
    case 'table':
      if (object.relation === 'view') throw new Error('MySQL views cannot have comments');
      return `ALTER TABLE ${tableKey(namePart(object, 'schema'), namePart(object, 'table'))} COMMENT = ${commentValue(change)}`;
    case 'column':
      throw new Error('column comments are compiled per table (compileColumnBatch)');
  }
}

function compileBuiltIn(change: Change): string {
  switch (change.field) {
    case 'description':
      return compileDescription(change);
    case 'owner':
      throw new Error('MySQL objects have no owner revmeta can set');
    case 'tag':
      throw new Error('MySQL has no tags');
  }
}

function createTableOf(context: CompileContext, key: string): CreateTable {
  const text = context[key];
  if (typeof text !== 'string') {
    throw new Error(
      `no SHOW CREATE TABLE of ${key} in the compile context: readCompileContext must read every table whose column comments change`,
    );
  }
  return parseCreateTable(text);
}

/** One `ALTER TABLE` restating every column whose comment changes, instantly or not at all. */
function compileColumnBatch(key: string, changes: readonly Change[], context: CompileContext | undefined): string {
  // Without what readCompileContext read there is nothing to restate: the error names the table.
  const table = createTableOf(context ?? {}, key);
  const modifications = changes.map((change) => `MODIFY COLUMN ${restateColumn(table, namePart(change.object, 'column'), change.after, key)}`);
  return `ALTER TABLE ${key} ${modifications.join(', ')}, ALGORITHM=INSTANT`;
}

function isBatchedColumnComment(change: Change, templates: SqlTemplates): boolean {
  return change.field === 'description' && change.object.kind === 'column' && templates[templateName(change)] === undefined;
}

/**
 * `#` and `-- ` comments (`--` only before a space), `"…"` strings (identifiers under
 * ANSI_QUOTES), and the executable comments `/*!` and MariaDB's `/*M!`, whose text the server runs.
 */
const MYSQL_SYNTAX: SqlSyntax = {
  lineComments: ['#', '--'],
  dashDashNeedsSpace: true,
  quotes: ["'", '"', '`'],
  executableComments: ['/*!', '/*M!'],
};

export const dialect: Dialect = {
  quoteIdentifier,
  quoteLiteral,
  nullLiteral: "''",
  syntax: MYSQL_SYNTAX,
  compile(changes: readonly Change[], templates: SqlTemplates, context?: CompileContext): Statement[] {
    const statements: Statement[] = [];
    /** Column batches by table, each at the place of its table's first column change. */
    const batches = new StatementGroups<Change[]>(statements, () => []);
    changes.forEach((change, index) => {
      if (isBatchedColumnComment(change, templates)) {
        batches.add(tableKey(namePart(change.object, 'schema'), namePart(change.object, 'table')), index).push(change);
        return;
      }
      statements.push({ sql: templateSql(change, templates, dialect) ?? compileBuiltIn(change), changes: [index] });
    });
    for (const [key, statement, columns] of batches.entries()) statement.sql = compileColumnBatch(key, columns, context);
    return statements;
  },
};
