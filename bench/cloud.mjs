// Cloud apply bench (`node bench/cloud.mjs`, after `npm run build`): per connector, the
// statements its dialect compiles for TABLES tables × 20 described columns (a first rollout),
// applied by revmeta's apply (its scheduler and the connector's default concurrency) with a
// fixed latency per statement or request: 100 ms, 1 s for Databricks. Prints one JSON line per
// case: apply wall time against its floor = statements × latency ÷ concurrency; target ≤ 1.2.
//
// Two kinds of case:
// - `through: "driver"`: the connector's real driver (@google-cloud/bigquery, the AWS SDK's
//   Glue client, @databricks/sql, snowflake-sdk) against the local fakes of test/, each in its own
//   process (bench/cloud-fake.mjs, through tsx) as a remote service is, answering every request
//   (BigQuery, Glue, Snowflake) or statement (Databricks) after `latencyMs`. The line counts the
//   requests the fake saw (`requestsPerStatement`: 1 is the floor) and the CPU of each process.
//   The plan is made as `revmeta plan` makes it: introspection through the driver, then
//   readCompileContext, then render. Every request the driver makes is paid for, so a driver that
//   needs two requests per statement shows a ratio near 2. Snowflake sends a table's statements
//   as one multi-statement request: its floor counts one request per table (the fake charges
//   per HTTP request, whatever the request holds), and the line also gives the floor of one
//   request per statement (`statementFloorMs`) and the result fetches snowflake-sdk adds.
// - `through: "engine"` (MySQL, ClickHouse): the connector's real driver (mysql2,
//   @clickhouse/client) against a real server started by test/engines (MariaDB 10.11,
//   ClickHouse 18.16; stopped at the end of the case, or on Ctrl-C), reached through the
//   latency proxy of test/engines/flaky-proxy.ts, which delays every chunk the client sends
//   by `latencyMs`: each round trip pays it, whatever the driver makes it for. Planned and
//   measured as the driver cases; `requests` counts the chunks the driver sent. For MySQL they
//   are split by connection: the apply sessions' (`sessionRequests`: the connections that sent
//   statements, whose round trips are the critical path) and the others' (the column checks
//   read ahead on each session's second connection, `checkReadsAhead`).
// - `through: "session"` (Oracle, whose SQL is tested against recorded rows: no engine
//   here): an in-process session whose every statement takes the latency: the scheduler alone.
//
// A case's size: BENCH_CLOUD_TABLES tables if set, else as many as make the floor about
// BENCH_CLOUD_SECONDS (default 10 s), at least one per session and at most 10,000: 10,000 × 20
// at 1 s per Databricks statement would take hours even at the floor. The line states the size.
// BENCH_CLOUD_LATENCY_SCALE (default 1) scales every latency for a quick run.
// `node bench/cloud.mjs bigquery athena` runs only those cases.
import { connectors } from '../dist/connectors/index.js';
import { applyChanges } from '../dist/apply/apply.js';
import { planService } from '../dist/plan/plan.js';
import { planServiceOnce } from '../dist/core/workspace.js';
import { statementBody, statementText } from '../dist/model/change.js';

const COLUMNS = 20;
const TARGET_SECONDS = Number(process.env.BENCH_CLOUD_SECONDS ?? 10);
const FIXED_TABLES = process.env.BENCH_CLOUD_TABLES === undefined ? undefined : Number(process.env.BENCH_CLOUD_TABLES);
const MAX_TABLES = 10_000;

const SCALE = Number(process.env.BENCH_CLOUD_LATENCY_SCALE ?? 1);

const CASES = [
  { type: 'bigquery', latencyMs: 100, through: 'driver' },
  { type: 'athena', latencyMs: 100, through: 'driver' },
  { type: 'unitycatalog', latencyMs: 1000, through: 'driver' },
  { type: 'databricks', latencyMs: 1000, through: 'driver' },
  { type: 'snowflake', latencyMs: 100, through: 'driver' },
  { type: 'oracle', latencyMs: 100, through: 'session' },
  { type: 'mysql', latencyMs: 100, through: 'engine' },
  { type: 'clickhouse', latencyMs: 100, through: 'engine' },
];
const only = process.argv.slice(2);

for (const { type, latencyMs: nominalMs, through } of CASES.filter((c) => only.length === 0 || only.includes(c.type))) {
  const latencyMs = Math.max(1, Math.round(nominalMs * SCALE));
  if (through === 'driver') {
    await driverCase(type, latencyMs);
    continue;
  }
  if (through === 'engine') {
    await engineCase(type, latencyMs);
    continue;
  }
  const connector = connectors.get(type);
  // The newest server the connector documents (a version it plans for differently), else none.
  const server = { version: connector.docs?.servers?.at(-1)?.version ?? 'unknown' };
  const capabilities = connector.capabilities(server);
  const concurrency = capabilities.applyConcurrency ?? 1;
  const perTable = (await planFor(connector, capabilities, 1)).statements.length;
  // At least one table per session: one table's statements run in order, on one session.
  const tables = sizeFor(perTable, latencyMs, concurrency);
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
      through: 'in-process session (no engine here: the SQL is tested against recorded rows)',
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
  const database = connector.type === 'oracle' ? 'default' : 'bench';
  const desired = {
    name: 'bench',
    databases: [want('database', database, undefined, [want('schema', 's0', undefined, names.map((t) => want('table', t, `Table ${t}`, columns.map((c) => want('column', c, `Column ${c} of ${t}`)))))])],
  };
  const observed = {
    service: 'bench',
    databases: [have('database', database, [have('schema', 's0', names.map((t) => have('table', t, columns.map((c) => have('column', c)))))])],
  };
  const input = { name: 'bench', type: connector.type, desired, observed, capabilities, dialect: connector.dialect, policy: { sync: ['descriptions'] } };
  const planned = planService(input);
  if (planned.conflicts.length > 0) throw new Error(`${connector.type}: unexpected conflicts ${JSON.stringify(planned.conflicts.slice(0, 2))}`);
  return planned;
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

// ---------------------------------------------------------------------------------------
// Cases through the real drivers against the fakes of test/

/** The size of a case: BENCH_CLOUD_TABLES, else about BENCH_CLOUD_SECONDS of floor for `perTable` statements a table. */
function sizeFor(perTable, latencyMs, concurrency) {
  if (FIXED_TABLES !== undefined) return FIXED_TABLES;
  // A multiple of the concurrency: one table's statements run in order on one session, so a
  // last round with fewer tables than sessions would measure the packing, not the scheduler.
  const tables = Math.round((TARGET_SECONDS * 1000 * concurrency) / (perTable * latencyMs) / concurrency) * concurrency;
  return Math.max(concurrency, Math.min(MAX_TABLES, tables));
}

/** The desired tree: every table and column of `tables` tables described (with `nestedLast`, the last column's field `f` too). */
function desiredTree(database, schema, tables, upperCase = false, nestedLast = false) {
  const name = (text) => (upperCase ? text.toUpperCase() : text);
  const here = { file: 'bench.yaml', line: 1, column: 1 };
  const want = (kind, name, description, children = []) => ({ kind, name, fields: description === undefined ? {} : { description }, location: here, fieldLocations: description === undefined ? {} : { description: here }, children });
  const columns = Array.from({ length: COLUMNS }, (_, c) => name(`c${c}`));
  const nested = (c, t, index) => (nestedLast && index === COLUMNS - 1 ? [want('column', 'f', `Field f of ${t}`)] : []);
  return {
    name: 'bench',
    databases: [want('database', database, undefined, [want('schema', schema, undefined, tableNames(tables).map(name).map((t) => want('table', t, `Table ${t}`, columns.map((c, index) => want('column', c, `Column ${c} of ${t}`, nested(c, t, index))))))])],
  };
}

function tableNames(tables) {
  return Array.from({ length: tables }, (_, t) => `t${t}`);
}

/** Plans as `revmeta plan` does (introspect, diff, readCompileContext, render), applies with the fake's latency on, prints the line. */
async function driverCase(type, latencyMs) {
  const connector = connectors.get(type);
  const capabilitiesGuess = connector.capabilities({ version: 'unknown' });
  const concurrency = capabilitiesGuess.applyConcurrency ?? 1;
  // Statements a table needs at least: its comment, and its columns' in one statement where the dialect batches them.
  const perTable = { bigquery: 2, athena: 1, unitycatalog: 2, databricks: 2, snowflake: 2, ...engineStatementsPerTable() }[type];
  const tables = sizeFor(perTable, latencyMs, concurrency);
  const fake = type in engineStatementsPerTable() ? await startEngine(type, tables) : await startFake(type, tables);
  try {
    const driver = connector.createDriver({ service: 'bench', configDir: '/', connection: fake.connection });
    try {
      // The plan's own requests (catalog reads, readCompileContext); BENCH_CLOUD_PLAN_LATENCY=1 makes them pay the latency too.
      const planLatency = process.env.BENCH_CLOUD_PLAN_LATENCY === '1';
      if (planLatency) await fake.setLatency(latencyMs);
      const beforePlan = await fake.requests();
      const planStarted = performance.now();
      const introspection = await connector.introspect(driver, { service: 'bench', databases: [fake.database], schemas: { [fake.database]: [fake.schema] } });
      const capabilities = connector.capabilities(introspection.server);
      const input = {
        name: 'bench',
        type,
        desired: desiredTree(fake.database, fake.schema, tables, fake.upperCase === true, fake.nestedLast === true),
        observed: introspection.observed,
        capabilities,
        dialect: connector.dialect,
        policy: { sync: ['descriptions'] },
      };
      const { plan } = await planServiceOnce(connector, driver, input);
      if (plan.conflicts.length > 0) throw new Error(`${type}: unexpected conflicts ${JSON.stringify(plan.conflicts.slice(0, 2))}`);
      const planWallMs = Math.round(performance.now() - planStarted);
      const planRequests = (await fake.requests()) - beforePlan;
      await fake.setLatency(latencyMs);
      // Engines: the same statements by a bare client first, on an identical copy of the catalog.
      const engineFloor = await fake.measureFloor?.(plan, capabilities.applyConcurrency ?? 1);
      const before = await fake.requests();
      const kindsBefore = await fake.requestKinds?.();
      fake.countConnections?.();
      const fakeCpuBefore = (await fake.cpuMs?.()) ?? 0;
      const cpuBefore = process.cpuUsage();
      const started = performance.now();
      const result = await applyChanges(plan, new Map([['bench', { driver, capabilities, concurrency: capabilities.applyConcurrency ?? 1 }]]));
      const wallMs = Math.round(performance.now() - started);
      // CPU of this process (driver and revmeta's apply; the fake runs in its own): on a loaded machine the part of the wall time beyond the floor that is not waiting.
      const cpu = process.cpuUsage(cpuBefore);
      const cpuMs = Math.round((cpu.user + cpu.system) / 1000);
      const requests = (await fake.requests()) - before;
      // Snowflake: the requests that ran SQL, and the fetches of a multi-statement request's first result (snowflake-sdk makes one per request).
      const kindsAfter = await fake.requestKinds?.();
      const kinds = kindsAfter === undefined ? undefined : { queryRequests: kindsAfter.queryRequests - kindsBefore.queryRequests, resultFetches: kindsAfter.resultFetches - kindsBefore.resultFetches };
      const connections = fake.countConnections?.();
      const fakeCpuMs = fake.cpuMs === undefined ? undefined : (await fake.cpuMs()) - fakeCpuBefore;
      const applyConcurrency = capabilities.applyConcurrency ?? 1;
      const floorMs = Math.round((plan.statements.length * latencyMs) / applyConcurrency);
      const ratio = Math.round((wallMs / floorMs) * 100) / 100;
      // Where a table's statements go in one request (Snowflake): one request per table.
      const requestFloorMs = Math.round((tables * latencyMs) / applyConcurrency);
      const requestRatio = Math.round((wallMs / requestFloorMs) * 100) / 100;
      const failed = result.results.find((outcome) => outcome.status === 'failed');
      console.log(
        JSON.stringify({
          case: `cloud-apply-${type}`,
          through: fake.through,
          server: introspection.server.version,
          tables,
          columns: tables * COLUMNS,
          changes: plan.changes.length,
          statements: plan.statements.length,
          statementsPerTable: Math.round((plan.statements.length / tables) * 100) / 100,
          requests,
          // Load-independent: requests made ÷ requests at the floor (one per statement).
          requestsPerStatement: Math.round((requests / plan.statements.length) * 1000) / 1000,
          // Requests the plan made (introspection, readCompileContext): a `revmeta apply` plans again first, so it pays them too.
          planRequests,
          ...(planLatency ? { planWallMs } : {}),
          // Snowflake: a table's statements go in one query request; snowflake-sdk then fetches its first result
          // (not waited for). The fake charges latency per HTTP request, so a request of N statements counts as
          // one: the floor is one request per table (requestFloorMs); statementFloorMs is the floor of one
          // request per statement, as sessions before 12 measured.
          ...(kinds !== undefined
            ? {
                ...kinds,
                statementsPerQueryRequest: Math.round((plan.statements.length / Math.max(1, kinds.queryRequests)) * 100) / 100,
                latencyCharged: 'per HTTP request (a query request, whatever its statements; a result fetch)',
                floorCounts: 'one query request per table',
                statementFloorMs: floorMs,
                statementRatio: ratio,
              }
            : {}),
          // MySQL: round trips of the connections that sent statements (the apply sessions: the critical path, setup included), and of the others (the check reads ahead).
          ...(connections !== undefined ? { ...connections, sessionRequestsPerStatement: Math.round((connections.sessionRequests / plan.statements.length) * 1000) / 1000 } : {}),
          latencyMs,
          concurrency: applyConcurrency,
          applied: result.summary.applied,
          ...(result.summary.failed > 0 ? { failed: result.summary.failed, firstError: `${failed?.statement?.slice(0, 200)}: ${failed?.error}` } : {}),
          ...(result.summary.notRun > 0 ? { notRun: result.summary.notRun, reason: result.results.find((outcome) => outcome.status === 'not_run')?.reason } : {}),
          wallMs,
          ...(kinds !== undefined ? { floorMs: requestFloorMs, ratio: requestRatio } : { floorMs, ratio }),
          ...(engineFloor !== undefined ? { engineFloorMs: engineFloor.wallMs, engineRatio: Math.round((wallMs / engineFloor.wallMs) * 100) / 100, engineFloorCpuMs: engineFloor.cpuMs } : {}),
          cpuMs,
          cpuMsPerRequest: Math.round((cpuMs / Math.max(1, requests)) * 100) / 100,
          fakeCpuMs,
          target: 'ratio ≤ 1.2',
          pass: (kinds !== undefined ? requestRatio : ratio) <= 1.2 && result.summary.applied === plan.changes.length,
        }),
      );
    } finally {
      await driver.close();
    }
  } finally {
    await fake.stop();
  }
}

/** The fakes of test/, in TypeScript: loaded through tsx. */
async function loadTs(path) {
  const { tsImport } = await import('tsx/esm/api');
  return tsImport(path, import.meta.url);
}

/**
 * A fake of `type` seeded with `tables` tables × 20 undescribed columns, in its own process
 * (bench/cloud-fake.mjs): as a cloud service is, apart from the process measured. Its CPU (SQL
 * parsing, TLS, gunzip) and the TypeScript loader it needs (tsx, whose module hooks would
 * otherwise run on every dynamic import the drivers make per request) stay out of the apply.
 */
async function startFake(type, tables) {
  const { fork } = await import('node:child_process');
  const child = fork(new URL('./cloud-fake.mjs', import.meta.url), [type, String(tables)], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const pending = [];
  child.on('message', (message) => pending.shift()?.resolve(message));
  child.on('exit', (code) => {
    for (const waiting of pending.splice(0)) waiting.reject(new Error(`the ${type} fake exited (code ${code})`));
  });
  /** One request to the fake's process, answered in order. */
  const ask = (message) =>
    new Promise((resolve, reject) => {
      pending.push({ resolve, reject });
      if (message !== undefined) child.send(message);
    });
  const started = await ask();
  return {
    ...started,
    setLatency: (ms) => ask({ op: 'setLatency', ms }),
    requests: async () => (await ask({ op: 'requests' })).requests,
    requestKinds: async () => (await ask({ op: 'requests' })).kinds,
    cpuMs: async () => (await ask({ op: 'requests' })).cpuMs,
    stop: async () => {
      await ask({ op: 'stop' });
    },
  };
}

// ---------------------------------------------------------------------------------------
// Cases through the real drivers against real engines (test/engines), behind the latency proxy

/**
 * Statements a table needs at least on the engines here: MySQL a table comment and one
 * `ALTER TABLE … MODIFY COLUMN …` restating its 20 columns; ClickHouse 18.16 one `ALTER TABLE
 * … COMMENT COLUMN …` for the 20 (it has no table comments: those plan as warnings).
 */
function engineStatementsPerTable() {
  return { mysql: 2, clickhouse: 1 };
}

/** What startEngine throws when the engine is not installed here: the case prints why instead of a number. */
function engineMissing(reason) {
  return Object.assign(new Error(reason), { engineMissing: true });
}

/** A driver case on a real engine; a missing engine is a line saying so (under CI, an error, as in the tests). */
async function engineCase(type, latencyMs) {
  try {
    await driverCase(type, latencyMs);
  } catch (error) {
    if (error?.engineMissing !== true) throw error;
    console.log(JSON.stringify({ case: `cloud-apply-${type}`, skipped: error.message }));
  }
}

/**
 * The engine of `type` started by test/engines (MariaDB 10.11 or ClickHouse 18.16), seeded
 * directly with `tables` tables × 20 undescribed columns in database `s0`, and the latency
 * proxy in front of it (no latency until setLatency). `stop` stops both and removes the data;
 * so does Ctrl-C meanwhile.
 */
async function startEngine(type, tables) {
  const names = tableNames(tables);
  const columns = Array.from({ length: COLUMNS }, (_, c) => `c${c}`);
  const { startFlakyProxy } = await loadTs('../test/engines/flaky-proxy.ts');
  const engine = type === 'mysql' ? await (await loadTs('../test/engines/mariadb.ts')).startMariaDb() : await (await loadTs('../test/engines/clickhouse.ts')).startClickHouse();
  if ('skip' in engine) throw engineMissing(engine.skip);
  let proxy;
  const perConnection = new Map();
  const stop = async () => {
    process.off('SIGINT', onSignal).off('SIGTERM', onSignal);
    await proxy?.close();
    await engine.stop();
  };
  const onSignal = () => void stop().finally(() => process.exit(130));
  process.once('SIGINT', onSignal).once('SIGTERM', onSignal);
  try {
    const enginePort = type === 'mysql' ? engine.port : Number(new URL(engine.url).port);
    // s0 for revmeta, s1 for the bare client of measureFloor.
    for (const database of ['s0', 's1']) {
      if (type === 'mysql') await seedMariaDb(enginePort, database, names, columns);
      else await seedClickHouse(engine.url, database, names, columns);
    }
    proxy = await startFlakyProxy(enginePort);
    // MySQL: chunks per connection, and which connections sent an ALTER TABLE (COM_QUERY, 3, after the 4-byte packet header).
    if (type === 'mysql') {
      proxy.state.tap = (chunk, connection) => {
        const counted = perConnection.get(connection) ?? { chunks: 0, statements: false, checks: 0 };
        counted.chunks++;
        const query = chunk[4] === 3 ? chunk.toString('latin1', 5, 22) : '';
        if (query.startsWith('ALTER ')) counted.statements = true;
        if (query === 'SHOW CREATE TABLE') counted.checks++;
        perConnection.set(connection, counted);
      };
    }
  } catch (error) {
    await stop();
    throw error;
  }
  const through = type === 'mysql' ? `mysql2 → latency proxy (per client chunk) → MariaDB` : `@clickhouse/client (HTTP) → latency proxy (per client chunk) → ClickHouse`;
  return {
    through,
    database: 'default',
    schema: 's0',
    connection: type === 'mysql' ? { host: '127.0.0.1', port: String(proxy.port), user: 'root' } : { url: `http://127.0.0.1:${proxy.port}` },
    setLatency: (ms) => (proxy.state.delayMs = ms),
    requests: () => proxy.state.chunks,
    // Round trips since the last call: of the apply sessions (connections that sent statements), of the others, and the check reads on each.
    ...(type === 'mysql'
      ? {
          countConnections: () => {
            const counts = { sessions: 0, sessionRequests: 0, sessionCheckReads: 0, otherConnections: 0, otherRequests: 0, checkReadsAhead: 0 };
            for (const { chunks, statements, checks } of perConnection.values()) {
              if (statements) Object.assign(counts, { sessions: counts.sessions + 1, sessionRequests: counts.sessionRequests + chunks, sessionCheckReads: counts.sessionCheckReads + checks });
              else Object.assign(counts, { otherConnections: counts.otherConnections + 1, otherRequests: counts.otherRequests + chunks, checkReadsAhead: counts.checkReadsAhead + checks });
            }
            perConnection.clear();
            return counts;
          },
        }
      : {}),
    measureFloor: (plan, concurrency) => bareClientWallMs(plan, concurrency, type === 'mysql' ? () => bareMysqlClient(proxy.port) : () => bareClickHouseClient(proxy.port)),
    stop,
  };
}

/** `CREATE TABLE`s straight to the server, 200 to a round trip. */
async function seedMariaDb(port, database, names, columns) {
  const { createConnection } = await import('mysql2/promise');
  const admin = await createConnection({ host: '127.0.0.1', port, user: 'root', multipleStatements: true });
  try {
    await admin.query(`CREATE DATABASE ${database}`);
    for (let start = 0; start < names.length; start += 200) {
      const creates = names.slice(start, start + 200).map((name) => `CREATE TABLE ${database}.${name} (${columns.map((c) => `${c} int`).join(', ')}) ENGINE=InnoDB`);
      await admin.query(creates.join(';\n'));
    }
  } finally {
    await admin.end();
  }
}

/** `CREATE TABLE`s straight to the server's HTTP interface, 8 at a time (one statement per request there). */
async function seedClickHouse(url, database, names, columns) {
  const run = async (sql) => {
    const response = await fetch(url, { method: 'POST', body: sql });
    if (!response.ok) throw new Error(`ClickHouse: ${sql.slice(0, 80)}: ${await response.text()}`);
  };
  await run(`CREATE DATABASE ${database}`);
  let next = 0;
  const worker = async () => {
    while (next < names.length) await run(`CREATE TABLE ${database}.${names[next++]} (${columns.map((c) => `${c} Int32`).join(', ')}) ENGINE = MergeTree ORDER BY c0`);
  };
  await Promise.all(Array.from({ length: 8 }, worker));
}

/**
 * The engine's floor: the plan's statements for s0, run on the identical s1 by a bare client
 * (`concurrency` connections opened for it, each table's statements in order on one, nothing
 * else sent) through the same proxy at the same latency. Unlike statements × latency ÷
 * concurrency, it includes the server's own time for each ALTER; what revmeta takes beyond
 * it is revmeta's (its scheduler, its driver settings and checks, its extra round trips).
 * Returns its wall time and this process's CPU meanwhile (the bare client's and the proxy's).
 */
async function bareClientWallMs(plan, concurrency, open) {
  const lanes = new Map();
  for (const statement of plan.statements) {
    const sql = statementText(statementBody(statement)).replaceAll('`s0`.', '`s1`.');
    const table = /^ALTER TABLE (`[^`]+`\.`[^`]+`)/.exec(sql)?.[1] ?? sql;
    lanes.set(table, [...(lanes.get(table) ?? []), sql]);
  }
  const queue = [...lanes.values()];
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  const clients = await Promise.all(Array.from({ length: concurrency }, open));
  let next = 0;
  await Promise.all(
    clients.map(async (client) => {
      while (next < queue.length) for (const sql of queue[next++]) await client.run(sql);
    }),
  );
  const wallMs = Math.round(performance.now() - started);
  const cpu = process.cpuUsage(cpuBefore);
  await Promise.all(clients.map((client) => client.close()));
  return { wallMs, cpuMs: Math.round((cpu.user + cpu.system) / 1000) };
}

async function bareMysqlClient(port) {
  const { createConnection } = await import('mysql2/promise');
  const connection = await createConnection({ host: '127.0.0.1', port, user: 'root' });
  return { run: (sql) => connection.query(sql), close: () => connection.end() };
}

/** One HTTP keep-alive connection per client, as @clickhouse/client keeps them. */
async function bareClickHouseClient(port) {
  const http = await import('node:http');
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const run = (sql) =>
    new Promise((resolve, reject) => {
      const request = http.request({ host: '127.0.0.1', port, method: 'POST', path: '/', agent }, (response) => {
        let body = '';
        response.on('data', (chunk) => (body += chunk)).on('end', () => (response.statusCode === 200 ? resolve() : reject(new Error(`ClickHouse ${response.statusCode}: ${body}`))));
      });
      request.on('error', reject);
      request.end(sql);
    });
  return { run, close: async () => agent.destroy() };
}
