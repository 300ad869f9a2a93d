import type { Connector } from '../types.js';
import { capabilities } from './capabilities.js';
import { connectionSchema, createDriver } from './driver.js';
import { introspect } from './introspect.js';
import { dialect } from './sql.js';

export const oracle: Connector = {
  type: 'oracle',
  docs: {
    title: 'Oracle',
    levels: { database: 'the service', schema: 'a user schema' },
    testedOn: 'golden SQL and recorded catalog rows (no server here); opt-in live test',
  },
  connectionSchema,
  dialect,
  capabilities,
  createDriver,
  introspect,
};
