import { createHash } from 'node:crypto';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadManifests } from '../../src/manifest/load.js';
import type { Config } from '../../src/manifest/types.js';
import type { DesiredNode } from '../../src/model/types.js';
import { tempTree, yaml } from './helpers.js';

function configFor(root: string, services: string[] = ['warehouse']): Config {
  return {
    file: path.join(root, 'revmeta.yaml'),
    dir: root,
    version: 1,
    manifests: path.join(root, 'metadata'),
    services: Object.fromEntries(services.map((name) => [name, { type: 'postgres', connection: {} }])),
    secrets: [],
  };
}

/** Writes `files` below `metadata/` and loads them, expecting errors: `file:line:column message`. */
async function errorsOf(files: Record<string, string>): Promise<string[]> {
  const root = await tempTree(Object.fromEntries(Object.entries(files).map(([name, text]) => [`metadata/${name}`, text])));
  const loaded = await loadManifests(configFor(root));
  if (loaded.ok) throw new Error('expected the manifests to be invalid');
  const strip = (text: string): string => text.replaceAll(`${root}${path.sep}metadata${path.sep}`, '');
  return loaded.diagnostics.map((d) => `${strip(d.file)}:${d.line}:${d.column} ${strip(d.message)}`);
}

/** The five identity lines of a Schema document; what follows starts at line 6. */
function schemaDoc(...rest: string[]): string {
  return yaml(
    'apiVersion: revmeta/v1',
    'kind: Schema',
    'service: warehouse',
    'database: analytics',
    'name: public',
    ...rest,
  );
}

const databaseDoc = yaml(
  '# yaml-language-server: $schema=../../schemas/manifest.schema.json',
  'apiVersion: revmeta/v1',
  'kind: Database',
  'service: warehouse',
  'name: analytics',
  'description: Company analytics warehouse',
  'owners: [data-platform]',
  'tags: [Tier.Tier1]',
);

const publicDoc = schemaDoc(
  'description: ""',
  'owners: []',
  'tables:',
  '  orders:',
  '    description: |',
  '      One row per order.',
  '      Refunds are separate rows.',
  '    owners: [alice]',
  `    tags: [Tier.Tier1, '"dotted.class".x']`,
  '    columns:',
  '      id:',
  '        description: Surrogate key',
  '      payload:',
  '        columns:',
  '          2024:',
  '            description: year',
  '          true:',
  '  123:',
  '  customers:',
  '    tags: []',
);

const rawDocs = yaml(
  '---',
  '# only a comment: an empty document',
  '---',
  'apiVersion: revmeta/v1',
  'kind: Schema',
  'service: warehouse',
  'database: raw',
  'name: landing',
  '---',
  'apiVersion: revmeta/v1',
  'kind: Schema',
  'service: warehouse',
  'database: raw',
  'name: staging',
  'tags: [PII.None]',
);

/** Node without children or locations, for compact tree assertions. */
function shape(node: DesiredNode): unknown {
  return { kind: node.kind, name: node.name, fields: node.fields, children: node.children.map(shape) };
}

function at(file: string, line: number, column: number): { file: string; line: number; column: number } {
  return { file, line, column };
}

describe('loadManifests: valid manifests', () => {
  async function load() {
    const root = await tempTree({
      'metadata/warehouse/analytics.yaml': databaseDoc,
      'metadata/warehouse/analytics/public.yaml': publicDoc,
      'metadata/warehouse/raw.yml': rawDocs,
      'metadata/.drafts/broken.yaml': 'this: [is not read',
      'metadata/warehouse/README.md': 'not: [yaml',
    });
    const loaded = await loadManifests(configFor(root, ['warehouse', 'lake']));
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.diagnostics, null, 2));
    const file = (relative: string): string => path.join(root, 'metadata', relative);
    return { state: loaded.value, file };
  }

  it('builds services → databases → schemas → tables → columns in file order', async () => {
    const { state } = await load();
    expect([...state.services.keys()]).toEqual(['warehouse', 'lake']);
    expect(state.services.get('lake')).toEqual({ name: 'lake', databases: [] });
    const warehouse = state.services.get('warehouse');
    expect(warehouse?.databases.map(shape)).toEqual([
      {
        kind: 'database',
        name: 'analytics',
        fields: { description: 'Company analytics warehouse', owners: ['data-platform'], tags: ['Tier.Tier1'] },
        children: [
          {
            kind: 'schema',
            name: 'public',
            // owners: [] is unmanaged; description: "" clears.
            fields: { description: '' },
            children: [
              {
                kind: 'table',
                name: 'orders',
                fields: {
                  description: 'One row per order.\nRefunds are separate rows.\n',
                  owners: ['alice'],
                  tags: ['Tier.Tier1', '"dotted.class".x'],
                },
                children: [
                  { kind: 'column', name: 'id', fields: { description: 'Surrogate key' }, children: [] },
                  {
                    kind: 'column',
                    name: 'payload',
                    fields: {},
                    children: [
                      { kind: 'column', name: '2024', fields: { description: 'year' }, children: [] },
                      { kind: 'column', name: 'true', fields: {}, children: [] },
                    ],
                  },
                ],
              },
              { kind: 'table', name: '123', fields: {}, children: [] },
              { kind: 'table', name: 'customers', fields: { tags: [] }, children: [] },
            ],
          },
        ],
      },
      {
        kind: 'database',
        name: 'raw',
        fields: {},
        children: [
          { kind: 'schema', name: 'landing', fields: {}, children: [] },
          { kind: 'schema', name: 'staging', fields: { tags: ['PII.None'] }, children: [] },
        ],
      },
    ]);
  });

  it('locates objects where they are named and fields where they are written', async () => {
    const { state, file } = await load();
    const [analytics, raw] = state.services.get('warehouse')?.databases ?? [];
    const dbFile = file('warehouse/analytics.yaml');
    expect(analytics?.location).toEqual(at(dbFile, 5, 7));
    expect(analytics?.fieldLocations).toEqual({
      description: at(dbFile, 6, 1),
      owners: at(dbFile, 7, 1),
      tags: at(dbFile, 8, 1),
    });

    const schemaFile = file('warehouse/analytics/public.yaml');
    const schema = analytics?.children[0];
    expect(schema?.location).toEqual(at(schemaFile, 5, 7));
    expect(schema?.fieldLocations).toEqual({ description: at(schemaFile, 6, 1) });
    const [orders, table123, customers] = schema?.children ?? [];
    expect(orders?.location).toEqual(at(schemaFile, 9, 3));
    expect(orders?.fieldLocations).toEqual({
      description: at(schemaFile, 10, 5),
      owners: at(schemaFile, 13, 5),
      tags: at(schemaFile, 14, 5),
    });
    expect(table123?.location).toEqual(at(schemaFile, 23, 3));
    expect(customers?.fieldLocations).toEqual({ tags: at(schemaFile, 25, 5) });
    const [id, payload] = orders?.children ?? [];
    expect(id?.location).toEqual(at(schemaFile, 16, 7));
    expect(id?.fieldLocations).toEqual({ description: at(schemaFile, 17, 9) });
    const [year, yes] = payload?.children ?? [];
    expect(year?.location).toEqual(at(schemaFile, 20, 11));
    expect(year?.fieldLocations).toEqual({ description: at(schemaFile, 21, 13) });
    expect(yes?.location).toEqual(at(schemaFile, 22, 11));

    // No Database document for raw: located at the first `database: raw`.
    const rawFile = file('warehouse/raw.yml');
    expect(raw?.location).toEqual(at(rawFile, 7, 11));
    expect(raw?.fieldLocations).toEqual({});
    expect(raw?.children.map((s) => s.location)).toEqual([at(rawFile, 8, 7), at(rawFile, 14, 7)]);
  });

  it('lists each file read, relative with / separators, sorted, with its sha256', async () => {
    const { state } = await load();
    const sha = (text: string): string => createHash('sha256').update(text).digest('hex');
    expect(state.files).toEqual([
      { path: 'warehouse/analytics.yaml', sha256: sha(databaseDoc) },
      { path: 'warehouse/analytics/public.yaml', sha256: sha(publicDoc) },
      { path: 'warehouse/raw.yml', sha256: sha(rawDocs) },
    ]);
  });

  it('gives a Database document that comes after its schemas the database node', async () => {
    const root = await tempTree({
      'metadata/a.yaml': schemaDoc(),
      'metadata/b.yaml': yaml('apiVersion: revmeta/v1', 'kind: Database', 'service: warehouse', 'name: analytics', 'tags: []'),
    });
    const loaded = await loadManifests(configFor(root));
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.diagnostics));
    const databases = loaded.value.services.get('warehouse')?.databases ?? [];
    expect(databases.map(shape)).toEqual([
      {
        kind: 'database',
        name: 'analytics',
        fields: { tags: [] },
        children: [{ kind: 'schema', name: 'public', fields: {}, children: [] }],
      },
    ]);
    expect(databases[0]?.location).toEqual(at(path.join(root, 'metadata', 'b.yaml'), 4, 7));
  });

  it('reads `tables:` and `columns:` with nothing as none', async () => {
    const root = await tempTree({
      'metadata/a.yaml': schemaDoc('tables:'),
      'metadata/b.yaml': yaml('apiVersion: revmeta/v1', 'kind: Schema', 'service: warehouse', 'database: analytics',
        'name: other', 'tables:', '  t:', '    columns:'),
    });
    const loaded = await loadManifests(configFor(root));
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.diagnostics));
    expect(loaded.value.services.get('warehouse')?.databases[0]?.children.map(shape)).toEqual([
      { kind: 'schema', name: 'public', fields: {}, children: [] },
      { kind: 'schema', name: 'other', fields: {}, children: [{ kind: 'table', name: 't', fields: {}, children: [] }] },
    ]);
  });

  it('accepts an empty folder', async () => {
    const root = await tempTree({ 'metadata/.keep': '' });
    const loaded = await loadManifests(configFor(root));
    expect(loaded.ok && loaded.value.files).toEqual([]);
  });
});

describe('loadManifests: located errors', () => {
  it('duplicate key', async () => {
    const errors = await errorsOf({
      'a.yaml': schemaDoc('tables:', '  orders:', '    description: a', '  orders:', '    description: b'),
    });
    expect(errors).toEqual(['a.yaml:9:3 duplicate key "orders" in tables (first at line 7)']);
  });

  it('unknown fields, at the key', async () => {
    const errors = await errorsOf({
      'a.yaml': schemaDoc('tables:', '  orders:', '    owner: alice', '    columns:', '      id:', '        owners: [bob]'),
      'b.yaml': yaml('apiVersion: revmeta/v1', 'kind: Database', 'service: warehouse', 'name: x', 'tables: {}'),
    });
    expect(errors).toEqual([
      'a.yaml:8:5 unknown field "owner" in tables.orders (did you mean "owners"?)',
      'a.yaml:11:9 unknown field "owners" in tables.orders.columns.id',
      'b.yaml:5:1 unknown field "tables"',
    ]);
  });

  it('wrong types, at the value; an empty description suggests ""', async () => {
    const errors = await errorsOf({
      'a.yaml': schemaDoc(
        'description:',
        'tables:',
        '  orders:',
        '    owners: alice',
        '    columns: [id]',
        '  customers: yes',
        '  items:',
        '    owners: [bob, "", bob]',
      ),
    });
    expect(errors).toEqual([
      'a.yaml:6:1 description has no value: write description: "" to clear the description, ' +
        'or remove the field to leave it unmanaged',
      'a.yaml:9:13 tables.orders.owners must be a list',
      'a.yaml:10:14 tables.orders.columns must be a map or empty',
      'a.yaml:11:14 tables.customers must be a map or empty',
      'a.yaml:13:19 tables.items.owners[1] must not be empty',
      'a.yaml:13:23 tables.items.owners[2] repeats tables.items.owners[0]',
    ]);
  });

  it('apiVersion and kind', async () => {
    const errors = await errorsOf({
      'a.yaml': yaml('apiVersion: revmeta/v2', 'kind: Schema', 'service: warehouse', 'database: d', 'name: s'),
      'b.yaml': yaml('apiVersion: revmeta/v1', 'kind: Table', 'name: t'),
      'c.yaml': yaml('- just a list'),
    });
    expect(errors).toEqual([
      'a.yaml:1:13 apiVersion must be revmeta/v1',
      'b.yaml:2:7 kind must be one of Database, Schema',
      'c.yaml:1:1 the document must be a map',
    ]);
  });

  it('tags that are not Classification.Tag FQNs, at the item', async () => {
    const errors = await errorsOf({
      'a.yaml': schemaDoc(
        'tags: [PII]',
        'tables:',
        '  orders:',
        '    columns:',
        '      email:',
        `        tags: [PII.Sensitive, "a..b", '"PII".Sensitive']`,
      ),
    });
    expect(errors).toEqual([
      'a.yaml:6:8 tags[0] is not a tag FQN: tag "PII" is not of the form Classification.Tag',
      'a.yaml:11:31 tables.orders.columns.email.tags[1] is not a tag FQN: empty part in "a..b"',
      'a.yaml:11:39 tables.orders.columns.email.tags[2] is the same tag as tables.orders.columns.email.tags[0]',
    ]);
  });

  it('a service that the config does not define, at the service', async () => {
    const errors = await errorsOf({
      'a.yaml': yaml('apiVersion: revmeta/v1', 'kind: Database', 'service: lake', 'name: x'),
    });
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^a\.yaml:3:10 unknown service "lake": not a key of services: in .*revmeta\.yaml \(known: warehouse\)$/);
  });

  it('the same object in two files, at the second, naming the first', async () => {
    const errors = await errorsOf({
      'a.yaml': schemaDoc('description: first'),
      'b.yaml': yaml('# again', schemaDoc('description: second')),
      'c.yaml': yaml(
        'apiVersion: revmeta/v1',
        'kind: Database',
        'service: warehouse',
        'name: analytics',
        '---',
        'apiVersion: revmeta/v1',
        'kind: Database',
        'service: warehouse',
        'name: analytics',
      ),
    });
    expect(errors).toEqual([
      'b.yaml:6:7 schema warehouse.analytics.public is also defined at a.yaml:5:7',
      'c.yaml:9:7 database warehouse.analytics is also defined at c.yaml:4:7',
    ]);
  });

  it('broken YAML, reported with the problems of the other files', async () => {
    const errors = await errorsOf({
      'a.yaml': schemaDoc('tables:', '  orders:', '    description: "unclosed'),
      'b.yaml': yaml('apiVersion: revmeta/v1', 'kind: Database', 'service: warehouse', 'name: x', 'colour: red'),
    });
    expect(errors).toEqual([
      // yaml reports an unclosed quote where the file ends.
      'a.yaml:9:1 YAML syntax error: Missing closing "quote',
      'b.yaml:5:1 unknown field "colour"',
    ]);
  });

  it('a manifests folder that does not exist: one diagnostic naming it', async () => {
    const root = await tempTree({});
    const loaded = await loadManifests(configFor(root));
    expect(loaded).toEqual({
      ok: false,
      diagnostics: [
        {
          file: path.join(root, 'revmeta.yaml'),
          line: 1,
          column: 1,
          message: `manifests folder ${path.join(root, 'metadata')} does not exist`,
          key: 'manifests',
        },
      ],
    });
  });
});
