/**
 * Custom statement templates (the config's `sql:` block), rendered for any dialect.
 * Every placeholder is substituted already quoted by the dialect, identifiers as identifiers
 * and values as literals, in one pass: a value that itself contains `{table}` is never
 * expanded again, so a template cannot be injected through the data it carries.
 */
import type { Change } from '../plan/types.js';
import {
  TEMPLATE_PLACEHOLDERS,
  type Dialect,
  type TemplateName,
  type TemplateOperation,
  type TemplatePlaceholder,
} from './types.js';

const PLACEHOLDER_PATTERN = /\{([a-z_]+)\}/g;

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

/**
 * Substitutes `{database} {schema} {table} {column} {owner} {description} {tag_key}
 * {tag_value} {tags}` in a template. Braces around any other word are left as written.
 * A placeholder the change has no value for throws: the config validator rejects such
 * templates up front, so reaching it here is a programming error.
 */
export function renderTemplate(template: string, change: Change, dialect: Dialect): string {
  return template.replace(PLACEHOLDER_PATTERN, (whole, name: string) => {
    if (!isPlaceholder(name)) return whole;
    const value = placeholderValue(name, change, dialect);
    if (value === undefined) {
      throw new Error(
        `template ${templateName(change)} uses {${name}}, which a ${change.object.kind} ` +
          `${change.field} ${change.action} change does not have`,
      );
    }
    return value;
  });
}
