/**
 * `include` / `exclude` (config) and `--select` (CLI) as FQN globs below the service:
 * `analytics.public.*`. `*` matches any characters, dots included, so a glob that names a
 * table also reaches its columns. An object is in scope when it or one of its ancestors
 * matches an include (or there are none), no exclude matches it or an ancestor, and the
 * same holds for the select globs.
 */
import picomatch from 'picomatch';

export type Matcher = (fqn: string) => boolean;

export interface Scope {
  include: Matcher | null;
  exclude: Matcher | null;
  select: Matcher | null;
}

// picomatch treats '/' as a path separator that `*` does not cross; in an FQN it is a name character.
const hideSlashes = (text: string) => text.replaceAll('/', '\u2215');

function compile(globs: readonly string[] | undefined): Matcher | null {
  if (!globs || globs.length === 0) return null;
  // Dots are our separators, not slashes: treat the FQN as one path segment.
  const matchers = globs.map((glob) => picomatch(hideSlashes(glob), { dot: true }));
  return (fqn) => matchers.some((match) => match(hideSlashes(fqn)));
}

export function compileScope(include?: readonly string[], exclude?: readonly string[], select?: readonly string[]): Scope {
  return { include: compile(include), exclude: compile(exclude), select: compile(select) };
}

/** Whether an object is in scope, given its FQN and the FQNs of its ancestors (outermost first). */
export function inScope(scope: Scope, chain: readonly string[]): boolean {
  const any = (matcher: Matcher) => chain.some((fqn) => matcher(fqn));
  if (scope.include && !any(scope.include)) return false;
  if (scope.exclude && any(scope.exclude)) return false;
  if (scope.select && !any(scope.select)) return false;
  return true;
}
