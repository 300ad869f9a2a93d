/**
 * Snowflake quoting under random input. No Snowflake runs here, so what revmeta writes is
 * read back by the test fake's engine (test/connectors/snowflake/fake-engine.ts), whose
 * reader follows Snowflake's documented syntax independently of the connector: `"..."`
 * exact with `""`, `'...'` with `''` and backslash escapes processed (`\n`, octal `\ooo`,
 * `\xhh`, `\uhhhh`, `\q` reading `q`), `--` and `//` comments, `$$...$$` strings.
 *
 * Random database, schema, table, column, role and tag names and random comments and tag
 * values are compiled by the dialect's own `compile` (the statements apply sends), each
 * statement is run by the fake as exactly one statement (MULTI_STATEMENT_COUNT = 1), and
 * the fake's catalog then holds exactly what was asked for. Refusals are checked where
 * revmeta makes them: NUL in a description (plan conflict), a tag value over 256
 * characters or holding NUL (tag rules, a plan conflict), NUL in a name or literal (quoting).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { capabilities, MAX_TAG_VALUE_CHARS, type SnowflakeServerInfo } from '../../src/connectors/snowflake/capabilities.js';
import { dialect, quoteIdentifier, quoteLiteral, type SnowflakeCompileContext } from '../../src/connectors/snowflake/sql.js';
import type { CompileContext } from '../../src/connectors/types.js';
import type { ObjectKind, ObjectRef, RelationKind } from '../../src/model/types.js';
import { FakeCatalog, FakeEngine, SnowflakeFakeError, splitStatements, tagPath, tokenize, type TableType } from '../connectors/snowflake/fake-engine.js';
import { codePoints, descriptionChange, expectRefused, nameOf, objectAt, onlyStatement, ownerChange, planDescription, RUNS, tagChange, textOf, textOfLength, valueOf, type PlanTarget } from './quoting-support.js';

const TABLE_TYPES: Record<'table' | 'view' | 'materialized_view' | 'external_table', TableType> = {
  table: 'BASE TABLE',
  view: 'VIEW',
  materialized_view: 'MATERIALIZED VIEW',
  external_table: 'EXTERNAL TABLE',
};

const owner = (object: ObjectRef, role: string) => ownerChange(object, role, 'SYSADMIN');
const tag = tagChange;

/** A tag value Snowflake stores: at most 256 characters, no NUL. */
const tagValue = textOf().filter((value) => codePoints(value) <= MAX_TAG_VALUE_CHARS);
/** A comment, or null for a clear (written as `''`, Snowflake's "no comment"). */
const comment = fc.option(valueOf(), { freq: 8 });

describe('snowflake quoting (property, read back by the fake engine)', () => {
  it('quotes any NUL-free text as one string literal and any name as one quoted name that read back exactly', () => {
    fc.assert(
      fc.property(valueOf(), nameOf({ maxChars: 255 }), (value, name) => {
        expect(tokenize(quoteLiteral(value))).toEqual([{ kind: 'string', value, raw: quoteLiteral(value), at: 0 }]);
        expect(tokenize(quoteIdentifier(name))).toEqual([{ kind: 'quoted', value: name, raw: quoteIdentifier(name), at: 0 }]);
        // One line whatever the value holds: line breaks are written as escapes.
        expect(quoteLiteral(value)).not.toMatch(/[\r\n]/);
      }),
      { numRuns: RUNS },
    );
  });

  it('writes any names, comments, owners and tag values exactly, one statement each', () => {
    fc.assert(
      fc.property(
        fc.record({
          database: nameOf(),
          schema: nameOf(),
          table: nameOf(),
          column: nameOf(),
          role: nameOf(),
          tagKey: nameOf(),
          relation: fc.constantFrom(...(Object.keys(TABLE_TYPES) as (keyof typeof TABLE_TYPES)[])),
          comments: fc.tuple(comment, comment, comment, comment),
          tableTag: tagValue,
          columnTag: tagValue,
        }),
        ({ database, schema, table, column, role, tagKey, relation, comments, tableTag, columnTag }) => {
          const catalog = new FakeCatalog();
          catalog.roles.add(role);
          catalog.databases.set(database, {
            name: database,
            owner: 'SYSADMIN',
            comment: 'old',
            tags: new Map(),
            schemas: new Map([
              [
                schema,
                {
                  name: schema,
                  owner: 'SYSADMIN',
                  comment: 'old',
                  tags: new Map(),
                  tables: new Map([
                    [table, { name: table, type: TABLE_TYPES[relation], owner: 'SYSADMIN', comment: 'old', tags: new Map(), columns: [{ name: column, comment: 'old', tags: new Map() }] }],
                  ]),
                  tagObjects: new Map([[tagKey, { name: tagKey, owner: 'SYSADMIN', comment: null, allowedValues: null }]]),
                },
              ],
            ]),
          });
          const engine = new FakeEngine(catalog);

          const rel: RelationKind = relation;
          const databaseRef: ObjectRef = { kind: 'database', database };
          const schemaRef: ObjectRef = { kind: 'schema', database, schema };
          const tableRef: ObjectRef = { kind: 'table', database, schema, table, relation: rel };
          const columnRef: ObjectRef = { kind: 'column', database, schema, table, column, relation: rel };
          const changes = [
            descriptionChange(databaseRef, comments[0]),
            descriptionChange(schemaRef, comments[1]),
            descriptionChange(tableRef, comments[2]),
            descriptionChange(columnRef, comments[3]),
            owner(schemaRef, role),
            owner(tableRef, role),
            tag(tableRef, tagKey, tableTag),
            tag(columnRef, tagKey, columnTag),
          ];
          const context: SnowflakeCompileContext = { tagSchema: { database, schema } };
          const statements = dialect.compile(changes, {}, context as CompileContext);
          for (const { sql } of statements) {
            // The fake refuses a request whose statement count is not 1 (as Snowflake does
            // without MULTI_STATEMENT_COUNT): no value can end its literal and add another.
            expect(splitStatements(tokenize(sql))).toHaveLength(1);
            engine.run(sql, { role: 'SYSADMIN' }, 1);
          }

          const db = catalog.databases.get(database)!;
          const sch = db.schemas.get(schema)!;
          const tbl = sch.tables.get(table)!;
          expect(db.comment).toBe(comments[0] ?? '');
          expect(sch.comment).toBe(comments[1] ?? '');
          expect(tbl.comment).toBe(comments[2] ?? '');
          expect(tbl.columns[0]!.comment).toBe(comments[3] ?? '');
          expect([sch.owner, tbl.owner]).toEqual([role, role]);
          expect(Object.fromEntries(tbl.tags)).toEqual({ [tagPath(database, schema, tagKey)]: tableTag });
          expect(Object.fromEntries(tbl.columns[0]!.tags)).toEqual({ [tagPath(database, schema, tagKey)]: columnTag });
          // Nothing else was created, renamed or touched.
          expect([...catalog.databases.keys()]).toEqual([database]);
          expect([...db.schemas.keys()]).toEqual([schema]);
          expect([...sch.tables.keys()]).toEqual([table]);
          expect(tbl.columns.map((c) => c.name)).toEqual([column]);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('plans any description as one statement that reads back exactly, and refuses NUL as a conflict', () => {
    const target = (kind: ObjectKind): PlanTarget => {
      const object = objectAt(kind, { database: 'DB', schema: 'S', table: 'T', column: 'C' });
      return { type: 'snowflake', capabilities: capabilities({ version: '9.30.1' }), dialect, object };
    };
    fc.assert(
      fc.property(valueOf({ nul: true }).filter((v) => v !== ''), fc.constantFrom<ObjectKind[]>('database', 'schema', 'table', 'column'), (value, kind) => {
        const plan = planDescription(target(kind), value);
        if (value.includes('\u0000')) {
          expectRefused(plan, ['a description cannot contain a NUL character']);
          expect(() => quoteLiteral(value)).toThrow('Snowflake string literals here cannot carry a NUL character');
          return;
        }
        const [statement, ...others] = splitStatements(tokenize(onlyStatement(plan)));
        expect(others).toEqual([]);
        expect(statement!.filter((token) => token.kind === 'string').map((token) => token.value)).toEqual([value]);
      }),
      { numRuns: RUNS },
    );
  });

  it('refuses a tag value over 256 characters or holding NUL at plan time, as Snowflake would', () => {
    const server: SnowflakeServerInfo = { version: '9.30.1', tagSchema: 'GOV.TAGS' };
    const refuse = capabilities(server).tagRules!.refuse!;
    const catalog = new FakeCatalog();
    catalog.databases.set('D', {
      name: 'D',
      owner: 'SYSADMIN',
      comment: null,
      tags: new Map(),
      schemas: new Map([['S', { name: 'S', owner: 'SYSADMIN', comment: null, tags: new Map(), tables: new Map(), tagObjects: new Map([['K', { name: 'K', owner: 'SYSADMIN', comment: null, allowedValues: null }]]) }]]),
    });
    const engine = new FakeEngine(catalog);
    fc.assert(
      fc.property(fc.oneof(textOf({ nul: true }), textOfLength(fc.integer({ min: 250, max: 300 }))), (value) => {
        const reason = refuse('K', value);
        if (value.includes('\u0000')) {
          expect(reason).toBe('a tag value cannot contain a NUL character');
        } else if (codePoints(value) > MAX_TAG_VALUE_CHARS) {
          expect(reason).toBe(`a tag value holds at most 256 characters (this one has ${codePoints(value)})`);
          // The limit is Snowflake's: the engine refuses the statement revmeta would have sent.
          const sql = dialect.compile([tag({ kind: 'database', database: 'D' }, 'K', value)], {}, { tagSchema: { database: 'D', schema: 'S' } })[0]!.sql;
          expect(() => engine.run(sql, { role: 'SYSADMIN' })).toThrow(SnowflakeFakeError);
          expect(() => engine.run(sql, { role: 'SYSADMIN' })).toThrow(/maximum length of 256 characters/);
        } else {
          expect(reason).toBeNull();
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('refuses NUL in a name when quoting it', () => {
    fc.assert(
      fc.property(nameOf(), nameOf(), (a, b) => {
        expect(() => quoteIdentifier(`${a}\u0000${b}`)).toThrow('Snowflake names cannot contain a NUL character');
      }),
      { numRuns: 50 },
    );
  });
});
