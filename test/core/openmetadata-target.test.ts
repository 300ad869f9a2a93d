/**
 * `--target openmetadata` through the core: the OpenMetadata connector's own errors reach the
 * CLI and the Action as RevmetaErrors (shown as they are, not as an internal failure).
 */
import { describe, expect, it } from 'vitest';
import { RevmetaError } from '../../src/core/errors.js';
import { loadWorkspace, planWorkspace } from '../../src/core/workspace.js';
import { writeWorkspace } from '../e2e/cli.js';

describe('--target openmetadata', () => {
  it('refuses an openmetadata.url that is not a URL with a RevmetaError naming it', async () => {
    const config = await writeWorkspace({
      config: {
        version: 1,
        openmetadata: { url: 'not a url', token: 't' },
        services: { warehouse: { type: 'postgres', connection: { host: '127.0.0.1', port: 1, user: 'x' } } },
      },
      manifests: {
        'warehouse/shop/public.yaml': [
          { apiVersion: 'revmeta/v1', kind: 'Schema', service: 'warehouse', database: 'shop', name: 'public', tables: { orders: { description: 'Orders' } } },
        ],
      },
    });
    const workspace = await loadWorkspace(config, {});
    const error = await planWorkspace(workspace, { target: 'openmetadata' }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(RevmetaError);
    expect((error as Error).message).toMatch(/openmetadata\.url is not a URL/);
  });
});
