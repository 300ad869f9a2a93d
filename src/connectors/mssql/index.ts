import type { Connector } from '../types.js';
import { capabilities } from './capabilities.js';
import { connectionSchema, createDriver } from './driver.js';
import { confirmAbsent, introspect } from './introspect.js';
import { dialect } from './sql.js';

export const mssql: Connector = {
  type: 'mssql',
  docs: {
    title: 'SQL Server',
    testedOn: 'golden SQL and recorded catalog rows (no server here); opt-in live test',
  },
  connectionSchema,
  dialect,
  capabilities,
  createDriver,
  introspect,
  confirmAbsent,
};
