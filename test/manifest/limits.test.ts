/**
 * Input that is not text, too big or nested too deep is a located error, on the quick parse,
 * the full parse and the config alike, and long before memory or the stack run out.
 */
import { truncate, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/manifest/config.js';
import { loadManifests } from '../../src/manifest/load.js';
import { writeCache } from '../../src/manifest/cache.js';
import { MAX_FILE_BYTES, MAX_NESTING, MAX_SCALAR_CHARS } from '../../src/manifest/text.js';
import { configFor, postgresOnly, tempTree, yaml } from './helpers.js';

const HEAD = yaml('apiVersion: revmeta/v1', 'kind: Schema', 'service: warehouse', 'database: analytics', 'name: public');

/** Loads `metadata/a.yaml` (bytes or text); the diagnostics as `line:column message`. */
async function manifestErrors(content: string | Buffer, options: { cacheWith?: (root: string) => Promise<string> } = {}): Promise<string[]> {
  const root = await tempTree({ 'metadata/.keep': '' });
  await writeFile(path.join(root, 'metadata', 'a.yaml'), content);
  const cache = options.cacheWith ? { file: await options.cacheWith(root) } : null;
  const loaded = await loadManifests(configFor(root), { cache });
  if (loaded.ok) throw new Error('expected the manifests to be invalid');
  for (const diagnostic of loaded.diagnostics) expect(path.basename(diagnostic.file)).toBe('a.yaml');
  return loaded.diagnostics.map((d) => `${d.line}:${d.column} ${d.message}`);
}

/** A UTF-8 text with one stray byte (Latin-1 "é") after `before`. */
function withLatin1(before: string, after: string): Buffer {
  return Buffer.concat([Buffer.from(before, 'utf8'), Buffer.from([0xe9]), Buffer.from(after, 'utf8')]);
}

/** `depth` nested block maps below `tables:`. */
function deepBlockMap(depth: number): string {
  let text = `${HEAD}tables:\n`;
  for (let level = 1; level <= depth; level++) text += `${' '.repeat(2 * level)}k${level}:\n`;
  return text;
}

describe('invalid UTF-8', () => {
  it('is located at its first bad byte in a file of the quick subset', async () => {
    const errors = await manifestErrors(withLatin1(`${HEAD}tables:\n  orders:\n    description: Caf`, '\n'));
    expect(errors).toEqual([expect.stringMatching(/^8:21 .*not valid UTF-8.*0xE9/)]);
  });

  it('is located in a file only the full parse reads (anchors), after multi-byte characters', async () => {
    const errors = await manifestErrors(withLatin1(`${HEAD}description: &d "Ünïcödé `, '"\ntables:\n  t: { description: *d }\n'));
    expect(errors).toEqual([expect.stringMatching(/^6:26 .*not valid UTF-8/)]);
  });

  it('is reported even when the cache holds an entry for exactly those bytes', async () => {
    const bytes = withLatin1(`${HEAD}description: Caf`, '\n');
    const sha256 = (await import('node:crypto')).createHash('sha256').update(bytes).digest('hex');
    const cacheWith = async (root: string) => {
      const file = path.join(root, 'cache', 'manifests.json');
      const node = { kind: 'schema' as const, name: 'public', fields: { description: 'Caf\uFFFD' }, location: { file: 'a.yaml', line: 5, column: 7 }, fieldLocations: {}, children: [] };
      const compiled = { kind: 'Schema' as const, service: 'warehouse', database: 'analytics', name: 'public', serviceAt: [3, 10] as const, databaseAt: [4, 11] as const, nameAt: [5, 7] as const, node };
      await writeCache({ file }, new Map([['a.yaml', { sha256, compiled: [compiled] }]]));
      return file;
    };
    expect(await manifestErrors(bytes, { cacheWith })).toEqual([expect.stringMatching(/^6:17 .*not valid UTF-8/)]);
  });

  it('in the config is located too, and nothing else is read', async () => {
    const root = await tempTree({});
    const file = path.join(root, 'revmeta.yaml');
    await writeFile(file, withLatin1('version: 1\nservices:\n  warehouse:\n    type: postgres\n    connection: { host: db, user: r', 'mi }\n'));
    const loaded = await loadConfig(file, {}, postgresOnly);
    expect(loaded.ok ? [] : loaded.diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.message}`)).toEqual([
      expect.stringMatching(new RegExp(`^${file}:5:36 .*not valid UTF-8`)),
    ]);
  });
});

describe('limits', () => {
  it('a block map nested 3,000 deep is a located error, not a stack overflow', async () => {
    const errors = await manifestErrors(deepBlockMap(3000));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(new RegExp(`^\\d+:\\d+ .*nested more than ${MAX_NESTING} levels deep`));
    expect(errors[0]).not.toMatch(/call stack/);
  });

  it('flow collections nested 3,000 deep are a located error', async () => {
    const errors = await manifestErrors(`${HEAD}tags: ${'['.repeat(3000)}${']'.repeat(3000)}\n`);
    expect(errors).toEqual([expect.stringMatching(new RegExp(`^6:\\d+ .*nested more than ${MAX_NESTING} levels deep`))]);
  });

  it('nesting up to the limit is not refused for its depth', async () => {
    // Deep but within the limit: only the schema objects (unknown field), never the nesting.
    const errors = await manifestErrors(deepBlockMap(MAX_NESTING - 2));
    expect(errors.join('\n')).not.toMatch(/nested more than/);
  });

  it('a value just over the size limit is a located error, on both parses, quickly', async () => {
    const big = 'x'.repeat(MAX_SCALAR_CHARS + 1);
    const started = Date.now();
    expect(await manifestErrors(`${HEAD}tables:\n  orders:\n    description: ${big}\n`)).toEqual([
      expect.stringMatching(/^8:18 .*longer than 1 MiB/),
    ]);
    expect(await manifestErrors(`${HEAD}description: &d "${big}"\n`)).toEqual([expect.stringMatching(/^6:17 .*longer than 1 MiB/)]);
    expect(Date.now() - started).toBeLessThan(10_000);
    // At the limit exactly it loads.
    const root = await tempTree({ 'metadata/a.yaml': `${HEAD}description: ${big.slice(1)}\n` });
    expect((await loadManifests(configFor(root))).ok).toBe(true);
  });

  it('aliases may not repeat more text than a file may hold', async () => {
    const value = 'x'.repeat(MAX_SCALAR_CHARS - 10);
    const copies = Math.ceil(MAX_FILE_BYTES / value.length) + 1;
    const tables = Array.from({ length: copies }, (_, index) => `  t${index}: { description: *d }\n`).join('');
    const errors = await manifestErrors(`${HEAD}description: &d ${value}\ntables:\n${tables}`);
    // Reported once, at the alias that goes over (tables start at line 8).
    const over = 8 + Math.ceil(MAX_FILE_BYTES / value.length) - 1;
    expect(errors).toEqual([expect.stringMatching(new RegExp(`^${over}:\\d+ alias expands to more than 32 MiB`))]);
  });

  it('a file over the size limit is refused before it is read', async () => {
    const root = await tempTree({ 'metadata/a.yaml': HEAD });
    // A sparse file: the size is what counts, and writing tens of MiB would slow the test.
    await truncate(path.join(root, 'metadata', 'a.yaml'), MAX_FILE_BYTES + 1);
    const loaded = await loadManifests(configFor(root));
    expect(loaded.ok ? [] : loaded.diagnostics.map((d) => `${path.basename(d.file)}:${d.line}:${d.column} ${d.message}`)).toEqual([
      expect.stringMatching(new RegExp(`^a\\.yaml:1:1 .*larger than the limit of ${MAX_FILE_BYTES / 1024 / 1024} MiB`)),
    ]);
  });
});
