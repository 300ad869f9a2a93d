/**
 * Oracle quoting under random input. No Oracle runs here, so each statement is read back by
 * the small reader below, written from Oracle's documented rules ("Database Object Names and
 * Qualifiers", "Text Literals") rather than from the connector:
 * - text literals `'...'` with `''` for a quote, no backslash escapes, and `''` itself is NULL;
 * - quoted names `"..."` are exact and cannot hold `"` or NUL at all (there is no escape);
 *   unquoted names fold to upper case;
 * - `--` comments to the end of the line, `/* *\/` comments (not nested), `;` ends a statement.
 *
 * Random schema, table and column names (always quoted, exactly as stored, so a name stored
 * upper-case by folding is written upper-case) and random comments go through the dialect's
 * `compile`; every statement is exactly `COMMENT ON <kind> "S"."T"[."C"] IS '…'` and reads back
 * exactly, also as a literal inside the anonymous block that carries a table's comments. Refusals: a name holding `"` or NUL (quoting refuses it), NUL in a comment (a plan
 * conflict), a comment over 4,000 bytes (a plan conflict: Oracle's COMMENT limit).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { capabilities, COMMENT_MAX_BYTES } from '../../src/connectors/oracle/capabilities.js';
import { dialect, quoteIdentifier, quoteLiteral } from '../../src/connectors/oracle/sql.js';
import type { ObjectKind, ObjectRef, RelationKind } from '../../src/model/types.js';
import { descriptionChange, expectOneStatementEndingIn, expectRefused, nameOf, objectAt, onlyStatement, planDescription, quotedName as name, readQuoted, readTokens, RUNS, symbol, textOf, textOfLength, valueOf, word, type LexicalRules, type NameToken, type PlanTarget, type SymbolToken, type WordToken } from './quoting-support.js';
import { changesWithSql } from '../plan-statements.js';

// ---------------------------------------------------------------------------------------
// A reader of Oracle's literal and identifier syntax (independent of the connector)

type Token = WordToken | NameToken | { kind: 'string'; value: string | null } | SymbolToken;

/** Oracle's lexical rules: `/* *\/` comments do not nest; words start with a letter. */
const ORACLE: LexicalRules<Token> = {
  nestedComments: false,
  word: /^[A-Za-z][A-Za-z0-9_$#]*/,
  quoted: (sql, i) => {
    if (sql[i] === "'") {
      const { value, end } = readQuoted(sql, i, "'", 'ORA-01756: quoted string not properly terminated');
      // A zero-length text literal is NULL in Oracle.
      return { token: { kind: 'string', value: value === '' ? null : value }, end };
    }
    if (sql[i] === '"') {
      // No escape: a quoted name ends at the next `"`.
      const end = sql.indexOf('"', i + 1);
      if (end < 0) throw new Error('ORA-01740: missing double quote in identifier');
      const value = sql.slice(i + 1, end);
      if (value === '') throw new Error('ORA-01741: illegal zero-length identifier');
      return { token: { kind: 'name', value }, end: end + 1 };
    }
    return undefined;
  },
};

const readOracle = (sql: string): Token[] => readTokens(sql, ORACLE);
const dot = symbol('.');

// ---------------------------------------------------------------------------------------

/** A name Oracle can hold quoted: no `"`, no NUL, at most 128 bytes. */
const oracleName = nameOf().filter((n) => !n.includes('"') && Buffer.byteLength(n) <= 128);

describe('oracle quoting (property, read back by an Oracle reader)', () => {
  it('quotes any NUL-free text as one literal and any name as one quoted name that read back exactly', () => {
    fc.assert(
      fc.property(valueOf().filter((v) => v !== ''), oracleName, (value, n) => {
        expect(readOracle(quoteLiteral(value))).toEqual([{ kind: 'string', value }]);
        expect(readOracle(quoteIdentifier(n))).toEqual([name(n)]);
      }),
      { numRuns: RUNS },
    );
  });

  it('compiles any names and comments of one table as one anonymous block of COMMENT statements that read back exactly', () => {
    fc.assert(
      fc.property(
        fc.record({
          schema: oracleName,
          table: oracleName,
          column: oracleName,
          relation: fc.constantFrom<RelationKind[]>('table', 'view', 'materialized_view'),
          comments: fc.tuple(fc.option(valueOf({ longMax: COMMENT_MAX_BYTES / 4 }), { freq: 6 }), fc.option(valueOf({ longMax: COMMENT_MAX_BYTES / 4 }), { freq: 6 })),
        }),
        ({ schema, table, column, relation, comments }) => {
          const tableRef: ObjectRef = { kind: 'table', database: 'ORCL', schema, table, relation };
          const statements = dialect.compile([descriptionChange(tableRef, comments[0]), descriptionChange({ ...tableRef, kind: 'column', column }, comments[1])], {});
          // '' is NULL in Oracle: an empty value and a clear both read back as no comment.
          const literal = (value: string | null): Token => ({ kind: 'string', value: value === '' ? null : value });
          // A table's comments travel as `BEGIN EXECUTE IMMEDIATE '<COMMENT>'; … END;`: each
          // COMMENT is a text literal of the block, read back and then read as a statement.
          expect(statements).toHaveLength(1);
          const semicolon = symbol(';');
          const block = readOracle(statements[0]!.sql);
          expect(block.length).toBe(11);
          expect([block[0], block[1], block[2], block[4], block[5], block[6], block[8], block[9], block[10]]).toEqual([
            word('BEGIN'), word('EXECUTE'), word('IMMEDIATE'), semicolon, word('EXECUTE'), word('IMMEDIATE'), semicolon, word('END'), semicolon,
          ]);
          const inner = [block[3], block[7]].map((token) => {
            if (token?.kind !== 'string' || token.value === null) throw new Error(`expected a statement literal, got ${JSON.stringify(token)}`);
            return readOracle(token.value);
          });
          expect(inner).toEqual([
            [word('COMMENT'), word('ON'), ...(relation === 'materialized_view' ? [word('MATERIALIZED'), word('VIEW')] : [word('TABLE')]), name(schema), dot, name(table), word('IS'), literal(comments[0])],
            [word('COMMENT'), word('ON'), word('COLUMN'), name(schema), dot, name(table), dot, name(column), word('IS'), literal(comments[1])],
          ]);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('writes the stored name, whatever case the manifest uses: a folded ORDERS is "ORDERS"', () => {
    fc.assert(
      fc.property(oracleName, oracleName, valueOf().filter((v) => v !== ''), (schema, table, value) => {
        // Unquoted names are stored upper-case; OpenMetadata may show them lower-case.
        const stored = { schema: schema.toUpperCase(), table: table.toUpperCase() };
        const target: PlanTarget = {
          type: 'oracle',
          capabilities: capabilities({ version: 'Oracle Database 23ai' }),
          dialect,
          object: { kind: 'table', database: 'ORCL', schema: stored.schema, table: stored.table, relation: 'table' },
          desiredNames: { schema: stored.schema.toLowerCase(), table: stored.table.toLowerCase() },
        };
        const plan = planDescription(target, value);
        if (Buffer.byteLength(value) > COMMENT_MAX_BYTES) return;
        expect(plan.conflicts).toEqual([]);
        expect(readOracle(changesWithSql(plan)[0]!.sql[0]!)).toEqual([word('COMMENT'), word('ON'), word('TABLE'), name(stored.schema), dot, name(stored.table), word('IS'), { kind: 'string', value }]);
      }),
      { numRuns: RUNS },
    );
  });

  it('plans a comment as one statement that reads back exactly, or refuses it with the documented reason', () => {
    const target = (kind: ObjectKind): PlanTarget => {
      const object = objectAt(kind, { database: 'ORCL', schema: 'SALES', table: 'ORDERS', column: 'ID' });
      return { type: 'oracle', capabilities: capabilities({ version: 'Oracle Database 23ai' }), dialect, object };
    };
    /** Near 4,000 bytes: 1- to 4-byte characters in the mix. */
    const nearLimit = textOfLength(fc.integer({ min: 1000, max: COMMENT_MAX_BYTES + 2 })).filter((v) => Math.abs(Buffer.byteLength(v) - COMMENT_MAX_BYTES) <= 2000);
    fc.assert(
      fc.property(fc.constantFrom<ObjectKind[]>('table', 'column'), fc.oneof(textOf({ nul: true, minLength: 1 }), nearLimit), (kind, value) => {
        const plan = planDescription(target(kind), value);
        const bytes = Buffer.byteLength(value);
        if (value.includes('\u0000')) {
          expectRefused(plan, ['a description cannot contain a NUL character']);
          expect(() => quoteLiteral(value)).toThrow('Oracle cannot take a NUL character in a string');
        } else if (bytes > COMMENT_MAX_BYTES) {
          expectRefused(plan, [`description is ${bytes} bytes long; oracle stores at most ${COMMENT_MAX_BYTES} on a ${kind} (set descriptions.tooLong: truncate to cut it)`]);
        } else {
          expectOneStatementEndingIn(readOracle(onlyStatement(plan)), { kind: 'string', value });
        }
      }),
      { numRuns: 200 },
    );
  });

  it('refuses a name holding a double quote or NUL, which Oracle cannot quote', () => {
    fc.assert(
      fc.property(oracleName, oracleName, fc.constantFrom('"', '\u0000'), (a, b, bad) => {
        const n = `${a}${bad}${b}`;
        if (bad === '"') expect(() => quoteIdentifier(n)).toThrow(`Oracle names cannot contain a double quote: ${JSON.stringify(n)}`);
        else expect(() => quoteIdentifier(n)).toThrow('Oracle cannot take a NUL character in an identifier');
      }),
      { numRuns: 50 },
    );
  });
});
