/**
 * The field planners: one matched object's description, owners and tags, desired against
 * observed under the source's capabilities → changes, conflicts and warnings on the walk.
 */
import type { DescriptionRules, TagRules } from '../connectors/types.js';
import { parseTagFqn } from '../model/fqn.js';
import type { DesiredNode, Field, ObjectRef, ObservedNode, SourceLocation } from '../model/types.js';
import { compareText } from '../model/order.js';
import type { Change } from '../model/change.js';
import type { Walk } from './match.js';
import { describeObject, pathOf } from './formatting.js';

export const TRUNCATION_MARKER = ' [truncated by revmeta]';

export function planFields(walk: Walk, want: DesiredNode, have: ObservedNode, ref: ObjectRef): void {
  const { fields } = want;
  const planned = walk.changes.length;
  if (fields.description !== undefined && writable(walk, 'description', want, ref)) {
    planDescription(walk, want, have, ref, fields.description);
  }
  if (fields.owners !== undefined && fields.owners.length > 0 && writable(walk, 'owner', want, ref)) {
    planOwner(walk, want, have, ref, fields.owners);
  }
  if (fields.tags !== undefined && writable(walk, 'tag', want, ref)) {
    planTags(walk, want, have, ref, fields.tags);
  }
  noteSideEffects(walk, want, walk.changes.slice(planned));
}

/** A `side-effect` warning on each new change whose field and level the connector says does more. */
function noteSideEffects(walk: Walk, want: DesiredNode, changes: readonly Change[]): void {
  for (const change of changes) {
    const { sideEffects, relationSideEffects } = walk.input.capabilities;
    const { relation } = change.object;
    const note = sideEffects?.[change.field]?.[change.object.kind] ?? (relation === undefined ? undefined : relationSideEffects?.[change.field]?.[relation]);
    if (note === undefined) continue;
    const key = change.field === 'owner' ? 'owners' : change.field === 'tag' ? 'tags' : 'description';
    walk.warnings.push({
      service: walk.input.name,
      code: 'side-effect',
      field: change.field,
      object: change.object,
      location: want.fieldLocations[key] ?? want.location,
      message: `${change.object.kind} ${describeObject(change.object)}: ${note}`,
    });
  }
}

/** Whether a manifest field can be written here; if not, a warning (never silence). */
function writable(walk: Walk, field: Field, want: DesiredNode, ref: ObjectRef): boolean {
  if (!walk.enabled.has(field)) return false;
  const { capabilities } = walk.input;
  let what: string | null = null;
  if (!capabilities.fields[field].includes(ref.kind)) what = 'kind';
  else if (ref.relation && capabilities.unsupportedRelations?.[field]?.[ref.kind]?.includes(ref.relation)) what = 'relation';
  if (what === null) return true;
  const key = `${field}|${ref.kind}|${what === 'relation' ? ref.relation : ''}`;
  const entry = walk.unsupported.get(key);
  if (entry) entry.count++;
  else {
    const location = want.fieldLocations[field === 'owner' ? 'owners' : field === 'tag' ? 'tags' : 'description'] ?? want.location;
    walk.unsupported.set(key, { field, object: ref, location, count: 1, what });
  }
  return false;
}

function planDescription(walk: Walk, want: DesiredNode, have: ObservedNode, ref: ObjectRef, text: string): void {
  const location = want.fieldLocations.description ?? want.location;
  walk.digestEntries.push([pathOf(ref), 'description', have.description]);
  let after: string | null = text === '' ? null : text;
  if (after !== null && after.includes('\u0000')) {
    conflict(walk, ref, 'description', location, 'a description cannot contain a NUL character');
    return;
  }
  if (after !== null) {
    const refusal = unstorable(walk.input.capabilities.descriptionRules?.[ref.kind], after);
    if (refusal) {
      conflict(walk, ref, 'description', location, `${walk.input.type} cannot store this description on a ${ref.kind}: ${refusal}`);
      return;
    }
    const fitted = fitDescription(walk, ref, location, after);
    if (fitted === null) return;
    after = fitted;
  }
  if (after === have.description) return;
  walk.changes.push({
    service: walk.input.name,
    object: ref,
    field: 'description',
    action: after === null ? 'clear' : 'set',
    before: have.description,
    after,
    statements: [],
  });
}

/** Why a source cannot hold a text at all (not a matter of length), or null. */
function unstorable(rules: DescriptionRules | undefined, text: string): string | null {
  if (!rules) return null;
  if (rules.bmpOnly) {
    const astral = [...text].find((char) => char.codePointAt(0)! > 0xffff);
    if (astral) return `it contains ${JSON.stringify(astral)} (U+${astral.codePointAt(0)!.toString(16).toUpperCase()}), a 4-byte character the source's character set cannot hold`;
  }
  if (rules.noNewlines && /[\r\n]/.test(text)) return 'it contains a line break, which the source does not allow';
  return rules.refuse?.(text) ?? null;
}

/** Applies the level's length limit: a conflict, or a visible truncation with a warning. */
function fitDescription(walk: Walk, ref: ObjectRef, location: SourceLocation, text: string): string | null {
  const limit = walk.input.capabilities.descriptionLimits?.[ref.kind];
  if (!limit) return text;
  const size = (s: string) => (limit.unit === 'bytes' ? Buffer.byteLength(s, 'utf8') : limit.unit === 'utf16' ? s.length : [...s].length);
  const unit = limit.unit === 'utf16' ? 'UTF-16 code units' : limit.unit;
  if (size(text) <= limit.max) return text;
  if ((walk.input.policy.tooLong ?? 'error') === 'error') {
    conflict(
      walk,
      ref,
      'description',
      location,
      `description is ${size(text)} ${unit} long; ${walk.input.type} stores at most ${limit.max} on a ${ref.kind} (set descriptions.tooLong: truncate to cut it)`,
    );
    return null;
  }
  const cut = longestPrefix([...text], (prefix) => size(prefix + TRUNCATION_MARKER) <= limit.max) + TRUNCATION_MARKER;
  walk.warnings.push({
    service: walk.input.name,
    code: 'truncated',
    field: 'description',
    object: ref,
    location,
    message: `description of ${ref.kind} ${describeObject(ref)} truncated from ${size(text)} to ${size(cut)} ${unit} (limit ${limit.max})`,
  });
  return cut;
}

/** The longest prefix (whole characters) that fits: a binary search, since sizes only grow. */
function longestPrefix(chars: readonly string[], fits: (prefix: string) => boolean): string {
  let low = 0;
  let high = chars.length;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (fits(chars.slice(0, middle).join(''))) low = middle;
    else high = middle - 1;
  }
  return chars.slice(0, low).join('');
}

function planOwner(walk: Walk, want: DesiredNode, have: ObservedNode, ref: ObjectRef, owners: readonly string[]): void {
  const location = want.fieldLocations.owners ?? want.location;
  const map = walk.input.policy.ownerMap ?? {};
  const principals = [...new Set(owners.map((owner) => map[owner] ?? owner))];
  const known = walk.input.principals;
  const unknown = known ? principals.filter((principal) => !known.includes(principal)) : [];
  if (unknown.length > 0) {
    walk.digestEntries.push([pathOf(ref), 'owner', have.owners ?? have.owner]);
    const names = unknown.map((name) => `"${name}"`).join(', ');
    conflict(walk, ref, 'owner', location, `unknown owner ${names}: ${walk.input.type} service "${walk.input.name}" has no principal of that name`);
    return;
  }
  const refusedSet = walk.input.refuseOwners?.(principals);
  if (refusedSet) {
    walk.digestEntries.push([pathOf(ref), 'owner', have.owners ?? have.owner]);
    conflict(walk, ref, 'owner', location, refusedSet);
    return;
  }
  if (walk.input.capabilities.multipleOwners) {
    planOwnerSet(walk, have, ref, principals);
    return;
  }
  walk.digestEntries.push([pathOf(ref), 'owner', have.owner]);
  if (principals.length > 1) {
    conflict(
      walk,
      ref,
      'owner',
      location,
      `owners ${owners.join(', ')} map to ${principals.length} principals (${principals.join(', ')}); ${walk.input.type} holds one owner per object (map them to one in owners.map)`,
    );
    return;
  }
  const principal = principals[0]!;
  if (principal === have.owner) return;
  const refusal = have.refusedOwners?.[principal];
  if (refusal !== undefined) {
    conflict(walk, ref, 'owner', location, `${walk.input.type} cannot make "${principal}" the owner of ${ref.kind} ${describeObject(ref)}: ${refusal}`);
    return;
  }
  walk.changes.push({
    service: walk.input.name,
    object: ref,
    field: 'owner',
    action: 'set',
    before: have.owner,
    after: principal,
    statements: [],
  });
}

/** A source with several owners per object: the owners to add, then those to remove, each a change. */
function planOwnerSet(walk: Walk, have: ObservedNode, ref: ObjectRef, principals: readonly string[]): void {
  const current = have.owners ?? (have.owner === null ? [] : [have.owner]);
  walk.digestEntries.push([pathOf(ref), 'owners', [...current].sort(compareText)]);
  const push = (action: Change['action'], before: string | null, after: string | null) =>
    walk.changes.push({ service: walk.input.name, object: ref, field: 'owner', action, before, after, statements: [] });
  for (const principal of [...principals].sort(compareText)) if (!current.includes(principal)) push('add', null, principal);
  for (const owner of [...current].sort(compareText)) if (!principals.includes(owner)) push('remove', owner, null);
}

function planTags(walk: Walk, want: DesiredNode, have: ObservedNode, ref: ObjectRef, tags: readonly string[]): void {
  const location = want.fieldLocations.tags ?? want.location;
  walk.digestEntries.push([pathOf(ref), 'tags', have.tags]);
  const rules = walk.input.capabilities.tagRules;
  // Source key → the manifest tags that land on it, each with its source value.
  const desired = new Map<string, { fqn: string; value: string }[]>();
  const refusals: string[] = [];
  for (const fqn of tags) {
    const parsed = parseTagFqn(fqn);
    if (!parsed.ok) {
      conflict(walk, ref, 'tag', location, parsed.error);
      return;
    }
    const resolved = resolveTagKey(walk, sourceTagKey(rules, parsed.tag.classification));
    if ('ambiguous' in resolved) {
      const names = resolved.ambiguous.map((name) => `"${name}"`).join(', ');
      refusals.push(`${fqn}: its tag key matches ${names} case-insensitively (ambiguous name; name one exactly)`);
      continue;
    }
    const { key } = resolved;
    const value = rules?.value ? rules.value(parsed.tag.tag) : parsed.tag.tag;
    const refusal = rules?.refuse?.(key, value) ?? notAllowed(resolved, value);
    if (refusal) refusals.push(`${fqn}: ${refusal}`);
    else if (!resolved.exists && !walk.input.policy.createTagKeys) {
      refusals.push(`${fqn}: tag key "${key}" does not exist at the source; create it or set tags.create: true`);
    }
    desired.set(key, [...(desired.get(key) ?? []), { fqn, value }]);
  }
  if (refusals.length > 0) {
    conflict(walk, ref, 'tag', location, `${walk.input.type} cannot store ${refusals.join('; ')}; no tag of this object is changed`);
    return;
  }
  const ambiguous = [...desired].filter(([, entries]) => entries.length > 1);
  if (ambiguous.length > 0) {
    const list = ambiguous
      .map(([key, entries]) => {
        const names = entries.map((entry) => entry.fqn).join(', ');
        // Two classifications folded onto one key are a collision, not two tags of one classification.
        const classifications = new Set(entries.map((entry) => parseTagFqn(entry.fqn)).map((p) => (p.ok ? p.tag.classification : '')));
        return classifications.size > 1 ? `${names} all become source tag key "${key}"` : names;
      })
      .join('; ');
    conflict(walk, ref, 'tag', location, `ambiguous tag: ${list} (one tag per classification on an object); no tag of this object is changed`);
    return;
  }
  const max = walk.input.capabilities.maxTagsPerObject;
  if (max !== undefined) {
    const kept = Object.keys(have.tags).filter((key) => desired.has(key) || !walk.managed.has(key));
    const count = new Set([...kept, ...desired.keys()]).size;
    if (count > max) {
      conflict(walk, ref, 'tag', location, `${ref.kind} ${describeObject(ref)} would hold ${count} tags; ${walk.input.type} allows at most ${max} per object; no tag of this object is changed`);
      return;
    }
  }
  const push = (tag: string, action: Change['action'], before: string | null, after: string | null) =>
    walk.changes.push({ service: walk.input.name, object: ref, field: 'tag', action, tag, before, after, statements: [] });
  for (const [key, [entry]] of [...desired].sort(([a], [b]) => compareText(a, b))) {
    const current = have.tags[key];
    if (current === undefined) push(key, 'add', null, entry!.value);
    else if (current !== entry!.value) push(key, 'set', current, entry!.value);
  }
  for (const key of Object.keys(have.tags).sort(compareText)) {
    if (walk.managed.has(key) && !desired.has(key)) push(key, 'remove', have.tags[key]!, null);
  }
}

export function sourceTagKey(rules: TagRules | undefined, classification: string): string {
  return rules?.key ? rules.key(classification) : classification;
}

/** A source tag key as the source has it: the key itself, whether it exists, what it accepts. */
export type ResolvedTagKey = { key: string; exists: boolean; allowedValues?: readonly string[] } | { ambiguous: string[] };

/**
 * Matches a source key to the keys the source reports (`availableTagKeys`) as names are
 * matched: exactly, else case-insensitively when only one matches. Without such a report
 * every key exists as written. Each resolution is observed state, so it joins the digest.
 */
export function resolveTagKey(walk: Walk, wanted: string): ResolvedTagKey {
  const cached = walk.tagKeys.get(wanted);
  if (cached) return cached;
  const available = walk.input.observed.availableTagKeys;
  let resolved: ResolvedTagKey = { key: wanted, exists: true };
  if (available !== undefined) {
    const exact = available.find((candidate) => candidate.name === wanted);
    const folded = wanted.toLowerCase();
    const candidates = exact ? [exact] : available.filter((candidate) => candidate.name.toLowerCase() === folded);
    const [only] = candidates;
    if (candidates.length > 1) resolved = { ambiguous: candidates.map((candidate) => candidate.name).sort(compareText) };
    else if (only === undefined) resolved = { key: wanted, exists: false };
    else resolved = { key: only.name, exists: true, ...(only.allowedValues ? { allowedValues: only.allowedValues } : {}) };
    walk.digestEntries.push(['tag key', wanted, resolved]);
  }
  walk.tagKeys.set(wanted, resolved);
  return resolved;
}

/** Why a key that restricts its values refuses this one, or null. */
function notAllowed(resolved: { key: string; allowedValues?: readonly string[] }, value: string): string | null {
  const allowed = resolved.allowedValues;
  if (allowed === undefined || allowed.includes(value)) return null;
  const shown = allowed.slice(0, 10).map((one) => JSON.stringify(one)).join(', ');
  const more = allowed.length > 10 ? `, … (${allowed.length} in all)` : '';
  return `${JSON.stringify(value)} is not an allowed value of tag key "${resolved.key}" (allowed: ${shown}${more})`;
}

function conflict(walk: Walk, object: ObjectRef, field: Field, location: SourceLocation, reason: string): void {
  walk.conflicts.push({ service: walk.input.name, object, field, location, reason });
}
