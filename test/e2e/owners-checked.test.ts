/**
 * Owners are checked at plan time on every real Postgres engine: a manifest owner that maps
 * to no role is a plan conflict naming the manifest line, not a statement that fails at apply
 * and rolls the whole database back. Known roles (one needing quotes, one reached through
 * owners.map) still plan as changes, and the lookup is one batched catalog query.
 */
import { describe, expect, it } from 'vitest';
import { runCli, writeWorkspace } from './cli.js';
import { pgliteEngine, postgres15Engine, useEngine, type TestEngine } from './engines.js';

const engines: Array<[string, () => Promise<TestEngine | { skip: string }>]> = [
  ['PGlite', pgliteEngine],
  ['PostgreSQL 15', postgres15Engine],
];

let counter = 0;

interface PlanJson {
  changes: Array<{ object: { kind: string; table?: string; schema?: string }; field: string; after: string | null }>;
  conflicts: Array<{ object: { kind: string; table?: string }; field: string; reason: string; location?: { file: string; line: number } }>;
}

describe.each(engines)('%s', (_name, start) => {
  const started = useEngine(start, 120_000);

  async function setUp() {
    const db = `owners_${process.pid}_${++counter}`;
    const alice = `alice_${db}`;
    const bob = `bob ${db}`; // needs quoting
    await started.engine!.createDatabase(db);
    await started.engine!.exec(db, `CREATE ROLE "${alice}"; CREATE ROLE "${bob}"; CREATE SCHEMA sales; CREATE TABLE sales.orders (id int); CREATE TABLE sales.refunds (id int);`);
    const schemaYaml = [
      'apiVersion: revmeta/v1',
      'kind: Schema',
      'service: warehouse',
      `database: ${db}`,
      'name: sales',
      `owners: ["${bob}"]`,
      'tables:',
      '  orders:',
      '    owners: [team-alice]',
      '  refunds:',
      '    owners: [nobody-such]',
      '',
    ].join('\n');
    const config = await writeWorkspace({
      config: {
        version: 1,
        manifests: 'metadata',
        services: { warehouse: { type: 'postgres', connection: started.engine!.connection, owners: { map: { 'team-alice': alice } } } },
      },
      manifests: { [`warehouse/${db}/sales.yaml`]: schemaYaml },
    });
    return { db, alice, bob, config };
  }

  it('reports an owner that maps to no role as a conflict at its manifest line, and plans the known ones', async ({ skip: skipTest }) => {
    if (started.skip) skipTest(started.skip);
    const { db, alice, bob, config } = await setUp();
    const planned = await runCli(['plan', '-c', config, '--format', 'json']);
    expect(planned.stderr).toBe('');
    const plan = JSON.parse(planned.stdout) as PlanJson;
    expect(plan.conflicts).toHaveLength(1);
    const [conflict] = plan.conflicts;
    expect(conflict!.object).toMatchObject({ kind: 'table', table: 'refunds' });
    expect(conflict!.field).toBe('owner');
    expect(conflict!.reason).toContain('unknown owner "nobody-such"');
    expect(conflict!.location).toMatchObject({ file: expect.stringContaining(`warehouse/${db}/sales.yaml`), line: 11 });
    const owners = plan.changes.filter((change) => change.field === 'owner').map((change) => [change.object.table ?? change.object.schema, change.after]);
    expect(owners).toEqual([
      ['sales', bob],
      ['orders', alice],
    ]);

    // Without the conflict the apply stops before running anything: nothing fails and rolls back.
    const applied = await runCli(['apply', '-c', config, '--auto-approve']);
    expect(applied.code).not.toBe(0);
    expect(`${applied.stdout}${applied.stderr}`).toMatch(/conflict/i);
    expect(`${applied.stdout}${applied.stderr}`).not.toMatch(/does not exist/);
  }, 120_000);
});
