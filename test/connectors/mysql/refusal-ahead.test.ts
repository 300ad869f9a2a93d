/**
 * The column-restatement check read ahead on MariaDB 10.11: the apply session sends its
 * statements, its lock and its setup, and no `SHOW CREATE TABLE`; each check is read on the
 * session's second connection before its `MODIFY COLUMN` is sent, and still refuses a column a
 * DBA changed after the plan. What the server ran, on which connection and in which order, is
 * read from its general log (`log_output = TABLE`), so nothing here depends on timing.
 */
import { createConnection, type Connection } from 'mysql2/promise';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyChanges } from '../../../src/apply/apply.js';
import { mysql } from '../../../src/connectors/mysql/index.js';
import type { Driver } from '../../../src/connectors/types.js';
import type { ApplyResult } from '../../../src/plan/types.js';
import { startFlakyProxy } from '../../engines/flaky-proxy.js';
import { startMariaDb } from '../../engines/mariadb.js';
import { SERVICE, manifests, plan, type Planned } from './fixtures.js';
import { recordUnhandledRejections } from '../../unhandled.js';

const engine = await startMariaDb();
const skip = 'skip' in engine ? engine.skip : undefined;
if (skip) console.warn(`skipping MariaDB refusal-ahead tests: ${skip}`);
const port = 'port' in engine ? engine.port : 0;

let root: Connection;
beforeAll(async () => {
  if (skip !== undefined) return;
  root = await createConnection({ host: '127.0.0.1', port, user: 'root' });
  await root.query("SET GLOBAL log_output = 'TABLE'");
  // The apply's own user, so that its connections are told apart in the log and the process list.
  await root.query("CREATE USER 'applier'@'127.0.0.1'");
  await root.query("GRANT ALL ON *.* TO 'applier'@'127.0.0.1'");
  // A user allowed one connection: the session's second one cannot be opened.
  await root.query("CREATE USER 'solo'@'127.0.0.1' WITH MAX_USER_CONNECTIONS 1");
  await root.query("GRANT ALL ON *.* TO 'solo'@'127.0.0.1'");
});
afterAll(async () => {
  await root?.end();
  if ('stop' in engine) await engine.stop();
});

const unhandled = recordUnhandledRejections();

const driverAs = (user: string, connection: Record<string, unknown> = {}): Driver =>
  mysql.createDriver({ service: SERVICE, configDir: '/', connection: { host: '127.0.0.1', port, user, connectionRetries: 0, ...connection } });

interface Logged {
  thread: number;
  command: string;
  text: string;
}

/** What `user`'s connections sent the server while `run` ran, in the order the server took it. */
async function logged<T>(user: string, run: () => Promise<T>): Promise<{ result: T; log: Logged[] }> {
  await root.query('TRUNCATE mysql.general_log');
  await root.query("SET GLOBAL general_log = 'ON'");
  let result: T;
  try {
    result = await run();
  } finally {
    await root.query("SET GLOBAL general_log = 'OFF'");
  }
  const [rows] = (await root.query(
    'SELECT thread_id AS thread, command_type AS command, CONVERT(argument USING utf8mb4) AS text, user_host AS who FROM mysql.general_log',
  )) as unknown as [Array<Logged & { who: string }>];
  const threads = new Set(rows.filter((row) => row.who.startsWith(`${user}[`)).map((row) => Number(row.thread)));
  return { result, log: rows.filter((row) => threads.has(Number(row.thread))).map(({ thread, command, text }) => ({ thread: Number(thread), command, text })) };
}

const queriesOf = (log: readonly Logged[], thread: number) => log.filter((row) => row.thread === thread && row.command === 'Query').map((row) => row.text);
const isCheck = (text: string) => text.startsWith('SHOW CREATE TABLE');
const lockThread = (log: readonly Logged[]) => log.find((row) => row.text.startsWith('SELECT GET_LOCK'))!.thread;
const alterThreads = (log: readonly Logged[]) => new Set(log.filter((row) => row.text.startsWith('ALTER TABLE')).map((row) => row.thread));

/** `tables` tables of two undescribed columns in `schema`; the desired state describes each table and its columns. */
async function seed(schema: string, tables: number) {
  await root.query(`CREATE DATABASE ${schema}`);
  for (let t = 0; t < tables; t++) await root.query(`CREATE TABLE ${schema}.t${t} (id int NOT NULL, status varchar(20) DEFAULT 'new')`);
  const table = (t: number) => [`t${t}`, { description: `Table ${t}`, columns: { id: `Id of ${t}`, status: `Status of ${t}` } }];
  return manifests({ [schema]: { tables: Object.fromEntries(Array.from({ length: tables }, (_, t) => table(t))) } });
}

function applyWith(driver: Driver, planned: Planned, concurrency: number): Promise<ApplyResult> {
  return applyChanges(planned, new Map([[SERVICE, { driver, capabilities: planned.capabilities, concurrency }]]));
}

async function applierConnections(user: string): Promise<number> {
  for (let tries = 0; ; tries++) {
    const [[row]] = (await root.query('SELECT COUNT(*) AS n FROM information_schema.PROCESSLIST WHERE USER = ?', [user])) as unknown as [Array<{ n: number }>];
    // A closed connection leaves the list as soon as the server has read its goodbye.
    if (Number(row?.n) === 0 || tries === 20) return Number(row?.n);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe.skipIf(skip !== undefined)('mysql column checks read ahead (MariaDB 10.11)', () => {
  it('one session: sends its setup, lock and statements only; each check is read on its second connection before its MODIFY', async () => {
    const desired = await seed('ahead_one', 4);
    const driver = driverAs('applier');
    try {
      const planned = await plan(driver, desired);
      expect(planned.statements).toHaveLength(8);
      const { result, log } = await logged('applier', () => applyWith(driver, planned, 1));
      expect(result.summary).toEqual({ applied: 12, failed: 0, notRun: 0 });
      const lock = lockThread(log);
      const sent = queriesOf(log, lock);
      // Round trips of the apply session: its setup, GET_LOCK, the 8 statements, RELEASE_LOCK.
      expect(sent.map((text) => text.split(' ').slice(0, 2).join(' '))).toEqual([
        'SET NAMES',
        'SELECT GET_LOCK(\'revmeta:default\',',
        ...Array.from({ length: 4 }, () => ['ALTER TABLE', 'ALTER TABLE']).flat(),
        'DO RELEASE_LOCK(\'revmeta:default\')',
      ]);
      expect(sent.filter(isCheck)).toEqual([]);
      // The checks: one per MODIFY, on one other connection, each before its statement.
      const checks = log.filter((row) => isCheck(row.text));
      expect(checks.map((row) => row.text)).toEqual(Array.from({ length: 4 }, (_, t) => `SHOW CREATE TABLE \`ahead_one\`.\`t${t}\``));
      expect(new Set(checks.map((row) => row.thread))).toEqual(new Set([checks[0]!.thread]));
      expect(checks[0]!.thread).not.toBe(lock);
      for (let t = 0; t < 4; t++) {
        const check = log.findIndex((row) => row.text === `SHOW CREATE TABLE \`ahead_one\`.\`t${t}\``);
        const modify = log.findIndex((row) => row.text.startsWith(`ALTER TABLE \`ahead_one\`.\`t${t}\` MODIFY`));
        expect(check).toBeLessThan(modify);
      }
      expect(await applierConnections('applier')).toBe(0);
    } finally {
      await driver.close();
    }
  });

  it('concurrency 4: no session that writes reads a check; at most one second connection per session (8 in all)', async () => {
    const desired = await seed('ahead_four', 12);
    const driver = driverAs('applier');
    try {
      const planned = await plan(driver, desired);
      const { result, log } = await logged('applier', () => applyWith(driver, planned, 4));
      expect(result.summary).toEqual({ applied: 36, failed: 0, notRun: 0 });
      const writers = alterThreads(log);
      expect(writers.size).toBe(4);
      const checks = log.filter((row) => isCheck(row.text));
      expect(checks).toHaveLength(12);
      for (const check of checks) expect(writers.has(check.thread)).toBe(false);
      const readers = new Set(checks.map((row) => row.thread));
      expect(readers.size).toBeLessThanOrEqual(4);
      expect(new Set(log.map((row) => row.thread)).size).toBe(writers.size + readers.size);
      expect(await applierConnections('applier')).toBe(0);
    } finally {
      await driver.close();
    }
  });

  it('opens no second connection when no statement has a check (table comments only)', async () => {
    await root.query('CREATE DATABASE ahead_none');
    await root.query('CREATE TABLE ahead_none.t (id int)');
    await root.query('CREATE TABLE ahead_none.u (id int)');
    const driver = driverAs('applier');
    try {
      const planned = await plan(driver, manifests({ ahead_none: { tables: { t: { description: 'T' }, u: { description: 'U' } } } }));
      const { result, log } = await logged('applier', () => applyWith(driver, planned, 1));
      expect(result.summary).toEqual({ applied: 2, failed: 0, notRun: 0 });
      expect(new Set(log.map((row) => row.thread)).size).toBe(1);
    } finally {
      await driver.close();
    }
  });

  it.each([1, 4])('refuses a column whose DEFAULT a DBA changed after the plan, the check read ahead (concurrency %i)', async (concurrency) => {
    const schema = `ahead_raced_${concurrency}`;
    const desired = await seed(schema, 3);
    const driver = driverAs('applier');
    try {
      const planned = await plan(driver, desired);
      // Between the plan and the "yes": a DBA changes a default of t1.
      await root.query(`ALTER TABLE ${schema}.t1 ALTER COLUMN status SET DEFAULT 'open'`);
      const { result, log } = await logged('applier', () => applyWith(driver, planned, concurrency));
      const ofT1 = result.results.filter((r) => r.change.object.table === 't1');
      expect(ofT1.map((r) => [r.change.object.kind, r.status])).toEqual([['table', 'applied'], ['column', 'not_run'], ['column', 'not_run']]);
      expect(ofT1[1]?.reason).toContain(`not run: the column's definition changed since the plan (\`${schema}\`.\`t1\`: \`status\` was planned as \`varchar(20) DEFAULT 'new'\`, is now \`varchar(20) DEFAULT 'open'\`)`);
      expect(result.summary).toEqual({ applied: 7, failed: 0, notRun: 2 });
      // Read ahead: on a connection that ran no statement.
      const check = log.find((row) => row.text === `SHOW CREATE TABLE \`${schema}\`.\`t1\``);
      expect(alterThreads(log).has(check!.thread)).toBe(false);
      const [[row]] = (await root.query(`SHOW CREATE TABLE ${schema}.t1`)) as unknown as [Array<Record<string, string>>];
      expect(row?.['Create Table']).toContain("`status` varchar(20) DEFAULT 'open'\n");
      expect(row?.['Create Table']).not.toContain('Status of 1');
    } finally {
      await driver.close();
    }
  });

  it('reads the checks on the session when its second connection cannot be opened (max_user_connections), refusing as before', async () => {
    const desired = await seed('ahead_solo', 3);
    const driver = driverAs('solo');
    try {
      const planned = await plan(driver, desired);
      await root.query("ALTER TABLE ahead_solo.t2 ALTER COLUMN status SET DEFAULT 'open'");
      const started = performance.now();
      const { result, log } = await logged('solo', () => applyWith(driver, planned, 1));
      // No retry of the second connection (a transient failure for a session): the 0.25 + 1 + 4 s of backoff would show.
      expect(performance.now() - started).toBeLessThan(4_000);
      expect(result.summary).toEqual({ applied: 7, failed: 0, notRun: 2 });
      expect(result.results.filter((r) => r.status === 'not_run').map((r) => r.change.object.table)).toEqual(['t2', 't2']);
      expect(queriesOf(log, lockThread(log)).filter(isCheck)).toEqual(['t0', 't1', 't2'].map((t) => `SHOW CREATE TABLE \`ahead_solo\`.\`${t}\``));
      expect(unhandled.reasons).toEqual([]);
      expect(await applierConnections('solo')).toBe(0);
    } finally {
      await driver.close();
    }
  });

  it('a statement failing while the next check is read: reported as before, no unhandled rejection, every connection closed', async () => {
    const desired = await seed('ahead_fails', 3);
    const driver = driverAs('applier', { lock_wait_timeout: 1 });
    const blocker = await createConnection({ host: '127.0.0.1', port, user: 'root' });
    try {
      const planned = await plan(driver, desired);
      // An open transaction that read t1 holds its metadata lock: t1's comment waits 1 s, then fails.
      await blocker.query('START TRANSACTION');
      await blocker.query('SELECT * FROM ahead_fails.t1');
      const { result, log } = await logged('applier', () => applyWith(driver, planned, 1));
      expect(result.results.map((r) => `${r.change.object.table} ${r.change.object.kind} ${r.status}`)).toEqual([
        ...['t0 table applied', 't0 column applied', 't0 column applied'],
        ...['t1 table failed', 't1 column not_run', 't1 column not_run'],
        ...['t2 table not_run', 't2 column not_run', 't2 column not_run'],
      ]);
      expect(result.results[3]?.error).toBe('ERROR 1205 (HY000): Lock wait timeout exceeded; try restarting transaction');
      expect(result.results[4]?.reason).toMatch(/^not run: an earlier statement failed \(ALTER TABLE `ahead_fails`.`t1` COMMENT/);
      // t1's check was read ahead while its comment waited; its MODIFY was never sent.
      expect(log.some((row) => row.text === 'SHOW CREATE TABLE `ahead_fails`.`t1`')).toBe(true);
      expect(log.some((row) => row.text.startsWith('ALTER TABLE `ahead_fails`.`t1` MODIFY'))).toBe(false);
      expect(unhandled.reasons).toEqual([]);
      expect(await applierConnections('applier')).toBe(0);
    } finally {
      await blocker.query('COMMIT');
      await blocker.end();
      await driver.close();
    }
  });

  it('a second connection gone silent: its read ends after the statement timeout, it is not used again, the session goes on', async () => {
    await root.query('CREATE DATABASE ahead_silent');
    await root.query('CREATE TABLE ahead_silent.t (c int)');
    const proxy = await startFlakyProxy(port);
    const driver = mysql.createDriver({ service: SERVICE, configDir: '/', connection: { host: '127.0.0.1', port: proxy.port, user: 'applier' }, timeouts: { statementMillis: 500 } });
    const restatement = "ALTER TABLE `ahead_silent`.`t` MODIFY COLUMN `c` int(11) DEFAULT NULL COMMENT 'x', ALGORITHM=INSTANT";
    try {
      const session = await driver.open();
      expect(await session.prefetchRefusal!(restatement)).toBeNull();
      proxy.state.stall = true;
      await expect(session.prefetchRefusal!(restatement)).rejects.toThrow(/^MySQL at 127\.0\.0\.1:\d+ did not answer within 5\.5s: the connection went silent/);
      proxy.state.stall = false;
      const accepted = proxy.state.accepted;
      // Not opened again: the read fails at once, and apply reads the check on the session (refusal).
      await expect(session.prefetchRefusal!(restatement)).rejects.toThrow('the session has no second connection for its checks');
      expect(proxy.state.accepted).toBe(accepted);
      expect(await session.refusal!(restatement)).toBeNull();
      await session.close();
      expect(unhandled.reasons).toEqual([]);
    } finally {
      await driver.close();
      await proxy.close();
    }
  });

  it('closes the second connection with the session, a read in flight or not, and opens none after', async () => {
    await root.query('CREATE DATABASE ahead_close');
    await root.query('CREATE TABLE ahead_close.t (c int)');
    const driver = driverAs('applier');
    const restatement = "ALTER TABLE `ahead_close`.`t` MODIFY COLUMN `c` int(11) DEFAULT NULL COMMENT 'x', ALGORITHM=INSTANT";
    try {
      const session = await driver.open();
      await session.lockForApply!();
      expect(await session.prefetchRefusal!(restatement)).toBeNull();
      const inFlight = session.prefetchRefusal!(restatement).then(
        (refusal) => ({ refusal }),
        (error: unknown) => ({ error }),
      );
      await session.close();
      await inFlight;
      await expect(session.prefetchRefusal!(restatement)).rejects.toThrow();
      expect(await applierConnections('applier')).toBe(0);
      expect(unhandled.reasons).toEqual([]);
    } finally {
      await driver.close();
    }
  });
});
