/**
 * The JSON Schemas of `schemas/`, compiled once. They are read from disk rather than
 * imported: the same files serve editors (yaml-language-server) and ship in the package,
 * and both `src/manifest/` and `dist/manifest/` sit two folders below the package root.
 */
import { readFile } from 'node:fs/promises';
import { Ajv, type ValidateFunction } from 'ajv';
import { withoutConnectionSchemas } from './connection-schemas.js';

/** Our own schemas: strict, so a typo in a schema fails the tests instead of passing silently. */
const ownAjv = new Ajv({ allErrors: true, verbose: true, strict: true, strictTypes: false, allowUnionTypes: true });

/** Connector schemas are written by connector authors: lenient about unknown keywords. */
const connectorAjv = new Ajv({ allErrors: true, verbose: true, strict: false });

const compiled = new Map<string, Promise<ValidateFunction>>();
const compiledConnectors = new WeakMap<object, ValidateFunction>();

export type SchemaName = 'config' | 'manifest';

export function schemaValidator(name: SchemaName): Promise<ValidateFunction> {
  let validator = compiled.get(name);
  if (validator === undefined) {
    validator = loadSchema(name);
    compiled.set(name, validator);
  }
  return validator;
}

async function loadSchema(name: SchemaName): Promise<ValidateFunction> {
  const url = new URL(`../../schemas/${name}.schema.json`, import.meta.url);
  const schema = JSON.parse(await readFile(url, 'utf8')) as Record<string, unknown>;
  return ownAjv.compile(name === 'config' ? withoutConnectionSchemas(schema) : schema);
}

/** The validator of a connector's `connectionSchema`, compiled once per schema object. */
export function connectionValidator(schema: Record<string, unknown>): ValidateFunction {
  let validator = compiledConnectors.get(schema);
  if (validator === undefined) {
    validator = connectorAjv.compile(schema);
    compiledConnectors.set(schema, validator);
  }
  return validator;
}
