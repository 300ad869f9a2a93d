/**
 * What each connector says of its listings, per level (the README's table of what import may
 * prune; columns are `complete` unless declared): a `confirmed` level needs a `confirmAbsent`,
 * and a change here is a change to that table.
 */
import { describe, expect, it } from 'vitest';
import { connectors } from '../../src/connectors/index.js';

const server = { version: '' };

describe('Capabilities.listing', () => {
  it('matches the README: which systems tell a hidden object from a dropped one, and at which levels', () => {
    const declared = Object.fromEntries([...connectors].map(([type, connector]) => [type, connector.capabilities(server).listing]));
    const hidesAll = { database: 'visible-only', schema: 'visible-only', table: 'visible-only' };
    expect(declared).toEqual({
      postgres: { database: 'complete', schema: 'complete', table: 'complete' },
      mysql: { database: 'complete', schema: 'confirmed', table: 'confirmed', column: 'confirmed' },
      clickhouse: { database: 'complete', schema: 'confirmed', table: 'confirmed' },
      mssql: { database: 'confirmed', schema: 'confirmed', table: 'confirmed' },
      oracle: { database: 'complete', schema: 'complete', table: 'visible-only' },
      athena: { database: 'complete', schema: 'visible-only', table: 'visible-only' },
      snowflake: hidesAll,
      bigquery: hidesAll,
      databricks: hidesAll,
      unitycatalog: hidesAll,
      redshift: hidesAll,
    });
  });

  it('gives every connector with a confirmed level a confirmAbsent', () => {
    for (const connector of connectors.values()) {
      const confirmed = Object.values(connector.capabilities(server).listing ?? {}).includes('confirmed');
      expect({ type: connector.type, confirmAbsent: confirmed && connector.confirmAbsent === undefined }).toEqual({ type: connector.type, confirmAbsent: false });
    }
  });
});
