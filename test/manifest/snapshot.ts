/** Test helper: a folder's content as one comparable value. */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

/** Every file below a folder with its bytes, symlinks as `-> target`: a snapshot to compare. */
export async function snapshot(dir: string): Promise<Record<string, string>> {
  const result: Record<string, string> = {};
  const walk = async (relative: string): Promise<void> => {
    for (const entry of await readdir(path.join(dir, relative), { withFileTypes: true }).catch(() => [])) {
      const child = relative === '' ? entry.name : `${relative}/${entry.name}`;
      if (entry.isSymbolicLink()) result[child] = '-> link';
      else if (entry.isDirectory()) {
        result[`${child}/`] = '';
        await walk(child);
      } else result[child] = await readFile(path.join(dir, child), 'utf8');
    }
  };
  await walk('');
  return result;
}

