/**
 * Reading a config or manifest file as text, within limits: a file that is not UTF-8, too big,
 * holds a gigantic value or nests too deep is a located diagnostic before any parser builds
 * data from it (a 150 MB description ran Node out of memory; a 3,000-deep map overflowed the
 * stack of the YAML composer, which recurses per level). The limits are far above what a real
 * catalog writes: the biggest export of a schema is a few MB, a description a few kB, and a
 * column nested in structs 15 levels deep is about 35 levels of YAML.
 */
import { readFile, stat } from 'node:fs/promises';
import { CST, Lexer } from 'yaml';
import type { Diagnostic } from './types.js';

/**
 * Bytes of one file: twice the biggest single schema benchmarked (50,000 tables, ~16 MB).
 * Parsing in full (a file outside the quick subset, or with a problem) peaks near 90 MB of
 * memory per MB of YAML (measured: 2.9 GB for 32 MB), within Node's default heap of 4 GB.
 */
export const MAX_FILE_BYTES = 32 * 1024 * 1024;
/** Characters of one scalar (value or key) as written, quotes and indentation included. */
export const MAX_SCALAR_CHARS = 1024 * 1024;
/** Maps, lists and flow collections inside one another. */
export const MAX_NESTING = 100;

export type ReadText = { ok: true; bytes: Buffer; text: string } | { ok: false; diagnostic: Diagnostic };

/** `fatal`: invalid bytes throw instead of becoming U+FFFD; `ignoreBOM`: a byte order mark stays in the text, as the parsers expect it. */
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * The text of `absolute` (named `file` in diagnostics), or why it cannot be read as such.
 * Errors of the file system (not found, no permission) are thrown for the caller to word.
 */
export async function readText(absolute: string, file: string): Promise<ReadText> {
  // The size first: a huge file is refused without reading it into memory.
  const { size } = await stat(absolute);
  if (size > MAX_FILE_BYTES) return tooBig(file, size);
  const bytes = await readFile(absolute);
  if (bytes.length > MAX_FILE_BYTES) return tooBig(file, bytes.length);
  try {
    return { ok: true, bytes, text: utf8.decode(bytes) };
  } catch {
    return { ok: false, diagnostic: invalidUtf8(file, bytes) };
  }
}

function tooBig(file: string, size: number): ReadText {
  const message = `the file is ${mebibytes(size)}, larger than the limit of ${mebibytes(MAX_FILE_BYTES)} for one file: split it (one file per schema)`;
  return { ok: false, diagnostic: { file, line: 1, column: 1, message } };
}

function mebibytes(bytes: number): string {
  const value = bytes / (1024 * 1024);
  return `${Number.isInteger(value) ? value : value.toFixed(1)} MiB`;
}

/** Located at the first byte that is not part of a well-formed UTF-8 character; columns count characters as the parsers do. */
function invalidUtf8(file: string, bytes: Buffer): Diagnostic {
  const at = firstInvalidUtf8(bytes);
  const lineStart = bytes.lastIndexOf(0x0a, at - 1) + 1;
  let line = 1;
  for (let index = bytes.indexOf(0x0a); index !== -1 && index < at; index = bytes.indexOf(0x0a, index + 1)) line++;
  const column = bytes.subarray(lineStart, at).toString('utf8').length + 1;
  const byte = (bytes[at] ?? 0).toString(16).toUpperCase().padStart(2, '0');
  return { file, line, column, message: `the file is not valid UTF-8: byte 0x${byte} here does not begin a valid character (save the file as UTF-8)` };
}

/** The offset of the first ill-formed sequence (Unicode table 3-7); the length when there is none. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let index = 0;
  while (index < bytes.length) {
    const lead = bytes[index]!;
    if (lead < 0x80) {
      index++;
      continue;
    }
    let following: number;
    let low = 0x80;
    let high = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) following = 1;
    else if (lead === 0xe0) [following, low] = [2, 0xa0];
    else if (lead === 0xed) [following, high] = [2, 0x9f]; // no surrogates
    else if (lead >= 0xe1 && lead <= 0xef) following = 2;
    else if (lead === 0xf0) [following, low] = [3, 0x90];
    else if (lead === 0xf4) [following, high] = [3, 0x8f]; // nothing above U+10FFFF
    else if (lead >= 0xf1 && lead <= 0xf3) following = 3;
    else return index;
    for (let next = 1; next <= following; next++) {
      const byte = bytes[index + next];
      const [min, max] = next === 1 ? [low, high] : [0x80, 0xbf];
      if (byte === undefined || byte < min || byte > max) return index;
    }
    index += following + 1;
  }
  return index;
}

/**
 * The first place where the text nests deeper than MAX_NESTING or holds a scalar longer than
 * MAX_SCALAR_CHARS, from the `yaml` lexer's tokens alone (it keeps no stack of its own). Block
 * levels are counted as indentation levels, the way Python counts them; flow brackets add theirs.
 * It may count a level more than YAML has (a scalar on the line below its key), never fewer.
 */
export function structureProblem(file: string, text: string): Diagnostic | undefined {
  /** Columns of the open block levels, innermost last. */
  const columns: number[] = [];
  let flow = 0;
  let offset = 0;
  let line = 1;
  let lineStart = 0;
  /** No token but indentation yet on this line, or right after `- ` or `? `: where a block node starts. */
  let nodeStart = true;
  let plainNext = false;
  const at = (position: number, message: string): Diagnostic => ({ file, line, column: position - lineStart + 1, message });
  const tooDeep = (position: number) =>
    at(position, `nested more than ${MAX_NESTING} levels deep (maps, lists and brackets inside one another); manifests need far fewer`);

  for (const source of new Lexer().lex(text)) {
    const type = CST.tokenType(source);
    if (type === 'scalar' || type === 'doc-mode' || type === 'flow-error-end') {
      // Markers of the lexer's, not text; a scalar marker announces a plain scalar.
      plainNext = type === 'scalar';
      continue;
    }
    const kind = plainNext ? 'plain' : type;
    plainNext = false;
    if (kind === 'doc-start' || kind === 'doc-end') columns.length = flow = 0;
    if (kind === 'plain' || kind === 'single-quoted-scalar' || kind === 'double-quoted-scalar') {
      if (source.length > MAX_SCALAR_CHARS)
        return at(offset, `a value longer than 1 MiB (${source.length.toLocaleString('en-US')} characters written): revmeta reads values up to ${MAX_SCALAR_CHARS.toLocaleString('en-US')}`);
    }
    if (kind !== 'space' && kind !== 'newline' && kind !== 'comment') {
      if (nodeStart && flow === 0) {
        const column = offset - lineStart;
        while (columns.length > 0 && columns[columns.length - 1]! > column) columns.pop();
        if (columns.length === 0 || columns[columns.length - 1]! < column) columns.push(column);
        if (columns.length > MAX_NESTING) return tooDeep(offset);
      }
      if (kind === 'flow-map-start' || kind === 'flow-seq-start') {
        flow++;
        if (columns.length + flow > MAX_NESTING) return tooDeep(offset);
      } else if (kind === 'flow-map-end' || kind === 'flow-seq-end') flow = Math.max(0, flow - 1);
      nodeStart = kind === 'seq-item-ind' || kind === 'explicit-key-ind';
    }
    // Line breaks inside a token (block scalars, multi-line quoted and plain scalars) too.
    let newline = source.indexOf('\n');
    if (newline !== -1) {
      for (; newline !== -1; newline = source.indexOf('\n', newline + 1)) {
        line++;
        lineStart = offset + newline + 1;
      }
      nodeStart = lineStart === offset + source.length;
    }
    offset += source.length;
  }
  return undefined;
}
