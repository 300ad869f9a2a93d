/**
 * `export` and `--target openmetadata` against the fake as the real server behaves (issue 15 §1):
 * FQNs with quotes and dots as `quoteName` writes them, servers older than 1.5, permissions per
 * operation, failed `test` guards answered with a 500, tags that do not exist or exclude each
 * other, and the team rules for owners.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { OpenMetadataClient } from '../../src/connectors/openmetadata/client.js';
import { runCli, writeWorkspace, type CliRun } from '../e2e/cli.js';
import {
  classification,
  column,
  database,
  schema,
  startFakeOpenMetadata,
  table,
  tagEntity,
  classificationEntity,
  team,
  teamEntity,
  user,
  userEntity,
  type FakeOpenMetadata,
} from './fake-openmetadata.js';

const TOKEN = 'om-fidelity-token-never-printed';
let om: FakeOpenMetadata;
let runs: CliRun[];

type Doc = Record<string, any>;

/** A catalog whose names hold quotes and dots, as ingestion via the API can create them. */
function seed(fake: FakeOpenMetadata): void {
  const db = database('warehouse', 'shop');
  const sc = schema(db, 'public');
  fake.databases.push(db);
  fake.schemas.push(sc);
  fake.classifications.push(classificationEntity('Q"A'), classificationEntity('Data.Quality', { mutuallyExclusive: true }));
  fake.tags.push(tagEntity('Q"A', 'x'), tagEntity('Q"A', 'y'), tagEntity('Data.Quality', 'Gold'), tagEntity('Data.Quality', 'Silver "2"'));
  fake.tables.push(
    table(sc, 'say "hi"', [column('id', { description: 'Key' }), column('a.b "c"', { description: 'Both' })], {
      description: 'Quoted',
      tags: [classification('Q\\"A.x')],
    }),
    table(sc, 'v1.2 "beta"', [column('email', { description: 'E-mail', tags: [classification('PII.Sensitive')] })], {
      description: 'Dotted and quoted',
      tags: [classification('"Data.Quality".Gold'), classification('Tier.Tier2')],
      owners: [user('o"brien')],
    }),
  );
  fake.users.push(userEntity('o"brien'), userEntity('d"arcy'), userEntity('alice'), userEntity('bob'));
  fake.teams.push(teamEntity('data-platform'), teamEntity('ops'), teamEntity('Acme', { teamType: 'Organization' }));
}

async function workspace(manifests: Record<string, Doc[]> = {}): Promise<string> {
  return writeWorkspace({
    config: {
      version: 1,
      openmetadata: { url: om.url, token: '${OM_TOKEN}' },
      services: { warehouse: { type: 'postgres', connection: { host: '127.0.0.1', port: 1, user: 'revmeta', connectionRetries: 0 } } },
    },
    manifests,
  });
}

async function cli(args: string[], token = TOKEN): Promise<CliRun> {
  const run = await runCli(args, { env: { OM_TOKEN: token } });
  runs.push(run);
  return run;
}

const schemaFile = (config: string) => path.join(path.dirname(config), 'metadata', 'warehouse/shop/public.yaml');

async function editSchema(config: string, edit: (doc: Doc) => void): Promise<void> {
  const doc = parse(await readFile(schemaFile(config), 'utf8')) as Doc;
  edit(doc);
  await writeFile(schemaFile(config), stringify(doc));
}

const tableNamed = (name: string) => om.tables.find((t) => t['name'] === name)!;

beforeEach(async () => {
  om = await startFakeOpenMetadata(TOKEN);
  seed(om);
  runs = [];
});

afterEach(async () => {
  await om.close();
  for (const run of runs) expect(run.stdout + run.stderr).not.toContain(TOKEN);
});

describe('names with quotes and dots', () => {
  it('round-trip through export, the manifests and plan --target openmetadata, and owners are found by their FQN', async () => {
    const config = await workspace();
    const exported = await cli(['export', '-c', config]);
    expect(exported.stderr).toBe('');
    expect(exported.code).toBe(0);
    const doc = parse(await readFile(schemaFile(config), 'utf8')) as Doc;
    // Tag FQNs as OpenMetadata writes them (a quote escaped with a backslash), none left out.
    expect(doc.tables['say "hi"'].tags).toEqual(['Q\\"A.x']);
    expect(doc.tables['v1.2 "beta"']).toMatchObject({ owners: ['o"brien'], tags: ['"Data.Quality".Gold', 'Tier.Tier2'] });
    expect(Object.keys(doc.tables['say "hi"'].columns)).toEqual(['a.b "c"', 'id']);
    expect((await cli(['plan', '-c', config, '--target', 'openmetadata', '--detailed-exitcode'])).code).toBe(0);

    await editSchema(config, (edited) => {
      edited.tables['say "hi"'].tags = ['Q\\"A.y'];
      edited.tables['say "hi"'].columns['a.b "c"'].description = 'Both, edited';
      edited.tables['v1.2 "beta"'].tags = ['"Data.Quality"."Silver \\"2\\""', 'Tier.Tier2'];
      edited.owners = ['d"arcy']; // owns nothing read: looked up by its FQN, d\"arcy
    });
    const applied = await cli(['reconcile', '-c', config, '--target', 'openmetadata']);
    expect(applied.stderr).toBe('');
    expect(applied.code).toBe(0);
    expect(applied.stdout).toContain('PATCH /v1/tables/name/warehouse.shop.public.say%20%5C%22hi%5C%22');
    expect(applied.stdout).toContain('PATCH /v1/tables/name/warehouse.shop.public.%22v1.2%20%5C%22beta%5C%22%22');
    expect(om.requests.some((r) => r.url === `/api/v1/users/name/${encodeURIComponent('d\\"arcy')}`)).toBe(true);
    expect((tableNamed('say "hi"')['tags'] as Doc[]).map((label) => label['tagFQN'])).toEqual(['Q\\"A.y']);
    expect((tableNamed('say "hi"')['columns'] as Doc[])[1]!['description']).toBe('Both, edited');
    expect((tableNamed('v1.2 "beta"')['tags'] as Doc[]).map((label) => label['tagFQN'])).toEqual(['Tier.Tier2', '"Data.Quality".Silver \\"2\\"']); // as the server spells it
    expect((om.schemas[0]!['owners'] as Doc[]).map((owner) => owner['name'])).toEqual(['d"arcy']);
    // Converged: export again changes nothing the manifests say, and a second plan is empty.
    expect((await cli(['plan', '-c', config, '--target', 'openmetadata', '--detailed-exitcode'])).code).toBe(0);
  });
});

describe('server versions', () => {
  it('refuses a server older than 1.5, naming its version and the minimum', async () => {
    om.version = '1.4.8';
    const config = await workspace({ 'warehouse/shop/public.yaml': [{ apiVersion: 'revmeta/v1', kind: 'Schema', service: 'warehouse', database: 'shop', name: 'public', description: 'x' }] });
    for (const args of [
      ['export', '-c', config],
      ['plan', '-c', config, '--target', 'openmetadata'],
    ]) {
      const run = await cli(args);
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(/OpenMetadata at http:\/\/127\.0\.0\.1:\d+\/api\/ is version 1\.4\.8; revmeta supports 1\.5\.0 and later/);
    }
    // export asks for the version only when the first list is refused; plan reads it first.
    expect(om.requests.map((r) => r.url.split('?')[0])).toEqual(['/api/v1/databases', '/api/v1/system/version', '/api/v1/system/version']);
  });
});

describe('permissions', () => {
  it('a token with EditDescription writes a table description; a column change needs EditAll and says so', async () => {
    om.grant('steward-token', ['EditDescription', 'EditTags']);
    const config = await workspace();
    expect((await cli(['export', '-c', config])).code).toBe(0);
    await editSchema(config, (doc) => {
      doc.tables['say "hi"'].description = 'Quoted, edited';
      doc.tables['v1.2 "beta"'].columns.email.description = 'Customer e-mail';
    });
    const applied = await cli(['reconcile', '-c', config, '--target', 'openmetadata', '--continue-on-error'], 'steward-token');
    expect(applied.code).toBe(1);
    expect(tableNamed('say "hi"')['description']).toBe('Quoted, edited');
    expect(applied.stdout + applied.stderr).toMatch(
      /HTTP 403 Forbidden\): PATCH .*operations \[EditAll\] not allowed\)\. This patch needs EditAll \(a change to a column is guarded by a test of the column's name, which OpenMetadata authorizes as EditAll\)/,
    );
  });
});

describe('tags', () => {
  it('a tag OpenMetadata does not have is a plan conflict, not a failed request', async () => {
    const config = await workspace();
    expect((await cli(['export', '-c', config])).code).toBe(0);
    await editSchema(config, (doc) => {
      doc.tables['say "hi"'].tags = ['Q\\"A.x', 'PII.Secret'];
    });
    const planned = await cli(['plan', '-c', config, '--target', 'openmetadata']);
    expect(planned.code).toBe(3);
    expect(planned.stdout).toMatch(/PII\.Secret: "Secret" is not an allowed value of tag key "PII"/);
    expect(om.patches()).toEqual([]);
  });

  it('replacing the Tier label never holds two Tier labels at once, in either patch order', async () => {
    for (const legacy of [false, true]) {
      om.legacyPatchOrder = legacy;
      const config = await workspace();
      expect((await cli(['export', '-c', config])).code).toBe(0);
      const next = legacy ? 'Tier.Tier2' : 'Tier.Tier1';
      await editSchema(config, (doc) => {
        doc.tables['v1.2 "beta"'].tags = ['"Data.Quality".Gold', next];
      });
      const applied = await cli(['reconcile', '-c', config, '--target', 'openmetadata']);
      expect(applied.stderr).toBe('');
      expect(applied.code).toBe(0);
      expect((tableNamed('v1.2 "beta"')['tags'] as Doc[]).map((label) => label['tagFQN']).sort()).toEqual(['"Data.Quality".Gold', next]);
    }
  });
});

describe('owners', () => {
  it('two teams, a team with users, or a team that is not a Group are plan conflicts', async () => {
    const config = await workspace();
    expect((await cli(['export', '-c', config])).code).toBe(0);
    await editSchema(config, (doc) => {
      doc.tables['say "hi"'].owners = ['data-platform', 'ops'];
      doc.tables['v1.2 "beta"'].owners = ['data-platform', 'alice'];
      doc.owners = ['Acme'];
    });
    const planned = await cli(['plan', '-c', config, '--target', 'openmetadata', '--format', 'json']);
    expect(planned.code).toBe(3);
    const conflicts = (JSON.parse(planned.stdout) as { conflicts: { reason: string }[] }).conflicts.map((c) => c.reason).sort();
    expect(conflicts).toEqual([
      expect.stringMatching(/^OpenMetadata cannot make "Acme" an owner: team "Acme" is of type Organization; only teams of type Group own entities$/),
      expect.stringMatching(/^OpenMetadata cannot make data-platform, alice the owners: a team owns alone, without users$/),
      expect.stringMatching(/^OpenMetadata cannot make data-platform, ops the owners: at most one team owns an entity$/),
    ]);
    // Users alone are fine, and a team alone.
    await editSchema(config, (doc) => {
      doc.tables['say "hi"'].owners = ['ops'];
      doc.tables['v1.2 "beta"'].owners = ['alice', 'bob'];
      delete doc.owners;
    });
    const applied = await cli(['reconcile', '-c', config, '--target', 'openmetadata']);
    expect(applied.stderr).toBe('');
    expect(applied.code).toBe(0);
    expect((tableNamed('say "hi"')['owners'] as Doc[]).map((o) => o['name'])).toEqual(['ops']);
    expect(team('ops')['type']).toBe('team');
  });
});

describe('refusals a plan cannot foresee (OpenMetadata changed between plan and apply)', () => {
  const label = (tagFQN: string) => ({ tagFQN, source: 'Classification', labelType: 'Manual', state: 'Confirmed' });
  const path = `/v1/tables/name/${encodeURIComponent('warehouse.shop.public.say \\"hi\\"')}`;

  it('are said for what they are: a tag gone, two exclusive tags, a team with users, a missing permission', async () => {
    const client = new OpenMetadataClient({ url: om.url, token: TOKEN });
    await expect(client.patch(path, [{ op: 'add', path: '/tags/-', value: label('PII.Gone') }])).rejects.toThrow(
      /^OpenMetadata has no tag PII\.Gone \(HTTP 404\): PATCH .*Create it in OpenMetadata, or change the manifest's tag\.$/,
    );
    await expect(client.patch(path, [{ op: 'add', path: '/tags', value: [label('Tier.Tier1'), label('Tier.Tier3')] }])).rejects.toThrow(
      /^OpenMetadata refused the tags \(HTTP 400\): .*mutually exclusive.*at most one tag of a mutually exclusive classification/,
    );
    await expect(client.patch(path, [{ op: 'add', path: '/owners', value: [{ id: 't-ops', type: 'team' }, { id: 'u-alice', type: 'user' }] }])).rejects.toThrow(
      /^OpenMetadata refused the owners \(HTTP 400\): .*users, or by one team of type Group alone\.$/,
    );
    om.grant('tags-only', ['EditTags']);
    const tagger = new OpenMetadataClient({ url: om.url, token: 'tags-only' });
    await expect(tagger.patch(path, [{ op: 'add', path: '/tags/-', value: label('Tier.Tier1') }])).rejects.toThrow(
      /HTTP 403 Forbidden\): .*operations \[EditTier\] not allowed\)\. This patch needs EditTier; .*Before OpenMetadata 1\.6, EditTags covers Tier labels/,
    );
    expect(tableNamed('say "hi"')['tags']).toEqual([classification('Q\\"A.x')]);
  });
});
