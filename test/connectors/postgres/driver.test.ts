/**
 * The `connection:` block (schema and parsing) and connection-error hygiene, without an engine.
 */
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { capabilities } from '../../../src/connectors/postgres/capabilities.js';
import {
  connectionError,
  maskSecret,
  parseConnection,
  type ServerConnection,
} from '../../../src/connectors/postgres/driver.js';
import { postgres } from '../../../src/connectors/postgres/index.js';

const validate = new Ajv({ strict: true }).compile(postgres.connectionSchema);

describe('postgres connection schema', () => {
  it.each<[string, Record<string, unknown>]>([
    ['embedded', { embedded: '.revmeta/pgdata' }],
    ['server, minimal', { host: 'db.internal', user: 'revmeta' }],
    [
      'server, everything',
      { host: 'db', port: 5432, user: 'u', password: 'p', database: 'analytics', ssl: true, connectionTimeoutMillis: 5000, lock_timeout: '0' },
    ],
    ['port as digits from ${VAR}', { host: 'db', user: 'u', port: '6543' }],
    ['ssl options', { host: 'db', user: 'u', ssl: { rejectUnauthorized: false } }],
  ])('accepts %s', (_name, connection) => {
    expect(validate(connection), JSON.stringify(validate.errors)).toBe(true);
  });

  it.each<[string, Record<string, unknown>]>([
    ['an unknown key', { host: 'db', user: 'u', passwrd: 'x' }],
    ['embedded mixed with server keys', { embedded: 'dir', host: 'db' }],
    ['a port that is not a number', { host: 'db', user: 'u', port: '54x' }],
    ['a connection string', { connectionString: 'postgres://u:p@db/x' }],
    ['no host', { user: 'u' }],
    ['ssl as a string', { host: 'db', user: 'u', ssl: 'require' }],
  ])('rejects %s', (_name, connection) => {
    expect(validate(connection)).toBe(false);
  });
});

describe('postgres connection parsing', () => {
  it('resolves an embedded folder against the config folder', () => {
    expect(parseConnection({ embedded: 'state/pg' }, '/repo/conf')).toEqual({ mode: 'embedded', dir: '/repo/conf/state/pg' });
    expect(parseConnection({ embedded: '/abs/pg' }, '/repo')).toEqual({ mode: 'embedded', dir: '/abs/pg' });
  });

  it('fills server defaults and reads digit strings', () => {
    expect(parseConnection({ host: 'db', user: 'u', port: '6543' }, '/')).toEqual({
      mode: 'server',
      host: 'db',
      port: 6543,
      user: 'u',
      password: undefined,
      database: 'postgres',
      ssl: undefined,
      // The service's timeouts: defaults (connect 10s, statement 45s, lock 10s).
      connectionTimeoutMillis: 10_000,
      lockTimeoutMillis: 10_000,
      statementTimeoutMillis: 45_000,
      idleInTransactionTimeoutMillis: 45_000,
      connectionRetries: 3,
    });
    expect(parseConnection({ host: 'db', user: 'u', lock_timeout: '0', statement_timeout: 60_000 }, '/')).toMatchObject({
      lockTimeoutMillis: 0,
      statementTimeoutMillis: 60_000,
      idleInTransactionTimeoutMillis: 60_000,
    });
  });

  it("takes the service's timeouts, under the driver's own options", () => {
    const timeouts = { connectMillis: 2_000, statementMillis: 7_000, lockMillis: 300 };
    expect(parseConnection({ host: 'db', user: 'u' }, '/', timeouts)).toMatchObject({
      connectionTimeoutMillis: 2_000,
      statementTimeoutMillis: 7_000,
      lockTimeoutMillis: 300,
      idleInTransactionTimeoutMillis: 7_000,
    });
    expect(parseConnection({ host: 'db', user: 'u', lock_timeout: 50, idle_in_transaction_session_timeout: 0 }, '/', timeouts)).toMatchObject({
      lockTimeoutMillis: 50,
      idleInTransactionTimeoutMillis: 0,
    });
  });

  it('refuses wrong types before they reach pg', () => {
    expect(() => parseConnection({ host: 'db', user: 'u', port: -1 }, '/')).toThrow(/port must be a positive number/);
    expect(() => parseConnection({ host: 'db', user: 'u', ssl: 'yes' }, '/')).toThrow(/ssl must be/);
    expect(() => parseConnection({ user: 'u' }, '/')).toThrow(/host must be/);
  });
});

describe('postgres connection errors', () => {
  const target: ServerConnection = {
    mode: 'server',
    host: 'db.internal',
    port: 5432,
    user: 'revmeta',
    password: 'hunter2',
    database: 'postgres',
    ssl: undefined,
    connectionTimeoutMillis: 30_000,
    lockTimeoutMillis: 10_000,
    statementTimeoutMillis: 0,
    idleInTransactionTimeoutMillis: 0,
    connectionRetries: 3,
  };

  it('masks every occurrence of the password, and nothing for an empty one', () => {
    expect(maskSecret('a hunter2 b hunter2', 'hunter2')).toBe('a *** b ***');
    expect(maskSecret('abc', '')).toBe('abc');
    expect(maskSecret('abc', undefined)).toBe('abc');
  });

  it('names user@host:port/database and hides the password the driver echoed', () => {
    const echoed = Object.assign(new Error('bad password "hunter2" for revmeta'), { code: '28P01' });
    const error = connectionError(echoed, target, 'analytics');
    expect(error.message).toBe(
      'could not connect to PostgreSQL as revmeta@db.internal:5432/analytics: bad password "***" for revmeta (SQLSTATE 28P01)',
    );
    expect(error.cause).toBeUndefined();
  });

  it('spells out a dual-stack AggregateError that has no message of its own', () => {
    const aggregate = new AggregateError([new Error('connect ECONNREFUSED ::1:5432'), new Error('connect ECONNREFUSED 127.0.0.1:5432')], '');
    expect(connectionError(aggregate, target, 'x').message).toBe(
      'could not connect to PostgreSQL as revmeta@db.internal:5432/x: connect ECONNREFUSED ::1:5432; connect ECONNREFUSED 127.0.0.1:5432',
    );
  });
});

describe('postgres capabilities', () => {
  it('writes descriptions everywhere, owners above columns, no tags, transactionally', () => {
    expect(capabilities({ version: 'PostgreSQL 15.18' })).toEqual({
      fields: {
        description: ['database', 'schema', 'table', 'column'],
        owner: ['database', 'schema', 'table'],
        tag: [],
      },
      transactionalDdl: true,
      listing: { database: 'complete', schema: 'complete', table: 'complete' },
    });
  });
});
