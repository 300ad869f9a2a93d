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
 *
 * Both versions are read in place (byte-text.ts): the compare, the scan of the table keys
 * outside the cut and the line counts run over chunks of the bytes, and only the cut's text
 * is decoded, so a one-line edit costs about the same in a file of 100 tables or of 10,000.
 */
import { compileManifestCut } from '../manifest/load.js';
import type { CompiledDocument } from '../manifest/cache.js';
import { ByteText } from './byte-text.js';

/** Both versions' documents, each holding its own fields and the tables of the cut only. */
export interface TableEdit {
  before: CompiledDocument[];
  after: CompiledDocument[];
}

/** The `tables:` line of a root map (a value on the line is another layout). */
const TABLES_LINE = /^tables:[ ]*(?:#[^\n]*)?$/m;

/*
 * A plain key whose text is its name starts with a letter or `_` and holds no quote or comment
 * (PLAIN_KEY below); null and the booleans are plain keys that the core schema reads as
 * something else than their text (NOT_TEXT_KEY).
 */

/** Two versions of a file as text (tests; the caller of whole texts). */
export async function editedTables(file: string, before: string, after: string): Promise<TableEdit | undefined> {
  return editedTablesIn(file, ByteText.of(before), ByteText.of(after));
}

/** Two versions of a file read in place (see the module comment). */
export async function editedTablesIn(file: string, before: ByteText, after: ByteText): Promise<TableEdit | undefined> {
  const prefix = after.lineStartAtOrBefore(before.commonPrefix(after));
  const suffix = commonSuffixOfLines(before, after, prefix);
  const tablesStart = tablesStartIn(after, prefix); // the line after `tables:`
  if (tablesStart === undefined || tablesStart > prefix) return undefined; // the edit reaches the document's own fields

  // The tables' indent, from the first table of each version (an edit may re-indent it).
  const indent = firstTableIndent(after, tablesStart);
  if (indent === undefined || indent === 0 || indent !== firstTableIndent(before, tablesStart)) return undefined;

  // Widened back to the last table key line before the edit (or the start of the tables).
  const start = entryStartBefore(after, prefix, tablesStart, indent);
  if (start === undefined) return undefined;
  // Widened forward to the next line indented no deeper than a table key (or the end).
  const endAfter = nextLineAtMost(after, after.size - suffix, indent);
  const endBefore = endAfter - after.size + before.size;

  // The tables outside the cut are the same bytes in both versions: their key lines must be
  // plain names (so that a duplicate can be found by its text), and none of the document's root
  // keys may come before the cut; the first one after it starts the tail. One pass over each side
  // also counts its lines and looks for the cut's table names (read from the cut's key lines,
  // before it is compiled: the compile needs the tail and the line counts this pass finds).
  const cutAfterBytes = after.latin1(start, endAfter);
  const cutBeforeBytes = before.latin1(start, endBefore);
  const predicted = new Set([...plainKeysOf(cutAfterBytes, indent), ...plainKeysOf(cutBeforeBytes, indent)]);
  const head = scanOutside(after, tablesStart, start, indent, predicted, true);
  if (head.end !== start) return undefined;
  // The tail's lines are counted only when there is a tail (a root key after the tables, seldom).
  const tail = scanOutside(after, endAfter, after.size, indent, predicted, false);
  if (tail.end === false) return undefined;
  const tailAfter = tail.end;

  // The lines left out, before the entries and between them and the tail: counted once, they
  // are the same bytes in both versions (inside the shared prefix and the shared suffix), and
  // so are the head and the tail, decoded once.
  const skipped = { head: head.lines, tail: tailAfter < after.size ? after.countLines(endAfter, tailAfter) : 0 };
  const headText = after.text(0, tablesStart);
  const tailText = after.text(tailAfter, after.size);
  const cutAfter = await compileCut(file, headText, utf8Of(cutAfterBytes), tailText, skipped);
  const cutBefore = await compileCut(file, headText, utf8Of(cutBeforeBytes), tailText, skipped);
  if (cutAfter === undefined || cutBefore === undefined) return undefined;
  const names = new Set<string>();
  for (const documents of [cutAfter, cutBefore]) {
    const [document] = documents;
    if (documents.length !== 1 || document!.kind !== 'Schema') return undefined;
    for (const table of document!.node.children) names.add(Buffer.from(table.name, 'utf8').toString('latin1'));
  }
  // No table of the cut may share its name with one outside it (a duplicate key). The pass
  // looked for the names the cut's key lines spell; a name compiled from another spelling (a
  // quoted key) is looked for in a pass of its own.
  if (head.duplicate || tail.duplicate) return undefined;
  const unseen = new Set([...names].filter((name) => !predicted.has(name)));
  if (hasKeyLine(after, tablesStart, start, indent, unseen) || hasKeyLine(after, endAfter, tailAfter, indent, unseen)) return undefined;
  return { before: cutBefore, after: cutAfter };
}

/**
 * Compiles the document's own lines (`head`, up to the tables), the cut's table entries and the
 * root lines after the tables (`tail`), located in the whole text; `skipped`: the lines left out
 * before the entries and between them and the tail.
 */
async function compileCut(file: string, head: string, entries: string, tail: string, skipped: { head: number; tail: number }): Promise<CompiledDocument[] | undefined> {
  const skippedBefore = skipped.head;
  const skippedAfter = skippedBefore + skipped.tail;
  const linesBefore = (offset: number) => (offset < head.length ? 0 : offset < head.length + entries.length ? skippedBefore : skippedAfter);
  return compileManifestCut(file, head + entries + tail, linesBefore);
}

/**
 * How many bytes the two texts share at their end, as whole lines (the shared part starts
 * after a newline in both), and not reaching into the first `prefix` bytes of either.
 */
function commonSuffixOfLines(a: ByteText, b: ByteText, prefix: number): number {
  const shared = a.commonSuffix(b, Math.max(0, Math.min(a.size, b.size) - prefix));
  if (shared === 0 || b.at(b.size - shared - 1) === NEWLINE) return shared;
  // Forward to the next line start inside the shared part (the newline before it is shared too).
  const newline = b.lineEnd(b.size - shared);
  return newline >= b.size ? 0 : b.size - newline - 1;
}

const NEWLINE = 10;
const SPACE = 32;

/** The start of the line after the text's first `tables:` line, when that line starts at or before `limit`. */
function tablesStartIn(text: ByteText, limit: number): number | undefined {
  let found: number | undefined;
  text.pieces(0, text.size, (bytes, start) => {
    if (start > limit) return true;
    const match = TABLES_LINE.exec(bytes.toString('latin1'));
    if (match !== null) found = start + match.index + match[0].length + 1;
    return match !== null;
  });
  return found;
}

/** The indent of the first line after `tablesStart` with content; undefined when there is none. */
function firstTableIndent(text: ByteText, tablesStart: number): number | undefined {
  for (let at = tablesStart; at < text.size; at = text.lineEnd(at) + 1) if (!text.blankOrComment(at)) return text.indentOf(at);
  return undefined;
}

/**
 * The start of the table entry holding the line at `offset`: the last table key line (indent
 * `indent`) before it, or `tablesStart` when there is none; undefined when a line indented
 * less than a table comes first (the edit is not inside the tables).
 */
function entryStartBefore(text: ByteText, offset: number, tablesStart: number, indent: number): number | undefined {
  let at = offset;
  while (at > tablesStart) {
    at = text.lineStartAtOrBefore(at - 1);
    if (text.blankOrComment(at)) continue;
    const depth = text.indentOf(at);
    if (depth === indent) return at;
    if (depth < indent) return undefined;
  }
  return tablesStart;
}

/** The first line at or after `offset` with content and indented `indent` or less; the text's end when none. */
function nextLineAtMost(text: ByteText, offset: number, indent: number): number {
  for (let at = offset; at < text.size; at = text.lineEnd(at) + 1) if (!text.blankOrComment(at) && text.indentOf(at) <= indent) return at;
  return text.size;
}

/** The key of a table entry whose text is its name: a plain name, up to the line's first `: ` (or `:` at its end). */
const PLAIN_KEY = `[A-Za-z_][^'"#\\n]*?[ \\t]*:(?: |$)`;
/** The same, naming something else than its text (see NOT_TEXT). */
const NOT_TEXT_KEY = `(?:null|Null|NULL|true|True|TRUE|false|False|FALSE)[ \\t]*:(?: |$)`;

/** What one pass over the tables outside the cut found (scanOutside). */
interface Outside {
  /**
   * Where the tables of [from, to) end: the start of the first line of the document's root map
   * (indent 0, not a comment), else `to`; false when a line there indented `indent` or less is
   * neither that nor a table key of a plain name (another layout, or a key whose name the text
   * does not tell).
   */
  end: number | false;
  /** Newlines in [from, end), when counted. */
  lines: number;
  /** Whether a table key line in [from, end) names one of the names looked for. */
  duplicate: boolean;
}

/**
 * One pass over [from, to): the layout (Outside.end), the lines (`countLines`), and the key lines naming one of
 * `names` (Latin-1, as the pieces are read). A search in native code per chunk, read as Latin-1
 * (a byte a character: the structure is ASCII), each byte decoded once; `from` starts a line.
 */
function scanOutside(text: ByteText, from: number, to: number, indent: number, names: ReadonlySet<string>, countLines: boolean): Outside {
  // A line with content (not a comment) indented less than a table, or a table's indent without a plain key.
  const other = lineSearch(`(?: {0,${indent - 1}}[^ \\n#]| {${indent}}(?:(?!${PLAIN_KEY})|(?=${NOT_TEXT_KEY}))[^ \\n#])`);
  const keyLine = names.size === 0 ? undefined : lineSearch(keyLinePattern(indent, names));
  const found: Outside = { end: to, lines: 0, duplicate: false };
  text.pieces(from, to, (bytes, start) => {
    const lines = bytes.toString('latin1');
    const stop = other(lines);
    const limit = stop === -1 ? lines.length : stop;
    if (countLines) found.lines += newlinesBefore(bytes, limit);
    if (keyLine !== undefined && !found.duplicate) {
      const key = keyLine(lines);
      found.duplicate = key !== -1 && key < limit;
    }
    if (stop === -1) return false;
    found.end = bytes[stop] === SPACE ? false : start + stop;
    return true;
  });
  return found;
}

/**
 * A search for the first line of a text (whole lines) that matches `line` from its start: the
 * index of that line's start, or -1. The text's first line is tried on its own (sticky); the
 * others after a newline, which native code skips to from line to line (a `^` would be tried
 * at every character).
 */
function lineSearch(line: string): (text: string) => number {
  const first = new RegExp(line, 'my');
  const next = new RegExp(`\\n${line}`, 'm');
  return (text) => {
    first.lastIndex = 0;
    if (first.test(text)) return 0;
    const match = next.exec(text);
    return match === null ? -1 : match.index + 1;
  };
}

/** Newlines among the first `end` bytes. */
function newlinesBefore(bytes: Buffer, end: number): number {
  let count = 0;
  for (let at = 0; at < end; at++) if (bytes[at] === NEWLINE) count++;
  return count;
}

/** A table key line (indent `indent`) naming one of `names` (Latin-1). */
function keyLinePattern(indent: number, names: ReadonlySet<string>): string {
  const alternatives = [...names].map((name) => name.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&'));
  return ` {${indent}}(?:${alternatives.join('|')})[ \\t]*:(?: |$)`;
}

/** The names a cut's table key lines spell as plain keys (Latin-1, as the cut is read). */
function plainKeysOf(cut: string, indent: number): string[] {
  const key = new RegExp(`(?:^|\\n) {${indent}}([A-Za-z_][^'"#\\n]*?)[ \\t]*:(?: |$)`, 'gm');
  return [...cut.matchAll(key)].map((match) => match[1]!);
}

/** A cut read as Latin-1 (its bytes a character each), as the UTF-8 text it is. */
function utf8Of(latin1: string): string {
  return Buffer.from(latin1, 'latin1').toString('utf8');
}

/** Whether a table key line in [from, to) names one of `names` (Latin-1; as a plain name: scanOutside checked there is no other kind). */
function hasKeyLine(text: ByteText, from: number, to: number, indent: number, names: ReadonlySet<string>): boolean {
  if (names.size === 0 || from >= to) return false;
  const keyLine = lineSearch(keyLinePattern(indent, names));
  let found = false;
  text.pieces(from, to, (bytes) => (found = keyLine(bytes.toString('latin1')) !== -1));
  return found;
}
