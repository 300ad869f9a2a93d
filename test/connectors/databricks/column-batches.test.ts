/**
 * Column comments of one Delta table in one `ALTER TABLE ... ALTER COLUMN a COMMENT '...', b
 * COMMENT '...'` where the server takes it (every SQL warehouse, Databricks Runtime 16.3+:
 * https://docs.databricks.com/sql/language-manual/sql-ref-syntax-ddl-alter-table-manage-column.html),
 * one statement per column elsewhere: the compilation, the choice of tables, and the batched
 * statements run through the fake workspace, which refuses the form where Databricks does.
 */
import { describe, expect, it } from 'vitest';
import { databricks } from '../../../src/connectors/databricks/index.js';
import { multiColumnTables, newColumnBatchFacts, type ColumnBatchFacts } from '../../../src/connectors/databricks/column-batches.js';
import type { ObjectRef, RelationKind } from '../../../src/model/types.js';
import type { Change } from '../../../src/plan/types.js';
import { HOSTILE_VALUES } from '../../corpus/hostile.js';
import { FakeWorkspace } from './fake/workspace.js';
import { HIVE_PRINCIPALS, hiveRows } from './fixtures.js';

const { dialect } = databricks;

function change(object: ObjectRef, field: Change['field'], after: string | null): Change {
  return { service: 'hms', object, field, action: after === null ? 'clear' : 'set', before: null, after, statements: [] };
}
const relation = (table = 'orders', kind?: RelationKind): ObjectRef => ({ kind: 'table', database: 'hive_metastore', schema: 'sales', table, ...(kind ? { relation: kind } : {}) });
const column = (name: string, table = 'orders', kind: RelationKind = 'table'): ObjectRef => ({ ...relation(table, kind), kind: 'column', column: name });
const ORDERS = ['hive_metastore', 'sales', 'orders'];

describe('compiling several column comments of a table as one statement', () => {
  const changes = [
    change(column('id'), 'description', 'Key'),
    change(relation('orders'), 'description', 'Orders'),
    change(column('email'), 'description', null),
    change(column('path', 'raw_files'), 'description', 'Path'),
    change(column('size', 'raw_files'), 'description', 'Bytes'),
    change(relation('orders'), 'owner', 'alice@example.com'),
  ];

  it('writes one ALTER TABLE per listed table, where its first column comment was, carrying each of its changes', () => {
    const statements = dialect.compile(changes, {}, { multiColumnTables: [ORDERS] });
    expect(statements).toEqual([
      { sql: "ALTER TABLE `hive_metastore`.`sales`.`orders` ALTER COLUMN `id` COMMENT 'Key', `email` COMMENT ''", changes: [0, 2] },
      { sql: "COMMENT ON TABLE `hive_metastore`.`sales`.`orders` IS 'Orders'", changes: [1] },
      // Not listed (not Delta, or the server lacks the form): one statement per column, as before.
      { sql: "ALTER TABLE `hive_metastore`.`sales`.`raw_files` ALTER COLUMN `path` COMMENT 'Path'", changes: [3] },
      { sql: "ALTER TABLE `hive_metastore`.`sales`.`raw_files` ALTER COLUMN `size` COMMENT 'Bytes'", changes: [4] },
      { sql: 'ALTER TABLE `hive_metastore`.`sales`.`orders` OWNER TO `alice@example.com`', changes: [5] },
    ]);
  });

  it('keeps one statement per column without the context, and for a view (COMMENT ON COLUMN)', () => {
    expect(dialect.compile(changes, {}).map((s) => s.changes)).toEqual([[0], [1], [2], [3], [4], [5]]);
    const view = [change(column('a', 'v', 'view'), 'description', 'x'), change(column('b', 'v', 'view'), 'description', 'y')];
    expect(dialect.compile(view, {}, { multiColumnTables: [['hive_metastore', 'sales', 'v']] }).map((s) => s.sql)).toEqual([
      "COMMENT ON COLUMN `hive_metastore`.`sales`.`v`.`a` IS 'x'",
      "COMMENT ON COLUMN `hive_metastore`.`sales`.`v`.`b` IS 'y'",
    ]);
  });

  it('never names one column twice in a statement, and lets a custom template keep its own statement', () => {
    const twice = [change(column('id'), 'description', 'a'), change(column('id'), 'description', 'b'), change(column('email'), 'description', 'c')];
    expect(dialect.compile(twice, {}, { multiColumnTables: [ORDERS] }).map((s) => [s.sql, s.changes])).toEqual([
      ["ALTER TABLE `hive_metastore`.`sales`.`orders` ALTER COLUMN `id` COMMENT 'a'", [0]],
      ["ALTER TABLE `hive_metastore`.`sales`.`orders` ALTER COLUMN `id` COMMENT 'b', `email` COMMENT 'c'", [1, 2]],
    ]);
    const templated = dialect.compile(twice.slice(1), { columnDescription: 'ALTER TABLE {database}.{schema}.{table} CHANGE COLUMN {column} COMMENT {description}' }, { multiColumnTables: [ORDERS] });
    expect(templated.map((s) => s.changes)).toEqual([[0], [1]]);
  });

  it('stores every hostile value byte for byte through the batched form on the fake', () => {
    const workspace = FakeWorkspace.fromInformationSchema(hiveRows(), { mode: 'hive', principals: HIVE_PRINCIPALS, version: { dbr: '16.3.x-scala2.12' } });
    for (const { name, value } of HOSTILE_VALUES) {
      const [statement, ...rest] = dialect.compile([change(column('id'), 'description', value), change(column('email'), 'description', `${value}!`)], {}, { multiColumnTables: [ORDERS] });
      expect(rest).toEqual([]);
      workspace.execute(statement!.sql);
      expect(workspace.table('hive_metastore', 'sales', 'orders').columns.slice(0, 2).map((c) => c.comment), name).toEqual([value, `${value}!`]);
    }
  });
});

describe('which tables batch: Delta tables with two or more column comments, on a server that takes the form', () => {
  const facts = (version: string | undefined, ...tables: string[][]): ColumnBatchFacts => ({ ...newColumnBatchFacts(), ...(version ? { version } : {}), deltaTables: new Set(tables.map((t) => JSON.stringify(t))) });
  const twoColumns = [change(column('id'), 'description', 'a'), change(column('email'), 'description', 'b'), change(column('path', 'raw_files'), 'description', 'c')];
  const RAW = ['hive_metastore', 'sales', 'raw_files'];

  it.each<[string, string | undefined, string[][]]>([
    ['a SQL warehouse', 'Databricks SQL 2025.35', [ORDERS]],
    ['Runtime 16.3', 'Databricks Runtime 16.3.x-scala2.12', [ORDERS]],
    ['Runtime 17', 'Databricks Runtime 17.0.x-scala2.13', [ORDERS]],
    ['Runtime 16.2', 'Databricks Runtime 16.2.x-scala2.12', []],
    ['Runtime 15.4 LTS', 'Databricks Runtime 15.4.x-scala2.12', []],
    ['an unknown version', 'Databricks (version unknown)', []],
    ['no introspection with this driver', undefined, []],
  ])('%s', (_name, version, expected) => {
    // raw_files is Delta too but has one column comment: its statement is the same either way.
    expect(multiColumnTables(twoColumns, facts(version, ORDERS, RAW))).toEqual(expected);
  });

  it('leaves out a table that is not Delta', () => {
    expect(multiColumnTables(twoColumns, facts('Databricks SQL 2025.35', RAW))).toEqual([]);
  });
});
