/**
 * `revmeta` command line: thin commands over the core (src/core), the same functions the
 * GitHub Action calls. Typed errors become a message and an exit code here, and every line
 * written passes the secret mask.
 */
import { createReadStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline/promises';
// import, export and comment load their modules (the GitHub client, simple-git, the emitters) when
// they run: every plan would otherwise pay for importing them at start-up.
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { applyChanges } from '../apply/apply.js';
import { renderApplyText, TEXT_CHANGE_LINES } from '../apply/render.js';
import { renderApplyJson } from '../apply/render-json.js';
import { parseDuration } from '../connectors/connection.js';
import { connectors } from '../connectors/index.js';
import { formatDiagnostic, RevmetaError, ValidationError } from '../core/errors.js';
import { redactor, type Redactor } from '../model/redact.js';
import { loadConfig, NO_SECRETS, type SecretScope } from '../manifest/config.js';
import { applyExitCode, decideApply, withHeldBack } from '../core/apply-rules.js';
import { changesOutsideConflicts } from '../core/conflicts.js';
import { openSavedPlan } from '../core/stale.js';
import { applySteps } from '../core/apply-steps.js';
import { openSpool, stepObjectsOf } from '../core/stepped.js';
import { PlanFileWriter, writePlanFile } from '../core/plan-file.js';
import {
  loadWorkspace,
  planWorkspace,
  secretScopeOf,
  selectMatchingNothing,
  selectServices,
  type PlanEntrySink,
  type PlannedWorkspace,
  type ManifestSelection,
  type Workspace,
} from '../core/workspace.js';
import { renderMarkdown } from '../plan/render/markdown.js';
import { renderText, TextPreview } from '../plan/render/text.js';
import { scopeLine } from '../plan/render/common.js';
import type { ApplyResult, Change, Plan } from '../plan/types.js';
import { OPENMETADATA_TARGET, TARGETS, type Target } from '../model/types.js';
import { Progress } from '../core/progress.js';

export interface Output {
  write(text: string): void;
  isTTY?: boolean;
}

export interface CliIO {
  stdout: Output;
  stderr: Output;
  /** Where progress lines go (default: stderr); its isTTY decides live lines or periodic ones. */
  progress?: Output;
  env: Record<string, string | undefined>;
  /** Whether a person can answer a question (stdin is a terminal). */
  interactive: boolean;
  ask(question: string): Promise<string>;
}

export function processIO(): CliIO {
  return {
    stdout: readerMayLeave(process.stdout),
    stderr: readerMayLeave(process.stderr),
    env: process.env,
    interactive: Boolean(process.stdin.isTTY),
    ask: async (question) => {
      const rl = createInterface({ input: process.stdin, output: process.stderr });
      try {
        return await rl.question(question);
      } finally {
        rl.close();
      }
    },
  };
}

/**
 * A process stream whose reader may go away (`revmeta plan | head -1`): from then on its output
 * is dropped and the command runs to its end and exit code, as it would have. An apply is not cut
 * short by a pager quitting, and Node's unhandled EPIPE (a stack trace) is never printed.
 */
function readerMayLeave(stream: NodeJS.WriteStream): Output {
  let gone = false;
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    gone = true;
  });
  return { write: (text) => void (gone || stream.write(text)), isTTY: stream.isTTY };
}

/** Exit codes, one scheme for every command (`revmeta --help` and the README show this table). */
export const EXIT = { ok: 0, error: 1, changes: 2, conflicts: 3, usage: 4 } as const;

const EXIT_CODES_HELP = `
Exit codes:
  0  success (plan: no changes, or changes without --detailed-exitcode)
  1  error: invalid config or manifests, a connection or statement that failed, a change not run,
     a stale saved plan, an apply not confirmed
  2  plan --detailed-exitcode: there are changes (and no conflicts)
  3  conflicts in the plan (plan, apply, reconcile): nothing in conflict was applied
  4  usage: an unknown option or command, or a --select glob that matches no object
`;

const GLOBS_HELP = `
Globs (--select, and include/exclude in the config) match an object's FQN below its service,
database.schema.table.column, or its OpenMetadata FQN with the service in front. "*" matches any
characters, dots included; "db.schema.*" names the schema itself and everything in it.
`;

/** Writes through the secret mask; the mask is known once the config is loaded. */
class CliOutput {
  redact: Redactor = (text) => text;
  /** `--no-color`. */
  noColour = false;
  readonly progress: Progress;
  constructor(readonly io: CliIO) {
    const sink = io.progress ?? io.stderr;
    this.progress = new Progress({ write: (text) => sink.write(this.redact(text)), ...(sink.isTTY !== undefined ? { isTTY: sink.isTTY } : {}) });
  }
  out(text: string) {
    this.io.stdout.write(this.redact(text));
  }
  err(text: string) {
    this.io.stderr.write(this.redact(text));
  }
  /** Colour only on a terminal, and never with --no-color or NO_COLOR set (https://no-color.org). */
  get colour(): boolean {
    return Boolean(this.io.stdout.isTTY) && !this.noColour && !this.io.env.NO_COLOR;
  }
}

interface CommonOptions {
  config: string;
}
type ApplyFormat = 'text' | 'json';
interface PlanCliOptions extends CommonOptions {
  service?: string[];
  select?: string[];
  changedSince?: string;
  target?: Target;
  format: 'text' | 'markdown' | 'json';
  out?: string;
  detailedExitcode?: boolean;
}
interface ExportCliOptions extends CommonOptions {
  service?: string[];
  glossary?: boolean;
  force?: boolean;
}
interface ImportCliOptions extends CommonOptions {
  service?: string[];
  database?: string[];
  force?: boolean;
}
interface CommentCliOptions extends CommonOptions {
  plan: string;
  service?: string[];
  pr?: number;
}
interface ApplyCliOptions extends CommonOptions {
  service?: string[];
  select?: string[];
  changedSince?: string;
  target?: Target;
  autoApprove?: boolean;
  continueOnError?: boolean;
  allowConflicts?: boolean;
  /** `--lock-timeout`, in milliseconds. */
  lockTimeout?: number;
  format: ApplyFormat;
}

export async function main(argv: readonly string[], io: CliIO = processIO()): Promise<number> {
  const cli = new CliOutput(io);
  let exitCode: number = EXIT.ok;
  const program = buildProgram(cli, (code) => {
    exitCode = code;
  });
  try {
    await program.parseAsync([...argv]);
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end here with code 0; usage errors were already printed.
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    if (error instanceof RevmetaError) {
      cli.err(`${error instanceof ValidationError ? 'Invalid configuration or manifests:\n' : 'Error: '}${error.message}\n`);
      return error.exitCode;
    }
    cli.err(`Error: ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT.error;
  }
  return exitCode;
}

function buildProgram(cli: CliOutput, setExit: (code: number) => void): Command {
  const program = new Command('revmeta')
    .description('Keep descriptions, owners and tags from OpenMetadata manifests in step with source databases.')
    .version(VERSION, '-v, --version', 'print the version')
    .option('--no-color', 'no colour in the output (also when NO_COLOR is set; colour is only ever used on a terminal)')
    .exitOverride()
    .configureOutput({ writeOut: (text) => cli.out(text), writeErr: (text) => cli.err(text) })
    .showHelpAfterError()
    .addHelpText('after', `${EXIT_CODES_HELP}${GLOBS_HELP}`)
    .hook('preAction', (command) => {
      cli.noColour = command.opts<{ color?: boolean }>().color === false;
    });
  const example = (...lines: string[]) => `\nExample:\n${lines.map((line) => `  $ ${line}`).join('\n')}\n\nExit codes: see revmeta --help.\n`;

  const collect = (value: string, previous: string[] = []) => [...previous, value];
  const configOption = () => new Option('-c, --config <file>', 'config file').default('revmeta.yaml');
  const serviceOption = () => new Option('--service <name>', 'only this service (repeatable)').argParser(collect);
  const selectOption = () =>
    new Option('--select <glob>', 'only objects whose FQN matches (repeatable; see Globs in revmeta --help; a glob matching nothing exits 4)').argParser(collect);
  const changedSinceOption = () =>
    new Option(
      '--changed-since <ref>',
      'plan only the objects whose manifest entries differ from git <ref> (committed, uncommitted, untracked; removed ones too): reads only those objects; the whole plan when the config changed',
    );
  const applyFormatOption = () =>
    new Option('--format <format>', 'output: text, or json (one document with a result per change, on stdout)').choices(['text', 'json']).default('text');
  const continueOption = () => new Option('--continue-on-error', 'go on with the next database after a failure');
  const allowConflictsOption = () =>
    new Option(
      '--allow-conflicts',
      'when the plan has conflicts, apply the changes outside them (objects in conflict are never written; exit 1 while conflicts stand)',
    );
  const lockTimeoutOption = () =>
    new Option('--lock-timeout <duration>', "how long to wait for a lock (another apply's included), e.g. 30s; default: each service's timeouts.lock (10s)").argParser(
      parseLockTimeout,
    );
  const targetOption = () =>
    new Option('--target <target>', 'where to write: the services\' sources (default), or OpenMetadata itself (config `openmetadata:`)').choices(TARGETS);

  program
    .command('validate')
    .description('check the config and manifests against the schemas; needs no secrets (an unset ${VAR} in a connection is a note)')
    .addOption(configOption())
    .addHelpText('after', example('revmeta validate -c revmeta.yaml'))
    .action(async (options: CommonOptions) => {
      const workspace = await load(cli, options.config, NO_SECRETS);
      for (const note of workspace.notes ?? []) cli.err(`Note: ${formatDiagnostic(note)}\n`);
      cli.out(
        `Valid: ${Object.keys(workspace.config.services).length} service(s), ${workspace.manifests.files.length} manifest file(s), ${workspace.manifests.objects} object(s).\n`,
      );
      setExit(EXIT.ok);
    });

  program
    .command('plan')
    .description('compare the manifests with the live sources; writes nothing')
    .addOption(configOption())
    .addOption(serviceOption())
    .addOption(selectOption())
    .addOption(changedSinceOption())
    .addOption(targetOption())
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'markdown', 'json']).default('text'))
    .option('--out <file>', 'save the plan (JSON) for `revmeta apply <file>`')
    .option('--detailed-exitcode', 'exit 2 when there are changes (0 none, 3 conflicts, 1 error)')
    .addHelpText('after', example('revmeta plan --service warehouse --select "analytics.public.*" --out plan.json --detailed-exitcode'))
    .action(async (options: PlanCliOptions) => {
      const workspace = await load(cli, options.config, secretScopeOf({ services: options.service, target: options.target }), selectionOf(options));
      await refuseSelectMatchingNothing(cli, workspace, options);
      // Text, JSON and the plan file take the plan a step at a time (a big plan is never held
      // whole); markdown groups changes per table, so it is made from the whole plan.
      const streamed = options.format !== 'markdown';
      const preview = options.format === 'text' ? new TextPreview({ colour: cli.colour, showSql: true, redact: cli.redact }) : undefined;
      const file = streamed && options.out ? new PlanFileWriter(options.out) : undefined;
      const jsonDir = options.format === 'json' ? await mkdtemp(path.join(os.tmpdir(), 'revmeta-plan-')) : undefined;
      const json = jsonDir !== undefined ? new PlanFileWriter(path.join(jsonDir, 'plan.json')) : undefined;
      const sinks = [preview, file, json].filter((sink) => sink !== undefined);
      try {
        const planned = await plan(cli, workspace, options, streamed ? sinks : undefined);
        try {
          const { plan: result } = planned;
          if (json) {
            await json.finish(result);
            for await (const chunk of createReadStream(json.file, { encoding: 'utf8', highWaterMark: 1 << 16 })) cli.out(chunk as string);
          } else cli.out(preview ? preview.render(result) : renderPlan(result, 'markdown', cli.colour, cli.redact));
          if (options.out) {
            if (file) await file.finish(result);
            else await writePlanFile(options.out, result);
            if (options.format !== 'json') cli.out(`\nSaved the plan to ${options.out}. Apply exactly it with: revmeta apply ${options.out}\n`);
          }
          if (result.conflicts.length > 0) setExit(EXIT.conflicts);
          else setExit(options.detailedExitcode && result.summary.changes > 0 ? EXIT.changes : EXIT.ok);
        } finally {
          await planned.close();
        }
      } finally {
        await Promise.all([file?.discard(), json?.discard()]);
        if (jsonDir !== undefined) await rm(jsonDir, { recursive: true, force: true });
      }
    });

  program
    .command('apply')
    .description('apply a saved plan exactly (refused unless it is what revmeta plans now), or plan and apply')
    .argument('[plan]', 'a plan saved with `revmeta plan --out`')
    .addOption(configOption())
    .addOption(serviceOption())
    .addOption(selectOption())
    .addOption(changedSinceOption())
    .addOption(targetOption())
    .option('--auto-approve', 'apply without asking')
    .addOption(continueOption())
    .addOption(allowConflictsOption())
    .addOption(lockTimeoutOption())
    .addOption(applyFormatOption())
    .addHelpText('after', example('revmeta plan --out plan.json && revmeta apply plan.json', 'revmeta apply --auto-approve --format json > results.json'))
    .action(async (planFile: string | undefined, options: ApplyCliOptions) => {
      if (planFile && (options.service || options.select || options.changedSince !== undefined)) {
        throw new RevmetaError('--service, --select and --changed-since narrow a new plan; a saved plan is applied with the scope it was made with.');
      }
      setExit(planFile ? await applySaved(cli, planFile, options) : await planAndApply(cli, options, Boolean(options.autoApprove)));
    });

  program
    .command('reconcile')
    .description('plan and apply in one step, without asking (for CI on merge)')
    .addOption(configOption())
    .addOption(serviceOption())
    .addOption(selectOption())
    .addOption(changedSinceOption())
    .addOption(targetOption())
    .addOption(continueOption())
    .addOption(allowConflictsOption())
    .addOption(lockTimeoutOption())
    .addOption(applyFormatOption())
    .addHelpText('after', example('revmeta reconcile --service warehouse'))
    .action(async (options: ApplyCliOptions) => {
      setExit(await planAndApply(cli, options, true));
    });

  program
    .command('import')
    .description('write what the live sources hold into manifests, to adopt a system (only what plan would manage)')
    .addOption(configOption())
    .addOption(serviceOption())
    .option('--database <name>', 'only this database (repeatable)', collect)
    .option('--force', 'run even when the manifests folder has uncommitted git changes')
    .addHelpText('after', example('revmeta import --service warehouse --database analytics'))
    .action(async (options: ImportCliOptions) => {
      // The config only: on a first import the manifests folder does not exist yet.
      const config = await loadConfig(options.config, cli.io.env, connectors, secretScopeOf({ services: options.service }));
      if (!config.ok) throw new ValidationError(config.diagnostics);
      cli.redact = redactor(config.value.secrets);
      const [{ runImport }, { filesChanged, refuseUncommitted }] = await Promise.all([import('../core/import.js'), import('../core/manifests-folder.js')]);
      await refuseUncommitted('import', config.value.manifests, Boolean(options.force));
      const run = await runImport(
        { config: config.value, connectors },
        {
          ...(options.service ? { services: options.service } : {}),
          ...(options.database ? { databases: options.database } : {}),
          onProgress: (message) => cli.progress.milestone(message),
        },
      );
      cli.out(`${run.line}\n${filesChanged(run.result)}`);
      if (run.summary.kept.length > 0) cli.out(`Kept from the manifests (they state these; plan shows them):\n${run.summary.kept.map((line) => `  ${line}\n`).join('')}`);
      if (run.summary.unmappedOwners.length > 0)
        cli.out(
          `Owners written under their source names (no owners.map entry names them; OpenMetadata must know these users or teams, or map them in owners.map and import again):\n` +
            run.summary.unmappedOwners.map((line) => `  ${line}\n`).join(''),
        );
      for (const warning of run.summary.warnings) cli.err(`Warning: ${warning}\n`);
      setExit(EXIT.ok);
    });

  program
    .command('export')
    .description('write what OpenMetadata holds into manifests (config `openmetadata: { url, token }`)')
    .addOption(configOption())
    .addOption(serviceOption())
    .option('--glossary', 'also export glossary terms as tags')
    .option('--force', 'run even when the manifests folder has uncommitted git changes')
    .addHelpText('after', example('OPENMETADATA_TOKEN=… revmeta export --service warehouse'))
    .action(async (options: ExportCliOptions) => {
      // The config only: on a first export the manifests folder does not exist yet.
      const config = await loadConfig(options.config, cli.io.env, connectors, { services: [], openmetadata: true });
      if (!config.ok) throw new ValidationError(config.diagnostics);
      cli.redact = redactor(config.value.secrets);
      const [{ runExport }, { filesChanged, refuseUncommitted }] = await Promise.all([import('../core/export.js'), import('../core/manifests-folder.js')]);
      await refuseUncommitted('export', config.value.manifests, Boolean(options.force));
      const run = await runExport(config.value, {
        ...(options.service ? { services: options.service } : {}),
        ...(options.glossary ? { glossary: true } : {}),
        // A service's start is a milestone; the listings inside it are periodic lines.
        onProgress: (message) => (message.startsWith('Reading ') ? cli.progress.milestone(message) : cli.progress.update(message)),
      });
      cli.out(`${run.line}\n${filesChanged(run.result)}`);
      for (const warning of run.counts.warnings) cli.err(`Warning: ${warning}\n`);
      setExit(EXIT.ok);
    });

  program
    .command('comment')
    .description('post or update the sticky pull-request comment of a saved plan (CI without the Action)')
    .requiredOption('--plan <file>', 'a plan saved with `revmeta plan --out`')
    .addOption(configOption())
    .addOption(serviceOption())
    .option('--pr <number>', 'the pull request (default: the one of the event in GITHUB_EVENT_PATH)', parsePullRequest)
    .addHelpText('after', example('GITHUB_TOKEN=… revmeta comment --plan plan.json --pr 42'))
    .action(async (options: CommentCliOptions) => {
      const workspace = await load(cli, options.config, secretScopeOf({ services: options.service }));
      const { postPlanComment } = await import('../github/comment-cli.js');
      const result = await postPlanComment({
        planFile: options.plan,
        config: options.config,
        ...(options.pr !== undefined ? { pr: options.pr } : {}),
        ...(options.service ? { services: options.service } : {}),
        env: cli.io.env,
        redact: workspace.redact,
      });
      cli.out(`Plan comment ${result.action} on pull request #${result.pr}${result.url ? `: ${result.url}` : ''} (${result.detail} detail).\n`);
      setExit(EXIT.ok);
    });

  return program;
}

function parseLockTimeout(value: string): number {
  const millis = parseDuration(value);
  if (millis === undefined) throw new InvalidArgumentError('a duration of at least 1ms, e.g. 500ms, 30s, 2m');
  return millis;
}

function parsePullRequest(value: string): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number <= 0) throw new InvalidArgumentError('a pull request number, e.g. 42');
  return number;
}

const VERSION = '0.1.0';

async function load(cli: CliOutput, configFile: string, scope: SecretScope, selection: ManifestSelection = {}): Promise<Workspace> {
  const stepObjects = stepObjectsOf(cli.io.env);
  const workspace = await loadWorkspace(configFile, cli.io.env, connectors, scope, { ...selection, ...(stepObjects !== undefined ? { stepObjects } : {}) });
  cli.redact = workspace.redact;
  if (workspace.fullPlanBecause) cli.err(`Note: --changed-since: planning every object, since ${workspace.fullPlanBecause}.\n`);
  return workspace;
}

function selectionOf(options: { changedSince?: string }): ManifestSelection {
  return options.changedSince !== undefined ? { changedSince: options.changedSince } : {};
}

function plan(
  cli: CliOutput,
  workspace: Workspace,
  options: { service?: string[]; select?: string[]; target?: string | undefined; lockTimeout?: number | undefined },
  sinks?: readonly PlanEntrySink[],
): Promise<PlannedWorkspace> {
  return planWorkspace(workspace, {
    ...(sinks ? { sinks } : {}),
    ...(options.lockTimeout !== undefined ? { lockTimeoutMillis: options.lockTimeout } : {}),
    ...(options.service ? { services: options.service } : {}),
    ...(options.select ? { select: options.select } : {}),
    ...(options.target === OPENMETADATA_TARGET ? { target: OPENMETADATA_TARGET } : {}),
    onProgress: (message) => cli.progress.milestone(message),
  });
}

/**
 * A `--select` glob that matches nothing is a typo far more often than a wish to plan nothing.
 * (Not for a saved plan: its scope is checked against a plan made now, as a whole.)
 */
async function refuseSelectMatchingNothing(cli: CliOutput, workspace: Workspace, options: { service?: string[]; select?: string[] }): Promise<void> {
  if (!options.select || options.select.length === 0) return;
  const services = selectServices(workspace.config, options.service);
  const unmatched = await selectMatchingNothing(workspace, services, options.select);
  if (unmatched.length === 0) return;
  for (const glob of unmatched) cli.err(`Warning: --select "${glob}" matches no object in the manifests of ${services.map((s) => `"${s}"`).join(', ') || 'any service'}\n`);
  throw new RevmetaError(
    `nothing was planned: fix the --select glob(s) above (FQNs are database.schema.table.column, optionally with the service in front; see revmeta --help)`,
    EXIT.usage,
  );
}

function renderPlan(result: Plan, format: Exclude<PlanCliOptions['format'], 'json'>, colour: boolean, redact: (text: string) => string): string {
  if (format === 'markdown') return `${result.scope ? `_${scopeLine(result.scope)}_\n\n` : ''}${renderMarkdown(result, { redact })}`;
  return renderText(result, { colour, showSql: true, redact });
}

async function planAndApply(cli: CliOutput, options: ApplyCliOptions, autoApprove: boolean): Promise<number> {
  const workspace = await load(cli, options.config, secretScopeOf({ services: options.service, target: options.target }), selectionOf(options));
  await refuseSelectMatchingNothing(cli, workspace, options);
  // Manifests bigger than one plan step: the plan is spooled as it is made and applied from there
  // a step at a time, as `apply plan.json` does, so neither it nor the apply is held whole.
  if (workspace.manifests.whole === undefined) return planAndApplyStepped(cli, workspace, options, autoApprove);
  const planned = await plan(cli, workspace, options);
  try {
    showPlan(cli, planned.plan, options);
    const decision = decideApply(planned.plan, applyRuleOptions(options));
    if (!decision.run) throw new RevmetaError(decision.reason, EXIT.conflicts);
    // Held-back changes are still reported (as not run), even when nothing else is left to run.
    if (decision.changes.length === 0 && decision.heldBack.length === 0) return nothingToApply(cli, planned.plan, options);
    if (decision.changes.length > 0 && !autoApprove && !(await confirm(cli, decision.changes.length))) {
      cli.err('Apply cancelled: nothing was changed.\n');
      return EXIT.error;
    }
    return await runApply(cli, planned, decision, options);
  } finally {
    await planned.close();
  }
}

/** `apply` of a plan made now in several steps: spooled, shown, confirmed, then applied a step at a time. */
async function planAndApplyStepped(cli: CliOutput, workspace: Workspace, options: ApplyCliOptions, autoApprove: boolean): Promise<number> {
  const spooled = await spoolApply(cli, options);
  try {
    const planned = await plan(cli, workspace, options, [spooled.spool, spooled.preview]);
    try {
      return await spooled.apply(planned, autoApprove);
    } finally {
      await planned.close();
    }
  } finally {
    await spooled.discard();
  }
}

/**
 * The plan made now kept in a temporary file as it is made (`spool`, a sink of `planWorkspace`)
 * with its text preview; `apply` shows the plan, applies the rules (conflicts, nothing to do,
 * the question unless `autoApprove`), then runs it from the file a plan step at a time and
 * reports. What `apply plan.json` and a big `apply` share.
 */
async function spoolApply(cli: CliOutput, options: ApplyCliOptions) {
  const { spool, discard } = await openSpool();
  // The plan before the apply as `showPlan` shows it: on stderr with --format json (stdout holds the JSON).
  const preview = new TextPreview({ showSql: true, redact: cli.redact, maxChangeLines: TEXT_CHANGE_LINES, colour: options.format === 'json' ? false : cli.colour });
  const apply = async (planned: PlannedWorkspace, autoApprove: boolean): Promise<number> => {
    const { plan: fresh } = planned;
    if (options.format === 'json') cli.err(preview.render(fresh));
    else cli.out(preview.render(fresh));
    const decision = decideApply({ changes: [], conflicts: fresh.conflicts }, applyRuleOptions(options));
    if (!decision.run) throw new RevmetaError(decision.reason, EXIT.conflicts);
    if (fresh.summary.changes === 0) return nothingToApply(cli, fresh, options);
    if (!autoApprove) {
      const toRun = fresh.conflicts.length === 0 ? fresh.summary.changes : await countOutsideConflicts(spool, fresh.conflicts);
      if (toRun > 0 && !(await confirm(cli, toRun))) {
        cli.err('Apply cancelled: nothing was changed.\n');
        return EXIT.error;
      }
    }
    const { result, heldBack } = await applySteps(spool.steps(), fresh.conflicts, planned.targets, {
      ...(options.continueOnError ? { continueOnError: true } : {}),
      ...(options.format === 'json' ? { keepApplied: true } : {}),
      onProgress: (event) => cli.progress.statements(event),
    });
    return reportApply(cli, result, fresh, heldBack, options);
  };
  return { spool, preview, apply, discard };
}

/** How many of a spooled plan's changes are outside its conflicts (what the question asks to apply). */
async function countOutsideConflicts(spool: PlanFileWriter, conflicts: Plan['conflicts']): Promise<number> {
  let count = 0;
  for await (const step of spool.steps()) count += changesOutsideConflicts({ changes: step.changes, conflicts }).length;
  return count;
}

/**
 * `apply plan.json`: re-plans with the file's scope and target, and refuses the file unless
 * it is what revmeta plans now, entry by entry (changes, statements, conflicts) as well as by
 * digest. Then it runs the fresh plan's statements, which are proven equal to the file's: the
 * file only ever says what may run, never what runs. Both plans pass a step at a time (the
 * file read entry by entry, the plan made now compared and spooled as it is made, then applied
 * from the spool step by step): a plan of millions of changes is never held whole.
 */
async function applySaved(cli: CliOutput, planFile: string, options: ApplyCliOptions): Promise<number> {
  const { plan: saved, check: checkAgainst } = await openSavedPlan(planFile);
  // A saved plan is applied where it was planned for; naming another target is a mistake, said so.
  if (saved.target !== undefined && saved.target !== OPENMETADATA_TARGET)
    throw new RevmetaError(`${planFile}: target "${saved.target}" is not one this revmeta knows (sources, openmetadata)`);
  const target: Target = saved.target ?? 'sources';
  if (options.target !== undefined && options.target !== target) {
    throw new RevmetaError(
      `${planFile} was planned for --target ${target}, not --target ${options.target}; nothing was applied. ` +
        `Apply it as it is (without --target), or make a new plan with \`revmeta plan --target ${options.target} --out ${planFile}\`.`,
    );
  }
  const services = saved.services.map((service) => service.name);
  // A scoped plan is re-planned over the same files and objects, whatever git says now.
  const workspace = await load(cli, options.config, secretScopeOf({ services, target }), saved.scope ? { scope: saved.scope } : {});
  const check = checkAgainst();
  const spooled = await spoolApply(cli, options);
  try {
    const planned = await plan(cli, workspace, { service: services, ...(saved.select ? { select: saved.select } : {}), target, lockTimeout: options.lockTimeout }, [
      check,
      spooled.spool,
      spooled.preview,
    ]);
    try {
      const reasons = await check.reasons(planned.plan);
      if (reasons.length > 0) {
        const again = `revmeta plan${target === OPENMETADATA_TARGET ? ` --target ${OPENMETADATA_TARGET}` : ''} --out ${planFile}`;
        throw new RevmetaError(
          `the saved plan ${planFile} is stale and was not applied:\n${reasons.map((r) => `  - ${r}`).join('\n')}\n` +
            `Nothing was applied. Make a new plan with \`${again}\`.`,
        );
      }
      // The file was reviewed: applied as it is, without a question.
      return await spooled.apply(planned, true);
    } finally {
      await planned.close();
    }
  } finally {
    await check.close();
    await spooled.discard();
  }
}

/** The plan before an apply: on stdout, or with `--format json` on stderr (stdout holds only the JSON document). */
function showPlan(cli: CliOutput, result: Plan, options: ApplyCliOptions): void {
  // Past TEXT_CHANGE_LINES, counts per schema and the first changes: a first rollout can be millions.
  const text = { showSql: true, redact: cli.redact, maxChangeLines: TEXT_CHANGE_LINES };
  if (options.format === 'json') cli.err(renderText(result, { ...text, colour: false }));
  else cli.out(renderText(result, { ...text, colour: cli.colour }));
}

function nothingToApply(cli: CliOutput, result: Plan, options: ApplyCliOptions): number {
  if (options.format === 'json') cli.out(renderApplyJson({ results: [], summary: { applied: 0, failed: 0, notRun: 0 } }, result.conflicts));
  return result.conflicts.length > 0 ? EXIT.conflicts : EXIT.ok;
}

function applyRuleOptions(options: ApplyCliOptions) {
  return { allowConflicts: Boolean(options.allowConflicts), howToAllow: 'pass --allow-conflicts' };
}

async function runApply(
  cli: CliOutput,
  planned: PlannedWorkspace,
  decision: { changes: readonly Change[]; heldBack: readonly Change[] },
  options: ApplyCliOptions,
): Promise<number> {
  const ran = await applyChanges({ changes: decision.changes, statements: planned.plan.statements }, planned.targets, {
    ...(options.continueOnError ? { continueOnError: true } : {}),
    onProgress: (event) => cli.progress.statements(event),
  });
  return reportApply(cli, withHeldBack(ran, decision.heldBack), planned.plan, decision.heldBack.length, options);
}

/** The apply's outcome (text, or the JSON document), and its exit code. */
function reportApply(cli: CliOutput, result: ApplyResult, plan: Plan, heldBack: number, options: ApplyCliOptions): number {
  const conflicts = plan.conflicts.length;
  if (options.format === 'json') cli.out(renderApplyJson(result, plan.conflicts));
  else {
    cli.out(`\n${renderApplyText(result)}`);
    if (conflicts > 0) cli.out(`${conflicts} conflict(s) were not applied; fix them in the manifests or config.\n`);
  }
  return applyExitCode(result, plan, heldBack);
}

async function confirm(cli: CliOutput, changes: number): Promise<boolean> {
  if (!cli.io.interactive) {
    throw new RevmetaError('apply needs --auto-approve when it cannot ask (stdin is not a terminal); nothing was changed.');
  }
  const answer = await cli.io.ask(`\nApply ${changes} change(s)? Only 'yes' is accepted: `);
  return answer.trim() === 'yes';
}

/**
 * The process edge (bin/revmeta.js): runs the command, then exits once everything written has
 * been flushed, so a request a driver could not cancel (a server that went silent, already
 * reported as an error) does not keep revmeta running.
 */
export async function runAsProcess(argv: readonly string[]): Promise<never> {
  const code = await main(argv);
  const flushed = (stream: NodeJS.WriteStream) => new Promise<void>((resolve) => stream.write('', () => resolve()));
  await Promise.all([flushed(process.stdout), flushed(process.stderr)]);
  process.exit(code);
}
