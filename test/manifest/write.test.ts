/**
 * The deterministic manifest writer: layout, byte stability, one-line diffs, and exact
 * round-trips of hostile names and values through the real loader.
 */
import { mkdtemp, readdir, readFile, stat, writeFile, mkdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadManifests } from '../../src/manifest/load.js';
import type { Config } from '../../src/manifest/types.js';
import type { DesiredNode } from '../../src/model/types.js';
import { joinFqn } from '../../src/model/fqn.js';
import { emitManifests, type WritableColumn, type WritableDatabase, type WritableTree } from '../../src/manifest/emit.js';
import { fileNameOf } from '../../src/manifest/file-names.js';
import { writeManifests } from '../../src/manifest/write.js';
import { HOSTILE_IDENTIFIERS, HOSTILE_VALUES } from '../corpus/hostile.js';

/** Strings YAML reads as something else, or that plain style cannot start with. */
const YAML_SPECIAL = [
  'yes', 'no', 'Yes', 'ON', 'off', 'y', 'n', 'true', 'False', 'null', 'Null', 'NULL', '~', '',
  '- x', '-', ': x', ':', '#x', '# x', 'a #b', 'a: b', '? x', '?', '|', '|-', '>', '>+', '&a', '*a', '!tag', '!!str', '%x', '@x', '`x',
  '{a}', '[a]', ',', 'a, b', '"', "'", '" x "', ' lead', 'trail ', ' ', '\t', '123', '-1', '+1', '1.0', '1e3', '.5', '0x1F', '0o17', '0b1',
  '1_000', '1:20', '.inf', '-.Inf', '.NaN', '2024-01-01', '2001-12-14t21:59:43.10-05:00', '=', '<<', '---', '...', '--- x',
  '\n', '\n\n', 'x\n', 'x\n\n', '\nx', ' \n', 'x \n y', '  x\ny', 'x\n  ', 'a\u0085b', '\u00a0', 'a\u00a0b', '\u2028', 'x\r', '\r\n',
];

const ALL_VALUES = [...HOSTILE_VALUES.map((c) => c.value), ...YAML_SPECIAL];
const ALL_NAMES = [...new Set([...HOSTILE_IDENTIFIERS.map((c) => c.value), ...ALL_VALUES.filter((v) => v !== '')])];

function config(dir: string, services: string[]): Config {
  return {
    file: path.join(dir, 'revmeta.yaml'),
    dir,
    version: 1,
    manifests: path.join(dir, 'metadata'),
    services: Object.fromEntries(services.map((name) => [name, { type: 'postgres' as const, connection: {} }])),
    secrets: [],
  };
}

async function tempDir(): Promise<string> {
  return mkdtemp(path.join(os.tmpdir(), 'revmeta-write-'));
}

const sample = (description = 'Surrogate key'): WritableTree => ({
  service: 'warehouse',
  databases: [
    {
      name: 'analytics',
      description: 'Company analytics warehouse',
      owners: ['data-platform'],
      tags: ['Tier.Tier1'],
      schemas: [
        {
          name: 'public',
          description: 'Core business tables',
          owners: ['data-platform'],
          tables: [
            {
              name: 'orders',
              description: 'One row per order.\nRefunds are separate rows.\n',
              owners: ['alice'],
              tags: ['Tier.Tier1'],
              columns: [
                { name: 'id', description },
                { name: 'customer_email', description: 'Customer e-mail', tags: ['PII.Sensitive'] },
              ],
            },
            { name: 'audit', columns: [{ name: 'at' }] },
          ],
        },
      ],
    },
  ],
});

describe('emitManifests', () => {
  it('writes DESIGN.md’s layout with fixed key order, sorted objects and styles', () => {
    const files = emitManifests(sample(), { schema: '../schemas/manifest.schema.json' });
    expect([...files.keys()]).toEqual(['warehouse/analytics.yaml', 'warehouse/analytics/public.yaml']);
    expect(files.get('warehouse/analytics.yaml')).toBe(
      [
        '# yaml-language-server: $schema=../../schemas/manifest.schema.json',
        'apiVersion: revmeta/v1',
        'kind: Database',
        'service: warehouse',
        'name: analytics',
        'description: Company analytics warehouse',
        'owners: [data-platform]',
        'tags: [Tier.Tier1]',
        '',
      ].join('\n'),
    );
    expect(files.get('warehouse/analytics/public.yaml')).toBe(
      [
        '# yaml-language-server: $schema=../../../schemas/manifest.schema.json',
        'apiVersion: revmeta/v1',
        'kind: Schema',
        'service: warehouse',
        'database: analytics',
        'name: public',
        'description: Core business tables',
        'owners: [data-platform]',
        'tables:',
        '  audit:',
        '    columns:',
        '      at:',
        '  orders:',
        '    description: |',
        '      One row per order.',
        '      Refunds are separate rows.',
        '    owners: [alice]',
        '    tags: [Tier.Tier1]',
        '    columns:',
        '      customer_email:',
        '        description: Customer e-mail',
        '        tags: [PII.Sensitive]',
        '      id:',
        '        description: Surrogate key',
        '',
      ].join('\n'),
    );
  });

  it('gives byte-identical output for the same input, whatever its order', () => {
    const first = emitManifests(sample());
    const again = emitManifests(sample());
    const shuffled = sample();
    const schema = shuffled.databases[0]!.schemas[0]!;
    (schema.tables as unknown[]).reverse();
    (schema.tables![1]!.columns as unknown[]).reverse();
    (shuffled.databases[0]!.tags as string[]).unshift('Tier.Tier1'); // duplicates collapse
    expect([...again]).toEqual([...first]);
    expect([...emitManifests(shuffled)]).toEqual([...first]);
  });

  it('a changed description changes exactly one line of one file', () => {
    const before = emitManifests(sample('Surrogate key'));
    const after = emitManifests(sample('Surrogate key of the order'));
    const changed = [...before].filter(([file, text]) => after.get(file) !== text).map(([file]) => file);
    expect(changed).toEqual(['warehouse/analytics/public.yaml']);
    const a = before.get(changed[0]!)!.split('\n');
    const b = after.get(changed[0]!)!.split('\n');
    expect(b.length).toBe(a.length);
    expect(a.filter((line, i) => line !== b[i])).toEqual(['        description: Surrogate key']);
  });

  it('leaves out absent, null and empty fields, and keeps "" (clear)', () => {
    const files = emitManifests({
      service: 's',
      databases: [
        {
          name: 'd',
          description: null,
          owners: [],
          tags: [],
          schemas: [{ name: 'x', description: '', tables: [{ name: 't', description: null, columns: [] }] }],
        },
      ],
    });
    expect(files.get('s/d.yaml')).toBe('apiVersion: revmeta/v1\nkind: Database\nservice: s\nname: d\n');
    expect(files.get('s/d/x.yaml')).toBe(
      'apiVersion: revmeta/v1\nkind: Schema\nservice: s\ndatabase: d\nname: x\ndescription: ""\ntables:\n  t:\n',
    );
  });

  it('uses |, |- and |+ as the trailing newlines need, and quotes what plain style cannot hold', () => {
    const column = (name: string, description: string): WritableColumn => ({ name, description });
    const text = emitManifests({
      service: 's',
      databases: [
        {
          name: 'd',
          schemas: [
            {
              name: 'x',
              tables: [
                {
                  name: 't',
                  columns: [
                    column('clip', 'a\nb\n'),
                    column('keep', 'a\nb\n\n'),
                    column('strip', 'a\nb'),
                    column('yes', 'yes'),
                    column('nul', 'null'),
                    column('dash', '- x'),
                  ],
                },
              ],
            },
          ],
        },
      ],
    }).get('s/d/x.yaml')!;
    expect(text).toContain('      clip:\n        description: |\n          a\n          b\n');
    expect(text).toContain('      keep:\n        description: |+\n          a\n          b\n\n');
    expect(text).toContain('      strip:\n        description: |-\n          a\n          b\n');
    expect(text).toContain('      "yes":\n        description: "yes"\n');
    expect(text).toContain('      nul:\n        description: "null"\n');
    expect(text).toContain('      dash:\n        description: "- x"\n');
  });

  it('refuses two objects of one name under one parent', () => {
    expect(() =>
      emitManifests({ service: 's', databases: [{ name: 'd', schemas: [{ name: 'x' }, { name: 'x' }] }] }),
    ).toThrow(/two objects named "x"/);
  });
});

describe('file names', () => {
  it('percent-encodes unsafe characters, injectively and stably', () => {
    expect(fileNameOf('orders')).toBe('orders');
    expect(fileNameOf('a/b')).toBe('a%2Fb');
    expect(fileNameOf('a%2Fb')).toBe('a%252Fb');
    expect(fileNameOf('..')).toBe('%2E%2E'); // a trailing dot is encoded too (Windows drops it)
    expect(fileNameOf('.hidden')).toBe('%2Ehidden');
    expect(fileNameOf('with space')).toBe('with%20space');
    expect(fileNameOf('ü')).toBe('%C3%BC');
    expect(fileNameOf('x'.repeat(500))).toMatch(/^x{103}~[0-9a-f]{16}$/);
    const names = ALL_NAMES.map(fileNameOf);
    expect(new Set(names).size).toBe(ALL_NAMES.length);
    for (const name of names) expect(name).toMatch(/^[A-Za-z0-9_%~-][A-Za-z0-9_.%~-]*$/);
  });

  it('keeps names that differ only in case in distinct files on case-insensitive file systems', () => {
    const files = emitManifests({
      service: 's',
      databases: [{ name: 'd', schemas: [{ name: 'Orders' }, { name: 'orders' }, { name: 'other' }] }],
    });
    const paths = [...files.keys()];
    expect(new Set(paths.map((p) => p.toLowerCase())).size).toBe(paths.length);
    expect(paths).toContain('s/d/other.yaml');
  });
});

/** The loaded tree as plain data, to compare with what was written. */
function plain(node: DesiredNode): unknown {
  return {
    name: node.name,
    fields: node.fields,
    children: node.children.map(plain).sort((a, b) => compare((a as { name: string }).name, (b as { name: string }).name)),
  };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function expectedOf(node: { name: string; description?: string | null; owners?: readonly string[]; tags?: readonly string[] }, children: unknown[]): unknown {
  const fields: Record<string, unknown> = {};
  if (typeof node.description === 'string') fields['description'] = node.description;
  if (node.owners && node.owners.length > 0) fields['owners'] = [...new Set(node.owners)].sort(compare);
  if (node.tags && node.tags.length > 0) fields['tags'] = [...new Set(node.tags)].sort(compare);
  return { name: node.name, fields, children: children.sort((a, b) => compare((a as { name: string }).name, (b as { name: string }).name)) };
}

function expectedColumn(column: WritableColumn): unknown {
  return expectedOf(column, (column.columns ?? []).map(expectedColumn));
}

function expectedDatabase(database: WritableDatabase): unknown {
  return expectedOf(
    database,
    database.schemas.map((schema) =>
      expectedOf(schema, (schema.tables ?? []).map((table) => expectedOf(table, (table.columns ?? []).map(expectedColumn)))),
    ),
  );
}

async function roundTrip(trees: WritableTree[]): Promise<void> {
  const dir = await tempDir();
  const files = new Map<string, string>();
  for (const tree of trees) for (const [file, text] of emitManifests(tree, { schema: '../schemas/manifest.schema.json' })) {
    expect(files.has(file)).toBe(false);
    files.set(file, text);
  }
  await writeManifests(path.join(dir, 'metadata'), files);
  const loaded = await loadManifests(config(dir, trees.map((tree) => tree.service)));
  if (!loaded.ok) throw new Error(loaded.diagnostics.map((d) => `${d.file}:${d.line}: ${d.message}`).join('\n'));
  for (const tree of trees) {
    const service = loaded.value.services.get(tree.service)!;
    const actual = service.databases.map(plain).sort((a, b) => compare((a as { name: string }).name, (b as { name: string }).name));
    const expected = tree.databases.map(expectedDatabase).sort((a, b) => compare((a as { name: string }).name, (b as { name: string }).name));
    expect(actual).toEqual(expected);
  }
}

describe('round-trip through loadManifests', () => {
  it('keeps every hostile value exactly, as description, owner and tag', async () => {
    const columns: WritableColumn[] = ALL_VALUES.map((value, i) => ({
      name: `c${String(i).padStart(3, '0')}`,
      description: value,
      ...(value.trim() === '' ? {} : { tags: [joinFqn(['Hostile', value]), 'Plain.tag'] }),
    }));
    const tables = ALL_VALUES.filter((value) => value !== '').map((value, i) => ({
      name: `t${String(i).padStart(3, '0')}`,
      description: value,
      owners: [value, 'zed'],
    }));
    await roundTrip([
      {
        service: 'warehouse',
        databases: [{ name: 'db', description: 'x', schemas: [{ name: 's', tables: [{ name: 'values', columns }, ...tables] }] }],
      },
    ]);
  });

  it('keeps every hostile name exactly, at every level, with names that need FQN quoting', async () => {
    const names = [...new Set([...ALL_NAMES, 'dot.ted.name', 'a"b.c', 'Orders', 'orders', 'x'.repeat(300)])];
    await roundTrip([
      {
        service: 'svc/with.slash',
        databases: [
          ...names.map((name) => ({ name, description: name, schemas: [{ name, description: name }] })),
          {
            name: 'one',
            schemas: names.map((name) => ({
              name,
              tables: [{ name, description: name, columns: [{ name, description: name }, { name: `${name}2` }] }],
            })),
          },
        ],
      },
      { service: 'other', databases: [{ name: 'one', schemas: [] }] },
    ]);
  });

  it('nests columns at any depth', async () => {
    const nested: WritableColumn = {
      name: 'address',
      description: 'STRUCT',
      columns: [
        { name: 'street', description: 'Street' },
        { name: 'geo', columns: [{ name: 'lat', tags: ['Geo.Coordinate'] }, { name: 'lon', description: 'Longitude' }] },
      ],
    };
    const tree: WritableTree = {
      service: 's',
      databases: [{ name: 'd', schemas: [{ name: 'x', tables: [{ name: 't', columns: [nested, { name: 'id' }] }] }] }],
    };
    expect(emitManifests(tree).get('s/d/x.yaml')).toContain(
      ['      address:', '        description: STRUCT', '        columns:', '          geo:', '            columns:', '              lat:', '                tags: [Geo.Coordinate]'].join('\n'),
    );
    await roundTrip([tree]);
  });
});

describe('writeManifests', () => {
  it('writes only changed files and prunes only what it owns', async () => {
    const root = path.join(await tempDir(), 'metadata');
    const first = emitManifests(sample());
    expect(await writeManifests(root, first, { prune: ['warehouse'] })).toEqual({
      written: ['warehouse/analytics.yaml', 'warehouse/analytics/public.yaml'],
      unchanged: [],
      removed: [],
    });
    const before = await stat(path.join(root, 'warehouse/analytics.yaml'));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(await writeManifests(root, first, { prune: ['warehouse'] })).toEqual({
      written: [],
      unchanged: ['warehouse/analytics.yaml', 'warehouse/analytics/public.yaml'],
      removed: [],
    });
    expect((await stat(path.join(root, 'warehouse/analytics.yaml'))).mtimeMs).toBe(before.mtimeMs);

    // Stray files: one in the owned service (removed), one elsewhere (kept), one not .yaml (kept).
    await mkdir(path.join(root, 'warehouse/gone'), { recursive: true });
    await writeFile(path.join(root, 'warehouse/gone/old.yaml'), 'x: 1\n');
    await writeFile(path.join(root, 'warehouse/notes.txt'), 'keep\n');
    await mkdir(path.join(root, 'lake'), { recursive: true });
    await writeFile(path.join(root, 'lake/keep.yaml'), 'x: 1\n');
    const changed = emitManifests(sample('Changed'));
    expect(await writeManifests(root, changed, { prune: ['warehouse'] })).toEqual({
      written: ['warehouse/analytics/public.yaml'],
      unchanged: ['warehouse/analytics.yaml'],
      removed: ['warehouse/gone/old.yaml'],
    });
    expect((await readdir(path.join(root, 'warehouse'))).sort()).toEqual(['analytics', 'analytics.yaml', 'notes.txt']);
    expect(await readFile(path.join(root, 'lake/keep.yaml'), 'utf8')).toBe('x: 1\n');
    // No prune: nothing is removed even when nothing is produced.
    expect((await writeManifests(root, new Map())).removed).toEqual([]);
  });

  it('prunes by database from the files’ content when told which databases it read', async () => {
    const root = path.join(await tempDir(), 'metadata');
    const two: WritableTree = {
      service: 'w',
      databases: [
        { name: 'a', schemas: [{ name: 'x' }] },
        { name: 'b', schemas: [{ name: 'y' }] },
      ],
    };
    await writeManifests(root, emitManifests(two));
    // Re-import of database "A" (case-insensitive) only, which lost its schema x.
    const onlyA = emitManifests({ service: 'w', databases: [{ name: 'a', schemas: [] }] });
    const result = await writeManifests(root, onlyA, { prune: [{ service: 'w', databases: ['A'] }] });
    expect(result).toEqual({ written: [], unchanged: ['w/a.yaml'], removed: ['w/a/x.yaml'] });
    expect((await readdir(path.join(root, 'w'))).sort()).toEqual(['a.yaml', 'b', 'b.yaml']);
  });
});
