/**
 * The pull request a pushed commit came from, so an apply on the default branch reports
 * back where the change was reviewed.
 */
import type { GitHubClient, Repository } from './client.js';

export interface PullRequestRef {
  number: number;
  url: string | undefined;
  title: string;
  /** The head commit it was merged at: the commit its last plan should have planned. */
  headSha?: string;
  /** The base commit it was compared with: what a scoped plan of it (`changed-only`) diffed against. */
  baseSha?: string;
}

/**
 * The merged PR of `sha` (`listPullRequestsAssociatedWithCommit`). A merge, squash or
 * rebase commit lists its PR; the PR whose merge commit is exactly `sha` wins over one
 * that merely contains it (a commit can sit in several PRs, e.g. a branch merged twice).
 */
export async function findMergedPullRequest(octokit: GitHubClient, repository: Repository, sha: string): Promise<PullRequestRef | undefined> {
  const pulls = await octokit.paginate(octokit.rest.repos.listPullRequestsAssociatedWithCommit, {
    ...repository,
    commit_sha: sha,
    per_page: 100,
  });
  const merged = pulls.filter((pull) => pull.merged_at);
  const chosen = merged.find((pull) => pull.merge_commit_sha === sha) ?? merged[0];
  if (!chosen) return undefined;
  return { number: chosen.number, url: chosen.html_url, title: chosen.title, ...(chosen.head?.sha ? { headSha: chosen.head.sha } : {}), ...(chosen.base?.sha ? { baseSha: chosen.base.sha } : {}) };
}
