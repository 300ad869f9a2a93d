import { chmod, mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cacheLocation, compiledFolder, type CacheLocation } from '../../src/manifest/cache.js';
import { indexManifests, loadManifests } from '../../src/manifest/load.js';
import { planSteps } from '../../src/core/workspace.js';
import type { Config } from '../../src/manifest/types.js';
import { tempTree, yaml } from './helpers.js';

function configFor(root: string, services: string[] = ['warehouse']): Config {
  return {
    file: path.join(root, 'revmeta.yaml'),
    dir: root,
    version: 1,
    manifests: path.join(root, 'metadata'),
    services: Object.fromEntries(services.map((name) => [name, { type: 'postgres', connection: {} }])),
    secrets: [],
  };
}

const schema = (name: string, extra: string[] = []) =>
  yaml(
    'apiVersion: revmeta/v1',
    'kind: Schema',
    'service: warehouse',
    'database: analytics',
    `name: ${name}`,
    'description: "A schema: quoted"',
    'tables:',
    '  orders:',
    '    description: |',
    '      Line one',
    '      line two',
    '    owners: [data-platform]',
    '    tags: [PII.Sensitive, "Tier.\\"v1.2\\""]',
    '    columns:',
    '      id: { description: Key }',
    '      address:',
    '        columns:',
    '          city: { description: "" }',
    '      bare:',
    ...extra,
  );

const database = yaml('apiVersion: revmeta/v1', 'kind: Database', 'service: warehouse', 'name: analytics', 'tags: [Tier.Tier1]');

async function workspace() {
  const root = await tempTree({
    'metadata/a.yaml': database,
    'metadata/b.yaml': schema('public'),
    'metadata/c.yaml': schema('sales'),
    'cache/.keep': '',
  });
  return { root, config: configFor(root), cache: { file: path.join(root, 'cache', 'manifests.json') } };
}

/** The compiled file of a manifest (by its digest, as the index gives it). */
async function compiledFileOf(cache: CacheLocation, manifest: string): Promise<string> {
  const index = JSON.parse(await readFile(cache.file, 'utf8'));
  return path.join(compiledFolder(cache), `${index.files[manifest].sha256}.json`);
}

describe('the compiled-manifest cache', () => {
  it('gives the same tree from the cache as from parsing, locations included', async () => {
    const { config, cache } = await workspace();
    const parsed = await loadManifests(config);
    const first = await loadManifests(config, { cache });
    const cached = JSON.parse(await readFile(cache.file, 'utf8'));
    expect(Object.keys(cached.files)).toEqual(['a.yaml', 'b.yaml', 'c.yaml']);
    const second = await loadManifests(config, { cache });
    expect(first).toEqual(parsed);
    expect(second).toEqual(parsed);
  });

  it('uses a cached file only while its digest matches: an edited file is parsed again', async () => {
    const { root, config, cache } = await workspace();
    await loadManifests(config, { cache });
    const stored = JSON.parse(await readFile(cache.file, 'utf8'));
    await writeFile(path.join(root, 'metadata', 'b.yaml'), schema('public').replace('Line one', 'Line one, edited'));
    const loaded = await loadManifests(config, { cache });
    if (!loaded.ok) throw new Error('expected valid manifests');
    const [publicSchema] = loaded.value.services.get('warehouse')!.databases[0]!.children;
    expect(publicSchema!.children[0]!.fields.description).toBe('Line one, edited\nline two\n');
    const rewritten = JSON.parse(await readFile(cache.file, 'utf8'));
    expect(rewritten.files['b.yaml'].sha256).not.toBe(stored.files['b.yaml'].sha256);
  });

  it('discards a cache whose content was edited, though the manifests and their digests were not', async () => {
    const { config, cache } = await workspace();
    const parsed = await loadManifests(config);
    await loadManifests(config, { cache });
    // The compiled file keeps its name (the manifest's digest); only what it says the file holds changes.
    const stored = JSON.parse(await readFile(await compiledFileOf(cache, 'c.yaml'), 'utf8'));
    stored.documents[0].node[3].description = 'from the cache';
    await writeFile(await compiledFileOf(cache, 'c.yaml'), JSON.stringify(stored));
    expect(await loadManifests(config, { cache })).toEqual(parsed);
    // And it is written afresh, so the next run is quick again.
    expect(JSON.parse(await readFile(await compiledFileOf(cache, 'c.yaml'), 'utf8')).documents[0].node[3].description).toBe('A schema: quoted');
    // Likewise the index: what it says a file holds (its name here) is not trusted once edited.
    const index = JSON.parse(await readFile(cache.file, 'utf8'));
    index.files['c.yaml'].documents[0].name = 'renamed';
    await writeFile(cache.file, JSON.stringify(index));
    expect(await loadManifests(config, { cache })).toEqual(parsed);
    expect(JSON.parse(await readFile(cache.file, 'utf8')).files['c.yaml'].documents[0].name).toBe('sales');
  });

  it('keeps its folder and files private to the user', async () => {
    const { root, config } = await workspace();
    const cache = { file: path.join(root, 'cache', 'new', 'manifests.json') };
    await loadManifests(config, { cache });
    const mode = async (file: string) => (await stat(file)).mode & 0o777;
    expect(await mode(path.dirname(cache.file))).toBe(0o700);
    expect(await mode(cache.file)).toBe(0o600);
    // The key, and the folder of compiled files, each file in it private too.
    const folder = compiledFolder(cache);
    expect((await readdir(path.dirname(cache.file))).sort()).toEqual(['key', 'manifests.compiled', 'manifests.json']);
    expect(await mode(path.join(path.dirname(cache.file), 'key'))).toBe(0o600);
    expect(await mode(folder)).toBe(0o700);
    const compiled = await readdir(folder);
    expect(compiled).toHaveLength(3);
    for (const name of compiled) expect(await mode(path.join(folder, name))).toBe(0o600);
  });

  it('makes a folder it writes to private, as one made by an earlier version may not be', async () => {
    const { root, config } = await workspace();
    const folder = path.join(root, 'cache', 'old');
    await mkdir(folder, { mode: 0o775 });
    await chmod(folder, 0o775);
    const cache = { file: path.join(folder, 'manifests.json') };
    await loadManifests(config, { cache });
    expect((await stat(folder)).mode & 0o777).toBe(0o700);
    expect(JSON.parse(await readFile(cache.file, 'utf8')).files).toHaveProperty('a.yaml');
  });

  it('is neither read nor written with a key that others can read', async () => {
    const { root, config } = await workspace();
    const cache = { file: path.join(root, 'cache', 'new', 'manifests.json') };
    await loadManifests(config, { cache });
    const folder = path.dirname(cache.file);
    const keys = (await readdir(folder)).filter((name) => name === 'key');
    expect(keys).toHaveLength(1);
    await chmod(path.join(folder, keys[0]!), 0o644);
    await rm(cache.file);
    await rm(compiledFolder(cache), { recursive: true });
    expect((await loadManifests(config, { cache })).ok).toBe(true);
    await expect(stat(cache.file)).rejects.toThrow(/ENOENT/);
    await expect(stat(compiledFolder(cache))).rejects.toThrow(/ENOENT/);
  });

  it('never caches an invalid file, and reports it on every run', async () => {
    const { root, config, cache } = await workspace();
    await writeFile(path.join(root, 'metadata', 'b.yaml'), schema('public', ['        colour: red']));
    for (let run = 0; run < 2; run++) {
      const loaded = await loadManifests(config, { cache });
      expect(loaded.ok).toBe(false);
      if (!loaded.ok) expect(loaded.diagnostics.map((d) => `${path.basename(d.file)}:${d.line}`)).toEqual(['b.yaml:20']);
      const cached = JSON.parse(await readFile(cache.file, 'utf8'));
      expect(Object.keys(cached.files)).toEqual(['a.yaml', 'c.yaml']);
    }
  });

  it('runs the checks across files and against the config on cached files too', async () => {
    const { root, config, cache } = await workspace();
    await loadManifests(config, { cache });
    await writeFile(path.join(root, 'metadata', 'd.yaml'), schema('public'));
    const duplicate = await loadManifests(config, { cache });
    expect(duplicate.ok ? [] : duplicate.diagnostics.map((d) => d.message)).toEqual([
      expect.stringMatching(/^schema warehouse.analytics.public is also defined at .*b\.yaml:5:7$/),
    ]);
    const unknownService = await loadManifests(configFor(root, ['other']), { cache });
    expect(unknownService.ok ? [] : unknownService.diagnostics.map((d) => `${path.basename(d.file)}:${d.line}:${d.column}`)).toEqual([
      'a.yaml:3:10',
      'b.yaml:3:10',
      'c.yaml:3:10',
      'd.yaml:3:10',
      'd.yaml:5:7',
    ]);
  });

  it('ignores a cache it cannot read, and one written by another build', async () => {
    const { config, cache } = await workspace();
    const parsed = await loadManifests(config);
    await writeFile(cache.file, '{ not json');
    expect(await loadManifests(config, { cache })).toEqual(parsed);
    const stored = JSON.parse(await readFile(cache.file, 'utf8'));
    stored.build = 'another build';
    stored.files['b.yaml'].documents[0].name = 'tampered';
    await writeFile(cache.file, JSON.stringify(stored));
    expect(await loadManifests(config, { cache })).toEqual(parsed);
    const compiled = JSON.parse(await readFile(await compiledFileOf(cache, 'b.yaml'), 'utf8'));
    compiled.build = 'another build';
    compiled.documents[0].node[0] = 'tampered';
    await writeFile(await compiledFileOf(cache, 'b.yaml'), JSON.stringify(compiled));
    expect(await loadManifests(config, { cache })).toEqual(parsed);
    await writeFile(await compiledFileOf(cache, 'c.yaml'), '{ not json');
    expect(await loadManifests(config, { cache })).toEqual(parsed);
  });

  it('is an index (no tables in it) and one compiled file per manifest digest; files no manifest has any more are removed', async () => {
    const { root, config, cache } = await workspace();
    await loadManifests(config, { cache });
    const index = await readFile(cache.file, 'utf8');
    expect(index).not.toContain('orders');
    const digests = Object.values(JSON.parse(index).files as Record<string, { sha256: string }>).map((file) => `${file.sha256}.json`);
    expect((await readdir(compiledFolder(cache))).sort()).toEqual([...new Set(digests)].sort());
    const before = await compiledFileOf(cache, 'b.yaml');
    await writeFile(path.join(root, 'metadata', 'b.yaml'), schema('public').replace('Line one', 'Line one, edited'));
    await loadManifests(config, { cache });
    await expect(stat(before)).rejects.toThrow(/ENOENT/);
    expect(await readdir(compiledFolder(cache))).toHaveLength(3);
  });

  it('a set bigger than it may hold is an index: its schemas load a step at a time, as the whole tree has them', async () => {
    const { config, cache } = await workspace();
    const parsed = await loadManifests(config);
    if (!parsed.ok) throw new Error('expected valid manifests');
    const whole = parsed.value.services.get('warehouse')!;
    // Compiled by the first load, from the cache by the second, and with no cache at all.
    for (const options of [{ cache }, { cache }, {}]) {
      const indexed = await indexManifests(config, { ...options, holdObjects: 5 });
      if (!indexed.ok) throw new Error('expected valid manifests');
      const set = indexed.value;
      expect(set.whole).toBeUndefined();
      expect(set.files).toEqual(parsed.value.files);
      expect(set.objects).toBe(1 + 2 * 6);
      expect(set.classifications('warehouse').sort()).toEqual(['PII', 'Tier']);
      const outline = set.outline.services.get('warehouse')!;
      expect(outline.databases[0]!.fields).toEqual(whole.databases[0]!.fields);
      expect(outline.databases[0]!.children.map((schema) => [schema.name, schema.children.length, set.objectsIn(schema)])).toEqual([
        ['public', 0, 6],
        ['sales', 0, 6],
      ]);
      const steps = planSteps(outline, 6, set.objectsIn);
      expect(steps).toHaveLength(2);
      const loaded = [];
      for (const step of steps) {
        const result = await set.load(step);
        if (!result.ok) throw new Error('expected the step to load');
        loaded.push(result.value);
      }
      expect(loaded).toEqual(planSteps(whole, 6));
    }
  });

  it('lives outside the repository, one file per manifests folder, and can be turned off', () => {
    expect(cacheLocation('/repo/metadata', { HOME: '/home/u' })?.file).toMatch(/^\/home\/u\/\.cache\/revmeta\/manifests-[0-9a-f]{24}\.json$/);
    expect(cacheLocation('/repo/metadata', { HOME: '/home/u', XDG_CACHE_HOME: '/xdg' })?.file).toMatch(/^\/xdg\/revmeta\//);
    expect(cacheLocation('/repo/metadata', { REVMETA_CACHE_DIR: '/c' })?.file).toMatch(/^\/c\/manifests-/);
    expect(cacheLocation('/repo/a', { HOME: '/h' })?.file).not.toBe(cacheLocation('/repo/b', { HOME: '/h' })?.file);
    expect(cacheLocation('/repo/metadata', { HOME: '/home/u', REVMETA_CACHE_DIR: 'off' })).toBeNull();
    expect(cacheLocation('/repo/metadata', {})).toBeNull();
  });
});
