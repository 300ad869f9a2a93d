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
 * `render`; every statement is exactly `COMMENT ON <kind> "S"."T"[."C"] IS '…'` and reads back
 * exactly. Refusals: a name holding `"` or NUL (quoting refuses it), NUL in a comment (a plan
 * conflict), a comment over 4,000 bytes (a plan conflict: Oracle's COMMENT limit).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { capabilities, COMMENT_MAX_BYTES } from '../../src/connectors/oracle/capabilities.js';
import { dialect, quoteIdentifier, quoteLiteral } from '../../src/connectors/oracle/sql.js';
import type { ObjectKind, ObjectRef, RelationKind } from '../../src/model/types.js';
import type { Change } from '../../src/plan/types.js';
import { nameOf, planDescription, RUNS, textOf, textOfLength, valueOf, type PlanTarget } from './quoting-support.js';

// ---------------------------------------------------------------------------------------
// A reader of Oracle's literal and identifier syntax (independent of the connector)

type Token = { kind: 'word'; value: string } | { kind: 'name'; value: string } | { kind: 'string'; value: string | null } | { kind: 'symbol'; value: string };

function readOracle(sql: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < sql.length) {
    const c = sql[i]!;
    if (/\s/.test(c)) {
      i++;
    } else if (sql.startsWith('--', i)) {
      const end = sql.indexOf('\n', i);
      i = end < 0 ? sql.length : end + 1;
    } else if (sql.startsWith('/*', i)) {
      const end = sql.indexOf('*/', i + 2);
      if (end < 0) throw new Error('unclosed comment');
      i = end + 2;
    } else if (c === "'") {
      let value = '';
      for (i++; ; ) {
        if (i >= sql.length) throw new Error('ORA-01756: quoted string not properly terminated');
        if (sql[i] === "'" && sql[i + 1] === "'") (value += "'", (i += 2));
        else if (sql[i] === "'") {
          i++;
          break;
        } else (value += sql[i], i++);
      }
      // A zero-length text literal is NULL in Oracle.
      tokens.push({ kind: 'string', value: value === '' ? null : value });
    } else if (c === '"') {
      const end = sql.indexOf('"', i + 1);
      if (end < 0) throw new Error('ORA-01740: missing double quote in identifier');
      const value = sql.slice(i + 1, end);
      if (value === '') throw new Error('ORA-01741: illegal zero-length identifier');
      tokens.push({ kind: 'name', value });
      i = end + 1;
    } else if (/[A-Za-z]/.test(c)) {
      const word = /^[A-Za-z][A-Za-z0-9_$#]*/.exec(sql.slice(i))![0];
      tokens.push({ kind: 'word', value: word.toUpperCase() });
      i += word.length;
    } else {
      tokens.push({ kind: 'symbol', value: c });
      i++;
    }
  }
  return tokens;
}

const word = (value: string): Token => ({ kind: 'word', value });
const name = (value: string): Token => ({ kind: 'name', value });
const dot: Token = { kind: 'symbol', value: '.' };

// ---------------------------------------------------------------------------------------

/** A name Oracle can hold quoted: no `"`, no NUL, at most 128 bytes. */
const oracleName = nameOf().filter((n) => !n.includes('"') && Buffer.byteLength(n) <= 128);
const description = (object: ObjectRef, after: string | null): Change => ({
  service: 'fuzz',
  object,
  field: 'description',
  action: after === null ? 'clear' : 'set',
  before: after === null ? 'old' : null,
  after,
  sql: [],
});

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

  it('renders any names and comments as exactly one COMMENT statement each that reads back exactly', () => {
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
          const statements = dialect.render([description(tableRef, comments[0]), description({ ...tableRef, kind: 'column', column }, comments[1])], {});
          // '' is NULL in Oracle: an empty value and a clear both read back as no comment.
          const literal = (value: string | null): Token => ({ kind: 'string', value: value === '' ? null : value });
          expect(statements.map((statement) => readOracle(statement.sql))).toEqual([
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
        expect(readOracle(plan.changes[0]!.sql[0]!)).toEqual([word('COMMENT'), word('ON'), word('TABLE'), name(stored.schema), dot, name(stored.table), word('IS'), { kind: 'string', value }]);
      }),
      { numRuns: RUNS },
    );
  });

  it('plans a comment as one statement that reads back exactly, or refuses it with the documented reason', () => {
    const target = (kind: ObjectKind): PlanTarget => {
      const object: ObjectRef = { kind, database: 'ORCL', schema: 'SALES', table: 'ORDERS', relation: 'table' };
      if (kind === 'column') object.column = 'ID';
      return { type: 'oracle', capabilities: capabilities({ version: 'Oracle Database 23ai' }), dialect, object };
    };
    /** Near 4,000 bytes: 1- to 4-byte characters in the mix. */
    const nearLimit = textOfLength(fc.integer({ min: 1000, max: COMMENT_MAX_BYTES + 2 })).filter((v) => Math.abs(Buffer.byteLength(v) - COMMENT_MAX_BYTES) <= 2000);
    fc.assert(
      fc.property(fc.constantFrom<ObjectKind[]>('table', 'column'), fc.oneof(textOf({ nul: true, minLength: 1 }), nearLimit), (kind, value) => {
        const plan = planDescription(target(kind), value);
        const bytes = Buffer.byteLength(value);
        if (value.includes('\u0000')) {
          expect(plan.conflicts.map((c) => c.reason)).toEqual(['a description cannot contain a NUL character']);
          expect(plan.changes).toEqual([]);
          expect(() => quoteLiteral(value)).toThrow('Oracle cannot take a NUL character in a string');
        } else if (bytes > COMMENT_MAX_BYTES) {
          expect(plan.conflicts.map((c) => c.reason)).toEqual([
            `description is ${bytes} bytes long; oracle stores at most ${COMMENT_MAX_BYTES} on a ${kind} (set descriptions.tooLong: truncate to cut it)`,
          ]);
          expect(plan.changes).toEqual([]);
        } else {
          expect(plan.conflicts).toEqual([]);
          const [sql, ...more] = plan.changes[0]!.sql;
          expect(more).toEqual([]);
          const tokens = readOracle(sql!);
          expect(tokens.filter((token) => token.kind === 'symbol' && token.value === ';')).toEqual([]);
          expect(tokens.at(-1)).toEqual({ kind: 'string', value });
          expect(tokens.filter((token) => token.kind === 'string')).toHaveLength(1);
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
