/**
 * A table's statements in one multi-statement request, through the real snowflake-sdk against
 * the fake server: the exact MULTI_STATEMENT_COUNT, Snowflake's answer when statement k of n
 * fails (those before it done, those after it not run, SYSTEM$MULTISTMT's 100132 naming it),
 * the count refusal a smuggled statement meets, and what apply reports for each statement.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { applyChanges, type ApplyWork } from '../../../src/apply/apply.js';
import { snowflake } from '../../../src/connectors/snowflake/index.js';
import { failedStatementOf, requestText } from '../../../src/connectors/snowflake/driver.js';
import { BatchStatementError, type Driver, type DriverSession } from '../../../src/connectors/types.js';
import type { Change, ChangeResult, PlannedStatement } from '../../../src/model/change.js';
import { HOSTILE_VALUES } from '../../corpus/hostile.js';
import type { FakeSnowflake } from './fake-server.js';
import { connectionFor, converge, driverFor, schema, seed, startFake, workspaceFor } from './fixtures.js';

let fake: FakeSnowflake;
const drivers: Driver[] = [];

beforeEach(async () => {
  fake = await startFake();
  seed(fake, [
    'CREATE DATABASE analytics',
    'CREATE SCHEMA analytics.sales',
    'CREATE TABLE analytics.sales.orders (id NUMBER, email VARCHAR)',
    'CREATE TABLE analytics.sales.keep (id NUMBER)',
  ]);
});

afterEach(async () => {
  await Promise.all(drivers.splice(0).map((driver) => driver.close()));
  await fake.stop();
});

async function session(): Promise<DriverSession> {
  const driver = driverFor(fake);
  drivers.push(driver);
  return driver.open();
}

const orders = () => fake.catalog.table('ANALYTICS', 'SALES', 'ORDERS');
const TABLE_COMMENT = `COMMENT ON TABLE "ANALYTICS"."SALES"."ORDERS" IS 'One row per order'`;
const COLUMN_COMMENTS = `ALTER TABLE "ANALYTICS"."SALES"."ORDERS" ALTER "ID" COMMENT 'key', "EMAIL" COMMENT 'mail'`;

async function failureOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a failure');
}

describe('snowflake driver: executeRequest', () => {
  it('sends a table\'s statements as one request with their exact count, and both apply', async () => {
    const open = await session();
    const before = { ...fake.requests };
    await open.executeRequest!([TABLE_COMMENT, COLUMN_COMMENTS]);
    expect(orders().comment).toBe('One row per order');
    expect(orders().columns.map((column) => column.comment)).toEqual(['key', 'mail']);
    expect(fake.statements.at(-1)).toBe(`${TABLE_COMMENT}\n;\n${COLUMN_COMMENTS}`);
    // One request ran both; snowflake-sdk then fetches the first statement's result with a second, not waited for.
    expect(fake.requests.queries - before.queries).toBe(1);
    await vi.waitFor(() => expect(fake.requests.resultFetches - before.resultFetches).toBe(1));
  });

  it('does not wait for snowflake-sdk\'s fetch of the first result, but closing the driver does (cut, the driver would retry it for a minute)', async () => {
    const driver = driverFor(fake);
    const open = await driver.open();
    fake.latencyMs = 400;
    const before = fake.requests.resultFetches;
    const started = performance.now();
    await open.executeRequest!([TABLE_COMMENT, COLUMN_COMMENTS]);
    // Answered after one latency (the request), not two (the request, then the fetch).
    expect(performance.now() - started).toBeLessThan(790);
    await driver.close();
    expect(fake.requests.resultFetches - before).toBe(1);
    expect(performance.now() - started).toBeGreaterThanOrEqual(790);
  });

  it('names statement 1 of 2 when it fails; statement 2 never ran', async () => {
    const open = await session();
    const error = await failureOf(open.executeRequest!([`COMMENT ON TABLE "ANALYTICS"."SALES"."NOPE" IS 'x'`, COLUMN_COMMENTS]));
    expect(error).toBeInstanceOf(BatchStatementError);
    expect((error as BatchStatementError).index).toBe(0);
    expect((error as BatchStatementError).message).toMatch(/^SQL compilation error:\n.*NOPE.* does not exist.*\(statement 1 of 2 in one request; none before it ran, none after it\)$/s);
    expect(orders().columns.map((column) => column.comment)).toEqual([null, null]);
  });

  it('names statement 2 of 2 when it fails; statement 1 stays applied', async () => {
    const open = await session();
    const error = await failureOf(open.executeRequest!([TABLE_COMMENT, `ALTER TABLE "ANALYTICS"."SALES"."ORDERS" ALTER "NOPE" COMMENT 'x'`]));
    expect(error).toBeInstanceOf(BatchStatementError);
    expect((error as BatchStatementError).index).toBe(1);
    expect((error as BatchStatementError).message).toMatch(/invalid identifier 'NOPE'.*\(statement 2 of 2 in one request; the 1 before it ran, none after it\)$/s);
    expect(orders().comment).toBe('One row per order');
  });

  it('is refused whole, running nothing, when a text holds one statement more than it says (a smuggled statement)', async () => {
    const open = await session();
    const smuggled = `${TABLE_COMMENT}; DROP TABLE "ANALYTICS"."SALES"."KEEP"`;
    const error = await failureOf(open.executeRequest!([smuggled, COLUMN_COMMENTS]));
    expect(error).not.toBeInstanceOf(BatchStatementError);
    expect((error as Error).message).toBe('000008 (0A000): Actual statement count 3 did not match the desired statement count 2.');
    expect(orders().comment).toBeNull();
    expect(fake.catalog.table('ANALYTICS', 'SALES', 'KEEP')).toBeDefined();
  });

  it('locates a failed statement by the line and position Snowflake names, wherever the statement starts', () => {
    const { text, starts } = requestText(['SELECT 1', '  SELECT\n2', '\n\n  SELECT 3']);
    expect(text).toBe('SELECT 1\n;\n  SELECT\n2\n;\n\n\n  SELECT 3');
    expect(starts).toEqual([
      { line: 1, position: 0 },
      { line: 3, position: 2 },
      { line: 8, position: 2 },
    ]);
    const error = { code: '100132', message: 'JavaScript execution error: Uncaught Execution of multiple statements failed on statement "SELECT 3" (at line 8, position 2).\nboom in SYSTEM$MULTISTMT at \'…\' position 4' };
    expect(failedStatementOf(error, starts)).toEqual({ index: 2, message: 'boom' });
    // Not SYSTEM$MULTISTMT's error, or a place no statement starts at: no statement is named.
    expect(failedStatementOf({ ...error, code: '001003' }, starts)).toBeNull();
    expect(failedStatementOf({ ...error, message: error.message.replace('line 8', 'line 7') }, starts)).toBeNull();
  });
});

// ---------------------------------------------------------------------------------------
// What apply reports

const ref = { kind: 'table' as const, database: 'ANALYTICS', schema: 'SALES', table: 'ORDERS', relation: 'table' as const };

function change(object: Change['object'], after: string, statement: number): Change {
  return { service: 'warehouse', object, field: 'description', action: 'set', before: null, after, statements: [statement] };
}

/** The work of one table: its comment (statement 1) and its columns' comments (statement 2). */
function tableWork(tableSql: string, columnSql: string): ApplyWork {
  const statements: PlannedStatement[] = [
    { id: 1, service: 'warehouse', database: 'ANALYTICS', kind: 'sql', text: tableSql },
    { id: 2, service: 'warehouse', database: 'ANALYTICS', kind: 'sql', text: columnSql },
  ];
  return {
    statements,
    changes: [change(ref, 'One row per order', 1), change({ ...ref, kind: 'column', column: 'ID' }, 'key', 2), change({ ...ref, kind: 'column', column: 'EMAIL' }, 'mail', 2)],
  };
}

async function apply(work: ApplyWork, concurrency = 8) {
  const driver = snowflake.createDriver({ service: 'warehouse', connection: connectionFor(fake), configDir: '/' });
  drivers.push(driver);
  const capabilities = snowflake.capabilities({ version: '9.30.1' });
  return applyChanges(work, new Map([['warehouse', { driver, capabilities, concurrency }]]));
}

const outcomes = (results: readonly ChangeResult[]) => results.map((result) => [result.change.object.column ?? result.change.object.table, result.status]);

describe('snowflake apply: one request per table, outcomes per statement', () => {
  it.each([1, 8])('sends each table as one request (concurrency %i)', async (concurrency) => {
    const applied = await apply(tableWork(TABLE_COMMENT, COLUMN_COMMENTS), concurrency);
    expect(applied.summary).toEqual({ applied: 3, failed: 0, notRun: 0 });
    expect(fake.statements).toEqual([`${TABLE_COMMENT}\n;\n${COLUMN_COMMENTS}`]);
  });

  it('child 1 of 2 fails: its change failed with its own error, the column changes not run', async () => {
    const applied = await apply(tableWork(`COMMENT ON TABLE "ANALYTICS"."SALES"."GONE" IS 'x'`, COLUMN_COMMENTS));
    expect(outcomes(applied.results)).toEqual([
      ['ORDERS', 'failed'],
      ['ID', 'not_run'],
      ['EMAIL', 'not_run'],
    ]);
    expect(applied.results[0]).toMatchObject({ statement: `COMMENT ON TABLE "ANALYTICS"."SALES"."GONE" IS 'x'`, error: expect.stringMatching(/GONE.*does not exist.*statement 1 of 2/s) });
    expect(applied.results[1]!.reason).toMatch(/^not run: an earlier statement of its request failed \(COMMENT ON TABLE "ANALYTICS"\."SALES"\."GONE"/);
    expect(orders().columns.map((column) => column.comment)).toEqual([null, null]);
  });

  it('child 2 of 2 fails: the table comment applied (and is there), the column changes failed', async () => {
    const badColumns = `ALTER TABLE "ANALYTICS"."SALES"."ORDERS" ALTER "ID" COMMENT 'key', "GONE" COMMENT 'mail'`;
    const applied = await apply(tableWork(TABLE_COMMENT, badColumns));
    expect(outcomes(applied.results)).toEqual([
      ['ORDERS', 'applied'],
      ['ID', 'failed'],
      ['EMAIL', 'failed'],
    ]);
    expect(applied.results[1]).toMatchObject({ statement: badColumns, error: expect.stringMatching(/invalid identifier 'GONE'.*statement 2 of 2/s) });
    expect(orders().comment).toBe('One row per order');
    expect(orders().columns.map((column) => column.comment)).toEqual([null, null]);
  });

  it('a count mismatch (a statement smuggled into a text): every statement of the request failed, nothing ran', async () => {
    const smuggled = `${TABLE_COMMENT}; DROP TABLE "ANALYTICS"."SALES"."KEEP"`;
    const applied = await apply(tableWork(smuggled, COLUMN_COMMENTS));
    expect(applied.summary).toEqual({ applied: 0, failed: 3, notRun: 0 });
    expect(applied.results.map((result) => result.error)).toEqual(
      Array(3).fill('000008 (0A000): Actual statement count 3 did not match the desired statement count 2. (the request of 2 statements failed whole: none of them is known to have run)'),
    );
    expect(orders().comment).toBeNull();
    expect(fake.catalog.table('ANALYTICS', 'SALES', 'KEEP')).toBeDefined();
  });

  it('stops at the first failed request: other tables\' requests not yet sent do not run', async () => {
    const work = tableWork(`COMMENT ON TABLE "ANALYTICS"."SALES"."GONE" IS 'x'`, COLUMN_COMMENTS);
    const keep = { ...ref, table: 'KEEP' };
    (work.changes as Change[]).push(change(keep, 'kept', 3), change({ ...keep, kind: 'column', column: 'ID' }, 'k', 4));
    (work.statements as PlannedStatement[]).push(
      { id: 3, service: 'warehouse', database: 'ANALYTICS', kind: 'sql', text: `COMMENT ON TABLE "ANALYTICS"."SALES"."KEEP" IS 'kept'` },
      { id: 4, service: 'warehouse', database: 'ANALYTICS', kind: 'sql', text: `ALTER TABLE "ANALYTICS"."SALES"."KEEP" ALTER "ID" COMMENT 'k'` },
    );
    // One session: KEEP's request would go after ORDERS's.
    const applied = await apply(work, 1);
    expect(outcomes(applied.results)).toEqual([
      ['ORDERS', 'failed'],
      ['ID', 'not_run'],
      ['EMAIL', 'not_run'],
      ['KEEP', 'not_run'],
      ['ID', 'not_run'],
    ]);
    expect(fake.catalog.table('ANALYTICS', 'SALES', 'KEEP').comment).toBeNull();
  });
});

describe('snowflake apply: at most 50 statements a request', () => {
  it('cuts a table of 55 statements into requests of 50 and 5, in order', async () => {
    const statements: PlannedStatement[] = Array.from({ length: 55 }, (_, index) => ({ id: index + 1, service: 'warehouse', database: 'ANALYTICS', kind: 'sql', text: `COMMENT ON TABLE "ANALYTICS"."SALES"."ORDERS" IS 'v${index}'` }));
    const changes = statements.map((statement, index) => change(ref, `v${index}`, statement.id));
    const applied = await apply({ statements, changes });
    expect(applied.summary).toEqual({ applied: 55, failed: 0, notRun: 0 });
    expect(fake.statements.map((sql) => sql.split('\n;\n').length)).toEqual([50, 5]);
    expect(orders().comment).toBe('v54');
  });
});

describe('snowflake apply: a table with tags', () => {
  it('sends a table\'s 23 statements (comment, columns, table tag, 20 column tags) as one query request', async () => {
    const columns = Array.from({ length: 20 }, (_, index) => `C${index}`);
    seed(fake, [
      `CREATE TABLE analytics.sales.tagged (${columns.map((column) => `${column} NUMBER`).join(', ')})`,
      'CREATE DATABASE governance',
      'CREATE SCHEMA governance.tags',
      "CREATE TAG governance.tags.pii ALLOWED_VALUES 'Sensitive', 'None'",
    ]);
    const manifestColumns = Object.fromEntries(columns.map((column) => [column, { description: `column ${column}`, tags: ['PII.None'] }]));
    const config = await workspaceFor(fake, [schema('ANALYTICS', 'SALES', {}, { TAGGED: { description: 'tagged', tags: ['PII.Sensitive'], columns: manifestColumns } })], { tags: { schema: 'governance.tags' } });
    const { first, applied, second } = await converge(config);
    expect(first.statements).toHaveLength(23);
    expect(applied.summary).toEqual({ applied: first.changes.length, failed: 0, notRun: 0 });
    expect(second.changes).toEqual([]);
    const writes = fake.statements.filter((sql) => /^(COMMENT|ALTER)/.test(sql));
    expect(writes).toHaveLength(1);
    expect(writes[0]!.split('\n;\n')).toHaveLength(23);
  });
});

describe('snowflake apply: hostile values in one request', () => {
  it('stores every hostile value exactly, in requests of exactly the statements planned', async () => {
    const values = HOSTILE_VALUES.filter((entry) => !entry.value.includes('\0')).slice(0, 30);
    seed(fake, [`CREATE TABLE analytics.sales.hostile (${values.map((_, index) => `c${index} VARCHAR`).join(', ')})`]);
    const columns = Object.fromEntries(values.map((entry, index) => [`C${index}`, { description: entry.value }]));
    const config = await workspaceFor(fake, [schema('ANALYTICS', 'SALES', {}, { HOSTILE: { description: values[12]!.value, columns } })]);
    const { first, applied, second } = await converge(config);
    expect(applied.summary).toEqual({ applied: first.changes.length, failed: 0, notRun: 0 });
    expect(second.changes).toEqual([]);
    const stored = fake.catalog.table('ANALYTICS', 'SALES', 'HOSTILE');
    expect(stored.comment).toBe(values[12]!.value);
    expect(stored.columns.map((column) => column.comment)).toEqual(values.map((entry) => entry.value));
    // The table's two statements went as one request of two; nothing else was created or dropped.
    const requestsOfTwo = fake.statements.filter((sql) => sql.startsWith('COMMENT ON TABLE "ANALYTICS"."SALES"."HOSTILE"'));
    expect(requestsOfTwo).toEqual([first.statements.map((statement) => (statement.kind === 'sql' ? statement.text : '')).join('\n;\n')]);
    expect([...fake.catalog.databases.keys()]).toEqual(['ANALYTICS']);
    expect(fake.catalog.table('ANALYTICS', 'SALES', 'KEEP')).toBeDefined();
  });
});
