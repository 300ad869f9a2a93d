import type { Connector } from '../types.js';
import { defineConnector } from '../kit/connector.js';
import * as capabilities from './capabilities.js';
import * as driver from './driver.js';
import * as introspect from './introspect.js';
import * as sql from './sql.js';

export const oracle: Connector = defineConnector({ driver, sql, capabilities, introspect }, {
  type: 'oracle',
  docs: {
    title: 'Oracle',
    levels: { database: 'the service', schema: 'a user schema' },
    testedOn: 'golden SQL and recorded catalog rows (no server here); opt-in live test',
  },
});
