/**
 * What Unity Catalog and the legacy Hive metastore declare they can write, and the tag key
 * rules checked at plan time: the planner turns a refusal into a conflict and a withheld
 * level or relation into a warning, so nothing is applied that Databricks would refuse.
 */
import { describe, expect, it } from 'vitest';
import { databricks } from '../../../src/connectors/databricks/index.js';
import { hasCommentOnColumn, versionOf } from '../../../src/connectors/databricks/version.js';
import { refuseTag, TAG_KEY_MAX, TAG_VALUE_MAX } from '../../../src/connectors/unitycatalog/capabilities.js';
import { unitycatalog } from '../../../src/connectors/unitycatalog/index.js';
import type { DesiredFields, DesiredNode, ObjectKind, ObservedNode, RelationKind } from '../../../src/model/types.js';
import { planService, type ServicePolicy } from '../../../src/plan/plan.js';
import { changesWithSql } from '../../plan-statements.js';

let line = 0;
function want(kind: ObjectKind, name: string, fields: DesiredFields = {}, children: DesiredNode[] = []): DesiredNode {
  line++;
  return { kind, name, fields, children, location: { file: 'm.yaml', line, column: 1 }, fieldLocations: {} };
}
function have(kind: ObjectKind, name: string, values: Partial<ObservedNode> = {}, children: ObservedNode[] = [], relation?: RelationKind): ObservedNode {
  return { kind, name, description: null, owner: null, tags: {}, children, ...values, ...(relation ? { relation } : {}) };
}

const WAREHOUSE = { version: 'Databricks SQL 2025.35' };

function plan(desired: DesiredNode[], observed: ObservedNode[], policy: ServicePolicy = {}, connector = unitycatalog, server = WAREHOUSE) {
  return planService({
    name: 'lake',
    type: connector.type,
    desired: { name: 'lake', databases: desired },
    observed: { service: 'lake', databases: observed },
    capabilities: connector.capabilities(server),
    dialect: connector.dialect,
    policy,
  });
}

describe('unitycatalog tag rules', () => {
  it.each([['PII'], ['Tier'], ['data_domain'], ['Data Domain'], ['ünï 名前'], ['x'.repeat(TAG_KEY_MAX)]])('accepts the key %j', (key) => {
    expect(refuseTag(key, 'v')).toBeNull();
  });

  it.each<[string, string, RegExp]>([
    ['', 'v', /cannot be empty/],
    ['a.b', 'v', /contains "\."/],
    ['a,b', 'v', /contains ","/],
    ['data-domain', 'v', /contains "-"/],
    ['a=b', 'v', /contains "="/],
    ['a/b', 'v', /contains "\/"/],
    ['ns:key', 'v', /contains ":"/],
    ['a-b.c', 'v', /contains "\.", "-"/],
    ['tab\there', 'v', /control character/],
    [' padded', 'v', /white space/],
    ['x'.repeat(TAG_KEY_MAX + 1), 'v', /256 characters long; Unity Catalog allows at most 255/],
    ['PII', 'x'.repeat(TAG_VALUE_MAX + 1), /tag value is 1001 characters long/],
  ])('refuses the key %j (value %j)', (key, value, reason) => {
    expect(refuseTag(key, value)).toMatch(reason);
  });

  it('counts UTF-16 units, as Databricks (a JVM) does: an emoji counts twice', () => {
    const half = (max: number) => '🚀'.repeat(Math.floor(max / 2));
    expect(refuseTag(half(TAG_KEY_MAX), half(TAG_VALUE_MAX))).toBeNull();
    expect(refuseTag(`${half(TAG_KEY_MAX)}🚀`, 'v')).toMatch(/^tag key is 256 characters long; Unity Catalog allows at most 255$/);
    expect(refuseTag('k', `${half(TAG_VALUE_MAX)}🚀`)).toMatch(/^tag value is 1002 characters long; Unity Catalog allows at most 1000$/);
  });

  it('turns a refused key into a plan conflict that leaves every tag of the object alone', () => {
    const result = plan(
      [want('database', 'main', {}, [want('schema', 'sales', { tags: ['data-domain.Sales', 'PII.None'] })])],
      [have('database', 'main', {}, [have('schema', 'sales', { tags: { old: 'x' } })])],
      { managedClassifications: ['old'] },
    );
    expect(result.changes).toEqual([]);
    expect(result.conflicts).toHaveLength(1);
    expect(result.conflicts[0]!.reason).toMatch(/unitycatalog cannot store data-domain\.Sales: tag key "data-domain" contains "-"/);
  });

  it('plans tags on all four levels, removing only managed classifications', () => {
    const result = plan(
      [
        want('database', 'main', { tags: ['env.prod'] }, [
          want('schema', 'sales', { tags: [] }, [want('table', 'orders', { tags: ['PII.None', 'Tier.Gold'] }, [want('column', 'email', { tags: ['PII.Sensitive'] })])]),
        ]),
      ],
      [
        have('database', 'main', { tags: { env: 'dev' } }, [
          have('schema', 'sales', { tags: { Tier: 'Gold', team: 'x' } }, [
            have('table', 'orders', { tags: { PII: 'None', owner_team: 'sales' } }, [have('column', 'email')], 'table'),
          ]),
        ]),
      ],
    );
    expect(result.conflicts).toEqual([]);
    expect(changesWithSql(result).map((c) => [c.object.kind, c.action, c.tag, c.after, c.sql])).toEqual([
      ['database', 'set', 'env', 'prod', ["ALTER CATALOG `main` SET TAGS ('env' = 'prod')"]],
      ['schema', 'remove', 'Tier', null, ["ALTER SCHEMA `main`.`sales` UNSET TAGS ('Tier')"]],
      ['table', 'add', 'Tier', 'Gold', ["ALTER TABLE `main`.`sales`.`orders` SET TAGS ('Tier' = 'Gold')"]],
      ['column', 'add', 'PII', 'Sensitive', ["ALTER TABLE `main`.`sales`.`orders` ALTER COLUMN `email` SET TAGS ('PII' = 'Sensitive')"]],
    ]);
  });
});

describe('unitycatalog capabilities', () => {
  it('describes, owns and tags every level; nothing is transactional', () => {
    const capabilities = unitycatalog.capabilities(WAREHOUSE);
    expect(capabilities.fields).toEqual({
      description: ['database', 'schema', 'table', 'column'],
      owner: ['database', 'schema', 'table'],
      tag: ['database', 'schema', 'table', 'column'],
    });
    expect(capabilities.transactionalDdl).toBe(false);
  });

  it.each<[string, boolean]>([
    ['Databricks SQL 2025.35', true],
    ['Databricks Runtime 16.1.x-scala2.12', true],
    ['Databricks Runtime 17.0', true],
    ['Databricks Runtime 16.0.x-scala2.12', false],
    ['Databricks Runtime 15.4.x-photon-scala2.12', false],
    ['Databricks (version unknown)', false],
  ])('%s comments the columns of views: %s', (version, expected) => {
    expect(hasCommentOnColumn(version)).toBe(expected);
    const withheld = unitycatalog.capabilities({ version }).unsupportedRelations?.description?.column ?? [];
    expect(withheld.includes('view')).toBe(!expected);
    expect(withheld.includes('foreign_table')).toBe(true);
  });

  it('reads the version row of a warehouse, a cluster, or neither', () => {
    expect(versionOf({ dbr_version: null, dbsql_version: '2025.35' })).toBe('Databricks SQL 2025.35');
    expect(versionOf({ dbr_version: '15.4.x-scala2.12', dbsql_version: null })).toBe('Databricks Runtime 15.4.x-scala2.12');
    expect(versionOf(undefined)).toBe('Databricks (version unknown)');
  });

  it('warns instead of writing view column comments on an old runtime, and foreign table tags anywhere', () => {
    const desired = [
      want('database', 'main', {}, [
        want('schema', 'sales', {}, [
          want('table', 'v', {}, [want('column', 'id', { description: 'Key' })]),
          want('table', 'pg', { tags: ['PII.None'] }, [want('column', 'id', { description: 'Key', tags: ['PII.None'] })]),
        ]),
      ]),
    ];
    const observed = [
      have('database', 'main', {}, [
        have('schema', 'sales', {}, [have('table', 'v', {}, [have('column', 'id')], 'view'), have('table', 'pg', {}, [have('column', 'id')], 'foreign_table')]),
      ]),
    ];
    const old = plan(desired, observed, {}, unitycatalog, { version: 'Databricks Runtime 15.4.x-scala2.12' });
    expect(old.changes).toEqual([]);
    expect(old.warnings.map((w) => w.message)).toEqual([
      expect.stringMatching(/cannot store descriptions on the columns of a view/),
      expect.stringMatching(/cannot store tags on a foreign table/),
      expect.stringMatching(/cannot store descriptions on the columns of a foreign table/),
      expect.stringMatching(/cannot store tags on the columns of a foreign table/),
    ]);
    const current = plan(desired, observed);
    expect(changesWithSql(current).map((c) => c.sql[0])).toEqual(["COMMENT ON COLUMN `main`.`sales`.`v`.`id` IS 'Key'"]);
  });
});

describe('databricks (Hive metastore) capabilities', () => {
  it('describes schemas, relations and columns of tables; owns schemas and relations; no tags, no catalog', () => {
    const capabilities = databricks.capabilities({ version: 'Databricks Runtime 13.3.x-scala2.12' });
    expect(capabilities.fields).toEqual({ description: ['schema', 'table', 'column'], owner: ['schema', 'table'], tag: [] });
    expect(capabilities.unsupportedRelations).toEqual({ description: { column: ['view', 'materialized_view'] } });
    expect(capabilities.transactionalDdl).toBe(false);
    expect(capabilities.tagRules).toBeUndefined();
  });

  it('warns about tags and catalog fields, with the hint to leave tags out of sync', () => {
    const result = plan(
      [want('database', 'hive_metastore', { description: 'x', owners: ['a'] }, [want('schema', 'sales', { description: 'Sales', tags: ['PII.None'] })])],
      [have('database', 'hive_metastore', {}, [have('schema', 'sales')])],
      {},
      databricks,
    );
    expect(changesWithSql(result).map((c) => c.sql[0])).toEqual(["COMMENT ON SCHEMA `hive_metastore`.`sales` IS 'Sales'"]);
    expect(result.warnings.map((w) => w.message)).toEqual([
      expect.stringMatching(/^databricks cannot store descriptions on a database/),
      expect.stringMatching(/^databricks cannot store owners on a database/),
      expect.stringMatching(/^databricks cannot store tags on a schema: not applied .*leave tags out of the service's sync/),
    ]);
  });
});

/**
 * The December 2026 check against the Databricks docs: what each runtime refuses becomes a
 * warning (withheld) or a plan conflict, never a statement that fails at apply.
 */
describe('unitycatalog runtime gates and limits', () => {
  const mvDesired = [
    want('database', 'main', {}, [
      want('schema', 'sales', {}, [want('table', 'mv', { description: 'Daily totals' }, [want('column', 'total', { description: 'Sum' })])]),
    ]),
  ];
  const mvObserved = [have('database', 'main', {}, [have('schema', 'sales', {}, [have('table', 'mv', {}, [have('column', 'total')], 'materialized_view')])])];

  it('withholds comments on materialized views (and their columns) before Databricks Runtime 16.3', () => {
    const old = plan(mvDesired, mvObserved, {}, unitycatalog, { version: 'Databricks Runtime 16.2.x-scala2.12' });
    expect(old.changes).toEqual([]);
    expect(old.warnings.map((w) => w.message)).toEqual([
      expect.stringMatching(/^unitycatalog cannot store descriptions on a materialized view: not applied \(main\.sales\.mv\)/),
      expect.stringMatching(/^unitycatalog cannot store descriptions on the columns of a materialized view: not applied \(main\.sales\.mv\.total\)/),
    ]);
    for (const version of ['Databricks Runtime 16.3.x-scala2.12', 'Databricks SQL 2025.35']) {
      const current = plan(mvDesired, mvObserved, {}, unitycatalog, { version });
      expect(changesWithSql(current).map((c) => c.sql[0])).toEqual([
        "COMMENT ON TABLE `main`.`sales`.`mv` IS 'Daily totals'",
        "COMMENT ON COLUMN `main`.`sales`.`mv`.`total` IS 'Sum'",
      ]);
    }
  });

  it('warns that a pipeline may revert a change to a materialized view', () => {
    const result = plan(mvDesired, mvObserved);
    expect(result.warnings.map((w) => [w.code, w.object?.kind, w.message])).toEqual([
      ['side-effect', 'table', expect.stringMatching(/^table main\.sales\.mv: .*pipeline.*may revert/)],
      ['side-effect', 'column', expect.stringMatching(/^column main\.sales\.mv\.total: .*pipeline.*may revert/)],
    ]);
  });

  const viewDesired = [want('database', 'main', {}, [want('schema', 'sales', {}, [want('table', 'v', {}, [want('column', 'email', { tags: ['PII.Sensitive'] })])])])];
  const viewObserved = [have('database', 'main', {}, [have('schema', 'sales', {}, [have('table', 'v', {}, [have('column', 'email')], 'view')])])];

  it.each(['Databricks SQL 2025.35', 'Databricks SQL 2026.46', 'Databricks Runtime 18.1.x-scala2.13', 'Databricks (version unknown)'])(
    'withholds tags on the columns of views on %s (ALTER TABLE on a view fails there)',
    (version) => {
      const result = plan(viewDesired, viewObserved, {}, unitycatalog, { version });
      expect(result.changes).toEqual([]);
      expect(result.warnings.map((w) => w.message)).toEqual([
        expect.stringMatching(/^unitycatalog cannot store tags on the columns of a view: not applied \(main\.sales\.v\.email\)/),
      ]);
    },
  );

  it.each(['Databricks SQL 2026.47', 'Databricks SQL 2027.3', 'Databricks Runtime 19.0.x-scala2.13'])('tags the columns of views with ALTER VIEW on %s', (version) => {
    const result = plan(viewDesired, viewObserved, {}, unitycatalog, { version });
    expect(result.warnings).toEqual([]);
    expect(changesWithSql(result).map((c) => c.sql)).toEqual([["ALTER VIEW `main`.`sales`.`v` ALTER COLUMN `email` SET TAGS ('PII' = 'Sensitive')"]]);
  });

  const fortyNine = Object.fromEntries(Array.from({ length: 49 }, (_, i) => [`k${i}`, 'v']));
  const tagged = (tags: string[], observed: Record<string, string>, policy: ServicePolicy = {}) =>
    plan(
      [want('database', 'main', {}, [want('schema', 'sales', {}, [want('table', 'orders', { tags })])])],
      [have('database', 'main', {}, [have('schema', 'sales', {}, [have('table', 'orders', { tags: observed }, [], 'table')])])],
      policy,
    );

  it('plans up to 50 tags on one object', () => {
    const result = tagged(['PII.None'], fortyNine);
    expect(result.conflicts).toEqual([]);
    expect(changesWithSql(result).map((c) => c.sql[0])).toEqual(["ALTER TABLE `main`.`sales`.`orders` SET TAGS ('PII' = 'None')"]);
  });

  it('makes a 51st tag on one object a conflict naming the object, and changes none of its tags', () => {
    const result = tagged(['PII.None', 'Tier.Gold'], fortyNine);
    expect(result.changes).toEqual([]);
    expect(result.conflicts.map((c) => [c.object.table, c.field, c.reason])).toEqual([
      ['orders', 'tag', expect.stringMatching(/main\.sales\.orders would hold 51 tags; unitycatalog allows at most 50 per object/)],
    ]);
  });

  it('counts the tags a change removes: swapping one of 50 is fine', () => {
    const result = tagged(['Tier.Gold'], { ...fortyNine, PII: 'None' }, { managedClassifications: ['PII', 'Tier'] });
    expect(result.conflicts).toEqual([]);
    expect(result.changes.map((c) => [c.action, c.tag])).toEqual([
      ['add', 'Tier'],
      ['remove', 'PII'],
    ]);
  });
});
