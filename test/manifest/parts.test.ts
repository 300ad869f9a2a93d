/**
 * A big Schema file is parsed a part of its tables at a time (table-parts.ts, `compileInParts`):
 * what it compiles to, and every error, located as when the whole file was parsed at once.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { compileManifestCut, compileManifestText, loadManifests, PART_CHARS } from '../../src/manifest/load.js';
import { configFor, tempTree } from './helpers.js';

/** The length of every text the quick parse read, to tell a part from the whole file. */
const parsedLengths = vi.hoisted(() => [] as number[]);
vi.mock('../../src/manifest/quick-yaml.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/manifest/quick-yaml.js')>();
  return {
    ...original,
    quickParse: (text: string) => {
      parsedLengths.push(text.length);
      return original.quickParse(text);
    },
  };
});

/** When set, no file is cut into parts: each is parsed whole, as before parts existed (what the parts must equal). */
const wholeParse = vi.hoisted(() => ({ on: false }));
vi.mock('../../src/manifest/table-parts.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/manifest/table-parts.js')>();
  return { ...original, tableParts: (text: string, partChars: number) => (wholeParse.on ? undefined : original.tableParts(text, partChars)) };
});

beforeEach(() => {
  parsedLengths.length = 0;
  wholeParse.on = false;
});

/** The errors of `text` parsed whole, in one piece. */
async function wholeParseErrorsOf(text: string): Promise<string[]> {
  wholeParse.on = true;
  try {
    return await errorsOf(text);
  } finally {
    wholeParse.on = false;
  }
}

/** Most a part's parse may read: a part's entries (one entry past PART_CHARS at most) and the lines around them. */
const PART_BOUND = PART_CHARS + 4096;

const HEAD = ['apiVersion: revmeta/v1', 'kind: Schema', 'service: warehouse', 'database: analytics', 'name: public', 'description: Core tables', 'tables:'];

/** Table `index`: 5 lines, its key on line `HEAD.length + 1 + 5 × index` (blank lines aside). */
function table(index: number, name = `t${index}`): string[] {
  return [`  ${name}:`, `    description: Table ${index} ${'x'.repeat(400)}`, '    columns:', '      id:', `        description: Key of ${index}`];
}

/** A Schema document of `count` tables (about 2.6 MB for 6,000), `edit` changing table lines before they are joined. */
function bigSchema(count: number, edit: (lines: string[], index: number) => string[] = (lines) => lines, tail: string[] = []): string {
  const lines = [...HEAD];
  for (let index = 0; index < count; index++) lines.push(...edit(table(index), index));
  return `${[...lines, ...tail].join('\n')}\n`;
}

/** The line of table `index`'s key in `bigSchema` without edits that add lines. */
const keyLine = (index: number) => HEAD.length + 1 + 5 * index;

/** Loads `metadata/big.yaml`, expecting errors: `line:column message (key)`. */
async function errorsOf(text: string): Promise<string[]> {
  const root = await tempTree({ 'metadata/big.yaml': text });
  const loaded = await loadManifests(configFor(root));
  if (loaded.ok) throw new Error('expected the manifests to be invalid');
  return loaded.diagnostics.map((d) => `${d.line}:${d.column} ${d.message}${d.key ? ` (${d.key})` : ''}`);
}

describe('a big Schema file, parsed a part at a time', () => {
  it('compiles to what the whole file does, each parse reading a part', async () => {
    // Comments, blank lines, quoted and numeric keys between the tables, and a field after them.
    const text = bigSchema(
      6000,
      (lines, index) => (index === 2500 ? ['# a comment between tables', '', ...lines] : index === 4000 ? [`  "quoted ${index}":`, ...lines.slice(1)] : index === 5000 ? ['  2024:', ...lines.slice(1)] : lines),
      ['owners: [data-platform]', '# the end'],
    );
    expect(text.length).toBeGreaterThan(2 * PART_CHARS);
    const whole = await compileManifestCut('big.yaml', text, () => 0);
    expect(whole).toBeDefined();

    parsedLengths.length = 0;
    const parted = await compileManifestText('big.yaml', text);
    expect(parsedLengths.length).toBeGreaterThan(2);
    expect(Math.max(...parsedLengths)).toBeLessThan(PART_BOUND);
    expect(parted).toEqual({ ok: true, value: whole });
    const node = parted.ok ? parted.value[0]!.node : undefined;
    expect(node?.children).toHaveLength(6000);
    expect(node?.fields).toEqual({ description: 'Core tables', owners: ['data-platform'] });
    // Located in the whole file: the last table's key and description.
    expect(node?.children[5999]?.location.line).toBe(keyLine(5999) + 2);
    expect(node?.children[5999]?.fieldLocations.description?.line).toBe(keyLine(5999) + 3);
  });

  it('names file, line and object of each error in any part, as the whole file did', async () => {
    const text = bigSchema(6000, (lines, index) => {
      if (index === 10) return [lines[0]!, '    owner: alice', ...lines.slice(1)]; // a line more from here on
      if (index === 3000) return [...lines.slice(0, 3), '      id: [int]']; // a line fewer from here on
      if (index === 5999) return [...lines.slice(0, 4), '        tags: [Tier]'];
      return lines;
    });
    const errors = await errorsOf(text);
    expect(errors).toEqual([
      `${keyLine(10) + 1}:5 unknown field "owner" in tables.t10 (did you mean "owners"?) (tables.t10.owner)`,
      `${keyLine(3000) + 1 + 3}:11 tables.t3000.columns.id must be a map or empty (tables.t3000.columns.id)`,
      `${keyLine(5999) + 4}:16 tables.t5999.columns.id.tags[0] is not a tag FQN: tag "Tier" is not of the form Classification.Tag (tables.t5999.columns.id.tags[0])`,
    ]);
    expect(Math.max(...parsedLengths)).toBeLessThan(PART_BOUND);
  });

  it('a table named again in another part is a duplicate key, at the second, naming the first', async () => {
    const errors = await errorsOf(bigSchema(6000, (lines, index) => (index === 5500 ? table(index, 't7') : lines)));
    expect(errors).toEqual([`${keyLine(5500)}:3 duplicate key "t7" in tables (first at line ${keyLine(7)}) (tables.t7)`]);
    expect(Math.max(...parsedLengths)).toBeLessThan(PART_BOUND);
  });

  it('a table named again in another part with errors in its second copy: the errors the whole parse gives, no more', async () => {
    // The second t7 (in another part) has an unknown field and a column that is not a map; the first t7 is valid.
    const text = bigSchema(6000, (lines, index) => (index === 5500 ? [...table(index, 't7').slice(0, 1), '    owner: alice', ...table(index, 't7').slice(1, 3), '      id: [int]'] : lines));
    const whole = await wholeParseErrorsOf(text);
    expect(whole.length).toBeGreaterThan(0);
    parsedLengths.length = 0;
    expect(await errorsOf(text)).toEqual(whole);
    expect(Math.max(...parsedLengths)).toBeLessThan(PART_BOUND);
  });

  it('the same table twice in another part, the first copy invalid: the errors the whole parse gives', async () => {
    const text = bigSchema(6000, (lines, index) => (index === 7 ? [lines[0]!, '    owner: alice', ...lines.slice(1)] : index === 5500 ? table(index, 't7') : lines));
    expect(await errorsOf(text)).toEqual(await wholeParseErrorsOf(text));
  });

  it('a table named twice within one part, and an error of the document itself: each once', async () => {
    const text = bigSchema(6000, (lines, index) => (index === 4001 ? table(index, 't4000') : lines)).replace('description: Core tables', 'description: [Core]');
    const errors = await errorsOf(text);
    expect(errors).toEqual([
      '6:14 description must be a string (description)',
      `${keyLine(4001)}:3 duplicate key "t4000" in tables (first at line ${keyLine(4000)}) (tables.t4000)`,
    ]);
    expect(Math.max(...parsedLengths)).toBeLessThan(PART_BOUND);
  });
});
