/** The README and docs/ link only to files a reader of the repository has. */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '..');
const pages = ['README.md', ...readdirSync(path.join(ROOT, 'docs'), { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.md')).map((file) => path.join('docs', file))];

/** Relative Markdown link targets of a page, without their #anchor. */
function relativeLinks(page: string): string[] {
  const text = readFileSync(path.join(ROOT, page), 'utf8');
  return [...text.matchAll(/\]\(([^)\s]+)\)/g)]
    .map((match) => match[1]!.split('#')[0]!)
    .filter((target) => target !== '' && !/^[a-z][a-z0-9+.-]*:/i.test(target));
}

it('finds links to check (the check below can fail)', () => {
  expect(relativeLinks('README.md')).toContain('docs/manifests.md');
});

it.each(pages)('%s links only to files that exist', (page) => {
  const missing = relativeLinks(page).filter((target) => !existsSync(path.resolve(ROOT, path.dirname(page), target)));
  expect(missing).toEqual([]);
});

it('names no file outside the repository', () => {
  for (const page of pages) expect(readFileSync(path.join(ROOT, page), 'utf8'), page).not.toMatch(/\.\.\/shared\/|DESIGN\.md/);
});
