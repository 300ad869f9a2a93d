import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/manifest/config.js';
import type { Connector } from '../../src/connectors/types.js';
import type { Diagnostic } from '../../src/manifest/types.js';
import { applyConcurrencyOf, configDigest, connectorContext, policyOf } from '../../src/core/workspace.js';
import { fakePostgres, postgresOnly, tempTree, yaml } from './helpers.js';

async function writeConfig(text: string): Promise<string> {
  const root = await tempTree({ 'revmeta.yaml': text });
  return path.join(root, 'revmeta.yaml');
}

/** Loads a config expected to be invalid; diagnostics as `line:column message`. */
async function errorsOf(
  text: string,
  env: Record<string, string | undefined> = {},
  connectors: ReadonlyMap<string, Connector> = postgresOnly,
): Promise<string[]> {
  const file = await writeConfig(text);
  const loaded = await loadConfig(file, env, connectors);
  if (loaded.ok) throw new Error('expected the config to be invalid');
  for (const diagnostic of loaded.diagnostics) expect(diagnostic.file).toBe(file);
  return loaded.diagnostics.map((d) => `${d.line}:${d.column} ${d.message}`);
}

/** A minimal valid service, to put one mistake into. */
function service(...extra: string[]): string {
  return yaml('version: 1', 'services:', '  warehouse:', '    type: postgres', '    connection: { host: db }', ...extra);
}

describe('loadConfig: valid config', () => {
  const text = yaml(
    '# yaml-language-server: $schema=../schemas/config.schema.json',
    'version: 1',
    'manifests: meta',
    'openmetadata:',
    '  url: http://localhost:8585/api',
    '  token: ${OM_TOKEN}',
    'services:',
    '  warehouse:',
    '    type: postgres',
    '    connection:',
    '      host: db.internal',
    '      port: ${PG_PORT}',
    '      user: revmeta',
    '      password: literal-pw',
    '      url: postgres://${PG_USER}@db/x',
    '      note: costs $${HOME}',
    '      extra: { nested: { private_key: pk-1 }, plain: not-secret }',
    '    sync: [descriptions, tags]',
    '    owners:',
    '      map: { data-platform: dp_owner }',
    '    tags:',
    '      managed: [PII, Tier]',
    '    include: ["analytics.public.*"]',
    '    exclude: ["analytics.tmp.*"]',
    '    sql:',
    '      tableDescription: "COMMENT ON TABLE {schema}.{table} IS {description} -- {\\"json\\": 1}"',
    '    descriptions: { tooLong: truncate }',
  );
  const env = { OM_TOKEN: 'om-token-value', PG_PORT: '5432', PG_USER: 'alice', HOME: '/never/used' };

  it('expands ${VAR}, resolves paths and keeps values as strings', async () => {
    const file = await writeConfig(text);
    const loaded = await loadConfig(file, env, postgresOnly);
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.diagnostics));
    const config = loaded.value;
    expect(config.file).toBe(file);
    expect(config.dir).toBe(path.dirname(file));
    expect(config.version).toBe(1);
    expect(config.manifests).toBe(path.join(path.dirname(file), 'meta'));
    expect(config.openmetadata).toEqual({ url: 'http://localhost:8585/api', token: 'om-token-value' });
    expect(config.services['warehouse']).toEqual({
      type: 'postgres',
      connection: {
        host: 'db.internal',
        port: '5432',
        user: 'revmeta',
        password: 'literal-pw',
        url: 'postgres://alice@db/x',
        note: 'costs ${HOME}',
        extra: { nested: { private_key: 'pk-1' }, plain: 'not-secret' },
      },
      sync: ['descriptions', 'tags'],
      owners: { map: { 'data-platform': 'dp_owner' } },
      tags: { managed: ['PII', 'Tier'] },
      include: ['analytics.public.*'],
      exclude: ['analytics.tmp.*'],
      sql: { tableDescription: 'COMMENT ON TABLE {schema}.{table} IS {description} -- {"json": 1}' },
      descriptions: { tooLong: 'truncate' },
    });
  });

  it('collects secrets: expanded values and credential options, longest first', async () => {
    const loaded = await loadConfig(await writeConfig(text), env, postgresOnly);
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.diagnostics));
    expect(loaded.value.secrets).toEqual([
      'om-token-value',
      'literal-pw',
      'alice',
      '5432',
      'pk-1',
    ]);
  });

  it('collects the credentials written into URLs and connection strings as secrets', async () => {
    const file = await writeConfig(
      yaml(
        'version: 1',
        'openmetadata:',
        '  url: http://admin:hunter2@om.internal:8585/api',
        'services:',
        '  warehouse:',
        '    type: postgres',
        '    connection:',
        '      url: "postgres://revmeta:p%40ss@db.internal/analytics"',
        '      note: "Server=db;User Id=sa;Password=Mssql-S3cret;Encrypt=true"',
      ),
    );
    const loaded = await loadConfig(file, {}, postgresOnly);
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.diagnostics));
    expect(loaded.value.secrets).toEqual(expect.arrayContaining(['admin:hunter2', 'hunter2', 'revmeta:p%40ss', 'p%40ss', 'p@ss', 'Mssql-S3cret']));
    // User names alone are not secrets: they appear in plans and messages by design.
    expect(loaded.value.secrets).not.toContain('admin');
  });

  it('defaults manifests to "metadata" next to the config and services to none', async () => {
    const file = await writeConfig(yaml('version: 1'));
    const loaded = await loadConfig(file, {}, postgresOnly);
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.diagnostics));
    expect(loaded.value.manifests).toBe(path.join(path.dirname(file), 'metadata'));
    expect(loaded.value.services).toEqual({});
    expect(loaded.value.secrets).toEqual([]);
  });

  it('expands a variable set to "" without making "" a secret', async () => {
    const file = await writeConfig(service('    include: ["${PREFIX}analytics.*"]'));
    const loaded = await loadConfig(file, { PREFIX: '' }, postgresOnly);
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.diagnostics));
    expect(loaded.value.services['warehouse']?.include).toEqual(['analytics.*']);
    expect(loaded.value.secrets).toEqual([]);
  });

  it('reads tags.schema and tags.create (for sources whose tags are objects) into the policy and the connector context', async () => {
    const file = await writeConfig(service('    tags:', '      managed: [PII]', '      schema: GOVERNANCE.TAGS', '      create: true'));
    const loaded = await loadConfig(file, {}, postgresOnly);
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.diagnostics));
    const warehouse = loaded.value.services['warehouse']!;
    expect(warehouse.tags).toEqual({ managed: ['PII'], schema: 'GOVERNANCE.TAGS', create: true });
    expect(policyOf(warehouse)).toEqual({ managedClassifications: ['PII'], createTagKeys: true });
    expect(connectorContext('warehouse', warehouse, '/cfg')).toEqual({
      service: 'warehouse',
      connection: { host: 'db' },
      configDir: '/cfg',
      tags: { schema: 'GOVERNANCE.TAGS', create: true },
    });
    // Without them, neither the policy nor the connector hears of tag objects.
    const plain = { ...warehouse, tags: { managed: ['PII'] } };
    expect(policyOf(plain)).toEqual({ managedClassifications: ['PII'] });
    expect(connectorContext('warehouse', plain, '/cfg')).toEqual({ service: 'warehouse', connection: { host: 'db' }, configDir: '/cfg' });
  });

  it('reads timeouts (durations) into the connector context, --lock-timeout over timeouts.lock, and not into the plan digest', async () => {
    const file = await writeConfig(service('    timeouts: { connect: 2s, statement: 1.5m, lock: 250ms }'));
    const loaded = await loadConfig(file, {}, postgresOnly);
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.diagnostics));
    const warehouse = loaded.value.services['warehouse']!;
    expect(connectorContext('warehouse', warehouse, '/cfg').timeouts).toEqual({ connectMillis: 2_000, statementMillis: 90_000, lockMillis: 250 });
    expect(connectorContext('warehouse', warehouse, '/cfg', 30_000).timeouts).toEqual({ connectMillis: 2_000, statementMillis: 90_000, lockMillis: 30_000 });
    expect(connectorContext('warehouse', { ...warehouse, timeouts: { statement: '5s' } }, '/cfg').timeouts).toEqual({ statementMillis: 5_000 });
    // Timeouts do not change what is planned: a saved plan stays valid when they change.
    const { timeouts: _timeouts, ...without } = warehouse;
    expect(configDigest({ ...loaded.value, services: { warehouse } })).toBe(configDigest({ ...loaded.value, services: { warehouse: without } }));
  });

  it('reads concurrency over the connector default, and not into the plan digest', async () => {
    const file = await writeConfig(service('    concurrency: 6'));
    const loaded = await loadConfig(file, {}, postgresOnly);
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.diagnostics));
    const warehouse = loaded.value.services['warehouse']!;
    const capabilities = { fields: { description: [], owner: [], tag: [] }, transactionalDdl: false, applyConcurrency: 8 } as const;
    expect(applyConcurrencyOf(warehouse, capabilities)).toBe(6);
    const { concurrency: _concurrency, ...without } = warehouse;
    expect(applyConcurrencyOf(without, capabilities)).toBe(8);
    expect(configDigest({ ...loaded.value, services: { warehouse } })).toBe(configDigest({ ...loaded.value, services: { warehouse: without } }));
    expect(await errorsOf(service('    concurrency: 0'))).toEqual([expect.stringMatching(/^6:18 .*concurrency.*>= 1/)]);
  });

  it('reports a relative path as passed and reads it from the current folder', async () => {
    const file = path.relative(process.cwd(), await writeConfig(yaml('version: 2')));
    const loaded = await loadConfig(file, {}, postgresOnly);
    expect(loaded).toEqual({
      ok: false,
      diagnostics: [{ file, line: 1, column: 10, message: 'version must be 1', key: 'version' }],
    });
  });
});

describe('loadConfig: located errors', () => {
  it('duplicate key', async () => {
    const errors = await errorsOf(service('    sync: [tags]', '    sync: [owners]'));
    expect(errors).toEqual(['7:5 duplicate key "sync" in services.warehouse (first at line 6)']);
  });

  it('unknown field, at the key', async () => {
    expect(await errorsOf(service('    colour: blue'))).toEqual(['6:5 unknown field "colour" in services.warehouse']);
    expect(await errorsOf(yaml('version: 1', 'colour: blue'))).toEqual(['2:1 unknown field "colour"']);
    expect(await errorsOf(service('    includes: [a]'))).toEqual([
      '6:5 unknown field "includes" in services.warehouse (did you mean "include"?)',
    ]);
  });

  it('a timeout that is not a duration, or is zero, at the value', async () => {
    expect(await errorsOf(service('    timeouts: { connect: 10, lock: 0s, statement: 5 minutes }'))).toEqual([
      '6:26 services.warehouse.timeouts.connect must be a duration of at least 1ms, such as 500ms, 10s or 2m (a bare number has no unit)',
      '6:36 services.warehouse.timeouts.lock must be a duration of at least 1ms, such as 500ms, 10s or 2m',
      '6:51 services.warehouse.timeouts.statement must be a duration of at least 1ms, such as 500ms, 10s or 2m',
    ]);
    expect(await errorsOf(service('    timeouts: { read: 10s }'))).toEqual([expect.stringContaining('unknown field "read" in services.warehouse.timeouts')]);
  });

  it('wrong type and wrong value, at the value', async () => {
    expect(await errorsOf(service('    sync: [descriptions, colours]'))).toEqual([
      '6:26 services.warehouse.sync[1] must be one of descriptions, owners, tags',
    ]);
    expect(await errorsOf(service('    include: analytics.*'))).toEqual(['6:14 services.warehouse.include must be a list']);
    expect(await errorsOf(service('    tags: { create: yes please, schema: "" }'))).toEqual([
      '6:21 services.warehouse.tags.create must be true or false',
      '6:41 services.warehouse.tags.schema must not be empty',
    ]);
    expect(await errorsOf(service('    sync: [tags, tags]'))).toEqual([
      '6:18 services.warehouse.sync[1] repeats services.warehouse.sync[0]',
    ]);
  });

  it('missing required fields, at the parent key', async () => {
    expect(await errorsOf(yaml('services:', '  warehouse:', '    type: postgres'))).toEqual([
      '1:1 missing field "version"',
      '2:3 missing field "connection" in services.warehouse',
    ]);
  });

  it('a variable that is not set, at its value, naming it', async () => {
    const errors = await errorsOf(
      yaml('version: 1', 'openmetadata:', '  url: ${OM_URL}', '  token: "Bearer ${OM_TOKEN}"'),
      { OM_URL: 'http://om' },
    );
    expect(errors).toEqual(['4:10 environment variable OM_TOKEN is not set']);
  });

  it('a malformed reference', async () => {
    expect(await errorsOf(yaml('version: 1', 'manifests: "${META"'))).toEqual([
      '2:12 "${" is not closed by "}" (write "$${" for a literal "${")',
    ]);
    expect(await errorsOf(yaml('version: 1', 'manifests: ${META-DIR}'))).toEqual([
      '2:12 "${META-DIR}" is not a variable reference (names are letters, digits and _)',
    ]);
  });

  it('a connector type this build does not have, at the type', async () => {
    const errors = await errorsOf(
      yaml('version: 1', 'services:', '  shop:', '    type: mysql', '    connection: { host: db }'),
    );
    expect(errors).toEqual([
      '4:11 service "shop": connector type "mysql" is not available in this build (available: postgres)',
    ]);
  });

  it('does not name a connector type that came from a variable (it is a secret)', async () => {
    const errors = await errorsOf(
      yaml('version: 1', 'services:', '  shop:', '    type: ${SHOP_TYPE}', '    connection: {}'),
      { SHOP_TYPE: 'mysql' },
    );
    expect(errors).toEqual([
      '4:11 service "shop": its connector type is not available in this build (available: postgres)',
    ]);
  });

  it('a connector type that does not exist at all, from the schema', async () => {
    const errors = await errorsOf(
      yaml('version: 1', 'services:', '  shop:', '    type: mongodb', '    connection: {}'),
    );
    expect(errors[0]).toMatch(/^4:11 services\.shop\.type must be one of athena, bigquery, .*, snowflake$/);
  });

  it('invalid connection options, against the connector schema', async () => {
    const errors = await errorsOf(
      yaml(
        'version: 1',
        'services:',
        '  warehouse:',
        '    type: postgres',
        '    connection:',
        '      hots: db',
        '      port: true',
        '      password: 12345',
      ),
    );
    expect(errors).toEqual([
      '6:7 unknown field "hots" in services.warehouse.connection (did you mean "host"?)',
      '7:13 services.warehouse.connection.port must be an integer or a string',
      '8:17 services.warehouse.connection.password must be a string',
    ]);
  });

  it('a template with an unknown placeholder, at that template', async () => {
    const errors = await errorsOf(
      service('    sql:', '      columnTagSet: "ALTER {table} SET TAG {foo} = {tag_value} {bar} {foo}"'),
    );
    expect(errors).toEqual([
      '7:21 services.warehouse.sql.columnTagSet uses unknown placeholder {foo}, {bar} ' +
        '(known: {database} {schema} {table} {column} {description} {owner} {tag_key} {tag_value} {tags})',
    ]);
    expect(await errorsOf(service('    sql:', '      tableComment: "x"'))).toEqual([
      '7:7 unknown field "tableComment" in services.warehouse.sql',
    ]);
  });

  it('broken YAML syntax, with a hint for ${VAR} in a flow map', async () => {
    const errors = await errorsOf(
      yaml('version: 1', 'services:', '  warehouse:', '    type: postgres', '    connection: { password: ${PW} }'),
      { PW: 'pw' },
    );
    expect(errors[0]).toBe(
      '5:30 YAML syntax error: Unexpected flow-map-start at node end (quote values that contain ${VAR}: "${VAR}")',
    );
    expect(await errorsOf(yaml('version: 1', 'services: [a, b'))).toEqual([
      '3:1 YAML syntax error: Flow sequence in block collection must be sufficiently indented and end with a ]',
    ]);
  });

  it('collects every error, sorted by position, and never prints a secret', async () => {
    const loaded = await loadConfig(
      await writeConfig(
        yaml(
          'version: 1',
          'colour: blue',
          'services:',
          '  warehouse:',
          '    type: postgres',
          '    connection: { password: "${PW}", port: "${PORT}x", token: hunter2 }',
          '    sync: [everything]',
          '  shop:',
          '    type: mysql',
          '    connection: {}',
        ),
      ),
      { PW: 's3cret-pw', PORT: '5432' },
      postgresOnly,
    );
    if (loaded.ok) throw new Error('expected errors');
    expect(loaded.diagnostics.map((d) => `${d.line}:${d.column} ${d.key ?? ''}`)).toEqual([
      '2:1 colour',
      '6:44 services.warehouse.connection.port',
      '6:56 services.warehouse.connection.token',
      '7:12 services.warehouse.sync[0]',
      '9:11 services.shop.type',
    ]);
    const messages = JSON.stringify(loaded.diagnostics);
    for (const secret of ['s3cret-pw', '5432x', 'hunter2']) expect(messages).not.toContain(secret);
  });

  it('an empty file, a second document, a missing file', async () => {
    expect(await errorsOf('# nothing\n')).toEqual(['1:1 config is empty: it needs at least "version: 1"']);
    expect(await errorsOf(yaml('version: 1', '---', 'version: 1'))).toEqual([
      '3:1 a config holds one YAML document; this is a second one',
    ]);
    const missing = path.join(path.dirname(await writeConfig('')), 'nope.yaml');
    const loaded = await loadConfig(missing, {}, new Map([['postgres', fakePostgres]]));
    expect(loaded).toEqual({
      ok: false,
      diagnostics: [{ file: missing, line: 1, column: 1, message: 'cannot read config: file not found' }],
    } satisfies { ok: false; diagnostics: Diagnostic[] });
  });
});

describe('loadConfig: a command expands only the secrets it uses', () => {
  const text = yaml(
    'version: 1',
    'manifests: ${META}',
    'openmetadata:',
    '  url: ${OM_URL}',
    '  token: ${OM_TOKEN}',
    'services:',
    '  warehouse:',
    '    type: postgres',
    '    connection: { host: db, port: "${PG_PORT}", password: "${PG_PASSWORD}" }',
    '  shop:',
    '    type: postgres',
    '    connection: { host: shop, password: "${SHOP_PASSWORD}", note: "${BROKEN" }',
  );

  it('validate (no secrets): unset variables in connections and openmetadata are notes, not errors; the rest is still checked', async () => {
    const file = await writeConfig(text.replace(', note: "${BROKEN"', ''));
    const loaded = await loadConfig(file, { META: 'meta', PG_PASSWORD: 'pw-set' }, postgresOnly, { services: [], openmetadata: false });
    if (!loaded.ok) throw new Error(loaded.diagnostics.map((d) => d.message).join('\n'));
    expect(loaded.notes?.map((d) => `${d.line}:${d.column} ${d.message}`)).toEqual([
      '4:8 environment variable OM_URL is not set (not needed here; commands that use OpenMetadata need it)',
      '5:10 environment variable OM_TOKEN is not set (not needed here; commands that use OpenMetadata need it)',
      '9:35 environment variable PG_PORT is not set (not needed here; commands that connect to service "warehouse" need it)',
      '12:41 environment variable SHOP_PASSWORD is not set (not needed here; commands that connect to service "shop" need it)',
    ]);
    // Left as written: no secret is expanded. A variable that is set is still masked (a
    // description may quote it); the references themselves are not secrets.
    expect(loaded.value.services['warehouse']!.connection).toEqual({ host: 'db', port: '${PG_PORT}', password: '${PG_PASSWORD}' });
    expect(loaded.value.secrets).toEqual(['pw-set', 'meta']); // meta: manifests: ${META}, expanded
    expect(loaded.value.manifests).toBe(path.join(path.dirname(file), 'meta'));
    // Outside the secret-bearing blocks a variable is still needed.
    expect(await loadConfig(file, {}, postgresOnly, { services: [], openmetadata: false })).toMatchObject({
      ok: false,
      diagnostics: [{ line: 2, column: 12, message: 'environment variable META is not set' }],
    });
  });

  it('a malformed reference stays an error even where nothing is expanded', async () => {
    const loaded = await loadConfig(await writeConfig(text), { META: 'm' }, postgresOnly, { services: [], openmetadata: false });
    if (loaded.ok) throw new Error('expected an error');
    expect(loaded.diagnostics.map((d) => `${d.line}:${d.column} ${d.message}`)).toEqual([
      '12:67 "${" is not closed by "}" (write "$${" for a literal "${")',
    ]);
  });

  it('plan --service warehouse: expands warehouse (its unset variable is an error), not shop', async () => {
    const file = await writeConfig(text.replace(', note: "${BROKEN"', ''));
    const env = { META: 'm', PG_PORT: '5432', PG_PASSWORD: 'pw-1' };
    const loaded = await loadConfig(file, env, postgresOnly, { services: ['warehouse'], openmetadata: false });
    if (!loaded.ok) throw new Error(loaded.diagnostics.map((d) => d.message).join('\n'));
    expect(loaded.value.services['warehouse']!.connection).toEqual({ host: 'db', port: '5432', password: 'pw-1' });
    expect(loaded.value.secrets).toContain('pw-1');
    expect(loaded.notes?.map((d) => d.message)).toContain(
      'environment variable SHOP_PASSWORD is not set (not needed here; commands that connect to service "shop" need it)',
    );
    const missing = await loadConfig(file, { META: 'm' }, postgresOnly, { services: ['warehouse'], openmetadata: false });
    if (missing.ok) throw new Error('expected an error');
    expect(missing.diagnostics.map((d) => `${d.line}:${d.column} ${d.message}`)).toEqual([
      '9:35 environment variable PG_PORT is not set',
      '9:35 services.warehouse.connection.port must match pattern "^[0-9]+$"',
      '9:59 environment variable PG_PASSWORD is not set',
    ]);
  });

  it('without a scope every block is expanded, as before', async () => {
    const file = await writeConfig(text.replace(', note: "${BROKEN"', ''));
    const loaded = await loadConfig(file, { META: 'm', OM_URL: 'http://om', OM_TOKEN: 't', PG_PORT: '1', PG_PASSWORD: 'p' }, postgresOnly);
    if (loaded.ok) throw new Error('expected an error');
    expect(loaded.diagnostics.map((d) => d.message)).toEqual(['environment variable SHOP_PASSWORD is not set']);
  });
});
