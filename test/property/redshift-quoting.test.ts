/**
 * Redshift quoting under random input, on a real engine: PGlite (Postgres 18) with
 * `standard_conforming_strings = off`, which reads '...' as Redshift does (a backslash is an
 * escape), set up as test/connectors/redshift/engines.test.ts does. Random schema, table,
 * column and role names and random comments go through the redshift dialect's `compile` and
 * are run as is; the catalog (pg_description, pg_class) then holds them byte for byte, read
 * by a query that carries no user data.
 *
 * Each statement is also read by the small reader below, written from Redshift's documented
 * lexical rules rather than from the connector: '...' with `''` for a quote and a backslash
 * escaping the character after it (Redshift has no E'...' and no standard strings),
 * "..." names with `""`, `--` and `/* *\/` comments, `;` between statements. The statement
 * must be exactly the expected tokens: no value ends its literal or adds a statement.
 *
 * Within the engine's rules: names are at most 63 UTF-8 bytes (NAMEDATALEN) and well-formed;
 * NUL is refused everywhere (quoting refuses it, the planner reports a conflict), as Redshift
 * text cannot hold it.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postgres } from '../../src/connectors/postgres/index.js';
import { capabilities } from '../../src/connectors/redshift/capabilities.js';
import { redshiftDriver } from '../../src/connectors/redshift/driver.js';
import { dialect, quoteIdentifier as q, quoteLiteral } from '../../src/connectors/redshift/sql.js';
import type { Driver, DriverSession } from '../../src/connectors/types.js';
import type { ObjectKind, ObjectRef, RelationKind } from '../../src/model/types.js';
import type { Change } from '../../src/plan/types.js';
import { useRedshiftLiterals, withSession } from '../connectors/redshift/fixtures.js';
import { descriptionChange, expectOneStatementEndingIn, expectRefused, nameOf, objectAt, onlyStatement, ownerChange, planDescription, quotedName as name, readQuoted, readTokens, RUNS, symbol, valueOf, word, type BackslashRule, type LexicalRules, type NameToken, type PlanTarget, type SymbolToken, type WordToken } from './quoting-support.js';

// ---------------------------------------------------------------------------------------
// A reader of Redshift's literal and identifier syntax (independent of the connector)

type Token = WordToken | NameToken | { kind: 'string'; value: string } | SymbolToken;

/** Backslash sequences a Redshift (PostgreSQL 8.0, escape-processing) string reads specially. */
const ESCAPES: Readonly<Record<string, string>> = { b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

/** A backslash in a string: up to three octal digits for that code, a named escape, or the next character as itself. */
const backslash: BackslashRule = (sql, at) => {
  const e = sql[at + 1];
  if (e === undefined) throw new Error('unterminated string literal');
  if (/[0-7]/.test(e)) {
    const octal = /^[0-7]{1,3}/.exec(sql.slice(at + 1))![0];
    return { text: String.fromCharCode(Number.parseInt(octal, 8)), length: 1 + octal.length };
  }
  return { text: ESCAPES[e] ?? e, length: 2 };
};

/** Redshift's lexical rules: nested `/* *\/` comments; '...' with `''` and backslash escapes; "..." with `""`. */
const REDSHIFT: LexicalRules<Token> = {
  nestedComments: true,
  word: /^[A-Za-z_][A-Za-z0-9_$]*/,
  quoted: (sql, i) => {
    if (sql[i] === "'") {
      const { value, end } = readQuoted(sql, i, "'", 'unterminated string literal', backslash);
      return { token: { kind: 'string', value }, end };
    }
    if (sql[i] === '"') {
      const { value, end } = readQuoted(sql, i, '"', 'unterminated quoted identifier');
      if (value === '') throw new Error('zero-length delimited identifier');
      return { token: { kind: 'name', value }, end };
    }
    return undefined;
  },
};

const readRedshift = (sql: string): Token[] => readTokens(sql, REDSHIFT);
const dot = symbol('.');

// ---------------------------------------------------------------------------------------

/** A name PostgreSQL stores as given: ≤ 63 UTF-8 bytes; not a reserved schema prefix (pg_), not an existing schema. */
const pgName = nameOf({ maxChars: 20 }).filter((n) => Buffer.byteLength(n) <= 63);
const schemaName = pgName.filter((n) => !n.startsWith('pg_') && !['public', 'information_schema'].includes(n));
/** An empty comment clears one in PostgreSQL: the planner sends NULL for that, so values are non-empty. */
const commentValue = valueOf({ longMax: 5_000 }).filter((v) => v !== '');
const hex = (text: string) => Buffer.from(text, 'utf8').toString('hex');

let root: string;
let driver: Driver;
let session: DriverSession;

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'revmeta-fuzz-redshift-'));
  const connection = { embedded: path.join(root, 'pgdata') };
  // ALTER SYSTEM reaches PGlite's single backend when an engine starts: set it, then start again.
  const setup = postgres.createDriver({ service: 'fuzz', connection, configDir: root });
  await withSession(setup, 'postgres', useRedshiftLiterals);
  await setup.close();
  driver = redshiftDriver(postgres.createDriver({ service: 'fuzz', connection, configDir: root }));
  session = await driver.open('postgres');
});

afterAll(async () => {
  await session?.close();
  await driver?.close();
  await rm(root, { recursive: true, force: true });
});

describe('redshift quoting (property, PGlite with standard_conforming_strings = off)', () => {
  it('reads literals as Redshift does here (backslash is an escape)', async () => {
    expect(await session.query('SHOW standard_conforming_strings')).toEqual([{ standard_conforming_strings: 'off' }]);
    // The engine and the reader agree on what a backslash escape means.
    const [row] = await session.query(`SELECT 'a\\nb\\'c\\\\d' AS v`);
    expect(row).toEqual({ v: "a\nb'c\\d" });
    expect(readRedshift(`'a\\nb\\'c\\\\d'`)).toEqual([{ kind: 'string', value: "a\nb'c\\d" }]);
  });

  it('writes any names, comments and owners exactly, one statement each, and reads them back', { timeout: 60_000 }, async () => {
    let runs = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          schema: schemaName,
          table: pgName,
          column: pgName,
          role: pgName.filter((n) => !n.startsWith('pg_') && !['public', 'none', 'postgres'].includes(n)),
          relation: fc.constantFrom<RelationKind[]>('table', 'view'),
          comments: fc.tuple(commentValue, commentValue, commentValue),
        }),
        async ({ schema, table, column, role, relation, comments }) => {
          runs++;
          const relationName = `${q(schema)}.${q(table)}`;
          const create = relation === 'view' ? `CREATE VIEW ${relationName} AS SELECT 1 AS ${q(column)}` : `CREATE TABLE ${relationName} (${q(column)} int)`;
          await session.query(`DROP ROLE IF EXISTS ${q(role)}; CREATE ROLE ${q(role)}; CREATE SCHEMA ${q(schema)}; ${create}`);
          try {
            const schemaRef: ObjectRef = { kind: 'schema', database: 'postgres', schema };
            const tableRef: ObjectRef = { kind: 'table', database: 'postgres', schema, table, relation };
            const columnRef: ObjectRef = { ...tableRef, kind: 'column', column };
            const changes: Change[] = [
              descriptionChange(schemaRef, comments[0]),
              descriptionChange(tableRef, comments[1]),
              descriptionChange(columnRef, comments[2]),
              ownerChange(tableRef, role, 'postgres'),
            ];
            const keyword = relation === 'view' ? 'VIEW' : 'TABLE';
            const expected: Token[][] = [
              [word('COMMENT'), word('ON'), word('SCHEMA'), name(schema), word('IS'), { kind: 'string', value: comments[0] }],
              [word('COMMENT'), word('ON'), word(keyword), name(schema), dot, name(table), word('IS'), { kind: 'string', value: comments[1] }],
              [word('COMMENT'), word('ON'), word('COLUMN'), name(schema), dot, name(table), dot, name(column), word('IS'), { kind: 'string', value: comments[2] }],
              // Redshift changes a view's owner with ALTER TABLE.
              [word('ALTER'), word('TABLE'), name(schema), dot, name(table), word('OWNER'), word('TO'), name(role)],
            ];
            const statements = dialect.compile(changes, {});
            expect(statements.map((statement) => readRedshift(statement.sql))).toEqual(expected);
            for (const statement of statements) await session.execute(statement.sql);

            // Read back by OID from the catalog, as UTF-8 bytes in hex (no user data in this query;
            // and PGlite's text decoding drops a leading U+FEFF, so text is not compared as text).
            const bytes = (expression: string) => `encode(convert_to(${expression}, 'UTF8'), 'hex')`;
            const rows = await session.query(`SELECT ${bytes('n.nspname::text')} AS schema, ${bytes('c.relname::text')} AS "table", ${bytes('a.attname::text')} AS "column",
                ${bytes("obj_description(n.oid, 'pg_namespace')")} AS schema_comment, ${bytes("obj_description(c.oid, 'pg_class')")} AS table_comment,
                ${bytes('col_description(c.oid, a.attnum)')} AS column_comment, ${bytes('pg_get_userbyid(c.relowner)::text')} AS owner
              FROM pg_namespace n JOIN pg_class c ON c.relnamespace = n.oid JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
              WHERE n.oid >= 16384 AND c.relkind IN ('r', 'v')`);
            expect(rows).toEqual([
              { schema: hex(schema), table: hex(table), column: hex(column), schema_comment: hex(comments[0]), table_comment: hex(comments[1]), column_comment: hex(comments[2]), owner: hex(role) },
            ]);
          } finally {
            await session.query(`DROP SCHEMA ${q(schema)} CASCADE; DROP ROLE ${q(role)}`);
          }
        },
      ),
      { numRuns: 40 },
    );
    expect(runs).toBeGreaterThanOrEqual(40);
  });

  it('plans any description as one statement that reads back exactly, and refuses NUL where Redshift cannot store it', () => {
    const target = (kind: ObjectKind): PlanTarget => {
      const object = objectAt(kind, { database: 'dev', schema: 'public', table: 'orders', column: 'id' });
      return { type: 'redshift', capabilities: capabilities({ version: 'Redshift 1.0.77467' }), dialect, object };
    };
    fc.assert(
      fc.property(fc.constantFrom<ObjectKind[]>('database', 'schema', 'table', 'column'), valueOf({ nul: true }).filter((v) => v !== ''), (kind, value) => {
        const plan = planDescription(target(kind), value);
        if (value.includes('\u0000')) {
          expectRefused(plan, ['a description cannot contain a NUL character']);
          expect(() => quoteLiteral(value)).toThrow('Redshift cannot store a NUL character in a string');
          return;
        }
        expectOneStatementEndingIn(readRedshift(onlyStatement(plan)), { kind: 'string', value });
      }),
      { numRuns: RUNS },
    );
  });

  it('refuses NUL in a name when quoting it', () => {
    fc.assert(
      fc.property(pgName, pgName, (a, b) => {
        expect(() => q(`${a}\u0000${b}`)).toThrow('Redshift cannot store a NUL character in an identifier');
      }),
      { numRuns: 50 },
    );
  });
});
