/**
 * Compiling locates each object and field from the layout of its parent's map; the locations
 * must be exactly those `locate` finds by path from the root in the full parse, whatever the
 * style, and whichever parse (quick or full) the file took.
 */
import { describe, expect, it } from 'vitest';
import { loadManifests } from '../../src/manifest/load.js';
import { quickParse } from '../../src/manifest/quick-yaml.js';
import { locate, parseYaml, type PathSegment } from '../../src/manifest/yaml.js';
import type { DesiredNode, SourceLocation } from '../../src/model/types.js';
import { configFor, tempTree, yaml } from './helpers.js';

const text = yaml(
  'apiVersion: revmeta/v1',
  'kind: Schema',
  'service: warehouse',
  'database: analytics',
  'name: public',
  'tags: [PII.None]',
  'tables:',
  '  "2024":',
  '    description: numbered',
  '  orders:',
  '    owners: [alice]',
  '    columns: &shared',
  '      id: {description: "the key", tags: [Tier.Key]}',
  '      "payload":',
  '        description: >-',
  '          folded',
  '          text',
  '        columns:',
  '          inner: {description: nested}',
  '          1: {description: numbered column}',
  '      empty:',
  '  refunds: {description: flow table, columns: *shared}',
  '  ? complex key',
  '  : description: explicit key',
  '  unmanaged:',
);

/** The same objects in the quick subset: no anchor, alias or explicit key. */
const quickText = text
  .replace('columns: &shared', 'columns:')
  .replace('{description: flow table, columns: *shared}', '{description: flow table}')
  .replace('  ? complex key\n  : description: explicit key\n', '  complex key:\n    description: plain key\n');

/** Loads `source` and checks every compiled location against locate(); answers the objects and fields visited. */
async function visitedLocations(source: string): Promise<string[]> {
  const root = await tempTree({ 'metadata/public.yaml': source });
  const loaded = await loadManifests(configFor(root));
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.diagnostics));
  const [document] = parseYaml('metadata/public.yaml', source).documents;
  if (document === undefined) throw new Error('no document');
  const strip = (at: SourceLocation) => ({ line: at.line, column: at.column });

  const schema = loaded.value.services.get('warehouse')?.databases[0]?.children[0];
  if (schema === undefined) throw new Error('no schema');
  const visited: string[] = [];
  const check = (node: DesiredNode, at: PathSegment[], isRoot: boolean): void => {
    if (!isRoot) expect(strip(node.location), at.join('.')).toEqual(strip(locate(document, at, 'key')));
    for (const [field, location] of Object.entries(node.fieldLocations))
      expect(strip(location), [...at, field].join('.')).toEqual(strip(locate(document, [...at, field], 'key')));
    visited.push([...at, ...Object.keys(node.fieldLocations).map((field) => `:${field}`)].join('.'));
    const below = isRoot ? ['tables'] : ['columns'];
    for (const child of node.children) check(child, [...at, ...below, child.name], false);
  };
  check(schema, [], true);
  return visited;
}

/** The columns of `orders` as visited; `refunds` has the same through the alias. */
const columnsOf = (table: string): string[] => [
  `tables.${table}.columns.id.:description.:tags`,
  `tables.${table}.columns.payload.:description`,
  `tables.${table}.columns.payload.columns.inner.:description`,
  `tables.${table}.columns.payload.columns.1.:description`,
  `tables.${table}.columns.empty`,
];

describe('compiled locations', () => {
  it('are those locate() finds by path, for objects and fields in every style (full parse)', async () => {
    expect(quickParse(text)).toBeUndefined();
    const visited = await visitedLocations(text);
    // Every object was compiled, aliased columns included (found at the anchor's keys).
    expect(visited).toEqual([
      ':tags',
      'tables.2024.:description',
      'tables.orders.:owners',
      ...columnsOf('orders'),
      'tables.refunds.:description',
      ...columnsOf('refunds'),
      'tables.complex key.:description',
      'tables.unmanaged',
    ]);
  });

  it('are the same when the file takes the quick parse', async () => {
    expect(quickParse(quickText)).toBeDefined();
    expect(await visitedLocations(quickText)).toEqual([
      ':tags',
      'tables.2024.:description',
      'tables.orders.:owners',
      ...columnsOf('orders'),
      'tables.refunds.:description',
      'tables.complex key.:description',
      'tables.unmanaged',
    ]);
  });
});
