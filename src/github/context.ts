/**
 * What a GitHub Actions runner tells a step about its run: the repository, the event and
 * its payload, the commit, the API to talk to. Read from the environment once, so the rest
 * of src/github takes plain values and is tested without a runner.
 */
import { readFileSync } from 'node:fs';
import { parseRepository, type Repository } from './client.js';

export interface RunContext {
  repository: Repository | undefined;
  eventName: string;
  /** The event payload (`GITHUB_EVENT_PATH`), `{}` when there is none. */
  payload: EventPayload;
  sha: string | undefined;
  apiUrl: string;
  serverUrl: string;
  runId: string | undefined;
  /** The checkout root (`GITHUB_WORKSPACE`); paths in annotations are relative to it. */
  workspace: string | undefined;
}

/** The few payload fields revmeta reads; the rest of the event is ignored. */
export interface EventPayload {
  pull_request?: { number?: number; head?: { sha?: string; repo?: { full_name?: string } }; base?: { sha?: string; repo?: { full_name?: string } } };
  issue?: { number?: number; pull_request?: unknown };
  repository?: { default_branch?: string; full_name?: string };
  number?: number;
}

export function readRunContext(env: Record<string, string | undefined> = process.env): RunContext {
  return {
    repository: env.GITHUB_REPOSITORY ? parseRepository(env.GITHUB_REPOSITORY) : undefined,
    eventName: env.GITHUB_EVENT_NAME ?? '',
    payload: readPayload(env.GITHUB_EVENT_PATH),
    sha: env.GITHUB_SHA || undefined,
    apiUrl: env.GITHUB_API_URL || 'https://api.github.com',
    serverUrl: env.GITHUB_SERVER_URL || 'https://github.com',
    runId: env.GITHUB_RUN_ID || undefined,
    workspace: env.GITHUB_WORKSPACE || undefined,
  };
}

export function readPayload(file: string | undefined): EventPayload {
  if (!file) return {};
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new Error(`cannot read the event payload ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
  try {
    const payload: unknown = JSON.parse(text);
    return payload && typeof payload === 'object' ? (payload as EventPayload) : {};
  } catch (error) {
    throw new Error(`the event payload ${file} is not JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** The pull request the event is about: `pull_request`/`pull_request_target`, or a comment on a PR. */
export function pullRequestNumber(payload: EventPayload): number | undefined {
  const number = payload.pull_request?.number ?? (payload.issue?.pull_request ? payload.issue.number : undefined);
  return typeof number === 'number' && Number.isInteger(number) && number > 0 ? number : undefined;
}

/** The run's page, where its job summary is. */
export function runUrl(context: RunContext): string | undefined {
  if (!context.repository || !context.runId) return undefined;
  return `${context.serverUrl.replace(/\/+$/, '')}/${context.repository.owner}/${context.repository.repo}/actions/runs/${context.runId}`;
}
