/** Workflow-command annotations: escaping per the runner's rules, one per conflict and located warning, and links to manifest lines. */
import { describe, expect, it } from 'vitest';
import { annotate, escapeData, escapeProperty, formatAnnotation, manifestLink, MAX_ANNOTATIONS, planAnnotations, repositoryPath } from '../../src/github/annotations.js';
import type { RunContext } from '../../src/github/context.js';
import { assemblePlan } from '../../src/plan/assemble.js';
import type { Conflict, Plan } from '../../src/plan/types.js';

const table = { kind: 'table' as const, database: 'analytics', schema: 'public', table: 'orders' };

function planWith(conflicts: Conflict[], located = true): Plan {
  return assemblePlan({
    manifestsDigest: 'm',
    configDigest: 'c',
    services: [
      {
        name: 'warehouse',
        type: 'postgres',
        plan: {
          changes: [],
          statements: [],
          conflicts,
          warnings: [
            { service: 'warehouse', code: 'missing-object', message: 'table analytics.public.gone is not at the source', ...(located ? { location: { file: 'metadata/w/a.yaml', line: 9, column: 3 } } : {}) },
            { service: 'warehouse', code: 'unsupported-field', message: 'postgres cannot store tags' },
          ],
          observedDigest: 'o',
        },
      },
    ],
  });
}

const context: RunContext = {
  repository: { owner: 'o', repo: 'r' },
  eventName: 'pull_request',
  payload: {},
  sha: 'merge',
  apiUrl: 'https://api.github.com',
  serverUrl: 'https://github.com',
  runId: '1',
  workspace: '/checkout',
};

describe('annotations', () => {
  it('escapes data and properties per the workflow-command rules', () => {
    expect(escapeData('100% done\r\nnext')).toBe('100%25 done%0D%0Anext');
    expect(escapeProperty('a:b,c%\n')).toBe('a%3Ab%2Cc%25%0A');
    expect(formatAnnotation({ level: 'error', file: 'metadata/x,y:z.yaml', line: 4, column: 5, title: 'revmeta: conflict', message: 'two owners\n::error::fake' })).toBe(
      '::error title=revmeta%3A conflict,file=metadata/x%2Cy%3Az.yaml,line=4,col=5::two owners%0A::error::fake',
    );
    expect(formatAnnotation({ level: 'warning', message: 'plain' })).toBe('::warning::plain');
  });

  it('makes an error of every conflict and a warning of every located warning, on its manifest line', () => {
    const conflict: Conflict = { service: 'warehouse', object: table, field: 'owner', reason: 'owners a, b map to 2 principals', location: { file: '/checkout/metadata/w/a.yaml', line: 4, column: 5 } };
    const annotations = planAnnotations(planWith([conflict, { ...conflict, location: undefined as never }]), (file) => repositoryPath(file, context));
    expect(annotations).toEqual([
      { level: 'error', title: 'revmeta conflict (warehouse): not applied', message: 'table analytics.public.orders owner: owners a, b map to 2 principals (/checkout/metadata/w/a.yaml:4:5)', file: 'metadata/w/a.yaml', line: 4, column: 5 },
      { level: 'error', title: 'revmeta conflict (warehouse): not applied', message: 'table analytics.public.orders owner: owners a, b map to 2 principals' },
      { level: 'warning', title: 'revmeta (warehouse)', message: 'table analytics.public.gone is not at the source (metadata/w/a.yaml:9:3)', file: 'metadata/w/a.yaml', line: 9, column: 3 },
    ]);
  });

  it('caps annotations, saying how many more there are', () => {
    const conflicts = Array.from({ length: MAX_ANNOTATIONS + 7 }, (_, i): Conflict => ({ service: 'warehouse', object: { ...table, table: `t${i}` }, reason: 'ambiguous tag' }));
    const annotations = planAnnotations(planWith(conflicts, false), (file) => file);
    expect(annotations.length).toBe(MAX_ANNOTATIONS + 1);
    expect(annotations[MAX_ANNOTATIONS]!.message).toBe('… and 7 more conflict(s): the plan lists them all (job summary, plan JSON).');
  });

  it('masks secrets before escaping, so escaping cannot hide one from masking', () => {
    const lines: string[] = [];
    annotate([{ level: 'error', message: 'password is p%w,d:1', file: 'p%w,d:1.yaml' }], (text) => text.replaceAll('p%w,d:1', '***'), (line) => lines.push(line));
    expect(lines.join('')).toBe('::error file=***.yaml::password is ***\n');
  });

  it('links a manifest line at the planned commit, only inside the checkout', () => {
    expect(manifestLink(context, 'abc123', { file: '/checkout/metadata/w/a b#.yaml', line: 4, column: 5 })).toBe('https://github.com/o/r/blob/abc123/metadata/w/a%20b%23.yaml#L4');
    expect(manifestLink(context, 'abc123', { file: '/elsewhere/a.yaml', line: 4, column: 5 })).toBeUndefined();
    expect(manifestLink({ ...context, repository: undefined }, 'abc123', { file: '/checkout/a.yaml', line: 1, column: 1 })).toBeUndefined();
    expect(manifestLink(context, undefined, { file: '/checkout/a.yaml', line: 1, column: 1 })).toBeUndefined();
  });
});
