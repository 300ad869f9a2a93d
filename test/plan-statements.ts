/** Test helpers over plan 2.0's statements: what SQL text a change carries. */
import { statementTextsOf, type Change, type PlannedStatement } from '../src/model/change.js';

/** The text of each statement `change` names (`plan` holds the statements). */
export function sqlOf(plan: { statements: readonly PlannedStatement[] }, change: Change): string[] {
  return statementTextsOf(change, plan.statements);
}

/** The plan's changes, each with the text of its statements, for assertions written per change. */
export function changesWithSql(plan: { changes: readonly Change[]; statements: readonly PlannedStatement[] }): Array<Change & { sql: string[] }> {
  return plan.changes.map((change) => ({ ...change, sql: statementTextsOf(change, plan.statements) }));
}

/** A change as tests write it: with the text of its statements rather than their ids. */
export type ChangeWithSql = Omit<Change, 'statements'> & { sql: string[] };

/**
 * Changes written with their SQL as a plan's changes and statements: each distinct text of a
 * service and database one statement (as a dialect batches), ids in order of first use.
 */
export function withStatements(written: readonly ChangeWithSql[]): { changes: Change[]; statements: PlannedStatement[] } {
  const statements: PlannedStatement[] = [];
  const ids = new Map<string, number>();
  const changes = written.map(({ sql, ...change }) => ({
    ...change,
    statements: sql.map((text) => {
      const key = JSON.stringify([change.service, change.object.database, text]);
      let id = ids.get(key);
      if (id === undefined) {
        id = statements.length + 1;
        ids.set(key, id);
        statements.push({ id, service: change.service, database: change.object.database, kind: 'sql', text });
      }
      return id;
    }),
  }));
  return { changes, statements };
}
