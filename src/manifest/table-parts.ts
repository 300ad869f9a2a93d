/**
 * A big Schema file cut at its table entries, so that it is parsed a part at a time (see
 * `compileInParts` in load.ts): the parse of an 11 MB file (10,000 tables × 20 columns) held
 * about 500 MB at its peak, and a file of twice the tables twice that.
 *
 * The cut is a scan of lines, not a parse: the file's one document has a root `tables:` line;
 * each line at the tables' indent starts a table entry, and the first line at indent 0 after
 * them starts the root lines that follow the tables (the tail). In a block map, entries at one
 * indent are independent of one another, so each part (the lines before the tables, some
 * entries, the tail) parses as that much of the whole file. Anything the scan does not know (a
 * document marker, a line indented between the root and the tables, a tab, a line at the
 * tables' indent that is not a key) answers undefined: the file is parsed whole.
 */

/** The parts of one file: every part is `text[0, tablesStart) + text[start, end) + text[tailStart, end of text)`. */
export interface TableParts {
  /** The line after `tables:`: the text before it (the document's own fields) heads every part. */
  tablesStart: number;
  /** The first root line after the tables (the text's length when none): the tail of every part. */
  tailStart: number;
  /** Each part's table entries [start, end), consecutive, together [tablesStart, tailStart). */
  parts: Array<[start: number, end: number]>;
}

/** A root `tables:` line (a value on the line is another layout). */
const TABLES_LINE = /^tables:[ ]*(?:#[^\n]*)?$/gm;

/** Document markers and directives: a file of several documents is parsed whole. */
const DOCUMENT_MARKER = /^(?:---|\.\.\.|%)/m;

/** A line at the tables' indent that starts a map entry: a key (plain or quoted) and `:`, not a list item or an explicit key. */
const KEY_LINE = /^[^\s#\-?[\]{},&*!|>%@`][^\n]*?:(?: |$)|^["'][^\n]*:(?: |$)/;

/**
 * The file's table entries in parts of about `partChars` characters each (a part holds at
 * least one entry, so one bigger entry is a part of its own); undefined when the file is not
 * one Schema-like document whose lines the scan knows, or when it is one part anyway.
 */
export function tableParts(text: string, partChars: number): TableParts | undefined {
  if (DOCUMENT_MARKER.test(text)) return undefined;
  TABLES_LINE.lastIndex = 0;
  const tablesLine = TABLES_LINE.exec(text);
  if (tablesLine === null || TABLES_LINE.exec(text) !== null) return undefined;
  const lineAfter = text.indexOf('\n', tablesLine.index);
  if (lineAfter === -1) return undefined;
  const tablesStart = lineAfter + 1;

  const parts: Array<[number, number]> = [];
  let tablesIndent = 0;
  let partStart = tablesStart;
  let tailStart = text.length;
  for (let at = tablesStart; at < text.length; ) {
    const end = text.indexOf('\n', at);
    const next = end === -1 ? text.length : end + 1;
    let indent = 0;
    while (text.charCodeAt(at + indent) === 32) indent++;
    const first = text.charCodeAt(at + indent);
    if (first === 9) return undefined; // a tab: the quick parse leaves it to the full one anyway
    const content = at + indent < text.length && first !== 10 && first !== 35; // not blank, not a comment
    if (content) {
      if (indent === 0) {
        tailStart = at;
        break;
      }
      if (tablesIndent === 0) tablesIndent = indent;
      if (indent < tablesIndent) return undefined;
      if (indent === tablesIndent) {
        if (!KEY_LINE.test(text.slice(at + indent, end === -1 ? text.length : end))) return undefined;
        // A new part starts at a table's key once the part so far is big enough.
        if (at - partStart >= partChars) {
          parts.push([partStart, at]);
          partStart = at;
        }
      }
    }
    at = next;
  }
  if (tablesIndent === 0) return undefined; // no tables
  parts.push([partStart, tailStart]);
  return parts.length > 1 ? { tablesStart, tailStart, parts } : undefined;
}

/** Newlines in text[from, to). */
export function newlinesIn(text: string, from: number, to: number): number {
  let count = 0;
  for (let at = text.indexOf('\n', from); at !== -1 && at < to; at = text.indexOf('\n', at + 1)) count++;
  return count;
}
