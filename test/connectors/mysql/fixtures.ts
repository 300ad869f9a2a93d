/**
 * Shared pieces of the mysql connector tests: change and manifest builders, the plan → apply
 * loop the core runs (introspect, capabilities, planServiceOnce: diff, readCompileContext, compile, applyChanges),
 * and the every-attribute table with its SHOW CREATE TABLE text before and after a comment
 * change, as MariaDB 10.11 prints it (the engine test checks these against the server).
 */
import { applyChanges } from '../../../src/apply/apply.js';
import { mysql } from '../../../src/connectors/mysql/index.js';
import type { Capabilities, Driver, DriverSession } from '../../../src/connectors/types.js';
import type { DesiredFields, DesiredNode, DesiredService, ObjectKind, ObjectRef } from '../../../src/model/types.js';
import { planServiceOnce } from '../../../src/core/workspace.js';
import type { ServicePlan, ServicePolicy } from '../../../src/plan/plan.js';
import type { ApplyResult, Change } from '../../../src/plan/types.js';

export const SERVICE = 'warehouse';
export const DATABASE = 'default';

export function change(
  object: ObjectRef,
  field: Change['field'],
  after: string | null,
  action: Change['action'] = after === null ? 'clear' : 'set',
): Change {
  return { service: SERVICE, object, field, action, before: null, after, statements: [] };
}

export async function withSession<T>(driver: Driver, run: (session: DriverSession) => Promise<T>): Promise<T> {
  const session = await driver.open();
  try {
    return await run(session);
  } finally {
    await session.close();
  }
}

// ---------------------------------------------------------------------------------------
// Manifests as the loader would produce them

let line = 0;
function want(kind: ObjectKind, name: string, fields: DesiredFields, children: DesiredNode[]): DesiredNode {
  line++;
  return { kind, name, fields, children, location: { file: 'm.yaml', line, column: 1 }, fieldLocations: {} };
}

/** A description, or (undefined) an unmanaged one. */
type Described = string | undefined;

export interface TableSpec {
  description?: Described;
  columns?: Record<string, Described>;
}

export interface SchemaSpec {
  description?: Described;
  tables?: Record<string, TableSpec>;
}

const fields = (description: Described): DesiredFields => (description === undefined ? {} : { description });

/** A desired service with one database and the given schemas, tables and column descriptions. */
export function manifests(schemas: Record<string, SchemaSpec>, database = DATABASE): DesiredService {
  const schemaNodes = Object.entries(schemas).map(([schema, spec]) =>
    want(
      'schema',
      schema,
      fields(spec.description),
      Object.entries(spec.tables ?? {}).map(([table, tableSpec]) =>
        want(
          'table',
          table,
          fields(tableSpec.description),
          Object.entries(tableSpec.columns ?? {}).map(([column, description]) => want('column', column, fields(description), [])),
        ),
      ),
    ),
  );
  return { name: SERVICE, databases: [want('database', database, {}, schemaNodes)] };
}

// ---------------------------------------------------------------------------------------
// Plan and apply as src/core/workspace.ts does

export interface Planned extends ServicePlan {
  capabilities: Capabilities;
  queries: number;
}

export async function plan(driver: Driver, desired: DesiredService, policy: ServicePolicy = {}): Promise<Planned> {
  const introspection = await mysql.introspect(driver, {
    service: SERVICE,
    databases: desired.databases.map((database) => database.name),
    schemas: Object.fromEntries(desired.databases.map((database) => [database.name, database.children.map((schema) => schema.name)])),
  });
  const capabilities = mysql.capabilities(introspection.server);
  const input = {
    name: SERVICE,
    type: 'mysql',
    desired,
    observed: introspection.observed,
    capabilities,
    dialect: mysql.dialect,
    policy,
  };
  const { plan: planned } = await planServiceOnce(mysql, driver, input);
  return { ...planned, capabilities, queries: introspection.queries };
}

export function apply(driver: Driver, planned: Planned): Promise<ApplyResult> {
  return applyChanges(planned, new Map([[SERVICE, { driver, capabilities: planned.capabilities }]]));
}

/** Plans, applies (expecting no conflicts and no failures), and returns the plan that was applied. */
export async function converge(driver: Driver, desired: DesiredService, policy: ServicePolicy = {}): Promise<Planned> {
  const planned = await plan(driver, desired, policy);
  if (planned.conflicts.length > 0) throw new Error(`unexpected conflicts: ${JSON.stringify(planned.conflicts)}`);
  const result = await apply(driver, planned);
  if (result.summary.failed > 0 || result.summary.notRun > 0) {
    throw new Error(`apply did not converge: ${JSON.stringify(result.results.filter((r) => r.status !== 'applied'), null, 2)}`);
  }
  return planned;
}

// ---------------------------------------------------------------------------------------
// A table whose columns use every attribute a comment change must keep

/**
 * Created in a latin1 schema so that charsets differ per column. `created` is the first
 * timestamp and has no default: restated without explicit_defaults_for_timestamp it would
 * silently gain DEFAULT/ON UPDATE current_timestamp(). The stored generated column is
 * elsewhere (`stored_total`): it cannot change instantly.
 */
export const EVERY_ATTRIBUTE_DDL = `CREATE TABLE \`shop\`.\`every attribute\` (
  \`id\` bigint unsigned NOT NULL AUTO_INCREMENT COMMENT 'surrogate key',
  \`name\` varchar(100) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL DEFAULT 'it''s \\\\ COMMENT ''x''' COMMENT 'old name',
  \`latin\` varchar(20) CHARACTER SET latin1 COLLATE latin1_bin DEFAULT 'é',
  \`created\` timestamp NOT NULL,
  \`updated\` timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  \`doc\` json DEFAULT NULL,
  \`doc_latin\` longtext CHECK (json_valid(\`doc_latin\`)),
  \`doc_default\` json NOT NULL DEFAULT '{}' COMMENT 'json with a default',
  \`total\` decimal(10,2) GENERATED ALWAYS AS (\`qty\` * \`price\`) VIRTUAL,
  \`qty\` int NOT NULL DEFAULT 1 CHECK (\`qty\` > 0),
  \`price\` decimal(10,2) DEFAULT NULL,
  \`hidden\` int INVISIBLE DEFAULT 5,
  \`blobby\` blob COMPRESSED,
  \`notes\` text COMPRESSED COMMENT 'compressed text',
  \`status\` enum('new','it''s','a,b','COMMENT ''x''') NOT NULL DEFAULT 'new',
  \`flags\` set('x','y') DEFAULT 'x,y',
  \`raw\` varbinary(4) DEFAULT 0xFF00,
  \`uid\` varchar(36) DEFAULT (uuid()),
  \`bits\` bit(3) DEFAULT b'101',
  \`we\`\`ird col\` varchar(10) COMMENT 'has ''quote'' and \\\\ backslash\\nnewline',
  \`checked\` varchar(20) DEFAULT 'COMMENT' COMMENT 'kept' CHECK (\`checked\` <> 'COMMENT ''x'''),
  PRIMARY KEY (\`id\`),
  KEY \`by name\` (\`name\`)
) DEFAULT CHARSET=latin1 COMMENT='every attribute'`;

/** The new comment of a column, and how SHOW CREATE TABLE prints it ('' and backslash escapes). */
export const newComment = (column: string) => `${column}: it's a \\ "comment"\n`;
const shown = (column: string) => ` COMMENT '${column}: it''s a \\\\ "comment"\\n'`;

/**
 * Each column as SHOW CREATE TABLE prints it before and after the round trip, in which each
 * column gets `newComment(name)` except `name` and `checked`, whose comments are cleared.
 * Text as mysql2 returns it, with the raw 0xFF byte of `raw` shown as X'FF00' (see
 * createTableText). After: the same line with only its COMMENT clause replaced, inserted
 * (before an inline CHECK, else at the end) or removed.
 */
const EVERY_ATTRIBUTE_COLUMNS: Array<[name: string, before: string, after: string]> = [
  ['id', "`id` bigint(20) unsigned NOT NULL AUTO_INCREMENT COMMENT 'surrogate key'", `\`id\` bigint(20) unsigned NOT NULL AUTO_INCREMENT${shown('id')}`],
  [
    'name',
    "`name` varchar(100) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL DEFAULT 'it''s \\\\ COMMENT ''x''' COMMENT 'old name'",
    "`name` varchar(100) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL DEFAULT 'it''s \\\\ COMMENT ''x'''",
  ],
  ['latin', "`latin` varchar(20) CHARACTER SET latin1 COLLATE latin1_bin DEFAULT 'é'", `\`latin\` varchar(20) CHARACTER SET latin1 COLLATE latin1_bin DEFAULT 'é'${shown('latin')}`],
  ['created', '`created` timestamp NOT NULL', `\`created\` timestamp NOT NULL${shown('created')}`],
  [
    'updated',
    '`updated` timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp()',
    `\`updated\` timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp()${shown('updated')}`,
  ],
  [
    'doc',
    '`doc` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL CHECK (json_valid(`doc`))',
    `\`doc\` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL${shown('doc')} CHECK (json_valid(\`doc\`))`,
  ],
  [
    'doc_latin',
    '`doc_latin` longtext DEFAULT NULL CHECK (json_valid(`doc_latin`))',
    `\`doc_latin\` longtext DEFAULT NULL${shown('doc_latin')} CHECK (json_valid(\`doc_latin\`))`,
  ],
  [
    'doc_default',
    "`doc_default` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL DEFAULT '{}' COMMENT 'json with a default' CHECK (json_valid(`doc_default`))",
    `\`doc_default\` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL DEFAULT '{}'${shown('doc_default')} CHECK (json_valid(\`doc_default\`))`,
  ],
  [
    'total',
    '`total` decimal(10,2) GENERATED ALWAYS AS (`qty` * `price`) VIRTUAL',
    `\`total\` decimal(10,2) GENERATED ALWAYS AS (\`qty\` * \`price\`) VIRTUAL${shown('total')}`,
  ],
  ['qty', '`qty` int(11) NOT NULL DEFAULT 1 CHECK (`qty` > 0)', `\`qty\` int(11) NOT NULL DEFAULT 1${shown('qty')} CHECK (\`qty\` > 0)`],
  ['price', '`price` decimal(10,2) DEFAULT NULL', `\`price\` decimal(10,2) DEFAULT NULL${shown('price')}`],
  ['hidden', '`hidden` int(11) INVISIBLE DEFAULT 5', `\`hidden\` int(11) INVISIBLE DEFAULT 5${shown('hidden')}`],
  ['blobby', '`blobby` blob /*M!100301 COMPRESSED*/ DEFAULT NULL', `\`blobby\` blob /*M!100301 COMPRESSED*/ DEFAULT NULL${shown('blobby')}`],
  [
    'notes',
    "`notes` text /*M!100301 COMPRESSED*/ DEFAULT NULL COMMENT 'compressed text'",
    `\`notes\` text /*M!100301 COMPRESSED*/ DEFAULT NULL${shown('notes')}`,
  ],
  [
    'status',
    "`status` enum('new','it''s','a,b','COMMENT ''x''') NOT NULL DEFAULT 'new'",
    `\`status\` enum('new','it''s','a,b','COMMENT ''x''') NOT NULL DEFAULT 'new'${shown('status')}`,
  ],
  ['flags', "`flags` set('x','y') DEFAULT 'x,y'", `\`flags\` set('x','y') DEFAULT 'x,y'${shown('flags')}`],
  ['raw', "`raw` varbinary(4) DEFAULT X'FF00'", `\`raw\` varbinary(4) DEFAULT X'FF00'${shown('raw')}`],
  ['uid', '`uid` varchar(36) DEFAULT uuid()', `\`uid\` varchar(36) DEFAULT uuid()${shown('uid')}`],
  ['bits', "`bits` bit(3) DEFAULT b'101'", `\`bits\` bit(3) DEFAULT b'101'${shown('bits')}`],
  [
    'we`ird col',
    "`we``ird col` varchar(10) DEFAULT NULL COMMENT 'has ''quote'' and \\\\ backslash\\nnewline'",
    `\`we\`\`ird col\` varchar(10) DEFAULT NULL${shown('we`ird col')}`,
  ],
  [
    'checked',
    "`checked` varchar(20) DEFAULT 'COMMENT' COMMENT 'kept' CHECK (`checked` <> 'COMMENT \\'x\\'')",
    "`checked` varchar(20) DEFAULT 'COMMENT' CHECK (`checked` <> 'COMMENT \\'x\\'')",
  ],
];

export const EVERY_ATTRIBUTE_COLUMN_NAMES = EVERY_ATTRIBUTE_COLUMNS.map(([name]) => name);

/** The new description of each column (null: cleared). */
export const EVERY_ATTRIBUTE_NEW_COMMENTS: Record<string, string | null> = Object.fromEntries(
  EVERY_ATTRIBUTE_COLUMN_NAMES.map((name) => [name, name === 'name' || name === 'checked' ? null : newComment(name)]),
);

function showCreate(lines: readonly string[]): string {
  const items = [...lines.map((line) => `  ${line}`), '  PRIMARY KEY (`id`)', '  KEY `by name` (`name`)'];
  return `CREATE TABLE \`every attribute\` (\n${items.join(',\n')}\n) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci COMMENT='every attribute'`;
}

export const EVERY_ATTRIBUTE_SHOWN = showCreate(EVERY_ATTRIBUTE_COLUMNS.map(([, before]) => before));
export const EVERY_ATTRIBUTE_SHOWN_AFTER = showCreate(EVERY_ATTRIBUTE_COLUMNS.map(([, , after]) => after));
