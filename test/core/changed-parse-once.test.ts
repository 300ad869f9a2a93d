/**
 * `--changed-since` costs what the edit touches: a one-line edit of a big Schema file parses
 * neither version whole (only the edited table entries), an edit elsewhere parses the new
 * version once (the load uses the compare's result), and either way the scoped workspace is
 * the full load narrowed to the changed objects, locations included.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadWorkspace } from '../../src/core/workspace.js';
import { narrowDesired } from '../../src/core/changed.js';
import { writeWorkspace } from '../e2e/cli.js';

// Every parse of a manifest text goes through one of these two; the spies count them.
const parsed = vi.hoisted(() => ({ texts: [] as string[] }));
vi.mock('../../src/manifest/quick-yaml.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/manifest/quick-yaml.js')>();
  return { ...actual, quickParse: (text: string) => (parsed.texts.push(text), actual.quickParse(text)) };
});
vi.mock('../../src/manifest/yaml.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/manifest/yaml.js')>();
  return { ...actual, parseYaml: (file: string, text: string) => (parsed.texts.push(text), actual.parseYaml(file, text)) };
});
// Every read of a manifest file goes through readText; the spy counts reads per file.
const reads = vi.hoisted(() => ({ files: [] as string[] }));
vi.mock('../../src/manifest/text.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/manifest/text.js')>();
  return { ...actual, readText: (absolute: string, file: string) => (reads.files.push(absolute), actual.readText(absolute, file)) };
});

const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', '-c', 'commit.gpgsign=false', ...args], { cwd, encoding: 'utf8' });

const TABLES = 300;

/** One Schema file of TABLES tables × 3 columns, as the bench writes them. */
function schemaFile(): string {
  const lines = ['apiVersion: revmeta/v1', 'kind: Schema', 'service: warehouse', 'database: shop', 'name: public', 'description: Public things', 'tables:'];
  for (let t = 0; t < TABLES; t++) {
    lines.push(`  t${t}:`, `    description: Table ${t}`, '    columns:');
    for (let c = 0; c < 3; c++) lines.push(`      c${c}:`, `        description: Column c${c} of t${t}`);
  }
  return `${lines.join('\n')}\n`;
}

describe('--changed-since parses what the edit touches', () => {
  let config: string;
  let file: string;
  let original: string;

  beforeEach(async () => {
    original = schemaFile();
    config = await writeWorkspace({
      config: { version: 1, services: { warehouse: { type: 'postgres', connection: { embedded: '.revmeta/pgdata' } } } },
      manifests: { 'warehouse/public.yaml': original, 'warehouse/sales.yaml': schemaFile().replace('name: public', 'name: sales') },
    });
    file = path.join(path.dirname(config), 'metadata', 'warehouse', 'public.yaml');
    git(path.dirname(config), 'init', '-q');
    git(path.dirname(config), 'add', '.');
    git(path.dirname(config), 'commit', '-q', '-m', 'manifests');
  });

  afterEach(async () => {
    await rm(path.dirname(config), { recursive: true, force: true });
  });

  /** The scoped workspace, the texts parsed for it, and the full load narrowed to its objects. */
  async function scopedAndFull() {
    parsed.texts = [];
    const scoped = await loadWorkspace(config, {}, undefined, {}, { changedSince: 'HEAD' });
    const texts = parsed.texts.filter((text) => text.includes('kind: Schema')); // not the config's
    const full = await loadWorkspace(config, { REVMETA_CACHE_DIR: 'off' });
    return { scoped, texts, narrowed: narrowDesired(full.manifests.whole!, scoped.scope!.objects) };
  }

  it('a one-line edit of a column: neither version parsed whole, the same objects and locations as the full load', async () => {
    await writeFile(file, original.replace('description: Column c1 of t150\n', 'description: Column c1 of t150, edited\n'));
    const { scoped, texts, narrowed } = await scopedAndFull();
    expect(scoped.scope!.objects).toEqual([{ service: 'warehouse', database: 'shop', schema: 'public', table: 't150' }]);
    // Only cuts of the file: its own fields and an entry or two, nothing near the whole file.
    expect(texts.length).toBeGreaterThan(0);
    for (const text of texts) expect(text.length).toBeLessThan(original.length / 10);
    expect(scoped.manifests.whole!.services).toEqual(narrowed.services);
    expect(scoped.manifests.whole!.services.get('warehouse')!.databases[0]!.children[0]!.children[0]!.children[1]!.fieldLocations.description!.line).toBe(
      original.split('\n').indexOf('        description: Column c1 of t150') + 1,
    );
  });

  it('the changed file is read (and hashed) once: the load takes the bytes the compare compiled', async () => {
    await writeFile(file, original.replace('description: Column c1 of t150\n', 'description: Column c1 of t150, edited\n'));
    reads.files = [];
    const scoped = await loadWorkspace(config, {}, undefined, {}, { changedSince: 'HEAD' });
    // Read in place by the compare (table-edits.ts), never whole through readText, and not by the load.
    expect(reads.files.filter((read) => read === file)).toHaveLength(0);
    // The plan's record of the file is the SHA-256 of those bytes.
    const sha256 = createHash('sha256').update(await readFile(file)).digest('hex');
    expect(scoped.manifests.files).toEqual([{ path: 'warehouse/public.yaml', sha256 }]);
  });

  it('a one-line edit of one file costs four git processes: root and commit, changed files, untracked files, the old version', async () => {
    await writeFile(file, original.replace('description: Column c1 of t150\n', 'description: Column c1 of t150, edited\n'));
    // A git on the PATH that logs each run, then runs the real one.
    const bin = await mkdtemp(path.join(tmpdir(), 'revmeta-git-'));
    const log = path.join(bin, 'runs.log');
    const realGit = execFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).trim();
    await writeFile(path.join(bin, 'git'), `#!/bin/sh\necho "$*" >> '${log}'\nexec '${realGit}' "$@"\n`, { mode: 0o755 });
    const pathBefore = process.env.PATH;
    process.env.PATH = `${bin}${path.delimiter}${pathBefore}`;
    try {
      const scoped = await loadWorkspace(config, {}, undefined, {}, { changedSince: 'HEAD' });
      expect(scoped.scope!.objects).toHaveLength(1);
    } finally {
      process.env.PATH = pathBefore;
    }
    const runs = (await readFile(log, 'utf8')).trim().split('\n');
    expect(runs, runs.join('\n')).toHaveLength(4);
    await rm(bin, { recursive: true, force: true });
  });

  it('tables added, removed and moved across the file: located as the full load locates them', async () => {
    const lines = original.split('\n');
    const t10 = lines.indexOf('  t10:');
    const entry = lines.splice(t10, 9); // t10 and its columns, moved after t200 with an edit
    lines.splice(lines.indexOf('  t200:'), 0, ...entry.map((line) => line.replace('Table 10', 'Table ten')));
    lines.splice(lines.indexOf('  t250:'), 0, '  new_table:', '    description: New');
    await writeFile(file, lines.join('\n'));
    const { scoped, texts, narrowed } = await scopedAndFull();
    expect(scoped.scope!.objects.map((object) => object.table)).toEqual(['new_table', 't10']);
    for (const text of texts) expect(text.length).toBeLessThan(original.length);
    expect(scoped.manifests.whole!.services).toEqual(narrowed.services);
  });

  it("an edit of the schema's own fields: the new version parsed once, the old once", async () => {
    const edited = original.replace('description: Public things\n', 'description: Public things, edited\n');
    await writeFile(file, edited);
    const { scoped, texts, narrowed } = await scopedAndFull();
    expect(scoped.scope!.objects).toEqual([{ service: 'warehouse', database: 'shop', schema: 'public' }]);
    expect(texts.filter((text) => text === edited)).toHaveLength(1);
    expect(texts.filter((text) => text === original)).toHaveLength(1);
    expect(texts).toHaveLength(2);
    expect(scoped.manifests.whole!.services).toEqual(narrowed.services);
  });

  it('an edit that breaks a table entry: the whole file is parsed and the problem located', async () => {
    const broken = original.replace('    description: Table 150\n', '    description: [Table 150\n');
    await writeFile(file, broken);
    parsed.texts = [];
    // The full parse's diagnostic, at the line after the unclosed `[`.
    const line = broken.split('\n').indexOf('    description: [Table 150') + 2;
    await expect(loadWorkspace(config, {}, undefined, {}, { changedSince: 'HEAD' })).rejects.toThrow(new RegExp(`public\\.yaml:${line}:5: YAML syntax error`));
    expect(parsed.texts).toContain(broken);
  });
});
