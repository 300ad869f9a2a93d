/**
 * `editedTables` (src/core/table-edits.ts) against compiling both versions whole. Whenever it
 * answers for a valid old version, the new version must be valid in full, each cut's documents
 * must be the whole compile's (fields, tables, locations) restricted to the cut's tables, and
 * the objects `changedObjects` names must be those the whole compiles differ in. Files come
 * from `yaml`'s writer in many styles (with comments and blank lines, root keys after the
 * tables), edits are realistic (inside a table entry mostly: its fields, its columns; a table
 * added, removed or moved) or random text. The versions are also read in chunks of a few bytes
 * (a file is read 64 KiB at a time), so that every step of the line scans crosses a chunk's edge.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Document, isMap, isScalar, type ToStringOptions } from 'yaml';
import { changedObjects } from '../../src/core/changed.js';
import { ByteText } from '../../src/core/byte-text.js';
import { editedTables, editedTablesIn } from '../../src/core/table-edits.js';
import { compileManifestText } from '../../src/manifest/load.js';
import type { CompiledDocument } from '../../src/manifest/cache.js';
import type { DesiredNode } from '../../src/model/types.js';

const FILE = 'warehouse/public.yaml';

async function compiled(text: string): Promise<CompiledDocument[] | undefined> {
  const result = await compileManifestText(FILE, text);
  return result.ok ? result.value : undefined;
}

/** What a node states, without where: the reference for "changed". */
function stated(node: DesiredNode): unknown {
  return { name: node.name, fields: node.fields, children: node.children.map(stated) };
}

/** The objects two whole compiles differ in, in changedObjects' order (new ones in file order, then removed ones). */
function referenceChanges(before: CompiledDocument[] | undefined, after: CompiledDocument[] | undefined): string[] {
  const entries = (documents: CompiledDocument[] | undefined) => {
    const map = new Map<string, string>();
    for (const document of documents ?? []) {
      const at = document.kind === 'Database' ? [document.service, document.name] : [document.service, document.database, document.name];
      map.set(at.join('/'), JSON.stringify(document.node.fields));
      for (const table of document.kind === 'Schema' ? document.node.children : []) map.set([...at, table.name].join('/'), JSON.stringify(stated(table)));
    }
    return map;
  };
  const old = entries(before);
  const now = entries(after);
  return [...[...now].filter(([key, digest]) => old.get(key) !== digest).map(([key]) => key), ...[...old.keys()].filter((key) => !now.has(key))];
}

/** A cut's documents are the whole compile's with only some tables: the same everywhere else, those tables the same. */
function expectCutOf(cut: CompiledDocument[], whole: CompiledDocument[], text: string): void {
  expect(cut).toHaveLength(whole.length);
  cut.forEach((document, index) => {
    const full = whole[index]!;
    const tables = new Map(full.node.children.map((table) => [table.name, table]));
    expect({ ...document, node: { ...document.node, children: [] } }, text).toEqual({ ...full, node: { ...full.node, children: [] } });
    for (const table of document.node.children) expect(table, text).toEqual(tables.get(table.name));
  });
}

type Column = { description?: string; tags?: string[] } | null;
type Table = { description?: string; owners?: string[]; tags?: string[]; columns?: Record<string, Column> } | null;

const NAMES = ['t0', 't1', 't2', 't3', 't4', 't5', 'orders', 'Order Details', '_x', 'a:b', '1a', 'true', "o'k", 'é'];
const TEXTS = ['A', 'Table one', 'two words', '', 'x: y', '# not a comment', 'line\nbreak', 'trailing\n', '"quoted"', "it's", '- dash', 'true', '12', 'long '.repeat(20)];
const name = fc.oneof({ arbitrary: fc.constantFrom(...NAMES.slice(0, 7)), weight: 6 }, { arbitrary: fc.constantFrom(...NAMES), weight: 1 });
const text = fc.constantFrom(...TEXTS);
const tags = fc.uniqueArray(fc.constantFrom('PII.Sensitive', 'Tier.Tier1', 'PII."a.b"'), { minLength: 0, maxLength: 2 });
const column: fc.Arbitrary<Column> = fc.option(fc.record({ description: text, tags }, { requiredKeys: [] }), { nil: null, freq: 4 });
const table: fc.Arbitrary<Table> = fc.option(
  fc.record({ description: text, owners: fc.uniqueArray(fc.constantFrom('ann', 'bob'), { minLength: 1, maxLength: 2 }), tags, columns: fc.dictionary(fc.constantFrom('id', 'c1', 'c2', 'note'), column, { maxKeys: 3 }) }, { requiredKeys: [] }),
  { nil: null, freq: 6 },
);
const tables = fc.dictionary(name, table, { minKeys: 1, maxKeys: 8 });
/** Mostly the plain names of real catalogs: a key the line scan cannot read (quoted, `1a`, `true`) sends the edit to whole compiles. */
const mostlyPlainName = fc.oneof({ arbitrary: fc.constantFrom(...NAMES.slice(0, 7)), weight: 30 }, { arbitrary: fc.constantFrom(...NAMES), weight: 1 });
const realTables = fc.dictionary(mostlyPlainName, table, { minKeys: 1, maxKeys: 8 });

/** Any style `yaml` writes: flow maps, quoted keys and folded lines lead the cut to give up. */
const anyStyle: fc.Arbitrary<ToStringOptions> = fc.record({
  indent: fc.constantFrom(2, 2, 4, 1, 3),
  indentSeq: fc.boolean(),
  defaultStringType: fc.constantFrom('PLAIN', 'PLAIN', 'PLAIN', 'QUOTE_DOUBLE', 'QUOTE_SINGLE', 'BLOCK_LITERAL', 'BLOCK_FOLDED'),
  defaultKeyType: fc.constantFrom('PLAIN', 'PLAIN', 'PLAIN', null, 'QUOTE_DOUBLE'),
  lineWidth: fc.constantFrom(0, 20, 80),
  minContentWidth: fc.constant(0),
  collectionStyle: fc.constantFrom('any', 'block', 'block', 'block', 'flow'),
  nullStr: fc.constantFrom('', 'null', '~'),
}) as fc.Arbitrary<ToStringOptions>;
/** The style of files written by hand or by `revmeta import`/`export`: block maps, plain keys. */
const blockStyle: fc.Arbitrary<ToStringOptions> = fc.record({
  indent: fc.constantFrom(2, 2, 4),
  // Not `false`: `yaml` then writes an empty list at its key's indent, which it cannot read back.
  indentSeq: fc.constant(true),
  // Block scalars only where a value needs them (a line break): `- |-` for every word is anyStyle's.
  defaultStringType: fc.constantFrom('PLAIN', 'PLAIN', 'PLAIN', 'QUOTE_DOUBLE'),
  defaultKeyType: fc.constant('PLAIN'),
  lineWidth: fc.constantFrom(0, 80),
  minContentWidth: fc.constant(0),
  collectionStyle: fc.constant('block'),
  nullStr: fc.constantFrom('', 'null', '~'),
}) as fc.Arbitrary<ToStringOptions>;
const options = fc.oneof({ arbitrary: blockStyle, weight: 6 }, { arbitrary: anyStyle, weight: 1 });

/** Where the document's own description goes: before the tables, after them, or nowhere. */
type Layout = { description: string; comments: [number, string][]; notes?: [string, string][] };
const COMMENT_LINES = ['# note', '  # indented note', '', '    # deep'];
/** Comment and blank lines anywhere in the file (at line numbers: an edit moves them, and what they cut). */
const layout: fc.Arbitrary<Layout> = fc.record({ description: fc.constantFrom('before', 'after', 'none'), comments: fc.array(fc.tuple(fc.nat(), fc.constantFrom(...COMMENT_LINES)), { maxLength: 3 }) });
/**
 * As a person keeps them across an edit: comment and blank lines among the document's own
 * fields (before `tables:`), and before a table's key (by the table's name, so they stay with it).
 */
const keptLayout: fc.Arbitrary<Layout> = fc.record({
  description: fc.constantFrom('before', 'after', 'none'),
  comments: fc.array(fc.tuple(fc.nat(), fc.constantFrom('# note', '')), { maxLength: 2 }).map((comments) => comments.map(([at, line]): [number, string] => [-1 - at, line])),
  notes: fc.array(fc.tuple(name, fc.constantFrom(' note', ' a longer note: with a colon', '')), { maxLength: 3 }),
});

/** The file `yaml` writes for `value`, with the layout's comment lines. */
function compile(value: Record<string, Table>, style: ToStringOptions, shape: Layout): string {
  const head = { apiVersion: 'revmeta/v1', kind: 'Schema', service: 'warehouse', database: 'shop', name: 'public' };
  const document =
    shape.description === 'before' ? { ...head, description: 'Public', tables: value } : shape.description === 'after' ? { ...head, tables: value, description: 'Public' } : { ...head, tables: value };
  const written = new Document(document);
  const tablesNode = written.get('tables', true);
  for (const [table, note] of shape.notes ?? []) {
    const pair = isMap(tablesNode) ? tablesNode.items.find((item) => isScalar(item.key) && item.key.value === table) : undefined;
    if (pair === undefined || !isScalar(pair.key)) continue;
    if (note === '') pair.key.spaceBefore = true;
    else pair.key.commentBefore = note;
  }
  let output = written.toString(style);
  // `yaml` writes an empty map or list on the line after its key; people (and export) write `key: {}`.
  if (shape.notes !== undefined) output = output.replace(/:\n *(\{\}|\[\])$/gm, ': $1');
  const lines = output.split('\n');
  // A negative line: before one of the root keys ahead of the tables.
  const rootKeys = lines.slice(0, lines.findIndex((line) => /^"?tables"?:/.test(line)) + 1).flatMap((line, index) => (/^[^\s#]/.test(line) ? [index] : []));
  const placed = shape.comments.map(([at, comment]): [number, string] => [at < 0 ? rootKeys[(-1 - at) % rootKeys.length]! : at % lines.length, comment]);
  // Last line first, so that each goes where it was placed (the random layouts keep their old order).
  if (shape.notes !== undefined) placed.sort(([a], [b]) => b - a);
  for (const [at, comment] of placed) lines.splice(at, 0, comment);
  return lines.join('\n');
}

/**
 * A realistic edit. Most are what a pull request does inside table entries: a table's
 * description, owners or tags set or dropped, a column added, edited or removed. The rest
 * change the tables themselves: one set to another value (or added), removed, or moved.
 */
type Edit =
  | { kind: 'field'; index: number; field: 'description' | 'owners' | 'tags'; value: string | string[] | undefined }
  | { kind: 'column'; index: number; column: string; value: Column | undefined }
  | { kind: 'set'; name: string; table: Table }
  | { kind: 'remove'; index: number }
  | { kind: 'move'; from: number; to: number };
const owners = fc.uniqueArray(fc.constantFrom('ann', 'bob'), { minLength: 1, maxLength: 2 });
const fieldEdit = fc.oneof(
  fc.record({ kind: fc.constant('field' as const), index: fc.nat(), field: fc.constant('description' as const), value: fc.option(text, { nil: undefined, freq: 4 }) }),
  fc.record({ kind: fc.constant('field' as const), index: fc.nat(), field: fc.constant('owners' as const), value: fc.option(owners, { nil: undefined, freq: 4 }) }),
  fc.record({ kind: fc.constant('field' as const), index: fc.nat(), field: fc.constant('tags' as const), value: fc.option(tags, { nil: undefined, freq: 4 }) }),
);
const columnEdit = fc.record({ kind: fc.constant('column' as const), index: fc.nat(), column: fc.constantFrom('id', 'c1', 'c2', 'note', 'added'), value: fc.option(column, { nil: undefined, freq: 3 }) });
const edit: fc.Arbitrary<Edit> = fc.oneof(
  { arbitrary: fieldEdit, weight: 4 },
  { arbitrary: columnEdit, weight: 4 },
  { arbitrary: fc.record({ kind: fc.constant('set' as const), name, table }), weight: 1 },
  { arbitrary: fc.record({ kind: fc.constant('remove' as const), index: fc.nat() }), weight: 1 },
  { arbitrary: fc.record({ kind: fc.constant('move' as const), from: fc.nat(), to: fc.nat() }), weight: 1 },
);

function edited(value: Record<string, Table>, change: Edit): Record<string, Table> {
  const entries = Object.entries(value);
  if (change.kind === 'set') return { ...value, [change.name]: change.table };
  if (entries.length === 0) return value;
  if (change.kind === 'field' || change.kind === 'column') {
    const [tableName, before] = entries[change.index % entries.length]!;
    const after: NonNullable<Table> = { ...before };
    if (change.kind === 'field') {
      if (change.value === undefined) delete after[change.field];
      else Object.assign(after, { [change.field]: change.value });
    } else {
      const columns = { ...after.columns };
      if (change.value === undefined) delete columns[change.column];
      else columns[change.column] = change.value;
      after.columns = columns;
    }
    return { ...value, [tableName]: after };
  }
  if (change.kind === 'remove') {
    entries.splice(change.index % entries.length, 1);
    return Object.fromEntries(entries);
  }
  const [moved] = entries.splice(change.from % entries.length, 1);
  entries.splice(change.to % (entries.length + 1), 0, moved!);
  return Object.fromEntries(entries);
}

/** A random edit of the text: a line replaced, inserted or removed, or characters. */
const LINES = ['  t9:', '  t9: null', '    description: new', '  t0:', 'tables:', '---', '  - x', ' t9:', '   t9:', '\tt9:', '  "t0":', '  t9: {description: x}', 'description: tail', '    columns:', '      id: {description: k}', '#', '    description: |', '      block'];
const textEdit = fc.record({ line: fc.nat(), remove: fc.nat({ max: 3 }), insert: fc.array(fc.constantFrom(...LINES), { maxLength: 2 }), chars: fc.option(fc.record({ at: fc.nat(), insert: fc.constantFrom('', 'x', ' ', ':', '"', '#', '\n', '  ') })) });

function mutated(source: string, change: { line: number; remove: number; insert: string[]; chars: { at: number; insert: string } | null }): string {
  const lines = source.split('\n');
  const at = change.line % (lines.length + 1);
  lines.splice(at, change.remove, ...change.insert);
  let result = lines.join('\n');
  if (change.chars) {
    const offset = change.chars.at % (result.length + 1);
    result = result.slice(0, offset) + change.chars.insert + result.slice(offset + 1);
  }
  return result;
}

/** Chunk sizes that put a chunk's edge everywhere: in a line, at its newline, before a key. */
const chunk = fc.integer({ min: 1, max: 48 });

/** Checks one pair of versions (also read `chunk` bytes at a time); answers whether the cut was taken. */
async function agrees(before: string, after: string, chunk = 7): Promise<boolean> {
  const wholeBefore = await compiled(before);
  if (wholeBefore === undefined) return false; // the cut is for a valid old version
  const wholeAfter = await compiled(after);
  const expected = referenceChanges(wholeBefore, wholeAfter);
  const names = (await changedObjects(FILE, before, after)).map((object) => [object.service, object.database, object.schema, object.table].filter((part) => part !== undefined).join('/'));
  expect(names, `${before}\n=====>\n${after}`).toEqual(expected);
  const cut = await editedTables(FILE, before, after);
  expect(await editedTablesIn(FILE, ByteText.of(before, chunk), ByteText.of(after, chunk)), `read ${chunk} bytes at a time`).toEqual(cut);
  if (cut === undefined) return false;
  expect(wholeAfter, `the cut accepted an invalid new version:\n${after}`).toBeDefined();
  expectCutOf(cut.after, wholeAfter!, after);
  expectCutOf(cut.before, wholeBefore, before);
  return true;
}

describe('editedTables against whole compiles (property)', () => {
  it('realistic edits of yaml-written Schema files', async () => {
    let cuts = 0;
    let runs = 0;
    await fc.assert(
      fc.asyncProperty(realTables, options, keptLayout, fc.array(edit, { minLength: 1, maxLength: 2 }), chunk, async (value, style, shape, changes, size) => {
        runs++;
        const after = changes.reduce(edited, value);
        if (await agrees(compile(value, style, shape), compile(after, style, shape), size)) cuts++;
      }),
      { numRuns: 150, seed: 16 },
    );
    // Not a vacuous pass: most cases take the cut (the edits a pull request makes inside table
    // entries), and the rest the whole compiles (other styles, edits of the tables' layout,
    // an invalid old version). The seed is fixed so that the proportion cannot drop unseen.
    expect(cuts / runs, `${cuts} of ${runs} took the cut`).toBeGreaterThanOrEqual(0.6);
    expect(runs - cuts).toBeGreaterThan(0);
  }, 120_000);

  it('random line and character edits', async () => {
    let cuts = 0;
    await fc.assert(
      fc.asyncProperty(tables, options, layout, textEdit, chunk, async (value, style, shape, change, size) => {
        const before = compile(value, style, shape);
        if (await agrees(before, mutated(before, change), size)) cuts++;
      }),
      { numRuns: 400, seed: 16 },
    );
    expect(cuts).toBeGreaterThanOrEqual(5);
  }, 300_000);
});

describe('editedTables (examples)', () => {
  const file = (...tables: string[]) => ['apiVersion: revmeta/v1', 'kind: Schema', 'service: warehouse', 'database: shop', 'name: public', 'tables:', ...tables, ''].join('\n');

  it('cuts a one-line edit to its table entry', async () => {
    const before = file('  a:', '    description: A', '  b:', '    description: B', '  c:', '    description: C');
    const cut = await editedTables(FILE, before, before.replace('B', 'B2'));
    expect(cut?.after[0]!.node.children.map((table) => table.name)).toEqual(['b']);
    expect(cut?.after[0]!.node.children[0]!.fieldLocations.description?.line).toBe(10);
  });

  it('reads comments between tables, at any indent, outside the cut', async () => {
    const before = file('# first', '  a:', '    description: A', '# between', '  b:', ' # shallow', '  c:', '    description: C', '#', '  d: null');
    const after = before.replace('description: C', 'description: C2');
    const cut = await editedTables(FILE, before, after);
    expect(cut?.after[0]!.node.children.map((table) => table.name)).toEqual(['c']);
    expect(await agrees(before, after)).toBe(true);
  });

  it('compiles whole when the edit reaches the document, or a table takes the name of one outside the cut', async () => {
    const before = file('  a:', '    description: A', '  b:', '    description: B', '  c:', '    description: C');
    expect(await editedTables(FILE, before, before.replace('name: public', 'name: other'))).toBeUndefined();
    expect(await editedTables(FILE, before, before.replace('  b:', '  c:'))).toBeUndefined();
    expect(await compiled(before.replace('  b:', '  c:'))).toBeUndefined(); // a duplicate key: the whole compile says where
    // The cut's names are looked for in the same pass as the layout, read from its key lines; a
    // quoted key names a table as well, and is looked for in a pass of its own.
    expect(await editedTables(FILE, before, before.replace('  b:', '  "c":'))).toBeUndefined();
    expect(await editedTables(FILE, before, before.replace('  b:', "  'a':"))).toBeUndefined();
    expect(await editedTables(FILE, before, before.replace('  b:', '  "b2":'))).toBeDefined();
    // Among other tables, on both sides of the cut, read in chunks of a few bytes.
    const many = file(...['a', 'b', 'c', 'd', 'e'].flatMap((name) => [`  ${name}:`, `    description: ${name}`]));
    expect(await editedTablesIn(FILE, ByteText.of(many, 7), ByteText.of(many.replace('  c:', '  "e":'), 7))).toBeUndefined();
    expect(await editedTablesIn(FILE, ByteText.of(many, 7), ByteText.of(many.replace('  c:', '  a :'), 7))).toBeUndefined();
    expect(await editedTablesIn(FILE, ByteText.of(many, 7), ByteText.of(many.replace('  c:', '  c2:'), 7))).toBeDefined();
  });

  it('compiles whole when the cut holds an anchor or an alias (an edit of an anchored value changes the tables that name it)', async () => {
    const anchored = (value: string) => file('  a:', `    description: &shared ${value}`, '  b:', '    description: *shared', '  c:', '    description: C');
    expect(await editedTables(FILE, anchored('A'), anchored('A2'))).toBeUndefined();
    expect(await agrees(anchored('A'), anchored('A2'))).toBe(false);
    expect((await changedObjects(FILE, anchored('A'), anchored('A2'))).map((object) => object.table)).toEqual(['a', 'b']);
    const aliased = (value: string) => file('  a:', '    description: &shared A', '  b:', `    description: ${value}`, '  c:', '    description: *shared');
    expect(await editedTables(FILE, aliased('*shared'), aliased('B'))).toBeUndefined();
    expect((await changedObjects(FILE, aliased('*shared'), aliased('B'))).map((object) => object.table)).toEqual(['b']);
  });
});
