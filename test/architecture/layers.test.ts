/**
 * The layers depend downwards only (docs/architecture.md): cli, github → core → connectors,
 * plan, apply, manifest → model. Reads every import of src/ and lists those that go upwards.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = path.resolve(import.meta.dirname, '../../src');

/** What each layer must not import, as paths under src/ (a folder, or one file). */
const FORBIDDEN: Record<string, readonly string[]> = {
  connectors: ['cli/', 'github/', 'core/', 'plan/', 'apply/', 'manifest/types.ts', 'manifest/config.ts'],
  plan: ['cli/', 'github/', 'core/'],
  apply: ['cli/', 'github/', 'core/'],
  manifest: ['cli/', 'github/', 'core/'],
  model: ['cli/', 'github/', 'core/', 'connectors/', 'plan/', 'apply/', 'manifest/'],
  core: ['cli/', 'github/'],
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

function upwardImports(): string[] {
  const found: string[] = [];
  for (const file of sourceFiles(SRC)) {
    const from = path.relative(SRC, file).split(path.sep).join('/');
    const forbidden = FORBIDDEN[from.split('/')[0]!] ?? [];
    for (const [, specifier] of readFileSync(file, 'utf8').matchAll(/\bfrom\s+'(\.[^']+)'/g)) {
      const to = path.relative(SRC, path.resolve(path.dirname(file), specifier!)).split(path.sep).join('/').replace(/\.js$/, '.ts');
      if (forbidden.some((prefix) => to.startsWith(prefix))) found.push(`${from} -> ${to}`);
    }
  }
  return found.sort();
}

describe('layering', () => {
  it('no layer imports one above it', () => {
    expect(upwardImports()).toEqual([]);
  });
});
