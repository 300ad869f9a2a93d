/**
 * The capability matrix of one connector, made from its own declarations and its evidence:
 * every relation kind its catalog reports × field × action × level, with the statement the
 * dialect really compiles for a sample object (or why nothing is written) and the vendor page
 * each row relies on. `npm run docs` writes docs/connectors/<type>-matrix.md from it, and a
 * test fails when a page differs, so the pages cannot drift from the code.
 */
import type { Change, ChangeAction } from '../model/change.js';
import { FIELDS, OBJECT_KINDS, type Field, type ObjectKind, type ObjectRef, type RelationKind } from '../model/types.js';
import { escapeCell } from './docs.js';
import type { Capabilities, Connector, CompileContext } from './types.js';

/** A vendor document (https) and what revmeta takes from it. */
export interface Cited {
  url: string;
}

/** Why a field is not written somewhere: the first entry whose given keys all match a row applies. */
export interface Refusal extends Cited {
  field?: Field;
  level?: ObjectKind;
  relation?: RelationKind;
  reason: string;
}

/** The evidence behind one connector's matrix: vendor documents for every row, as data. */
export interface ConnectorEvidence {
  /** Where the vendor lists the kinds its catalog reports, and its own word for each kind revmeta knows. */
  catalog: Cited & {
    kinds: Partial<Record<Exclude<RelationKind, 'unknown'>, string>>;
    /** What becomes `unknown` (a plan warning naming the catalog's word), or why nothing can. */
    unknown: string;
  };
  /** The vendor page of each statement the dialect compiles, by how its text opens (first match wins). */
  statements: readonly (Cited & { opens: RegExp })[];
  refusals: readonly Refusal[];
  /** What readCompileContext reads for the sample objects, so that statements restating current state compile. */
  sampleContext?: CompileContext;
}

/** Every relation kind of the model, in its order (the `satisfies` keeps it complete). */
const RELATION_KIND_SET = {
  table: true,
  partitioned_table: true,
  view: true,
  materialized_view: true,
  foreign_table: true,
  external_table: true,
  late_binding_view: true,
  iceberg_table: true,
  dynamic_table: true,
  event_table: true,
  hybrid_table: true,
  snapshot: true,
  unknown: true,
} as const satisfies Record<RelationKind, true>;
export const RELATION_KINDS = Object.keys(RELATION_KIND_SET) as RelationKind[];

/** The sample objects every statement is compiled for. */
export const SAMPLE = { database: 'analytics', schema: 'sales', table: 'orders', column: 'amount' } as const;
const SAMPLE_DESCRIPTION = 'One row per order';
const SAMPLE_OWNER = 'data_team';
const SAMPLE_TAG = { classification: 'PII', tag: 'Sensitive' } as const;

const MATRIX_ACTIONS: Record<Field, readonly { name: string; action: ChangeAction }[]> = {
  description: [
    { name: 'set', action: 'set' },
    { name: 'clear', action: 'clear' },
  ],
  owner: [{ name: 'set', action: 'set' }],
  tag: [
    { name: 'set', action: 'add' },
    { name: 'unset', action: 'remove' },
  ],
};

const OWNER_ACTIONS = [
  { name: 'add', action: 'add' },
  { name: 'remove', action: 'remove' },
] as const;

function sampleObject(level: ObjectKind, relation?: RelationKind): ObjectRef {
  const depth = OBJECT_KINDS.indexOf(level);
  return {
    kind: level,
    database: SAMPLE.database,
    ...(depth >= 1 ? { schema: SAMPLE.schema } : {}),
    ...(depth >= 2 ? { table: SAMPLE.table, ...(relation ? { relation } : {}) } : {}),
    ...(depth >= 3 ? { column: SAMPLE.column } : {}),
  };
}

function sampleChange(capabilities: Capabilities, field: Field, action: ChangeAction, object: ObjectRef): Change {
  const base = { service: 'warehouse', object, field, action, statements: [] };
  if (field === 'description') return action === 'set' ? { ...base, before: null, after: SAMPLE_DESCRIPTION } : { ...base, before: SAMPLE_DESCRIPTION, after: null };
  if (field === 'owner') return action === 'remove' ? { ...base, before: SAMPLE_OWNER, after: null } : { ...base, before: null, after: SAMPLE_OWNER };
  const tag = capabilities.tagRules?.key?.(SAMPLE_TAG.classification) ?? SAMPLE_TAG.classification;
  const value = capabilities.tagRules?.value?.(SAMPLE_TAG.tag) ?? SAMPLE_TAG.tag;
  return action === 'remove' ? { ...base, tag, before: value, after: null } : { ...base, tag, before: null, after: value };
}

/**
 * The first refusal matching a row: for a relation kind the capabilities withhold, one naming
 * that kind; for a field the level lacks, one naming no kind. Throws when the evidence has
 * none, so no row goes without a reason.
 */
function refusalFor(connector: Connector, evidence: ConnectorEvidence, field: Field, level: ObjectKind, withheld?: RelationKind): Refusal {
  const found = evidence.refusals.find(
    (refusal) =>
      (refusal.field === undefined || refusal.field === field) &&
      (refusal.level === undefined || refusal.level === level) &&
      refusal.relation === withheld,
  );
  if (!found) throw new Error(`${connector.type} evidence: no refusal for ${field} at ${level}${withheld ? ` of ${withheld}` : ''}`);
  return found;
}

function statementUrl(connector: Connector, evidence: ConnectorEvidence, sql: string): string {
  const found = evidence.statements.find((statement) => statement.opens.test(sql));
  if (!found) throw new Error(`${connector.type} evidence: no vendor page for the statement ${JSON.stringify(sql.slice(0, 80))}`);
  return found.url;
}

/** One cell of one server: the statement text, or why not; with the page it relies on and a side effect. */
interface Cell {
  text: string;
  urls: string[];
  note?: string;
}

function cell(connector: Connector, evidence: ConnectorEvidence, capabilities: Capabilities, field: Field, action: ChangeAction, level: ObjectKind, relation?: RelationKind): Cell {
  const withheld = relation !== undefined && capabilities.unsupportedRelations?.[field]?.[level]?.includes(relation);
  if (!capabilities.fields[field].includes(level) || withheld) {
    const refusal = refusalFor(connector, evidence, field, level, withheld ? relation : undefined);
    return { text: `not supported: ${refusal.reason}`, urls: [refusal.url] };
  }
  const change = sampleChange(capabilities, field, action, sampleObject(level, relation));
  const statements = connector.dialect.compile([change], {}, evidence.sampleContext);
  const sql = statements.map((statement) => statement.sql);
  const notes = [capabilities.sideEffects?.[field]?.[level], relation ? capabilities.relationSideEffects?.[field]?.[relation] : undefined].filter(
    (note): note is string => note !== undefined,
  );
  return { text: sql.map(code).join('<br>'), urls: [...new Set(sql.map((text) => statementUrl(connector, evidence, text)))], ...(notes.length > 0 ? { note: notes.join('; ') } : {}) };
}

/** Inline code that may itself hold backticks (MySQL, BigQuery, Databricks identifiers). */
function code(text: string): string {
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((match) => match[0].length));
  const fence = '`'.repeat(longest + 1);
  const padded = text.startsWith('`') || text.endsWith('`') ? ` ${text} ` : text;
  return `${fence}${padded.replaceAll('\n', ' ')}${fence}`;
}

function link(url: string): string {
  return `<${url}>`;
}

function relationName(relation: RelationKind): string {
  return relation.replaceAll('_', ' ');
}

/** The relation kinds the catalog reports, in the model's order. */
export function reportedRelations(evidence: ConnectorEvidence): RelationKind[] {
  return RELATION_KINDS.filter((relation) => relation !== 'unknown' && evidence.catalog.kinds[relation] !== undefined);
}

/** The generated page of one connector. */
export function matrixPage(connector: Connector, evidence: ConnectorEvidence): string {
  const title = connector.docs?.title ?? connector.type;
  const servers = connector.docs?.servers ?? [{ label: '', version: '' }];
  const capabilities = servers.map((server) => connector.capabilities({ version: server.version }));
  const lines = [
    `<!-- Generated by npm run docs from src/connectors/${connector.type}/ (capabilities, dialect, evidence.ts): do not edit. -->`,
    `# ${title}: capability matrix`,
    '',
    `Every relation kind the ${title} catalog reports × level × field × action: the statement revmeta compiles for a sample`,
    `object (database \`${SAMPLE.database}\`, schema \`${SAMPLE.schema}\`, table \`${SAMPLE.table}\`, column \`${SAMPLE.column}\`; description`,
    `"${SAMPLE_DESCRIPTION}", owner \`${SAMPLE_OWNER}\`, tag \`${SAMPLE_TAG.classification}.${SAMPLE_TAG.tag}\`), or why nothing is written, and the vendor document the row relies on.`,
    `A manifest value where nothing is written is a plan warning, never a statement. See also [${title}](${connector.type}.md).`,
    '',
    '## Relation kinds',
    '',
    `Where the vendor lists them: ${link(evidence.catalog.url)}`,
    '',
    `| relation kind | ${title} reports it as |`,
    '|---|---|',
  ];
  for (const relation of RELATION_KINDS) {
    const said = relation === 'unknown' ? evidence.catalog.unknown : (evidence.catalog.kinds[relation] ?? 'not reported');
    lines.push(`| ${relationName(relation)} | ${escapeCell(said)} |`);
  }
  lines.push('', '## Statements', '');
  const targets: { level: ObjectKind; relation?: RelationKind }[] = [
    { level: 'database' },
    { level: 'schema' },
    ...(['table', 'column'] as const).flatMap((level) => reportedRelations(evidence).map((relation) => ({ level, relation }))),
  ];
  const rows: { head: string[]; cells: Cell[] }[] = [];
  for (const { level, relation } of targets) {
    for (const field of FIELDS) {
      const actions = capabilities.some((each) => each.multipleOwners) && field === 'owner' ? OWNER_ACTIONS : MATRIX_ACTIONS[field];
      for (const { name, action } of actions) {
        const head = [level, relation ? relationName(relation) : '–', field, name];
        rows.push({ head, cells: capabilities.map((each) => cell(connector, evidence, each, field, action, level, relation)) });
      }
    }
  }
  // What a change does besides the write (capabilities' side effects) gets its own column, where a page has any.
  const withNotes = rows.some((row) => row.cells.some((each) => each.note));
  const serverHeadings = servers.map((server) => (server.label ? `statement (${server.label})` : 'statement'));
  const headings = ['level', 'relation', 'field', 'action', ...serverHeadings, ...(withNotes ? ['side effect'] : []), 'vendor document'];
  lines.push(`| ${headings.join(' | ')} |`, `|${headings.map(() => '---').join('|')}|`);
  for (const { head, cells } of rows) {
    const notes = [...new Set(cells.flatMap((each) => (each.note ? [each.note] : [])))];
    const urls = [...new Set(cells.flatMap((each) => each.urls))];
    const row = [...head, ...cells.map((each) => each.text), ...(withNotes ? [notes.join('; ') || '–'] : []), urls.map(link).join('<br>')];
    lines.push(`| ${row.map(escapeCell).join(' | ')} |`);
  }
  return `${lines.join('\n')}\n`;
}

export function matrixPath(connector: Connector): string {
  return `docs/connectors/${connector.type}-matrix.md`;
}
