/** One glob semantics for include, exclude and --select (src/plan/scope.ts). */
import { describe, expect, it } from 'vitest';
import { compileScope, globsMatchingNothing, inScope } from '../../src/plan/scope.js';

const chain = (...parts: string[]) => parts.map((_, index) => parts.slice(0, index + 1).join('.'));

describe('scope globs', () => {
  it('exclude "db.schema.*" leaves the schema itself unmanaged, not only what is in it', () => {
    const scope = compileScope(undefined, ['analytics.tmp.*']);
    expect(inScope(scope, chain('analytics', 'tmp'))).toBe(false);
    expect(inScope(scope, chain('analytics', 'tmp', 'scratch'))).toBe(false);
    expect(inScope(scope, chain('analytics'))).toBe(true);
    expect(inScope(scope, chain('analytics', 'tmpfiles'))).toBe(true);
  });

  it('include and select "db.schema.*" take in the schema as well as its tables', () => {
    for (const scope of [compileScope(['analytics.public.*']), compileScope(undefined, undefined, ['analytics.public.*'])]) {
      expect(inScope(scope, chain('analytics', 'public'))).toBe(true);
      expect(inScope(scope, chain('analytics', 'public', 'orders', 'id'))).toBe(true);
      expect(inScope(scope, chain('analytics'))).toBe(false);
      expect(inScope(scope, chain('analytics', 'sales'))).toBe(false);
    }
  });

  it('accepts OpenMetadata FQNs with the service in front, for that service only', () => {
    const scope = compileScope(undefined, undefined, ['warehouse.analytics.public.orders'], 'warehouse');
    expect(inScope(scope, chain('analytics', 'public', 'orders'))).toBe(true);
    expect(inScope(scope, chain('analytics', 'public', 'orders', 'id'))).toBe(true);
    expect(inScope(scope, chain('analytics', 'public', 'customers'))).toBe(false);
    const other = compileScope(undefined, undefined, ['warehouse.analytics.public.orders'], 'shop');
    expect(inScope(other, chain('analytics', 'public', 'orders'))).toBe(false);
    // A service name with a dot is quoted, as in OpenMetadata FQNs.
    const dotted = compileScope(undefined, ['"prod.pg".analytics.*'], undefined, 'prod.pg');
    expect(inScope(dotted, chain('analytics'))).toBe(false);
  });

  it('names the globs that match no object', () => {
    const objects = [
      { service: 'warehouse', fqn: 'analytics' },
      { service: 'warehouse', fqn: 'analytics.public' },
      { service: 'warehouse', fqn: 'analytics.public.orders' },
    ];
    expect(globsMatchingNothing(['analytics.public.*', 'warehouse.analytics', 'analytcs.*', 'shop.analytics'], objects)).toEqual([
      'analytcs.*',
      'shop.analytics',
    ]);
  });
});
