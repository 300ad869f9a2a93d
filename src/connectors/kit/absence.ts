/**
 * `Connector.confirmAbsent` for systems that answer a direct question about one object with
 * different errors for "does not exist" and "you may not see it": one probe statement per
 * unlisted object (only objects the manifests name and the listing lacks: few), its error
 * number classified. Anything else the server answers keeps the object.
 */
import type { Driver, DriverSession, UnlistedObject } from '../types.js';

export interface AbsenceProbe {
  /** The statement that asks about one object (its names quoted by the dialect). */
  sql(object: UnlistedObject): string;
  /** The server's error number in an error the session threw. */
  errorCode(error: unknown): number | undefined;
  /** Error numbers that mean the object does not exist. */
  absent: ReadonlySet<number>;
  /** Error numbers that mean the role may not see it (whether or not it exists). */
  hidden: ReadonlySet<number>;
  /** For a probe that succeeded: whether its rows say the object does not exist. */
  absentInRows?(rows: Record<string, unknown>[]): boolean;
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

async function verdict(session: DriverSession, probe: AbsenceProbe, object: UnlistedObject): Promise<string | null> {
  try {
    const rows = await session.query(probe.sql(object));
    if (probe.absentInRows?.(rows) === true) return null;
    return 'the server has it, but the listing does not show it to this user';
  } catch (error) {
    const code = probe.errorCode(error);
    if (code !== undefined && probe.absent.has(code)) return null;
    if (code !== undefined && probe.hidden.has(code)) return `the user may not see it (${message(error)})`;
    return `revmeta could not check whether it was dropped (${message(error)})`;
  }
}

/** One verdict per object, in order: null for absent, else why it is kept. */
export async function confirmByProbe(driver: Driver, unlisted: readonly UnlistedObject[], probe: AbsenceProbe, database?: string): Promise<(string | null)[]> {
  const session = await driver.open(database);
  try {
    const verdicts: (string | null)[] = [];
    for (const object of unlisted) verdicts.push(await verdict(session, probe, object));
    return verdicts;
  } finally {
    await session.close();
  }
}
