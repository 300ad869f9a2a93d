import type { Connector } from '../types.js';
import { defineConnector } from '../kit/connector.js';
import * as capabilities from './capabilities.js';
import * as driver from './driver.js';
import * as introspect from './introspect.js';
import * as sql from './sql.js';

/** Amazon Redshift: the PostgreSQL family's statements and catalog walk, with Redshift's catalog and limits. */
export const redshift: Connector = defineConnector({ driver, sql, capabilities, introspect }, {
  type: 'redshift',
  docs: {
    title: 'Redshift',
    testedOn: 'the shared Postgres subset on PGlite and PostgreSQL 15; golden SQL and recorded Redshift rows',
  },
});
