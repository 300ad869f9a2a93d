import { createRequire as __revmetaCreateRequire } from 'node:module';
const require = __revmetaCreateRequire(import.meta.url);
import "./chunk-3TQAK4K4.js";

// src/connectors/postgres/pglite.ts
var BomKeepingTextDecoder = class extends TextDecoder {
  constructor(label, options) {
    super(label, { ...options, ignoreBOM: true });
  }
};
async function createExactPglite(dataDir, options = {}) {
  const { PGlite } = await import("./dist-QMF4XVCE.js");
  const original = globalThis.TextDecoder;
  globalThis.TextDecoder = BomKeepingTextDecoder;
  try {
    return await PGlite.create(dataDir, options);
  } finally {
    globalThis.TextDecoder = original;
  }
}
export {
  createExactPglite
};
