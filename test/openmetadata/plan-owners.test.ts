/**
 * The planner's two generic additions this target needs, pure: `multipleOwners` (a source
 * holding a set of owners: owners to add and to remove, each a change) and `principals` (the
 * owners the source knows: any other is a conflict, before a statement could fail).
 */
import { describe, expect, it } from 'vitest';
import type { Capabilities, Dialect } from '../../src/connectors/types.js';
import type { DesiredFields, DesiredNode, ObjectKind, ObservedNode } from '../../src/model/types.js';
import { planService, type ServicePolicy } from '../../src/plan/plan.js';
import { changesWithSql } from '../plan-statements.js';

let line = 0;
function want(kind: ObjectKind, name: string, fields: DesiredFields = {}, children: DesiredNode[] = []): DesiredNode {
  line++;
  return { kind, name, fields, children, location: { file: 'm.yaml', line, column: 1 }, fieldLocations: { owners: { file: 'm.yaml', line, column: 5 } } };
}
function have(kind: ObjectKind, name: string, values: Partial<ObservedNode> = {}, children: ObservedNode[] = []): ObservedNode {
  return { kind, name, description: null, owner: null, tags: {}, children, ...values };
}

const SETS: Capabilities = {
  fields: { description: ['database', 'schema', 'table', 'column'], owner: ['database', 'schema', 'table'], tag: [] },
  transactionalDdl: false,
  multipleOwners: true,
};
const SINGLE: Capabilities = { ...SETS, multipleOwners: undefined };

const echo: Dialect = {
  quoteIdentifier: (name) => name,
  quoteLiteral: (value) => value,
  nullLiteral: 'NULL',
  compile: (changes) => changes.map((change, i) => ({ sql: `${change.action} ${change.before ?? ''}${change.after ?? ''}`, changes: [i] })),
};

function plan(owners: string[], observed: Partial<ObservedNode>, options: { capabilities?: Capabilities; principals?: string[]; policy?: ServicePolicy } = {}) {
  return planService({
    name: 'svc',
    type: 'catalog',
    desired: { name: 'svc', databases: [want('database', 'db', {}, [want('schema', 'public', { owners })])] },
    observed: { service: 'svc', databases: [have('database', 'db', {}, [have('schema', 'public', observed)])] },
    capabilities: options.capabilities ?? SETS,
    dialect: echo,
    policy: options.policy ?? {},
    ...(options.principals ? { principals: options.principals } : {}),
  });
}

const summary = (result: ReturnType<typeof plan>) => result.changes.map((c) => `${c.field} ${c.action} ${c.before ?? '-'} → ${c.after ?? '-'}`);

describe('multipleOwners', () => {
  it('plans the owners to add, then those to remove, sorted, each with its statement', () => {
    const result = plan(['zed', 'alice', 'bob'], { owners: ['bob', 'carol', 'Data'] });
    expect(summary(result)).toEqual(['owner add - → alice', 'owner add - → zed', 'owner remove Data → -', 'owner remove carol → -']);
    expect(changesWithSql(result).map((c) => c.sql)).toEqual([['add alice'], ['add zed'], ['remove Data'], ['remove carol']]);
    expect(result.conflicts).toEqual([]);
  });

  it('has nothing to do when the sets are equal, whatever the order, and reads a lone `owner` too', () => {
    expect(plan(['b', 'a'], { owners: ['a', 'b'] }).changes).toEqual([]);
    expect(summary(plan(['a', 'b'], { owner: 'a' }))).toEqual(['owner add - → b']);
  });

  it('digests the observed set, so a saved plan goes stale when the owners move', () => {
    const one = plan(['a'], { owners: ['a', 'b'] }).observedDigest;
    expect(plan(['a'], { owners: ['b', 'a'] }).observedDigest).toBe(one);
    expect(plan(['a'], { owners: ['a', 'c'] }).observedDigest).not.toBe(one);
  });

  it('leaves single-owner sources as they were: more than one principal is a conflict', () => {
    const result = plan(['a', 'b'], {}, { capabilities: SINGLE });
    expect(result.changes).toEqual([]);
    expect(result.conflicts[0]?.reason).toMatch(/holds one owner per object/);
    expect(summary(plan(['a'], { owner: 'b' }, { capabilities: SINGLE }))).toEqual(['owner set b → a']);
  });
});

describe('principals', () => {
  it('make an owner the source does not know a located conflict, and plan nothing for that object', () => {
    const result = plan(['alice', 'zoe', 'zed'], { owners: [] }, { principals: ['alice', 'bob'] });
    expect(result.changes).toEqual([]);
    expect(result.conflicts).toEqual([
      {
        service: 'svc',
        object: { kind: 'schema', database: 'db', schema: 'public' },
        field: 'owner',
        location: expect.objectContaining({ file: 'm.yaml', column: 5 }),
        reason: 'unknown owner "zoe", "zed": catalog service "svc" has no principal of that name',
      },
    ]);
  });

  it('are checked after owners.map, and not at all when the connector reports none', () => {
    expect(plan(['Data Platform'], {}, { capabilities: SINGLE, principals: ['dp_owner'], policy: { ownerMap: { 'Data Platform': 'dp_owner' } } }).conflicts).toEqual([]);
    expect(summary(plan(['anyone'], {}))).toEqual(['owner add - → anyone']);
  });
});
