/**
 * The requests of `--target openmetadata`, golden: one JSON Patch per entity for every change
 * kind, tests guarding what the plan saw, labels and columns addressed by index. The hostile
 * corpus goes through compile → the plan file's JSON → the fake's RFC 6902 and comes out
 * unchanged; the session's check refuses anything but the requests revmeta compiles.
 */
import { describe, expect, it } from 'vitest';
import { openmetadata } from '../../src/connectors/openmetadata/index.js';
import { checkedPatch, entityKey, type EntityTarget, type OpenMetadataCompileContext } from '../../src/connectors/openmetadata/sql.js';
import type { ObjectRef } from '../../src/model/types.js';
import { statementText, type JsonPatchOperation } from '../../src/model/change.js';
import type { ApiRequest } from '../../src/connectors/types.js';
import type { Change } from '../../src/plan/types.js';
import { HOSTILE_IDENTIFIERS, HOSTILE_VALUES } from '../corpus/hostile.js';
import { applyJsonPatch } from './fake-openmetadata.js';

const { dialect } = openmetadata;

const database: ObjectRef = { kind: 'database', database: 'shop' };
const schema: ObjectRef = { kind: 'schema', database: 'shop', schema: 'public' };
const table: ObjectRef = { kind: 'table', database: 'shop', schema: 'public', table: 'dim.product' };
const column = (name: string): ObjectRef => ({ ...table, kind: 'column', column: name });

function change(object: ObjectRef, field: Change['field'], action: Change['action'], before: string | null, after: string | null, tag?: string): Change {
  return { service: 'warehouse', object, field, action, before, after, ...(tag !== undefined ? { tag } : {}), statements: [] };
}

function context(overrides: Partial<Record<'database' | 'schema' | 'table', Partial<EntityTarget>>> = {}): OpenMetadataCompileContext {
  return {
    entities: {
      [entityKey(database)]: { kind: 'database', fqn: 'warehouse.shop', tags: [], hasTags: true, owners: [], ...overrides.database },
      [entityKey(schema)]: { kind: 'schema', fqn: 'warehouse.shop.public', tags: [[0, 'Tier.Tier1']], hasTags: true, owners: ['data-platform'], ...overrides.schema },
      [entityKey(table)]: {
        kind: 'table',
        fqn: 'warehouse.shop.public."dim.product"',
        tags: [
          [0, 'PII.None'],
          [2, 'PII.Sensitive'],
          [3, 'Tier.Tier2'],
        ],
        hasTags: true,
        owners: ['alice', 'data-platform'],
        columns: {
          id: { path: [0], names: ['id'], tags: [], hasTags: true },
          'geo."lon.deg"': { path: [3, 1], names: ['geo', 'lon.deg'], tags: [[1, 'PII.Sensitive']], hasTags: true },
          'a"b': { path: [5], names: ['a__reserved__quote__b'], tags: [], hasTags: false },
        },
        ...overrides.table,
      },
    },
    principals: {
      alice: { id: 'u-alice', type: 'user' },
      bob: { id: 'u-bob', type: 'user' },
      'data-platform': { id: 't-dp', type: 'team' },
    },
    glossaries: ['Business'],
  };
}

function compile(changes: Change[], ctx: OpenMetadataCompileContext = context()) {
  return dialect.compile(changes, {}, ctx);
}

function only(changes: Change[], ctx?: OpenMetadataCompileContext): { line: string; ops: unknown[] } {
  const statements = compile(changes, ctx);
  expect(statements).toHaveLength(1);
  expect(statements[0]!.changes).toEqual(changes.map((_, i) => i));
  const sql = statements[0]!.sql;
  const { path, body: operations } = checkedPatch(statements[0]!.request!);
  expect(sql).toBe(statementText(statements[0]!.request!));
  expect(sql.split('\n')[0]).toBe(`PATCH ${path}`);
  return { line: sql.split('\n')[0]!, ops: operations };
}

const label = (tagFQN: string, source = 'Classification') => ({ tagFQN, source, labelType: 'Manual', state: 'Confirmed' });

describe('openmetadata requests', () => {
  it('address each level through its collection, by the FQN OpenMetadata gave, URL-encoded', () => {
    expect(only([change(database, 'description', 'set', null, 'Shop')]).line).toBe('PATCH /v1/databases/name/warehouse.shop');
    expect(only([change(schema, 'description', 'set', null, 'Core')]).line).toBe('PATCH /v1/databaseSchemas/name/warehouse.shop.public');
    expect(only([change(table, 'description', 'set', null, 'x')]).line).toBe('PATCH /v1/tables/name/warehouse.shop.public.%22dim.product%22');
    expect(only([change(column('id'), 'description', 'set', null, 'x')]).line).toBe('PATCH /v1/tables/name/warehouse.shop.public.%22dim.product%22');
  });

  it('set a description with add when there was none, and replace or remove one guarded by its old value', () => {
    expect(only([change(database, 'description', 'set', null, 'Shop')]).ops).toEqual([{ op: 'add', path: '/description', value: 'Shop' }]);
    expect(only([change(database, 'description', 'set', 'Old', 'New')]).ops).toEqual([
      { op: 'test', path: '/description', value: 'Old' },
      { op: 'replace', path: '/description', value: 'New' },
    ]);
    expect(only([change(database, 'description', 'clear', 'Old', null)]).ops).toEqual([
      { op: 'test', path: '/description', value: 'Old' },
      { op: 'remove', path: '/description' },
    ]);
  });

  it('address columns by index, nested ones through children, testing the name at every level', () => {
    expect(only([change(column('geo."lon.deg"'), 'description', 'set', 'Longitude', 'Longitude, degrees')]).ops).toEqual([
      { op: 'test', path: '/columns/3/name', value: 'geo' },
      { op: 'test', path: '/columns/3/children/1/name', value: 'lon.deg' },
      { op: 'test', path: '/columns/3/children/1/description', value: 'Longitude' },
      { op: 'replace', path: '/columns/3/children/1/description', value: 'Longitude, degrees' },
    ]);
    // The name as OpenMetadata stores it (reserved characters encoded), not the decoded one.
    expect(only([change(column('a"b'), 'description', 'set', null, 'Quoted')]).ops).toEqual([
      { op: 'test', path: '/columns/5/name', value: 'a__reserved__quote__b' },
      { op: 'add', path: '/columns/5/description', value: 'Quoted' },
    ]);
  });

  it('add tags as manual, confirmed labels; glossary keys as glossary labels', () => {
    expect(only([change(database, 'tag', 'add', null, 'Tier1', 'Tier')]).ops).toEqual([{ op: 'add', path: '/tags/-', value: label('Tier.Tier1') }]);
    expect(only([change(database, 'tag', 'add', null, 'Revenue', 'Business')]).ops).toEqual([
      { op: 'add', path: '/tags/-', value: label('Business.Revenue', 'Glossary') },
    ]);
    expect(only([change(database, 'tag', 'add', null, 'Gold', 'Data.Quality')]).ops).toEqual([{ op: 'add', path: '/tags/-', value: label('"Data.Quality".Gold') }]);
    // No tags array at all: the whole array is added.
    expect(only([change(column('a"b'), 'tag', 'add', null, 'None', 'PII')]).ops).toEqual([
      { op: 'test', path: '/columns/5/name', value: 'a__reserved__quote__b' },
      { op: 'add', path: '/columns/5/tags', value: [label('PII.None')] },
    ]);
  });

  it('remove labels by index, highest first, each guarded; a set replaces every label of its key', () => {
    // Two labels of PII (the observed value is "None, Sensitive"): keep Sensitive, drop None; Tier2 goes.
    expect(
      only([change(table, 'tag', 'set', 'None, Sensitive', 'Sensitive', 'PII'), change(table, 'tag', 'remove', 'Tier2', null, 'Tier')]).ops,
    ).toEqual([
      { op: 'test', path: '/tags/3/tagFQN', value: 'Tier.Tier2' },
      { op: 'test', path: '/tags/0/tagFQN', value: 'PII.None' },
      { op: 'remove', path: '/tags/3' },
      { op: 'remove', path: '/tags/0' },
    ]);
    expect(only([change(schema, 'tag', 'set', 'Tier1', 'Tier3', 'Tier')]).ops).toEqual([
      { op: 'test', path: '/tags/0/tagFQN', value: 'Tier.Tier1' },
      { op: 'remove', path: '/tags/0' },
      { op: 'add', path: '/tags/-', value: label('Tier.Tier3') },
    ]);
    expect(only([change(column('geo."lon.deg"'), 'tag', 'remove', 'Sensitive', null, 'PII')]).ops).toEqual([
      { op: 'test', path: '/columns/3/name', value: 'geo' },
      { op: 'test', path: '/columns/3/children/1/name', value: 'lon.deg' },
      { op: 'test', path: '/columns/3/children/1/tags/1/tagFQN', value: 'PII.Sensitive' },
      { op: 'remove', path: '/columns/3/children/1/tags/1' },
    ]);
  });

  it('write owners as the whole list of references: those kept, then those added', () => {
    expect(only([change(table, 'owner', 'remove', 'data-platform', null), change(table, 'owner', 'add', null, 'bob')]).ops).toEqual([
      {
        op: 'add',
        path: '/owners',
        value: [
          { id: 'u-alice', type: 'user', name: 'alice' },
          { id: 'u-bob', type: 'user', name: 'bob' },
        ],
      },
    ]);
    expect(only([change(schema, 'owner', 'remove', 'data-platform', null)]).ops).toEqual([{ op: 'add', path: '/owners', value: [] }]);
    expect(() => compile([change(table, 'owner', 'add', null, 'zoe')])).toThrow(/no user or team "zoe" in the compile context/);
  });

  it('make one request per entity, in the order of first appearance, listing every change it carries', () => {
    const changes = [
      change(column('id'), 'description', 'set', null, 'Key'),
      change(schema, 'description', 'set', null, 'Core'),
      change(table, 'description', 'set', null, 'Products'),
      change(column('id'), 'tag', 'add', null, 'None', 'PII'),
      change(table, 'owner', 'add', null, 'bob'),
    ];
    const statements = compile(changes);
    expect(statements.map((s) => [s.sql.split('\n')[0], s.changes])).toEqual([
      ['PATCH /v1/tables/name/warehouse.shop.public.%22dim.product%22', [0, 2, 3, 4]],
      ['PATCH /v1/databaseSchemas/name/warehouse.shop.public', [1]],
    ]);
    expect(statements[0]!.sql).toBe(
      [
        'PATCH /v1/tables/name/warehouse.shop.public.%22dim.product%22',
        '[',
        '  {"op":"test","path":"/columns/0/name","value":"id"},',
        '  {"op":"add","path":"/columns/0/description","value":"Key"},',
        '  {"op":"add","path":"/columns/0/tags/-","value":{"tagFQN":"PII.None","source":"Classification","labelType":"Manual","state":"Confirmed"}},',
        '  {"op":"add","path":"/description","value":"Products"},',
        '  {"op":"add","path":"/owners","value":[{"id":"u-alice","type":"user","name":"alice"},{"id":"t-dp","type":"team","name":"data-platform"},{"id":"u-bob","type":"user","name":"bob"}]}',
        ']',
      ].join('\n'),
    );
    expect(compile(changes)).toEqual(statements); // deterministic
  });

  it('need the compile context', () => {
    expect(() => dialect.compile([change(database, 'description', 'set', null, 'x')], {})).toThrow(/need the compile context/);
    expect(() => compile([change({ kind: 'database', database: 'other' }, 'description', 'set', null, 'x')])).toThrow(/not in the compile context/);
    expect(() => compile([change(column('nope'), 'description', 'set', null, 'x')])).toThrow(/column nope of .* is not in the compile context/);
    expect(dialect.compile([], {})).toEqual([]);
  });
});

describe('typed requests', () => {
  it('compile each entity as one openmetadata.patch request, its text the one statementText shows', () => {
    const changes = [change(column('id'), 'description', 'set', null, 'Key'), change(table, 'description', 'set', null, 'Products')];
    const [statement, ...rest] = compile(changes);
    expect(rest).toEqual([]);
    expect(statement!.request).toEqual({
      kind: 'openmetadata.patch',
      path: '/v1/tables/name/warehouse.shop.public.%22dim.product%22',
      body: [
        { op: 'test', path: '/columns/0/name', value: 'id' },
        { op: 'add', path: '/columns/0/description', value: 'Key' },
        { op: 'add', path: '/description', value: 'Products' },
      ],
    });
    expect(statement!.sql).toBe(statementText(statement!.request!));
  });
});

describe('hostile values and names', () => {
  it.each(HOSTILE_VALUES.map((c) => [c.name, c.value]))('a description survives compile, parse and the patch: %s', (_name, value) => {
    const document = { description: 'old', columns: [{ name: 'id', tags: [] }] };
    const statements = compile([change(database, 'description', 'set', 'old', value)]);
    // As a saved plan carries it: JSON.
    const { body: operations } = checkedPatch(JSON.parse(JSON.stringify(statements[0]!.request)));
    expect(applyJsonPatch(document, operations)).toEqual({ ...document, description: value });
  });

  it.each(HOSTILE_IDENTIFIERS.map((c) => [c.name, c.value]))('an FQN round-trips through the request line: %s', (_name, name) => {
    const fqn = `warehouse.shop.${name.includes('.') ? `"${name}"` : name}`;
    const ctx = context({ database: { fqn } });
    const { path } = checkedPatch(compile([change(database, 'description', 'set', null, 'x')], ctx)[0]!.request!);
    expect(decodeURIComponent(path.slice('/v1/databases/name/'.length))).toBe(fqn);
  });
});

describe('checkedPatch', () => {
  it('refuses anything but a PATCH of a database, schema or table with add/remove/replace/test operations', () => {
    const ops: JsonPatchOperation[] = [{ op: 'add', path: '/description', value: 'x' }];
    const patch = (path: string, body: unknown = ops) => ({ kind: 'openmetadata.patch', path, body }) as ApiRequest;
    expect(checkedPatch(patch('/v1/tables/name/a.b.c.d')).path).toBe('/v1/tables/name/a.b.c.d');
    expect(() => checkedPatch({ kind: 'bigquery.tables.patch', resource: 'projects/p/datasets/d/tables/t', body: {} })).toThrow(/not a request revmeta sends to OpenMetadata/);
    expect(() => checkedPatch(patch('/v1/users/name/admin'))).toThrow(/not an OpenMetadata request/);
    expect(() => checkedPatch(patch('/v1/tables/name/a/../../users/x'))).toThrow(/not an OpenMetadata request/);
    expect(() => checkedPatch(patch('http://elsewhere/v1/tables/name/a'))).toThrow(/not an OpenMetadata request/);
    expect(() => checkedPatch(patch('/v1/tables/name/a', 'not a list'))).toThrow(/not a list of add\/remove\/replace\/test/);
    expect(() => checkedPatch(patch('/v1/tables/name/a', []))).toThrow(/not a list of add\/remove\/replace\/test/);
    expect(() => checkedPatch(patch('/v1/tables/name/a', [{ op: 'move', from: '/a', path: '/b' }]))).toThrow(/not a list of add/);
  });
});
