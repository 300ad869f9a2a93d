// Cloud apply bench (`node bench/cloud.mjs`, after `npm run build`): per connector, the
// statements its dialect renders for TABLES tables × 20 described columns, applied by revmeta's
// apply (its scheduler and the connector's default concurrency) through an in-process session
// whose every statement takes a fixed latency: 100 ms, 1 s for Databricks. Prints one JSON line
// per case: apply wall time against its floor = statements × latency ÷ concurrency; target ≤ 1.2.
//
// A case's size: BENCH_CLOUD_TABLES tables if set, else as many as make the floor about
// BENCH_CLOUD_SECONDS (default 10 s), at least one per session and at most 10,000: 10,000 × 20
// at 1 s per Databricks statement would take hours even at the floor. The line states the size.
// `node bench/cloud.mjs mysql oracle` runs only those cases.
//
// Not covered here: BigQuery and Athena (their requests are rendered from the tables they read
// first, through their own drivers); the HTTP/Thrift fakes of test/ (no latency option yet).
import { connectors } from '../dist/connectors/index.js';
import { applyChanges } from '../dist/apply/apply.js';
import { planService } from '../dist/plan/plan.js';
import { planServiceOnce } from '../dist/core/workspace.js';

const COLUMNS = 20;
const TARGET_SECONDS = Number(process.env.BENCH_CLOUD_SECONDS ?? 10);
const FIXED_TABLES = process.env.BENCH_CLOUD_TABLES === undefined ? undefined : Number(process.env.BENCH_CLOUD_TABLES);
const MAX_TABLES = 10_000;

const CASES = [
  { type: 'snowflake', latencyMs: 100 },
  { type: 'databricks', latencyMs: 1000 },
  { type: 'unitycatalog', latencyMs: 1000 },
  { type: 'oracle', latencyMs: 100 },
  { type: 'mysql', latencyMs: 100 },
  { type: 'clickhouse', latencyMs: 100 },
];
const only = process.argv.slice(2);

for (const { type, latencyMs } of CASES.filter((c) => only.length === 0 || only.includes(c.type))) {
  const connector = connectors.get(type);
  // The newest server the connector documents (a version it plans for differently), else none.
  const server = { version: connector.docs?.servers?.at(-1)?.version ?? 'unknown' };
  const capabilities = connector.capabilities(server);
  const concurrency = capabilities.applyConcurrency ?? 1;
  const perTable = (await planFor(connector, capabilities, 1)).statements.length;
  // At least one table per session: one table's statements run in order, on one session.
  const tables = FIXED_TABLES ?? Math.max(concurrency, Math.min(MAX_TABLES, Math.round((TARGET_SECONDS * 1000 * concurrency) / (perTable * latencyMs))));
  const plan = await planFor(connector, capabilities, tables);
  const driver = latencyDriver(latencyMs);
  const started = performance.now();
  const result = await applyChanges(plan, new Map([['bench', { driver, capabilities, concurrency }]]));
  const wallMs = Math.round(performance.now() - started);
  const floorMs = Math.round((plan.statements.length * latencyMs) / concurrency);
  const ratio = Math.round((wallMs / floorMs) * 100) / 100;
  console.log(
    JSON.stringify({
      case: `cloud-apply-${type}`,
      server: server.version,
      tables,
      columns: tables * COLUMNS,
      changes: plan.changes.length,
      statements: plan.statements.length,
      statementsPerTable: perTable,
      latencyMs,
      concurrency,
      sessions: driver.opened(),
      maxInFlight: driver.maxInFlight(),
      applied: result.summary.applied,
      wallMs,
      floorMs,
      ratio,
      target: 'ratio ≤ 1.2',
      pass: ratio <= 1.2 && result.summary.applied === plan.changes.length,
    }),
  );
}

/** Every table and column of `tables` tables described, none described at the source yet. */
async function planFor(connector, capabilities, tables) {
  const here = { file: 'bench.yaml', line: 1, column: 1 };
  const want = (kind, name, description, children = []) => ({ kind, name, fields: description === undefined ? {} : { description }, location: here, fieldLocations: {}, children });
  const have = (kind, name, children = []) => ({ kind, name, description: null, owner: null, tags: {}, children, ...(kind === 'table' ? { relation: 'table' } : {}) });
  const names = Array.from({ length: tables }, (_, t) => `t${t}`);
  const columns = Array.from({ length: COLUMNS }, (_, c) => `c${c}`);
  const database = connector.type === 'oracle' || connector.type === 'mysql' || connector.type === 'clickhouse' ? 'default' : 'bench';
  const desired = {
    name: 'bench',
    databases: [want('database', database, undefined, [want('schema', 's0', undefined, names.map((t) => want('table', t, `Table ${t}`, columns.map((c) => want('column', c, `Column ${c} of ${t}`)))))])],
  };
  const observed = {
    service: 'bench',
    databases: [have('database', database, [have('schema', 's0', names.map((t) => have('table', t, columns.map((c) => have('column', c)))))])],
  };
  const input = { name: 'bench', type: connector.type, desired, observed, capabilities, dialect: connector.dialect, policy: { sync: ['descriptions'] } };
  // MySQL restates each column's definition from SHOW CREATE TABLE: answered as a server would.
  const planned = connector.type === 'mysql' ? (await planServiceOnce(connector, showCreateTableDriver(columns), input)).plan : planService(input);
  if (planned.conflicts.length > 0) throw new Error(`${connector.type}: unexpected conflicts ${JSON.stringify(planned.conflicts.slice(0, 2))}`);
  return planned;
}

function showCreateTableDriver(columns) {
  return {
    async open() {
      return {
        async query(sql) {
          const table = /`([^`]+)`$/.exec(sql)?.[1] ?? 't';
          const body = columns.map((c) => `  \`${c}\` int(11) DEFAULT NULL`).join(',\n');
          return [{ Table: table, 'Create Table': `CREATE TABLE \`${table}\` (\n${body}\n) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci` }];
        },
        close: async () => undefined,
      };
    },
    close: async () => undefined,
  };
}

/** Sessions whose every statement or request takes `latencyMs`, one at a time per session, as a connection to a cloud service. */
function latencyDriver(latencyMs) {
  let opened = 0;
  let inFlight = 0;
  let maxInFlight = 0;
  const wait = async () => {
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    await new Promise((resolve) => setTimeout(resolve, latencyMs));
    inFlight--;
  };
  const refuse = () => Promise.reject(new Error('no transactions here'));
  return {
    async open() {
      opened++;
      return { query: async () => [], execute: wait, send: wait, begin: refuse, commit: refuse, rollback: refuse, close: async () => undefined };
    },
    close: async () => undefined,
    opened: () => opened,
    maxInFlight: () => maxInFlight,
  };
}
