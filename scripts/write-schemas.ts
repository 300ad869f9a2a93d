/**
 * Writes the connector registry into schemas/config.schema.json: the `type` enum, and each
 * connector's `connectionSchema`, so editors (yaml-language-server) complete and check
 * `connection:` per `type`. The connectors' own
 * declarations stay the source of truth; test/manifest/schemas.test.ts fails on drift.
 * Run: npm run schemas
 */
import { readFile, writeFile } from 'node:fs/promises';
import { connectors } from '../src/connectors/index.js';
import { withConnectionSchemas } from '../src/manifest/connection-schemas.js';

const file = new URL('../schemas/config.schema.json', import.meta.url);
const schema = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>;
await writeFile(file, `${JSON.stringify(withConnectionSchemas(schema, connectors), null, 2)}\n`);
console.log(`schemas/config.schema.json: types and connection schemas of ${[...connectors.keys()].join(', ')}`);
