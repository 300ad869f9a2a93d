/**
 * Opt-in, against a real OpenMetadata: `reconcile --target openmetadata` converges on one
 * throwaway table description, a second plan is empty, and the description is restored.
 * Enabled by environment variables, skipped without them (docs/connectors/openmetadata.md):
 *
 *   REVMETA_LIVE_OPENMETADATA_URL    API base, e.g. http://localhost:8585/api
 *   REVMETA_LIVE_OPENMETADATA_TOKEN  a bot or personal access token that may edit the table
 *   REVMETA_LIVE_OPENMETADATA_TABLE  the table's FQN (default: the sample data's
 *                                    sample_data.ecommerce_db.shopify.dim_address)
 */
import { describe, expect, it } from 'vitest';
import { OpenMetadataClient, type OmTable } from '../../src/connectors/openmetadata/client.js';
import { decodeName } from '../../src/connectors/openmetadata/read.js';
import { parseFqn } from '../../src/model/fqn.js';
import { runCli, writeWorkspace } from './cli.js';

const url = process.env.REVMETA_LIVE_OPENMETADATA_URL;
const token = process.env.REVMETA_LIVE_OPENMETADATA_TOKEN;
const tableFqn = process.env.REVMETA_LIVE_OPENMETADATA_TABLE || 'sample_data.ecommerce_db.shopify.dim_address';

describe.skipIf(!url || !token)('live OpenMetadata (REVMETA_LIVE_OPENMETADATA_URL and _TOKEN)', () => {
  it('writes one throwaway description back, converges, and restores it', { timeout: 120_000 }, async () => {
    const client = new OpenMetadataClient({ url: url!, token: token! });
    await client.supportedVersion(); // 1.5 or later, else a clear error naming the version
    const read = async () => {
      const table = await client.getOptional<OmTable>(`v1/tables/name/${encodeURIComponent(tableFqn)}?fields=owners,tags,columns`);
      if (!table) throw new Error(`no table ${tableFqn} in OpenMetadata: set REVMETA_LIVE_OPENMETADATA_TABLE to a throwaway table's FQN`);
      return table;
    };
    const parsed = parseFqn(tableFqn);
    if (!parsed.ok || parsed.parts.length !== 4) throw new Error(`REVMETA_LIVE_OPENMETADATA_TABLE must be service.database.schema.table, not ${tableFqn}`);
    const [service, database, schema, table] = parsed.parts.map(decodeName) as [string, string, string, string];
    const original = (await read()).description ?? '';
    const throwaway = `revmeta live test ${new Date().toISOString()}: "quotes", newline\nand a backslash \\`;

    const workspace = (description: string) =>
      writeWorkspace({
        config: {
          version: 1,
          openmetadata: { url: url!, token: '${OM_TOKEN}' },
          // Never reached: the target is OpenMetadata.
          services: { [service]: { type: 'postgres', connection: { host: '127.0.0.1', port: 1, user: 'revmeta' } } },
        },
        manifests: {
          'live.yaml': [{ apiVersion: 'revmeta/v1', kind: 'Schema', service, database, name: schema, tables: { [table]: { description } } }],
        },
      });
    const env = { OM_TOKEN: token! };
    const seen: string[] = [];
    const cli = async (args: string[]) => {
      const run = await runCli(args, { env });
      seen.push(run.stdout, run.stderr);
      return run;
    };

    const config = await workspace(throwaway);
    try {
      const applied = await cli(['reconcile', '-c', config, '--target', 'openmetadata']);
      expect(applied.stderr).toBe('');
      expect(applied.code).toBe(0);
      expect(applied.stdout).toContain('Apply complete: 1 applied, 0 failed, 0 not run.');
      expect((await read()).description).toBe(throwaway);
      const again = await cli(['plan', '-c', config, '--target', 'openmetadata', '--detailed-exitcode']);
      expect(again.code).toBe(0);
    } finally {
      // Restore through revmeta ("" clears a description the table did not have), then check.
      const restored = await cli(['reconcile', '-c', await workspace(original), '--target', 'openmetadata']);
      if (restored.code !== 0 || ((await read()).description ?? '') !== original) {
        await client.patch(`/v1/tables/name/${encodeURIComponent(tableFqn)}`, [{ op: 'add', path: '/description', value: original }]);
      }
    }
    expect((await read()).description ?? '').toBe(original);
    for (const output of seen) expect(output).not.toContain(token);
  });

  it('plans a tag OpenMetadata does not have as a conflict, sending nothing', { timeout: 120_000 }, async () => {
    const parsed = parseFqn(tableFqn);
    if (!parsed.ok || parsed.parts.length !== 4) throw new Error(`REVMETA_LIVE_OPENMETADATA_TABLE must be service.database.schema.table, not ${tableFqn}`);
    const [service, database, schema, table] = parsed.parts.map(decodeName) as [string, string, string, string];
    const config = await writeWorkspace({
      config: {
        version: 1,
        openmetadata: { url: url!, token: '${OM_TOKEN}' },
        services: { [service]: { type: 'postgres', connection: { host: '127.0.0.1', port: 1, user: 'revmeta' } } },
      },
      manifests: {
        'live.yaml': [{ apiVersion: 'revmeta/v1', kind: 'Schema', service, database, name: schema, tables: { [table]: { tags: ['PII.RevmetaLiveNoSuchTag'] } } }],
      },
    });
    const run = await runCli(['plan', '-c', config, '--target', 'openmetadata'], { env: { OM_TOKEN: token! } });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('PII.RevmetaLiveNoSuchTag: "RevmetaLiveNoSuchTag" is not an allowed value of tag key "PII"');
    expect(run.stdout + run.stderr).not.toContain(token);
  });
});
