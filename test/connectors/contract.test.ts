/**
 * The connector contract, checked for every connector of the registry (as Kysely's tests loop
 * over its dialects): every field × level × action its capabilities allow compiles the hostile
 * corpus without throwing, one statement or more per change, each change carried exactly
 * once. What the planner would refuse first (a description over the level's limit, a
 * character it cannot store, a tag the source refuses) is left out, as the planner leaves it
 * out. A connector whose statements restate current state compiles with what its
 * `readCompileContext` reads, from a driver answering fixture rows (read-fixtures.ts). Golden SQL
 * stays in each connector's own sql tests.
 */
import { describe, expect, it } from 'vitest';
import { connectors } from '../../src/connectors/index.js';
import { templateName } from '../../src/connectors/template.js';
import type { Capabilities, Connector, SqlTemplates } from '../../src/connectors/types.js';
import type { Field, ObjectKind, ObjectRef } from '../../src/model/types.js';
import type { Change } from '../../src/plan/types.js';
import { statementText } from '../../src/model/change.js';
import { HOSTILE_IDENTIFIERS, HOSTILE_VALUES } from '../corpus/hostile.js';
import { READ_FIXTURES } from './read-fixtures.js';

/** Server versions as the docs table lists them: each row's capabilities may differ. */
function serversOf(connector: Connector): string[] {
  return (connector.docs?.servers ?? [{ label: '', version: '' }]).map((server) => server.version);
}

function objectAt(kind: ObjectKind, name: string): ObjectRef {
  const depth = ['database', 'schema', 'table', 'column'].indexOf(kind);
  return {
    kind,
    database: name,
    ...(depth >= 1 ? { schema: name } : {}),
    ...(depth >= 2 ? { table: name, relation: 'table' as const } : {}),
    ...(depth >= 3 ? { column: name } : {}),
  };
}

/** The length a level's limit counts. */
function measured(text: string, unit: 'chars' | 'bytes' | 'utf16'): number {
  if (unit === 'bytes') return Buffer.byteLength(text, 'utf8');
  if (unit === 'utf16') return text.length;
  return [...text].length;
}

/** Whether the planner would let this description through to compile at this level. */
function storable(capabilities: Capabilities, kind: ObjectKind, text: string): boolean {
  const limit = capabilities.descriptionLimits?.[kind];
  if (limit && measured(text, limit.unit) > limit.max) return false;
  const rules = capabilities.descriptionRules?.[kind];
  if (rules?.bmpOnly && [...text].some((character) => character.codePointAt(0)! > 0xffff)) return false;
  if (rules?.noNewlines && /[\r\n]/.test(text)) return false;
  return (rules?.refuse?.(text) ?? null) === null;
}

/** The tag key and value the source would hold, or undefined when the planner would refuse them. */
function sourceTag(capabilities: Capabilities, classification: string, tag: string): [string, string] | undefined {
  const rules = capabilities.tagRules;
  const key = rules?.key?.(classification) ?? classification;
  const value = rules?.value?.(tag) ?? tag;
  return (rules?.refuse?.(key, value) ?? null) === null ? [key, value] : undefined;
}

function changesFor(capabilities: Capabilities, field: Field, kind: ObjectKind, name: string, value: string): Change[] {
  const base = { service: 'warehouse', object: objectAt(kind, name), field };
  const changes: Array<Omit<Change, 'statements'>> = [];
  if (field === 'description') {
    if (!storable(capabilities, kind, value)) return [];
    changes.push({ ...base, action: 'set', before: null, after: value }, { ...base, action: 'clear', before: value, after: null });
  } else if (field === 'owner') {
    if (capabilities.multipleOwners) changes.push({ ...base, action: 'add', before: null, after: name }, { ...base, action: 'remove', before: name, after: null });
    else changes.push({ ...base, action: 'set', before: null, after: name });
  } else {
    const tag = sourceTag(capabilities, name, value);
    if (tag === undefined) return [];
    const [key, tagValue] = tag;
    changes.push(
      { ...base, action: 'add', tag: key, before: null, after: tagValue },
      { ...base, action: 'set', tag: key, before: 'old', after: tagValue },
      { ...base, action: 'remove', tag: key, before: tagValue, after: null },
    );
  }
  // The statement list is the planner's to fill (its shape is the plan format's).
  return changes.map((change) => ({ ...change, statements: [] }) as Change);
}

const FIELDS: Field[] = ['description', 'owner', 'tag'];

/**
 * Identifiers a system cannot hold, by corpus name: no object there has such a name, so
 * introspection never yields one (its dialect refuses it rather than compile it).
 */
const UNNAMEABLE: Readonly<Record<string, readonly string[]>> = {
  oracle: ['double quote', 'only double quotes', 'injection'],
};

describe.each([...connectors.values()].map((connector) => [connector.type, connector] as const))('connector %s', (_type, connector) => {
  it('is registered under its own type, with every part of the contract', () => {
    expect(connectors.get(connector.type)).toBe(connector);
    // A connector that reads a compile context has read fixtures, so the corpus below compiles in full.
    expect(connector.readCompileContext === undefined || READ_FIXTURES[connector.type] !== undefined, 'read fixtures').toBe(true);
    expect(connector.connectionSchema['type']).toBe('object');
    for (const part of ['createDriver', 'introspect', 'capabilities'] as const) expect(typeof connector[part]).toBe('function');
    expect(typeof connector.dialect.compile).toBe('function');
  });

  for (const version of serversOf(connector)) {
    it(`compiles the hostile corpus for every field, level and action it allows${version ? ` (${version})` : ''}`, async () => {
      const capabilities = connector.capabilities({ version });
      let compiled = 0;
      for (const field of FIELDS) {
        for (const kind of capabilities.fields[field]) {
          for (const identifier of HOSTILE_IDENTIFIERS.filter(({ name }) => !UNNAMEABLE[connector.type]?.includes(name))) {
            for (const value of HOSTILE_VALUES) {
              const changes = changesFor(capabilities, field, kind, identifier.value, value.value);
              if (changes.length === 0) continue;
              const where = `${field} of ${kind} ${identifier.name} = ${value.name}`;
              let statements;
              try {
                const context = connector.readCompileContext ? await connector.readCompileContext(READ_FIXTURES[connector.type]!(changes), changes) : undefined;
                statements = connector.dialect.compile(changes, {}, context);
              } catch (error) {
                throw new Error(`${connector.type}: ${where}: ${String(error)}`);
              }
              const carried = statements.flatMap((statement) => statement.changes).sort((a, b) => a - b);
              expect(carried, where).toEqual(changes.map((_, index) => index));
              // A request's text is the one statementText shows (what reviewers read); SQL stays SQL.
              for (const statement of statements) if (statement.request) expect(statement.sql, where).toBe(statementText(statement.request));
              compiled += changes.length;
            }
          }
        }
      }
      expect(compiled).toBeGreaterThan(0);
    });
  }

  it('compiles a custom template first, one statement per change, wherever the config has one', () => {
    const capabilities = connector.capabilities({ version: serversOf(connector)[0]! });
    const marker = 'revmeta_template_marker';
    for (const field of FIELDS) {
      for (const kind of capabilities.fields[field]) {
        const changes = changesFor(capabilities, field, kind, 'orders', 'One row per order');
        const templates: SqlTemplates = Object.fromEntries(changes.map((change) => [templateName(change), `SELECT 1 AS ${marker}`]));
        const statements = connector.dialect.compile(changes, templates);
        expect(statements.map((statement) => statement.changes), `${field} of ${kind}`).toEqual(changes.map((_, index) => [index]));
        expect(JSON.stringify(statements).split(marker).length - 1, `${field} of ${kind}`).toBe(changes.length);
      }
    }
  });
});
