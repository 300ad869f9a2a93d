/**
 * The JSON Schemas are hand-written for editors; these tests keep them in step with the
 * code's vocabularies and with the formats of DESIGN.md.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { connectors } from '../../src/connectors/index.js';
import { TEMPLATE_OPERATIONS, TEMPLATE_PLACEHOLDERS } from '../../src/connectors/types.js';
import { connectorTypesOf, withConnectionSchemas } from '../../src/manifest/connection-schemas.js';
import { loadConfig } from '../../src/manifest/config.js';
import { loadManifests } from '../../src/manifest/load.js';
import { OBJECT_KINDS } from '../../src/model/types.js';
import { postgresOnly, tempTree, yaml } from './helpers.js';
import { connectionValidatorsModule, ownValidatorsModule } from '../../scripts/validators.js';

type Schema = Record<string, unknown>;

async function schema(name: string): Promise<Schema> {
  const file = new URL(`../../schemas/${name}.schema.json`, import.meta.url);
  return JSON.parse(await readFile(file, 'utf8')) as Schema;
}

/** Every subschema, with its JSON path, to check rules that hold everywhere. */
function subschemas(node: unknown, at = '#'): [string, Schema][] {
  if (typeof node !== 'object' || node === null) return [];
  if (Array.isArray(node)) return node.flatMap((item, index) => subschemas(item, `${at}/${index}`));
  const found: [string, Schema][] = [[at, node as Schema]];
  for (const [key, value] of Object.entries(node)) {
    // Property names and enum values are data, not schemas.
    if (key === 'enum' || key === 'const' || key === 'required') continue;
    if (key === 'properties' || key === 'definitions') {
      for (const [name, child] of Object.entries(value as Schema)) found.push(...subschemas(child, `${at}/${key}/${name}`));
    } else {
      found.push(...subschemas(value, `${at}/${key}`));
    }
  }
  return found;
}

describe('schemas', () => {
  it('are draft-07 and close every object with additionalProperties', async () => {
    for (const name of ['config', 'manifest']) {
      const root = await schema(name);
      expect(root['$schema']).toBe('http://json-schema.org/draft-07/schema#');
      for (const [at, node] of subschemas(root)) {
        const isObject = node['type'] === 'object' || (Array.isArray(node['type']) && node['type'].includes('object'));
        // The manifest root dispatches on `kind:` to closed Database/Schema documents;
        // connection schemas are the connectors' own (checked below and in their tests).
        if (!isObject || (name === 'manifest' && at === '#') || at.startsWith('#/definitions/connections/')) continue;
        expect(node['additionalProperties'], `${name} ${at}`).toBeDefined();
      }
    }
  });

  it('offer every template operation and connector type of the code', async () => {
    const config = await schema('config');
    const definitions = config['definitions'] as Record<string, Schema>;
    const service = definitions['service']?.['properties'] as Record<string, Schema>;
    const templates = Object.keys(service['sql']?.['properties'] as Schema);
    expect(templates).toEqual(OBJECT_KINDS.flatMap((kind) => TEMPLATE_OPERATIONS.map((op) => `${kind}${op}`)));
    for (const template of Object.values(service['sql']?.['properties'] as Record<string, Schema>))
      for (const placeholder of TEMPLATE_PLACEHOLDERS) expect(template['description']).toContain(`{${placeholder}}`);
    // The registry is the only list of systems: the enum is generated from it (npm run schemas).
    expect(service['type']?.['enum']).toEqual([...connectors.keys()]);
  });
});

describe('connection schemas for editors', () => {
  it('are precompiled as they are (npm run schemas writes src/manifest/*.generated.ts)', async () => {
    const generated = (name: string) => readFile(new URL(`../../src/manifest/${name}.generated.ts`, import.meta.url), 'utf8');
    const stale = 'the precompiled validators are stale: run `npm run schemas`';
    expect(await generated('validators'), stale).toBe(ownValidatorsModule(await schema('config'), await schema('manifest')));
    expect(await generated('connection-validators'), stale).toBe(connectionValidatorsModule(connectors));
  });
  it("are each connector's own connectionSchema, one if/then per type (npm run schemas refreshes them)", async () => {
    const config = await schema('config');
    expect(config, 'schemas/config.schema.json is stale: run `npm run schemas`').toEqual(withConnectionSchemas(config, connectors));
    const definitions = config['definitions'] as Record<string, Schema>;
    expect(Object.keys(definitions['connections'] as Schema)).toEqual([...connectors.keys()].sort());
  });

  it('take the type enum from the registry: a 12th system is one registry entry, and the loader knows it', async () => {
    const config = await schema('config');
    const duckdb = { ...connectors.get('postgres')!, type: 'duckdb' };
    const registry = new Map([...connectors, ['duckdb', duckdb]]);
    const generated = withConnectionSchemas(config, registry);
    const service = (generated['definitions'] as Record<string, Schema>)['service']?.['properties'] as Record<string, Schema>;
    expect(service['type']?.['enum']).toEqual([...connectors.keys(), 'duckdb']);
    expect(connectorTypesOf(generated)).toEqual(new Set(registry.keys()));
  });

  it('are left to the connectors by the loader: one located error, not two', async () => {
    const root = await tempTree({
      'revmeta.yaml': yaml('version: 1', 'services:', '  warehouse:', '    type: postgres', '    connection: { host: db, user: u, hots: x }'),
      'metadata/.keep': '',
    });
    const loaded = await loadConfig(path.join(root, 'revmeta.yaml'), {}, connectors);
    expect(loaded.ok).toBe(false);
    if (!loaded.ok) expect(loaded.diagnostics.filter((d) => d.message.includes('hots'))).toHaveLength(1);
  });
});

describe('the examples of DESIGN.md', () => {
  it('load as written (with ${VAR} quoted inside a flow map)', async () => {
    const root = await tempTree({
      'revmeta.yaml': yaml(
        'version: 1',
        'manifests: metadata                  # folder of manifests, relative to this file',
        'openmetadata:                        # for export',
        '  url: http://localhost:8585/api',
        '  token: ${OPENMETADATA_TOKEN}       # ${VAR} is read from the environment',
        'services:',
        '  warehouse:                         # the OpenMetadata service name',
        '    type: postgres',
        '    connection: { host: db.internal, port: 5432, user: revmeta, password: "${PG_PASSWORD}" }',
        '    sync: [descriptions, owners, tags]   # default: all that the connector supports',
        '    owners:',
        '      map: { data-platform: dp_owner }   # OpenMetadata owner → source principal; default: same name',
        '    tags:',
        '      managed: [PII, Tier]           # classifications revmeta may remove; default: those in the manifests',
        '    include: ["analytics.public.*"]  # FQN globs; exclude likewise',
        '    sql:                             # custom statement templates per operation',
        '      tableDescription: "COMMENT ON TABLE {schema}.{table} IS {description}"',
        '    descriptions: { tooLong: error } # or truncate (with a visible marker and a plan warning)',
      ),
      'metadata/warehouse/analytics.yaml': yaml(
        'apiVersion: revmeta/v1',
        'kind: Database',
        'service: warehouse          # OpenMetadata database service name',
        'name: analytics',
        'description: Company analytics warehouse',
        'owners: [data-platform]',
        'tags: [Tier.Tier1]',
        '---',
        'apiVersion: revmeta/v1',
        'kind: Schema',
        'service: warehouse',
        'database: analytics',
        'name: public',
        'description: Core business tables',
        'owners: [data-platform]',
        'tables:',
        '  orders:',
        '    description: |',
        '      One row per order.',
        '      Refunds are separate rows.',
        '    owners: [alice]',
        '    tags: [Tier.Tier1]',
        '    columns:',
        '      id:',
        '        description: Surrogate key',
        '      customer_email:',
        '        description: Customer e-mail',
        '        tags: [PII.Sensitive]',
      ),
    });
    const env = { OPENMETADATA_TOKEN: 'jwt', PG_PASSWORD: 'pw' };
    const config = await loadConfig(path.join(root, 'revmeta.yaml'), env, postgresOnly);
    if (!config.ok) throw new Error(JSON.stringify(config.diagnostics));
    expect(config.value.secrets).toEqual(['jwt', 'pw']);
    const state = await loadManifests(config.value);
    if (!state.ok) throw new Error(JSON.stringify(state.diagnostics));
    const [database] = state.value.services.get('warehouse')?.databases ?? [];
    const columns = database?.children[0]?.children[0]?.children.map((column) => [column.name, column.fields]);
    expect(columns).toEqual([
      ['id', { description: 'Surrogate key' }],
      ['customer_email', { description: 'Customer e-mail', tags: ['PII.Sensitive'] }],
    ]);
  });
});
