/**
 * The legacy Hive metastore dialect: the Databricks SQL statements of ./compile.ts without
 * catalog objects and tags. Names are qualified with the metastore's catalog
 * (`hive_metastore`.`schema`.`table`), which Databricks resolves with or without Unity Catalog.
 */
import { databricksDialect } from './compile.js';

export { quoteIdentifier, quoteLiteral } from './quote.js';

export const dialect = databricksDialect({ title: 'The Databricks Hive metastore', catalogObjects: false, tags: false });
