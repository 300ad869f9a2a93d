/**
 * Owners checked at plan time on Databricks (Unity Catalog and the legacy Hive metastore):
 * the introspection asks SHOW USERS and SHOW GROUPS for the manifests' owners, through the
 * real `@databricks/sql` driver against the fake, and reports which exist, so the planner
 * makes an unknown owner a conflict instead of an ALTER ... OWNER TO that fails on apply.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databricks } from '../../../src/connectors/databricks/index.js';
import { unitycatalog } from '../../../src/connectors/unitycatalog/index.js';
import type { Connector, IntrospectScope } from '../../../src/connectors/types.js';
import { ucRows } from '../unitycatalog/fixtures.js';
import { createCertificate, FakeDatabricksServer, removeCertificate, type Certificate } from './fake/server.js';
import { FakeWorkspace, type WorkspaceOptions } from './fake/workspace.js';
import { hiveRows } from './fixtures.js';

const SERVICE_PRINCIPAL = '6f3b1c2d-0000-4a6f-9c1e-5d2f3a4b5c6d';
const KNOWN = ['admins', 'data-eng', 'Alice@Example.com', "bob's team", SERVICE_PRINCIPAL];

let certificate: Certificate;
const servers: FakeDatabricksServer[] = [];

beforeAll(() => {
  certificate = createCertificate();
});
afterAll(async () => {
  for (const server of servers) await server.stop();
  removeCertificate(certificate);
});

async function introspectWith(connector: Connector, mode: 'uc' | 'hive', scope: Partial<IntrospectScope>, options: Partial<WorkspaceOptions> = {}) {
  const rows = mode === 'uc' ? ucRows() : hiveRows();
  const workspace = FakeWorkspace.fromInformationSchema(rows, { mode, principals: KNOWN, version: { dbsql: '2025.35' }, ...options });
  const server = await new FakeDatabricksServer({ workspace, certificate }).start();
  servers.push(server);
  const driver = connector.createDriver({ service: 's', connection: server.connection(), configDir: '/' });
  try {
    const result = await connector.introspect(driver, { service: 's', databases: [mode === 'uc' ? 'main' : 'hive_metastore'], ...scope });
    return { result, statements: server.statements };
  } finally {
    await driver.close();
  }
}

describe.each([
  ['unitycatalog', unitycatalog, 'uc'],
  ['databricks (Hive metastore)', databricks, 'hive'],
] as const)('%s owners', (_name, connector, mode) => {
  it('reports which owners are users, groups or service principals; an unknown one is left out', async () => {
    const owners = ['data-eng', 'alice@example.com', "bob's team", SERVICE_PRINCIPAL, 'nobody-such', 'ghost@example.com'];
    const { result, statements } = await introspectWith(connector, mode, { owners });
    // Users match case-insensitively (an e-mail); a service principal's application ID is not listed by either statement, so it is never called unknown.
    expect(result.principals).toEqual(["bob's team", SERVICE_PRINCIPAL, 'alice@example.com', 'data-eng'].sort());
    expect(statements.filter((sql) => sql.startsWith('SHOW USERS') || sql.startsWith('SHOW GROUPS'))).toEqual([
      "SHOW USERS LIKE 'data-eng|alice@example.com|bob\\'s team|nobody-such|ghost@example.com'",
      "SHOW GROUPS LIKE 'data-eng|alice@example.com|bob\\'s team|nobody-such|ghost@example.com'",
    ]);
  });

  it('asks nothing when the manifests name no owner', async () => {
    const { result, statements } = await introspectWith(connector, mode, {});
    expect(result.principals).toBeUndefined();
    expect(statements.some((sql) => sql.startsWith('SHOW USERS') || sql.startsWith('SHOW GROUPS'))).toBe(false);
  });

  it('checks nothing when the listing is refused (not an administrator), rather than failing or calling every owner unknown', async () => {
    const { result } = await introspectWith(connector, mode, { owners: ['data-eng', 'nobody-such'] }, { admin: false });
    expect(result.principals).toBeUndefined();
    expect(result.observed.databases).toHaveLength(1);
  });

  it('counts as known an owner no pattern can name exactly (a `*` or `|` in it)', async () => {
    const { result } = await introspectWith(connector, mode, { owners: ['team|x', 'star*', 'nobody-such'] });
    expect(result.principals).toEqual(['star*', 'team|x']);
  });
});
