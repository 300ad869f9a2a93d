/**
 * `revmeta` command line: thin commands over the core (src/core), the same functions the
 * GitHub Action calls. Typed errors become a message and an exit code here, and every line
 * written passes the secret mask.
 */
import { createInterface } from 'node:readline/promises';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { applyChanges } from '../apply/apply.js';
import { renderApplyText } from '../apply/render.js';
import { parseDuration } from '../connectors/connection.js';
import { connectors } from '../connectors/index.js';
import { RevmetaError, ValidationError } from '../core/errors.js';
import { runExport } from '../core/export.js';
import { runImport } from '../core/import.js';
import { filesChanged, refuseUncommitted } from '../core/manifests-folder.js';
import { redactor, type Redactor } from '../core/redact.js';
import { loadConfig } from '../manifest/config.js';
import { postPlanComment } from '../github/comment-cli.js';
import { applyExitCode, decideApply, withHeldBack } from '../core/apply-rules.js';
import { checkSavedPlan, readSavedPlan } from '../core/stale.js';
import { writePlanFile } from '../core/plan-file.js';
import { loadWorkspace, planWorkspace, type PlannedWorkspace, type Workspace } from '../core/workspace.js';
import { planJsonChunks } from '../plan/render/json.js';
import { renderMarkdown } from '../plan/render/markdown.js';
import { renderText } from '../plan/render/text.js';
import type { Change, Plan } from '../plan/types.js';

export interface Output {
  write(text: string): void;
  isTTY?: boolean;
}

export interface CliIO {
  stdout: Output;
  stderr: Output;
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

const EXIT = { ok: 0, error: 1, changes: 2 } as const;

/** Writes through the secret mask; the mask is known once the config is loaded. */
class CliOutput {
  redact: Redactor = (text) => text;
  constructor(readonly io: CliIO) {}
  out(text: string) {
    this.io.stdout.write(this.redact(text));
  }
  err(text: string) {
    this.io.stderr.write(this.redact(text));
  }
  progress(message: string) {
    if (this.io.stderr.isTTY) this.err(`${message}\n`);
  }
  get colour(): boolean {
    return Boolean(this.io.stdout.isTTY) && !this.io.env.NO_COLOR;
  }
}

interface CommonOptions {
  config: string;
}
/** `--target`: where plan and apply write; absent means the services' sources. */
type Target = 'sources' | 'openmetadata';
interface PlanCliOptions extends CommonOptions {
  service?: string[];
  select?: string[];
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
  target?: Target;
  autoApprove?: boolean;
  continueOnError?: boolean;
  allowConflicts?: boolean;
  /** `--lock-timeout`, in milliseconds. */
  lockTimeout?: number;
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
      return error.exitCode === 0 ? EXIT.ok : EXIT.error;
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
    .version(VERSION)
    .exitOverride()
    .configureOutput({ writeOut: (text) => cli.out(text), writeErr: (text) => cli.err(text) })
    .showHelpAfterError();

  const collect = (value: string, previous: string[] = []) => [...previous, value];
  const configOption = () => new Option('-c, --config <file>', 'config file').default('revmeta.yaml');
  const serviceOption = () => new Option('--service <name>', 'only this service (repeatable)').argParser(collect);
  const selectOption = () => new Option('--select <glob>', 'only objects whose FQN matches (repeatable)').argParser(collect);
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
    new Option('--target <target>', 'where to write: the services\' sources (default), or OpenMetadata itself (config `openmetadata:`)').choices([
      'sources',
      'openmetadata',
    ]);

  program
    .command('validate')
    .description('check the config and manifests against the schemas')
    .addOption(configOption())
    .action(async (options: CommonOptions) => {
      const workspace = await load(cli, options.config);
      const objects = countObjects(workspace);
      cli.out(
        `Valid: ${Object.keys(workspace.config.services).length} service(s), ${workspace.desired.files.length} manifest file(s), ${objects} object(s).\n`,
      );
      setExit(EXIT.ok);
    });

  program
    .command('plan')
    .description('compare the manifests with the live sources; writes nothing')
    .addOption(configOption())
    .addOption(serviceOption())
    .addOption(selectOption())
    .addOption(targetOption())
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'markdown', 'json']).default('text'))
    .option('--out <file>', 'save the plan (JSON) for `revmeta apply <file>`')
    .option('--detailed-exitcode', 'exit 2 when there are changes')
    .action(async (options: PlanCliOptions) => {
      const workspace = await load(cli, options.config);
      const planned = await plan(cli, workspace, options);
      try {
        const { plan: result } = planned;
        // JSON goes out entry by entry: a big plan is more than one string can hold.
        if (options.format === 'json') for (const chunk of planJsonChunks(result)) cli.out(chunk);
        else cli.out(renderPlan(result, options.format, cli.colour));
        if (options.out) {
          await writePlanFile(options.out, result);
          if (options.format !== 'json') cli.out(`\nSaved the plan to ${options.out}. Apply exactly it with: revmeta apply ${options.out}\n`);
        }
        if (result.conflicts.length > 0) setExit(EXIT.error);
        else setExit(options.detailedExitcode && result.changes.length > 0 ? EXIT.changes : EXIT.ok);
      } finally {
        await planned.close();
      }
    });

  program
    .command('apply')
    .description('apply a saved plan exactly (refused unless it is what revmeta plans now), or plan and apply')
    .argument('[plan]', 'a plan saved with `revmeta plan --out`')
    .addOption(configOption())
    .addOption(serviceOption())
    .addOption(selectOption())
    .addOption(targetOption())
    .option('--auto-approve', 'apply without asking')
    .addOption(continueOption())
    .addOption(allowConflictsOption())
    .addOption(lockTimeoutOption())
    .action(async (planFile: string | undefined, options: ApplyCliOptions) => {
      if (planFile && (options.service || options.select)) {
        throw new RevmetaError('--service and --select narrow a new plan; a saved plan is applied with the scope it was made with.');
      }
      setExit(planFile ? await applySaved(cli, planFile, options) : await planAndApply(cli, options, Boolean(options.autoApprove)));
    });

  program
    .command('reconcile')
    .description('plan and apply in one step, without asking (for CI on merge)')
    .addOption(configOption())
    .addOption(serviceOption())
    .addOption(selectOption())
    .addOption(targetOption())
    .addOption(continueOption())
    .addOption(allowConflictsOption())
    .addOption(lockTimeoutOption())
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
    .action(async (options: ImportCliOptions) => {
      // The config only: on a first import the manifests folder does not exist yet.
      const config = await loadConfig(options.config, cli.io.env, connectors);
      if (!config.ok) throw new ValidationError(config.diagnostics);
      cli.redact = redactor(config.value.secrets);
      await refuseUncommitted('import', config.value.manifests, Boolean(options.force));
      const run = await runImport(
        { config: config.value, connectors },
        {
          ...(options.service ? { services: options.service } : {}),
          ...(options.database ? { databases: options.database } : {}),
          onProgress: (message) => cli.progress(message),
        },
      );
      cli.out(`${run.line}\n${filesChanged(run.result)}`);
      if (run.summary.kept.length > 0) cli.out(`Kept from the manifests (they state these; plan shows them):\n${run.summary.kept.map((line) => `  ${line}\n`).join('')}`);
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
    .action(async (options: ExportCliOptions) => {
      // The config only: on a first export the manifests folder does not exist yet.
      const config = await loadConfig(options.config, cli.io.env, connectors);
      if (!config.ok) throw new ValidationError(config.diagnostics);
      cli.redact = redactor(config.value.secrets);
      await refuseUncommitted('export', config.value.manifests, Boolean(options.force));
      const run = await runExport(config.value, {
        ...(options.service ? { services: options.service } : {}),
        ...(options.glossary ? { glossary: true } : {}),
        onProgress: (message) => cli.progress(message),
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
    .action(async (options: CommentCliOptions) => {
      const workspace = await load(cli, options.config);
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

async function load(cli: CliOutput, configFile: string): Promise<Workspace> {
  const workspace = await loadWorkspace(configFile, cli.io.env);
  cli.redact = workspace.redact;
  return workspace;
}

function plan(
  cli: CliOutput,
  workspace: Workspace,
  options: { service?: string[]; select?: string[]; target?: string | undefined; lockTimeout?: number | undefined },
): Promise<PlannedWorkspace> {
  return planWorkspace(workspace, {
    ...(options.lockTimeout !== undefined ? { lockTimeoutMillis: options.lockTimeout } : {}),
    ...(options.service ? { services: options.service } : {}),
    ...(options.select ? { select: options.select } : {}),
    ...(options.target === 'openmetadata' ? { target: 'openmetadata' as const } : {}),
    onProgress: (message) => cli.progress(message),
  });
}

function renderPlan(result: Plan, format: Exclude<PlanCliOptions['format'], 'json'>, colour: boolean): string {
  if (format === 'markdown') return renderMarkdown(result);
  return renderText(result, { colour, showSql: true });
}

async function planAndApply(cli: CliOutput, options: ApplyCliOptions, autoApprove: boolean): Promise<number> {
  const workspace = await load(cli, options.config);
  const planned = await plan(cli, workspace, options);
  try {
    cli.out(renderText(planned.plan, { colour: cli.colour, showSql: true }));
    const decision = decideApply(planned.plan, applyRuleOptions(options));
    if (!decision.run) throw new RevmetaError(decision.reason);
    // Held-back changes are still reported (as not run), even when nothing else is left to run.
    if (decision.changes.length === 0 && decision.heldBack.length === 0) return planned.plan.conflicts.length > 0 ? EXIT.error : EXIT.ok;
    if (decision.changes.length > 0 && !autoApprove && !(await confirm(cli, decision.changes.length))) {
      cli.err('Apply cancelled: nothing was changed.\n');
      return EXIT.error;
    }
    return await runApply(cli, planned, decision, options);
  } finally {
    await planned.close();
  }
}

/**
 * `apply plan.json`: re-plans with the file's scope and target, and refuses the file unless
 * it is what revmeta plans now, entry by entry (changes, statements, conflicts) as well as by
 * digest. Then it runs the fresh plan's statements, which are proven equal to the file's: the
 * file only ever says what may run, never what runs.
 */
async function applySaved(cli: CliOutput, planFile: string, options: ApplyCliOptions): Promise<number> {
  const saved = await readSavedPlan(planFile);
  // A saved plan is applied where it was planned for; naming another target is a mistake, said so.
  if (saved.target !== undefined && saved.target !== 'openmetadata')
    throw new RevmetaError(`${planFile}: target "${saved.target}" is not one this revmeta knows (sources, openmetadata)`);
  const target: Target = saved.target ?? 'sources';
  if (options.target !== undefined && options.target !== target) {
    throw new RevmetaError(
      `${planFile} was planned for --target ${target}, not --target ${options.target}; nothing was applied. ` +
        `Apply it as it is (without --target), or make a new plan with \`revmeta plan --target ${options.target} --out ${planFile}\`.`,
    );
  }
  const workspace = await load(cli, options.config);
  const planned = await plan(cli, workspace, {
    service: saved.services.map((service) => service.name),
    ...(saved.select ? { select: saved.select } : {}),
    target,
    lockTimeout: options.lockTimeout,
  });
  try {
    const reasons = checkSavedPlan(saved, planned.plan);
    if (reasons.length > 0) {
      const again = `revmeta plan${target === 'openmetadata' ? ' --target openmetadata' : ''} --out ${planFile}`;
      throw new RevmetaError(
        `the saved plan ${planFile} is stale and was not applied:\n${reasons.map((r) => `  - ${r}`).join('\n')}\n` +
          `Nothing was applied. Make a new plan with \`${again}\`.`,
      );
    }
    cli.out(renderText(planned.plan, { colour: cli.colour, showSql: true }));
    const decision = decideApply(planned.plan, applyRuleOptions(options));
    if (!decision.run) throw new RevmetaError(decision.reason);
    if (decision.changes.length === 0 && decision.heldBack.length === 0) return planned.plan.conflicts.length > 0 ? EXIT.error : EXIT.ok;
    return await runApply(cli, planned, decision, options);
  } finally {
    await planned.close();
  }
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
    onProgress: ({ service, database, done, total }) => {
      // A line per statement would flood the terminal on big applies.
      if (done === total || done % 500 === 0) cli.progress(`Applying ${service}/${database}: ${done}/${total} statements`);
    },
  });
  const result = withHeldBack(ran, decision.heldBack);
  cli.out(`\n${renderApplyText(result)}`);
  if (planned.plan.conflicts.length > 0) {
    cli.out(`${planned.plan.conflicts.length} conflict(s) were not applied; fix them in the manifests or config.\n`);
  }
  return applyExitCode(result, planned.plan);
}

async function confirm(cli: CliOutput, changes: number): Promise<boolean> {
  if (!cli.io.interactive) {
    throw new RevmetaError('apply needs --auto-approve when it cannot ask (stdin is not a terminal); nothing was changed.');
  }
  const answer = await cli.io.ask(`\nApply ${changes} change(s)? Only 'yes' is accepted: `);
  return answer.trim() === 'yes';
}

function countObjects(workspace: Workspace): number {
  let count = 0;
  const visit = (node: { children: readonly unknown[] }) => {
    count++;
    (node.children as Array<{ children: readonly unknown[] }>).forEach(visit);
  };
  for (const service of workspace.desired.services.values()) service.databases.forEach(visit);
  return count;
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
