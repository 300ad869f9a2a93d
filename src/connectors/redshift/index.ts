import type { Connector } from '../types.js';
import { capabilities } from './capabilities.js';
import { connectionSchema, createDriver } from './driver.js';
import { introspect } from './introspect.js';
import { dialect } from './sql.js';

/** Amazon Redshift: the PostgreSQL family's statements and catalog walk, with Redshift's catalog and limits. */
export const redshift: Connector = {
  type: 'redshift',
  docs: {
    title: 'Redshift',
    testedOn: 'the shared Postgres subset on PGlite and PostgreSQL 15; golden SQL and recorded Redshift rows',
  },
  connectionSchema,
  dialect,
  capabilities,
  createDriver,
  introspect,
};
