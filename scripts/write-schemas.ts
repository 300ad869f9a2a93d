/**
 * Writes the connector registry into schemas/config.schema.json: the `type` enum, and each
 * connector's `connectionSchema`, so editors (yaml-language-server) complete and check
 * `connection:` per `type`. The connectors' own
 * declarations stay the source of truth; test/manifest/schemas.test.ts fails on drift.
 * Then precompiles the validators of the schemas (scripts/validators.ts) into src/manifest/.
 * Run: npm run schemas
 */
import { readFile, writeFile } from 'node:fs/promises';
import { connectors } from '../src/connectors/index.js';
import { withConnectionSchemas } from '../src/manifest/connection-schemas.js';
import { connectionValidatorsModule, ownValidatorsModule } from './validators.js';

const file = new URL('../schemas/config.schema.json', import.meta.url);
const schema = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>;
const configSchema = withConnectionSchemas(schema, connectors);
await writeFile(file, `${JSON.stringify(configSchema, null, 2)}\n`);
console.log(`schemas/config.schema.json: types and connection schemas of ${[...connectors.keys()].join(', ')}`);

const manifestSchema = JSON.parse(await readFile(new URL('../schemas/manifest.schema.json', import.meta.url), 'utf8')) as Record<string, unknown>;
await writeFile(new URL('../src/manifest/validators.generated.ts', import.meta.url), ownValidatorsModule(configSchema, manifestSchema));
await writeFile(new URL('../src/manifest/connection-validators.generated.ts', import.meta.url), connectionValidatorsModule(connectors));
console.log('src/manifest/validators.generated.ts, connection-validators.generated.ts: the validators precompiled');
