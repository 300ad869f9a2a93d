/**
 * The example workspace (examples/mssql) planned and applied through the real core: config
 * and manifests loaded and validated, introspection over recorded catalog rows, the real
 * planner with the connector's capabilities (limits, permission-dropping warnings), the
 * dialect's statements, and apply with one transaction per database.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { applyChanges } from '../../../src/apply/apply.js';
import { capabilities, OWNER_SIDE_EFFECTS } from '../../../src/connectors/mssql/capabilities.js';
import { mssql } from '../../../src/connectors/mssql/index.js';
import type { Connector } from '../../../src/connectors/types.js';
import { loadWorkspace, planWorkspace } from '../../../src/core/workspace.js';
import type { DesiredNode, ObservedNode } from '../../../src/model/types.js';
import { planService } from '../../../src/plan/plan.js';
import { TRUNCATION_MARKER } from '../../../src/plan/fields.js';
import { renderText } from '../../../src/plan/render/text.js';
import { HOSTILE_VALUES } from '../../corpus/hostile.js';
import { CATALOG, fakeDriver, SERVICE } from './fixtures.js';
import { changesWithSql } from '../../plan-statements.js';

const CONFIG = fileURLToPath(new URL('../../../examples/mssql/revmeta.yaml', import.meta.url));
const ENV = { MSSQL_PASSWORD: 'Pa55-w0rd!' };

async function planExample(recorded = fakeDriver()) {
  const connectors = new Map<string, Connector>([['mssql', { ...mssql, createDriver: () => recorded.driver }]]);
  const workspace = await loadWorkspace(CONFIG, ENV, connectors);
  return { planned: await planWorkspace(workspace), recorded };
}

const NAME = "@name = N'MS_Description'";
const DBO = "@level0type = N'SCHEMA', @level0name = N'dbo'";
const FINANCE = "@level0type = N'SCHEMA', @level0name = N'finance'";

describe('mssql: the example planned against recorded catalog rows', () => {
  it('chooses add, update or drop from what the source has, and puts owners last', async () => {
    const { planned } = await planExample();
    const { plan } = planned;
    expect(plan.conflicts).toEqual([]);
    expect(changesWithSql(plan).map((c) => [c.object.kind, [c.object.schema, c.object.table, c.object.column].filter(Boolean).join('.'), c.field, c.action, c.sql])).toEqual([
      ['database', '', 'description', 'set', [`EXEC sys.sp_updateextendedproperty ${NAME}, @value = N'Orders, invoices and customers of the ERP.'`]],
      ['schema', 'dbo', 'description', 'set', [`EXEC sys.sp_addextendedproperty ${NAME}, @value = N'Tables the ERP writes.', ${DBO}`]],
      [
        'table',
        'dbo.Orders',
        'description',
        'set',
        [`EXEC sys.sp_updateextendedproperty ${NAME}, @value = N'One row per order.\nCancelled orders stay, with Status = ''X''.\n', ${DBO}, @level1type = N'TABLE', @level1name = N'Orders'`],
      ],
      [
        'column',
        'dbo.Orders.CustomerID',
        'description',
        'set',
        [
          `EXEC sys.sp_updateextendedproperty ${NAME}, @value = N'The customer who ordered (dbo.Customers).', ${DBO}, @level1type = N'TABLE', @level1name = N'Orders', @level2type = N'COLUMN', @level2name = N'CustomerID'`,
        ],
      ],
      [
        'column',
        'dbo.Orders.Status',
        'description',
        'set',
        [
          `EXEC sys.sp_addextendedproperty ${NAME}, @value = N'One of: ''N'' new, ''P'' paid, ''S'' shipped, ''X'' cancelled.', ${DBO}, @level1type = N'TABLE', @level1name = N'Orders', @level2type = N'COLUMN', @level2name = N'Status'`,
        ],
      ],
      ['table', 'dbo.Customers', 'description', 'set', [`EXEC sys.sp_addextendedproperty ${NAME}, @value = N'One row per customer account.', ${DBO}, @level1type = N'TABLE', @level1name = N'Customers'`]],
      [
        'column',
        'dbo.Customers.Email',
        'description',
        'clear',
        [`EXEC sys.sp_dropextendedproperty ${NAME}, ${DBO}, @level1type = N'TABLE', @level1name = N'Customers', @level2type = N'COLUMN', @level2name = N'Email'`],
      ],
      ['table', 'dbo.vOpenOrders', 'description', 'set', [`EXEC sys.sp_addextendedproperty ${NAME}, @value = N'Orders not yet shipped (a view).', ${DBO}, @level1type = N'VIEW', @level1name = N'vOpenOrders'`]],
      ['schema', 'finance', 'description', 'set', [`EXEC sys.sp_updateextendedproperty ${NAME}, @value = N'Invoices and payments, owned by the finance team.', ${FINANCE}`]],
      [
        'table',
        'finance.Invoices',
        'description',
        'set',
        [`EXEC sys.sp_addextendedproperty ${NAME}, @value = N'One row per invoice; amounts in cents.', ${FINANCE}, @level1type = N'TABLE', @level1name = N'Invoices'`],
      ],
      [
        'column',
        'finance.Invoices.InvoiceID',
        'description',
        'set',
        [`EXEC sys.sp_addextendedproperty ${NAME}, @value = N'Surrogate key.', ${FINANCE}, @level1type = N'TABLE', @level1name = N'Invoices', @level2type = N'COLUMN', @level2name = N'InvoiceID'`],
      ],
      ['database', '', 'owner', 'set', ['ALTER AUTHORIZATION ON DATABASE::[Sales] TO [revmeta_dba]']],
      ['table', 'dbo.Orders', 'owner', 'set', ['ALTER AUTHORIZATION ON OBJECT::[dbo].[Orders] TO [data_platform]']],
      ['schema', 'finance', 'owner', 'set', ['ALTER AUTHORIZATION ON SCHEMA::[finance] TO [finance_owner]']],
    ]);
  });

  it('warns on each owner change that drops permissions, located at its owners line, and not on the database one', async () => {
    const { plan } = (await planExample()).planned;
    expect(plan.warnings.map((w) => [w.code, w.object?.kind, w.message, w.location?.file.split('/').slice(-2).join('/')])).toEqual([
      ['side-effect', 'table', `table Sales.dbo.Orders: ${OWNER_SIDE_EFFECTS.table}`, 'Sales/dbo.yaml'],
      ['side-effect', 'schema', `schema Sales.finance: ${OWNER_SIDE_EFFECTS.schema}`, 'Sales/finance.yaml'],
    ]);
    expect(plan.warnings[0]!.location?.line).toBe(13);
    expect(renderText(plan)).toContain(`table Sales.dbo.Orders: ALTER AUTHORIZATION ON OBJECT drops every permission granted on it`);
  });

  it("applies each database's changes in one transaction, in plan order", async () => {
    const { planned, recorded } = await planExample();
    const result = await applyChanges(planned.plan, planned.targets);
    await planned.close();
    expect(result.summary).toEqual({ applied: 14, failed: 0, notRun: 0 });
    expect(recorded.calls[0]).toEqual(['Sales', 'BEGIN']);
    expect(recorded.calls.at(-1)).toEqual(['Sales', 'COMMIT']);
    // Exactly the statements the plan shows, in its order, each once.
    expect(recorded.calls.slice(1, -1)).toEqual(changesWithSql(planned.plan).map((c) => ['Sales', c.sql[0]]));
    expect(recorded.open()).toBe(0);
  });

  it('rolls the whole database back when a statement fails', async () => {
    const recorded = fakeDriver(CATALOG, { failOn: '[finance_owner]' });
    const { planned } = await planExample(recorded);
    const result = await applyChanges(planned.plan, planned.targets);
    await planned.close();
    expect(result.summary).toEqual({ applied: 0, failed: 1, notRun: 13 });
    expect(recorded.calls.at(-1)).toEqual(['Sales', 'ROLLBACK']);
    expect(result.results.find((r) => r.status === 'failed')).toMatchObject({
      statement: 'ALTER AUTHORIZATION ON SCHEMA::[finance] TO [finance_owner]',
      error: expect.stringMatching(/^Msg 15151, Level 16/),
    });
  });

  it('reports a database owner that already has a user in the database as a conflict, which the server would refuse', async () => {
    const mapped = structuredClone(CATALOG);
    mapped.perDatabase.Sales!.ownerUsers = [{ login: 'REVMETA_DBA', user_name: 'dba_user' }];
    const recorded = fakeDriver(mapped);
    const { plan } = (await planExample(recorded)).planned;
    expect(plan.changes.filter((c) => c.object.kind === 'database' && c.field === 'owner')).toEqual([]);
    expect(plan.conflicts.map((c) => [c.object.kind, c.field, c.reason])).toEqual([
      [
        'database',
        'owner',
        'mssql cannot make "revmeta_dba" the owner of database Sales: login "revmeta_dba" already has the user "dba_user" in database "Sales", and SQL Server refuses such a login as the owner (Msg 15110: The proposed new database owner is already a user or aliased in the database.); drop that user or choose another login',
      ],
    ]);
    // Only the owners the manifests name are looked up, each quoted.
    const lookup = recorded.queries.find(([, sql]) => sql.startsWith('SELECT SUSER_SNAME(dp.sid)'));
    expect(lookup?.[0]).toBe('Sales');
    expect(lookup?.[1]).toContain("IN (N'data_platform', N'finance_owner', N'revmeta_dba')");
    // What the plan keeps out is what the server refuses.
    const session = await recorded.driver.open('Sales');
    await expect(session.execute('ALTER AUTHORIZATION ON DATABASE::[Sales] TO [revmeta_dba]')).rejects.toThrow(
      /^Msg 15110, Level 16, State 1: The proposed new database owner is already a user or aliased in the database\.$/,
    );
    await session.close();
  });

  it('plans nothing once the source holds what the manifests say', async () => {
    const converged = structuredClone(CATALOG);
    const sales = converged.perDatabase.Sales!;
    converged.databases[0]!.owner = 'revmeta_dba';
    sales.schemas.find((s) => s.name === 'finance')!.owner = 'finance_owner';
    sales.objects.find((o) => o.name === 'Orders')!.owner = 'data_platform';
    sales.descriptions = [
      { class: 0, major_id: 0, minor_id: 0, value: 'Orders, invoices and customers of the ERP.' },
      { class: 3, major_id: 1, minor_id: 0, value: 'Tables the ERP writes.' },
      { class: 3, major_id: 5, minor_id: 0, value: 'Invoices and payments, owned by the finance team.' },
      { class: 1, major_id: 101, minor_id: 0, value: "One row per order.\nCancelled orders stay, with Status = 'X'.\n" },
      { class: 1, major_id: 101, minor_id: 1, value: 'Surrogate key.' },
      { class: 1, major_id: 101, minor_id: 2, value: 'The customer who ordered (dbo.Customers).' },
      { class: 1, major_id: 101, minor_id: 3, value: "One of: 'N' new, 'P' paid, 'S' shipped, 'X' cancelled." },
      { class: 1, major_id: 102, minor_id: 0, value: 'One row per customer account.' },
      { class: 1, major_id: 103, minor_id: 0, value: 'Orders not yet shipped (a view).' },
      { class: 1, major_id: 201, minor_id: 0, value: 'One row per invoice; amounts in cents.' },
      { class: 1, major_id: 201, minor_id: 1, value: 'Surrogate key.' },
      { class: 1, major_id: 201, minor_id: 2, value: 'Invoice total in euro cents, tax included.' },
    ];
    const { plan } = (await planExample(fakeDriver(converged))).planned;
    expect(plan.changes).toEqual([]);
    expect(plan.warnings).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------
// Description limits through the planner: 3,750 UTF-16 code units (7,500 bytes of NVARCHAR)

const HERE = { file: 'm.yaml', line: 1, column: 1 };
const want = (kind: DesiredNode['kind'], name: string, description: string | undefined, children: DesiredNode[] = []): DesiredNode => ({
  kind,
  name,
  fields: description === undefined ? {} : { description },
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

function planDescription(value: string, tooLong?: 'truncate') {
  return planService({
    name: SERVICE,
    type: 'mssql',
    desired: { name: SERVICE, databases: [want('database', 'd', value, [want('schema', 's', value, [want('table', 't', value, [want('column', 'c', value)])])])] },
    observed: { service: SERVICE, databases: [have('database', 'd', [have('schema', 's', [have('table', 't', [have('column', 'c')])])])] },
    capabilities: capabilities({ version: 'SQL Server 16.0' }),
    dialect: mssql.dialect,
    policy: tooLong ? { tooLong } : {},
  });
}

describe('mssql description limits in the planner', () => {
  it('writes 3,750 code units at every level, and refuses one more', () => {
    expect(planDescription('x'.repeat(3750)).changes).toHaveLength(4);
    const over = planDescription('x'.repeat(3751));
    expect(over.changes).toEqual([]);
    expect(over.conflicts.map((c) => c.reason)).toEqual(
      ['database', 'schema', 'table', 'column'].map((kind) => `description is 3751 UTF-16 code units long; mssql stores at most 3750 on a ${kind} (set descriptions.tooLong: truncate to cut it)`),
    );
  });

  it('counts a character outside the BMP twice, as NVARCHAR does', () => {
    expect(planDescription('🚀'.repeat(1875)).changes).toHaveLength(4);
    expect(planDescription('🚀'.repeat(1876)).conflicts[0]!.reason).toMatch(/^description is 3752 UTF-16 code units long/);
  });

  it('refuses the 100 KB corpus value, or truncates it visibly to what fits', () => {
    const long = HOSTILE_VALUES.find((value) => value.name === '100 KB text')!.value;
    expect(planDescription(long).conflicts).toHaveLength(4);
    const cut = planDescription(`${'🚀'.repeat(2000)}`, 'truncate');
    expect(cut.conflicts).toEqual([]);
    for (const c of changesWithSql(cut)) {
      expect(c.after!.length).toBeLessThanOrEqual(3750);
      expect(c.after!.endsWith(TRUNCATION_MARKER)).toBe(true);
      expect(c.sql[0]).toContain('🚀');
    }
    expect(cut.warnings.map((w) => w.message)).toContain('description of column d.s.t.c truncated from 4000 to 3749 UTF-16 code units (limit 3750)');
  });

  it('compiles every other corpus value within the limit as one statement', () => {
    for (const { name, value } of HOSTILE_VALUES.filter((v) => v.name !== '100 KB text')) {
      const planned = planDescription(value);
      expect(planned.conflicts, name).toEqual([]);
      expect(changesWithSql(planned).map((c) => c.sql.length), name).toEqual([1, 1, 1, 1]);
    }
  });
});
