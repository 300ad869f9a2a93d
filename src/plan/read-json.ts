/**
 * An incremental reader of one JSON object whose values may be long lists (a plan file):
 * text is pushed in chunks, each top-level value and each entry of a top-level list is
 * parsed on its own, so no string ever holds the whole document (a plan of millions of
 * changes is more than a JavaScript string can hold). Pure: the caller reads the file.
 */

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const COMMA = 0x2c;
const COLON = 0x3a;

type State = 'start' | 'key' | 'colon' | 'value' | 'afterValue' | 'element' | 'firstElement' | 'afterElement' | 'end';

export interface JsonObjectReaderOptions {
  /** Called with each top-level key and its value as soon as it is read (lists: when complete); may throw to stop. */
  onValue?(key: string, value: unknown): void;
  /**
   * Top-level lists read entry by entry and not kept (their value is then `[]`): each entry is
   * handed to the function as soon as it is read, or with `skip` not even parsed.
   */
  entries?: Readonly<Record<string, ((entry: unknown) => void) | 'skip'>>;
}

export class JsonObjectReader {
  private buffer = '';
  private pos = 0;
  private consumed = 0;
  private state: State = 'start';
  private key = '';
  private list: unknown[] = [];
  private readonly result: Record<string, unknown> = {};
  /** Scanning one value: where it starts, how far it was scanned, and the scan's state. */
  private valueStart = -1;
  private scanPos = 0;
  private depth = 0;
  private inString = false;
  private escaped = false;

  constructor(private readonly options: JsonObjectReaderOptions = {}) {}

  push(text: string): void {
    this.buffer += text;
    this.run();
    // Keep only what is not read yet.
    const drop = this.valueStart >= 0 ? this.valueStart : this.pos;
    if (drop > 0) {
      this.buffer = this.buffer.slice(drop);
      this.consumed += drop;
      this.pos -= drop;
      this.scanPos -= drop;
      if (this.valueStart >= 0) this.valueStart -= drop;
    }
  }

  /** The object read, once the whole text was pushed. */
  finish(): Record<string, unknown> {
    this.skipSpace();
    if (this.state !== 'end' || this.pos < this.buffer.length) throw this.error(this.state === 'end' ? 'text after the end of the JSON object' : 'the JSON ends early');
    return this.result;
  }

  private run(): void {
    for (;;) {
      if (this.state === 'value' || this.state === 'element' || this.state === 'firstElement' || this.state === 'key') {
        if (this.valueStart < 0) {
          this.skipSpace();
          if (this.pos >= this.buffer.length) return;
          const c = this.buffer.charCodeAt(this.pos);
          if (this.state === 'firstElement' && c === CLOSE_BRACKET) {
            this.pos++;
            this.endList();
            continue;
          }
          if (this.state === 'key' && c === CLOSE_BRACE && Object.keys(this.result).length === 0) {
            this.pos++;
            this.state = 'end';
            continue;
          }
          if (this.state === 'key' && c !== QUOTE) throw this.error('expected a key');
          if (this.state === 'value' && c === OPEN_BRACKET) {
            this.pos++;
            this.list = [];
            this.state = 'firstElement';
            continue;
          }
          this.startValue();
        }
        const end = this.scanValue();
        if (end < 0) return;
        const inList = this.state === 'element' || this.state === 'firstElement';
        const handler = inList && Object.hasOwn(this.options.entries ?? {}, this.key) ? this.options.entries![this.key] : undefined;
        const value = handler === 'skip' ? undefined : this.parse(this.buffer.slice(this.valueStart, end));
        this.valueStart = -1;
        this.pos = end;
        if (this.state === 'key') {
          if (typeof value !== 'string') throw this.error('expected a key');
          this.key = value;
          this.state = 'colon';
        } else if (this.state === 'value') {
          this.result[this.key] = value;
          this.options.onValue?.(this.key, value);
          this.state = 'afterValue';
        } else {
          if (handler === undefined) this.list.push(value);
          else if (handler !== 'skip') handler(value);
          this.state = 'afterElement';
        }
        continue;
      }
      this.skipSpace();
      if (this.pos >= this.buffer.length) return;
      const c = this.buffer.charCodeAt(this.pos);
      switch (this.state) {
        case 'start':
          if (c !== OPEN_BRACE) throw this.error('expected a JSON object');
          this.pos++;
          this.state = 'key';
          break;
        case 'colon':
          if (c !== COLON) throw this.error('expected ":"');
          this.pos++;
          this.state = 'value';
          break;
        case 'afterValue':
          this.pos++;
          if (c === COMMA) this.state = 'key';
          else if (c === CLOSE_BRACE) this.state = 'end';
          else throw this.error('expected "," or "}"', -1);
          break;
        case 'afterElement':
          this.pos++;
          if (c === COMMA) this.state = 'element';
          else if (c === CLOSE_BRACKET) this.endList();
          else throw this.error('expected "," or "]"', -1);
          break;
        case 'end':
          throw this.error('text after the end of the JSON object');
      }
    }
  }

  private endList(): void {
    this.result[this.key] = this.list;
    this.options.onValue?.(this.key, this.list);
    this.list = [];
    this.state = 'afterValue';
  }

  private startValue(): void {
    this.valueStart = this.pos;
    this.scanPos = this.pos;
    this.depth = 0;
    this.inString = false;
    this.escaped = false;
  }

  /** Where the value at valueStart ends (exclusive), or -1 when more text is needed. */
  private scanValue(): number {
    const text = this.buffer;
    let i = this.scanPos;
    for (; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (this.inString) {
        if (this.escaped) this.escaped = false;
        else if (c === BACKSLASH) this.escaped = true;
        else if (c === QUOTE) {
          this.inString = false;
          if (this.depth === 0) return i + 1;
        }
        continue;
      }
      if (c === QUOTE) this.inString = true;
      else if (c === OPEN_BRACE || c === OPEN_BRACKET) this.depth++;
      else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
        if (this.depth === 0) return i;
        if (--this.depth === 0) return i + 1;
      } else if (this.depth === 0 && (c === COMMA || c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09)) return i;
    }
    this.scanPos = i;
    return -1;
  }

  private parse(text: string): unknown {
    try {
      return JSON.parse(text);
    } catch (error) {
      throw this.error(error instanceof Error ? error.message : String(error));
    }
  }

  private skipSpace(): void {
    const text = this.buffer;
    while (this.pos < text.length) {
      const c = text.charCodeAt(this.pos);
      if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) break;
      this.pos++;
    }
  }

  private error(message: string, offset = 0): Error {
    return new Error(`${message} at character ${this.consumed + this.pos + offset + 1}`);
  }
}

/** Reads a JSON object from its text in pieces (one piece when it is already a string). */
export function readJsonObject(pieces: Iterable<string>, options: JsonObjectReaderOptions = {}): Record<string, unknown> {
  const reader = new JsonObjectReader(options);
  for (const piece of pieces) reader.push(piece);
  return reader.finish();
}

/** Entries read in batches (a piece of a file at a time), taken in order one or a few at a time. */
export class EntryCursor<T> {
  private batch: T[] = [];
  private at = 0;
  /** The biggest batch held so far: what reading this way costs in memory. */
  maxBatch = 0;

  constructor(private readonly batches: AsyncGenerator<T[]>) {}

  /** The next entry; undefined after the last. */
  async next(): Promise<T | undefined> {
    while (this.at >= this.batch.length) {
      const next = await this.batches.next();
      if (next.done) return undefined;
      this.batch = next.value;
      this.at = 0;
      this.maxBatch = Math.max(this.maxBatch, this.batch.length);
    }
    return this.batch[this.at++];
  }

  /** The next `count` entries; an error when fewer are left. */
  async take(count: number): Promise<T[]> {
    const taken: T[] = [];
    while (taken.length < count) {
      const entry = await this.next();
      if (entry === undefined) throw new Error(`the entries end after ${taken.length} of ${count}`);
      taken.push(entry);
    }
    return taken;
  }

  async close(): Promise<void> {
    await this.batches.return(undefined);
  }
}
