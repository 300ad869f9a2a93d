/**
 * Quoting shared by the Unity Catalog and legacy Hive metastore dialects: both are Databricks
 * SQL (Spark's parser), so names and values are written alike.
 *
 * - Names always go in backticks, a backtick doubled (`` `a``b` ``). Backticks take no other
 *   escape, so a backslash or a quote in a name stays as it is.
 * - String literals are `'...'` with backslash escapes: in Databricks `''` is NOT an escaped
 *   quote (two adjacent literals concatenate, so `'it''s'` reads `its`). Databricks reads
 *   `\\ \' \n \r \t` and Spark's `\uXXXX`; every other `\x` reads as `x`, except `\%` and `\_`,
 *   which keep their backslash (so a backslash is always written doubled).
 * - Control characters are written as escapes, so a plan shows them; everything else
 *   (quotes `"`, Unicode, line separators) is written as it is.
 * - `${` is written `$\{`: Spark substitutes `${var}`, `${env:VAR}` and `${system:prop}` in
 *   the statement text before parsing it (`spark.sql.variable.substitute`, on by default), which
 *   would store a server value instead of the text (and never converge). `\{` reads as `{`.
 *   Backticked names cannot be escaped that way; a name holding `${` is refused.
 */
import { backslashEscaper, COMMON_BACKSLASH_ESCAPES } from '../kit/escapes.js';

const escapeChar = backslashEscaper(COMMON_BACKSLASH_ESCAPES, '\\u', 4);

const LITERAL_SPECIALS = /[\\'\u0000-\u001f\u007f]/g;

/** `'...'` with backslash escapes, as Databricks reads it. */
export function quoteLiteral(value: string): string {
  return `'${value.replace(LITERAL_SPECIALS, escapeChar).replaceAll('${', '$\\{')}'`;
}

/** `` `name` `` with backticks doubled: case, dots, spaces and reserved words never change a name. */
export function quoteIdentifier(name: string): string {
  if (name === '') throw new Error('Databricks names cannot be empty');
  if (name.includes('${')) {
    throw new Error(`Databricks would substitute the "\${" in the name ${JSON.stringify(name)} before parsing the statement; revmeta cannot write it safely`);
  }
  return `\`${name.replaceAll('`', '``')}\``;
}

/** Dotted, each part quoted: `` `catalog`.`schema`.`table` ``. */
export function qualifiedName(parts: readonly string[]): string {
  return parts.map(quoteIdentifier).join('.');
}
