/**
 * The fake OpenMetadata's write side, which the target's tests trust: RFC 6902 semantics, all
 * or nothing, and the refusals OpenMetadata makes (content type, unknown entity or owner,
 * incomplete tag label, renaming), plus user/team lookups.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyJsonPatch, column, database, schema, startFakeOpenMetadata, table, team, teamEntity, userEntity, type FakeOpenMetadata } from './fake-openmetadata.js';

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
    expect((await patch('/v1/tables/name/svc.db.s.t', [{ op: 'add', path: '/description', value: 'x' }, { op: 'test', path: '/tableType', value: 'View' }])).status).toBe(400);
    expect(om.tables[0]).toEqual(before);
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
