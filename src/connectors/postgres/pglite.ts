/**
 * PGlite, created so that text reads back exactly. PGlite decodes each field of a result with
 * `new TextDecoder('utf-8')`, whose default strips a leading U+FEFF (byte order mark): a
 * description that begins with one would read back one character short and be planned again
 * on every run. Its decoder is made when the instance is, so for that moment only the global
 * TextDecoder keeps the mark (`ignoreBOM: true`); nothing else in the process is affected,
 * as creation runs no other code of ours in between.
 */
import type { PGlite, PGliteOptions } from '@electric-sql/pglite';

class BomKeepingTextDecoder extends TextDecoder {
  constructor(label?: string, options?: ConstructorParameters<typeof TextDecoder>[1]) {
    super(label, { ...options, ignoreBOM: true });
  }
}

export async function createExactPglite(dataDir: string, options: PGliteOptions = {}): Promise<PGlite> {
  const { PGlite } = await import('@electric-sql/pglite');
  const original = globalThis.TextDecoder;
  globalThis.TextDecoder = BomKeepingTextDecoder;
  try {
    return await PGlite.create(dataDir, options);
  } finally {
    globalThis.TextDecoder = original;
  }
}
