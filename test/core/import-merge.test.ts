/**
 * Import's merge, without a source: stated values win, the source fills the rest, objects the
 * source positively lacks go, objects it has but import does not map keep their entries.
 */
import { describe, expect, it } from 'vitest';
import { postgres } from '../../src/connectors/postgres/index.js';
import { mergeStated } from '../../src/core/import-merge.js';
import { desiredNode, observedTree } from '../model/nodes.js';
import type { WritableTree } from '../../src/manifest/emit.js';


const policy = { capabilities: postgres.capabilities({ version: 'PostgreSQL 15' }), sync: ['descriptions'] as const };

describe('mergeStated', () => {
  it('keeps stated values and out-of-scope entries, fills the rest, drops what the source lacks, reports managed differences', () => {
    const mapped: WritableTree = {
      service: 'w',
      databases: [
        {
          name: 'db',
          schemas: [{ name: 'public', tables: [{ name: 'orders', description: 'From the source', owners: ['alice'], columns: [{ name: 'id', description: 'Key' }] }] }],
        },
      ],
    };
    const source = [observedTree('database', 'db', [observedTree('schema', 'public', [observedTree('table', 'orders', [observedTree('column', 'id')]), observedTree('table', 'excluded')])])];
    const stated = {
      name: 'w',
      databases: [
        desiredNode('database', 'db', {}, [
          desiredNode('schema', 'public', {}, [
            desiredNode('table', 'ORDERS', { description: 'Hand edit', owners: ['bob'], tags: [] }),
            desiredNode('table', 'excluded', { description: 'Out of scope, kept' }),
            desiredNode('table', 'dropped', { description: 'Gone at the source' }),
          ]),
        ]),
      ],
    };
    const kept: string[] = [];
    const tree = mergeStated(mapped, source, stated, { ...policy, sync: [...policy.sync] }, kept);
    expect(tree.databases[0]!.schemas[0]!.tables).toEqual([
      { name: 'ORDERS', description: 'Hand edit', owners: ['bob'], tags: [], tagsStated: true, columns: [{ name: 'id', description: 'Key' }] },
      { name: 'excluded', description: 'Out of scope, kept' },
    ]);
    // Owners are not synced here: no difference is known, so none is reported.
    expect(kept).toEqual(['w db.public.orders: kept description "Hand edit" (the source has "From the source")']);
  });
});
