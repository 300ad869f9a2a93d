/**
 * The `connection:` block (schema and parsing), error hygiene and capabilities, without an
 * engine; with the planner, the capabilities' conflicts and warnings.
 */
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { capabilities, parseServerVersion } from '../../../src/connectors/mysql/capabilities.js';
import {
  connectionError,
  maskSecret,
  parseConnection,
  sessionSetupSql,
  statementError,
  type MysqlConnection,
} from '../../../src/connectors/mysql/driver.js';
import { mysql } from '../../../src/connectors/mysql/index.js';
import { serverVersion } from '../../../src/connectors/mysql/introspect.js';
import type { ObservedNode } from '../../../src/model/types.js';
import { planService } from '../../../src/plan/plan.js';
import { TRUNCATION_MARKER } from '../../../src/plan/fields.js';
import { HOSTILE_VALUES } from '../../corpus/hostile.js';
import { DATABASE, SERVICE, manifests } from './fixtures.js';

const validate = new Ajv({ strict: true, allErrors: true }).compile(mysql.connectionSchema);

describe('mysql connection schema', () => {
  it.each<[string, Record<string, unknown>]>([
    ['minimal', { host: 'db.internal', user: 'revmeta' }],
    [
      'everything',
      { host: 'db', port: 3306, user: 'u', password: 'p', ssl: true, databaseName: 'prod', connectTimeout: 5000, lock_wait_timeout: 30 },
    ],
    ['numbers as digits from ${VAR}', { host: 'db', user: 'u', port: '3307', connectTimeout: '2000' }],
    ['ssl options', { host: 'db', user: 'u', ssl: { ca: '-----BEGIN CERTIFICATE-----', rejectUnauthorized: true } }],
  ])('accepts %s', (_name, connection) => {
    expect(validate(connection), JSON.stringify(validate.errors)).toBe(true);
  });

  it.each<[string, Record<string, unknown>]>([
    ['an unknown key', { host: 'db', user: 'u', passwrd: 'x' }],
    ['a database (MySQL databases are schemas here)', { host: 'db', user: 'u', database: 'shop' }],
    ['a port that is not a number', { host: 'db', user: 'u', port: '33x' }],
    ['a port out of range', { host: 'db', user: 'u', port: 70000 }],
    ['no host', { user: 'u' }],
    ['an empty databaseName', { host: 'db', user: 'u', databaseName: '' }],
    ['ssl as a string', { host: 'db', user: 'u', ssl: 'Amazon RDS' }],
    ['connectTimeout zero', { host: 'db', user: 'u', connectTimeout: 0 }],
  ])('rejects %s', (_name, connection) => {
    expect(validate(connection)).toBe(false);
  });

  it('names only the wrong key in its error', () => {
    validate({ host: 'db', user: 'u', passwrd: 'x' });
    expect(validate.errors).toEqual([expect.objectContaining({ keyword: 'additionalProperties', params: { additionalProperty: 'passwrd' } })]);
  });
});

describe('mysql connection parsing', () => {
  it('fills defaults and reads digit strings', () => {
    expect(parseConnection({ host: 'db', user: 'u', port: '3307' })).toEqual({
      host: 'db',
      port: 3307,
      user: 'u',
      password: undefined,
      ssl: undefined,
      databaseName: 'default',
      connectTimeout: 10_000,
      lockWaitTimeout: 10,
      applyLockTimeoutMillis: 10_000,
      statementTimeoutMillis: 45_000,
    });
    expect(parseConnection({ host: 'db', user: 'u', ssl: true, databaseName: 'prod', lock_wait_timeout: '3' })).toMatchObject({
      ssl: {},
      databaseName: 'prod',
      lockWaitTimeout: 3,
    });
  });

  it("takes the service's timeouts, under the driver's own options", () => {
    const timeouts = { connectMillis: 2_000, statementMillis: 7_000, lockMillis: 1_500 };
    expect(parseConnection({ host: 'db', user: 'u' }, timeouts)).toMatchObject({
      connectTimeout: 2_000,
      lockWaitTimeout: 2,
      applyLockTimeoutMillis: 1_500,
      statementTimeoutMillis: 7_000,
    });
    expect(parseConnection({ host: 'db', user: 'u', connectTimeout: 500, lock_wait_timeout: 30 }, timeouts)).toMatchObject({
      connectTimeout: 500,
      lockWaitTimeout: 30,
    });
  });

  it('refuses wrong types before they reach mysql2', () => {
    expect(() => parseConnection({ host: 'db', user: 'u', port: -1 })).toThrow(/port must be a positive integer/);
    expect(() => parseConnection({ host: 'db', user: 'u', port: 65536 })).toThrow(/port must be at most 65535/);
    expect(() => parseConnection({ host: 'db', user: 'u', ssl: 'yes' })).toThrow(/ssl must be/);
    expect(() => parseConnection({ user: 'u' })).toThrow(/host must be/);
  });

  it('sets the session so escaping and SHOW CREATE TABLE are deterministic', () => {
    expect(sessionSetupSql(10, 50)).toBe(
      "SET NAMES utf8mb4, SESSION sql_mode = 'STRICT_ALL_TABLES,NO_ENGINE_SUBSTITUTION', SESSION sql_quote_show_create = 1, " +
        'SESSION explicit_defaults_for_timestamp = 1, SESSION lock_wait_timeout = 10, SESSION innodb_lock_wait_timeout = 10, SESSION wait_timeout = 50 ' +
        '/*M!100304 , SESSION system_versioning_alter_history = KEEP */',
    );
  });
});

describe('mysql errors', () => {
  const target: MysqlConnection = {
    host: 'db.internal',
    port: 3306,
    user: 'revmeta',
    password: 'hunter2',
    ssl: undefined,
    databaseName: 'default',
    connectTimeout: 10_000,
    lockWaitTimeout: 10,
    applyLockTimeoutMillis: 10_000,
    statementTimeoutMillis: 45_000,
  };

  it('masks every occurrence of the password, and nothing for an empty one', () => {
    expect(maskSecret('a hunter2 b hunter2', 'hunter2')).toBe('a *** b ***');
    expect(maskSecret('abc', '')).toBe('abc');
  });

  it('names user@host:port, the server error, and hides a password the driver echoed', () => {
    const echoed = Object.assign(new Error("Access denied for user 'revmeta' (password hunter2)"), { errno: 1045, sqlState: '28000' });
    const error = connectionError(echoed, target);
    expect(error.message).toBe(
      "could not connect to MySQL as revmeta@db.internal:3306: ERROR 1045 (28000): Access denied for user 'revmeta' (password ***)",
    );
    expect(error.cause).toBeUndefined();
  });

  it('spells out a dual-stack AggregateError that has no message of its own', () => {
    const aggregate = new AggregateError([new Error('connect ECONNREFUSED ::1:3306'), new Error('connect ECONNREFUSED 127.0.0.1:3306')], '');
    expect(connectionError(aggregate, target).message).toBe(
      'could not connect to MySQL as revmeta@db.internal:3306: connect ECONNREFUSED ::1:3306; connect ECONNREFUSED 127.0.0.1:3306',
    );
  });

  it('explains an ALGORITHM=INSTANT refusal of a column comment', () => {
    const refusal = Object.assign(new Error('ALGORITHM=INSTANT is not supported for this operation. Try ALGORITHM=COPY'), {
      errno: 1845,
      sqlState: '0A000',
    });
    const message = statementError(refusal, 'ALTER TABLE `s`.`t` MODIFY COLUMN `c` int, ALGORITHM=INSTANT', 'pw').message;
    expect(message).toMatch(/^ERROR 1845 \(0A000\): ALGORITHM=INSTANT is not supported .* revmeta sets a column comment by restating the column with ALGORITHM=INSTANT/);
    // What is true: the restatement is not the column as it is now, or the server cannot change this comment in place.
    expect(message).toContain('the restated definition differs from the column as it is now (plan again)');
    expect(message).toContain('Nothing was changed');
    expect(statementError(refusal, 'ALTER TABLE t FORCE', 'pw').message).not.toMatch(/revmeta/);
  });
});

describe('mysql capabilities', () => {
  it('names the server from VERSION()', () => {
    expect(serverVersion('10.11.19-MariaDB-0+deb12u1')).toBe('MariaDB 10.11.19');
    expect(serverVersion('5.5.5-10.4.32-MariaDB-log')).toBe('MariaDB 10.4.32');
    expect(serverVersion('8.0.36-0ubuntu0.22.04.1')).toBe('MySQL 8.0.36');
    expect(serverVersion('8.4.0')).toBe('MySQL 8.4.0');
    expect(parseServerVersion('MariaDB 10.11.19')).toEqual({ flavour: 'MariaDB', major: 10, minor: 11, patch: 19 });
    expect(parseServerVersion('something else')).toEqual({ flavour: 'MySQL', major: 0, minor: 0, patch: 0 });
  });

  it('on MariaDB 10.5+: schema, table and column descriptions; limits; BMP only', () => {
    expect(capabilities({ version: 'MariaDB 10.11.19' })).toEqual({
      fields: { description: ['schema', 'table', 'column'], owner: [], tag: [] },
      unsupportedRelations: { description: { table: ['view'], column: ['view'] } },
      transactionalDdl: false,
      applyConcurrency: 4,
      listing: { database: 'complete', schema: 'confirmed', table: 'confirmed', column: 'confirmed' },
      descriptionLimits: {
        schema: { max: 1024, unit: 'bytes' },
        table: { max: 2048, unit: 'chars' },
        column: { max: 1024, unit: 'chars' },
      },
      descriptionRules: { schema: { bmpOnly: true }, table: { bmpOnly: true }, column: { bmpOnly: true } },
    });
  });

  it.each(['MySQL 8.0.36', 'MariaDB 10.4.32'])('on %s: no schema descriptions', (version) => {
    const caps = capabilities({ version });
    expect(caps.fields.description).toEqual(['table', 'column']);
    expect(caps.descriptionLimits?.schema).toBeUndefined();
  });
});

describe('mysql capabilities in the planner', () => {
  const column = (name: string, description: string | null = null): ObservedNode => ({
    kind: 'column',
    name,
    description,
    owner: null,
    tags: {},
    children: [],
  });
  const observed = (relation: 'table' | 'view' = 'table') => ({
    service: SERVICE,
    databases: [
      {
        kind: 'database' as const,
        name: DATABASE,
        description: null,
        owner: null,
        tags: {},
        children: [
          {
            kind: 'schema' as const,
            name: 'shop',
            description: null,
            owner: null,
            tags: {},
            children: [{ kind: 'table' as const, name: 'orders', relation, description: null, owner: null, tags: {}, children: [column('id')] }],
          },
        ],
      },
    ],
  });

  function planWith(version: string, value: string, relation: 'table' | 'view' = 'table', tooLong?: 'truncate') {
    return planService({
      name: SERVICE,
      type: 'mysql',
      desired: manifests({ shop: { description: value, tables: { orders: { description: value, columns: { id: value } } } } }),
      observed: observed(relation),
      capabilities: capabilities({ version }),
      dialect: mysql.dialect,
      policy: tooLong ? { tooLong } : {},
      compileContext: { '`shop`.`orders`': 'CREATE TABLE `orders` (\n  `id` int(11) DEFAULT NULL\n) ENGINE=InnoDB' },
    });
  }

  const astral = HOSTILE_VALUES.filter((value) => [...value.value].some((char) => char.codePointAt(0)! > 0xffff));

  it('the corpus has values with 4-byte characters', () => {
    expect(astral.map((value) => value.name)).toEqual(['emoji', 'astral characters']);
  });

  it.each(astral)('refuses "$name" on every level as a conflict that names the character', ({ value }) => {
    const planned = planWith('MariaDB 10.11.19', value);
    expect(planned.changes).toEqual([]);
    expect(planned.conflicts.map((c) => c.object.kind)).toEqual(['schema', 'table', 'column']);
    for (const conflict of planned.conflicts) {
      expect(conflict.reason).toMatch(/^mysql cannot store this description on a (schema|table|column): it contains ".+" \(U\+1[0-9A-F]{4}\), a 4-byte character/);
    }
  });

  it('refuses a description longer than a level holds, or truncates it visibly', () => {
    const long = 'x'.repeat(3000);
    expect(planWith('MariaDB 10.11.19', long).conflicts.map((c) => c.reason)).toEqual([
      expect.stringMatching(/description is 3000 bytes long; mysql stores at most 1024 on a schema/),
      expect.stringMatching(/description is 3000 chars long; mysql stores at most 2048 on a table/),
      expect.stringMatching(/description is 3000 chars long; mysql stores at most 1024 on a column/),
    ]);
    const truncated = planWith('MariaDB 10.11.19', long, 'table', 'truncate');
    expect(truncated.changes.map((c) => [c.object.kind, [...c.after!].length, c.after!.endsWith(TRUNCATION_MARKER)])).toEqual([
      ['schema', 1024, true],
      ['table', 2048, true],
      ['column', 1024, true],
    ]);
    expect(truncated.warnings.map((w) => w.code)).toEqual(['truncated', 'truncated', 'truncated']);
  });

  it('holds a schema comment to 1024 UTF-8 bytes, not characters', () => {
    const planned = planWith('MariaDB 10.11.19', 'é'.repeat(600));
    expect(planned.conflicts.map((c) => [c.object.kind, c.reason.slice(0, 40)])).toEqual([['schema', 'description is 1200 bytes long; mysql st']]);
    expect(planned.changes.map((c) => c.object.kind)).toEqual(['table', 'column']);
  });

  it('on MySQL warns that a schema description is not applied', () => {
    const planned = planWith('MySQL 8.0.36', 'Shop');
    expect(planned.changes.map((c) => c.object.kind)).toEqual(['table', 'column']);
    expect(planned.warnings).toEqual([
      expect.objectContaining({ code: 'unsupported-field', field: 'description', message: expect.stringMatching(/^mysql cannot store descriptions on a schema/) }),
    ]);
  });

  it('warns instead of writing comments on a view or its columns', () => {
    const planned = planWith('MariaDB 10.11.19', 'x', 'view');
    expect(planned.changes.map((c) => c.object.kind)).toEqual(['schema']);
    expect(planned.warnings.map((w) => [w.code, w.object?.kind, w.message.split(':')[0]])).toEqual([
      ['unsupported-relation', 'table', 'mysql cannot store descriptions on a view'],
      ['unsupported-relation', 'column', 'mysql cannot store descriptions on the columns of a view'],
    ]);
  });
});
