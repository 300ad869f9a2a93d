/**
 * What Oracle can write: comments on tables, views, materialized views and their columns,
 * at most 4,000 bytes each. Nothing else:
 * - no comments on the database or on a schema (a schema is a user);
 * - no owners: an object belongs to the schema it is created in, and no statement moves it;
 * - no tags (annotations of 23ai are not managed yet).
 * The planner turns manifest fields at those levels into warnings. DDL commits on its own,
 * one statement at a time, so nothing is transactional. Every supported version (12.1+, what
 * thin mode connects to) behaves the same.
 */
import type { Capabilities, ServerInfo } from '../types.js';

/** COMMENT ... IS 'string': "The comment can be up to 4000 bytes" (in the database character set). */
export const COMMENT_MAX_BYTES = 4000;

export function capabilities(_server: ServerInfo): Capabilities {
  return {
    fields: { description: ['table', 'column'], owner: [], tag: [] },
    transactionalDdl: false,
    descriptionLimits: {
      table: { max: COMMENT_MAX_BYTES, unit: 'bytes' },
      column: { max: COMMENT_MAX_BYTES, unit: 'bytes' },
    },
  };
}
