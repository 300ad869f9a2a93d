import { describe, expect, it } from 'vitest';
import { atLevels, fieldsAtEveryLevel } from '../../src/connectors/kit/capabilities.js';
import { databasesInScope, readOnOwnSessions, unreadableListed, type ListedDatabase } from '../../src/connectors/kit/databases.js';
import { backslashEscaper, COMMON_BACKSLASH_ESCAPES } from '../../src/connectors/kit/escapes.js';
import { namedDatabaseNode, observedNode } from '../../src/connectors/kit/objects.js';
import { connectionSchemaOf, serverLoginOptions, textOption } from '../../src/connectors/kit/options.js';
import { compileByField } from '../../src/connectors/kit/compile.js';
import type { Driver, DriverSession } from '../../src/connectors/types.js';
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

  it('compiles by field, refusing a field the system cannot write with its own message', () => {
    const compile = compileByField({ description: () => 'COMMENT', owner: 'no owners here', tag: 'no tags here' });
    const change = (field: Change['field']) => ({ field }) as Change;
    expect(compile(change('description'))).toBe('COMMENT');
    expect(() => compile(change('owner'))).toThrow('no owners here');
    expect(() => compile(change('tag'))).toThrow('no tags here');
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

describe('connector kit: a server of several databases', () => {
  const listed: ListedDatabase[] = [
    { name: 'Sales', owner: 'sa', refusal: null },
    { name: 'Archive', owner: 'sa', refusal: 'the database is not online' },
    { name: 'hr', owner: null, refusal: null },
  ];

  it('reads every readable database for all, and the named ones (case-insensitively) otherwise, refused or not', () => {
    expect(databasesInScope(listed, { service: 's', databases: 'all' }).map((d) => d.name)).toEqual(['Sales', 'hr']);
    expect(databasesInScope(listed, { service: 's', databases: ['SALES', 'archive', 'missing'] }).map((d) => d.name)).toEqual(['Sales', 'Archive']);
    expect(unreadableListed(listed, { service: 's', databases: 'all' })).toEqual([{ database: 'Archive', reason: 'the database is not online' }]);
    expect(unreadableListed(listed, { service: 's', databases: ['Archive'] })).toEqual([]);
  });

  it('reads each database on a session of its own, closed after; a refused session is unread under all, an error when named', async () => {
    const closed: string[] = [];
    const driver = {
      open: async (name?: string) => {
        if (name === 'hr') throw new Error('refused');
        return { close: async () => void closed.push(name ?? '') } as unknown as DriverSession;
      },
    } as unknown as Driver;
    const read = async (_session: DriverSession, database: ListedDatabase) => observedNode('database', database.name, null, database.owner);
    const unreadable: { database: string; reason: string }[] = [];
    const nodes = await readOnOwnSessions(driver, [listed[0]!, listed[2]!], { service: 's', databases: 'all' }, read, unreadable);
    expect(nodes.map((node) => node.name)).toEqual(['Sales']);
    expect(closed).toEqual(['Sales']);
    expect(unreadable).toEqual([{ database: 'hr', reason: 'could not connect: refused' }]);
    await expect(readOnOwnSessions(driver, [listed[2]!], { service: 's', databases: ['hr'] }, read, [])).rejects.toThrow('refused');
  });

  it('states one capability entry at several levels', () => {
    expect(atLevels(['table', 'column'], { max: 4000, unit: 'bytes' })).toEqual({ table: { max: 4000, unit: 'bytes' }, column: { max: 4000, unit: 'bytes' } });
  });
});
