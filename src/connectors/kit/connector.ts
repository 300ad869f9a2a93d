/**
 * The connector contract as files: a connector folder provides four modules, each exporting
 * its part under a fixed name, and its index.ts names the system and adds what only it has.
 */
import type { Connector } from '../types.js';

/** The modules of a connector folder, by file. */
export interface ConnectorModules {
  /** driver.ts: the `connection:` block's JSON Schema, and the driver that opens sessions. */
  driver: Pick<Connector, 'connectionSchema' | 'createDriver'>;
  /** sql.ts: the dialect (quoting, syntax, statements). */
  sql: Pick<Connector, 'dialect'>;
  /** capabilities.ts: what each server version can hold and change. */
  capabilities: Pick<Connector, 'capabilities'>;
  /** introspect.ts: the observed tree, read in batches (and, where listings hide objects, the absence check). */
  introspect: Pick<Connector, 'introspect' | 'confirmAbsent'>;
}

/**
 * What index.ts states itself: the system's name and docs, what only some systems read before
 * compiling, and which principals the system defines for itself.
 */
export type ConnectorIdentity = Pick<Connector, 'type' | 'docs' | 'readCompileContext' | 'isBuiltinPrincipal'>;

export function defineConnector(modules: ConnectorModules, identity: ConnectorIdentity): Connector {
  const { type, docs, readCompileContext, isBuiltinPrincipal } = identity;
  const { confirmAbsent } = modules.introspect;
  return {
    type,
    ...(docs === undefined ? {} : { docs }),
    ...(confirmAbsent === undefined ? {} : { confirmAbsent }),
    ...(isBuiltinPrincipal === undefined ? {} : { isBuiltinPrincipal }),
    connectionSchema: modules.driver.connectionSchema,
    dialect: modules.sql.dialect,
    capabilities: modules.capabilities.capabilities,
    createDriver: modules.driver.createDriver,
    introspect: modules.introspect.introspect,
    ...(readCompileContext === undefined ? {} : { readCompileContext }),
  };
}
