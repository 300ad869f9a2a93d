/**
 * Loads `revmeta.yaml`: YAML → `${VAR}` expansion → config schema → per-service checks that
 * need the connectors of this build (type available, `connection:` valid, SQL templates).
 * Every problem is collected and located; nothing is thrown for a user's mistake.
 *
 * Secrets live in the blocks a command connects with (`services.<name>.connection`,
 * `openmetadata:`). A command expands only the blocks it uses (`SecretScope`): the others keep
 * their `${VAR}`s as written, and an unset one there is a note, not an error, so `validate`
 * runs without credentials and `plan --service a` does not need service b's password.
 */
import path from 'node:path';
import { TEMPLATE_PLACEHOLDERS_BY_NAME, templateProblems, unknownPlaceholders } from '../connectors/template.js';
import { TEMPLATE_PLACEHOLDERS, type Connector, type TemplateName } from '../connectors/types.js';
import { credentialsIn } from '../model/redact.js';
import { parseDuration } from '../connectors/connection.js';
import type { Config, Diagnostic, Loaded, ServiceConfig } from './types.js';
import { connectorTypesOf } from './connection-schemas.js';
import { ajvDiagnostics, sortDiagnostics } from './diagnostics.js';
import { connectionValidator, schemaValidator } from './schemas.js';
import {
  diagnosticAt,
  entriesInOrder,
  formatPath,
  isRecord,
  locate,
  parseYaml,
  type PathSegment,
  type YamlDocument,
} from './yaml.js';
import { readText } from './text.js';

/** Option names whose values are credentials, at any depth of `connection:`. */
const SECRET_KEY = /password|passphrase|token|secret|private_?key|credentials/i;

const VARIABLE_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Which secret-bearing blocks a command expands `${VAR}`s in; the default is every one. */
export interface SecretScope {
  /** Services whose `connection:` is expanded (default: all). */
  services?: readonly string[];
  /** Whether the `openmetadata:` block is expanded (default: yes). */
  openmetadata?: boolean;
}

/** `validate`: no secrets at all. */
export const NO_SECRETS: SecretScope = { services: [], openmetadata: false };

/**
 * Reads and validates a config file. `file` is reported as given; relative paths are read
 * from the current directory. `env` supplies `${VAR}`s; `connectors` are those of this build;
 * `scope` says which secret-bearing blocks to expand (others are checked without their secrets).
 */
export async function loadConfig(
  file: string,
  env: Record<string, string | undefined>,
  connectors: ReadonlyMap<string, Connector>,
  scope: SecretScope = {},
): Promise<Loaded<Config>> {
  const absolute = path.resolve(process.cwd(), file);
  let text: string;
  try {
    const read = await readText(absolute, file);
    if (!read.ok) return { ok: false, diagnostics: [read.diagnostic] };
    text = read.text;
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'file not found' : String(error);
    return { ok: false, diagnostics: [{ file, line: 1, column: 1, message: `cannot read config: ${reason}` }] };
  }

  const parsed = parseYaml(file, text);
  const diagnostics: Diagnostic[] = [...parsed.diagnostics];
  const document = singleDocument(file, parsed.documents, diagnostics);
  if (document === undefined) return { ok: false, diagnostics: sortDiagnostics(diagnostics) };

  const expansion = expandVariables(document, env, scope);
  diagnostics.push(...expansion.diagnostics);

  const validate = await schemaValidator('config');
  if (!validate(document.value)) {
    const errors = withoutUnexpanded(validate.errors ?? [], '', expansion.unexpanded);
    diagnostics.push(...ajvDiagnostics(document, errors, document.value));
  }
  diagnostics.push(...(await checkServices(document, connectors, expansion, connectorTypesOf(validate.schema))));

  if (diagnostics.length > 0) return { ok: false, diagnostics: sortDiagnostics(diagnostics) };
  const config = buildConfig(absolute, document.value as RawConfig, expansion.secrets, expansion.leftAsWritten);
  return { ok: true, value: config, ...(expansion.notes.length > 0 ? { notes: sortDiagnostics(expansion.notes) } : {}) };
}

/** A config is one YAML document; an empty file or a second document is a mistake. */
function singleDocument(
  file: string,
  documents: readonly YamlDocument[],
  diagnostics: Diagnostic[],
): YamlDocument | undefined {
  const [first, second] = documents;
  if (first === undefined) {
    // A broken document is already reported; an empty file is not.
    if (diagnostics.length === 0)
      diagnostics.push({ file, line: 1, column: 1, message: 'config is empty: it needs at least "version: 1"' });
    return undefined;
  }
  if (second !== undefined) {
    const at = locate(second, [], 'value');
    diagnostics.push({ ...at, message: 'a config holds one YAML document; this is a second one' });
  }
  return first;
}

interface Expansion {
  diagnostics: Diagnostic[];
  /** Unset variables in blocks this command does not expand: worth saying, not an error. */
  notes: Diagnostic[];
  /** Every non-empty substituted value. */
  secrets: Set<string>;
  /** JSON Pointers of values left with their `${VAR}`s: the schemas cannot judge them yet. */
  unexpanded: Set<string>;
  /** Those values as written: references, not secrets. */
  leftAsWritten: Set<string>;
}

/** Replaces `${VAR}` in every string value, in place, so that locations stay valid. */
function expandVariables(document: YamlDocument, env: Record<string, string | undefined>, scope: SecretScope): Expansion {
  const expansion: Expansion = { diagnostics: [], notes: [], secrets: new Set(), unexpanded: new Set(), leftAsWritten: new Set() };
  const visit = (value: unknown, at: PathSegment[], deferred: string | undefined): unknown => {
    if (typeof value === 'string') {
      if (deferred === undefined) return expandValue(document, value, at, env, expansion);
      return noteUnexpanded(document, value, at, env, deferred, expansion);
    }
    if (Array.isArray(value)) value.forEach((item, index) => (value[index] = visit(item, [...at, index], deferred)));
    else if (isRecord(value))
      for (const [name, item] of entriesInOrder(value)) {
        const path = [...at, name];
        value[name] = visit(item, path, deferred ?? deferredBlock(path, scope));
      }
    return value;
  };
  document.value = visit(document.value, [], undefined);
  return expansion;
}

/** Who needs a block this command leaves unexpanded (for the note), or undefined when it is expanded. */
function deferredBlock(path: readonly PathSegment[], scope: SecretScope): string | undefined {
  if (path.length === 1 && path[0] === 'openmetadata' && scope.openmetadata === false) return 'commands that use OpenMetadata';
  if (path.length === 3 && path[0] === 'services' && path[2] === 'connection' && scope.services !== undefined) {
    const name = String(path[1]);
    if (!scope.services.includes(name)) return `commands that connect to service "${name}"`;
  }
  return undefined;
}

/** A value of a block left unexpanded: malformed references are still errors, unset variables notes. */
function noteUnexpanded(
  document: YamlDocument,
  value: string,
  at: PathSegment[],
  env: Record<string, string | undefined>,
  neededBy: string,
  expansion: Expansion,
): string {
  const result = expandString(value, env);
  if (result.value === value && !value.includes('${')) return value;
  expansion.unexpanded.add(pointerOf(at));
  expansion.leftAsWritten.add(value);
  // Not expanded, but a value that is set is still masked: a description may quote it.
  for (const substituted of result.substituted) if (substituted !== '') expansion.secrets.add(substituted);
  for (const problem of result.problems) expansion.diagnostics.push(diagnosticAt(document, at, 'value', problem));
  for (const name of result.unset)
    expansion.notes.push(diagnosticAt(document, at, 'value', `environment variable ${name} is not set (not needed here; ${neededBy} need it)`));
  return value;
}

/** A JSON Pointer, as ajv's instancePath spells one. */
function pointerOf(path: readonly PathSegment[]): string {
  return path.map((segment) => `/${String(segment).replaceAll('~', '~0').replaceAll('/', '~1')}`).join('');
}

/** Schema errors, less those about a value that still holds its `${VAR}`s (its value is not known). */
function withoutUnexpanded<T extends { instancePath: string }>(errors: readonly T[], base: string, unexpanded: ReadonlySet<string>): T[] {
  return errors.filter((error) => !unexpanded.has(`${base}${error.instancePath}`));
}

function expandValue(
  document: YamlDocument,
  value: string,
  at: PathSegment[],
  env: Record<string, string | undefined>,
  expansion: Expansion,
): string {
  const result = expandString(value, env);
  for (const problem of result.problems) expansion.diagnostics.push(diagnosticAt(document, at, 'value', problem));
  for (const name of result.unset) expansion.diagnostics.push(diagnosticAt(document, at, 'value', `environment variable ${name} is not set`));
  // The substituted values, not the strings around them: `${PREFIX}analytics.*` must not turn
  // the glob into a secret, and maskers replace substrings, which covers a URL with a password.
  for (const substituted of result.substituted) if (substituted !== '') expansion.secrets.add(substituted);
  return result.value;
}

interface StringExpansion {
  value: string;
  substituted: string[];
  /** Malformed references. */
  problems: string[];
  /** Variables referenced but not set (left as written in `value`). */
  unset: string[];
}

/**
 * `${VAR}` → the variable's value, `$${` → a literal `${`. Problems name the variable,
 * never its value or the rest of the string.
 */
export function expandString(text: string, env: Record<string, string | undefined>): StringExpansion {
  const result: StringExpansion = { value: '', substituted: [], problems: [], unset: [] };
  let index = 0;
  while (index < text.length) {
    if (text.startsWith('$${', index)) {
      result.value += '${';
      index += 3;
    } else if (text.startsWith('${', index)) {
      const end = text.indexOf('}', index + 2);
      if (end < 0) {
        result.problems.push('"${" is not closed by "}" (write "$${" for a literal "${")');
        result.value += text.slice(index);
        break;
      }
      const name = text.slice(index + 2, end);
      const substitute = substituteVariable(name, env, result);
      result.value += substitute ?? text.slice(index, end + 1);
      if (substitute !== undefined) result.substituted.push(substitute);
      index = end + 1;
    } else {
      result.value += text[index];
      index++;
    }
  }
  return result;
}

function substituteVariable(
  name: string,
  env: Record<string, string | undefined>,
  result: Pick<StringExpansion, 'problems' | 'unset'>,
): string | undefined {
  if (!VARIABLE_NAME.test(name)) {
    result.problems.push(`"\${${name}}" is not a variable reference (names are letters, digits and _)`);
    return undefined;
  }
  const value = env[name];
  if (value === undefined) result.unset.push(name);
  return value;
}

/** Checks that need more than the schema: the connector of each service and its templates. */
async function checkServices(
  document: YamlDocument,
  connectors: ReadonlyMap<string, Connector>,
  expansion: Pick<Expansion, 'secrets' | 'unexpanded'>,
  knownTypes: ReadonlySet<string>,
): Promise<Diagnostic[]> {
  const root = document.value;
  if (!isRecord(root) || !isRecord(root['services'])) return [];
  const diagnostics: Diagnostic[] = [];
  for (const [name, service] of entriesInOrder(root['services'])) {
    if (!isRecord(service)) continue;
    diagnostics.push(...(await checkConnector(document, name, service, connectors, expansion, knownTypes)));
    diagnostics.push(...checkTemplates(document, name, service, connectors));
    diagnostics.push(...checkTimeouts(document, name, service));
  }
  return diagnostics;
}

async function checkConnector(
  document: YamlDocument,
  name: string,
  service: Record<string, unknown>,
  connectors: ReadonlyMap<string, Connector>,
  { secrets, unexpanded }: Pick<Expansion, 'secrets' | 'unexpanded'>,
  knownTypes: ReadonlySet<string>,
): Promise<Diagnostic[]> {
  const type = service['type'];
  // Not a known type at all: the schema has said so already.
  if (typeof type !== 'string' || !knownTypes.has(type)) return [];
  const connector = connectors.get(type);
  if (connector === undefined) {
    const available = [...connectors.keys()].sort().join(', ') || 'none';
    // `type: ${DB_TYPE}` makes the type a secret like any expanded value: then it is not named.
    const named = secrets.has(type) ? 'its connector type' : `connector type "${type}"`;
    const message = `service "${name}": ${named} is not available in this build (available: ${available})`;
    return [diagnosticAt(document, ['services', name, 'type'], 'value', message)];
  }
  const connection = service['connection'];
  if (!isRecord(connection)) return [];
  const validate = await connectionValidator(connector.connectionSchema);
  if (validate(connection)) return [];
  const errors = withoutUnexpanded(validate.errors ?? [], pointerOf(['services', name, 'connection']), unexpanded);
  return ajvDiagnostics(document, errors, connection, { base: ['services', name, 'connection'] });
}

/**
 * Each template read as its service's dialect reads SQL (template.ts, `templateProblems`):
 * unknown placeholders, then what would let a value escape its quoting or not compile.
 * Reported at the template's value, with the character offset inside it.
 */
function checkTemplates(
  document: YamlDocument,
  name: string,
  service: Record<string, unknown>,
  connectors: ReadonlyMap<string, Connector>,
): Diagnostic[] {
  const sql = service['sql'];
  if (!isRecord(sql)) return [];
  const type = service['type'];
  const syntax = typeof type === 'string' ? connectors.get(type)?.dialect?.syntax : undefined;
  const diagnostics: Diagnostic[] = [];
  for (const [operation, template] of entriesInOrder(sql)) {
    if (typeof template !== 'string' || !isTemplateName(operation)) continue;
    const at = ['services', name, 'sql', operation];
    const unknown = unknownPlaceholders(template);
    if (unknown.length > 0) {
      const known = TEMPLATE_PLACEHOLDERS.map((placeholder) => `{${placeholder}}`).join(' ');
      const message = `${formatPath(at)} uses unknown placeholder ${unknown.map((p) => `{${p}}`).join(', ')} (known: ${known})`;
      diagnostics.push(diagnosticAt(document, at, 'value', message));
    }
    for (const problem of templateProblems(template, operation, syntax)) {
      diagnostics.push(diagnosticAt(document, at, 'value', `${formatPath(at)}: ${problem.message}`));
    }
  }
  return diagnostics;
}

/** Each of `timeouts:` is a duration with a unit: a bare number could mean seconds or milliseconds. */
function checkTimeouts(document: YamlDocument, name: string, service: Record<string, unknown>): Diagnostic[] {
  const timeouts = service['timeouts'];
  if (!isRecord(timeouts)) return [];
  const diagnostics: Diagnostic[] = [];
  for (const [key, value] of entriesInOrder(timeouts)) {
    if (typeof value === 'string' && parseDuration(value) !== undefined) continue;
    if (typeof value !== 'string' && typeof value !== 'number') continue; // the schema has said so
    const at = ['services', name, 'timeouts', key];
    const unit = typeof value === 'number' ? ' (a bare number has no unit)' : '';
    diagnostics.push(diagnosticAt(document, at, 'value', `${formatPath(at)} must be a duration of at least 1ms, such as 500ms, 10s or 2m${unit}`));
  }
  return diagnostics;
}

function isTemplateName(name: string): name is TemplateName {
  return TEMPLATE_PLACEHOLDERS_BY_NAME.has(name as TemplateName);
}

/** The config as the schema guarantees it, before paths are resolved. */
interface RawConfig {
  version: 1;
  manifests?: string;
  openmetadata?: { url: string; token?: string };
  services?: Record<string, ServiceConfig>;
}

function buildConfig(file: string, raw: RawConfig, expanded: ReadonlySet<string>, leftAsWritten: ReadonlySet<string>): Config {
  const dir = path.dirname(file);
  const config: Config = {
    file,
    dir,
    version: 1,
    manifests: path.resolve(dir, raw.manifests ?? 'metadata'),
    services: raw.services ?? {},
    secrets: collectSecrets(raw, expanded, leftAsWritten),
  };
  if (raw.openmetadata !== undefined) config.openmetadata = raw.openmetadata;
  return config;
}

/** Longest first, so that a masker replacing in order never leaves part of a longer secret. */
function collectSecrets(raw: RawConfig, expanded: ReadonlySet<string>, leftAsWritten: ReadonlySet<string>): string[] {
  const secrets = new Set(expanded);
  const token = raw.openmetadata?.token;
  if (token !== undefined && token !== '') secrets.add(token);
  for (const credential of credentialsIn(raw.openmetadata?.url ?? '')) secrets.add(credential);
  for (const service of Object.values(raw.services ?? {})) addOptionSecrets(service.connection, false, secrets);
  // `password: ${PG_PASSWORD}` left unexpanded holds no secret: masking the reference would only garble output.
  for (const reference of leftAsWritten) secrets.delete(reference);
  return [...secrets].sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0));
}

/** Every scalar below an option whose name marks it as a credential (e.g. `credentials: {…}`). */
function addOptionSecrets(value: unknown, secret: boolean, secrets: Set<string>): void {
  if (Array.isArray(value)) {
    for (const item of value) addOptionSecrets(item, secret, secrets);
  } else if (isRecord(value)) {
    for (const [name, item] of Object.entries(value)) addOptionSecrets(item, secret || SECRET_KEY.test(name), secrets);
  } else if (secret && (typeof value === 'string' || typeof value === 'number') && String(value) !== '') {
    secrets.add(String(value));
  } else if (typeof value === 'string') {
    // A URL or connection string under any name (`url`, `dsn`) may carry a password.
    for (const credential of credentialsIn(value)) secrets.add(credential);
  }
}
