/**
 * What Unity Catalog can write. OpenMetadata's levels map one to one: database = catalog,
 * schema, table (tables, views, materialized views, streaming tables), column.
 * - descriptions on all four levels; a view's columns only where `COMMENT ON COLUMN` exists
 *   (SQL warehouses, Databricks Runtime 16.1+); a materialized view and its columns only from
 *   Runtime 16.3 (every SQL warehouse);
 * - owners on catalogs, schemas and relations (a user e-mail, group or service principal);
 * - tags on all four levels, `SET TAGS`/`UNSET TAGS`, with the key rules below and at most 50
 *   per object; a view's columns only where `ALTER VIEW ... ALTER COLUMN` exists (Databricks
 *   SQL 2026.47+, Runtime 19+): before that `ALTER TABLE` on a view fails;
 * - not on foreign tables (Lakehouse Federation), which take only `ALTER TABLE ... OWNER TO`
 *   and `RENAME TO`: no tags and no column comments there.
 * Governed tags (account-level tag policies) restrict values; the information schema does
 * not say which, so a value a policy refuses fails at apply with Databricks' error.
 * Every statement commits on its own: nothing is transactional.
 * Sources: https://docs.databricks.com/aws/en/sql/language-manual/sql-ref-syntax-ddl-comment,
 * https://docs.databricks.com/aws/en/sql/language-manual/sql-ref-syntax-ddl-alter-view-manage-column,
 * https://docs.databricks.com/aws/en/database-objects/tags (constraints),
 * https://docs.databricks.com/aws/en/admin/governed-tags/.
 */
import type { Capabilities, ServerInfo, TagRules } from '../types.js';
import { hasCommentOnColumn, hasCommentOnMaterializedView, hasViewColumnTags } from '../databricks/version.js';
import type { RelationKind } from '../../model/types.js';
import { fieldsAtEveryLevel } from '../kit/capabilities.js';

/** Longest tag key and value Unity Catalog stores. */
export const TAG_KEY_MAX = 255;
export const TAG_VALUE_MAX = 1000;
/** Most tags one securable holds ("a maximum of 50 tags to a single securable object"). */
export const TAGS_PER_OBJECT_MAX = 50;

/**
 * Materialized views are maintained by a pipeline: one defined in a Lakeflow pipeline is
 * redefined by the pipeline's next update, which can undo changes made outside it. Unity
 * Catalog's information schema does not say which pipeline (if any) defines it, so every
 * description and tag change there carries the warning (owners are not part of a definition).
 */
export const PIPELINE_REVERT_NOTE =
  'a materialized view is maintained by a pipeline; if a Lakeflow pipeline defines it, the pipeline\'s next update may revert this change (state it in the pipeline definition too)';
/** Characters Unity Catalog refuses in tag keys. */
export const TAG_KEY_FORBIDDEN = ['.', ',', '-', '=', '/', ':'] as const;

/**
 * Length as Databricks counts it: "characters" of a JVM string, i.e. UTF-16 code units, so a
 * character outside the Basic Multilingual Plane (an emoji) counts twice. Counting code points
 * would plan a key Databricks then refuses at apply.
 */
function length(text: string): number {
  return text.length;
}

/**
 * Why Unity Catalog cannot store this tag, or null: checked at plan time, so a key it would
 * refuse becomes a plan conflict instead of a failed apply.
 */
export function refuseTag(key: string, value: string): string | null {
  if (key === '') return 'a tag key cannot be empty';
  const forbidden = TAG_KEY_FORBIDDEN.filter((char) => key.includes(char));
  if (forbidden.length > 0) {
    return `tag key "${key}" contains ${forbidden.map((char) => `"${char}"`).join(', ')}; Unity Catalog does not allow ${TAG_KEY_FORBIDDEN.join(' ')} in tag keys`;
  }
  if (/[\u0000-\u001f\u007f]/.test(key)) return `tag key ${JSON.stringify(key)} contains a control character`;
  if (key.trim() !== key) return `tag key ${JSON.stringify(key)} begins or ends with white space, which Unity Catalog does not keep`;
  if (length(key) > TAG_KEY_MAX) return `tag key is ${length(key)} characters long; Unity Catalog allows at most ${TAG_KEY_MAX}`;
  if (length(value) > TAG_VALUE_MAX) return `tag value is ${length(value)} characters long; Unity Catalog allows at most ${TAG_VALUE_MAX}`;
  return null;
}

export const tagRules: TagRules = { refuse: refuseTag };

export function capabilities(server: ServerInfo): Capabilities {
  const withhold = (supported: boolean, ...kinds: RelationKind[]): RelationKind[] => (supported ? [] : kinds);
  const materializedViews = withhold(hasCommentOnMaterializedView(server.version), 'materialized_view');
  return {
    fields: fieldsAtEveryLevel({ tags: true }),
    unsupportedRelations: {
      description: {
        table: materializedViews,
        column: [...withhold(hasCommentOnColumn(server.version), 'view'), ...materializedViews, 'foreign_table'],
      },
      tag: { table: ['foreign_table'], column: [...withhold(hasViewColumnTags(server.version), 'view'), 'foreign_table'] },
    },
    transactionalDdl: false,
    // A classic or pro SQL warehouse runs 10 queries per cluster before it queues
    // (docs.databricks.com: SQL warehouse sizing, scaling, and queuing behavior): stay under it.
    applyConcurrency: 8,
    // Unity Catalog lists only the catalogs, schemas and tables the principal may use.
    listing: { database: 'visible-only', schema: 'visible-only', table: 'visible-only' },
    tagRules,
    maxTagsPerObject: TAGS_PER_OBJECT_MAX,
    relationSideEffects: { description: { materialized_view: PIPELINE_REVERT_NOTE }, tag: { materialized_view: PIPELINE_REVERT_NOTE } },
  };
}
