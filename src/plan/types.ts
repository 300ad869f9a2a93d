import type { Field, ObjectRef, SourceLocation } from '../model/types.js';

export const PLAN_FORMAT_VERSION = '1.0';

export type ChangeAction = 'set' | 'clear' | 'add' | 'remove';

/** One field of one object that differs between the manifests and the source. */
export interface Change {
  service: string;
  object: ObjectRef;
  field: Field;
  action: ChangeAction;
  /** For tags: the source tag key this change is about. */
  tag?: string;
  /** The value at the source now (for tags: the tag value), `null` = none. */
  before: string | null;
  /** The value after apply, `null` = none. */
  after: string | null;
  /** Statements that carry this change (a batched statement is listed on each change it carries). */
  sql: string[];
}

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

export interface PlannedService {
  name: string;
  type: string;
  /** Digest of what the source holds for the fields and objects the manifests manage. */
  observedDigest: string;
}

export interface PlanSummary {
  changes: number;
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
  changes: Change[];
  conflicts: Conflict[];
  warnings: Warning[];
  summary: PlanSummary;
}

/** Outcome of one change at apply time. */
export type ChangeStatus = 'applied' | 'failed' | 'not_run';

export interface ChangeResult {
  change: Change;
  status: ChangeStatus;
  /** For failed: the statement that failed and the engine's message. */
  statement?: string;
  error?: string;
  /** For not_run: why (an earlier failure, a rollback, a conflict). */
  reason?: string;
}

export interface ApplyResult {
  results: ChangeResult[];
  summary: { applied: number; failed: number; notRun: number };
}
