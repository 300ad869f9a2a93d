import type { SyncName } from '../model/types.js';
import type { SqlTemplates } from '../connectors/types.js';

/** A located problem in a config or manifest file. `file` is as the user would open it. */
export interface Diagnostic {
  file: string;
  line: number;
  column: number;
  message: string;
  /** Dotted path of the offending key, e.g. `services.warehouse.type` or `tables.orders.owner`. */
  key?: string;
}

/** `notes`: located remarks that are not errors (an unset variable a command does not need). */
export type Loaded<T> = { ok: true; value: T; notes?: Diagnostic[] } | { ok: false; diagnostics: Diagnostic[] };

export interface ServiceConfig {
  /** A connector of the registry (src/connectors/index.ts); the config schema's enum is generated from it. */
  type: string;
  connection: Record<string, unknown>;
  /** Durations (`10s`, `500ms`) as written; absent ones take the defaults (connectors/connection.ts). */
  timeouts?: { connect?: string; statement?: string; lock?: string };
  /** Without transactional DDL: statements of different tables in flight at once. Absent: the connector's default. */
  concurrency?: number;
  /** Absent: everything the connector supports. */
  sync?: SyncName[];
  owners?: { map?: Record<string, string> };
  /**
   * `schema` and `create` are for sources whose tags are objects in a schema (Snowflake);
   * `glossary` reads OpenMetadata glossary terms as tags too (export, `--target openmetadata`).
   */
  tags?: { managed?: string[]; schema?: string; create?: boolean; glossary?: boolean };
  include?: string[];
  exclude?: string[];
  sql?: SqlTemplates;
  descriptions?: { tooLong?: 'error' | 'truncate' };
  /** Transactional systems: `auto` (default) sizes transactions from the server's lock budget; `single`: one per database. */
  transactions?: 'auto' | 'single';
}

export interface Config {
  /** Absolute path of the config file and its folder. */
  file: string;
  dir: string;
  version: 1;
  /** Absolute path of the manifests folder. */
  manifests: string;
  openmetadata?: { url: string; token?: string };
  services: Record<string, ServiceConfig>;
  /**
   * Values that must never be printed: every value that came from a `${VAR}` expansion and
   * every password/token/secret/key option. The CLI edge masks them in all output.
   */
  secrets: string[];
}
