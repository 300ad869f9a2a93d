/** What SQL drivers' sessions share: the set a driver closes, and the answer of systems without transactions. */
import { BatchStatementError, type DriverSession } from '../types.js';
import { checkOnlyDatabase, type NamedDatabaseDriver } from './scope.js';

/** The sessions a driver has open, so that closing the driver closes each one still open. */
export class OpenSessions {
  private readonly open = new Set<DriverSession>();

  /** Opens a session with `connect`, which gets the callback the session calls when it closes. */
  async add(connect: (onClose: () => void) => Promise<DriverSession>): Promise<DriverSession> {
    const session: DriverSession = await connect(() => this.open.delete(session));
    this.open.add(session);
    return session;
  }

  async closeAll(): Promise<void> {
    await Promise.allSettled([...this.open].map((session) => session.close()));
  }
}

/**
 * begin/commit/rollback of a system whose DDL commits on its own: apply never asks there
 * (its capabilities say `transactionalDdl: false`), so a call is a bug, reported with `reason`.
 */
export function withoutTransactions(reason: string): Pick<DriverSession, 'begin' | 'commit' | 'rollback'> {
  const refuse = (): Promise<never> => Promise.reject(new Error(reason));
  return { begin: refuse, commit: refuse, rollback: refuse };
}

/** commit and rollback as the SQL statements COMMIT and ROLLBACK, sent with `run`. */
export function sqlCommitAndRollback(run: (sql: string) => Promise<unknown>): Pick<DriverSession, 'commit' | 'rollback'> {
  return {
    commit: async () => {
      await run('COMMIT');
    },
    rollback: async () => {
      await run('ROLLBACK');
    },
  };
}

/**
 * Runs `statements` one at a time through `run`, after their batch failed, so that the one
 * that fails is named: BatchStatementError carries its index.
 */
export async function replayOneByOne(statements: readonly string[], run: (sql: string) => Promise<unknown>): Promise<void> {
  for (const [index, sql] of statements.entries()) {
    try {
      await run(sql);
    } catch (error) {
      throw new BatchStatementError(index, error);
    }
  }
}

/**
 * The driver of a server whose one OpenMetadata database is a name only (`databaseName`):
 * each session opened with `connect` (asking for another database is refused), all closed by
 * close().
 */
export function namedDatabaseServerDriver(
  system: string,
  databaseName: string,
  connect: (onClose: () => void) => Promise<DriverSession>,
): NamedDatabaseDriver {
  const sessions = new OpenSessions();
  return {
    databaseName,
    async open(database?: string) {
      checkOnlyDatabase(system, databaseName, database);
      return sessions.add(connect);
    },
    close: () => sessions.closeAll(),
  };
}
