/**
 * The plan says how apply will run each service: the transactions it will cut a database into
 * (the same cut as apply's, counted as the plan's steps come), or that the apply is not atomic.
 */
import { describe, expect, it } from 'vitest';
import { applyChanges } from '../../src/apply/apply.js';
import { ApplyShape } from '../../src/apply/transactions.js';
import type { Driver } from '../../src/connectors/types.js';
import { renderMarkdown } from '../../src/plan/render/markdown.js';
import { renderText } from '../../src/plan/render/text.js';
import type { Change, Plan, ServiceApply } from '../../src/plan/types.js';
import { withStatements, type ChangeWithSql } from '../plan-statements.js';

function tableChange(database: string, schema: string, table: string, sql: string, column?: string): ChangeWithSql {
  const object = column === undefined ? { kind: 'table' as const, database, schema, table } : { kind: 'column' as const, database, schema, table, column };
  return { service: 'svc', object, field: 'description', action: 'set', before: null, after: sql, sql: [sql] };
}

/** Schemas s1 and s2 of database a, each with tables of a change and a column's; a table of database b. */
const written = (): ChangeWithSql[] => [
  ...['s1', 's2'].flatMap((schema) =>
    [1, 2, 3].flatMap((n) => [tableChange('a', schema, `t${n}`, `T ${schema}.${n}`), tableChange('a', schema, `t${n}`, `C ${schema}.${n}`, 'c')]),
  ),
  tableChange('b', 's', 't', 'T b'),
];

/** What apply runs per database with a session reporting `budget`: how many transactions, and the most objects one locks. */
async function appliedTransactions(changes: ChangeWithSql[], budget: number): Promise<Array<{ database: string; transactions: number; objects: number }>> {
  const driver: Driver = {
    async open() {
      const ok = async () => undefined;
      return { query: async () => [], execute: ok, begin: ok, commit: ok, rollback: ok, close: ok, lockBudget: async () => budget };
    },
    close: async () => undefined,
  };
  const result = await applyChanges(withStatements(changes), new Map([['svc', { driver, capabilities: { fields: { description: ['table', 'column'], owner: [], tag: [] }, transactionalDdl: true } }]]));
  const byDatabase = new Map<string, { database: string; transactions: number; objects: number }>();
  for (const transaction of result.transactions ?? []) {
    const row = byDatabase.get(transaction.database) ?? { database: transaction.database, transactions: 0, objects: 0 };
    byDatabase.set(transaction.database, { ...row, transactions: row.transactions + 1, objects: Math.max(row.objects, transaction.objects) });
  }
  return [...byDatabase.values()];
}

describe('the transactions the plan states', () => {
  it('are the ones apply runs, whether the plan came in one step or a schema at a time', async () => {
    const { changes } = withStatements(written());
    const whole = new ApplyShape({ transactions: 'auto', lockBudget: 2 });
    whole.add(changes);
    // A step a schema (each step numbers its statements from 1, as the step loop hands them over).
    const stepped = new ApplyShape({ transactions: 'auto', lockBudget: 2 });
    for (const schema of ['s1', 's2']) stepped.add(withStatements(written().filter((c) => c.object.database === 'a' && c.object.schema === schema)).changes);
    stepped.add(withStatements(written().filter((c) => c.object.database === 'b')).changes);
    const expected: ServiceApply = {
      atomic: 'transaction',
      transactions: 'auto',
      lockBudget: 2,
      databases: [
        { database: 'a', transactions: 3, objects: 2 },
        { database: 'b', transactions: 1, objects: 1 },
      ],
    };
    expect(whole.result()).toEqual(expected);
    expect(stepped.result()).toEqual(expected);
    expect(await appliedTransactions(written(), 2)).toEqual(expected.databases);
  });

  it('agree where a statement carries several changes: of one table (one object), of three tables (all three), a change in two statements', async () => {
    // t2's two columns in one statement; a statement carrying t3's, t4's and t5's changes, each of which has a statement of its own too.
    const batched: ChangeWithSql[] = [
      tableChange('a', 's', 't1', 'T1'),
      tableChange('a', 's', 't1', 'C1', 'c'),
      tableChange('a', 's', 't2', 'ALTER t2', 'c1'),
      tableChange('a', 's', 't2', 'ALTER t2', 'c2'),
      ...['t3', 't4', 't5'].map((table) => ({ ...tableChange('a', 's', table, 'TAG'), sql: ['TAG', `SET ${table}`] })),
      tableChange('a', 's', 't6', 'T6'),
    ];
    const shape = new ApplyShape({ transactions: 'auto', lockBudget: 2 });
    shape.add(withStatements(batched).changes);
    // The statement locking three tables is a transaction of its own, over the budget: a cut never splits a statement.
    expect(shape.result()).toEqual({ atomic: 'transaction', transactions: 'auto', lockBudget: 2, databases: [{ database: 'a', transactions: 3, objects: 3 }] });
    const ok = async () => undefined;
    const driver: Driver = { open: async () => ({ query: async () => [], execute: ok, begin: ok, commit: ok, rollback: ok, close: ok, lockBudget: async () => 2 }), close: ok };
    const applied = await applyChanges(withStatements(batched), new Map([['svc', { driver, capabilities: { fields: { description: ['table', 'column'], owner: [], tag: [] }, transactionalDdl: true } }]]));
    // T1 C1 "ALTER t2" | TAG "SET t3" "SET t4" "SET t5" | T6: each change counted once.
    expect(applied.transactions?.map(({ objects, changes, statements }) => ({ objects, changes, statements }))).toEqual([
      { objects: 2, changes: 4, statements: 3 },
      { objects: 3, changes: 3, statements: 4 },
      { objects: 1, changes: 1, statements: 1 },
    ]);
    expect(applied.summary).toEqual({ applied: 8, failed: 0, notRun: 0 });
  });

  it('is one transaction per database with `transactions: single` or no budget; the statements of a system without transactions', () => {
    const { changes } = withStatements(written());
    const single = new ApplyShape({ transactions: 'single', lockBudget: 2 });
    single.add(changes);
    expect(single.result()).toEqual({
      atomic: 'transaction',
      transactions: 'single',
      databases: [
        { database: 'a', transactions: 1, objects: 6 },
        { database: 'b', transactions: 1, objects: 1 },
      ],
    });
    const unlimited = new ApplyShape({ transactions: 'auto' });
    unlimited.add(changes);
    expect(unlimited.result()).toMatchObject({ atomic: 'transaction', databases: [{ transactions: 1 }, { transactions: 1 }] });
    const statements = new ApplyShape({ concurrency: 4 });
    statements.add(changes);
    expect(statements.result()).toEqual({ atomic: 'statement', concurrency: 4 });
  });
});

describe('the plan text and markdown say how apply runs a service', () => {
  const planWith = (apply: ServiceApply): Plan => {
    const { changes, statements } = withStatements(written());
    return {
      formatVersion: '2.0',
      manifestsDigest: 'sha256:m',
      configDigest: 'sha256:c',
      services: [{ name: 'svc', type: 'postgres', observedDigest: 'sha256:o', apply }],
      statements,
      changes: changes as Change[],
      conflicts: [],
      warnings: [],
      summary: { changes: changes.length, statements: statements.length, conflicts: 0, warnings: 0, byFieldAction: { 'description.set': changes.length } },
    };
  };

  it('in how many transactions, within which lock budget', () => {
    const plan = planWith({ atomic: 'transaction', transactions: 'auto', lockBudget: 2, databases: [{ database: 'a', transactions: 3, objects: 2 }, { database: 'b', transactions: 1, objects: 1 }] });
    const line = 'a in 3 transactions of up to 2 objects (lock budget: 2 objects a transaction); 1 other database(s) in one transaction each; each transaction atomic: a failure rolls it back and stops the later ones, the earlier ones stay committed.';
    expect(renderText(plan)).toContain(`Service svc (postgres): 13 change(s)\n  Apply: ${line}\n`);
    expect(renderMarkdown(plan)).toContain(`- Apply **svc**: ${line}`);
    const whole = planWith({ atomic: 'transaction', transactions: 'auto', lockBudget: 3200, databases: [{ database: 'a', transactions: 1, objects: 6 }] });
    expect(renderText(whole)).toContain('  Apply: one transaction per database, atomic.\n');
  });

  it('that it is not atomic where each statement commits on its own', () => {
    expect(renderText(planWith({ atomic: 'statement', concurrency: 1 }))).toContain(
      '  Apply: not atomic: each statement commits on its own, one at a time; a failure stops the rest, and those applied before it stay applied.\n',
    );
    expect(renderMarkdown(planWith({ atomic: 'statement', concurrency: 8 }))).toContain('- Apply **svc**: not atomic: each statement commits on its own, up to 8 at once on different tables;');
  });
});
