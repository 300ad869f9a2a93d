/**
 * What Oracle can write: comments on tables, views, materialized views and their columns,
 * at most 4,000 bytes each. Nothing else:
 * - no comments on the database or on a schema (a schema is a user);
 * - no owners: an object belongs to the schema it is created in, and no statement moves it;
 * - no tags (annotations of 23ai are not managed yet).
 * The planner turns manifest fields at those levels into warnings. DDL commits on its own,
 * one statement at a time, so nothing is transactional. Every supported version (12.1+, what
 * thin mode connects to) behaves the same.
 *
 * A comment is stored in the database character set (NLS_CHARACTERSET, read at introspection
 * into `ServerInfo.characterSet`). "Where a character does not exist in the destination
 * character set, a replacement character appears" (SQL Reference, CONVERT): no error, the
 * text is silently changed. So:
 * - AL32UTF8 holds every character; UTF8 is CESU-8 ("Character Set Support"), which holds
 *   them too, a character outside the BMP as a surrogate pair of 3 bytes each: 6 bytes;
 * - US7ASCII, WE8ISO8859P1 and WE8MSWIN1252 are single-byte sets revmeta can check exactly:
 *   a character they lack is a plan conflict naming it, and 4,000 bytes are 4,000 characters;
 * - any other set: the comment is planned with a plan warning that revmeta cannot check it.
 */
import type { Capabilities, DescriptionRules, ServerInfo } from '../types.js';
import { atLevels } from '../kit/capabilities.js';

/** COMMENT ... IS 'string': "The comment can be up to 4000 bytes" (in the database character set). */
export const COMMENT_MAX_BYTES = 4000;

/** The levels that take a comment; every limit, rule and warning below is theirs. */
const COMMENTED = ['table', 'column'] as const;

/**
 * What Windows-1252 (WE8MSWIN1252) puts at 0x80-0x9F in place of Latin-1's C1 controls, from
 * Unicode's CP1252.TXT mapping; 0x81, 0x8D, 0x8F, 0x90 and 0x9D are undefined there. The rest
 * is Latin-1. (Written out: Node's TextDecoder decodes windows-1252 as Latin-1 without full ICU.)
 */
const CP1252_HIGH = [
  0x20ac, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x017d, 0x2018, 0x2019, 0x201c, 0x201d,
  0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x017e, 0x0178,
];

function windows1252(): (char: string) => boolean {
  const high = new Set(CP1252_HIGH);
  return (char) => {
    const code = char.codePointAt(0)!;
    return code < 0x80 || (code >= 0xa0 && code <= 0xff) || high.has(code);
  };
}

/** Single-byte character sets revmeta knows exactly: whether each character is in the set. */
const SINGLE_BYTE_SETS: Readonly<Record<string, () => (char: string) => boolean>> = {
  US7ASCII: () => (char) => char.codePointAt(0)! <= 0x7f,
  WE8ISO8859P1: () => (char) => char.codePointAt(0)! <= 0xff,
  WE8MSWIN1252: windows1252,
};

/** Bytes of a text in CESU-8 (Oracle's UTF8): UTF-8, but 6 bytes for a character outside the BMP. */
function cesu8Bytes(text: string): number {
  let bytes = 0;
  for (const char of text) bytes += char.codePointAt(0)! > 0xffff ? 6 : Buffer.byteLength(char, 'utf8');
  return bytes;
}

/** A description rule for a set whose characters revmeta can check. */
function singleByteRules(name: string, holds: (char: string) => boolean): DescriptionRules {
  return {
    refuse(text) {
      const missing = [...text].find((char) => !holds(char));
      if (missing === undefined) return null;
      const code = missing.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
      return `it contains ${JSON.stringify(missing)} (U+${code}), which the database character set ${name} cannot hold (Oracle would store a replacement character)`;
    },
  };
}

/** UTF8 (CESU-8): every character fits, but the 4,000 bytes count a supplementary one as 6. */
const CESU8_RULES: DescriptionRules = {
  refuse(text) {
    const bytes = cesu8Bytes(text);
    // Longer in UTF-8 too: the planner's own length check reports it (or truncates).
    if (bytes <= COMMENT_MAX_BYTES || Buffer.byteLength(text, 'utf8') > COMMENT_MAX_BYTES) return null;
    return `it is ${bytes} bytes in the database character set UTF8 (CESU-8: a character outside the BMP takes 6 bytes); Oracle stores at most ${COMMENT_MAX_BYTES}`;
  },
};

export function capabilities(server: ServerInfo): Capabilities {
  const base: Capabilities = {
    fields: { description: COMMENTED, owner: [], tag: [] },
    transactionalDdl: false,
    // DDL locks only its own table; each session is a server process (PROCESSES/SESSIONS):
    // a few at once.
    applyConcurrency: 4,
    // One database (the connection's); ALL_USERS lists every user (schema), but ALL_OBJECTS
    // only objects the user may access, and ORA-00942 answers alike for hidden and dropped.
    listing: { database: 'complete', schema: 'complete', table: 'visible-only' },
    descriptionLimits: atLevels(COMMENTED, { max: COMMENT_MAX_BYTES, unit: 'bytes' }),
  };
  const characterSet = server.characterSet?.toUpperCase();
  if (characterSet === undefined || characterSet === 'AL32UTF8') return base;
  if (characterSet === 'UTF8') return { ...base, descriptionRules: atLevels(COMMENTED, CESU8_RULES) };
  const singleByte = SINGLE_BYTE_SETS[characterSet];
  if (singleByte !== undefined) {
    const rules = singleByteRules(characterSet, singleByte());
    return { ...base, descriptionLimits: atLevels(COMMENTED, { max: COMMENT_MAX_BYTES, unit: 'chars' }), descriptionRules: atLevels(COMMENTED, rules) };
  }
  const unverified = `the database character set is ${characterSet}, which revmeta cannot check; characters it lacks are stored as a replacement character`;
  return { ...base, sideEffects: { description: atLevels(COMMENTED, unverified) } };
}
