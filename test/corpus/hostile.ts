/**
 * The shared corpus of hostile values and identifiers every dialect compiles and round-trips
 * through a real engine. Nothing here contains NUL (no SQL engine stores it in text).
 * Identifiers stay within 63 UTF-8 bytes (PostgreSQL's NAMEDATALEN − 1) so that they survive
 * every engine unchanged; a dialect that cannot store one filters it in its own test, by name.
 */

export interface HostileCase {
  name: string;
  value: string;
}

/** 100 KiB of text: quotes and backslashes recur all through it, not only at the ends. */
function hundredKilobytes(): string {
  const chunk = "Long text with 'quotes', \"double\", a \\ and $$ in it.\n"; // 53 bytes
  const filler = '.'.repeat(64 - chunk.length);
  const text = (chunk + filler).repeat(1600);
  return text;
}

export const HOSTILE_VALUES: HostileCase[] = [
  { name: 'plain', value: 'One row per order' },
  { name: 'single quote', value: "it's the customer's order" },
  { name: 'only a quote', value: "'" },
  { name: 'doubled quotes', value: "''" },
  { name: 'double quotes', value: 'say "hello" and ""' },
  { name: 'backslashes', value: 'C:\\path\\to\\file and \\n is not a newline' },
  { name: 'trailing backslash', value: 'ends with a backslash \\' },
  { name: 'only a backslash', value: '\\' },
  { name: 'backslash before quote', value: "\\'" },
  { name: 'escaped-quote injection', value: "\\'; DROP TABLE x; --" },
  { name: 'quote injection', value: "'); DROP TABLE x; --" },
  { name: 'double-quote injection', value: '"; DROP TABLE x; --' },
  { name: 'dollar quoting', value: '$$ body $$ and $tag$ body $tag$ and $' },
  { name: 'comment markers', value: '*/ closes, /* opens, -- and # start comments' },
  { name: 'template placeholders', value: '{table} {description} {owner} {tags} ${VAR}' },
  { name: 'bind markers', value: '? $1 :name @p1 %s %d' },
  { name: 'escape-string prefixes', value: "E'\\x41' U&'\\0041' N'x' b'1'" },
  { name: 'newlines', value: 'line one\nline two\n' },
  { name: 'CRLF', value: 'line one\r\nline two\r\n' },
  { name: 'lone CR', value: 'a\rb' },
  { name: 'tabs', value: 'col\tcol\t' },
  { name: 'control characters', value: 'bell \u0007 escape \u001b[31m red' },
  { name: 'leading and trailing spaces', value: '  padded  ' },
  { name: 'emoji', value: 'launch 🚀 family 👩‍👩‍👧 flag 🇫🇷' },
  { name: 'astral characters', value: '𝔘𝔫𝔦𝔠𝔬𝔡𝔢 𠜎 𓂀' },
  { name: 'combining characters', value: 'e\u0301 vs \u00e9, Z\u0324\u0354\u0367\u0311a\u0308' },
  { name: 'right-to-left', value: 'مرحبا بالعالم \u202Egnp.exe\u202C שלום' },
  { name: 'unicode separators', value: 'a\u2028b\u2029c\uFEFFd\u200Be' },
  { name: 'brackets and backticks', value: '`x` [x] {x} <x>' },
  { name: '100 KB text', value: hundredKilobytes() },
];

export const HOSTILE_IDENTIFIERS: HostileCase[] = [
  { name: 'double quote', value: 'with"quote' },
  { name: 'only double quotes', value: '""' },
  { name: 'single quote', value: "it's" },
  { name: 'dot', value: 'dot.ted' },
  { name: 'space', value: 'with space' },
  { name: 'mixed case', value: 'MixedCase' },
  { name: 'upper case', value: 'UPPER' },
  { name: 'unicode', value: 'ünïcødé_名前' },
  { name: 'emoji', value: '🚀rocket' },
  { name: 'leading digit', value: '1st_place' },
  { name: 'reserved word', value: 'select' },
  { name: 'reserved word upper', value: 'ORDER' },
  { name: 'backtick', value: 'back`tick' },
  { name: 'brackets', value: '[bracketed]' },
  { name: 'backslash', value: 'back\\slash' },
  { name: 'comment markers', value: 'a*/b--c/*d' },
  { name: 'injection', value: 'x"; DROP TABLE y; --' },
  { name: 'semicolon and dash', value: 'semi;colon-dash' },
  { name: 'dollar', value: '$dollar$' },
];
