/**
 * Sticky comments, as tfcmt and Atlantis keep them: one comment per config and service set,
 * found again by a hidden marker at the start of its body and updated in place, so a PR
 * that is planned twenty times has one plan comment, not twenty.
 */
import type { OPENMETADATA_TARGET } from '../model/types.js';
import { statusOf, type GitHubClient, type Repository } from './client.js';

/** GitHub refuses an issue comment body above this many characters. */
export const COMMENT_LIMIT = 65_536;

export type MarkerKind = 'plan' | 'apply';

export interface MarkerKey {
  /** The config file, relative to the repository root, with '/' separators. */
  config: string;
  /** The services the step was given; empty or absent: all services of the config. */
  services?: readonly string[];
  /** Where the plan writes; absent: the services' sources (markers made before targets existed). */
  target?: typeof OPENMETADATA_TARGET;
  /** Which comment of a plan split over several (2, 3, …); absent: the first, which carries the review record. */
  part?: number;
  /** An apply comment's workflow run: each apply run posts its own comment, so earlier results stay (a re-run attempt updates it). */
  run?: string;
}

/** How the plan run that wrote a plan comment ended. */
export type PlanStatus = 'ok' | 'conflicts' | 'failed';

/**
 * What a plan comment showed, carried in its marker, so the apply on merge can tell whether
 * a plan made then is the one that was reviewed (no artifact needs to travel between runs).
 */
export interface ReviewRecord {
  /** `changeSetFingerprint` of the plan shown; absent when the plan failed. */
  fingerprint?: string;
  /** The pull request's head commit that was planned. */
  head?: string;
  status: PlanStatus;
  changes?: number;
  conflicts?: number;
  /** Short hashes per change (see src/github/review.ts), to name what differs; absent for large plans. */
  entries?: readonly string[];
  /** A scoped plan's objects (`scopeDigest`): an apply compares like with like; absent for a full plan. */
  scope?: string;
}

const MARKER_START = '<!-- revmeta:';
const MARKER_END = ' -->';
/** The keys that name a comment; the others are the review record. */
const IDENTITY_KEYS = ['config', 'services', 'target', 'part', 'run'] as const;
const STATUSES: readonly PlanStatus[] = ['ok', 'conflicts', 'failed'];
const RECORD_VALUE = /^[\w:.,-]+$/;

/**
 * `<!-- revmeta:plan config=revmeta.yaml services=* -->` (and ` target=openmetadata` for a
 * plan against OpenMetadata), then the review record if any (`fingerprint=sha256:… head=…
 * status=ok …`). Names are URI-encoded and record values limited to hash characters, so
 * nothing can end the HTML comment or make two keys look alike.
 */
export function commentMarker(kind: MarkerKind, key: MarkerKey, record?: ReviewRecord): string {
  const services = key.services && key.services.length > 0 ? [...new Set(key.services)].sort().map(encodeURIComponent).join(',') : '*';
  const config = key.config.replaceAll('\\', '/').replace(/^\.\//, '');
  // The default target adds nothing, so comments made before targets existed are still found.
  const target = key.target ? ` target=${key.target}` : '';
  // The first part adds nothing either, so a plan comment made before plans were split is its first part.
  const part = key.part !== undefined && key.part > 1 ? ` part=${Math.floor(key.part)}` : '';
  const run = key.run ? ` run=${encodeURIComponent(key.run)}` : '';
  return `${MARKER_START}${kind} config=${encodeURIComponent(config)} services=${services}${target}${part}${run}${record ? recordFields(record) : ''}${MARKER_END}`;
}

function recordFields(record: ReviewRecord): string {
  const fields: Array<[string, string | number | undefined]> = [
    ['fingerprint', record.fingerprint],
    ['head', record.head],
    ['status', record.status],
    ['changes', record.changes],
    ['conflicts', record.conflicts],
    ['entries', record.entries && record.entries.length > 0 ? record.entries.join(',') : undefined],
    ['scope', record.scope],
  ];
  // Hashes, commit SHAs, counts: a value outside these characters is not ours, and is left out.
  return fields
    .filter(([, value]) => value !== undefined && RECORD_VALUE.test(String(value)))
    .map(([name, value]) => ` ${name}=${value}`)
    .join('');
}

interface ParsedMarker {
  /** Kind and naming keys: equal for every comment of one config, service set and target. */
  identity: string;
  fields: Map<string, string>;
}

/** The marker at the start of a comment body (its first line), if it has one. */
function parseMarker(body: string | null | undefined): ParsedMarker | undefined {
  if (!body?.startsWith(MARKER_START)) return undefined;
  const end = body.indexOf(MARKER_END);
  const newline = body.indexOf('\n');
  if (end < 0 || (newline >= 0 && newline < end)) return undefined;
  const [kind, ...pairs] = body.slice(MARKER_START.length, end).split(' ');
  const fields = new Map<string, string>();
  for (const pair of pairs) {
    const at = pair.indexOf('=');
    if (at > 0) fields.set(pair.slice(0, at), pair.slice(at + 1));
  }
  const identity = [kind, ...IDENTITY_KEYS.map((name) => `${name}=${fields.get(name) ?? ''}`)].join(' ');
  return { identity, fields };
}

/** The review record in a comment's marker; undefined when it has none (an older revmeta, `revmeta comment`). */
export function reviewRecordOf(body: string | null | undefined): ReviewRecord | undefined {
  const fields = parseMarker(body)?.fields;
  const status = fields?.get('status');
  if (!fields || !STATUSES.includes(status as PlanStatus)) return undefined;
  const text = (name: string) => {
    const value = fields.get(name);
    return value !== undefined && RECORD_VALUE.test(value) ? value : undefined;
  };
  const count = (name: string) => {
    const value = Number(fields.get(name));
    return fields.has(name) && Number.isInteger(value) && value >= 0 ? value : undefined;
  };
  const record: ReviewRecord = { status: status as PlanStatus };
  const fingerprint = text('fingerprint');
  const head = text('head');
  const changes = count('changes');
  const conflicts = count('conflicts');
  const entries = text('entries');
  const scope = text('scope');
  if (scope !== undefined) record.scope = scope;
  if (fingerprint !== undefined) record.fingerprint = fingerprint;
  if (head !== undefined) record.head = head;
  if (changes !== undefined) record.changes = changes;
  if (conflicts !== undefined) record.conflicts = conflicts;
  if (entries) record.entries = entries.split(',');
  return record;
}

export interface IssueComment {
  id: number;
  body?: string | null;
  html_url?: string;
  user?: { login?: string } | null;
}

export interface UpsertCommentOptions extends Repository {
  octokit: GitHubClient;
  /** The pull request (issues and PRs share comment numbering). */
  issueNumber: number;
  marker: string;
  /** The visible body; the marker is put in front of it. */
  body: string;
}

export interface UpsertResult {
  action: 'created' | 'updated' | 'unchanged';
  id: number;
  url: string | undefined;
}

/**
 * Updates the comment carrying `marker`, or creates it. A comment someone else wrote with
 * the marker copied in cannot be edited by us (403): it is skipped, not fatal.
 */
export async function upsertComment(options: UpsertCommentOptions): Promise<UpsertResult> {
  const { octokit, owner, repo, issueNumber, marker } = options;
  const body = `${marker}\n${options.body}`;
  if (body.length > COMMENT_LIMIT) {
    throw new Error(`comment body is ${body.length} characters; GitHub accepts at most ${COMMENT_LIMIT} (render it with a limit)`);
  }
  for await (const comment of markedComments(octokit, { owner, repo }, issueNumber, marker)) {
    if (comment.body === body) return { action: 'unchanged', id: comment.id, url: comment.html_url };
    try {
      const { data } = await octokit.rest.issues.updateComment({ owner, repo, comment_id: comment.id, body });
      return { action: 'updated', id: data.id, url: data.html_url };
    } catch (error) {
      if (statusOf(error) === 403 || statusOf(error) === 404) continue;
      throw error;
    }
  }
  const { data } = await octokit.rest.issues.createComment({ owner, repo, issue_number: issueNumber, body });
  return { action: 'created', id: data.id, url: data.html_url };
}

/**
 * Comments whose body starts with a marker naming the same comment (kind, config, services,
 * target; the review record may differ), oldest first, reading further pages only as needed.
 */
export async function* markedComments(
  octokit: GitHubClient,
  repository: Repository,
  issueNumber: number,
  marker: string,
): AsyncGenerator<IssueComment> {
  const pages = octokit.paginate.iterator(octokit.rest.issues.listComments, {
    ...repository,
    issue_number: issueNumber,
    per_page: 100,
  });
  const identity = parseMarker(marker)?.identity;
  for await (const page of pages) {
    for (const comment of page.data) {
      const matches = identity !== undefined ? parseMarker(comment.body)?.identity === identity : comment.body?.startsWith(marker);
      if (matches) yield comment;
    }
  }
}

/** The first comment with the marker, if any. */
export async function findMarkedComment(
  octokit: GitHubClient,
  repository: Repository,
  issueNumber: number,
  marker: string,
): Promise<IssueComment | undefined> {
  for await (const comment of markedComments(octokit, repository, issueNumber, marker)) return comment;
  return undefined;
}
