/**
 * The fake's in-memory catalog: projects → datasets → tables (with their schema), holding
 * descriptions and labels, and the rules BigQuery enforces on them (names, label
 * characters and lengths, description limits), so a statement the service would refuse
 * fails here too.
 */
import { SqlError } from './lexer.js';

export type TableType = 'TABLE' | 'VIEW' | 'MATERIALIZED_VIEW' | 'EXTERNAL' | 'SNAPSHOT';

export interface FakeField {
  name: string;
  type: string;
  mode?: 'NULLABLE' | 'REQUIRED' | 'REPEATED';
  description?: string;
  fields?: FakeField[];
  /** Anything else tables.get returns and tables.patch must get back unchanged. */
  [property: string]: unknown;
}

export interface FakeTable {
  id: string;
  type: TableType;
  /** table_type as INFORMATION_SCHEMA reports it, when a test stands in a kind revmeta does not know. */
  reportedType?: string;
  description?: string;
  labels: Record<string, string>;
  fields: FakeField[];
  /** Bumped on every metadata change. */
  version: number;
}

export interface FakeDataset {
  id: string;
  location: string;
  description?: string;
  labels: Record<string, string>;
  tables: Map<string, FakeTable>;
  version: number;
}

export const LIMITS = { table: 16_384, dataset: 16_384, column: 1_024 };

const DATASET_ID = /^[A-Za-z0-9_]{1,1024}$/;
const TABLE_ID = /^[\p{L}\p{M}\p{N}\p{Pc}\p{Pd}\p{Zs}]{1,1024}$/u;
/** Flexible column names: letters, marks, numbers, connector and dash punctuation, spaces, and & % = + : ' < > # |. */
const COLUMN_NAME = /^[\p{L}\p{M}\p{N}\p{Pc}\p{Pd}\p{Zs}&%=+:'<>#|]{1,300}$/u;
const LABEL_CHARS = /^[\p{Ll}\p{Lo}\p{Nd}_-]*$/u;

export function validDatasetId(id: string): boolean {
  return DATASET_ID.test(id);
}
export function validTableId(id: string): boolean {
  return TABLE_ID.test(id);
}
export function validColumnName(name: string): boolean {
  return COLUMN_NAME.test(name);
}

const chars = (text: string) => [...text].length;

export function checkDescription(text: string, limit: number, what: string): void {
  if (chars(text) > limit) throw new SqlError(`Invalid value: description of ${what} is too long: ${chars(text)} characters, at most ${limit} are allowed`);
}

export function checkLabels(labels: Record<string, string>, what: string): void {
  const keys = Object.keys(labels);
  if (keys.length > 64) throw new SqlError(`Too many labels on ${what}: ${keys.length}, at most 64`);
  for (const [key, value] of Object.entries(labels)) {
    if (key === '' || chars(key) > 63 || !LABEL_CHARS.test(key) || !/^[\p{Ll}\p{Lo}]/u.test(key)) {
      throw new SqlError(`Invalid label key "${key}" on ${what}: keys are 1-63 lowercase letters, digits, _ or -, starting with a letter`);
    }
    if (chars(value) > 63 || !LABEL_CHARS.test(value)) {
      throw new SqlError(`Invalid label value "${value}" on ${what}: values are 0-63 lowercase letters, digits, _ or -`);
    }
  }
}

function checkFields(fields: readonly FakeField[], where: string): void {
  const seen = new Set<string>();
  for (const field of fields) {
    if (!validColumnName(field.name)) throw new Error(`fake: invalid column name ${JSON.stringify(field.name)} in ${where}`);
    const folded = field.name.toLowerCase();
    if (seen.has(folded)) throw new Error(`fake: duplicate column ${field.name} in ${where}`);
    seen.add(folded);
    if (field.description !== undefined) checkDescription(field.description, LIMITS.column, `column ${field.name}`);
    if (field.fields) checkFields(field.fields, where);
  }
}

export class FakeCatalog {
  readonly projects = new Map<string, Map<string, FakeDataset>>();

  addProject(project: string): void {
    if (!this.projects.has(project)) this.projects.set(project, new Map());
  }

  addDataset(project: string, id: string, options: { location?: string; description?: string; labels?: Record<string, string> } = {}): FakeDataset {
    if (!validDatasetId(id)) throw new Error(`fake: invalid dataset id ${JSON.stringify(id)}`);
    this.addProject(project);
    const datasets = this.projects.get(project)!;
    if (datasets.has(id)) throw new Error(`fake: dataset ${id} exists`);
    const dataset: FakeDataset = {
      id,
      location: options.location ?? 'US',
      labels: { ...(options.labels ?? {}) },
      tables: new Map(),
      version: 1,
      ...(options.description !== undefined ? { description: options.description } : {}),
    };
    checkLabels(dataset.labels, `dataset ${id}`);
    datasets.set(id, dataset);
    return dataset;
  }

  addTable(
    project: string,
    datasetId: string,
    id: string,
    options: { type?: TableType; description?: string; labels?: Record<string, string>; fields?: FakeField[] } = {},
  ): FakeTable {
    if (!validTableId(id)) throw new Error(`fake: invalid table id ${JSON.stringify(id)}`);
    const dataset = this.dataset(project, datasetId);
    if (dataset.tables.has(id)) throw new Error(`fake: table ${id} exists`);
    const table: FakeTable = {
      id,
      type: options.type ?? 'TABLE',
      labels: { ...(options.labels ?? {}) },
      fields: structuredClone(options.fields ?? []),
      version: 1,
      ...(options.description !== undefined ? { description: options.description } : {}),
    };
    checkFields(table.fields, id);
    checkLabels(table.labels, `table ${id}`);
    dataset.tables.set(id, table);
    return table;
  }

  dataset(project: string, id: string): FakeDataset {
    const dataset = this.projects.get(project)?.get(id);
    if (!dataset) throw new SqlError(`Not found: Dataset ${project}:${id}`, 404);
    return dataset;
  }

  table(project: string, datasetId: string, id: string): FakeTable {
    const table = this.dataset(project, datasetId).tables.get(id);
    if (!table) throw new SqlError(`Not found: Table ${project}:${datasetId}.${id}`, 404);
    return table;
  }
}
