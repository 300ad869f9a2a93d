/**
 * Reading the legacy Hive metastore: the DESCRIBE outputs parsed (partition sections, views,
 * temporary views), and the per-object reads through the real driver against the fake, only
 * for the schemas in scope.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databricks } from '../../../src/connectors/databricks/index.js';
import { parseSchemaDescription, parseTableDescription, schemaNames, tableNames } from '../../../src/connectors/databricks/introspect.js';
import { createCertificate, FakeDatabricksServer, removeCertificate, type Certificate } from './fake/server.js';
import { FakeWorkspace } from './fake/workspace.js';
import { HIVE_PRINCIPALS, hiveRows } from './fixtures.js';

describe('parsing the Hive metastore DESCRIBE outputs', () => {
  it('takes the columns up to the first section, then Type, Comment and Owner of the details', () => {
    const rows = [
      { col_name: 'id', data_type: 'bigint', comment: 'Key' },
      { col_name: 'day', data_type: 'date', comment: null },
      { col_name: '# Partition Information', data_type: '', comment: '' },
      { col_name: '# col_name', data_type: 'data_type', comment: 'comment' },
      { col_name: 'day', data_type: 'date', comment: null },
      { col_name: '', data_type: '', comment: '' },
      { col_name: '# Detailed Table Information', data_type: '', comment: '' },
      { col_name: 'Catalog', data_type: 'hive_metastore', comment: '' },
      { col_name: 'Type', data_type: 'EXTERNAL', comment: '' },
      { col_name: 'Comment', data_type: 'Line one\nline two', comment: '' },
      { col_name: 'Owner', data_type: 'bob@example.com', comment: '' },
      { col_name: '# Storage Information', data_type: '', comment: '' },
      { col_name: 'Owner', data_type: 'not-this-one', comment: '' },
    ];
    expect(parseTableDescription('t', rows)).toEqual({
      kind: 'table',
      name: 't',
      relation: 'external_table',
      description: 'Line one\nline two',
      owner: 'bob@example.com',
      tags: {},
      children: [
        { kind: 'column', name: 'id', description: 'Key', owner: null, tags: {}, children: [] },
        { kind: 'column', name: 'day', description: null, owner: null, tags: {}, children: [] },
      ],
    });
  });

  it('reads a view without comment, and a table without a details section', () => {
    expect(parseTableDescription('v', [{ col_name: 'id', data_type: 'int', comment: '' }, { col_name: '', data_type: '', comment: '' }, { col_name: '# Detailed Table Information', data_type: '', comment: '' }, { col_name: 'Type', data_type: 'VIEW', comment: '' }])).toMatchObject({
      relation: 'view',
      description: null,
      owner: null,
      children: [{ name: 'id', description: null }],
    });
    expect(parseTableDescription('t', [{ col_name: 'id', data_type: 'int', comment: 'x' }])).toMatchObject({ relation: 'table', children: [{ name: 'id', description: 'x' }] });
  });

  it('reads schema items in either column naming', () => {
    expect(parseSchemaDescription('s', [{ database_description_item: 'Comment', database_description_value: 'Sales' }, { database_description_item: 'Owner', database_description_value: 'data-eng' }])).toMatchObject({ description: 'Sales', owner: 'data-eng' });
    expect(parseSchemaDescription('s', [{ info_name: 'Comment', info_value: '' }, { info_name: 'Owner', info_value: '' }])).toMatchObject({ description: null, owner: null });
  });

  it('lists schemas and non-temporary tables', () => {
    expect(schemaNames([{ databaseName: 'a' }, { namespace: 'b' }])).toEqual(['a', 'b']);
    expect(tableNames([{ database: 's', tableName: 't', isTemporary: false }, { database: '', tableName: 'tmp', isTemporary: true }])).toEqual(['t']);
  });
});

describe('databricks introspection through @databricks/sql', () => {
  let certificate: Certificate;
  let server: FakeDatabricksServer;
  beforeAll(async () => {
    certificate = createCertificate();
    const workspace = FakeWorkspace.fromInformationSchema(hiveRows(), { mode: 'hive', principals: HIVE_PRINCIPALS, version: { dbr: '13.3.x-scala2.12' } });
    workspace.temporaryViews.push('session_tmp');
    server = await new FakeDatabricksServer({ workspace, certificate }).start();
  });
  afterAll(async () => {
    await server.stop();
    removeCertificate(certificate);
  });

  it('reads only the schemas in scope, one object at a time, and skips temporary views', async () => {
    const driver = databricks.createDriver({ service: 'hms', connection: server.connection(), configDir: '/' });
    const before = server.statements.length;
    try {
      const result = await databricks.introspect(driver, { service: 'hms', databases: ['HIVE_METASTORE'], schemas: { hive_metastore: ['Sales'] } });
      expect(result.server.version).toBe('Databricks Runtime 13.3.x-scala2.12');
      // version, SHOW SCHEMAS, DESCRIBE SCHEMA + SHOW TABLES for sales, DESCRIBE TABLE for its three relations.
      expect(result.queries).toBe(7);
      expect(server.statements.slice(before).filter((sql) => !sql.startsWith('SELECT')).sort()).toEqual([
        'DESCRIBE SCHEMA EXTENDED `hive_metastore`.`sales`',
        'DESCRIBE TABLE EXTENDED `hive_metastore`.`sales`.`order_view`',
        'DESCRIBE TABLE EXTENDED `hive_metastore`.`sales`.`orders`',
        'DESCRIBE TABLE EXTENDED `hive_metastore`.`sales`.`raw_files`',
        'SHOW SCHEMAS IN `hive_metastore`',
        'SHOW TABLES IN `hive_metastore`.`sales`',
      ]);
      expect(result.observed).toEqual({
        service: 'hms',
        databases: [
          {
            kind: 'database',
            name: 'hive_metastore',
            description: null,
            owner: null,
            tags: {},
            children: [
              {
                kind: 'schema',
                name: 'sales',
                description: null,
                owner: 'data-eng',
                tags: {},
                children: [
                  { kind: 'table', name: 'order_view', relation: 'view', description: null, owner: 'data-eng', tags: {}, children: [{ kind: 'column', name: 'id', description: null, owner: null, tags: {}, children: [] }] },
                  {
                    kind: 'table',
                    name: 'orders',
                    relation: 'table',
                    description: 'Orders',
                    owner: 'data-eng',
                    tags: {},
                    children: [
                      { kind: 'column', name: 'id', description: 'Surrogate key', owner: null, tags: {}, children: [] },
                      { kind: 'column', name: 'email', description: null, owner: null, tags: {}, children: [] },
                      { kind: 'column', name: 'day', description: 'Partition day', owner: null, tags: {}, children: [] },
                    ],
                  },
                  { kind: 'table', name: 'raw_files', relation: 'external_table', description: null, owner: 'admins', tags: {}, children: [{ kind: 'column', name: 'path', description: null, owner: null, tags: {}, children: [] }] },
                ],
              },
            ],
          },
        ],
      });
    } finally {
      await driver.close();
    }
  });

  it('reads nothing but the version when the metastore catalog is not in scope, and everything for all', async () => {
    const driver = databricks.createDriver({ service: 'hms', connection: server.connection(), configDir: '/' });
    try {
      const none = await databricks.introspect(driver, { service: 'hms', databases: ['main'] });
      expect(none.observed.databases).toEqual([]);
      expect(none.queries).toBe(1);
      const all = await databricks.introspect(driver, { service: 'hms', databases: 'all' });
      expect(all.observed.databases[0]!.children.map((s) => s.name)).toEqual(['default', 'sales', 'staging']);
    } finally {
      await driver.close();
    }
  });

  it('uses the configured catalog name', async () => {
    const driver = databricks.createDriver({ service: 'hms', connection: server.connection({ catalog: 'spark_catalog' }), configDir: '/' });
    try {
      await expect(databricks.introspect(driver, { service: 'hms', databases: ['spark_catalog'] })).rejects.toThrow(/\[NO_SUCH_CATALOG_EXCEPTION\] Catalog 'spark_catalog' was not found/);
    } finally {
      await driver.close();
    }
  });
});
