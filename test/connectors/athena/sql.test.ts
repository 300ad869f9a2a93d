/**
 * Golden statements of the athena dialect for every statement kind (Glue UpdateTable requests
 * and Athena DDL templates), the hostile corpus compiled and parsed back, the planner's
 * conflicts for what Glue cannot store, and restating a table (the round trips through the
 * real Glue client are in moto.test.ts).
 */
import type { Table } from '@aws-sdk/client-glue';
import { describe, expect, it } from 'vitest';
import { capabilities } from '../../../src/connectors/athena/capabilities.js';
import { athena } from '../../../src/connectors/athena/index.js';
import {
  canonicalJson,
  parseGlueRequest,
  quoteIdentifier,
  quoteLiteral,
  relationOfTable,
  restateTable,
  tableKey,
  type JsonObject,
  type RestatedTable,
} from '../../../src/connectors/athena/sql.js';
import type { CompileContext, SqlTemplates } from '../../../src/connectors/types.js';
import type { ObjectRef, ObservedNode, RelationKind } from '../../../src/model/types.js';
import { planService, type ServicePolicy } from '../../../src/plan/plan.js';
import { TRUNCATION_MARKER } from '../../../src/plan/fields.js';
import type { Change } from '../../../src/plan/types.js';
import { statementText } from '../../../src/model/change.js';
import { HOSTILE_IDENTIFIERS, HOSTILE_VALUES } from '../../corpus/hostile.js';
import { change, DATABASE, manifests, SERVICE } from './fixtures.js';
import { changesWithSql } from '../../plan-statements.js';

const { dialect } = athena;

const table = (relation: RelationKind | undefined = 'table', name = 'orders', schema = 'sales'): ObjectRef => ({
  kind: 'table',
  database: DATABASE,
  schema,
  table: name,
  ...(relation ? { relation } : {}),
});
const column = (name: string, tableName = 'orders', schema = 'sales'): ObjectRef => ({ ...table('table', tableName, schema), kind: 'column', column: name });

/** GetTable's answer for sales.orders, read-only members included (UpdateTable must not get them). */
const ORDERS: Table = {
  Name: 'orders',
  DatabaseName: 'sales',
  CatalogId: '123456789012',
  VersionId: '7',
  CreateTime: new Date('2024-01-02T03:04:05.000Z'),
  UpdateTime: new Date('2024-02-03T04:05:06.000Z'),
  CreatedBy: 'arn:aws:iam::123456789012:user/etl',
  IsRegisteredWithLakeFormation: false,
  Owner: 'hadoop',
  LastAccessTime: new Date('2024-03-04T05:06:07.890Z'),
  Retention: 0,
  TableType: 'EXTERNAL_TABLE',
  Parameters: { comment: 'old', EXTERNAL: 'TRUE', classification: 'parquet' },
  StorageDescriptor: {
    Columns: [
      { Name: 'id', Type: 'bigint', Comment: 'Surrogate key', Parameters: { 'iceberg.field.id': '1' } },
      { Name: 'email', Type: 'string' },
    ],
    Location: 's3://bucket/sales/orders/',
    InputFormat: 'org.apache.hadoop.hive.ql.io.parquet.MapredParquetInputFormat',
    OutputFormat: 'org.apache.hadoop.hive.ql.io.parquet.MapredParquetOutputFormat',
    Compressed: false,
    NumberOfBuckets: -1,
    SerdeInfo: { SerializationLibrary: 'org.apache.hadoop.hive.ql.io.parquet.serde.ParquetHiveSerDe', Parameters: { 'serialization.format': '1' } },
    StoredAsSubDirectories: false,
  },
  PartitionKeys: [{ Name: 'dt', Type: 'string', Comment: 'Day' }],
};

const LINES: Table = {
  Name: 'lines',
  DatabaseName: 'sales',
  VersionId: '2',
  TableType: 'EXTERNAL_TABLE',
  StorageDescriptor: { Columns: [{ Name: 'n', Type: 'int' }] },
  PartitionKeys: [],
};

const restated = (read: Table, catalogId: string | null = null): RestatedTable => ({
  catalogId,
  databaseName: read.DatabaseName!,
  versionId: read.VersionId ?? null,
  tableInput: restateTable(read),
});

const CONTEXT: CompileContext = {
  [tableKey('sales', 'orders')]: restated(ORDERS),
  [tableKey('sales', 'lines')]: restated(LINES),
};

/** sales.orders' restated TableInput as JSON text, with `Description`/`Parameters`/columns given. */
function ordersInput({
  description,
  parameters = '{"EXTERNAL":"TRUE","classification":"parquet","comment":"old"}',
  id = '"Comment":"Surrogate key",',
  email = '',
  dt = '"Comment":"Day",',
}: { description?: string; parameters?: string; id?: string; email?: string; dt?: string }): string {
  return (
    '{"Name":"orders",' +
    (description === undefined ? '' : `"Description":${JSON.stringify(description)},`) +
    '"LastAccessTime":"2024-03-04T05:06:07.890Z","Owner":"hadoop",' +
    `"Parameters":${parameters},` +
    `"PartitionKeys":[{"Name":"dt",${dt}"Type":"string"}],` +
    '"Retention":0,' +
    '"StorageDescriptor":{"Columns":[' +
    `{"Name":"id",${id}"Parameters":{"iceberg.field.id":"1"},"Type":"bigint"},` +
    `{"Name":"email",${email}"Type":"string"}],` +
    '"Compressed":false,"InputFormat":"org.apache.hadoop.hive.ql.io.parquet.MapredParquetInputFormat",' +
    '"Location":"s3://bucket/sales/orders/","NumberOfBuckets":-1,' +
    '"OutputFormat":"org.apache.hadoop.hive.ql.io.parquet.MapredParquetOutputFormat",' +
    '"SerdeInfo":{"Parameters":{"serialization.format":"1"},"SerializationLibrary":"org.apache.hadoop.hive.ql.io.parquet.serde.ParquetHiveSerDe"},' +
    '"StoredAsSubDirectories":false},' +
    '"TableType":"EXTERNAL_TABLE"}'
  );
}

const ordersRequest = (input: string, head = '"DatabaseName":"sales","VersionId":"7"') => `glue:UpdateTable {${head},"SkipArchive":true,"TableInput":${input}}`;

/** The text of the one statement of a change; a request's is the one statementText shows. */
function sqlOf(one: Change, templates: SqlTemplates = {}, context: CompileContext = CONTEXT): string {
  const [statement, ...rest] = dialect.compile([one], templates, context);
  expect(rest).toEqual([]);
  expect(statement?.changes).toEqual([0]);
  if (statement!.request) expect(statement!.sql).toBe(statementText(statement!.request));
  return statement!.sql;
}

/** The request a statement sends, parsed back. */
function requestOf(sql: string): JsonObject {
  const parsed = parseGlueRequest(sql);
  if (!parsed) throw new Error(`not a Glue request: ${sql}`);
  expect(parsed.operation).toBe('UpdateTable');
  return parsed.request;
}

const GOLDEN: [string, Change, string][] = [
  [
    'table description: Description and Parameters.comment, everything else restated',
    change(table(), 'description', 'One row per order'),
    ordersRequest(ordersInput({ description: 'One row per order', parameters: '{"EXTERNAL":"TRUE","classification":"parquet","comment":"One row per order"}' })),
  ],
  [
    'table description clear: both removed',
    change(table(), 'description', null),
    ordersRequest(ordersInput({ parameters: '{"EXTERNAL":"TRUE","classification":"parquet"}' })),
  ],
  [
    'table without a relation (as import may name it)',
    change(table(undefined), 'description', 'x'),
    ordersRequest(ordersInput({ description: 'x', parameters: '{"EXTERNAL":"TRUE","classification":"parquet","comment":"x"}' })),
  ],
  ['column comment: replaced', change(column('id'), 'description', 'Key'), ordersRequest(ordersInput({ id: '"Comment":"Key",' }))],
  ['column comment: added', change(column('email'), 'description', 'Mail'), ordersRequest(ordersInput({ email: '"Comment":"Mail",' }))],
  ['column comment clear: Comment removed', change(column('id'), 'description', null), ordersRequest(ordersInput({ id: '' }))],
  ['partition key comment', change(column('dt'), 'description', 'Partition day'), ordersRequest(ordersInput({ dt: '"Comment":"Partition day",' }))],
  ['partition key comment clear', change(column('dt'), 'description', null), ordersRequest(ordersInput({ dt: '' }))],
  ['column named in another case (Glue folds to lower case)', change(column('EMAIL'), 'description', 'Mail'), ordersRequest(ordersInput({ email: '"Comment":"Mail",' }))],
  [
    'a table without parameters, version or partition keys',
    change(table('table', 'lines'), 'description', 'Lines'),
    'glue:UpdateTable {"DatabaseName":"sales","VersionId":"2","SkipArchive":true,"TableInput":{"Name":"lines","Description":"Lines","Parameters":{"comment":"Lines"},"PartitionKeys":[],"StorageDescriptor":{"Columns":[{"Name":"n","Type":"int"}]},"TableType":"EXTERNAL_TABLE"}}',
  ],
  [
    'escaped as JSON: quotes, backslashes, control characters, line separators',
    change(table(), 'description', 'a"b\\c\nd\te\u0007f\u2028g\u2029h'),
    ordersRequest(
      ordersInput({
        description: 'a"b\\c\nd\te\u0007f\u2028g\u2029h',
        parameters: '{"EXTERNAL":"TRUE","classification":"parquet","comment":"a\\"b\\\\c\\nd\\te\\u0007f\\u2028g\\u2029h"}',
      }).replace('"Description":"a\\"b\\\\c\\nd\\te\\u0007f\u2028g\u2029h"', '"Description":"a\\"b\\\\c\\nd\\te\\u0007f\\u2028g\\u2029h"'),
    ),
  ],
];

describe('athena dialect: golden Glue requests', () => {
  it.each(GOLDEN)('%s', (_name, one, expected) => {
    expect(sqlOf(one)).toBe(expected);
  });

  it('names the catalog when the connection does', () => {
    const context = { [tableKey('sales', 'lines')]: restated(LINES, '210987654321') };
    expect(sqlOf(change(table('table', 'lines'), 'description', null), {}, context)).toBe(
      'glue:UpdateTable {"CatalogId":"210987654321","DatabaseName":"sales","VersionId":"2","SkipArchive":true,"TableInput":{"Name":"lines","PartitionKeys":[],"StorageDescriptor":{"Columns":[{"Name":"n","Type":"int"}]},"TableType":"EXTERNAL_TABLE"}}',
    );
  });

  it('leaves VersionId out when Glue reported none', () => {
    const context = { [tableKey('sales', 'lines')]: { ...restated(LINES), versionId: null } };
    expect(sqlOf(change(column('n', 'lines'), 'description', 'N'), {}, context)).toBe(
      'glue:UpdateTable {"DatabaseName":"sales","SkipArchive":true,"TableInput":{"Name":"lines","PartitionKeys":[],"StorageDescriptor":{"Columns":[{"Name":"n","Comment":"N","Type":"int"}]},"TableType":"EXTERNAL_TABLE"}}',
    );
  });

  it('writes every change of one table into one UpdateTable, placed at its first change', () => {
    const changes = [
      change(column('id'), 'description', 'Key'),
      change(column('n', 'lines'), 'description', 'Line'),
      change(table(), 'description', 'Orders'),
      change(column('dt'), 'description', null),
      change(column('email'), 'description', 'Mail'),
    ];
    const statements = dialect.compile(changes, {}, CONTEXT);
    expect(statements.map((statement) => statement.request?.kind)).toEqual(['glue.UpdateTable', 'glue.UpdateTable']);
    expect(statements.map(({ sql, changes }) => ({ sql, changes }))).toEqual([
      {
        sql: ordersRequest(
          ordersInput({
            description: 'Orders',
            parameters: '{"EXTERNAL":"TRUE","classification":"parquet","comment":"Orders"}',
            id: '"Comment":"Key",',
            email: '"Comment":"Mail",',
            dt: '',
          }),
        ),
        changes: [0, 2, 3, 4],
      },
      {
        sql: 'glue:UpdateTable {"DatabaseName":"sales","VersionId":"2","SkipArchive":true,"TableInput":{"Name":"lines","PartitionKeys":[],"StorageDescriptor":{"Columns":[{"Name":"n","Comment":"Line","Type":"int"}]},"TableType":"EXTERNAL_TABLE"}}',
        changes: [1],
      },
    ]);
  });

  it('compiles the same text for the same read, whatever order Glue listed keys in', () => {
    const shuffled: Table = { ...ORDERS, Parameters: { classification: 'parquet', EXTERNAL: 'TRUE', comment: 'old' } };
    const context = { [tableKey('sales', 'orders')]: restated(shuffled) };
    expect(sqlOf(change(table(), 'description', 'x'), {}, context)).toBe(sqlOf(change(table(), 'description', 'x')));
  });

  it('compiles no request without the context (planning is one pass: readCompileContext comes first)', () => {
    const changes = [change(column('id'), 'description', "it's"), change(table(), 'description', null)];
    expect(() => dialect.compile(changes, {})).toThrow('no Glue table `sales`.`orders` in the compile context');
  });

  it('throws a programming error when the context lacks a table it needs', () => {
    expect(() => dialect.compile([change(column('id', 'other'), 'description', 'x')], {}, CONTEXT)).toThrow(
      'no Glue table `sales`.`other` in the compile context: readCompileContext must read every table whose descriptions change',
    );
  });

  it('refuses a column the table no longer has, and one two columns match case-insensitively', () => {
    expect(() => sqlOf(change(column('gone'), 'description', 'x'))).toThrow(
      'column "gone" is not in Glue table `sales`.`orders`: the table changed since it was read; plan again',
    );
    const twins: Table = { ...LINES, StorageDescriptor: { Columns: [{ Name: 'a', Type: 'int' }, { Name: 'A', Type: 'int' }] } };
    const context = { [tableKey('sales', 'lines')]: restated(twins) };
    expect(() => sqlOf(change(column('a', 'lines'), 'description', 'x'), {}, context)).not.toThrow();
    expect(() => sqlOf(change(column('â', 'lines'), 'description', 'x'), {}, context)).toThrow(/is not in Glue table/);
    const folded = { [tableKey('sales', 'lines')]: restated({ ...twins, StorageDescriptor: { Columns: [{ Name: 'Ab', Type: 'int' }, { Name: 'aB', Type: 'int' }] } }) };
    expect(() => sqlOf(change(column('ab', 'lines'), 'description', 'x'), {}, folded)).toThrow(/is not in Glue table/);
  });

  it('refuses a table that became a view, Iceberg table or resource link since introspection', () => {
    const cases: [Table, string][] = [
      [{ ...LINES, TableType: 'VIRTUAL_VIEW' }, 'view'],
      [{ ...LINES, Parameters: { table_type: 'ICEBERG' } }, 'external table'],
      [{ ...LINES, TargetTable: { DatabaseName: 'x', Name: 'y' } }, 'foreign table'],
    ];
    for (const [read, what] of cases) {
      const context = { [tableKey('sales', 'lines')]: restated(read) };
      expect(() => sqlOf(change(table('table', 'lines'), 'description', 'x'), {}, context)).toThrow(
        `Glue table \`sales\`.\`lines\` is a ${what} now: revmeta does not write its descriptions; plan again`,
      );
    }
  });

  it.each<[string, Change, RegExp]>([
    ['a catalog description', change({ kind: 'database', database: DATABASE }, 'description', 'x'), /data catalog .* has no description/],
    ['a Glue database description', change({ kind: 'schema', database: DATABASE, schema: 'sales' }, 'description', 'x'), /does not write Glue database/],
    ['a view comment', change(table('view'), 'description', 'x'), /descriptions of a Glue view/],
    ['an Iceberg table', change(table('external_table'), 'description', 'x'), /descriptions of a Glue external table/],
    ['an owner', change(table(), 'owner', 'dp'), /does not write owners/],
    ['a tag', { ...change(table(), 'tag', 'Sensitive', 'add'), tag: 'PII' }, /does not write tags/],
    ['a table without schema', change({ kind: 'table', database: DATABASE, table: 't' }, 'description', 'x'), /needs its schema/],
  ])('refuses %s', (_name, one, message) => {
    expect(() => dialect.compile([one], {}, CONTEXT)).toThrow(message);
  });
});

describe('athena dialect: the hostile corpus', () => {
  it.each(HOSTILE_VALUES.map((c) => [c.name, c.value] as const))('table description %s: the request carries it exactly, on one line', (_name, value) => {
    const sql = sqlOf(change(table(), 'description', value));
    expect(sql).not.toMatch(/[\n\r\u2028\u2029]/);
    const input = requestOf(sql).TableInput as JsonObject;
    expect(input.Description).toBe(value);
    expect((input.Parameters as JsonObject).comment).toBe(value);
    // Nothing else moved.
    const { Description: _d, Parameters: _p, ...rest } = input;
    const { Description: _d0, Parameters: _p0, ...before } = restateTable(ORDERS);
    expect(rest).toEqual(before);
  });

  it.each(HOSTILE_VALUES.map((c) => [c.name, c.value] as const))('column comment %s: the request carries it exactly', (_name, value) => {
    const input = requestOf(sqlOf(change(column('email'), 'description', value))).TableInput as JsonObject;
    const columns = (input.StorageDescriptor as { Columns: JsonObject[] }).Columns;
    expect(columns.map((c) => c.Comment ?? null)).toEqual(['Surrogate key', value]);
  });

  it.each(HOSTILE_IDENTIFIERS.map((c) => [c.name, c.value] as const))('names %s: the request names the table and column exactly', (_name, name) => {
    const read: Table = { Name: name, DatabaseName: name, VersionId: '1', StorageDescriptor: { Columns: [{ Name: name, Type: 'string' }] } };
    const context = { [tableKey(name, name)]: restated(read) };
    const changes = [change(table('table', name, name), 'description', 'T'), change(column(name, name, name), 'description', 'C')];
    const [statement, ...rest] = dialect.compile(changes, {}, context);
    expect(rest).toEqual([]);
    const request = requestOf(statement!.sql);
    expect(request.DatabaseName).toBe(name);
    expect((request.TableInput as JsonObject).Name).toBe(name);
    expect((request.TableInput as { StorageDescriptor: { Columns: JsonObject[] } }).StorageDescriptor.Columns).toEqual([{ Name: name, Comment: 'C', Type: 'string' }]);
  });

  it('keys tables unambiguously, whatever their names hold', () => {
    const keys = new Set<string>();
    for (const a of HOSTILE_IDENTIFIERS) for (const b of HOSTILE_IDENTIFIERS) keys.add(tableKey(a.value, b.value));
    expect(keys.size).toBe(HOSTILE_IDENTIFIERS.length ** 2);
    expect(tableKey('a`.`b', 'c')).not.toBe(tableKey('a', 'b`.`c'));
  });
});

describe('athena: what Glue cannot store is a plan-time conflict', () => {
  const leaf = (kind: ObservedNode['kind'], name: string, children: ObservedNode[] = [], relation?: RelationKind): ObservedNode => ({
    kind,
    name,
    ...(relation ? { relation } : {}),
    description: null,
    owner: null,
    tags: {},
    children,
  });
  const observed = {
    service: SERVICE,
    databases: [leaf('database', DATABASE, [leaf('schema', 'sales', [leaf('table', 'orders', [leaf('column', 'id'), leaf('column', 'email'), leaf('column', 'dt')], 'table')])])],
  };

  function planOf(tableDescription: string | undefined, columnDescription: string | undefined, policy: ServicePolicy = {}) {
    return planService({
      name: SERVICE,
      type: 'athena',
      desired: manifests({ sales: { tables: { orders: { description: tableDescription, columns: { email: columnDescription } } } } }),
      observed,
      capabilities: capabilities(),
      dialect,
      policy,
      compileContext: CONTEXT,
    });
  }

  /** What the planner says about each hostile value, on a table and on a column. */
  const expected = (level: 'table' | 'column', value: string): string | null => {
    const max = level === 'table' ? 2048 : 255;
    if (level === 'column' && /[\r\n]/.test(value)) return 'it contains a line break, which the source does not allow';
    const bad = /[^\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}\t\r\n]/u.exec(value)?.[0];
    if (bad) return `it contains U+${bad.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}, a character Glue does not accept in this field`;
    if ([...value].length > max) return `longer than ${max}`;
    return null;
  };

  it.each(HOSTILE_VALUES.map((c) => [c.name, c.value] as const))('%s', (_name, value) => {
    const onTable = planOf(value, undefined);
    const onColumn = planOf(undefined, value);
    for (const [level, result] of [['table', onTable], ['column', onColumn]] as const) {
      const why = expected(level, value);
      if (why === null) {
        expect(result.conflicts, level).toEqual([]);
        expect(result.changes.map((c) => c.after), level).toEqual([value]);
      } else {
        expect(result.changes, level).toEqual([]);
        expect(result.conflicts, level).toHaveLength(1);
        expect(result.conflicts[0]!.reason, level).toContain(why.startsWith('longer') ? String(level === 'table' ? 2048 : 255) : why);
      }
    }
  });

  it('refuses a column comment longer than 255 characters, and one with a line break', () => {
    const long = planOf(undefined, 'x'.repeat(256));
    expect(long.changes).toEqual([]);
    expect(long.conflicts.map((c) => c.reason)).toEqual([expect.stringMatching(/255/)]);
    expect(planOf(undefined, 'é'.repeat(255)).conflicts).toEqual([]);
    expect(planOf(undefined, '🚀'.repeat(255)).conflicts).toEqual([]);
    expect(planOf(undefined, 'a\nb').conflicts.map((c) => c.reason)).toEqual(['athena cannot store this description on a column: it contains a line break, which the source does not allow']);
    expect(planOf(undefined, 'a\rb').conflicts).toHaveLength(1);
    expect(planOf(undefined, 'a\tb').conflicts).toEqual([]);
  });

  it('refuses a table description longer than 2048 characters; line breaks are fine there', () => {
    expect(planOf('x'.repeat(2048), undefined).conflicts).toEqual([]);
    expect(planOf('x'.repeat(2049), undefined).conflicts.map((c) => c.reason)).toEqual([expect.stringMatching(/2048/)]);
    expect(planOf('a\nb\r\nc', undefined).conflicts).toEqual([]);
  });

  it('refuses control characters, U+FFFE/U+FFFF and lone surrogates with the code point named', () => {
    expect(planOf('bell \u0007', undefined).conflicts.map((c) => c.reason)).toEqual([
      'athena cannot store this description on a table: it contains U+0007, a character Glue does not accept in this field',
    ]);
    expect(planOf(undefined, 'x\uFFFF').conflicts.map((c) => c.reason)).toEqual([
      'athena cannot store this description on a column: it contains U+FFFF, a character Glue does not accept in this field',
    ]);
    expect(planOf(undefined, 'lone \uD800 surrogate').conflicts.map((c) => c.reason)).toEqual([
      'athena cannot store this description on a column: it contains U+D800, a character Glue does not accept in this field',
    ]);
  });

  it('truncates visibly instead, when the service says so', () => {
    const result = planOf(undefined, 'y'.repeat(300), { tooLong: 'truncate' });
    expect(result.conflicts).toEqual([]);
    const after = result.changes[0]!.after!;
    expect([...after]).toHaveLength(255);
    expect(after.endsWith(TRUNCATION_MARKER)).toBe(true);
    expect(result.warnings.map((w) => w.code)).toEqual(['truncated']);
    const input = requestOf(changesWithSql(result)[0]!.sql[0]!).TableInput as { StorageDescriptor: { Columns: JsonObject[] } };
    expect(input.StorageDescriptor.Columns[1]!.Comment).toBe(after);
  });
});

describe('athena dialect: custom templates (Athena DDL)', () => {
  const templates: SqlTemplates = {
    tableDescription: "ALTER TABLE {schema}.{table} SET TBLPROPERTIES ('comment' = {description})",
    columnDescription: 'ALTER TABLE {schema}.{table} CHANGE COLUMN {column} {column} string COMMENT {description}',
  };

  it.each<[string, Change, string]>([
    ['table', change(table(), 'description', "it's \\ new\nline"), "ALTER TABLE `sales`.`orders` SET TBLPROPERTIES ('comment' = 'it\\'s \\\\ new\\nline')"],
    ['table clear', change(table(), 'description', null), "ALTER TABLE `sales`.`orders` SET TBLPROPERTIES ('comment' = '')"],
    ['column', change(column('select'), 'description', 'Chosen'), "ALTER TABLE `sales`.`orders` CHANGE COLUMN `select` `select` string COMMENT 'Chosen'"],
    [
      'names with backticks',
      change({ ...column('a`b', 'c`d', 'e`f') }, 'description', 'x'),
      "ALTER TABLE `e``f`.`c``d` CHANGE COLUMN `a``b` `a``b` string COMMENT 'x'",
    ],
  ])('%s', (_name, one, expected) => {
    expect(sqlOf(one, templates, {})).toBe(expected);
  });

  it('uses a template for its operation only; the others stay Glue requests', () => {
    const statements = dialect.compile(
      [change(table(), 'description', 'T'), change(column('id'), 'description', 'K')],
      { tableDescription: templates.tableDescription! },
      CONTEXT,
    );
    expect(statements.map((s) => [s.sql.slice(0, 20), s.changes])).toEqual([
      ["ALTER TABLE `sales`.", [0]],
      ['glue:UpdateTable {"D', [1]],
    ]);
  });

  it('quotes as Hive DDL does: backticks doubled, backslash escapes in literals, CR/LF/NUL escaped', () => {
    expect(quoteIdentifier('order')).toBe('`order`');
    expect(quoteIdentifier('a`b')).toBe('`a``b`');
    expect(() => quoteIdentifier('a\0b')).toThrow(/NUL/);
    expect(quoteLiteral("a'b\\c\nd\re\0f\tg\"h")).toBe("'a\\'b\\\\c\\nd\\re\\u0000f\tg\"h'");
    expect(dialect.nullLiteral).toBe("''");
  });
});

describe('athena: restating a table', () => {
  it('keeps every TableInput member as read and leaves the read-only ones out', () => {
    const input = restateTable(ORDERS);
    expect(Object.keys(input)).toEqual(['Name', 'LastAccessTime', 'Owner', 'Parameters', 'PartitionKeys', 'Retention', 'StorageDescriptor', 'TableType']);
    expect(input.LastAccessTime).toBe('2024-03-04T05:06:07.890Z');
    expect(input.StorageDescriptor).toEqual(canonicalJson(JSON.parse(JSON.stringify(ORDERS.StorageDescriptor))));
  });

  it('refuses a Glue view (its ViewDefinition is read in another shape than UpdateTable takes)', () => {
    expect(() => restateTable({ ...LINES, ViewDefinition: { IsProtected: false } })).toThrow(/ViewDefinition/);
  });

  it('orders keys canonically: Name first, the rest sorted, arrays kept', () => {
    expect(JSON.stringify(canonicalJson({ b: 1, Name: 'n', a: [{ z: 1, Name: 'x' }, 2], A: null }))).toBe('{"Name":"n","A":null,"a":[{"Name":"x","z":1},2],"b":1}');
  });

  it.each<[string, Parameters<typeof relationOfTable>[0], RelationKind]>([
    ['a Hive table', { TableType: 'EXTERNAL_TABLE', Parameters: { EXTERNAL: 'TRUE' } }, 'table'],
    ['a managed table', { TableType: 'MANAGED_TABLE' }, 'table'],
    ['no table type', {}, 'table'],
    ['an Athena view', { TableType: 'VIRTUAL_VIEW', Parameters: { presto_view: 'true', comment: 'Presto View' } }, 'view'],
    ['a Glue view', { TableType: 'VIRTUAL_VIEW', ViewDefinition: {}, IsMultiDialectView: true }, 'view'],
    ['a Glue materialized view', { IsMaterializedView: true }, 'materialized_view'],
    ['an Iceberg table', { TableType: 'EXTERNAL_TABLE', Parameters: { table_type: 'ICEBERG', metadata_location: 's3://x' } }, 'external_table'],
    ['an Iceberg table, lower case', { Parameters: { TABLE_TYPE: 'iceberg' } }, 'external_table'],
    ['a Delta Lake table', { Parameters: { 'spark.sql.sources.provider': 'delta' } }, 'external_table'],
    // Hudi's meta sync rewrites the Glue table on each commit (hudi.apache.org, "AWS Glue Data Catalog").
    ['a Hudi table, by its Spark provider', { Parameters: { 'spark.sql.sources.provider': 'hudi' } }, 'external_table'],
    ['a Hudi table, by its input format', { StorageDescriptor: { InputFormat: 'org.apache.hudi.hadoop.HoodieParquetInputFormat' } }, 'external_table'],
    ['a Hudi merge-on-read table', { StorageDescriptor: { InputFormat: 'org.apache.hudi.hadoop.realtime.HoodieParquetRealtimeInputFormat' } }, 'external_table'],
    ['a Parquet table', { StorageDescriptor: { InputFormat: 'org.apache.hadoop.hive.ql.io.parquet.MapredParquetInputFormat' } }, 'table'],
    ['a resource link', { TargetTable: { DatabaseName: 'd', Name: 't' } }, 'foreign_table'],
    ['a federated table', { FederatedTable: { Identifier: 'x' } }, 'foreign_table'],
  ])('%s is a %s relation', (_name, read, relation) => {
    expect(relationOfTable(read)).toBe(relation);
  });
});

describe('athena: statement text', () => {
  it('parses glue requests and leaves Athena SQL alone', () => {
    expect(parseGlueRequest('ALTER TABLE x SET TBLPROPERTIES (...)')).toBeNull();
    expect(parseGlueRequest('glue:GetTable {"DatabaseName":"a","Name":"b"}')).toEqual({ operation: 'GetTable', request: { DatabaseName: 'a', Name: 'b' } });
    expect(() => parseGlueRequest('glue:UpdateTable {oops}')).toThrow(/does not parse/);
    expect(() => parseGlueRequest('glue:UpdateTable []')).toThrow(/not a Glue request/);
  });
});
