/**
 * Plan format 2.0: each statement is listed once and named by id from the changes it carries,
 * so plan size is linear in changes plus statements; the JSON is written and read as a stream.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { clickhouse } from '../../src/connectors/clickhouse/index.js';
import { mysql } from '../../src/connectors/mysql/index.js';
import { tableKey } from '../../src/connectors/mysql/sql.js';
import { openmetadata } from '../../src/connectors/openmetadata/index.js';
import { entityKey, type OpenMetadataCompileContext } from '../../src/connectors/openmetadata/sql.js';
import type { Dialect, CompileContext } from '../../src/connectors/types.js';
import type { Change } from '../../src/model/change.js';
import type { ObjectRef } from '../../src/model/types.js';
import { assemblePlan } from '../../src/plan/assemble.js';
import { DigestStream } from '../../src/plan/digest.js';
import { compileService } from '../../src/plan/plan.js';
import { JsonObjectReader } from '../../src/plan/read-json.js';
import { planJsonChunks, renderJson } from '../../src/plan/render/json.js';
import { renderMarkdown } from '../../src/plan/render/markdown.js';
import { renderText } from '../../src/plan/render/text.js';
import type { Plan } from '../../src/plan/types.js';
import { parseSavedPlan } from '../../src/core/stale.js';

function description(object: ObjectRef, after: string | null, service = 'warehouse'): Change {
  return { service, object, field: 'description', action: after === null ? 'clear' : 'set', before: null, after, statements: [] };
}

/** A plan of these changes compiled through a real dialect, as the core compiles it. */
function planThrough(dialect: Dialect, changes: Change[], context?: CompileContext, type = 'test'): Plan {
  const diff = { changes, conflicts: [], warnings: [], digestEntries: new DigestStream() };
  const plan = compileService(diff, { name: changes[0]!.service, dialect, policy: {} }, context);
  return assemblePlan({ manifestsDigest: 'sha256:m', configDigest: 'sha256:c', services: [{ name: changes[0]!.service, type, plan }] });
}

const count = (text: string, what: string) => text.split(what).length - 1;

describe('statements once', () => {
  it('a ClickHouse table with 500 described columns: one statement, listed once, and a plan JSON under 1 MB', () => {
    const columns = Array.from({ length: 500 }, (_, i) =>
      description({ kind: 'column', database: 'analytics', schema: 'analytics', table: 'events', column: `column_${i}` }, `What column ${i} holds. `.repeat(3)),
    );
    const plan = planThrough(clickhouse.dialect, columns, undefined, 'clickhouse');
    expect(plan.statements).toHaveLength(1);
    expect(plan.changes.every((change) => change.statements.length === 1 && change.statements[0] === plan.statements[0]!.id)).toBe(true);
    const json = renderJson(plan);
    expect(json.length).toBeLessThan(1_000_000);
    expect(count(json, 'ALTER TABLE')).toBe(1);
  });

  it("MySQL's restated ALTER TABLE appears once in text and markdown, though it carries two changes", () => {
    const orders = (column: string): ObjectRef => ({ kind: 'column', database: 'default', schema: 'shop', table: 'orders', column, relation: 'table' });
    const context: CompileContext = {
      [tableKey('shop', 'orders')]: 'CREATE TABLE `orders` (\n  `id` int(11) NOT NULL COMMENT \'old\',\n  `email` varchar(100) DEFAULT NULL\n) ENGINE=InnoDB',
    };
    const plan = planThrough(mysql.dialect, [description(orders('id'), 'Key'), description(orders('email'), 'E-mail')], context, 'mysql');
    expect(plan.statements).toHaveLength(1);
    const text = renderText(plan, { showSql: true });
    expect(count(text, 'ALTER TABLE `shop`.`orders` MODIFY COLUMN')).toBe(1);
    expect(count(renderMarkdown(plan), 'ALTER TABLE `shop`.`orders` MODIFY COLUMN')).toBe(1);
  });

  it("OpenMetadata's per-table PATCH body appears once in text and markdown, though it carries two changes", () => {
    const table: ObjectRef = { kind: 'table', database: 'shop', schema: 'public', table: 'orders' };
    const context: OpenMetadataCompileContext = {
      entities: {
        [entityKey(table)]: {
          kind: 'table',
          fqn: 'warehouse.shop.public.orders',
          tags: [],
          hasTags: true,
          owners: [],
          columns: { id: { path: [0], names: ['id'], tags: [], hasTags: true } },
        },
      },
      principals: {},
      glossaries: [],
    };
    const changes = [description(table, 'Orders'), description({ ...table, kind: 'column', column: 'id' }, 'Key')];
    const plan = planThrough(openmetadata.dialect, changes, context as unknown as CompileContext, 'openmetadata');
    expect(plan.statements).toHaveLength(1);
    const text = renderText(plan, { showSql: true });
    expect(count(text, 'PATCH /v1/tables/name/')).toBe(1);
    expect(count(text, '"Key"')).toBe(2); // the change line, and the body once
    const markdown = renderMarkdown(plan);
    expect(count(markdown, 'PATCH /v1/tables/name/')).toBe(1);
  });
});

describe('plan JSON as a stream', () => {
  afterEach(() => vi.restoreAllMocks());

  /** A plan of `n` changes, one statement each, with hostile text in values. */
  function bigPlan(n: number): Plan {
    const changes = Array.from({ length: n }, (_, i) =>
      description({ kind: 'column', database: 'db', schema: 's', table: `t${i % 100}`, column: `c${i}` }, `v${i} "quoted" \\ \u2028 ${'é'.repeat(i % 5)}`),
    );
    return planThrough(
      { quoteIdentifier: (n) => n, quoteLiteral: (v) => JSON.stringify(v), nullLiteral: 'NULL', compile: (batch) => batch.map((c, i) => ({ sql: `SET ${c.object.column} = ${c.after}`, changes: [i] })) },
      changes,
    );
  }

  it('is written entry by entry: no chunk holds more than a few entries, and the plan is never stringified whole', () => {
    const plan = bigPlan(20_000);
    const stringify = vi.spyOn(JSON, 'stringify');
    const chunks = [...planJsonChunks(plan)];
    const whole = stringify.mock.calls.filter(([value]) => value === plan || value === plan.changes || value === plan.statements);
    stringify.mockRestore();
    expect(whole).toEqual([]);
    expect(chunks.length).toBeGreaterThan(10);
    expect(Math.max(...chunks.map((chunk) => chunk.length))).toBeLessThan(70_000);
    expect(JSON.parse(chunks.join(''))).toEqual(JSON.parse(JSON.stringify(plan)));
  });

  it('reads back what it wrote, fed in pieces that split strings, escapes and characters anywhere', () => {
    const plan = bigPlan(3_000);
    const text = renderJson(plan);
    for (const size of [1, 7, 4096]) {
      const reader = new JsonObjectReader();
      for (let at = 0; at < text.length; at += size) reader.push(text.slice(at, at + size));
      expect(reader.finish()).toEqual(JSON.parse(text));
    }
    expect(parseSavedPlan(text, 'plan.json')).toEqual(JSON.parse(text));
  });

  it('reads JSON that is not laid out as the writer lays it out, and names where malformed JSON breaks', () => {
    const reader = new JsonObjectReader();
    reader.push('{"a":[ 1 ,{"b":"]}\\""} ,[],true,null,-1.5e3],"c" : {"d":[1]} , "e":[]}');
    expect(reader.finish()).toEqual({ a: [1, { b: ']}"' }, [], true, null, -1500], c: { d: [1] }, e: [] });
    expect(() => new JsonObjectReader().push('{"a":[1,,2]}')).toThrow(/at character/);
    expect(() => new JsonObjectReader().push('{"a":1 "b":2}')).toThrow(/expected "," or "}" at character 8/);
    const early = new JsonObjectReader();
    early.push('{"a":[1,2');
    expect(() => early.finish()).toThrow(/the JSON ends early/);
  });
});
