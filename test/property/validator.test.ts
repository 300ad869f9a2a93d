/**
 * The validator under random input: whatever the manifests or the config contain, loading
 * never throws, and every problem comes back as a located diagnostic (file, line, column,
 * message). Random documents, random values in a valid shape, and random edits of valid text.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { connectors } from '../../src/connectors/index.js';
import { loadConfig } from '../../src/manifest/config.js';
import { loadManifests } from '../../src/manifest/load.js';
import type { Diagnostic, Loaded } from '../../src/manifest/types.js';

const CONFIG = 'version: 1\nservices:\n  warehouse:\n    type: postgres\n    connection: { embedded: x }\n';
const VALID = `apiVersion: revmeta/v1
kind: Schema
service: warehouse
database: shop
name: public
description: Core tables
owners: [alice]
tables:
  orders:
    description: |
      One row per order.
    tags: [PII.Sensitive, Tier.Tier1]
    columns:
      id:
        description: Surrogate key
`;

async function loadManifestText(manifest: string): Promise<Loaded<unknown>> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'revmeta-fuzz-'));
  try {
    await mkdir(path.join(root, 'metadata'));
    await writeFile(path.join(root, 'revmeta.yaml'), CONFIG);
    await writeFile(path.join(root, 'metadata', 'm.yaml'), manifest);
    const config = await loadConfig(path.join(root, 'revmeta.yaml'), {}, connectors);
    if (!config.ok) throw new Error(`the fixed config must load: ${JSON.stringify(config.diagnostics)}`);
    return await loadManifests(config.value);
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

async function loadConfigText(text: string): Promise<Loaded<unknown>> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'revmeta-fuzz-'));
  try {
    await writeFile(path.join(root, 'revmeta.yaml'), text);
    return await loadConfig(path.join(root, 'revmeta.yaml'), { SET: 'value' }, connectors);
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

function expectLocated(result: Loaded<unknown>): void {
  if (result.ok) return;
  expect(result.diagnostics.length).toBeGreaterThan(0);
  for (const diagnostic of result.diagnostics as Diagnostic[]) {
    expect(diagnostic.file).toMatch(/\.yaml$/);
    expect(Number.isInteger(diagnostic.line) && diagnostic.line >= 1, JSON.stringify(diagnostic)).toBe(true);
    expect(Number.isInteger(diagnostic.column) && diagnostic.column >= 1, JSON.stringify(diagnostic)).toBe(true);
    expect(diagnostic.message.length).toBeGreaterThan(0);
  }
}

/** Edits of valid text: insert, delete or replace a run of characters somewhere. */
const edited = fc
  .tuple(fc.nat(VALID.length), fc.nat(8), fc.string({ unit: 'binary', maxLength: 8 }))
  .map(([at, cut, insert]) => VALID.slice(0, at) + insert + VALID.slice(at + cut));

/** Any JSON-like value where a manifest expects something specific. */
const anyValue = fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.constant(null), fc.array(fc.string(), { maxLength: 3 }), fc.dictionary(fc.string(), fc.string(), { maxKeys: 3 }));

const wrongShapes = fc
  .record({
    apiVersion: fc.oneof(fc.constant('revmeta/v1'), anyValue),
    kind: fc.oneof(fc.constantFrom('Schema', 'Database'), anyValue),
    service: fc.oneof(fc.constant('warehouse'), anyValue),
    database: fc.oneof(fc.constant('shop'), anyValue),
    name: fc.oneof(fc.string({ minLength: 1 }), anyValue),
    description: anyValue,
    owners: anyValue,
    tags: fc.oneof(fc.array(fc.string(), { maxLength: 3 }), anyValue),
    tables: fc.oneof(fc.dictionary(fc.string({ minLength: 1 }), fc.oneof(anyValue, fc.record({ description: anyValue, columns: anyValue }))), anyValue),
  }, { requiredKeys: [] })
  .map((document) => stringify(document));

describe('the validator never crashes and always locates its errors', () => {
  it('on random edits of a valid manifest', async () => {
    await fc.assert(fc.asyncProperty(edited, async (text) => expectLocated(await loadManifestText(text))), { numRuns: 150 });
  });

  it('on manifests of the right keys with values of any shape', async () => {
    await fc.assert(fc.asyncProperty(wrongShapes, async (text) => expectLocated(await loadManifestText(text))), { numRuns: 150 });
  });

  it('on random text', async () => {
    await fc.assert(fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 200 }), async (text) => expectLocated(await loadManifestText(text))), { numRuns: 100 });
  });

  it('on random edits of a valid config', async () => {
    const config = 'version: 1\nmanifests: metadata\nservices:\n  warehouse:\n    type: postgres\n    connection: { host: "${SET}", port: 5432, user: u }\n    sync: [descriptions]\n    owners: { map: { a: b } }\n';
    const edits = fc
      .tuple(fc.nat(config.length), fc.nat(6), fc.string({ unit: 'binary', maxLength: 6 }))
      .map(([at, cut, insert]) => config.slice(0, at) + insert + config.slice(at + cut));
    await fc.assert(fc.asyncProperty(edits, async (text) => expectLocated(await loadConfigText(text))), { numRuns: 150 });
  });
});
