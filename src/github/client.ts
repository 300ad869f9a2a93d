/**
 * The REST client, as GitHub's own actions build it: Octokit with the throttling plugin
 * (waits out primary and secondary rate limits, which GitHub answers with 403 or 429) and
 * the retry plugin (transient 5xx). Pagination comes with @octokit/rest.
 */
import { retry } from '@octokit/plugin-retry';
import { throttling, type ThrottlingOptions } from '@octokit/plugin-throttling';
import { Octokit } from '@octokit/rest';

export const GitHubClient = Octokit.plugin(throttling, retry);
export type GitHubClient = InstanceType<typeof GitHubClient>;

export interface GitHubClientOptions {
  token: string;
  /** `GITHUB_API_URL` on a runner (GitHub Enterprise Server has its own); default api.github.com. */
  baseUrl?: string;
  /** Where retries are reported (the Action's log); default: silent. */
  log?: (message: string) => void;
  /** How often a rate-limited request is tried again before it fails. */
  rateLimitRetries?: number;
  /**
   * Milliseconds per second of a `retry-after` wait, for both plugins. GitHub's values are
   * seconds, so 1000; tests pass 1 so a "wait 60 s" answer costs 60 ms.
   */
  retryAfterBaseValue?: number;
  /** Test seam: replaces the throttling plugin's limiters (e.g. its 1 s spacing of writes). */
  throttle?: Partial<ThrottlingOptions>;
}

const DEFAULT_RATE_LIMIT_RETRIES = 3;

export function createGitHubClient(options: GitHubClientOptions): GitHubClient {
  const log = options.log ?? (() => undefined);
  const retries = options.rateLimitRetries ?? DEFAULT_RATE_LIMIT_RETRIES;
  const retryAfterBaseValue = options.retryAfterBaseValue ?? 1000;
  const onLimit =
    (kind: string) =>
    (retryAfter: number, request: { method: string; url: string }, _octokit: unknown, retryCount: number): boolean => {
      if (retryCount >= retries) {
        log(`GitHub ${kind} rate limit on ${request.method} ${request.url}: giving up after ${retryCount} retries`);
        return false;
      }
      log(`GitHub ${kind} rate limit on ${request.method} ${request.url}: retrying after ${retryAfter} s`);
      return true;
    };
  return new GitHubClient({
    auth: options.token,
    ...(options.baseUrl ? { baseUrl: options.baseUrl.replace(/\/+$/, '') } : {}),
    userAgent: 'revmeta',
    // Octokit logs request failures with console.warn/error by default; errors reach us as exceptions.
    log: { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined },
    throttle: {
      onRateLimit: onLimit('primary'),
      onSecondaryRateLimit: onLimit('secondary'),
      retryAfterBaseValue,
      ...options.throttle,
    },
    retry: { retryAfterBaseValue },
  });
}

export interface Repository {
  owner: string;
  repo: string;
}

/** `owner/name` as `GITHUB_REPOSITORY` holds it. */
export function parseRepository(text: string | undefined): Repository {
  const match = /^([^/\s]+)\/([^/\s]+)$/.exec(text ?? '');
  if (!match) throw new Error(`GITHUB_REPOSITORY must be "owner/name" (got ${text === undefined ? 'nothing' : JSON.stringify(text)})`);
  return { owner: match[1]!, repo: match[2]! };
}

/** HTTP status of an Octokit error, if it has one. */
export function statusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : undefined;
}
