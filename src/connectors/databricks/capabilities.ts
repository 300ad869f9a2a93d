/**
 * What the legacy Hive metastore of a Databricks workspace can write. OpenMetadata's database
 * is the metastore's catalog name (`hive_metastore`), a name only; its schemas, tables, views
 * and columns are real objects.
 * - descriptions on schemas, relations and the columns of tables (`COMMENT ON`, `ALTER TABLE
 *   ... ALTER COLUMN ... COMMENT`); a view's columns only by redefining the view: withheld;
 * - owners on schemas and relations (`ALTER ... OWNER TO`; table access control must be on);
 * - no catalog object (no description, no owner on the OpenMetadata database);
 * - no tags at all: tags are a Unity Catalog feature (the planner warns when manifests ask).
 * Every statement commits on its own: nothing is transactional.
 */
import type { Capabilities, ServerInfo } from '../types.js';

export function capabilities(_server: ServerInfo): Capabilities {
  return {
    fields: {
      description: ['schema', 'table', 'column'],
      owner: ['schema', 'table'],
      tag: [],
    },
    unsupportedRelations: { description: { column: ['view', 'materialized_view'] } },
    transactionalDdl: false,
    // A classic or pro SQL warehouse runs 10 queries per cluster before it queues
    // (docs.databricks.com: SQL warehouse sizing, scaling, and queuing behavior): stay under it.
    applyConcurrency: 8,
    // Unity Catalog lists only the catalogs, schemas and tables the principal may use.
    listing: { database: 'visible-only', schema: 'visible-only', table: 'visible-only' },
  };
}
