/**
 * Bound parameters for the `N'...'` literals of an apply statement (pure: no driver here).
 *
 * The plan shows statements with values as `N'...'` literals (sql.ts); the driver sends each
 * literal that stands in an argument position as a bound nvarchar parameter instead, through
 * sp_executesql, so the server never lexes a description. `bindLiterals` finds those literals
 * with a small T-SQL scanner and gives back the statement with each replaced by a variable
 * (`@revmeta_p0`, `@revmeta_p1`, ...) and the values, in order, exactly as the server's lexer
 * would have read the literals.
 *
 * The scanner skips what can hide a quote: `[...]` names (`]]` inside), `"..."` names (`""`),
 * `-- ...` line comments (to LF), `/* ... *\/` comments (they nest in T-SQL) and plain `'...'`
 * strings. An `N'...'` (or `n'...'`) starts a national literal only where a word does not go
 * on (`xN'a'` is the word `xN` and the string `'a'`). Such a literal is bound only directly
 * after `@name =` (white space allowed around `=`, nothing else): a named procedure argument
 * (`EXEC p @a = N'x'`), an assignment (`SET @a = N'x'`, `SELECT @a = N'x'`) or a comparison,
 * positions where a variable always stands as well as a literal. A literal anywhere else
 * stays in the text (a custom template may put one where only a constant is allowed), and so
 * does every literal of a statement that
 *   - defines or names a module (`PROC`, `PROCEDURE`, `FUNCTION`, `TRIGGER` as words): the
 *     module's body is compiled on its own and could not see the parameter;
 *   - has an `OPTIMIZE` hint: `OPTIMIZE FOR (@a = N'x')` takes only a constant;
 *   - has a variable of its own starting `@revmeta_p` (in any case, accents or width): the
 *     names could clash
 *     (text in strings, names and comments is no variable and does not count);
 *   - does not scan (an unclosed name, string or comment): the server reports the error on
 *     the statement as written.
 *
 * Values are decoded as the T-SQL lexer reads a literal, the exact inverse of quoteLiteral:
 * `''` is one `'`, and a backslash directly followed by LF or CR LF disappears together with
 * that line break (the line continuation; quoteLiteral's inserted empty continuation is
 * removed this way and the value's own backslash and line break stay). Nothing else changes.
 */

/** Variable names are this prefix and the literal's index: `@revmeta_p0`, `@revmeta_p1`, ... */
export const PARAMETER_PREFIX = 'revmeta_p';

export interface BoundStatement {
  /** The statement with each bound literal replaced by `@revmeta_pN`. */
  sql: string;
  /** The value of `@revmeta_pN` at index N; empty when nothing is bound (then `sql` is the input). */
  params: string[];
}

/** Characters of a T-SQL word (regular identifiers, variables, numbers, `$` money). */
const WORD_CHAR = /[\p{L}\p{Nd}_@#$]/u;
const SPACE = /\s/;

/** Words that make a statement keep all its literals (see the module comment). */
const KEEP_LITERALS = new Set(['PROC', 'PROCEDURE', 'FUNCTION', 'TRIGGER', 'OPTIMIZE']);

/** The T-SQL line continuation: a backslash and the LF or CR LF right after it. */
const CONTINUATION = /\\(?:\r\n|\n)/g;

/** The value the T-SQL lexer reads from the text between a literal's quotes. */
export function decodeLiteralBody(body: string): string {
  return body.replaceAll("''", "'").replace(CONTINUATION, '');
}

/** Index after the closing `close` of a run whose text starts at `from` (`close` doubled inside is text), or -1 if unclosed. */
function quotedEnd(sql: string, from: number, close: string): number {
  let i = from;
  for (;;) {
    const at = sql.indexOf(close, i);
    if (at < 0) return -1;
    if (sql[at + 1] !== close) return at + 1;
    i = at + 2;
  }
}

/** Index after a `/* *\/` comment starting at `start`, nested ones included, or -1 if unclosed. */
function blockCommentEnd(sql: string, start: number): number {
  let depth = 0;
  let i = start;
  while (i < sql.length) {
    if (sql.startsWith('/*', i)) {
      depth++;
      i += 2;
    } else if (sql.startsWith('*/', i)) {
      depth--;
      i += 2;
      if (depth === 0) return i;
    } else {
      i++;
    }
  }
  return -1;
}

type Token = 'variable' | 'equals' | 'other';

/**
 * A name as the loosest collation compares it (case, accent and width insensitive), so that
 * no variable a server takes for `@revmeta_p0` is missed.
 */
const foldName = (name: string): string => name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

/** `@name`, not `@@name` (a system function) nor a bare `@`. */
const isVariable = (word: string): boolean => word.length > 1 && word[0] === '@' && word[1] !== '@';

/**
 * The statement with its argument-position `N'...'` literals replaced by `@revmeta_pN`, and
 * their values; or the statement unchanged with no values (see the module comment for when).
 */
export function bindLiterals(sql: string): BoundStatement {
  const unchanged: BoundStatement = { sql, params: [] };
  const params: string[] = [];
  let out = '';
  let copied = 0;
  // The last two tokens (comments count as tokens: only white space may separate `@a`, `=` and the literal).
  let previous = 'other' as Token;
  let last = 'other' as Token;
  const push = (token: Token): void => {
    previous = last;
    last = token;
  };
  let i = 0;
  while (i < sql.length) {
    const c = sql[i]!;
    const next = sql[i + 1];
    let end: number;
    if (SPACE.test(c)) {
      i++;
      continue;
    }
    if (c === '-' && next === '-') {
      const lineEnd = sql.indexOf('\n', i + 2);
      end = lineEnd < 0 ? sql.length : lineEnd + 1;
    } else if (c === '/' && next === '*') {
      end = blockCommentEnd(sql, i);
    } else if (c === '[') {
      end = quotedEnd(sql, i + 1, ']');
    } else if (c === '"') {
      end = quotedEnd(sql, i + 1, '"');
    } else if (c === "'") {
      end = quotedEnd(sql, i + 1, "'");
    } else if ((c === 'N' || c === 'n') && next === "'") {
      // A word never runs into this N: words are read whole below.
      end = quotedEnd(sql, i + 2, "'");
      if (end < 0) return unchanged;
      if (previous === 'variable' && last === 'equals') {
        out += `${sql.slice(copied, i)}@${PARAMETER_PREFIX}${params.length}`;
        params.push(decodeLiteralBody(sql.slice(i + 2, end - 1)));
        copied = end;
      }
    } else if (WORD_CHAR.test(c)) {
      end = i + 1;
      while (end < sql.length && WORD_CHAR.test(sql[end]!)) end++;
      const word = sql.slice(i, end);
      if (KEEP_LITERALS.has(word.toUpperCase())) return unchanged;
      const variable = isVariable(word);
      if (variable && foldName(word).startsWith(`@${PARAMETER_PREFIX}`)) return unchanged;
      push(variable ? 'variable' : 'other');
      i = end;
      continue;
    } else {
      push(c === '=' ? 'equals' : 'other');
      i++;
      continue;
    }
    if (end < 0) return unchanged;
    push('other');
    i = end;
  }
  if (params.length === 0) return unchanged;
  return { sql: out + sql.slice(copied), params };
}
