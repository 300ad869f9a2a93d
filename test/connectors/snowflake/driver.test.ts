/**
 * The snowflake driver through the real snowflake-sdk against the fake server: every way to
 * log in (password, key pair from a file or inline with a passphrase, OAuth token), roles,
 * retries of a dropped login, one statement per request, nothing logged, and no secret in
 * any message.
 */
import { generateKeyPairSync } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { snowflake } from '../../../src/connectors/snowflake/index.js';
import { parseConnection } from '../../../src/connectors/snowflake/driver.js';
import type { Driver } from '../../../src/connectors/types.js';
import type { FakeSnowflake } from './fake-server.js';
import { LOGIN, seed, SERVICE, startFake } from './fixtures.js';

const PASSPHRASE = 'Key-Pa55phrase-never-print';
const OAUTH_TOKEN = 'oauth-access-token-never-print';

function keyPair(passphrase?: string) {
  return generateKeyPairSync('rsa', {
    modulusLength: 2048,
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: passphrase ? { type: 'pkcs8', format: 'pem', cipher: 'aes-256-cbc', passphrase } : { type: 'pkcs8', format: 'pem' },
  });
}

const keys = keyPair(PASSPHRASE);
const otherKeys = keyPair();

let fake: FakeSnowflake;
let configDir: string;
const drivers: Driver[] = [];

beforeEach(async () => {
  fake = await startFake({
    users: {
      [LOGIN.username]: { password: LOGIN.password },
      keyuser: { publicKey: keys.publicKey, defaultRole: 'PUBLIC' },
      oauthuser: {},
    },
    oauthTokens: { [OAUTH_TOKEN]: 'oauthuser' },
  });
  seed(fake, ['CREATE ROLE analyst', 'CREATE DATABASE analytics']);
  configDir = await mkdtemp(path.join(os.tmpdir(), 'revmeta-sf-'));
  await mkdir(path.join(configDir, 'keys'));
  await writeFile(path.join(configDir, 'keys', 'rsa_key.p8'), keys.privateKey);
});

afterEach(async () => {
  await Promise.all(drivers.splice(0).map((driver) => driver.close()));
  await fake.stop();
});

function driver(connection: Record<string, unknown>): Driver {
  const created = snowflake.createDriver({ service: SERVICE, connection: { account: 'fake', accessUrl: fake.url, connectionRetries: 0, ...connection }, configDir });
  drivers.push(created);
  return created;
}

async function version(connection: Record<string, unknown>): Promise<unknown> {
  const session = await driver(connection).open();
  return (await session.query('SELECT CURRENT_VERSION() AS VERSION'))[0]?.['VERSION'];
}

async function failure(connection: Record<string, unknown>): Promise<string> {
  try {
    await driver(connection).open();
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  throw new Error('expected the login to fail');
}

describe('snowflake driver: logins', () => {
  it('logs in with a password, as the configured role', async () => {
    expect(await version({ username: LOGIN.username, password: LOGIN.password, role: 'ANALYST', warehouse: 'WH' })).toBe('9.30.1');
    expect(fake.logins).toEqual([{ user: 'revmeta', authenticator: 'SNOWFLAKE', role: 'ANALYST' }]);
  });

  it('reports a wrong password as a login failure naming user and account, never the password', async () => {
    const message = await failure({ username: LOGIN.username, password: `wrong-${LOGIN.password}` });
    expect(message).toBe(`could not connect to Snowflake as revmeta@fake via ${fake.url}: 390100: Incorrect username or password was specified.`);
    expect(message).not.toContain(LOGIN.password);
  });

  it('logs in with a key pair: an encrypted key file relative to the config, and its passphrase (SNOWFLAKE_JWT)', async () => {
    expect(await version({ username: 'keyuser', privateKeyPath: 'keys/rsa_key.p8', privateKeyPass: PASSPHRASE })).toBe('9.30.1');
    expect(fake.logins).toEqual([{ user: 'keyuser', authenticator: 'SNOWFLAKE_JWT', role: 'PUBLIC' }]);
  });

  it('logs in with a key pair given inline (e.g. from ${SNOWFLAKE_PRIVATE_KEY})', async () => {
    expect(await version({ username: 'keyuser', privateKey: keys.privateKey, privateKeyPass: PASSPHRASE })).toBe('9.30.1');
  });

  it('refuses a wrong passphrase or a key the user does not have, without printing the key or passphrase', async () => {
    const wrongPassphrase = await failure({ username: 'keyuser', privateKeyPath: 'keys/rsa_key.p8', privateKeyPass: `x${PASSPHRASE}` });
    expect(wrongPassphrase).toMatch(/^could not connect to Snowflake as keyuser@fake via http:\/\/127\.0\.0\.1:\d+: /);
    expect(wrongPassphrase).not.toContain(PASSPHRASE);
    const wrongKey = await failure({ username: 'keyuser', privateKey: otherKeys.privateKey });
    expect(wrongKey).toMatch(/390100: JWT token is invalid\.$/);
    expect(wrongKey).not.toContain('PRIVATE KEY');
  });

  it('logs in with an OAuth access token (OAUTH), and refuses a wrong one without printing it', async () => {
    expect(await version({ token: OAUTH_TOKEN })).toBe('9.30.1');
    expect(fake.logins).toEqual([{ user: 'oauthuser', authenticator: 'OAUTH', role: 'SYSADMIN' }]);
    const message = await failure({ token: `${OAUTH_TOKEN}-expired` });
    expect(message).toMatch(/^could not connect to Snowflake as \(oauth\)@fake via .*: 390100: Invalid OAuth access token\.$/);
    expect(message).not.toContain(OAUTH_TOKEN);
  });

  it('refuses a role the user cannot use', async () => {
    expect(await failure({ username: LOGIN.username, password: LOGIN.password, role: 'NOPE' })).toMatch(/Role 'NOPE' specified in the connect string does not exist/);
  });
});

describe('snowflake driver: connections', () => {
  it('retries a login whose connection was reset, then succeeds', async () => {
    fake.dropLogins(2);
    expect(await version({ username: LOGIN.username, password: LOGIN.password, connectionRetries: 2 })).toBe('9.30.1');
    expect(fake.logins).toHaveLength(1);
  });

  it('gives up after the configured retries, saying how often it tried', async () => {
    fake.dropLogins(5);
    const message = await failure({ username: LOGIN.username, password: LOGIN.password, connectionRetries: 1 });
    expect(message).toMatch(/^could not connect to Snowflake as revmeta@fake via http:\/\/127\.0\.0\.1:\d+ \(after 2 attempts\): /);
  });

  it('fails fast on a refused connection without retries', async () => {
    const started = Date.now();
    const message = await failure({ username: LOGIN.username, password: LOGIN.password, accessUrl: 'http://127.0.0.1:1' });
    expect(message).toMatch(/^could not connect to Snowflake as revmeta@fake via http:\/\/127\.0\.0\.1:1: .*ECONNREFUSED/);
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('sends one statement per request: a second statement is refused by the server', async () => {
    const session = await driver({ username: LOGIN.username, password: LOGIN.password }).open();
    await expect(session.execute("COMMENT ON DATABASE analytics IS 'a'; COMMENT ON DATABASE analytics IS 'b'")).rejects.toThrow(
      /^000008 \(0A000\): Actual statement count 2 did not match the desired statement count 1\.$/,
    );
    expect(fake.catalog.database('ANALYTICS').comment).toBeNull();
  });

  it('masks secrets a server error echoes, and is not transactional', async () => {
    const session = await driver({ username: LOGIN.username, password: LOGIN.password }).open();
    const error = await session.execute(`COMMENT ON DATABASE "${LOGIN.password}" IS 'x'`).catch((caught: unknown) => caught as Error);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toBe("002003 (02000): SQL compilation error:\nDatabase '***' does not exist or not authorized.");
    await expect(session.begin()).rejects.toThrow(/not transactional/);
    expect(snowflake.capabilities({ version: 'Snowflake 9' }).transactionalDdl).toBe(false);
  });

  it('logs nothing: no console output and no snowflake.log, on success and on failure', async () => {
    const writes: string[] = [];
    const stdout = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => (writes.push(String(chunk)), true));
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => (writes.push(String(chunk)), true));
    const warn = vi.spyOn(console, 'warn');
    const log = vi.spyOn(console, 'log');
    try {
      await version({ username: LOGIN.username, password: LOGIN.password });
      await failure({ username: LOGIN.username, password: 'wrong' });
    } finally {
      stdout.mockRestore();
      stderr.mockRestore();
    }
    expect(writes).toEqual([]);
    expect(warn).not.toHaveBeenCalled();
    expect(log).not.toHaveBeenCalled();
    expect(existsSync(path.join(process.cwd(), 'snowflake.log'))).toBe(false);
  });
});

describe('snowflake driver: the connection block', () => {
  const base = { account: 'acme-prod', username: 'revmeta' };

  it('reads one way to authenticate, and the options that shape statements', () => {
    expect(parseConnection({ ...base, password: 'p', tagReferences: 'account_usage', ownershipGrants: 'revoke', connectionRetries: '2' }, '/cfg')).toEqual({
      account: 'acme-prod',
      username: 'revmeta',
      auth: { method: 'password', password: 'p' },
      role: undefined,
      warehouse: undefined,
      accessUrl: undefined,
      // The service's timeouts: statement (45s) plus 5s of grace.
      requestTimeout: 50_000,
      connectionRetries: 2,
      tagReferences: 'account_usage',
      ownershipGrants: 'revoke',
    });
    expect(parseConnection({ ...base, password: 'p' }, '/cfg', { connectMillis: 1, statementMillis: 7_000, lockMillis: 1 }).requestTimeout).toBe(12_000);
    expect(parseConnection({ ...base, password: 'p', requestTimeout: 3_000 }, '/cfg', { connectMillis: 1, statementMillis: 7_000, lockMillis: 1 }).requestTimeout).toBe(3_000);
    expect(parseConnection({ ...base, privateKeyPath: 'k.p8', privateKeyPass: 'x' }, '/cfg').auth).toEqual({
      method: 'keypair',
      privateKeyPath: '/cfg/k.p8',
      passphrase: 'x',
    });
    expect(parseConnection({ account: 'a', token: 't' }, '/cfg').auth).toEqual({ method: 'oauth', token: 't' });
  });

  it.each<[string, Record<string, unknown>, RegExp]>([
    ['no way to authenticate', { ...base }, /give exactly one of password, privateKeyPath, privateKey or token \(none is set\)/],
    ['two ways to authenticate', { ...base, password: 'p', token: 't' }, /\(password and token are set\)/],
    ['a passphrase without a key', { ...base, password: 'p', privateKeyPass: 'x' }, /privateKeyPass must be given only with privateKeyPath or privateKey/],
    ['a password without a user', { account: 'a', password: 'p' }, /username must be set for password and key-pair authentication/],
    ['an unknown tag source', { ...base, password: 'p', tagReferences: 'show' }, /tagReferences must be one of information_schema, account_usage/],
  ])('refuses %s', (_name, connection, message) => {
    expect(() => parseConnection(connection, '/cfg')).toThrow(message);
  });

  it('reports a bad block when the service is first used, without its secrets', async () => {
    const created = snowflake.createDriver({ service: SERVICE, connection: { account: 'a', password: 'Secret-1', token: 'Secret-2' }, configDir: '/' });
    await expect(created.open()).rejects.toThrow(/^invalid snowflake connection: give exactly one of .* \(password and token are set\)$/);
  });
});
