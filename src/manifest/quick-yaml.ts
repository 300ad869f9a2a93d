/**
 * A quick path for reading manifests: the block-style subset of YAML that `export` writes and
 * people write by hand (block maps, block or one-line flow sequences of scalars, one-line flow
 * maps of those, plain, quoted and block scalars, comments, `---` between documents),
 * assembled straight from the `yaml` library's own lexer into plain data and key positions.
 *
 * Why: building yaml's CST and `Document` nodes costs most of a cold run on a big manifest
 * set (about 2 s and ~20 MB of live objects per MB of YAML); the lexer alone is a quarter of
 * that. Scalars are still decoded by the library (`CST.resolveAsScalar`) and plain scalars
 * typed by its YAML 1.2 core schema, so the values are the library's own.
 *
 * Anything outside the subset, anything unusual, and every error make `quickParse` answer
 * `undefined`: the caller then parses the file with the full library, which reports located
 * errors. The subset is accepted only where the result is what the full parse gives; property
 * tests compare the two on generated and mutated documents.
 */
import { CST, isScalar, Lexer, Schema } from 'yaml';
import { setEntry, type MapLayout } from './yaml.js';

/** A document of the subset: its data and where its maps' keys and values are written. */
export interface QuickDocument {
  value: Record<string, unknown>;
  layout: MapLayout;
}

export interface QuickParse {
  documents: QuickDocument[];
  /** Offsets at which lines start (for line and column numbers). */
  lineStarts: number[];
}

// Token kinds, from CST.tokenType, with plain scalars told apart by the lexer's marker.
const PLAIN = 1;
const SINGLE = 2;
const DOUBLE = 3;
const BLOCK_HEADER = 4;
const BLOCK_BODY = 5;
const SPACE = 6;
const NEWLINE = 7;
const COMMENT = 8;
const COLON = 9;
const DASH = 10;
const SEQ_START = 11;
const SEQ_END = 12;
const COMMA = 13;
const DOC_START = 14;
const MAP_START = 15;
const MAP_END = 16;
const END = 17;
/** Anything the subset leaves to the full parser: anchors, aliases, tags, `?`, `...`, directives. */
const OTHER = 18;

const KIND_OF_TYPE: Record<string, number> = {
  'single-quoted-scalar': SINGLE,
  'double-quoted-scalar': DOUBLE,
  'block-scalar-header': BLOCK_HEADER,
  space: SPACE,
  newline: NEWLINE,
  comment: COMMENT,
  'map-value-ind': COLON,
  'seq-item-ind': DASH,
  'flow-seq-start': SEQ_START,
  'flow-seq-end': SEQ_END,
  comma: COMMA,
  'doc-start': DOC_START,
  'flow-map-start': MAP_START,
  'flow-map-end': MAP_END,
};

/**
 * Characters that make a file go the full way: `\r` (line ends are `\n` here), the lexer's own
 * marker characters and other C0 controls but tab and newline, DEL, and a byte order mark.
 */
// eslint-disable-next-line no-control-regex
const OUTSIDE_SUBSET = /[\u0000-\u0008\u000b-\u001f\u007f\ufeff]/;

/** Implicit keys are limited to 1024 characters by YAML; long ones go the full way. */
const MAX_KEY_LENGTH = 1000;

const coreSchema = new Schema({ schema: 'core' });
/** Plain scalars' tags by test, in the order the library tries them, and its string tag as the default. */
const plainTags = coreSchema.tags.filter((tag) => tag.default === true && tag.test !== undefined && !tag.collection) as unknown as PlainTag[];

/** What the parser uses of a scalar tag of the library. */
interface PlainTag {
  test: RegExp;
  resolve(text: string, onError: (message: string) => void, options: object): unknown;
}

/** Thrown inside the parser when the text leaves the subset; never escapes `quickParse`. */
class OutsideSubset extends Error {}

function bail(): never {
  throw new OutsideSubset();
}

/** The quick parse of a whole file, or undefined when the full parser must read it. */
export function quickParse(text: string): QuickParse | undefined {
  if (OUTSIDE_SUBSET.test(text)) return undefined;
  try {
    return new BlockParser(text).parse();
  } catch (error) {
    if (error instanceof OutsideSubset) return undefined;
    throw error;
  }
}

class BlockParser {
  private readonly kinds: number[] = [];
  private readonly sources: string[] = [];
  private readonly offsets: number[] = [];
  private readonly lineStarts: number[] = [0];
  /** The current token. */
  private at = 0;

  constructor(text: string) {
    let offset = 0;
    let plainNext = false;
    let afterBlockHeader = false;
    for (const source of new Lexer().lex(text)) {
      const type = CST.tokenType(source);
      let kind: number;
      if (plainNext) {
        // The scalar after a block scalar's header line is its body.
        kind = afterBlockHeader ? BLOCK_BODY : PLAIN;
        plainNext = afterBlockHeader = false;
      } else if (type === 'scalar') {
        plainNext = true;
        continue;
      } else if (type === 'doc-mode') {
        continue; // a marker of the lexer's, not text
      } else if (type === 'flow-error-end') {
        bail();
      } else {
        kind = (type !== null && KIND_OF_TYPE[type]) || OTHER;
        if (kind === BLOCK_HEADER) afterBlockHeader = true;
        else if (kind !== SPACE && kind !== COMMENT && kind !== NEWLINE) afterBlockHeader = false;
      }
      // Outside the subset wherever it is: no need to read the rest of a big file first.
      if (kind === OTHER || (kind === SPACE && source.includes('\t'))) bail();
      this.kinds.push(kind);
      // Only scalars' text is kept (a space's width is the distance to the next token): what
      // the arrays hold outlives the young generation, and a big file has a million tokens.
      this.sources.push(kind <= BLOCK_BODY ? source : '');
      this.offsets.push(offset);
      offset += source.length;
    }
    // Every token is part of the text (the lexer's markers were left out above).
    if (offset !== text.length) bail();
    this.kinds.push(END);
    this.sources.push('');
    this.offsets.push(offset);
    for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) this.lineStarts.push(at + 1);
  }

  parse(): QuickParse {
    const documents: QuickDocument[] = [];
    // After a `---` that no document has followed yet.
    let opened = false;
    for (;;) {
      const indent = this.nextLine();
      const kind = this.kinds[this.at]!;
      if (kind === END) break;
      if (indent !== 0) bail();
      if (kind === DOC_START) {
        if (opened) bail(); // an empty document (the full parser skips it; not worth a subset rule)
        this.at++;
        this.endOfLine();
        opened = true;
        continue;
      }
      // A root map ends only at the end of the file or at `---` (blockMap answers there).
      documents.push(this.blockMap(0));
      opened = false;
    }
    if (documents.length === 0 || opened) bail();
    return { documents, lineStarts: this.lineStarts };
  }

  /**
   * Skips blank and comment lines from the start of a line; answers the indentation of the
   * next line with content, leaving `at` on its first token.
   */
  private nextLine(): number {
    for (;;) {
      let indent = 0;
      if (this.kinds[this.at] === SPACE) {
        indent = this.offsets[this.at + 1]! - this.offsets[this.at]!;
        this.at++;
      }
      const kind = this.kinds[this.at]!;
      if (kind === COMMENT) this.at++;
      if (this.kinds[this.at] === NEWLINE) {
        this.at++;
        continue;
      }
      if (kind === COMMENT) {
        if (this.kinds[this.at] !== END) bail();
        return 0;
      }
      return indent;
    }
  }

  /** After a value: optional space and comment, then a newline (consumed) or the end. */
  private endOfLine(): void {
    if (this.kinds[this.at] === SPACE) {
      this.at++;
      if (this.kinds[this.at] === COMMENT) this.at++;
    }
    const kind = this.kinds[this.at];
    if (kind === NEWLINE) this.at++;
    else if (kind !== END) bail();
  }

  /** A block map whose keys sit at column `indent`; `at` is on its first key. */
  private blockMap(indent: number): QuickDocument {
    const value: Record<string, unknown> = {};
    const layout: MapLayout = { names: [], keys: [], values: [], maps: [] };
    const seen = new Set<string>();
    for (;;) {
      const keyAt = this.offsets[this.at]!;
      const name = this.key();
      if (seen.has(name)) bail(); // the full parser reports repeated keys
      seen.add(name);
      if (this.kinds[this.at] === SPACE) this.at++;
      if (this.kinds[this.at] !== COLON) bail();
      this.at++;
      const entry = this.mapValue(indent);
      setEntry(value, layout.names, name, entry.value);
      layout.keys.push(keyAt);
      layout.values.push(entry.at);
      layout.maps.push(entry.layout);
      const start = this.at;
      const next = this.nextLineOrEnd();
      if (next === indent) continue;
      if (next > indent) bail();
      // The line belongs to an outer collection (or is the end): leave it for its owner to read again.
      this.at = start;
      return { value, layout };
    }
  }

  /** Like nextLine, but -1 at the end of the document. */
  private nextLineOrEnd(): number {
    const indent = this.nextLine();
    const kind = this.kinds[this.at];
    return kind === END || kind === DOC_START ? -1 : indent;
  }

  /** A one-line implicit key: a plain or quoted scalar. */
  private key(): string {
    const kind = this.kinds[this.at]!;
    const source = this.sources[this.at]!;
    if ((kind !== PLAIN && kind !== SINGLE && kind !== DOUBLE) || source.includes('\n') || source.length > MAX_KEY_LENGTH) bail();
    const text = this.flowScalar(kind);
    return text;
  }

  /** The value after `key:` in a map at column `indent`. */
  private mapValue(indent: number): { value: unknown; at: number; layout?: MapLayout } {
    let spaced = false;
    if (this.kinds[this.at] === SPACE) {
      this.at++;
      spaced = true;
    }
    const kind = this.kinds[this.at]!;
    const at = this.offsets[this.at]!;
    if (kind === NEWLINE || kind === END || (kind === COMMENT && spaced)) {
      if (kind === COMMENT) this.at++;
      if (this.kinds[this.at] === NEWLINE) this.at++;
      return this.nestedValue(indent);
    }
    if (!spaced) bail();
    let value: unknown;
    if (kind === PLAIN || kind === SINGLE || kind === DOUBLE) {
      if (this.sources[this.at]!.includes('\n')) bail();
      value = this.scalarValue(kind);
      if (this.kinds[this.at] === COLON || (this.kinds[this.at] === SPACE && this.kinds[this.at + 1] === COLON)) bail();
    } else if (kind === BLOCK_HEADER) {
      return { value: this.blockScalar(indent), at };
    } else if (kind === SEQ_START) {
      value = this.flowSeq();
    } else if (kind === MAP_START) {
      const map = this.flowMap();
      this.endOfLine();
      return { value: map.value, at, layout: map.layout };
    } else {
      bail();
    }
    this.endOfLine();
    return { value, at };
  }

  /** What follows `key:` and a line break: a nested map or sequence, or nothing (null). */
  private nestedValue(indent: number): { value: unknown; at: number; layout?: MapLayout } {
    const start = this.at;
    const next = this.nextLineOrEnd();
    const kind = this.kinds[this.at]!;
    const at = this.offsets[this.at]!;
    if (next > indent) {
      if (kind === DASH) return { value: this.blockSeq(next), at };
      const map = this.blockMap(next);
      return { value: map.value, at, layout: map.layout };
    }
    // A sequence may sit at its key's own column (`owners:` then `- alice`).
    if (next === indent && kind === DASH) return { value: this.blockSeq(next), at };
    // Nothing: the next line belongs to an outer collection; rewind to its start.
    this.at = start;
    return { value: null, at: -1 };
  }

  /** `- item` lines at column `indent`, each a one-line scalar. */
  private blockSeq(indent: number): unknown[] {
    const items: unknown[] = [];
    for (;;) {
      if (this.kinds[this.at] !== DASH) bail();
      this.at++;
      if (this.kinds[this.at] !== SPACE) bail();
      this.at++;
      const kind = this.kinds[this.at]!;
      if ((kind !== PLAIN && kind !== SINGLE && kind !== DOUBLE) || this.sources[this.at]!.includes('\n')) bail();
      items.push(this.scalarValue(kind));
      if (this.kinds[this.at] === COLON || (this.kinds[this.at] === SPACE && this.kinds[this.at + 1] === COLON)) bail();
      this.endOfLine();
      const start = this.at;
      const next = this.nextLineOrEnd();
      if (next === indent && this.kinds[this.at] === DASH) continue;
      if (next > indent) bail();
      // The line belongs to an outer collection: leave it for its owner to read again.
      this.at = start;
      return items;
    }
  }

  /** `[a, "b", 'c']` on one line. */
  private flowSeq(): unknown[] {
    this.at++;
    const items: unknown[] = [];
    if (this.kinds[this.at] === SPACE) this.at++;
    if (this.kinds[this.at] === SEQ_END) {
      this.at++;
      return items;
    }
    for (;;) {
      const kind = this.kinds[this.at]!;
      if ((kind !== PLAIN && kind !== SINGLE && kind !== DOUBLE) || this.sources[this.at]!.includes('\n')) bail();
      items.push(this.scalarValue(kind));
      if (this.kinds[this.at] === SPACE) this.at++;
      const after = this.kinds[this.at];
      this.at++;
      if (after === SEQ_END) return items;
      if (after !== COMMA) bail();
      if (this.kinds[this.at] === SPACE) this.at++;
    }
  }

  /** `{a: x, "b": [y]}` on one line: keys, each followed by `: `, with scalars or flow sequences of scalars. */
  private flowMap(): QuickDocument {
    this.at++;
    const value: Record<string, unknown> = {};
    const layout: MapLayout = { names: [], keys: [], values: [], maps: [] };
    const seen = new Set<string>();
    if (this.kinds[this.at] === SPACE) this.at++;
    if (this.kinds[this.at] === MAP_END) {
      this.at++;
      return { value, layout };
    }
    for (;;) {
      const keyAt = this.offsets[this.at]!;
      const name = this.key();
      if (seen.has(name)) bail();
      seen.add(name);
      if (this.kinds[this.at] !== COLON || this.kinds[this.at + 1] !== SPACE) bail();
      this.at += 2;
      const kind = this.kinds[this.at]!;
      const valueAt = this.offsets[this.at]!;
      let item: unknown;
      if (kind === SEQ_START) item = this.flowSeq();
      else if ((kind !== PLAIN && kind !== SINGLE && kind !== DOUBLE) || this.sources[this.at]!.includes('\n')) bail();
      else item = this.scalarValue(kind);
      setEntry(value, layout.names, name, item);
      layout.keys.push(keyAt);
      layout.values.push(valueAt);
      layout.maps.push(undefined);
      if (this.kinds[this.at] === SPACE) this.at++;
      const after = this.kinds[this.at];
      this.at++;
      if (after === MAP_END) return { value, layout };
      if (after !== COMMA) bail();
      if (this.kinds[this.at] === SPACE) this.at++;
    }
  }

  /** A block scalar after `key:` in a map at column `indent`: the header, then its body. */
  private blockScalar(indent: number): string {
    const offset = this.offsets[this.at]!;
    const header = this.sources[this.at]!;
    this.at++;
    if (this.kinds[this.at] === SPACE) {
      this.at++;
      if (this.kinds[this.at] === COMMENT) this.at++;
    }
    if (this.kinds[this.at] !== NEWLINE) bail();
    this.at++;
    let source = '';
    if (this.kinds[this.at] === BLOCK_BODY) {
      source = this.sources[this.at]!;
      this.at++;
    }
    const token = {
      type: 'block-scalar' as const,
      offset,
      indent,
      props: [{ type: 'block-scalar-header' as const, offset, indent, source: header }],
      source,
    };
    const resolved = CST.resolveAsScalar(token, true, bail);
    // A body ends with its line break, or the file ends.
    const kind = this.kinds[this.at];
    if (kind !== END && source !== '' && !source.endsWith('\n')) bail();
    if (resolved === null) bail();
    return resolved!.value;
  }

  /** The text of a one-line plain or quoted scalar, as the library decodes it; `at` moves past it. */
  private flowScalar(kind: number): string {
    const offset = this.offsets[this.at]!;
    const source = this.sources[this.at]!;
    this.at++;
    const type = kind === PLAIN ? 'scalar' : kind === SINGLE ? 'single-quoted-scalar' : 'double-quoted-scalar';
    const resolved = CST.resolveAsScalar({ type, offset, indent: 0, source }, true, bail);
    if (resolved === null) bail();
    return resolved!.value;
  }

  /** A value scalar: quoted ones are strings; plain ones are typed by the core schema (`1` is a number, `~` null). */
  private scalarValue(kind: number): unknown {
    const text = this.flowScalar(kind);
    if (kind !== PLAIN) return text;
    const tag = plainTags.find((candidate) => candidate.test.test(text));
    if (tag === undefined) return text;
    const resolved: unknown = tag.resolve(text, bail, {});
    // Some tags answer a node (floats, to remember their digits).
    return isScalar(resolved) ? resolved.value : resolved;
  }
}

/** Line and column (both from 1) of an offset, from the offsets at which lines start. */
export function positionIn(lineStarts: readonly number[], offset: number): { line: number; column: number } {
  let low = 0;
  let high = lineStarts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (lineStarts[middle]! <= offset) low = middle;
    else high = middle - 1;
  }
  return { line: low + 1, column: offset - lineStarts[low]! + 1 };
}
