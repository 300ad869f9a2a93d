/**
 * Runs planned changes through their connectors, a plan held whole or a plan step at a time.
 * Outcomes are data: every change ends applied, failed (with the statement and the engine's
 * message) or not run (with why). Where the connector's DDL is transactional, each database's
 * changes run in transactions (one, or as many consecutive ones as the server's lock budget
 * needs), each atomic: a failure rolls back its own transaction and stops the later ones of
 * that database.
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
  /**
   * Keep the result of every change (default). False: applied changes are only counted, and
   * the results list what failed or did not run, so that a plan of millions is never held.
   */
  keepApplied?: boolean;
  onProgress?: (event: { service: string; database: string; done: number; total: number }) => void;
}

/** One database's changes of a step, and their results (in the same order). */
interface Batch {
  service: string;
  database: string;
  changes: Change[];
  results: ChangeResult[];
}

/** A statement to run once, its text as shown, and the results of the changes it carries. */
interface Step {
  statement: PlannedStatement;
  text: string;
  results: ChangeResult[];
}

/** A plan's entries to run: held whole, or its steps in order (each step in memory only while it runs). */
export type ApplyInput = ApplyWork | AsyncIterable<ApplyWork>;

/**
 * Runs a plan, whole or a step at a time. Each database runs on one session, which takes the
 * apply lock once and keeps it until the database's last change has run, across steps; on a
 * transactional system its statements are cut into the transactions the plan stated (the same
 * `TransactionCutter`, fed the same steps), and a transaction may span two steps. A database's
 * changes come in consecutive steps (plan steps follow the manifests' order of databases), so
 * a database is done when the changes of another one begin: its last transaction commits and
 * its session closes then.
 */
export async function applyChanges(work: ApplyInput, targets: ReadonlyMap<string, ApplyConnection>, options: ApplyOptions = {}): Promise<ApplyResult> {
  const run = new PlanRun(targets, options);
  try {
    for await (const step of Symbol.asyncIterator in work ? work : [work]) await run.step(step);
    await run.finish();
  } finally {
    // After an error (a step that could not be read): an open transaction is not committed.
    await run.close();
  }
  return run.result();
}

/** A plan's apply: what each database's run reports, the stop after a failure, and the results. */
class PlanRun {
  private readonly results: ChangeResult[] = [];
  private readonly summary = { applied: 0, failed: 0, notRun: 0 };
  private readonly transactions: TransactionResult[] = [];
  private active: DatabaseRun | undefined;
  /** Why nothing more runs: a failure without continueOnError. */
  private stopped: string | null = null;
  /** Databases whose run failed, and why their changes that come later (out of order) do not run. */
  private readonly failedDatabases = new Map<string, string>();
  private readonly keepApplied: boolean;

  constructor(
    private readonly targets: ReadonlyMap<string, ApplyConnection>,
    private readonly options: ApplyOptions,
  ) {
    this.keepApplied = options.keepApplied !== false;
  }

  async step(work: ApplyWork): Promise<void> {
    const statementsById = new Map(work.statements.map((statement) => [statement.id, statement]));
    const results: ChangeResult[] = work.changes.map((change) => ({ change, status: 'not_run' }));
    // Kept in plan order; an outcome settled later (a transaction still open) is the same object.
    if (this.keepApplied) for (const result of results) this.results.push(result);
    for (const batch of batchesOf(work.changes, results)) {
      const key = databaseKeyOf(batch.service, batch.database);
      if (this.active && this.active.key !== key) await this.finishActive();
      if (!this.active) {
        const reason = this.stopped ?? this.failedDatabases.get(key);
        if (reason !== undefined) {
          markNotRun(batch.results, reason);
          this.settle(batch.results);
          continue;
        }
        const target = this.targets.get(batch.service);
        if (!target) {
          fail(batch.results, undefined, `no connection for service "${batch.service}"`);
          this.settle(batch.results);
          this.databaseFailed(batch.service, batch.database);
          continue;
        }
        this.active = new DatabaseRun(batch.service, batch.database, target, this.options, {
          settle: (settled) => this.settle(settled),
          transaction: (record) => this.transactions.push(record),
        });
      }
      await this.active.run(batch, stepsOf(batch, statementsById));
    }
  }

  async finish(): Promise<void> {
    if (this.active) await this.finishActive();
  }

  async close(): Promise<void> {
    await this.active?.close();
    this.active = undefined;
  }

  result(): ApplyResult {
    return { results: this.results, summary: { ...this.summary }, ...(this.transactions.length > 0 ? { transactions: this.transactions } : {}) };
  }

  private async finishActive(): Promise<void> {
    const run = this.active!;
    this.active = undefined;
    await run.finish();
    if (run.failed) this.databaseFailed(run.service, run.database);
  }

  private databaseFailed(service: string, database: string): void {
    this.failedDatabases.set(databaseKeyOf(service, database), `not run: an earlier statement on database "${database}" failed (${service}/${database})`);
    if (!this.options.continueOnError) this.stopped ??= `not run: apply stopped after a failure in ${service}/${database}`;
  }

  /** Outcomes that will not change any more: counted, and listed unless applied and not kept. */
  private settle(results: Iterable<ChangeResult>): void {
    for (const result of results) {
      this.summary[result.status === 'not_run' ? 'notRun' : result.status]++;
      if (!this.keepApplied && result.status !== 'applied') this.results.push(result);
    }
  }
}

/** Groups a step's changes (and their results) by service and database, keeping the plan's order. */
function batchesOf(changes: readonly Change[], results: readonly ChangeResult[]): Batch[] {
  const batches = new Map<string, Batch>();
  changes.forEach((change, i) => {
    const key = databaseKeyOf(change.service, change.object.database);
    let batch = batches.get(key);
    if (!batch) {
      batch = { service: change.service, database: change.object.database, changes: [], results: [] };
      batches.set(key, batch);
    }
    batch.changes.push(change);
    batch.results.push(results[i]!);
  });
  return [...batches.values()];
}

/** Statements in first-appearance order; a batched statement named by several changes runs once. */
function stepsOf(batch: Batch, statementsById: ReadonlyMap<number, PlannedStatement>): Step[] {
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
      step.results.push(batch.results[i]!);
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

/** A check read ahead (`DriverSession.prefetchRefusal`) for the statement a session runs next (wrapped: an async function's result would await it). */
type CheckAhead = { read: Promise<string | null> } | undefined;

/**
 * Why `step` must not run now, or null: the check read ahead for it while the statement before
 * it ran, else (none, or that read failed: its second connection could not be opened, say) the
 * session's own `refusal`, read now. A failed check throws, failing the step.
 */
async function refusalOf(session: DriverSession, step: Step, ahead: CheckAhead): Promise<string | null> {
  if (step.statement.kind !== 'sql') return null;
  if (ahead !== undefined) {
    const read = await ahead.read.then(
      (refusal) => ({ refusal }),
      () => undefined,
    );
    if (read !== undefined) return read.refusal;
  }
  return (await session.refusal?.(step.text)) ?? null;
}

/**
 * Runs `step` (already checked) on `session` and, once it is sent, starts reading the check of
 * `next` (the statement the session runs after it) on the session's second connection, where
 * it has one: the read never goes out before the statement it overlaps, so a change made
 * between the read and `next`'s own statement has about one round trip to slip in, as when
 * the check is read right before it. Outside transactions only (a second connection does not
 * see a transaction's own changes). Returns that read; a failure of it is handled here, and
 * `refusalOf` reads the check again.
 */
async function runStepReadingAhead(session: DriverSession, step: Step, next: Step | undefined): Promise<CheckAhead> {
  const running = runStep(session, step);
  const read = next !== undefined && next.statement.kind === 'sql' ? session.prefetchRefusal?.(next.text) : undefined;
  // Not awaited when the step fails (nothing after it runs): its failure must not go unhandled.
  read?.catch(() => undefined);
  await running;
  return read === undefined ? undefined : { read };
}

/** Where a database run reports: outcomes that are final, and each transaction as it begins. */
interface RunSinks {
  settle(results: Iterable<ChangeResult>): void;
  transaction(record: TransactionResult): void;
}

/** A transaction the database run is in, and the results of the changes it carries so far (over steps). */
interface OpenTransaction {
  record: TransactionResult;
  results: Set<ChangeResult>;
}

/** Why a database's transaction `index` went wrong, and what its changes that come later get. */
interface FailedTransaction {
  index: number;
  mark(results: Iterable<ChangeResult>): void;
}

/**
 * One database's changes, as the steps bring them: one session (opened, and the apply lock
 * taken, at its first changes), kept until `finish`. On a transactional system its statements
 * are cut into transactions as they come (a transaction stays open from one step into the
 * next); otherwise they run one at a time, or on up to `concurrency` sessions kept as long.
 */
class DatabaseRun {
  readonly key: string;
  /** Whether a change of the database failed (a failure stops the apply without continueOnError). */
  failed = false;
  private session: DriverSession | undefined;
  /** More sessions for statements of different tables at once (systems without transactional DDL). */
  private readonly lanes: DriverSession[] = [];
  private lanesOpened = 0;
  /** Set when the database cannot go on at all (no connection, no lock, a failed statement outside transactions). */
  private stop: ((results: readonly ChangeResult[]) => void) | undefined;
  private cutter: TransactionCutter | undefined;
  /** A table's lock key, made once per table (see `lockKeys`). */
  private keyOf: ((change: Change) => string) | undefined;
  private readonly records: TransactionResult[] = [];
  private open: OpenTransaction | undefined;
  private failedTransaction: FailedTransaction | undefined;
  /** Told why only at `finish`, when the number of transactions is known. */
  private readonly rolledBack: { results: ChangeResult[]; statement: string } = { results: [], statement: '' };
  private readonly inLaterTransactions: ChangeResult[] = [];
  private firstChange: Change | undefined;
  /** Statements run, and known so far: for progress. */
  private done = 0;
  private total = 0;

  constructor(
    readonly service: string,
    readonly database: string,
    private readonly target: ApplyConnection,
    private readonly options: ApplyOptions,
    private readonly sinks: RunSinks,
  ) {
    this.key = databaseKeyOf(service, database);
  }

  /** The database's changes of one step. */
  async run(batch: Batch, steps: Step[]): Promise<void> {
    this.firstChange ??= batch.changes[0];
    this.total += steps.length;
    if (!this.stop && !this.session) await this.connect();
    if (this.stop) {
      this.stop(batch.results);
      this.settle(batch.results);
      return;
    }
    if (this.target.capabilities.transactionalDdl) await this.runInTransactions(batch, steps);
    else await this.runAlone(batch, steps);
  }

  /** Commits the open transaction, says why what did not run did not, closes the sessions. */
  async finish(): Promise<void> {
    try {
      if (this.session && this.target.capabilities.transactionalDdl && this.records.length === 0) {
        // A database whose changes carry no statement still opens (and commits) one transaction.
        const record = this.newRecord(this.firstChange!);
        if (await this.begin(record, [])) await this.commit();
      }
      await this.commit();
      this.tellWhy();
      this.records.forEach((record, i) => {
        record.index = i + 1;
        record.of = this.records.length;
      });
    } finally {
      await this.close();
    }
  }

  async close(): Promise<void> {
    await Promise.all(this.lanes.splice(0).map((session) => session.close().catch(() => undefined)));
    await this.session?.close().catch(() => undefined);
    this.session = undefined;
  }

  private settle(results: Iterable<ChangeResult>): void {
    for (const result of results) if (result.status === 'failed') this.failed = true;
    this.sinks.settle(results);
  }

  /** Opens the session and takes the apply lock: held by the session until it closes, across every transaction and step. */
  private async connect(): Promise<void> {
    const { database } = this;
    try {
      this.session = await this.target.driver.open(database);
    } catch (error) {
      const message = `could not connect to database "${database}": ${messageOf(error)}`;
      this.stop = (results) => fail(results, undefined, message);
      return;
    }
    try {
      await this.session.lockForApply?.();
      return;
    } catch (error) {
      if (error instanceof ApplyLockBusyError) {
        // Another apply's turn, not a failure of these changes: they did not run, for one reason.
        const reason = `not run: ${error.message}`;
        this.stop = (results) => markNotRun(results, reason);
      } else {
        const message = `could not lock the database for apply on database "${database}": ${messageOf(error)}`;
        this.stop = (results) => fail(results, undefined, message);
      }
    }
    await this.close();
  }

  /** Without transactional DDL: one statement at a time, or several tables' at once (a table's in requests where the session sends them); a failure stops the database. */
  private async runAlone(batch: Batch, steps: readonly Step[]): Promise<void> {
    const concurrency = Math.min(this.target.concurrency ?? 1, lanesOf(steps).lanes);
    const context: RunContext = { batch, options: this.options, transaction: null, done: this.done, total: this.total };
    let failed: Step | undefined;
    if (concurrency > 1 || (concurrency === 1 && sendsRequests(this.session!))) failed = await applyConcurrently(steps, await this.sessions(concurrency), context);
    else {
      const failedAt = await runSteps(this.session!, steps, context);
      failed = failedAt === undefined ? undefined : steps[failedAt];
    }
    this.done += steps.length;
    if (failed) {
      const reason = `not run: an earlier statement failed (${shorten(failed.text)})`;
      this.stop = (results) => markNotRun(results, reason);
    }
    this.settle(batch.results);
  }

  /** The session holding the lock and up to `concurrency - 1` more, opened once and kept (one that cannot be opened lowers the concurrency). */
  private async sessions(concurrency: number): Promise<DriverSession[]> {
    const more = concurrency - 1 - this.lanesOpened;
    if (more > 0) {
      this.lanesOpened += more;
      this.lanes.push(...(await openSessions(this.target.driver, this.database, more)));
    }
    return [this.session!, ...this.lanes.slice(0, concurrency - 1)];
  }

  /**
   * A step's statements, cut into transactions by the cutter that has taken the database's
   * earlier steps (the plan's `ApplyShape` cuts the same steps alike): the first joins the
   * transaction still open from the step before, or begins the next one.
   */
  private async runInTransactions(batch: Batch, steps: readonly Step[]): Promise<void> {
    if (!this.cutter) {
      // A budget that cannot be read leaves one transaction, as a server without a limit.
      const budget = this.target.transactions === 'single' ? undefined : await this.session!.lockBudget?.().catch(() => undefined);
      this.cutter = new TransactionCutter(budget);
    }
    const keyOf = (this.keyOf ??= lockKeys());
    const joins = this.cutter.take(steps.map((step) => step.results.reduce<StatementLocks | undefined>((locks, { change }) => addLock(locks, keyOf(change)), undefined) ?? new Set()));
    for (let start = 0; start < steps.length; ) {
      let end = start + 1;
      while (end < steps.length && joins[end] === joins[start]) end++;
      const group = steps.slice(start, end);
      await this.runInTransaction(batch, joins[start]!, group, new Set(group.flatMap((step) => step.results)));
      start = end;
    }
    this.cutter.objects.forEach((objects, i) => {
      if (this.records[i]) this.records[i].objects = objects;
    });
    // Changes that carry no statement (in no step) are final now; the transactions' results when each ends.
    this.settle(batch.results.filter((result) => result.change.statements.length === 0));
  }

  private async runInTransaction(batch: Batch, index: number, steps: readonly Step[], results: Set<ChangeResult>): Promise<void> {
    const begins = index >= this.records.length;
    if (begins) {
      await this.commit();
      this.newRecord(steps[0]?.results[0]?.change ?? batch.changes[0]!);
    }
    const record = this.records[index]!;
    record.changes += results.size;
    record.statements += steps.length;
    record.last = tableOf((steps.at(-1)?.results.at(-1)?.change ?? batch.changes.at(-1)!).object);
    if (this.failedTransaction) {
      if (index === this.failedTransaction.index) this.failedTransaction.mark(results);
      else {
        markNotRun(results, 'not run: an earlier transaction failed');
        for (const result of results) this.inLaterTransactions.push(result);
      }
      this.settle(results);
      return;
    }
    if (begins && !(await this.begin(record, results))) return;
    const open = this.open!;
    for (const result of results) open.results.add(result);
    const transaction = { rollback: (statement: string) => this.rollback(statement) };
    const failedAt = await runSteps(this.session!, steps, { batch, options: this.options, transaction, done: this.done, total: this.total });
    if (failedAt === undefined) {
      this.done += steps.length;
      return;
    }
    const failed = steps[failedAt]!;
    record.status = 'rolled_back';
    record.error = failed.results[0]?.error ?? 'a statement failed';
    const reason = `not run: an earlier statement failed (${shorten(failed.text)})`;
    this.failedTransaction = { index, mark: (later) => markNotRun(later, reason) };
    this.open = undefined;
    this.settle(open.results);
  }

  private newRecord(first: Change): TransactionResult {
    const object = tableOf(first.object);
    const record: TransactionResult = { service: this.service, database: this.database, index: this.records.length + 1, of: 0, status: 'not_run', objects: 0, first: object, last: object, changes: 0, statements: 0 };
    this.records.push(record);
    this.sinks.transaction(record);
    return record;
  }

  /** Begins the transaction of `record`; false (its changes marked and settled) when it could not. */
  private async begin(record: TransactionResult, results: Iterable<ChangeResult>): Promise<boolean> {
    try {
      await this.session!.begin();
      this.open = { record, results: new Set() };
      return true;
    } catch (error) {
      const index = this.records.indexOf(record);
      // Another apply's turn, not a failure of these changes: they did not run, for one reason.
      if (error instanceof ApplyLockBusyError) {
        const reason = `not run: ${error.message}`;
        record.error = error.message;
        this.failedTransaction = { index, mark: (later) => markNotRun(later, reason) };
      } else {
        const message = `could not start the transaction on database "${this.database}": ${messageOf(error)}`;
        record.status = 'rolled_back';
        record.error = message;
        this.failedTransaction = { index, mark: (later) => fail(later, undefined, message) };
      }
      this.failedTransaction.mark(results);
      this.settle(results);
      return false;
    }
  }

  /** Commits the open transaction, if any; a failed commit fails its changes. */
  private async commit(): Promise<void> {
    const open = this.open;
    if (!open) return;
    this.open = undefined;
    try {
      await this.session!.commit();
      open.record.status = 'committed';
    } catch (error) {
      const message = `commit failed: ${messageOf(error)}`;
      fail(open.results, 'COMMIT', message);
      open.record.status = 'rolled_back';
      open.record.error = message;
      this.failedTransaction = { index: this.records.indexOf(open.record), mark: (later) => fail(later, 'COMMIT', message) };
    }
    this.settle(open.results);
  }

  /** Earlier statements of a rolled-back transaction (from every step it spans) did not take effect: they are "not run". */
  private async rollback(statement: string): Promise<void> {
    await this.session!.rollback().catch(() => undefined);
    this.rolledBack.statement = statement;
    for (const result of this.open!.results) {
      if (result.status === 'applied') {
        result.status = 'not_run';
        this.rolledBack.results.push(result);
      }
    }
  }

  /** The reasons that name the number of transactions, known once every step has come. */
  private tellWhy(): void {
    const failed = this.failedTransaction;
    if (!failed) return;
    const scope = this.records.length > 1 ? 'this transaction' : 'this database';
    for (const result of this.rolledBack.results) result.reason = `rolled back: a later statement of ${scope} failed (${shorten(this.rolledBack.statement)})`;
    const committed = failed.index === 0 ? 'none committed' : `${failed.index} committed`;
    const reason = `not run: transaction ${failed.index + 1} of ${this.records.length} on database "${this.database}" failed (rolled back; ${committed})`;
    for (const result of this.inLaterTransactions) if (result.status === 'not_run') result.reason = reason;
  }
}

/** Where `runSteps` runs: inside a transaction (which rolls back its earlier statements, and says so), or not. */
interface RunContext {
  batch: Batch;
  options: ApplyOptions;
  transaction: { rollback(failedStatement: string): Promise<void> } | null;
  /** Statements of the database run before these, and its total so far: for progress. */
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
  let ahead: CheckAhead;
  for (let index = 0; index < steps.length; ) {
    const chunk = batched ? nextChunk(steps, index) : [steps[index]!];
    try {
      if (batched && chunk[0]!.statement.kind === 'sql') await session.executeBatch!(chunk.map((step) => step.text));
      else {
        const refusal = await refusalOf(session, chunk[0]!, ahead);
        ahead = undefined;
        if (refusal !== null) {
          // Refused as planned-but-stale: the other statements of the database still run.
          markNotRun(chunk[0]!.results, `not run: ${refusal}`);
          index += 1;
          continue;
        }
        if (context.transaction === null) ahead = await runStepReadingAhead(session, chunk[0]!, steps[index + 1]);
        else await runStep(session, chunk[0]!);
      }
    } catch (error) {
      const inChunk = error instanceof BatchStatementError ? error.index : 0;
      const failedAt = index + inChunk;
      const failed = steps[failedAt]!;
      for (const step of chunk.slice(0, inChunk)) markApplied(step);
      fail(failed.results, failed.text, messageOf(error instanceof BatchStatementError ? error.cause : error));
      await context.transaction?.rollback(failed.text);
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
 * Runs a database's statements on its `sessions` (the first holds the apply lock): a table's
 * statements in order on one of them, different tables at once. At the first failure nothing
 * more is started; statements in flight finish and keep their outcome; the rest are not run,
 * with the reason. Returns the failed statement.
 */
async function applyConcurrently(steps: readonly Step[], sessions: readonly DriverSession[], context: RunContext): Promise<Step | undefined> {
  const { batch, options } = context;
  const lockSession = sessions[0]!;
  const { segments } = lanesOf(steps);
  const state: { failed: Step | undefined; done: number } = { failed: undefined, done: context.done };
  const started = new Set<Step>();
  /** Runs `step` (its check read ahead, or now), reading ahead the check of `next`, which the session runs after it. */
  const runOne = async (session: DriverSession, step: Step, ahead: CheckAhead, next?: Step): Promise<CheckAhead> => {
    started.add(step);
    let nextAhead: CheckAhead;
    try {
      const refusal = await refusalOf(session, step, ahead);
      if (refusal !== null) markNotRun(step.results, `not run: ${refusal}`);
      else {
        nextAhead = await runStepReadingAhead(session, step, next);
        markApplied(step);
      }
    } catch (error) {
      fail(step.results, step.text, messageOf(error));
      state.failed ??= step;
    }
    state.done += 1;
    options.onProgress?.({ service: batch.service, database: batch.database, done: state.done, total: context.total });
    return nextAhead;
  };
  /**
   * Sends `chunk` (consecutive statements of one table) as one request. A failed statement in it:
   * those before it applied, it failed, those after it not run; the request refused whole (or
   * unanswered): all of it failed, none known to have run.
   */
  const runRequest = async (session: DriverSession, chunk: readonly Step[]) => {
    for (const step of chunk) started.add(step);
    try {
      await session.executeRequest!(chunk.map((step) => step.text));
      chunk.forEach(markApplied);
    } catch (error) {
      if (error instanceof BatchStatementError && error.index < chunk.length) {
        const failed = chunk[error.index]!;
        chunk.slice(0, error.index).forEach(markApplied);
        fail(failed.results, failed.text, messageOf(error.cause));
        const reason = `not run: an earlier statement of its request failed (${shorten(failed.text)})`;
        for (const later of chunk.slice(error.index + 1)) markNotRun(later.results, reason);
        state.failed ??= failed;
      } else {
        const message = `${messageOf(error)} (the request of ${chunk.length} statements failed whole: none of them is known to have run)`;
        for (const step of chunk) fail(step.results, step.text, message);
        state.failed ??= chunk[0];
      }
    }
    state.done += chunk.length;
    options.onProgress?.({ service: batch.service, database: batch.database, done: state.done, total: context.total });
  };
  /** A table's statements in requests (`requestChunks`), one after the other; a request of one statement is sent as that statement. */
  const runLaneInRequests = async (session: DriverSession, lane: readonly Step[]) => {
    for (const chunk of requestChunks(lane)) {
      if (state.failed !== undefined) return;
      if (chunk.length === 1) await runOne(session, chunk[0]!, undefined);
      else await runRequest(session, chunk);
    }
  };
  for (const segment of segments) {
    if (state.failed !== undefined) break;
    if ('alone' in segment) {
      await runOne(lockSession, segment.alone, undefined);
      continue;
    }
    let next = 0;
    const takeLane = () => (state.failed === undefined && next < segment.lanes.length ? segment.lanes[next++]! : undefined);
    const worker = async (session: DriverSession, first: Step[] | undefined) => {
      if (sendsRequests(session)) {
        for (let lane = first; lane !== undefined && state.failed === undefined; lane = takeLane()) await runLaneInRequests(session, lane);
        return;
      }
      // A session that reads checks ahead takes its next lane at the last statement of the one before, so that that lane's first check is read ahead too.
      const early = session.prefetchRefusal !== undefined;
      let lane = first;
      let index = 0;
      let ahead: CheckAhead;
      while (lane !== undefined && state.failed === undefined) {
        const last = index + 1 === lane.length;
        const nextLane = last && early ? takeLane() : undefined;
        ahead = await runOne(session, lane[index]!, ahead, last ? nextLane?.[0] : lane[index + 1]);
        if (!last) index++;
        else [lane, index] = [early ? nextLane : takeLane(), 0];
      }
    };
    // Every session's first lane before any runs: a session taking its next lane early must not take two at the start.
    const firstLanes = sessions.map(() => takeLane());
    await Promise.all(sessions.map((session, i) => worker(session, firstLanes[i])));
  }
  if (state.failed !== undefined) {
    const reason = `not run: an earlier statement failed (${shorten(state.failed.text)})`;
    for (const step of steps) if (!started.has(step)) markNotRun(step.results, reason);
  }
  return state.failed;
}

/**
 * Whether apply sends a table's statements to this session as requests: it can, and it has no
 * check to read before each statement (a statement that must be checked runs alone, right after
 * its check).
 */
function sendsRequests(session: DriverSession): boolean {
  return session.executeRequest !== undefined && session.refusal === undefined && session.prefetchRefusal === undefined;
}

/**
 * Most statements in one request. Snowflake sets no documented limit (its JDBC tests send 100),
 * but the server runs a request's statements one after the other while the request waits, so a
 * long one holds its session, and a failure leaves a long tail not run: 50 covers a table's
 * comment, its columns' comments and tags on up to 48 objects, in one round trip.
 */
const REQUEST_MAX_STATEMENTS = 50;

/** A lane's steps cut into requests (`nextChunk`'s cut, at most REQUEST_MAX_STATEMENTS each). */
function requestChunks(lane: readonly Step[]): Step[][] {
  const chunks: Step[][] = [];
  for (let start = 0; start < lane.length; start += chunks.at(-1)!.length) chunks.push(nextChunk(lane, start, REQUEST_MAX_STATEMENTS));
  return chunks;
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

/** Consecutive SQL statements to send in one round trip (at most `maxStatements`); a request (never batched) goes alone. */
function nextChunk(steps: readonly Step[], start: number, maxStatements = BATCH_MAX_STATEMENTS): Step[] {
  if (steps[start]!.statement.kind !== 'sql') return [steps[start]!];
  const chunk: Step[] = [];
  let chars = 0;
  for (let index = start; index < steps.length && chunk.length < maxStatements; index++) {
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

function fail(results: Iterable<ChangeResult>, statement: string | undefined, error: string): void {
  for (const result of results) {
    result.status = 'failed';
    result.error = error;
    if (statement !== undefined) result.statement = statement;
    delete result.reason;
  }
}

function markNotRun(results: Iterable<ChangeResult>, reason: string): void {
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
