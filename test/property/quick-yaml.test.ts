/**
 * The quick manifest parser (src/manifest/quick-yaml.ts) against the full `yaml` parse it
 * stands in for. Whenever the quick parser accepts a text, the full parse must find no
 * problem in it and give the same documents: the same data (key order included), the same
 * key and value positions, the same line starts. Texts come from the exporter, from `yaml`'s
 * own writer in many styles, hand-written edge cases, and random mutations of all of those.
 * The exporter's output must always take the quick path (that is its reason to exist).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Document, isScalar, isSeq, LineCounter, visit, type ToStringOptions } from 'yaml';
import { quickParse } from '../../src/manifest/quick-yaml.js';
import { emitManifests, type WritableTree } from '../../src/manifest/emit.js';
import { entriesInOrder, layoutOf, parseYaml, positionOf, type MapLayout } from '../../src/manifest/yaml.js';

/** Data with key order made explicit (objects would hide the order of integer-like keys). */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (typeof value === 'object' && value !== null) {
    return { entries: entriesInOrder(value as Record<string, unknown>).map(([name, item]) => [name, canonical(item)]) };
  }
  return value;
}

/** What the quick parse must equal: the full parse's documents, or undefined if it found any problem. */
function fullParse(text: string): { value: unknown; layout: MapLayout | undefined }[] | undefined {
  const parsed = parseYaml('f.yaml', text);
  if (parsed.diagnostics.length > 0) return undefined;
  // Warnings (not errors) leave the document valid; the quick path has no reason to accept those texts either way.
  return parsed.documents.map((document) => ({ value: canonical(document.value), layout: layoutOf(document, document.doc.contents) }));
}

/** Checks the quick parse of `text` against the full one; answers whether the quick path took it. */
function agrees(text: string): boolean {
  const quick = quickParse(text);
  if (quick === undefined) return false;
  const full = fullParse(text);
  expect(full, `the quick path accepted a text the full parse rejects:\n${text}`).toBeDefined();
  expect(quick.documents.map((document) => ({ value: canonical(document.value), layout: document.layout })), text).toEqual(full);
  const lines = new LineCounter();
  lines.addNewLine(0);
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) lines.addNewLine(at + 1);
  for (const offset of [0, text.length >> 1, text.length - 1, text.length]) {
    if (offset < 0) continue;
    const { line, col } = lines.linePos(offset);
    expect(positionOf(quick, offset)).toEqual({ line, column: col });
  }
  return true;
}

const ALPHABET = [...'aZ09_ .,()/+\'-:#?&*!|>%@`{}[]"\\~=<\t\n', '\u00a0', '\u0085', '\u3000', '\u2028', 'é', '😀', 'true', 'null', '~', '0x1F', '1.0', '.inf', '-', '- ', ': ', ' #'];
const text = fc.array(fc.constantFrom(...ALPHABET), { minLength: 0, maxLength: 10 }).map((parts) => parts.join(''));
const key = text.filter((value) => value !== '');

type Tree = { [name: string]: Tree | string | string[] | null };
const { tree } = fc.letrec<{ tree: Tree; node: Tree | string | string[] | null }>((tie) => ({
  tree: fc.dictionary(key, tie('node'), { minKeys: 1, maxKeys: 4 }) as fc.Arbitrary<Tree>,
  node: fc.oneof({ depthSize: 'small', withCrossShrink: true }, text, fc.constant(null), fc.array(text, { maxLength: 3 }), tie('tree')),
}));

const STRING_TYPES = ['PLAIN', 'QUOTE_DOUBLE', 'QUOTE_SINGLE', 'BLOCK_LITERAL', 'BLOCK_FOLDED'] as const;
const options: fc.Arbitrary<ToStringOptions> = fc.record({
  indent: fc.constantFrom(1, 2, 3, 4),
  indentSeq: fc.boolean(),
  defaultStringType: fc.constantFrom(...STRING_TYPES),
  defaultKeyType: fc.constantFrom(null, 'PLAIN', 'QUOTE_DOUBLE', 'QUOTE_SINGLE'),
  lineWidth: fc.constantFrom(0, 12, 80),
  minContentWidth: fc.constant(0),
  collectionStyle: fc.constantFrom('any', 'block', 'flow'),
  flowCollectionPadding: fc.boolean(),
  nullStr: fc.constantFrom('', 'null', '~'),
  blockQuote: fc.constantFrom(true, false, 'literal', 'folded'),
}) as fc.Arbitrary<ToStringOptions>;

/** One random edit of YAML-significant text at a random place. */
const EDITS = ['', ' ', '  ', '\n', '\n  ', '- ', ':', ': ', '#', ' #', '"', "'", '|', '|-', '>', '[', ']', ',', '{', '&a ', '*a', '!t ', '? ', '---\n', '...\n', '\t', 'x'];
const mutation = fc.record({ at: fc.nat(), remove: fc.nat({ max: 3 }), insert: fc.constantFrom(...EDITS) });

function mutate(source: string, edits: { at: number; remove: number; insert: string }[]): string {
  let result = source;
  for (const edit of edits) {
    const at = result.length === 0 ? 0 : edit.at % (result.length + 1);
    result = result.slice(0, at) + edit.insert + result.slice(at + edit.remove);
  }
  return result;
}

/** Which collections are written in flow style: `{a: 1, b: [c]}` for maps of scalars and sequences of scalars, `[a]` for sequences. */
const flows = fc.record({ leafMaps: fc.boolean(), sequences: fc.boolean() });

function emit(trees: Tree[], style: ToStringOptions, flow: { leafMaps: boolean; sequences: boolean } = { leafMaps: false, sequences: false }): string {
  return trees
    .map((value) => {
      const document = new Document(value);
      visit(document, {
        Map: (_, map) => {
          if (flow.leafMaps && map.items.every((pair) => isScalar(pair.value) || (isSeq(pair.value) && pair.value.items.every(isScalar)))) map.flow = true;
        },
        Seq: (_, seq) => {
          if (flow.sequences) seq.flow = true;
        },
      });
      return document.toString(style);
    })
    .join('---\n');
}

describe('quick manifest parse (property)', () => {
  it('agrees with the full parse on yaml-written documents of every style', () => {
    let quick = 0;
    fc.assert(
      fc.property(fc.array(tree, { minLength: 1, maxLength: 2 }), options, flows, (trees, style, flow) => {
        if (agrees(emit(trees, style, flow))) quick++;
      }),
      { numRuns: 500 },
    );
    // Not a vacuous pass: a good share of the styles is in the subset.
    expect(quick).toBeGreaterThan(100);
  });

  it('agrees with the full parse on mutated documents', () => {
    let quick = 0;
    fc.assert(
      fc.property(fc.array(tree, { minLength: 1, maxLength: 2 }), options, flows, fc.array(mutation, { minLength: 1, maxLength: 3 }), (trees, style, flow, edits) => {
        if (agrees(mutate(emit(trees, style, flow), edits))) quick++;
      }),
      { numRuns: 3000 },
    );
    // Most edits leave the subset (that is the point: they must then be refused); enough stay.
    expect(quick).toBeGreaterThan(150);
  });

  it('takes every file the exporter writes, and agrees with the full parse', () => {
    fc.assert(
      fc.property(exported, (files) => {
        for (const [file, source] of files) expect(agrees(source), `${file} did not take the quick path:\n${source}`).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('agrees with the full parse on mutated exporter files', () => {
    let quick = 0;
    fc.assert(
      fc.property(exported, fc.array(mutation, { minLength: 1, maxLength: 2 }), (files, edits) => {
        for (const source of files.values()) if (agrees(mutate(source, edits))) quick++;
      }),
      { numRuns: 1000 },
    );
    expect(quick).toBeGreaterThan(150);
  });
});

const value = fc.array(fc.constantFrom(...ALPHABET), { minLength: 1, maxLength: 12 }).map((parts) => parts.join(''));
/** The exporter's files for a random schema. */
const exported = fc
  .tuple(fc.uniqueArray(value, { minLength: 1, maxLength: 4 }), value, fc.array(value, { maxLength: 3 }), value)
  .map(([tables, description, owners, tag]) => {
        const written: WritableTree = {
          service: 'svc',
          databases: [
            {
              name: 'db',
              description,
              schemas: [
                {
                  name: 'public',
                  tables: tables.map((name) => ({ name, description, owners: [...new Set(owners)], tags: [`PII.${JSON.stringify(tag)}`], columns: [{ name, description }] })),
                },
              ],
            },
          ],
        };
        return emitManifests(written);
  });

describe('quick manifest parse (examples)', () => {
  const lines = (...rows: string[]) => `${rows.join('\n')}\n`;

  it.each([
    ['a flat map', lines('a: 1', 'b: two', 'c:', 'd: "x"', "e: 'y'")],
    ['nested maps and comments', lines('# head', 'a:', '  # inside', '  b:', '    c: 1 # after', '', '  d: x', 'e: y')],
    ['sequences at their key or deeper', lines('a:', '- x', '- "y"', 'b:', '  - z', 'c: [p, "q", \'r\']', 'd: []')],
    ['block scalars', lines('a: |', '  one', '   two', '', 'b: >-', '  folded', '  text', 'c: |2', '    indented', 'd: |', 'e: end')],
    ['kept and stripped line ends', lines('a: |+', '  x', '', '   ', 'b: |-', '  y', '', '', 'c: |+', '  ', 'd: |-', '  z', '', '')],
    ['typed plain scalars', lines('a: 0x1F', 'b: .inf', 'c: ~', 'd: true', 'e: 1.50', 'f: -0', 'g: 0o17', 'h: 1e3')],
    ['keys that look like other things', lines('1: a', '0: b', '"2": c', 'true: d', '~: e', '1.0: f', '__proto__: g')],
    ['several documents', lines('---', 'a: 1', '---', 'b: 2', '--- # third', 'c: 3')],
    ['no final newline', 'a:\n  b: c'],
    ['one-line flow maps', lines('a: {b: 1, "c": x, d: [y, "z"]}', 'e: {}', 'f:', '  g: { h: "i" } # c')],
  ])('%s: quick, and the same as the full parse', (_name, source) => {
    expect(agrees(source)).toBe(true);
  });

  it.each([
    ['an anchor and an alias', lines('a: &x 1', 'b: *x')],
    ['a tag', lines('a: !!str 1')],
    ['a nested flow map', lines('a: {b: {c: 1}}')],
    ['a flow map over two lines', lines('a: {b: 1,', '  c: 2}')],
    ['a flow map with a repeated key', lines('a: {b: 1, b: 2}')],
    ['an explicit key', lines('? a', ': 1')],
    ['a tab for indentation', 'a:\n\tb: 1\n'],
    ['a multi-line plain scalar', lines('a: one', '  two')],
    ['a multi-line quoted scalar', lines('a: "one', '  two"')],
    ['a repeated key', lines('a: 1', 'a: 2')],
    ['a document end marker', lines('a: 1', '...')],
    ['a directive', lines('%YAML 1.2', '---', 'a: 1')],
    ['a byte order mark', '\ufeffa: 1\n'],
    ['CR LF line ends', 'a: 1\r\nb: 2\r\n'],
    ['an empty document', lines('---', '---', 'a: 1')],
    ['a root that is not a map', lines('- a')],
    ['a scalar root', lines('just text')],
    ['nothing', ''],
    ['a map in a sequence', lines('a:', '- b: 1')],
    ['bad indentation', lines('a:', '    b: 1', '  c: 2')],
    ['a compact nested map', lines('a: b: c')],
  ])('%s: left to the full parse', (_name, source) => {
    expect(quickParse(source)).toBeUndefined();
  });
});
