import type { Change, PlannedStatement } from '../model/change.js';
import type { Field, ObjectRef, SourceLocation } from '../model/types.js';

export const PLAN_FORMAT_VERSION = '2.0';

export type { ApplyResult, Change, ChangeAction, ChangeResult, ChangeStatus, PlannedStatement, StatementBody, StatementKind } from '../model/change.js';

export interface Conflict {
  service: string;
  object: ObjectRef;
  field?: Field;
  reason: string;
  location?: SourceLocation;
}

export type WarningCode =
  | 'missing-object'
  | 'unsupported-field'
  | 'truncated'
  | 'unsupported-relation'
  /** A relation of a kind revmeta does not know: nothing is planned for it. */
  | 'unknown-relation'
  | 'excluded'
  /** A change that does more than its field: see Capabilities.sideEffects. */
  | 'side-effect';

export interface Warning {
  service: string;
  code: WarningCode;
  message: string;
  object?: ObjectRef;
  field?: Field;
  location?: SourceLocation;
}

/** An object of a scoped plan: a database, a schema, or a table with its columns. */
export interface ChangedObject {
  service: string;
  database: string;
  schema?: string;
  table?: string;
}

/** What a plan made with `--changed-since` covers: the objects whose manifest entries changed since a commit. */
export interface PlanScope {
  /** The ref as given (`origin/main`, a SHA). */
  changedSince: string;
  /** The commit it named. */
  commit: string;
  /** The changed manifest files, relative to the manifests folder (removed ones too): the files the plan loaded. */
  files: string[];
  /** The objects planned: added, edited or removed since the commit. */
  objects: ChangedObject[];
}

export interface PlannedService {
  name: string;
  type: string;
  /** Digest of what the source holds for the fields and objects the manifests manage. */
  observedDigest: string;
  /**
   * How apply will run the service's statements, as the plan saw the server. Not part of any
   * digest: apply reads the lock budget again and reports the transactions it ran.
   */
  apply?: ServiceApply;
}

/**
 * `transaction`: each database's statements run in transactions, each atomic (one per database,
 * or consecutive ones within the server's lock budget); `statement`: the system's DDL commits on
 * its own, so each statement is atomic alone, up to `concurrency` at once.
 */
export type ServiceApply =
  | {
      atomic: 'transaction';
      /** The service's `transactions:` setting. */
      transactions: 'auto' | 'single';
      /** Objects one transaction may lock, from the server's settings; absent: no limit (or `single`). */
      lockBudget?: number;
      /** Databases with changes, in plan order. */
      databases: DatabaseTransactions[];
    }
  | { atomic: 'statement'; concurrency: number };

export interface DatabaseTransactions {
  database: string;
  /** Consecutive transactions apply will run there. */
  transactions: number;
  /** The most objects (tables, schemas, the database) one of them locks. */
  objects: number;
}

export interface PlanSummary {
  changes: number;
  statements: number;
  conflicts: number;
  warnings: number;
  /** `description.set` → count, etc. */
  byFieldAction: Record<string, number>;
}

export interface Plan {
  formatVersion: typeof PLAN_FORMAT_VERSION;
  manifestsDigest: string;
  /** Digest of the config (connection secrets excluded) the plan was made with. */
  configDigest: string;
  services: PlannedService[];
  /** `--select` globs the plan was made with; a saved plan is re-checked with the same scope. */
  select?: string[];
  /** Where the plan writes when not to the services' sources (`--target`): a saved plan is applied there. */
  target?: string;
  /** `--changed-since`: only these objects were read and planned; absent: a full plan. */
  scope?: PlanScope;
  /** Every statement once, in run order; changes name theirs by id. */
  statements: PlannedStatement[];
  changes: Change[];
  conflicts: Conflict[];
  warnings: Warning[];
  summary: PlanSummary;
}
