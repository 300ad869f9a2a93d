/**
 * What every SQL driver does when its connection goes silent mid-call (no reset, no goodbye,
 * as behind a stalled proxy): the call ends with an error naming the system and the wait,
 * within the statement timeout plus the client's grace, and the driver still closes.
 */
import { expect } from 'vitest';
import type { Driver } from '../../src/connectors/types.js';
import type { FlakyProxy } from '../engines/flaky-proxy.js';

/** `system` as the driver's error names it ("MySQL", "PostgreSQL"); the driver's statement timeout is 500 ms. */
export async function expectSilentQueryEnds(driver: Driver, proxy: FlakyProxy, system: string): Promise<void> {
  const session = await driver.open();
  proxy.state.stall = true;
  const started = Date.now();
  try {
    await expect(session.query('SELECT 1')).rejects.toThrow(new RegExp(`${system} at 127\\.0\\.0\\.1:\\d+ did not answer within 5\\.5s: the connection went silent`));
    expect(Date.now() - started).toBeLessThan(8_000);
    await driver.close();
    expect(Date.now() - started).toBeLessThan(9_000);
  } finally {
    proxy.state.stall = false;
  }
}
