/**
 * examples/redshift is accepted by `revmeta validate`, names every connection option a
 * Redshift user fills, and keeps its secret in the environment.
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { connectionSchema } from '../../../src/connectors/redshift/driver.js';
import { runCli } from '../../e2e/cli.js';

const CONFIG = 'examples/redshift/revmeta.yaml';
const ENV = { REDSHIFT_PASSWORD: 'not-the-real-one', REVMETA_CACHE_DIR: 'off' };

describe('examples/redshift', () => {
  it('is valid', async () => {
    const run = await runCli(['validate', '-c', CONFIG], { env: ENV });
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe('Valid: 1 service(s), 2 manifest file(s), 12 object(s).\n');
    expect(run.code).toBe(0);
  });

  it('reads its password from the environment', async () => {
    const run = await runCli(['plan', '-c', CONFIG], { env: { REVMETA_CACHE_DIR: 'off' } });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/environment variable REDSHIFT_PASSWORD is not set/);
  });

  it('shows every connection option', async () => {
    const config = parse(await readFile(CONFIG, 'utf8')) as { services: Record<string, { type: string; connection: Record<string, unknown> }> };
    const [service] = Object.values(config.services);
    expect(service?.type).toBe('redshift');
    expect(Object.keys(service!.connection).sort()).toEqual(Object.keys(connectionSchema.properties as object).sort());
    expect(service!.connection.password).toBe('${REDSHIFT_PASSWORD}');
  });
});
