import type { Change } from '../../model/change.js';
import type { Connector, Driver, CompileContext } from '../types.js';
import { defineConnector } from '../kit/connector.js';
import * as capabilities from './capabilities.js';
import * as driver from './driver.js';
import { isBigQueryDriver, type ApiResource } from './driver.js';
import * as introspect from './introspect.js';
import * as sql from './sql.js';
import { needsPatch, objectKey, type BigQueryCompileContext, type SchemaField } from './sql.js';

interface Touched {
  /** Datasets and tables whose labels change: [project, dataset, table?]. */
  labels: Map<string, [string, string, string | undefined]>;
  /** Tables with a nested field description change. */
  fields: Map<string, [string, string, string]>;
}

/** The objects whose current state compile needs, each once. */
function touched(changes: readonly Change[]): Touched {
  const result: Touched = { labels: new Map(), fields: new Map() };
  const columnsByTable = new Map<string, Change[]>();
  for (const change of changes) {
    const { kind, database, schema, table } = change.object;
    if (schema === undefined) continue;
    if (change.field === 'tag' && (kind === 'schema' || kind === 'table')) {
      const name = kind === 'table' ? table : undefined;
      result.labels.set(objectKey(database, schema, name), [database, schema, name]);
    }
    if (change.field === 'description' && kind === 'column' && table !== undefined) {
      const key = objectKey(database, schema, table);
      columnsByTable.set(key, [...(columnsByTable.get(key) ?? []), change]);
    }
  }
  for (const [key, columns] of columnsByTable) {
    if (!needsPatch(columns)) continue;
    const { database, schema, table } = columns[0]!.object;
    result.fields.set(key, [database, schema!, table!]);
  }
  return result;
}

function labelsOf(resource: ApiResource): Record<string, string> {
  const labels = resource.labels;
  if (labels === undefined || labels === null) return {};
  if (typeof labels !== 'object' || Array.isArray(labels)) throw new Error('the API answered labels that are not a map');
  return Object.fromEntries(Object.entries(labels as Record<string, unknown>).map(([k, v]) => [k, String(v)]));
}

function fieldsOf(resource: ApiResource, where: string): SchemaField[] {
  const schema = resource.schema as { fields?: unknown } | undefined;
  if (!schema || !Array.isArray(schema.fields)) throw new Error(`tables.get of ${where} returned no schema`);
  return schema.fields as SchemaField[];
}

/**
 * Reads, through the API (immediately consistent, unlike INFORMATION_SCHEMA), what compile
 * needs for the touched objects only: the current labels of each dataset and table whose
 * labels change (labels replace the whole set, so the statement restates the unmanaged ones),
 * and the schema of each table whose nested field descriptions change (tables.patch replaces
 * the whole schema). One `datasets.get`/`tables.get` per such object.
 */
export async function readCompileContext(driver: Driver, changes: readonly Change[]): Promise<CompileContext> {
  if (!isBigQueryDriver(driver)) throw new Error('the bigquery connector needs its own driver');
  const { labels, fields } = touched(changes);
  const context: BigQueryCompileContext = {};
  const tables = new Map<string, Promise<ApiResource>>();
  const table = (project: string, dataset: string, name: string) => {
    const key = objectKey(project, dataset, name);
    let read = tables.get(key);
    if (!read) {
      read = driver.getTable(project, dataset, name);
      tables.set(key, read);
    }
    return read;
  };
  if (labels.size > 0) {
    context.labels = {};
    for (const [key, [project, dataset, name]] of labels) {
      const resource = name === undefined ? await driver.getDataset(project, dataset) : await table(project, dataset, name);
      context.labels[key] = labelsOf(resource);
    }
  }
  if (fields.size > 0) {
    context.fields = {};
    for (const [key, [project, dataset, name]] of fields) {
      context.fields[key] = fieldsOf(await table(project, dataset, name), `${project}.${dataset}.${name}`);
    }
  }
  return context;
}

export const bigquery: Connector = defineConnector({ driver, sql, capabilities, introspect }, {
  type: 'bigquery',
  docs: {
    title: 'BigQuery',
    levels: { database: 'project', schema: 'dataset' },
    testedOn: 'a local fake BigQuery REST API behind the real client; golden SQL',
  },
  readCompileContext,
});
