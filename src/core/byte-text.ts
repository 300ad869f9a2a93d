/**
 * A text read in place, as UTF-8 bytes: a one-line edit of an 11 MB manifest must not cost
 * 11 MB of fresh memory for each version (each new megabyte is paged in, ~3 ms measured, then
 * collected; held whole as strings, the file and its old version cost ~0.25 s of a 0.6 s
 * scoped plan). A ByteText reads its source through one reused window: the passes over the
 * whole text (compare, hash, scan) run in native code on chunks of it, and only the parts a
 * cut compiles are decoded into strings. Offsets are in bytes; the structure the cut reads
 * (newlines, spaces, `#`, `:`) is ASCII, which UTF-8 never uses inside a longer character.
 */
import { isUtf8 } from 'node:buffer';
import { createHash } from 'node:crypto';
import { readSync } from 'node:fs';

/** Bytes to read from: a buffer, or an open file. */
export interface ByteSource {
  readonly size: number;
  /** Copies up to `length` bytes from `start` into `target` (from its start); how many it copied. */
  readInto(target: Buffer, start: number, length: number): number;
}

export function bufferSource(buffer: Buffer): ByteSource {
  return { size: buffer.length, readInto: (target, start, length) => buffer.copy(target, 0, start, Math.min(buffer.length, start + length)) };
}

/** An open file of `size` bytes, read where asked (positioned reads: the descriptor's offset is not used). */
export function fileSource(fd: number, size: number): ByteSource {
  return {
    size,
    readInto: (target, start, length) => {
      const wanted = Math.min(length, size - start);
      let read = 0;
      while (read < wanted) {
        const got = readSync(fd, target, read, wanted - read, start + read);
        if (got === 0) break; // shorter than it was: what is there
        read += got;
      }
      return read;
    },
  };
}

/** 64 KiB: a chunk decoded whole stays a regular heap object (no page of its own), and a window holds a table entry. */
const DEFAULT_CHUNK = 1 << 16;
const NEWLINE = 10;
const SPACE = 32;
const HASH = 35;

export class ByteText {
  readonly size: number;
  private readonly source: ByteSource;
  private readonly chunk: number;
  private window: Buffer;
  private windowStart = 0;
  private windowEnd = 0;
  /** For the passes over ranges (pieces, compares), apart from the window. */
  private scratch: Buffer;

  /** `chunk`: bytes read at a time (tests make it tiny, so that every edge of a chunk is crossed). */
  constructor(source: ByteSource, chunk = DEFAULT_CHUNK) {
    this.source = source;
    this.size = source.size;
    this.chunk = chunk;
    this.window = Buffer.allocUnsafe(chunk);
    this.scratch = Buffer.allocUnsafe(chunk);
  }

  static of(text: string, chunk?: number): ByteText {
    return new ByteText(bufferSource(Buffer.from(text, 'utf8')), chunk);
  }

  /** The byte at `offset`; -1 outside the text. */
  at(offset: number): number {
    if (offset < this.windowStart || offset >= this.windowEnd) {
      if (offset < 0 || offset >= this.size) return -1;
      this.windowStart = offset - (offset % this.chunk);
      this.windowEnd = this.windowStart + this.source.readInto(this.window, this.windowStart, this.chunk);
    }
    return this.window[offset - this.windowStart]!;
  }

  /** Bytes [start, end) decoded as UTF-8 (a cut's text: what it compiles). */
  text(start: number, end: number): string {
    return this.bytes(start, end).toString('utf8');
  }

  /** Bytes [start, end) as Latin-1, one character a byte (what the line scans read). */
  latin1(start: number, end: number): string {
    return this.bytes(start, end).toString('latin1');
  }

  /** Bytes [start, end): a fresh buffer, as big as the range (the parts a cut compiles are small). */
  private bytes(start: number, end: number): Buffer {
    const target = Buffer.allocUnsafe(Math.max(0, end - start));
    const read = this.source.readInto(target, start, target.length);
    return target.subarray(0, read);
  }

  /**
   * Calls `each` with the bytes of [from, to) a piece at a time, each piece whole lines (it ends
   * after a newline, or at `to`) and valid until the next call; `from` must start a line. Stops
   * when `each` answers true.
   */
  pieces(from: number, to: number, each: (bytes: Buffer, start: number) => boolean | void): void {
    let start = from;
    while (start < to) {
      let length = Math.min(this.chunk, to - start);
      let end: number;
      for (;;) {
        const read = this.source.readInto(this.scratch, start, length);
        if (read < length || start + length === to) {
          end = read; // the range's (or the text's) last bytes
          break;
        }
        end = this.scratch.lastIndexOf(NEWLINE, length - 1) + 1;
        if (end > 0) break;
        // A line longer than the buffer: a bigger one, until it holds the line's newline.
        this.scratch = Buffer.allocUnsafe(this.scratch.length * 2);
        length = Math.min(this.scratch.length, to - start);
      }
      if (end === 0 || each(this.scratch.subarray(0, end), start) === true) return;
      start += end;
    }
  }

  /** The SHA-256 of all the bytes, hex; undefined when they are not well-formed UTF-8. */
  sha256IfUtf8(): string | undefined {
    const hash = createHash('sha256');
    let valid = true;
    // Pieces end after a newline, never inside a character: each is UTF-8 on its own or not at all.
    this.pieces(0, this.size, (bytes) => {
      valid = isUtf8(bytes);
      if (valid) hash.update(bytes);
      return !valid;
    });
    return valid ? hash.digest('hex') : undefined;
  }

  /** How many bytes `this` and `other` share from their start. */
  commonPrefix(other: ByteText): number {
    const length = Math.min(this.size, other.size);
    let at = 0;
    while (at < length) {
      const size = Math.min(this.chunk, other.chunk, length - at);
      const mine = this.scratch.subarray(0, this.source.readInto(this.scratch, at, size));
      const theirs = other.scratch.subarray(0, other.source.readInto(other.scratch, at, size));
      if (mine.equals(theirs)) {
        at += size;
        continue;
      }
      let same = 0;
      while (same < size && mine[same] === theirs[same]) same++;
      return at + same;
    }
    return at;
  }

  /** How many bytes `this` and `other` share at their end, up to `limit`. */
  commonSuffix(other: ByteText, limit: number): number {
    let shared = 0;
    while (shared < limit) {
      const size = Math.min(this.chunk, other.chunk, limit - shared);
      const mine = this.scratch.subarray(0, this.source.readInto(this.scratch, this.size - shared - size, size));
      const theirs = other.scratch.subarray(0, other.source.readInto(other.scratch, other.size - shared - size, size));
      if (mine.equals(theirs)) {
        shared += size;
        continue;
      }
      let same = 0;
      while (same < size && mine[size - 1 - same] === theirs[size - 1 - same]) same++;
      return shared + same;
    }
    return shared;
  }

  /** Newlines in [from, to); `from` starts a line. */
  countLines(from: number, to: number): number {
    let count = 0;
    this.pieces(from, to, (bytes) => {
      const text = bytes.toString('latin1');
      for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) count++;
    });
    return count;
  }

  lineStartAtOrBefore(offset: number): number {
    let at = offset;
    while (at > 0 && this.at(at - 1) !== NEWLINE) at--;
    return at;
  }

  /** The offset of the newline ending the line at `start`, or the size. */
  lineEnd(start: number): number {
    let at = start;
    while (at < this.size && this.at(at) !== NEWLINE) at++;
    return at;
  }

  /** Spaces that start the line at `start`. */
  indentOf(start: number): number {
    let at = start;
    while (this.at(at) === SPACE) at++;
    return at - start;
  }

  /** Whether the line at `start` holds nothing but spaces, or a comment. */
  blankOrComment(start: number): boolean {
    const first = this.at(start + this.indentOf(start));
    return first === -1 || first === NEWLINE || first === HASH;
  }
}
