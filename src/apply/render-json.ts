/**
 * `apply --format json`: one JSON document with a result per change, for scripts. The shape
 * is documented in the README ("apply --format json") and only grows: fields are added, never
 * renamed or removed, within a formatVersion.
 */
import type { ApplyResult, Conflict } from '../plan/types.js';

export const APPLY_JSON_FORMAT_VERSION = '1.0';

export function renderApplyJson(result: ApplyResult, conflicts: readonly Conflict[]): string {
  const document = {
    formatVersion: APPLY_JSON_FORMAT_VERSION,
    summary: { ...result.summary, conflicts: conflicts.length },
    results: result.results.map(({ change, status, statement, error, reason }) => ({
      service: change.service,
      object: change.object,
      field: change.field,
      action: change.action,
      ...(change.tag !== undefined ? { tag: change.tag } : {}),
      before: change.before,
      after: change.after,
      status,
      ...(statement !== undefined ? { statement } : {}),
      ...(error !== undefined ? { error } : {}),
      ...(reason !== undefined ? { reason } : {}),
    })),
    conflicts: conflicts.map(({ service, object, field, reason }) => ({ service, object, ...(field !== undefined ? { field } : {}), reason })),
    // Transactional systems: each transaction of each database, in the order they ran (or would have).
    ...(result.transactions ? { transactions: result.transactions } : {}),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
