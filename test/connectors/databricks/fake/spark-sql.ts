/**
 * How Databricks (Spark's SQL parser) reads a statement's text, for the fake server and the
 * golden tests: variable substitution, comments, backticked names, and string literals with
 * Spark's escapes (ParserUtils.unescapeSQLString) — so a statement revmeta escapes wrongly
 * reads differently here, exactly as it would on a warehouse:
 *   - `''` is not an escaped quote: adjacent literals concatenate (`'it''s'` reads `its`);
 *   - `\0 \b \n \r \t \Z` are control characters, `\uXXXX` / `\UXXXXXXXX` code points, `\NNN`
 *     (first digit 0-3) octal; `\%` and `\_` keep their backslash; `\x` otherwise reads `x`;
 *   - `${var}`, `${env:VAR}`, `${system:prop}` are substituted in the raw text before parsing.
 */

export type Token =
  | { kind: 'word'; text: string; upper: string; at: number }
  | { kind: 'ident'; text: string; at: number }
  | { kind: 'string'; text: string; at: number }
  | { kind: 'number'; text: string; at: number }
  | { kind: 'punct'; text: string; at: number };

export class SparkSqlError extends Error {
  constructor(
    readonly errorClass: string,
    message: string,
    readonly sqlState: string,
  ) {
    super(`[${errorClass}] ${message} SQLSTATE: ${sqlState}`);
  }
}

export function syntaxError(near: string): SparkSqlError {
  return new SparkSqlError('PARSE_SYNTAX_ERROR', `Syntax error at or near ${near}.`, '42601');
}

/** Spark's `spark.sql.variable.substitute`: `${[prefix:]key}` replaced where the key is known. */
export function substituteVariables(
  sql: string,
  values: { env: Readonly<Record<string, string>>; system: Readonly<Record<string, string>>; conf: Readonly<Record<string, string>> },
): string {
  return sql.replace(/\$\{(?:(\w+?):)?(\S+?)\}/g, (whole, prefix: string | undefined, key: string) => {
    const source = prefix === 'env' ? values.env : prefix === 'system' ? values.system : prefix === undefined || prefix === 'spark' || prefix === 'hiveconf' || prefix === 'hivevar' ? values.conf : undefined;
    const value = source?.[prefix === 'spark' ? `spark.${key}` : key];
    return value ?? whole;
  });
}

const HEX = /^[0-9a-fA-F]+$/;

/** The value of a regular string literal's body (between the quotes), as Spark unescapes it. */
export function unescapeSqlString(body: string): string {
  let out = '';
  let i = 0;
  const length = body.length;
  while (i < length) {
    const c = body[i]!;
    if (c !== '\\' || i + 1 === length) {
      out += c;
      i += 1;
      continue;
    }
    i += 1;
    const after = body[i]!;
    if (after === 'u' && i + 5 <= length && HEX.test(body.slice(i + 1, i + 5))) {
      out += String.fromCharCode(Number.parseInt(body.slice(i + 1, i + 5), 16));
      i += 5;
    } else if (after === 'U' && i + 9 <= length && HEX.test(body.slice(i + 1, i + 9))) {
      out += String.fromCodePoint(Number.parseInt(body.slice(i + 1, i + 9), 16));
      i += 9;
    } else if (i + 2 < length && /^[0-3][0-7][0-7]$/.test(body.slice(i, i + 3))) {
      out += String.fromCharCode(Number.parseInt(body.slice(i, i + 3), 8));
      i += 3;
    } else {
      out += ESCAPED[after] ?? after;
      i += 1;
    }
  }
  return out;
}

const ESCAPED: Readonly<Record<string, string>> = {
  '0': '\u0000',
  b: '\b',
  n: '\n',
  r: '\r',
  t: '\t',
  Z: '\u001A',
  '%': '\\%',
  _: '\\_',
};

/** Tokens of a statement, comments dropped (`--` to the end of the line, nested `/* *\/`). */
export function tokenize(sql: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < sql.length) {
    const c = sql[i]!;
    if (/\s/.test(c)) {
      i += 1;
    } else if (sql.startsWith('--', i)) {
      const end = sql.indexOf('\n', i);
      i = end < 0 ? sql.length : end + 1;
    } else if (sql.startsWith('/*', i)) {
      let depth = 0;
      do {
        if (sql.startsWith('/*', i)) {
          depth += 1;
          i += 2;
        } else if (sql.startsWith('*/', i)) {
          depth -= 1;
          i += 2;
        } else if (i >= sql.length) {
          throw syntaxError('end of input (unclosed comment)');
        } else {
          i += 1;
        }
      } while (depth > 0);
    } else if (c === "'" || c === '"') {
      // STRING_LITERAL: quote ( ~(quote | '\') | '\' . )* quote — raw newlines included.
      let j = i + 1;
      while (j < sql.length && sql[j] !== c) j += sql[j] === '\\' ? 2 : 1;
      if (j >= sql.length) throw syntaxError(`${JSON.stringify(sql.slice(i, i + 20))} (unclosed string literal)`);
      tokens.push({ kind: 'string', text: unescapeSqlString(sql.slice(i + 1, j)), at: i });
      i = j + 1;
    } else if (c === '`') {
      let j = i + 1;
      let name = '';
      for (;;) {
        if (j >= sql.length) throw syntaxError('end of input (unclosed backticked name)');
        if (sql[j] === '`') {
          if (sql[j + 1] === '`') {
            name += '`';
            j += 2;
            continue;
          }
          break;
        }
        name += sql[j];
        j += 1;
      }
      tokens.push({ kind: 'ident', text: name, at: i });
      i = j + 1;
    } else if (/[A-Za-z_]/.test(c)) {
      // r'...' raw literals: no escapes at all.
      if ((c === 'r' || c === 'R') && (sql[i + 1] === "'" || sql[i + 1] === '"')) {
        const quote = sql[i + 1]!;
        const end = sql.indexOf(quote, i + 2);
        if (end < 0) throw syntaxError('end of input (unclosed raw literal)');
        tokens.push({ kind: 'string', text: sql.slice(i + 2, end), at: i });
        i = end + 1;
        continue;
      }
      let j = i + 1;
      while (j < sql.length && /[A-Za-z0-9_]/.test(sql[j]!)) j += 1;
      const text = sql.slice(i, j);
      tokens.push({ kind: 'word', text, upper: text.toUpperCase(), at: i });
      i = j;
    } else if (/[0-9]/.test(c)) {
      let j = i + 1;
      while (j < sql.length && /[0-9]/.test(sql[j]!)) j += 1;
      tokens.push({ kind: 'number', text: sql.slice(i, j), at: i });
      i = j;
    } else if (sql.startsWith('<>', i) || sql.startsWith('!=', i)) {
      tokens.push({ kind: 'punct', text: '<>', at: i });
      i += 2;
    } else if ('(),.=;*'.includes(c)) {
      tokens.push({ kind: 'punct', text: c, at: i });
      i += 1;
    } else {
      throw syntaxError(`'${c}'`);
    }
  }
  return tokens;
}

/** A cursor over tokens with the few moves a statement parser needs. */
export class Parser {
  private index = 0;

  constructor(private readonly tokens: readonly Token[]) {}

  peek(offset = 0): Token | undefined {
    return this.tokens[this.index + offset];
  }

  /** Consumes whatever token is next. */
  next(): Token {
    const token = this.peek();
    if (!token) throw syntaxError('end of input');
    this.index += 1;
    return token;
  }

  atEnd(): boolean {
    return this.index >= this.tokens.length;
  }

  private near(): string {
    const token = this.peek();
    return token ? `'${token.text}'` : 'end of input';
  }

  /** Whether the next tokens are these keywords (case-insensitive), consuming them if so. */
  accept(...words: string[]): boolean {
    for (let k = 0; k < words.length; k++) {
      const token = this.peek(k);
      if (!token || token.kind !== 'word' || token.upper !== words[k]) return false;
    }
    this.index += words.length;
    return true;
  }

  expect(...words: string[]): void {
    if (!this.accept(...words)) throw syntaxError(this.near());
  }

  acceptPunct(text: string): boolean {
    const token = this.peek();
    if (token?.kind === 'punct' && token.text === text) {
      this.index += 1;
      return true;
    }
    return false;
  }

  expectPunct(text: string): void {
    if (!this.acceptPunct(text)) throw syntaxError(this.near());
  }

  /** One name part: a backticked name or a bare word. */
  identifier(): string {
    const token = this.peek();
    if (token?.kind === 'ident' || token?.kind === 'word') {
      this.index += 1;
      return token.text;
    }
    throw syntaxError(this.near());
  }

  /** `a.b.c`: the parts as written. */
  multipartName(): string[] {
    const parts = [this.identifier()];
    while (this.acceptPunct('.')) parts.push(this.identifier());
    return parts;
  }

  /** A string constant: adjacent literals concatenate (`'a' 'b'` is `'ab'`). */
  string(): string {
    let token = this.peek();
    if (token?.kind !== 'string') throw syntaxError(this.near());
    let value = '';
    while (token?.kind === 'string') {
      value += token.text;
      this.index += 1;
      token = this.peek();
    }
    return value;
  }

  /** A string constant or NULL. */
  stringOrNull(): string | null {
    return this.accept('NULL') ? null : this.string();
  }

  end(): void {
    this.acceptPunct(';');
    if (!this.atEnd()) throw syntaxError(this.near());
  }
}
