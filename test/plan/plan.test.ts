import { describe, expect, it } from 'vitest';
import type { Capabilities, Dialect } from '../../src/connectors/types.js';
import type { DesiredFields, DesiredNode, ObjectKind, ObservedNode, RelationKind } from '../../src/model/types.js';
import { planService, type ServicePolicy } from '../../src/plan/plan.js';
import { TRUNCATION_MARKER } from '../../src/plan/fields.js';

// ---- builders -------------------------------------------------------------------------
let line = 0;
function want(kind: ObjectKind, name: string, fields: DesiredFields = {}, children: DesiredNode[] = []): DesiredNode {
  line++;
  return { kind, name, fields, children, location: { file: 'm.yaml', line, column: 1 }, fieldLocations: {} };
}
function have(
  kind: ObjectKind,
  name: string,
  values: Partial<Pick<ObservedNode, 'description' | 'owner' | 'tags'>> = {},
  children: ObservedNode[] = [],
  relation?: RelationKind,
): ObservedNode {
  return { kind, name, description: null, owner: null, tags: {}, children, ...values, ...(relation ? { relation } : {}) };
}

const ALL: Capabilities = {
  fields: {
    description: ['database', 'schema', 'table', 'column'],
    owner: ['database', 'schema', 'table'],
    tag: ['database', 'schema', 'table', 'column'],
  },
  transactionalDdl: true,
};

/** A dialect whose statements spell out the change, so tests can see what was compiled. */
const echo: Dialect = {
  quoteIdentifier: (name) => `<${name}>`,
  quoteLiteral: (value) => `'${value}'`,
  nullLiteral: 'NULL',
  compile: (changes) =>
    changes.map((change, i) => ({ sql: `${change.field} ${change.action} ${change.object.kind} ${change.after ?? 'NULL'}`, changes: [i] })),
};

function plan(desired: DesiredNode[], observed: ObservedNode[], policy: ServicePolicy = {}, capabilities = ALL) {
  return planService({
    name: 'svc',
    type: 'testdb',
    desired: { name: 'svc', databases: desired },
    observed: { service: 'svc', databases: observed },
    capabilities,
    dialect: echo,
    policy,
  });
}

/** db.public.orders(id, email) with the given fields on orders and on id. */
function ordersDesired(table: DesiredFields, id: DesiredFields = {}) {
  return [want('database', 'db', {}, [want('schema', 'public', {}, [want('table', 'orders', table, [want('column', 'id', id)])])])];
}
function ordersObserved(table: Partial<ObservedNode> = {}, id: Partial<ObservedNode> = {}, relation: RelationKind = 'table') {
  return [
    have('database', 'db', {}, [
      have('schema', 'public', {}, [have('table', 'orders', table, [have('column', 'id', id), have('column', 'email')], relation)]),
    ]),
  ];
}

// ---- descriptions -----------------------------------------------------------------------
describe('descriptions', () => {
  it('sets a missing description and carries the compiled SQL', () => {
    const result = plan(ordersDesired({ description: 'Orders' }), ordersObserved());
    expect(result.changes).toEqual([
      {
        service: 'svc',
        object: { kind: 'table', database: 'db', schema: 'public', table: 'orders', relation: 'table' },
        field: 'description',
        action: 'set',
        before: null,
        after: 'Orders',
        statements: [1],
      },
    ]);
    expect(result.statements).toEqual([{ id: 1, service: 'svc', database: 'db', kind: 'sql', text: 'description set table Orders' }]);
  });

  it('leaves an absent field alone and an equal value alone', () => {
    expect(plan(ordersDesired({}), ordersObserved({ description: 'keep me' })).changes).toEqual([]);
    expect(plan(ordersDesired({ description: 'same' }), ordersObserved({ description: 'same' })).changes).toEqual([]);
  });

  it('clears with "" and does nothing when there is nothing to clear', () => {
    const cleared = plan(ordersDesired({ description: '' }), ordersObserved({ description: 'old' }));
    expect(cleared.changes.map((c) => [c.action, c.before, c.after])).toEqual([['clear', 'old', null]]);
    expect(plan(ordersDesired({ description: '' }), ordersObserved()).changes).toEqual([]);
  });

  it('compares byte for byte: trailing newline and case matter', () => {
    const result = plan(ordersDesired({ description: 'Orders\n' }), ordersObserved({ description: 'Orders' }));
    expect(result.changes).toHaveLength(1);
  });

  it('refuses a NUL character as a conflict', () => {
    const result = plan(ordersDesired({ description: 'a\u0000b' }), ordersObserved());
    expect(result.changes).toEqual([]);
    expect(result.conflicts[0]?.reason).toMatch(/NUL/);
  });

  it('turns a too-long description into a conflict, or a visible truncation with a warning', () => {
    const limited: Capabilities = { ...ALL, descriptionLimits: { table: { max: 40, unit: 'chars' } } };
    const long = 'x'.repeat(50);
    const refused = plan(ordersDesired({ description: long }), ordersObserved(), {}, limited);
    expect(refused.changes).toEqual([]);
    expect(refused.conflicts[0]?.reason).toMatch(/50 chars long; testdb stores at most 40/);
    const cut = plan(ordersDesired({ description: long }), ordersObserved(), { tooLong: 'truncate' }, limited);
    expect(cut.changes[0]?.after).toBe('x'.repeat(40 - TRUNCATION_MARKER.length) + TRUNCATION_MARKER);
    expect(cut.warnings.map((w) => w.code)).toEqual(['truncated']);
  });

  it('refuses characters a source cannot store, naming them', () => {
    const mysqlLike: Capabilities = { ...ALL, descriptionRules: { column: { bmpOnly: true }, table: { noNewlines: true } } };
    const result = plan(ordersDesired({ description: 'two\nlines' }, { description: 'party 🎉 time' }), ordersObserved(), {}, mysqlLike);
    expect(result.changes).toEqual([]);
    expect(result.conflicts.map((c) => c.reason)).toEqual([
      'testdb cannot store this description on a table: it contains a line break, which the source does not allow',
      'testdb cannot store this description on a column: it contains "🎉" (U+1F389), a 4-byte character the source\'s character set cannot hold',
    ]);
    expect(plan(ordersDesired({}, { description: 'café ü' }), ordersObserved(), {}, mysqlLike).changes).toHaveLength(1);
  });

  it('truncates a 100,000-character text to the longest prefix that fits, marker included', () => {
    const limited: Capabilities = { ...ALL, descriptionLimits: { table: { max: 1024, unit: 'bytes' } } };
    const huge = 'é'.repeat(100_000);
    const cut = plan(ordersDesired({ description: huge }), ordersObserved(), { tooLong: 'truncate' }, limited).changes[0]!.after!;
    expect(Buffer.byteLength(cut)).toBeLessThanOrEqual(1024);
    expect(Buffer.byteLength(cut)).toBeGreaterThan(1024 - 2);
    expect(cut.endsWith(TRUNCATION_MARKER)).toBe(true);
  });

  it('measures byte limits in UTF-8 bytes', () => {
    const limited: Capabilities = { ...ALL, descriptionLimits: { table: { max: 8, unit: 'bytes' } } };
    const result = plan(ordersDesired({ description: 'ééééé' }), ordersObserved(), {}, limited); // 10 bytes
    expect(result.conflicts[0]?.reason).toMatch(/10 bytes/);
  });
});

// ---- owners ------------------------------------------------------------------------------
describe('owners', () => {
  it('maps OpenMetadata owners to a principal and plans a change', () => {
    const result = plan(ordersDesired({ owners: ['data-platform'] }), ordersObserved({ owner: 'postgres' }), {
      ownerMap: { 'data-platform': 'dp_owner' },
    });
    expect(result.changes.map((c) => [c.field, c.before, c.after])).toEqual([['owner', 'postgres', 'dp_owner']]);
  });

  it('is a conflict when owners map to more than one principal, fine when they map to one', () => {
    const two = plan(ordersDesired({ owners: ['alice', 'bob'] }), ordersObserved());
    expect(two.changes).toEqual([]);
    expect(two.conflicts[0]).toMatchObject({ field: 'owner', reason: expect.stringMatching(/2 principals \(alice, bob\)/) });
    const one = plan(ordersDesired({ owners: ['alice', 'bob'] }), ordersObserved(), { ownerMap: { alice: 'team', bob: 'team' } });
    expect(one.conflicts).toEqual([]);
    expect(one.changes[0]?.after).toBe('team');
  });

  it('treats owners: [] as unmanaged', () => {
    expect(plan(ordersDesired({ owners: [] }), ordersObserved({ owner: 'x' })).changes).toEqual([]);
  });

  it('orders owner changes after the other changes of a database', () => {
    const result = plan(ordersDesired({ owners: ['bob'], description: 'd' }, { description: 'id' }), ordersObserved());
    expect(result.changes.map((c) => `${c.object.kind}.${c.field}`)).toEqual(['table.description', 'column.description', 'table.owner']);
  });
});

// ---- tags --------------------------------------------------------------------------------
describe('tags', () => {
  it('adds, changes and removes managed tags; leaves unmanaged classifications alone', () => {
    const result = plan(
      ordersDesired({ tags: ['PII.Sensitive', 'Tier.Tier1'] }),
      ordersObserved({ tags: { PII: 'None', Owner: 'finance', Retention: 'short' } }),
      { managedClassifications: ['PII', 'Tier', 'Retention'] },
    );
    expect(result.changes.map((c) => [c.action, c.tag, c.before, c.after])).toEqual([
      ['set', 'PII', 'None', 'Sensitive'],
      ['add', 'Tier', null, 'Tier1'],
      ['remove', 'Retention', 'short', null],
    ]);
  });

  it('defaults managed classifications to those used in the manifests', () => {
    const result = plan(ordersDesired({ tags: [] }, { tags: ['PII.Sensitive'] }), ordersObserved({ tags: { PII: 'x', Other: 'y' } }));
    // `tags: []` on the table removes PII (used elsewhere in the manifests), not Other.
    expect(result.changes.map((c) => [c.object.kind, c.action, c.tag])).toEqual([
      ['table', 'remove', 'PII'],
      ['column', 'add', 'PII'],
    ]);
  });

  it('is an ambiguous-tag conflict for two tags of one classification', () => {
    const result = plan(ordersDesired({ tags: ['PII.Sensitive', 'PII.None'] }), ordersObserved());
    expect(result.changes).toEqual([]);
    expect(result.conflicts[0]?.reason).toMatch(/ambiguous tag: PII.Sensitive, PII.None/);
  });

  it('keeps a quoted tag part with dots as one value', () => {
    const result = plan(ordersDesired({ tags: ['Tier."v1.2"'] }), ordersObserved());
    expect(result.changes[0]).toMatchObject({ tag: 'Tier', after: '"v1.2"' });
  });
});

describe('tag rules of a source', () => {
  const lowerCase: Capabilities = {
    ...ALL,
    tagRules: {
      key: (classification) => classification.toLowerCase(),
      value: (tag) => tag.toLowerCase(),
      refuse: (key, value) => (value.includes('=') ? `"${key}=${value}": "=" is not allowed` : null),
    },
  };

  it('writes the source key and value the rules give, and compares with them', () => {
    const result = plan(ordersDesired({ tags: ['PII.Sensitive', 'Tier.Gold'] }), ordersObserved({ tags: { pii: 'sensitive' } }), {}, lowerCase);
    expect(result.changes.map((c) => [c.action, c.tag, c.before, c.after])).toEqual([['add', 'tier', null, 'gold']]);
  });

  it('removes managed classifications by their source key', () => {
    const result = plan(ordersDesired({ tags: [] }), ordersObserved({ tags: { pii: 'sensitive', other: 'x' } }), { managedClassifications: ['PII'] }, lowerCase);
    expect(result.changes.map((c) => [c.action, c.tag])).toEqual([['remove', 'pii']]);
  });

  it('is a conflict when two classifications become one source key', () => {
    const result = plan(ordersDesired({ tags: ['PII.Sensitive', 'pii.None'] }), ordersObserved(), {}, lowerCase);
    expect(result.changes).toEqual([]);
    expect(result.conflicts[0]?.reason).toMatch(/PII.Sensitive, pii.None all become source tag key "pii"/);
  });

  it('is a conflict, naming the tag, when the source cannot store it', () => {
    const result = plan(ordersDesired({ tags: ['Tier."a=b"', 'PII.Sensitive'] }), ordersObserved(), {}, lowerCase);
    expect(result.changes).toEqual([]);
    expect(result.conflicts[0]?.reason).toMatch(/testdb cannot store Tier."a=b": .*"=" is not allowed; no tag of this object is changed/);
  });
});

describe('tag keys the source reports (availableTagKeys)', () => {
  const upper: Capabilities = { ...ALL, tagRules: { key: (classification) => classification.toUpperCase() } };

  function planWithKeys(
    desired: DesiredNode[],
    observed: ObservedNode[],
    availableTagKeys: Array<{ name: string; allowedValues?: string[] }> | undefined,
    policy: ServicePolicy = {},
    capabilities: Capabilities = ALL,
  ) {
    return planService({
      name: 'svc',
      type: 'testdb',
      desired: { name: 'svc', databases: desired },
      observed: { service: 'svc', databases: observed, ...(availableTagKeys ? { availableTagKeys } : {}) },
      capabilities,
      dialect: echo,
      policy,
    });
  }

  it('writes to the key the source has, matched exactly first, then case-insensitively when unique', () => {
    const keys = [{ name: 'PII' }, { name: 'Tier' }, { name: 'tier' }, { name: 'Data Owner' }];
    const result = planWithKeys(ordersDesired({ tags: ['pii.Sensitive', 'Tier.Gold', 'data owner.finance'] }), ordersObserved(), keys);
    expect(result.conflicts).toEqual([]);
    expect(result.changes.map((c) => [c.action, c.tag, c.after])).toEqual([
      ['add', 'Data Owner', 'finance'],
      ['add', 'PII', 'Sensitive'],
      ['add', 'Tier', 'Gold'],
    ]);
  });

  it('compares with the value the source holds under the matched key, so a converged object plans nothing', () => {
    const result = planWithKeys(ordersDesired({ tags: ['pii.Sensitive'] }), ordersObserved({ tags: { PII: 'Sensitive' } }), [{ name: 'PII' }]);
    expect(result.changes).toEqual([]);
    expect(result.conflicts).toEqual([]);
  });

  it('removes managed classifications under the key the source has', () => {
    const result = planWithKeys(ordersDesired({ tags: [] }), ordersObserved({ tags: { PII: 'x', OTHER: 'y' } }), [{ name: 'PII' }, { name: 'OTHER' }], {
      managedClassifications: ['pii'],
    });
    expect(result.changes.map((c) => [c.action, c.tag, c.before])).toEqual([['remove', 'PII', 'x']]);
  });

  it('is a located conflict for a key that does not exist, and no tag of that object changes', () => {
    const want = ordersDesired({ tags: ['PII.Sensitive', 'Tier.Gold'] });
    const result = planWithKeys(want, ordersObserved(), [{ name: 'PII' }]);
    expect(result.changes).toEqual([]);
    expect(result.conflicts).toHaveLength(1);
    expect(result.conflicts[0]).toMatchObject({ field: 'tag', object: { kind: 'table', table: 'orders' } });
    expect(result.conflicts[0]!.location).toEqual(want[0]!.children[0]!.children[0]!.location);
    expect(result.conflicts[0]!.reason).toBe(
      'testdb cannot store Tier.Gold: tag key "Tier" does not exist at the source; create it or set tags.create: true; no tag of this object is changed',
    );
  });

  it('plans a missing key when the policy lets the source create it', () => {
    const result = planWithKeys(ordersDesired({ tags: ['Tier.Gold'] }), ordersObserved(), [], { createTagKeys: true }, upper);
    expect(result.conflicts).toEqual([]);
    expect(result.changes.map((c) => [c.action, c.tag, c.after])).toEqual([['add', 'TIER', 'Gold']]);
  });

  it('treats every key as existing when the source reports none (absent list)', () => {
    const result = planWithKeys(ordersDesired({ tags: ['Tier.Gold'] }), ordersObserved(), undefined);
    expect(result.conflicts).toEqual([]);
    expect(result.changes.map((c) => c.tag)).toEqual(['Tier']);
  });

  it('is a conflict when a key matches two source keys case-insensitively and none exactly', () => {
    const result = planWithKeys(ordersDesired({ tags: ['TIER.Gold'] }), ordersObserved(), [{ name: 'Tier' }, { name: 'tier' }]);
    expect(result.changes).toEqual([]);
    expect(result.conflicts[0]!.reason).toMatch(/TIER.Gold: its tag key matches "Tier", "tier" case-insensitively/);
  });

  it('refuses a value outside the allowed values of the key, and accepts one inside', () => {
    const keys = [{ name: 'PII', allowedValues: ['Sensitive', 'None'] }];
    const refused = planWithKeys(ordersDesired({ tags: ['PII.sensitive'] }), ordersObserved(), keys);
    expect(refused.changes).toEqual([]);
    expect(refused.conflicts[0]!.reason).toMatch(/PII.sensitive: "sensitive" is not an allowed value of tag key "PII" \(allowed: "Sensitive", "None"\)/);
    const accepted = planWithKeys(ordersDesired({ tags: ['PII.Sensitive'] }), ordersObserved(), keys);
    expect(accepted.conflicts).toEqual([]);
    expect(accepted.changes.map((c) => c.after)).toEqual(['Sensitive']);
  });

  it('makes a saved plan stale when a key it relies on appears or goes', () => {
    const desired = ordersDesired({ tags: ['Tier.Gold'] });
    const policy = { createTagKeys: true };
    const missing = planWithKeys(desired, ordersObserved(), [], policy).observedDigest;
    const present = planWithKeys(desired, ordersObserved(), [{ name: 'Tier' }], policy).observedDigest;
    const unrelated = planWithKeys(desired, ordersObserved(), [{ name: 'Other' }], policy).observedDigest;
    expect(present).not.toBe(missing);
    expect(unrelated).toBe(missing);
  });

  it('leaves plans without a reported list exactly as before (no extra digest entries)', () => {
    const desired = ordersDesired({ tags: ['Tier.Gold'] });
    expect(planWithKeys(desired, ordersObserved(), undefined).observedDigest).toBe(plan(desired, ordersObserved()).observedDigest);
  });
});

// ---- capabilities, sync, matching, scope ---------------------------------------------------
describe('capabilities and sync', () => {
  it('warns once per field and level it cannot write, never silently', () => {
    const noTags: Capabilities = { ...ALL, fields: { ...ALL.fields, tag: [] } };
    const result = plan(ordersDesired({ tags: ['PII.Sensitive'] }, { tags: ['PII.Sensitive'] }), ordersObserved(), {}, noTags);
    expect(result.changes).toEqual([]);
    expect(result.warnings.map((w) => w.message)).toEqual([
      "testdb cannot store tags on a table: not applied (db.public.orders); leave tags out of the service's sync to say so",
      "testdb cannot store tags on a column: not applied (db.public.orders.id); leave tags out of the service's sync to say so",
    ]);
  });

  it('warns for relation kinds a field cannot be written on', () => {
    const caps: Capabilities = { ...ALL, unsupportedRelations: { description: { table: ['external_table'], column: ['external_table'] } } };
    const result = plan(ordersDesired({ description: 'x' }), ordersObserved({}, {}, 'external_table'), {}, caps);
    expect(result.changes).toEqual([]);
    expect(result.warnings[0]).toMatchObject({ code: 'unsupported-relation' });
  });

  it('skips fields left out of sync without a warning', () => {
    const result = plan(ordersDesired({ description: 'x', owners: ['a'] }), ordersObserved(), { sync: ['owners'] });
    expect(result.changes.map((c) => c.field)).toEqual(['owner']);
    expect(result.warnings).toEqual([]);
  });
});

describe('matching', () => {
  it('warns for objects the source does not have, and does not descend into them', () => {
    const desired = [want('database', 'db', {}, [want('schema', 'public', {}, [want('table', 'gone', { description: 'x' }, [want('column', 'c')])])])];
    const result = plan(desired, ordersObserved());
    expect(result.warnings.map((w) => [w.code, w.message])).toEqual([
      ['missing-object', 'table db.public.gone is in the manifests but not in testdb service "svc"'],
    ]);
  });

  it('matches a unique case-insensitive name and quotes the stored name', () => {
    const desired = [want('database', 'db', {}, [want('schema', 'public', {}, [want('table', 'orders', { description: 'x' })])])];
    const observed = [have('database', 'db', {}, [have('schema', 'public', {}, [have('table', 'ORDERS', {}, [], 'table')])])];
    const result = plan(desired, observed);
    expect(result.changes[0]?.object.table).toBe('ORDERS');
  });

  it('is a conflict when two source objects match case-insensitively', () => {
    const desired = [want('database', 'db', {}, [want('schema', 'public', {}, [want('table', 'orders', { description: 'x' })])])];
    const observed = [have('database', 'db', {}, [have('schema', 'public', {}, [have('table', 'Orders'), have('table', 'ORDERS')])])];
    const result = plan(desired, observed);
    expect(result.changes).toEqual([]);
    expect(result.conflicts[0]?.reason).toMatch(/ambiguous name: "orders" matches "Orders", "ORDERS"/);
  });

  it('prefers the exact match over case-insensitive ones', () => {
    const desired = [want('database', 'db', {}, [want('schema', 'public', {}, [want('table', 'Orders', { description: 'x' })])])];
    const observed = [have('database', 'db', {}, [have('schema', 'public', {}, [have('table', 'Orders'), have('table', 'ORDERS')])])];
    expect(plan(desired, observed).changes[0]?.object.table).toBe('Orders');
  });
});

describe('scope', () => {
  const desired = () => [
    want('database', 'db', { description: 'db' }, [
      want('schema', 'public', { description: 's' }, [
        want('table', 'orders', { description: 'o' }, [want('column', 'id', { description: 'i' })]),
        want('table', 'tmp_x', { description: 't' }),
      ]),
    ]),
  ];
  const observed = () => [
    have('database', 'db', {}, [have('schema', 'public', {}, [have('table', 'orders', {}, [have('column', 'id')]), have('table', 'tmp_x')])]),
  ];
  const touched = (policy: ServicePolicy) => plan(desired(), observed(), policy).changes.map((c) => `${c.object.kind}:${c.object.table ?? c.object.schema ?? c.object.database}`);

  it('include reaches the objects it names and everything below them', () => {
    // `db.public.*` names the schema itself too (one glob semantics: `x.*` is x and what is in it).
    expect(touched({ include: ['db.public.*'] })).toEqual(['schema:public', 'table:orders', 'column:orders', 'table:tmp_x']);
    expect(touched({ include: ['db.public.orders'] })).toEqual(['table:orders', 'column:orders']);
  });
  it('exclude "db.schema.*" leaves the schema itself unmanaged too', () => {
    expect(touched({ exclude: ['db.public.*'] })).toEqual(['database:db']);
  });
  it('exclude removes an object and everything below it', () => {
    expect(touched({ exclude: ['db.public.tmp_*'] })).toEqual(['database:db', 'schema:public', 'table:orders', 'column:orders']);
  });
  it('select narrows further', () => {
    expect(touched({ select: ['db.public.orders'] })).toEqual(['table:orders', 'column:orders']);
  });
  it('an out-of-scope missing object is not reported', () => {
    const result = plan(desired(), [have('database', 'db', {}, [have('schema', 'public')])], { include: ['db.other.*'] });
    expect(result.warnings).toEqual([]);
  });
});

describe('observed digest', () => {
  it('changes when a managed value at the source changes, not when an unmanaged one does', () => {
    const base = plan(ordersDesired({ description: 'x' }), ordersObserved()).observedDigest;
    expect(plan(ordersDesired({ description: 'x' }), ordersObserved({ description: 'moved' })).observedDigest).not.toBe(base);
    expect(plan(ordersDesired({ description: 'x' }), ordersObserved({ owner: 'someone' })).observedDigest).toBe(base);
  });
});

describe('compile context', () => {
  it('reaches the dialect, and is part of the observed digest', () => {
    const seen: unknown[] = [];
    const dialect: Dialect = { ...echo, compile: (changes, templates, context) => (seen.push(context), echo.compile(changes, templates)) };
    const input = {
      name: 'svc',
      type: 'testdb',
      desired: { name: 'svc', databases: ordersDesired({ description: 'x' }) },
      observed: { service: 'svc', databases: ordersObserved() },
      capabilities: ALL,
      dialect,
      policy: {},
    };
    const without = planService(input);
    const withA = planService({ ...input, compileContext: { definition: 'int' } });
    const withB = planService({ ...input, compileContext: { definition: 'bigint' } });
    expect(seen).toEqual([undefined, { definition: 'int' }, { definition: 'bigint' }]);
    expect(new Set([without.observedDigest, withA.observedDigest, withB.observedDigest]).size).toBe(3);
  });
});
