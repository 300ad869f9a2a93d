/**
 * The review the Action's apply relies on: what a pull request's plan comment showed (its
 * marker's record) against a plan made now. The fingerprint decides; the short per-change
 * hashes only help say what differs, since the comment's markdown cannot be read back.
 */
import { canonicalJson, sha256 } from '../plan/digest.js';
import { changeKey, changeSetFingerprint, statementDigests, statementsOfChange } from '../core/reviewed.js';
import { scopeDigest } from '../core/changed.js';
import type { Change, Plan } from '../plan/types.js';
import type { PlanStatus, ReviewRecord } from './comment.js';

/** Above this many changes the marker holds counts only (each entry costs 27 characters of the comment). */
export const MAX_REVIEW_ENTRIES = 100;

const short = (value: unknown): string => sha256(canonicalJson(value)).slice('sha256:'.length, 'sha256:'.length + 8);

/** `identity.before.rest`: which change, the source's value it starts from, and what it does. */
function entryOf(change: Change, digests: ReadonlyMap<number, string>): string {
  return [short(changeKey(change)), short(change.before), short([change.action, change.after, statementsOfChange(change, digests)])].join('.');
}

function entriesOf(plan: Pick<Plan, 'changes' | 'statements'>): string[] {
  const digests = statementDigests(plan.statements);
  return plan.changes.map((change) => entryOf(change, digests));
}

/**
 * The record a plan comment carries for `plan`, planned at `head`. A plan made a step at a time
 * holds only its first changes: `whole` gives its fingerprint and how many changes it has.
 */
export function reviewRecord(plan: Plan, head: string | undefined, whole?: { fingerprint: string; changes: number }): ReviewRecord {
  const status: PlanStatus = plan.conflicts.length > 0 ? 'conflicts' : 'ok';
  const changes = whole?.changes ?? plan.changes.length;
  return {
    fingerprint: whole?.fingerprint ?? changeSetFingerprint(plan),
    ...(head ? { head } : {}),
    status,
    changes,
    conflicts: plan.conflicts.length,
    ...(changes <= MAX_REVIEW_ENTRIES && changes === plan.changes.length ? { entries: entriesOf(plan) } : {}),
    ...(plan.scope ? { scope: scopeDigest(plan.scope) } : {}),
  };
}

/**
 * What differs between the reviewed record and a plan made now, one line per change where the
 * record holds entries (and the plan all its changes), else counts. Only hints: the fingerprint
 * is what refuses. `changes`: how many the plan made now has, when it holds only its first ones.
 */
export function reviewDifferences(record: ReviewRecord, plan: Plan, changes = plan.changes.length): string[] {
  const lines: string[] = [];
  if (record.entries && record.entries.length === record.changes && changes === plan.changes.length) {
    const unmatched = [...record.entries];
    const fresh: Array<{ change: Change; entry: string }> = [];
    const digests = statementDigests(plan.statements);
    for (const change of plan.changes) {
      const entry = entryOf(change, digests);
      const at = unmatched.indexOf(entry);
      if (at >= 0) unmatched.splice(at, 1);
      else fresh.push({ change, entry });
    }
    for (const { change, entry } of fresh) {
      const [identity, before, rest] = entry.split('.');
      const at = unmatched.findIndex((reviewed) => reviewed.startsWith(`${identity}.`));
      const key = changeKey(change);
      if (at < 0) {
        lines.push(`${key}: not in the reviewed plan (the manifests or the source changed since)`);
        continue;
      }
      const [, reviewedBefore, reviewedRest] = unmatched.splice(at, 1)[0]!.split('.');
      const causes: string[] = [];
      if (reviewedBefore !== before) causes.push('its value at the source changed since the plan (drift)');
      if (reviewedRest !== rest) causes.push('what it writes changed since the plan (the manifests or config changed: did the default branch move?)');
      lines.push(`${key}: ${causes.join('; ') || 'differs from the reviewed change'}`);
    }
    if (unmatched.length > 0) {
      lines.push(`${unmatched.length} reviewed change(s) are no longer planned (applied meanwhile, or the manifests or the source changed)`);
    }
    if (lines.length === 0) lines.push('the same changes, in another order or for another target');
  } else {
    lines.push(
      `the reviewed plan had ${record.changes ?? 'an unknown number of'} change(s), the plan made now has ${changes}; ` +
        'a value at the source changed since the plan (drift), or the manifests or config changed (the default branch moved)',
    );
  }
  return lines;
}
