/**
 * What ClickHouse can write, by server version. OpenMetadata's levels map as
 * database = a name only (nothing to write) → schema = a ClickHouse database → table → column.
 * No owners, no tags; every ALTER auto-commits, so nothing is transactional.
 */
import type { Capabilities, ServerInfo } from '../types.js';

type Version = readonly [major: number, minor: number];

/**
 * `ALTER TABLE ... MODIFY COMMENT`: added in 21.x but did nothing until 23.9 (ClickHouse PR
 * #51304, "the feature did not work at all"); docs: "available since version 23.9".
 * 18.16 rejects it as a syntax error.
 */
export const TABLE_COMMENTS_SINCE: Version = [23, 9];

/**
 * `ALTER DATABASE ... MODIFY COMMENT`: ClickHouse 25.4 (PR #75622; 25.3 answers "Expected
 * SETTING"). Verified on 26.7 for the Atomic and Memory engines. Before it, a database
 * comment can only be given at CREATE time, so no statement can set one.
 */
export const DATABASE_COMMENTS_SINCE: Version = [25, 4];

/**
 * From here on `COMMENT COLUMN` on a materialized view with inner storage is accepted and
 * ignored (verified on 26.7: the comment never shows in system.columns, nor after
 * DETACH/ATTACH). 18.16 stores it. Where between the two it changed is not known, so every
 * later version is treated like 26.7: a warning beats a change that never converges.
 * Only the view's columns are withheld: its own `MODIFY COMMENT` works. (Columns of a view
 * with a `TO` table would store theirs, but introspection cannot tell the two kinds apart.)
 */
export const MATERIALIZED_VIEW_COLUMNS_IGNORED_SINCE: Version = [19, 0];

/** `ClickHouse 26.7.2.1` (or a bare `18.16.1`) → [26, 7]; unreadable → null. */
export function parseVersion(version: string): Version | null {
  const match = /(\d+)\.(\d+)/.exec(version);
  return match ? [Number(match[1]), Number(match[2])] : null;
}

export function atLeast(version: Version, since: Version): boolean {
  return version[0] !== since[0] ? version[0] > since[0] : version[1] >= since[1];
}

/**
 * Capabilities of the server that reported `server.version`. A version that cannot be
 * read gets the smallest set every ClickHouse has (column comments), with the
 * materialized-view caveat, so nothing is planned that might not be stored.
 */
export function capabilities(server: ServerInfo): Capabilities {
  const version = parseVersion(server.version);
  const has = (since: Version) => version !== null && atLeast(version, since);
  const levels: Capabilities['fields']['description'] = [
    ...(has(DATABASE_COMMENTS_SINCE) ? (['schema'] as const) : []),
    ...(has(TABLE_COMMENTS_SINCE) ? (['table'] as const) : []),
    'column',
  ];
  const ignoresViewColumns = version === null || atLeast(version, MATERIALIZED_VIEW_COLUMNS_IGNORED_SINCE);
  return {
    fields: { description: levels, owner: [], tag: [] },
    ...(ignoresViewColumns ? { unsupportedRelations: { description: { column: ['materialized_view'] as const } } } : {}),
    transactionalDdl: false,
    // ALTER ... COMMENT changes only metadata and locks its own table; the server admits
    // max_concurrent_queries (100 by default): a few at once.
    applyConcurrency: 4,
    // The database level is the connection's one name. system.databases and system.tables hide
    // what the user may not see (18.16: allow_databases; later: SHOW grants); confirmAbsent asks.
    listing: { database: 'complete', schema: 'confirmed', table: 'confirmed' },
  };
}
