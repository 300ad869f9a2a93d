/**
 * A big schema's compiled form is cached with its tables in table files (cache.ts), so that a plan
 * step that takes a group of its tables reads that group's table files, not the whole schema.
 */
import { copyFile, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { compiledFolder, SchemaWriter, TABLE_FILE_CHARS, type CacheLocation } from '../../src/manifest/cache.js';
import { indexManifests, loadManifests, PART_CHARS, type ManifestSet } from '../../src/manifest/load.js';
import { planSteps } from '../../src/core/workspace.js';
import type { DesiredService } from '../../src/model/types.js';
import { configFor, tempTree, yaml } from './helpers.js';

/** Desired objects a step may hold: a schema of 3,000 tables × 2 columns is cut into 9 groups of 333 tables. */
const STEP = 1000;

/**
 * A Schema document of `count` tables, each with a description, an owner and two described columns
 * (~800 characters of YAML: 3,000 tables are 2.4 MB, parsed in 3 parts, and 2.5 MB compiled).
 */
function bigSchema(count: number, name = 'big', edit: (index: number) => string = () => ''): string {
  const lines = ['apiVersion: revmeta/v1', 'kind: Schema', 'service: warehouse', 'database: analytics', `name: ${name}`, 'description: A big schema', 'tables:'];
  for (let index = 0; index < count; index++) {
    lines.push(`  t${index}:`, `    description: Table ${index} of the big schema${edit(index)} ${'x'.repeat(600)}`, '    owners: [data-platform]', '    columns:');
    lines.push('      id:', `        description: Key of table ${index}`, '      name:', `        description: Name in table ${index}`, '        tags: [PII.Sensitive]');
  }
  return `${lines.join('\n')}\n`;
}

const database = yaml('apiVersion: revmeta/v1', 'kind: Database', 'service: warehouse', 'name: analytics', 'description: Analytics');
const small = yaml('apiVersion: revmeta/v1', 'kind: Schema', 'service: warehouse', 'database: analytics', 'name: small', 'tables:', '  one:', '    description: One');

async function workspace(tables = 3000) {
  const root = await tempTree({ 'metadata/a.yaml': database, 'metadata/big.yaml': bigSchema(tables), 'metadata/small.yaml': small, 'cache/.keep': '' });
  const cache: CacheLocation = { file: path.join(root, 'cache', 'manifests.json') };
  return { root, config: configFor(root), cache };
}

/** The steps of a set cut at STEP objects, each loaded. */
async function loadedSteps(set: ManifestSet): Promise<DesiredService[]> {
  const loaded: DesiredService[] = [];
  for (const step of planSteps(set.outline.services.get('warehouse')!, STEP, set.objectsIn, set.tableObjectsIn)) {
    const result = await set.load(step);
    if (!result.ok) throw new Error(`expected the step to load: ${JSON.stringify(result.diagnostics)}`);
    loaded.push(result.value);
  }
  return loaded;
}

/** The steps of the whole tree, as a set held whole is planned. */
async function wholeSteps(config: ReturnType<typeof configFor>): Promise<DesiredService[]> {
  const whole = await loadManifests(config);
  if (!whole.ok) throw new Error('expected valid manifests');
  return planSteps(whole.value.services.get('warehouse')!, STEP);
}

async function indexed(config: ReturnType<typeof configFor>, cache: CacheLocation | null): Promise<ManifestSet> {
  const set = await indexManifests(config, { cache, holdObjects: STEP });
  if (!set.ok) throw new Error(`expected valid manifests: ${JSON.stringify(set.diagnostics)}`);
  expect(set.value.whole).toBeUndefined();
  return set.value;
}

/** The digest of a manifest as the index names it. */
async function digestOf(cache: CacheLocation, manifest: string): Promise<string> {
  return JSON.parse(await readFile(cache.file, 'utf8')).files[manifest].sha256;
}

/** Characters of the texts JSON.parse decodes while `run` runs: what reading the cache decodes. */
async function decodedWhile(run: () => Promise<unknown>): Promise<number> {
  let chars = 0;
  const parse = JSON.parse;
  const spy = vi.spyOn(JSON, 'parse').mockImplementation((text: string, reviver?: Parameters<typeof JSON.parse>[1]) => {
    chars += text.length;
    return parse(text, reviver);
  });
  try {
    await run();
  } finally {
    spy.mockRestore();
  }
  return chars;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('a big schema in the compiled-manifest cache', () => {
  it('is read a step at a time as the whole tree has it: compiled (cold cache), from the cache (warm), and with no cache', async () => {
    const { root, config, cache } = await workspace();
    expect((await stat(path.join(root, 'metadata', 'big.yaml'))).size).toBeGreaterThan(2 * PART_CHARS);
    const expected = await wholeSteps(config);
    expect(expected.length).toBeGreaterThan(10);
    // Cold, the big file is written to the cache a part of its tables at a time, never held whole.
    const written = vi.spyOn(SchemaWriter.prototype, 'add');
    for (const location of [cache, cache, null]) expect(await loadedSteps(await indexed(config, location))).toEqual(expected);
    expect(written.mock.calls.map(([tables]) => tables.length)).toEqual([expect.any(Number), expect.any(Number), expect.any(Number)]);
    expect(Math.max(...written.mock.calls.map(([tables]) => tables.length))).toBeLessThan(1500);
    // The big schema's tables are in table files of their own; the small files are one compiled file each.
    const names = await readdir(compiledFolder(cache));
    const big = await digestOf(cache, 'big.yaml');
    expect(names.filter((name) => name.startsWith(`${big}.`)).length).toBeGreaterThan(5);
    expect(names.filter((name) => !name.startsWith(big))).toHaveLength(2);
    // Without a cache every step compiles the 2.4 MB file again: slow on a loaded machine.
  }, 180_000);

  it('a step of a big cached schema decodes its group and at most two table files more, not the whole schema', async () => {
    const { config, cache } = await workspace();
    await indexed(config, cache);
    const set = await indexed(config, cache);
    const steps = planSteps(set.outline.services.get('warehouse')!, STEP, set.objectsIn, set.tableObjectsIn);
    const middle = steps[Math.floor(steps.length / 2)]!;
    let loaded: DesiredService | undefined;
    const decoded = await decodedWhile(async () => {
      const result = await set.load(middle);
      if (result.ok) loaded = result.value;
    });
    const group = loaded!.databases[0]!.children[0]!;
    expect(group.children.length).toBeGreaterThan(300);
    expect(group.children.length).toBeLessThan(400);
    // The group as JSON (more than it takes encoded), two table files, and the schema's own fields.
    const bound = JSON.stringify(group).length + 2 * TABLE_FILE_CHARS + 4096;
    expect(decoded).toBeLessThan(bound);
    // The whole schema compiled is many times that: reading it whole (as before) fails this test.
    const folder = compiledFolder(cache);
    const big = await digestOf(cache, 'big.yaml');
    let compiledChars = 0;
    for (const name of await readdir(folder)) if (name.startsWith(big)) compiledChars += (await stat(path.join(folder, name))).size;
    expect(compiledChars).toBeGreaterThan(3 * bound);
  });

  it('a big file found invalid after parts of it were written leaves no table files, and says where', async () => {
    const { root, config, cache } = await workspace();
    await writeFile(path.join(root, 'metadata', 'big.yaml'), bigSchema(3000, 'big', (index) => (index === 2900 ? '\n    owner: alice' : '')));
    // The second run finds the index as the first left it, so it does not rewrite it (nor sweep the folder).
    for (let run = 0; run < 2; run++) {
      const set = await indexManifests(config, { cache, holdObjects: STEP });
      expect(set.ok ? [] : set.diagnostics.map((d) => `${d.line}:${d.column} ${d.message}`)).toEqual([`${8 + 9 * 2900 + 2}:5 unknown field "owner" in tables.t2900 (did you mean "owners"?)`]);
      expect((await readdir(compiledFolder(cache))).filter((name) => /\.\d+\.json$/.test(name))).toEqual([]);
    }
  });

  it('a cache that fails while a big file is written a part at a time: the file compiled again whole, the same steps', async () => {
    const { config, cache } = await workspace();
    const expected = await wholeSteps(config);
    const add = SchemaWriter.prototype.add;
    let calls = 0;
    // The second part's tables cannot be written (a full disk, say).
    vi.spyOn(SchemaWriter.prototype, 'add').mockImplementation(function (this: SchemaWriter, tables) {
      return ++calls === 2 ? Promise.resolve(false) : add.call(this, tables);
    });
    const set = await indexed(config, cache);
    expect(calls).toBe(2);
    expect(await loadedSteps(set)).toEqual(expected);
    // Held whole, it was then written whole (the disk had room again): read from the cache next time.
    vi.restoreAllMocks();
    expect(await loadedSteps(await indexed(config, cache))).toEqual(expected);
  }, 120_000);

  it('an edited file is compiled again and the table files of its old digest are removed', async () => {
    const { root, config, cache } = await workspace();
    await indexed(config, cache);
    const before = await digestOf(cache, 'big.yaml');
    await writeFile(path.join(root, 'metadata', 'big.yaml'), bigSchema(3000, 'big', (index) => (index === 2500 ? ', edited' : '')));
    const set = await indexed(config, cache);
    expect((await readdir(compiledFolder(cache))).filter((name) => name.startsWith(before))).toEqual([]);
    const steps = await loadedSteps(set);
    expect(steps).toEqual(await wholeSteps(config));
    expect(JSON.stringify(steps)).toContain('Table 2500 of the big schema, edited');
  });

  it('a table file corrupted, missing, or taken from another place: compiled again, the same steps, the cache mended', async () => {
    const { config, cache } = await workspace();
    const expected = await wholeSteps(config);
    await indexed(config, cache);
    const digest = await digestOf(cache, 'big.yaml');
    const tableFile = (number: number) => path.join(compiledFolder(cache), `${digest}.${number}.json`);
    const good = await readFile(tableFile(3), 'utf8');
    const spoilers = [
      () => writeFile(tableFile(3), '{ not json'),
      () => writeFile(tableFile(3), good.replace('Table', 'Tablet')), // its HMAC no longer checks out
      () => rm(tableFile(3)),
      () => copyFile(tableFile(2), tableFile(3)), // trusted as table file 2, not as 3
    ];
    for (const spoil of spoilers) {
      await spoil();
      expect(await loadedSteps(await indexed(config, cache))).toEqual(expected);
      expect(await readFile(tableFile(3), 'utf8')).toBe(good);
    }
  }, 120_000);

  it('a table file not to be trusted, and the manifest changed since it was indexed: the diagnostic of a compiled file not to be trusted', async () => {
    const diagnosticsWhen = async (spoil: (cache: CacheLocation, digest: string) => Promise<void>) => {
      const { root, config, cache } = await workspace();
      await indexed(config, cache);
      const set = await indexed(config, cache);
      await spoil(cache, await digestOf(cache, 'big.yaml'));
      await writeFile(path.join(root, 'metadata', 'big.yaml'), bigSchema(3000, 'big', (index) => (index === 1 ? ', edited' : '')));
      const steps = planSteps(set.outline.services.get('warehouse')!, STEP, set.objectsIn, set.tableObjectsIn);
      const results = [];
      for (const step of steps) results.push(await set.load(step));
      return results.filter((result) => !result.ok).map((result) => (result.ok ? [] : result.diagnostics.map((d) => `${d.line}:${d.column} ${d.message.replace(root, '<root>')}`)));
    };
    const ofTableFile = await diagnosticsWhen((cache, digest) => writeFile(path.join(compiledFolder(cache), `${digest}.0.json`), '{ not json'));
    const ofCompiledFile = await diagnosticsWhen((cache, digest) => writeFile(path.join(compiledFolder(cache), `${digest}.json`), '{ not json'));
    expect(ofTableFile.length).toBeGreaterThan(0);
    expect(ofTableFile[0]).toEqual([expect.stringMatching(/^1:1 <root>.metadata.big\.yaml changed since this run read the manifests; nothing was planned from it/)]);
    // Every step of the big schema reads the compiled file; only the first reads table file 0.
    expect(ofCompiledFile[0]).toEqual(ofTableFile[0]);
  });
});
