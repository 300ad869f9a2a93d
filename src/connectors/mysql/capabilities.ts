import type { Capabilities, DescriptionRules, ServerInfo } from '../types.js';

/** `MariaDB 10.11.19` / `MySQL 8.0.36`, as introspect names the server. */
export interface ServerVersion {
  flavour: 'MariaDB' | 'MySQL';
  major: number;
  minor: number;
  patch: number;
}

/** Reads introspect's `ServerInfo.version`; anything unrecognised counts as MySQL 0.0.0 (the least capable). */
export function parseServerVersion(version: string): ServerVersion {
  const match = /^(MariaDB|MySQL) (\d+)\.(\d+)(?:\.(\d+))?/.exec(version);
  if (!match) return { flavour: 'MySQL', major: 0, minor: 0, patch: 0 };
  return {
    flavour: match[1] as ServerVersion['flavour'],
    major: Number(match[2]),
    minor: Number(match[3]),
    patch: Number(match[4] ?? 0),
  };
}

/** `ALTER DATABASE ... COMMENT` and `SCHEMATA.SCHEMA_COMMENT` arrived in MariaDB 10.5; MySQL has neither. */
export function hasSchemaComments(server: ServerVersion): boolean {
  return server.flavour === 'MariaDB' && (server.major > 10 || (server.major === 10 && server.minor >= 5));
}

/** Comments are stored as utf8mb3: a 4-byte character (emoji) fails with ERROR 1300. */
const BMP_ONLY: DescriptionRules = { bmpOnly: true };

/**
 * What MySQL and MariaDB can write: table and column comments always, schema (= MySQL
 * database) comments on MariaDB only; no owners, no tags. DDL auto-commits.
 *
 * Limits are the server's (strict mode refuses longer): 2048 characters on a table, 1024 on
 * a column. A schema comment may be 1024 characters, but is held to 1024 UTF-8 bytes: on
 * MariaDB 10.11 a schema comment longer than about 1035 bytes makes every later ALTER
 * TABLE in that schema crash the server (ddl_log_write_execute_entry, found while testing).
 */
export function capabilities(server: ServerInfo): Capabilities {
  const schemaComments = hasSchemaComments(parseServerVersion(server.version));
  return {
    fields: {
      description: schemaComments ? ['schema', 'table', 'column'] : ['table', 'column'],
      owner: [],
      tag: [],
    },
    // A view has no comment of its own (TABLE_COMMENT reads 'VIEW'), and its columns show
    // the comments of the columns they select.
    unsupportedRelations: { description: { table: ['view'], column: ['view'] } },
    transactionalDdl: false,
    // ALTER TABLE takes a metadata lock on its own table only; each session is one of
    // max_connections (151 by default): a few at once.
    applyConcurrency: 4,
    // The database level is the connection's one name. SCHEMATA, TABLES and COLUMNS hide what
    // the user holds no privilege on (SHOW DATABASES aside); confirmAbsent asks the server.
    listing: { database: 'complete', schema: 'confirmed', table: 'confirmed', column: 'confirmed' },
    descriptionLimits: {
      ...(schemaComments ? { schema: { max: 1024, unit: 'bytes' as const } } : {}),
      table: { max: 2048, unit: 'chars' },
      column: { max: 1024, unit: 'chars' },
    },
    descriptionRules: {
      ...(schemaComments ? { schema: BMP_ONLY } : {}),
      table: BMP_ONLY,
      column: BMP_ONLY,
    },
  };
}
