/**
 * The `connection:` block (schema and parsing), error hygiene and capabilities by server
 * version, without an engine.
 */
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { capabilities, parseVersion } from '../../../src/connectors/clickhouse/capabilities.js';
import {
  connectionError,
  createDriver,
  displayUrl,
  parseConnection,
  serverMessage,
} from '../../../src/connectors/clickhouse/driver.js';
import { clickhouse } from '../../../src/connectors/clickhouse/index.js';

const validate = new Ajv({ strict: true }).compile(clickhouse.connectionSchema);

describe('clickhouse connection schema', () => {
  it.each<[string, Record<string, unknown>]>([
    ['minimal', { url: 'http://clickhouse.internal:8123' }],
    [
      'everything',
      { url: 'https://ch:8443', username: 'revmeta', password: 'p', database: 'analytics', request_timeout: 60_000, databaseName: 'warehouse' },
    ],
    ['request_timeout as digits from ${VAR}', { url: 'http://ch:8123', request_timeout: '60000' }],
    ['an empty password', { url: 'http://ch:8123', password: '' }],
  ])('accepts %s', (_name, connection) => {
    expect(validate(connection), JSON.stringify(validate.errors)).toBe(true);
  });

  it.each<[string, Record<string, unknown>]>([
    ['no url', { username: 'u' }],
    ['a host instead of a url', { host: 'ch', port: 8123 }],
    ['a url that is not http(s)', { url: 'tcp://ch:9000' }],
    ['an unknown key', { url: 'http://ch:8123', user: 'u' }],
    ['query parameters', { url: 'http://ch:8123', query_params: {} }],
    ['a request_timeout that is not a number', { url: 'http://ch:8123', request_timeout: '30s' }],
    ['an empty databaseName', { url: 'http://ch:8123', databaseName: '' }],
  ])('rejects %s', (_name, connection) => {
    expect(validate(connection)).toBe(false);
  });
});

describe('clickhouse connection parsing', () => {
  it('fills defaults and reads digit strings', () => {
    expect(parseConnection({ url: 'http://ch:8123', request_timeout: '5000' })).toEqual({
      url: 'http://ch:8123',
      username: undefined,
      password: undefined,
      database: undefined,
      requestTimeout: 5000,
      databaseName: 'default',
    });
    expect(parseConnection({ url: 'http://ch:8123', databaseName: 'warehouse' }).databaseName).toBe('warehouse');
    // Without request_timeout: the service's timeouts.statement plus 5s of grace (default 45s + 5s).
    expect(parseConnection({ url: 'http://ch:8123' }).requestTimeout).toBe(50_000);
    expect(parseConnection({ url: 'http://ch:8123' }, { connectMillis: 1, statementMillis: 700, lockMillis: 1 }).requestTimeout).toBe(5_700);
  });

  it('refuses wrong types before they reach the client', () => {
    expect(() => parseConnection({})).toThrow(/url must be a non-empty string/);
    expect(() => parseConnection({ url: 'ch:8123' })).toThrow(/url must be an http/);
    expect(() => parseConnection({ url: 'http://ch', password: 1 })).toThrow(/password must be a string/);
    expect(() => parseConnection({ url: 'http://ch', request_timeout: 0 })).toThrow(/request_timeout must be a positive/);
  });

  it('exposes databaseName on its driver, for introspection', () => {
    const driver = createDriver({ service: 's', connection: { url: 'http://ch:8123', databaseName: 'W' }, configDir: '/' });
    expect(driver.databaseName).toBe('W');
  });
});

describe('clickhouse errors', () => {
  const target = parseConnection({ url: 'http://revmeta:s3cr%40t@ch.internal:8123/?x=1', password: 'Sup3r$ecret' });

  it('shows the endpoint without credentials or parameters', () => {
    expect(displayUrl(target.url)).toBe('http://ch.internal:8123');
    expect(displayUrl('https://ch:8443/proxy/path')).toBe('https://ch:8443/proxy/path');
  });

  it('masks the password option and the URL password, raw and encoded', () => {
    const error = connectionError(new Error('echo Sup3r$ecret s3cr%40t s3cr@t Sup3r%24ecret'), target);
    expect(error.message).toBe('could not connect to ClickHouse as revmeta@http://ch.internal:8123: echo *** *** *** ***');
    expect(error.cause).toBeUndefined();
  });

  it('masks a malformed URL that carries a password', () => {
    const driver = createDriver({ service: 's', connection: { url: 'http://u:pa55word@[bad', password: 'an0ther' }, configDir: '/' });
    return expect(driver.open()).rejects.toThrow(/^could not connect to ClickHouse as u@\(unparsable url\): (?!.*pa55word)/);
  });

  it.each<[string, unknown, string]>([
    [
      '18.16 (not parsed by the client)',
      new Error("Code: 60, e.displayText() = DB::Exception: Table d.t doesn't exist., e.what() = DB::Exception\n"),
      "Code: 60. DB::Exception: Table d.t doesn't exist.",
    ],
    [
      'modern (parsed into message, code and type)',
      Object.assign(new Error('Could not find table: t. '), { code: '60', type: 'UNKNOWN_TABLE' }),
      'Code: 60. DB::Exception: Could not find table: t. (UNKNOWN_TABLE)',
    ],
    ['a network error', Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), { code: 'ECONNREFUSED' }), 'connect ECONNREFUSED 127.0.0.1:1'],
    ['a dual-stack refusal', new AggregateError([new Error('a'), new Error('b')], ''), 'a; b'],
  ])('words server errors alike: %s', (_name, error, expected) => {
    expect(serverMessage(error)).toBe(expected);
  });
});

describe('clickhouse capabilities follow the server version', () => {
  const fieldsOf = (version: string) => capabilities({ version });

  it.each<[string, string[], boolean]>([
    ['ClickHouse 18.16.1', ['column'], false],
    ['ClickHouse 22.8.5.29', ['column'], true],
    ['ClickHouse 23.8.1', ['column'], true],
    ['ClickHouse 23.9.1', ['table', 'column'], true],
    ['ClickHouse 25.3.2.39', ['table', 'column'], true],
    ['ClickHouse 25.4.1', ['schema', 'table', 'column'], true],
    ['ClickHouse 26.7.2.1', ['schema', 'table', 'column'], true],
    ['ClickHouse unknown', ['column'], true],
  ])('%s: descriptions on %j, materialized views withheld: %s', (version, levels, withheld) => {
    const result = fieldsOf(version);
    expect(result.fields).toEqual({ description: levels, owner: [], tag: [] });
    expect(result.unsupportedRelations).toEqual(withheld ? { description: { column: ['materialized_view'] } } : undefined);
    expect(result.transactionalDdl).toBe(false);
  });

  it('reads versions with or without the product name', () => {
    expect(parseVersion('18.16.1')).toEqual([18, 16]);
    expect(parseVersion('ClickHouse 26.7.2.1')).toEqual([26, 7]);
    expect(parseVersion('ClickHouse unknown')).toBeNull();
  });
});
