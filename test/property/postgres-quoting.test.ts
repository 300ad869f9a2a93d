/**
 * Postgres quoting under random input, on a real engine (PGlite): any name and any value
 * the dialect compiles is written as is and reads back byte for byte through introspection.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postgres } from '../../src/connectors/postgres/index.js';
import type { Driver, DriverSession } from '../../src/connectors/types.js';
import type { Change } from '../../src/plan/types.js';

/** Postgres stores names up to 63 bytes (NAMEDATALEN) and no NUL anywhere. */
const name = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 20 }).filter((s) => !s.includes('\u0000') && Buffer.byteLength(s) <= 63);
const value = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.constantFrom("'", "''", '\\', "\\'", '$$', '$a$', 'E\'\\x41\'', "'); DROP TABLE t; --", '\r\n\t'),
).filter((s) => s.length > 0 && !s.includes('\u0000'));

let root: string;
let driver: Driver;
let session: DriverSession;

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'revmeta-fuzz-pg-'));
  driver = postgres.createDriver({ service: 'fuzz', connection: { embedded: path.join(root, 'pgdata') }, configDir: root });
  session = await driver.open('postgres');
  await session.execute('CREATE SCHEMA fuzz');
});

afterAll(async () => {
  await session?.close();
  await driver?.close();
  await rm(root, { recursive: true, force: true });
});

function describeTable(table: string, description: string): Change {
  return {
    service: 'fuzz',
    object: { kind: 'table', database: 'postgres', schema: 'fuzz', table, relation: 'table' },
    field: 'description',
    action: 'set',
    before: null,
    after: description,
    statements: [],
  };
}

describe('postgres quoting (property, PGlite)', () => {
  it('writes any name and any description exactly, and reads them back', async () => {
    await fc.assert(
      fc.asyncProperty(name, value, async (table, description) => {
        const quoted = `${postgres.dialect.quoteIdentifier('fuzz')}.${postgres.dialect.quoteIdentifier(table)}`;
        await session.query(`DROP TABLE IF EXISTS ${quoted}; CREATE TABLE ${quoted} (id int)`);
        const [statement] = postgres.dialect.compile([describeTable(table, description)], {});
        await session.execute(statement!.sql);
        const { observed } = await postgres.introspect(driver, { service: 'fuzz', databases: ['postgres'], schemas: { postgres: ['fuzz'] } });
        const found = observed.databases[0]?.children.find((s) => s.name === 'fuzz')?.children.find((t) => t.name === table);
        expect(found?.description).toBe(description);
        await session.execute(`DROP TABLE ${quoted}`);
      }),
      { numRuns: 60 },
    );
  });
});
