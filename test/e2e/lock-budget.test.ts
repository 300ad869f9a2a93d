/**
 * A first rollout that describes more tables than PostgreSQL's lock table holds: one
 * transaction per database fails with "out of shared memory"; apply sizes its transactions
 * from the server's settings instead, each atomic, and a failure in one leaves the earlier
 * ones committed, reported, and a re-run converges. The server runs with a small lock table
 * (max_locks_per_transaction 10 × max_connections 20: a budget of 100 tables a transaction).
 */
import { describe, expect, it } from 'vitest';
import { applyChanges } from '../../src/apply/apply.js';
import type { Driver } from '../../src/connectors/types.js';
import { loadWorkspace, planWorkspace } from '../../src/core/workspace.js';
import { runCli, writeWorkspace, type CliRun } from './cli.js';
import { postgres15Engine, useEngine } from './engines.js';

const TABLES = 1500;
const name = (i: number) => `t_${String(i).padStart(4, '0')}`;

describe('transactions within the lock budget on PostgreSQL 15', () => {
  const started = useEngine(() => postgres15Engine({ max_locks_per_transaction: 10, max_connections: 20 }), 120_000);

  /** A database of TABLES tables (created 50 a transaction, within the small lock table) and a manifest describing each table and a column. */
  async function seed(db: string, transactions?: 'single' | 'auto', count = TABLES): Promise<string> {
    await started.engine!.createDatabase(db);
    for (let start = 0; start < count; start += 50) {
      const creates = Array.from({ length: 50 }, (_, k) => `CREATE TABLE public.${name(start + k)} (id int, amount int);`);
      await started.engine!.exec(db, creates.join('\n'));
    }
    const tables = Object.fromEntries(Array.from({ length: count }, (_, i) => [name(i), { description: `Table ${i}`, columns: { id: { description: `Key of ${i}` } } }]));
    return writeWorkspace({
      config: { version: 1, services: { warehouse: { type: 'postgres', connection: started.engine!.connection, ...(transactions ? { transactions } : {}) } } },
      manifests: { [`warehouse/${db}.yaml`]: [{ apiVersion: 'revmeta/v1', kind: 'Schema', service: 'warehouse', database: db, name: 'public', tables }] },
    });
  }

  async function described(db: string): Promise<number> {
    const [row] = await started.engine!.query<{ n: string }>(db, `SELECT count(*) n FROM pg_description d JOIN pg_class c ON c.oid = d.objoid WHERE c.relname LIKE 't\\_%'`);
    return Number(row?.n);
  }

  it('with `transactions: single` fails as one transaction does: out of shared memory, nothing written', async ({ skip: skipTest }) => {
    if (started.skip) skipTest(started.skip);
    const config = await seed('single', 'single');
    expect((await runCli(['plan', '-c', config])).stdout).toContain('  Apply: one transaction per database (transactions: single), atomic.');
    const applied = await runCli(['apply', '-c', config, '--auto-approve']);
    expect(applied.code).toBe(1);
    expect(applied.stdout).toContain('out of shared memory');
    expect(await described('single')).toBe(0);
  }, 300_000);

  it('applies in transactions sized from the server settings, and plans nothing the second time', async ({ skip: skipTest }) => {
    if (started.skip) skipTest(started.skip);
    const config = await seed('budget');
    // The plan says beforehand how many transactions apply will run, from the same settings.
    const planned = await runCli(['plan', '-c', config]);
    expect(planned.stdout).toContain(
      '  Apply: budget in 15 transactions of up to 100 objects (lock budget: 100 objects a transaction); each transaction atomic: a failure rolls it back and stops the later ones, the earlier ones stay committed.',
    );
    const markdown = await runCli(['plan', '-c', config, '--format', 'markdown']);
    expect(markdown.stdout).toContain('- Apply **warehouse**: budget in 15 transactions of up to 100 objects (lock budget: 100 objects a transaction);');
    const json = JSON.parse((await runCli(['plan', '-c', config, '--format', 'json'])).stdout);
    expect(json.services[0].apply).toEqual({ atomic: 'transaction', transactions: 'auto', lockBudget: 100, databases: [{ database: 'budget', transactions: 15, objects: 100 }] });
    const applied = await runCli(['apply', '-c', config, '--auto-approve']);
    expect(applied.stderr).toBe('');
    expect(applied.code).toBe(0);
    expect(applied.stdout).toContain(`Apply complete: ${2 * TABLES} applied, 0 failed, 0 not run.`);
    expect(applied.stdout).toContain('warehouse/budget: 15 transactions (up to 100 objects each), all committed.');
    expect(await described('budget')).toBe(2 * TABLES);
    const again = await runCli(['plan', '-c', config, '--detailed-exitcode']);
    expect(again.code).toBe(0);
  }, 300_000);

  it('a failure in transaction 3 rolls back only it: 1 and 2 stay committed and are reported; a re-run converges', async ({ skip: skipTest }) => {
    if (started.skip) skipTest(started.skip);
    const config = await seed('fault');
    // COMMENT fires event triggers: this one refuses the comment on one table of the third transaction.
    await started.engine!.exec(
      'fault',
      `CREATE FUNCTION refuse_t_0250() RETURNS event_trigger LANGUAGE plpgsql AS $$
         BEGIN
           IF EXISTS (SELECT 1 FROM pg_event_trigger_ddl_commands() WHERE object_identity LIKE '%t_0250%') THEN
             RAISE EXCEPTION 'refused by test trigger';
           END IF;
         END $$;
       CREATE EVENT TRIGGER refuse_t_0250 ON ddl_command_end WHEN TAG IN ('COMMENT') EXECUTE FUNCTION refuse_t_0250();`,
    );
    const failed = await runCli(['apply', '-c', config, '--auto-approve']);
    expect(failed.code).toBe(1);
    expect(failed.stdout).toContain('refused by test trigger');
    expect(failed.stdout).toContain(
      'warehouse/fault: transaction 3 of 15 failed (rolled back): refused by test trigger; 2 committed (fault.public.t_0000 … fault.public.t_0199); 12 not run.',
    );
    // Transactions 1 and 2 (tables t_0000 to t_0199, each with a column) stay written.
    expect(await described('fault')).toBe(2 * 200);
    await started.engine!.exec('fault', 'DROP EVENT TRIGGER refuse_t_0250');
    const rest = await runCli(['plan', '-c', config, '--format', 'json']);
    expect(JSON.parse(rest.stdout).summary.changes).toBe(2 * (TABLES - 200));
    const applied = await runCli(['apply', '-c', config, '--auto-approve']);
    expect(applied.code).toBe(0);
    expect(await described('fault')).toBe(2 * TABLES);
    expect((await runCli(['plan', '-c', config, '--detailed-exitcode'])).code).toBe(0);
  }, 300_000);

  it('holds one apply lock across its transactions: a second apply between two of them is refused', async ({ skip: skipTest }) => {
    if (started.skip) skipTest(started.skip);
    // 250 tables with a column each: three transactions of up to 100 tables.
    const config = await seed('turns', undefined, 250);
    const planned = await planWorkspace(await loadWorkspace(config, {}));
    try {
      const target = planned.targets.get('warehouse')!;
      let second: CliRun | undefined;
      let idleSessionTimeout: unknown;
      // Right after the first transaction commits, before the second begins, another apply tries its turn.
      const pausing: Driver = {
        async open(database) {
          const session = await target.driver.open(database);
          return {
            ...session,
            commit: async () => {
              await session.commit();
              // Idle between its transactions: a vanished client's session (and lock) ends after the idle timeout.
              idleSessionTimeout ??= (await session.query('SHOW idle_session_timeout'))[0]?.idle_session_timeout;
              second ??= await runCli(['apply', '-c', config, '--auto-approve', '--lock-timeout', '300ms']);
            },
          };
        },
        close: () => target.driver.close(),
      };
      const first = await applyChanges(planned.plan, new Map([['warehouse', { ...target, driver: pausing }]]));
      expect(first.transactions?.map((transaction) => transaction.status)).toEqual(['committed', 'committed', 'committed']);
      expect(first.summary).toEqual({ applied: 500, failed: 0, notRun: 0 });
      expect(idleSessionTimeout).toBe('45s');
      expect(second?.code).toBe(1);
      expect(second?.stdout).toContain(`not run: another apply holds the lock (backend pid`);
      expect(second?.stdout).toContain('0 applied, 0 failed, 300 not run.');
    } finally {
      await planned.close();
    }
    expect(await described('turns')).toBe(500);
  }, 300_000);
});
