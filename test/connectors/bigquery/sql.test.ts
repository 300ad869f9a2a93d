/**
 * Golden statements of the bigquery dialect for every statement kind (DDL and the
 * tables.patch request), label normalisation, reading option values back, and the hostile
 * corpus compiled and read back by two independent readers of GoogleSQL literals: the
 * connector's own (literal.ts) and the fake server's lexer (ZetaSQL's rules, written apart).
 */
import { describe, expect, it } from 'vitest';
import { capabilities, normaliseLabel, refuseLabel, tagRules } from '../../../src/connectors/bigquery/capabilities.js';
import { bigquery } from '../../../src/connectors/bigquery/index.js';
import { LiteralError, parseLabels, parseStringLiteral, quoteIdentifier, quoteLiteral, readQuoted } from '../../../src/connectors/bigquery/literal.js';
import { objectKey, type BigQueryCompileContext, type SchemaField } from '../../../src/connectors/bigquery/sql.js';
import type { ApiRequest } from '../../../src/connectors/types.js';
import { statementText } from '../../../src/model/change.js';
import { compileTemplate } from '../../../src/connectors/template.js';
import type { SqlTemplates } from '../../../src/connectors/types.js';
import type { ObjectRef, RelationKind } from '../../../src/model/types.js';
import type { Change } from '../../../src/plan/types.js';
import { HOSTILE_IDENTIFIERS, HOSTILE_VALUES } from '../../corpus/hostile.js';
import { tokenize, toStringLiteral } from './fake/lexer.js';

const { dialect } = bigquery;
const P = 'acme-analytics';

function change(object: ObjectRef, field: Change['field'], after: string | null, extra: Partial<Change> = {}): Change {
  return { service: 'lake', object, field, action: after === null ? 'clear' : 'set', before: null, after, statements: [], ...extra };
}
const tag = (object: ObjectRef, key: string, after: string | null, action: Change['action'], before: string | null = null) =>
  change(object, 'tag', after, { tag: key, action, before });

const dataset: ObjectRef = { kind: 'schema', database: P, schema: 'sales' };
const table = (relation?: RelationKind, name = 'orders'): ObjectRef => ({
  kind: 'table',
  database: P,
  schema: 'sales',
  table: name,
  ...(relation ? { relation } : {}),
});
const column_ = (path: string) => column(path);
const column = (path: string, relation: RelationKind = 'table', tableName = 'orders'): ObjectRef => ({ ...table(relation, tableName), kind: 'column', column: path });

const CONTEXT: BigQueryCompileContext = {
  tables: {
    [objectKey(P, 'sales', 'orders')]: {
      etag: 'ETag/orders==',
      fields: [
      { name: 'id', type: 'INT64', mode: 'REQUIRED', description: 'Key' },
      {
        name: 'address',
        type: 'RECORD',
        mode: 'NULLABLE',
        fields: [
          { name: 'city', type: 'STRING', mode: 'NULLABLE', policyTags: { names: ['projects/x/taxonomies/1/policyTags/2'] } },
          { name: 'geo', type: 'RECORD', fields: [{ name: 'lat', type: 'FLOAT64', description: 'old' }] },
        ],
      },
      ],
    },
  },
};

/** The text of each statement; a request's is the one statementText shows. */
function sqlOf(changes: Change[], context: BigQueryCompileContext | 'none' = CONTEXT, templates: SqlTemplates = {}): string[] {
  return dialect.compile(changes, templates, context === 'none' ? undefined : context).map((statement) => {
    if (statement.request) expect(statement.sql).toBe(statementText(statement.request));
    return statement.sql;
  });
}

/** The one statement of these changes, which must be a tables.patch request. */
function patchOf(changes: Change[], context: BigQueryCompileContext): Extract<ApiRequest, { kind: 'bigquery.tables.patch' }> {
  const [statement, ...rest] = dialect.compile(changes, {}, context);
  expect(rest).toEqual([]);
  if (statement?.request?.kind !== 'bigquery.tables.patch') throw new Error(`not a tables.patch: ${statement?.sql}`);
  return statement.request;
}

const GOLDEN: [string, Change[], string][] = [
  ['dataset description', [change(dataset, 'description', 'Core')], "ALTER SCHEMA `acme-analytics`.`sales` SET OPTIONS (description = 'Core')"],
  ['dataset description clear', [change(dataset, 'description', null)], 'ALTER SCHEMA `acme-analytics`.`sales` SET OPTIONS (description = NULL)'],
  // Labels: a patch of the changed keys, merged by BigQuery into the object's (the unmanaged labels stay, unread).
  ['dataset label added', [tag(dataset, 'tier', 'gold', 'add')], 'PATCH projects/acme-analytics/datasets/sales {"labels":{"tier":"gold"}}'],
  [
    'dataset label changed and removed, with the description, in one request',
    [change(dataset, 'description', "it's"), tag(dataset, 'pii', 'sensitive', 'set', 'none'), tag(dataset, 'team', null, 'remove', 'finance')],
    'PATCH projects/acme-analytics/datasets/sales {"description":"it\'s","labels":{"pii":"sensitive","team":null}}',
  ],
  ['last label removed', [tag(table('table'), 'x', null, 'remove', 'y')], 'PATCH projects/acme-analytics/datasets/sales/tables/orders {"labels":{"x":null}}'],
  ['view label', [tag(table('view'), 'x', 'y', 'add')], 'PATCH projects/acme-analytics/datasets/sales/tables/orders {"labels":{"x":"y"}}'],
  [
    'a label with the description cleared',
    [change(table('materialized_view'), 'description', null), tag(table('materialized_view'), 'x', 'y', 'add')],
    'PATCH projects/acme-analytics/datasets/sales/tables/orders {"description":null,"labels":{"x":"y"}}',
  ],
  ['table description', [change(table('table'), 'description', 'x')], "ALTER TABLE `acme-analytics`.`sales`.`orders` SET OPTIONS (description = 'x')"],
  ['table without relation', [change(table(), 'description', 'x')], "ALTER TABLE `acme-analytics`.`sales`.`orders` SET OPTIONS (description = 'x')"],
  ['view description', [change(table('view'), 'description', 'x')], "ALTER VIEW `acme-analytics`.`sales`.`orders` SET OPTIONS (description = 'x')"],
  [
    'materialized view description',
    [change(table('materialized_view'), 'description', null)],
    'ALTER MATERIALIZED VIEW `acme-analytics`.`sales`.`orders` SET OPTIONS (description = NULL)',
  ],
  // External tables refuse this statement (the planner withholds them: kinds.test.ts); a snapshot takes it.
  ['snapshot description', [change(table('snapshot'), 'description', 'x')], "ALTER TABLE `acme-analytics`.`sales`.`orders` SET OPTIONS (description = 'x')"],
  [
    'table description and label together',
    [change(table('table'), 'description', 'Orders'), tag(table('table'), 'pii', 'sensitive', 'add')],
    'PATCH projects/acme-analytics/datasets/sales/tables/orders {"description":"Orders","labels":{"pii":"sensitive"}}',
  ],
  ['column description', [change(column('id'), 'description', 'Key')], "ALTER TABLE `acme-analytics`.`sales`.`orders` ALTER COLUMN `id` SET OPTIONS (description = 'Key')"],
  ['column description clear', [change(column('id'), 'description', null)], 'ALTER TABLE `acme-analytics`.`sales`.`orders` ALTER COLUMN `id` SET OPTIONS (description = NULL)'],
  [
    'columns of one table in one statement',
    [change(column('id'), 'description', 'a'), change(column('total'), 'description', 'b')],
    "ALTER TABLE `acme-analytics`.`sales`.`orders` ALTER COLUMN `id` SET OPTIONS (description = 'a'), ALTER COLUMN `total` SET OPTIONS (description = 'b')",
  ],
  ['view column', [change(column('id', 'view'), 'description', 'a')], "ALTER VIEW `acme-analytics`.`sales`.`orders` ALTER COLUMN `id` SET OPTIONS (description = 'a')"],
  [
    'nested field: tables.patch with the whole schema, only the description changed, guarded by the etag it was read with',
    [change(column('address.city'), 'description', 'City')],
    'PATCH projects/acme-analytics/datasets/sales/tables/orders (If-Match: ETag/orders==) {"schema":{"fields":[{"description":"Key","mode":"REQUIRED","name":"id","type":"INT64"},' +
      '{"fields":[{"description":"City","mode":"NULLABLE","name":"city","policyTags":{"names":["projects/x/taxonomies/1/policyTags/2"]},"type":"STRING"},' +
      '{"fields":[{"description":"old","name":"lat","type":"FLOAT64"}],"name":"geo","type":"RECORD"}],"mode":"NULLABLE","name":"address","type":"RECORD"}]}}',
  ],
  [
    'nested and top-level fields of one table: one patch; a cleared description is dropped',
    [change(column('id'), 'description', null), change(column('"address.geo".lat'), 'description', 'Latitude')],
    'PATCH projects/acme-analytics/datasets/sales/tables/orders (If-Match: ETag/orders==) {"schema":{"fields":[{"mode":"REQUIRED","name":"id","type":"INT64"},' +
      '{"fields":[{"mode":"NULLABLE","name":"city","policyTags":{"names":["projects/x/taxonomies/1/policyTags/2"]},"type":"STRING"},' +
      '{"fields":[{"description":"Latitude","name":"lat","type":"FLOAT64"}],"name":"geo","type":"RECORD"}],"mode":"NULLABLE","name":"address","type":"RECORD"}]}}',
  ],
  [
    'a domain-scoped project and a table name with spaces',
    [change({ ...table('table', 'order lines'), database: 'example.com:proj' }, 'description', 'x')],
    "ALTER TABLE `example.com:proj`.`sales`.`order lines` SET OPTIONS (description = 'x')",
  ],
  ['backslash and quote', [change(dataset, 'description', "C:\\dir\\'x'")], "ALTER SCHEMA `acme-analytics`.`sales` SET OPTIONS (description = 'C:\\\\dir\\\\\\'x\\'')"],
  ['line breaks and tabs', [change(dataset, 'description', 'a\nb\r\nc\td')], "ALTER SCHEMA `acme-analytics`.`sales` SET OPTIONS (description = 'a\\nb\\r\\nc\\td')"],
  ['other control characters', [change(dataset, 'description', 'bell\u0007 esc\u001b del\u007f')], "ALTER SCHEMA `acme-analytics`.`sales` SET OPTIONS (description = 'bell\\x07 esc\\x1B del\\x7F')"],
  [
    "the client's {{projectId}} token",
    [change(dataset, 'description', 'in {{projectId}} and {{{projectId}}}')],
    "ALTER SCHEMA `acme-analytics`.`sales` SET OPTIONS (description = 'in \\x7B{projectId}} and {\\x7B{projectId}}}')",
  ],
  ['unicode stays as it is', [change(dataset, 'description', 'é 🚀 \u2028 "x"')], "ALTER SCHEMA `acme-analytics`.`sales` SET OPTIONS (description = 'é 🚀 \u2028 \"x\"')"],
];

describe('bigquery dialect: golden statements', () => {
  it.each(GOLDEN)('%s', (_name, changes, expected) => {
    const statements = dialect.compile(changes, {}, CONTEXT);
    expect(statements.map(({ sql, changes }) => ({ sql, changes }))).toEqual([{ sql: expected, changes: changes.map((_, i) => i) }]);
    // A tables.patch is a typed request; its text is the one statementText shows. SQL is SQL only.
    const [statement] = statements;
    if (expected.startsWith('PATCH ')) expect(statement!.sql).toBe(statementText(statement!.request!));
    else expect(statement!.request).toBeUndefined();
  });

  it('puts all changes of one object in one statement, at its first change, objects apart', () => {
    const changes = [
      change(table('table'), 'description', 'Orders'),
      change(column('id'), 'description', 'Key'),
      change(dataset, 'description', 'S'),
      tag(table('table'), 'pii', 'sensitive', 'add'),
      change(column('total'), 'description', 'Sum'),
      change(column('id', 'table', 'customers'), 'description', 'C'),
    ];
    expect(dialect.compile(changes, {}, CONTEXT)).toEqual([
      {
        sql: 'PATCH projects/acme-analytics/datasets/sales/tables/orders {"description":"Orders","labels":{"pii":"sensitive"}}',
        changes: [0, 3],
        request: { kind: 'bigquery.tables.patch', resource: 'projects/acme-analytics/datasets/sales/tables/orders', body: { description: 'Orders', labels: { pii: 'sensitive' } } },
      },
      {
        sql: "ALTER TABLE `acme-analytics`.`sales`.`orders` ALTER COLUMN `id` SET OPTIONS (description = 'Key'), ALTER COLUMN `total` SET OPTIONS (description = 'Sum')",
        changes: [1, 4],
      },
      { sql: "ALTER SCHEMA `acme-analytics`.`sales` SET OPTIONS (description = 'S')", changes: [2] },
      { sql: "ALTER TABLE `acme-analytics`.`sales`.`customers` ALTER COLUMN `id` SET OPTIONS (description = 'C')", changes: [5] },
    ]);
  });

  it('keeps tables of one name in other datasets and projects apart', () => {
    const other = { ...column('id'), schema: 'staging' };
    const elsewhere = { ...column('id'), database: 'other-project' };
    expect(sqlOf([change(column('id'), 'description', 'a'), change(other, 'description', 'b'), change(elsewhere, 'description', 'c')])).toEqual([
      "ALTER TABLE `acme-analytics`.`sales`.`orders` ALTER COLUMN `id` SET OPTIONS (description = 'a')",
      "ALTER TABLE `acme-analytics`.`staging`.`orders` ALTER COLUMN `id` SET OPTIONS (description = 'b')",
      "ALTER TABLE `other-project`.`sales`.`orders` ALTER COLUMN `id` SET OPTIONS (description = 'c')",
    ]);
  });

  it('encodes the ids of a patched table in its path', () => {
    const object = { ...column('r.f', 'table', 'order lines/ü'), database: 'example.com:proj' };
    const context: BigQueryCompileContext = {
      tables: { [objectKey('example.com:proj', 'sales', 'order lines/ü')]: { etag: 'e', fields: [{ name: 'r', type: 'RECORD', fields: [{ name: 'f', type: 'STRING' }] }] } },
    };
    const [sql] = sqlOf([change(object, 'description', 'x')], context);
    expect(sql).toBe('PATCH projects/example.com%3Aproj/datasets/sales/tables/order%20lines%2F%C3%BC (If-Match: e) {"schema":{"fields":[{"fields":[{"description":"x","name":"f","type":"STRING"}],"name":"r","type":"RECORD"}]}}');
    expect(patchOf([change(object, 'description', 'x')], context)).toEqual({
      kind: 'bigquery.tables.patch',
      resource: 'projects/example.com%3Aproj/datasets/sales/tables/order%20lines%2F%C3%BC',
      body: { schema: { fields: [{ fields: [{ description: 'x', name: 'f', type: 'STRING' }], name: 'r', type: 'RECORD' }] } },
      etag: 'e',
    });
    expect(sqlOf([tag({ ...table('table', 'order lines/ü'), database: 'example.com:proj' }, 'k', 'v', 'add')], 'none')).toEqual([
      'PATCH projects/example.com%3Aproj/datasets/sales/tables/order%20lines%2F%C3%BC {"labels":{"k":"v"}}',
    ]);
  });

  it('puts a table\'s description and labels in its one tables.patch when a nested field changes too: one request per table', () => {
    const context = CONTEXT;
    const changes = [
      change(table('table'), 'description', "Orders, it's"),
      tag(table('table'), 'pii', 'sensitive', 'set', 'none'),
      tag(table('table'), 'tier', null, 'remove', 'gold'),
      change(column('id'), 'description', 'Surrogate key'),
      change(column('address.geo.lat'), 'description', null),
    ];
    const [statement, ...rest] = dialect.compile(changes, {}, context);
    expect(rest).toEqual([]);
    expect(statement!.changes).toEqual([0, 1, 2, 3, 4]);
    expect(statement!.request).toEqual({
      kind: 'bigquery.tables.patch',
      resource: 'projects/acme-analytics/datasets/sales/tables/orders',
      etag: 'ETag/orders==',
      // tables.patch merges labels: the changed keys only, null removes one (unmanaged labels are neither read nor restated).
      body: {
        description: "Orders, it's",
        labels: { pii: 'sensitive', tier: null },
        schema: {
          fields: [
            { description: 'Surrogate key', mode: 'REQUIRED', name: 'id', type: 'INT64' },
            {
              fields: [
                { mode: 'NULLABLE', name: 'city', policyTags: { names: ['projects/x/taxonomies/1/policyTags/2'] }, type: 'STRING' },
                { fields: [{ name: 'lat', type: 'FLOAT64' }], name: 'geo', type: 'RECORD' },
              ],
              mode: 'NULLABLE',
              name: 'address',
              type: 'RECORD',
            },
          ],
        },
      },
    });
    // A description cleared: null, as the client libraries send it.
    expect(patchOf([change(table('table'), 'description', null), change(column('address.city'), 'description', 'x')], CONTEXT).body.description).toBeNull();
    // Without a nested field the table keeps its DDL: ALTER TABLE ... SET OPTIONS, then the columns' ALTER COLUMN.
    expect(dialect.compile([changes[0]!, changes[3]!], {}, context).map((s) => s.changes)).toEqual([[0], [1]]);
  });

  it('compiles no nested fields without what readCompileContext read (planning is one pass: it comes first)', () => {
    expect(() => sqlOf([change(column('address.city'), 'description', 'x')], 'none')).toThrow(/no schema of .* in the compile context/);
    // Labels need nothing read: a merge of the changed keys.
    expect(sqlOf([tag(dataset, 'pii', 'sensitive', 'add'), tag(dataset, 'team', null, 'remove', 'x')], 'none')).toEqual([
      'PATCH projects/acme-analytics/datasets/sales {"labels":{"pii":"sensitive","team":null}}',
    ]);
    // Descriptions need nothing read: they compile the same with or without a context.
    expect(sqlOf([change(column('id'), 'description', 'x')], 'none')).toEqual(sqlOf([change(column('id'), 'description', 'x')]));
  });

  it.each<[string, Change[], BigQueryCompileContext | undefined, RegExp]>([
    ['a project description', [change({ kind: 'database', database: P }, 'description', 'x')], CONTEXT, /projects hold no description/],
    ['an owner', [change(table(), 'owner', 'dp')], CONTEXT, /no owner/],
    ['a column label', [tag(column('id'), 'pii', 'x', 'add')], CONTEXT, /columns take no labels/],
    ['a column of a materialized view', [change(column('id', 'materialized_view'), 'description', 'x')], CONTEXT, /materialized view take no options/],
    ['a schema not read by readCompileContext', [change(column('a.b', 'table', 'other'), 'description', 'x')], CONTEXT, /readCompileContext must read every table/],
    ['a nested field the schema lacks', [change(column('address.zip'), 'description', 'x')], CONTEXT, /address\.zip is not in the schema.*plan again/],
    ['an empty name', [change({ ...dataset, schema: '' }, 'description', 'x')], CONTEXT, /cannot be empty/],
  ])('refuses %s', (_name, changes, context, message) => {
    expect(() => dialect.compile(changes, {}, context)).toThrow(message);
  });

  it('clears with NULL', () => {
    expect(dialect.nullLiteral).toBe('NULL');
  });
});

describe('bigquery dialect: custom templates', () => {
  const templates: SqlTemplates = {
    tableDescription: 'ALTER TABLE {database}.{schema}.{table} SET OPTIONS (description = {description}, friendly_name = {table})',
  };

  it('replace the built-in statement of their operation, one statement each', () => {
    expect(dialect.compile([change(table('view'), 'description', "it's"), change(dataset, 'description', 'x')], templates, CONTEXT)).toEqual([
      { sql: "ALTER TABLE `acme-analytics`.`sales`.`orders` SET OPTIONS (description = 'it\\'s', friendly_name = `orders`)", changes: [0] },
      { sql: "ALTER SCHEMA `acme-analytics`.`sales` SET OPTIONS (description = 'x')", changes: [1] },
    ]);
  });

  it('do not expand placeholders that arrive inside values or names', () => {
    expect(sqlOf([change(table('table', '{schema}'), 'description', '{table} {description}')], CONTEXT, templates)).toEqual([
      "ALTER TABLE `acme-analytics`.`sales`.`{schema}` SET OPTIONS (description = '{table} {description}', friendly_name = `{schema}`)",
    ]);
  });

  it('quote tag placeholders for BigQuery', () => {
    expect(compileTemplate('{tag_key} = {tag_value}', tag(table(), 'PII `x`', "it's", 'add'), dialect)).toBe("`PII \\`x\\`` = 'it\\'s'");
  });
});

describe('bigquery labels: OpenMetadata tags become label keys and values', () => {
  it.each([
    ['PII', 'pii'],
    ['Sensitive', 'sensitive'],
    ['Data Tier', 'data_tier'],
    ['Tier1', 'tier1'],
    ['cost-center', 'cost-center'],
    ['"a.b"', '_a_b_'],
    ['Parent.Child', 'parent_child'],
    ['Ünïcødé', 'ünïcødé'],
    ['E\u0301cole', 'école'],
    ['名前', '名前'],
    ['x+y=z!', 'x_y_z_'],
    // The examples of docs/connectors/bigquery.md.
    ['Data Owner', 'data_owner'],
    ['Finance Team', 'finance_team'],
    ['Cost-Center', 'cost-center'],
    ['R&D', 'r_d'],
    ['Région', 'région'],
    ['Île-de-France', 'île-de-france'],
  ])('%s → %s', (name, label) => {
    expect(normaliseLabel(name)).toBe(label);
    expect(tagRules.key!(name)).toBe(label);
    expect(tagRules.value!(name)).toBe(label);
  });

  it.each<[string, string, RegExp | null]>([
    ['pii', 'sensitive', null],
    ['pii', '', null],
    ['名前', '値', null],
    ['', 'x', /cannot be empty/],
    ['9lives', 'x', /must start with a lowercase letter/],
    ['_x', 'x', /must start with a lowercase letter/],
    ['k'.repeat(64), 'x', /64 characters long \(at most 63\)/],
    ['k', 'v'.repeat(64), /value .* 64 characters long/],
    ['k'.repeat(63), 'v'.repeat(63), null],
    ['k', 'A', /cannot hold "A"/],
  ])('refuses key %j value %j: %s', (key, value, message) => {
    const refusal = refuseLabel(key, value);
    if (message === null) expect(refusal).toBeNull();
    else expect(refusal).toMatch(message);
  });

  it('are what the capabilities hand the planner', () => {
    expect(capabilities().tagRules).toBe(tagRules);
    expect(capabilities().fields).toEqual({ description: ['schema', 'table', 'column'], owner: [], tag: ['schema', 'table'] });
    expect(capabilities().descriptionLimits).toEqual({
      schema: { max: 16384, unit: 'chars' },
      table: { max: 16384, unit: 'chars' },
      column: { max: 1024, unit: 'chars' },
    });
  });
});

describe('bigquery literals: reading option values back', () => {
  it.each([
    ['"plain"', 'plain'],
    ["'single'", 'single'],
    ['"it\'s"', "it's"],
    ["'say \"hi\"'", 'say "hi"'],
    ['"a\\nb\\tc\\\\d"', 'a\nb\tc\\d'],
    ['"\\a\\b\\f\\v\\?\\`"', '\u0007\b\f\v?`'],
    ['"\\x41\\X42\\101\\u00e9\\U0001F680"', 'ABAé🚀'],
    ['"""two\nlines"""', 'two\nlines'],
    ["'''cr\r\nlf\rx'''", 'cr\nlf\nx'],
    ['r"a\\nb"', 'a\\nb'],
    ["R'\\d+'", '\\d+'],
    ['"é 🚀"', 'é 🚀'],
    ['  "padded"  ', 'padded'],
  ])('%s', (literal, value) => {
    expect(parseStringLiteral(literal)).toBe(value);
  });

  it.each([
    ['"unterminated', /unterminated/],
    ['"a\nb"', /line break/],
    ['"\\q"', /illegal escape/],
    ['"\\x4"', /needs 2 hex digits/],
    ['"\\400"', /illegal escape/],
    ['"\\18"', /3 octal digits/],
    ['"\\uD800"', /surrogate/],
    ['"\\U00110000"', /Unicode range/],
    ['"a" "b"', /text after/],
    ['`ident`', /not a string literal/],
  ])('refuses %j', (literal, message) => {
    expect(() => parseStringLiteral(literal)).toThrow(LiteralError);
    expect(() => parseStringLiteral(literal)).toThrow(message);
  });

  it('reads labels as INFORMATION_SCHEMA and DDL write them', () => {
    expect(parseLabels('[STRUCT("env", "prod"), STRUCT("pii", "")]')).toEqual({ env: 'prod', pii: '' });
    expect(parseLabels("[('a', 'b')]")).toEqual({ a: 'b' });
    expect(parseLabels('[]')).toEqual({});
    expect(parseLabels('NULL')).toEqual({});
    expect(parseLabels('[struct("名前", \'値\')]')).toEqual({ 名前: '値' });
    expect(() => parseLabels('[STRUCT("a")]')).toThrow(/expected ,/);
    expect(() => parseLabels('[STRUCT("a", "b")] x')).toThrow(/text after/);
  });

  it.each(HOSTILE_VALUES)('reads "$name" back as BigQuery prints it (ZetaSQL ToStringLiteral)', ({ value }) => {
    expect(parseStringLiteral(toStringLiteral(value))).toBe(value);
    expect(parseLabels(`[STRUCT(${toStringLiteral(value)}, ${toStringLiteral(value)})]`)).toEqual({ [value]: value });
  });
});

/** One SET OPTIONS statement read by the fake's lexer: the path parts and the description value. */
function readByFake(sql: string): { names: string[]; value: string } {
  const tokens = tokenize(sql);
  const names = tokens.filter((token) => token.kind === 'identifier' && token.quoted).map((token) => token.value);
  const strings = tokens.filter((token) => token.kind === 'string').map((token) => token.value);
  expect(strings).toHaveLength(1);
  return { names, value: strings[0]! };
}

/** The same statement read by the connector's own reader, checking nothing else is in it. */
function readByConnector(sql: string): { names: string[]; value: string } {
  const prefix = 'ALTER TABLE ';
  expect(sql.startsWith(prefix)).toBe(true);
  const names: string[] = [];
  let at = prefix.length;
  for (const separator of ['.', '.', ' ALTER COLUMN ', ' SET OPTIONS (description = ']) {
    const read = readQuoted(sql, at);
    names.push(read.value);
    expect(sql.slice(read.end, read.end + separator.length)).toBe(separator);
    at = read.end + separator.length;
  }
  const literal = readQuoted(sql, at);
  expect(sql.slice(literal.end)).toBe(')');
  return { names, value: literal.value };
}

describe('bigquery dialect: hostile corpus', () => {
  const columnChange = (name: string, value: string) =>
    change({ kind: 'column', database: name, schema: name, table: name, column: name, relation: 'table' }, 'description', value);

  it.each(HOSTILE_VALUES)('compiles value "$name" as one literal both readers read back unchanged', ({ value }) => {
    const [sql] = sqlOf([columnChange('x', value)]);
    expect(readByFake(sql!)).toEqual({ names: ['x', 'x', 'x', 'x'], value });
    expect(readByConnector(sql!)).toEqual({ names: ['x', 'x', 'x', 'x'], value });
    // One line whatever the value holds: a statement can be pasted and read in a plan.
    expect(sql).not.toMatch(/[\n\r\u0000-\u001f\u007f]/);
  });

  // A dot in a column path is nesting (BigQuery column names cannot hold one), so a dotted
  // name is used for the project, dataset and table only.
  it.each(HOSTILE_IDENTIFIERS)('compiles identifier "$name" as one quoted name both readers read back', ({ value }) => {
    const columnName = value.includes('.') ? 'c' : value;
    const object: ObjectRef = { kind: 'column', database: value, schema: value, table: value, column: columnName, relation: 'table' };
    const [sql] = sqlOf([change(object, 'description', 'd')]);
    expect(readByFake(sql!)).toEqual({ names: [value, value, value, columnName], value: 'd' });
    expect(readByConnector(sql!)).toEqual({ names: [value, value, value, columnName], value: 'd' });
  });

  it('reads the planner\'s nested column paths', () => {
    // The patch sets the field the planner's path names; `"a.b".c` reads as the path a.b.c.
    const fields: SchemaField[] = [{ name: 'a', type: 'RECORD', fields: [{ name: 'b', type: 'STRING' }] }];
    const context: BigQueryCompileContext = { tables: { [objectKey(P, 'sales', 'orders')]: { etag: 'e', fields } } };
    const patched = (column: string) => patchOf([change({ ...column_('x'), column }, 'description', 'd')], context).body as unknown as { schema: { fields: SchemaField[] } };
    expect(patched('a.b').schema.fields[0]!.fields![0]!.description).toBe('d');
    expect(() => patched('"a.b".c')).toThrow(/column a\.b\.c is not in the schema/);
    const nested = (column: string) => dialect.compile([change({ ...column_('x'), column }, 'description', 'd')], {}, undefined)[0]!.sql;
    expect(nested('with"quote')).toBe("ALTER TABLE `acme-analytics`.`sales`.`orders` ALTER COLUMN `with\"quote` SET OPTIONS (description = 'd')");
  });

  it('escapes every control character so that both readers read it back', () => {
    const controls = Array.from({ length: 32 }, (_, i) => String.fromCharCode(i)).join('') + '\u007f';
    expect(readQuoted(quoteLiteral(controls), 0).value).toBe(controls);
    expect(readQuoted(quoteIdentifier(controls), 0).value).toBe(controls);
    expect(tokenize(quoteLiteral(controls))).toEqual([{ kind: 'string', value: controls, at: 0 }]);
  });

  it('quotes values that are only quotes and backslashes', () => {
    expect(quoteLiteral("'")).toBe("'\\''");
    expect(quoteLiteral('\\')).toBe("'\\\\'");
    expect(quoteLiteral('"')).toBe(`'"'`);
    expect(quoteLiteral('`')).toBe("'`'");
    expect(quoteIdentifier('`')).toBe('`\\``');
    expect(quoteIdentifier("'")).toBe("`'`");
  });

  it("never leaves the client's {{projectId}} token in a statement", () => {
    for (const value of ['{{projectId}}', '{{{projectId}}}', '{{projectId}}{{projectId}}', 'x{{projectId}']) {
      const literal = quoteLiteral(value);
      expect(literal).not.toContain('{{projectId}}');
      expect(readQuoted(literal, 0).value).toBe(value);
      expect(tokenize(literal)[0]).toMatchObject({ kind: 'string', value });
    }
  });

  it('keeps a patched schema exact for hostile descriptions (JSON, read back as sent)', () => {
    const fields: SchemaField[] = [{ name: 'r', type: 'RECORD', fields: [{ name: 'f', type: 'STRING' }] }];
    const context: BigQueryCompileContext = { tables: { [objectKey(P, 'sales', 'orders')]: { etag: 'e', fields } } };
    for (const { value } of HOSTILE_VALUES) {
      const [sql] = sqlOf([change(column('r.f'), 'description', value)], context);
      // As a saved plan carries it, and as the driver sends it: JSON text.
      const request = patchOf([change(column('r.f'), 'description', value)], context);
      const body = JSON.parse(JSON.stringify(request.body)) as { schema: { fields: SchemaField[] } };
      expect(body.schema.fields[0]!.fields![0]!.description).toBe(value);
      expect(sql).not.toMatch(/[\n\r]/);
    }
    expect(fields[0]!.fields![0]).toEqual({ name: 'f', type: 'STRING' });
  });
});
