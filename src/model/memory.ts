/**
 * A full garbage collection, between the steps of a big plan: V8 sizes its heap by how little
 * time collecting takes, not by what is live, so without it a run of many steps lets the heap
 * grow to several steps' garbage (1.7 GB for two steps of 210,000 objects whose live data is
 * under 500 MB). The collector is reached as Jest's leak detector reaches it: `--expose-gc`
 * set at run time, and the `gc` function of a new context. Where that is refused, nothing is done.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

let collector: (() => void) | null | undefined;

export function collectGarbage(): void {
  if (collector === undefined) {
    try {
      const exposed = (globalThis as { gc?: () => void }).gc;
      if (exposed === undefined) setFlagsFromString('--expose-gc');
      collector = exposed ?? (runInNewContext('gc') as () => void);
    } catch {
      collector = null;
    }
  }
  collector?.();
}
