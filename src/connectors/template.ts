/**
 * Custom statement templates (the config's `sql:` block), checked and compiled for any dialect.
 * Every placeholder is substituted already quoted by the dialect, identifiers as identifiers
 * and values as literals, in one pass: a value that itself contains `{table}` is never
 * expanded again. That quoting protects a value only in plain SQL, so `templateProblems`
 * (run by `revmeta validate`) refuses a placeholder inside a comment or quotes, a template of
 * more than one statement, and a placeholder its operation has no value for.
 */
import { OBJECT_KINDS, type ObjectKind } from '../model/types.js';
import type { Change } from '../model/change.js';
import { lexSql, STANDARD_SQL_SYNTAX, type LexProblem, type SqlSyntax } from './sql-lexer.js';
import {
  TEMPLATE_OPERATIONS,
  TEMPLATE_PLACEHOLDERS,
  type Dialect,
  type SqlTemplates,
  type Statement,
  type TemplateName,
  type TemplateOperation,
  type TemplatePlaceholder,
} from './types.js';

/** The names an object of each level has (as `placeholderValue` reads them off the change). */
const OBJECT_PLACEHOLDERS: Readonly<Record<ObjectKind, readonly TemplatePlaceholder[]>> = {
  database: ['database'],
  schema: ['database', 'schema'],
  table: ['database', 'schema', 'table'],
  column: ['database', 'schema', 'table', 'column'],
};

/** The values each operation's changes carry (as `placeholderValue` reads them off the change). */
const OPERATION_PLACEHOLDERS: Readonly<Record<TemplateOperation, readonly TemplatePlaceholder[]>> = {
  Description: ['description'],
  Owner: ['owner'],
  TagSet: ['tag_key', 'tag_value', 'tags'],
  TagUnset: ['tag_key', 'tag_value', 'tags'],
};

/** Every template the config may hold (`tableDescription`, ...), with the placeholders its changes have. */
export const TEMPLATE_PLACEHOLDERS_BY_NAME: ReadonlyMap<TemplateName, readonly TemplatePlaceholder[]> = new Map(
  OBJECT_KINDS.flatMap((kind) =>
    TEMPLATE_OPERATIONS.map(
      (operation) => [`${kind}${operation}`, [...OBJECT_PLACEHOLDERS[kind], ...OPERATION_PLACEHOLDERS[operation]]] as const,
    ),
  ),
);

/** `{name}` in a template; other braces (JSON literals, say) are plain SQL text. */
const ANY_PLACEHOLDER = /\{([A-Za-z_][A-Za-z0-9_]*)\}/g;

function isPlaceholder(name: string): name is TemplatePlaceholder {
  return (TEMPLATE_PLACEHOLDERS as readonly string[]).includes(name);
}

function operationOf(change: Change): TemplateOperation {
  switch (change.field) {
    case 'description':
      return 'Description';
    case 'owner':
      return 'Owner';
    case 'tag':
      return change.action === 'remove' || change.action === 'clear' ? 'TagUnset' : 'TagSet';
  }
}

/** The config key whose template replaces the built-in statement of this change. */
export function templateName(change: Change): TemplateName {
  return `${change.object.kind}${operationOf(change)}`;
}

/** The tag value a tag change is about: the new one, or for a removal the one removed. */
function tagValueOf(change: Change): string | null {
  return change.after ?? change.before;
}

/** The quoted text of one placeholder, or undefined when the change has no such value. */
function placeholderValue(
  placeholder: TemplatePlaceholder,
  change: Change,
  dialect: Dialect,
): string | undefined {
  const identifier = (name: string | null | undefined): string | undefined =>
    name == null ? undefined : dialect.quoteIdentifier(name);
  const { object } = change;
  switch (placeholder) {
    case 'database':
      return identifier(object.database);
    case 'schema':
      return identifier(object.schema);
    case 'table':
      return identifier(object.table);
    case 'column':
      return identifier(object.column);
    case 'description':
      if (change.field !== 'description') return undefined;
      return change.after === null ? dialect.nullLiteral : dialect.quoteLiteral(change.after);
    case 'owner':
      return change.field === 'owner' ? identifier(change.after) : undefined;
    case 'tag_key':
      return change.field === 'tag' ? identifier(change.tag) : undefined;
    case 'tag_value': {
      const value = change.field === 'tag' ? tagValueOf(change) : null;
      return value === null ? undefined : dialect.quoteLiteral(value);
    }
    case 'tags': {
      const value = change.field === 'tag' ? tagValueOf(change) : null;
      if (value === null || change.tag === undefined) return undefined;
      return `${dialect.quoteIdentifier(change.tag)} = ${dialect.quoteLiteral(value)}`;
    }
  }
}

/** The `{names}` of a template that are no placeholder, each once, in order. */
export function unknownPlaceholders(template: string): string[] {
  const names = [...template.matchAll(ANY_PLACEHOLDER)].map((match) => match[1]!);
  return [...new Set(names.filter((name) => !isPlaceholder(name)))];
}

/**
 * Why a template is unsafe or cannot compile, each with its offset in the template: a known
 * placeholder inside a comment or quotes (no quoting protects a value there: a line break ends
 * a `--` comment, a quote ends a string), more than one statement, text the dialect's servers
 * read two ways, or a placeholder the template's changes have no value for. Unknown
 * placeholder names are the config loader's to report.
 */
export function templateProblems(template: string, name: TemplateName, syntax: SqlSyntax = STANDARD_SQL_SYNTAX): LexProblem[] {
  const lexed = lexSql(template, syntax);
  const problems: LexProblem[] = lexed.problems.map(({ offset, message }) => ({ offset, message: `${message} (at character ${offset + 1})` }));
  for (const offset of lexed.separators) {
    problems.push({
      offset,
      message: `holds more than one statement: SQL follows the ";" at character ${offset + 1} (a template is one statement)`,
    });
  }
  const available = TEMPLATE_PLACEHOLDERS_BY_NAME.get(name) ?? [];
  for (const match of template.matchAll(ANY_PLACEHOLDER)) {
    const placeholder = match[1]!;
    if (!isPlaceholder(placeholder)) continue;
    const offset = match.index;
    const at = `{${placeholder}} at character ${offset + 1}`;
    const segment = lexed.segments.find((candidate) => candidate.start <= offset && offset < candidate.end);
    if (segment?.kind === 'comment') {
      problems.push({
        offset,
        message: `${at} is inside a "${segment.opener}" comment, where quoting cannot protect a value (a line break or "*/" in it would end the comment)`,
      });
    } else if (segment?.kind === 'quoted') {
      problems.push({
        offset,
        message: `${at} is inside ${segment.opener}…${segment.closer} quotes, where quoting cannot protect a value (a quote in it would end them); write the placeholder bare: it arrives quoted`,
      });
    }
    if (!available.includes(placeholder)) {
      const has = available.map((one) => `{${one}}`).join(' ');
      problems.push({ offset, message: `${at} has no value in ${name} (its changes have ${has})` });
    }
  }
  return problems.sort((a, b) => a.offset - b.offset);
}

/**
 * Substitutes `{database} {schema} {table} {column} {owner} {description} {tag_key}
 * {tag_value} {tags}` in a template. Braces around any other word are left as written.
 * A placeholder the change has no value for cannot reach here: `revmeta validate` refuses it
 * (TEMPLATE_PLACEHOLDERS_BY_NAME, kept equal to placeholderValue by the tests); the throw
 * only guards that invariant.
 */
export function compileTemplate(template: string, change: Change, dialect: Dialect): string {
  return template.replace(ANY_PLACEHOLDER, (whole, name: string) => {
    if (!isPlaceholder(name)) return whole;
    const value = placeholderValue(name, change, dialect);
    if (value === undefined) {
      throw new Error(
        `internal error: template ${templateName(change)} uses {${name}}, which a ${change.object.kind} ` +
          `${change.field} ${change.action} change does not have (config validation should have refused it)`,
      );
    }
    return value;
  });
}

/**
 * The compile loops' first step: the change's custom template (the config's `sql:`) compiled
 * for the dialect, or undefined when the config has none for it and the built-in statement
 * applies.
 */
export function templateSql(change: Change, templates: SqlTemplates, dialect: Dialect): string | undefined {
  const template = templates[templateName(change)];
  return template === undefined ? undefined : compileTemplate(template, change, dialect);
}

/** `templateSql` as the statement of that one change (a template is never batched with others). */
export function templateStatement(change: Change, index: number, templates: SqlTemplates, dialect: Dialect): Statement | undefined {
  const sql = templateSql(change, templates, dialect);
  return sql === undefined ? undefined : { sql, changes: [index] };
}
