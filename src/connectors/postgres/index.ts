import type { Connector } from '../types.js';
import { defineConnector } from '../kit/connector.js';
import * as capabilities from './capabilities.js';
import * as driver from './driver.js';
import * as introspect from './introspect.js';
import * as sql from './sql.js';

export { createEmbeddedDatabase } from './driver.js';

export const postgres: Connector = defineConnector({ driver, sql, capabilities, introspect }, {
  type: 'postgres',
  docs: {
    title: 'PostgreSQL',
    testedOn: 'PGlite (Postgres 18) in-process; Debian PostgreSQL 15',
  },
  // PostgreSQL reserves the pg_ prefix for its own roles (CREATE ROLE refuses it).
  isBuiltinPrincipal: (name) => name.startsWith('pg_'),
});
