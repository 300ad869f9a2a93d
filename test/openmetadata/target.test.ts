/**
 * The OpenMetadata connector through the core (`planWorkspace` + `applyChanges`) against the
 * fake: introspection scoped and batched, the observed tree, and the JSON Patch guards that
 * refuse an entity edited between plan and apply, all or nothing.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyChanges } from '../../src/apply/apply.js';
import { OpenMetadataClient } from '../../src/connectors/openmetadata/client.js';
import { openmetadata } from '../../src/connectors/openmetadata/index.js';
import { loadWorkspace, planWorkspace, type PlannedWorkspace } from '../../src/core/workspace.js';
import { writeWorkspace } from '../e2e/cli.js';
import {
  classification,
  column,
  database,
  schema,
  startFakeOpenMetadata,
  table,
  team,
  teamEntity,
  userEntity,
  type FakeOpenMetadata,
} from './fake-openmetadata.js';

let om: FakeOpenMetadata;
let planned: PlannedWorkspace | undefined;

type Doc = Record<string, unknown>;

beforeEach(async () => {
  om = await startFakeOpenMetadata();
  planned = undefined;
});

afterEach(async () => {
  await planned?.close();
  await om.close();
});

async function plan(manifests: Record<string, Doc[]>, service: Doc = {}) {
  const config = await writeWorkspace({
    config: {
      version: 1,
      openmetadata: { url: om.url, token: om.token },
      services: { warehouse: { type: 'postgres', connection: { host: '127.0.0.1', port: 1, user: 'x' }, ...service } },
    },
    manifests,
  });
  const workspace = await loadWorkspace(config, {});
  planned = await planWorkspace(workspace, { target: 'openmetadata' });
  return planned;
}

const schemaDoc = (name: string, tables: Doc, fields: Doc = {}): Doc => ({ apiVersion: 'revmeta/v1', kind: 'Schema', service: 'warehouse', database: 'shop', name, ...fields, tables });

function seedOrders(fake: FakeOpenMetadata): Doc {
  const db = database('warehouse', 'shop');
  const sc = schema(db, 'public');
  const orders = table(sc, 'orders', [column('id', { description: 'Key' }), column('email', { description: 'E-mail' })], {
    description: 'Orders',
    tags: [classification('PII.None'), classification('Tier.Tier2'), classification('PII.Sensitive')],
    owners: [team('data.eng')],
  });
  fake.databases.push(db);
  fake.schemas.push(sc);
  fake.tables.push(orders);
  fake.teams.push(teamEntity('data.eng'));
  fake.users.push(userEntity('alice'));
  return orders;
}

describe('introspection', () => {
  it('reads only the databases and schemas the manifests name, case-insensitively, a page of tables at a time', async () => {
    for (const name of ['shop', 'crm']) {
      const db = database('warehouse', name);
      om.databases.push(db);
      for (const s of ['public', 'staging']) {
        const sc = schema(db, s);
        om.schemas.push(sc);
        for (let i = 0; i < 450; i++) om.tables.push(table(sc, `t${i}`, [column('c', { description: `c of ${i}` })]));
      }
    }
    const result = await plan({ 'warehouse/shop/public.yaml': [{ ...schemaDoc('PUBLIC', { t7: { columns: { c: { description: 'edited' } } } }), database: 'Shop' }] });
    const lists = om.requests.map((r) => r.url.split('&limit')[0]!).filter((u) => u.includes('?'));
    expect(lists).toEqual([
      '/api/v1/databases?service=warehouse&fields=owners%2Ctags',
      '/api/v1/databaseSchemas?database=warehouse.shop&fields=owners%2Ctags',
      // 450 tables in pages of 200: 3 requests, not 450; crm and staging are never listed.
      '/api/v1/tables?databaseSchema=warehouse.shop.public&fields=owners%2Ctags%2Ccolumns',
      '/api/v1/tables?databaseSchema=warehouse.shop.public&fields=owners%2Ctags%2Ccolumns',
      '/api/v1/tables?databaseSchema=warehouse.shop.public&fields=owners%2Ctags%2Ccolumns',
      // The tags that exist, so a manifest naming another is a plan conflict.
      '/api/v1/classifications?limit=200',
      '/api/v1/tags?limit=200',
    ]);
    expect(result.queries.get('warehouse')).toBe(8); // and the version, the classifications and the tags
    expect(result.plan.changes.map((c) => `${c.object.column} ${c.before} → ${c.after}`)).toEqual(['c c of 7 → edited']);
  });

  it('observes owners as a set, tags as classification → tag, two of one classification as "a, b"', async () => {
    seedOrders(om);
    const connector = openmetadata;
    const driver = connector.createDriver({ service: 'warehouse', connection: { url: om.url, token: om.token }, configDir: '.' });
    try {
      const { observed, server, principals } = await connector.introspect(driver, { service: 'warehouse', databases: ['shop'], owners: ['alice', 'nobody'] });
      const orders = observed.databases[0]!.children[0]!.children[0]!;
      expect(orders).toMatchObject({ name: 'orders', description: 'Orders', owner: null, owners: ['data.eng'], tags: { PII: 'None, Sensitive', Tier: 'Tier2' } });
      expect(orders.children.map((c) => [c.name, c.description])).toEqual([
        ['id', 'Key'],
        ['email', 'E-mail'],
      ]);
      expect(server.version).toBe('OpenMetadata 1.6.2');
      expect(principals).toEqual(['alice', 'data.eng']);
      // A team seen as an owner is not looked up again; the others are, by their FQN.
      expect(om.requests.filter((r) => /\/(users|teams)\//.test(r.url)).map((r) => r.url)).toEqual([
        '/api/v1/users/name/alice',
        '/api/v1/users/name/nobody',
        '/api/v1/teams/name/nobody',
      ]);
    } finally {
      await driver.close();
    }
  });
});

describe('the session', () => {
  it('sends a typed JSON Patch request, and refuses one written as text without sending anything', async () => {
    seedOrders(om);
    const driver = openmetadata.createDriver({ service: 'warehouse', connection: { url: om.url, token: om.token }, configDir: '.' });
    try {
      const session = await driver.open();
      const path = '/v1/tables/name/warehouse.shop.public.orders';
      await expect(session.execute(`PATCH ${path}\n[{"op":"replace","path":"/description","value":"x"}]`)).rejects.toThrow(
        /an OpenMetadata PATCH is sent as a typed plan statement, not as text/,
      );
      expect(om.patches()).toEqual([]);
      await session.send!({ kind: 'openmetadata.patch', path, body: [{ op: 'replace', path: '/description', value: 'Sent' }] });
      expect(om.patches()).toHaveLength(1);
      expect(om.tables[0]!['description']).toBe('Sent');
    } finally {
      await driver.close();
    }
  });
});

describe('inherited owners', () => {
  it("are not the entity's own: no change planned for them, and adding an owner does not make them explicit", async () => {
    const orders = seedOrders(om);
    delete orders['owners'];
    om.schemas[0]!['owners'] = [team('data.eng')];
    const unchanged = await plan({ 'warehouse/shop/public.yaml': [schemaDoc('public', { orders: { owners: ['data.eng'] } }, { owners: ['data.eng'] })] });
    // The table inherits data.eng: the manifest asks for it as the table's own owner, which it is not yet.
    expect(unchanged.plan.changes.map((c) => `${c.object.kind} ${c.action} ${c.before} → ${c.after}`)).toEqual(['table add null → data.eng']);
    await planned!.close();
    planned = undefined;
    const adding = await plan({ 'warehouse/shop/public.yaml': [schemaDoc('public', { orders: { owners: ['alice'] } })] });
    expect(adding.plan.changes.map((c) => `${c.object.kind} ${c.action} ${c.before} → ${c.after}`)).toEqual(['table add null → alice']);
    const result = await applyChanges(adding.plan, adding.targets);
    expect(result.summary).toEqual({ applied: 1, failed: 0, notRun: 0 });
    // Only alice is the table's own owner now; data.eng is still inherited, not written as the table's.
    expect((orders['owners'] as Record<string, unknown>[]).map((o) => o['name'])).toEqual(['alice']);
  });
});

describe('apply', () => {
  it('settles two labels of one classification to the one the manifest names, touching no other label', async () => {
    const orders = seedOrders(om);
    const result = await plan({ 'warehouse/shop/public.yaml': [schemaDoc('public', { orders: { tags: ['PII.Sensitive', 'Tier.Tier2'], owners: ['alice'] } })] });
    expect(result.plan.changes.map((c) => `${c.field} ${c.action} ${c.before} → ${c.after}`)).toEqual([
      'tag set None, Sensitive → Sensitive',
      'owner add null → alice',
      'owner remove data.eng → null',
    ]);
    const applied = await applyChanges(result.plan, result.targets);
    expect(applied.summary).toEqual({ applied: 3, failed: 0, notRun: 0 });
    const now = om.tables.find((t) => t['id'] === orders['id'])!;
    expect(now['tags']).toEqual([classification('Tier.Tier2'), classification('PII.Sensitive')]);
    expect((now['owners'] as Doc[]).map((o) => o['name'])).toEqual(['alice']);
  });

  it('refuses, whole, a patch whose entity was edited between plan and apply', async () => {
    seedOrders(om);
    const result = await plan({
      'warehouse/shop/public.yaml': [schemaDoc('public', { orders: { description: 'Orders, curated', columns: { email: { description: 'Customer e-mail' } } } })],
    });
    expect(result.plan.changes).toHaveLength(2);
    // Meanwhile, in the OpenMetadata UI:
    const live = om.tables.find((t) => t['name'] === 'orders')!;
    live['description'] = 'Orders (edited in the UI)';
    const applied = await applyChanges(result.plan, result.targets);
    expect(applied.summary).toEqual({ applied: 0, failed: 2, notRun: 0 });
    // OpenMetadata 1.6 answers a failed `test` with a 500: it is reported as what it means.
    expect(applied.results[0]!.error).toMatch(
      /^changed in OpenMetadata since the plan: PATCH http:\/\/127\.0\.0\.1:\d+\/api\/v1\/tables\/name\/warehouse\.shop\.public\.orders \(The JSON Patch operation 'test' failed for path '\/description' and value '"Orders"'\)\. .*nothing of this request was applied; plan again\.$/,
    );
    // Nothing of the patch was applied: not the column either.
    expect((om.tables.find((t) => t['name'] === 'orders')!['columns'] as Doc[])[1]!['description']).toBe('E-mail');
    expect(om.patches()).toHaveLength(1); // and not retried
  });

  it('refuses a column change when the column at that index is another one now', async () => {
    seedOrders(om);
    const result = await plan({ 'warehouse/shop/public.yaml': [schemaDoc('public', { orders: { columns: { email: { description: 'Customer e-mail' } } } })] });
    const live = om.tables.find((t) => t['name'] === 'orders')!;
    (live['columns'] as Doc[]).reverse(); // re-ingested in another order
    const applied = await applyChanges(result.plan, result.targets);
    expect(applied.results[0]!.error).toMatch(/^changed in OpenMetadata since the plan: .*'test' failed for path '\/columns\/1\/name' and value '"email"'/);
    expect((live['columns'] as Doc[]).map((c) => c['description'])).toEqual(['E-mail', 'Key']);
  });

  it('reports an entity deleted since the plan as a failure naming it', async () => {
    seedOrders(om);
    const result = await plan({ 'warehouse/shop/public.yaml': [schemaDoc('public', { orders: { description: 'x' } })] });
    om.tables.find((t) => t['name'] === 'orders')!['deleted'] = true;
    const applied = await applyChanges(result.plan, result.targets);
    expect(applied.results[0]!.error).toMatch(/^OpenMetadata has no such entity \(HTTP 404\): PATCH .*orders \(table instance for warehouse\.shop\.public\.orders not found\)\. Was it renamed or deleted since the plan\?$/);
  });
});

describe('PATCH retries', () => {
  const ops = [{ op: 'add' as const, path: '/description', value: 'x' }];

  it('retry 429 and 503, which OpenMetadata never applied', async () => {
    seedOrders(om);
    om.fail({ status: 503, path: 'public.orders' });
    om.fail({ status: 429, path: 'public.orders', retryAfter: '0' });
    const client = new OpenMetadataClient({ url: om.url, token: om.token, retryBaseMillis: 1 });
    await client.patch('/v1/tables/name/warehouse.shop.public.orders', ops);
    expect(client.stats.retries).toBe(2);
    expect(om.tables[0]!['description']).toBe('x');
  });

  it('do not retry a 500: it may have been applied', async () => {
    seedOrders(om);
    om.fail({ status: 500, path: 'public.orders' });
    const client = new OpenMetadataClient({ url: om.url, token: om.token, retryBaseMillis: 1 });
    await expect(client.patch('/v1/tables/name/warehouse.shop.public.orders', ops)).rejects.toThrow(/^OpenMetadata answered HTTP 500: PATCH /);
    expect(client.stats.retries).toBe(0);
  });

  it('say when the token may not edit', async () => {
    const client = new OpenMetadataClient({ url: om.url, token: 'reader-token' });
    await expect(client.patch('/v1/tables/name/a', ops)).rejects.toThrow(/HTTP 401 Unauthorized\): PATCH .*Check openmetadata\.token/);
  });
});
