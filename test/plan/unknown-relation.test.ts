/**
 * A relation of a kind the connector does not know (`relation: 'unknown'`, the catalog's own
 * word in `relationName`) is never planned as a table: one warning naming the kind, and no
 * change for it or its columns, whatever the manifests ask and the capabilities allow.
 */
import { describe, expect, it } from 'vitest';
import type { Capabilities, Dialect } from '../../src/connectors/types.js';
import type { DesiredFields, DesiredNode, ObjectKind, ObservedNode } from '../../src/model/types.js';
import { planService } from '../../src/plan/plan.js';

const HERE = { file: 'm.yaml', line: 3, column: 5 };
const want = (kind: ObjectKind, name: string, fields: DesiredFields = {}, children: DesiredNode[] = []): DesiredNode => ({
  kind,
  name,
  fields,
  children,
  location: HERE,
  fieldLocations: {},
});
const have = (kind: ObjectKind, name: string, children: ObservedNode[] = [], extra: Partial<ObservedNode> = {}): ObservedNode => ({
  kind,
  name,
  description: null,
  owner: null,
  tags: {},
  children,
  ...extra,
});

const ALL: Capabilities = {
  fields: { description: ['database', 'schema', 'table', 'column'], owner: ['database', 'schema', 'table'], tag: ['database', 'schema', 'table', 'column'] },
  transactionalDdl: true,
};
const echo: Dialect = {
  quoteIdentifier: (name) => name,
  quoteLiteral: (value) => `'${value}'`,
  nullLiteral: 'NULL',
  compile: (changes) => changes.map((change, i) => ({ sql: `${change.field} ${change.object.table ?? ''}`, changes: [i] })),
};

describe('planner: relations of unknown kind', () => {
  it('warns naming the kind and plans nothing for the relation or its columns; its siblings still plan', () => {
    const fields = { description: 'd', owners: ['o'], tags: ['PII.Sensitive'] };
    const desired = [
      want('database', 'db', {}, [
        want('schema', 's', {}, [want('table', 'graph', fields, [want('column', 'id', { description: 'k' })]), want('table', 'orders', { description: 'o' })]),
      ]),
    ];
    const observed = [
      have('database', 'db', [
        have('schema', 's', [have('table', 'graph', [have('column', 'id')], { relation: 'unknown', relationName: 'PROPERTY GRAPH' }), have('table', 'orders')]),
      ]),
    ];
    const result = planService({
      name: 'svc',
      type: 'testdb',
      desired: { name: 'svc', databases: desired },
      observed: { service: 'svc', databases: observed },
      capabilities: ALL,
      dialect: echo,
      policy: {},
    });
    expect(result.changes.map((change) => [change.object.table, change.field])).toEqual([['orders', 'description']]);
    expect(result.conflicts).toEqual([]);
    expect(result.warnings).toEqual([
      {
        service: 'svc',
        code: 'unknown-relation',
        object: { kind: 'table', database: 'db', schema: 's', table: 'graph', relation: 'unknown' },
        location: HERE,
        message: 'testdb reports db.s.graph as a "PROPERTY GRAPH" relation, a kind revmeta does not know: nothing is planned for it or its columns',
      },
    ]);
  });
});
