/**
 * What revmeta knows of how an OpenMetadata server behaves, read from its source: which
 * versions it supports, which operations (permissions) a JSON Patch needs, and what the
 * server's refusals of a patch mean. Pure: the client and the connector call these.
 */
import { OpenMetadataError } from './errors.js';
import type { JsonPatchOperation } from './client.js';

/**
 * The oldest server revmeta reads and writes: 1.5 replaced the single `owner` by `owners`
 * (older servers answer `fields=owners` with a 400) and added PATCH by name for databases,
 * schemas and tables.
 */
export const MINIMUM_VERSION = '1.5.0';

/** `1.6.2` → [1, 6, 2]; a suffix (`1.6.2-SNAPSHOT`) is ignored. Null when it is not a version. */
function partsOf(version: string): number[] | null {
  const match = /^v?(\d+)\.(\d+)(?:\.(\d+))?/.exec(version.trim());
  return match ? [Number(match[1]), Number(match[2]), Number(match[3] ?? 0)] : null;
}

export function versionAtLeast(version: string, minimum: string): boolean {
  const have = partsOf(version);
  const want = partsOf(minimum)!;
  if (have === null) return true;
  for (let i = 0; i < 3; i++) if (have[i] !== want[i]) return have[i]! > want[i]!;
  return true;
}

/**
 * Refuses a server older than MINIMUM_VERSION, by name, before anything else is read. A server
 * that does not say (`version` null or not a version) is tried: an old one then fails on
 * `fields=owners`, which the client explains.
 */
export function checkVersion(version: string | null, where: string): void {
  if (version === null || versionAtLeast(version, MINIMUM_VERSION)) return;
  throw new OpenMetadataError(
    `OpenMetadata at ${where} is version ${version}; revmeta supports ${MINIMUM_VERSION} and later ` +
      '(owners are read as the `owners` field and written with PATCH by name, both from 1.5). Upgrade OpenMetadata to use export or --target openmetadata.',
  );
}

/** A GET refused because the server does not know `owners`: a server older than 1.5. */
export function olderServerHint(status: number, message: string): string | null {
  if (status !== 400 || !/invalid field name\s+owners?\b/i.test(message)) return null;
  return `This OpenMetadata predates 1.5 (it has no \`owners\` field); revmeta supports ${MINIMUM_VERSION} and later.`;
}

/** A user or team revmeta found, as the owner rules need it. */
export interface PrincipalKind {
  type: string;
  /** A team's `teamType` (Group, Department, BusinessUnit, Division, Organization), when read. */
  teamType?: string;
}

/**
 * Why OpenMetadata would refuse these owners on one entity, or null: owners are users, or one
 * team alone, and only a team of type Group owns entities (the server answers 400 otherwise).
 */
export function ownerSetRefusal(owners: readonly string[], kindOf: (name: string) => PrincipalKind | undefined): string | null {
  const teams = owners.filter((name) => kindOf(name)?.type === 'team');
  for (const name of teams) {
    const teamType = kindOf(name)?.teamType;
    if (teamType !== undefined && teamType !== 'Group')
      return `OpenMetadata cannot make "${name}" an owner: team "${name}" is of type ${teamType}; only teams of type Group own entities`;
  }
  if (teams.length > 1) return `OpenMetadata cannot make ${owners.join(', ')} the owners: at most one team owns an entity`;
  if (teams.length === 1 && owners.length > 1) return `OpenMetadata cannot make ${owners.join(', ')} the owners: a team owns alone, without users`;
  return null;
}

/** Entity fields and the operation that edits each (OpenMetadata's `ResourceRegistry`). */
const FIELD_OPERATIONS: Readonly<Record<string, string>> = {
  description: 'EditDescription',
  displayName: 'EditDisplayName',
  tags: 'EditTags',
  owners: 'EditOwners',
};

/**
 * The operations OpenMetadata asks of the token for a patch (`JsonPatchUtils.getMetadataOperations`):
 * each operation's path names a field (its first segment that is an editable field), and a path
 * that names none (the `test` of `/columns/N/name` that guards every column change) needs
 * EditAll for the whole patch. Tag labels need EditTags; from 1.6, a Tier label added or removed
 * needs EditTier and a glossary term EditGlossaryTerms instead (said as the 1.6 names).
 */
export function operationsNeeded(operations: readonly JsonPatchOperation[]): string[] {
  const needed = new Set<string>();
  for (const operation of operations) {
    const field = operation.path.split('/').find((segment) => segment in FIELD_OPERATIONS);
    if (field === undefined) return ['EditAll'];
    if (field === 'tags') for (const label of labelsIn(operation)) needed.add(tagOperation(label));
    else needed.add(FIELD_OPERATIONS[field]!);
  }
  return [...needed].sort();
}

/** The labels an operation adds (a label or a list), or the tag FQN it tests before a removal. */
function labelsIn(operation: JsonPatchOperation): { tagFQN: string; source?: string }[] {
  const value = operation.value;
  if (typeof value === 'string') return [{ tagFQN: value }];
  const list = Array.isArray(value) ? value : [value];
  return list.filter((label): label is { tagFQN: string; source?: string } => typeof (label as { tagFQN?: unknown } | null)?.tagFQN === 'string');
}

/** The operation a label needs from 1.6 (`JsonPatchUtils.mapTagToOperation`); EditTags covers all before. */
function tagOperation(label: { tagFQN: string; source?: string }): string {
  if (label.tagFQN.startsWith('Tier.')) return 'EditTier';
  return label.source === 'Glossary' ? 'EditGlossaryTerms' : 'EditTags';
}

/** Whether a patch guards a column by its name (which makes it need EditAll). */
function guardsColumnName(operations: readonly JsonPatchOperation[]): boolean {
  return operations.some((operation) => operation.op === 'test' && /^\/columns\/\d+(\/children\/\d+)*\/name$/.test(operation.path));
}

/**
 * What a refused PATCH means, said for the person who runs apply; null when the server's
 * answer needs no explaining. `message` is the server's `message`, `request` names the request.
 */
export function explainPatchFailure(status: number, message: string, operations: readonly JsonPatchOperation[], request: string): string | null {
  const said = message ? ` (${message})` : '';
  // A failed `test` is a 500 on 1.5 to about 1.12 (an unhandled JsonException), a 400 later.
  if ((status === 400 || status === 500 || status === 409 || status === 412) && /'test' failed|\btest failed\b/i.test(message) && operations.some((op) => op.op === 'test'))
    return `changed in OpenMetadata since the plan: ${request}${said}. A value the plan saw is not there any more, so nothing of this request was applied; plan again.`;
  if (status === 403) {
    const needed = operationsNeeded(operations);
    const why = needed.includes('EditAll') && guardsColumnName(operations)
      ? " (a change to a column is guarded by a test of the column's name, which OpenMetadata authorizes as EditAll)"
      : '';
    return (
      `OpenMetadata refused the request (HTTP 403 Forbidden): ${request}${said}. ` +
      `This patch needs ${needed.join(', ')}${why}; grant the bot or user a role whose policy allows it on this entity. ` +
      'Before OpenMetadata 1.6, EditTags covers Tier labels and glossary terms too.'
    );
  }
  const missing = /^(tag|glossaryTerm) instance for (.+) not found$/i.exec(message);
  if (status === 404 && missing)
    return `OpenMetadata has no ${missing[1]!.toLowerCase() === 'tag' ? 'tag' : 'glossary term'} ${missing[2]} (HTTP 404): ${request}. Create it in OpenMetadata, or change the manifest's tag.`;
  if (status === 400 && /mutually exclusive/i.test(message))
    return `OpenMetadata refused the tags (HTTP 400): ${request}${said}. An object holds at most one tag of a mutually exclusive classification or glossary.`;
  if (status === 400 && /\bteam\b/i.test(message) && /\bown/i.test(message))
    return `OpenMetadata refused the owners (HTTP 400): ${request}${said}. An object is owned by users, or by one team of type Group alone.`;
  return null;
}
