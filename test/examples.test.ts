/**
 * Every example a user may copy is valid: each folder of examples/ that has a revmeta.yaml
 * passes `revmeta validate` through the CLI, with a dummy value for every `${VAR}` its config
 * mentions (read from the file, so a new example needs no change here). And every connector
 * has an example of its own. The per-connector example tests check more of some of them.
 */
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { connectors } from '../src/connectors/index.js';
import { runCli, type CliRun } from './e2e/cli.js';

const EXAMPLES = fileURLToPath(new URL('../examples/', import.meta.url));

/** `${NAME}` references, commented-out ones included (harmless), `$${` escapes excluded. */
function variablesOf(configText: string): string[] {
  const names = [...configText.matchAll(/(?<!\$)\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g)].map((match) => match[1]!);
  return [...new Set(names)].sort();
}

/** `revmeta validate` of one example folder, every variable its config names set to a dummy. */
async function validateExample(dir: string): Promise<CliRun> {
  const config = path.join(dir, 'revmeta.yaml');
  const env: Record<string, string> = { REVMETA_CACHE_DIR: 'off' };
  for (const name of variablesOf(await readFile(config, 'utf8'))) env[name] = `dummy-${name.toLowerCase()}`;
  return runCli(['validate', '-c', config], { env });
}

async function exampleFolders(): Promise<string[]> {
  const entries = await readdir(EXAMPLES, { withFileTypes: true });
  return entries
    .filter((entry) => entry.isDirectory() && existsSync(path.join(EXAMPLES, entry.name, 'revmeta.yaml')))
    .map((entry) => entry.name)
    .sort();
}

const folders = await exampleFolders();

describe('examples/', () => {
  it.each(folders)('examples/%s is accepted by revmeta validate', async (folder) => {
    const run = await validateExample(path.join(EXAMPLES, folder));
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/^Valid: \d+ service\(s\), [1-9]\d* manifest file\(s\), [1-9]\d* object\(s\)\.\n$/);
    expect(run.code).toBe(0);
  });

  it('has a folder for every connector, whose config uses that connector', async () => {
    for (const type of connectors.keys()) {
      expect(folders, `examples/${type}/revmeta.yaml`).toContain(type);
      const config = parse(await readFile(path.join(EXAMPLES, type, 'revmeta.yaml'), 'utf8')) as { services: Record<string, { type: string }> };
      expect(Object.values(config.services).map((service) => service.type)).toContain(type);
    }
  });

  it('fails an example that is not valid (the check above can fail)', async () => {
    const copy = await mkdtemp(path.join(os.tmpdir(), 'revmeta-example-'));
    await cp(path.join(EXAMPLES, 'quickstart'), copy, { recursive: true, filter: (source) => !source.includes('.revmeta') });
    try {
      const config = path.join(copy, 'revmeta.yaml');
      await writeFile(config, (await readFile(config, 'utf8')).replace('type: postgres', 'type: postgres\n    colour: blue'));
      const run = await validateExample(copy);
      expect(run.code).toBe(1);
      expect(run.stderr).toContain('colour');
    } finally {
      await rm(copy, { recursive: true, force: true });
    }
  });

  it('reads the variables of a config, not escaped ones', () => {
    expect(variablesOf('a: ${B_1}\n# c: ${A}\nd: $${NOT}\ne: ${B_1}')).toEqual(['A', 'B_1']);
  });
});
