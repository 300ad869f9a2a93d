/**
 * ClickHouse quoting under random input, on real engines through the real client: random
 * database, table and column names and random comments go through introspect → plan → apply
 * and read back through introspect byte for byte. On Debian's ClickHouse 18.16 (column
 * comments only) and on ClickHouse 26 (chdb behind the HTTP shim: table and database
 * comments too). ClickHouse names and strings are any bytes; revmeta's are text (YAML), so
 * the inputs are any well-formed Unicode, astral characters included, without NUL (which
 * revmeta refuses in every description), names short enough to be file names.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyChanges } from '../../src/apply/apply.js';
import { clickhouse } from '../../src/connectors/clickhouse/index.js';
import { quoteIdentifier as q } from '../../src/connectors/clickhouse/sql.js';
import type { Driver } from '../../src/connectors/types.js';
import { startChdbShim } from '../connectors/clickhouse/chdb-shim.js';
import { createDriver, exec, planFor, want } from '../connectors/clickhouse/fixtures.js';
import { startClickHouse } from '../engines/clickhouse.js';

const tricky = fc.constantFrom('`', '``', "'", "''", '\\', "\\'", '\\`', '"', '%', '/*', '*/', '-- ', '#', ';', '\n', '\r\n', '\t', '\u00a0', 'é', '中', '😀', '\\0', '\\x41', '\\N', '\u2028', '\ufeff', '{', '}', '$');
const textOf = (maxLength: number) =>
  fc
    .array(fc.oneof(fc.string({ unit: 'grapheme', maxLength: 10 }), fc.string({ unit: 'binary', maxLength: 10 }), tricky), { maxLength })
    .map((parts) => parts.join(''))
    // Well-formed: a lone surrogate (\p{Cs}) has no UTF-8 form to send.
    .filter((s) => s.length > 0 && !/\p{Cs}/u.test(s) && !s.includes('\u0000'));
/**
 * Database and table names are files on disk, each byte but [A-Za-z0-9_] percent-encoded
 * (3 bytes): 18.16 fails beyond the file system's 255 bytes (errno 36), and 26 refuses a
 * table name whose encoded path with its database's passes its limit (ARGUMENT_OUT_OF_BOUND,
 * "max length of table name for database ... is 96"). 24 and 40 UTF-8 bytes fit both.
 */
const nameOf = (maxBytes: number) => textOf(6).filter((s) => Buffer.byteLength(s) <= maxBytes);
const value = textOf(15);

const hex = (text: string | null | undefined) => (text == null ? text : Buffer.from(text, 'utf8').toString('hex'));

function quotingProperty(label: string, start: () => Promise<{ url: string; stop(): Promise<void> } | { skip: string }>, modern: boolean) {
  let target: { url: string; stop(): Promise<void> } | undefined;
  let driver: Driver | undefined;
  let skip = '';
  beforeAll(async () => {
    const started = await start();
    if ('skip' in started) {
      skip = started.skip;
      console.warn(`skipping ClickHouse quoting properties on ${label}: ${skip}`);
      return;
    }
    target = started;
    driver = createDriver(target.url);
  });
  afterAll(async () => {
    await driver?.close();
    await target?.stop();
  });

  it(`writes any name and any comment exactly on ${label}, and reads them back`, { timeout: 60_000 }, async ({ skip: skipTest }) => {
    if (skip) skipTest(skip);
    await fc.assert(
      fc.asyncProperty(nameOf(24), nameOf(40), nameOf(64), value, value, value, async (schema, table, column, schemaComment, tableComment, columnComment) => {
        await exec(driver!, [
          `DROP DATABASE IF EXISTS ${q(schema)}`,
          `CREATE DATABASE ${q(schema)}`,
          `CREATE TABLE ${q(schema)}.${q(table)} (${q(column)} String COMMENT 'old') ENGINE = Memory`,
        ]);
        try {
          // 18.16 cannot store table or database comments: only the column's is asked for there.
          const tableFields = modern ? { description: tableComment } : {};
          const schemaFields = modern ? { description: schemaComment } : {};
          const planned = await planFor(driver!, [want.schema(schema, schemaFields, [want.table(table, tableFields, [want.column(column, columnComment)])])]);
          expect(planned.plan.conflicts).toEqual([]);
          const result = await applyChanges(planned.plan, planned.targets);
          expect(result.summary).toEqual({ applied: planned.plan.changes.length, failed: 0, notRun: 0 });

          const { observed } = await clickhouse.introspect(driver!, { service: 'warehouse', databases: ['default'], schemas: { default: [schema] } });
          const foundSchema = observed.databases[0]?.children.find((s) => s.name === schema);
          const foundTable = foundSchema?.children.find((t) => t.name === table);
          const foundColumn = foundTable?.children.find((c) => c.name === column);
          expect(hex(foundColumn?.description), 'column comment').toBe(hex(columnComment));
          if (modern) {
            expect(hex(foundTable?.description), 'table comment').toBe(hex(tableComment));
            expect(hex(foundSchema?.description), 'database comment').toBe(hex(schemaComment));
          }
        } finally {
          await exec(driver!, [`DROP DATABASE ${q(schema)}`]);
        }
      }),
      { numRuns: 60 },
    );
  });
}

describe('clickhouse quoting (property, ClickHouse 18.16)', () => {
  quotingProperty('ClickHouse 18.16', startClickHouse, false);
});

describe('clickhouse quoting (property, ClickHouse 26 in chdb)', () => {
  quotingProperty('ClickHouse 26 (chdb)', startChdbShim, true);
});
