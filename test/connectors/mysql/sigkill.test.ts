/**
 * An apply killed with SIGKILL part-way (MySQL DDL is not transactional, so some comments are
 * written and some not) converges when run again: the rerun plans only what is left, the
 * killed process's apply lock went with its connection, a third plan is empty, every comment
 * reads back as the manifest says, and SHOW CREATE TABLE differs from before only in
 * comments. On MariaDB 10.11, with the apply in a child process run through the core.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createConnection, type Connection } from 'mysql2/promise';
import { afterAll, describe, expect, it } from 'vitest';
import { applyChanges } from '../../../src/apply/apply.js';
import { quoteLiteral } from '../../../src/connectors/mysql/sql.js';
import { loadWorkspace, planWorkspace } from '../../../src/core/workspace.js';
import { startMariaDb } from '../../engines/mariadb.js';
import { writeWorkspace } from '../../e2e/cli.js';

const engine = await startMariaDb();
const skip = 'skip' in engine ? engine.skip : undefined;
if (skip) console.warn(`skipping MariaDB SIGKILL test: ${skip}`);
const port = 'port' in engine ? engine.port : 0;

afterAll(async () => {
  if (!('skip' in engine)) await engine.stop();
});

const HERE = path.dirname(fileURLToPath(import.meta.url));
const CHILD = path.join(HERE, 'sigkill-apply-child.ts');
const ROOT = path.resolve(HERE, '../../..');

const SCHEMA = 'killed';
const TABLES = 120;
const table = (i: number) => `t${String(i).padStart(3, '0')}`;
/** Columns with attributes a restated definition must keep (defaults, charsets, ON UPDATE, enums). */
const COLUMNS: Record<string, string> = {
  id: 'bigint unsigned NOT NULL AUTO_INCREMENT',
  name: "varchar(40) CHARACTER SET latin1 NOT NULL DEFAULT 'it''s'",
  amount: 'decimal(10,2) DEFAULT NULL',
  updated: 'timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp()',
  status: "enum('new','a,b') NOT NULL DEFAULT 'new'",
};
const tableComment = (i: number) => `Table ${i}: "it's" \\ described`;
const columnComment = (i: number, column: string) => `${column} of ${table(i)} — it's \\n not a newline`;

/** SHOW CREATE TABLE without its COMMENT clauses (column `COMMENT '...'`, table `COMMENT='...'`). */
const withoutComments = (ddl: string) => ddl.replace(/ COMMENT[= ]'(?:[^'\\]|''|\\.)*'/g, '');

async function showCreate(db: Connection, name: string): Promise<string> {
  const [rows] = (await db.query(`SHOW CREATE TABLE \`${SCHEMA}\`.\`${name}\``)) as unknown as [Array<Record<string, string>>];
  return rows[0]!['Create Table']!;
}

async function changedColumns(db: Connection): Promise<number> {
  const [rows] = (await db.query(
    `SELECT COUNT(*) AS n FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = ${quoteLiteral(SCHEMA)} AND COLUMN_COMMENT LIKE '% of t%'`,
  )) as unknown as [Array<{ n: number | string }>];
  return Number(rows[0]!.n);
}

describe.skipIf(skip !== undefined)('SIGKILL mid-apply on MariaDB 10.11', () => {
  it('converges when run again', { timeout: 120_000 }, async () => {
    const db = await createConnection({ host: '127.0.0.1', port, user: 'root' });
    try {
      await db.query(`CREATE DATABASE ${SCHEMA}`);
      for (let i = 0; i < TABLES; i++) {
        const columns = Object.entries(COLUMNS).map(([name, type]) => `\`${name}\` ${type} COMMENT 'old'`);
        await db.query(`CREATE TABLE ${SCHEMA}.${table(i)} (${columns.join(', ')}, PRIMARY KEY (id)) COMMENT 'old table'`);
      }
      const original = new Map<string, string>();
      for (let i = 0; i < TABLES; i++) original.set(table(i), await showCreate(db, table(i)));

      const tables = Object.fromEntries(
        Array.from({ length: TABLES }, (_, i) => [
          table(i),
          {
            description: tableComment(i),
            columns: Object.fromEntries(Object.keys(COLUMNS).map((column) => [column, { description: columnComment(i, column) }])),
          },
        ]),
      );
      const config = await writeWorkspace({
        config: { version: 1, services: { warehouse: { type: 'mysql', connection: { host: '127.0.0.1', port, user: 'root' } } } },
        manifests: {
          'warehouse/killed.yaml': [{ apiVersion: 'revmeta/v1', kind: 'Schema', service: 'warehouse', database: 'default', name: SCHEMA, tables }],
        },
      });

      // The first apply, killed once some statements are through (seen in the catalog).
      const child = spawn(process.execPath, ['--import', 'tsx', CHILD, config], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
      let output = '';
      child.stdout.on('data', (chunk: Buffer) => void (output += chunk.toString()));
      child.stderr.on('data', (chunk: Buffer) => void (output += chunk.toString()));
      const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
        child.on('exit', (code, signal) => resolve({ code, signal })),
      );
      let changedAtKill = 0;
      const deadline = Date.now() + 60_000;
      while (child.exitCode === null && Date.now() < deadline) {
        changedAtKill = await changedColumns(db);
        if (changedAtKill >= 10) break;
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
      child.kill('SIGKILL');
      const exit = await exited;
      expect(exit.signal, `the child ended on its own before the kill:\n${output}`).toBe('SIGKILL');
      const changedAfterKill = await changedColumns(db);
      // Killed part-way: some written, not all (else this test proves nothing).
      expect(changedAfterKill, output).toBeGreaterThanOrEqual(10);
      expect(changedAfterKill, output).toBeLessThan(TABLES * Object.keys(COLUMNS).length);
      expect(output).not.toMatch(/finished/);

      // The rerun, in-process: plans only what is left, applies it all.
      const workspace = await loadWorkspace(config, {});
      const second = await planWorkspace(workspace);
      try {
        const total = TABLES * (1 + Object.keys(COLUMNS).length);
        expect(second.plan.changes.length).toBeGreaterThan(0);
        expect(second.plan.changes.length).toBeLessThan(total);
        const result = await applyChanges(second.plan, second.targets);
        expect(result.summary).toEqual({ applied: second.plan.changes.length, failed: 0, notRun: 0 });
      } finally {
        await second.close();
      }
      const third = await planWorkspace(workspace);
      await third.close();
      expect(third.plan.changes).toEqual([]);

      // Every comment as the manifest says, and nothing else changed.
      const [tableRows] = (await db.query(
        `SELECT TABLE_NAME AS t, TABLE_COMMENT AS c FROM information_schema.TABLES WHERE TABLE_SCHEMA = ${quoteLiteral(SCHEMA)} ORDER BY t`,
      )) as unknown as [Array<{ t: string; c: string }>];
      expect(tableRows.map(({ t, c }) => [t, c])).toEqual(Array.from({ length: TABLES }, (_, i) => [table(i), tableComment(i)]));
      const [columnRows] = (await db.query(
        `SELECT TABLE_NAME AS t, COLUMN_NAME AS n, COLUMN_COMMENT AS c FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = ${quoteLiteral(SCHEMA)} ORDER BY t, ORDINAL_POSITION`,
      )) as unknown as [Array<{ t: string; n: string; c: string }>];
      expect(columnRows.map(({ t, n, c }) => [t, n, c])).toEqual(
        Array.from({ length: TABLES }, (_, i) => Object.keys(COLUMNS).map((column) => [table(i), column, columnComment(i, column)])).flat(),
      );
      for (let i = 0; i < TABLES; i++) {
        const after = await showCreate(db, table(i));
        expect(after).not.toBe(original.get(table(i)));
        expect(withoutComments(after)).toBe(withoutComments(original.get(table(i))!));
      }
      console.info(`SIGKILL test: ${changedAtKill} column comments seen before the kill, ${changedAfterKill} after it, of ${TABLES * 5}`);
    } finally {
      await db.end();
    }
  });
});
