/**
 * The fake workspace refuses what Databricks refuses, per server version, with Databricks'
 * error classes and texts (December 2026 check of the docs), so a statement revmeta should
 * have withheld fails a test instead of passing silently:
 *   - COMMENT ON a materialized view before Runtime 16.3
 *     (https://docs.databricks.com/aws/en/sql/language-manual/sql-ref-syntax-ddl-comment);
 *   - ALTER TABLE <view> ALTER COLUMN ... SET TAGS before ALTER VIEW ... COLUMN existed
 *     (databricks/dbt-databricks#1078; Databricks SQL 2026.47 / Runtime 19,
 *     https://docs.databricks.com/aws/en/sql/language-manual/sql-ref-syntax-ddl-alter-view-manage-column);
 *   - a value a governed tag does not allow (https://docs.databricks.com/aws/en/admin/governed-tags/);
 *   - several columns in one ALTER TABLE ... ALTER COLUMN before Runtime 16.3, and on a table of
 *     any format but Delta (Spark's v1 tables, SPARK-50883)
 *     (https://docs.databricks.com/sql/language-manual/sql-ref-syntax-ddl-alter-table-manage-column.html).
 */
import { describe, expect, it } from 'vitest';
import { FakeWorkspace, type WorkspaceOptions } from './fake/workspace.js';

function workspace(options: Partial<WorkspaceOptions> = {}): FakeWorkspace {
  const table = (name: string, type: string, format?: string) => ({ table_catalog: 'main', table_schema: 'sales', table_name: name, table_type: type, table_owner: 'admins', comment: null, ...(format ? { data_source_format: format } : {}) });
  const column = (tableName: string, name = 'id', ordinal = 0) => ({ table_catalog: 'main', table_schema: 'sales', table_name: tableName, column_name: name, ordinal_position: ordinal, comment: null });
  return FakeWorkspace.fromInformationSchema(
    {
      catalogs: [{ catalog_name: 'main', catalog_owner: 'admins', comment: null }],
      schemata: [{ catalog_name: 'main', schema_name: 'sales', schema_owner: 'admins', comment: null }],
      tables: [table('orders', 'MANAGED'), table('v', 'VIEW'), table('mv', 'MATERIALIZED_VIEW'), table('raw', 'EXTERNAL', 'PARQUET')],
      columns: [column('orders'), column('orders', 'email', 1), column('v'), column('mv'), column('raw'), column('raw', 'email', 1)],
    },
    { mode: 'uc', ...options },
  );
}

describe('the fake workspace refuses what each Databricks version refuses', () => {
  it('refuses COMMENT ON a materialized view before Runtime 16.3, and takes it from 16.3 and on warehouses', () => {
    const old = workspace({ version: { dbr: '16.2.x-scala2.12' } });
    expect(() => old.execute("COMMENT ON TABLE `main`.`sales`.`mv` IS 'x'")).toThrow(
      /^\[MATERIALIZED_VIEW_OPERATION_NOT_ALLOWED\.INVALID_ALTER\] The materialized view operation COMMENT ON TABLE is not allowed: /,
    );
    expect(() => old.execute("COMMENT ON COLUMN `main`.`sales`.`mv`.`id` IS 'x'")).toThrow(/^\[MATERIALIZED_VIEW_OPERATION_NOT_ALLOWED\.INVALID_ALTER\]/);
    expect(old.table('main', 'sales', 'mv').comment).toBeNull();
    // Tables and views are unaffected.
    old.execute("COMMENT ON TABLE `main`.`sales`.`v` IS 'view'");
    expect(old.table('main', 'sales', 'v').comment).toBe('view');
    for (const version of [{ dbr: '16.3.x-scala2.12' }, { dbsql: '2025.35' }]) {
      const current = workspace({ version });
      current.execute("COMMENT ON TABLE `main`.`sales`.`mv` IS 'x'");
      current.execute("COMMENT ON COLUMN `main`.`sales`.`mv`.`id` IS 'y'");
      expect([current.table('main', 'sales', 'mv').comment, current.table('main', 'sales', 'mv').columns[0]!.comment]).toEqual(['x', 'y']);
    }
  });

  it.each([{ dbsql: '2025.35' }, { dbsql: '2026.46' }, { dbr: '18.1.x-scala2.13' }])('refuses tags on view columns on %j', (version) => {
    const old = workspace({ version });
    expect(() => old.execute("ALTER TABLE `main`.`sales`.`v` ALTER COLUMN `id` SET TAGS ('PII' = 'x')")).toThrow(
      "[EXPECT_TABLE_NOT_VIEW.NO_ALTERNATIVE] 'ALTER TABLE ... ALTER COLUMN' expects a table but `main`.`sales`.`v` is a view. SQLSTATE: 42809",
    );
    expect(() => old.execute("ALTER VIEW `main`.`sales`.`v` ALTER COLUMN `id` SET TAGS ('PII' = 'x')")).toThrow(/^\[PARSE_SYNTAX_ERROR\]/);
    expect(old.table('main', 'sales', 'v').columns[0]!.tags.size).toBe(0);
    // A table's columns still take tags.
    old.execute("ALTER TABLE `main`.`sales`.`orders` ALTER COLUMN `id` SET TAGS ('PII' = 'x')");
    expect(Object.fromEntries(old.table('main', 'sales', 'orders').columns[0]!.tags)).toEqual({ PII: 'x' });
  });

  it.each([{ dbsql: '2026.47' }, { dbr: '19.0.x-scala2.13' }])('takes ALTER VIEW ... ALTER COLUMN ... SET/UNSET TAGS on %j', (version) => {
    const current = workspace({ version });
    current.execute("ALTER VIEW `main`.`sales`.`v` ALTER COLUMN `id` SET TAGS ('PII' = 'x', 'Tier' = 'Gold')");
    current.execute("ALTER VIEW `main`.`sales`.`v` ALTER COLUMN `id` UNSET TAGS ('Tier')");
    expect(Object.fromEntries(current.table('main', 'sales', 'v').columns[0]!.tags)).toEqual({ PII: 'x' });
    // COMMENT is not part of ALTER VIEW's column clause.
    expect(() => current.execute("ALTER VIEW `main`.`sales`.`v` ALTER COLUMN `id` COMMENT 'x'")).toThrow(/^\[PARSE_SYNTAX_ERROR\]/);
  });

  it('refuses a value a governed tag does not allow, and takes an allowed one', () => {
    const governed = workspace({ governedTags: { sensitivity: ['low', 'high'] } });
    expect(() => governed.execute("ALTER TABLE `main`.`sales`.`orders` SET TAGS ('sensitivity' = 'medium')")).toThrow(
      /^\[INVALID_PARAMETER_VALUE\.INVALID_PARAMETER_VALUE\] Tag value medium is not an allowed value for governed tag key sensitivity\./,
    );
    expect(governed.table('main', 'sales', 'orders').tags.size).toBe(0);
    governed.execute("ALTER TABLE `main`.`sales`.`orders` SET TAGS ('sensitivity' = 'high', 'free' = 'anything')");
    expect(Object.fromEntries(governed.table('main', 'sales', 'orders').tags)).toEqual({ sensitivity: 'high', free: 'anything' });
  });

  const BOTH = "ALTER TABLE `main`.`sales`.`orders` ALTER COLUMN `id` COMMENT 'Key', `email` COMMENT 'Mail'";
  const comments = (w: FakeWorkspace, name = 'orders') => w.table('main', 'sales', name).columns.map((c) => c.comment);

  it.each([{ dbr: '16.2.x-scala2.12' }, { dbr: '15.4.x-scala2.12' }, null])('refuses several columns in one ALTER COLUMN on %j', (version) => {
    const old = workspace({ version });
    expect(() => old.execute(BOTH)).toThrow("[PARSE_SYNTAX_ERROR] Syntax error at or near ','. SQLSTATE: 42601");
    expect(comments(old)).toEqual([null, null]);
    // One column at a time still works.
    old.execute("ALTER TABLE `main`.`sales`.`orders` ALTER COLUMN `id` COMMENT 'Key'");
    expect(comments(old)).toEqual(['Key', null]);
  });

  it.each([{ dbr: '16.3.x-scala2.12' }, { dbsql: '2025.35' }])('takes several columns in one ALTER COLUMN on a Delta table on %j, and refuses it on a v1 (Parquet) table', (version) => {
    const current = workspace({ version });
    current.execute(BOTH);
    expect(comments(current)).toEqual(['Key', 'Mail']);
    expect(() => current.execute("ALTER TABLE `main`.`sales`.`raw` ALTER COLUMN `id` COMMENT 'Key', `email` COMMENT 'Mail'")).toThrow(
      /^\[UNSUPPORTED_FEATURE\.TABLE_OPERATION\] The feature is not supported: Table `main`\.`sales`\.`raw` does not support ALTER COLUMN in bulk\./,
    );
    expect(comments(current, 'raw')).toEqual([null, null]);
    expect(() => current.execute("ALTER TABLE `main`.`sales`.`orders` ALTER COLUMN `id` COMMENT 'a', `id` COMMENT 'b'")).toThrow(/^\[NOT_SUPPORTED_CHANGE_SAME_COLUMN\]/);
    expect(comments(current)).toEqual(['Key', 'Mail']);
  });
});
