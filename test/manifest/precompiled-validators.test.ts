/**
 * The config, manifest and connection validators are precompiled (src/manifest/*.generated.ts,
 * written by `npm run schemas`): loading a config and manifests compiles no schema, so ajv is
 * not even imported. A schema without a precompiled validator (a test's connector) is still
 * compiled, with the same errors.
 */
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { connectors } from '../../src/connectors/index.js';
import { loadConfig } from '../../src/manifest/config.js';
import { loadManifests } from '../../src/manifest/load.js';
import { fakeConnector, tempTree, yaml } from './helpers.js';

// Every use of ajv at run time is counted: importing it and constructing an Ajv.
const ajvUse = vi.hoisted(() => ({ instances: 0 }));
vi.mock('ajv', async (importOriginal) => {
  const actual = await importOriginal<typeof import('ajv')>();
  class CountedAjv extends actual.Ajv {
    constructor(...args: ConstructorParameters<typeof actual.Ajv>) {
      super(...args);
      ajvUse.instances++;
    }
  }
  return { ...actual, Ajv: CountedAjv, default: CountedAjv };
});

describe('precompiled validators', () => {
  it('a config of every connector type and its manifests load without compiling a schema', async () => {
    const services = [...connectors.keys()].map((type) => [`  ${type}_service:`, `    type: ${type}`, '    connection: {not_an_option: 1}']).flat();
    const root = await tempTree({
      'every.yaml': yaml('version: 1', 'services:', ...services),
      'revmeta.yaml': yaml('version: 1', 'services:', '  warehouse:', '    type: postgres', '    connection: {host: 127.0.0.1, user: revmeta}'),
      'metadata/public.yaml': yaml('apiVersion: revmeta/v1', 'kind: Schema', 'service: warehouse', 'database: shop', 'name: public', 'tables:', '  orders:', '    description: Orders'),
    });
    // Each connection checked by its connector's validator: one problem per service.
    const every = await loadConfig(path.join(root, 'every.yaml'), {}, connectors);
    expect(every.ok ? [] : every.diagnostics.filter((diagnostic) => /not_an_option/.test(diagnostic.message))).toHaveLength(connectors.size);
    const config = await loadConfig(path.join(root, 'revmeta.yaml'), {}, connectors);
    if (!config.ok) throw new Error(config.diagnostics.map((diagnostic) => diagnostic.message).join('\n'));
    const loaded = await loadManifests(config.value);
    expect(loaded.ok).toBe(true);
    // And a manifest problem is still found and worded.
    const broken = await tempTree({ 'public.yaml': yaml('apiVersion: revmeta/v1', 'kind: Schema', 'service: warehouse', 'database: shop', 'name: public', 'tablez: {}') });
    const invalid = await loadManifests({ ...config.value, manifests: broken });
    expect(invalid.ok ? '' : invalid.diagnostics.map((diagnostic) => diagnostic.message).join('\n')).toMatch(/tablez/);
    expect(ajvUse.instances).toBe(0);
  });

  it('a connection schema not precompiled is compiled, and checked as before', async () => {
    // A type the config schema knows, with a connection schema of the test's own.
    const custom = fakeConnector('postgres', { type: 'object', additionalProperties: false, properties: { host: { type: 'string' } } });
    const root = await tempTree({ 'revmeta.yaml': yaml('version: 1', 'services:', '  one:', '    type: postgres', '    connection: {hots: x}') });
    const registry = new Map([['postgres', custom]]);
    const config = await loadConfig(path.join(root, 'revmeta.yaml'), {}, registry);
    expect(config.ok).toBe(false);
    expect(config.ok ? [] : config.diagnostics.map((diagnostic) => `${diagnostic.line}: ${diagnostic.message}`).join('\n')).toMatch(/^5: .*hots/);
    expect(ajvUse.instances).toBeGreaterThan(0);
  });
});
