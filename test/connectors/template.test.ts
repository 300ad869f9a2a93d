/**
 * The template lexer on each dialect's comment and quote syntax, and the table of which
 * placeholders each operation has, held equal to what compiling substitutes.
 */
import { describe, expect, it } from 'vitest';
import { connectors } from '../../src/connectors/index.js';
import { isSingleStatement, lexSql, STANDARD_SQL_SYNTAX, type SqlSyntax } from '../../src/connectors/sql-lexer.js';
import { compileTemplate, TEMPLATE_PLACEHOLDERS_BY_NAME, templateName, templateProblems } from '../../src/connectors/template.js';
import { TEMPLATE_PLACEHOLDERS, type Dialect } from '../../src/connectors/types.js';
import type { ObjectKind, ObjectRef } from '../../src/model/types.js';
import type { Change } from '../../src/plan/types.js';
import { HOSTILE_IDENTIFIERS, HOSTILE_VALUES } from '../corpus/hostile.js';

function syntaxOf(type: string): SqlSyntax {
  return connectors.get(type)!.dialect.syntax ?? STANDARD_SQL_SYNTAX;
}

/** Where a placeholder stands, as the lexer reads the text around it. */
function placeOf(text: string, type: string): string {
  const offset = text.indexOf('{description}');
  const segment = lexSql(text, syntaxOf(type)).segments.find((one) => one.start <= offset && offset < one.end);
  return segment ? `${segment.kind} ${segment.opener}` : 'sql';
}

describe('sql lexer, per dialect', () => {
  it.each([
    ['postgres', "x /* a */ {description}", 'sql'],
    ['postgres', '$$ {description} $$', 'quoted $$'],
    ['postgres', '$t$ $$ {description} $t$', 'quoted $t$'],
    ['postgres', 'a$b$ {description}', 'sql'],
    ['postgres', '$1 {description}', 'sql'],
    ['postgres', '# {description}', 'sql'],
    ['postgres', "E'x' {description}", 'sql'],
    ['mysql', '# {description}', 'comment #'],
    ['mysql', '--{description}', 'sql'],
    ['mysql', '-- {description}', 'comment --'],
    ['mysql', '"{description}"', 'quoted "'],
    ['mysql', '$$ {description}', 'sql'],
    ['clickhouse', '// {description}', 'comment //'],
    ['clickhouse', '$h$ {description} $h$', 'quoted $h$'],
    ['mssql', '[a {description}]', 'quoted ['],
    ['mssql', '[a]]b] {description}', 'sql'],
    ['postgres', '[a {description}]', 'sql'],
    ['oracle', "q'[it's {description}]'", "quoted q'["],
    ['oracle', "xq'[a' {description}", 'sql'],
    ['snowflake', '$$ {description} $$', 'quoted $$'],
    ['snowflake', '// {description}', 'comment //'],
    ['bigquery', "''' it's {description} '''", "quoted '''"],
    ['bigquery', '# {description}', 'comment #'],
    ['databricks', '`a`` {description}`', 'quoted `'],
  ])('%s: %j puts the placeholder in %s', (type, text, expected) => {
    expect(placeOf(text, type)).toBe(expected);
  });

  it('reads a ";" as a separator only in plain SQL and only when SQL follows it', () => {
    const syntax = syntaxOf('postgres');
    expect(lexSql("SELECT ';' -- ;\n; /* x */ ", syntax).separators).toEqual([]);
    expect(lexSql('SELECT 1; SELECT 2', syntax).separators).toEqual([8]);
    expect(lexSql("SELECT 1;'x'", syntax).separators).toEqual([8]);
  });

  it('certifies one statement only when no quote or comment is open or read two ways', () => {
    const syntax = syntaxOf('postgres');
    expect(isSingleStatement("COMMENT ON TABLE t IS E'a\\\\'';x'", syntax)).toBe(true);
    expect(isSingleStatement("COMMENT ON TABLE t IS 'a\\';x'", syntax)).toBe(false);
    expect(isSingleStatement("COMMENT ON TABLE t IS 'open", syntax)).toBe(false);
    expect(isSingleStatement('COMMENT ON TABLE t IS NULL -- note\r; DROP TABLE t', syntax)).toBe(false);
    expect(isSingleStatement('COMMENT ON TABLE t IS NULL /* /* */ x', syntax)).toBe(false);
  });

  it('certifies every statement PostgreSQL and Redshift compile for the hostile corpus', () => {
    for (const type of ['postgres', 'redshift']) {
      const { dialect } = connectors.get(type)!;
      const changes = HOSTILE_VALUES.map(({ value }, i) =>
        descriptionChange(columnOf(HOSTILE_IDENTIFIERS[i % HOSTILE_IDENTIFIERS.length]!.value), value),
      );
      for (const { sql } of dialect.compile(changes, {})) expect(isSingleStatement(sql, syntaxOf(type)), `${type}: ${sql.slice(0, 80)}`).toBe(true);
    }
  });
});

function columnOf(name: string): ObjectRef {
  return { kind: 'column', database: name, schema: name, table: name, column: name };
}

function descriptionChange(object: ObjectRef, after: string | null): Change {
  return { service: 's', object, field: 'description', action: after === null ? 'clear' : 'set', before: 'old', after, statements: [] };
}

/** One change of each action for a template name's level and operation. */
function changesFor(kind: ObjectKind, operation: string): Change[] {
  const object: ObjectRef = { kind, database: 'd', ...(kind !== 'database' ? { schema: 's' } : {}), ...(kind === 'table' || kind === 'column' ? { table: 't' } : {}), ...(kind === 'column' ? { column: 'c' } : {}) };
  const base = { service: 's', object, statements: [] as number[] };
  switch (operation) {
    case 'Description':
      return [descriptionChange(object, 'x'), descriptionChange(object, null)];
    case 'Owner':
      return [{ ...base, field: 'owner', action: 'set', before: 'a', after: 'b' }];
    case 'TagSet':
      return [
        { ...base, field: 'tag', action: 'add', tag: 'k', before: null, after: 'v' },
        { ...base, field: 'tag', action: 'set', tag: 'k', before: 'u', after: 'v' },
      ];
    default:
      return [{ ...base, field: 'tag', action: 'remove', tag: 'k', before: 'v', after: null }];
  }
}

describe('the placeholders of each template', () => {
  const dialect: Dialect = connectors.get('postgres')!.dialect;
  const kinds: ObjectKind[] = ['database', 'schema', 'table', 'column'];

  it('are exactly those compiling has a value for, for every change of the operation', () => {
    for (const [name, placeholders] of TEMPLATE_PLACEHOLDERS_BY_NAME) {
      const kind = kinds.find((candidate) => name.startsWith(candidate))!;
      for (const change of changesFor(kind, name.slice(kind.length))) {
        expect(templateName(change)).toBe(name);
        for (const placeholder of TEMPLATE_PLACEHOLDERS) {
          const compile = () => compileTemplate(`{${placeholder}}`, change, dialect);
          if (placeholders.includes(placeholder)) expect(compile, `${name} {${placeholder}}`).not.toThrow();
          else expect(compile, `${name} {${placeholder}}`).toThrow(/internal error/);
        }
      }
    }
  });

  it('are checked per template name', () => {
    expect(templateProblems('ALTER TABLE {table} OWNER TO {owner}', 'tableOwner')).toEqual([]);
    expect(templateProblems('SET TAG {tag_key} = {tag_value} ON {column}', 'columnTagUnset')).toEqual([]);
    expect(templateProblems('SET TAG {tags} ON {column}', 'tableTagSet').map((problem) => problem.offset)).toEqual([18]);
  });
});
