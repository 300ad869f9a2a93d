/**
 * The reviewed change set: what a person saw in a plan (every change's object, field, action,
 * before, after and the statements that carry it). A saved plan, or the plan a pull-request
 * comment showed, is applied only when a plan made now has exactly this change set: digests
 * alone cannot tell that the statements in a file are the ones revmeta renders.
 */
import { canonicalJson, sha256 } from '../plan/digest.js';
import { describeObject } from '../plan/formatting.js';
import { statementBody, type Change, type PlannedStatement } from '../model/change.js';
import type { Plan } from '../plan/types.js';

/** Changes and the statements they name: what a reviewer saw. */
export type ChangeSet = Pick<Plan, 'changes' | 'statements'>;

/**
 * Each statement's digest by id (where it runs and what it runs, not its id): a change's
 * statements are compared by these, so the statements are covered without one copy per change.
 */
export function statementDigests(statements: readonly PlannedStatement[]): Map<number, string> {
  return new Map(statements.map((statement) => [statement.id, sha256(canonicalJson([statement.service, statement.database, statementBody(statement)]))]));
}

/** The digests of a change's statements, in its order; an id the plan lacks is named as missing. */
export function statementsOfChange(change: Change, digests: ReadonlyMap<number, string>): string[] {
  return change.statements.map((id) => digests.get(id) ?? `missing statement ${id}`);
}

/** One change as a reviewer saw it, in a fixed key order. */
function entryOf(change: Change, digests: ReadonlyMap<number, string>): unknown[] {
  return [
    change.service,
    change.object.kind,
    change.object.database ?? null,
    change.object.schema ?? null,
    change.object.table ?? null,
    change.object.column ?? null,
    change.field,
    change.tag ?? null,
    change.action,
    change.before,
    change.after,
    statementsOfChange(change, digests),
  ];
}

/** The fingerprint of a plan's change set: `sha256:…` over every change with its statements, in plan order, and its target. */
export function changeSetFingerprint(plan: Pick<Plan, 'changes' | 'statements' | 'target'>): string {
  const digests = statementDigests(plan.statements);
  const lines = plan.changes.map((change) => canonicalJson(entryOf(change, digests)));
  return sha256(`${plan.target ?? 'sources'}\n${lines.join('\n')}`);
}

/** What a change is about within its service: object and field (a tag's key included). */
export function objectFieldKey(change: Change): string {
  const field = change.field === 'tag' ? `tag ${change.tag ?? ''}` : change.field;
  return `${change.object.kind} ${describeObject(change.object)} ${field}`;
}

/** A change's identity (what it is about, not its values), for naming where two plans differ. */
export function changeKey(change: Change): string {
  return `${change.service}: ${objectFieldKey(change)}`;
}

export interface ChangeSetDifference {
  /** The change's identity (service, object, field). */
  key: string;
  /** What differs: `only in the reviewed plan`, `only in a plan made now`, `after`, `statements`, … */
  what: string;
}

/**
 * Where two change sets differ, entry by entry: changes only in one of them, and for changes
 * about the same field, which of action/before/after/statements differ, and order. Empty when
 * they are equal (then their fingerprints are equal too).
 */
export function changeSetDifferences(reviewedSet: ChangeSet, nowSet: ChangeSet): ChangeSetDifference[] {
  const differences: ChangeSetDifference[] = [];
  const reviewed = reviewedSet.changes;
  const now = nowSet.changes;
  const reviewedDigests = statementDigests(reviewedSet.statements);
  const nowDigests = statementDigests(nowSet.statements);
  const index = (changes: readonly Change[]) => {
    const byKey = new Map<string, Change[]>();
    for (const change of changes) {
      const key = changeKey(change);
      const list = byKey.get(key);
      if (list) list.push(change);
      else byKey.set(key, [change]);
    }
    return byKey;
  };
  const before = index(reviewed);
  const after = index(now);
  for (const [key, list] of before) {
    const fresh = after.get(key) ?? [];
    for (let i = 0; i < Math.max(list.length, fresh.length); i++) {
      const a = list[i];
      const b = fresh[i];
      if (!b) differences.push({ key, what: 'only in the reviewed plan' });
      else if (!a) differences.push({ key, what: 'only in a plan made now' });
      else {
        const fields: string[] = [];
        if (a.action !== b.action) fields.push(`action (${a.action} → ${b.action})`);
        if (a.before !== b.before) fields.push('before');
        if (a.after !== b.after) fields.push('after');
        if (canonicalJson(statementsOfChange(a, reviewedDigests)) !== canonicalJson(statementsOfChange(b, nowDigests))) fields.push('statements');
        if (fields.length > 0) differences.push({ key, what: `differs in ${fields.join(', ')}` });
      }
    }
  }
  for (const [key, list] of after) {
    if (!before.has(key)) for (let i = 0; i < list.length; i++) differences.push({ key, what: 'only in a plan made now' });
  }
  if (differences.length === 0 && reviewed.length === now.length) {
    // Same entries: a different order would run statements in another order than reviewed.
    for (let i = 0; i < reviewed.length; i++) {
      if (changeKey(reviewed[i]!) !== changeKey(now[i]!)) {
        differences.push({ key: changeKey(reviewed[i]!), what: 'in another position than in a plan made now' });
        break;
      }
    }
  }
  return differences;
}
