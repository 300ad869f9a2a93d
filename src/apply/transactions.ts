/**
 * How a database's statements are cut into consecutive transactions within the server's lock
 * budget: one rule for apply, which runs them, and for the plan, which says how many there will be.
 */
import type { Change } from '../model/change.js';
import { tableOf } from '../model/fqn.js';
import type { ObjectRef } from '../model/types.js';
import type { DatabaseTransactions, ServiceApply } from '../plan/types.js';

/** The key of one database of one service: what apply batches, stops and numbers transactions by. */
export function databaseKeyOf(service: string, database: string): string {
  return JSON.stringify([service, database]);
}

/** The object a change keeps locked until commit: its table for a column, else the object itself. */
export function lockKeyOf(change: Change): string {
  const object = tableOf(change.object);
  return JSON.stringify([object.kind, object.database, object.schema ?? null, object.table ?? null]);
}

/**
 * `lockKeyOf` that gives the previous key again while the changes stay on one locked object:
 * a table's changes come together, so most calls build no key, and one table's key is one
 * string, hashed once by the maps and sets it goes in (200,000 changes: a few ms, not 100).
 */
export function lockKeys(): (change: Change) => string {
  let last: ObjectRef | undefined;
  let key = '';
  return (change) => {
    const object = change.object;
    if (last === undefined || !sameLockedObject(last, object)) {
      last = object;
      key = lockKeyOf(change);
    }
    return key;
  };
}

function sameLockedObject(a: ObjectRef, b: ObjectRef): boolean {
  const kind = (object: ObjectRef) => (object.kind === 'column' ? 'table' : object.kind);
  return a.database === b.database && a.schema === b.schema && a.table === b.table && kind(a) === kind(b);
}

/**
 * The objects one statement locks: nearly always one key, kept as the string itself so that
 * a plan of 200,000 statements makes no set per statement; several distinct keys as a set.
 */
export type StatementLocks = string | Set<string>;

/** `locks` (undefined: none yet) with `key` added, each key once. */
export function addLock(locks: StatementLocks | undefined, key: string): StatementLocks {
  if (locks === undefined || locks === key) return key;
  if (typeof locks === 'string') return new Set([locks, key]);
  return locks.add(key);
}

/**
 * Cuts statements, taken in run order a chunk at a time, into consecutive transactions of at
 * most `budget` locked objects (no budget: one transaction). A cut falls only where no object
 * of the transaction so far has a statement still to come in the chunk, so one table's
 * statements never straddle two transactions (a table whose statements are far apart can make
 * a transaction exceed the budget). The plan and apply both give a database's statements a
 * plan step at a time (apply a plan held whole as one chunk: a table's statements are in one
 * step, so it cuts alike).
 */
export class TransactionCutter {
  /** Objects each transaction so far locks, in order: its length is the number of transactions. */
  readonly objects: number[] = [];
  private locked = new Set<string>();

  constructor(private readonly budget: number | undefined) {}

  /** The locks of each statement of the chunk, in run order; returns the transaction (0-based) each joins. */
  take(locks: readonly StatementLocks[]): number[] {
    const keysOf = (statementLocks: StatementLocks): Iterable<string> => (typeof statementLocks === 'string' ? [statementLocks] : statementLocks);
    const lastUse = new Map<string, number>();
    locks.forEach((statementLocks, i) => {
      for (const key of keysOf(statementLocks)) lastUse.set(key, i);
    });
    let openUntil = -1;
    return locks.map((statementLocks, i) => {
      const statementKeys = keysOf(statementLocks);
      let added = 0;
      for (const key of statementKeys) if (!this.locked.has(key)) added++;
      const over = this.budget !== undefined && this.locked.size + added > this.budget;
      if (this.objects.length === 0 || (over && this.locked.size > 0 && openUntil < i)) {
        this.objects.push(0);
        this.locked = new Set();
      }
      for (const key of statementKeys) {
        this.locked.add(key);
        openUntil = Math.max(openUntil, lastUse.get(key)!);
      }
      this.objects[this.objects.length - 1] = this.locked.size;
      return this.objects.length - 1;
    });
  }
}

/** How apply runs a service: in transactions (sized within a lock budget, or one per database), or one statement at a time. */
export type ApplySizing = { transactions: 'auto' | 'single'; lockBudget?: number } | { concurrency: number };

/**
 * What the plan says about how apply will run a service (`PlannedService.apply`): counted as
 * the plan's steps come, per database the transactions apply's `TransactionCutter` will make,
 * without holding the changes.
 */
export class ApplyShape {
  private readonly databases = new Map<string, TransactionCutter>();

  constructor(private readonly sizing: ApplySizing) {}

  /** One planning step's changes in plan order (statement ids as that step numbers them). */
  add(changes: readonly Change[]): void {
    if (!('transactions' in this.sizing)) return;
    // As apply takes them: per database, statements in first-appearance order, each with the objects its changes lock.
    // A step numbers its statements 1, 2, …: an array indexed by id finds a statement's place without a map of them all.
    const statementsOf = new Map<string, { locks: StatementLocks[]; placeOf: number[] }>();
    const keyOf = lockKeys();
    for (const change of changes) {
      let statements = statementsOf.get(change.object.database);
      if (!statements) statementsOf.set(change.object.database, (statements = { locks: [], placeOf: [] }));
      const key = keyOf(change);
      for (const id of change.statements) {
        const place = statements.placeOf[id];
        if (place === undefined) statements.placeOf[id] = statements.locks.push(key) - 1;
        else statements.locks[place] = addLock(statements.locks[place], key);
      }
    }
    const budget = this.sizing.transactions === 'single' ? undefined : this.sizing.lockBudget;
    for (const [database, statements] of statementsOf) {
      let cutter = this.databases.get(database);
      if (!cutter) this.databases.set(database, (cutter = new TransactionCutter(budget)));
      cutter.take(statements.locks);
    }
  }

  result(): ServiceApply {
    if (!('transactions' in this.sizing)) return { atomic: 'statement', concurrency: this.sizing.concurrency };
    const databases: DatabaseTransactions[] = [...this.databases].map(([database, cutter]) => ({
      database,
      // A database whose changes carry no statement still opens (and commits) one transaction.
      transactions: Math.max(1, cutter.objects.length),
      objects: Math.max(0, ...cutter.objects),
    }));
    const { transactions, lockBudget } = this.sizing;
    return { atomic: 'transaction', transactions, ...(transactions === 'auto' && lockBudget !== undefined ? { lockBudget } : {}), databases };
  }
}
