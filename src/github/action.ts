/**
 * The GitHub Action: a thin edge over the same core the CLI calls (as changesets/action is
 * over its core). It reads inputs, registers every secret of the config with the runner
 * before anything is logged, plans or applies, reports to the job summary, the step's
 * outputs and a sticky PR comment, and fails the step with `setFailed`.
 *
 * `src/github/entry.ts` runs it; this module only exports, so tests can import it.
 */
import { createHash } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import * as core from '@actions/core';
import { renderApplyText } from '../apply/render.js';
import { decideApply, type ApplyRuleOptions } from '../core/apply-rules.js';
import { formatDiagnostic, RevmetaError, ValidationError } from '../core/errors.js';
import { Progress } from '../core/progress.js';
import { redactor, type Redactor } from '../model/redact.js';
import { ChangeSetFingerprint } from '../core/reviewed.js';
import { loadWorkspace, planWorkspace, secretScopeOf, type ManifestSelection, type PlanEntrySink, type PlannedWorkspace, type Workspace } from '../core/workspace.js';
import { scopeDigest } from '../core/changed.js';
import { PlanFileWriter } from '../core/plan-file.js';
import { applySteps } from '../core/apply-steps.js';
import { stepObjectsOf } from '../core/stepped.js';
import { NO_SECRETS, type SecretScope } from '../manifest/config.js';
import { escapeHtml, escapeInline, MarkdownPreview, type HeldChanges } from '../plan/render/markdown.js';
import type { SourceLocation } from '../model/types.js';
import { TextPreview } from '../plan/render/text.js';
import { scopeLine } from '../plan/render/common.js';
import type { ApplyResult, Plan } from '../plan/types.js';
import { OPENMETADATA_TARGET, TARGETS } from '../model/types.js';
import { createGitHubClient, statusOf, type GitHubClient, type Repository } from './client.js';
import { markerConfigPath } from './comment-cli.js';
import { annotate, manifestLink, planAnnotations, repositoryPath } from './annotations.js';
import { COMMENT_LIMIT, commentMarker, findMarkedComment, markedComments, reviewRecordOf, upsertComment, type MarkerKey, type MarkerKind, type ReviewRecord } from './comment.js';
import { pullRequestNumber, readRunContext, runUrl, type RunContext } from './context.js';
import type { ExportRunner } from '../core/export.js';
import { exportPullRequest } from './export-pr.js';
import { findMergedPullRequest, type PullRequestRef } from './pulls.js';
import { AppliedOverview, applyCommentBody, applySummaryBody, MAX_COMMENT_PAGES, mergeFooter, planCommentPages, planSummaryBody, type BodyOptions } from './render.js';
import { reviewDifferences, reviewRecord } from './review.js';

export const COMMANDS = ['plan', 'apply', 'reconcile', 'export', 'validate'] as const;
export type ActionCommand = (typeof COMMANDS)[number];

export interface ActionInputs {
  command: ActionCommand;
  config: string;
  token: string;
  comment: boolean;
  services: string[];
  workingDirectory: string;
  /** Where plan and apply write: the services' sources (default) or OpenMetadata itself. */
  target?: typeof OPENMETADATA_TARGET;
  /** apply/reconcile: a push that no pull request reviewed may apply (default: nothing is applied). */
  applyWithoutReview: boolean;
  /** apply/reconcile: apply only a plan with this change-set fingerprint (instead of the pull request's review). */
  approveFingerprint?: string;
  /** apply/reconcile: with conflicts, apply the changes that touch no object in conflict (default: nothing). */
  allowConflicts: boolean;
  /** The login whose plan comments count as the review (anyone can copy a marker into a comment). */
  planCommentAuthor: string;
  /** The artifact name the workflow uploads the plan JSON (`plan-path`) under, named to reviewers. */
  artifactName: string;
  /**
   * plan on a pull request, apply on its merge: plan only the objects the pull request changed
   * (`--changed-since` its base commit); false: every object, every time.
   */
  changedOnly: boolean;
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

/** What a run knows before its workspace loads: enough to report a failed plan on the pull request. */
interface Edge {
  inputs: ActionInputs;
  context: RunContext;
  markerKey: MarkerKey;
  client: () => GitHubClient | undefined;
  env: Record<string, string | undefined>;
}

/** What reporting to GitHub needs. */
interface Reporter extends Edge {
  redact: Redactor;
}

/** Everything one run works with, passed to the command that runs. */
interface Run extends Reporter {
  workspace: Workspace;
  /** apply/reconcile: the pull request this run belongs to, looked up before the manifests load (its base scopes them). */
  merged?: Review;
}

export async function runAction(deps: ActionDeps = {}): Promise<void> {
  const env = deps.env ?? process.env;
  let redact: Redactor = (text) => text;
  let context: RunContext | undefined;
  let edge: Edge | undefined;
  try {
    const inputs = readInputs();
    if (inputs.token) maskSecret(inputs.token);
    context = readRunContext(env);
    if (inputs.workingDirectory) process.chdir(inputs.workingDirectory);
    edge = newEdge(inputs, context, env, deps, () => redact);
    if (inputs.command === 'export' && !deps.exporter) {
      throw new RevmetaError(
        'the "export" command needs an OpenMetadata exporter, and none was given to this run of the revmeta Action.',
      );
    }
    const applying = inputs.command === 'apply' || inputs.command === 'reconcile';
    // GitHub first, so no database connection waits on it; the merged PR's base scopes the apply.
    const merged = applying ? await mergedPullRequest({ ...edge, redact }) : undefined;
    const stepObjects = stepObjectsOf(env);
    const selection = { ...manifestSelection(inputs, context, merged), ...(stepObjects !== undefined ? { stepObjects } : {}) };
    const workspace = await loadWorkspace(inputs.config, env, undefined, secretScopeOfCommand(inputs), selection);
    // Before anything is logged: the runner masks these in every later line of the log.
    for (const secret of workspace.config.secrets) maskSecret(secret);
    // The runner masks the log only; what is posted (comments, summary) passes this.
    redact = redactor([...workspace.config.secrets, inputs.token]);
    const run: Run = { ...edge, workspace, redact, ...(merged ? { merged } : {}) };
    if (inputs.command === 'validate') await runValidate(run);
    else if (inputs.command === 'plan') await runPlan(run);
    else if (inputs.command === 'export') await runExport(run, deps.exporter!);
    else await runApply(run);
  } catch (error) {
    reportError(error, redact, context);
    // The plan comment must not keep showing an older plan as if it were this commit's.
    if (edge?.inputs.command === 'plan') await reportPlanFailure(edge, redact, error);
  }
}

/**
 * `changed-only`: a pull request's plan covers the objects it changed since its base commit,
 * and the apply on its merge the same (the merged PR's base), so the reviewed change set and
 * the one applied are made alike. Anything else (no base known, validate, export, a dispatch
 * with approve-fingerprint) loads every manifest. A base missing from a shallow clone plans
 * everything, and the comment says so.
 */
function manifestSelection(inputs: ActionInputs, context: RunContext, merged: Review | undefined): ManifestSelection {
  if (!inputs.changedOnly || inputs.approveFingerprint) return {};
  const base = inputs.command === 'plan' ? context.payload.pull_request?.base?.sha : inputs.command === 'apply' || inputs.command === 'reconcile' ? (merged?.pull?.baseSha ?? context.payload.pull_request?.base?.sha) : undefined;
  return base ? { changedSince: base, ifMissing: 'full' } : {};
}

/** The secrets a command needs: none for validate (safe on pull requests from forks). */
function secretScopeOfCommand(inputs: ActionInputs): SecretScope {
  if (inputs.command === 'validate') return NO_SECRETS;
  if (inputs.command === 'export') return { services: [], openmetadata: true };
  return secretScopeOf({ services: inputs.services, target: inputs.target });
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
    applyWithoutReview: booleanInput('apply-without-review', false),
    ...approveFingerprintInput(),
    allowConflicts: booleanInput('allow-conflicts', false),
    planCommentAuthor: core.getInput('plan-comment-author').trim() || 'github-actions[bot]',
    // The names examples/github/plan.yml and apply.yml upload under.
    artifactName: core.getInput('artifact-name').trim() || (command === 'plan' ? 'revmeta-plan' : 'revmeta-apply-plan'),
    changedOnly: booleanInput('changed-only', true),
  };
}

function approveFingerprintInput(): { approveFingerprint?: string } {
  const value = core.getInput('approve-fingerprint').trim().toLowerCase();
  if (value === '') return {};
  if (!/^sha256:[0-9a-f]{64}$/.test(value)) {
    throw new RevmetaError(`input "approve-fingerprint" must be sha256: and 64 hex digits, as a plan's job summary shows it (got "${value}")`);
  }
  return { approveFingerprint: value };
}

function targetInput(): { target?: typeof OPENMETADATA_TARGET } {
  const target = core.getInput('target').trim().toLowerCase();
  if (target === '' || target === 'sources') return {};
  if (target === OPENMETADATA_TARGET) return { target };
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

function newEdge(
  inputs: ActionInputs,
  context: RunContext,
  env: Record<string, string | undefined>,
  deps: ActionDeps,
  redact: () => Redactor,
): Edge {
  let client: GitHubClient | undefined;
  return {
    inputs,
    context,
    env,
    markerKey: {
      // The config as given (cwd is the working directory already): known even when it fails to load.
      config: markerConfigPath(inputs.config, context.workspace),
      services: inputs.services,
      ...(inputs.target ? { target: inputs.target } : {}),
    },
    client: () => {
      if (!inputs.token) return undefined;
      client ??= deps.createClient
        ? deps.createClient(inputs.token, context)
        : createGitHubClient({ token: inputs.token, baseUrl: context.apiUrl, log: (message) => core.info(redact()(message)) });
      return client;
    },
  };
}

// ---------------------------------------------------------------------------------------
// validate

/**
 * Config and manifests against the schemas, with no secret and no connection: the check a
 * pull request from a fork can run. Errors become annotations (reportError); an unset
 * variable that only a connection needs is a notice on its line.
 */
async function runValidate(run: Run): Promise<void> {
  const { workspace } = run;
  for (const note of workspace.notes ?? []) core.notice(run.redact(note.message), { file: repositoryPath(note.file, run.context), startLine: note.line, startColumn: note.column });
  const line = `Valid: ${Object.keys(workspace.config.services).length} service(s), ${workspace.manifests.files.length} manifest file(s).`;
  core.info(line);
  const notes = (workspace.notes ?? []).map((note) => `- ${escapeInline(formatDiagnostic({ ...note, file: repositoryPath(note.file, run.context) }))}`);
  await writeSummary(run, run.redact(`### revmeta validate\n\n${line}\n${notes.length > 0 ? `\nNotes:\n\n${notes.join('\n')}\n` : ''}`));
}

// ---------------------------------------------------------------------------------------
// plan

/** Plans longer than this many lines are cut in the log: the job summary and the plan JSON have them whole. */
const PLAN_LOG_LINES = 200;

/**
 * The plan in the log, folded in a group: its counts line first, then at most PLAN_LOG_LINES
 * (a 4,000-line plan would bury the rest of the log), then where the whole plan is.
 */
function logPlan(run: Run, made: MadePlan, planPath: string): void {
  const lines = run.redact(made.text).trimEnd().split('\n');
  core.info(lines[0] ?? '');
  core.startGroup(`The plan (${lines.length} lines)`);
  for (const line of lines.slice(0, PLAN_LOG_LINES)) core.info(line);
  if (lines.length > PLAN_LOG_LINES) core.info(`… ${lines.length - PLAN_LOG_LINES} more line(s): the whole plan is in the job summary and in ${planPath} (the plan-path output).`);
  core.endGroup();
}

async function runPlan(run: Run): Promise<void> {
  const planPath = await planFilePath(run);
  const made = await makePlan(run, planPath);
  const { plan, fingerprint } = made;
  // Each conflict and located warning on its manifest line, in the pull request's files.
  annotate(planAnnotations(plan, (file) => repositoryPath(file, run.context)), run.redact);
  logPlan(run, made, planPath);
  setPlanOutputs(made, planPath);
  const linkLocation = { linkLocation: (location: SourceLocation) => manifestLink(run.context, headPlanned(run.context) ?? run.context.sha, location), ...heldOf(made) };
  const options = withFooter(withScope(run, plan, { ...bodyOptions(run, 'plan'), ...linkLocation }), planFooter(run, fingerprint));
  const summaryOptions = withFooter(
    withScope(run, plan, { ...bodyOptions(run, 'plan'), ...linkLocation }),
    `Change set \`${fingerprint}\`. To apply exactly this plan by hand, run the apply workflow (\`workflow_dispatch\`) with the input \`approve-fingerprint: ${fingerprint}\`.`,
  );
  await writeSummary(run, planSummaryBody(plan, { ...summaryOptions, pointer: artifactPointer(run) }).body);
  if (run.inputs.comment) {
    const number = pullRequestNumber(run.context.payload);
    if (number === undefined) core.info('Not a pull request event: the plan is in the job summary only.');
    else {
      const marker = commentMarker('plan', run.markerKey, reviewRecord(plan, headPlanned(run.context), { fingerprint, changes: made.changes }));
      const { pages } = planCommentPages(plan, marker.length, { ...options, pointer: commentPointer(run) });
      await postComment(run, 'plan', number, marker, pages[0]!);
      for (const [index, page] of pages.entries()) {
        if (index > 0) await postComment(run, 'plan', number, commentMarker('plan', { ...run.markerKey, part: index + 1 }), page);
      }
      await retirePages(run, number, pages.length + 1);
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

/** Planning's progress lines (a service's start and end), folded in the log. */
async function planFolded(run: Run, sinks: readonly PlanEntrySink[]): Promise<PlannedWorkspace> {
  return core.group('Planning', () => planWorkspace(run.workspace, { ...planOptions(run), sinks }));
}

/**
 * A plan as the Action reports it, made one way whatever its size (as the CLI's `apply` makes a
 * plan of many steps): each step goes to the plan file, the fingerprint, and previews that keep
 * counts and the first changes, so a first rollout of millions of changes is never held (`plan`
 * then holds only the first changes, `held` counts all). Manifests that fit one step are one step.
 */
interface MadePlan {
  plan: Plan;
  held?: HeldChanges;
  /** `changeSetFingerprint` of the whole plan. */
  fingerprint: string;
  /** Changes in the whole plan. */
  changes: number;
  /** The plan as text, for the log. */
  text: string;
}

/** The sinks that make a `MadePlan` of a plan as it is made. */
function previewSinks(run: Run) {
  const fingerprint = new ChangeSetFingerprint(run.inputs.target);
  const markdown = new MarkdownPreview();
  const text = new TextPreview({ showSql: true, redact: run.redact });
  return {
    sinks: [fingerprint, markdown, text],
    made: (plan: Plan): MadePlan => {
      const shown = markdown.plan(plan);
      return { ...shown, fingerprint: fingerprint.digest(), changes: plan.summary.changes, text: text.render(plan) };
    },
  };
}

/**
 * The plan made now, saved to `planPath` (the `plan-path` output). `then` (apply) runs while the
 * connections are open, with the plan file's entries to apply from.
 */
async function makePlan(run: Run, planPath: string, then?: (made: MadePlan, planned: PlannedWorkspace, file: PlanFileWriter) => Promise<void>): Promise<MadePlan> {
  const file = new PlanFileWriter(planPath);
  const previews = previewSinks(run);
  try {
    const planned = await planFolded(run, [file, ...previews.sinks]);
    let made: MadePlan;
    try {
      made = previews.made(planned.plan);
      await then?.(made, planned, file);
    } finally {
      await planned.close();
    }
    await file.finish(planned.plan);
    return made;
  } finally {
    await file.discard();
  }
}

/** The body options of a plan that holds only its first changes. */
function heldOf(made: MadePlan): { held?: HeldChanges } {
  return made.held ? { held: made.held } : {};
}

// ---------------------------------------------------------------------------------------
// apply / reconcile

async function runApply(run: Run): Promise<void> {
  const review = await findReview(run);
  const planPath = await planFilePath(run);
  // Periodic lines (statements done/total per database, elapsed), folded: a CI log is no terminal.
  const progress = new Progress({ write: (text) => core.info(run.redact(text.trimEnd())), isTTY: false });
  const onProgress = { onProgress: (event: Parameters<Progress['statements']>[0]) => progress.statements(event) };
  let refusal: Refusal | undefined;
  let result: ApplyResult | undefined;
  let applied: AppliedOverview | undefined;
  // As the CLI's `apply`: the plan made now spooled to the plan file's entry files as it is made,
  // checked against the review by its fingerprint, then applied from there a step at a time.
  const made = await makePlan(run, planPath, async (madeNow, planned, file) => {
    logPlan(run, madeNow, planPath);
    refusal = refusalOf(run, madeNow, review);
    if (refusal) return;
    // Each applied change is listed when the plan's preview holds them all; past that, counted per schema with the first ones.
    const keepApplied = madeNow.held === undefined;
    if (!keepApplied) applied = new AppliedOverview();
    const steps = applied ? applied.observe(file.steps()) : file.steps();
    // Objects in conflict are held back (refusalOf refused conflicts unless allow-conflicts).
    ({ result } = await core.group('Applying', () => applySteps(steps, planned.plan.conflicts, planned.targets, { ...onProgress, keepApplied })));
  });
  const plan = made.plan;
  setPlanOutputs(made, planPath);
  if (!result) return reportRefusal(run, made, review, refusal!);
  core.startGroup(`Apply results: ${result.summary.applied} applied, ${result.summary.failed} failed, ${result.summary.notRun} not run`);
  core.info(run.redact(renderApplyText(result)));
  core.endGroup();
  const options = applied ? withFooter(bodyOptions(run, 'apply'), applied.markdown(result)) : bodyOptions(run, 'apply');
  await writeSummary(run, applySummaryBody(result, plan, { ...options, pointer: artifactPointer(run) }).body);
  // A merge that left the sources as they were (no manifest change) says nothing on its PR.
  const worthReporting = made.changes > 0 || plan.conflicts.length > 0;
  if (run.inputs.comment && worthReporting && review.pull) {
    const marker = commentMarker('apply', applyMarkerKey(run));
    await postComment(run, 'apply', review.pull.number, marker, applyCommentBody(result, plan, marker, options).body);
  }
  if (result.summary.failed > 0) {
    core.setFailed(`Apply failed: ${result.summary.failed} change(s) failed and ${result.summary.notRun} did not run (see the log or the job summary).`);
  } else if (plan.conflicts.length > 0) {
    core.setFailed(`${plan.conflicts.length} conflict(s) were not applied; fix them in the manifests or config.`);
  } else if (result.summary.notRun > 0) {
    core.setFailed(`Apply incomplete: ${result.summary.notRun} change(s) did not run (see the log or the job summary for why).`);
  }
}

/** The pull request this apply belongs to, and the plan comment it showed (by the trusted author). */
interface Review {
  pull?: PullRequestRef;
  /** The record of the pull request's plan comment, when there is one. */
  record?: ReviewRecord;
  /** Why the pull request or its comment could not be looked up (no token, an API error). */
  problem?: string;
}

async function findReview(run: Run): Promise<Review> {
  const found = run.merged ?? (await mergedPullRequest(run));
  if (!found.pull) return found;
  const client = run.client();
  const { repository } = run.context;
  if (!client || !repository) {
    return { ...found, problem: `without a github-token and GITHUB_REPOSITORY the plan comment of pull request #${found.pull.number} cannot be read` };
  }
  const marker = commentMarker('plan', run.markerKey);
  try {
    for await (const comment of markedComments(client, repository, found.pull.number, marker)) {
      if (comment.user?.login !== run.inputs.planCommentAuthor) {
        core.info(`Ignoring a plan comment on #${found.pull.number} by ${comment.user?.login ?? 'unknown'}: only ${run.inputs.planCommentAuthor}'s count (input plan-comment-author).`);
        continue;
      }
      const record = reviewRecordOf(comment.body);
      if (record) return { ...found, record };
      // An older revmeta's comment, or `revmeta comment`'s: no fingerprint to compare with.
      return { ...found, problem: `the plan comment of pull request #${found.pull.number} carries no change-set fingerprint (posted by \`revmeta comment\` or an older revmeta)` };
    }
    return found;
  } catch (error) {
    return { ...found, problem: `the plan comment of pull request #${found.pull.number} could not be read: ${messageOf(error)}` };
  }
}

/** The PR of this run: the event's own, or the one the pushed commit was merged from. */
async function mergedPullRequest(run: Reporter): Promise<Review> {
  const own = pullRequestNumber(run.context.payload);
  if (own !== undefined) {
    const headSha = run.context.payload.pull_request?.head?.sha;
    const baseSha = run.context.payload.pull_request?.base?.sha;
    return { pull: { number: own, url: undefined, title: '', ...(headSha ? { headSha } : {}), ...(baseSha ? { baseSha } : {}) } };
  }
  const client = run.client();
  const { repository, sha } = run.context;
  if (!client || !repository || !sha) {
    return { problem: 'without a github-token, GITHUB_REPOSITORY and GITHUB_SHA the pull request of this commit cannot be looked up' };
  }
  try {
    const pull = await findMergedPullRequest(client, repository, sha);
    if (!pull) core.info(`Commit ${sha.slice(0, 7)} belongs to no merged pull request.`);
    return pull ? { pull } : {};
  } catch (error) {
    core.warning(run.redact(`Could not look up the pull request of ${sha.slice(0, 7)}: ${messageOf(error)}`));
    return { problem: `the pull request of commit ${sha.slice(0, 7)} could not be looked up: ${messageOf(error)}` };
  }
}

/** Why nothing may be applied: the first reason is the step's error; details say what differs. */
interface Refusal {
  reasons: string[];
  details: string[];
  /** More ways to proceed, by reason. */
  hints: string[];
}

/**
 * The rules: conflicts block (unless allow-conflicts); a plan with changes is applied only
 * when its change set is the reviewed one: the approve-fingerprint input's, else the merged
 * pull request's plan comment's. A push no pull request reviewed applies only with
 * apply-without-review. Nothing to apply needs no review.
 */
function refusalOf(run: Run, made: MadePlan, review: Review): Refusal | undefined {
  const { plan, fingerprint } = made;
  const reasons: string[] = [];
  const details: string[] = [];
  const hints: string[] = [];
  const { inputs } = run;
  // Whether conflicts block depends on the conflicts alone, not on the changes (which a stepped plan does not hold).
  const decision = decideApply({ changes: [], conflicts: plan.conflicts }, applyRules(run));
  if (!decision.run) reasons.push(decision.reason);
  if (made.changes > 0) {
    const pull = review.pull;
    const sha = run.context.sha?.slice(0, 7) ?? 'this commit';
    if (inputs.approveFingerprint) {
      if (inputs.approveFingerprint !== fingerprint) {
        reasons.push(`approve-fingerprint ${inputs.approveFingerprint} is not the fingerprint of the plan made now (${fingerprint}): the plan changed since it was shown.`);
      }
    } else if (!pull) {
      if (inputs.applyWithoutReview && !review.problem) core.warning(`Commit ${sha} belongs to no merged pull request; applying without review (apply-without-review: true).`);
      else if (inputs.applyWithoutReview) core.warning(`Applying without review (apply-without-review: true): ${review.problem}.`);
      else {
        reasons.push(review.problem ? `${review.problem}, so no reviewed plan covers it.` : `commit ${sha} belongs to no merged pull request, so no reviewed plan covers it.`);
        hints.push('A push that no pull request reviewed applies only with the input `apply-without-review: true`.');
      }
    } else if (review.problem) {
      reasons.push(`${review.problem}.`);
    } else if (!review.record) {
      reasons.push(`pull request #${pull.number} has no revmeta plan comment for ${commentLabel(run)} to compare with (did the plan workflow run on it, with comment: true?).`);
    } else if (review.record.status === 'failed') {
      reasons.push(`the last plan run on pull request #${pull.number} failed${review.record.head ? ` (of commit ${review.record.head.slice(0, 7)})` : ''}: no plan that could be applied was shown.`);
    } else if (review.record.scope !== (plan.scope ? scopeDigest(plan.scope) : undefined)) {
      const what = (scoped: boolean) => (scoped ? 'the objects its pull request changed' : 'every object');
      reasons.push(`the plan reviewed on pull request #${pull.number} covered ${what(review.record.scope !== undefined)}, the plan made now covers ${what(plan.scope !== undefined)}${review.record.scope && plan.scope ? ' (other objects)' : ''}: they cannot be compared.`);
      if (plan.scope) details.push(scopeLine(plan.scope));
      if (run.workspace.fullPlanBecause) details.push(`every object was planned now: ${run.workspace.fullPlanBecause}`);
    } else if (review.record.fingerprint !== fingerprint) {
      reasons.push(`the changes planned now differ from the ones reviewed on pull request #${pull.number} (${review.record.fingerprint ?? 'no fingerprint'}, now ${fingerprint}).`);
      if (review.record.head && pull.headSha && review.record.head !== pull.headSha) {
        details.push(`the plan comment shows a plan of ${review.record.head.slice(0, 7)}, but the pull request was merged at ${pull.headSha.slice(0, 7)}: its last commit was not planned, or its plan did not finish`);
      }
      details.push(...reviewDifferences(review.record, plan, made.changes));
    }
  }
  return reasons.length > 0 ? { reasons, details, hints } : undefined;
}

function applyRules(run: Run): ApplyRuleOptions {
  return { allowConflicts: run.inputs.allowConflicts, howToAllow: 'set the input `allow-conflicts: true`' };
}

/** Nothing was applied: the step fails, and the pull request and the job summary say why and what to do. */
async function reportRefusal(run: Run, made: MadePlan, review: Review, refusal: Refusal): Promise<void> {
  const { plan, fingerprint } = made;
  const options = bodyOptions(run, 'apply');
  const explanation = refusalMarkdown(run, refusal, fingerprint);
  const planNow = planSummaryBody(plan, { ...bodyOptions(run, 'plan'), title: `The plan made now (change set \`${fingerprint}\`)`, pointer: artifactPointer(run), ...heldOf(made) }).body;
  await writeSummary(run, `${run.redact(explanation)}\n\n${planNow}`);
  if (run.inputs.comment && review.pull) {
    const marker = commentMarker('apply', applyMarkerKey(run));
    const body = run.redact(`${explanation}\n\n${options.footer ?? ''}\n`);
    await postComment(run, 'apply', review.pull.number, marker, fitComment(body, marker));
  }
  core.setFailed(run.redact(`Nothing applied: ${refusal.reasons.join(' ')}`));
}

const MAX_DETAIL_LINES = 50;

function refusalMarkdown(run: Run, refusal: Refusal, fingerprint: string): string {
  const lines = [`### revmeta apply · ${commentLabel(run)}`, '', '> [!CAUTION]', '> **Nothing applied.** Nothing was written.', ''];
  for (const reason of refusal.reasons) lines.push(`- Nothing applied: ${escapeInline(reason)}`);
  if (refusal.details.length > 0) {
    lines.push('', 'What differs from the reviewed plan:', '');
    for (const detail of refusal.details.slice(0, MAX_DETAIL_LINES)) lines.push(`- ${escapeInline(detail)}`);
    if (refusal.details.length > MAX_DETAIL_LINES) lines.push(`- … and ${refusal.details.length - MAX_DETAIL_LINES} more`);
  }
  lines.push(
    '',
    '**How to proceed.** The plan made now is in the job summary of this run. To apply it, either open a pull request that touches ' +
      'the manifests (its plan comment shows the changes for review) and merge it, or run the apply workflow by hand ' +
      `(\`workflow_dispatch\`) with the input \`approve-fingerprint: ${fingerprint}\`, the fingerprint of the plan made now.`,
  );
  for (const hint of refusal.hints) lines.push('', hint);
  return lines.join('\n');
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

function setPlanOutputs(made: MadePlan, planPath: string): void {
  core.setOutput('fingerprint', made.fingerprint);
  core.setOutput('has-changes', String(made.changes > 0));
  core.setOutput('changes', String(made.changes));
  core.setOutput('conflicts', String(made.plan.conflicts.length));
  core.setOutput('plan-path', planPath);
}

/**
 * Where the plan JSON goes, for `actions/upload-artifact` (the `plan-path` output). One file per
 * config and service set, so two revmeta steps in a job do not overwrite each other.
 */
async function planFilePath(run: Run): Promise<string> {
  const key = createHash('sha256').update(commentMarker('plan', run.markerKey)).digest('hex').slice(0, 12);
  const dir = path.join(run.env.RUNNER_TEMP || os.tmpdir(), 'revmeta');
  await mkdir(dir, { recursive: true });
  return path.join(dir, `plan-${key}.json`);
}

/** Each apply run comments anew (the run id in its marker), so the pull request keeps every result; a re-run attempt updates its run's. */
function applyMarkerKey(run: Reporter): MarkerKey {
  return { ...run.markerKey, ...(run.context.runId ? { run: run.context.runId } : {}) };
}

/** Which comment: the config, the services and the target of the step. */
function commentLabel(edge: Edge): string {
  return [
    edge.markerKey.config,
    ...(edge.inputs.services.length > 0 ? [edge.inputs.services.join(', ')] : []),
    ...(edge.inputs.target ? [`→ ${edge.inputs.target}`] : []),
  ].join(' · ');
}

/** The pull request's head commit a plan run plans (its event's), recorded in the plan comment. */
function headPlanned(context: RunContext): string | undefined {
  return context.payload.pull_request?.head?.sha;
}

function bodyOptions(run: Reporter, kind: MarkerKind): BodyOptions {
  const label = commentLabel(run);
  const url = runUrl(run.context);
  const head = headPlanned(run.context) ?? run.context.sha;
  const where = url ? `[workflow run](${url})` : 'the workflow run';
  const footer = `<sub>revmeta ${kind}${head ? ` of ${head.slice(0, 7)}` : ''} · ${label} · ${where}</sub>`;
  return {
    redact: run.redact,
    title: `revmeta ${kind} · ${label}`,
    pointer: `Every change is in the job summary of the ${where} and in the plan JSON (the step's \`plan-path\` output).`,
    footer,
  };
}

/** A scoped plan says so (and a `changed-only` plan that had to cover everything, why). */
function withScope(run: Run, plan: Plan, options: BodyOptions): BodyOptions {
  if (plan.scope) return withFooter(options, escapeInline(scopeLine(plan.scope)));
  if (run.workspace.fullPlanBecause) return withFooter(options, escapeInline(`Every object was planned: ${run.workspace.fullPlanBecause}.`));
  return options;
}

function withFooter(options: BodyOptions, line: string): BodyOptions {
  return { ...options, footer: options.footer ? `${line}\n\n${options.footer}` : line };
}

/** A body built here (not by the plan renderer) cut to what GitHub accepts, marker included. */
function fitComment(body: string, marker: string): string {
  const room = COMMENT_LIMIT - marker.length - 200;
  return body.length <= room ? body : `${body.slice(0, room)}\n\n… (cut to fit a comment: the job summary has everything)\n`;
}

/**
 * A failed plan run replaces the plan comment, status=failed in its marker: the comment then
 * shows no older plan as this commit's, and the apply on merge refuses to apply.
 */
async function reportPlanFailure(edge: Edge, redact: Redactor, error: unknown): Promise<void> {
  const number = pullRequestNumber(edge.context.payload);
  if (!edge.inputs.comment || number === undefined) return;
  const head = headPlanned(edge.context);
  const marker = commentMarker('plan', edge.markerKey, { ...(head ? { head } : {}), status: 'failed' });
  const reporter: Reporter = { ...edge, redact };
  const options = bodyOptions(reporter, 'plan');
  const message = redact(messageOf(error));
  // A fence longer than any run of backticks in the message, so the message cannot close it.
  const fence = '`'.repeat(Math.max(3, ...[...message.matchAll(/`+/g)].map((run) => run[0].length + 1)));
  const body = [
    `### ${options.title ?? 'revmeta plan'}`,
    '',
    '> [!CAUTION]',
    '> **The plan failed.** Nothing is applied from this pull request on merge until a plan of it succeeds.',
    '',
    `${fence}text`,
    message,
    fence,
    '',
    redact(options.footer ?? ''),
    '',
  ].join('\n');
  await postComment(reporter, 'plan', number, marker, fitComment(body, marker));
  await retirePages(reporter, number, 2);
}

/** Where a reviewer finds the whole plan: the artifact the workflow uploads (input `artifact-name`), on the run's page. */
function artifactPointer(run: Reporter): string {
  const url = runUrl(run.context);
  const where = url ? `the [workflow run](${url})` : 'the workflow run';
  return `Every change, with its SQL, is in the plan JSON: the artifact \`${escapeInline(run.inputs.artifactName)}\` of ${where} (the step's \`plan-path\` output).`;
}

/** For comments: the job summary first (readable in the browser), then the artifact. */
function commentPointer(run: Reporter): string {
  const url = runUrl(run.context);
  const where = url ? `[workflow run](${url})` : 'workflow run';
  return `The full plan is in the job summary of the ${where}; ${artifactPointer(run).replace(/^Every change/, 'every change')}`;
}

function planFooter(run: Reporter, fingerprint: string): string {
  return mergeFooter({ config: run.markerKey.config, services: run.inputs.services, ...(run.inputs.target ? { target: run.inputs.target } : {}), fingerprint });
}

/**
 * Continuation comments of an earlier, longer plan (parts `from` and up) are emptied, so
 * no part of an older plan reads as this one. A failed lookup only warns.
 */
async function retirePages(run: Reporter, number: number, from: number): Promise<void> {
  const client = run.client();
  const repository = run.context.repository;
  if (!client || !repository) return;
  for (let part = from; part <= MAX_COMMENT_PAGES; part++) {
    const marker = commentMarker('plan', { ...run.markerKey, part });
    try {
      if (!(await findMarkedComment(client, repository, number, marker))) return;
    } catch (error) {
      core.warning(run.redact(`Could not read the comments of #${number}: ${messageOf(error)}`));
      return;
    }
    await postComment(run, 'plan', number, marker, `### ${escapeHtml(`revmeta plan · ${commentLabel(run)}`)} (part ${part})\n\nNot used: the latest plan, in the first plan comment, takes fewer comments.\n`);
  }
}

/** The job summary, when the runner gives one (GITHUB_STEP_SUMMARY). */
async function writeSummary(run: Reporter, body: string): Promise<void> {
  if (!run.env.GITHUB_STEP_SUMMARY) return;
  await core.summary.addRaw(body, true).write();
}

/**
 * A comment is a report, not the job: when it cannot be posted (a fork's read-only token,
 * no token) the step warns and goes on; the summary has everything.
 */
async function postComment(run: Reporter, kind: MarkerKind, number: number, marker: string, body: string): Promise<void> {
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
        file: repositoryPath(diagnostic.file, context),
        startLine: diagnostic.line,
        startColumn: diagnostic.column,
      });
    }
    core.setFailed(redact(`Invalid configuration or manifests:\n${error.message}`));
    return;
  }
  core.setFailed(redact(error instanceof RevmetaError ? error.message : `revmeta failed: ${messageOf(error)}`));
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
