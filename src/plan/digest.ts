import { createHash, type Hash } from 'node:crypto';

/** JSON with object keys sorted, so equal values always serialise to equal bytes. */
export function canonicalJson(value: unknown): string {
  // Without objects there are no keys to sort: the plain (much faster) serialisation is canonical.
  if (!containsObject(value)) return JSON.stringify(value);
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      const sorted: Record<string, unknown> = {};
      for (const k of Object.keys(v as Record<string, unknown>).sort()) {
        sorted[k] = (v as Record<string, unknown>)[k];
      }
      return sorted;
    }
    return v;
  });
}

export function sha256(text: string | Uint8Array): string {
  return `sha256:${createHash('sha256').update(text).digest('hex')}`;
}

export function digestOf(value: unknown): string {
  return sha256(canonicalJson(value));
}

function containsObject(value: unknown): boolean {
  if (value === null || typeof value !== 'object') return false;
  if (!Array.isArray(value)) return true;
  for (const item of value) if (containsObject(item)) return true;
  return false;
}

/**
 * A digest of a sequence of values, fed one at a time so that a big catalog's entries are
 * never held as one array nor serialised as one string.
 */
export class DigestStream {
  private readonly hash: Hash = createHash('sha256');

  push(entry: unknown): void {
    this.hash.update(canonicalJson(entry));
    this.hash.update('\n');
  }

  /** The digest of the entries, and of `extra` when given. */
  finish(extra?: unknown): string {
    if (extra !== undefined) this.hash.update(`extra:${canonicalJson(extra)}`);
    return `sha256:${this.hash.digest('hex')}`;
  }
}
