/**
 * The fake's GoogleSQL lexer, written apart from the connector's literal.ts on purpose: the
 * fake reads what the connector writes, so a shared mistake could not hide. It follows
 * ZetaSQL's `CUnescapeInternal` (zetasql/public/strings.cc): a single-quoted literal cannot
 * hold a raw line break; escapes are \a \b \f \n \r \t \v \\ \? \' \" \` , \ooo (exactly 3
 * octal digits, the first 0-3), \xhh / \Xhh (exactly 2), \uhhhh, \Uhhhhhhhh (no surrogates,
 * at most U+10FFFF); hex and octal name code points; any other escape is an error. Raw
 * strings keep backslashes. Triple-quoted strings turn \r\n and \r into \n.
 *
 * And the other direction, `toStringLiteral`: ZetaSQL's ToStringLiteral (CEscapeInternal,
 * utf8_safe), which is how INFORMATION_SCHEMA.*_OPTIONS.option_value shows strings.
 */

export type Token =
  | { kind: 'string'; value: string; at: number }
  | { kind: 'identifier'; value: string; quoted: boolean; at: number }
  | { kind: 'number'; value: string; at: number }
  | { kind: 'symbol'; value: string; at: number };

/** An error the fake answers with: HTTP status 400 (invalidQuery) unless said otherwise. */
export class SqlError extends Error {
  constructor(
    message: string,
    readonly status = 400,
    readonly reason = status === 404 ? 'notFound' : 'invalidQuery',
  ) {
    super(message);
    this.name = 'SqlError';
  }
}

function isHex(char: string | undefined): boolean {
  return char !== undefined && /^[0-9A-Fa-f]$/.test(char);
}

function unescape(body: string, start: number, raw: boolean, triple: boolean): string {
  let out = '';
  const chars = [...body];
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!;
    if (c === '\r') {
      if (!triple) throw new SqlError(`Syntax error: Unclosed string literal at [${start}]`);
      out += '\n';
      if (chars[i + 1] === '\n') i++;
      continue;
    }
    if (c === '\n' && !triple) throw new SqlError(`Syntax error: Unclosed string literal at [${start}]`);
    if (c !== '\\') {
      out += c;
      continue;
    }
    const e = chars[i + 1];
    if (e === undefined) throw new SqlError('Syntax error: String literal cannot end with \\');
    if (raw) {
      out += c + e;
      i++;
      continue;
    }
    i++;
    switch (e) {
      case 'a': out += '\x07'; break;
      case 'b': out += '\x08'; break;
      case 'f': out += '\x0c'; break;
      case 'n': out += '\n'; break;
      case 'r': out += '\r'; break;
      case 't': out += '\t'; break;
      case 'v': out += '\x0b'; break;
      case '\\': out += '\\'; break;
      case '?': out += '?'; break;
      case "'": out += "'"; break;
      case '"': out += '"'; break;
      case '`': out += '`'; break;
      case '0': case '1': case '2': case '3': {
        const digits = chars.slice(i, i + 3).join('');
        if (!/^[0-7]{3}$/.test(digits)) throw new SqlError(`Illegal escape sequence: Octal escape must be followed by 3 octal digits but saw: \\${digits}`);
        out += String.fromCodePoint(parseInt(digits, 8));
        i += 2;
        break;
      }
      case 'x': case 'X': {
        if (!isHex(chars[i + 1]) || !isHex(chars[i + 2])) throw new SqlError('Illegal escape sequence: Hex escape must be followed by 2 hex digits');
        out += String.fromCodePoint(parseInt(chars[i + 1]! + chars[i + 2]!, 16));
        i += 2;
        break;
      }
      case 'u': case 'U': {
        const n = e === 'u' ? 4 : 8;
        const digits = chars.slice(i + 1, i + 1 + n);
        if (digits.length !== n || !digits.every(isHex)) throw new SqlError(`Illegal escape sequence: \\${e} must be followed by ${n} hex digits`);
        const cp = parseInt(digits.join(''), 16);
        if (cp > 0x10ffff) throw new SqlError('Illegal escape sequence: exceeds Unicode limit');
        if (cp >= 0xd800 && cp <= 0xdfff) throw new SqlError('Illegal escape sequence: Unicode value is invalid');
        out += String.fromCodePoint(cp);
        i += n;
        break;
      }
      default:
        throw new SqlError(`Syntax error: Illegal escape sequence: \\${e}`);
    }
  }
  return out;
}

/** End of a quoted run at `at` (the opening quote); backslash skips the next character. */
function closingAt(sql: string, at: number, close: string): number {
  let i = at;
  while (i < sql.length) {
    if (sql[i] === '\\') {
      i += 2;
      continue;
    }
    if (sql.startsWith(close, i)) return i;
    i++;
  }
  throw new SqlError(`Syntax error: Unclosed literal at [${at}]`);
}

export function tokenize(sql: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < sql.length) {
    const c = sql[i]!;
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    if (sql.startsWith('--', i) || c === '#') {
      while (i < sql.length && sql[i] !== '\n') i++;
      continue;
    }
    if (sql.startsWith('/*', i)) {
      const end = sql.indexOf('*/', i + 2);
      if (end < 0) throw new SqlError('Syntax error: Unclosed comment');
      i = end + 2;
      continue;
    }
    const rawPrefix = (c === 'r' || c === 'R') && (sql[i + 1] === "'" || sql[i + 1] === '"');
    if (c === "'" || c === '"' || rawPrefix) {
      const start = i;
      const q = rawPrefix ? i + 1 : i;
      const quote = sql[q]!;
      const triple = sql.startsWith(quote.repeat(3), q);
      const open = triple ? quote.repeat(3) : quote;
      const bodyStart = q + open.length;
      const end = closingAt(sql, bodyStart, open);
      tokens.push({ kind: 'string', value: unescape(sql.slice(bodyStart, end), start, rawPrefix, triple), at: start });
      i = end + open.length;
      continue;
    }
    if (c === '`') {
      const end = closingAt(sql, i + 1, '`');
      const value = unescape(sql.slice(i + 1, end), i, false, false);
      if (value === '') throw new SqlError('Syntax error: Invalid empty identifier');
      tokens.push({ kind: 'identifier', value, quoted: true, at: i });
      i = end + 1;
      continue;
    }
    if (/[A-Za-z_]/.test(c)) {
      let end = i + 1;
      while (end < sql.length && /[A-Za-z0-9_]/.test(sql[end]!)) end++;
      tokens.push({ kind: 'identifier', value: sql.slice(i, end), quoted: false, at: i });
      i = end;
      continue;
    }
    if (/[0-9]/.test(c)) {
      let end = i + 1;
      while (end < sql.length && /[0-9]/.test(sql[end]!)) end++;
      tokens.push({ kind: 'number', value: sql.slice(i, end), at: i });
      i = end;
      continue;
    }
    if ('.,()[]=;<>*-'.includes(c)) {
      tokens.push({ kind: 'symbol', value: c, at: i });
      i++;
      continue;
    }
    throw new SqlError(`Syntax error: Unexpected character "${c}" at [${i}]`);
  }
  return tokens;
}

/** ZetaSQL ToStringLiteral: `"..."` unless the text has `"` and no `'`; CEscape with utf8_safe. */
export function toStringLiteral(text: string): string {
  const quote = text.includes('"') && !text.includes("'") ? "'" : '"';
  let out = '';
  let lastHex = false;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    let hex = false;
    if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (ch === '\\') out += '\\\\';
    else if (ch === "'" || ch === '"' || ch === '`') out += ch === quote ? `\\${ch}` : ch;
    else if (cp < 0x80 && (cp < 0x20 || cp === 0x7f || (lastHex && /[0-9A-Fa-f]/.test(ch)))) {
      out += `\\x${cp.toString(16).padStart(2, '0')}`;
      hex = true;
    } else out += ch;
    lastHex = hex;
  }
  return `${quote}${out}${quote}`;
}
