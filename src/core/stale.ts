/**
 * A saved plan is applied only if it is still what `plan` would say now (as Terraform and
 * Atlas refuse a stale plan): same manifests, same config, same observed state, and the
 * same changes, statements and conflicts entry by entry. The file is input like any other:
 * digests alone cannot tell that its statements are the ones revmeta compiles.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { canonicalJson } from '../plan/digest.js';
import { EntryCursor, JsonObjectReader } from '../plan/read-json.js';
import { describeObject } from '../plan/formatting.js';
import { conflictLine, visible } from '../plan/render/common.js';
import { PLAN_FORMAT_VERSION, type Change, type Conflict, type Plan, type PlannedStatement } from '../plan/types.js';
import { RevmetaError } from './errors.js';
import { ChangeSetComparison, StatementDigestIndex } from './reviewed.js';

export function parseSavedPlan(text: string, file: string): Plan {
  return parseSavedPlanPieces([text], file);
}

/** Reads a saved plan file as a stream: a plan too big for one string is read entry by entry. */
export async function readSavedPlan(file: string): Promise<Plan> {
  const reader = new JsonObjectReader({ onValue: (key, value) => key === 'formatVersion' && checkFormatVersion(value, file) });
  for await (const piece of pieces(file)) feed(reader, piece, file);
  return checkedPlan(finish(reader, file), file);
}

function parseSavedPlanPieces(pieces: Iterable<string>, file: string): Plan {
  const reader = new JsonObjectReader({ onValue: (key, value) => key === 'formatVersion' && checkFormatVersion(value, file) });
  for (const piece of pieces) feed(reader, piece, file);
  return checkedPlan(finish(reader, file), file);
}

function finish(reader: JsonObjectReader, file: string): Record<string, unknown> {
  try {
    return reader.finish();
  } catch (error) {
    throw new RevmetaError(`${file}: not a plan file (${error instanceof Error ? error.message : String(error)})`);
  }
}

/** Refuses a plan of another format as soon as its version is read (before its lists are). */
function checkFormatVersion(version: unknown, file: string): void {
  if (version === PLAN_FORMAT_VERSION) return;
  if (typeof version === 'string' && /^1\./.test(version)) {
    throw new RevmetaError(`${file}: plan format ${version} was made by an older revmeta; plan again with \`revmeta plan --out ${file}\``);
  }
  throw new RevmetaError(`${file}: plan format ${String(version)} is not supported (this revmeta reads ${PLAN_FORMAT_VERSION})`);
}

function checkedPlan(plan: Record<string, unknown>, file: string): Plan {
  const candidate = checkedHeader(plan, file);
  checkShape(file, 'statements', candidate.statements, STATEMENT_SHAPE);
  checkShape(file, 'changes', candidate.changes, CHANGE_SHAPE);
  const ids = new Set<number>();
  candidate.statements.forEach((statement, i) => {
    if (ids.has(statement.id)) throw repeatedId(file, i, statement.id);
    ids.add(statement.id);
  });
  candidate.changes.forEach((change, i) => checkNamedStatements(file, i, change, (id) => ids.has(id)));
  return candidate;
}

/** Everything of a plan file but its statements and changes, checked (those are checked entry by entry). */
function checkedHeader(plan: Record<string, unknown>, file: string): Plan {
  const candidate = plan as Partial<Plan>;
  if (!Array.isArray(candidate.changes) || !Array.isArray(candidate.services)) {
    throw new RevmetaError(`${file}: not a revmeta plan (no services/changes); write one with \`revmeta plan --out ${file}\``);
  }
  checkFormatVersion(candidate.formatVersion, file);
  checkShape(file, 'services', candidate.services, SERVICE_SHAPE);
  if (!Array.isArray(candidate.statements)) throw new RevmetaError(`${file}: statements is not a list; write the plan with \`revmeta plan --out ${file}\``);
  checkShape(file, 'conflicts', candidate.conflicts, CONFLICT_SHAPE);
  if (candidate.select !== undefined && !isStringArray(candidate.select)) throw new RevmetaError(`${file}: select is not a list of globs`);
  if (candidate.scope !== undefined && !isPlanScope(candidate.scope)) throw new RevmetaError(`${file}: scope is not a revmeta plan scope (changedSince, commit, files, objects)`);
  return candidate as Plan;
}

const repeatedId = (file: string, index: number, id: number) => new RevmetaError(`${file}: statements[${index}] repeats id ${id}`);

function checkNamedStatements(file: string, index: number, change: Change, listed: (id: number) => boolean): void {
  const unknown = change.statements.find((id) => !listed(id));
  if (unknown !== undefined) throw new RevmetaError(`${file}: changes[${index}] names statement ${unknown}, which the plan does not list`);
}

type Shape = Record<string, (value: unknown) => boolean>;
const isString = (value: unknown) => typeof value === 'string';
const isStringArray = (value: unknown) => Array.isArray(value) && value.every(isString);
const isObjectRef = (value: unknown) =>
  typeof value === 'object' && value !== null && isString((value as Record<string, unknown>).kind) && isString((value as Record<string, unknown>).database);
const isOptionalString = (value: unknown) => value === undefined || isString(value);
const isChangedObject = (value: unknown) => {
  const record = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  return isString(record.service) && isString(record.database) && isOptionalString(record.schema) && isOptionalString(record.table);
};
const isPlanScope = (value: unknown) => {
  const record = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  return isString(record.changedSince) && isString(record.commit) && isStringArray(record.files) && Array.isArray(record.objects) && record.objects.every(isChangedObject);
};
const SERVICE_SHAPE: Shape = { name: isString, type: isString, observedDigest: isString };
const CHANGE_SHAPE: Shape = {
  service: isString,
  object: isObjectRef,
  field: isString,
  action: isString,
  tag: (value) => value === undefined || isString(value),
  before: (value) => value === null || isString(value),
  after: (value) => value === null || isString(value),
  statements: (value) => Array.isArray(value) && value.every((id) => Number.isInteger(id)),
};
const STATEMENT_SHAPE: Shape = { id: (value) => Number.isInteger(value), service: isString, database: isString, kind: isString };
const CONFLICT_SHAPE: Shape = { service: isString, object: isObjectRef, reason: isString };

/** Entries a plan file must hold before anything reads them; the first wrong field is named. */
function checkShape(file: string, list: string, entries: unknown, shape: Shape): void {
  if (!Array.isArray(entries)) throw new RevmetaError(`${file}: ${list} is not a list; write the plan with \`revmeta plan --out ${file}\``);
  entries.forEach((entry: unknown, i) => checkEntry(file, list, i, entry, shape));
}

function checkEntry(file: string, list: string, index: number, entry: unknown, shape: Shape): void {
  const record = typeof entry === 'object' && entry !== null ? (entry as Record<string, unknown>) : undefined;
  const wrong = record ? Object.keys(shape).find((key) => !shape[key]!(record[key])) : 'not an object';
  const what = { services: 'service', statements: 'statement', changes: 'change', conflicts: 'conflict' }[list] ?? list;
  if (wrong !== undefined) throw new RevmetaError(`${file}: ${list}[${index}] is not a revmeta ${what} (${wrong})`);
}

/**
 * A saved plan compared with a plan made now, fed a step at a time: the plan made now's
 * statements and changes as they are planned, the saved plan's changes in its order (its
 * statements were indexed when the file was read). Memory holds a step of the plan made now,
 * the statements' digests and the changes that differ, never either plan's change list.
 */
export class PlanComparison {
  private readonly changes: ChangeSetComparison;
  private nowStatements = new StatementDigestIndex();
  private statementCount = 0;
  /** Positions of the statement lists (of the plan made now so far) whose statements differ. */
  private statementsDiffering = 0;
  private result: ReturnType<ChangeSetComparison['result']> | undefined;

  constructor(private readonly saved: StatementDigestIndex) {
    this.changes = new ChangeSetComparison(saved, () => this.nowStatements);
  }

  /** A step of the plan made now: its statements (its changes name no other ones), then its changes. */
  planned(changes: readonly Change[], statements: readonly PlannedStatement[]): void {
    this.plannedStatements(statements);
    for (const change of changes) this.changes.now(change);
  }

  /** A step's statements, before its changes (`plannedChange`). */
  plannedStatements(statements: readonly PlannedStatement[]): void {
    this.nowStatements = new StatementDigestIndex();
    for (const statement of statements) {
      this.nowStatements.add(statement);
      const position = this.statementCount++;
      const saved = this.saved.digestAt(position);
      if (saved !== undefined && saved !== this.nowStatements.digestAt(this.nowStatements.size - 1)) this.statementsDiffering++;
    }
  }

  /** The next change of the plan made now, its statements given by `plannedStatements`. */
  plannedChange(change: Change): void {
    this.changes.now(change);
  }

  /** The saved plan's next change. */
  reviewed(change: Change): void {
    this.changes.reviewed(change);
  }

  /** Why the saved plan may not be applied (`saved` and `fresh` without their lists of entries are enough); empty when it holds. */
  reasons(saved: Plan, fresh: Plan): string[] {
    const result = this.compared();
    const reasons = this.staleness(saved, fresh);
    if (canonicalJson(saved.scope ?? null) !== canonicalJson(fresh.scope ?? null)) reasons.unshift('the plan covers other objects than a plan made now (its --changed-since scope differs)');
    if (result.count > 0) {
      const changes = result.first.map(({ key, what }) => `${visible(key)}: ${what}`);
      reasons.push(`the changes in the plan are not what revmeta plans now (${result.count} differ):\n${subList(changes, result.count)}`);
    }
    // Statements no change names never run, but a file that lists others than revmeta compiles is not its plan.
    const statements = this.statementsDiffering + Math.abs(this.saved.size - this.statementCount);
    if (result.count === 0 && statements > 0) reasons.push(`the statements in the plan are not what revmeta compiles now (${statements} differ)`);
    const conflicts = conflictDifferences(saved.conflicts, fresh.conflicts);
    if (conflicts.length > 0) {
      reasons.push(`the conflicts in the plan are not those of a plan made now (${conflicts.length} differ):\n${subList(conflicts, conflicts.length)}`);
    }
    return reasons;
  }

  /** Why the saved plan is stale: manifests, config, and per service the objects whose change moved. */
  staleness(saved: Plan, fresh: Plan): string[] {
    const result = this.compared();
    const reasons: string[] = [];
    if (saved.manifestsDigest !== fresh.manifestsDigest) reasons.push('the manifests changed since the plan was made');
    if (saved.configDigest !== fresh.configDigest) reasons.push('the config changed since the plan was made');
    const freshServices = new Map(fresh.services.map((service) => [service.name, service]));
    for (const service of saved.services) {
      const now = freshServices.get(service.name);
      if (!now) {
        reasons.push(`service "${visible(service.name)}" is no longer in the config`);
        continue;
      }
      if (now.observedDigest === service.observedDigest) continue;
      const moved = result.moved(service.name);
      reasons.push(
        moved.count > 0
          ? `the live state of service "${service.name}" changed since the plan was made: ${formatList(moved.first.map((key) => visible(key)), moved.count)}`
          : `the live state of service "${service.name}" changed since the plan was made`,
      );
    }
    return reasons;
  }

  private compared() {
    return (this.result ??= this.changes.result());
  }
}

/**
 * Why a saved plan may not be applied; empty when it holds. Beyond the digests, every change
 * (object, field, action, before, after, statements, in order) and every conflict must equal
 * those of the plan made now, so a statement edited in the file is never run.
 */
export function checkSavedPlan(saved: Plan, fresh: Plan): string[] {
  return compareWhole(saved, fresh).reasons(saved, fresh);
}

/** Why a saved plan may not be applied; empty when it still holds. */
export function stalenessReasons(saved: Plan, fresh: Plan): string[] {
  return compareWhole(saved, fresh).staleness(saved, fresh);
}

function compareWhole(saved: Plan, fresh: Plan): PlanComparison {
  const statements = new StatementDigestIndex();
  for (const statement of saved.statements) statements.add(statement);
  const comparison = new PlanComparison(statements);
  comparison.planned(fresh.changes, fresh.statements);
  for (const change of saved.changes) comparison.reviewed(change);
  return comparison;
}

/** Conflicts in one list and not the other (where in the manifests they were found is not compared). */
function conflictDifferences(saved: readonly Conflict[], fresh: readonly Conflict[]): string[] {
  const keyOfConflict = (conflict: Conflict) =>
    canonicalJson([conflict.service, conflict.object.kind, describeObject(conflict.object), conflict.field ?? null, conflict.reason]);
  const shown = ({ location: _location, ...conflict }: Conflict) => `${visible(conflict.service)}: ${conflictLine(conflict)}`;
  const savedKeys = new Set(saved.map(keyOfConflict));
  const freshKeys = new Set(fresh.map(keyOfConflict));
  return [
    ...saved.filter((conflict) => !freshKeys.has(keyOfConflict(conflict))).map((conflict) => `${shown(conflict)} (only in the saved plan)`),
    ...fresh.filter((conflict) => !savedKeys.has(keyOfConflict(conflict))).map((conflict) => `${shown(conflict)} (only in a plan made now)`),
  ];
}

/** The first entries of a list of `total`, indented under a reason, and how many more there are. */
function subList(items: readonly string[], total: number, max = 10): string {
  const lines = items.slice(0, max).map((item) => `    - ${item}`);
  if (total > max) lines.push(`    - and ${total - max} more`);
  return lines.join('\n');
}

function formatList(items: readonly string[], total: number, max = 10): string {
  const shown = items.slice(0, max).join('; ');
  return total > max ? `${shown}; and ${total - max} more` : shown;
}

/**
 * A saved plan file read once through for `apply plan.json`: `plan` holds everything but its
 * statements and changes, which stay in the file (checked entry by entry as they were read,
 * the statements kept as digests). `check()` compares it with a plan made now, a step at a
 * time, reading the file's changes again in order: a plan of millions of changes is never
 * held whole.
 */
export interface SavedPlanFile {
  file: string;
  plan: Plan;
  check(): SavedPlanCheck;
}

export async function openSavedPlan(file: string): Promise<SavedPlanFile> {
  const statements = new StatementDigestIndex();
  const counts = { statements: 0, changes: 0 };
  // A file whose changes come before its statements (edited by hand) has their ids checked after.
  let statementsRead = false;
  let idsUnchecked = false;
  const reader = new JsonObjectReader({
    onValue: (key, value) => {
      if (key === 'formatVersion') checkFormatVersion(value, file);
      if (key === 'statements') statementsRead = true;
    },
    entries: {
      statements: (entry) => {
        const index = counts.statements++;
        checkEntry(file, 'statements', index, entry, STATEMENT_SHAPE);
        if (!statements.add(entry as PlannedStatement)) throw repeatedId(file, index, (entry as PlannedStatement).id);
      },
      changes: (entry) => {
        const index = counts.changes++;
        checkEntry(file, 'changes', index, entry, CHANGE_SHAPE);
        if (statementsRead) checkNamedStatements(file, index, entry as Change, (id) => statements.has(id));
        else idsUnchecked = true;
      },
    },
  });
  const before = await fileVersion(file);
  for await (const piece of pieces(file)) feed(reader, piece, file);
  const plan = checkedHeader(finish(reader, file), file);
  if (idsUnchecked) {
    let index = 0;
    for await (const batch of changeBatches(file)) for (const change of batch) checkNamedStatements(file, index++, change, (id) => statements.has(id));
  }
  return { file, plan, check: () => new SavedPlanCheck(file, plan, statements, before) };
}

/**
 * Compares a saved plan file with the plan being made (a `PlanEntrySink` of `planWorkspace`):
 * each step of the plan made now is matched with the file's next changes. `reasons` then says
 * why the file may not be applied, exactly as `checkSavedPlan` would for the whole plans.
 */
export class SavedPlanCheck {
  private readonly comparison: PlanComparison;
  private readonly savedChanges: EntryCursor<Change>;

  constructor(
    private readonly file: string,
    private readonly saved: Plan,
    statements: StatementDigestIndex,
    private readonly version: string,
  ) {
    this.comparison = new PlanComparison(statements);
    this.savedChanges = new EntryCursor(changeBatches(file));
  }

  async add(changes: readonly Change[], statements: readonly PlannedStatement[]): Promise<void> {
    this.comparison.plannedStatements(statements);
    // Side by side: two equal plans leave no change waiting for its match.
    for (const change of changes) {
      this.comparison.plannedChange(change);
      const saved = await this.savedChanges.next();
      if (saved !== undefined) this.comparison.reviewed(saved);
    }
  }

  /** Why the saved plan may not be applied (`fresh`: the plan made with this as a sink); empty when it holds. */
  async reasons(fresh: Plan): Promise<string[]> {
    for (let saved = await this.savedChanges.next(); saved !== undefined; saved = await this.savedChanges.next()) this.comparison.reviewed(saved);
    // What was checked is what was read: a file replaced meanwhile is not the one compared.
    if ((await fileVersion(this.file)) !== this.version) return [`the plan file ${this.file} changed while it was being checked`];
    return this.comparison.reasons(this.saved, fresh);
  }

  /** Stops reading the file (when planning failed before `reasons`). */
  close(): Promise<void> {
    return this.savedChanges.close();
  }

  /** The most changes of the file held at once (a piece of it): for tests of the memory bound. */
  get maxHeld(): number {
    return this.savedChanges.maxBatch;
  }
}

/** The changes of a plan file in order, as many at a time as a piece of the file holds. */
async function* changeBatches(file: string): AsyncGenerator<Change[]> {
  let batch: Change[] = [];
  let index = 0;
  const reader = new JsonObjectReader({
    entries: {
      statements: 'skip',
      changes: (entry) => {
        checkEntry(file, 'changes', index++, entry, CHANGE_SHAPE);
        batch.push(entry as Change);
      },
    },
  });
  for await (const piece of pieces(file)) {
    feed(reader, piece, file);
    if (batch.length > 0) {
      yield batch;
      batch = [];
    }
  }
  finish(reader, file);
}

/** The file's text in pieces of about a megabyte; a file that cannot be read is said so. */
async function* pieces(file: string): AsyncGenerator<string> {
  try {
    for await (const piece of createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 20 })) yield piece as string;
  } catch (error) {
    throw new RevmetaError(`cannot read the plan ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function feed(reader: JsonObjectReader, piece: string, file: string): void {
  try {
    reader.push(piece);
  } catch (error) {
    if (error instanceof RevmetaError) throw error;
    throw new RevmetaError(`${file}: not a plan file (${error instanceof Error ? error.message : String(error)})`);
  }
}

/** Size and modification time: what tells that the file read twice is the same file. */
async function fileVersion(file: string): Promise<string> {
  const { size, mtimeMs, ino } = await stat(file);
  return `${size} ${mtimeMs} ${ino}`;
}
