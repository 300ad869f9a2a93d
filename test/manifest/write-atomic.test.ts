/**
 * A failure in the middle of a write (here a rename that fails, as a full disk or a
 * permission error would) leaves the manifests folder byte-identical to before.
 */
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { emitManifests, type WritableTree } from '../../src/manifest/emit.js';
import { writeManifests } from '../../src/manifest/write.js';
import { snapshot } from './snapshot.js';

const failing = vi.hoisted(() => ({ renameCallsLeft: Number.POSITIVE_INFINITY }));

vi.mock('node:fs/promises', async (importOriginal) => {
  const original = await importOriginal<typeof import('node:fs/promises')>();
  return {
    ...original,
    rename: async (from: string, to: string) => {
      // Exactly one rename fails: the ones that undo the run still work, as after a real full disk.
      if (failing.renameCallsLeft-- === 0) throw Object.assign(new Error(`ENOSPC: no space left on device, rename '${from}'`), { code: 'ENOSPC' });
      return original.rename(from, to);
    },
  };
});

const tree = (description: string, databases: string[]): WritableTree => ({
  service: 'w',
  databases: databases.map((name) => ({
    name,
    description: `${description} ${name}`,
    schemas: [{ name: 'public', description }, { name: 'sales', description }],
  })),
});

describe('atomic writes', () => {
  it('leaves the folder byte-identical when a rename fails midway, whichever one', async () => {
    // 6 replaced files (2 renames each), 3 new, 3 pruned: 18 renames, each one failing once.
    for (let failAt = 0; failAt < 18; failAt++) {
      const root = path.join(await mkdtemp(path.join(os.tmpdir(), 'revmeta-atomic-')), 'metadata');
      failing.renameCallsLeft = Number.POSITIVE_INFINITY;
      await writeManifests(root, emitManifests(tree('before', ['a', 'b', 'gone'])), { prune: ['w'] });
      await mkdir(path.join(root, 'w', 'hand'), { recursive: true });
      await writeFile(path.join(root, 'w', 'hand', 'made.yaml'), 'x: 1\n');
      const before = await snapshot(root);

      failing.renameCallsLeft = failAt;
      const run = writeManifests(root, emitManifests(tree('after', ['a', 'b', 'c'])), { prune: ['w'] });
      await expect(run, `failing rename #${failAt}`).rejects.toThrow(/ENOSPC/);
      failing.renameCallsLeft = Number.POSITIVE_INFINITY;
      expect(await snapshot(root), `failing rename #${failAt}`).toEqual(before);
    }
  });

  it('creates nothing when the first write into a new folder fails', async () => {
    const root = path.join(await mkdtemp(path.join(os.tmpdir(), 'revmeta-atomic-')), 'metadata');
    failing.renameCallsLeft = 2;
    await expect(writeManifests(root, emitManifests(tree('x', ['a', 'b'])), { prune: ['w'] })).rejects.toThrow(/ENOSPC/);
    failing.renameCallsLeft = Number.POSITIVE_INFINITY;
    expect(await snapshot(path.dirname(root))).toEqual({});
  });

  it('refuses to run over the staging folder of an interrupted run (it may hold the only copy of moved-aside files)', async () => {
    const root = path.join(await mkdtemp(path.join(os.tmpdir(), 'revmeta-atomic-')), 'metadata');
    await writeManifests(root, emitManifests(tree('before', ['a'])), { prune: ['w'] });
    // What a run killed between moving a file aside and moving the new one in leaves behind.
    await mkdir(path.join(root, '.revmeta-tmp-k1ll3d', 'old'), { recursive: true });
    await writeFile(path.join(root, '.revmeta-tmp-k1ll3d', 'old', 'w0'), 'the only copy\n');
    const before = await snapshot(root);
    await expect(writeManifests(root, emitManifests(tree('after', ['a'])), { prune: ['w'] })).rejects.toThrow(
      /interrupted.*\.revmeta-tmp-k1ll3d.*nothing was changed/s,
    );
    expect(await snapshot(root)).toEqual(before);
  });
});
