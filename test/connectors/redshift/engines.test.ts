/**
 * The shared subset of the redshift connector on real engines (see fixtures.ts for what is
 * swapped): PGlite (Postgres 18) through the embedded postgres driver held to Redshift's
 * sessions, and Debian's PostgreSQL 15 through the redshift driver itself. Each engine
 * reads the same tree, round-trips the hostile corpus, and converges: plan → apply → plan
 * is empty. PostgreSQL 15 is skipped with a printed reason where its binaries are missing,
 * never under CI.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyChanges } from '../../../src/apply/apply.js';
import { postgres } from '../../../src/connectors/postgres/index.js';
import { redshiftDriver } from '../../../src/connectors/redshift/driver.js';
import { redshift } from '../../../src/connectors/redshift/index.js';
import { DATABASE_DESCRIPTION_SQL } from '../../../src/connectors/redshift/introspect.js';
import type { Connector, Driver } from '../../../src/connectors/types.js';
import { loadWorkspace, planWorkspace } from '../../../src/core/workspace.js';
import { startPostgres } from '../../engines/postgres.js';
import { writeWorkspace } from '../../e2e/cli.js';
import {
  DB,
  ENGINE_CONNECTOR,
  ENGINE_INTROSPECT,
  REALISTIC_TREE,
  createRealisticSchema,
  hostileRoundTrip,
  measureBatching,
  readDatabase,
  redshiftSessions,
  useRedshiftLiterals,
  withSession,
} from './fixtures.js';
import { changesWithSql } from '../../plan-statements.js';

interface Engine {
  /** A redshift-session driver on the engine. */
  driver: Driver;
  /** The database that administrative statements (CREATE ROLE, CREATE DATABASE) run in. */
  admin: string;
  /** The service block a workspace on this engine uses, and the connector it runs with. */
  service: { connection: Record<string, unknown> };
  connector: Connector;
  version: RegExp;
  close(): Promise<void>;
}

async function pgliteEngine(): Promise<Engine> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'revmeta-redshift-pglite-'));
  const inner = postgres.createDriver({ service: 'warehouse', connection: { embedded: 'pgdata' }, configDir: root });
  await withSession(inner, 'postgres', useRedshiftLiterals);
  const driver = redshiftDriver(inner);
  // PGlite runs one engine per folder: the workspace shares this driver (its close is the engine's).
  const shared: Driver = { open: (database) => driver.open(database), close: async () => undefined };
  return {
    driver,
    admin: 'postgres',
    service: { connection: { host: 'embedded-pglite', user: 'postgres' } },
    connector: { ...ENGINE_CONNECTOR, createDriver: () => shared },
    version: /^PostgreSQL \d+\.\d+$/,
    close: async () => {
      await driver.close();
      await rm(root, { recursive: true, force: true });
    },
  };
}

async function postgres15Engine(): Promise<Engine | { skip: string }> {
  const server = await startPostgres();
  if ('skip' in server) return server;
  const superuser = postgres.createDriver({
    service: 'setup',
    connection: { host: '127.0.0.1', port: String(server.port), user: 'postgres' },
    configDir: '/',
  });
  // Redshift's first database is `dev`: the redshift driver's default.
  await withSession(superuser, 'postgres', async (session) => {
    await useRedshiftLiterals(session);
    await session.execute('CREATE DATABASE dev');
  });
  await superuser.close();
  const connection = { host: '127.0.0.1', port: String(server.port), user: 'postgres', ssl: false };
  const driver = redshift.createDriver({ service: 'warehouse', connection, configDir: '/' });
  return {
    driver,
    admin: 'dev',
    service: { connection },
    connector: ENGINE_CONNECTOR,
    version: /^PostgreSQL 15\.\d+$/,
    close: async () => {
      await driver.close();
      await server.stop();
    },
  };
}

const ENGINES: Array<[string, () => Promise<Engine | { skip: string }>]> = [
  ['PGlite', pgliteEngine],
  ['PostgreSQL 15', postgres15Engine],
];

describe.each(ENGINES)('redshift connector, shared subset, on %s', (name, start) => {
  let engine: Engine | undefined;
  let skip: string | undefined;

  beforeAll(async () => {
    const started = await start();
    if ('skip' in started) {
      skip = started.skip;
      console.warn(`skipping the ${name} tests: ${skip}`);
    } else {
      engine = started;
    }
  });

  afterAll(async () => {
    await engine?.close();
  });

  /** The engine, or a skip (only where it cannot run here: startPostgres throws under CI). */
  function running(context: { skip: (note?: string) => void }): Engine {
    if (engine === undefined) {
      context.skip(skip);
      throw new Error('unreachable');
    }
    return engine;
  }

  it('introspects what Redshift has of a realistic schema into the exact tree', async (context) => {
    const { driver, admin, version } = running(context);
    await createRealisticSchema(driver, admin);
    const result = await ENGINE_INTROSPECT(driver, { service: 'svc', databases: [DB] });
    expect(result.observed.databases).toEqual([REALISTIC_TREE]);
    expect(result.server.version).toMatch(version);
    // pg_database + version, then 4 per database (the Redshift-only query is left out here).
    expect(result.queries).toBe(2 + 4);
  });

  it('runs the Redshift database-comment query (PostgreSQL keeps database comments elsewhere)', async (context) => {
    const { driver } = running(context);
    const rows = await withSession(driver, DB, (session) => session.query(DATABASE_DESCRIPTION_SQL));
    expect(rows).toEqual([{ description: null }]);
  });

  it('issues the same number of catalog queries for 3 and for 300 tables', async (context) => {
    const { driver, admin } = running(context);
    const [small, large] = await measureBatching(driver, admin);
    expect(small).toEqual({ tables: 3, queries: 6 });
    expect(large).toEqual({ tables: 300, queries: 6 });
  });

  it('round-trips every hostile value and identifier in Redshift literals, byte for byte', async (context) => {
    const { driver, admin } = running(context);
    await hostileRoundTrip(driver, admin);
  });

  it('begins without advisory locks, batches without savepoints and rolls back DDL', async (context) => {
    const { driver } = running(context);
    await redshiftSessions(driver);
  });

  it('names which owners are users (pg_user): a group or role cannot own an object on Redshift, so it is not one', async (context) => {
    const { driver, admin } = running(context);
    await withSession(driver, admin, (session) => session.query(`CREATE USER "owner rs"; CREATE ROLE owners_group_rs`));
    const result = await ENGINE_INTROSPECT(driver, { service: 'svc', databases: [DB], owners: ['owner rs', 'owners_group_rs', 'nobody_rs', "it's"] });
    expect(result.principals).toEqual(['owner rs']);
    // No owners in the manifests: no lookup.
    expect((await ENGINE_INTROSPECT(driver, { service: 'svc', databases: [DB] })).principals).toBeUndefined();
  });

  it('converges: plan → apply → plan is empty', async (context) => {
    const { driver, admin, service, connector } = running(context);
    const db = 'rs_converge';
    await withSession(driver, admin, async (session) => {
      // Users: on Redshift only a user owns an object (ALTER ... OWNER TO user_name).
      await session.query(`CREATE USER "alice rs"; CREATE USER bob_rs`);
      await session.execute(`CREATE DATABASE ${db}`);
    });
    await withSession(driver, db, (session) =>
      session.query(`CREATE SCHEMA sales;
        CREATE TABLE sales.orders (id int, "Customer ""Email""" varchar(100), amount numeric(10, 2));
        CREATE VIEW sales.order_ids AS SELECT id FROM sales.orders;
        CREATE TABLE public.customers (id int, email varchar(100));
        COMMENT ON TABLE public.customers IS 'to be cleared';
        COMMENT ON COLUMN public.customers.email IS 'old'`),
    );
    const hostile = "It's a \"quoted\" value with \\backslashes\\, \\' and $$dollars$$,\nnew lines\r\n\ttabs, emoji 🎉 and '); DROP TABLE orders; --";
    const configFile = await writeWorkspace({
      config: {
        version: 1,
        manifests: 'metadata',
        services: { warehouse: { type: 'redshift', ...service, owners: { map: { 'team-alice': 'alice rs' } } } },
      },
      manifests: {
        [`warehouse/${db}.yaml`]: [
          { apiVersion: 'revmeta/v1', kind: 'Database', service: 'warehouse', name: db, description: 'Shop database', owners: ['team-alice'] },
        ],
        [`warehouse/${db}/sales.yaml`]: [
          {
            apiVersion: 'revmeta/v1',
            kind: 'Schema',
            service: 'warehouse',
            database: db,
            name: 'sales',
            description: hostile,
            owners: ['bob_rs'],
            tables: {
              orders: {
                description: 'Orders',
                owners: ['bob_rs'],
                columns: { id: { description: 'Key' }, 'Customer "Email"': { description: hostile } },
              },
              order_ids: { description: 'Ids', owners: ['team-alice'], columns: { id: { description: 'Order id' } } },
            },
          },
        ],
        [`warehouse/${db}/public.yaml`]: [
          {
            apiVersion: 'revmeta/v1',
            kind: 'Schema',
            service: 'warehouse',
            database: db,
            name: 'public',
            tables: { customers: { description: '', columns: { email: { description: 'New e-mail' } } } },
          },
        ],
      },
    });
    const env = { ...process.env, REVMETA_CACHE_DIR: 'off' };
    const workspace = await loadWorkspace(configFile, env, new Map([['redshift', connector]]));

    const first = await planWorkspace(workspace);
    try {
      expect(first.plan.conflicts).toEqual([]);
      expect(first.plan.warnings).toEqual([]);
      expect(changesWithSql(first.plan).flatMap((change) => change.sql).sort()).toEqual(
        [
          `ALTER DATABASE "${db}" OWNER TO "alice rs"`,
          `ALTER SCHEMA "sales" OWNER TO "bob_rs"`,
          `ALTER TABLE "sales"."order_ids" OWNER TO "alice rs"`,
          `ALTER TABLE "sales"."orders" OWNER TO "bob_rs"`,
          `COMMENT ON COLUMN "public"."customers"."email" IS 'New e-mail'`,
          `COMMENT ON COLUMN "sales"."order_ids"."id" IS 'Order id'`,
          `COMMENT ON COLUMN "sales"."orders"."Customer ""Email""" IS ${redshift.dialect.quoteLiteral(hostile)}`,
          `COMMENT ON COLUMN "sales"."orders"."id" IS 'Key'`,
          `COMMENT ON DATABASE "${db}" IS 'Shop database'`,
          `COMMENT ON SCHEMA "sales" IS ${redshift.dialect.quoteLiteral(hostile)}`,
          `COMMENT ON TABLE "public"."customers" IS NULL`,
          `COMMENT ON TABLE "sales"."orders" IS 'Orders'`,
          `COMMENT ON VIEW "sales"."order_ids" IS 'Ids'`,
        ].sort(),
      );
      const applied = await applyChanges(first.plan, first.targets);
      expect(applied.summary).toEqual({ applied: 13, failed: 0, notRun: 0 });
    } finally {
      await first.close();
    }

    const second = await planWorkspace(workspace);
    try {
      expect(second.plan.changes).toEqual([]);
      expect(second.plan.summary).toMatchObject({ changes: 0, conflicts: 0, warnings: 0 });
    } finally {
      await second.close();
    }
    const database = await readDatabase(driver, db);
    const sales = database.children.find((schema) => schema.name === 'sales');
    expect(sales?.description).toBe(hostile);
    expect(sales?.children.find((table) => table.name === 'order_ids')?.owner).toBe('alice rs');
  });
});
