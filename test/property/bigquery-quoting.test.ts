/**
 * BigQuery quoting under random input. No BigQuery runs here, so what revmeta writes is read
 * back by the test fake (test/connectors/bigquery/fake/): its GoogleSQL lexer is written
 * apart from the connector's literal.ts and follows ZetaSQL's unescaping (a quoted literal
 * holds no raw line break; `\ooo`, `\xhh`, `\uhhhh`, `\Uhhhhhhhh` and the named escapes; any
 * other escape is an error), and its DDL runner applies `SET OPTIONS` to an in-memory catalog
 * with BigQuery's limits and label rules.
 *
 * - any text and any name, quoted by the connector, is one token that reads back exactly;
 * - random descriptions and labels on a dataset, a table (or view, materialized view) and a
 *   column, compiled by the dialect's `compile`, run on the fake as one statement each (DDL by
 *   its runner, a labels patch by its datasets.patch / tables.patch) and land exactly, the
 *   labels merged into the ones the object had;
 * - refusals happen at plan time with the documented message: NUL, a description over its
 *   level's limit (16,384 / 1,024 characters, which the fake refuses too), a label outside
 *   BigQuery's label rules (which the fake's catalog refuses too).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { capabilities, COLUMN_DESCRIPTION_MAX, refuseLabel, TABLE_DESCRIPTION_MAX } from '../../src/connectors/bigquery/capabilities.js';
import { dialect, quoteIdentifier, quoteLiteral } from '../../src/connectors/bigquery/sql.js';
import type { ObjectKind, ObjectRef, RelationKind } from '../../src/model/types.js';
import type { Change } from '../../src/plan/types.js';
import { checkLabels, FakeCatalog, type TableType } from '../connectors/bigquery/fake/catalog.js';
import { SqlError, tokenize } from '../connectors/bigquery/fake/lexer.js';
import { runQuery } from '../connectors/bigquery/fake/sql.js';
import { patchDataset, patchTable } from '../connectors/bigquery/fake/server.js';
import { codePoints, descriptionChange, expectRefused, nameOf, objectAt, onlyStatement, planDescription, RUNS, tagChange, textOf, textOfLength, valueOf, type PlanTarget } from './quoting-support.js';

/** Labels are revmeta's tags on BigQuery. */
const label = tagChange;

// Names the fake's catalog (BigQuery's rules) accepts, drawn from the hostile characters each allows.
const chars = (alphabet: string, extra: fc.Arbitrary<string>[] = []) =>
  fc.oneof(fc.constantFrom(...alphabet), ...extra);
const wordOf = (unit: fc.Arbitrary<string>, min: number, max: number) => fc.array(unit, { minLength: min, maxLength: max }).map((parts) => parts.join(''));
const project = fc.tuple(fc.constantFrom(...'abcxyz'), wordOf(chars('abcz09-'), 5, 20)).map(([head, rest]) => head + rest);
const datasetId = wordOf(chars('aZ09_'), 1, 30);
/** Table ids: letters, marks, numbers, connectors, dashes and spaces of any script. */
const tableId = wordOf(chars('aZ09_- ', [fc.constantFrom('é', 'e\u0301', '中', 'Ω', '\u00a0', '\u3000', '‿', '—')]), 1, 30);
/** Flexible column names: those plus & % = + : ' < > # |. */
const columnName = wordOf(chars("aZ09_- &%=+:'<>#|", [fc.constantFrom('é', '中', '—')]), 1, 30).filter((name) => !/^\s|\s$/.test(name));
/** Label keys and values: lowercase letters of any script, digits, `_` and `-`; keys start with a letter. */
const labelUnit = chars('az09_-', [fc.constantFrom('é', 'ß', 'ø', '中', 'ñ')]);
const labelKey = fc.tuple(fc.constantFrom('a', 'z', 'é', '中'), wordOf(labelUnit, 0, 62)).map(([head, rest]) => head + rest);
const labelValue = wordOf(labelUnit, 0, 63);

/** A description within `max` characters, or null (a clear: `description = NULL`). */
const describedWithin = (max: number) => fc.option(valueOf({ longMax: max }).filter((value) => codePoints(value) <= max), { freq: 8 });

describe('bigquery quoting (property, read back by the fake GoogleSQL lexer and runner)', () => {
  it('quotes any text as one string literal and any name as one quoted name that read back exactly', () => {
    fc.assert(
      fc.property(valueOf({ nul: true }), nameOf(), (value, name) => {
        expect(tokenize(quoteLiteral(value))).toEqual([{ kind: 'string', value, at: 0 }]);
        expect(tokenize(quoteIdentifier(name))).toEqual([{ kind: 'identifier', value: name, quoted: true, at: 0 }]);
        for (const quoted of [quoteLiteral(value), quoteIdentifier(name)]) {
          // One line, and never the client's {{projectId}} token (it would be replaced in the request body).
          expect(quoted).not.toMatch(/[\u0000-\u001f\u007f]/);
          expect(quoted).not.toContain('{{projectId}}');
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('writes any descriptions and labels exactly on datasets, tables and columns, one statement each', () => {
    fc.assert(
      fc.property(
        fc.record({
          project,
          dataset: datasetId,
          table: tableId,
          columns: fc.uniqueArray(columnName, { minLength: 1, maxLength: 3, selector: (name) => name.toLowerCase() }),
          relation: fc.constantFrom<RelationKind[]>('table', 'view', 'materialized_view'),
          datasetDescription: describedWithin(TABLE_DESCRIPTION_MAX),
          tableDescription: describedWithin(TABLE_DESCRIPTION_MAX),
          columnDescriptions: fc.array(describedWithin(COLUMN_DESCRIPTION_MAX), { minLength: 3, maxLength: 3 }),
          datasetLabels: fc.dictionary(labelKey, labelValue, { maxKeys: 4 }),
          tableLabels: fc.dictionary(labelKey, labelValue, { maxKeys: 4 }),
        }),
        (input) => {
          const { project: p, dataset, table, columns, relation } = input;
          const type: TableType = relation === 'view' ? 'VIEW' : relation === 'materialized_view' ? 'MATERIALIZED_VIEW' : 'TABLE';
          const catalog = new FakeCatalog();
          catalog.addDataset(p, dataset, { description: 'old', labels: { old: 'x' } });
          catalog.addTable(p, dataset, table, { type, description: 'old', labels: { old: 'x' }, fields: columns.map((name) => ({ name, type: 'STRING', description: 'old' })) });

          const datasetRef: ObjectRef = { kind: 'schema', database: p, schema: dataset };
          const tableRef: ObjectRef = { kind: 'table', database: p, schema: dataset, table, relation };
          const changes: Change[] = [descriptionChange(datasetRef, input.datasetDescription), descriptionChange(tableRef, input.tableDescription)];
          for (const [key, value] of Object.entries(input.datasetLabels)) changes.push(label(datasetRef, key, value));
          for (const [key, value] of Object.entries(input.tableLabels)) changes.push(label(tableRef, key, value));
          // A materialized view's columns take no options (capabilities withhold them).
          if (relation !== 'materialized_view') {
            columns.forEach((column, i) => changes.push(descriptionChange({ ...tableRef, kind: 'column', column }, input.columnDescriptions[i]!)));
          }
          // Labels need nothing read (a patch of the changed keys); descriptions neither.
          for (const { sql, request } of dialect.compile(changes, {}, {})) {
            if (request?.kind === 'bigquery.datasets.patch' || request?.kind === 'bigquery.tables.patch') {
              // The object the request names, its ids decoded as BigQuery decodes the path.
              const [, named, , namedDataset, , namedTable] = request.resource.split('/').map(decodeURIComponent);
              if (request.kind === 'bigquery.datasets.patch') patchDataset(catalog, named!, namedDataset!, request.body);
              else patchTable(catalog, named!, namedDataset!, namedTable!, request.body);
            } else {
              expect(tokenize(sql).filter((token) => token.kind === 'symbol' && token.value === ';')).toEqual([]);
              expect(runQuery(sql, catalog, p, undefined).statementType).toMatch(/^ALTER_/);
            }
          }

          const ds = catalog.dataset(p, dataset);
          const tbl = catalog.table(p, dataset, table);
          // '' and none read back alike (commentIn): a patch clears with '', DDL stores it.
          expect(ds.description || undefined).toBe(input.datasetDescription || undefined);
          expect(tbl.description || undefined).toBe(input.tableDescription || undefined);
          expect(ds.labels).toEqual({ old: 'x', ...input.datasetLabels });
          expect(tbl.labels).toEqual({ old: 'x', ...input.tableLabels });
          expect(tbl.fields.map((field) => field.name)).toEqual(columns);
          if (relation !== 'materialized_view') {
            expect(tbl.fields.map((field) => field.description)).toEqual(columns.map((_, i) => input.columnDescriptions[i] ?? undefined));
          }
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('plans a description as one statement that reads back exactly, or refuses it with the documented reason', () => {
    const LIMITS: Record<'schema' | 'table' | 'column', number> = { schema: 16_384, table: 16_384, column: 1_024 };
    const target = (kind: 'schema' | 'table' | 'column'): PlanTarget => {
      const object = objectAt(kind, { database: 'acme-analytics', schema: 'sales', table: 'orders', column: 'id' });
      return { type: 'bigquery', capabilities: capabilities(), dialect, object };
    };
    const near = (limit: number) => textOfLength(fc.integer({ min: limit - 3, max: limit + 3 }));
    fc.assert(
      fc.property(
        fc.constantFrom<('schema' | 'table' | 'column')[]>('schema', 'table', 'column'),
        fc.oneof(textOf({ nul: true, minLength: 1 }), near(COLUMN_DESCRIPTION_MAX), near(TABLE_DESCRIPTION_MAX)),
        (kind: Exclude<ObjectKind, 'database'>, value) => {
          const plan = planDescription(target(kind), value);
          const size = codePoints(value);
          if (value.includes('\u0000')) {
            expectRefused(plan, ['a description cannot contain a NUL character']);
          } else if (size > LIMITS[kind]) {
            expectRefused(plan, [`description is ${size} chars long; bigquery stores at most ${LIMITS[kind]} on a ${kind} (set descriptions.tooLong: truncate to cut it)`]);
          } else {
            const tokens = tokenize(onlyStatement(plan));
            expect(tokens.filter((token) => token.kind === 'symbol' && token.value === ';')).toEqual([]);
            expect(tokens.filter((token) => token.kind === 'string').map((token) => token.value)).toEqual([value]);
          }
          if (!value.includes('\u0000') && size > LIMITS[kind]) {
            // The limit is BigQuery's: the fake refuses the statement that would have been sent.
            const catalog = new FakeCatalog();
            catalog.addDataset('acme-analytics', 'sales');
            catalog.addTable('acme-analytics', 'sales', 'orders', { fields: [{ name: 'id', type: 'STRING' }] });
            const [statement] = dialect.compile([descriptionChange(target(kind).object, value)], {}, {});
            expect(() => runQuery(statement!.sql, catalog, 'acme-analytics', undefined)).toThrow(/too long/);
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it('refuses at plan time exactly the labels BigQuery refuses', () => {
    const anyLabelText = fc.oneof(labelKey, labelValue, textOf({ maxParts: 4 }), textOfLength(fc.integer({ min: 60, max: 66 })));
    fc.assert(
      fc.property(anyLabelText, anyLabelText, (key, value) => {
        const reason = refuseLabel(key, value);
        let refusedByBigQuery: string | null = null;
        try {
          checkLabels({ [key]: value }, 'the dataset');
        } catch (error) {
          expect(error).toBeInstanceOf(SqlError);
          refusedByBigQuery = (error as Error).message;
        }
        expect(reason === null, `revmeta: ${reason}; fake: ${refusedByBigQuery}`).toBe(refusedByBigQuery === null);
      }),
      { numRuns: RUNS },
    );
  });
});
