/**
 * The connectors this build ships. Adding a system is adding its folder and one line here.
 */
import type { Connector } from './types.js';
import { clickhouse } from './clickhouse/index.js';
import { mysql } from './mysql/index.js';
import { postgres } from './postgres/index.js';

export const connectors: ReadonlyMap<string, Connector> = new Map(
  [clickhouse, mysql, postgres].map((connector) => [connector.type, connector]),
);
