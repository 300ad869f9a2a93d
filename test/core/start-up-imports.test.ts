/**
 * What every command pays before it does anything: the modules `revmeta` imports at start-up.
 * Drivers of the systems, the GitHub client, git helpers and the schema compiler are imported
 * when a command uses them (a plan of one PostgreSQL change must not load snowflake-sdk,
 * Octokit or ajv), so the static import graph of the command line names none of them.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const src = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'src');

/** The packages `entry` imports statically, through the sources it imports statically (type-only imports left out). */
function staticPackages(entry: string): Set<string> {
  const seen = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(/^\s*(?:import|export)\s+(?!type\s)(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/gm)) {
      const specifier = match[1]!;
      if (specifier.startsWith('.')) visit(path.resolve(path.dirname(file), specifier.replace(/\.js$/, '.ts')));
      else if (!specifier.startsWith('node:')) packages.add(specifier);
    }
  };
  visit(path.join(src, entry));
  return packages;
}

const LOADED_WHEN_USED = /^(pg|mysql2|@clickhouse\/client|snowflake-sdk|@google-cloud\/bigquery|@aws-sdk\/.*|oracledb|mssql|@databricks\/sql|@electric-sql\/pglite|@octokit\/.*|simple-git|ajv)(\/.*)?$/;

describe('start-up imports', () => {
  it.each(['cli/main.ts', 'core/workspace.ts'])('%s imports no driver, GitHub client, git helper or schema compiler statically', (entry) => {
    const packages = [...staticPackages(entry)];
    // ajv's small runtime helpers are what the precompiled validators call.
    expect(packages.filter((name) => LOADED_WHEN_USED.test(name) && !name.startsWith('ajv/dist/runtime/'))).toEqual([]);
    expect(packages.length).toBeGreaterThan(0);
  });
});
