/**
 * SQL Server quoting under random input. No SQL Server runs here, so each statement is read
 * back by the small T-SQL reader below, written from Microsoft's documented rules rather than
 * from the connector:
 * - `N'...'` / `'...'`: `''` is a quote; no backslash escapes, except the line continuation
 *   ("Backslash (Line Continuation)"): a backslash followed by LF, or by CR LF in that order,
 *   is removed together with that line break;
 * - `[...]` names with `]]` for `]`; `"..."` names with `""` (QUOTED_IDENTIFIER ON);
 * - `--` comments to the end of the line, nested `/* *\/` comments.
 *
 * The plan's text is what a reviewer reads: the driver binds the `N'...'` arguments as
 * parameters when it runs it (params.ts, tested on its own), but the text must still read
 * back exactly, and T-SQL needs no `;` between statements, so "one statement" is checked as
 * the whole token sequence: EXEC sys.<procedure> followed only by
 * `@name = N'...'` arguments, or ALTER AUTHORIZATION ON <class>::<name> TO <name>, and nothing
 * else. Random names and values go through the dialect's `compile`; the reader must give back
 * exactly the names and values. Refusals: NUL (quoting refuses it, the planner reports a
 * conflict), a description over 3,750 UTF-16 units (7,500 bytes, a plan conflict).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { capabilities, DESCRIPTION_MAX_UTF16 } from '../../src/connectors/mssql/capabilities.js';
import { dialect, quoteIdentifier, quoteLiteral } from '../../src/connectors/mssql/sql.js';
import type { ObjectKind, ObjectRef, RelationKind } from '../../src/model/types.js';
import { descriptionChange, expectRefused, nameOf, objectAt, onlyStatement, ownerChange, planDescription, readQuoted, readTokens, RUNS, textOf, textOfLength, valueOf, type LexicalRules, type NameToken, type PlanTarget, type SymbolToken, type WordToken } from './quoting-support.js';

// ---------------------------------------------------------------------------------------
// A reader of T-SQL's literal and identifier syntax (independent of the connector)

type Token = WordToken | NameToken | { kind: 'string'; value: string; national: boolean } | SymbolToken;

/** T-SQL's lexical rules: nested `/* *\/` comments; words may hold `@ # $`; `::` is one symbol. */
const TSQL: LexicalRules<Token> = {
  nestedComments: true,
  word: /^[A-Za-z_@#][A-Za-z0-9_@#$]*/,
  symbols: ['::'],
  quoted: (sql, i) => {
    const c = sql[i]!;
    if (c === "'" || ((c === 'N' || c === 'n') && sql[i + 1] === "'")) {
      const national = c !== "'";
      const { value, end } = readQuoted(sql, national ? i + 1 : i, "'", "unclosed '");
      // The documented continuation: backslash + LF, or backslash + CR LF, disappears.
      return { token: { kind: 'string', value: value.replace(/\\(\r\n|\n)/g, ''), national }, end };
    }
    if (c === '[' || c === '"') {
      // [...] with ]] for ], "..." with "" for " (QUOTED_IDENTIFIER ON).
      const { value, end } = readQuoted(sql, i, c === '[' ? ']' : '"', `unclosed ${c}`);
      return { token: { kind: 'name', value }, end };
    }
    return undefined;
  },
};

const readTsql = (sql: string): Token[] => readTokens(sql, TSQL);

/** `EXEC sys.<procedure> @a = N'…', @b = N'…'`: the procedure and its arguments, or a failure if anything else is there. */
function readProcedureCall(sql: string): { procedure: string; args: Record<string, string> } {
  const tokens = readTsql(sql);
  const at = (i: number) => tokens[i];
  expect(tokens.slice(0, 3)).toEqual([{ kind: 'word', value: 'EXEC' }, { kind: 'word', value: 'SYS' }, { kind: 'symbol', value: '.' }]);
  const procedure = at(3);
  expect(procedure?.kind).toBe('word');
  const args: Record<string, string> = {};
  let i = 4;
  for (;;) {
    const name = at(i);
    const equals = at(i + 1);
    const value = at(i + 2);
    expect(name?.kind === 'word' && name.value.startsWith('@'), `argument name at token ${i} of ${sql.slice(0, 200)}`).toBe(true);
    expect(equals).toEqual({ kind: 'symbol', value: '=' });
    expect(value).toMatchObject({ kind: 'string', national: true });
    args[(name as { value: string }).value] = (value as { value: string }).value;
    i += 3;
    if (i === tokens.length) break;
    expect(at(i)).toEqual({ kind: 'symbol', value: ',' });
    i++;
  }
  return { procedure: (procedure as { value: string }).value, args };
}

// ---------------------------------------------------------------------------------------

/** A NUL-free name SQL Server stores: sysname is nvarchar(128). */
const sqlName = nameOf({ maxChars: 30 }).filter((name) => name.length <= 128);

describe('mssql quoting (property, read back by a T-SQL reader)', () => {
  it('quotes any NUL-free text as one N literal and any name as one bracketed name that read back exactly', () => {
    fc.assert(
      fc.property(valueOf(), sqlName, (value, name) => {
        expect(readTsql(quoteLiteral(value))).toEqual([{ kind: 'string', value, national: true }]);
        expect(readTsql(quoteIdentifier(name))).toEqual([{ kind: 'name', value: name }]);
      }),
      { numRuns: RUNS },
    );
  });

  it('compiles any names, descriptions and owners as one statement each that reads back exactly', () => {
    const state = fc.constantFrom<('add' | 'update' | 'drop')[]>('add', 'update', 'drop');
    fc.assert(
      fc.property(
        fc.record({
          database: sqlName,
          schema: sqlName,
          table: sqlName,
          column: sqlName,
          principal: sqlName,
          relation: fc.constantFrom<RelationKind[]>('table', 'view', 'materialized_view', 'partitioned_table', 'external_table'),
          values: fc.array(fc.tuple(state, valueOf({ longMax: DESCRIPTION_MAX_UTF16 })), { minLength: 4, maxLength: 4 }),
        }),
        ({ database, schema, table, column, principal, relation, values }) => {
          const refs: ObjectRef[] = [
            { kind: 'database', database },
            { kind: 'schema', database, schema },
            { kind: 'table', database, schema, table, relation },
            { kind: 'column', database, schema, table, column, relation },
          ];
          const changes = refs.map((ref, i) => {
            const [what, value] = values[i]!;
            return descriptionChange(ref, what === 'drop' ? null : value, what === 'add' ? null : 'old');
          });
          const owners = refs.slice(0, 3).map((ref) => ownerChange(ref, principal, 'dbo'));
          const statements = dialect.compile([...changes, ...owners], {});
          expect(statements.map((statement) => statement.changes)).toEqual([[0], [1], [2], [3], [4], [5], [6]]);

          const level1 = relation === 'view' || relation === 'materialized_view' ? 'VIEW' : 'TABLE';
          const levels = [
            {},
            { '@LEVEL0TYPE': 'SCHEMA', '@LEVEL0NAME': schema },
            { '@LEVEL0TYPE': 'SCHEMA', '@LEVEL0NAME': schema, '@LEVEL1TYPE': level1, '@LEVEL1NAME': table },
            { '@LEVEL0TYPE': 'SCHEMA', '@LEVEL0NAME': schema, '@LEVEL1TYPE': level1, '@LEVEL1NAME': table, '@LEVEL2TYPE': 'COLUMN', '@LEVEL2NAME': column },
          ];
          values.forEach(([what, value], i) => {
            const call = readProcedureCall(statements[i]!.sql);
            expect(call.procedure).toBe({ add: 'SP_ADDEXTENDEDPROPERTY', update: 'SP_UPDATEEXTENDEDPROPERTY', drop: 'SP_DROPEXTENDEDPROPERTY' }[what]);
            expect(call.args).toEqual({ '@NAME': 'MS_Description', ...(what === 'drop' ? {} : { '@VALUE': value }), ...levels[i] });
          });

          const securables = [
            [{ kind: 'word', value: 'DATABASE' }, { kind: 'symbol', value: '::' }, { kind: 'name', value: database }],
            [{ kind: 'word', value: 'SCHEMA' }, { kind: 'symbol', value: '::' }, { kind: 'name', value: schema }],
            [{ kind: 'word', value: 'OBJECT' }, { kind: 'symbol', value: '::' }, { kind: 'name', value: schema }, { kind: 'symbol', value: '.' }, { kind: 'name', value: table }],
          ];
          securables.forEach((securable, i) => {
            expect(readTsql(statements[4 + i]!.sql)).toEqual([
              { kind: 'word', value: 'ALTER' },
              { kind: 'word', value: 'AUTHORIZATION' },
              { kind: 'word', value: 'ON' },
              ...securable,
              { kind: 'word', value: 'TO' },
              { kind: 'name', value: principal },
            ]);
          });
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('plans a description as one statement that reads back exactly, or refuses it with the documented reason', () => {
    const target = (kind: ObjectKind): PlanTarget => {
      const object = objectAt(kind, { database: 'sales', schema: 'dbo', table: 'orders', column: 'id' });
      return { type: 'mssql', capabilities: capabilities({ version: 'Microsoft SQL Server 2022' }), dialect, object };
    };
    /** Near the limit in UTF-16 units: astral characters (two units each) are in the mix. */
    const nearLimit = textOfLength(fc.integer({ min: DESCRIPTION_MAX_UTF16 / 2 - 2, max: DESCRIPTION_MAX_UTF16 + 2 }));
    fc.assert(
      fc.property(fc.constantFrom<ObjectKind[]>('database', 'schema', 'table', 'column'), fc.oneof(textOf({ nul: true, minLength: 1 }), nearLimit), (kind, value) => {
        const plan = planDescription(target(kind), value);
        if (value.includes('\u0000')) {
          expectRefused(plan, ['a description cannot contain a NUL character']);
          expect(() => quoteLiteral(value)).toThrow('SQL Server cannot take a NUL character in a string');
        } else if (value.length > DESCRIPTION_MAX_UTF16) {
          expectRefused(plan, [`description is ${value.length} UTF-16 code units long; mssql stores at most ${DESCRIPTION_MAX_UTF16} on a ${kind} (set descriptions.tooLong: truncate to cut it)`]);
        } else {
          expect(readProcedureCall(onlyStatement(plan)).args['@VALUE']).toBe(value);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('refuses NUL in a name when quoting it', () => {
    fc.assert(
      fc.property(sqlName, sqlName, (a, b) => {
        expect(() => quoteIdentifier(`${a}\u0000${b}`)).toThrow('SQL Server cannot take a NUL character in an identifier');
      }),
      { numRuns: 50 },
    );
  });
});
