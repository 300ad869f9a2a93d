/**
 * Golden SQL of the legacy Hive metastore dialect for every statement kind it has, what it
 * refuses (catalog objects, tags), and the hostile corpus stored byte for byte through the fake
 * workspace in Hive mode (which reads literals exactly as Databricks does).
 */
import { describe, expect, it } from 'vitest';
import { databricks } from '../../../src/connectors/databricks/index.js';
import type { SqlTemplates } from '../../../src/connectors/types.js';
import type { ObjectRef, RelationKind } from '../../../src/model/types.js';
import type { Change } from '../../../src/plan/types.js';
import { HOSTILE_IDENTIFIERS, HOSTILE_VALUES } from '../../corpus/hostile.js';
import { FakeWorkspace } from './fake/workspace.js';
import { HIVE_PRINCIPALS, hiveRows } from './fixtures.js';

const { dialect } = databricks;

function change(object: ObjectRef, field: Change['field'], after: string | null, action?: Change['action']): Change {
  return { service: 'hms', object, field, action: action ?? (after === null ? 'clear' : 'set'), before: null, after, statements: [] };
}

const database: ObjectRef = { kind: 'database', database: 'hive_metastore' };
const schema: ObjectRef = { kind: 'schema', database: 'hive_metastore', schema: 'sales' };
const relation = (kind?: RelationKind, name = 'orders'): ObjectRef => ({ kind: 'table', database: 'hive_metastore', schema: 'sales', table: name, ...(kind ? { relation: kind } : {}) });
const column = (name = 'id', kind?: RelationKind, table = 'orders'): ObjectRef => ({ ...relation(kind, table), kind: 'column', column: name });

function sqlOf(one: Change, templates: SqlTemplates = {}): string {
  const [statement, ...rest] = dialect.compile([one], templates);
  expect(rest).toEqual([]);
  expect(statement?.changes).toEqual([0]);
  return statement!.sql;
}

const GOLDEN: [string, Change, string][] = [
  ['schema description', change(schema, 'description', 'Sales'), "COMMENT ON SCHEMA `hive_metastore`.`sales` IS 'Sales'"],
  ['schema description clear', change(schema, 'description', null), 'COMMENT ON SCHEMA `hive_metastore`.`sales` IS NULL'],
  ['table description', change(relation('table'), 'description', "it's"), "COMMENT ON TABLE `hive_metastore`.`sales`.`orders` IS 'it\\'s'"],
  ['external table description', change(relation('external_table'), 'description', 'x'), "COMMENT ON TABLE `hive_metastore`.`sales`.`orders` IS 'x'"],
  ['view description', change(relation('view'), 'description', 'x'), "COMMENT ON TABLE `hive_metastore`.`sales`.`orders` IS 'x'"],
  ['table description clear', change(relation('table'), 'description', null), 'COMMENT ON TABLE `hive_metastore`.`sales`.`orders` IS NULL'],
  ['column description', change(column('id', 'table'), 'description', 'Key'), "ALTER TABLE `hive_metastore`.`sales`.`orders` ALTER COLUMN `id` COMMENT 'Key'"],
  ['column description clear', change(column('id', 'table'), 'description', null), "ALTER TABLE `hive_metastore`.`sales`.`orders` ALTER COLUMN `id` COMMENT ''"],
  ['schema owner', change(schema, 'owner', 'data-eng'), 'ALTER SCHEMA `hive_metastore`.`sales` OWNER TO `data-eng`'],
  ['table owner', change(relation('table'), 'owner', 'alice@example.com'), 'ALTER TABLE `hive_metastore`.`sales`.`orders` OWNER TO `alice@example.com`'],
  ['view owner', change(relation('view'), 'owner', 'alice@example.com'), 'ALTER VIEW `hive_metastore`.`sales`.`orders` OWNER TO `alice@example.com`'],
  ['external table owner', change(relation('external_table'), 'owner', "bob's team"), "ALTER TABLE `hive_metastore`.`sales`.`orders` OWNER TO `bob's team`"],
  ['names needing quoting', change({ kind: 'column', database: 'hive_metastore', schema: 'Sales `EU`', table: 'order.lines', column: 'select' }, 'description', 'x'), "ALTER TABLE `hive_metastore`.`Sales ``EU```.`order.lines` ALTER COLUMN `select` COMMENT 'x'"],
  ['control characters and variables', change(schema, 'description', 'a\nb\u0007${env:HOME}'), "COMMENT ON SCHEMA `hive_metastore`.`sales` IS 'a\\nb\\u0007$\\{env:HOME}'"],
];

describe('databricks (Hive metastore) dialect: golden SQL', () => {
  it.each(GOLDEN)('%s', (_name, one, expected) => {
    expect(sqlOf(one)).toBe(expected);
  });

  it.each<[string, Change, RegExp]>([
    ['a catalog description', change(database, 'description', 'x'), /no catalog object to hold a description for the OpenMetadata database "hive_metastore"/],
    ['a catalog owner', change(database, 'owner', 'x'), /no catalog object to hold an owner/],
    ['a tag', { ...change(relation(), 'tag', 'None', 'add'), tag: 'PII' }, /has no tags/],
    ['a column owner', change(column(), 'owner', 'x'), /columns have no owner/],
  ])('refuses %s', (_name, one, message) => {
    expect(() => dialect.compile([one], {})).toThrow(message);
  });

  it('compiles custom templates in place of the built-in statement', () => {
    expect(sqlOf(change(column('id', 'table'), 'description', null), { columnDescription: 'ALTER TABLE {database}.{schema}.{table} CHANGE COLUMN {column} COMMENT {description}' })).toBe(
      "ALTER TABLE `hive_metastore`.`sales`.`orders` CHANGE COLUMN `id` COMMENT ''",
    );
  });
});

describe('databricks (Hive metastore) quoting: the hostile corpus through the fake workspace', () => {
  it('stores every hostile value on schemas, tables and columns byte for byte', () => {
    const workspace = FakeWorkspace.fromInformationSchema(hiveRows(), { mode: 'hive', principals: HIVE_PRINCIPALS });
    for (const { name, value } of HOSTILE_VALUES) {
      const statements = dialect.compile([change(schema, 'description', value), change(relation('table'), 'description', value), change(column('email', 'table'), 'description', value)], {});
      for (const statement of statements) workspace.execute(statement.sql);
      const orders = workspace.table('hive_metastore', 'sales', 'orders');
      expect([workspace.schema('hive_metastore', 'sales').comment, orders.comment, orders.columns[1]!.comment], name).toEqual([value, value, value]);
    }
  });

  it('names every hostile identifier exactly', () => {
    const workspace = FakeWorkspace.fromInformationSchema(hiveRows(), { mode: 'hive', principals: [...HIVE_PRINCIPALS, ...HOSTILE_IDENTIFIERS.map((c) => c.value)] });
    const sales = workspace.schema('hive_metastore', 'sales');
    for (const { name, value } of HOSTILE_IDENTIFIERS) {
      if (value.includes('${')) continue;
      sales.tables.push({ name: value, type: 'MANAGED', owner: 'admins', comment: null, tags: new Map(), columns: [{ name: value, type: 'string', comment: null, tags: new Map() }] });
      for (const statement of dialect.compile([change(column(value, 'table', value), 'description', name), change(relation('table', value), 'owner', value)], {})) workspace.execute(statement.sql);
      const table = sales.tables.find((t) => t.name === value)!;
      expect([table.columns[0]!.comment, table.owner], name).toEqual([name, value]);
    }
  });
});
