import type { Connector } from '../types.js';
import { defineConnector } from '../kit/connector.js';
import * as capabilities from './capabilities.js';
import * as driver from './driver.js';
import * as introspect from './introspect.js';
import * as sql from './sql.js';

export const clickhouse: Connector = defineConnector({ driver, sql, capabilities, introspect }, {
  type: 'clickhouse',
  docs: {
    title: 'ClickHouse',
    // database = the connection's databaseName; schema = a ClickHouse database.
    levels: { schema: 'a ClickHouse database' },
    servers: [
      { label: '18.x', version: '18.16' },
      { label: '19 – 23.8', version: '19.0' },
      { label: '23.9 – 25.3', version: '23.9' },
      { label: '25.4 and later', version: '25.4' },
    ],
    testedOn: 'Debian ClickHouse 18.16; ClickHouse 26.7 (npm chdb) behind the real client',
  },
});
