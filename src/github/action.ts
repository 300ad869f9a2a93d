/**
 * The GitHub Action: a thin edge over the same core the CLI calls (as changesets/action is
 * over its core). It reads inputs, registers every secret of the config with the runner
 * before anything is logged, plans or applies, reports to the job summary, the step's
 * outputs and a sticky PR comment, and fails the step with `setFailed`.
 *
 * `src/github/entry.ts` runs it; this module only exports, so tests can import it.
 */
import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import * as core from '@actions/core';
import { applyChanges } from '../apply/apply.js';
import { renderApplyText } from '../apply/render.js';
import { RevmetaError, ValidationError } from '../core/errors.js';
import { redactor, type Redactor } from '../core/redact.js';
import { loadWorkspace, planWorkspace, type Workspace } from '../core/workspace.js';
import { renderJson } from '../plan/render/json.js';
import { renderText } from '../plan/render/text.js';
import type { ApplyResult, Plan } from '../plan/types.js';
import { createGitHubClient, statusOf, type GitHubClient, type Repository } from './client.js';
import { markerConfigPath } from './comment-cli.js';
import { commentMarker, upsertComment, type MarkerKey, type MarkerKind } from './comment.js';
import { pullRequestNumber, readRunContext, runUrl, type RunContext } from './context.js';
import { exportPullRequest, type ExportRunner } from './export-pr.js';
import { findMergedPullRequest } from './pulls.js';
import { applyCommentBody, applySummaryBody, planCommentBody, planSummaryBody, type BodyOptions } from './render.js';

export const COMMANDS = ['plan', 'apply', 'reconcile', 'export'] as const;
export type ActionCommand = (typeof COMMANDS)[number];

export interface ActionInputs {
  command: ActionCommand;
  config: string;
  token: string;
  comment: boolean;
  services: string[];
  workingDirectory: string;
  /** Where plan and apply write: the services' sources (default) or OpenMetadata itself. */
  target?: 'openmetadata';
}

export interface ActionDeps {
  /**
   * The OpenMetadata exporter for `command: export` (the bundle's entry passes the real one;
   * tests may pass a fake). Without one, `export` fails with a clear message.
   */
  exporter?: ExportRunner;
  env?: Record<string, string | undefined>;
  /** Test seam: how the REST client is made (the real one by default). */
  createClient?: (token: string, context: RunContext) => GitHubClient;
}

/** Everything one run works with, passed to the command that runs. */
interface Run {
  inputs: ActionInputs;
  context: RunContext;
  workspace: Workspace;
  redact: Redactor;
  markerKey: MarkerKey;
  client: () => GitHubClient | undefined;
  env: Record<string, string | undefined>;
}

export async function runAction(deps: ActionDeps = {}): Promise<void> {
  const env = deps.env ?? process.env;
  let redact: Redactor = (text) => text;
  let context: RunContext | undefined;
  try {
    const inputs = readInputs();
    if (inputs.token) maskSecret(inputs.token);
    context = readRunContext(env);
    if (inputs.workingDirectory) process.chdir(inputs.workingDirectory);
    if (inputs.command === 'export' && !deps.exporter) {
      throw new RevmetaError(
        'the "export" command needs an OpenMetadata exporter, and none was given to this run of the revmeta Action.',
      );
    }
    const workspace = await loadWorkspace(inputs.config, env);
    // Before anything is logged: the runner masks these in every later line of the log.
    for (const secret of workspace.config.secrets) maskSecret(secret);
    // The runner masks the log only; what is posted (comments, summary) passes this.
    redact = redactor([...workspace.config.secrets, inputs.token]);
    const run = newRun(inputs, context, workspace, redact, env, deps);
    if (inputs.command === 'plan') await runPlan(run);
    else if (inputs.command === 'export') await runExport(run, deps.exporter!);
    else await runApply(run);
  } catch (error) {
    reportError(error, redact, context);
  }
}

export function readInputs(): ActionInputs {
  const command = core.getInput('command', { required: true }).toLowerCase();
  if (!(COMMANDS as readonly string[]).includes(command)) {
    throw new RevmetaError(`input "command" must be one of ${COMMANDS.join(', ')} (got "${command}")`);
  }
  return {
    command: command as ActionCommand,
    config: core.getInput('config') || 'revmeta.yaml',
    token: core.getInput('github-token'),
    comment: booleanInput('comment', true),
    services: core
      .getInput('services')
      .split(/[\s,]+/)
      .filter((name) => name !== ''),
    workingDirectory: core.getInput('working-directory'),
    ...targetInput(),
  };
}

const TARGETS = ['sources', 'openmetadata'] as const;

function targetInput(): { target?: 'openmetadata' } {
  const target = core.getInput('target').trim().toLowerCase();
  if (target === '' || target === 'sources') return {};
  if (target === 'openmetadata') return { target };
  throw new RevmetaError(`input "target" must be one of ${TARGETS.join(', ')} (got "${target}")`);
}

/** Like core.getBooleanInput, but an absent input takes its default (the runner passes defaults; tests may not). */
function booleanInput(name: string, fallback: boolean): boolean {
  const value = core.getInput(name).trim().toLowerCase();
  if (value === '') return fallback;
  if (['true', 'yes', 'on', '1'].includes(value)) return true;
  if (['false', 'no', 'off', '0'].includes(value)) return false;
  throw new RevmetaError(`input "${name}" must be true or false (got "${value}")`);
}

/** The runner masks a multi-line secret line by line, so each line is registered too. */
function maskSecret(secret: string): void {
  if (secret === '') return;
  core.setSecret(secret);
  const lines = secret.split(/\r?\n/).map((line) => line.trim());
  if (lines.length > 1) for (const line of lines) if (line.length >= 4) core.setSecret(line);
}

function newRun(
  inputs: ActionInputs,
  context: RunContext,
  workspace: Workspace,
  redact: Redactor,
  env: Record<string, string | undefined>,
  deps: ActionDeps,
): Run {
  let client: GitHubClient | undefined;
  return {
    inputs,
    context,
    workspace,
    redact,
    env,
    markerKey: {
      config: markerConfigPath(workspace.config.file, context.workspace),
      services: inputs.services,
      ...(inputs.target ? { target: inputs.target } : {}),
    },
    client: () => {
      if (!inputs.token) return undefined;
      client ??= deps.createClient
        ? deps.createClient(inputs.token, context)
        : createGitHubClient({ token: inputs.token, baseUrl: context.apiUrl, log: (message) => core.info(redact(message)) });
      return client;
    },
  };
}

// ---------------------------------------------------------------------------------------
// plan

async function runPlan(run: Run): Promise<void> {
  const plan = await makePlan(run);
  core.info(run.redact(renderText(plan, { showSql: true })));
  const planPath = await savePlan(run, plan);
  setPlanOutputs(plan, planPath);
  const options = bodyOptions(run, 'plan');
  await writeSummary(run, planSummaryBody(plan, { ...options, pointer: artifactPointer() }).body);
  if (run.inputs.comment) {
    const number = pullRequestNumber(run.context.payload);
    if (number === undefined) core.info('Not a pull request event: the plan is in the job summary only.');
    else {
      const marker = commentMarker('plan', run.markerKey);
      await postComment(run, 'plan', number, marker, planCommentBody(plan, marker, options).body);
    }
  }
  if (plan.conflicts.length > 0) {
    core.setFailed(`${plan.conflicts.length} conflict(s) in the plan: they cannot be applied until the manifests or config are fixed.`);
  }
}

function planOptions(run: Run): Parameters<typeof planWorkspace>[1] {
  return {
    services: run.inputs.services,
    ...(run.inputs.target ? { target: run.inputs.target } : {}),
    onProgress: (message: string) => core.info(run.redact(message)),
  };
}

async function makePlan(run: Run): Promise<Plan> {
  const planned = await planWorkspace(run.workspace, planOptions(run));
  try {
    return planned.plan;
  } finally {
    await planned.close();
  }
}

// ---------------------------------------------------------------------------------------
// apply / reconcile

async function runApply(run: Run): Promise<void> {
  const planned = await planWorkspace(run.workspace, planOptions(run));
  let result: ApplyResult;
  try {
    core.info(run.redact(renderText(planned.plan, { showSql: true })));
    result = await applyChanges(planned.plan.changes, planned.targets);
  } finally {
    await planned.close();
  }
  const plan = planned.plan;
  core.info(run.redact(`\n${renderApplyText(result)}`));
  const planPath = await savePlan(run, plan);
  setPlanOutputs(plan, planPath);
  const options = bodyOptions(run, 'apply');
  await writeSummary(run, applySummaryBody(result, plan, { ...options, pointer: artifactPointer() }).body);
  // A merge that left the sources as they were (no manifest change) says nothing on its PR.
  const worthReporting = plan.changes.length > 0 || plan.conflicts.length > 0;
  if (run.inputs.comment && worthReporting) {
    const number = await mergedPullRequest(run);
    if (number !== undefined) {
      const marker = commentMarker('apply', run.markerKey);
      await postComment(run, 'apply', number, marker, applyCommentBody(result, plan, marker, options).body);
    }
  }
  if (result.summary.failed > 0) {
    core.setFailed(`Apply failed: ${result.summary.failed} change(s) failed and ${result.summary.notRun} did not run (see the log or the job summary).`);
  } else if (result.summary.notRun > 0) {
    core.setFailed(`Apply incomplete: ${result.summary.notRun} change(s) did not run (see the log or the job summary for why).`);
  } else if (plan.conflicts.length > 0) {
    core.setFailed(`${plan.conflicts.length} conflict(s) were not applied; fix them in the manifests or config.`);
  }
}

/** The PR of this run: the event's own, or the one the pushed commit was merged from. */
async function mergedPullRequest(run: Run): Promise<number | undefined> {
  const own = pullRequestNumber(run.context.payload);
  if (own !== undefined) return own;
  const client = run.client();
  const { repository, sha } = run.context;
  if (!client || !repository || !sha) {
    core.info('No token, repository or commit: the apply result is in the job summary only.');
    return undefined;
  }
  try {
    const pull = await findMergedPullRequest(client, repository, sha);
    if (!pull) core.info(`Commit ${sha.slice(0, 7)} belongs to no merged pull request: the result is in the job summary only.`);
    return pull?.number;
  } catch (error) {
    core.warning(run.redact(`Could not look up the pull request of ${sha.slice(0, 7)}: ${messageOf(error)}`));
    return undefined;
  }
}

// ---------------------------------------------------------------------------------------
// export

async function runExport(run: Run, exporter: ExportRunner): Promise<void> {
  const client = run.client();
  const repository = run.context.repository;
  if (!client || !repository) throw new RevmetaError('export needs the github-token input and GITHUB_REPOSITORY to open its pull request');
  const base = run.env.GITHUB_REF_TYPE === 'branch' && run.env.GITHUB_REF_NAME ? run.env.GITHUB_REF_NAME : undefined;
  const result = await exportPullRequest({
    ...repository,
    workspace: run.workspace,
    runExport: exporter,
    octokit: client,
    dir: process.cwd(),
    ...(base ? { base } : {}),
    redact: run.redact,
    log: (message) => core.info(run.redact(message)),
  });
  core.setOutput('has-changes', String(result.files.length > 0));
  core.setOutput('changes', String(result.files.length));
  const link = result.pullRequest ? `[#${result.pullRequest.number}](${result.pullRequest.url})` : 'no pull request (nothing changed)';
  await writeSummary(run, run.redact(`### revmeta export\n\n${result.files.length} file(s) changed: ${link}\n\n${result.summary}\n`));
}

// ---------------------------------------------------------------------------------------
// reporting

function setPlanOutputs(plan: Plan, planPath: string): void {
  core.setOutput('has-changes', String(plan.changes.length > 0));
  core.setOutput('changes', String(plan.changes.length));
  core.setOutput('conflicts', String(plan.conflicts.length));
  core.setOutput('plan-path', planPath);
}

/**
 * The plan JSON, for `actions/upload-artifact` (the `plan-path` output). One file per
 * config and service set, so two revmeta steps in a job do not overwrite each other.
 */
async function savePlan(run: Run, plan: Plan): Promise<string> {
  const key = createHash('sha256').update(commentMarker('plan', run.markerKey)).digest('hex').slice(0, 12);
  const dir = path.join(run.env.RUNNER_TEMP || os.tmpdir(), 'revmeta');
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, `plan-${key}.json`);
  await writeFile(file, renderJson(plan));
  return file;
}

function bodyOptions(run: Run, kind: MarkerKind): BodyOptions {
  const label = [
    run.markerKey.config,
    ...(run.inputs.services.length > 0 ? [run.inputs.services.join(', ')] : []),
    ...(run.inputs.target ? [`→ ${run.inputs.target}`] : []),
  ].join(' · ');
  const url = runUrl(run.context);
  const head = (run.context.payload as { pull_request?: { head?: { sha?: string } } }).pull_request?.head?.sha ?? run.context.sha;
  const where = url ? `[workflow run](${url})` : 'the workflow run';
  const footer = `<sub>revmeta ${kind}${head ? ` of ${head.slice(0, 7)}` : ''} · ${label} · ${where}</sub>`;
  return {
    redact: run.redact,
    title: `revmeta ${kind} · ${label}`,
    pointer: `Every change is in the job summary of the ${where} and in the plan JSON (the step's \`plan-path\` output).`,
    footer,
  };
}

function artifactPointer(): string {
  return "Every change is in the plan JSON: the step's `plan-path` output (upload it with actions/upload-artifact).";
}

/** The job summary, when the runner gives one (GITHUB_STEP_SUMMARY). */
async function writeSummary(run: Run, body: string): Promise<void> {
  if (!run.env.GITHUB_STEP_SUMMARY) return;
  await core.summary.addRaw(body, true).write();
}

/**
 * A comment is a report, not the job: when it cannot be posted (a fork's read-only token,
 * no token) the step warns and goes on; the summary has everything.
 */
async function postComment(run: Run, kind: MarkerKind, number: number, marker: string, body: string): Promise<void> {
  const client = run.client();
  const repository: Repository | undefined = run.context.repository;
  if (!client || !repository) {
    core.warning('No github-token or GITHUB_REPOSITORY: not commenting on the pull request.');
    return;
  }
  try {
    const result = await upsertComment({ octokit: client, ...repository, issueNumber: number, marker, body });
    core.info(`${result.action === 'created' ? 'Posted' : result.action === 'updated' ? 'Updated' : 'Kept'} the ${kind} comment on #${number}: ${result.url ?? result.id}`);
  } catch (error) {
    const status = statusOf(error);
    const hint = status === 403 ? ' The token cannot write comments here (pull requests from forks get a read-only GITHUB_TOKEN; the job needs `pull-requests: write`).' : '';
    core.warning(run.redact(`Could not comment on #${number}: ${messageOf(error)}.${hint}`));
  }
}

function reportError(error: unknown, redact: Redactor, context: RunContext | undefined): void {
  if (error instanceof ValidationError) {
    for (const diagnostic of error.diagnostics) {
      core.error(redact(diagnostic.message), {
        title: 'Invalid revmeta configuration or manifests',
        file: annotationPath(diagnostic.file, context),
        startLine: diagnostic.line,
        startColumn: diagnostic.column,
      });
    }
    core.setFailed(redact(`Invalid configuration or manifests:\n${error.message}`));
    return;
  }
  core.setFailed(redact(error instanceof RevmetaError ? error.message : `revmeta failed: ${messageOf(error)}`));
}

/** Annotations name files relative to the repository root, so GitHub can place them on the diff. */
function annotationPath(file: string, context: RunContext | undefined): string {
  const root = context?.workspace;
  if (!root) return file;
  const relative = path.relative(root, path.resolve(file));
  return relative.startsWith('..') ? file : relative.split(path.sep).join('/');
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
