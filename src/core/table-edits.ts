/**
 * The tables an edit of a manifest file touches, read without parsing the whole file. A pull
 * request usually edits a few lines of one big Schema file (10 MB for a schema of 10,000
 * tables × 20 columns, seconds to parse); `--changed-since` must cost what the edit touches.
 *
 * The two versions share their text before and after the edited lines. When the edit lies
 * inside the `tables:` of the file's one Schema document, it is widened to whole table entries
 * (a table's key line at the tables' indent starts an entry, and YAML ends an entry at the next
 * line indented no deeper than its key), and each version is compiled from a cut of itself: its
 * lines before the tables (the document's own fields), the widened entries, and its lines after
 * the tables. Table entries outside the cut are the same text in both versions, so they state
 * the same in both. Each cut is validated as the whole file is (schema, tags, the quick subset
 * of YAML), and no table of the cut may share its name with one outside it (a duplicate key).
 *
 * Anything else (an edit of the document's fields, several documents, a layout the line scan
 * does not know, a cut that is not valid) answers undefined, and the caller compiles both
 * versions whole: that also locates every problem. test/property/table-edits.test.ts compares
 * the cut with the whole compile on generated and mutated files.
 */
import { compileManifestCut } from '../manifest/load.js';
import type { CompiledDocument } from '../manifest/cache.js';

/** Both versions' documents, each holding its own fields and the tables of the cut only. */
export interface TableEdit {
  before: CompiledDocument[];
  after: CompiledDocument[];
}

/** The `tables:` line of a root map (a value on the line is another layout). */
const TABLES_LINE = /^tables:[ ]*(?:#[^\n]*)?$/m;

/** Plain keys that the core schema reads as something else than their text (null, booleans). */
const NOT_TEXT = /^(?:null|Null|NULL|true|True|TRUE|false|False|FALSE)$/;

/** A plain key whose text is its name: starts with a letter or `_`, no quote or comment in it. */
const PLAIN_NAME = /^[A-Za-z_][^'"#]*$/;

export async function editedTables(file: string, before: string, after: string): Promise<TableEdit | undefined> {
  const prefix = lineStartAtOrBefore(after, commonPrefix(before, after));
  const suffix = commonSuffixOfLines(before, after, prefix);
  const tablesLine = TABLES_LINE.exec(after);
  if (tablesLine === null) return undefined;
  const tablesStart = tablesLine.index + tablesLine[0].length + 1; // the line after `tables:`
  if (tablesStart > prefix) return undefined; // the edit reaches the document's own fields

  // The tables' indent, from the first table of each version (an edit may re-indent it).
  const indent = firstTableIndent(after, tablesStart);
  if (indent === undefined || indent === 0 || indent !== firstTableIndent(before, tablesStart)) return undefined;

  // Widened back to the last table key line before the edit (or the start of the tables).
  const start = entryStartBefore(after, prefix, tablesStart, indent);
  if (start === undefined) return undefined;
  // Widened forward to the next line indented no deeper than a table key (or the end).
  const endAfter = nextLineAtMost(after, after.length - suffix, indent);
  const endBefore = endAfter - after.length + before.length;

  // The tables outside the cut, the same text in both versions: their names, and where they end.
  const outside = new Set<string>();
  if (!scanKeys(after, tablesStart, start, indent, outside)) return undefined;
  const tail = scanKeys(after, endAfter, after.length, indent, outside);
  if (tail === false) return undefined;
  const tailAfter = tail;
  const tailBefore = tailAfter - after.length + before.length;

  // The lines left out, before the entries and between them and the tail: counted once, they
  // are the same text in both versions (inside the shared prefix and the shared suffix).
  const skipped = { head: countLines(after, tablesStart, start), tail: countLines(after, endAfter, tailAfter) };
  const cutAfter = await compileCut(file, after, tablesStart, start, endAfter, tailAfter, skipped);
  const cutBefore = await compileCut(file, before, tablesStart, start, endBefore, tailBefore, skipped);
  if (cutAfter === undefined || cutBefore === undefined) return undefined;
  for (const documents of [cutAfter, cutBefore]) {
    const [document] = documents;
    if (documents.length !== 1 || document!.kind !== 'Schema') return undefined;
    if (document!.node.children.some((table) => outside.has(table.name))) return undefined;
  }
  return { before: cutBefore, after: cutAfter };
}

/**
 * Compiles `text` without the table entries in [tablesStart, start) and [end, tail), located in
 * the whole text; `skipped`: the lines of those two ranges.
 */
async function compileCut(
  file: string,
  text: string,
  tablesStart: number,
  start: number,
  end: number,
  tail: number,
  skipped: { head: number; tail: number },
): Promise<CompiledDocument[] | undefined> {
  const head = text.slice(0, tablesStart);
  const entries = text.slice(start, end);
  // Lines of the text left out before the entries, and before the tail.
  const skippedBefore = skipped.head;
  const skippedAfter = skippedBefore + skipped.tail;
  const linesBefore = (offset: number) => (offset < head.length ? 0 : offset < head.length + entries.length ? skippedBefore : skippedAfter);
  return compileManifestCut(file, head + entries + text.slice(tail), linesBefore);
}

/** How many characters the two texts share from their start. */
function commonPrefix(a: string, b: string): number {
  const length = Math.min(a.length, b.length);
  const CHUNK = 1 << 16;
  let at = 0;
  // Chunks first: comparing slices is a memory compare, a character loop is not.
  while (at + CHUNK <= length && a.slice(at, at + CHUNK) === b.slice(at, at + CHUNK)) at += CHUNK;
  while (at < length && a.charCodeAt(at) === b.charCodeAt(at)) at++;
  return at;
}

/**
 * How many characters the two texts share at their end, as whole lines (the shared part starts
 * after a newline in both), and not reaching into the first `prefix` characters of either.
 */
function commonSuffixOfLines(a: string, b: string, prefix: number): number {
  const length = Math.min(a.length, b.length) - prefix;
  const CHUNK = 1 << 16;
  let shared = 0;
  while (shared + CHUNK <= length && a.slice(a.length - shared - CHUNK, a.length - shared) === b.slice(b.length - shared - CHUNK, b.length - shared)) shared += CHUNK;
  while (shared < length && a.charCodeAt(a.length - shared - 1) === b.charCodeAt(b.length - shared - 1)) shared++;
  if (shared === 0 || b.charCodeAt(b.length - shared - 1) === 10) return shared;
  // Forward to the next line start inside the shared part (the newline before it is shared too).
  const newline = b.indexOf('\n', b.length - shared);
  return newline === -1 ? 0 : b.length - newline - 1;
}

function lineStartAtOrBefore(text: string, offset: number): number {
  return offset === 0 ? 0 : text.lastIndexOf('\n', offset - 1) + 1;
}

function lineEnd(text: string, start: number): number {
  const end = text.indexOf('\n', start);
  return end === -1 ? text.length : end;
}

/** Spaces that start the line at `start`. */
function indentOf(text: string, start: number): number {
  let at = start;
  while (text.charCodeAt(at) === 32) at++;
  return at - start;
}

/** Whether the line at `start` holds nothing but spaces, or a comment. */
function blankOrComment(text: string, start: number): boolean {
  const at = start + indentOf(text, start);
  return at >= text.length || text[at] === '\n' || text[at] === '#';
}

/** The indent of the first line after `tablesStart` with content; undefined when there is none. */
function firstTableIndent(text: string, tablesStart: number): number | undefined {
  for (let at = tablesStart; at < text.length; at = lineEnd(text, at) + 1) if (!blankOrComment(text, at)) return indentOf(text, at);
  return undefined;
}

/**
 * The start of the table entry holding the line at `offset`: the last table key line (indent
 * `indent`) before it, or `tablesStart` when there is none; undefined when a line indented
 * less than a table comes first (the edit is not inside the tables).
 */
function entryStartBefore(text: string, offset: number, tablesStart: number, indent: number): number | undefined {
  let at = offset;
  while (at > tablesStart) {
    at = lineStartAtOrBefore(text, at - 1);
    if (blankOrComment(text, at)) continue;
    const depth = indentOf(text, at);
    if (depth === indent) return at;
    if (depth < indent) return undefined;
  }
  return tablesStart;
}

/** The first line at or after `offset` with content and indented `indent` or less; the text's end when none. */
function nextLineAtMost(text: string, offset: number, indent: number): number {
  for (let at = offset; at < text.length; at = lineEnd(text, at) + 1) if (!blankOrComment(text, at) && indentOf(text, at) <= indent) return at;
  return text.length;
}

/**
 * Reads the table key lines in [from, to) into `names`, up to the first line of the document's
 * root map (indent 0), whose start it answers (`to` when none); false when a line there is
 * neither (another layout) or a key is not a plain name (the scan could not tell duplicates).
 */
function scanKeys(text: string, from: number, to: number, indent: number, names: Set<string>): number | false {
  // Only lines indented `indent` or less matter; the search skips the deeper ones.
  const shallow = new RegExp(`^ {0,${indent}}(?=[^ \\n])`, 'gm');
  shallow.lastIndex = from;
  for (let match = shallow.exec(text); match !== null && match.index < to; match = shallow.exec(text)) {
    const at = match.index;
    const depth = match[0].length;
    if (depth === 0) shallow.lastIndex++; // a match of no characters must move on
    const first = text[at + depth];
    if (first === '#') continue;
    if (depth === 0) return at;
    if (depth !== indent) return false;
    const line = text.slice(at + depth, lineEnd(text, at));
    const colon = /:(?: |$)/.exec(line);
    if (colon === null) return false;
    const name = line.slice(0, colon.index).trimEnd();
    if (!PLAIN_NAME.test(name) || NOT_TEXT.test(name)) return false;
    names.add(name);
  }
  return to;
}

/** Newlines in text[from, to). */
function countLines(text: string, from: number, to: number): number {
  let count = 0;
  for (let at = text.indexOf('\n', from); at !== -1 && at < to; at = text.indexOf('\n', at + 1)) count++;
  return count;
}
