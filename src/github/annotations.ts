/**
 * GitHub workflow-command annotations (`::error file=…,line=…::message`): the runner shows
 * them on the file and line in the pull request's "Files changed" and on the run's page.
 * Escaped per the workflow-command rules, so a message or a file name cannot end the
 * command early or start another one.
 */
import os from 'node:os';
import path from 'node:path';
import type { SourceLocation } from '../model/types.js';
import type { Plan } from '../plan/types.js';
import { conflictLine, warningLine } from '../plan/render/common.js';
import type { RunContext } from './context.js';

export type AnnotationLevel = 'error' | 'warning' | 'notice';

export interface Annotation {
  level: AnnotationLevel;
  message: string;
  /** Relative to the repository root, with `/` separators. */
  file?: string;
  line?: number;
  column?: number;
  title?: string;
}

/** A message: `%`, CR and LF escaped (the runner decodes them back). */
export function escapeData(text: string): string {
  return text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
}

/** A property value: as a message, and `:` and `,` too, which end a value. */
export function escapeProperty(text: string): string {
  return escapeData(text).replaceAll(':', '%3A').replaceAll(',', '%2C');
}

/** `::warning file=m.yaml,line=4,col=5,title=…::message`, one line. */
export function formatAnnotation(annotation: Annotation): string {
  const properties: Array<[string, string | number | undefined]> = [
    ['title', annotation.title],
    ['file', annotation.file],
    ['line', annotation.line],
    ['col', annotation.column],
  ];
  const props = properties
    .filter(([, value]) => value !== undefined && value !== '')
    .map(([name, value]) => `${name}=${escapeProperty(String(value))}`)
    .join(',');
  return `::${annotation.level}${props ? ` ${props}` : ''}::${escapeData(annotation.message)}`;
}

/**
 * Writes annotations to the log, where the runner picks them up. Masked before escaping:
 * escaping could change a secret's characters so that masking no longer finds it.
 */
export function annotate(annotations: readonly Annotation[], redact: (text: string) => string, write: (line: string) => unknown = (line) => process.stdout.write(line)): void {
  for (const annotation of annotations) {
    const masked: Annotation = { ...annotation, message: redact(annotation.message) };
    if (annotation.file !== undefined) masked.file = redact(annotation.file);
    if (annotation.title !== undefined) masked.title = redact(annotation.title);
    write(`${formatAnnotation(masked)}${os.EOL}`);
  }
}

/** GitHub shows at most 10 errors and 10 warnings of a step; more only fill the log. */
export const MAX_ANNOTATIONS = 50;

/**
 * An error per conflict and a warning per located plan warning, on its manifest file and
 * line (`repositoryPath` makes the file relative to the repository root). Unlocated
 * conflicts still get an error, on the run; unlocated warnings stay in the plan.
 */
export function planAnnotations(plan: Plan, repositoryPath: (file: string) => string): Annotation[] {
  const at = (location: SourceLocation | undefined) =>
    location ? { file: repositoryPath(location.file), line: location.line, column: location.column } : {};
  const conflicts: Annotation[] = plan.conflicts.map((conflict) => ({
    level: 'error',
    title: `revmeta conflict (${conflict.service}): not applied`,
    message: conflictLine(conflict),
    ...at(conflict.location),
  }));
  const warnings: Annotation[] = plan.warnings
    .filter((warning) => warning.location)
    .map((warning) => ({ level: 'warning', title: `revmeta (${warning.service})`, message: warningLine(warning), ...at(warning.location) }));
  return [...capped(conflicts, 'conflict'), ...capped(warnings, 'warning')];
}

function capped(annotations: Annotation[], what: string): Annotation[] {
  if (annotations.length <= MAX_ANNOTATIONS) return annotations;
  const rest = annotations.length - MAX_ANNOTATIONS;
  return [
    ...annotations.slice(0, MAX_ANNOTATIONS),
    { level: annotations[0]!.level, message: `… and ${rest} more ${what}(s): the plan lists them all (job summary, plan JSON).` },
  ];
}

/** A path relative to the checkout root (`GITHUB_WORKSPACE`), as annotations and links name files; as given when outside it. */
export function repositoryPath(file: string, context: RunContext | undefined): string {
  const root = context?.workspace;
  if (!root) return file;
  const relative = path.relative(root, path.resolve(file));
  return relative.startsWith('..') || path.isAbsolute(relative) ? file : relative.split(path.sep).join('/');
}

/**
 * `https://github.com/{owner}/{repo}/blob/{sha}/{path}#L{line}`: the manifest line at the
 * commit that was planned. Undefined when the repository or commit is unknown or the file
 * lies outside the checkout.
 */
export function manifestLink(context: RunContext, sha: string | undefined, location: SourceLocation): string | undefined {
  if (!context.repository || !sha || !context.workspace) return undefined;
  const file = repositoryPath(location.file, context);
  if (path.isAbsolute(file) || file.startsWith('..')) return undefined;
  const server = context.serverUrl.replace(/\/+$/, '');
  const encoded = file.split('/').map(encodeURIComponent).join('/');
  return `${server}/${context.repository.owner}/${context.repository.repo}/blob/${encodeURIComponent(sha)}/${encoded}#L${location.line}`;
}
