/**
 * The `connection:` block (both forms: connect string, or host + service name), error hygiene,
 * what is retried, and the real `oracledb` thin client failing to connect to a refused port:
 * the message names where, counts the attempts, and never holds the password.
 */
import { createServer } from 'node:net';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { connectionError, easyConnect, isTransient, parseConnection, statementError } from '../../../src/connectors/oracle/driver.js';
import { oracle } from '../../../src/connectors/oracle/index.js';

const validate = new Ajv({ strict: true, allErrors: true }).compile(oracle.connectionSchema);

describe('oracle connection schema', () => {
  it.each<[string, Record<string, unknown>]>([
    ['host and service name', { host: 'oracle.internal', serviceName: 'ORCLPDB1', user: 'revmeta' }],
    ['connect string', { connectString: 'oracle.internal:1521/ORCLPDB1', user: 'revmeta', password: 'p' }],
    ['a connect descriptor', { connectString: '(DESCRIPTION=(ADDRESS=(PROTOCOL=TCPS)(HOST=db)(PORT=2484))(CONNECT_DATA=(SERVICE_NAME=svc)))', user: 'u' }],
    [
      'everything',
      { host: 'db', port: 1521, serviceName: 'FREEPDB1', user: 'u', password: 'p', databaseName: 'crm', connectTimeout: 5, callTimeout: 60000, ddlLockTimeout: 0, connectionRetries: 2 },
    ],
    ['numbers from ${VAR}', { host: 'db', port: '1522', serviceName: 's', user: 'u', connectTimeout: '5', ddlLockTimeout: '0' }],
  ])('accepts %s', (_name, connection) => {
    expect(validate(connection), JSON.stringify(validate.errors)).toBe(true);
  });

  it.each<[string, Record<string, unknown>]>([
    ['an unknown key', { host: 'db', serviceName: 's', user: 'u', passwrd: 'x' }],
    ['a connect string and a host', { connectString: 'db/s', host: 'db', user: 'u' }],
    ['a host without service name', { host: 'db', user: 'u' }],
    ['no user', { connectString: 'db/s' }],
    ['a SID (thin mode takes service names)', { host: 'db', sid: 'ORCL', user: 'u' }],
    ['a port out of range', { host: 'db', port: 70000, serviceName: 's', user: 'u' }],
    ['connectTimeout zero', { connectString: 'db/s', user: 'u', connectTimeout: 0 }],
  ])('rejects %s', (_name, connection) => {
    expect(validate(connection)).toBe(false);
  });
});

describe('oracle connection parsing', () => {
  it('builds an Easy Connect string and fills defaults', () => {
    expect(parseConnection({ host: 'db', serviceName: 'ORCLPDB1', user: 'u', port: '1522' })).toEqual({
      user: 'u',
      password: undefined,
      connectString: 'db:1522/ORCLPDB1',
      databaseName: 'default',
      // The service's timeouts: defaults (connect 10s, statement 45s plus 5s of grace, lock 10s).
      connectTimeout: 10,
      callTimeout: 50_000,
      ddlLockTimeout: 10,
      connectionRetries: 3,
    });
    expect(easyConnect('::1', 1521, 'svc')).toBe('[::1]:1521/svc');
    expect(parseConnection({ connectString: 'db/svc', user: 'u', databaseName: 'crm' })).toMatchObject({ connectString: 'db/svc', databaseName: 'crm' });
  });

  it('refuses wrong types and mixed forms before they reach oracledb', () => {
    expect(() => parseConnection({ connectString: 'db/s', host: 'db', user: 'u' })).toThrow(/host must be left out when connectString is given/);
    expect(() => parseConnection({ host: 'db', user: 'u' })).toThrow(/serviceName must be a non-empty string/);
    expect(() => parseConnection({ host: 'db', serviceName: 's', user: 'u', port: 65536 })).toThrow(/port must be at most 65535/);
  });
});

describe('oracle errors', () => {
  const target = parseConnection({ host: 'db.internal', serviceName: 'ORCLPDB1', user: 'revmeta', password: 'hunter2' });

  it('names user@connect string and masks the password', () => {
    const error = Object.assign(new Error('ORA-01017: invalid credential or not authorized; logon denied (hunter2)'), { code: 'ORA-01017', errorNum: 1017 });
    expect(connectionError(error, target).message).toBe(
      'could not connect to Oracle as revmeta@db.internal:1521/ORCLPDB1: ORA-01017: invalid credential or not authorized; logon denied (***)',
    );
    expect(statementError(error, ['hunter2']).message).not.toContain('hunter2');
    expect(connectionError(error, target).cause).toBeUndefined();
  });

  it.each<[string, string, boolean]>([
    ['refused by the listener', 'NJS-511', true],
    ['not established', 'NJS-503', true],
    ['connection broken', 'NJS-500', true],
    ['database starting', 'ORA-01033', true],
    ['listener out of handlers', 'ORA-12516', true],
    ['too many processes', 'ORA-00020', true],
    ['wrong password', 'ORA-01017', false],
    ['account locked', 'ORA-28000', false],
    ['unknown service', 'NJS-518', false],
    ['connect timeout', 'NJS-510', false],
    ['no such table', 'ORA-00942', false],
  ])('%s (%s) is transient: %s', (_name, code, transient) => {
    expect(isTransient(Object.assign(new Error(`${code}: x`), { code }))).toBe(transient);
  });
});

async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe('oracle driver against a refused port (the real oracledb thin client)', () => {
  it('retries a refused connection, then fails naming where, how often, and never the password', async () => {
    const port = await closedPort();
    const driver = oracle.createDriver({
      service: 'crm',
      connection: { host: '127.0.0.1', port, serviceName: 'FREEPDB1', user: 'revmeta', password: 'S3cr3t-pa55', connectTimeout: 3, connectionRetries: 1 },
      configDir: '/',
    });
    const error = await driver.open().then(
      () => undefined,
      (e: unknown) => e as Error,
    );
    await driver.close();
    expect(error?.message).toMatch(new RegExp(`^could not connect to Oracle as revmeta@127\\.0\\.0\\.1:${port}/FREEPDB1 \\(after 2 attempts\\): NJS-503: `));
    expect(error?.message).toContain(`ECONNREFUSED 127.0.0.1:${port}`);
    expect(error?.message).not.toContain('S3cr3t-pa55');
  });

  it('refuses a database other than the one it stands for', async () => {
    const driver = oracle.createDriver({ service: 'crm', connection: { connectString: 'db/s', user: 'u', databaseName: 'crm' }, configDir: '/' });
    await expect(driver.open('sales')).rejects.toThrow('this Oracle service has one database level, "crm" (connection.databaseName); there is no database "sales"');
  });
});
