/**
 * MySQL quoting under random input, on a real MariaDB 10.11: random database, table and
 * column names and random table and column comments go through the whole loop the core runs
 * (introspect → plan → readCompileContext → compile → apply), and read back through introspect
 * byte for byte. Within MariaDB's rules: names are utf8mb3 (BMP only, no NUL), at most 64
 * characters and not ending in white space (ERROR 1166/1102); comments are utf8mb3 too (BMP only), which the
 * planner would otherwise refuse as a conflict, and no NUL (refused for every system). Database and table names are files on disk,
 * each character up to 5 bytes once encoded (`@0440`), so they stay within 40 characters.
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { mysql } from '../../src/connectors/mysql/index.js';
import { quoteIdentifier as q } from '../../src/connectors/mysql/sql.js';
import type { Driver } from '../../src/connectors/types.js';
import { startMariaDb } from '../engines/mariadb.js';
import { DATABASE, SERVICE, converge, manifests, withSession } from '../connectors/mysql/fixtures.js';

const engine = await startMariaDb();
const skip = 'skip' in engine ? engine.skip : undefined;
if (skip) console.warn(`skipping MySQL quoting properties: ${skip}`);
const port = 'port' in engine ? engine.port : 0;
const driver: Driver | undefined =
  skip === undefined ? mysql.createDriver({ service: SERVICE, configDir: '/', connection: { host: '127.0.0.1', port, user: 'root' } }) : undefined;

afterAll(async () => {
  await driver?.close();
  if (!('skip' in engine)) await engine.stop();
});

/** Well-formed (no lone surrogate, \p{Cs}: not encodable) and in the Basic Multilingual Plane. */
const bmp = (s: string) => !/\p{Cs}/u.test(s) && [...s].every((char) => char.codePointAt(0)! <= 0xffff);
/** Hand-picked trouble for the quoting: backticks, quotes, backslashes, comment and escape syntax. */
const tricky = fc.constantFrom('`', '``', "'", "''", '\\', "\\'", '\\`', '"', '%', '_', '/*', '*/', '-- ', '#', ';', '\n', '\r\n', '\t', '\u00a0', 'é', 'ß', '中', '\\0', '\\n', '\u2028', '\ufeff', '\ufffd');
const textOf = (units: fc.Arbitrary<string>, maxLength: number) => fc.array(units, { maxLength }).map((parts) => parts.join(''));

function nameOf(maxChars: number) {
  return textOf(fc.oneof(fc.string({ unit: 'grapheme', maxLength: 4 }), fc.string({ unit: 'binary', maxLength: 4 }), tricky), 12).filter(
    (s) => s.length > 0 && !s.includes('\u0000') && bmp(s) && [...s].length <= maxChars && !/[ \t\n\r\v\f]$/.test(s),
  );
}
const value = textOf(fc.oneof(fc.string({ unit: 'grapheme', maxLength: 20 }), fc.string({ unit: 'binary', maxLength: 20 }), tricky), 15).filter(
  // revmeta refuses NUL in any description (a plan-time conflict), whatever the engine.
  (s) => s.length > 0 && !s.includes('\u0000') && bmp(s),
);

const bytes = (text: string | null | undefined) => (text == null ? text : Buffer.from(text, 'utf8').toString('hex'));

describe.skipIf(skip !== undefined)('mysql quoting (property, MariaDB 10.11)', () => {
  it('writes any name and any comment exactly, and reads them back', { timeout: 60_000 }, async () => {
    let runs = 0;
    await fc.assert(
      fc.asyncProperty(nameOf(40), nameOf(40), nameOf(64), value, value, async (schema, table, column, tableComment, columnComment) => {
        runs++;
        await withSession(driver!, async (session) => {
          await session.execute(`DROP DATABASE IF EXISTS ${q(schema)}`);
          await session.execute(`CREATE DATABASE ${q(schema)}`);
          await session.execute(`CREATE TABLE ${q(schema)}.${q(table)} (${q(column)} varchar(10) NOT NULL DEFAULT 'x' COMMENT 'old')`);
        });
        try {
          await converge(driver!, manifests({ [schema]: { tables: { [table]: { description: tableComment, columns: { [column]: columnComment } } } } }));
          const { observed } = await mysql.introspect(driver!, { service: SERVICE, databases: [DATABASE], schemas: { [DATABASE]: [schema] } });
          const foundTable = observed.databases[0]?.children.find((s) => s.name === schema)?.children.find((t) => t.name === table);
          const foundColumn = foundTable?.children.find((c) => c.name === column);
          expect(bytes(foundTable?.description), 'table comment').toBe(bytes(tableComment));
          expect(bytes(foundColumn?.description), 'column comment').toBe(bytes(columnComment));
        } finally {
          await withSession(driver!, (session) => session.execute(`DROP DATABASE ${q(schema)}`));
        }
      }),
      { numRuns: 60 },
    );
    expect(runs).toBeGreaterThanOrEqual(60);
  });
});
