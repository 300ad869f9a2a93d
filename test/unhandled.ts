/** Records the process's unhandled rejections during each test of the file that calls it (a dangling promise's failure). */
import { afterEach, beforeEach } from 'vitest';

export function recordUnhandledRejections(): { readonly reasons: unknown[] } {
  const recorded = { reasons: [] as unknown[] };
  const onUnhandled = (reason: unknown) => void recorded.reasons.push(reason);
  beforeEach(() => {
    recorded.reasons = [];
    process.on('unhandledRejection', onUnhandled);
  });
  afterEach(() => {
    process.off('unhandledRejection', onUnhandled);
  });
  return recorded;
}
