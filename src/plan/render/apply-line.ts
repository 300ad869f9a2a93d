/** The plan's one line per service on how apply will run it: in how many transactions, or not atomically. */
import type { ServiceApply } from '../types.js';
import { visible } from './common.js';

/** Databases named on the line; more are counted. */
const NAMED_DATABASES = 3;

/**
 * `analytics in 15 transactions of up to 3200 objects (lock budget: 3200 objects a
 * transaction); …`, `one transaction per database, atomic.`, or for a system whose DDL commits
 * on its own, that the apply is not atomic. Plain text: markdown escapes it.
 */
export function applyLine(apply: ServiceApply): string {
  if (apply.atomic === 'statement') {
    const pace = apply.concurrency > 1 ? `up to ${apply.concurrency} at once on different tables` : 'one at a time';
    return `not atomic: each statement commits on its own, ${pace}; a failure stops the rest, and those applied before it stay applied.`;
  }
  const split = apply.databases.filter((database) => database.transactions > 1);
  if (split.length === 0) return `one transaction per database${apply.transactions === 'single' ? ' (transactions: single)' : ''}, atomic.`;
  const named = split.slice(0, NAMED_DATABASES).map((database) => `${visible(database.database)} in ${database.transactions} transactions of up to ${database.objects} objects`);
  if (split.length > NAMED_DATABASES) named.push(`${split.length - NAMED_DATABASES} more database(s) likewise`);
  const budget = apply.lockBudget !== undefined ? ` (lock budget: ${apply.lockBudget} objects a transaction)` : '';
  const whole = apply.databases.length - split.length;
  const others = whole > 0 ? `; ${whole} other database(s) in one transaction each` : '';
  return `${named.join(', ')}${budget}${others}; each transaction atomic: a failure rolls it back and stops the later ones, the earlier ones stay committed.`;
}
