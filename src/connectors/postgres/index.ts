import type { Connector } from '../types.js';
import { capabilities } from './capabilities.js';
import { connectionSchema, createDriver } from './driver.js';
import { introspect } from './introspect.js';
import { dialect } from './sql.js';

export { createEmbeddedDatabase } from './driver.js';

export const postgres: Connector = {
  type: 'postgres',
  docs: {
    title: 'PostgreSQL',
    testedOn: 'PGlite (Postgres 18) in-process; Debian PostgreSQL 15',
  },
  connectionSchema,
  dialect,
  capabilities,
  createDriver,
  introspect,
  // PostgreSQL reserves the pg_ prefix for its own roles (CREATE ROLE refuses it).
  isBuiltinPrincipal: (name) => name.startsWith('pg_'),
};
