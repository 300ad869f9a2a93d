/**
 * Shared pieces of the dialect quoting properties (test/property/<system>-quoting.test.ts):
 * random text built from the characters that break quoting, and a way to run one
 * description through the real planner with a connector's own capabilities and dialect,
 * so that a refusal is checked where revmeta makes it (plan time) and with its message.
 *
 * The readers of each system's syntax stay in their own test files, next to the rules they
 * follow; only the pieces that know no system live here (a quoted run with its closing quote
 * doubled, comments, the token loop, the checks of a planned statement), parameterised by
 * those rules. Nothing here calls src/: the readers check what src/ writes.
 */
import fc from 'fast-check';
import { expect } from 'vitest';
import type { Capabilities, Dialect, CompileContext } from '../../src/connectors/types.js';
import type { DesiredNode, ObjectKind, ObjectRef, ObservedNode } from '../../src/model/types.js';
import { planService, type ServicePlan, type ServicePolicy } from '../../src/plan/plan.js';
import type { Change } from '../../src/plan/types.js';
import { changesWithSql } from '../plan-statements.js';

/**
 * Pieces that end or bend a literal or a name in some system: quotes of every kind and their
 * doubled forms, backslash escapes (valid and invalid), dollar quoting, substitution syntax,
 * comment and statement markers, line breaks and the T-SQL line continuation, control
 * characters, separators that viewers break lines at, astral characters and a ZWJ sequence.
 */
export const TRICKY: readonly string[] = [
  "'", "''", "\\'", '"', '""', '`', '``', '[', ']', ']]',
  '\\', '\\\\', '\\0', '\\012', '\\x41', '\\u0041', '\\U0001F600', '\\101', '\\n', '\\%', '\\_', '\\Z', '\\q', '\\{',
  '$$', '$a$', '$', '${x}', '${env:HOME}', '${system:user.name}', '{{projectId}}', '{table}', '{description}',
  '--', '-- ', '/*', '*/', '//', '#', ';', '; DROP TABLE x; --', "'); DROP TABLE x; --", '\\\'; DROP TABLE x; --',
  "N'", "E'", "U&'", "q'[", ']\'', 'GO', '&x', '?', ':1', '@p1', '%s',
  '\n', '\r\n', '\r', '\t', '\\\n', '\\\r\n', '\\\r', '\n\\',
  '\u0001', '\u0007', '\u0008', '\u000b', '\u000c', '\u001a', '\u001b', '\u001f', '\u007f', '\u0085', '\u00a0',
  '\u2028', '\u2029', '\ufeff', '\u200b', '\u202e', '\ufffd',
  'é', 'e\u0301', 'ß', '中', 'Ω', '😀', '🚀', '👩‍👩‍👧', '🇫🇷', '𝔘', '𠜎',
  ' ', '  ', '.', ',', '(', ')', '=', ':',
];

/** A lone surrogate (\p{Cs} under /u) has no UTF-8 form: no driver or file can carry it. */
export const wellFormed = (text: string): boolean => !/\p{Cs}/u.test(text);

/** Code points, as the systems that limit "characters" count them. */
export const codePoints = (text: string): number => [...text].length;

const piece = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...TRICKY) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 4 }) },
  { weight: 1, arbitrary: fc.string({ unit: fc.constantFrom(..."\\'\"`$;{}[]\n\r0123"), maxLength: 6 }) },
);

/** Well-formed text of up to `maxParts` pieces, NUL-free unless `nul` (then NUL is a piece too). */
export function textOf({ maxParts = 12, minLength = 0, nul = false }: { maxParts?: number; minLength?: number; nul?: boolean } = {}): fc.Arbitrary<string> {
  const parts = nul ? fc.oneof({ weight: 6, arbitrary: piece }, { weight: 1, arbitrary: fc.constantFrom('\u0000', '\u00001', '\u000012', '\u0000x') }) : piece;
  return fc
    .array(parts, { maxLength: maxParts })
    .map((chunks) => chunks.join(''))
    .filter((text) => wellFormed(text) && text.length >= minLength && (nul || !text.includes('\u0000')));
}

/** Exactly `length` code points of hostile text (a short random chunk repeated, then cut). */
export function textOfLength(length: fc.Arbitrary<number>): fc.Arbitrary<string> {
  return fc.tuple(textOf({ maxParts: 6, minLength: 1 }), length).map(([chunk, n]) => {
    const chars = [...chunk];
    return Array.from({ length: n }, (_, i) => chars[i % chars.length]!).join('');
  });
}

/** A description: mostly short hostile text, sometimes long (up to `longMax` code points). */
export function valueOf({ longMax = 20_000, nul = false }: { longMax?: number; nul?: boolean } = {}): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 8, arbitrary: textOf({ nul }) },
    { weight: 1, arbitrary: textOfLength(fc.integer({ min: Math.min(500, Math.floor(longMax / 2)), max: longMax })) },
  );
}

/** A name: 1–`maxChars` code points of hostile text, NUL-free (every system refuses NUL in names). */
export function nameOf({ maxChars = 30, maxParts = 5 }: { maxChars?: number; maxParts?: number } = {}): fc.Arbitrary<string> {
  return textOf({ maxParts, minLength: 1 }).filter((name) => codePoints(name) <= maxChars);
}

// ---------------------------------------------------------------------------------------
// The planner, on one object

export interface PlanTarget {
  type: string;
  capabilities: Capabilities;
  dialect: Dialect;
  /** The object described; its relation is the observed table's. */
  object: ObjectRef;
  compileContext?: CompileContext;
  policy?: ServicePolicy;
  /** Names the manifest uses where they differ from the stored ones (`object`), per level. */
  desiredNames?: Partial<Record<ObjectKind, string>>;
}

const AT = { file: 'fuzz.yaml', line: 1, column: 1 };

/** Plans `description` on `target.object` (observed without one) as `revmeta plan` would. */
export function planDescription(target: PlanTarget, description: string): ServicePlan {
  const { object } = target;
  const path: [ObjectKind, string][] = [['database', object.database]];
  if (object.schema !== undefined) path.push(['schema', object.schema]);
  if (object.table !== undefined) path.push(['table', object.table]);
  if (object.column !== undefined) path.push(['column', object.column]);
  const desired = (index: number): DesiredNode => {
    const [kind, stored] = path[index]!;
    const name = target.desiredNames?.[kind] ?? stored;
    const last = index === path.length - 1;
    return { kind, name, fields: last ? { description } : {}, location: AT, fieldLocations: {}, children: last ? [] : [desired(index + 1)] };
  };
  const observed = (index: number): ObservedNode => {
    const [kind, name] = path[index]!;
    const node: ObservedNode = { kind, name, description: null, owner: null, tags: {}, children: index === path.length - 1 ? [] : [observed(index + 1)] };
    if (kind === 'table' && object.relation !== undefined) node.relation = object.relation;
    return node;
  };
  return planService({
    name: 'fuzz',
    type: target.type,
    desired: { name: 'fuzz', databases: [desired(0)] },
    observed: { service: 'fuzz', databases: [observed(0)] },
    capabilities: target.capabilities,
    dialect: target.dialect,
    policy: target.policy ?? {},
    ...(target.compileContext !== undefined ? { compileContext: target.compileContext } : {}),
  });
}

/** The object of `kind` on the path `names` (cut at its level; a table's relation is 'table'). */
export function objectAt(kind: ObjectKind, names: { database: string; schema: string; table: string; column: string }): ObjectRef {
  const object: ObjectRef = { kind, database: names.database };
  if (kind !== 'database') object.schema = names.schema;
  if (kind === 'table' || kind === 'column') Object.assign(object, { table: names.table, relation: 'table' });
  if (kind === 'column') object.column = names.column;
  return object;
}

/** The plan refuses the description with exactly these reasons, and writes nothing. */
export function expectRefused(plan: ServicePlan, reasons: string[]): void {
  expect(plan.conflicts.map((c) => c.reason)).toEqual(reasons);
  expect(plan.changes).toEqual([]);
}

/** The one statement a plan of one description writes: no conflict, and no second statement. */
export function onlyStatement(plan: ServicePlan): string {
  expect(plan.conflicts).toEqual([]);
  const [sql, ...more] = changesWithSql(plan)[0]!.sql;
  expect(more).toEqual([]);
  return sql!;
}

// ---------------------------------------------------------------------------------------
// Changes, as the planner hands them to a dialect's compile

/** Setting (or, for null, clearing) a description; `before` is what the source holds. */
export function descriptionChange(object: ObjectRef, after: string | null, before: string | null = after === null ? 'old' : null): Change {
  return { service: 'fuzz', object, field: 'description', action: after === null ? 'clear' : 'set', before, after, statements: [] };
}

/** Giving the object to `after`, from `before`. */
export function ownerChange(object: ObjectRef, after: string, before: string): Change {
  return { service: 'fuzz', object, field: 'owner', action: 'set', before, after, statements: [] };
}

/** Adding the tag (or label) `key` with `value`. */
export function tagChange(object: ObjectRef, key: string, value: string): Change {
  return { service: 'fuzz', object, field: 'tag', action: 'add', tag: key, before: null, after: value, statements: [] };
}

// ---------------------------------------------------------------------------------------
// Pieces of the readers. A system's rules (its quotes and their escapes, its words, whether
// its comments nest) are given by its test file; nothing here knows a system.

export type WordToken = { kind: 'word'; value: string };
export type NameToken = { kind: 'name'; value: string };
export type SymbolToken = { kind: 'symbol'; value: string };

/** An unquoted word, as the readers give it: upper-cased. */
export const word = (value: string): WordToken => ({ kind: 'word', value });
/** A quoted name, exactly as stored. */
export const quotedName = (value: string): NameToken => ({ kind: 'name', value });
export const symbol = (value: string): SymbolToken => ({ kind: 'symbol', value });

/** A backslash escape: the text the sequence at `at` (the backslash) stands for, and its length. */
export type BackslashRule = (sql: string, at: number) => { text: string; length: number };

/**
 * The quoted run whose opening quote is at `start`, up to the next `close` (`close` written
 * twice inside stands for one; a backslash is an escape only where the system has one, read
 * by `backslash`): its text and the index after the closing quote. `unclosed` is the error
 * when the statement ends first.
 */
export function readQuoted(sql: string, start: number, close: string, unclosed: string, backslash?: BackslashRule): { value: string; end: number } {
  let value = '';
  let i = start + 1;
  for (;;) {
    if (i >= sql.length) throw new Error(unclosed);
    const c = sql[i]!;
    if (c === close && sql[i + 1] === close) (value += close, (i += 2));
    else if (c === close) return { value, end: i + 1 };
    else if (c === '\\' && backslash !== undefined) {
      const escape = backslash(sql, i);
      value += escape.text;
      i += escape.length;
    } else (value += c, i++);
  }
}

/** Where the comment starting at `i` ends (`--` to the end of the line, `/* *\/`), or undefined when none starts there. */
function commentEnd(sql: string, i: number, nested: boolean): number | undefined {
  if (sql.startsWith('--', i)) {
    const end = sql.indexOf('\n', i);
    return end < 0 ? sql.length : end + 1;
  }
  if (!sql.startsWith('/*', i)) return undefined;
  if (!nested) {
    const end = sql.indexOf('*/', i + 2);
    if (end < 0) throw new Error('unclosed comment');
    return end + 2;
  }
  let depth = 0;
  do {
    if (i >= sql.length) throw new Error('unclosed comment');
    if (sql.startsWith('/*', i)) (depth++, (i += 2));
    else if (sql.startsWith('*/', i)) (depth--, (i += 2));
    else i++;
  } while (depth > 0);
  return i;
}

/** What a reader needs of a system's lexical rules. */
export interface LexicalRules<T> {
  /** Whether `/* *\/` comments nest (PostgreSQL, T-SQL) or end at the first `*\/` (Hive, Oracle). */
  nestedComments: boolean;
  /** An unquoted word, anchored (`^`): read upper-cased. */
  word: RegExp;
  /** Symbols of more than one character (`::`); any other character is a symbol of its own. */
  symbols?: readonly string[];
  /** The quoted token (string literal or name) starting at `i` and the index after it, or undefined when none starts there. */
  quoted: (sql: string, i: number) => { token: T; end: number } | undefined;
}

/**
 * Cuts a statement into tokens by a system's rules: white space and comments skipped, quoted
 * tokens read by `rules.quoted`, words upper-cased, anything else a symbol.
 */
export function readTokens<T>(sql: string, rules: LexicalRules<T>): (T | WordToken | SymbolToken)[] {
  const tokens: (T | WordToken | SymbolToken)[] = [];
  let i = 0;
  while (i < sql.length) {
    const skipped = /\s/.test(sql[i]!) ? i + 1 : commentEnd(sql, i, rules.nestedComments);
    if (skipped !== undefined) {
      i = skipped;
      continue;
    }
    const quoted = rules.quoted(sql, i);
    if (quoted !== undefined) {
      tokens.push(quoted.token);
      i = quoted.end;
      continue;
    }
    const text = rules.word.exec(sql.slice(i))?.[0];
    if (text !== undefined) {
      tokens.push(word(text.toUpperCase()));
      i += text.length;
      continue;
    }
    const value = rules.symbols?.find((s) => sql.startsWith(s, i)) ?? sql[i]!;
    tokens.push(symbol(value));
    i += value.length;
  }
  return tokens;
}

/**
 * One statement carrying one value: no `;` among its tokens, and `literal` its only string
 * and its last token (no value ended its literal early or added anything after it).
 */
export function expectOneStatementEndingIn(tokens: readonly { kind: string; value: unknown }[], literal: { kind: 'string'; value: unknown }): void {
  expect(tokens.filter((token) => token.kind === 'symbol' && token.value === ';')).toEqual([]);
  expect(tokens.filter((token) => token.kind === 'string')).toEqual([literal]);
  expect(tokens.at(-1)).toEqual(literal);
}

/** numRuns for the cheap in-memory properties (each file stays well under 10 seconds). */
export const RUNS = 300;
