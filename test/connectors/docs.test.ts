import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { capabilityTable, withCapabilityTable } from '../../src/connectors/docs.js';
import { connectors } from '../../src/connectors/index.js';
import type { Connector } from '../../src/connectors/types.js';

describe('the README capability table', () => {
  it('is the one the connectors declare (run npm run docs after changing one)', async () => {
    const readme = await readFile(new URL('../../README.md', import.meta.url), 'utf8');
    expect(readme).toBe(withCapabilityTable(readme, connectors.values()));
  });

  it('has a row per connector and server variant, with levels, limits and rules', () => {
    const fake: Connector = {
      ...connectors.get('postgres')!,
      type: 'fake',
      docs: { title: 'Fake | DB', levels: { schema: 'dataset' }, servers: [{ label: 'before 2', version: '1' }, { label: 'from 2', version: '2' }], testedOn: 'nothing' },
      capabilities: (server) => ({
        fields: { description: server.version === '2' ? ['schema', 'column'] : ['column'], owner: [], tag: ['table'] },
        unsupportedRelations: { tag: { table: ['view'] } },
        transactionalDdl: false,
        descriptionLimits: { column: { max: 1024, unit: 'bytes' } },
        descriptionRules: { column: { noNewlines: true, bmpOnly: true } },
      }),
    };
    expect(capabilityTable([fake]).split('\n').slice(2)).toEqual([
      '| Fake \\| DB (`type: fake`) before 2 | column | – | table (not of view) | no | column: 1,024 bytes, no 4-byte characters, no line breaks | nothing |',
      '| Fake \\| DB (`type: fake`) from 2 | schema (dataset), column | – | table (not of view) | no | column: 1,024 bytes, no 4-byte characters, no line breaks | nothing |',
    ]);
  });
});

describe('the connector pages', () => {
  it('exist for every connector, each linked from the README', async () => {
    const readme = await readFile(new URL('../../README.md', import.meta.url), 'utf8');
    for (const type of connectors.keys()) {
      const page = `docs/connectors/${type}.md`;
      expect(existsSync(new URL(`../../${page}`, import.meta.url)), page).toBe(true);
      expect(readme, `README link to ${page}`).toContain(`](${page})`);
    }
  });
});
