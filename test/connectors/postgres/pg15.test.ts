/**
 * The postgres connector on Debian's PostgreSQL 15 through the server-mode (`pg`) driver.
 * Skipped with a printed reason where the binaries are missing, never under CI.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { postgres } from '../../../src/connectors/postgres/index.js';
import type { Driver } from '../../../src/connectors/types.js';
import { startPostgres } from '../../engines/postgres.js';
import {
  REALISTIC_TREE,
  clearRoundTrip,
  createRealisticSchema,
  hostileRoundTrip,
  legacyStringsRoundTrip,
  measureBatching,
  rollbackLeavesNoTrace,
  batchAttribution,
  batchedHostileRoundTrip,
  injectedStatementNeverRuns,
  templatedHostileRoundTrip,
  withSession,
} from './fixtures.js';

const engine = await startPostgres();
const skip = 'skip' in engine ? engine.skip : undefined;
if (skip) console.warn(`skipping PostgreSQL 15 tests: ${skip}`);
const port = 'port' in engine ? engine.port : 0;

function serverDriver(connection: Record<string, unknown> = {}): Driver {
  return postgres.createDriver({
    service: 'warehouse',
    connection: { host: '127.0.0.1', port: String(port), user: 'postgres', ...connection },
    configDir: '/',
  });
}

/** Created only when the engine runs: the tests below are skipped otherwise. */
const running = skip === undefined ? serverDriver() : undefined;
function driver(): Driver {
  if (running === undefined) throw new Error('PostgreSQL 15 is not running');
  return running;
}

afterAll(async () => {
  await running?.close();
  if (!('skip' in engine)) await engine.stop();
});

describe.skipIf(skip !== undefined)('postgres connector on PostgreSQL 15', () => {
  it('introspects a realistic schema into the exact tree', async () => {
    await createRealisticSchema(driver());
    const result = await postgres.introspect(driver(), { service: 'svc', databases: ['analytics', 'sales'] });
    expect(result.observed.databases).toEqual(REALISTIC_TREE);
    expect(result.server.version).toBe('PostgreSQL 15.18');
    expect(result.queries).toBe(2 + 3 * 2);
  });

  it('issues the same number of catalog queries for 3 and for 300 tables', async () => {
    const [small, large] = await measureBatching(driver());
    expect(small).toEqual({ tables: 3, queries: 5 });
    expect(large).toEqual({ tables: 300, queries: 5 });
  });

  it('round-trips every hostile value and identifier byte for byte', async () => {
    await hostileRoundTrip(driver());
  });

  it('round-trips a backslash value with standard_conforming_strings off', async () => {
    await legacyStringsRoundTrip(driver());
  });

  it('clears a description', async () => {
    await clearRoundTrip(driver());
  });

  it('runs a batch in one round trip and names the failing statement of a batch', async () => {
    await batchAttribution(driver());
  });

  it('writes every hostile value through a valid custom template in one batch', async () => {
    await templatedHostileRoundTrip(driver());
  });

  it('never runs a second statement a value starts, alone or in a batch', async () => {
    await injectedStatementNeverRuns(driver());
  });

  it('round-trips every hostile value written in one batch', async () => {
    await batchedHostileRoundTrip(driver());
  });

  it('rolls back DDL, including COMMENT ON DATABASE and ALTER DATABASE OWNER', async () => {
    await rollbackLeavesNoTrace(driver());
  });

  it('names itself revmeta to the server', async () => {
    const rows = await withSession(driver(), undefined, (session) =>
      session.query(`SELECT current_setting('application_name') AS name, current_database() AS db`),
    );
    expect(rows).toEqual([{ name: 'revmeta', db: 'postgres' }]);
  });
});

describe.skipIf(skip !== undefined)('server driver connection errors', () => {
  const password = 'Sup3r$ecret-pw';

  it('never show the password of a failed login', async () => {
    await withSession(driver(), 'postgres', (session) =>
      session.execute(`CREATE ROLE revmeta_login LOGIN PASSWORD 'the-right-one'`),
    );
    const wrong = serverDriver({ user: 'revmeta_login', password, database: 'sales' });
    const error = await wrong.open().then(
      () => new Error('connected with a wrong password'),
      (caught: unknown) => caught as Error,
    );
    expect(error.message).toContain(`could not connect to PostgreSQL as revmeta_login@127.0.0.1:${port}/sales`);
    expect(error.message).toContain('password authentication failed');
    expect(error.message).toContain('SQLSTATE 28P01');
    expect(error.message).not.toContain(password);
    expect(JSON.stringify(error, Object.getOwnPropertyNames(error))).not.toContain(password);
    expect(error.cause).toBeUndefined();
    await wrong.close();
  });

  it('connects with the right password', async () => {
    const right = serverDriver({ user: 'revmeta_login', password: 'the-right-one', database: 'sales' });
    const rows = await withSession(right, undefined, (session) => session.query('SELECT current_user AS u'));
    expect(rows).toEqual([{ u: 'revmeta_login' }]);
    await right.close();
  });

  it('name the target when nothing listens', async () => {
    const nowhere = postgres.createDriver({
      service: 'warehouse',
      connection: { host: '127.0.0.1', port: 1, user: 'revmeta', password, connectionRetries: 0 },
      configDir: '/',
    });
    await expect(nowhere.open('db')).rejects.toThrow(/^could not connect to PostgreSQL as revmeta@127\.0\.0\.1:1\/db: .*ECONNREFUSED/);
  });
});
