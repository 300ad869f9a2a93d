/**
 * `revmeta export` end to end against a local fake OpenMetadata: files, determinism,
 * incremental changes, deletions, paging, retries and errors. The catalog is built here
 * (not read from reference data), so a fresh clone runs these tests.
 */
import { mkdir, mkdtemp, readdir, readFile, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runExport, exportRunner } from '../../src/core/export.js';
import { RevmetaError } from '../../src/core/errors.js';
import { decodeName } from '../../src/connectors/openmetadata/read.js';
import { OpenMetadataClient } from '../../src/connectors/openmetadata/client.js';
import { loadManifests } from '../../src/manifest/load.js';
import type { Config } from '../../src/manifest/types.js';
import type { DesiredNode } from '../../src/model/types.js';
import {
  classification,
  column,
  database,
  glossary,
  schema,
  startFakeOpenMetadata,
  table,
  team,
  user,
  type FakeOpenMetadata,
} from './fake-openmetadata.js';

let om: FakeOpenMetadata;
let dir: string;

/** One service, two databases: dotted, reserved-encoded and nested names, every owner and tag shape, a deleted table, 14 tables in one schema (3 pages of 5). */
function seed(fake: FakeOpenMetadata): void {
  const ecommerce = database('shop', 'ecommerce_db', {
    description: 'Shop data',
    owners: [user('alice'), team('Data')],
    tags: [classification('Tier.Tier1'), glossary('Business.Revenue')],
  });
  const archive = database('shop', 'archive', { description: '' });
  fake.databases.push(ecommerce, archive, database('other', 'elsewhere'));

  // A stray single `owner` (servers before 1.5, which revmeta refuses) is not read.
  const shopify = schema(ecommerce, 'shopify', { description: 'Shopify tables', owners: [team('Sales')], owner: team('Ignored') });
  const empty = schema(ecommerce, 'staging', { description: null });
  const gone = schema(ecommerce, 'old_schema', { deleted: true });
  const archived = schema(archive, 'public');
  fake.schemas.push(shopify, empty, gone, archived);

  fake.tables.push(
    table(
      shopify,
      'dim.product.variant',
      [
        column('id', { description: 'Surrogate key', tags: [classification('PII.None')] }),
        column('geo', { description: 'Location' }, [
          column('lat', { description: 'Latitude' }),
          column('lon.deg', { description: 'Longitude', tags: [glossary('Business.Location'), classification('"Geo.Data".Precise')] }),
        ]),
      ],
      { description: 'Variants', owners: [user('bob')], tags: [classification('Tier.Tier2', 'Propagated')] },
    ),
    table(shopify, 'ns__reserved__colon__events', [
      column('a__reserved__quote__b', { description: 'Quoted' }),
      column('x__reserved__arrow__y'),
    ]),
    table(shopify, 'dropped', [column('c')], { description: 'Gone', deleted: true }),
    ...Array.from({ length: 12 }, (_, i) => table(shopify, `t${String(i).padStart(2, '0')}`, [column('c', { description: `column ${i}` })])),
    table(archived, 'old', [], { description: 'Old orders', tags: [classification('"Data.Quality".Gold')] }),
  );
}

function config(services: string[] = ['shop'], token = om.token): Config {
  return {
    file: path.join(dir, 'revmeta.yaml'),
    dir,
    version: 1,
    manifests: path.join(dir, 'metadata'),
    openmetadata: { url: om.url, token },
    services: Object.fromEntries(services.map((name) => [name, { type: 'postgres' as const, connection: { embedded: '.revmeta/pgdata' } }])),
    secrets: [token],
  };
}

const fast = { retryBaseMillis: 1, client: { pageSize: 5 } };

const read = (relative: string) => readFile(path.join(dir, 'metadata', relative), 'utf8');

beforeEach(async () => {
  om = await startFakeOpenMetadata();
  seed(om);
  dir = await mkdtemp(path.join(os.tmpdir(), 'revmeta-export-'));
});

afterEach(async () => {
  await om.close();
});

function find(nodes: readonly DesiredNode[], name: string): DesiredNode {
  const node = nodes.find((candidate) => candidate.name === name);
  if (!node) throw new Error(`no ${name} among ${nodes.map((n) => n.name).join(', ')}`);
  return node;
}

describe('runExport', () => {
  it('writes the layout, decodes names, maps owners/tags/nesting, and the files load', async () => {
    const run = await runExport(config(), fast);
    expect(run.result.written).toEqual([
      'shop/archive.yaml',
      'shop/archive/public.yaml',
      'shop/ecommerce_db.yaml',
      'shop/ecommerce_db/shopify.yaml',
      'shop/ecommerce_db/staging.yaml',
    ]);
    expect(run.filesChanged).toEqual(run.result.written);
    expect(run.line).toBe(
      'Exported 1 service, 2 databases, 3 schemas, 15 tables, 18 columns: 5 file(s) written, 0 unchanged, 0 removed',
    );
    expect(run.summary).toContain('| 1 | 2 | 3 | 15 | 18 |');

    const db = parse(await read('shop/ecommerce_db.yaml'));
    expect(db).toEqual({
      apiVersion: 'revmeta/v1',
      kind: 'Database',
      service: 'shop',
      name: 'ecommerce_db',
      description: 'Shop data',
      owners: ['Data', 'alice'],
      tags: ['Tier.Tier1'], // the glossary term is left out by default
    });
    expect(parse(await read('shop/archive.yaml'))).not.toHaveProperty('description'); // "" → no field

    const shopify = parse(await read('shop/ecommerce_db/shopify.yaml'));
    expect(shopify.owners).toEqual(['Sales']); // not the single `owner`
    expect(Object.keys(shopify.tables)).toHaveLength(14); // the deleted table is skipped, all pages read
    expect(shopify.tables).not.toHaveProperty('dropped');
    expect(shopify.tables['dim.product.variant']).toEqual({
      description: 'Variants',
      owners: ['bob'],
      tags: ['Tier.Tier2'],
      columns: {
        geo: {
          description: 'Location',
          columns: { lat: { description: 'Latitude' }, 'lon.deg': { description: 'Longitude', tags: ['"Geo.Data".Precise'] } },
        },
        id: { description: 'Surrogate key', tags: ['PII.None'] },
      },
    });
    expect(shopify.tables['ns::events']).toEqual({ columns: { 'a"b': { description: 'Quoted' }, 'x>y': null } });
    expect(parse(await read('shop/ecommerce_db/staging.yaml'))).not.toHaveProperty('description');
    // staging has no owners of its own: the database's, which the server serves as inherited, are not written as its.
    expect(parse(await read('shop/ecommerce_db/staging.yaml'))).not.toHaveProperty('owners');
    expect(parse(await read('shop/archive/public.yaml')).tables.old.tags).toEqual(['"Data.Quality".Gold']);

    const loaded = await loadManifests(config());
    if (!loaded.ok) throw new Error(loaded.diagnostics.map((d) => `${d.file}:${d.line}: ${d.message}`).join('\n'));
    const service = loaded.value.services.get('shop')!;
    const variant = find(find(find(service.databases, 'ecommerce_db').children, 'shopify').children, 'dim.product.variant');
    expect(find(find(variant.children, 'geo').children, 'lon.deg').fields.tags).toEqual(['"Geo.Data".Precise']);
  });

  it('pages with limit/after, sends the token, and stays within the concurrency bound', async () => {
    await runExport(config(), { ...fast, client: { pageSize: 5, concurrency: 2 } });
    expect(om.requests.every((request) => request.authorized)).toBe(true);
    const tablePages = om.requests.filter((r) => r.url.startsWith('/api/v1/tables?') && r.url.includes('databaseSchema=shop.ecommerce_db.shopify&'));
    expect(tablePages).toHaveLength(3); // 15 tables (one deleted) in pages of 5
    expect(tablePages[0]!.url).toContain('fields=owners%2Ctags%2Ccolumns');
    expect(tablePages[0]!.url).toContain('limit=5');
    expect(tablePages.slice(1).every((r) => r.url.includes('after='))).toBe(true);
    expect(om.requests.some((r) => r.url.startsWith('/api/v1/databases?service=shop&fields=owners%2Ctags'))).toBe(true);
    expect(om.maxInFlight()).toBeLessThanOrEqual(2);
  });

  it('exports glossary terms only when asked', async () => {
    await runExport(config(), { ...fast, glossary: true });
    expect(parse(await read('shop/ecommerce_db.yaml')).tags).toEqual(['Business.Revenue', 'Tier.Tier1']);
  });

  it('is byte-identical on a second run and writes nothing', async () => {
    const first = await runExport(config(), fast);
    const before = await Promise.all(first.result.written.map(read));
    const second = await runExport(config(), fast);
    expect(second.result.written).toEqual([]);
    expect(second.result.removed).toEqual([]);
    expect(second.filesChanged).toEqual([]);
    expect(second.result.unchanged).toEqual(first.result.written);
    expect(await Promise.all(first.result.written.map(read))).toEqual(before);
  });

  it('turns one changed description into one changed line', async () => {
    await runExport(config(), fast);
    const before = (await read('shop/ecommerce_db/shopify.yaml')).split('\n');
    const t03 = om.tables.find((t) => t['name'] === 't03')!;
    (t03['columns'] as Record<string, unknown>[])[0]!['description'] = 'column three, edited';
    const run = await runExport(config(), fast);
    expect(run.filesChanged).toEqual(['shop/ecommerce_db/shopify.yaml']);
    const after = (await read('shop/ecommerce_db/shopify.yaml')).split('\n');
    expect(after).toHaveLength(before.length);
    const changed = after.flatMap((line, i) => (line === before[i] ? [] : [[before[i], line]]));
    expect(changed).toEqual([['        description: column 3', '        description: column three, edited']]);
  });

  it('removes the entry of a deleted table and the file of a deleted schema', async () => {
    await runExport(config(), fast);
    om.tables.find((t) => t['name'] === 't05')!['deleted'] = true;
    const staging = om.schemas.findIndex((s) => s['name'] === 'staging');
    om.schemas.splice(staging, 1);
    const run = await runExport(config(), fast);
    expect(run.result.removed).toEqual(['shop/ecommerce_db/staging.yaml']);
    expect(run.result.written).toEqual(['shop/ecommerce_db/shopify.yaml']);
    expect(parse(await read('shop/ecommerce_db/shopify.yaml')).tables).not.toHaveProperty('t05');
  });

  it('prunes only the exported services, and keeps a service OpenMetadata returns empty', async () => {
    // Another service's hand-kept manifest must survive an export of `shop`.
    await mkdir(path.join(dir, 'metadata', 'other'), { recursive: true });
    const mine = 'apiVersion: revmeta/v1\nkind: Database\nservice: other\nname: elsewhere\ndescription: mine\n';
    await writeFile(path.join(dir, 'metadata', 'other', 'elsewhere.yaml'), mine);
    await runExport(config(['shop', 'other']), { ...fast, services: ['shop'] });
    expect(await read('other/elsewhere.yaml')).toBe(mine);

    // A service with no databases (misspelt, or no permission) is not wiped.
    await mkdir(path.join(dir, 'metadata', 'ghost'), { recursive: true });
    await writeFile(path.join(dir, 'metadata', 'ghost', 'db.yaml'), 'apiVersion: revmeta/v1\nkind: Database\nservice: ghost\nname: db\n');
    const run = await runExport(config(['shop', 'ghost']), fast);
    expect(run.result.removed).toEqual([]);
    expect(run.line).toContain('1 warning');
    expect(run.summary).toContain('ghost: OpenMetadata has no databases');
  });

  it('keeps the files of a database or schema whose listing failed, with a warning, and prunes the rest', async () => {
    await runExport(config(), fast);
    const archived = await read('shop/archive/public.yaml');
    // Positively absent: t05 deleted. Unseen: archive.public's tables fail past every retry.
    om.tables.find((t) => t['name'] === 't05')!['deleted'] = true;
    om.tables.find((t) => t['name'] === 'old')!['deleted'] = true;
    // Two attempts (retries: 1), both failing.
    om.fail({ status: 500, path: '/v1/tables', query: 'shop.archive.public', times: 2 });
    const partly = await runExport(config(), { ...fast, client: { ...fast.client, retries: 1 } });
    expect(partly.result.removed).toEqual([]);
    expect(partly.result.written).toEqual(['shop/ecommerce_db/shopify.yaml']);
    expect(await read('shop/archive/public.yaml')).toBe(archived);
    expect(partly.counts.warnings).toEqual([
      expect.stringMatching(/^shop archive\.public: could not be read from OpenMetadata \(.*HTTP 500.*\); its manifests were kept as they are$/),
    ]);

    // A database whose schemas cannot be listed keeps all its files; the other database is exported.
    const shopify = await read('shop/ecommerce_db/shopify.yaml');
    om.tables.find((t) => t['name'] === 't06')!['deleted'] = true;
    const staging = om.schemas.findIndex((s) => s['name'] === 'staging');
    om.schemas.splice(staging, 1);
    om.fail({ status: 500, path: '/v1/databaseSchemas', query: 'shop.ecommerce_db', times: 2 });
    const run = await runExport(config(), { ...fast, client: { ...fast.client, retries: 1 } });
    expect(run.result.removed).toEqual([]);
    expect(run.result.written).toEqual(['shop/archive/public.yaml']); // readable again: its deleted table goes
    expect(await read('shop/ecommerce_db/shopify.yaml')).toBe(shopify);
    expect(await read('shop/ecommerce_db/staging.yaml')).toContain('name: staging');
    expect(run.counts.warnings).toEqual([expect.stringMatching(/^shop ecommerce_db: could not be read from OpenMetadata .*; its manifests were kept as they are$/)]);
  });

  it('never writes or removes outside the manifests folder: a service folder linked elsewhere is refused', async () => {
    const outside = path.join(dir, 'elsewhere');
    await mkdir(path.join(outside, 'beside'), { recursive: true });
    await writeFile(path.join(outside, 'important.yaml'), 'apiVersion: revmeta/v1\nkind: Database\nservice: shop\nname: x\n');
    await writeFile(path.join(outside, 'beside', 'notes.yaml'), 'keep: me\n');
    await mkdir(path.join(dir, 'metadata'), { recursive: true });
    await symlink(outside, path.join(dir, 'metadata', 'shop'));
    const error = await runExport(config(), fast).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RevmetaError);
    expect((error as Error).message).toMatch(/metadata\/shop.* links outside the manifests folder/);
    expect((await readdir(outside)).sort()).toEqual(['beside', 'important.yaml']);
    expect(await readdir(path.join(outside, 'beside'))).toEqual(['notes.yaml']);
  });

  it('refuses an unknown --service and a config without openmetadata', async () => {
    await expect(runExport(config(), { ...fast, services: ['nope'] })).rejects.toThrow(/unknown service "nope"/);
    const { openmetadata: _, ...rest } = config();
    await expect(runExport(rest as Config, fast)).rejects.toThrow(RevmetaError);
  });

  it('works as the export pull request runner', async () => {
    const runner = exportRunner(fast);
    const result = await runner({ config: config() } as Parameters<typeof runner>[0]);
    expect(result.filesChanged).toHaveLength(5);
    expect(result.summary).toContain('Export from OpenMetadata');
  });
});

describe('HTTP behaviour', () => {
  it('retries a 429 (honouring Retry-After) and then succeeds', async () => {
    om.fail({ status: 429, path: '/v1/tables', retryAfter: '0', times: 2 });
    const run = await runExport(config(), fast);
    expect(run.counts.retries).toBe(2);
    expect(run.counts.tables).toBe(15);
  });

  it('retries a 500 once and then succeeds', async () => {
    om.fail({ status: 500, path: '/v1/databaseSchemas' });
    const run = await runExport(config(), fast);
    expect(run.counts.retries).toBe(1);
    expect(run.counts.schemas).toBe(3);
  });

  it('waits at least Retry-After seconds', async () => {
    om.fail({ status: 429, path: '/v1/databases', retryAfter: '1' });
    const started = Date.now();
    await runExport(config(), fast);
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
  });

  it('gives a clear error on 401 naming the URL, never the token', async () => {
    const wrong = 'wrong-token-s3cr3t';
    const error = await runExport(config(['shop'], wrong), fast).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RevmetaError);
    const message = (error as Error).message;
    expect(message).toContain('HTTP 401');
    expect(message).toContain(`${om.url}/v1/databases?service=shop`);
    expect(message).toContain('openmetadata.token');
    expect(message).not.toContain(wrong);
    expect(om.requests).toHaveLength(1); // not retried
  });

  it('gives up on a 5xx storm with a clear error', async () => {
    om.fail({ status: 503, times: 1000 });
    const error = await runExport(config(), { ...fast, client: { retries: 3 } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RevmetaError);
    expect((error as Error).message).toMatch(/HTTP 503: GET http:\/\/127\.0\.0\.1:\d+\/api\/v1\/databases\?service=shop.* \(gave up after 4 attempts\)/);
    expect(om.requests).toHaveLength(4);
  });

  it('gives a clear error on 404 and on a timeout', async () => {
    om.fail({ status: 404, path: '/v1/databases' });
    await expect(runExport(config(), fast)).rejects.toThrow(/HTTP 404.*\/api\/v1\/databases\?service=shop/);
    om.fail({ status: 200, path: '/v1/databases', delayMillis: 2000 });
    await expect(runExport(config(), { ...fast, client: { timeoutMillis: 100 } })).rejects.toThrow(
      /did not answer within 100 ms: GET http:\/\/127\.0\.0\.1:\d+\/api\/v1\/databases/,
    );
  });

  describe('paging that does not end', () => {
    const shopifyTablePages = () => om.requests.filter((request) => request.url.startsWith('/api/v1/tables') && request.url.includes('shopify')).length;
    const pagingError = /OpenMetadata .*paging.* http:\/\/127\.0\.0\.1:\d+\/api\/v1\/tables\?/;
    /** A page that cannot be read ends the listing with a clear error; the schema's manifests are kept, with it as a warning. */
    const pagingWarning = async (options: Parameters<typeof runExport>[1] = fast) => {
      const run = await runExport(config(), options);
      const warnings = run.counts.warnings.filter((warning) => pagingError.test(warning));
      expect(warnings.length).toBeGreaterThan(0);
      for (const warning of warnings) expect(warning).toMatch(/its manifests were kept as they are$/);
      return warnings.join('\n');
    };

    it('stops at an empty page that points to a next one', async () => {
      om.breakPaging({ mode: 'empty-with-cursor', path: '/v1/tables' });
      expect(await pagingWarning()).toMatch(/empty page/);
    });

    it('stops at a cursor it was already given', async () => {
      om.breakPaging({ mode: 'same-cursor', path: '/v1/tables' });
      expect(await pagingWarning()).toMatch(/repeated the paging cursor/);
    });

    it('stops a fresh cursor on every page after the pages its total allows', async () => {
      om.breakPaging({ mode: 'fresh-cursor', path: '/v1/tables' });
      expect(await pagingWarning()).toMatch(/more pages than/);
      // 14 tables in pages of 5: 3 pages, 10 of slack, then the error (not thousands of requests).
      expect(shopifyTablePages()).toBeLessThanOrEqual(13);
    });

    it('stops a fresh cursor on every page without a total at the page cap', async () => {
      om.breakPaging({ mode: 'fresh-cursor', path: '/v1/tables', withoutTotal: true });
      expect(await pagingWarning({ ...fast, client: { pageSize: 5, maxPages: 50 } })).toMatch(/more than 50 pages/);
      expect(shopifyTablePages()).toBeLessThanOrEqual(50);
    });
  });

  it('sends the user info of openmetadata.url as basic auth, never in the URL', async () => {
    const seen: { url: string; authorization: string | undefined }[] = [];
    const client = new OpenMetadataClient({
      url: 'http://admin:hun%40ter2@om.test/api',
      fetch: async (url, init) => {
        seen.push({ url: String(url), authorization: (init?.headers as Record<string, string>)['Authorization'] });
        return new Response('{"version":"1.6.2"}', { status: 200 });
      },
    });
    expect(await client.version()).toBe('1.6.2');
    expect(seen).toEqual([{ url: 'http://om.test/api/v1/system/version', authorization: `Basic ${Buffer.from('admin:hun@ter2').toString('base64')}` }]);
  });

  it('names an unreachable server', async () => {
    const url = om.url;
    await om.close();
    om = await startFakeOpenMetadata(); // for afterEach
    const cfg = { ...config(), openmetadata: { url, token: 'x' } };
    await expect(runExport(cfg, { ...fast, client: { retries: 1 } })).rejects.toThrow(/could not reach OpenMetadata: GET http:\/\/127\.0\.0\.1/);
  });
});

describe('decodeName', () => {
  it('decodes every reserved marker, repeatedly, and leaves other text alone', () => {
    // OpenMetadata's ingestion encodes `::` (two colons) as the colon marker: `test__reserved__colon____reserved__arrow__test` is `test::>test`.
    expect(decodeName('a__reserved__colon__b__reserved__colon__c')).toBe('a::b::c');
    expect(decodeName('test__reserved__colon____reserved__arrow__test')).toBe('test::>test');
    expect(decodeName('x__reserved__arrow__y__reserved__quote__z')).toBe('x>y"z');
    expect(decodeName('__reserved__other__')).toBe('__reserved__other__');
  });
});
