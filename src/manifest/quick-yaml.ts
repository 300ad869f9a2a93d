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
import { CST, isScalar, Lexer, LineCounter, Schema } from 'yaml';
import { MAX_NESTING, MAX_SCALAR_CHARS } from './text.js';
import { setEntry, type MapLayout } from './yaml.js';

/** A map of the subset (a document's root, or a map in it): its data and where its keys and values are written. */
export interface QuickDocument {
  value: Record<string, unknown>;
  layout: MapLayout;
}

export interface QuickParse {
  documents: QuickDocument[];
  /** Line starts, for line and column numbers (as the full parse has them). */
  lineCounter: LineCounter;
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

/** A map entry's value as read: where it is written (-1 when empty) and its layout if it is a map. */
interface Entry {
  value: unknown;
  at: number;
  layout?: MapLayout;
}

function emptyMap(): QuickDocument {
  return { value: {}, layout: { names: [], keys: [], values: [], maps: [] } };
}

/** Adds an entry; a repeated key leaves the subset (the full parser reports it, located). */
function addEntry(map: QuickDocument, name: string, keyAt: number, valueAt: number, value: unknown, layout: MapLayout | undefined): void {
  if (Object.hasOwn(map.value, name)) bail();
  setEntry(map.value, map.layout.names, name, value);
  map.layout.keys.push(keyAt);
  map.layout.values.push(valueAt);
  map.layout.maps.push(layout);
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
  private readonly lineCounter = new LineCounter();
  /** The current token. */
  private at = 0;
  /** Block maps open around the current token. */
  private depth = 0;

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
      // Over a limit: the full parse's check reports it, located.
      if (kind <= BLOCK_BODY && source.length > MAX_SCALAR_CHARS) bail();
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
    this.lineCounter.addNewLine(0);
    for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) this.lineCounter.addNewLine(at + 1);
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
    return { documents, lineCounter: this.lineCounter };
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
    if (this.skip(SPACE)) this.skip(COMMENT);
    if (!this.skip(NEWLINE) && this.kinds[this.at] !== END) bail();
  }

  /** Moves past the current token if it is of `kind`; answers whether it did. */
  private skip(kind: number): boolean {
    if (this.kinds[this.at] !== kind) return false;
    this.at++;
    return true;
  }

  /** A block map whose keys sit at column `indent`; `at` is on its first key. */
  private blockMap(indent: number): QuickDocument {
    // Each level recurses: a text nested deeper than the limit goes to the full parse, which reports it.
    if (++this.depth > MAX_NESTING) bail();
    const map = emptyMap();
    for (;;) {
      const keyAt = this.offsets[this.at]!;
      const name = this.key();
      this.skip(SPACE);
      if (!this.skip(COLON)) bail();
      const entry = this.mapValue(indent);
      addEntry(map, name, keyAt, entry.at, entry.value, entry.layout);
      const start = this.at;
      const next = this.nextLineOrEnd();
      if (next === indent) continue;
      if (next > indent) bail();
      // The line belongs to an outer collection (or is the end): leave it for its owner to read again.
      this.at = start;
      this.depth--;
      return map;
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
    if (this.sources[this.at]!.length > MAX_KEY_LENGTH) bail();
    return this.flowScalar(this.oneLineScalarKind());
  }

  /** The kind of the current token, which must be a plain or quoted scalar on one line. */
  private oneLineScalarKind(): number {
    const kind = this.kinds[this.at]!;
    if ((kind !== PLAIN && kind !== SINGLE && kind !== DOUBLE) || this.sources[this.at]!.includes('\n')) bail();
    return kind;
  }

  /** A one-line scalar in block context, where `: ` after it would make it a key. */
  private blockScalarValue(): unknown {
    const value = this.scalarValue(this.oneLineScalarKind());
    if (this.kinds[this.at] === COLON || (this.kinds[this.at] === SPACE && this.kinds[this.at + 1] === COLON)) bail();
    return value;
  }

  /** The value after `key:` in a map at column `indent`. */
  private mapValue(indent: number): Entry {
    const spaced = this.skip(SPACE);
    const kind = this.kinds[this.at]!;
    const at = this.offsets[this.at]!;
    if (kind === NEWLINE || kind === END || (kind === COMMENT && spaced)) {
      this.skip(COMMENT);
      this.skip(NEWLINE);
      return this.nestedValue(indent);
    }
    if (!spaced) bail();
    if (kind === BLOCK_HEADER) return { value: this.blockScalar(indent), at };
    let entry: Entry;
    if (kind === SEQ_START) entry = { value: this.flowSeq(), at };
    else if (kind === MAP_START) {
      const map = this.flowMap();
      entry = { value: map.value, at, layout: map.layout };
    }
    else entry = { value: this.blockScalarValue(), at };
    this.endOfLine();
    return entry;
  }

  /** What follows `key:` and a line break: a nested map or sequence, or nothing (null). */
  private nestedValue(indent: number): Entry {
    const start = this.at;
    const next = this.nextLineOrEnd();
    const kind = this.kinds[this.at]!;
    const at = this.offsets[this.at]!;
    // A sequence may sit at its key's own column (`owners:` then `- alice`).
    if (kind === DASH && next >= indent) return { value: this.blockSeq(next), at };
    if (next > indent) {
      const map = this.blockMap(next);
      return { value: map.value, at, layout: map.layout };
    }
    // Nothing: the next line belongs to an outer collection; rewind to its start.
    this.at = start;
    return { value: null, at: -1 };
  }

  /** `- item` lines at column `indent`, each a one-line scalar. */
  private blockSeq(indent: number): unknown[] {
    const items: unknown[] = [];
    for (;;) {
      if (!this.skip(DASH) || !this.skip(SPACE)) bail();
      items.push(this.blockScalarValue());
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
    const items: unknown[] = [];
    if (this.flowOpened(SEQ_END)) {
      do items.push(this.scalarValue(this.oneLineScalarKind()));
      while (!this.flowItemEnded(SEQ_END));
    }
    return items;
  }

  /** `{a: x, "b": [y]}` on one line: keys, each followed by `: `, with scalars or flow sequences of scalars. */
  private flowMap(): QuickDocument {
    const map = emptyMap();
    if (this.flowOpened(MAP_END)) {
      do {
        const keyAt = this.offsets[this.at]!;
        const name = this.key();
        if (!this.skip(COLON) || !this.skip(SPACE)) bail();
        const valueAt = this.offsets[this.at]!;
        const value = this.kinds[this.at] === SEQ_START ? this.flowSeq() : this.scalarValue(this.oneLineScalarKind());
        addEntry(map, name, keyAt, valueAt, value, undefined);
      } while (!this.flowItemEnded(MAP_END));
    }
    return map;
  }

  /** Past a flow collection's opening bracket; false when it closes right away (`[]`, `{}`). */
  private flowOpened(close: number): boolean {
    this.at++;
    this.skip(SPACE);
    return !this.skip(close);
  }

  /** Past the `,` after an item, or its collection's closing bracket (then true). */
  private flowItemEnded(close: number): boolean {
    this.skip(SPACE);
    if (this.skip(close)) return true;
    if (!this.skip(COMMA)) bail();
    this.skip(SPACE);
    return false;
  }

  /** A block scalar after `key:` in a map at column `indent`: the header, then its body. */
  private blockScalar(indent: number): string {
    const offset = this.offsets[this.at]!;
    const header = this.sources[this.at]!;
    this.at++;
    if (this.skip(SPACE)) this.skip(COMMENT);
    if (!this.skip(NEWLINE)) bail();
    const source = this.kinds[this.at] === BLOCK_BODY ? this.sources[this.at++]! : '';
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
    if ((kind !== END && source !== '' && !source.endsWith('\n')) || resolved === null) bail();
    return resolved.value;
  }

  /** The text of a one-line plain or quoted scalar, as the library decodes it; `at` moves past it. */
  private flowScalar(kind: number): string {
    const offset = this.offsets[this.at]!;
    const source = this.sources[this.at]!;
    this.at++;
    const type = kind === PLAIN ? 'scalar' : kind === SINGLE ? 'single-quoted-scalar' : 'double-quoted-scalar';
    const resolved = CST.resolveAsScalar({ type, offset, indent: 0, source }, true, bail);
    if (resolved === null) bail();
    return resolved.value;
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
