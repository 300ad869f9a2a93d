/**
 * The `connection:` block (schema and parsing), error hygiene, what is retried, and the real
 * `mssql` driver failing to connect (a refused port): the message names where, counts the
 * attempts, and never holds the password.
 */
import { createServer } from 'node:net';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { connectionError, driverMessage, isTransient, parseConnection, statementError, type MssqlConnection } from '../../../src/connectors/mssql/driver.js';
import { mssql } from '../../../src/connectors/mssql/index.js';

const validate = new Ajv({ strict: true, allErrors: true }).compile(mssql.connectionSchema);

describe('mssql connection schema', () => {
  it.each<[string, Record<string, unknown>]>([
    ['minimal', { host: 'sql.internal', user: 'revmeta' }],
    [
      'everything',
      {
        host: 'sql',
        port: 1433,
        user: 'u',
        password: 'p',
        database: 'Sales',
        encrypt: true,
        trustServerCertificate: false,
        connectTimeout: 5000,
        requestTimeout: 60000,
        lockTimeout: 0,
        connectionRetries: 2,
      },
    ],
    ['numbers and booleans from ${VAR}', { host: 'sql', user: 'u', port: '14330', encrypt: 'false', trustServerCertificate: 'true', lockTimeout: '0' }],
  ])('accepts %s', (_name, connection) => {
    expect(validate(connection), JSON.stringify(validate.errors)).toBe(true);
  });

  it.each<[string, Record<string, unknown>]>([
    ['an unknown key', { host: 'sql', user: 'u', passwrd: 'x' }],
    ["mssql's own name for the host", { server: 'sql', user: 'u' }],
    ['no user', { host: 'sql' }],
    ['a port out of range', { host: 'sql', user: 'u', port: 70000 }],
    ['a port that is not a number', { host: 'sql', user: 'u', port: '14x' }],
    ['encrypt as a word', { host: 'sql', user: 'u', encrypt: 'yes' }],
    ['connectTimeout zero', { host: 'sql', user: 'u', connectTimeout: 0 }],
    ['too many retries', { host: 'sql', user: 'u', connectionRetries: 11 }],
  ])('rejects %s', (_name, connection) => {
    expect(validate(connection)).toBe(false);
  });

  it('names only the wrong key in its error', () => {
    validate({ host: 'sql', user: 'u', passwrd: 'x' });
    expect(validate.errors).toEqual([expect.objectContaining({ keyword: 'additionalProperties', params: { additionalProperty: 'passwrd' } })]);
  });
});

describe('mssql connection parsing', () => {
  it('fills defaults and reads digit and boolean strings', () => {
    expect(parseConnection({ host: 'sql', user: 'u', port: '14330', encrypt: 'false', lockTimeout: '0' })).toEqual({
      host: 'sql',
      port: 14330,
      user: 'u',
      password: undefined,
      database: 'master',
      encrypt: false,
      trustServerCertificate: false,
      connectTimeout: 10_000,
      requestTimeout: 50_000,
      lockTimeout: 0,
      connectionRetries: 3,
    });
  });

  it('refuses wrong types before they reach the driver', () => {
    expect(() => parseConnection({ host: 'sql', user: 'u', port: 65536 })).toThrow(/port must be at most 65535/);
    expect(() => parseConnection({ host: 'sql', user: 'u', encrypt: 'yes' })).toThrow(/encrypt must be true or false/);
    expect(() => parseConnection({ user: 'u' })).toThrow(/host must be a non-empty string/);
    expect(() => parseConnection({ host: 'sql', user: 'u', connectionRetries: 11 })).toThrow(/connectionRetries must be at most 10/);
  });
});

const TARGET: MssqlConnection = { ...parseConnection({ host: 'sql.internal', user: 'revmeta', password: 'hunter2' }), connectionRetries: 0 };

/** Errors as mssql and tedious build them: a ConnectionError with `code` and `originalError`, a RequestError with `number`. */
function connectionFailure(message: string, code: string, inner?: Record<string, unknown>): Error {
  return Object.assign(new Error(message), { name: 'ConnectionError', code, ...(inner ? { originalError: Object.assign(new Error(message), inner) } : {}) });
}

describe('mssql errors', () => {
  it('prints a server error as sqlcmd does, and masks the password in it', () => {
    const error = Object.assign(new Error("Login failed for user 'revmeta' (hunter2)."), { number: 18456, class: 14, state: 1 });
    expect(driverMessage(error)).toBe("Msg 18456, Level 14, State 1: Login failed for user 'revmeta' (hunter2).");
    expect(connectionError(error, TARGET, 'Sales').message).toBe(
      "could not connect to SQL Server as revmeta@sql.internal:1433/Sales: Msg 18456, Level 14, State 1: Login failed for user 'revmeta' (***).",
    );
    expect(statementError(error, ['hunter2']).message).not.toContain('hunter2');
    expect(connectionError(error, TARGET, 'Sales').cause).toBeUndefined();
  });

  it('spells out the socket errors tedious wraps in an AggregateError', () => {
    const socket = Object.assign(new Error('connect ECONNREFUSED 10.0.0.1:1433'), { code: 'ECONNREFUSED' });
    const error = connectionFailure('Failed to connect to sql.internal:1433 - Could not connect (sequence)', 'ESOCKET', {
      code: 'ESOCKET',
      cause: new AggregateError([socket], 'Could not connect (sequence)'),
    });
    expect(driverMessage(error)).toBe('Failed to connect to sql.internal:1433 - Could not connect (sequence) (connect ECONNREFUSED 10.0.0.1:1433)');
  });

  it.each<[string, unknown, boolean]>([
    ['a refused connection', connectionFailure('Failed to connect', 'ESOCKET', { code: 'ESOCKET', cause: new AggregateError([Object.assign(new Error('x'), { code: 'ECONNREFUSED' })]) }), true],
    ['a reset connection', connectionFailure('Connection lost - read ECONNRESET', 'ESOCKET', { code: 'ESOCKET', cause: Object.assign(new Error('x'), { code: 'ECONNRESET' }) }), true],
    ['a login error tedious calls transient (Azure 40613)', connectionFailure('Database is not currently available.', 'ELOGIN', { code: 'ELOGIN', isTransient: true }), true],
    ['a failed login', connectionFailure("Login failed for user 'revmeta'.", 'ELOGIN', { code: 'ELOGIN' }), false],
    ['an unknown host', connectionFailure('Failed to connect', 'ESOCKET', { code: 'ESOCKET', cause: Object.assign(new Error('x'), { code: 'ENOTFOUND' }) }), false],
    ['a connect timeout', connectionFailure('Failed to connect in 15000ms', 'ETIMEOUT'), false],
    ['a SQL error', Object.assign(new Error('Invalid object name'), { number: 208 }), false],
    ['not an error at all', 'ECONNREFUSED', false],
  ])('%s is transient: %s', (_name, error, transient) => {
    expect(isTransient(error)).toBe(transient);
  });
});

/** A port nothing listens on: bound, then released. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe('mssql driver against a refused port (the real mssql/tedious client)', () => {
  it('retries a refused connection, then fails naming where, how often, and never the password', async () => {
    const port = await closedPort();
    const driver = mssql.createDriver({
      service: 'erp',
      connection: { host: '127.0.0.1', port, user: 'revmeta', password: 'S3cr3t-pa55', connectTimeout: 3000, connectionRetries: 1 },
      configDir: '/',
    });
    const error = await driver.open('Sales').then(
      () => undefined,
      (e: unknown) => e as Error,
    );
    await driver.close();
    expect(error?.message).toMatch(new RegExp(`^could not connect to SQL Server as revmeta@127\\.0\\.0\\.1:${port}/Sales \\(after 2 attempts\\): `));
    expect(error?.message).toContain(`ECONNREFUSED 127.0.0.1:${port}`);
    expect(error?.message).not.toContain('S3cr3t-pa55');
  });
});
