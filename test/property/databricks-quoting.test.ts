/**
 * Databricks quoting under random input, for both dialects built on it (Unity Catalog and the
 * legacy Hive metastore share src/connectors/databricks/quote.ts). No warehouse runs here, so
 * what revmeta writes is read back by the test fake (test/connectors/databricks/fake/): its
 * Spark SQL reader does what a warehouse does to a statement's text, independently of the
 * connector: `${...}` variable substitution first, then backticked names with `` ` `` doubled,
 * string literals with Spark's escapes (`''` is NOT a quote: adjacent literals concatenate;
 * `\uXXXX`, octal, `\%` `\_` keeping their backslash, `\x` reading `x`), nested comments.
 *
 * The fake is given a value for every variable name (`${anything}`, `${env:…}`,
 * `${system:…}`), so a `${` left anywhere in a statement would change what it stores.
 *
 * - any text and any name is one token that reads back exactly, substitution or not;
 * - random names, comments, owners and tags, compiled by each dialect's `compile`, run on the
 *   fake workspace as one statement each and land exactly;
 * - refusals: a name holding `${` (quoting refuses it, naming the substitution), NUL in a
 *   description (plan conflict), and every tag the fake (as Unity Catalog) refuses is refused
 *   by revmeta's tag rules at plan time first.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { capabilities as hiveCapabilities } from '../../src/connectors/databricks/capabilities.js';
import { quoteIdentifier, quoteLiteral } from '../../src/connectors/databricks/quote.js';
import type { DatabricksCompileContext } from '../../src/connectors/databricks/compile.js';
import { dialect as hiveDialect } from '../../src/connectors/databricks/sql.js';
import type { Dialect } from '../../src/connectors/types.js';
import { capabilities as ucCapabilities, refuseTag, TAG_VALUE_MAX } from '../../src/connectors/unitycatalog/capabilities.js';
import { dialect as ucDialect } from '../../src/connectors/unitycatalog/sql.js';
import type { ObjectKind, ObjectRef, RelationKind } from '../../src/model/types.js';
import type { Change } from '../../src/plan/types.js';
import { SparkSqlError, substituteVariables, tokenize } from '../connectors/databricks/fake/spark-sql.js';
import { FakeWorkspace, type FakeCatalog, type TableType } from '../connectors/databricks/fake/workspace.js';
import { codePoints, descriptionChange, expectRefused, nameOf, objectAt, onlyStatement, ownerChange, planDescription, RUNS, tagChange, textOf, textOfLength, valueOf, type PlanTarget } from './quoting-support.js';

/** A value for every variable name: whatever `${...}` Spark would substitute is substituted. */
const EVERY_VARIABLE = new Proxy({} as Record<string, string>, { get: (_target, key) => (typeof key === 'string' ? `<substituted ${key}>` : undefined) });
const VARIABLES = { env: EVERY_VARIABLE, system: EVERY_VARIABLE, conf: EVERY_VARIABLE };
/** The statement as Spark parses it: substituted, then tokenized. */
const read = (sql: string) => tokenize(substituteVariables(sql, VARIABLES));

const safeName = nameOf().filter((name) => !name.includes('${'));

const owner = (object: ObjectRef, principal: string) => ownerChange(object, principal, 'admin');
const tag = tagChange;

/** A tag Unity Catalog stores (and revmeta plans): keys per refuseTag, values within 1,000 UTF-16 units. */
const tagKey = textOf({ maxParts: 5, minLength: 1 }).filter((key) => refuseTag(key, '') === null);
const tagValue = textOf({ nul: true }).filter((value) => value.length <= TAG_VALUE_MAX);
const tags = fc.uniqueArray(fc.tuple(tagKey, tagValue), { maxLength: 3, selector: ([key]) => key });
const comment = fc.option(valueOf(), { freq: 8 });

const TABLE_TYPES: Record<string, TableType> = { table: 'MANAGED', view: 'VIEW', materialized_view: 'MATERIALIZED_VIEW', streaming_table: 'STREAMING_TABLE' };

function catalogOf(name: string, schema: string, table: string, column: string, type: TableType): FakeCatalog {
  return {
    name,
    owner: 'admin',
    comment: 'old',
    tags: new Map(),
    schemas: [
      {
        name: schema,
        owner: 'admin',
        comment: 'old',
        tags: new Map(),
        tables: [{ name: table, type, owner: 'admin', comment: 'old', tags: new Map(), columns: [{ name: column, type: 'string', comment: 'old', tags: new Map() }] }],
      },
    ],
  };
}

/** Runs each statement as the warehouse would: one statement, nothing substituted away. */
function runAll(workspace: FakeWorkspace, dialect: Dialect, changes: Change[], context: DatabricksCompileContext): void {
  for (const { sql } of dialect.compile(changes, {}, context)) {
    expect(substituteVariables(sql, VARIABLES)).toBe(sql);
    expect(read(sql).filter((token) => token.kind === 'punct' && token.text === ';')).toEqual([]);
    workspace.execute(sql);
  }
}

/** A comment as stored: the text, or for a clear NULL (COMMENT ON) or '' (ALTER COLUMN COMMENT). */
function expectComment(stored: string | null, wanted: string | null): void {
  if (wanted === null) expect(['', null]).toContain(stored);
  else expect(stored).toBe(wanted);
}

describe('databricks quoting (property, read back by the fake Spark SQL reader)', () => {
  it('quotes any text as one string literal and any name as one backticked name that read back exactly', () => {
    fc.assert(
      fc.property(valueOf({ nul: true }), safeName, (value, name) => {
        expect(read(quoteLiteral(value))).toEqual([{ kind: 'string', text: value, at: 0 }]);
        expect(read(quoteIdentifier(name))).toEqual([{ kind: 'ident', text: name, at: 0 }]);
        // One line whatever the value holds: control characters are written as escapes.
        expect(quoteLiteral(value)).not.toMatch(/[\u0000-\u001f\u007f]/);
      }),
      { numRuns: RUNS },
    );
  });

  it('refuses a name holding ${, which Spark would substitute before parsing', () => {
    fc.assert(
      fc.property(nameOf({ maxChars: 10 }), nameOf({ maxChars: 10 }), (a, b) => {
        const name = `${a}\${${b}`;
        expect(() => quoteIdentifier(name)).toThrow(`Databricks would substitute the "\${" in the name ${JSON.stringify(name)} before parsing the statement; revmeta cannot write it safely`);
      }),
      { numRuns: 50 },
    );
  });

  it('writes any names, comments, owners and tags exactly on Unity Catalog, one statement each', () => {
    fc.assert(
      fc.property(
        fc.record({
          catalog: safeName,
          schema: safeName,
          table: safeName,
          column: safeName,
          principal: safeName,
          relation: fc.constantFrom('table', 'view', 'materialized_view', 'streaming_table'),
          comments: fc.tuple(comment, comment, comment, comment),
          tags: fc.tuple(tags, tags, tags, tags),
        }),
        (input) => {
          const { catalog, schema, table, column, principal } = input;
          // A warehouse release that takes every statement (view column tags: 2026.47+).
          const workspace = new FakeWorkspace({ mode: 'uc', version: { dbsql: '2026.47' }, principals: [principal], variables: VARIABLES });
          workspace.catalogs.push(catalogOf(catalog, schema, table, column, TABLE_TYPES[input.relation]!));
          const relation: RelationKind = input.relation === 'streaming_table' ? 'table' : (input.relation as RelationKind);
          const context: DatabricksCompileContext = input.relation === 'streaming_table' ? { streamingTables: [[catalog, schema, table]] } : {};
          const refs: ObjectRef[] = [
            { kind: 'database', database: catalog },
            { kind: 'schema', database: catalog, schema },
            { kind: 'table', database: catalog, schema, table, relation },
            { kind: 'column', database: catalog, schema, table, column, relation },
          ];
          const changes: Change[] = [
            ...refs.map((ref, i) => descriptionChange(ref, input.comments[i]!)),
            ...refs.slice(0, 3).map((ref) => owner(ref, principal)),
            ...refs.flatMap((ref, i) => input.tags[i]!.map(([key, value]) => tag(ref, key, value))),
          ];
          runAll(workspace, ucDialect, changes, context);

          const c = workspace.catalogs[0]!;
          const s = c.schemas[0]!;
          const t = s.tables[0]!;
          const col = t.columns[0]!;
          [c.comment, s.comment, t.comment, col.comment].forEach((stored, i) => expectComment(stored, input.comments[i]!));
          expect([c.owner, s.owner, t.owner]).toEqual([principal, principal, principal]);
          [c.tags, s.tags, t.tags, col.tags].forEach((stored, i) => expect(Object.fromEntries(stored)).toEqual(Object.fromEntries(input.tags[i]!)));
          expect([c.name, s.name, t.name, col.name]).toEqual([catalog, schema, table, column]);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('writes any names, comments and owners exactly on the Hive metastore, one statement each', () => {
    fc.assert(
      fc.property(
        fc.record({ schema: safeName, table: safeName, column: safeName, principal: safeName, relation: fc.constantFrom<RelationKind[]>('table', 'view'), comments: fc.tuple(comment, comment, comment) }),
        (input) => {
          const { schema, table, column, principal, relation } = input;
          const workspace = new FakeWorkspace({ mode: 'hive', principals: [principal], variables: VARIABLES });
          workspace.catalogs.push(catalogOf('hive_metastore', schema, table, column, relation === 'view' ? 'VIEW' : 'MANAGED'));
          const refs: ObjectRef[] = [
            { kind: 'schema', database: 'hive_metastore', schema },
            { kind: 'table', database: 'hive_metastore', schema, table, relation },
          ];
          const changes: Change[] = [...refs.map((ref, i) => descriptionChange(ref, input.comments[i]!)), ...refs.map((ref) => owner(ref, principal))];
          // A view's columns are withheld on the Hive metastore (capabilities): only a table's.
          if (relation === 'table') changes.push(descriptionChange({ ...refs[1]!, kind: 'column', column }, input.comments[2]!));
          runAll(workspace, hiveDialect, changes, {});

          const s = workspace.catalogs[0]!.schemas[0]!;
          const t = s.tables[0]!;
          expectComment(s.comment, input.comments[0]!);
          expectComment(t.comment, input.comments[1]!);
          if (relation === 'table') expectComment(t.columns[0]!.comment, input.comments[2]!);
          expect([s.owner, t.owner]).toEqual([principal, principal]);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('plans any description as one statement that reads back exactly, and refuses NUL as a conflict', () => {
    const target = (dialect: 'uc' | 'hive', kind: ObjectKind): PlanTarget => {
      const object = objectAt(kind, { database: dialect === 'uc' ? 'main' : 'hive_metastore', schema: 'sales', table: 'orders', column: 'id' });
      return dialect === 'uc'
        ? { type: 'unitycatalog', capabilities: ucCapabilities({ version: '2025.35' }), dialect: ucDialect, object }
        : { type: 'databricks', capabilities: hiveCapabilities({ version: '15.4' }), dialect: hiveDialect, object };
    };
    const kinds = fc.oneof(
      fc.tuple(fc.constant('uc' as const), fc.constantFrom<ObjectKind[]>('database', 'schema', 'table', 'column')),
      fc.tuple(fc.constant('hive' as const), fc.constantFrom<ObjectKind[]>('schema', 'table', 'column')),
    );
    fc.assert(
      fc.property(kinds, valueOf({ nul: true }).filter((value) => value !== ''), ([which, kind], value) => {
        const plan = planDescription(target(which, kind), value);
        if (value.includes('\u0000')) {
          expectRefused(plan, ['a description cannot contain a NUL character']);
          return;
        }
        const tokens = read(onlyStatement(plan));
        expect(tokens.filter((token) => token.kind === 'punct' && token.text === ';')).toEqual([]);
        expect(tokens.filter((token) => token.kind === 'string').map((token) => token.text)).toEqual([value]);
      }),
      { numRuns: RUNS },
    );
  });

  /** Whether Unity Catalog (the fake) refuses this tag, and why. */
  function refusedByUnityCatalog(key: string, value: string): string | null {
    const workspace = new FakeWorkspace({ mode: 'uc', variables: VARIABLES });
    workspace.catalogs.push(catalogOf('main', 'sales', 'orders', 'id', 'MANAGED'));
    try {
      workspace.execute(`ALTER CATALOG \`main\` SET TAGS (${quoteLiteral(key)} = ${quoteLiteral(value)})`);
      return null;
    } catch (error) {
      expect(error).toBeInstanceOf(SparkSqlError);
      return (error as Error).message;
    }
  }

  const bmp = (text: string) => [...text].every((char) => char.codePointAt(0)! <= 0xffff);
  const tagText = fc.oneof(textOf({ maxParts: 6 }), textOfLength(fc.integer({ min: 990, max: 1010 })), textOfLength(fc.integer({ min: 250, max: 260 })));

  it('refuses at plan time every tag Unity Catalog refuses (text of the Basic Multilingual Plane)', () => {
    fc.assert(
      fc.property(tagText.filter(bmp), tagText.filter(bmp), (key, value) => {
        const refused = refusedByUnityCatalog(key, value);
        if (refused !== null) expect(refuseTag(key, value), `Unity Catalog refuses ${JSON.stringify([key.slice(0, 20), codePoints(value)])}: ${refused}`).not.toBeNull();
      }),
      { numRuns: RUNS },
    );
  });

  // Tag key and value limits count UTF-16 code units (a JVM string's length), in refuseTag as
  // in the fake: an astral character counts twice, so nothing planned is refused at apply.
  it('refuses at plan time every tag Unity Catalog refuses (astral characters, counted differently)', () => {
    const astral = fc.integer({ min: 128, max: 255 }).map((n) => '\u{10000}'.repeat(n));
    fc.assert(
      fc.property(astral, fc.constantFrom('', 'v'), (key, value) => {
        const refused = refusedByUnityCatalog(key, value);
        if (refused !== null) expect(refuseTag(key, value), `Unity Catalog refuses a key of ${codePoints(key)} code points: ${refused}`).not.toBeNull();
      }),
      { numRuns: 20 },
    );
  });
});
