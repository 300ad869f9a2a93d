/**
 * What SQL Server (and Azure SQL) can write. Every version since 2008 behaves the same here,
 * so the server version is not consulted.
 *
 * - Descriptions on database, schema, table/view and column: the `MS_Description` extended
 *   property. Its value is a sql_variant of at most 7,500 bytes: 3,750 NVARCHAR (UTF-16)
 *   code units, so an emoji counts twice.
 * - Owners on database (a login), schema and table/view (database principals). Columns have
 *   none. Transferring a schema or an object drops the permissions granted on it (and, for a
 *   schema, on its objects that have no owner of their own): each such change carries a plan
 *   warning. A database transfer keeps its permissions.
 * - No tags.
 * - DDL and the property procedures are transactional: a database's changes apply atomically.
 */
import { OBJECT_KINDS } from '../../model/types.js';
import type { Capabilities, ServerInfo } from '../types.js';
import { atLevels, fieldsAtEveryLevel } from '../kit/capabilities.js';

/** sp_addextendedproperty: "@value ... cannot be more than 7,500 bytes" = 3,750 UTF-16 code units. */
export const DESCRIPTION_MAX_UTF16 = 3750;

const LIMIT = { max: DESCRIPTION_MAX_UTF16, unit: 'utf16' } as const;

/** The plan warning on each ownership transfer that drops permissions. */
export const OWNER_SIDE_EFFECTS = {
  schema:
    'ALTER AUTHORIZATION ON SCHEMA drops every permission granted on the schema and on its objects that have no owner of their own; grant them again after apply',
  table: 'ALTER AUTHORIZATION ON OBJECT drops every permission granted on it; grant them again after apply',
} as const;

export function capabilities(_server: ServerInfo): Capabilities {
  return {
    fields: fieldsAtEveryLevel({ tags: false }),
    transactionalDdl: true,
    // Metadata visibility: sys.databases without VIEW ANY DATABASE, and sys.schemas and
    // sys.objects without VIEW DEFINITION, list only what the login may see; confirmAbsent
    // asks whether this login holds those permissions.
    listing: { database: 'confirmed', schema: 'confirmed', table: 'confirmed' },
    descriptionLimits: atLevels(OBJECT_KINDS, LIMIT),
    sideEffects: { owner: { ...OWNER_SIDE_EFFECTS } },
  };
}
