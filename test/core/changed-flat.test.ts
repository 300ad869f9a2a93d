/**
 * `--changed-since` of a one-line edit costs the same whatever the size of the changed file:
 * the edit's table entry is compiled, and the rest of both versions is compared and hashed in
 * place, never decoded into strings nor held whole (an 11 MB file held whole costs ~0.25 s
 * more, in fresh memory and its garbage). Measured as the CPU time of the process (git runs
 * in its own), the least of a few alternated runs, so that a loaded machine does not decide.
 */
import { execFileSync } from 'node:child_process';
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadWorkspace } from '../../src/core/workspace.js';
import { writeWorkspace } from '../e2e/cli.js';

const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', '-c', 'commit.gpgsign=false', ...args], { cwd, encoding: 'utf8' });

/** A Schema file of `tables` tables × 20 columns, as the bench writes them (10,000 tables: 11 MB). */
function schemaFile(tables: number): string {
  const lines = ['apiVersion: revmeta/v1', 'kind: Schema', 'service: warehouse', 'database: shop', 'name: public', 'tables:'];
  for (let t = 0; t < tables; t++) {
    lines.push(`  t${t}:`, `    description: Table ${t}`, '    columns:');
    for (let c = 0; c < 20; c++) lines.push(`      c${c}:`, `        description: Column c${c} of t${t}`);
  }
  return `${lines.join('\n')}\n`;
}

/** A workspace in a git repository whose one Schema file of `tables` tables has a one-line edit of `table` since HEAD. */
async function editedWorkspace(tables: number, table: number): Promise<string> {
  const original = schemaFile(tables);
  const config = await writeWorkspace({
    config: { version: 1, services: { warehouse: { type: 'postgres', connection: { embedded: '.revmeta/pgdata' } } } },
    manifests: { 'warehouse/public.yaml': original },
  });
  git(path.dirname(config), 'init', '-q');
  git(path.dirname(config), 'add', '.');
  git(path.dirname(config), 'commit', '-q', '-m', 'manifests');
  const file = path.join(path.dirname(config), 'metadata', 'warehouse', 'public.yaml');
  await writeFile(file, original.replace(`description: Column c3 of t${table}\n`, `description: Column c3 of t${table}, edited\n`));
  return config;
}

/** CPU milliseconds of this process for one scoped load; checks what it scoped. */
async function scopedLoadCpuMs(config: string, table: number): Promise<number> {
  const started = process.cpuUsage();
  const workspace = await loadWorkspace(config, {}, undefined, {}, { changedSince: 'HEAD' });
  const { user, system } = process.cpuUsage(started);
  expect(workspace.scope!.objects).toEqual([{ service: 'warehouse', database: 'shop', schema: 'public', table: `t${table}` }]);
  return (user + system) / 1000;
}

describe('--changed-since: a one-line edit costs the same in a small and in an 11 MB file', () => {
  const configs: Record<string, string> = {};

  beforeAll(async () => {
    configs.small = await editedWorkspace(100, 0);
    configs.first = await editedWorkspace(10_000, 0);
    configs.last = await editedWorkspace(10_000, 9_999);
    expect((await readFile(path.join(path.dirname(configs.first), 'metadata', 'warehouse', 'public.yaml'))).length).toBeGreaterThan(10_000_000);
  }, 120_000);

  afterAll(async () => {
    for (const config of Object.values(configs)) await rm(path.dirname(config), { recursive: true, force: true });
  });

  it('the edit in the first or the last table of 10,000: within 100 ms of CPU of the same edit among 100 tables (before: 245 ms more)', async () => {
    const least = { small: Infinity, first: Infinity, last: Infinity };
    await scopedLoadCpuMs(configs.small!, 0); // modules loaded and compiled before anything is measured
    for (let run = 0; run < 4; run++) {
      least.small = Math.min(least.small, await scopedLoadCpuMs(configs.small!, 0));
      least.first = Math.min(least.first, await scopedLoadCpuMs(configs.first!, 0));
      least.last = Math.min(least.last, await scopedLoadCpuMs(configs.last!, 9_999));
    }
    // Before: ~250 ms more at 10,000 tables (the file and its old version decoded whole, scanned as strings);
    // now ~25 ms (hash, compare and key scan of 11 MB), ~50 under load.
    expect(least.first - least.small, JSON.stringify(least)).toBeLessThan(100);
    expect(least.last - least.small, JSON.stringify(least)).toBeLessThan(100);
  }, 120_000);
});

describe('--changed-since: what the in-place compare leaves to whole compiles', () => {
  const small = schemaFile(30);
  let config: string;
  let repo: string;
  let file: string;

  beforeAll(async () => {
    config = await writeWorkspace({
      config: { version: 1, services: { warehouse: { type: 'postgres', connection: { embedded: '.revmeta/pgdata' } } } },
      manifests: { 'warehouse/public.yaml': small, 'warehouse/sales.yaml': small.replace('name: public', 'name: sales') },
    });
    repo = path.dirname(config);
    file = path.join(repo, 'metadata', 'warehouse', 'public.yaml');
    git(repo, 'init', '-q');
    git(repo, 'add', '.');
    git(repo, 'commit', '-q', '-m', 'manifests');
  });

  afterAll(async () => {
    await rm(repo, { recursive: true, force: true });
  });

  const scope = async () => (await loadWorkspace(config, {}, undefined, {}, { changedSince: 'HEAD' })).scope!.objects;
  const tableObject = (schema: string, table: string) => ({ service: 'warehouse', database: 'shop', schema, table });

  it('a removed file: every object of its old version', async () => {
    const sales = path.join(repo, 'metadata', 'warehouse', 'sales.yaml');
    await rm(sales);
    try {
      expect(await scope()).toEqual([{ service: 'warehouse', database: 'shop', schema: 'sales' }, ...Array.from({ length: 30 }, (_, t) => tableObject('sales', `t${t}`)).sort((a, b) => (a.table < b.table ? -1 : 1))]);
    } finally {
      git(repo, 'checkout', '--', 'metadata/warehouse/sales.yaml');
    }
  });

  it('a new version that is not UTF-8: the load says where', async () => {
    const edited = Buffer.from(small.replace('Column c3 of t7\n', 'Column c3 of t7 \xff\n'), 'latin1');
    await writeFile(file, edited);
    try {
      const line = small.split('\n').indexOf('        description: Column c3 of t7') + 1;
      await expect(loadWorkspace(config, {}, undefined, {}, { changedSince: 'HEAD' })).rejects.toThrow(new RegExp(`public\\.yaml:${line}:\\d+: the file is not valid UTF-8`));
    } finally {
      await writeFile(file, small);
    }
  });

  it('no temporary folder for the old version: git prints it, and the scope is the same', async () => {
    await writeFile(file, small.replace('Column c3 of t7\n', 'Column c3 of t7, edited\n'));
    const tmpdirBefore = process.env.TMPDIR;
    process.env.TMPDIR = path.join(repo, 'no such folder');
    try {
      expect(await scope()).toEqual([tableObject('public', 't7')]);
    } finally {
      process.env.TMPDIR = tmpdirBefore;
      if (tmpdirBefore === undefined) delete process.env.TMPDIR;
      await writeFile(file, small);
    }
    expect(await scope()).toEqual([]);
  });
});
