/**
 * GoogleSQL's lexical forms as BigQuery reads them (ZetaSQL `CUnescapeInternal` and
 * `ToStringLiteral`): what revmeta writes into statements, and what it reads back out of
 * `INFORMATION_SCHEMA.*_OPTIONS.option_value`, which holds option values as SQL literals.
 *
 * Rules (GoogleSQL "Lexical structure", escape sequences table):
 * - A quoted string is `'...'` or `"..."`; backslash starts an escape; it cannot hold a raw
 *   line break. Triple-quoted `'''...'''` / `"""..."""` may; `r`/`R` makes a raw string.
 * - Escapes: `\a \b \f \n \r \t \v \\ \? \' \" \``, octal `\ooo` (exactly 3 digits, first 0-3),
 *   hex `\xhh` / `\Xhh` (exactly 2), `\uhhhh`, `\Uhhhhhhhh`; hex and octal name a code
 *   point, not a byte. Anything else after a backslash is an error.
 * - A quoted identifier is `` `...` `` with the same escapes.
 */
import { backslashEscaper, COMMON_BACKSLASH_ESCAPES } from '../kit/escapes.js';

/** The escapes revmeta writes. Only these, so every statement reads back the same everywhere. */
const WRITE_ESCAPES: Readonly<Record<string, string>> = { ...COMMON_BACKSLASH_ESCAPES, '`': '\\`' };

/** Control characters other than the named ones as `\xHH` (a code point): visible in a plan, read back exactly. */
const escapeChar = backslashEscaper(WRITE_ESCAPES, '\\x', 2);

const LITERAL_SPECIALS = /[\\'\u0000-\u001f\u007f]/g;
const IDENTIFIER_SPECIALS = /[\\`\u0000-\u001f\u007f]/g;

/**
 * `@google-cloud/common` replaces every `{{projectId}}` in a request's JSON body with the
 * project id before sending it, query text included. A literal holding that text would
 * silently store the project id instead, so its first brace is written as the escape
 * `\x7B`, which BigQuery reads as `{` and the client does not recognise.
 */
const PROJECT_ID_TOKEN = /\{(?=\{projectId\}\})/g;

/** `'...'` with backslash escapes: the one form every BigQuery surface reads alike. */
export function quoteLiteral(value: string): string {
  return `'${value.replace(LITERAL_SPECIALS, escapeChar).replace(PROJECT_ID_TOKEN, '\\x7B')}'`;
}

/** Always in backticks, so case, reserved words, dashes and unicode never change a name. */
export function quoteIdentifier(name: string): string {
  if (name === '') throw new Error('BigQuery names cannot be empty');
  return `\`${name.replace(IDENTIFIER_SPECIALS, escapeChar).replace(PROJECT_ID_TOKEN, '\\x7B')}\``;
}

// ---------------------------------------------------------------------------------------
// Reading literals back

export class LiteralError extends Error {
  constructor(message: string, readonly offset: number) {
    super(`${message} (at offset ${offset})`);
    this.name = 'LiteralError';
  }
}

const SIMPLE_ESCAPES: Readonly<Record<string, string>> = {
  a: '\u0007',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
  '\\': '\\',
  '?': '?',
  "'": "'",
  '"': '"',
  '`': '`',
};

function codePoint(hex: string, at: number): string {
  const value = Number.parseInt(hex, 16);
  if (value >= 0xd800 && value <= 0xdfff) throw new LiteralError(`escape names a surrogate code point U+${hex}`, at);
  if (value > 0x10ffff) throw new LiteralError(`escape exceeds the Unicode range: ${hex}`, at);
  return String.fromCodePoint(value);
}

/** Reads one escape at `text[at] === '\\'`; returns the character and where reading goes on. */
function readEscape(text: string, at: number): { value: string; end: number } {
  const next = text[at + 1];
  if (next === undefined) throw new LiteralError('a literal cannot end with a backslash', at);
  const simple = SIMPLE_ESCAPES[next];
  if (simple !== undefined) return { value: simple, end: at + 2 };
  if (/[0-3]/.test(next)) {
    const digits = text.slice(at + 1, at + 4);
    if (!/^[0-7]{3}$/.test(digits)) throw new LiteralError(`octal escape needs 3 octal digits: \\${digits}`, at);
    return { value: String.fromCodePoint(Number.parseInt(digits, 8)), end: at + 4 };
  }
  const hexLength = next === 'x' || next === 'X' ? 2 : next === 'u' ? 4 : next === 'U' ? 8 : 0;
  if (hexLength === 0) throw new LiteralError(`illegal escape sequence \\${next}`, at);
  const hex = text.slice(at + 2, at + 2 + hexLength);
  if (hex.length !== hexLength || !/^[0-9a-fA-F]+$/.test(hex)) throw new LiteralError(`\\${next} needs ${hexLength} hex digits`, at);
  return { value: codePoint(hex, at), end: at + 2 + hexLength };
}

export interface ReadLiteral {
  value: string;
  /** Offset just after the closing quote. */
  end: number;
}

/**
 * Reads the string literal (any GoogleSQL form: quoted, triple-quoted, raw) or quoted
 * identifier starting at `at`. Throws a LiteralError on anything BigQuery would refuse.
 */
export function readQuoted(text: string, at: number): ReadLiteral {
  let i = at;
  const raw = text[i] === 'r' || text[i] === 'R';
  if (raw) i++;
  const quote = text[i];
  if (quote !== "'" && quote !== '"' && quote !== '`') throw new LiteralError('expected a quoted literal', at);
  if (raw && quote === '`') throw new LiteralError('identifiers cannot be raw', at);
  const triple = quote !== '`' && text.startsWith(quote.repeat(3), i);
  const closing = triple ? quote.repeat(3) : quote;
  i += closing.length;
  let value = '';
  for (;;) {
    const char = text[i];
    if (char === undefined) throw new LiteralError(`unterminated literal, expected ${closing}`, at);
    if (text.startsWith(closing, i)) return { value, end: i + closing.length };
    if (char === '\\') {
      if (raw) {
        const next = text[i + 1];
        if (next === undefined) throw new LiteralError('raw literals cannot end with an odd number of backslashes', i);
        value += char + next;
        i += 2;
        continue;
      }
      const escape = readEscape(text, i);
      value += escape.value;
      i = escape.end;
      continue;
    }
    if ((char === '\n' || char === '\r') && !triple) throw new LiteralError('a quoted literal cannot contain a line break', i);
    if (char === '\r') {
      // Triple-quoted: every kind of line break reads as \n.
      value += '\n';
      i += text[i + 1] === '\n' ? 2 : 1;
      continue;
    }
    value += char;
    i += 1;
  }
}

/** A whole text that must be exactly one string literal (an `option_value` of type STRING). */
export function parseStringLiteral(text: string): string {
  const trimmed = text.trim();
  const literal = readQuoted(trimmed, 0);
  if (literal.end !== trimmed.length) throw new LiteralError('text after the literal', literal.end);
  if (trimmed[0] === '`') throw new LiteralError('an identifier is not a string literal', 0);
  return literal.value;
}

function skipSpace(text: string, at: number): number {
  let i = at;
  while (i < text.length && /\s/.test(text[i]!)) i++;
  return i;
}

function expect(text: string, at: number, token: string): number {
  const i = skipSpace(text, at);
  if (text.slice(i, i + token.length).toUpperCase() !== token.toUpperCase()) {
    throw new LiteralError(`expected ${token}`, i);
  }
  return i + token.length;
}

/**
 * The `labels` option value: `[STRUCT("k", "v"), ...]` as INFORMATION_SCHEMA shows it, or the
 * tuple form `[("k", "v")]` DDL takes; `[]` and NULL are no labels.
 */
export function parseLabels(text: string): Record<string, string> {
  const labels: Record<string, string> = {};
  const trimmed = text.trim();
  if (trimmed === '' || trimmed.toUpperCase() === 'NULL') return labels;
  let i = expect(trimmed, 0, '[');
  i = skipSpace(trimmed, i);
  if (trimmed[i] === ']') {
    if (skipSpace(trimmed, i + 1) !== trimmed.length) throw new LiteralError('text after the labels', i + 1);
    return labels;
  }
  for (;;) {
    i = skipSpace(trimmed, i);
    if (trimmed.slice(i, i + 6).toUpperCase() === 'STRUCT') i += 6;
    i = expect(trimmed, i, '(');
    const key = readQuoted(trimmed, skipSpace(trimmed, i));
    i = expect(trimmed, key.end, ',');
    const value = readQuoted(trimmed, skipSpace(trimmed, i));
    i = expect(trimmed, value.end, ')');
    labels[key.value] = value.value;
    i = skipSpace(trimmed, i);
    if (trimmed[i] === ',') {
      i++;
      continue;
    }
    i = expect(trimmed, i, ']');
    if (skipSpace(trimmed, i) !== trimmed.length) throw new LiteralError('text after the labels', i);
    return labels;
  }
}
