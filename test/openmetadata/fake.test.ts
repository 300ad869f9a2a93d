/**
 * The fake OpenMetadata's write side, which the target's tests trust: RFC 6902 semantics, all
 * or nothing, and the refusals OpenMetadata makes (content type, unknown entity or owner,
 * incomplete tag label, renaming), plus user/team lookups.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  applyJsonPatch,
  classificationEntity,
  column,
  database,
  fqn,
  schema,
  startFakeOpenMetadata,
  table,
  tagEntity,
  team,
  teamEntity,
  userEntity,
  type FakeOpenMetadata,
} from './fake-openmetadata.js';

describe('applyJsonPatch (RFC 6902)', () => {
  const doc = { a: 1, list: ['x', 'y', 'z'], 'b/c': { '~d': 2 } };

  it('adds, removes, replaces and tests on objects and arrays, with escaped pointers', () => {
    expect(
      applyJsonPatch(doc, [
        { op: 'test', path: '/b~1c/~0d', value: 2 },
        { op: 'add', path: '/list/-', value: 'end' },
        { op: 'add', path: '/list/0', value: 'start' },
        { op: 'remove', path: '/list/2' },
        { op: 'replace', path: '/a', value: { deep: [1] } },
        { op: 'add', path: '/new', value: null },
        { op: 'remove', path: '/b~1c' },
      ]),
    ).toEqual({ a: { deep: [1] }, list: ['start', 'x', 'z', 'end'], new: null });
    expect(doc).toEqual({ a: 1, list: ['x', 'y', 'z'], 'b/c': { '~d': 2 } }); // a copy is patched
  });

  it('fails whole on a failed test, a missing target, or an index out of bounds', () => {
    expect(() => applyJsonPatch(doc, [{ op: 'replace', path: '/a', value: 9 }, { op: 'test', path: '/a', value: 1 }])).toThrow(/test failed at \/a: expected 1, found 9/);
    expect(() => applyJsonPatch(doc, [{ op: 'test', path: '/missing', value: null }])).toThrow(/test failed/);
    expect(() => applyJsonPatch(doc, [{ op: 'remove', path: '/missing' }])).toThrow(/does not exist/);
    expect(() => applyJsonPatch(doc, [{ op: 'replace', path: '/missing', value: 1 }])).toThrow(/does not exist/);
    expect(() => applyJsonPatch(doc, [{ op: 'remove', path: '/list/3' }])).toThrow(/out of bounds/);
    expect(() => applyJsonPatch(doc, [{ op: 'add', path: '/list/4', value: 1 }])).toThrow(/out of bounds/);
    expect(() => applyJsonPatch(doc, [{ op: 'add', path: '/no/such/parent', value: 1 }])).toThrow(/does not exist/);
    expect(() => applyJsonPatch(doc, [{ op: 'move', from: '/a', path: '/c' }])).toThrow(/unsupported/);
    expect(() => applyJsonPatch(doc, [{ op: 'test', path: '/list', value: ['x', 'y'] }])).toThrow(/test failed/);
    expect(applyJsonPatch(doc, [{ op: 'test', path: '/list', value: ['x', 'y', 'z'] }])).toEqual(doc);
  });
});

describe('the fake server', () => {
  let om: FakeOpenMetadata;
  const patch = (path: string, body: unknown, contentType = 'application/json-patch+json') =>
    fetch(`${om.url}${path}`, { method: 'PATCH', headers: { authorization: `Bearer ${om.token}`, 'content-type': contentType }, body: JSON.stringify(body) });
  const get = (path: string) => fetch(`${om.url}${path}`, { headers: { authorization: `Bearer ${om.token}` } });

  beforeEach(async () => {
    om = await startFakeOpenMetadata();
    const db = database('svc', 'db');
    const sc = schema(db, 's');
    om.databases.push(db);
    om.schemas.push(sc);
    om.tables.push(table(sc, 't', [column('c')], { tags: [] }));
    om.users.push(userEntity('alice'));
    om.teams.push(teamEntity('Data Eng'));
  });
  afterEach(async () => {
    await om.close();
  });

  it('applies a JSON Patch, records it, and serves the result', async () => {
    const response = await patch('/v1/tables/name/svc.db.s.t', [
      { op: 'add', path: '/description', value: 'T' },
      { op: 'add', path: '/owners', value: [{ id: 'u-alice', type: 'user' }] },
    ]);
    expect(response.status).toBe(200);
    expect(om.patches()).toEqual([
      expect.objectContaining({ method: 'PATCH', url: '/api/v1/tables/name/svc.db.s.t', contentType: 'application/json-patch+json', authorized: true }),
    ]);
    const fetched = (await (await get('/v1/tables/name/svc.db.s.t?fields=owners')).json()) as Record<string, unknown>;
    expect(fetched['description']).toBe('T');
    expect(fetched['owners']).toEqual([{ id: 'u-alice', type: 'user', name: 'alice', fullyQualifiedName: 'alice', displayName: 'alice', deleted: false }]);
    expect(fetched).not.toHaveProperty('columns'); // not asked for
  });

  it('refuses what OpenMetadata refuses, changing nothing', async () => {
    const before = structuredClone(om.tables[0]);
    expect((await patch('/v1/tables/name/svc.db.s.t', [], 'application/json')).status).toBe(415);
    expect((await patch('/v1/tables/name/svc.db.s.nope', [{ op: 'add', path: '/description', value: 'x' }])).status).toBe(404);
    const unknownOwner = await patch('/v1/tables/name/svc.db.s.t', [{ op: 'add', path: '/owners', value: [{ id: 'u-zoe', type: 'user' }] }]);
    expect(unknownOwner.status).toBe(404);
    expect(await unknownOwner.json()).toEqual({ code: 404, message: 'user instance for u-zoe not found' });
    const badLabel = await patch('/v1/tables/name/svc.db.s.t', [{ op: 'add', path: '/columns/0/tags/-', value: { tagFQN: 'PII.None' } }]);
    expect(badLabel.status).toBe(400);
    expect(((await badLabel.json()) as { message: string }).message).toMatch(/column c: invalid tag label/);
    expect((await patch('/v1/tables/name/svc.db.s.t', [{ op: 'replace', path: '/name', value: 'u' }])).status).toBe(400);
    const failedTest = [{ op: 'add', path: '/description', value: 'x' }, { op: 'test', path: '/tableType', value: 'View' }];
    // A failed `test` is an unhandled JsonException before 1.13 (a 500), a 400 from then on.
    const old = await patch('/v1/tables/name/svc.db.s.t', failedTest);
    expect(old.status).toBe(500);
    expect(await old.json()).toEqual({ code: 500, message: `The JSON Patch operation 'test' failed for path '/tableType' and value '"View"'` });
    om.version = '1.13.0';
    expect((await patch('/v1/tables/name/svc.db.s.t', failedTest)).status).toBe(400);
    expect(om.tables[0]).toEqual(before);
  });

  it('refuses tags that do not exist, are disabled, or are a second of a mutually exclusive classification', async () => {
    const label = (tagFQN: string, source = 'Classification') => ({ tagFQN, source, labelType: 'Manual', state: 'Confirmed' });
    const before = structuredClone(om.tables[0]);
    const missing = await patch('/v1/tables/name/svc.db.s.t', [{ op: 'add', path: '/columns/0/tags/-', value: label('PII.Secret') }]);
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({ code: 404, message: 'tag instance for PII.Secret not found' });
    expect((await patch('/v1/tables/name/svc.db.s.t', [{ op: 'add', path: '/tags', value: [label('Business.Nope', 'Glossary')] }])).status).toBe(404);
    const twoTiers = await patch('/v1/tables/name/svc.db.s.t', [{ op: 'add', path: '/tags', value: [label('Tier.Tier1'), label('Tier.Tier2')] }]);
    expect(twoTiers.status).toBe(400);
    expect(((await twoTiers.json()) as { message: string }).message).toBe("Tag labels Tier.Tier1 and Tier.Tier2 are mutually exclusive and can't be assigned together");
    om.classifications.push(classificationEntity('Quality'));
    om.tags.push(tagEntity('Quality', 'Old', { disabled: true }), tagEntity('Quality', 'Good'), tagEntity('Quality', 'Bad'));
    expect((await patch('/v1/tables/name/svc.db.s.t', [{ op: 'add', path: '/tags', value: [label('Quality.Old')] }])).status).toBe(400);
    expect(om.tables[0]).toEqual(before);
    // Not mutually exclusive: two labels of one classification are fine.
    expect((await patch('/v1/tables/name/svc.db.s.t', [{ op: 'add', path: '/tags', value: [label('Quality.Good'), label('Quality.Bad')] }])).status).toBe(200);
    const tags = (await (await get('/v1/tags?limit=100')).json()) as { data: Record<string, unknown>[] };
    expect(tags.data.map((tag) => tag['fullyQualifiedName'])).toContain('Tier.Tier5');
  });

  it('refuses a second team, a team with users, and a team that is not a Group', async () => {
    om.teams.push(teamEntity('Ops'), teamEntity('Acme', { teamType: 'Organization' }));
    const owners = (value: unknown[]) => patch('/v1/tables/name/svc.db.s.t', [{ op: 'add', path: '/owners', value }]);
    expect((await owners([{ id: 't-Data Eng', type: 'team' }, { id: 't-Ops', type: 'team' }])).status).toBe(400);
    expect((await owners([{ id: 't-Data Eng', type: 'team' }, { id: 'u-alice', type: 'user' }])).status).toBe(400);
    expect(((await (await owners([{ id: 't-Acme', type: 'team' }])).json()) as { message: string }).message).toMatch(/Only Team of type Group can own entities/);
    expect((await owners([{ id: 't-Ops', type: 'team' }])).status).toBe(200);
  });

  it('needs the operations a patch names: EditAll for a test of a column name, EditTier for Tier labels from 1.6', async () => {
    om.grant('steward-token', ['EditDescription', 'EditTags']);
    const steward = (path: string, operations: unknown[]) =>
      fetch(`${om.url}${path}`, { method: 'PATCH', headers: { Authorization: 'Bearer steward-token', 'Content-Type': 'application/json-patch+json' }, body: JSON.stringify(operations) });
    expect((await steward('/v1/tables/name/svc.db.s.t', [{ op: 'add', path: '/columns/0/description', value: 'C' }])).status).toBe(200);
    const guarded = await steward('/v1/tables/name/svc.db.s.t', [{ op: 'test', path: '/columns/0/name', value: 'c' }, { op: 'add', path: '/columns/0/description', value: 'D' }]);
    expect(guarded.status).toBe(403);
    expect(((await guarded.json()) as { message: string }).message).toMatch(/operations \[EditAll\] not allowed/);
    expect((await steward('/v1/tables/name/svc.db.s.t', [{ op: 'add', path: '/owners', value: [] }])).status).toBe(403);
    const tier = [{ op: 'add', path: '/tags/-', value: { tagFQN: 'Tier.Tier1', source: 'Classification', labelType: 'Manual', state: 'Confirmed' } }];
    const refused = await steward('/v1/tables/name/svc.db.s.t', tier);
    expect(((await refused.json()) as { message: string }).message).toMatch(/operations \[EditTier\] not allowed/);
    om.version = '1.5.3'; // EditTags covered Tier labels before 1.6
    expect((await steward('/v1/tables/name/svc.db.s.t', tier)).status).toBe(200);
  });

  it('answers fields=owners with a 400 before 1.5, and serves its version', async () => {
    om.version = '1.4.8';
    expect(await (await get('/v1/system/version')).json()).toMatchObject({ version: '1.4.8' });
    const old = await get('/v1/tables?databaseSchema=svc.db.s&fields=owners,tags');
    expect(old.status).toBe(400);
    expect(await old.json()).toEqual({ code: 400, message: 'Invalid field name owners' });
  });

  it("serves a parent's owners as inherited on an entity without its own, and drops inherited references from a patch", async () => {
    // EntityRepository.inheritOwners / EntityUpdater.getEntityReferences of the real server.
    om.schemas[0]!['owners'] = [team('Data Eng')];
    const listed = (await (await get('/v1/tables?databaseSchema=svc.db.s&fields=owners')).json()) as { data: Record<string, unknown>[] };
    expect(listed.data[0]!['owners']).toEqual([{ ...team('Data Eng'), inherited: true }]);
    const fetched = (await (await get('/v1/tables/name/svc.db.s.t?fields=owners')).json()) as Record<string, unknown>;
    expect(fetched['owners']).toEqual([{ ...team('Data Eng'), inherited: true }]);
    // The database has none: nothing to inherit, and the schema's own owner is not marked.
    const schemas = (await (await get('/v1/databaseSchemas?database=svc.db&fields=owners')).json()) as { data: Record<string, unknown>[] };
    expect(schemas.data[0]!['owners']).toEqual([team('Data Eng')]);
    // Appending to the served array keeps the inherited reference in the body; the server drops it.
    const response = await patch('/v1/tables/name/svc.db.s.t', [{ op: 'add', path: '/owners/-', value: { id: 'u-alice', type: 'user' } }]);
    expect(response.status).toBe(200);
    expect((om.tables[0]!['owners'] as Record<string, unknown>[]).map((o) => o['name'])).toEqual(['alice']);
  });

  it('finds users and teams by name (FQN-quoted), and 404s the others', async () => {
    expect(((await (await get('/v1/users/name/alice')).json()) as { id: string }).id).toBe('u-alice');
    expect((await get(`/v1/teams/name/${encodeURIComponent('Data Eng')}`)).status).toBe(200);
    expect((await get('/v1/teams/name/alice')).status).toBe(404);
    om.teams.push(teamEntity('a.b'));
    expect((await get(`/v1/teams/name/${encodeURIComponent('"a.b"')}`)).status).toBe(200);
    // A quote is escaped with a backslash (quoteName), not doubled; lookups match the FQN exactly.
    om.users.push(userEntity('o"brien'), userEntity('x.y "z"'));
    expect(fqn('o"brien', 'x.y "z"')).toBe('o\\"brien."x.y \\"z\\""');
    expect((await get(`/v1/users/name/${encodeURIComponent('o\\"brien')}`)).status).toBe(200);
    expect((await get(`/v1/users/name/${encodeURIComponent('"o""brien"')}`)).status).toBe(404);
    expect((await get(`/v1/users/name/${encodeURIComponent('"x.y \\"z\\""')}`)).status).toBe(200);
  });

  it('reorders operations as OpenMetadata 1.x did, when asked', async () => {
    om.legacyPatchOrder = true;
    // In order this would remove /tags/0 then test it; reordered, the test runs first and passes.
    om.tables[0]!['tags'] = [{ tagFQN: 'A.a', source: 'Classification', labelType: 'Manual', state: 'Confirmed' }];
    const response = await patch('/v1/tables/name/svc.db.s.t', [
      { op: 'remove', path: '/tags/0' },
      { op: 'test', path: '/tags/0/tagFQN', value: 'A.a' },
    ]);
    expect(response.status).toBe(200);
    expect(om.tables[0]!['tags']).toEqual([]);
  });
});
