/**
 * A connection block, both ways: the JSON Schema fragments drivers build their
 * `connectionSchema` from, and the readers that take the checked block apart. The config
 * validator has checked a block against its schema already; the readers only keep a wrong
 * type from reaching a driver (and serve callers that build a block in code).
 */

/** `${VAR}` expansion yields strings: numeric options accept digit strings too. */
export const DIGIT_STRING = { type: 'string', pattern: '^[0-9]+$' };

export const DEFAULT_CONNECTION_RETRIES = 3;
/** Most retries anyone may ask for: the backoff grows 4× per attempt. */
export const MAX_CONNECTION_RETRIES = 10;

type Schema = Record<string, unknown>;

/**
 * A driver's `connectionSchema`: draft-07, an object, with the given title and description;
 * `body` adds the rest. Closed (`additionalProperties: false`, so a misspelt option is an
 * error) when it lists `properties` at the top; a schema that branches (if/then/else) closes
 * each branch itself.
 */
export function connectionSchemaOf(title: string, description: string | undefined, body: Schema): Schema {
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title,
    ...(description === undefined ? {} : { description }),
    type: 'object',
    ...('properties' in body ? { additionalProperties: false } : {}),
    ...body,
  };
}

/** A non-empty string. */
export function textOption(description?: string): Schema {
  return { type: 'string', minLength: 1, ...(description === undefined ? {} : { description }) };
}

/** The login of a database server: host, port (`defaultPort` said in its description), user, password. */
export function serverLoginOptions({ defaultPort, host }: { defaultPort?: number; host?: string } = {}): Schema {
  return { host: textOption(host), port: portOption(defaultPort), user: textOption(), password: { type: 'string' } };
}

/** A TCP port; `defaultPort` is said in the description. */
export function portOption(defaultPort?: number): Schema {
  const port = { anyOf: [{ type: 'integer', minimum: 1, maximum: 65535 }, DIGIT_STRING] };
  return defaultPort === undefined ? port : { ...port, description: `Default ${defaultPort}.` };
}

/** A whole number (a duration in the unit the description names); `zero` allows 0 (often "no limit" or "do not wait"). */
export function wholeNumberOption(description: string, { zero = false }: { zero?: boolean } = {}): Schema {
  return { anyOf: [{ type: 'integer', ...(zero ? { minimum: 0 } : { exclusiveMinimum: 0 }) }, DIGIT_STRING], description };
}

/** TLS: a boolean, or the options object the driver takes. */
export function tlsOption(description: string): Schema {
  return { anyOf: [{ type: 'boolean' }, { type: 'object' }], description };
}

/** A boolean; `${VAR}` expansion yields strings, so "true"/"false" too. */
export function booleanOption(description: string): Schema {
  return { anyOf: [{ type: 'boolean' }, { type: 'string', enum: ['true', 'false'] }], description };
}

/** The `connectionRetries` option of a connection schema; `transient` names what is retried. */
export function connectionRetriesSchema(transient: string): Schema {
  return {
    anyOf: [{ type: 'integer', minimum: 0, maximum: MAX_CONNECTION_RETRIES }, DIGIT_STRING],
    description: `Further attempts after a transient connection failure (${transient}), with backoff; never after an authentication or SQL error (default ${DEFAULT_CONNECTION_RETRIES}).`,
  };
}

type Block = Record<string, unknown>;

export interface OptionReader {
  invalid(key: string, expected: string): Error;
  optionalString(connection: Block, key: string): string | undefined;
  requiredString(connection: Block, key: string): string;
  /** `${VAR}` expansion yields strings, so numbers may arrive as digit strings. */
  optionalNumber(connection: Block, key: string, options?: { zero?: boolean }): number | undefined;
  /** `port`, at most 65535, or `fallback`. */
  portOf(connection: Block, fallback: number): number;
  /** `connectionRetries`, at most MAX_CONNECTION_RETRIES; undefined when absent. */
  connectionRetriesOf(connection: Block): number | undefined;
  /** true/false, or the strings "true"/"false". */
  optionalBoolean(connection: Block, key: string): boolean | undefined;
  /** A boolean or an options object (`ssl`). */
  optionalTls(connection: Block, key: string): boolean | Record<string, unknown> | undefined;
}

/** Option readers whose errors name the system. */
export function optionReader(system: string, { integers }: { integers: boolean }): OptionReader {
  const invalid = (key: string, expected: string) => new Error(`invalid ${system} connection: ${key} must be ${expected}`);
  const optionalString = (connection: Block, key: string): string | undefined => {
    const value = connection[key];
    if (value === undefined || typeof value === 'string') return value;
    throw invalid(key, 'a string');
  };
  const optionalNumber = (connection: Block, key: string, { zero = false }: { zero?: boolean } = {}): number | undefined => {
    const value = connection[key];
    if (value === undefined) return undefined;
    const number = typeof value === 'string' && /^[0-9]+$/.test(value) ? Number(value) : value;
    const valid = typeof number === 'number' && (integers ? Number.isSafeInteger(number) : Number.isFinite(number));
    if (valid && (number > 0 || (zero && number === 0))) return number;
    if (integers) throw invalid(key, zero ? 'a whole number ≥ 0' : 'a positive integer');
    throw invalid(key, zero ? 'a number ≥ 0' : 'a positive number');
  };
  return {
    invalid,
    optionalString,
    requiredString(connection, key) {
      const value = optionalString(connection, key);
      if (value === undefined || value === '') throw invalid(key, 'a non-empty string');
      return value;
    },
    optionalNumber,
    portOf(connection, fallback) {
      const port = optionalNumber(connection, 'port') ?? fallback;
      if (port > 65535) throw invalid('port', 'at most 65535');
      return port;
    },
    connectionRetriesOf(connection) {
      const retries = optionalNumber(connection, 'connectionRetries', { zero: true });
      if (retries !== undefined && retries > MAX_CONNECTION_RETRIES) throw invalid('connectionRetries', `at most ${MAX_CONNECTION_RETRIES}`);
      return retries;
    },
    optionalBoolean(connection, key) {
      const value = connection[key];
      if (value === undefined || typeof value === 'boolean') return value;
      if (value === 'true' || value === 'false') return value === 'true';
      throw invalid(key, 'true or false');
    },
    optionalTls(connection, key) {
      const value = connection[key];
      if (value === undefined || typeof value === 'boolean') return value;
      if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value as Record<string, unknown>;
      throw invalid(key, 'a boolean or an object');
    },
  };
}
