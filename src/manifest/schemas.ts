/**
 * The JSON Schemas of `schemas/`, as validators. The same files serve editors
 * (yaml-language-server) and ship in the package; their validators are precompiled by
 * `npm run schemas` (scripts/validators.ts) into the `*.generated.ts` modules here, each with the
 * digest of the schema it was compiled from. A schema without a precompiled validator of the
 * same digest (a schema edited without `npm run schemas`, a connector of a test) is compiled
 * with ajv, imported then: ajv's import and compiles cost ~0.25 s, on every run before.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { Ajv, Options, ValidateFunction } from 'ajv';
import { withoutConnectionSchemas } from './connection-schemas.js';
import { byDigest as precompiledConnections } from './connection-validators.generated.js';
import * as precompiled from './validators.generated.js';

/** Our own schemas: strict, so a typo in a schema fails the tests instead of passing silently. */
export const OWN_AJV_OPTIONS: Options = { allErrors: true, verbose: true, strict: true, strictTypes: false, allowUnionTypes: true };

/** Connector schemas are written by connector authors: lenient about unknown keywords. */
export const CONNECTOR_AJV_OPTIONS: Options = { allErrors: true, verbose: true, strict: false };

const compiled = new Map<string, Promise<ValidateFunction>>();
const compiledConnectors = new WeakMap<object, Promise<ValidateFunction>>();

export type SchemaName = 'config' | 'manifest';

/** What a precompiled validator was compiled from: the schema's JSON, hashed. */
export function schemaDigest(schema: Record<string, unknown>): string {
  return createHash('sha256').update(JSON.stringify(schema)).digest('hex');
}

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
  const file = JSON.parse(await readFile(url, 'utf8')) as Record<string, unknown>;
  const schema = name === 'config' ? withoutConnectionSchemas(file) : file;
  const validate = precompiled.digests[name] === schemaDigest(schema) ? (precompiled[name] as unknown as ValidateFunction) : (await ajvOf('own')).compile(schema);
  // `schema`, as ajv's own validators have it: the config's names the connector types.
  return Object.assign(validate, { schema });
}

/** The validator of a connector's `connectionSchema`, once per schema object. */
export function connectionValidator(schema: Record<string, unknown>): Promise<ValidateFunction> {
  let validator = compiledConnectors.get(schema);
  if (validator === undefined) {
    const ready = (precompiledConnections as Record<string, unknown>)[schemaDigest(schema)] as ValidateFunction | undefined;
    validator = ready !== undefined ? Promise.resolve(ready) : ajvOf('connector').then((ajv) => ajv.compile(schema));
    compiledConnectors.set(schema, validator);
  }
  return validator;
}

const ajvs = new Map<'own' | 'connector', Promise<Ajv>>();

function ajvOf(kind: 'own' | 'connector'): Promise<Ajv> {
  let ajv = ajvs.get(kind);
  if (ajv === undefined) {
    ajv = import('ajv').then(({ Ajv }) => new Ajv(kind === 'own' ? OWN_AJV_OPTIONS : CONNECTOR_AJV_OPTIONS));
    ajvs.set(kind, ajv);
  }
  return ajv;
}
