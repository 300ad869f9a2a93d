import type { Capabilities, ServerInfo } from '../types.js';
import { fieldsAtEveryLevel } from '../kit/capabilities.js';

/**
 * What PostgreSQL can write. Every supported version behaves the same, so the server
 * version is not consulted. Comments are `text` (no length limit); tags do not exist.
 * DDL, including `COMMENT ON DATABASE` and `ALTER DATABASE ... OWNER`, is transactional.
 */
export function capabilities(_server: ServerInfo): Capabilities {
  return {
    fields: fieldsAtEveryLevel({ tags: false }),
    transactionalDdl: true,
    // pg_database, pg_namespace and pg_class list every object whatever the role's privileges.
    listing: { database: 'complete', schema: 'complete', table: 'complete' },
  };
}
