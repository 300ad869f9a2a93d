/**
 * What the fake runs as query jobs: the DDL forms revmeta emits, executed against the
 * catalog with their literals read by the fake's own lexer, and the region-qualified
 * INFORMATION_SCHEMA reads revmeta issues, answered from the catalog's state with
 * `option_value` formatted as BigQuery formats it (ToStringLiteral, `[STRUCT("k", "v")]`).
 *
 * DDL: ALTER SCHEMA | TABLE | VIEW | MATERIALIZED VIEW [IF EXISTS] path SET OPTIONS (...);
 * ALTER TABLE | VIEW path ALTER COLUMN [IF EXISTS] c SET OPTIONS (...)[, ALTER COLUMN ...].
 * Options: description (string or NULL) and labels (an array of ("k", "v") tuples or
 * STRUCTs, [] or NULL). Anything else is refused rather than ignored.
 */
import { checkDescription, checkLabels, LIMITS, type FakeCatalog, type FakeDataset, type FakeField, type FakeTable, type TableType } from './catalog.js';
import { SqlError, toStringLiteral, tokenize, type Token } from './lexer.js';

export interface QueryResult {
  /** Output columns, all STRING. */
  columns: string[];
  rows: (string | null)[][];
  /** DDL: the statement type, e.g. ALTER_TABLE. */
  statementType: string;
}

class Cursor {
  i = 0;
  constructor(readonly tokens: Token[]) {}

  peek(offset = 0): Token | undefined {
    return this.tokens[this.i + offset];
  }

  isWord(word: string, offset = 0): boolean {
    const token = this.peek(offset);
    return token?.kind === 'identifier' && !token.quoted && token.value.toUpperCase() === word;
  }

  word(word: string): boolean {
    if (!this.isWord(word)) return false;
    this.i++;
    return true;
  }

  expectWord(word: string): void {
    if (!this.word(word)) throw new SqlError(`Syntax error: Expected keyword ${word} but got ${describe(this.peek())}`);
  }

  symbol(symbol: string): boolean {
    const token = this.peek();
    if (token?.kind !== 'symbol' || token.value !== symbol) return false;
    this.i++;
    return true;
  }

  expectSymbol(symbol: string): void {
    if (!this.symbol(symbol)) throw new SqlError(`Syntax error: Expected "${symbol}" but got ${describe(this.peek())}`);
  }

  identifier(): string {
    const token = this.peek();
    if (token?.kind !== 'identifier') throw new SqlError(`Syntax error: Expected an identifier but got ${describe(token)}`);
    this.i++;
    return token.value;
  }

  /** A path `a.b.c`; a quoted part holding dots (`p.d.t` in one pair of backticks) is split as BigQuery does. */
  path(): string[] {
    const parts = [...this.identifier().split('.')];
    while (this.symbol('.')) parts.push(...this.identifier().split('.'));
    return parts;
  }

  end(): void {
    this.symbol(';');
    if (this.peek() !== undefined) throw new SqlError(`Syntax error: Unexpected ${describe(this.peek())}`);
  }
}

function describe(token: Token | undefined): string {
  if (token === undefined) return 'end of input';
  return token.kind === 'string' ? 'string literal' : `"${token.value}"`;
}

type OptionValue = { kind: 'null' } | { kind: 'string'; value: string } | { kind: 'labels'; value: Record<string, string> };

function optionValue(cursor: Cursor): OptionValue {
  const token = cursor.peek();
  if (token?.kind === 'string') {
    cursor.i++;
    return { kind: 'string', value: token.value };
  }
  if (cursor.word('NULL')) return { kind: 'null' };
  if (cursor.symbol('[')) {
    const labels: Record<string, string> = {};
    if (cursor.symbol(']')) return { kind: 'labels', value: labels };
    do {
      cursor.word('STRUCT');
      cursor.expectSymbol('(');
      const key = cursor.peek();
      if (key?.kind !== 'string') throw new SqlError('Syntax error: a label key must be a string literal');
      cursor.i++;
      cursor.expectSymbol(',');
      const value = cursor.peek();
      if (value?.kind !== 'string') throw new SqlError('Syntax error: a label value must be a string literal');
      cursor.i++;
      cursor.expectSymbol(')');
      if (key.value in labels) throw new SqlError(`Duplicate label key "${key.value}"`);
      labels[key.value] = value.value;
    } while (cursor.symbol(','));
    cursor.expectSymbol(']');
    return { kind: 'labels', value: labels };
  }
  throw new SqlError(`Syntax error: Unexpected ${describe(token)} as an option value`);
}

function options(cursor: Cursor): Map<string, OptionValue> {
  cursor.expectWord('SET');
  cursor.expectWord('OPTIONS');
  cursor.expectSymbol('(');
  const result = new Map<string, OptionValue>();
  if (cursor.symbol(')')) return result;
  do {
    const name = cursor.identifier().toLowerCase();
    cursor.expectSymbol('=');
    if (result.has(name)) throw new SqlError(`Duplicate option ${name}`);
    result.set(name, optionValue(cursor));
  } while (cursor.symbol(','));
  cursor.expectSymbol(')');
  return result;
}

interface Target {
  project: string;
  dataset: string;
  table?: string;
}

function resolve(path: string[], jobProject: string, table: boolean): Target {
  const expected = table ? 3 : 2;
  const full = path.length === expected - 1 ? [jobProject, ...path] : path;
  if (full.length !== expected) throw new SqlError(`Invalid ${table ? 'table' : 'dataset'} name: ${path.join('.')}`);
  return table ? { project: full[0]!, dataset: full[1]!, table: full[2]! } : { project: full[0]!, dataset: full[1]! };
}

function checkLocation(dataset: FakeDataset, target: Target, jobLocation: string | undefined): void {
  if (jobLocation !== undefined && jobLocation.toLowerCase() !== dataset.location.toLowerCase()) {
    throw new SqlError(`Not found: Dataset ${target.project}:${target.dataset} was not found in location ${jobLocation}`, 404);
  }
}

/** Applies description/labels options to a dataset or table (all checked before any is set). */
function applyOptions(object: FakeDataset | FakeTable, given: Map<string, OptionValue>, limit: number, what: string): void {
  let description: string | undefined | null = null;
  let labels: Record<string, string> | undefined;
  for (const [name, value] of given) {
    if (name === 'description') {
      if (value.kind === 'labels') throw new SqlError('Invalid value for option description: expected STRING');
      description = value.kind === 'null' ? undefined : value.value;
      if (description !== undefined) checkDescription(description, limit, what);
    } else if (name === 'labels') {
      if (value.kind === 'string') throw new SqlError('Invalid value for option labels: expected ARRAY<STRUCT<STRING, STRING>>');
      labels = value.kind === 'null' ? {} : value.value;
      checkLabels(labels, what);
    } else {
      throw new SqlError(`The fake does not implement option ${name} (revmeta should not send it)`);
    }
  }
  if (description !== null) {
    if (description === undefined) delete object.description;
    else object.description = description;
  }
  if (labels !== undefined) object.labels = { ...labels };
  object.version++;
}

/** The DDL reference's words for any ALTER TABLE / ALTER COLUMN SET OPTIONS on an external table. */
export const EXTERNAL_TABLE_REFUSAL = 'This statement is not supported for external tables.';
/**
 * A snapshot's schema cannot change: "You can only update a table snapshot's metadata; for
 * example, its description, expiration date, and access policy" (table snapshots intro).
 * The service's exact error text is not documented: these are the fake's words.
 */
export const SNAPSHOT_SCHEMA_REFUSAL = 'Cannot update the schema of a table snapshot: only its metadata (description, expiration, labels, access policy) can change.';

const KEYWORD_OF_TYPE: Readonly<Record<TableType, string>> = {
  TABLE: 'TABLE',
  SNAPSHOT: 'TABLE',
  EXTERNAL: 'TABLE',
  VIEW: 'VIEW',
  MATERIALIZED_VIEW: 'MATERIALIZED VIEW',
};

function alter(cursor: Cursor, catalog: FakeCatalog, jobProject: string, jobLocation: string | undefined): QueryResult {
  if (cursor.word('SCHEMA')) {
    const ifExists = cursor.word('IF') && (cursor.expectWord('EXISTS'), true);
    const target = resolve(cursor.path(), jobProject, false);
    const given = options(cursor);
    cursor.end();
    let dataset: FakeDataset;
    try {
      dataset = catalog.dataset(target.project, target.dataset);
    } catch (error) {
      if (ifExists) return ddl('ALTER_SCHEMA');
      throw error;
    }
    checkLocation(dataset, target, jobLocation);
    applyOptions(dataset, given, LIMITS.dataset, `dataset ${target.project}:${target.dataset}`);
    return ddl('ALTER_SCHEMA');
  }
  let keyword: string;
  if (cursor.word('TABLE')) keyword = 'TABLE';
  else if (cursor.word('VIEW')) keyword = 'VIEW';
  else if (cursor.word('MATERIALIZED')) {
    cursor.expectWord('VIEW');
    keyword = 'MATERIALIZED VIEW';
  } else throw new SqlError(`Syntax error: Unexpected ${describe(cursor.peek())} after ALTER`);
  const ifExists = cursor.word('IF') && (cursor.expectWord('EXISTS'), true);
  const target = resolve(cursor.path(), jobProject, true);
  const where = `${target.project}:${target.dataset}.${target.table}`;
  const statementType = `ALTER_${keyword.replace(' ', '_')}`;
  if (cursor.isWord('SET')) {
    const given = options(cursor);
    cursor.end();
    const table = find(catalog, target, ifExists);
    if (!table) return ddl(statementType);
    checkLocation(catalog.dataset(target.project, target.dataset), target, jobLocation);
    if (KEYWORD_OF_TYPE[table.type] !== keyword) throw new SqlError(`${where} is a ${table.type}; ALTER ${keyword} cannot change it`);
    if (table.type === 'EXTERNAL') throw new SqlError(EXTERNAL_TABLE_REFUSAL);
    applyOptions(table, given, LIMITS.table, where);
    return ddl(statementType);
  }
  if (keyword === 'MATERIALIZED VIEW') throw new SqlError('Syntax error: Expected keyword SET but got keyword ALTER');
  const changes: { column: string; ifExists: boolean; given: Map<string, OptionValue> }[] = [];
  do {
    cursor.expectWord('ALTER');
    cursor.expectWord('COLUMN');
    const columnIfExists = cursor.word('IF') && (cursor.expectWord('EXISTS'), true);
    const column = cursor.identifier();
    changes.push({ column, ifExists: columnIfExists, given: options(cursor) });
  } while (cursor.symbol(','));
  cursor.end();
  const table = find(catalog, target, ifExists);
  if (!table) return ddl(statementType);
  checkLocation(catalog.dataset(target.project, target.dataset), target, jobLocation);
  if (KEYWORD_OF_TYPE[table.type] !== keyword) throw new SqlError(`${where} is a ${table.type}; ALTER ${keyword} cannot change it`);
  if (table.type === 'EXTERNAL') throw new SqlError(EXTERNAL_TABLE_REFUSAL);
  if (table.type === 'SNAPSHOT') throw new SqlError(SNAPSHOT_SCHEMA_REFUSAL);
  // Check everything first: a statement applies whole or not at all.
  const planned: { field: FakeField; description: string | undefined }[] = [];
  for (const change of changes) {
    const field = table.fields.find((candidate) => candidate.name.toLowerCase() === change.column.toLowerCase());
    if (!field) {
      if (change.ifExists) continue;
      throw new SqlError(`Column ${change.column} not found in ${where}`, 400);
    }
    for (const [name, value] of change.given) {
      if (name !== 'description') throw new SqlError(`The fake does not implement column option ${name}`);
      if (value.kind === 'labels') throw new SqlError('Invalid value for option description: expected STRING');
      const description = value.kind === 'null' ? undefined : value.value;
      if (description !== undefined) checkDescription(description, LIMITS.column, `column ${change.column}`);
      planned.push({ field, description });
    }
  }
  for (const { field, description } of planned) {
    if (description === undefined) delete field.description;
    else field.description = description;
  }
  table.version++;
  return ddl(statementType);
}

function find(catalog: FakeCatalog, target: Target, ifExists: boolean): FakeTable | undefined {
  try {
    return catalog.table(target.project, target.dataset, target.table!);
  } catch (error) {
    if (ifExists) return undefined;
    throw error;
  }
}

function ddl(statementType: string): QueryResult {
  return { columns: [], rows: [], statementType };
}

// ---------------------------------------------------------------------------------------
// INFORMATION_SCHEMA reads

const TABLE_TYPE: Readonly<Record<TableType, string>> = {
  TABLE: 'BASE TABLE',
  SNAPSHOT: 'SNAPSHOT',
  EXTERNAL: 'EXTERNAL',
  VIEW: 'VIEW',
  MATERIALIZED_VIEW: 'MATERIALIZED VIEW',
};

function labelsLiteral(labels: Record<string, string>): string {
  const pairs = Object.keys(labels)
    .sort()
    .map((key) => `STRUCT(${toStringLiteral(key)}, ${toStringLiteral(labels[key]!)})`);
  return `[${pairs.join(', ')}]`;
}

function optionRows(object: FakeDataset | FakeTable): { option_name: string; option_type: string; option_value: string }[] {
  const rows = [];
  if (object.description !== undefined) rows.push({ option_name: 'description', option_type: 'STRING', option_value: toStringLiteral(object.description) });
  if (Object.keys(object.labels).length > 0) {
    rows.push({ option_name: 'labels', option_type: 'ARRAY<STRUCT<STRING, STRING>>', option_value: labelsLiteral(object.labels) });
  }
  return rows;
}

function codeUnitOrder(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** `column IN ('a', 'b')` filters of a query, by column name (lower case). */
function inFilters(tokens: Token[]): Map<string, Set<string>> {
  const filters = new Map<string, Set<string>>();
  for (let i = 1; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.kind !== 'identifier' || token.quoted || token.value.toUpperCase() !== 'IN') continue;
    const column = tokens[i - 1];
    if (column?.kind !== 'identifier' || tokens[i + 1]?.value !== '(') continue;
    const values = new Set<string>();
    let j = i + 2;
    for (; tokens[j] && tokens[j]!.value !== ')'; j++) {
      const value = tokens[j]!;
      if (value.kind === 'string') values.add(value.value);
      else if (!(value.kind === 'symbol' && value.value === ',')) throw new SqlError(`The fake reads only string literals in IN lists, not ${describe(value)}`);
    }
    filters.set(column.value.toLowerCase(), values);
  }
  return filters;
}

/** Output column names of the SELECT list (`t.table_schema` → `table_schema`, `x AS y` → `y`). */
function selectList(tokens: Token[]): string[] {
  const from = tokens.findIndex((token) => token.kind === 'identifier' && !token.quoted && token.value.toUpperCase() === 'FROM');
  const items: Token[][] = [[]];
  for (const token of tokens.slice(1, from < 0 ? tokens.length : from)) {
    if (token.kind === 'symbol' && token.value === ',') items.push([]);
    else items.at(-1)!.push(token);
  }
  return items.map((item) => {
    const last = item.at(-1);
    if (last?.kind !== 'identifier') throw new SqlError('The fake reads only column references in SELECT lists');
    return last.value.toLowerCase();
  });
}

interface ViewRef {
  project: string;
  region: string;
  view: string;
}

function viewRefs(tokens: Token[], jobProject: string): ViewRef[] {
  const refs: ViewRef[] = [];
  const cursor = new Cursor(tokens);
  for (cursor.i = 0; cursor.i < tokens.length; ) {
    const token = cursor.peek()!;
    if (token.kind !== 'identifier' || (cursor.i > 0 && tokens[cursor.i - 1]!.value === '.')) {
      cursor.i++;
      continue;
    }
    const start = cursor.i;
    const path = cursor.path();
    const schemaAt = path.findIndex((part) => part.toUpperCase() === 'INFORMATION_SCHEMA');
    if (schemaAt < 0) {
      if (cursor.i === start) cursor.i++;
      continue;
    }
    const qualifier = path.slice(0, schemaAt);
    const view = path[schemaAt + 1]?.toUpperCase();
    if (!view) throw new SqlError('Syntax error: INFORMATION_SCHEMA needs a view');
    const region = qualifier.at(-1);
    if (!region?.toLowerCase().startsWith('region-')) {
      throw new SqlError('The fake answers region-qualified INFORMATION_SCHEMA reads only (`project`.`region-x`.INFORMATION_SCHEMA.VIEW)');
    }
    refs.push({ project: qualifier.length > 1 ? qualifier[0]! : jobProject, region: region.slice('region-'.length).toLowerCase(), view });
  }
  return refs;
}

function select(tokens: Token[], catalog: FakeCatalog, jobProject: string, jobLocation: string | undefined): QueryResult {
  const refs = viewRefs(tokens, jobProject);
  if (refs.length === 0) {
    // `SELECT 1 AS x`: what a connection check might send.
    return { columns: selectList(tokens), rows: [['1']], statementType: 'SELECT' };
  }
  const { project, region } = refs[0]!;
  if (refs.some((ref) => ref.project !== project || ref.region !== region)) throw new SqlError('The fake joins views of one project and region only');
  if (jobLocation !== undefined && jobLocation.toLowerCase() !== region) {
    throw new SqlError(`Cannot read region-${region} INFORMATION_SCHEMA in a job that runs in location ${jobLocation}`);
  }
  const datasets = [...(catalog.projects.get(project)?.values() ?? [])]
    .filter((dataset) => dataset.location.toLowerCase() === region)
    .sort((a, b) => codeUnitOrder(a.id, b.id));
  if (!catalog.projects.has(project)) throw new SqlError(`Not found: Project ${project}`, 404);
  const filters = inFilters(tokens);
  const keep = (column: string, value: string | null) => {
    const filter = filters.get(column);
    return filter === undefined || (value !== null && filter.has(value));
  };
  const views = new Set(refs.map((ref) => ref.view));
  const records: Record<string, string | null>[] = [];
  const viewSet = [...views].sort().join('+');
  if (viewSet === 'SCHEMATA_OPTIONS') {
    for (const dataset of datasets) {
      if (!keep('schema_name', dataset.id)) continue;
      for (const option of optionRows(dataset)) {
        if (keep('option_name', option.option_name)) records.push({ catalog_name: project, schema_name: dataset.id, ...option });
      }
    }
  } else if (viewSet === 'TABLES+TABLE_OPTIONS') {
    for (const dataset of datasets) {
      if (!keep('table_schema', dataset.id)) continue;
      for (const table of [...dataset.tables.values()].sort((a, b) => codeUnitOrder(a.id, b.id))) {
        const base = { table_catalog: project, table_schema: dataset.id, table_name: table.id, table_type: table.reportedType ?? TABLE_TYPE[table.type] };
        const options = optionRows(table).filter((option) => keep('option_name', option.option_name));
        if (options.length === 0) records.push({ ...base, option_name: null, option_type: null, option_value: null });
        for (const option of options) records.push({ ...base, ...option });
      }
    }
  } else if (viewSet === 'COLUMNS+COLUMN_FIELD_PATHS') {
    for (const dataset of datasets) {
      if (!keep('table_schema', dataset.id)) continue;
      for (const table of [...dataset.tables.values()].sort((a, b) => codeUnitOrder(a.id, b.id))) {
        const base = { table_catalog: project, table_schema: dataset.id, table_name: table.id };
        table.fields.forEach((column) => {
          const paths: { path: string; field: FakeField }[] = [];
          const walk = (field: FakeField, path: string) => {
            paths.push({ path, field });
            for (const child of field.fields ?? []) walk(child, `${path}.${child.name}`);
          };
          walk(column, column.name);
          paths.sort((a, b) => codeUnitOrder(a.path, b.path));
          for (const { path, field } of paths) {
            records.push({ ...base, column_name: column.name, field_path: path, data_type: field.type, description: field.description ?? null });
          }
        });
      }
    }
  } else {
    throw new SqlError(`The fake does not answer a read of ${[...views].join(', ')}`);
  }
  const columns = selectList(tokens);
  for (const column of columns) {
    if (records.length > 0 && !(column in records[0]!)) throw new SqlError(`Unrecognized name: ${column}`);
  }
  return { columns, rows: records.map((record) => columns.map((column) => record[column] ?? null)), statementType: 'SELECT' };
}

export function runQuery(sql: string, catalog: FakeCatalog, jobProject: string, jobLocation: string | undefined): QueryResult {
  const tokens = tokenize(sql);
  const cursor = new Cursor(tokens);
  if (cursor.word('ALTER')) return alter(cursor, catalog, jobProject, jobLocation);
  if (cursor.isWord('SELECT')) return select(tokens, catalog, jobProject, jobLocation);
  throw new SqlError(`The fake runs ALTER and INFORMATION_SCHEMA SELECTs only, not: ${sql.slice(0, 60)}`);
}
