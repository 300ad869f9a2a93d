/**
 * A server's databases, for systems that enter each database on a session of its own (the
 * PostgreSQL family, SQL Server): the listing's rows, which of them a scope reads, and which
 * it skips as unreadable.
 */
import type { ObservedNode } from '../../model/types.js';
import { compareNames } from '../catalog.js';
import type { Driver, DriverSession, IntrospectScope, UnreadableObject } from '../types.js';

/** A database as the server lists it. */
export interface ListedDatabase {
  name: string;
  owner: string | null;
  /** Why this connection may not read it (not online, no privilege to enter); null when it may. */
  refusal: string | null;
}

/**
 * `all` is every listed database the connection may read; named databases that are not listed
 * are left out (the planner reports them as missing), and one that refuses us fails loudly.
 * Names match case-insensitively, so the planner can prefer an exact one.
 */
export function databasesInScope<D extends ListedDatabase>(listed: readonly D[], scope: IntrospectScope): D[] {
  if (scope.databases === 'all') return listed.filter((database) => database.refusal === null);
  const wanted = new Set(scope.databases.map((name) => name.toLowerCase()));
  return listed.filter((database) => wanted.has(database.name.toLowerCase()));
}

/** What `all` skips: listed, so not absent, only unseen (import keeps their manifests). */
export function unreadableListed(listed: readonly ListedDatabase[], scope: IntrospectScope): UnreadableObject[] {
  if (scope.databases !== 'all') return [];
  return listed.flatMap(({ name, refusal }) => (refusal === null ? [] : [{ database: name, reason: refusal }]));
}

/**
 * Reads each of these databases on a session of its own, one after the other. Under `all`, one
 * that refuses the session (dropped or closed to this login since the listing) is one more
 * unseen database in `unreadable`; a named one that refuses fails loudly.
 */
export async function readOnOwnSessions<D extends ListedDatabase>(
  driver: Driver,
  databases: readonly D[],
  scope: IntrospectScope,
  read: (session: DriverSession, database: D) => Promise<ObservedNode>,
  unreadable: UnreadableObject[],
): Promise<ObservedNode[]> {
  const nodes: ObservedNode[] = [];
  for (const database of databases) {
    let session: DriverSession;
    try {
      session = await driver.open(database.name);
    } catch (error) {
      if (scope.databases !== 'all') throw error;
      unreadable.push({ database: database.name, reason: `could not connect: ${error instanceof Error ? error.message : String(error)}` });
      continue;
    }
    try {
      nodes.push(await read(session, database));
    } finally {
      await session.close();
    }
  }
  return nodes;
}

/**
 * The databases of one introspection: listed on a first session, which also reads what else
 * the system needs there (`extra`: version, principals…); the database that session is in is
 * read on it (one connection fewer), every other in scope on a session of its own. Sorted by name.
 */
export async function readDatabases<D extends ListedDatabase, Extra>(
  driver: Driver,
  scope: IntrospectScope,
  first: (session: DriverSession) => Promise<{ listed: D[]; current: string | undefined; extra: Extra }>,
  read: (session: DriverSession, database: D) => Promise<ObservedNode>,
): Promise<{ databases: ObservedNode[]; unreadable: UnreadableObject[]; extra: Extra }> {
  const databases: ObservedNode[] = [];
  const unreadable: UnreadableObject[] = [];
  const session = await driver.open();
  let found: { listed: D[]; current: string | undefined; extra: Extra };
  let targets: D[];
  try {
    found = await first(session);
    targets = databasesInScope(found.listed, scope);
    unreadable.push(...unreadableListed(found.listed, scope));
    const here = targets.find((database) => database.name === found.current);
    if (here !== undefined) databases.push(await read(session, here));
  } finally {
    await session.close();
  }
  const others = targets.filter((database) => database.name !== found.current);
  databases.push(...(await readOnOwnSessions(driver, others, scope, read, unreadable)));
  return { databases: databases.sort(compareNames), unreadable, extra: found.extra };
}
