/**
 * The manifest writer under random names and values drawn from YAML's significant
 * characters: every file it emits reads back as exactly the data it was given, whether
 * a document took the fast path (plain strings of the safe class) or the read-back check.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { emitManifests, type WritableTree } from '../../src/manifest/emit.js';

const ALPHABET = [...'aZ09_ .,()/+\'-:#?&*!|>%@`{}[]"\\~=<\t\n\r', '\u00a0', '\u2028', 'é', '😀'];
const text = fc.array(fc.constantFrom(...ALPHABET), { minLength: 1, maxLength: 12 }).map((chars) => chars.join(''));
const names = fc.uniqueArray(text, { minLength: 1, maxLength: 4 });

describe('manifest writer (property)', () => {
  it('emits files that read back as exactly their data', () => {
    fc.assert(
      fc.property(names, text, fc.array(text, { maxLength: 3 }), text, (tables, description, owners, tag) => {
        const tree: WritableTree = {
          service: 'svc',
          databases: [
            {
              name: 'db',
              schemas: [
                {
                  name: 'public',
                  tables: tables.map((name) => ({ name, description, owners: [...new Set(owners)], tags: [`PII.${JSON.stringify(tag)}`], columns: [{ name, description }] })),
                },
              ],
            },
          ],
        };
        const files = emitManifests(tree);
        // Maps, not objects: objects would reorder integer-like keys.
        const schema = parseAllDocuments(files.get('svc/db/public.yaml')!)[0]!.toJS({ mapAsMap: true }) as Map<string, any>;
        const parsedTables = schema.get('tables') as Map<string, Map<string, any>>;
        expect([...parsedTables.keys()]).toEqual([...tables].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
        for (const name of tables) {
          const table = parsedTables.get(name)!;
          expect(table.get('description')).toBe(description);
          expect(table.get('columns').get(name).get('description')).toBe(description);
          expect(table.get('tags')).toEqual([`PII.${JSON.stringify(tag)}`]);
          if (owners.length > 0) expect([...table.get('owners')].sort()).toEqual([...new Set(owners)].sort());
        }
      }),
      { numRuns: 300 },
    );
  });
});
