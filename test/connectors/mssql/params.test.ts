/**
 * bindLiterals: which `N'...'` literals of a statement the driver sends as bound parameters
 * (those directly after `@name =`), what it skips (names, comments, plain strings, literals in
 * other positions), when it binds nothing (unclosed runs, module definitions, OPTIMIZE hints,
 * clashing variables), and that each value is exactly what the server's lexer would read:
 * for every statement the dialect compiles, with random and hostile names and values, the
 * params are the original values in order, no bound value is left as a literal, and putting
 * quoteLiteral(value) back gives the compiled statement again.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bindLiterals, decodeLiteralBody, PARAMETER_PREFIX } from '../../../src/connectors/mssql/params.js';
import { dialect, quoteLiteral } from '../../../src/connectors/mssql/sql.js';
import type { ObjectRef, RelationKind } from '../../../src/model/types.js';
import type { Change } from '../../../src/plan/types.js';
import { HOSTILE_IDENTIFIERS, HOSTILE_VALUES } from '../../corpus/hostile.js';
import { descriptionChange, nameOf, RUNS, valueOf } from '../../property/quoting-support.js';
import { change } from './fixtures.js';

const p = (i: number): string => `@${PARAMETER_PREFIX}${i}`;

function sqlOf(one: Change): string {
  const [statement] = dialect.compile([one], {});
  return statement!.sql;
}

/** `@value = <literal>` alone, for the examples: the value bound, the statement rewritten. */
function bindValue(value: string): { sql: string; params: string[] } {
  return bindLiterals(`EXEC sys.sp_addextendedproperty @value = ${quoteLiteral(value)}`);
}

const column: ObjectRef = { kind: 'column', database: 'Sales', schema: 'dbo', table: 'Orders', column: 'OrderID', relation: 'table' };

describe('bindLiterals: examples', () => {
  it('binds every argument literal of a compiled statement, in order', () => {
    const sql = sqlOf(change(column, 'description', "it's"));
    expect(bindLiterals(sql)).toEqual({
      sql: `EXEC sys.sp_addextendedproperty @name = ${p(0)}, @value = ${p(1)}, @level0type = ${p(2)}, @level0name = ${p(3)}, @level1type = ${p(4)}, @level1name = ${p(5)}, @level2type = ${p(6)}, @level2name = ${p(7)}`,
      params: ['MS_Description', "it's", 'SCHEMA', 'dbo', 'TABLE', 'Orders', 'COLUMN', 'OrderID'],
    });
  });

  it.each<[string, string]>([
    ['a quote', "it's the customer's"],
    ['only quotes', "''"],
    ['backslash before LF', 'a \\\nb'],
    ['backslash before CRLF', 'a \\\r\nb'],
    ['two backslashes before LF', 'a \\\\\nb'],
    ['a backslash at the end', 'ends with \\'],
    ['a backslash before a lone CR', 'a\\\rb'],
    ['dollar quotes', '$$ body $$ and $tag$'],
    ['emoji', 'launch 🚀 family 👩‍👩‍👧'],
    ['brackets', '[x] ]] ]'],
    ['comment markers', "-- not a comment\n/* nor /* this */ */ '"],
    ['an unclosed comment marker', '/* opens'],
    ['a literal-looking value', "N'x' @a = N'y'"],
    ['our own variable name', `${p(0)} and @REVMETA_P1`],
    ['the empty string', ''],
    ['long text', 'x'.repeat(5000)],
  ])('binds a value with %s exactly', (_name, value) => {
    expect(bindValue(value)).toEqual({ sql: `EXEC sys.sp_addextendedproperty @value = ${p(0)}`, params: [value] });
  });

  it('reads literals as the T-SQL lexer does: real continuations disappear, doubled quotes are one', () => {
    expect(decodeLiteralBody("it''s")).toBe("it's");
    expect(decodeLiteralBody('a\\\nb\\\r\nc')).toBe('abc');
    expect(decodeLiteralBody('a\\\\\n\nb')).toBe('a\\\nb');
    expect(decodeLiteralBody('a\\\rb\\ \n')).toBe('a\\\rb\\ \n');
    expect(bindLiterals("SET @d = N'one \\\ntwo'")).toEqual({ sql: `SET @d = ${p(0)}`, params: ['one two'] });
  });

  it('takes n as well as N, and white space (or none) around =', () => {
    expect(bindLiterals("EXEC p @a=n'x',@b\t=\r\n N'y'")).toEqual({ sql: `EXEC p @a=${p(0)},@b\t=\r\n ${p(1)}`, params: ['x', 'y'] });
    expect(bindLiterals("SELECT @a = N'x'; SET @b = N'y'")).toEqual({ sql: `SELECT @a = ${p(0)}; SET @b = ${p(1)}`, params: ['x', 'y'] });
  });

  it('skips bracketed and double-quoted names, with their doubled closers', () => {
    expect(bindLiterals("EXEC [p @a = N'x']]] @b = N'y'")).toEqual({ sql: `EXEC [p @a = N'x']]] @b = ${p(0)}`, params: ['y'] });
    expect(bindLiterals('SELECT "a ""@x = N\'1\'" FROM t; SET @v = N\'2\'')).toEqual({ sql: `SELECT "a ""@x = N'1'" FROM t; SET @v = ${p(0)}`, params: ['2'] });
  });

  it('leaves literals in comments and in plain strings alone', () => {
    const sql = "-- @a = N'x'\n/* @b = N'y' /* nested @c = N'z' */ still @d = N'w' */ EXEC p @s = 'plain @e = N''v''', @t = N'bound'";
    expect(bindLiterals(sql)).toEqual({
      sql: "-- @a = N'x'\n/* @b = N'y' /* nested @c = N'z' */ still @d = N'w' */ EXEC p @s = 'plain @e = N''v''', @t = @revmeta_p0",
      params: ['bound'],
    });
  });

  it('leaves literals that are not directly after @name = as they are', () => {
    const kept = [
      "UPDATE t SET description = N'x' WHERE name = N'y'",
      "IF DATABASE_PRINCIPAL_ID(N'r') IS NOT NULL DROP ROLE [r]",
      "EXEC p N'positional'",
      "SELECT @a + N'x'",
      "SET @a += N'x'",
      "IF @a >= N'x' SELECT 1",
      "IF @@SERVERNAME = N'x' SELECT 1",
      "EXEC p @a = /* note */ N'x'",
      "EXEC p @a /* note */ = N'x'",
      "SELECT xN'a', 1N'b', @a = [c]N'd'",
      "EXEC p @a = N'x' + 1, @b = 'plain'",
    ];
    for (const sql of kept.slice(0, -1)) expect(bindLiterals(sql), sql).toEqual({ sql, params: [] });
    expect(bindLiterals(kept.at(-1)!)).toEqual({ sql: `EXEC p @a = ${p(0)} + 1, @b = 'plain'`, params: ['x'] });
  });

  it('binds nothing in a statement that does not scan: the server reports it as written', () => {
    for (const sql of [
      "EXEC p @a = N'x', @b = N'unclosed",
      "EXEC p @a = N'x', @b = 'unclosed",
      "EXEC p @a = N'x', [unclosed",
      'EXEC p @a = N\'x\', "unclosed',
      "EXEC p @a = N'x' /* unclosed",
      "EXEC p @a = N'x' /* nested /* closed once */",
    ]) {
      expect(bindLiterals(sql), sql).toEqual({ sql, params: [] });
    }
    // A line comment may end the statement.
    expect(bindLiterals("EXEC p @a = N'x' -- to the end")).toEqual({ sql: `EXEC p @a = ${p(0)} -- to the end`, params: ['x'] });
  });

  it('binds nothing where a parameter could not be seen or is not allowed', () => {
    for (const sql of [
      "CREATE PROCEDURE dbo.p AS SET NOCOUNT ON; DECLARE @a nvarchar(9); SET @a = N'x'",
      "CREATE OR ALTER FUNCTION dbo.f() RETURNS int AS BEGIN DECLARE @a nvarchar(9); SET @a = N'x'; RETURN 1 END",
      "CREATE TRIGGER t ON x AFTER INSERT AS DECLARE @a nvarchar(9); SET @a = N'x'",
      "SELECT * FROM t WHERE c = @a OPTION (OPTIMIZE FOR (@a = N'x'))",
    ]) {
      expect(bindLiterals(sql), sql).toEqual({ sql, params: [] });
    }
    // Those words inside literals are only text.
    expect(bindLiterals("EXEC sys.sp_addextendedproperty @name = N'PROCEDURE', @level1type = N'FUNCTION'")).toEqual({
      sql: `EXEC sys.sp_addextendedproperty @name = ${p(0)}, @level1type = ${p(1)}`,
      params: ['PROCEDURE', 'FUNCTION'],
    });
  });

  it('binds nothing when the statement has a variable of its own that could clash', () => {
    for (const sql of [
      `DECLARE ${p(0)} int; EXEC p @a = N'x'`,
      "DECLARE @REVMETA_P9 int; EXEC p @a = N'x'",
      "DECLARE @révmeta_p0 int; EXEC p @a = N'x'",
      "DECLARE @ｒｅｖｍｅｔａ_p0 int; EXEC p @a = N'x'",
      "EXEC p @revmeta_p = N'x'",
    ]) {
      expect(bindLiterals(sql), sql).toEqual({ sql, params: [] });
    }
    // The same text in a literal, a name or a comment is no variable.
    expect(bindLiterals(`EXEC p [${p(0)}] = 1 /* ${p(1)} */, @a = N'${p(2)}'`)).toEqual({ sql: `EXEC p [${p(0)}] = 1 /* ${p(1)} */, @a = ${p(0)}`, params: [p(2)] });
  });

  it('returns the statement itself when nothing is bound', () => {
    expect(bindLiterals('ALTER AUTHORIZATION ON SCHEMA::[s] TO [p]')).toEqual({ sql: 'ALTER AUTHORIZATION ON SCHEMA::[s] TO [p]', params: [] });
    expect(bindLiterals('')).toEqual({ sql: '', params: [] });
  });
});

// ---------------------------------------------------------------------------------------

/** The compiled statement again, from the rewritten one and its params (quoteLiteral in place of each `@revmeta_pN`). */
function substitute(sql: string, params: readonly string[]): string {
  // One pass: a value put back may itself contain the text `@revmeta_p0`.
  return sql.replace(new RegExp(`@${PARAMETER_PREFIX}(\\d+)`, 'g'), (_match, index: string) => quoteLiteral(params[Number(index)]!));
}

type What = 'add' | 'update' | 'drop';

/** The arguments the dialect writes as literals, in order, for a description change. */
function expectedParams(ref: ObjectRef, what: What, value: string, level1: string): string[] {
  const params = ['MS_Description', ...(what === 'drop' ? [] : [value])];
  if (ref.kind === 'database') return params;
  params.push('SCHEMA', ref.schema!);
  if (ref.kind === 'schema') return params;
  params.push(level1, ref.table!);
  if (ref.kind === 'table') return params;
  params.push('COLUMN', ref.column!);
  return params;
}

function expectBound(sql: string, expected: string[]): void {
  const bound = bindLiterals(sql);
  expect(bound.params).toEqual(expected);
  // No literal is left: every value travels as a parameter.
  expect(bound.sql).not.toMatch(/N'/);
  expect(bound.sql).toMatch(/^EXEC sys\.sp_(add|update|drop)extendedproperty @name = @revmeta_p0/);
  expect(substitute(bound.sql, bound.params)).toBe(sql);
}

describe('bindLiterals: every statement the dialect compiles (property)', () => {
  /** Names SQL Server stores (sysname) without NUL. */
  const sqlName = nameOf({ maxChars: 30 }).filter((name) => name.length <= 128);
  const relation = fc.constantFrom<RelationKind[]>('table', 'view', 'materialized_view', 'partitioned_table', 'external_table');
  const what = fc.constantFrom<What[]>('add', 'update', 'drop');
  const hostileValue = fc.constantFrom(...HOSTILE_VALUES.map((hostile) => hostile.value));
  const hostileName = fc.constantFrom(...HOSTILE_IDENTIFIERS.map((hostile) => hostile.value).filter((name) => !name.includes('\0')));

  it('binds the value and the level names of add, update and drop at every level, exactly', () => {
    fc.assert(
      fc.property(
        fc.record({
          database: fc.oneof(sqlName, hostileName),
          schema: fc.oneof(sqlName, hostileName),
          table: fc.oneof(sqlName, hostileName),
          column: fc.oneof(sqlName, hostileName),
          relation,
          changes: fc.array(fc.tuple(what, fc.oneof({ weight: 3, arbitrary: valueOf() }, { weight: 1, arbitrary: hostileValue })), { minLength: 4, maxLength: 4 }),
        }),
        ({ database, schema, table, column: col, relation: rel, changes }) => {
          const refs: ObjectRef[] = [
            { kind: 'database', database },
            { kind: 'schema', database, schema },
            { kind: 'table', database, schema, table, relation: rel },
            { kind: 'column', database, schema, table, column: col, relation: rel },
          ];
          const level1 = rel === 'view' || rel === 'materialized_view' ? 'VIEW' : 'TABLE';
          const compiled = dialect.compile(
            refs.map((ref, i) => {
              const [kind, value] = changes[i]!;
              return descriptionChange(ref, kind === 'drop' ? null : value, kind === 'add' ? null : 'old');
            }),
            {},
          );
          refs.forEach((ref, i) => {
            const [kind, value] = changes[i]!;
            expectBound(compiled[i]!.sql, expectedParams(ref, kind, value, level1));
          });
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('binds every hostile value and name at the column level', () => {
    HOSTILE_VALUES.forEach(({ value }, i) => {
      const identifier = HOSTILE_IDENTIFIERS[i % HOSTILE_IDENTIFIERS.length]!.value;
      const ref: ObjectRef = { kind: 'column', database: 'd', schema: identifier, table: `${identifier}]`, column: `[${identifier}`, relation: 'table' };
      expectBound(sqlOf(descriptionChange(ref, value, null)), expectedParams(ref, 'add', value, 'TABLE'));
    });
  });

  it('decodes any quoted text back to itself', () => {
    fc.assert(
      fc.property(valueOf(), (value) => {
        const literal = quoteLiteral(value);
        expect(decodeLiteralBody(literal.slice(2, -1))).toBe(value);
      }),
      { numRuns: RUNS },
    );
  });
});
