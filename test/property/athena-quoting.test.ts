/**
 * Athena quoting under random input. Nothing of AWS runs here (moto, in moto.test.ts, stores
 * Glue requests but runs no Athena SQL), so what revmeta writes is read back by independent
 * readers:
 * - built-in statements are Glue requests, `glue:UpdateTable {json}`: read with JSON.parse
 *   (RFC 8259), not with the connector's parseGlueRequest. Random table and column names
 *   and descriptions must land exactly in TableInput.Description, Parameters.comment and the
 *   columns' and partition keys' Comment, everything else restated as read, on one line;
 * - custom templates are Athena DDL, which Athena parses with Hive's grammar: backticked
 *   names with `` ` `` doubled, and string literals ('…' or "…", a backslash taking the next
 *   character) unescaped as Hive's BaseSemanticAnalyzer.unescapeSQLString does, reproduced
 *   below: `\uXXXX`, then an octal `\[01][0-7][0-7]`, then `\0 \' \" \b \n \r \t \Z \\`,
 *   `\%` and `\_` keeping their backslash, any other `\x` reading `x`;
 * - refusals happen at plan time with the documented reason: NUL, Glue's character patterns
 *   (single-line for column comments, multi-line for table descriptions), line breaks in a
 *   column comment, and the 2,048 / 255-character limits.
 */
import type { Table } from '@aws-sdk/client-glue';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { capabilities } from '../../src/connectors/athena/capabilities.js';
import { dialect, quoteIdentifier, quoteLiteral, restateTable, tableKey, type RestatedTable } from '../../src/connectors/athena/sql.js';
import type { CompileContext, SqlTemplates } from '../../src/connectors/types.js';
import type { ObjectRef } from '../../src/model/types.js';
import { codePoints, descriptionChange, nameOf, objectAt, planDescription, readQuoted, readTokens, RUNS, textOf, textOfLength, valueOf, type LexicalRules, type NameToken, type PlanTarget, type SymbolToken, type WordToken } from './quoting-support.js';
import { changesWithSql } from '../plan-statements.js';

// ---------------------------------------------------------------------------------------
// Glue's documented patterns (API reference: "Single-line string pattern" for Column.Comment,
// "URI address multi-line string pattern" for TableInput.Description), and its lengths.

const GLUE_SINGLE_LINE = /^[\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}\t]*$/u;
const GLUE_MULTI_LINE = /^[\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}\r\n\t]*$/u;
const TABLE_MAX = 2048;
const COLUMN_MAX = 255;

/** Text Glue takes in a field of this pattern and length. */
const glueText = (pattern: RegExp, max: number) => valueOf({ longMax: max }).filter((v) => pattern.test(v) && codePoints(v) <= max && v !== '');

// ---------------------------------------------------------------------------------------
// A reader of Hive's (Athena DDL's) literal and identifier syntax (independent of the connector)

type Token = WordToken | NameToken | { kind: 'string'; value: string } | SymbolToken;

/** Hive's unescapeSQLString over one literal token as the lexer cut it (quotes included). */
function hiveUnescape(b: string): string {
  let out = '';
  const enclosure = b[0]!;
  for (let i = 1; i < b.length; i++) {
    const c = b[i]!;
    if (c === enclosure) break;
    if (c === '\\' && i + 6 < b.length && b[i + 1] === 'u') {
      out += String.fromCharCode(Number.parseInt(b.slice(i + 2, i + 6), 16));
      i += 5;
      continue;
    }
    if (c === '\\' && i + 4 < b.length && /^[01][0-7][0-7]$/.test(b.slice(i + 1, i + 4))) {
      // A byte value, as Hive builds it: (byte) of the octal number, decoded on its own.
      out += Buffer.from([Number.parseInt(b.slice(i + 1, i + 4), 8) & 0xff]).toString('utf8');
      i += 3;
      continue;
    }
    if (c === '\\' && i + 2 < b.length) {
      const n = b[i + 1]!;
      const simple: Record<string, string> = { '0': '\u0000', "'": "'", '"': '"', b: '\b', n: '\n', r: '\r', t: '\t', Z: '\u001a', '\\': '\\', '%': '\\%', _: '\\_' };
      out += simple[n] ?? n;
      i++;
      continue;
    }
    out += c;
  }
  return out;
}

/** Hive's lexical rules: `/* *\/` comments do not nest; words are letters, digits and `_`. */
const HIVE: LexicalRules<Token> = {
  nestedComments: false,
  word: /^[A-Za-z_][A-Za-z0-9_]*/,
  quoted: (sql, i) => {
    const c = sql[i];
    if (c === "'" || c === '"') {
      // StringLiteral: quote ( ~(quote | '\') | '\' . )* quote
      let j = i + 1;
      while (j < sql.length && sql[j] !== c) j += sql[j] === '\\' ? 2 : 1;
      if (j >= sql.length) throw new Error('unclosed string literal');
      return { token: { kind: 'string', value: hiveUnescape(sql.slice(i, j + 1)) }, end: j + 1 };
    }
    if (c === '`') {
      // Identifier: '`' ( '``' | ~'`' )* '`'
      const { value, end } = readQuoted(sql, i, '`', 'unclosed backticked name');
      return { token: { kind: 'name', value }, end };
    }
    return undefined;
  },
};

const readHive = (sql: string): Token[] => readTokens(sql, HIVE);

// ---------------------------------------------------------------------------------------

/** A Hive-style Glue table as GetTable returns it: restated by the dialect, not by the test. */
function glueTable(database: string, name: string, columns: string[], partitionKeys: string[]): Table {
  return {
    Name: name,
    DatabaseName: database,
    VersionId: '3',
    TableType: 'EXTERNAL_TABLE',
    Parameters: { EXTERNAL: 'TRUE', comment: 'old' },
    StorageDescriptor: { Columns: columns.map((Name) => ({ Name, Type: 'string', Comment: 'old' })), Location: 's3://bucket/x/' },
    PartitionKeys: partitionKeys.map((Name) => ({ Name, Type: 'string', Comment: 'old' })),
  };
}

describe('athena quoting (property, Glue requests read by JSON.parse, DDL read by a Hive reader)', () => {
  it('writes any table and column descriptions exactly into one one-line UpdateTable request per table', () => {
    fc.assert(
      fc.property(
        fc.record({
          database: nameOf(),
          table: nameOf(),
          names: fc.uniqueArray(nameOf(), { minLength: 2, maxLength: 5, selector: (name) => name.toLowerCase() }),
          tableDescription: fc.option(glueText(GLUE_MULTI_LINE, TABLE_MAX), { freq: 6 }),
          columnComments: fc.array(fc.option(glueText(GLUE_SINGLE_LINE, COLUMN_MAX), { freq: 6 }), { minLength: 5, maxLength: 5 }),
        }),
        ({ database, table, names, tableDescription, columnComments }) => {
          // The last name is a partition key: its Comment is written the same way.
          const columns = names.slice(0, -1);
          const partitionKeys = names.slice(-1);
          const read = glueTable(database, table, columns, partitionKeys);
          const restated: RestatedTable = { catalogId: null, databaseName: database, versionId: '3', tableInput: restateTable(read) };
          const context: CompileContext = { [tableKey(database, table)]: restated };
          const tableRef: ObjectRef = { kind: 'table', database: 'AwsDataCatalog', schema: database, table, relation: 'table' };
          const changes = [descriptionChange(tableRef, tableDescription), ...names.map((column, i) => descriptionChange({ ...tableRef, kind: 'column', column }, columnComments[i]!))];

          const statements = dialect.compile(changes, {}, context);
          expect(statements).toHaveLength(1);
          const { sql } = statements[0]!;
          expect(statements[0]!.changes).toEqual(changes.map((_, i) => i));
          // One line: no raw line break, nor a separator some viewers break lines at.
          expect(sql).not.toMatch(/[\r\n\u2028\u2029]/);
          const prefix = 'glue:UpdateTable ';
          expect(sql.startsWith(prefix)).toBe(true);
          const request = JSON.parse(sql.slice(prefix.length));

          const comment = (value: string | null) => (value === null ? {} : { Comment: value });
          expect(request).toEqual({
            DatabaseName: database,
            VersionId: '3',
            SkipArchive: true,
            TableInput: {
              Name: table,
              ...(tableDescription === null ? {} : { Description: tableDescription }),
              TableType: 'EXTERNAL_TABLE',
              Parameters: { EXTERNAL: 'TRUE', ...(tableDescription === null ? {} : { comment: tableDescription }) },
              StorageDescriptor: { Columns: columns.map((Name, i) => ({ Name, Type: 'string', ...comment(columnComments[i]!) })), Location: 's3://bucket/x/' },
              PartitionKeys: partitionKeys.map((Name) => ({ Name, Type: 'string', ...comment(columnComments[names.length - 1]!) })),
            },
          });
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('plans a description as one request that carries it exactly, or refuses it with the documented reason', () => {
    const target = (kind: 'table' | 'column'): PlanTarget => {
      const read = glueTable('sales', 'orders', ['id'], []);
      const object = objectAt(kind, { database: 'AwsDataCatalog', schema: 'sales', table: 'orders', column: 'id' });
      const compileContext = { [tableKey('sales', 'orders')]: { catalogId: null, databaseName: 'sales', versionId: '3', tableInput: restateTable(read) } };
      return { type: 'athena', capabilities: capabilities(), dialect, object, compileContext };
    };
    const near = (limit: number) => textOfLength(fc.integer({ min: limit - 2, max: limit + 2 }));
    fc.assert(
      fc.property(fc.constantFrom<('table' | 'column')[]>('table', 'column'), fc.oneof(textOf({ nul: true, minLength: 1 }), near(COLUMN_MAX), near(TABLE_MAX)), (kind, value) => {
        const plan = planDescription(target(kind), value);
        const reasons = plan.conflicts.map((c) => c.reason);
        const pattern = kind === 'table' ? GLUE_MULTI_LINE : GLUE_SINGLE_LINE;
        const max = kind === 'table' ? TABLE_MAX : COLUMN_MAX;
        if (value.includes('\u0000')) {
          expect(reasons).toEqual(['a description cannot contain a NUL character']);
        } else if (kind === 'column' && /[\r\n]/.test(value)) {
          expect(reasons).toEqual(['athena cannot store this description on a column: it contains a line break, which the source does not allow']);
        } else if (!pattern.test(value)) {
          const bad = [...value].find((char) => !pattern.test(char))!;
          const code = bad.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
          expect(reasons).toEqual([`athena cannot store this description on a ${kind}: it contains U+${code}, a character Glue does not accept in this field`]);
        } else if (codePoints(value) > max) {
          expect(reasons).toEqual([`description is ${codePoints(value)} chars long; athena stores at most ${max} on a ${kind} (set descriptions.tooLong: truncate to cut it)`]);
        } else {
          expect(reasons).toEqual([]);
          const [sql, ...more] = changesWithSql(plan)[0]!.sql;
          expect(more).toEqual([]);
          const input = JSON.parse(sql!.slice('glue:UpdateTable '.length)).TableInput;
          if (kind === 'table') expect([input.Description, input.Parameters.comment]).toEqual([value, value]);
          else expect(input.StorageDescriptor.Columns[0].Comment).toBe(value);
          return;
        }
        expect(plan.changes).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  });

  it('quotes any name and any NUL-free text for Athena DDL so that Hive reads them back exactly', () => {
    fc.assert(
      fc.property(valueOf(), nameOf(), (value, name) => {
        expect(readHive(quoteLiteral(value))).toEqual([{ kind: 'string', value }]);
        expect(readHive(quoteIdentifier(name))).toEqual([{ kind: 'name', value: name }]);
        expect(quoteLiteral(value)).not.toMatch(/[\r\n]/);
      }),
      { numRuns: RUNS },
    );
  });

  it('compiles custom DDL templates as exactly one statement whose names and values read back exactly', () => {
    const templates: SqlTemplates = {
      tableDescription: "ALTER TABLE {schema}.{table} SET TBLPROPERTIES ('comment' = {description})",
      columnDescription: 'ALTER TABLE {schema}.{table} CHANGE COLUMN {column} {column} string COMMENT {description}',
    };
    fc.assert(
      fc.property(nameOf(), nameOf(), nameOf(), glueText(GLUE_MULTI_LINE, TABLE_MAX), glueText(GLUE_SINGLE_LINE, COLUMN_MAX), (schema, table, column, tableValue, columnValue) => {
        const tableRef: ObjectRef = { kind: 'table', database: 'AwsDataCatalog', schema, table, relation: 'table' };
        const statements = dialect.compile([descriptionChange(tableRef, tableValue), descriptionChange({ ...tableRef, kind: 'column', column }, columnValue)], templates, {});
        const w = (value: string): Token => ({ kind: 'word', value });
        const n = (value: string): Token => ({ kind: 'name', value });
        const s = (value: string): Token => ({ kind: 'string', value });
        const p = (value: string): Token => ({ kind: 'symbol', value });
        expect(statements.map((statement) => readHive(statement.sql))).toEqual([
          [w('ALTER'), w('TABLE'), n(schema), p('.'), n(table), w('SET'), w('TBLPROPERTIES'), p('('), s('comment'), p('='), s(tableValue), p(')')],
          [w('ALTER'), w('TABLE'), n(schema), p('.'), n(table), w('CHANGE'), w('COLUMN'), n(column), n(column), w('STRING'), w('COMMENT'), s(columnValue)],
        ]);
      }),
      { numRuns: RUNS },
    );
  });

  // Hive reads `\` + [01][0-7][0-7] as an octal byte before `\0`, so NUL is written as
  // `\u0000`: with `\0`, NUL then "12" came back as a line feed. A plan refuses NUL anyway
  // (descriptions and names); templates and this guard keep the literal exact regardless.
  it('quotes text holding NUL for Athena DDL so that Hive reads it back exactly', () => {
    fc.assert(
      fc.property(textOf({ nul: true }), (value) => {
        expect(readHive(quoteLiteral(value))).toEqual([{ kind: 'string', value }]);
      }),
      { numRuns: RUNS },
    );
  });
});
