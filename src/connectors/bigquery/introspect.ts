/**
 * The batched catalog read, per project (OpenMetadata database) in scope:
 *   1. `datasets.list` (one request per 1,000 datasets): the datasets and their locations
 *   2. per location of the datasets in scope, three region-qualified INFORMATION_SCHEMA
 *      queries run in that location, whatever the number of datasets and tables:
 *      - SCHEMATA_OPTIONS                   dataset description and labels
 *      - TABLES ⟕ TABLE_OPTIONS             relations, their kind, description and labels
 *      - COLUMN_FIELD_PATHS ⟕ COLUMNS        columns and nested RECORD fields, with descriptions
 * `option_value` holds each option as a SQL literal (`"text"`, `[STRUCT("k", "v")]`); it is
 * read with GoogleSQL's own literal rules (literal.ts). A project that does not exist gives
 * no database node, so the planner reports it as missing.
 */
import type { ObservedNode, RelationKind } from '../../model/types.js';
import { commentIn, compareNames, text, type CatalogRow } from '../catalog.js';
import type { Driver, IntrospectScope, Introspection } from '../types.js';
import { observedNode } from '../kit/objects.js';
import { BigQueryError, isBigQueryDriver, type BigQueryDriver, type DatasetListing } from './driver.js';
import { parseLabels, parseStringLiteral, quoteIdentifier, quoteLiteral } from './literal.js';

/**
 * INFORMATION_SCHEMA.TABLES.table_type → relation kind: BASE TABLE, CLONE, SNAPSHOT, VIEW,
 * MATERIALIZED VIEW, EXTERNAL (https://cloud.google.com/bigquery/docs/information-schema-tables).
 * A clone is a writable table; a snapshot is read-only but for its metadata. Any other value
 * is a kind revmeta does not know, reported as such, never taken for a table.
 */
const RELATION_OF_TYPE: Readonly<Record<string, RelationKind>> = {
  'BASE TABLE': 'table',
  CLONE: 'table',
  SNAPSHOT: 'snapshot',
  VIEW: 'view',
  'MATERIALIZED VIEW': 'materialized_view',
  EXTERNAL: 'external_table',
};

function relationOf(tableType: unknown): { relation: RelationKind; relationName?: string } {
  const relation = typeof tableType === 'string' ? RELATION_OF_TYPE[tableType] : undefined;
  if (relation !== undefined) return { relation };
  return { relation: 'unknown', relationName: typeof tableType === 'string' ? tableType : 'no table_type' };
}

/**
 * Region-qualified INFORMATION_SCHEMA views need permissions on the project, not on a dataset
 * ("For queries with a region qualifier, you must have permissions for the project":
 * https://cloud.google.com/bigquery/docs/information-schema-intro). A grant on datasets alone
 * answers 403 Access Denied, which says nothing of that: say it.
 */
export const REGION_VIEWS_NEED_PROJECT_GRANT =
  'revmeta reads region-qualified INFORMATION_SCHEMA views, which need permissions on the project ' +
  '(e.g. roles/bigquery.metadataViewer granted on the project); permissions granted on datasets only are not enough';

/** `` `project`.`region-eu`.INFORMATION_SCHEMA.VIEW `` */
function regionView(project: string, location: string, view: string): string {
  return `${quoteIdentifier(project)}.${quoteIdentifier(`region-${location.toLowerCase()}`)}.INFORMATION_SCHEMA.${view}`;
}

function inList(names: readonly string[]): string {
  return names.map(quoteLiteral).join(', ');
}

export function datasetOptionsSql(project: string, location: string, datasets: readonly string[]): string {
  return `SELECT schema_name, option_name, option_value
FROM ${regionView(project, location, 'SCHEMATA_OPTIONS')}
WHERE schema_name IN (${inList(datasets)}) AND option_name IN ('description', 'labels')`;
}

export function tablesSql(project: string, location: string, datasets: readonly string[]): string {
  return `SELECT t.table_schema, t.table_name, t.table_type, o.option_name, o.option_value
FROM ${regionView(project, location, 'TABLES')} AS t
LEFT JOIN ${regionView(project, location, 'TABLE_OPTIONS')} AS o
  ON o.table_schema = t.table_schema AND o.table_name = t.table_name AND o.option_name IN ('description', 'labels')
WHERE t.table_schema IN (${inList(datasets)})`;
}

export function columnsSql(project: string, location: string, datasets: readonly string[]): string {
  return `SELECT f.table_schema, f.table_name, f.column_name, f.field_path, f.description
FROM ${regionView(project, location, 'COLUMN_FIELD_PATHS')} AS f
JOIN ${regionView(project, location, 'COLUMNS')} AS c
  ON c.table_schema = f.table_schema AND c.table_name = f.table_name AND c.column_name = f.column_name
WHERE f.table_schema IN (${inList(datasets)})
ORDER BY f.table_schema, f.table_name, c.ordinal_position, f.field_path`;
}

/** Applies one `option_name`/`option_value` row to a dataset or table node. */
function applyOption(target: ObservedNode, row: CatalogRow, where: string): void {
  const name = row.option_name;
  const value = row.option_value;
  if (typeof name !== 'string' || typeof value !== 'string') return;
  try {
    if (name === 'description') target.description = commentIn({ value: parseStringLiteral(value) }, 'value');
    else if (name === 'labels') target.tags = parseLabels(value);
  } catch (error) {
    throw new Error(`cannot read the ${name} of ${where} (${value.slice(0, 200)}): ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** Datasets of the scope: those the manifests name (case-insensitively), or all. */
function datasetsInScope(listing: readonly DatasetListing[], scope: IntrospectScope, project: string): DatasetListing[] {
  if (scope.schemas === undefined) return [...listing];
  const lists = Object.entries(scope.schemas).filter(([database]) => database.toLowerCase() === project.toLowerCase());
  if (lists.length === 0) return [...listing];
  const wanted = new Set(lists.flatMap(([, schemas]) => schemas.map((schema) => schema.toLowerCase())));
  return listing.filter((dataset) => wanted.has(dataset.datasetId.toLowerCase()));
}

/** The projects to read: the manifests' databases, or for `all` the connection's project. */
function projectsInScope(scope: IntrospectScope, driver: BigQueryDriver): string[] {
  if (scope.databases === 'all') return [driver.projectId];
  return [...new Set(scope.databases)];
}

class Reader {
  queries = 0;

  constructor(private readonly driver: BigQueryDriver) {}

  async list(project: string): Promise<DatasetListing[] | null> {
    this.queries++;
    return this.driver.listDatasets(project);
  }

  async read(sql: string, location: string): Promise<CatalogRow[]> {
    this.queries++;
    try {
      return await this.driver.runQuery(sql, location);
    } catch (error) {
      if (error instanceof BigQueryError && error.status === 403) {
        throw new BigQueryError(`${error.message}. ${REGION_VIEWS_NEED_PROJECT_GRANT}`, error.status);
      }
      throw error;
    }
  }
}

const tableKey = (dataset: string, table: string) => JSON.stringify([dataset, table]);

/** Reads one location's datasets into their nodes. */
async function readLocation(reader: Reader, project: string, location: string, datasets: Map<string, ObservedNode>): Promise<void> {
  const names = [...datasets.keys()];
  for (const row of await reader.read(datasetOptionsSql(project, location, names), location)) {
    const dataset = datasets.get(text(row, 'schema_name'));
    if (dataset) applyOption(dataset, row, `dataset ${project}.${dataset.name}`);
  }
  const tables = new Map<string, ObservedNode>();
  for (const row of await reader.read(tablesSql(project, location, names), location)) {
    const datasetName = text(row, 'table_schema');
    const dataset = datasets.get(datasetName);
    if (!dataset) continue;
    const name = text(row, 'table_name');
    const key = tableKey(datasetName, name);
    let table = tables.get(key);
    if (!table) {
      table = observedNode('table', name, null, null, relationOf(row['table_type']));
      tables.set(key, table);
      dataset.children.push(table);
    }
    applyOption(table, row, `table ${project}.${datasetName}.${name}`);
  }
  // Columns and nested fields: a field hangs under its parent path, created on demand.
  const fields = new Map<string, ObservedNode>();
  for (const row of await reader.read(columnsSql(project, location, names), location)) {
    const table = tables.get(tableKey(text(row, 'table_schema'), text(row, 'table_name')));
    if (!table) continue;
    const parts = text(row, 'field_path').split('.');
    let parent = table;
    for (let depth = 0; depth < parts.length; depth++) {
      const key = JSON.stringify([text(row, 'table_schema'), text(row, 'table_name'), ...parts.slice(0, depth + 1)]);
      let field = fields.get(key);
      if (!field) {
        field = observedNode('column', parts[depth]!);
        fields.set(key, field);
        parent.children.push(field);
      }
      if (depth === parts.length - 1) field.description = commentIn(row, 'description');
      parent = field;
    }
  }
  for (const dataset of datasets.values()) dataset.children.sort(compareNames);
}

async function readProject(reader: Reader, project: string, scope: IntrospectScope): Promise<ObservedNode | null> {
  const listing = await reader.list(project);
  if (listing === null) return null;
  const database = observedNode('database', project);
  const byLocation = new Map<string, Map<string, ObservedNode>>();
  for (const dataset of datasetsInScope(listing, scope, project)) {
    const schema = observedNode('schema', dataset.datasetId);
    database.children.push(schema);
    const datasets = byLocation.get(dataset.location) ?? new Map<string, ObservedNode>();
    datasets.set(dataset.datasetId, schema);
    byLocation.set(dataset.location, datasets);
  }
  for (const [location, datasets] of [...byLocation].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    await readLocation(reader, project, location, datasets);
  }
  database.children.sort(compareNames);
  return database;
}

export async function introspect(driver: Driver, scope: IntrospectScope): Promise<Introspection> {
  if (!isBigQueryDriver(driver)) throw new Error('the bigquery connector needs its own driver');
  const reader = new Reader(driver);
  const databases: ObservedNode[] = [];
  for (const project of projectsInScope(scope, driver)) {
    const database = await readProject(reader, project, scope);
    if (database) databases.push(database);
  }
  return {
    observed: { service: scope.service, databases },
    server: { version: `BigQuery API v2 (${driver.apiEndpoint})` },
    queries: reader.queries,
  };
}
