import type { Change } from '../../model/change.js';
import type { Connector, Driver, CompileContext } from '../types.js';
import { defineConnector } from '../kit/connector.js';
import * as capabilities from './capabilities.js';
import * as driver from './driver.js';
import { isSnowflakeDriver, type SnowflakeDriver } from './driver.js';
import * as introspect from './introspect.js';
import { showTagsSql } from './introspect.js';
import * as sql from './sql.js';
import { type SnowflakeCompileContext } from './sql.js';

/** The tag keys of the tag schema: as introspection found them, or read now (one SHOW TAGS). */
async function knownTagKeys(driver: SnowflakeDriver): Promise<string[]> {
  if (driver.knownTagKeys !== null) return driver.knownTagKeys;
  const tagSchema = driver.tagSchema();
  if (tagSchema === null) return [];
  const session = await driver.open();
  try {
    const rows = await session.query(showTagsSql(tagSchema));
    return rows.map((row) => String(row['name']));
  } finally {
    await session.close();
  }
}

/**
 * What compile needs besides the changes, all of it part of the plan's observed digest: where
 * tag objects live (tags.schema as stored names), which tag keys the plan creates first
 * (tags.create; those introspection did not find), and whether GRANT OWNERSHIP copies or
 * revokes current grants.
 */
export async function readCompileContext(driver: Driver, changes: readonly Change[]): Promise<CompileContext> {
  if (!isSnowflakeDriver(driver)) throw new Error('the snowflake connector reads its compile context through its own driver');
  const context: SnowflakeCompileContext = {};
  const tags = changes.filter((change) => change.field === 'tag');
  if (tags.length > 0) {
    const tagSchema = driver.tagSchema();
    if (tagSchema !== null) context.tagSchema = tagSchema;
    if (driver.mayCreateTags) {
      const known = new Set(await knownTagKeys(driver));
      const added = tags.filter((change) => change.action !== 'remove' && change.tag !== undefined).map((change) => change.tag!);
      const missing = [...new Set(added)].filter((key) => !known.has(key)).sort();
      if (missing.length > 0) context.createTags = missing;
    }
  }
  if (changes.some((change) => change.field === 'owner')) context.ownershipGrants = driver.settings().ownershipGrants;
  return { ...context };
}

/** Snowflake's system-defined roles ("Overview of Access Control"): no OpenMetadata user or team is one. */
const SYSTEM_ROLES: ReadonlySet<string> = new Set(['ORGADMIN', 'GLOBALORGADMIN', 'ACCOUNTADMIN', 'SECURITYADMIN', 'USERADMIN', 'SYSADMIN', 'PUBLIC']);

export const snowflake: Connector = defineConnector({ driver, sql, capabilities, introspect }, {
  type: 'snowflake',
  docs: {
    title: 'Snowflake',
    testedOn: 'a local fake of the HTTP protocol snowflake-sdk speaks, behind the real driver; golden SQL; opt-in live tests',
  },
  readCompileContext,
  isBuiltinPrincipal: (name) => SYSTEM_ROLES.has(name),
});
