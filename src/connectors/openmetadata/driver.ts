/**
 * The "driver" of `--target openmetadata`: the REST client behind the connector contract. A
 * session `send`s the typed JSON Patch requests the dialect compiled; there are no SQL
 * statements and no transactions (each request is applied whole by OpenMetadata, or not at all).
 *
 * Introspection leaves a snapshot of what it read on the driver (FQNs, label indices, column
 * positions, owner references), so `readCompileContext` finds what the requests need without
 * reading any entity a second time.
 */
import { optionReader } from '../kit/options.js';
import type { ApiRequest, ConnectorContext, Driver, DriverSession } from '../types.js';
import { OpenMetadataClient } from './client.js';
import { checkedPatch, type EntityKind, type LabelAt, type OwnerRef } from './sql.js';

export const connectionSchema: Record<string, unknown> = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  title: 'OpenMetadata connection',
  description: "Built by revmeta from the config's `openmetadata:` block and the service's options for `--target openmetadata`.",
  type: 'object',
  additionalProperties: false,
  required: ['url'],
  properties: {
    url: { type: 'string', pattern: '^https?://', description: 'Base URL of the OpenMetadata API, ending in /api.' },
    token: { type: 'string', description: 'Bot or personal access token (JWT).' },
    glossary: { type: 'boolean', description: 'Read glossary terms as tags too (the service\'s `tags.glossary`).' },
    pageSize: { type: 'integer', minimum: 1, description: 'Entities per list page (default 200).' },
    concurrency: { type: 'integer', minimum: 1, description: 'Requests in flight at once (default 4).' },
  },
};

const { optionalString, requiredString, optionalNumber, invalid } = optionReader('OpenMetadata', { integers: true });

/** A column as the snapshot keeps it: its name as OpenMetadata has it, its labels, its children. */
export interface ColumnSnapshot {
  name: string;
  tags: LabelAt[];
  hasTags: boolean;
  children: ColumnSnapshot[];
}

/** One database, schema or table as introspection read it. */
export interface EntitySnapshot {
  kind: EntityKind;
  fqn: string;
  tags: LabelAt[];
  hasTags: boolean;
  owners: string[];
  columns?: ColumnSnapshot[];
}

export class OpenMetadataDriver implements Driver {
  readonly client: OpenMetadataClient;
  /** Whether glossary terms are read (and written) as tags. */
  readonly glossary: boolean;
  /** By `entityKey`; filled by introspection. */
  readonly entities = new Map<string, EntitySnapshot>();
  /** Users and teams by name: those owning something read, and those looked up. */
  readonly principals = new Map<string, OwnerRef>();
  /** The `teamType` of teams looked up by name (a team already owning something is taken as a Group). */
  readonly teamTypes = new Map<string, string>();
  private glossaryNames: Promise<Set<string>> | undefined;

  constructor(ctx: ConnectorContext) {
    const connection = ctx.connection;
    const glossary = connection['glossary'];
    if (glossary !== undefined && typeof glossary !== 'boolean') throw invalid('glossary', 'true or false');
    this.glossary = glossary === true;
    const pageSize = optionalNumber(connection, 'pageSize');
    const concurrency = optionalNumber(connection, 'concurrency');
    const token = optionalString(connection, 'token');
    this.client = new OpenMetadataClient({
      url: requiredString(connection, 'url'),
      ...(token ? { token } : {}),
      ...(pageSize !== undefined ? { pageSize } : {}),
      ...(concurrency !== undefined ? { concurrency } : {}),
    });
  }

  /** Names of the server's glossaries, read once and only when asked for. */
  glossaries(): Promise<Set<string>> {
    this.glossaryNames ??= this.client.listGlossaries().then((list) => new Set(list.map((glossary) => glossary.name)));
    return this.glossaryNames;
  }

  async open(): Promise<DriverSession> {
    return new OpenMetadataSession(this.client);
  }

  async close(): Promise<void> {
    this.entities.clear();
  }
}

export function isOpenMetadataDriver(driver: Driver): driver is OpenMetadataDriver {
  return driver instanceof OpenMetadataDriver;
}

export function asOpenMetadataDriver(driver: Driver): OpenMetadataDriver {
  if (!isOpenMetadataDriver(driver)) throw new Error('the openmetadata connector needs its own driver');
  return driver;
}

class OpenMetadataSession implements DriverSession {
  constructor(private readonly client: OpenMetadataClient) {}

  async query(): Promise<Record<string, unknown>[]> {
    throw new Error('OpenMetadata answers REST requests, not SQL queries');
  }

  async execute(): Promise<void> {
    throw new Error('an OpenMetadata PATCH is sent as a typed plan statement, not as text: OpenMetadata runs no SQL');
  }

  async send(request: ApiRequest): Promise<void> {
    const { path, body } = checkedPatch(request);
    await this.client.patch(path, body);
  }

  async begin(): Promise<void> {
    throw new Error('OpenMetadata has no transactions: each PATCH is applied whole or not at all');
  }

  async commit(): Promise<void> {
    throw new Error('OpenMetadata has no transactions');
  }

  async rollback(): Promise<void> {
    throw new Error('OpenMetadata has no transactions');
  }

  async close(): Promise<void> {}
}

export function createDriver(ctx: ConnectorContext): Driver {
  return new OpenMetadataDriver(ctx);
}
