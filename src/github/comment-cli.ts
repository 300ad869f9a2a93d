/**
 * `revmeta comment --plan plan.json`: posts a saved plan as the sticky PR comment, for CI
 * systems that run `revmeta plan --out` themselves rather than the Action. The comment is
 * the Action's (same marker, same rendering), so the two never duplicate each other.
 */
import path from 'node:path';
import { RevmetaError } from '../core/errors.js';
import type { Redactor } from '../model/redact.js';
import { readSavedPlan } from '../core/stale.js';
import { OPENMETADATA_TARGET } from '../model/types.js';
import type { Detail } from '../plan/render/fit.js';
import { createGitHubClient, parseRepository, type GitHubClient } from './client.js';
import { commentMarker, upsertComment, type UpsertResult } from './comment.js';
import { pullRequestNumber, readPayload } from './context.js';
import { planCommentBody } from './render.js';

export interface PlanCommentOptions {
  /** The plan saved by `revmeta plan --out`. */
  planFile: string;
  /** `--pr`: the pull request; default: the one of the event in GITHUB_EVENT_PATH. */
  pr?: number;
  /** The config the plan was made with (`-c`), which names the comment; default revmeta.yaml. */
  config?: string;
  /** The `--service`s the plan was made with, which name the comment too; default: all. */
  services?: readonly string[];
  /** Reads GITHUB_TOKEN, GITHUB_REPOSITORY, GITHUB_EVENT_PATH, GITHUB_API_URL, GITHUB_WORKSPACE. */
  env?: Record<string, string | undefined>;
  /** Masks secrets; pass the workspace's redactor when the config was loaded. */
  redact?: Redactor;
  /** Test seam: the REST client (default: one for GITHUB_API_URL with GITHUB_TOKEN). */
  client?: GitHubClient;
}

export interface PlanCommentResult extends UpsertResult {
  pr: number;
  /** How much of the plan the comment shows (it degrades to fit GitHub's limit). */
  detail: Detail;
}

export async function postPlanComment(options: PlanCommentOptions): Promise<PlanCommentResult> {
  const env = options.env ?? process.env;
  const token = env.GITHUB_TOKEN;
  if (!token) throw new RevmetaError('revmeta comment needs GITHUB_TOKEN (a token that may write pull-request comments)');
  if (!env.GITHUB_REPOSITORY) throw new RevmetaError('revmeta comment needs GITHUB_REPOSITORY ("owner/name")');
  const repository = parseRepository(env.GITHUB_REPOSITORY);
  const pr = options.pr ?? pullRequestNumber(readPayload(env.GITHUB_EVENT_PATH));
  if (pr === undefined) {
    throw new RevmetaError('revmeta comment: no pull request; pass --pr <number> or run it on a pull_request event (GITHUB_EVENT_PATH)');
  }
  const plan = await readSavedPlan(options.planFile);
  const redact = options.redact ?? ((text: string) => text);
  const config = markerConfigPath(options.config ?? 'revmeta.yaml', env.GITHUB_WORKSPACE);
  const services = options.services ?? [];
  const target = plan.target === OPENMETADATA_TARGET ? OPENMETADATA_TARGET : undefined;
  const marker = commentMarker('plan', { config, services, ...(target ? { target } : {}) });
  const label = [config, ...(services.length > 0 ? [services.join(', ')] : []), ...(target ? [`→ ${target}`] : [])].join(' · ');
  const { body, detail } = planCommentBody(plan, marker, {
    redact,
    title: `revmeta plan · ${label}`,
    pointer: `Every change is in ${path.basename(options.planFile)}, the saved plan of this run.`,
  });
  const octokit = options.client ?? createGitHubClient({ token, ...(env.GITHUB_API_URL ? { baseUrl: env.GITHUB_API_URL } : {}) });
  const result = await upsertComment({ octokit, ...repository, issueNumber: pr, marker, body });
  return { ...result, pr, detail };
}

/** The config as the marker names it: relative to the repository root, so the Action and the CLI agree. */
export function markerConfigPath(config: string, root: string | undefined): string {
  const relative = path.relative(root ?? process.cwd(), path.resolve(config));
  return (relative.startsWith('..') || relative === '' ? config : relative).split(path.sep).join('/');
}

