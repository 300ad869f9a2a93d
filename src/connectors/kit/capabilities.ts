/** Capability tables most systems share; a connector spreads or overrides them. */
import type { ObjectKind } from '../../model/types.js';
import type { Capabilities } from '../types.js';

/**
 * Descriptions at every level and owners wherever objects have one (a column belongs to its
 * table); tags at every level where the system has them (`tags`), else nowhere.
 */
export function fieldsAtEveryLevel({ tags }: { tags: boolean }): Capabilities['fields'] {
  const everyLevel = ['database', 'schema', 'table', 'column'] as const;
  return { description: everyLevel, owner: ['database', 'schema', 'table'], tag: tags ? everyLevel : [] };
}

/** One entry (a description limit, rules, a side effect) that holds alike at each of these levels. */
export function atLevels<T>(levels: readonly ObjectKind[], entry: T): Partial<Record<ObjectKind, T>> {
  return Object.fromEntries(levels.map((level) => [level, entry]));
}
