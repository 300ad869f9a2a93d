/**
 * The fake's reader of Databricks SQL text, against the examples of the Databricks docs
 * (STRING type: literals and escapes) and Spark's parser: the golden tests rely on it to prove
 * what a warehouse would store, so it must read exactly as Databricks does.
 */
import { describe, expect, it } from 'vitest';
import { Parser, substituteVariables, tokenize, unescapeSqlString } from './fake/spark-sql.js';

function read(sql: string): string {
  const p = new Parser(tokenize(sql));
  const value = p.string();
  p.end();
  return value;
}

describe("the fake's reader of Databricks literals", () => {
  it.each<[string, string]>([
    ["'Spark'", 'Spark'],
    ["'O\\'Connell'", "O'Connell"],
    ["'Some\\nText'", 'Some\nText'],
    ["r'Some\\nText'", 'Some\\nText'],
    ["'\\\\'", '\\'],
    ["r'\\\\'", '\\\\'],
    ["''", ''],
    ["'서울시'", '서울시'],
    // '' is not an escape: two adjacent literals concatenate.
    ["'it''s'", 'its'],
    ["'a' 'b'", 'ab'],
    ['"double"', 'double'],
    ["'\\0\\b\\r\\t\\Z'", '\u0000\b\r\t\u001A'],
    // \% and \_ keep their backslash; any other \x reads x.
    ["'\\%\\_'", '\\%\\_'],
    ["'\\q\\\"\\{'", 'q"{'],
    ["'\\u0041\\U0001F680'", 'A🚀'],
    ["'\\101\\0'", 'A\u0000'],
    ["'\\u00'", 'u00'],
    ["'raw\nnewline'", 'raw\nnewline'],
    ["'a' -- comment\n", 'a'],
    ["/* x /* nested */ */ 'a'", 'a'],
  ])('%s reads %j', (sql, value) => {
    expect(read(sql)).toBe(value);
  });

  it('keeps a trailing lone backslash', () => {
    expect(unescapeSqlString('ab\\')).toBe('ab\\');
  });

  it('refuses what Databricks refuses', () => {
    expect(() => read("'unclosed")).toThrow(/PARSE_SYNTAX_ERROR/);
    expect(() => read("'a'; DROP TABLE x")).toThrow(/PARSE_SYNTAX_ERROR/);
    expect(() => tokenize('`unclosed')).toThrow(/PARSE_SYNTAX_ERROR/);
  });

  it('reads backticked names with doubled backticks and no escapes', () => {
    const p = new Parser(tokenize('`a``b`.`c\\d`.plain'));
    expect(p.multipartName()).toEqual(['a`b', 'c\\d', 'plain']);
  });

  it('substitutes variables before parsing, as spark.sql.variable.substitute does', () => {
    const values = { env: { HOME: '/home/spark' }, system: { 'user.name': 'spark' }, conf: { 'spark.sql.x': '1' } };
    expect(substituteVariables("'${env:HOME} ${system:user.name} ${spark.sql.x} ${unknown} $\\{env:HOME}'", values)).toBe(
      "'/home/spark spark 1 ${unknown} $\\{env:HOME}'",
    );
    expect(read(substituteVariables("'$\\{env:HOME}'", values))).toBe('${env:HOME}');
  });
});
