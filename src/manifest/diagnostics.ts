/**
 * Schema (ajv) errors as located diagnostics with helpful messages, and the one order every
 * list of diagnostics is reported in.
 */
import type { ErrorObject } from 'ajv';
import type { Diagnostic } from './types.js';
import { compareText } from '../model/order.js';
import { diagnosticAt, formatPath, inPath, pointerToPath, type LocatedDocument, type Path } from './yaml.js';

const TYPE_NAMES: Record<string, string> = {
  string: 'a string',
  integer: 'an integer',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a map',
  null: 'empty',
};

export interface AjvTranslation {
  /** Prefix of the validated value inside the document (e.g. a service's `connection`). */
  base?: Path;
  /** A more helpful message for a case the caller knows about; undefined for the default. */
  refine?: (error: ErrorObject, path: Path) => string | undefined;
}

/**
 * Turns ajv errors into located diagnostics. Messages name paths and what the schema
 * expects, never the offending value: a config value may be a secret.
 */
export function ajvDiagnostics(
  located: LocatedDocument,
  errors: readonly ErrorObject[],
  data: unknown,
  options: AjvTranslation = {},
): Diagnostic[] {
  const base = options.base ?? [];
  const diagnostics: Diagnostic[] = [];
  for (const error of errors) {
    // if/then branches report "must match then schema" beside the real errors.
    if (error.keyword === 'if') continue;
    const path = [...base, ...pointerToPath(error.instancePath, data)];
    const refined = options.refine?.(error, path);
    const { message, at, target } = describe(error, path);
    diagnostics.push(diagnosticAt(located, at, target, refined ?? message));
  }
  return diagnostics;
}

interface Description {
  message: string;
  at: Path;
  target: 'key' | 'value';
}

function describe(error: ErrorObject, path: Path): Description {
  const subject = path.length === 0 ? 'the document' : formatPath(path);
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'additionalProperties': {
      const field = String(params['additionalProperty']);
      const known = Object.keys(
        ((error.parentSchema as { properties?: Record<string, unknown> } | undefined)?.properties ?? {}),
      );
      return {
        message: `unknown field "${field}"${inPath(path)}${suggestion(field, known)}`,
        at: [...path, field],
        target: 'key',
      };
    }
    case 'required':
      return {
        message: `missing field "${String(params['missingProperty'])}"${inPath(path)}`,
        at: path,
        target: 'key',
      };
    case 'type': {
      const types = String(params['type']).split(',');
      const expected = types.map((type) => TYPE_NAMES[type] ?? type).join(' or ');
      return { message: `${subject} must be ${expected}`, at: path, target: 'value' };
    }
    case 'enum': {
      const allowed = (params['allowedValues'] as unknown[]).map(String).join(', ');
      return { message: `${subject} must be one of ${allowed}`, at: path, target: 'value' };
    }
    case 'const':
      return { message: `${subject} must be ${String(params['allowedValue'])}`, at: path, target: 'value' };
    case 'uniqueItems': {
      const [first, second] = [Number(params['i']), Number(params['j'])].sort((a, b) => a - b);
      return {
        message: `${formatPath([...path, second ?? 0])} repeats ${formatPath([...path, first ?? 0])}`,
        at: [...path, second ?? 0],
        target: 'value',
      };
    }
    case 'minLength':
      if (params['limit'] === 1) return { message: `${subject} must not be empty`, at: path, target: 'value' };
      break;
    case 'not': {
      // A schema can say why a combination is refused: the `description` of its `not` subschema.
      const reason = (error.schema as { description?: unknown } | undefined)?.description;
      if (typeof reason === 'string') return { message: `${subject}: ${reason}`, at: path, target: 'value' };
      break;
    }
  }
  // ajv's own messages quote the schema (limits, patterns), never the data.
  return { message: `${subject} ${error.message ?? 'is invalid'}`, at: path, target: 'value' };
}

/** " (did you mean "owners"?)" for a near miss of a known field. */
function suggestion(field: string, known: readonly string[]): string {
  const close = known.find((name) => editDistance(name.toLowerCase(), field.toLowerCase()) <= 2);
  return close === undefined ? '' : ` (did you mean "${close}"?)`;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** Sorts by file, line, column, message and drops exact repeats. */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  const unique: Diagnostic[] = [];
  for (const diagnostic of diagnostics) {
    const id = JSON.stringify([diagnostic.file, diagnostic.line, diagnostic.column, diagnostic.message]);
    if (seen.has(id)) continue;
    seen.add(id);
    unique.push(diagnostic);
  }
  return unique.sort(
    (a, b) =>
      compareText(a.file, b.file) ||
      a.line - b.line ||
      a.column - b.column ||
      compareText(a.message, b.message),
  );
}
