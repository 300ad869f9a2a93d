import { describe, expect, it } from 'vitest';
import { fieldsAtEveryLevel } from '../../src/connectors/kit/capabilities.js';
import { backslashEscaper, COMMON_BACKSLASH_ESCAPES } from '../../src/connectors/kit/escapes.js';
import { namedDatabaseNode, observedNode } from '../../src/connectors/kit/objects.js';
import { connectionSchemaOf, serverLoginOptions, textOption } from '../../src/connectors/kit/options.js';
import { renderByField } from '../../src/connectors/kit/render.js';
import type { Change } from '../../src/plan/types.js';

describe('connector kit defaults', () => {
  it('closes a connection schema that lists properties, and leaves a branching one to its branches', () => {
    const closed = connectionSchemaOf('T', 'D', { properties: { host: textOption() } });
    expect(closed).toEqual({
      $schema: 'http://json-schema.org/draft-07/schema#',
      title: 'T',
      description: 'D',
      type: 'object',
      additionalProperties: false,
      properties: { host: { type: 'string', minLength: 1 } },
    });
    const branching = connectionSchemaOf('T', undefined, { if: {}, then: {}, else: {} });
    expect(branching).not.toHaveProperty('additionalProperties');
    expect(branching).not.toHaveProperty('description');
  });

  it('gives a server login: host and user non-empty, the default port said', () => {
    expect(serverLoginOptions({ defaultPort: 1433, host: 'h' })).toMatchObject({
      host: { type: 'string', minLength: 1, description: 'h' },
      port: { description: 'Default 1433.' },
      user: { type: 'string', minLength: 1 },
      password: { type: 'string' },
    });
  });

  it('renders by field, refusing a field the system cannot write with its own message', () => {
    const render = renderByField({ description: () => 'COMMENT', owner: 'no owners here', tag: 'no tags here' });
    const change = (field: Change['field']) => ({ field }) as Change;
    expect(render(change('description'))).toBe('COMMENT');
    expect(() => render(change('owner'))).toThrow('no owners here');
    expect(() => render(change('tag'))).toThrow('no tags here');
  });

  it('escapes named characters from the table and others as code points of the given width', () => {
    const hex = backslashEscaper({ ...COMMON_BACKSLASH_ESCAPES, '\0': '\\0' }, '\\x', 2);
    const unicode = backslashEscaper(COMMON_BACKSLASH_ESCAPES, '\\u', 4);
    expect(['\\', "'", '\n', '\0', '\u001f'].map(hex)).toEqual(['\\\\', "\\'", '\\n', '\\0', '\\x1F']);
    expect(unicode('\u007f')).toBe('\\u007F');
  });

  it('builds the database node of a name-only level with its schemas sorted', () => {
    const node = namedDatabaseNode('db', [observedNode('schema', 'b'), observedNode('schema', 'a')]);
    expect(node).toMatchObject({ kind: 'database', name: 'db', description: null, owner: null });
    expect(node.children.map((schema) => schema.name)).toEqual(['a', 'b']);
  });

  it('writes descriptions everywhere and owners down to tables; tags only where asked', () => {
    expect(fieldsAtEveryLevel({ tags: false }).tag).toEqual([]);
    expect(fieldsAtEveryLevel({ tags: true }).tag).toEqual(['database', 'schema', 'table', 'column']);
    expect(fieldsAtEveryLevel({ tags: true }).owner).toEqual(['database', 'schema', 'table']);
  });
});
