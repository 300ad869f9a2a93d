/**
 * Shared pieces of the dialect quoting properties (test/property/<system>-quoting.test.ts):
 * random text built from the characters that break quoting, and a way to run one
 * description through the real planner with a connector's own capabilities and dialect,
 * so that a refusal is checked where revmeta makes it (plan time) and with its message.
 *
 * Only generators and the planner call live here; every reader of a system's syntax stays
 * in its own test file, next to the rules it follows.
 */
import fc from 'fast-check';
import type { Capabilities, Dialect, RenderContext } from '../../src/connectors/types.js';
import type { DesiredNode, ObjectKind, ObjectRef, ObservedNode } from '../../src/model/types.js';
import { planService, type ServicePlan, type ServicePolicy } from '../../src/plan/plan.js';

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
  renderContext?: RenderContext;
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
    ...(target.renderContext !== undefined ? { renderContext: target.renderContext } : {}),
  });
}

/** numRuns for the cheap in-memory properties (each file stays well under 10 seconds). */
export const RUNS = 300;
