/**
 * Sticky comments, as tfcmt and Atlantis keep them: one comment per config and service set,
 * found again by a hidden marker at the start of its body and updated in place, so a PR
 * that is planned twenty times has one plan comment, not twenty.
 */
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
  target?: 'openmetadata';
}

/**
 * `<!-- revmeta:plan config=revmeta.yaml services=* -->` (and ` target=openmetadata` for a
 * plan against OpenMetadata). Values are URI-encoded, so no name can end the HTML comment or
 * make two keys look alike.
 */
export function commentMarker(kind: MarkerKind, key: MarkerKey): string {
  const services = key.services && key.services.length > 0 ? [...new Set(key.services)].sort().map(encodeURIComponent).join(',') : '*';
  const config = key.config.replaceAll('\\', '/').replace(/^\.\//, '');
  // The default target adds nothing, so comments made before targets existed are still found.
  const target = key.target ? ` target=${key.target}` : '';
  return `<!-- revmeta:${kind} config=${encodeURIComponent(config)} services=${services}${target} -->`;
}

export interface IssueComment {
  id: number;
  body?: string | null;
  html_url?: string;
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

/** Comments whose body starts with the marker, oldest first, reading further pages only as needed. */
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
  for await (const page of pages) {
    for (const comment of page.data) {
      if (comment.body?.startsWith(marker)) yield comment;
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
