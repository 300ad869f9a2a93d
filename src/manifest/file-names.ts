/**
 * Manifest file and folder names: safe on every file system, unique and stable for the same
 * catalog. Identity comes from the documents' content, never from paths.
 */
import { createHash } from 'node:crypto';

/** Longest encoded name kept as is; longer ones are cut and made unique by a hash. */
const MAX_NAME_BYTES = 120;

/**
 * Windows device names: a file or folder whose name before the first dot is one of these
 * (any case) cannot be created there, whatever its extension.
 */
const WINDOWS_RESERVED = /^(?:con|prn|aux|nul|com[0-9]|lpt[0-9])$/i;

const percent = (char: string) => `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`;

/**
 * A file name for an object name: letters, digits, `_`, `-` and `.` stay; every other
 * character (including `/`, `\`, `%`, space and all non-ASCII) becomes `%XX` per UTF-8
 * byte, like URL percent-encoding. The encoding is injective (`%` is itself encoded), so
 * distinct names give distinct files on a case-sensitive file system; the same name always
 * gives the same file. Also encoded, so the name is portable: a leading `.` (the loader
 * skips dot-files) and a trailing one (Windows drops it), the last letter of a Windows
 * device name (`CON` → `CO%4E`, `nul.txt` → `nu%6C.txt`), and the dot of a `.yaml` suffix
 * in any case (`a.yaml` → `a%2Eyaml`), so a database's folder (`a.yaml/`) never takes the
 * path of another database's file (`a.yaml`). The empty name is `%`. Encoded names longer
 * than MAX_NAME_BYTES are cut and end in `~` + 16 hex of the name's SHA-256.
 */
export function fileNameOf(name: string): string {
  let encoded = '';
  for (const byte of Buffer.from(name, 'utf8')) {
    const char = String.fromCharCode(byte);
    encoded += /[A-Za-z0-9_.-]/.test(char) ? char : percent(char);
  }
  if (encoded.startsWith('.')) encoded = `%2E${encoded.slice(1)}`;
  if (encoded.endsWith('.')) encoded = `${encoded.slice(0, -1)}%2E`;
  if (/\.yaml$/i.test(encoded)) encoded = `${encoded.slice(0, -5)}%2E${encoded.slice(-4)}`;
  const stem = encoded.split('.')[0]!;
  if (WINDOWS_RESERVED.test(stem)) encoded = `${stem.slice(0, -1)}${percent(stem.slice(-1))}${encoded.slice(stem.length)}`;
  if (encoded === '') encoded = '%';
  if (encoded.length > MAX_NAME_BYTES) encoded = `${encoded.slice(0, MAX_NAME_BYTES - 17)}~${hashOf(name)}`;
  return encoded;
}

/**
 * File names for the children of one folder. Names that differ only in case (`Orders`,
 * `orders`) would be one file on macOS and Windows: each of them then ends in `~` + hash,
 * so the files stay distinct everywhere. Only such groups are renamed; others keep the
 * plain encoding.
 */
export function fileNames(names: readonly string[]): Map<string, string> {
  const byFolded = new Map<string, string[]>();
  for (const name of names) {
    const folded = fileNameOf(name).toLowerCase();
    byFolded.set(folded, [...(byFolded.get(folded) ?? []), name]);
  }
  const result = new Map<string, string>();
  for (const group of byFolded.values()) {
    for (const name of group) {
      const base = fileNameOf(name);
      result.set(name, group.length === 1 ? base : `${base.slice(0, MAX_NAME_BYTES - 17)}~${hashOf(name)}`);
    }
  }
  return result;
}

function hashOf(name: string): string {
  return createHash('sha256').update(name, 'utf8').digest('hex').slice(0, 16);
}

/** The folder of a service's manifests below the manifests folder. */
export function serviceFolderOf(service: string): string {
  return fileNameOf(service);
}
