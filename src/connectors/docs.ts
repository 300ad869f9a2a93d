/**
 * The README's capability table, made from each connector's own declarations (capabilities
 * and docs), so the documentation cannot drift from the code: `npm run docs` writes it and a
 * test fails when the README differs.
 */
import { FIELDS, OBJECT_KINDS, type Field, type ObjectKind } from '../model/types.js';
import type { Capabilities, Connector } from './types.js';

export const TABLE_START = '<!-- capabilities:start (npm run docs) -->';
export const TABLE_END = '<!-- capabilities:end -->';

const UNITS: Record<string, string> = { chars: 'characters', bytes: 'bytes', utf16: 'UTF-16 code units' };

const HEADINGS: Record<Field, string> = { description: 'descriptions', owner: 'owners', tag: 'tags' };

export function capabilityTable(connectors: Iterable<Connector>): string {
  const rows = [
    `| system | ${FIELDS.map((field) => HEADINGS[field]).join(' | ')} | transactional | limits | tested on |`,
    `|---|${FIELDS.map(() => '---').join('|')}|---|---|---|`,
  ];
  const sorted = [...connectors].sort((a, b) => (a.docs?.title ?? a.type).localeCompare(b.docs?.title ?? b.type, 'en'));
  for (const connector of sorted) {
    const servers = connector.docs?.servers ?? [{ label: '', version: '' }];
    for (const server of servers) {
      const capabilities = connector.capabilities({ version: server.version });
      const title = `${connector.docs?.title ?? connector.type} (\`type: ${connector.type}\`)${server.label ? ` ${server.label}` : ''}`;
      const cells = [
        title,
        ...FIELDS.map((field) => fieldCell(connector, capabilities, field)),
        capabilities.transactionalDdl ? 'yes' : 'no',
        limitsCell(connector, capabilities),
        connector.docs?.testedOn ?? '–',
      ];
      rows.push(`| ${cells.map(escapeCell).join(' | ')} |`);
    }
  }
  return rows.join('\n');
}

function levelName(connector: Connector, kind: ObjectKind): string {
  const own = connector.docs?.levels?.[kind];
  return own ? `${kind} (${own})` : kind;
}

function fieldCell(connector: Connector, capabilities: Capabilities, field: Field): string {
  const levels = OBJECT_KINDS.filter((kind) => capabilities.fields[field].includes(kind));
  if (levels.length === 0) return '–';
  const parts = levels.map((kind) => {
    const withheld = capabilities.unsupportedRelations?.[field]?.[kind];
    const name = levelName(connector, kind);
    return withheld && withheld.length > 0 ? `${name} (not of ${withheld.map((r) => r.replaceAll('_', ' ')).join(', ')})` : name;
  });
  return parts.join(', ');
}

function limitsCell(connector: Connector, capabilities: Capabilities): string {
  const notes: string[] = [];
  for (const kind of OBJECT_KINDS) {
    const limit = capabilities.descriptionLimits?.[kind];
    const rules = capabilities.descriptionRules?.[kind];
    const parts: string[] = [];
    if (limit) parts.push(`${limit.max.toLocaleString('en')} ${UNITS[limit.unit] ?? limit.unit}`);
    if (rules?.bmpOnly) parts.push('no 4-byte characters');
    if (rules?.noNewlines) parts.push('no line breaks');
    if (parts.length > 0) notes.push(`${levelName(connector, kind)}: ${parts.join(', ')}`);
  }
  if (capabilities.maxTagsPerObject !== undefined) notes.push(`at most ${capabilities.maxTagsPerObject} tags per object`);
  return notes.length > 0 ? notes.join('; ') : '–';
}

/** Text safe in a Markdown table cell. */
export function escapeCell(text: string): string {
  return text.replaceAll('|', '\\|').replaceAll('\n', ' ');
}

/** The README with its table replaced; throws when the markers are missing. */
export function withCapabilityTable(readme: string, connectors: Iterable<Connector>): string {
  const start = readme.indexOf(TABLE_START);
  const end = readme.indexOf(TABLE_END);
  if (start < 0 || end < start) throw new Error(`README.md lacks the markers ${TABLE_START} … ${TABLE_END}`);
  return `${readme.slice(0, start + TABLE_START.length)}\n${capabilityTable(connectors)}\n${readme.slice(end)}`;
}
