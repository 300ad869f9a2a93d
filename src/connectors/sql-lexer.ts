/**
 * A small lexer for SQL text as a dialect reads it: where comments and quoted strings or
 * identifiers begin and end, and where a `;` ends a statement. It backs the two checks that
 * keep one statement from becoming two:
 * - at validate time, a custom template's placeholders must stand in plain SQL, where the
 *   dialect's quoting protects the value substituted there (`templateProblems` in template.ts);
 * - at apply time, a batch joins only statements this lexer reads as exactly one.
 * Where systems or server settings read the same text differently (is `\'` an escaped quote or
 * a backslash that ends the string? does a `/*` inside a comment nest?), the text is reported
 * as ambiguous instead of guessed at: these checks must never see less quoting than the server.
 */

/** How a dialect writes comments and quoted text. Defaults: `STANDARD_SQL_SYNTAX`. */
export interface SqlSyntax {
  /** What opens a comment that runs to the end of the line. */
  readonly lineComments: readonly string[];
  /** `--` opens a comment only before a space, a control character or the end (MySQL). */
  readonly dashDashNeedsSpace?: boolean;
  /**
   * What opens a quoted string or identifier; each closes with the same text (`[` with `]`),
   * a doubled closing character standing for itself. Longer openers first (`'''` before `'`).
   */
  readonly quotes: readonly string[];
  /** `$tag$…$tag$` (PostgreSQL, ClickHouse heredocs), or only `$$…$$` (Snowflake). */
  readonly dollarQuotes?: 'tagged' | 'untagged';
  /** Oracle's alternative quoting, `q'[…]'`. */
  readonly qQuotes?: boolean;
  /** Comment openers whose text the server runs as SQL (MySQL's `/*!`): always refused. */
  readonly executableComments?: readonly string[];
}

/** `--` and `/* *\/` comments, `'…'` strings and `"…"` identifiers. */
export const STANDARD_SQL_SYNTAX: SqlSyntax = { lineComments: ['--'], quotes: ["'", '"'] };

/** A comment or a quoted string or identifier: text in which a placeholder is not plain SQL. */
export interface Segment {
  kind: 'comment' | 'quoted';
  /** What opened it, as written: `--`, `/*`, `'`, `"`, `$tag$`, `q'[`... */
  opener: string;
  /** What closes it: a line break, `*\/`, `'`, `]`, `$tag$`, `]'`... */
  closer: string;
  start: number;
  /** Offset just past its end (the text's length when it is not closed). */
  end: number;
}

export interface LexProblem {
  offset: number;
  message: string;
}

export interface LexedSql {
  segments: Segment[];
  /** Offsets of the `;`s in plain SQL after which more than whitespace and comments follow. */
  separators: number[];
  /** Unclosed or ambiguous text: what the lexer cannot read as every server would. */
  problems: LexProblem[];
}

const IDENTIFIER_CHAR = /[A-Za-z0-9_$\u0080-\uffff]/;
const DOLLAR_TAGGED = /^\$(?:[A-Za-z_\u0080-\uffff][A-Za-z0-9_\u0080-\uffff]*)?\$/;
const Q_QUOTE = /^[nN]?[qQ]'(\S)/;
const Q_CLOSERS: Readonly<Record<string, string>> = { '[': ']', '{': '}', '(': ')', '<': '>' };

/** What an ASCII character is to `lexSql` in a syntax: whitespace, plain SQL no opener starts with, or anything else (0). */
const SPACE = 1;
const PLAIN = 2;

const charClasses = new WeakMap<SqlSyntax, Uint8Array>();

/**
 * Per syntax, the ASCII characters `lexSql` may step over without looking further: whitespace,
 * and plain SQL that is not the first character of `;`, a comment or a quote opener. A batch of
 * 200,000 statements is mostly such characters.
 */
function charClassesOf(syntax: SqlSyntax): Uint8Array {
  let classes = charClasses.get(syntax);
  if (classes !== undefined) return classes;
  classes = new Uint8Array(128);
  for (let code = 0; code < 128; code++) classes[code] = /\s/.test(String.fromCharCode(code)) ? SPACE : PLAIN;
  const starters = [';', '/', ...syntax.lineComments, ...syntax.quotes, ...(syntax.executableComments ?? []), ...(syntax.dollarQuotes ? ['$'] : []), ...(syntax.qQuotes ? ['n', 'N', 'q', 'Q'] : [])];
  for (const starter of starters) if (starter.charCodeAt(0) < 128) classes[starter.charCodeAt(0)] = 0;
  charClasses.set(syntax, classes);
  return classes;
}

export function lexSql(text: string, syntax: SqlSyntax): LexedSql {
  const classes = charClassesOf(syntax);
  const lexed: LexedSql = { segments: [], separators: [], problems: [] };
  let semicolon: number | undefined;
  /** Plain SQL (or a quoted token) after a `;`: the `;` separated two statements. */
  const sqlAt = () => {
    if (semicolon === undefined) return;
    lexed.separators.push(semicolon);
    semicolon = undefined;
  };
  const tokenStart = (at: number) => at === 0 || !IDENTIFIER_CHAR.test(text[at - 1]!);
  let index = 0;
  while (index < text.length) {
    const code = text.charCodeAt(index);
    if (code < 128 && classes[code] !== 0) {
      // Whitespace, or plain SQL that opens nothing: what the checks below would step over one at a time.
      if (classes[code] === PLAIN) sqlAt();
      index++;
      continue;
    }
    const char = text[index]!;
    if (/\s/.test(char)) {
      index++;
      continue;
    }
    if (text.startsWith('/*', index)) {
      index = blockComment(text, index, syntax, lexed);
      continue;
    }
    const lineComment = syntax.lineComments.find((opener) => opensLineComment(text, index, opener, syntax));
    if (lineComment !== undefined) {
      index = lineCommentEnd(text, index, lineComment, lexed);
      continue;
    }
    if (char === ';') {
      sqlAt();
      semicolon = index;
      index++;
      continue;
    }
    sqlAt();
    const dollar = syntax.dollarQuotes && char === '$' && tokenStart(index) ? dollarOpener(text, index, syntax.dollarQuotes) : undefined;
    const qQuote = syntax.qQuotes && tokenStart(index) ? Q_QUOTE.exec(text.slice(index, index + 4)) : null;
    if (dollar !== undefined) {
      index = closedBy(text, index, dollar, dollar, lexed);
    } else if (qQuote !== null) {
      const delimiter = qQuote[1]!;
      index = closedBy(text, index, qQuote[0], `${Q_CLOSERS[delimiter] ?? delimiter}'`, lexed);
    } else {
      const quote = syntax.quotes.find((opener) => text.startsWith(opener, index));
      index = quote === undefined ? index + 1 : quotedEnd(text, index, quote, lexed);
    }
  }
  return lexed;
}

/** Exactly one statement, every comment and quote closed, nothing read two ways. */
export function isSingleStatement(text: string, syntax: SqlSyntax): boolean {
  const lexed = lexSql(text, syntax);
  return lexed.problems.length === 0 && lexed.separators.length === 0;
}

function opensLineComment(text: string, index: number, opener: string, syntax: SqlSyntax): boolean {
  if (!text.startsWith(opener, index)) return false;
  if (opener !== '--' || !syntax.dashDashNeedsSpace) return true;
  const next = text.charCodeAt(index + 2);
  return Number.isNaN(next) || next <= 0x20 || next === 0x7f;
}

function lineCommentEnd(text: string, start: number, opener: string, lexed: LexedSql): number {
  const newline = text.indexOf('\n', start);
  const end = newline < 0 ? text.length : newline + 1;
  lexed.segments.push({ kind: 'comment', opener, closer: '\n', start, end });
  // Some servers end a line comment at a lone CR, others do not: what follows it is read two ways.
  const carriageReturn = text.slice(start, end).search(/\r(?!\n)/);
  if (carriageReturn >= 0) {
    lexed.problems.push({
      offset: start + carriageReturn,
      message: `a "${opener}" comment holds a carriage return without a line feed (systems disagree on whether it ends the comment)`,
    });
  }
  return end;
}

function blockComment(text: string, start: number, syntax: SqlSyntax, lexed: LexedSql): number {
  const close = text.indexOf('*/', start + 2);
  const end = close < 0 ? text.length : close + 2;
  lexed.segments.push({ kind: 'comment', opener: '/*', closer: '*/', start, end });
  const executable = syntax.executableComments?.find((opener) => text.startsWith(opener, start));
  if (executable !== undefined) {
    lexed.problems.push({ offset: start, message: `"${executable}" opens a comment whose text the server runs as SQL` });
  }
  const inner = text.indexOf('/*', start + 2);
  if (inner >= 0 && inner < end - 2) {
    lexed.problems.push({
      offset: inner,
      message: 'a "/*" inside a "/* */" comment (systems disagree on whether comments nest)',
    });
  }
  if (close < 0) lexed.problems.push({ offset: start, message: 'a "/*" comment is not closed' });
  return end;
}

function dollarOpener(text: string, index: number, kind: 'tagged' | 'untagged'): string | undefined {
  if (kind === 'untagged') return text.startsWith('$$', index) ? '$$' : undefined;
  return DOLLAR_TAGGED.exec(text.slice(index, index + 128))?.[0];
}

/** Text quoted without escapes (`$tag$…$tag$`, `q'[…]'`): it ends at the first closer. */
function closedBy(text: string, start: number, opener: string, closer: string, lexed: LexedSql): number {
  const close = text.indexOf(closer, start + opener.length);
  const end = close < 0 ? text.length : close + closer.length;
  lexed.segments.push({ kind: 'quoted', opener, closer, start, end });
  if (close < 0) lexed.problems.push({ offset: start, message: `a ${opener}…${closer} quote is not closed` });
  return end;
}

/**
 * A quoted token, read both with backslash escapes (MySQL, ClickHouse, BigQuery, PostgreSQL's
 * E'…' or standard_conforming_strings off) and without: where the two readings end it at
 * different places, servers would too, so the text is ambiguous.
 */
function quotedEnd(text: string, start: number, opener: string, lexed: LexedSql): number {
  const closer = opener === '[' ? ']' : opener;
  const plain = closingOffset(text, start + opener.length, closer, false);
  const escaped = closingOffset(text, start + opener.length, closer, true);
  const end = plain < 0 || escaped < 0 ? text.length : Math.max(plain, escaped);
  lexed.segments.push({ kind: 'quoted', opener, closer, start, end });
  const shown = `${opener}…${closer}`;
  if (plain < 0 && escaped < 0) {
    lexed.problems.push({ offset: start, message: `a ${shown} quote is not closed` });
  } else if (plain !== escaped) {
    lexed.problems.push({
      offset: start,
      message: `a ${shown} quote ends at a different place depending on whether a backslash escapes the next character (write it without "\\" before a quote)`,
    });
  }
  return end;
}

/** Offset just past the closer, or -1 when it never closes. */
function closingOffset(text: string, from: number, closer: string, backslashEscapes: boolean): number {
  let index = from;
  while (index < text.length) {
    if (backslashEscapes && text[index] === '\\') {
      index += 2;
    } else if (text.startsWith(closer, index)) {
      if (closer.length === 1 && text.startsWith(closer, index + 1)) index += 2;
      else return index + closer.length;
    } else {
      index++;
    }
  }
  return -1;
}

/** A round trip of a batch: statements joined into one text, or one statement sent alone. */
export interface RoundTrip {
  sql: string;
  /** Sent alone, through a protocol where the server takes exactly one statement. */
  alone: boolean;
}

/**
 * Groups a batch into round trips for a server that runs `;`-separated text as a script:
 * consecutive statements this lexer reads as exactly one are joined by `\n;\n` (the line
 * break ends a trailing `--` comment); any other statement is its own round trip, to be sent
 * where a second statement is refused. So joining never lets a value start a statement.
 */
export function batchRoundTrips(statements: readonly string[], syntax: SqlSyntax): RoundTrip[] {
  const trips: RoundTrip[] = [];
  let joined: string[] = [];
  const flush = () => {
    if (joined.length > 0) trips.push({ sql: joined.join('\n;\n'), alone: false });
    joined = [];
  };
  for (const sql of statements) {
    if (isSingleStatement(sql, syntax)) {
      joined.push(sql);
    } else {
      flush();
      trips.push({ sql, alone: true });
    }
  }
  flush();
  return trips;
}
