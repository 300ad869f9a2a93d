/**
 * Loads `revmeta.yaml`: YAML → `${VAR}` expansion → config schema → per-service checks that
 * need the connectors of this build (type available, `connection:` valid, SQL templates).
 * Every problem is collected and located; nothing is thrown for a user's mistake.
 */
import path from 'node:path';
import { TEMPLATE_PLACEHOLDERS_BY_NAME, templateProblems, unknownPlaceholders } from '../connectors/template.js';
import { TEMPLATE_PLACEHOLDERS, type Connector, type TemplateName } from '../connectors/types.js';
import { credentialsIn } from '../core/redact.js';
import { parseDuration } from '../connectors/connection.js';
import type { Config, Diagnostic, Loaded, ServiceConfig } from './types.js';
import { connectorTypesOf } from './connection-schemas.js';
import {
  ajvDiagnostics,
  connectionValidator,
  diagnosticAt,
  entriesInOrder,
  formatPath,
  isRecord,
  locate,
  parseYaml,
  schemaValidator,
  sortDiagnostics,
  type PathSegment,
  type YamlDocument,
} from './yaml.js';
import { readText } from './text.js';

/** Option names whose values are credentials, at any depth of `connection:`. */
const SECRET_KEY = /password|passphrase|token|secret|private_?key|credentials/i;

const VARIABLE_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * Reads and validates a config file. `file` is reported as given; relative paths are read
 * from the current directory. `env` supplies `${VAR}`s; `connectors` are those of this build.
 */
export async function loadConfig(
  file: string,
  env: Record<string, string | undefined>,
  connectors: ReadonlyMap<string, Connector>,
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

  const expansion = expandVariables(document, env);
  diagnostics.push(...expansion.diagnostics);

  const validate = await schemaValidator('config');
  if (!validate(document.value)) diagnostics.push(...ajvDiagnostics(document, validate.errors ?? [], document.value));
  diagnostics.push(...checkServices(document, connectors, expansion.secrets, connectorTypesOf(validate.schema)));

  if (diagnostics.length > 0) return { ok: false, diagnostics: sortDiagnostics(diagnostics) };
  return { ok: true, value: buildConfig(absolute, document.value as RawConfig, expansion.secrets) };
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
  /** Every non-empty substituted value. */
  secrets: Set<string>;
}

/** Replaces `${VAR}` in every string value, in place, so that locations stay valid. */
function expandVariables(document: YamlDocument, env: Record<string, string | undefined>): Expansion {
  const expansion: Expansion = { diagnostics: [], secrets: new Set() };
  const visit = (value: unknown, at: PathSegment[]): unknown => {
    if (typeof value === 'string') return expandValue(document, value, at, env, expansion);
    if (Array.isArray(value)) value.forEach((item, index) => (value[index] = visit(item, [...at, index])));
    else if (isRecord(value))
      for (const [name, item] of entriesInOrder(value)) value[name] = visit(item, [...at, name]);
    return value;
  };
  document.value = visit(document.value, []);
  return expansion;
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
  // The substituted values, not the strings around them: `${PREFIX}analytics.*` must not turn
  // the glob into a secret, and maskers replace substrings, which covers a URL with a password.
  for (const substituted of result.substituted) if (substituted !== '') expansion.secrets.add(substituted);
  return result.value;
}

interface StringExpansion {
  value: string;
  substituted: string[];
  problems: string[];
}

/**
 * `${VAR}` → the variable's value, `$${` → a literal `${`. Problems name the variable,
 * never its value or the rest of the string.
 */
export function expandString(text: string, env: Record<string, string | undefined>): StringExpansion {
  const result: StringExpansion = { value: '', substituted: [], problems: [] };
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
      const substitute = substituteVariable(name, env, result.problems);
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
  problems: string[],
): string | undefined {
  if (!VARIABLE_NAME.test(name)) {
    problems.push(`"\${${name}}" is not a variable reference (names are letters, digits and _)`);
    return undefined;
  }
  const value = env[name];
  if (value === undefined) problems.push(`environment variable ${name} is not set`);
  return value;
}

/** Checks that need more than the schema: the connector of each service and its templates. */
function checkServices(
  document: YamlDocument,
  connectors: ReadonlyMap<string, Connector>,
  secrets: ReadonlySet<string>,
  knownTypes: ReadonlySet<string>,
): Diagnostic[] {
  const root = document.value;
  if (!isRecord(root) || !isRecord(root['services'])) return [];
  const diagnostics: Diagnostic[] = [];
  for (const [name, service] of entriesInOrder(root['services'])) {
    if (!isRecord(service)) continue;
    diagnostics.push(...checkConnector(document, name, service, connectors, secrets, knownTypes));
    diagnostics.push(...checkTemplates(document, name, service, connectors));
    diagnostics.push(...checkTimeouts(document, name, service));
  }
  return diagnostics;
}

function checkConnector(
  document: YamlDocument,
  name: string,
  service: Record<string, unknown>,
  connectors: ReadonlyMap<string, Connector>,
  secrets: ReadonlySet<string>,
  knownTypes: ReadonlySet<string>,
): Diagnostic[] {
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
  const validate = connectionValidator(connector.connectionSchema);
  if (validate(connection)) return [];
  return ajvDiagnostics(document, validate.errors ?? [], connection, { base: ['services', name, 'connection'] });
}

/**
 * Each template read as its service's dialect reads SQL (template.ts, `templateProblems`):
 * unknown placeholders, then what would let a value escape its quoting or not render.
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

function buildConfig(file: string, raw: RawConfig, expanded: ReadonlySet<string>): Config {
  const dir = path.dirname(file);
  const config: Config = {
    file,
    dir,
    version: 1,
    manifests: path.resolve(dir, raw.manifests ?? 'metadata'),
    services: raw.services ?? {},
    secrets: collectSecrets(raw, expanded),
  };
  if (raw.openmetadata !== undefined) config.openmetadata = raw.openmetadata;
  return config;
}

/** Longest first, so that a masker replacing in order never leaves part of a longer secret. */
function collectSecrets(raw: RawConfig, expanded: ReadonlySet<string>): string[] {
  const secrets = new Set(expanded);
  const token = raw.openmetadata?.token;
  if (token !== undefined && token !== '') secrets.add(token);
  for (const credential of credentialsIn(raw.openmetadata?.url ?? '')) secrets.add(credential);
  for (const service of Object.values(raw.services ?? {})) addOptionSecrets(service.connection, false, secrets);
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
