/**
 * examples/clickhouse through the CLI on both ClickHouse versions the tests run, as
 * docs/connectors/clickhouse.md describes it: on 26.7 (chdb) every description of the example
 * is written (database, table, materialized view and column comments); on 18.16 only the
 * column comments are, and the rest are plan warnings, not statements. Either way apply
 * converges: the next plan has no changes.
 * 18.16 is skipped with a printed reason where the binary is missing, never under CI.
 */
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { Driver } from '../../../src/connectors/types.js';
import { CLICKHOUSE_LOGIN, startClickHouse } from '../../engines/clickhouse.js';
import { runCli } from '../../e2e/cli.js';
import { expectApplied, expectNoChanges } from '../databricks/cli-fixtures.js';
import { copyExample } from '../databricks/fixtures.js';
import { startChdbShim } from './chdb-shim.js';
import { createDriver, exec, withSession } from './fixtures.js';

const EXAMPLE = fileURLToPath(new URL('../../../examples/clickhouse/', import.meta.url));

/** The database, table and materialized view the example's manifests name, without comments but one. */
const SEED = [
  'CREATE DATABASE analytics',
  `CREATE TABLE analytics.events (event_time DateTime, user_id UInt64, event_type String, props String COMMENT 'raw JSON')
    ENGINE = MergeTree ORDER BY event_time`,
  `CREATE MATERIALIZED VIEW analytics.daily_events ENGINE = MergeTree ORDER BY (day, event_type)
    AS SELECT toDate(event_time) AS day, event_type, count() AS events FROM analytics.events GROUP BY day, event_type`,
];

const COLUMN_COMMENTS = [
  ['event_time', 'When the event happened, in UTC.'],
  ['user_id', 'Pseudonymous visitor id; 0 when not signed in.'],
  ['event_type', "One of: 'view', 'click', 'purchase'."],
  ['props', ''],
];

interface Target {
  url: string;
  login: { username: string; password: string };
  stop(): Promise<void>;
}

interface Plan {
  changes: { statements: number[] }[]; statements: { text: string }[];
  warnings: { message: string }[];
  conflicts: unknown[];
}

/** The plan's statements, each once (the column comments of one table share one statement). */
function statementsOf(plan: Plan): string[] {
  return (plan.statements as Array<{ text: string }>).map((statement) => statement.text);
}

async function planOf(file: string, env: Record<string, string>): Promise<Plan> {
  const planned = await runCli(['plan', '-c', file, '--format', 'json'], { env });
  expect(planned.stderr).toBe('');
  expect(planned.code).toBe(0);
  return JSON.parse(planned.stdout) as Plan;
}

/** Starts the engine, seeds it and copies the example pointed at it; the rest runs in `run`. */
function describeExampleOn(name: string, start: () => Promise<Target | { skip: string }>, run: (file: string, env: Record<string, string>, driver: Driver) => Promise<void>): void {
  let target: Target | undefined;
  let driver: Driver | undefined;
  afterAll(async () => {
    await driver?.close();
    await target?.stop();
  });
  describe(`examples/clickhouse on ${name}`, () => {
    it('plans what the version can store, applies, and then plans nothing', async (context) => {
      const started = await start();
      if ('skip' in started) {
        console.warn(`skipping examples/clickhouse on ${name}: ${started.skip}`);
        context.skip(started.skip);
        return;
      }
      target = started;
      driver = createDriver(started.url, started.login);
      await exec(driver, SEED);
      const file = await copyExample(EXAMPLE, 'events_ch', (original) => ({
        ...original,
        url: started.url,
        username: started.login.username,
        password: '${CLICKHOUSE_PASSWORD}',
      }));
      await run(file, { CLICKHOUSE_PASSWORD: started.login.password, REVMETA_CACHE_DIR: 'off' }, driver);
    });
  });
}

async function columnComments(driver: Driver): Promise<string[][]> {
  const rows = await withSession(driver, (session) => session.query("SELECT name, comment FROM system.columns WHERE database = 'analytics' AND table = 'events'"));
  return rows.map((row) => [String(row.name), String(row.comment)]);
}

describeExampleOn(
  'ClickHouse 18.16',
  async () => {
    const server = await startClickHouse();
    return 'skip' in server ? server : { ...server, login: { ...CLICKHOUSE_LOGIN } };
  },
  async (file, env, driver) => {
    const plan = await planOf(file, env);
    expect(plan.conflicts).toEqual([]);
    expect(statementsOf(plan)).toEqual([
      "ALTER TABLE `analytics`.`events` COMMENT COLUMN `event_time` 'When the event happened, in UTC.', COMMENT COLUMN `user_id` 'Pseudonymous visitor id; 0 when not signed in.', COMMENT COLUMN `event_type` 'One of: \\'view\\', \\'click\\', \\'purchase\\'.', COMMENT COLUMN `props` ''",
    ]);
    expect(plan.warnings.map((warning) => warning.message)).toEqual([
      'clickhouse cannot store descriptions on a schema: not applied (default.analytics)',
      // The table and the materialized view.
      'clickhouse cannot store descriptions on a table: not applied (2 objects; first: default.analytics.events)',
    ]);
    await expectApplied(file, env);
    await expectNoChanges(file, env);
    expect(await columnComments(driver)).toEqual(COLUMN_COMMENTS);
  },
);

describeExampleOn(
  'ClickHouse 26.7 (chdb)',
  async () => {
    const login = { username: 'revmeta', password: 'the-right-one' };
    const shim = await startChdbShim({ users: { default: '', [login.username]: login.password } });
    return { url: shim.url, login, stop: shim.stop };
  },
  async (file, env, driver) => {
    const plan = await planOf(file, env);
    expect(plan.conflicts).toEqual([]);
    expect(plan.warnings).toEqual([]);
    expect(statementsOf(plan)).toEqual([
      "ALTER DATABASE `analytics` MODIFY COMMENT 'Click stream and its daily rollups.'",
      "ALTER TABLE `analytics`.`events` MODIFY COMMENT 'One row per tracked event, kept 13 months.'",
      "ALTER TABLE `analytics`.`events` COMMENT COLUMN `event_time` 'When the event happened, in UTC.', COMMENT COLUMN `user_id` 'Pseudonymous visitor id; 0 when not signed in.', COMMENT COLUMN `event_type` 'One of: \\'view\\', \\'click\\', \\'purchase\\'.', COMMENT COLUMN `props` ''",
      "ALTER TABLE `analytics`.`daily_events` MODIFY COMMENT 'Events per type and day, filled by a materialized view on events.'",
    ]);
    await expectApplied(file, env);
    await expectNoChanges(file, env);
    expect(await columnComments(driver)).toEqual(COLUMN_COMMENTS);
    const [database] = await withSession(driver, (session) => session.query("SELECT comment FROM system.databases WHERE name = 'analytics'"));
    expect(database).toEqual({ comment: 'Click stream and its daily rollups.' });
  },
);
