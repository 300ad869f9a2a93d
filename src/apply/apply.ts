/**
 * Runs planned changes through their connectors. Outcomes are data: every change ends
 * applied, failed (with the statement and the engine's message) or not run (with why).
 * Where the connector's DDL is transactional, each database's changes run in transactions
 * (one, or as many consecutive ones as the server's lock budget needs), each atomic: a failure
 * rolls back its own transaction and stops the later ones of that database.
 */
import { ApplyLockBusyError, BatchStatementError, type Capabilities, type Driver, type DriverSession } from '../connectors/types.js';
import { statementBody, statementText, type ApplyResult, type Change, type ChangeResult, type PlannedStatement, type TransactionResult } from '../model/change.js';
import { tableOf } from '../model/fqn.js';
import { addLock, databaseKeyOf, lockKeys, TransactionCutter, type StatementLocks } from './transactions.js';

/** What apply runs: changes, and the plan's statements they name by id. */
export interface ApplyWork {
  changes: readonly Change[];
  statements: readonly PlannedStatement[];
}

/** What apply runs one service's statements through: its driver, and what the source can do (transactional DDL). */
export interface ApplyConnection {
  driver: Driver;
  capabilities: Capabilities;
  /**
   * Transactional systems: `auto` (default) splits a database's changes into consecutive
   * transactions within the server's lock budget (`DriverSession.lockBudget`); `single` keeps
   * one transaction per database, for a server configured to hold that many locks.
   */
  transactions?: TransactionMode;
  /**
   * Without transactional DDL: sessions running statements of different tables at once
   * (the service's `concurrency`, else the connector's `applyConcurrency`); default 1.
   */
  concurrency?: number;
}

export type TransactionMode = 'auto' | 'single';

export interface ApplyOptions {
  /** Go on with the next database after a failure (the failed database is still rolled back). */
  continueOnError?: boolean;
  onProgress?: (event: { service: string; database: string; done: number; total: number }) => void;
}

interface Batch {
  service: string;
  database: string;
  changes: Change[];
}

/** A statement to run once, its text as shown, and the results of the changes it carries. */
interface Step {
  statement: PlannedStatement;
  text: string;
  results: ChangeResult[];
}

export async function applyChanges(work: ApplyWork, targets: ReadonlyMap<string, ApplyConnection>, options: ApplyOptions = {}): Promise<ApplyResult> {
  const { changes } = work;
  const statementsById = new Map(work.statements.map((statement) => [statement.id, statement]));
  const results: ChangeResult[] = changes.map((change) => ({ change, status: 'not_run' }));
  const resultOf = new Map(changes.map((change, i) => [change, results[i]!]));
  const transactions: TransactionResult[] = [];
  let stopped: string | null = null;
  for (const batch of batchesOf(changes)) {
    const batchResults = batch.changes.map((change) => resultOf.get(change)!);
    if (stopped !== null) {
      for (const result of batchResults) result.reason = stopped;
      continue;
    }
    const target = targets.get(batch.service);
    if (!target) {
      fail(batchResults, undefined, `no connection for service "${batch.service}"`);
    } else {
      await applyBatch(batch, batchResults, statementsById, target, options, transactions);
    }
    if (batchResults.some((result) => result.status === 'failed') && !options.continueOnError) {
      stopped = `not run: apply stopped after a failure in ${batch.service}/${batch.database}`;
    }
  }
  return { results, summary: summariseResults(results), ...(transactions.length > 0 ? { transactions } : {}) };
}

/** Groups changes by service and database, keeping the plan's order. */
function batchesOf(changes: readonly Change[]): Batch[] {
  const batches = new Map<string, Batch>();
  for (const change of changes) {
    const key = databaseKeyOf(change.service, change.object.database);
    let batch = batches.get(key);
    if (!batch) {
      batch = { service: change.service, database: change.object.database, changes: [] };
      batches.set(key, batch);
    }
    batch.changes.push(change);
  }
  return [...batches.values()];
}

/** Statements in first-appearance order; a batched statement named by several changes runs once. */
function stepsOf(batch: Batch, results: ChangeResult[], statementsById: ReadonlyMap<number, PlannedStatement>): Step[] {
  const steps = new Map<number, Step>();
  batch.changes.forEach((change, i) => {
    for (const id of change.statements) {
      let step = steps.get(id);
      if (!step) {
        const statement = statementsById.get(id);
        // parseSavedPlan checks every id; a caller passing changes without their statements is a bug.
        if (!statement) throw new Error(`change ${i} of ${batch.service}/${batch.database} names statement ${id}, which the plan does not hold`);
        step = { statement, text: statementText(statementBody(statement)), results: [] };
        steps.set(id, step);
      }
      step.results.push(results[i]!);
    }
  });
  return [...steps.values()];
}

/** Runs one statement alone: SQL through `execute`, a typed request through the session's `send`. */
async function runStep(session: DriverSession, step: Step): Promise<void> {
  const body = statementBody(step.statement);
  if (body.kind === 'sql') return session.execute(body.text);
  if (!session.send) throw new Error(`this connection cannot send a ${body.kind} request`);
  return session.send(body);
}

async function applyBatch(
  batch: Batch,
  results: ChangeResult[],
  statementsById: ReadonlyMap<number, PlannedStatement>,
  target: ApplyConnection,
  options: ApplyOptions,
  transactions: TransactionResult[],
): Promise<void> {
  const steps = stepsOf(batch, results, statementsById);
  let session: DriverSession;
  try {
    session = await target.driver.open(batch.database);
  } catch (error) {
    fail(results, undefined, `could not connect to database "${batch.database}": ${messageOf(error)}`);
    return;
  }
  try {
    // Held by the session until it closes: across every transaction of a split apply, so another
    // apply cannot take its turn between two of them.
    try {
      await session.lockForApply?.();
    } catch (error) {
      // Another apply's turn, not a failure of these changes: they did not run, for one reason.
      if (error instanceof ApplyLockBusyError) {
        markNotRun(results, `not run: ${error.message}`);
        return;
      }
      fail(results, undefined, `could not lock the database for apply on database "${batch.database}": ${messageOf(error)}`);
      return;
    }
    if (target.capabilities.transactionalDdl) {
      await applyInTransactions(batch, steps, session, target, options, transactions);
      return;
    }
    const concurrency = Math.min(target.concurrency ?? 1, lanesOf(steps).lanes);
    if (concurrency > 1) {
      await applyConcurrently(batch, steps, session, target, concurrency, options);
      return;
    }
    await runSteps(session, steps, { batch, options, transaction: null, done: 0, total: steps.length });
  } finally {
    await session.close().catch(() => undefined);
  }
}

/** Where `runSteps` runs: inside a transaction (and how the rollback of its earlier statements is told), or not. */
interface RunContext {
  batch: Batch;
  options: ApplyOptions;
  /** The words for a rolled-back statement's scope ("this database", "this transaction"); null: no transaction. */
  transaction: string | null;
  /** Statements of the database run before these, and the database's total: for progress. */
  done: number;
  total: number;
}

/**
 * Runs steps in order, in round trips where the session batches inside a transaction. On a
 * failure: the failed step's changes failed, the transaction (if any) rolled back, the later
 * steps not run; returns the failed step's index, or undefined when all ran.
 */
async function runSteps(session: DriverSession, steps: readonly Step[], context: RunContext): Promise<number | undefined> {
  const { batch, options } = context;
  const batched = context.transaction !== null && session.executeBatch !== undefined;
  for (let index = 0; index < steps.length; ) {
    const chunk = batched ? nextChunk(steps, index) : [steps[index]!];
    try {
      if (batched && chunk[0]!.statement.kind === 'sql') await session.executeBatch!(chunk.map((step) => step.text));
      else {
        const refusal = chunk[0]!.statement.kind === 'sql' ? ((await session.refusal?.(chunk[0]!.text)) ?? null) : null;
        if (refusal !== null) {
          // Refused as planned-but-stale: the other statements of the database still run.
          markNotRun(chunk[0]!.results, `not run: ${refusal}`);
          index += 1;
          continue;
        }
        await runStep(session, chunk[0]!);
      }
    } catch (error) {
      const inChunk = error instanceof BatchStatementError ? error.index : 0;
      const failedAt = index + inChunk;
      const failed = steps[failedAt]!;
      for (const step of chunk.slice(0, inChunk)) markApplied(step);
      fail(failed.results, failed.text, messageOf(error instanceof BatchStatementError ? error.cause : error));
      if (context.transaction !== null) {
        await rollback(session, steps.slice(0, failedAt), failed.text, context.transaction);
      }
      const reason = `not run: an earlier statement failed (${shorten(failed.text)})`;
      for (const later of steps.slice(failedAt + 1)) markNotRun(later.results, reason);
      return failedAt;
    }
    chunk.forEach(markApplied);
    index += chunk.length;
    options.onProgress?.({ service: batch.service, database: batch.database, done: context.done + index, total: context.total });
  }
  return undefined;
}

/** Consecutive steps that commit together, and how many objects they lock. */
interface TransactionSteps {
  steps: Step[];
  objects: number;
}

/**
 * A database's changes on a transactional system: in one transaction, or, when the session
 * reports a lock budget (and the target does not ask for `single`), in consecutive ones that
 * each lock at most that many objects. Each commits on its own; a failure rolls back its
 * transaction and leaves the later ones not run (the earlier ones stay committed, so a re-run
 * plans only what is left).
 */
async function applyInTransactions(
  batch: Batch,
  steps: readonly Step[],
  session: DriverSession,
  target: ApplyConnection,
  options: ApplyOptions,
  transactions: TransactionResult[],
): Promise<void> {
  // A budget that cannot be read leaves one transaction, as a server without a limit.
  const budget = target.transactions === 'single' ? undefined : await session.lockBudget?.().catch(() => undefined);
  const groups = transactionsOf(steps, budget);
  const records = groups.map((group, i): TransactionResult => {
    return {
      service: batch.service,
      database: batch.database,
      index: i + 1,
      of: groups.length,
      status: 'not_run',
      objects: group.objects,
      // A database whose changes carry no statement still opens (and commits) one transaction.
      first: tableOf((group.steps[0]?.results[0]?.change ?? batch.changes[0]!).object),
      last: tableOf((group.steps.at(-1)?.results.at(-1)?.change ?? batch.changes.at(-1)!).object),
      changes: changesIn(group.steps),
      statements: group.steps.length,
    };
  });
  transactions.push(...records);
  const scope = groups.length > 1 ? 'this transaction' : 'this database';
  let done = 0;
  for (const [i, group] of groups.entries()) {
    const record = records[i]!;
    const error = await runTransaction(session, group.steps, { batch, options, transaction: scope, done, total: steps.length });
    if (error === undefined) {
      record.status = 'committed';
      done += group.steps.length;
      continue;
    }
    record.status = error.busy ? 'not_run' : 'rolled_back';
    record.error = error.message;
    if (i + 1 < groups.length) {
      const committed = i === 0 ? 'none committed' : `${i} committed`;
      const reason = `not run: transaction ${i + 1} of ${groups.length} on database "${batch.database}" failed (rolled back; ${committed})`;
      for (const later of groups.slice(i + 1)) for (const step of later.steps) markNotRun(step.results, reason);
    }
    return;
  }
}

/** Begins, runs and commits one transaction; what went wrong (undefined: committed). */
async function runTransaction(session: DriverSession, steps: readonly Step[], context: RunContext): Promise<{ message: string; busy?: true } | undefined> {
  const results = () => steps.flatMap((step) => step.results);
  try {
    await session.begin();
  } catch (error) {
    // Another apply's turn, not a failure of these changes: they did not run, for one reason.
    if (error instanceof ApplyLockBusyError) {
      markNotRun(results(), `not run: ${error.message}`);
      return { message: error.message, busy: true };
    }
    const message = `could not start the transaction on database "${context.batch.database}": ${messageOf(error)}`;
    fail(results(), undefined, message);
    return { message };
  }
  const failedAt = await runSteps(session, steps, context);
  if (failedAt !== undefined) return { message: steps[failedAt]!.results[0]?.error ?? 'a statement failed' };
  try {
    await session.commit();
  } catch (error) {
    const message = `commit failed: ${messageOf(error)}`;
    fail(results(), 'COMMIT', message);
    return { message };
  }
  return undefined;
}

/** The changes the steps carry, each once: a change named by several statements is in each one's results. */
function changesIn(steps: readonly Step[]): number {
  let count = 0;
  const shared = new Set<ChangeResult>();
  for (const step of steps) for (const result of step.results) if (result.change.statements.length > 1) shared.add(result); else count++;
  return count + shared.size;
}

/** Steps cut into consecutive transactions of at most `budget` locked objects (see TransactionCutter). No budget: one. */
function transactionsOf(steps: readonly Step[], budget: number | undefined): TransactionSteps[] {
  const cutter = new TransactionCutter(budget);
  const keyOf = lockKeys();
  const joins = cutter.take(steps.map((step) => step.results.reduce<StatementLocks | undefined>((locks, { change }) => addLock(locks, keyOf(change)), undefined) ?? new Set()));
  const groups = cutter.objects.map((objects): TransactionSteps => ({ steps: [], objects }));
  if (groups.length === 0) groups.push({ steps: [], objects: 0 });
  steps.forEach((step, i) => groups[joins[i]!]!.steps.push(step));
  return groups;
}

/**
 * A part of a database's statements: table lanes that may run at once (each lane one table's
 * statements, in plan order), or one statement that runs alone.
 */
type Segment = { lanes: Step[][] } | { alone: Step };

/**
 * Cuts the steps, in plan order, into segments: a step carrying changes of one table joins
 * that table's lane; any other step (a database's or schema's, or one carrying changes of
 * several tables, as Snowflake's CREATE TAG before the SET TAGs that need it) runs alone,
 * after every step before it and before every step after it.
 */
function lanesOf(steps: readonly Step[]): { segments: Segment[]; lanes: number } {
  const segments: Segment[] = [];
  let open: Map<string, Step[]> | null = null;
  let widest = 0;
  for (const step of steps) {
    const table = tableKeyOf(step);
    if (table === null) {
      open = null;
      segments.push({ alone: step });
      widest = Math.max(widest, 1);
      continue;
    }
    if (open === null) {
      open = new Map();
      segments.push({ lanes: [] });
    }
    let lane = open.get(table);
    if (!lane) {
      lane = [];
      open.set(table, lane);
      (segments.at(-1) as { lanes: Step[][] }).lanes.push(lane);
      widest = Math.max(widest, open.size);
    }
    lane.push(step);
  }
  return { segments, lanes: widest };
}

/** The one table whose changes the step carries, as a key; null for anything else. */
function tableKeyOf(step: Step): string | null {
  let key: string | null = null;
  for (const { change } of step.results) {
    if (change.object.table === undefined) return null;
    const table = JSON.stringify([change.object.schema, change.object.table]);
    if (key !== null && key !== table) return null;
    key = table;
  }
  return key;
}

/**
 * Runs a database's statements on up to `concurrency` sessions: `lockSession` (which holds the
 * apply lock, and keeps it until the others are closed) and more opened for this. At the first
 * failure nothing more is started; statements in flight finish and keep their outcome; the
 * rest are not run, with the reason.
 */
async function applyConcurrently(
  batch: Batch,
  steps: readonly Step[],
  lockSession: DriverSession,
  target: ApplyConnection,
  concurrency: number,
  options: ApplyOptions,
): Promise<void> {
  const { segments } = lanesOf(steps);
  const sessions = [lockSession, ...(await openSessions(target.driver, batch.database, concurrency - 1))];
  const state: { failed: Step | null; done: number } = { failed: null, done: 0 };
  const started = new Set<Step>();
  const runOne = async (session: DriverSession, step: Step) => {
    started.add(step);
    try {
      const refusal = step.statement.kind === 'sql' ? ((await session.refusal?.(step.text)) ?? null) : null;
      if (refusal !== null) markNotRun(step.results, `not run: ${refusal}`);
      else {
        await runStep(session, step);
        markApplied(step);
      }
    } catch (error) {
      fail(step.results, step.text, messageOf(error));
      state.failed ??= step;
    }
    state.done += 1;
    options.onProgress?.({ service: batch.service, database: batch.database, done: state.done, total: steps.length });
  };
  try {
    for (const segment of segments) {
      if (state.failed !== null) break;
      if ('alone' in segment) {
        await runOne(lockSession, segment.alone);
        continue;
      }
      let next = 0;
      const worker = async (session: DriverSession) => {
        while (state.failed === null && next < segment.lanes.length) {
          for (const step of segment.lanes[next++]!) {
            if (state.failed !== null) break;
            await runOne(session, step);
          }
        }
      };
      await Promise.all(sessions.map(worker));
    }
  } finally {
    await Promise.all(sessions.slice(1).map((session) => session.close().catch(() => undefined)));
  }
  if (state.failed !== null) {
    const reason = `not run: an earlier statement failed (${shorten(state.failed.text)})`;
    for (const step of steps) if (!started.has(step)) markNotRun(step.results, reason);
  }
}

/**
 * Up to `count` more sessions on the database. One that cannot be opened (a connection limit
 * reached) only lowers the concurrency: the statements still run on the others.
 */
async function openSessions(driver: Driver, database: string, count: number): Promise<DriverSession[]> {
  const opened = await Promise.allSettled(Array.from({ length: count }, () => driver.open(database)));
  return opened.flatMap((outcome) => (outcome.status === 'fulfilled' ? [outcome.value] : []));
}

/**
 * Statements sent in one round trip: enough to take the per-statement latency out of a
 * big apply, small enough that a failure's replay (see executeBatch) stays short.
 */
const BATCH_MAX_STATEMENTS = 500;
const BATCH_MAX_CHARS = 1 << 20;

/** Consecutive SQL statements to send in one round trip; a request (never batched) goes alone. */
function nextChunk(steps: readonly Step[], start: number): Step[] {
  if (steps[start]!.statement.kind !== 'sql') return [steps[start]!];
  const chunk: Step[] = [];
  let chars = 0;
  for (let index = start; index < steps.length && chunk.length < BATCH_MAX_STATEMENTS; index++) {
    const step = steps[index]!;
    if (step.statement.kind !== 'sql') break;
    if (chunk.length > 0 && chars + step.text.length > BATCH_MAX_CHARS) break;
    chunk.push(step);
    chars += step.text.length;
  }
  return chunk;
}

function markApplied(step: Step): void {
  for (const result of step.results) if (result.status === 'not_run') result.status = 'applied';
}

/** Earlier statements of a rolled-back transaction did not take effect: they are "not run". */
async function rollback(session: DriverSession, done: readonly Step[], failedSql: string, scope: string): Promise<void> {
  await session.rollback().catch(() => undefined);
  const reason = `rolled back: a later statement of ${scope} failed (${shorten(failedSql)})`;
  for (const step of done) {
    for (const result of step.results) {
      if (result.status === 'applied') {
        result.status = 'not_run';
        result.reason = reason;
      }
    }
  }
}

function fail(results: readonly ChangeResult[], statement: string | undefined, error: string): void {
  for (const result of results) {
    result.status = 'failed';
    result.error = error;
    if (statement !== undefined) result.statement = statement;
    delete result.reason;
  }
}

function markNotRun(results: readonly ChangeResult[], reason: string): void {
  for (const result of results) {
    if (result.status !== 'failed') {
      result.status = 'not_run';
      result.reason = reason;
    }
  }
}

export function summariseResults(results: readonly ChangeResult[]): ApplyResult['summary'] {
  const count = (status: ChangeResult['status']) => results.filter((r) => r.status === status).length;
  return { applied: count('applied'), failed: count('failed'), notRun: count('not_run') };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function shorten(sql: string): string {
  const line = sql.replace(/\s+/g, ' ');
  return line.length > 120 ? `${line.slice(0, 119)}…` : line;
}
