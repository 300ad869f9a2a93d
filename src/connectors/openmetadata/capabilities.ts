/**
 * What `--target openmetadata` can write: descriptions and tags at every level (columns
 * through their table's `columns` array), owners on databases, schemas and tables (columns
 * have none in OpenMetadata). An entity can have several owners (users, or one team), so a
 * manifest's `owners` list is the whole set. Each entity is one PATCH: nothing spans two
 * requests, so nothing is transactional. Descriptions are Markdown without a length limit,
 * and tags are OpenMetadata's own, so no description or tag rules apply.
 */
import type { Capabilities, ServerInfo } from '../types.js';
import { fieldsAtEveryLevel } from '../kit/capabilities.js';

export function capabilities(_server: ServerInfo): Capabilities {
  return {
    fields: fieldsAtEveryLevel({ tags: true }),
    transactionalDdl: false,
    multipleOwners: true,
  };
}
