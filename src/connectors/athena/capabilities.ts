import type { RelationKind } from '../../model/types.js';
import type { Capabilities, DescriptionRules } from '../types.js';

/**
 * Glue's string patterns (API reference, "Common data types"): a single-line string is
 * U+0020–U+D7FF, U+E000–U+FFFD, the astral planes and tab; a multi-line string also takes
 * CR and LF. Anything else (other control characters, U+FFFE/U+FFFF, a lone surrogate) is
 * refused by Glue with InvalidInputException, so the planner refuses it first.
 */
const NOT_SINGLE_LINE = /[^\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}\t]/u;
const NOT_MULTI_LINE = /[^\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}\t\r\n]/u;

function refusal(pattern: RegExp): (text: string) => string | null {
  return (text) => {
    const found = pattern.exec(text)?.[0];
    if (found === undefined) return null;
    const code = found.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
    return `it contains U+${code}, a character Glue does not accept in this field`;
  };
}

/** Column comments: one line (the planner reports line breaks by themselves), Glue's characters. */
const COLUMN_RULES: DescriptionRules = { noNewlines: true, refuse: refusal(NOT_SINGLE_LINE) };
/** Table descriptions: several lines allowed, Glue's characters. */
const TABLE_RULES: DescriptionRules = { refuse: refusal(NOT_MULTI_LINE) };

/**
 * Relations whose descriptions revmeta does not write, for their columns too:
 * - views: an Athena view's Glue entry is derived from its SQL (Parameters.comment reads
 *   "Presto View", a marker), and a Glue view's definition is restated in another shape;
 * - Iceberg, Delta Lake and Hudi tables (`external_table`): their schema lives in the format's
 *   metadata, which Athena reads, and the next commit (Hudi: its meta sync) rewrites Glue's copy;
 * - resource links and federated tables (`foreign_table`): the table is elsewhere.
 */
const UNSUPPORTED: readonly RelationKind[] = ['view', 'materialized_view', 'external_table', 'foreign_table'];

/**
 * What revmeta writes through Glue: table descriptions (Description and Parameters.comment)
 * and column comments (columns and partition keys). No database or schema descriptions, no
 * owners, no tags. Glue has no transactions: each table is one UpdateTable, guarded by the
 * table version that was read.
 *
 * Limits: TableInput.Description ≤ 2048, Column.Comment ≤ 255. The API reference says
 * "bytes" in its prose and gives the same numbers as Smithy length constraints, which count
 * characters; revmeta counts characters (Unicode code points).
 */
export function capabilities(): Capabilities {
  return {
    fields: { description: ['table', 'column'], owner: [], tag: [] },
    unsupportedRelations: { description: { table: UNSUPPORTED, column: UNSUPPORTED } },
    transactionalDdl: false,
    // Glue throttles API requests per account and Region (ThrottlingException, no published
    // rate for UpdateTable) and the SDK retries with backoff: keep a small number in flight.
    applyConcurrency: 4,
    // The database level is the connection's one catalog name; with Lake Formation, GetDatabases
    // and GetTables list only what the principal has been granted.
    listing: { database: 'complete', schema: 'visible-only', table: 'visible-only' },
    descriptionLimits: {
      table: { max: 2048, unit: 'chars' },
      column: { max: 255, unit: 'chars' },
    },
    descriptionRules: { table: TABLE_RULES, column: COLUMN_RULES },
  };
}
