/**
 * Backslash escapes in quoted SQL text, table-driven: the escapes most dialects read the same,
 * a dialect's additions, and how it writes any other special character.
 */

/** `\\ \' \n \r \t`: read back identically by every backslash-escaping dialect revmeta writes. */
export const COMMON_BACKSLASH_ESCAPES: Readonly<Record<string, string>> = {
  '\\': '\\\\',
  "'": "\\'",
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
};

/**
 * Escapes a character with its `named` escape, or else as its code point in hex after
 * `prefix`, `digits` wide (`\xHH`, `\uHHHH`).
 */
export function backslashEscaper(named: Readonly<Record<string, string>>, prefix: '\\x' | '\\u', digits: 2 | 4): (char: string) => string {
  return (char) => named[char] ?? `${prefix}${char.charCodeAt(0).toString(16).toUpperCase().padStart(digits, '0')}`;
}

/** `` `name` `` with backticks doubled, as MySQL and Hive (Athena) read a name; `what` says whose names refuse a NUL. */
export function backtickIdentifier(name: string, what: string): string {
  if (name.includes('\0')) throw new Error(`${what} cannot contain a NUL character`);
  return `\`${name.replaceAll('`', '``')}\``;
}
