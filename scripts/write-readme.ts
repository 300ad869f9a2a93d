/**
 * Writes the capability table of README.md from the connectors' own declarations;
 * test/connectors/docs.test.ts fails when the README differs. Run: npm run docs
 */
import { readFile, writeFile } from 'node:fs/promises';
import { connectors } from '../src/connectors/index.js';
import { withCapabilityTable } from '../src/connectors/docs.js';

const file = new URL('../README.md', import.meta.url);
await writeFile(file, withCapabilityTable(await readFile(file, 'utf8'), connectors.values()));
console.log(`README.md: capability table of ${[...connectors.keys()].join(', ')}`);
