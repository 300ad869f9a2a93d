/**
 * `include` / `exclude` (config) and `--select` (CLI): one glob semantics everywhere.
 * A glob is matched against an object's FQN below its service (`analytics.public.orders`),
 * or against its OpenMetadata FQN with the service in front (`warehouse.analytics.public.orders`).
 * `*` matches any characters, dots included, so a glob that names a table also reaches its
 * columns; `x.*` names x itself as well as everything in it, so `exclude: ["db.tmp.*"]`
 * leaves the schema `db.tmp` unmanaged too. An object is in scope when it or one of its
 * ancestors matches an include (or there are none), no exclude matches it or an ancestor,
 * and the same holds for the select globs.
 */
import picomatch from 'picomatch';
import { quoteFqnPart } from '../model/fqn.js';

export type Matcher = (fqn: string) => boolean;

export interface Scope {
  include: Matcher | null;
  exclude: Matcher | null;
  select: Matcher | null;
}

// picomatch treats '/' as a path separator that `*` does not cross; in an FQN it is a name character.
const hideSlashes = (text: string) => text.replaceAll('/', '\u2215');

/** `service`: the service the FQNs are below, so that a glob may start with its name. */
export function compileGlobs(globs: readonly string[] | undefined, service?: string): Matcher | null {
  if (!globs || globs.length === 0) return null;
  // Dots are our separators, not slashes: treat the FQN as one path segment.
  const matchers = globs.flatMap((glob) => {
    const pattern = hideSlashes(glob);
    const patterns = pattern.length > 2 && pattern.endsWith('.*') ? [pattern, pattern.slice(0, -2)] : [pattern];
    return patterns.map((each) => picomatch(each, { dot: true }));
  });
  const prefix = service === undefined ? undefined : `${quoteFqnPart(service)}.`;
  return (fqn) => {
    const names = prefix === undefined ? [fqn] : [fqn, `${prefix}${fqn}`];
    return names.some((name) => matchers.some((match) => match(hideSlashes(name))));
  };
}

export function compileScope(include?: readonly string[], exclude?: readonly string[], select?: readonly string[], service?: string): Scope {
  return { include: compileGlobs(include, service), exclude: compileGlobs(exclude, service), select: compileGlobs(select, service) };
}

/** Whether an object is in scope, given its FQN and the FQNs of its ancestors (outermost first). */
export function inScope(scope: Scope, chain: readonly string[]): boolean {
  const any = (matcher: Matcher) => chain.some((fqn) => matcher(fqn));
  if (scope.include && !any(scope.include)) return false;
  if (scope.exclude && any(scope.exclude)) return false;
  if (scope.select && !any(scope.select)) return false;
  return true;
}

/** The globs that match none of `objects` (FQNs below their service): a `--select` typo selects nothing. */
export function globsMatchingNothing(globs: readonly string[], objects: ReadonlyArray<{ service: string; fqn: string }>): string[] {
  return globs.filter((glob) => {
    const matchers = new Map<string, Matcher>();
    return !objects.some(({ service, fqn }) => {
      let match = matchers.get(service);
      if (match === undefined) matchers.set(service, (match = compileGlobs([glob], service)!));
      return match(fqn);
    });
  });
}
