/**
 * A saved plan is applied only if it is still what `plan` would say now (as Terraform and
 * Atlas refuse a stale plan): same manifests, same config, same observed state, and the
 * same changes, statements and conflicts entry by entry. The file is input like any other:
 * digests alone cannot tell that its statements are the ones revmeta renders.
 */
import { createReadStream } from 'node:fs';
import { canonicalJson } from '../plan/digest.js';
import { JsonObjectReader } from '../plan/read-json.js';
import { describeObject } from '../plan/formatting.js';
import { conflictLine, visible } from '../plan/render/common.js';
import { PLAN_FORMAT_VERSION, type Conflict, type Plan } from '../plan/types.js';
import { RevmetaError } from './errors.js';
import { changeSetDifferences, objectFieldKey, statementDigests, statementsOfChange } from './reviewed.js';

export function parseSavedPlan(text: string, file: string): Plan {
  return parseSavedPlanPieces([text], file);
}

/** Reads a saved plan file as a stream: a plan too big for one string is read entry by entry. */
export async function readSavedPlan(file: string): Promise<Plan> {
  const reader = new JsonObjectReader({ onValue: (key, value) => key === 'formatVersion' && checkFormatVersion(value, file) });
  try {
    for await (const piece of createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 20 })) reader.push(piece as string);
  } catch (error) {
    if (error instanceof RevmetaError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== undefined) throw new RevmetaError(`cannot read the plan ${file}: ${error instanceof Error ? error.message : String(error)}`);
    throw new RevmetaError(`${file}: not a plan file (${error instanceof Error ? error.message : String(error)})`);
  }
  return checkedPlan(finish(reader, file), file);
}

function parseSavedPlanPieces(pieces: Iterable<string>, file: string): Plan {
  const reader = new JsonObjectReader({ onValue: (key, value) => key === 'formatVersion' && checkFormatVersion(value, file) });
  try {
    for (const piece of pieces) reader.push(piece);
  } catch (error) {
    if (error instanceof RevmetaError) throw error;
    throw new RevmetaError(`${file}: not a plan file (${error instanceof Error ? error.message : String(error)})`);
  }
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
  const candidate = plan as Partial<Plan>;
  if (!Array.isArray(candidate.changes) || !Array.isArray(candidate.services)) {
    throw new RevmetaError(`${file}: not a revmeta plan (no services/changes); write one with \`revmeta plan --out ${file}\``);
  }
  checkFormatVersion(candidate.formatVersion, file);
  checkShape(file, 'services', candidate.services, SERVICE_SHAPE);
  checkShape(file, 'statements', candidate.statements, STATEMENT_SHAPE);
  checkShape(file, 'changes', candidate.changes, CHANGE_SHAPE);
  checkShape(file, 'conflicts', candidate.conflicts, CONFLICT_SHAPE);
  if (candidate.select !== undefined && !isStringArray(candidate.select)) throw new RevmetaError(`${file}: select is not a list of globs`);
  if (candidate.scope !== undefined && !isPlanScope(candidate.scope)) throw new RevmetaError(`${file}: scope is not a revmeta plan scope (changedSince, commit, files, objects)`);
  const ids = new Set<number>();
  candidate.statements!.forEach((statement, i) => {
    if (ids.has(statement.id)) throw new RevmetaError(`${file}: statements[${i}] repeats id ${statement.id}`);
    ids.add(statement.id);
  });
  candidate.changes.forEach((change, i) => {
    const unknown = change.statements.find((id) => !ids.has(id));
    if (unknown !== undefined) throw new RevmetaError(`${file}: changes[${i}] names statement ${unknown}, which the plan does not list`);
  });
  return candidate as Plan;
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
  entries.forEach((entry: unknown, i) => {
    const record = typeof entry === 'object' && entry !== null ? (entry as Record<string, unknown>) : undefined;
    const wrong = record ? Object.keys(shape).find((key) => !shape[key]!(record[key])) : 'not an object';
    const what = { services: 'service', statements: 'statement', changes: 'change', conflicts: 'conflict' }[list] ?? list;
    if (wrong !== undefined) throw new RevmetaError(`${file}: ${list}[${i}] is not a revmeta ${what} (${wrong})`);
  });
}

/**
 * Why a saved plan may not be applied; empty when it holds. Beyond the digests, every change
 * (object, field, action, before, after, statements, in order) and every conflict must equal
 * those of the plan made now, so a statement edited in the file is never run.
 */
export function checkSavedPlan(saved: Plan, fresh: Plan): string[] {
  const reasons = stalenessReasons(saved, fresh);
  if (canonicalJson(saved.scope ?? null) !== canonicalJson(fresh.scope ?? null)) reasons.unshift('the plan covers other objects than a plan made now (its --changed-since scope differs)');
  const changes = changeSetDifferences(saved, fresh).map(({ key, what }) => `${visible(key)}: ${what}`);
  if (changes.length > 0) reasons.push(`the changes in the plan are not what revmeta plans now (${changes.length} differ):\n${subList(changes)}`);
  // Statements no change names never run, but a file that lists others than revmeta renders is not its plan.
  if (changes.length === 0) reasons.push(...statementListDifferences(saved, fresh));
  const conflicts = conflictDifferences(saved.conflicts, fresh.conflicts);
  if (conflicts.length > 0) {
    reasons.push(`the conflicts in the plan are not those of a plan made now (${conflicts.length} differ):\n${subList(conflicts)}`);
  }
  return reasons;
}

/** The statement lists compared entry by entry (where they run and what they run, ids aside). */
function statementListDifferences(saved: Pick<Plan, 'statements'>, fresh: Pick<Plan, 'statements'>): string[] {
  const savedStatements = [...statementDigests(saved.statements).values()];
  const freshStatements = [...statementDigests(fresh.statements).values()];
  const differing = savedStatements.filter((digest, i) => digest !== freshStatements[i]).length + Math.max(0, freshStatements.length - savedStatements.length);
  return differing > 0 ? [`the statements in the plan are not what revmeta renders now (${differing} differ)`] : [];
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

/** The first entries of a list, indented under a reason, and how many more there are. */
function subList(items: readonly string[], max = 10): string {
  const lines = items.slice(0, max).map((item) => `    - ${item}`);
  if (items.length > max) lines.push(`    - and ${items.length - max} more`);
  return lines.join('\n');
}

/** Why a saved plan may not be applied; empty when it still holds. */
export function stalenessReasons(saved: Plan, fresh: Plan): string[] {
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
    const moved = movedObjects(saved, fresh, service.name).map((key) => visible(key));
    reasons.push(
      moved.length > 0
        ? `the live state of service "${service.name}" changed since the plan was made: ${formatList(moved)}`
        : `the live state of service "${service.name}" changed since the plan was made`,
    );
  }
  return reasons;
}

/** Objects whose planned change differs between the saved plan and a plan made now. */
function movedObjects(saved: Pick<Plan, 'changes' | 'statements'>, fresh: Pick<Plan, 'changes' | 'statements'>, service: string): string[] {
  const index = ({ changes, statements }: Pick<Plan, 'changes' | 'statements'>) => {
    const digests = statementDigests(statements);
    return new Map(
      changes
        .filter((change) => change.service === service)
        .map((change) => [objectFieldKey(change), JSON.stringify([change.action, change.before, change.after, statementsOfChange(change, digests)])]),
    );
  };
  const before = index(saved);
  const now = index(fresh);
  const moved = new Set<string>();
  for (const [key, value] of before) if (now.get(key) !== value) moved.add(key);
  for (const key of now.keys()) if (!before.has(key)) moved.add(key);
  return [...moved].sort();
}

function formatList(items: readonly string[], max = 10): string {
  const shown = items.slice(0, max).join('; ');
  return items.length > max ? `${shown}; and ${items.length - max} more` : shown;
}
