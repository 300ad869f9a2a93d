/**
 * The reviewed change set: what a person saw in a plan (every change's object, field, action,
 * before, after and the statements that carry it). A saved plan, or the plan a pull-request
 * comment showed, is applied only when a plan made now has exactly this change set: digests
 * alone cannot tell that the statements in a file are the ones revmeta compiles.
 */
import { createHash } from 'node:crypto';
import { canonicalJson, sha256 } from '../plan/digest.js';
import { describeObject } from '../plan/formatting.js';
import { statementBody, type Change, type PlannedStatement } from '../model/change.js';
import type { Plan } from '../plan/types.js';

/** Changes and the statements they name: what a reviewer saw. */
export type ChangeSet = Pick<Plan, 'changes' | 'statements'>;

/** What a statement is compared by: where it runs and what it runs, not its id. */
function statementIdentity(statement: PlannedStatement): string {
  return canonicalJson([statement.service, statement.database, statementBody(statement)]);
}

/**
 * Each statement's digest by id (where it runs and what it runs, not its id): a change's
 * statements are compared by these, so the statements are covered without one copy per change.
 */
export function statementDigests(statements: readonly PlannedStatement[]): Map<number, string> {
  return new Map(statements.map((statement) => [statement.id, sha256(statementIdentity(statement))]));
}

const DIGEST_BYTES = 32;

/**
 * The statement digests of one list, in list order, 32 bytes each in one buffer: a plan's
 * millions of statements cost tens of megabytes here, not a string and a map entry each.
 * Ids are positions while they are consecutive (as revmeta numbers them); others get a map.
 */
export class StatementDigestIndex {
  private buffer = Buffer.alloc(DIGEST_BYTES * 1024);
  private count = 0;
  private firstId: number | undefined;
  /** Position by id, once the ids stop being consecutive. */
  private positions: Map<number, number> | undefined;

  get size(): number {
    return this.count;
  }

  /** Records the next statement of the list; false when its id is already listed. */
  add(statement: PlannedStatement): boolean {
    if (this.has(statement.id)) return false;
    this.firstId ??= statement.id;
    if (this.positions === undefined && statement.id !== this.firstId + this.count) {
      this.positions = new Map(Array.from({ length: this.count }, (_, position) => [this.firstId! + position, position]));
    }
    this.positions?.set(statement.id, this.count);
    if ((this.count + 1) * DIGEST_BYTES > this.buffer.length) {
      const grown = Buffer.alloc(this.buffer.length * 2);
      this.buffer.copy(grown);
      this.buffer = grown;
    }
    createHash('sha256').update(statementIdentity(statement)).digest().copy(this.buffer, this.count * DIGEST_BYTES);
    this.count++;
    return true;
  }

  has(id: number): boolean {
    return this.positionOf(id) !== undefined;
  }

  /** The digest of the statement with this id, as text; undefined when the list lacks it. */
  digestOf(id: number): string | undefined {
    const position = this.positionOf(id);
    return position === undefined ? undefined : this.digestAt(position);
  }

  /** The digest of the statement at this position of the list, as text. */
  digestAt(position: number): string | undefined {
    if (position >= this.count) return undefined;
    return this.buffer.toString('base64', position * DIGEST_BYTES, (position + 1) * DIGEST_BYTES);
  }

  private positionOf(id: number): number | undefined {
    if (this.positions !== undefined) return this.positions.get(id);
    if (this.firstId === undefined || !Number.isInteger(id)) return undefined;
    const position = id - this.firstId;
    return position >= 0 && position < this.count ? position : undefined;
  }
}

/** The digests of a change's statements, in its order; an id the plan lacks is named as missing. */
export function statementsOfChange(change: Change, digests: ReadonlyMap<number, string> | StatementDigestIndex): string[] {
  const digestOf = digests instanceof StatementDigestIndex ? (id: number) => digests.digestOf(id) : (id: number) => digests.get(id);
  return change.statements.map((id) => digestOf(id) ?? `missing statement ${id}`);
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
  const fingerprint = new ChangeSetFingerprint(plan.target);
  fingerprint.add(plan.changes, plan.statements);
  return fingerprint.digest();
}

/**
 * `changeSetFingerprint` fed a plan step at a time (a `PlanEntrySink` of `planWorkspace`), so a
 * plan of millions of changes is fingerprinted without being held: the same value for the same
 * plan. A step's changes name only that step's statements (each step is compiled on its own), so
 * only one step's statement digests are held at a time.
 */
export class ChangeSetFingerprint {
  private readonly hash = createHash('sha256');
  private first = true;

  constructor(target: Plan['target']) {
    this.hash.update(`${target ?? 'sources'}\n`);
  }

  add(changes: readonly Change[], statements: readonly PlannedStatement[]): void {
    const digests = statementDigests(statements);
    for (const change of changes) {
      this.hash.update(`${this.first ? '' : '\n'}${canonicalJson(entryOf(change, digests))}`);
      this.first = false;
    }
  }

  /** The fingerprint of every change added (call once, when the plan is made). */
  digest(): string {
    return `sha256:${this.hash.digest('hex')}`;
  }
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


/** One side's change waiting for the other side's change about the same field. */
interface PendingChange {
  /** Position in its plan's change list. */
  index: number;
  service: string;
  field: string;
  action: Change['action'];
  before: string | null;
  after: string | null;
  /** Its statements' digests, joined. */
  statements: string;
}

/** At most this many differences (and moved objects per service) are kept to be named. */
const NAMED = 10;

/** The first `NAMED` of a growing list by `before`, and how many there were: a bounded record of millions. */
class FirstOf<T> {
  private items: T[] = [];
  count = 0;

  constructor(private readonly before: (a: T, b: T) => number) {}

  add(item: T): void {
    this.count++;
    this.items.push(item);
    if (this.items.length > 100 * NAMED) this.items = this.items.sort(this.before).slice(0, NAMED);
  }

  first(): T[] {
    return this.items.sort(this.before).slice(0, NAMED);
  }
}

type Ordered = ChangeSetDifference & { order: [number, number] };
const byOrder = (a: Ordered, b: Ordered) => a.order[0] - b.order[0] || a.order[1] - b.order[1];

/**
 * Where two change sets differ, entry by entry, fed one change at a time from each (a reviewed
 * plan and a plan made now), in any interleaving: a change waits only until the other side
 * brings the change about the same field, so two plans that are equal, or differ in a few
 * entries, are compared in memory bounded by their differences, however many changes they hold.
 * The i-th change about a field in one plan is compared with the i-th in the other: changes in
 * one plan only, which of action/before/after/statements differ, and whether the order differs.
 * The differences named are the first ones in the reviewed plan's order, then those only in the
 * plan made now, in its order.
 */
export class ChangeSetComparison {
  private readonly waiting = { reviewed: new Map<string, PendingChange[]>(), now: new Map<string, PendingChange[]>() };
  private readonly counts = { reviewed: 0, now: 0 };
  /** Keys by position on the side that is ahead, to find the first change out of place. */
  private readonly keysAhead = new Map<number, string>();
  private aheadSide: 'reviewed' | 'now' = 'reviewed';
  private misplaced: { index: number; key: string } | undefined;
  private readonly differences = new FirstOf<Ordered>(byOrder);
  private readonly moved = new Map<string, FirstOf<string>>();

  constructor(
    private readonly reviewedDigests: StatementDigestIndex,
    private readonly nowDigests: () => StatementDigestIndex,
  ) {}

  /** The reviewed plan's next change. */
  reviewed(change: Change): void {
    this.take('reviewed', change, this.reviewedDigests);
  }

  /** The next change of the plan made now (its statements in the index `nowDigests` gives at this time). */
  now(change: Change): void {
    this.take('now', change, this.nowDigests());
  }

  /** How many changes differ, the first ones named, and per service the objects whose change differs. */
  result(): { count: number; first: ChangeSetDifference[]; moved(service: string): { count: number; first: string[] } } {
    for (const side of ['reviewed', 'now'] as const) {
      for (const [key, list] of this.waiting[side]) for (const change of list) this.differ(key, change, side === 'reviewed' ? 'only in the reviewed plan' : 'only in a plan made now', side);
      this.waiting[side].clear();
    }
    if (this.differences.count === 0 && this.counts.reviewed === this.counts.now && this.misplaced) {
      // Same entries: a different order would run statements in another order than reviewed.
      this.differences.add({ key: this.misplaced.key, what: 'in another position than in a plan made now', order: [0, this.misplaced.index] });
    }
    return {
      count: this.differences.count,
      first: this.differences.first().map(({ key, what }) => ({ key, what })),
      moved: (service) => {
        const moved = this.moved.get(service);
        return { count: moved?.count ?? 0, first: moved?.first() ?? [] };
      },
    };
  }

  private take(side: 'reviewed' | 'now', change: Change, digests: StatementDigestIndex): void {
    const key = changeKey(change);
    const index = this.counts[side]++;
    this.placed(side, index, key);
    const entry: PendingChange = {
      index,
      service: change.service,
      field: objectFieldKey(change),
      action: change.action,
      before: change.before,
      after: change.after,
      statements: statementsOfChange(change, digests).join(' '),
    };
    const other = side === 'reviewed' ? 'now' : 'reviewed';
    const match = this.waiting[other].get(key);
    if (match === undefined) {
      const list = this.waiting[side].get(key);
      if (list) list.push(entry);
      else this.waiting[side].set(key, [entry]);
      return;
    }
    const paired = match.shift()!;
    if (match.length === 0) this.waiting[other].delete(key);
    const [reviewed, now] = side === 'reviewed' ? [entry, paired] : [paired, entry];
    const fields: string[] = [];
    if (reviewed.action !== now.action) fields.push(`action (${reviewed.action} → ${now.action})`);
    if (reviewed.before !== now.before) fields.push('before');
    if (reviewed.after !== now.after) fields.push('after');
    if (reviewed.statements !== now.statements) fields.push('statements');
    if (fields.length > 0) this.differ(key, reviewed, `differs in ${fields.join(', ')}`, 'reviewed');
  }

  /** Notes the first position where the two plans' changes are about different fields. */
  private placed(side: 'reviewed' | 'now', index: number, key: string): void {
    if (this.misplaced !== undefined) return;
    const otherKey = side !== this.aheadSide ? this.keysAhead.get(index) : undefined;
    if (otherKey === undefined) {
      if (this.keysAhead.size === 0) this.aheadSide = side;
      if (side === this.aheadSide) this.keysAhead.set(index, key);
      return;
    }
    this.keysAhead.delete(index);
    if (otherKey !== key) this.misplaced = { index, key: side === 'reviewed' ? key : otherKey };
  }

  private differ(key: string, change: PendingChange, what: string, side: 'reviewed' | 'now'): void {
    this.differences.add({ key, what, order: [side === 'reviewed' ? 0 : 1, change.index] });
    let moved = this.moved.get(change.service);
    if (!moved) this.moved.set(change.service, (moved = new FirstOf<string>((a, b) => (a < b ? -1 : a > b ? 1 : 0))));
    moved.add(change.field);
  }
}
