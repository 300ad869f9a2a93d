/**
 * The example workspace (examples/oracle) planned and applied through the real core over
 * recorded dictionary rows: lower-case OpenMetadata names matched to upper-case Oracle names,
 * SQL quoting the stored names, materialized views and clears; then what Oracle cannot store
 * (database and schema comments, owners) as warnings, and the 4,000-byte limit.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { applyChanges } from '../../../src/apply/apply.js';
import { capabilities } from '../../../src/connectors/oracle/capabilities.js';
import { oracle } from '../../../src/connectors/oracle/index.js';
import type { Connector } from '../../../src/connectors/types.js';
import { loadWorkspace, planWorkspace } from '../../../src/core/workspace.js';
import type { DesiredFields, DesiredNode, ObservedNode } from '../../../src/model/types.js';
import { planService } from '../../../src/plan/plan.js';
import { TRUNCATION_MARKER } from '../../../src/plan/fields.js';
import { HOSTILE_VALUES } from '../../corpus/hostile.js';
import { DICTIONARY, fakeDriver, SERVICE } from './fixtures.js';
import { changesWithSql } from '../../plan-statements.js';

const CONFIG = fileURLToPath(new URL('../../../examples/oracle/revmeta.yaml', import.meta.url));

async function planExample(recorded = fakeDriver()) {
  const connectors = new Map<string, Connector>([['oracle', { ...oracle, createDriver: () => recorded.driver }]]);
  const workspace = await loadWorkspace(CONFIG, { ORACLE_PASSWORD: 'Pa55-w0rd!' }, connectors);
  return { planned: await planWorkspace(workspace), recorded };
}

/** The COMMENT each change needs. */
const COMMENTS = [
  `COMMENT ON TABLE "SALES"."ORDERS" IS 'One row per order.\nRefunds are separate rows with a negative amount.\n'`,
  `COMMENT ON COLUMN "SALES"."ORDERS"."STATUS" IS 'One of: ''placed'', ''paid'', ''shipped'', ''refunded''.'`,
  `COMMENT ON COLUMN "SALES"."ORDERS"."CUSTOMER_EMAIL" IS ''`,
  `COMMENT ON TABLE "SALES"."OPEN_ORDERS" IS 'Orders not yet shipped (a view).'`,
  `COMMENT ON MATERIALIZED VIEW "SALES"."DAILY_REVENUE" IS 'Revenue per day, refreshed nightly (a materialized view).'`,
  `COMMENT ON COLUMN "SALES"."DAILY_REVENUE"."REVENUE_DAY" IS 'The calendar day, in UTC.'`,
];

/** One statement per table: a table's several COMMENTs as one anonymous block, each a literal (its quotes doubled again). */
const EXPECTED_SQL = [
  `BEGIN
  EXECUTE IMMEDIATE 'COMMENT ON TABLE "SALES"."ORDERS" IS ''One row per order.\nRefunds are separate rows with a negative amount.\n''';
  EXECUTE IMMEDIATE 'COMMENT ON COLUMN "SALES"."ORDERS"."STATUS" IS ''One of: ''''placed'''', ''''paid'''', ''''shipped'''', ''''refunded''''.''';
  EXECUTE IMMEDIATE 'COMMENT ON COLUMN "SALES"."ORDERS"."CUSTOMER_EMAIL" IS ''''';
END;`,
  COMMENTS[3]!,
  `BEGIN
  EXECUTE IMMEDIATE 'COMMENT ON MATERIALIZED VIEW "SALES"."DAILY_REVENUE" IS ''Revenue per day, refreshed nightly (a materialized view).''';
  EXECUTE IMMEDIATE 'COMMENT ON COLUMN "SALES"."DAILY_REVENUE"."REVENUE_DAY" IS ''The calendar day, in UTC.''';
END;`,
];

describe('oracle: the example planned against recorded dictionary rows', () => {
  it('matches lower-case manifest names to the stored upper-case ones and quotes those', async () => {
    const { plan } = (await planExample()).planned;
    expect(plan.conflicts).toEqual([]);
    expect(plan.warnings).toEqual([]);
    expect(changesWithSql(plan).map((c) => [c.object.kind, c.object.table, c.object.column ?? null, c.action, c.sql])).toEqual([
      ['table', 'ORDERS', null, 'set', [EXPECTED_SQL[0]]],
      ['column', 'ORDERS', 'STATUS', 'set', [EXPECTED_SQL[0]]],
      ['column', 'ORDERS', 'CUSTOMER_EMAIL', 'clear', [EXPECTED_SQL[0]]],
      ['table', 'OPEN_ORDERS', null, 'set', [EXPECTED_SQL[1]]],
      ['table', 'DAILY_REVENUE', null, 'set', [EXPECTED_SQL[2]]],
      ['column', 'DAILY_REVENUE', 'REVENUE_DAY', 'set', [EXPECTED_SQL[2]]],
    ]);
    expect(plan.changes[4]!.object.relation).toBe('materialized_view');
  });

  it('takes the character set the introspection read into the capabilities it plans with', async () => {
    const greek = { ...DICTIONARY, version: DICTIONARY.version.map((row) => ({ ...row, CHARACTER_SET: 'EL8ISO8859P7' })) };
    const { plan } = (await planExample(fakeDriver(greek))).planned;
    expect(plan.changes).toHaveLength(6);
    expect(plan.warnings.map((w) => w.code)).toEqual(Array(6).fill('side-effect'));
    expect(plan.warnings[0]!.message).toMatch(/the database character set is EL8ISO8859P7, which revmeta cannot check/);
  });

  it('applies one statement per table without a transaction (DDL commits on its own)', async () => {
    const { planned, recorded } = await planExample();
    const result = await applyChanges(planned.plan, planned.targets);
    await planned.close();
    expect(result.summary).toEqual({ applied: 6, failed: 0, notRun: 0 });
    expect(recorded.calls).toEqual(EXPECTED_SQL);
    expect(recorded.open()).toBe(0);
  });

  it('keeps what ran when a later statement fails: Oracle cannot roll DDL back', async () => {
    const recorded = fakeDriver(DICTIONARY, { failOn: 'OPEN_ORDERS' });
    const { planned } = await planExample(recorded);
    // One table at a time, so that the statement after the failure is not yet in flight.
    const oneAtATime = new Map([...planned.targets].map(([name, target]) => [name, { ...target, concurrency: 1 }]));
    const result = await applyChanges(planned.plan, oneAtATime);
    expect(result.results.map((r) => r.status)).toEqual(['applied', 'applied', 'applied', 'failed', 'not_run', 'not_run']);
    expect(result.results[3]).toMatchObject({ statement: EXPECTED_SQL[1], error: 'ORA-00942: table or view does not exist' });
    expect(recorded.calls).not.toContain('ROLLBACK');
  });
});

// ---------------------------------------------------------------------------------------
// What Oracle cannot store, and its limit, through the planner

const HERE = { file: 'm.yaml', line: 1, column: 1 };
const want = (kind: DesiredNode['kind'], name: string, fields: DesiredFields, children: DesiredNode[] = []): DesiredNode => ({
  kind,
  name,
  fields,
  location: HERE,
  fieldLocations: {},
  children,
});
const have = (kind: ObservedNode['kind'], name: string, children: ObservedNode[] = []): ObservedNode => ({
  kind,
  name,
  description: null,
  owner: null,
  tags: {},
  children,
  ...(kind === 'table' ? { relation: 'table' as const } : {}),
});

function planWith(fields: DesiredFields, policy: { tooLong?: 'truncate'; sync?: ('descriptions' | 'owners' | 'tags')[] } = {}, characterSet?: string) {
  return planService({
    name: SERVICE,
    type: 'oracle',
    desired: {
      name: SERVICE,
      databases: [want('database', 'default', fields, [want('schema', 'sales', fields, [want('table', 'orders', fields, [want('column', 'id', { description: fields.description })])])])],
    },
    observed: { service: SERVICE, databases: [have('database', 'default', [have('schema', 'SALES', [have('table', 'ORDERS', [have('column', 'ID')])])])] },
    capabilities: capabilities({ version: 'Oracle 23.0.0.0.0', ...(characterSet === undefined ? {} : { characterSet }) }),
    dialect: oracle.dialect,
    policy,
  });
}

describe('oracle capabilities in the planner', () => {
  it('warns that database and schema descriptions, owners and tags are not applied', () => {
    const planned = planWith({ description: 'x', owners: ['data-platform'], tags: ['PII.Sensitive'] });
    const block = `BEGIN\n  EXECUTE IMMEDIATE 'COMMENT ON TABLE "SALES"."ORDERS" IS ''x''';\n  EXECUTE IMMEDIATE 'COMMENT ON COLUMN "SALES"."ORDERS"."ID" IS ''x''';\nEND;`;
    expect(changesWithSql(planned).map((c) => [c.object.kind, c.sql])).toEqual([
      ['table', [block]],
      ['column', [block]],
    ]);
    const hint = (field: string) => `; leave ${field} out of the service's sync to say so`;
    expect(planned.warnings.map((w) => [w.code, w.message])).toEqual([
      ['unsupported-field', 'oracle cannot store descriptions on a database: not applied (default)'],
      ['unsupported-field', `oracle cannot store owners on a database: not applied (default)${hint('owners')}`],
      ['unsupported-field', `oracle cannot store tags on a database: not applied (default)${hint('tags')}`],
      ['unsupported-field', 'oracle cannot store descriptions on a schema: not applied (default.SALES)'],
      ['unsupported-field', `oracle cannot store owners on a schema: not applied (default.SALES)${hint('owners')}`],
      ['unsupported-field', `oracle cannot store tags on a schema: not applied (default.SALES)${hint('tags')}`],
      ['unsupported-field', `oracle cannot store owners on a table: not applied (default.SALES.ORDERS)${hint('owners')}`],
      ['unsupported-field', `oracle cannot store tags on a table: not applied (default.SALES.ORDERS)${hint('tags')}`],
    ]);
  });

  it('says nothing about owners once the service does not sync them', () => {
    expect(planWith({ owners: ['data-platform'] }, { sync: ['descriptions'] }).warnings).toEqual([]);
  });

  it('stores 4,000 bytes, counted in UTF-8, and refuses more', () => {
    expect(planWith({ description: 'x'.repeat(4000) }).conflicts).toEqual([]);
    expect(planWith({ description: 'é'.repeat(2000) }).conflicts).toEqual([]);
    expect(planWith({ description: '🚀'.repeat(1000) }).conflicts).toEqual([]);
    const over = planWith({ description: 'é'.repeat(2001) });
    expect(over.changes).toEqual([]);
    expect(over.conflicts.map((c) => c.reason)).toEqual([
      'description is 4002 bytes long; oracle stores at most 4000 on a table (set descriptions.tooLong: truncate to cut it)',
      'description is 4002 bytes long; oracle stores at most 4000 on a column (set descriptions.tooLong: truncate to cut it)',
    ]);
  });

  it('refuses the 100 KB corpus value, or truncates it visibly to 4,000 bytes', () => {
    const long = HOSTILE_VALUES.find((value) => value.name === '100 KB text')!.value;
    expect(planWith({ description: long }).conflicts).toHaveLength(2);
    const cut = planWith({ description: long }, { tooLong: 'truncate' });
    for (const c of cut.changes) {
      expect(Buffer.byteLength(c.after!, 'utf8')).toBeLessThanOrEqual(4000);
      expect(c.after!.endsWith(TRUNCATION_MARKER)).toBe(true);
    }
    expect(cut.warnings.filter((w) => w.code === 'truncated')).toHaveLength(2);
  });
});

describe('oracle: the database character set (NLS_CHARACTERSET) decides what a comment can hold', () => {
  const reasons = (description: string, characterSet: string) => planWith({ description }, {}, characterSet).conflicts.map((c) => c.reason);
  const refused = (kind: string, what: string) => `oracle cannot store this description on a ${kind}: ${what}`;

  it('AL32UTF8 holds every character', () => {
    expect(reasons('Café € Ω 🚀 中文', 'AL32UTF8')).toEqual([]);
  });

  it('WE8ISO8859P1 (Latin-1) holds U+0000-U+00FF and refuses the first character outside, named', () => {
    expect(reasons('Café naïve ÿ', 'WE8ISO8859P1')).toEqual([]);
    const what = 'it contains "€" (U+20AC), which the database character set WE8ISO8859P1 cannot hold (Oracle would store a replacement character)';
    expect(reasons('Price in € and Ω', 'WE8ISO8859P1')).toEqual([refused('table', what), refused('column', what)]);
  });

  it('WE8MSWIN1252 holds the euro sign and curly quotes, not Greek nor the bytes Windows-1252 leaves undefined', () => {
    expect(reasons('Price in € – “quoted” Œuvre', 'WE8MSWIN1252')).toEqual([]);
    expect(reasons('Ω', 'WE8MSWIN1252')[0]).toBe(refused('table', 'it contains "Ω" (U+03A9), which the database character set WE8MSWIN1252 cannot hold (Oracle would store a replacement character)'));
    expect(reasons('a\u0081b', 'WE8MSWIN1252')[0]).toMatch(/\(U\+0081\), which the database character set WE8MSWIN1252 cannot hold/);
  });

  it('US7ASCII holds ASCII only', () => {
    expect(reasons('Plain text, "quoted" and 100%', 'US7ASCII')).toEqual([]);
    expect(reasons('Café', 'US7ASCII')[0]).toMatch(/^oracle cannot store this description on a table: it contains "é" \(U\+00E9\)/);
  });

  it('counts a single-byte set in characters: 4,000 accented letters fit in 4,000 bytes', () => {
    expect(planWith({ description: 'é'.repeat(4000) }, {}, 'WE8ISO8859P1').conflicts).toEqual([]);
    expect(planWith({ description: 'é'.repeat(4001) }, {}, 'WE8ISO8859P1').conflicts[0]!.reason).toBe(
      'description is 4001 chars long; oracle stores at most 4000 on a table (set descriptions.tooLong: truncate to cut it)',
    );
  });

  it('UTF8 (CESU-8) holds every character, a supplementary one in 6 bytes', () => {
    expect(reasons('Café € 中文', 'UTF8')).toEqual([]);
    // 700 rockets: 2,800 bytes of UTF-8, 4,200 of CESU-8.
    expect(reasons('🚀'.repeat(700), 'UTF8')[0]).toBe(
      refused('table', 'it is 4200 bytes in the database character set UTF8 (CESU-8: a character outside the BMP takes 6 bytes); Oracle stores at most 4000'),
    );
  });

  it('another character set: plans the comment with a warning that revmeta cannot check what it holds', () => {
    const planned = planWith({ description: 'Ωmega' }, { sync: ['descriptions'] }, 'EL8ISO8859P7');
    expect(planned.conflicts).toEqual([]);
    expect(planned.changes).toHaveLength(2);
    expect(planned.warnings.filter((w) => w.code === 'side-effect').map((w) => w.message)).toEqual([
      'table default.SALES.ORDERS: the database character set is EL8ISO8859P7, which revmeta cannot check; characters it lacks are stored as a replacement character',
      'column default.SALES.ORDERS.ID: the database character set is EL8ISO8859P7, which revmeta cannot check; characters it lacks are stored as a replacement character',
    ]);
  });
});
