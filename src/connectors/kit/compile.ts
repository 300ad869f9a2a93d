/**
 * Built-in statements, by field: most systems write a description their own way, some an
 * owner, few a tag; a field the system cannot write is refused with a message of its own.
 */
import type { Change } from '../../model/change.js';
import type { Statement } from '../types.js';

/** Compiles a change of one field, or (a string) the reason the system cannot write it. */
export type FieldCompiler = ((change: Change) => string) | string;

/** One built-in compiler from a compiler (or a refusal) per field. */
export function compileByField(compilers: Record<Change['field'], FieldCompiler>): (change: Change) => string {
  return (change) => {
    const compile = compilers[change.field];
    if (typeof compile === 'string') throw new Error(compile);
    return compile(change);
  };
}

/**
 * Statements that each carry a group of changes (one table's column comments, one table's
 * UpdateTable), each placed where its group's first change is; their text is written once
 * every change has joined its group.
 */
export class StatementGroups<G> {
  private readonly groups = new Map<string, { statement: Statement; group: G }>();

  constructor(
    private readonly statements: Statement[],
    private readonly start: () => G,
  ) {}

  /** The group of `key` (opened, and its statement placed, on first use), now carrying change `index`. */
  add(key: string, index: number): G {
    let entry = this.groups.get(key);
    if (entry === undefined) {
      entry = { statement: { sql: '', changes: [] }, group: this.start() };
      this.groups.set(key, entry);
      this.statements.push(entry.statement);
    }
    entry.statement.changes.push(index);
    return entry.group;
  }

  /** Each group with its key and the statement to fill in. */
  *entries(): IterableIterator<[key: string, statement: Statement, group: G]> {
    for (const [key, { statement, group }] of this.groups) yield [key, statement, group];
  }
}
