import type { Connector } from '../types.js';
import { capabilities } from './capabilities.js';
import { connectionSchema, createDriver } from './driver.js';
import { introspect } from './introspect.js';
import { dialect } from './sql.js';

export const databricks: Connector = {
  type: 'databricks',
  docs: {
    title: 'Databricks Hive metastore (legacy)',
    levels: { database: 'hive_metastore, a name only' },
    testedOn: 'golden SQL; a Thrift (TCLIService) fake over HTTPS behind @databricks/sql; opt-in live tests',
  },
  connectionSchema,
  dialect,
  capabilities,
  createDriver,
  introspect,
};
