/**
 * The writer's file-system guarantees: portable, collision-free names; nothing written,
 * renamed or removed outside the manifests folder; a failed run leaves the folder as it was.
 */
import { lstat, mkdir, mkdtemp, readdir, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadManifests } from '../../src/manifest/load.js';
import type { Config } from '../../src/manifest/types.js';
import { emitManifests, type WritableTree } from '../../src/manifest/emit.js';
import { fileNameOf } from '../../src/manifest/file-names.js';
import { writeManifests } from '../../src/manifest/write.js';
import { snapshot } from './snapshot.js';

async function tempDir(): Promise<string> {
  return mkdtemp(path.join(os.tmpdir(), 'revmeta-files-'));
}

const tree = (names: string[], service = 'w'): WritableTree => ({
  service,
  databases: names.map((name) => ({ name, description: `db ${name}`, schemas: [{ name: 'public', description: `in ${name}` }] })),
});

function config(dir: string, services: string[]): Config {
  return {
    file: path.join(dir, 'revmeta.yaml'),
    dir,
    version: 1,
    manifests: path.join(dir, 'metadata'),
    services: Object.fromEntries(services.map((name) => [name, { type: 'postgres' as const, connection: {} }])),
    secrets: [],
  };
}

describe('portable, collision-free file names', () => {
  it('encodes Windows device names (any case, any extension) and trailing dots', () => {
    for (const reserved of ['CON', 'con', 'Prn', 'AUX', 'nul', 'COM1', 'com9', 'LPT1', 'lpt9', 'COM0', 'NUL.txt', 'con.foo.bar']) {
      const stem = fileNameOf(reserved).split('.')[0]!;
      expect(stem, reserved).not.toMatch(/^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/i);
    }
    expect(fileNameOf('CON')).toBe('CO%4E');
    expect(fileNameOf('nul.txt')).toBe('nu%6C.txt');
    // Not reserved: kept as they are.
    for (const plain of ['console', 'COM10', 'nullable', 'auxiliary', 'LPT']) expect(fileNameOf(plain)).toBe(plain);
    expect(fileNameOf('a.')).toBe('a%2E');
    expect(fileNameOf('a..')).toBe('a.%2E');
    expect(fileNameOf('..')).toBe('%2E%2E');
    expect(fileNameOf('a ')).toBe('a%20');
  });

  it('encodes a .yaml suffix so a database folder never meets another database file', () => {
    expect(fileNameOf('a.yaml')).toBe('a%2Eyaml');
    expect(fileNameOf('A.YAML')).toBe('A%2EYAML');
    expect(fileNameOf('a.yml')).toBe('a.yml');
    const paths = [...emitManifests(tree(['a', 'a.yaml', 'A.YAML'])).keys()];
    const folded = paths.flatMap((p) => [p.toLowerCase(), p.toLowerCase().replace(/\.yaml$/, '')]);
    // No file path equals a folder path, even with case folded.
    const folders = new Set(paths.map((p) => path.posix.dirname(p).toLowerCase()));
    for (const p of paths) expect(folders.has(p.toLowerCase())).toBe(false);
    expect(new Set(paths.map((p) => p.toLowerCase())).size).toBe(paths.length);
    expect(folded.length).toBe(paths.length * 2);
  });

  it('writes databases `a` and `a.yaml` (and CON, and case-only twins) without a clash, and they load back', async () => {
    const dir = await tempDir();
    const names = ['a', 'a.yaml', 'CON', 'con', 'x.', 'x', 'Orders', 'orders'];
    const files = emitManifests(tree(names));
    const result = await writeManifests(path.join(dir, 'metadata'), files, { prune: ['w'] });
    expect(result.written.length).toBe(names.length * 2);
    const loaded = await loadManifests(config(dir, ['w']));
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    expect(loaded.value.services.get('w')!.databases.map((d) => d.name).sort()).toEqual([...names].sort());
    // Stable: the same catalog gives the same names, and a second write changes nothing.
    expect([...emitManifests(tree([...names].reverse())).keys()]).toEqual([...files.keys()]);
    expect((await writeManifests(path.join(dir, 'metadata'), files, { prune: ['w'] })).written).toEqual([]);
  });

  it('refuses two services whose folders would be one on a case-insensitive file system', async () => {
    const { emitAll } = await import('../../src/manifest/emit.js');
    expect(() => emitAll([tree(['a'], 'Warehouse'), tree(['b'], 'warehouse')])).toThrow(/"Warehouse" and "warehouse"/);
  });
});

describe('containment', () => {
  it('refuses a service folder that links outside the manifests folder, writing and removing nothing', async () => {
    const dir = await tempDir();
    const root = path.join(dir, 'metadata');
    const outside = path.join(dir, 'elsewhere');
    await mkdir(path.join(outside, 'beside'), { recursive: true });
    await writeFile(path.join(outside, 'important.yaml'), 'keep me\n');
    await writeFile(path.join(outside, 'beside', 'x.yaml'), 'keep me too\n');
    await mkdir(root, { recursive: true });
    await symlink(outside, path.join(root, 'w'));
    const before = await snapshot(dir);
    await expect(writeManifests(root, emitManifests(tree(['a'])), { prune: ['w'] })).rejects.toThrow(
      /metadata\/w.* links outside the manifests folder/,
    );
    expect(await snapshot(dir)).toEqual(before);
  });

  it('refuses a link deeper in the tree (a database folder) and a linked file, and allows links that stay inside', async () => {
    const dir = await tempDir();
    const root = path.join(dir, 'metadata');
    const outside = path.join(dir, 'elsewhere');
    await mkdir(outside, { recursive: true });
    await writeFile(path.join(outside, 'public.yaml'), 'keep me\n');
    await mkdir(path.join(root, 'w'), { recursive: true });
    await symlink(outside, path.join(root, 'w', 'a'));
    const before = await snapshot(dir);
    await expect(writeManifests(root, emitManifests(tree(['a'])), { prune: ['w'] })).rejects.toThrow(/w\/a.* links outside/);
    expect(await snapshot(dir)).toEqual(before);

    // A pruned-only file that is a link to outside: refused too (an unlink is a write).
    const dir2 = await tempDir();
    const root2 = path.join(dir2, 'metadata');
    await mkdir(path.join(root2, 'w'), { recursive: true });
    await writeFile(path.join(dir2, 'secret.yaml'), 'x: 1\n');
    await symlink(path.join(dir2, 'secret.yaml'), path.join(root2, 'w', 'old.yaml'));
    await expect(writeManifests(root2, emitManifests(tree(['a'])), { prune: ['w'] })).rejects.toThrow(/w\/old\.yaml.* links outside/);

    // Inside links are fine.
    const dir3 = await tempDir();
    const root3 = path.join(dir3, 'metadata');
    await mkdir(path.join(root3, 'real'), { recursive: true });
    await symlink(path.join(root3, 'real'), path.join(root3, 'w'));
    await writeManifests(root3, emitManifests(tree(['a'])), { prune: ['w'] });
    expect(await readdir(path.join(root3, 'real'))).toContain('a.yaml');
  });

  it('refuses a file where a folder is needed (and a folder where a file goes) before writing anything', async () => {
    const dir = await tempDir();
    const root = path.join(dir, 'metadata');
    await mkdir(path.join(root, 'w'), { recursive: true });
    await writeFile(path.join(root, 'w', 'a'), 'not a folder\n');
    await mkdir(path.join(root, 'w', 'b.yaml'), { recursive: true });
    const before = await snapshot(dir);
    await expect(writeManifests(root, emitManifests(tree(['0', 'a'])), { prune: ['w'] })).rejects.toThrow(/w\/a is a file/);
    await expect(writeManifests(root, emitManifests(tree(['0', 'b'])), { prune: ['w'] })).rejects.toThrow(/w\/b\.yaml is a folder/);
    expect(await snapshot(dir)).toEqual(before);
    expect((await lstat(path.join(root, 'w', 'a'))).isFile()).toBe(true);
  });
});
