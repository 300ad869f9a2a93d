/**
 * Custom `sql:` templates at validate time: a placeholder stands only where the dialect's
 * quoting protects its value, a template is one statement, and a placeholder must be one its
 * operation has. Each refusal is located at the template's value, with the character offset.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { connectors } from '../../src/connectors/index.js';
import { loadConfig } from '../../src/manifest/config.js';
import { tempTree, yaml } from './helpers.js';

/** A config with one service of `type` whose `sql:` holds `templates` (name → template, written as YAML double-quoted scalars). */
function configWith(type: string, templates: Record<string, string>): string {
  const connection = type === 'postgres' ? '{ host: db, user: u }' : type === 'mysql' ? '{ host: db, user: u, databaseName: d }' : '{ url: "http://db:8123" }';
  return yaml(
    'version: 1',
    'services:',
    '  warehouse:',
    `    type: ${type}`,
    `    connection: ${connection}`,
    '    sql:',
    ...Object.entries(templates).map(([name, template]) => `      ${name}: ${JSON.stringify(template)}`),
  );
}

async function load(text: string) {
  const root = await tempTree({ 'revmeta.yaml': text });
  const file = path.join(root, 'revmeta.yaml');
  return { file, loaded: await loadConfig(file, {}, connectors) };
}

/** `file:line:column message` of each diagnostic, the file shown by its base name. */
async function errorsOf(type: string, templates: Record<string, string>): Promise<string[]> {
  const { file, loaded } = await load(configWith(type, templates));
  if (loaded.ok) throw new Error('expected the config to be invalid');
  return loaded.diagnostics.map((d) => `${path.basename(d.file)}:${d.line}:${d.column} ${d.message.replace(file, '')}`);
}

async function expectValid(type: string, templates: Record<string, string>): Promise<void> {
  const { loaded } = await load(configWith(type, templates));
  expect(loaded.ok ? [] : loaded.diagnostics.map((d) => d.message)).toEqual([]);
}

describe('custom templates: the issue cases are refused at validate, located', () => {
  it('a placeholder inside a /* */ comment (the description "*/; DROP TABLE s.victim; /*" closed it)', async () => {
    expect(await errorsOf('postgres', { columnDescription: 'COMMENT ON COLUMN {schema}.{table}.{column} IS {description} /* was: {description} */' })).toEqual([
      'revmeta.yaml:7:26 services.warehouse.sql.columnDescription: {description} at character 70 is inside a "/*" comment, ' +
        'where quoting cannot protect a value (a line break or "*/" in it would end the comment)',
    ]);
  });

  it('a placeholder inside a -- comment (a line break in the value ended it)', async () => {
    expect(await errorsOf('postgres', { tableDescription: 'COMMENT ON TABLE {schema}.{table} IS {description} -- {description}' })).toEqual([
      'revmeta.yaml:7:25 services.warehouse.sql.tableDescription: {description} at character 55 is inside a "--" comment, ' +
        'where quoting cannot protect a value (a line break or "*/" in it would end the comment)',
    ]);
  });
});

describe('custom templates: each rule, with its located message', () => {
  it('a placeholder inside a quoted string', async () => {
    expect(await errorsOf('postgres', { tableDescription: "COMMENT ON TABLE {schema}.{table} IS 'note: {description}'" })).toEqual([
      "revmeta.yaml:7:25 services.warehouse.sql.tableDescription: {description} at character 45 is inside '…' quotes, " +
        'where quoting cannot protect a value (a quote in it would end them); write the placeholder bare: it arrives quoted',
    ]);
  });

  it('a placeholder inside an identifier quote, a dollar quote or a MySQL backtick', async () => {
    expect(await errorsOf('postgres', { tableOwner: 'ALTER TABLE "{schema}".{table} OWNER TO {owner}' })).toEqual([
      'revmeta.yaml:7:19 services.warehouse.sql.tableOwner: {schema} at character 14 is inside "…" quotes, ' +
        'where quoting cannot protect a value (a quote in it would end them); write the placeholder bare: it arrives quoted',
    ]);
    expect(await errorsOf('postgres', { tableDescription: 'COMMENT ON TABLE {table} IS $x$ {description} $x$' })).toEqual([
      'revmeta.yaml:7:25 services.warehouse.sql.tableDescription: {description} at character 33 is inside $x$…$x$ quotes, ' +
        'where quoting cannot protect a value (a quote in it would end them); write the placeholder bare: it arrives quoted',
    ]);
    expect(await errorsOf('mysql', { tableDescription: 'ALTER TABLE `{table}` COMMENT {description}' })).toEqual([
      'revmeta.yaml:7:25 services.warehouse.sql.tableDescription: {table} at character 14 is inside `…` quotes, ' +
        'where quoting cannot protect a value (a quote in it would end them); write the placeholder bare: it arrives quoted',
    ]);
  });

  it('a # comment on MySQL and ClickHouse, but not on PostgreSQL (where # is an operator)', async () => {
    const template = { tableDescription: 'ALTER TABLE {schema}.{table} COMMENT {description} # {description}' };
    const message = (column: number) =>
      `revmeta.yaml:7:${column} services.warehouse.sql.tableDescription: {description} at character 54 is inside a "#" comment, ` +
      'where quoting cannot protect a value (a line break or "*/" in it would end the comment)';
    expect(await errorsOf('mysql', template)).toEqual([message(25)]);
    expect(await errorsOf('clickhouse', template)).toEqual([message(25)]);
    await expectValid('postgres', { tableDescription: 'COMMENT ON TABLE {schema}.{table} IS {description} # 1' });
  });

  it('more than one statement', async () => {
    expect(await errorsOf('postgres', { tableDescription: 'COMMENT ON TABLE {schema}.{table} IS {description}; SELECT 1' })).toEqual([
      'revmeta.yaml:7:25 services.warehouse.sql.tableDescription: holds more than one statement: SQL follows the ";" at character 51 (a template is one statement)',
    ]);
    // A ";" in a string or a comment, or a trailing one, is not a second statement.
    await expectValid('postgres', { tableDescription: "COMMENT ON TABLE {schema}.{table} IS {description} || ';x' ; -- done; really" });
  });

  it('a placeholder the operation does not have', async () => {
    expect(
      await errorsOf('postgres', {
        tableOwner: 'ALTER TABLE {schema}.{table} OWNER TO {owner} -- {description}',
        columnDescription: 'COMMENT ON COLUMN {table}.{column} IS {owner}',
        tableDescription: 'COMMENT ON TABLE {table} IS {tag_key}',
        schemaDescription: 'COMMENT ON SCHEMA {schema}.{table} IS {description}',
      }),
    ).toEqual([
      'revmeta.yaml:7:19 services.warehouse.sql.tableOwner: {description} at character 50 has no value in tableOwner ' +
        '(its changes have {database} {schema} {table} {owner})',
      'revmeta.yaml:7:19 services.warehouse.sql.tableOwner: {description} at character 50 is inside a "--" comment, ' +
        'where quoting cannot protect a value (a line break or "*/" in it would end the comment)',
      'revmeta.yaml:8:26 services.warehouse.sql.columnDescription: {owner} at character 39 has no value in columnDescription ' +
        '(its changes have {database} {schema} {table} {column} {description})',
      'revmeta.yaml:9:25 services.warehouse.sql.tableDescription: {tag_key} at character 29 has no value in tableDescription ' +
        '(its changes have {database} {schema} {table} {description})',
      'revmeta.yaml:10:26 services.warehouse.sql.schemaDescription: {table} at character 28 has no value in schemaDescription ' +
        '(its changes have {database} {schema} {description})',
    ]);
  });

  it('text the servers read two ways: an unclosed quote, a backslash before a quote, a nested or executable comment', async () => {
    expect(
      await errorsOf('mysql', {
        tableDescription: "ALTER TABLE {table} COMMENT {description} /* it's */ , ALGORITHM='x",
        columnDescription: "ALTER TABLE {table} COMMENT 'a\\' {description}",
        schemaDescription: 'ALTER DATABASE {schema} COMMENT {description} /* a /* b */',
        databaseDescription: 'ALTER DATABASE {database} /*!50000 COMMENT */ {description}',
      }),
    ).toEqual([
      "revmeta.yaml:7:25 services.warehouse.sql.tableDescription: a '…' quote is not closed (at character 66)",
      "revmeta.yaml:8:26 services.warehouse.sql.columnDescription: a '…' quote ends at a different place depending on whether a backslash " +
        'escapes the next character (write it without "\\" before a quote) (at character 29)',
      "revmeta.yaml:8:26 services.warehouse.sql.columnDescription: {description} at character 34 is inside '…' quotes, " +
        'where quoting cannot protect a value (a quote in it would end them); write the placeholder bare: it arrives quoted',
      'revmeta.yaml:9:26 services.warehouse.sql.schemaDescription: a "/*" inside a "/* */" comment (systems disagree on whether comments nest) (at character 52)',
      'revmeta.yaml:10:28 services.warehouse.sql.databaseDescription: "/*!" opens a comment whose text the server runs as SQL (at character 27)',
    ]);
  });

  it('accepts the templates the README shows, on every SQL dialect that has the operation', async () => {
    await expectValid('postgres', {
      tableDescription: 'COMMENT ON TABLE {schema}.{table} IS {description}',
      columnDescription: "COMMENT ON COLUMN {schema}.{table}.{column} IS {description} -- revmeta's {\"note\": 1}",
      tableOwner: 'ALTER TABLE {schema}.{table} OWNER TO {owner}',
    });
    await expectValid('mysql', { tableDescription: 'ALTER TABLE {schema}.{table} COMMENT = {description}' });
    await expectValid('clickhouse', { tableDescription: 'ALTER TABLE {schema}.{table} MODIFY COMMENT {description}' });
  });
});
