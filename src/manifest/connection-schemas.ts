/**
 * What the config schema takes from the connector registry: the `type` enum (the registry is
 * the only list of systems), and per-type `connection:` schemas. Editors use them; the loader
 * removes them again (`withoutConnectionSchemas`) because it checks each connection with the
 * connector's own schema, which locates errors inside `connection:` without a second report.
 */
import type { Connector } from '../connectors/types.js';

type Schema = Record<string, unknown>;

export function withConnectionSchemas(configSchema: Schema, connectors: ReadonlyMap<string, Connector>): Schema {
  const schema = withoutConnectionSchemas(configSchema);
  const definitions = schema.definitions as Record<string, Schema>;
  const connections: Record<string, Schema> = {};
  const clauses: Schema[] = [];
  for (const [type, connector] of [...connectors].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const { $schema: _draft, title: _title, ...connection } = connector.connectionSchema;
    connections[type] = connection;
    clauses.push({
      if: { properties: { type: { const: type } }, required: ['type'] },
      then: { properties: { connection: { $ref: `#/definitions/connections/${type}` } } },
    });
  }
  definitions.connections = connections;
  const service = definitions.service ?? {};
  const properties = (service.properties ?? {}) as Record<string, Schema>;
  const type = { ...properties.type, enum: [...connectors.keys()] };
  definitions.service = { ...service, properties: { ...properties, type }, allOf: clauses };
  return schema;
}

/** The connector types the config schema knows (its `type` enum, generated from the registry). */
export function connectorTypesOf(configSchema: unknown): ReadonlySet<string> {
  const definitions = (configSchema as { definitions?: Record<string, Schema> } | undefined)?.definitions;
  const properties = definitions?.service?.properties as Record<string, Schema> | undefined;
  const types = properties?.type?.enum;
  return new Set(Array.isArray(types) ? types.filter((type): type is string => typeof type === 'string') : []);
}

export function withoutConnectionSchemas(configSchema: Schema): Schema {
  const schema = structuredClone(configSchema);
  const definitions = (schema.definitions ?? {}) as Record<string, Schema>;
  delete definitions.connections;
  if (definitions.service) delete definitions.service.allOf;
  schema.definitions = definitions;
  return schema;
}
