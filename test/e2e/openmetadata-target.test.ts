/**
 * `revmeta plan|apply|reconcile --target openmetadata` through the CLI against the fake
 * OpenMetadata (which applies the JSON Patches it receives): export, edit the manifests by
 * hand as a pull request would, apply to OpenMetadata, export again — the edits survive and a
 * second plan is empty. The service's source connection is unreachable on purpose: the OpenMetadata
 * target never opens it. The token is never printed.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import {
  classification,
  column,
  database,
  glossary,
  glossaryEntity,
  glossaryTermEntity,
  schema,
  startFakeOpenMetadata,
  table,
  team,
  teamEntity,
  userEntity,
  type FakeOpenMetadata,
} from '../openmetadata/fake-openmetadata.js';
import { runCli, writeWorkspace, type CliRun } from './cli.js';

const TOKEN = 'om-bot-jwt-target-never-printed';
const env = { OM_TOKEN: TOKEN, PG_PASSWORD: 'pg-password-never-used' };
let om: FakeOpenMetadata;
let outputs: CliRun[];

function seed(fake: FakeOpenMetadata): void {
  const db = database('warehouse', 'shop', { description: 'Shop data', owners: [team('data-platform')], tags: [classification('Tier.Tier1')] });
  const sc = schema(db, 'public', { description: 'Core tables', owners: [], tags: [] });
  fake.databases.push(db);
  fake.schemas.push(sc);
  fake.tables.push(
    table(
      sc,
      'orders',
      [
        column('id', { description: 'Surrogate key' }),
        column('email', { description: 'Customer e-mail', tags: [classification('PII.Sensitive')] }),
        column('geo', { description: 'Location' }, [column('lat', { description: 'Latitude' }), column('lon.deg', { description: 'Longitude' })]),
      ],
      {
        description: 'One row per order.',
        owners: [team('data-platform')],
        tags: [glossary('Business.Revenue'), classification('Tier.Tier2')],
      },
    ),
    table(sc, 'ns__reserved__colon__events', [column('a__reserved__quote__b', { description: 'Quoted' })]),
  );
  fake.users.push(userEntity('alice'), userEntity('bob'));
  fake.teams.push(teamEntity('data-platform'));
  fake.glossaries.push(glossaryEntity('Business'));
  fake.glossaryTerms.push(glossaryTermEntity('Business', 'Contact'));
}

async function workspace(service: Record<string, unknown> = {}): Promise<string> {
  return writeWorkspace({
    config: {
      version: 1,
      openmetadata: { url: om.url, token: '${OM_TOKEN}' },
      services: {
        warehouse: {
          type: 'postgres',
          // Never reached: --target openmetadata plans against OpenMetadata, not the source.
          connection: { host: '127.0.0.1', port: 1, user: 'revmeta', password: '${PG_PASSWORD}', connectionRetries: 0 },
          ...service,
        },
      },
    },
    manifests: {},
  });
}

async function cli(args: string[]): Promise<CliRun> {
  const run = await runCli(args, { env });
  outputs.push(run);
  return run;
}

const manifest = (config: string, relative: string) => path.join(path.dirname(config), 'metadata', relative);

async function editYaml(file: string, edit: (doc: Record<string, any>) => void): Promise<Record<string, any>> {
  const doc = parse(await readFile(file, 'utf8')) as Record<string, any>;
  edit(doc);
  await writeFile(file, stringify(doc));
  return doc;
}

beforeEach(async () => {
  om = await startFakeOpenMetadata(TOKEN);
  seed(om);
  outputs = [];
});

afterEach(async () => {
  await om.close();
  for (const output of outputs) expect(output.stdout + output.stderr).not.toContain(TOKEN);
  expect(om.requests.every((request) => request.authorized)).toBe(true);
});

describe.each([
  ['in order (OpenMetadata ≥ 1.9)', false],
  ['reordered as OpenMetadata 1.x did', true],
])('apply --target openmetadata, patches applied %s', (_order, legacy) => {
  it('writes hand edits back; the next export keeps them and a second plan is empty', async () => {
    om.legacyPatchOrder = legacy;
    const config = await workspace();
    expect((await cli(['export', '-c', config])).code).toBe(0);
    const untouched = await cli(['plan', '-c', config, '--target', 'openmetadata', '--detailed-exitcode']);
    expect(untouched.stderr).toBe('');
    expect(untouched.code).toBe(0);
    expect(untouched.stdout).toContain('No changes.');

    // The pull request: a database description by text edit, then the schema file by hand.
    const dbFile = manifest(config, 'warehouse/shop.yaml');
    await writeFile(dbFile, (await readFile(dbFile, 'utf8')).replace('description: Shop data\n', 'description: Shop data, curated\n'));
    const edited = await editYaml(manifest(config, 'warehouse/shop/public.yaml'), (doc) => {
      doc.description = 'Core business tables';
      doc.owners = ['alice'];
      const orders = doc.tables.orders;
      orders.description = 'One row per order.\nRefunds are "separate" rows.';
      orders.owners = ['alice', 'bob'];
      orders.tags = ['Tier.Tier1'];
      orders.columns.id.tags = ['PII.None'];
      delete orders.columns.email.tags; // unmanaged: left as it is
      orders.columns.geo.description = '';
      orders.columns.geo.columns['lon.deg'].description = 'Longitude, degrees';
      doc.tables['ns::events'].columns['a"b'].description = 'Quoted, "edited"';
    });

    const planned = await cli(['plan', '-c', config, '--target', 'openmetadata', '--format', 'json', '--detailed-exitcode']);
    expect(planned.stderr).toBe('');
    expect(planned.code).toBe(2);
    const plan = JSON.parse(planned.stdout);
    expect(plan.target).toBe('openmetadata');
    // OpenMetadata applies one PATCH at a time, each on its own (the plan's `apply`, see docs/plan-format.md).
    expect(plan.services).toEqual([{ name: 'warehouse', type: 'openmetadata', observedDigest: expect.stringMatching(/^sha256:/), apply: { atomic: 'statement', concurrency: 1 } }]);
    const lines = plan.changes.map((c: any) => `${c.object.kind} ${c.object.column ?? c.object.table ?? c.object.schema ?? c.object.database} ${c.field}${c.tag ? ` ${c.tag}` : ''} ${c.action} ${c.before} → ${c.after}`);
    expect(lines).toEqual([
      'database shop description set Shop data → Shop data, curated',
      'schema public description set Core tables → Core business tables',
      'column a"b description set Quoted → Quoted, "edited"',
      'table orders description set One row per order. → One row per order.\nRefunds are "separate" rows.',
      'table orders tag Tier set Tier2 → Tier1',
      'column geo description clear Location → null',
      'column geo."lon.deg" description set Longitude → Longitude, degrees',
      'column id tag PII add null → None',
      'schema public owner add null → alice',
      'table orders owner add null → alice',
      'table orders owner add null → bob',
      'table orders owner remove data-platform → null',
    ]);
    // One PATCH per entity, carrying all its changes.
    const statements = plan.statements as Array<{ kind: string; path: string; body: unknown[] }>;
    expect(statements.map((statement) => `${statement.kind} ${statement.path}`)).toEqual([
      'openmetadata.patch /v1/databases/name/warehouse.shop',
      'openmetadata.patch /v1/databaseSchemas/name/warehouse.shop.public',
      'openmetadata.patch /v1/tables/name/warehouse.shop.public.ns__reserved__colon__events',
      'openmetadata.patch /v1/tables/name/warehouse.shop.public.orders',
    ]);
    const ordersPatch = statements[3]!.body;
    expect(ordersPatch).toEqual([
      { op: 'test', path: '/description', value: 'One row per order.' },
      { op: 'test', path: '/tags/1/tagFQN', value: 'Tier.Tier2' },
      { op: 'test', path: '/columns/2/name', value: 'geo' },
      { op: 'test', path: '/columns/2/description', value: 'Location' },
      { op: 'test', path: '/columns/2/children/1/name', value: 'lon.deg' },
      { op: 'test', path: '/columns/2/children/1/description', value: 'Longitude' },
      { op: 'test', path: '/columns/0/name', value: 'id' },
      { op: 'replace', path: '/description', value: 'One row per order.\nRefunds are "separate" rows.' },
      { op: 'remove', path: '/tags/1' },
      { op: 'add', path: '/tags/-', value: { tagFQN: 'Tier.Tier1', source: 'Classification', labelType: 'Manual', state: 'Confirmed' } },
      { op: 'remove', path: '/columns/2/description' },
      { op: 'replace', path: '/columns/2/children/1/description', value: 'Longitude, degrees' },
      { op: 'add', path: '/columns/0/tags/-', value: { tagFQN: 'PII.None', source: 'Classification', labelType: 'Manual', state: 'Confirmed' } },
      {
        op: 'add',
        path: '/owners',
        value: [
          { id: 'u-alice', type: 'user', name: 'alice' },
          { id: 'u-bob', type: 'user', name: 'bob' },
        ],
      },
    ]);

    const applied = await cli(['apply', '-c', config, '--target', 'openmetadata', '--auto-approve']);
    expect(applied.stderr).toBe('');
    expect(applied.code).toBe(0);
    expect(applied.stdout).toContain('Apply complete: 12 applied, 0 failed, 0 not run.');
    const patches = om.patches();
    expect(patches.map((p) => p.url)).toEqual([
      '/api/v1/databases/name/warehouse.shop',
      '/api/v1/databaseSchemas/name/warehouse.shop.public',
      '/api/v1/tables/name/warehouse.shop.public.ns__reserved__colon__events',
      '/api/v1/tables/name/warehouse.shop.public.orders',
    ]);
    expect(patches.every((p) => p.contentType === 'application/json-patch+json')).toBe(true);
    // The glossary term (not read: the service does not ask for glossary terms) is untouched.
    const orders = om.tables.find((t) => t['name'] === 'orders')!;
    expect(orders['tags']).toEqual([glossary('Business.Revenue'), { tagFQN: 'Tier.Tier1', source: 'Classification', labelType: 'Manual', state: 'Confirmed' }]);
    expect((orders['columns'] as any[])[1].tags).toEqual([classification('PII.Sensitive')]);

    const reexported = await cli(['export', '-c', config]);
    expect(reexported.code).toBe(0);
    // The database file was edited as text: export writes the very same bytes again.
    expect(reexported.stdout).toMatch(/1 file\(s\) written, 1 unchanged, 0 removed/);
    expect(parse(await readFile(manifest(config, 'warehouse/shop/public.yaml'), 'utf8'))).toEqual({
      ...edited,
      tables: {
        ...edited.tables,
        orders: {
          ...edited.tables.orders,
          columns: {
            ...edited.tables.orders.columns,
            email: { description: 'Customer e-mail', tags: ['PII.Sensitive'] },
            geo: { columns: edited.tables.orders.columns.geo.columns }, // "" cleared it: no description now
          },
        },
      },
    });

    const again = await cli(['plan', '-c', config, '--target', 'openmetadata', '--detailed-exitcode']);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('No changes.');
    const reconciled = await cli(['reconcile', '-c', config, '--target', 'openmetadata']);
    expect(reconciled.code).toBe(0);
    expect(om.patches()).toHaveLength(4);
  });
});

describe('saved plans for --target openmetadata', () => {
  it('remember their target: applied there, refused for another target, refused when OpenMetadata moved', async () => {
    const config = await workspace();
    expect((await cli(['export', '-c', config])).code).toBe(0);
    await editYaml(manifest(config, 'warehouse/shop/public.yaml'), (doc) => {
      doc.tables.orders.columns.id.description = 'Surrogate key, never reused';
    });
    const planFile = path.join(path.dirname(config), 'plan.json');
    const saved = await cli(['plan', '-c', config, '--target', 'openmetadata', '--out', planFile]);
    expect(saved.code).toBe(0);
    expect(JSON.parse(await readFile(planFile, 'utf8')).target).toBe('openmetadata');
    expect(await readFile(planFile, 'utf8')).not.toContain(TOKEN);

    const mismatch = await cli(['apply', planFile, '-c', config, '--target', 'sources']);
    expect(mismatch.code).toBe(1);
    expect(mismatch.stderr).toContain(`${planFile} was planned for --target openmetadata, not --target sources; nothing was applied`);

    // Someone edits the column in OpenMetadata after the plan was reviewed.
    const id = (om.tables.find((t) => t['name'] === 'orders')!['columns'] as Record<string, unknown>[])[0]!;
    id['description'] = 'Edited in the UI meanwhile';
    const stale = await cli(['apply', planFile, '-c', config]);
    expect(stale.code).toBe(1);
    expect(stale.stderr).toContain('is stale and was not applied');
    expect(stale.stderr).toContain('column shop.public.orders.id description');
    expect(stale.stderr).toContain('revmeta plan --target openmetadata --out');
    expect(om.patches()).toHaveLength(0);

    const fresh = await cli(['plan', '-c', config, '--target', 'openmetadata', '--out', planFile]);
    expect(fresh.code).toBe(0);
    const applied = await cli(['apply', planFile, '-c', config]);
    expect(applied.stderr).toBe('');
    expect(applied.code).toBe(0);
    expect(applied.stdout).toContain('Apply complete: 1 applied, 0 failed, 0 not run.');
    const ordersNow = om.tables.find((t) => t['name'] === 'orders')!;
    expect((ordersNow['columns'] as Record<string, unknown>[])[0]!['description']).toBe('Surrogate key, never reused');
    expect((await cli(['plan', '-c', config, '--target', 'openmetadata', '--detailed-exitcode'])).code).toBe(0);
  });
});

describe('plan --target openmetadata', () => {
  it('makes an unknown owner a conflict and a missing entity a warning, looking up only owners it has not seen', async () => {
    const config = await workspace();
    expect((await cli(['export', '-c', config])).code).toBe(0);
    await editYaml(manifest(config, 'warehouse/shop/public.yaml'), (doc) => {
      doc.owners = ['alice'];
      doc.tables.orders.owners = ['zoe', 'data-platform'];
      doc.tables.ghost = { description: 'Not in OpenMetadata' };
    });
    const before = om.requests.length;
    const run = await cli(['plan', '-c', config, '--target', 'openmetadata', '--format', 'json']);
    expect(run.code).toBe(3); // a conflict
    const plan = JSON.parse(run.stdout);
    expect(plan.conflicts).toEqual([
      expect.objectContaining({
        object: { kind: 'table', database: 'shop', schema: 'public', table: 'orders' },
        field: 'owner',
        reason: 'unknown owner "zoe": openmetadata service "warehouse" has no principal of that name',
      }),
    ]);
    expect(plan.warnings).toEqual([
      expect.objectContaining({ code: 'missing-object', message: 'table shop.public.ghost is in the manifests but not in openmetadata service "warehouse"' }),
    ]);
    expect(plan.changes.map((c: any) => `${c.object.kind} ${c.field} ${c.action} ${c.after}`)).toEqual(['schema owner add alice']);
    // data-platform owns something read: no lookup. alice is a user; zoe is neither user nor team.
    const lookups = om.requests.slice(before).filter((r) => /\/(users|teams)\//.test(r.url)).map((r) => r.url).sort();
    expect(lookups).toEqual(['/api/v1/teams/name/zoe', '/api/v1/users/name/alice', '/api/v1/users/name/zoe']);
    // Batched: version, databases, schemas, tables, the lookups, and the tags that exist; never a request per table.
    expect(om.requests.slice(before).map((r) => r.url.split('?')[0]!).filter((u) => !/\/(users|teams)\//.test(u))).toEqual([
      '/api/v1/system/version',
      '/api/v1/databases',
      '/api/v1/databaseSchemas',
      '/api/v1/tables',
      '/api/v1/classifications',
      '/api/v1/tags',
    ]);
  });

  it('reads and writes glossary terms only for a service whose tags.glossary asks', async () => {
    const config = await workspace({ tags: { glossary: true } });
    expect((await cli(['export', '-c', config])).code).toBe(0);
    expect(parse(await readFile(manifest(config, 'warehouse/shop/public.yaml'), 'utf8')).tables.orders.tags).toEqual(['Business.Revenue', 'Tier.Tier2']);
    await editYaml(manifest(config, 'warehouse/shop/public.yaml'), (doc) => {
      doc.tables.orders.columns.email.tags = ['Business.Contact', 'PII.Sensitive'];
    });
    const applied = await cli(['reconcile', '-c', config, '--target', 'openmetadata']);
    expect(applied.stderr).toBe('');
    expect(applied.code).toBe(0);
    const email = (om.tables.find((t) => t['name'] === 'orders')!['columns'] as any[])[1];
    expect(email.tags).toEqual([
      classification('PII.Sensitive'),
      { tagFQN: 'Business.Contact', source: 'Glossary', labelType: 'Manual', state: 'Confirmed' },
    ]);
    expect(om.requests.filter((r) => r.url.startsWith('/api/v1/glossaries'))).toHaveLength(1);
    expect((await cli(['plan', '-c', config, '--target', 'openmetadata', '--detailed-exitcode'])).code).toBe(0);
    // The --glossary flag of export still works, for every service.
    const flagConfig = await workspace();
    await cli(['export', '-c', flagConfig, '--glossary']);
    expect(parse(await readFile(manifest(flagConfig, 'warehouse/shop.yaml'), 'utf8')).tags).toEqual(['Tier.Tier1']);
    expect(parse(await readFile(manifest(flagConfig, 'warehouse/shop/public.yaml'), 'utf8')).tables.orders.tags).toEqual(['Business.Revenue', 'Tier.Tier2']);
  });

  it('needs the openmetadata block, and names a refused token without printing it', async () => {
    const config = await writeWorkspace({
      config: { version: 1, services: { warehouse: { type: 'postgres', connection: { host: '127.0.0.1', port: 1, user: 'x' } } } },
      manifests: { 'warehouse/shop.yaml': [{ apiVersion: 'revmeta/v1', kind: 'Database', service: 'warehouse', name: 'shop', description: 'x' }] },
    });
    const missing = await cli(['plan', '-c', config, '--target', 'openmetadata']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toBe('Error: --target openmetadata needs `openmetadata: { url, token }` in the config\n');

    const wrong = await writeWorkspace({
      config: { version: 1, openmetadata: { url: om.url, token: '${OM_TOKEN}' }, services: { warehouse: { type: 'postgres', connection: { host: '127.0.0.1', port: 1, user: 'x' } } } },
      manifests: { 'warehouse/shop.yaml': [{ apiVersion: 'revmeta/v1', kind: 'Database', service: 'warehouse', name: 'shop', description: 'x' }] },
    });
    const refused = await runCli(['plan', '-c', wrong, '--target', 'openmetadata'], { env: { OM_TOKEN: 'not-the-token-xyz' } });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('HTTP 401');
    expect(refused.stderr).toContain('openmetadata.token');
    expect(refused.stderr).not.toContain('not-the-token-xyz');
    om.requests.length = 0; // the refused requests were unauthorised on purpose
  });

  it('rejects an unknown --target', async () => {
    const config = await workspace();
    const run = await cli(['plan', '-c', config, '--target', 'datahub']);
    expect(run.code).toBe(4);
    expect(run.stderr).toContain("argument 'datahub' is invalid");
  });
});
