import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { capabilityTable, withCapabilityTable } from '../../src/connectors/docs.js';
import { connectors } from '../../src/connectors/index.js';
import type { Connector } from '../../src/connectors/types.js';
import { EVIDENCE } from '../../src/connectors/evidence.js';
import { matrixPage, matrixPath, RELATION_KINDS, reportedRelations, type ConnectorEvidence } from '../../src/connectors/matrix.js';

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
      const text = await readFile(new URL(`../../${page}`, import.meta.url), 'utf8');
      expect(text, `${page} links its capability matrix`).toContain(`](${type}-matrix.md)`);
    }
  });
});

describe('the capability matrix pages', () => {
  const pages = [...connectors.values()].map((connector) => [connector.type, connector] as const);

  it.each(pages)('%s: the page is the one its capabilities, dialect and evidence make (run npm run docs after changing one)', async (type, connector) => {
    const evidence = EVIDENCE[type];
    expect(evidence, `src/connectors/${type}/evidence.ts`).toBeDefined();
    const page = await readFile(new URL(`../../${matrixPath(connector)}`, import.meta.url), 'utf8');
    expect(page).toBe(matrixPage(connector, evidence!));
  });

  it.each(pages)('%s: every statement row cites an https vendor document, and every relation kind of the model is listed', (type, connector) => {
    const page = matrixPage(connector, EVIDENCE[type]!);
    const [kinds, statements] = page.split('## Statements');
    for (const relation of RELATION_KINDS) expect(kinds, relation).toContain(`\n| ${relation.replaceAll('_', ' ')} | `);
    const rows = statements!.split('\n').filter((line) => /^\| (database|schema|table|column) \|/.test(line));
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row, row).toMatch(/\| (<https:\/\/[^>\s]+>(<br>)?)+ \|$/);
    for (const url of [evidence(type).catalog.url, ...evidence(type).statements.map((s) => s.url), ...evidence(type).refusals.map((r) => r.url)]) {
      expect(url).toMatch(/^https:\/\/[^\s]+$/);
    }
  });

  it.each(pages)('%s: every relation kind its capabilities name is one its evidence says the catalog reports', (type, connector) => {
    const reported = reportedRelations(EVIDENCE[type]!);
    for (const server of connector.docs?.servers ?? [{ label: '', version: '' }]) {
      const capabilities = connector.capabilities({ version: server.version });
      const named = [
        ...Object.values(capabilities.unsupportedRelations ?? {}).flatMap((levels) => Object.values(levels ?? {}).flat()),
        ...Object.values(capabilities.relationSideEffects ?? {}).flatMap((kinds) => Object.keys(kinds ?? {})),
      ];
      for (const relation of named) expect(reported, `${type} ${server.label}: ${relation}`).toContain(relation);
    }
  });

  function evidence(type: string): ConnectorEvidence {
    return EVIDENCE[type]!;
  }

  it('renders each server variant as its own column, refusals with their reason, and fails on a row without evidence', () => {
    const postgres = connectors.get('postgres')!;
    const fake: Connector = {
      ...postgres,
      type: 'fake',
      docs: { title: 'Fake', servers: [{ label: 'v1', version: '1' }, { label: 'v2', version: '2' }], testedOn: 'nothing' },
      capabilities: (server) => ({
        fields: { description: server.version === '2' ? ['schema', 'table'] : ['table'], owner: [], tag: [] },
        unsupportedRelations: { description: { table: ['view'] } },
        transactionalDdl: true,
      }),
    };
    const fakeEvidence: ConnectorEvidence = {
      catalog: { url: 'https://fake.example/catalog', kinds: { table: "'T'", view: "'V'" }, unknown: 'a warning' },
      statements: [{ opens: /^COMMENT ON /, url: 'https://fake.example/comment' }],
      refusals: [
        { field: 'description', relation: 'view', reason: 'views take none', url: 'https://fake.example/views' },
        { reason: 'not in Fake', url: 'https://fake.example/none' },
      ],
    };
    const lines = matrixPage(fake, fakeEvidence).split('\n');
    expect(lines).toContain('| level | relation | field | action | statement (v1) | statement (v2) | vendor document |');
    expect(lines).toContain(
      '| schema | – | description | set | not supported: not in Fake | `COMMENT ON SCHEMA "sales" IS \'One row per order\'` | <https://fake.example/none><br><https://fake.example/comment> |',
    );
    expect(lines).toContain('| table | view | description | clear | not supported: views take none | not supported: views take none | <https://fake.example/views> |');
    expect(lines).toContain('| foreign table | not reported |');
    expect(() => matrixPage(fake, { ...fakeEvidence, refusals: [] })).toThrow(/fake evidence: no refusal for description at database/);
    expect(() => matrixPage(fake, { ...fakeEvidence, statements: [] })).toThrow(/fake evidence: no vendor page for the statement "COMMENT ON SCHEMA/);
  });
});
