import { describe, expect, it } from 'vitest';
import { sortDiagnostics } from '../../src/manifest/diagnostics.js';
import { entriesInOrder, formatPath, isRecord, locate, parseYaml, pointerToPath } from '../../src/manifest/yaml.js';
import { yaml } from './helpers.js';

function single(text: string) {
  const parsed = parseYaml('f.yaml', text);
  const [document] = parsed.documents;
  if (document === undefined) throw new Error(JSON.stringify(parsed.diagnostics));
  return { document, diagnostics: parsed.diagnostics };
}

describe('parseYaml', () => {
  it('names keys by their source text, in the order written', () => {
    const { document, diagnostics } = single(yaml('b: 1', '123: 2', 'true: 3', '1.0: 4', '1: 5', '"q": 6', '~: 7'));
    expect(diagnostics).toEqual([]);
    expect(isRecord(document.value)).toBe(true);
    const entries = entriesInOrder(document.value as Record<string, unknown>);
    expect(entries).toEqual([
      ['b', 1],
      ['123', 2],
      ['true', 3],
      ['1.0', 4],
      ['1', 5],
      ['q', 6],
      ['~', 7],
    ]);
  });

  it.each([
    [['1', 'a', '0'], '1 first, 0 after a name'],
    [['10', '2'], 'indices out of numeric order'],
    [['4294967295', '4294967294'], 'the largest index after a number that is not one'],
    [['a', '01', '1'], 'a leading zero (not an index) before an index'],
  ])('keeps the written order of %j (%s)', (keys) => {
    const { document } = single(yaml(...keys.map((key, index) => `${key}: ${index}`)));
    expect(entriesInOrder(document.value as Record<string, unknown>).map(([key]) => key)).toEqual(keys);
  });

  it('reports every repetition of a key at its own line, naming the first', () => {
    const { document, diagnostics } = single(yaml('a: 1', 'b: 2', 'a: 3', 'c: {a: 4, a: 5}', 'a: 6'));
    expect(document.value).toEqual({ a: 1, b: 2, c: { a: 4 } });
    expect(diagnostics.map((d) => `${d.line}:${d.column} ${d.message}`)).toEqual([
      '3:1 duplicate key "a" (first at line 1)',
      '4:11 duplicate key "a" in c (first at line 4)',
      '5:1 duplicate key "a" (first at line 1)',
    ]);
  });

  it('treats a quoted and a plain spelling of one name as duplicates, keeping the first', () => {
    const { document, diagnostics } = single(yaml('tables:', '  orders: 1', '  "orders": 2'));
    expect(document.value).toEqual({ tables: { orders: 1 } });
    expect(diagnostics).toEqual([
      { file: 'f.yaml', line: 3, column: 3, message: 'duplicate key "orders" in tables (first at line 2)', key: 'tables.orders' },
    ]);
  });

  it('keeps names such as __proto__ as plain data', () => {
    const { document } = single(yaml('__proto__:', '  polluted: true'));
    expect(Object.keys(document.value as object)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('resolves aliases and refuses one that contains itself', () => {
    expect(single(yaml('a: &x [1, 2]', 'b: *x')).document.value).toEqual({ a: [1, 2], b: [1, 2] });
    const { diagnostics } = single(yaml('a: &x', '  b: *x'));
    expect(diagnostics.map((d) => `${d.line}:${d.column} ${d.message}`)).toEqual([
      '2:6 alias expands too much or refers to itself',
    ]);
  });

  it('does not quote the offending source text in a syntax error', () => {
    const { diagnostics } = parseYaml('f.yaml', yaml('password: x', ']hunter2'));
    expect(diagnostics.map((d) => `${d.line}:${d.column} ${d.message}`)).toEqual([
      '2:1 YAML syntax error: Unexpected flow-seq-end token in YAML stream',
      // yaml's own message ends with `: "hunter2"`.
      '2:2 YAML syntax error: Unexpected scalar token in YAML stream',
    ]);
  });

  it('skips empty documents and leaves out broken ones', () => {
    const parsed = parseYaml('f.yaml', yaml('---', '# nothing', '---', 'a: 1', '---', 'b: [', '---', 'c: 3'));
    expect(parsed.documents.map((d) => d.value)).toEqual([{ a: 1 }, { c: 3 }]);
    expect(parsed.diagnostics).toHaveLength(1);
    expect(parsed.diagnostics[0]?.message).toMatch(/^YAML syntax error: /);
  });
});

describe('locate', () => {
  const { document } = single(yaml('a:', '  list: [x, y]', '  empty:', '  nul: ~'));

  it('finds keys, values, items; an empty value falls back to its key', () => {
    const where = (path: (string | number)[], target: 'key' | 'value') => {
      const { line, column } = locate(document, path, target);
      return `${line}:${column}`;
    };
    expect(where(['a', 'list'], 'key')).toBe('2:3');
    expect(where(['a', 'list'], 'value')).toBe('2:9');
    expect(where(['a', 'list', 1], 'value')).toBe('2:13');
    expect(where(['a', 'empty'], 'value')).toBe('3:3');
    expect(where(['a', 'nul'], 'value')).toBe('4:8');
    // A path that does not exist: its deepest existing ancestor's key.
    expect(where(['a', 'missing', 'deeper'], 'value')).toBe('1:1');
  });
});

describe('paths', () => {
  it('decodes JSON pointers and formats dotted paths', () => {
    const data = { services: { 'a/b': { sync: ['x'] } } };
    const path = pointerToPath('/services/a~1b/sync/0', data);
    expect(path).toEqual(['services', 'a/b', 'sync', 0]);
    expect(formatPath(path)).toBe('services.a/b.sync[0]');
    expect(formatPath(['tags', 0])).toBe('tags[0]');
  });

  it('sorts diagnostics by file, line, column and drops repeats', () => {
    const d = (file: string, line: number, column: number, message = 'm') => ({ file, line, column, message });
    expect(sortDiagnostics([d('b', 1, 1), d('a', 2, 1), d('a', 1, 5), d('a', 1, 5), d('a', 1, 2)])).toEqual([
      d('a', 1, 2),
      d('a', 1, 5),
      d('a', 2, 1),
      d('b', 1, 1),
    ]);
  });
});
