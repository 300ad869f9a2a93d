import type { Connector } from '../types.js';
import { defineConnector } from '../kit/connector.js';
import * as capabilities from './capabilities.js';
import * as driver from './driver.js';
import * as introspect from './introspect.js';
import * as sql from './sql.js';

export const databricks: Connector = defineConnector({ driver, sql, capabilities, introspect }, {
  type: 'databricks',
  docs: {
    title: 'Databricks Hive metastore (legacy)',
    levels: { database: 'hive_metastore, a name only' },
    testedOn: 'golden SQL; a Thrift (TCLIService) fake over HTTPS behind @databricks/sql; opt-in live tests',
  },
});
