import type { Connector } from '../types.js';
import { capabilities } from './capabilities.js';
import { connectionSchema, createDriver } from './driver.js';
import { introspect } from './introspect.js';
import { dialect } from './sql.js';

export const clickhouse: Connector = {
  type: 'clickhouse',
  connectionSchema,
  dialect,
  capabilities,
  createDriver,
  introspect,
};
