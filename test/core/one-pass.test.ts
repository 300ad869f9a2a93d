/**
 * Planning is one pass: the core diffs once, lets the connector read what compiling those
 * changes needs, and compiles once (no first pass thrown away, no re-plan).
 */
import { describe, expect, it, vi } from 'vitest';
import { postgres } from '../../src/connectors/postgres/index.js';
import type { Connector } from '../../src/connectors/types.js';
import { loadWorkspace, planWorkspace } from '../../src/core/workspace.js';
import * as planner from '../../src/plan/plan.js';
import { writeWorkspace } from '../e2e/cli.js';

vi.mock('../../src/plan/plan.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/plan/plan.js')>();
  return { ...original, planService: vi.fn(original.planService), diffService: vi.fn(original.diffService), compileService: vi.fn(original.compileService) };
});

describe('one planning pass', () => {
  it('diffs once, reads for compiling once, compiles once, for a connector that reads before it compiles', async () => {
    const readCompileContext = vi.fn(async () => ({ read: 'what compile needs' }));
    const compile = vi.fn(postgres.dialect.compile);
    const connector: Connector = {
      ...postgres,
      dialect: { ...postgres.dialect, compile },
      createDriver: () => ({ open: async () => Promise.reject(new Error('no session in this test')), close: async () => undefined }),
      introspect: async () => ({
        observed: {
          service: 'warehouse',
          databases: [{ kind: 'database', name: 'analytics', description: null, owner: null, tags: {}, children: [
            { kind: 'schema', name: 'public', description: null, owner: null, tags: {}, children: [
              { kind: 'table', name: 'orders', relation: 'table', description: null, owner: null, tags: {}, children: [] },
            ] },
          ] }],
        },
        server: { version: 'PostgreSQL 15' },
        queries: 1,
      }),
      readCompileContext,
    };
    const configFile = await writeWorkspace({
      config: { version: 1, manifests: 'metadata', services: { warehouse: { type: 'postgres', connection: { host: 'localhost', user: 'u', database: 'analytics' } } } },
      manifests: {
        'warehouse/analytics/public.yaml': [
          { apiVersion: 'revmeta/v1', kind: 'Schema', service: 'warehouse', database: 'analytics', name: 'public', description: 'Public', tables: { orders: { description: 'Orders' } } },
        ],
      },
    });
    const workspace = await loadWorkspace(configFile, { ...process.env, REVMETA_CACHE_DIR: 'off' }, new Map([['postgres', connector]]));
    const planned = await planWorkspace(workspace);
    await planned.close();
    expect(planned.plan.changes).toHaveLength(2);
    expect(planned.plan.statements).toHaveLength(2);
    // A planner run is a diff: planService (diff and compile) or diffService alone.
    expect(vi.mocked(planner.planService).mock.calls.length + vi.mocked(planner.diffService).mock.calls.length).toBe(1);
    expect(readCompileContext).toHaveBeenCalledTimes(1);
    expect(compile).toHaveBeenCalledTimes(1);
    expect(compile.mock.calls[0]![2]).toEqual({ read: 'what compile needs' });
  });
});
