/** Fixtures for the manifest tests: real files in a fresh temp folder per test. */
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Connector } from '../../src/connectors/types.js';
import type { Config } from '../../src/manifest/types.js';

/** Writes `files` (relative path → content) below a new temp folder and returns the folder. */
export async function tempTree(files: Record<string, string>): Promise<string> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'revmeta-manifest-'));
  for (const [relative, content] of Object.entries(files)) {
    const file = path.join(root, relative);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, content);
  }
  return root;
}

/** A loaded config of one PostgreSQL service `warehouse` whose manifests are `root`/metadata. */
export function configFor(root: string): Config {
  return {
    file: path.join(root, 'revmeta.yaml'),
    dir: root,
    version: 1,
    manifests: path.join(root, 'metadata'),
    services: { warehouse: { type: 'postgres', connection: {} } },
    secrets: [],
  };
}

/** Joins lines, so fixtures read like the YAML they are and line numbers are easy to count. */
export function yaml(...lines: string[]): string {
  return lines.join('\n') + '\n';
}

/** A connector with only what the config loader reads: its type and connection schema. */
export function fakeConnector(type: string, connectionSchema: Record<string, unknown>): Connector {
  return { type, connectionSchema } as unknown as Connector;
}

export const fakePostgres = fakeConnector('postgres', {
  type: 'object',
  additionalProperties: false,
  properties: {
    host: { type: 'string' },
    port: { type: ['integer', 'string'], pattern: '^[0-9]+$' },
    user: { type: 'string' },
    password: { type: 'string' },
    url: { type: 'string' },
    note: { type: 'string' },
    extra: { type: 'object' },
    embedded: { type: 'string' },
  },
});

export const postgresOnly: ReadonlyMap<string, Connector> = new Map([['postgres', fakePostgres]]);
