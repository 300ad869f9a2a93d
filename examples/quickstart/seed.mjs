// Creates the quickstart's embedded Postgres from scratch: database `analytics` with seed.sql.
import { mkdir, readFile, rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';

const here = fileURLToPath(new URL('.', import.meta.url));
const dataDir = `${here}.revmeta/pgdata`;

await rm(`${here}.revmeta`, { recursive: true, force: true });
await mkdir(dataDir, { recursive: true });
const server = await PGlite.create(dataDir);
await server.exec('CREATE DATABASE analytics');
await server.close();

const analytics = await PGlite.create(dataDir, { database: 'analytics' });
await analytics.exec(await readFile(`${here}seed.sql`, 'utf8'));
await analytics.close();
console.log(`Seeded ${dataDir}: database "analytics" with schemas sales and marketing.`);
