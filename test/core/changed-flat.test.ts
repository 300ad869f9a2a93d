/**
 * `--changed-since` of a one-line edit costs the same whatever the size of the changed file:
 * the edit's table entry is compiled, and the rest of both versions is compared and hashed in
 * place, never decoded into strings nor held whole (an 11 MB file held whole cost ~0.25 s
 * more, in fresh memory and its garbage). The time itself is the bench's
 * (`BENCH_ONLY=changed-since node bench/run.mjs`); here, what a load cannot distort: how many
 * bytes of the file are decoded into strings.
 */
import { execFileSync } from 'node:child_process';
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
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

/**
 * What one scoped load decodes into strings (Buffer#toString, TextDecoder#decode: every way
 * node decodes a file's bytes, readFile with an encoding included): the bytes decoded as UTF-8
 * (what is compiled) and the largest single piece decoded, in any encoding (the line scans read
 * chunks as Latin-1); checks what it scoped.
 */
async function scopedLoadDecoded(config: string, table: number): Promise<{ utf8: number; largest: number; total: number }> {
  let utf8 = 0;
  let largest = 0;
  let total = 0;
  const count = (bytes: number, encoding: unknown) => {
    largest = Math.max(largest, bytes);
    total += bytes;
    if (encoding === undefined || /^utf-?8$/i.test(String(encoding))) utf8 += bytes;
  };
  const toString = Buffer.prototype.toString;
  const decode = TextDecoder.prototype.decode;
  const counting = [
    vi.spyOn(Buffer.prototype, 'toString').mockImplementation(function (this: Buffer, ...args: unknown[]) {
      const [encoding, start = 0, end = this.length] = args as [unknown, number?, number?];
      count(Math.max(0, Math.min(end, this.length) - start), encoding);
      return toString.apply(this, args as Parameters<Buffer['toString']>);
    }),
    vi.spyOn(TextDecoder.prototype, 'decode').mockImplementation(function (this: InstanceType<typeof TextDecoder>, input?: Parameters<InstanceType<typeof TextDecoder>["decode"]>[0], options?: { stream?: boolean }) {
      count(input?.byteLength ?? 0, this.encoding);
      return decode.call(this, input, options);
    }),
  ];
  try {
    const workspace = await loadWorkspace(config, {}, undefined, {}, { changedSince: 'HEAD' });
    expect(workspace.scope!.objects).toEqual([{ service: 'warehouse', database: 'shop', schema: 'public', table: `t${table}` }]);
  } finally {
    for (const spy of counting) spy.mockRestore();
  }
  return { utf8, largest, total };
}

describe('--changed-since: a one-line edit decodes no more of a 2 MB file than of a small one', () => {
  const configs: Record<string, string> = {};

  beforeAll(async () => {
    configs.small = await editedWorkspace(20, 0);
    configs.first = await editedWorkspace(2_000, 0);
    configs.last = await editedWorkspace(2_000, 1_999);
    expect((await readFile(path.join(path.dirname(configs.first), 'metadata', 'warehouse', 'public.yaml'))).length).toBeGreaterThan(2_000_000);
  }, 120_000);

  afterAll(async () => {
    for (const config of Object.values(configs)) await rm(path.dirname(config), { recursive: true, force: true });
  });

  afterEach(() => vi.restoreAllMocks());

  it('the edit in the first or the last of 2,000 tables: as much UTF-8 decoded as among 20 tables, nothing decoded whole (before: the whole file)', async () => {
    const small = await scopedLoadDecoded(configs.small!, 0);
    const first = await scopedLoadDecoded(configs.first!, 0);
    const last = await scopedLoadDecoded(configs.last!, 1_999);
    const seen = JSON.stringify({ small, first, last });
    // One table entry is ~1 KB, a scan's chunk 64 KiB; the file 2.2 MB. Before: the new version decoded whole.
    expect(first.utf8 - small.utf8, seen).toBeLessThan(16 * 1024);
    expect(last.utf8 - small.utf8, seen).toBeLessThan(16 * 1024);
    expect(Math.max(first.largest, last.largest), seen).toBeLessThanOrEqual(128 * 1024);
  }, 120_000);

  it('the line scan reads each byte outside the cut once: decoded in all, at most the file and a chunk more than among 20 tables (before: two or three times, layout, lines and duplicate keys in passes of their own)', async () => {
    const size = (await readFile(path.join(path.dirname(configs.first!), 'metadata', 'warehouse', 'public.yaml'))).length;
    const small = await scopedLoadDecoded(configs.small!, 0);
    const first = await scopedLoadDecoded(configs.first!, 0);
    const last = await scopedLoadDecoded(configs.last!, 1_999);
    const seen = JSON.stringify({ size, small, first, last });
    expect(first.total - small.total, seen).toBeLessThan(size + 64 * 1024);
    expect(last.total - small.total, seen).toBeLessThan(size + 64 * 1024);
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
