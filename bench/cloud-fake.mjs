// The fakes of bench/cloud.mjs's driver cases, each in this process of its own (forked with
// tsx: the fakes are the TypeScript ones of test/). Argument: type and table count. Answers the
// parent over IPC: first what the driver connects with, then one answer per message
// ({op: setLatency | requests | stop}).
const COLUMNS = 20;

function tableNames(tables) {
  return Array.from({ length: tables }, (_, t) => `t${t}`);
}

/** A fake of `type` seeded with `tables` tables × 20 undescribed columns; latency off until setLatency. */
async function startFake(type, tables) {
  const names = tableNames(tables);
  const columns = Array.from({ length: COLUMNS }, (_, c) => `c${c}`);
  if (type === 'bigquery') {
    const { startFakeBigQuery } = await import('../test/connectors/bigquery/fake/server.ts');
    const fake = await startFakeBigQuery({ pageSize: 10_000 });
    const project = 'bench-project';
    // BENCH_CLOUD_BIGQUERY_NESTED=1: the last column a RECORD whose field is described too, so each table
    // takes the one-request path (tables.get at plan, one whole-schema tables.patch) instead of two DDL statements.
    const nested = process.env.BENCH_CLOUD_BIGQUERY_NESTED === '1';
    const field = (c, index) => (nested && index === columns.length - 1 ? { name: c, type: 'RECORD', fields: [{ name: 'f', type: 'INT64' }] } : { name: c, type: 'INT64' });
    fake.catalog.addDataset(project, 's0');
    for (const name of names) fake.catalog.addTable(project, 's0', name, { fields: columns.map(field) });
    return {
      through: `@google-cloud/bigquery → fake REST server (latency per HTTP request)${nested ? ', a nested field per table' : ''}`,
      nestedLast: nested,
      database: project,
      schema: 's0',
      connection: { projectId: project, apiEndpoint: fake.url, accessToken: fake.token },
      setLatency: (ms) => (fake.latencyMs = ms),
      requests: () => fake.requests.length,
      stop: () => fake.stop(),
    };
  }
  if (type === 'athena') {
    const { startFakeGlue, glueCatalog } = await import('../test/connectors/athena/fake-glue.ts');
    // Glue's own optimistic concurrency: a stale VersionId is refused (ConcurrentModificationException).
    const catalog = glueCatalog('s0', names.map((name) => ({ Name: name, DatabaseName: 's0', VersionId: '1', TableType: 'EXTERNAL_TABLE', StorageDescriptor: { Columns: columns.map((c) => ({ Name: c, Type: 'bigint' })), Location: `s3://bench/${name}/` } })));
    const fake = await startFakeGlue(catalog.handle);
    return {
      through: 'AWS SDK Glue client → fake Glue endpoint (latency per request)',
      database: 'AwsDataCatalog',
      schema: 's0',
      connection: { region: 'eu-west-1', endpoint: fake.endpoint, accessKeyId: 'AKIABENCH0000000000', secretAccessKey: 'bench-secret' },
      setLatency: (ms) => (fake.latencyMs = ms),
      requests: () => fake.requests.length,
      stop: () => fake.close(),
    };
  }
  if (type === 'snowflake') {
    const { startFakeSnowflake } = await import('../test/connectors/snowflake/fake-server.ts');
    const login = { username: 'revmeta', password: 'bench-password' };
    const fake = await startFakeSnowflake({ users: { [login.username]: { password: login.password } } });
    const run = (sql) => fake.engine.run(sql, { role: 'SYSADMIN' });
    run('CREATE DATABASE bench');
    run('CREATE SCHEMA bench.s0');
    for (const name of names) run(`CREATE TABLE bench.s0.${name} (${columns.map((c) => `${c} NUMBER`).join(', ')})`);
    fake.statements.length = 0;
    return {
      through: 'snowflake-sdk → fake Snowflake server (latency per HTTP request: a query request, or the fetch of a multi-statement request\'s first result)',
      // Unquoted names are stored upper case, as Snowflake does.
      database: 'BENCH',
      schema: 'S0',
      upperCase: true,
      connection: { account: 'fake', username: login.username, password: login.password, accessUrl: fake.url },
      setLatency: (ms) => (fake.latencyMs = ms),
      requests: () => fake.requests.queries + fake.requests.resultFetches,
      requestKinds: () => ({ queryRequests: fake.requests.queries, resultFetches: fake.requests.resultFetches }),
      stop: () => fake.stop(),
    };
  }
  // Databricks: Unity Catalog (a SQL warehouse) or the Hive metastore, through @databricks/sql's Thrift client.
  const { FakeDatabricksServer, createCertificate, removeCertificate } = await import('../test/connectors/databricks/fake/server.ts');
  const { FakeWorkspace } = await import('../test/connectors/databricks/fake/workspace.ts');
  const catalog = type === 'unitycatalog' ? 'main' : 'hive_metastore';
  const rows = {
    catalogs: [{ catalog_name: catalog, catalog_owner: 'admins', comment: null }],
    schemata: [{ catalog_name: catalog, schema_name: 's0', schema_owner: 'admins', comment: null }],
    tables: names.map((name) => ({ table_catalog: catalog, table_schema: 's0', table_name: name, table_type: 'MANAGED', table_owner: 'admins', comment: null })),
    columns: names.flatMap((name) => columns.map((c, index) => ({ table_catalog: catalog, table_schema: 's0', table_name: name, column_name: c, ordinal_position: index, full_data_type: 'int', comment: null }))),
  };
  const workspace = FakeWorkspace.fromInformationSchema(rows, { mode: type === 'unitycatalog' ? 'uc' : 'hive', version: { dbsql: '2025.35' } });
  const certificate = createCertificate();
  const server = await new FakeDatabricksServer({ workspace, certificate }).start();
  return {
    through: '@databricks/sql (Thrift over HTTPS) → fake SQL warehouse 2025.35 (latency per statement)',
    database: catalog,
    schema: 's0',
    connection: server.connection(),
    setLatency: (ms) => (server.options.latencyMs = ms),
    requests: () => server.statements.length,
    stop: async () => {
      await server.stop();
      removeCertificate(certificate);
    },
  };
}

const [type, tables] = process.argv.slice(2);
const fake = await startFake(type, Number(tables));
const { setLatency, requests, requestKinds, stop, ...connect } = fake;
process.send(connect);
process.on('message', async ({ op, ms }) => {
  if (op === 'setLatency') {
    setLatency(ms);
    process.send({ ok: true });
  } else if (op === 'requests') {
    const cpu = process.cpuUsage();
    process.send({ requests: requests(), ...(requestKinds ? { kinds: requestKinds() } : {}), cpuMs: Math.round((cpu.user + cpu.system) / 1000) });
  } else if (op === 'stop') {
    await stop();
    process.send({ ok: true });
    process.disconnect();
  }
});
