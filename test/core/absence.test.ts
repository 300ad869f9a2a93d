/**
 * What import may prune, without a source: the objects the manifests name and introspection
 * did not list, judged by each level's `Capabilities.listing` and the connector's
 * `confirmAbsent`; and the merge keeps an unseen table's entry as stated.
 */
import { describe, expect, it } from 'vitest';
import { postgres } from '../../src/connectors/postgres/index.js';
import type { Capabilities, Connector, Driver, UnlistedObject } from '../../src/connectors/types.js';
import { unlistedObjects, unseenObjects } from '../../src/core/absence.js';
import { mergeStated } from '../../src/core/import-merge.js';
import type { DesiredNode } from '../../src/model/types.js';
import { desiredNode, observedTree } from '../model/nodes.js';

const desired = (kind: DesiredNode['kind'], name: string, children: DesiredNode[] = [], description?: string): DesiredNode =>
  desiredNode(kind, name, description === undefined ? {} : { description }, children);

const stated = {
  name: 'w',
  databases: [
    desired('database', 'db', [
      desired('schema', 'Sales', [desired('table', 'orders'), desired('table', 'refunds')]),
      desired('schema', 'staging', [desired('table', 'raw')]),
      desired('schema', 'locked', [desired('table', 'x')]),
    ]),
    desired('database', 'other', [desired('schema', 's')]),
  ],
};
const source = [observedTree('database', 'db', [observedTree('schema', 'sales', [observedTree('table', 'ORDERS')])])];

describe('unlistedObjects', () => {
  it('names the outermost object of each missing branch, case-insensitively, skipping what is already unreadable', () => {
    expect(unlistedObjects(stated, source, [{ database: 'db', schema: 'LOCKED', reason: 'no access' }])).toEqual([
      { database: 'db', schema: 'Sales', table: 'refunds' },
      { database: 'db', schema: 'staging' },
      { database: 'other' },
    ]);
  });

  it('asks about the columns of a listed table, not about their nested fields', () => {
    const withColumns = {
      name: 'w',
      databases: [desired('database', 'db', [desired('schema', 'sales', [desired('table', 'orders', [desired('column', 'id'), desired('column', 'gone', [desired('column', 'inner')])])])])],
    };
    const table = observedTree('table', 'orders', [observedTree('column', 'ID')]);
    expect(unlistedObjects(withColumns, [observedTree('database', 'db', [observedTree('schema', 'sales', [table])])], [])).toEqual([
      { database: 'db', schema: 'sales', table: 'orders', column: 'gone' },
    ]);
  });

  it('asks only about the databases of --database, and about nothing without manifests', () => {
    expect(unlistedObjects(stated, source, [], ['DB'])).toEqual([
      { database: 'db', schema: 'Sales', table: 'refunds' },
      { database: 'db', schema: 'staging' },
      { database: 'db', schema: 'locked' },
    ]);
    expect(unlistedObjects(undefined, source, [])).toEqual([]);
  });
});

describe('unseenObjects', () => {
  const driver = {} as Driver;
  const base = postgres.capabilities({ version: 'PostgreSQL 15' });
  const unlisted: UnlistedObject[] = [
    { database: 'db', schema: 'Sales', table: 'refunds' },
    { database: 'db', schema: 'staging' },
    { database: 'other' },
  ];
  const connector = (confirmAbsent?: Connector['confirmAbsent']): Connector => ({ ...postgres, ...(confirmAbsent ? { confirmAbsent } : { confirmAbsent: undefined }) });

  it('prunes what a complete listing lacks', async () => {
    expect(await unseenObjects('w', connector(), driver, base, unlisted)).toEqual({ unseen: [], warnings: [] });
  });

  it('takes columns as listed whole with their table unless the connector says otherwise', async () => {
    const column = { database: 'db', schema: 'sales', table: 'orders', column: 'gone' };
    expect(await unseenObjects('w', connector(), driver, { ...base, listing: {} }, [column])).toEqual({ unseen: [], warnings: [] });
    const hidden = await unseenObjects('w', connector(), driver, { ...base, listing: { column: 'visible-only' } }, [column]);
    expect(hidden.warnings).toEqual([
      'w db.sales.orders.gone: not listed, and revmeta cannot tell a dropped column from one the role may not see; its entry in the manifests was kept as it is; delete it by hand if it was dropped',
    ]);
  });

  it('keeps and names what a visible-only listing lacks (the default), saying it cannot tell', async () => {
    const result = await unseenObjects('w', connector(), driver, { ...base, listing: { database: 'complete' } }, unlisted);
    expect(result.unseen.map(({ reason, ...object }) => object)).toEqual(unlisted.slice(0, 2));
    expect(result.warnings).toEqual([
      'w db.Sales.refunds: not listed, and revmeta cannot tell a dropped table from one the role may not see; its entry in the manifests was kept as it is; delete it by hand if it was dropped',
      'w db.staging: not listed, and revmeta cannot tell a dropped schema from one the role may not see; its manifests were kept as they are; delete it by hand if it was dropped',
    ]);
  });

  it('asks confirmAbsent about confirmed levels only, and keeps what it does not confirm absent', async () => {
    const asked: UnlistedObject[][] = [];
    const capabilities: Capabilities = { ...base, listing: { database: 'complete', schema: 'confirmed', table: 'confirmed' } };
    const result = await unseenObjects(
      'w',
      connector(async (_driver, objects) => {
        asked.push([...objects]);
        return ['the user may not see it (ERROR 1142)', null];
      }),
      driver,
      capabilities,
      unlisted,
    );
    expect(asked).toEqual([unlisted.slice(0, 2)]);
    expect(result.warnings).toEqual([
      'w db.Sales.refunds: not listed, and the user may not see it (ERROR 1142); its entry in the manifests was kept as it is',
    ]);
  });

  it('keeps everything it asked about when the check fails, or when a level is confirmed but the connector cannot confirm', async () => {
    const capabilities: Capabilities = { ...base, listing: { database: 'complete', schema: 'confirmed', table: 'confirmed' } };
    const failed = await unseenObjects('w', connector(() => Promise.reject(new Error('connection lost'))), driver, capabilities, unlisted);
    expect(failed.warnings).toEqual([
      'w db.Sales.refunds: not listed, and revmeta could not check whether it was dropped (connection lost); its entry in the manifests was kept as it is; delete it by hand if it was dropped',
      'w db.staging: not listed, and revmeta could not check whether it was dropped (connection lost); its manifests were kept as they are; delete it by hand if it was dropped',
    ]);
    const short = await unseenObjects('w', connector(async () => [null]), driver, capabilities, unlisted);
    expect(short.unseen.map(({ schema }) => schema)).toEqual(['staging']);
    const noHook = await unseenObjects('w', connector(), driver, capabilities, unlisted);
    expect(noHook.unseen).toHaveLength(2);
  });
});

describe('mergeStated with unseen tables', () => {
  it('keeps the entry of a table the role may not see as the manifest states it, and drops one positively absent', () => {
    const tree = mergeStated(
      { service: 'w', databases: [{ name: 'db', schemas: [{ name: 'sales', tables: [{ name: 'ORDERS' }] }] }] },
      source,
      { name: 'w', databases: [desired('database', 'db', [desired('schema', 'sales', [desired('table', 'hidden', [], 'As stated'), desired('table', 'gone')])])] },
      { capabilities: postgres.capabilities({ version: 'PostgreSQL 15' }), sync: undefined },
      [],
      [{ database: 'DB', schema: 'sales', table: 'Hidden' }],
    );
    expect(tree.databases[0]!.schemas[0]!.tables).toEqual([{ name: 'ORDERS' }, { name: 'hidden', description: 'As stated' }]);
  });

  it('keeps the entry of a column the role may not see, with its nested fields', () => {
    const tree = mergeStated(
      { service: 'w', databases: [{ name: 'db', schemas: [{ name: 'sales', tables: [{ name: 'ORDERS', columns: [{ name: 'id' }] }] }] }] },
      source,
      {
        name: 'w',
        databases: [
          desired('database', 'db', [desired('schema', 'sales', [desired('table', 'orders', [desired('column', 'secret', [desired('column', 'inner', [], 'Nested')], 'Hidden'), desired('column', 'dropped')])])]),
        ],
      },
      { capabilities: postgres.capabilities({ version: 'PostgreSQL 15' }), sync: undefined },
      [],
      [{ database: 'db', schema: 'sales', table: 'orders', column: 'secret' }],
    );
    expect(tree.databases[0]!.schemas[0]!.tables![0]!.columns).toEqual([
      { name: 'id' },
      { name: 'secret', description: 'Hidden', columns: [{ name: 'inner', description: 'Nested' }] },
    ]);
  });
});
