/**
 * What Snowflake can write: descriptions (comments) and tags on databases, schemas,
 * tables/views and columns; owners (a role, by GRANT OWNERSHIP) on databases, schemas and
 * tables/views. Every DDL statement commits on its own: nothing is transactional.
 *
 * Tags are schema objects. A manifest tag `Classification.Tag` sets the tag object
 * `<tags.schema>.<name>` to the value `Tag`, where the name is the classification folded as
 * Snowflake folds an unquoted identifier (`PII` → PII, `Tier` → TIER; a name that is not a
 * plain identifier, such as `Data Owner`, stays as written). The planner then matches that
 * name to the tag objects introspection found: exactly, else case-insensitively when only
 * one matches, so a tag created quoted as "Tier" is found too.
 */
import type { Capabilities, ServerInfo } from '../types.js';
import { MAX_IDENTIFIER_CHARS, tagNameOf } from './sql.js';
import { fieldsAtEveryLevel } from '../kit/capabilities.js';

/** Tag values hold at most 256 characters. */
export const MAX_TAG_VALUE_CHARS = 256;

/** ServerInfo as introspect reports it: the version, and the tag schema the connection was configured with. */
export interface SnowflakeServerInfo extends ServerInfo {
  /** `tags.schema` of the service (as written), or null when not configured. */
  tagSchema?: string | null;
}

const characters = (text: string) => [...text].length;

export function capabilities(server: ServerInfo): Capabilities {
  const tagSchema = (server as SnowflakeServerInfo).tagSchema ?? null;
  return {
    fields: fieldsAtEveryLevel({ tags: true }),
    unsupportedRelations: {
      // ALTER TABLE on an event table has no column actions at all:
      // https://docs.snowflake.com/en/sql-reference/sql/alter-table-event-table
      description: { column: ['event_table'] },
      // Nor does ALTER EXTERNAL TABLE take column tags:
      // https://docs.snowflake.com/en/sql-reference/sql/alter-external-table
      tag: { column: ['event_table', 'external_table'] },
    },
    transactionalDdl: false,
    // A warehouse runs MAX_CONCURRENCY_LEVEL statements at once (default 8) and queues the
    // rest; DDL on different tables does not conflict.
    applyConcurrency: 8,
    // SHOW DATABASES and INFORMATION_SCHEMA list only what the role may see, and Snowflake
    // answers "does not exist or not authorized" alike for hidden and dropped objects.
    listing: { database: 'visible-only', schema: 'visible-only', table: 'visible-only' },
    tagRules: {
      key: tagNameOf,
      refuse(key, value) {
        if (tagSchema === null) {
          return 'Snowflake tags are objects in a schema, and the service sets no tags.schema (e.g. tags: { schema: GOVERNANCE.TAGS })';
        }
        if (characters(key) > MAX_IDENTIFIER_CHARS) return `a tag name holds at most ${MAX_IDENTIFIER_CHARS} characters`;
        if (value.includes('\0')) return 'a tag value cannot contain a NUL character';
        if (characters(value) > MAX_TAG_VALUE_CHARS) {
          return `a tag value holds at most ${MAX_TAG_VALUE_CHARS} characters (this one has ${characters(value)})`;
        }
        return null;
      },
    },
  };
}
