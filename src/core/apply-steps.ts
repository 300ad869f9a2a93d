/**
 * `apply plan.json` at any size: the plan's changes run a plan step at a time (the groups of
 * schemas it was planned in, read back from where they were spooled), so memory holds one
 * step's changes and statements, never the plan's millions. Each step runs through
 * `applyChanges` with the same rules as a whole plan; across steps, what a failure stops
 * stays stopped, and a database's transactions are numbered as one sequence.
 */
import { applyChanges, type ApplyConnection, type ApplyOptions } from '../apply/apply.js';
import { databaseKeyOf } from '../apply/transactions.js';
import type { ApplyResult, ChangeResult, TransactionResult } from '../model/change.js';
import type { Change, Conflict, PlannedStatement } from '../plan/types.js';
import { decideApply, withHeldBack } from './apply-rules.js';

export interface PlanStep {
  changes: Change[];
  statements: PlannedStatement[];
}

export interface ApplyStepsOptions extends ApplyOptions {
  /** Keep the results of applied changes (`--format json` lists every change); otherwise only counted. */
  keepApplied?: boolean;
}

/**
 * Runs the steps' changes outside the plan's conflicts (the caller decided the plan may run);
 * the changes in conflict are reported as not run. Returns the result and how many were held back.
 */
export async function applySteps(
  steps: AsyncIterable<PlanStep>,
  conflicts: Conflict[],
  targets: ReadonlyMap<string, ApplyConnection>,
  options: ApplyStepsOptions = {},
): Promise<{ result: ApplyResult; heldBack: number }> {
  const results: ChangeResult[] = [];
  const summary = { applied: 0, failed: 0, notRun: 0 };
  const transactions: TransactionResult[] = [];
  let heldBack = 0;
  /** Why nothing more runs (a failure without --continue-on-error), or per database why its later changes do not. */
  let stopped: string | null = null;
  const failedDatabases = new Map<string, string>();
  for await (const step of oneTransactionPerDatabase(steps, targets)) {
    const decision = decideApply({ changes: step.changes, conflicts }, { allowConflicts: true });
    if (!decision.run) throw new Error('unreachable: conflicts are allowed here');
    heldBack += decision.heldBack.length;
    const toRun: Change[] = [];
    const skipped: ChangeResult[] = [];
    for (const change of decision.changes) {
      const reason = stopped ?? failedDatabases.get(databaseKeyOf(change.service, change.object.database));
      if (reason === undefined) toRun.push(change);
      else skipped.push({ change, status: 'not_run', reason });
    }
    const ran = toRun.length > 0 ? await applyChanges({ changes: toRun, statements: step.statements }, targets, options) : undefined;
    const stepResults = withHeldBack({ results: [...(ran?.results ?? []), ...skipped], summary: { applied: 0, failed: 0, notRun: 0 } }, decision.heldBack).results;
    for (const result of stepResults) {
      summary[result.status === 'not_run' ? 'notRun' : result.status]++;
      if (result.status !== 'applied' || options.keepApplied) results.push(result);
      if (result.status !== 'failed') continue;
      const { service, object } = result.change;
      failedDatabases.set(databaseKeyOf(service, object.database), `not run: an earlier statement on database "${object.database}" failed (${service}/${object.database})`);
      if (!options.continueOnError) stopped ??= `not run: apply stopped after a failure in ${service}/${object.database}`;
    }
    transactions.push(...(ran?.transactions ?? []));
  }
  renumber(transactions);
  return { result: { results, summary, ...(transactions.length > 0 ? { transactions } : {}) }, heldBack };
}

/**
 * The steps as they run: a service whose target keeps one transaction per database
 * (`transactions: single`) has its steps joined, since a transaction cannot span two calls;
 * that service's changes are then held whole, as the server's configuration asked.
 */
async function* oneTransactionPerDatabase(steps: AsyncIterable<PlanStep>, targets: ReadonlyMap<string, ApplyConnection>): AsyncGenerator<PlanStep> {
  let joined: PlanStep | undefined;
  let joinedService: string | undefined;
  for await (const step of steps) {
    const service = step.changes[0]?.service;
    if (service === undefined) continue;
    if (joined && joinedService !== service) {
      yield joined;
      joined = undefined;
    }
    if (targets.get(service)?.transactions !== 'single') {
      yield step;
      continue;
    }
    joinedService = service;
    if (!joined) joined = { changes: [], statements: [] };
    for (const change of step.changes) joined.changes.push(change);
    for (const statement of step.statements) joined.statements.push(statement);
  }
  if (joined) yield joined;
}

/** A database's transactions over every step, numbered as one sequence (each step numbered its own). */
function renumber(transactions: readonly TransactionResult[]): void {
  const byDatabase = new Map<string, TransactionResult[]>();
  for (const transaction of transactions) {
    const key = databaseKeyOf(transaction.service, transaction.database);
    const list = byDatabase.get(key);
    if (list) list.push(transaction);
    else byDatabase.set(key, [transaction]);
  }
  for (const list of byDatabase.values()) {
    list.forEach((transaction, i) => {
      transaction.index = i + 1;
      transaction.of = list.length;
    });
  }
}
