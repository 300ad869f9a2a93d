/**
 * Writes the capability table of README.md and the capability matrix pages
 * (docs/connectors/<type>-matrix.md) from the connectors' own declarations and evidence;
 * test/connectors/docs.test.ts fails when either differs. Run: npm run docs
 */
import { readFile, writeFile } from 'node:fs/promises';
import { connectors } from '../src/connectors/index.js';
import { withCapabilityTable } from '../src/connectors/docs.js';
import { EVIDENCE } from '../src/connectors/evidence.js';
import { matrixPage, matrixPath } from '../src/connectors/matrix.js';

const root = new URL('../', import.meta.url);
const readme = new URL('README.md', root);
await writeFile(readme, withCapabilityTable(await readFile(readme, 'utf8'), connectors.values()));
console.log(`README.md: capability table of ${[...connectors.keys()].join(', ')}`);
for (const connector of connectors.values()) {
  const evidence = EVIDENCE[connector.type];
  if (!evidence) throw new Error(`src/connectors/${connector.type}/evidence.ts is missing (and its line in src/connectors/evidence.ts)`);
  await writeFile(new URL(matrixPath(connector), root), matrixPage(connector, evidence));
  console.log(matrixPath(connector));
}
