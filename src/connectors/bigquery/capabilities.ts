/**
 * What BigQuery can write. OpenMetadata's levels map as database = GCP project (nothing to
 * write: a project has neither description nor labels in BigQuery), schema = dataset,
 * table = table, clone, snapshot, view or materialized view, column = column or nested
 * RECORD field.
 *
 * Descriptions: dataset, table/view/materialized view/snapshot, column (nested fields too,
 * through `tables.patch`); not on the columns of a materialized view, which take no column
 * options, nor of a snapshot, whose schema is read-only. External tables take no
 * description and no labels by DDL (and revmeta writes them no other way).
 * Tags become labels on datasets and tables. Owners are IAM, not metadata: none.
 * Every statement is its own job: nothing is transactional.
 */
import type { Capabilities, TagRules } from '../types.js';

/** BigQuery's quotas: a table description holds 16,384 characters, a column's 1,024. */
export const TABLE_DESCRIPTION_MAX = 16_384;
export const COLUMN_DESCRIPTION_MAX = 1_024;
/**
 * Datasets have no published limit of their own; they are held to the table limit, so that
 * nothing is planned that the service might refuse.
 */
export const DATASET_DESCRIPTION_MAX = 16_384;

/** Label keys and values hold at most 63 characters. */
export const LABEL_MAX_CHARS = 63;

/** Characters a label may hold: lowercase letters (any script), digits, `_` and `-`. */
const LABEL_CHAR = /[\p{Ll}\p{Lo}\p{Nd}_-]/u;
const NOT_LABEL_CHAR = /[^\p{Ll}\p{Lo}\p{Nd}_-]/gu;
/** A key starts with a lowercase letter or a letter of a script without case. */
const LABEL_KEY_START = /^[\p{Ll}\p{Lo}]/u;

/**
 * An OpenMetadata classification or tag name as a label key or value: NFC-composed, lower
 * case, and every character a label cannot hold (spaces, dots, quotes, upper-case-only
 * letters, marks, symbols) replaced by `_`. `PII.Sensitive` becomes `pii` = `sensitive`,
 * `Data Tier.Gold Plus` becomes `data_tier` = `gold_plus`.
 */
export function normaliseLabel(name: string): string {
  return name.normalize('NFC').toLowerCase().replace(NOT_LABEL_CHAR, '_');
}

const length = (text: string) => [...text].length;

/** Why a (normalised) key and value cannot be a label, or null. */
export function refuseLabel(key: string, value: string): string | null {
  if (key === '') return 'a label key cannot be empty';
  if (!LABEL_KEY_START.test(key)) return `label key "${key}" must start with a lowercase letter`;
  if (length(key) > LABEL_MAX_CHARS) return `label key "${key}" is ${length(key)} characters long (at most ${LABEL_MAX_CHARS})`;
  if (length(value) > LABEL_MAX_CHARS) return `label value "${value}" is ${length(value)} characters long (at most ${LABEL_MAX_CHARS})`;
  const bad = [...key, ...value].find((char) => !LABEL_CHAR.test(char));
  if (bad !== undefined) return `a label cannot hold ${JSON.stringify(bad)}`;
  return null;
}

export const tagRules: TagRules = { key: normaliseLabel, value: normaliseLabel, refuse: refuseLabel };

export function capabilities(): Capabilities {
  return {
    fields: {
      description: ['schema', 'table', 'column'],
      owner: [],
      tag: ['schema', 'table'],
    },
    unsupportedRelations: {
      description: {
        // External tables refuse ALTER TABLE SET OPTIONS and ALTER COLUMN SET OPTIONS ("This
        // statement is not supported for external tables."):
        // https://cloud.google.com/bigquery/docs/reference/standard-sql/data-definition-language#alter_table_set_options_statement
        table: ['external_table'],
        // Materialized views take no column options; a snapshot's schema is read-only ("You can
        // only update a table snapshot's metadata; for example, its description, expiration
        // date, and access policy": https://cloud.google.com/bigquery/docs/table-snapshots-intro).
        column: ['materialized_view', 'external_table', 'snapshot'],
      },
      tag: { table: ['external_table'] },
    },
    transactionalDdl: false,
    // Table metadata updates are rate-limited per table, and apply sends one table's in order;
    // different tables only share the API's per-user request rate (100/s): 8 in flight is far below.
    applyConcurrency: 8,
    // datasets.list and INFORMATION_SCHEMA show only what the caller may see; a project the
    // caller may not read is as absent as one that does not exist.
    listing: { database: 'visible-only', schema: 'visible-only', table: 'visible-only' },
    descriptionLimits: {
      schema: { max: DATASET_DESCRIPTION_MAX, unit: 'chars' },
      table: { max: TABLE_DESCRIPTION_MAX, unit: 'chars' },
      column: { max: COLUMN_DESCRIPTION_MAX, unit: 'chars' },
    },
    tagRules,
  };
}
