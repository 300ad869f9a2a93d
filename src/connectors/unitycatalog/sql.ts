/**
 * The Unity Catalog dialect: Databricks SQL on catalogs, schemas, relations and columns,
 * tags included. The statements are in ../databricks/compile.ts, shared with the legacy Hive
 * metastore; quoting in ../databricks/quote.ts.
 */
import { databricksDialect } from '../databricks/compile.js';

export { quoteIdentifier, quoteLiteral } from '../databricks/quote.js';

export const dialect = databricksDialect({ title: 'Unity Catalog', catalogObjects: true, tags: true });
