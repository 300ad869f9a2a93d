/**
 * What every driver does alike with its connections: keep secrets out of messages, retry
 * transient connection failures with backoff, and bound every wait (timeouts). Reading the
 * `connection:` block is kit/options.ts.
 */

/** Replaces every occurrence of the secret; an empty secret would match everywhere. */
export function maskSecret(text: string, secret: string | undefined): string {
  return secret ? text.replaceAll(secret, '***') : text;
}

/** Replaces every occurrence of every secret; pass them longest first so one inside another is masked whole. */
export function maskSecrets(text: string, secrets: readonly string[]): string {
  return secrets.reduce((out, secret) => maskSecret(out, secret), text);
}

/**
 * Node's socket errors worth another connection attempt: refused, reset, unreachable, a name
 * not resolved yet (not ENOTFOUND: a misspelt host stays misspelt). Drivers add their own.
 */
export const TRANSIENT_SOCKET_CODES: ReadonlySet<string> = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']);

/** First wait before another attempt; each further one is four times longer, with ±25% jitter. */
export const RETRY_BASE_MILLIS = 250;

const sleep = (millis: number) => new Promise((resolve) => setTimeout(resolve, millis));

/**
 * Runs `attempt`, again after a failure `retryable` accepts while retries are left (about
 * 0.25 s, 1 s, 4 s apart). The last failure goes to `onGiveUp` with the number of attempts.
 */
export async function withRetries<T>(
  retries: number,
  retryable: (error: unknown) => boolean,
  attempt: () => Promise<T>,
  onGiveUp: (error: unknown, attempts: number) => Error,
): Promise<T> {
  for (let done = 0; ; done++) {
    try {
      return await attempt();
    } catch (error) {
      if (done >= retries || !retryable(error)) throw onGiveUp(error, done + 1);
      await sleep(RETRY_BASE_MILLIS * 4 ** done * (0.75 + Math.random() / 2));
    }
  }
}

/** ` (after N attempts)` when there were retries: says in a message that revmeta did not give up at once. */
export function attemptsNote(attempts: number): string {
  return attempts > 1 ? ` (after ${attempts} attempts)` : '';
}

/**
 * The exports of a driver package loaded on first use with `import()`. Node gives a CommonJS
 * package's exports both as named exports and as `default`; the Action's bundle (esbuild, split
 * into chunks) gives them as `default` only. Either way the caller gets the package's exports.
 */
export async function importDriver<T extends object>(load: () => Promise<T>): Promise<T> {
  const module: object = await load();
  const keys = Object.keys(module).filter((key) => key !== '__esModule' && key !== 'module.exports');
  const only = keys.length === 1 && keys[0] === 'default' ? (module as { default: unknown }).default : undefined;
  return (typeof only === 'object' && only !== null ? only : module) as T;
}

/** A driver package imported on first use (see `importDriver`): a run that never connects to its system never loads it. */
export function lazyDriver<T extends object>(load: () => Promise<T>): () => Promise<T> {
  let loaded: Promise<T> | undefined;
  return () => (loaded ??= importDriver(load));
}

// ---------------------------------------------------------------------------------------
// Timeouts

/**
 * How long revmeta waits, per service (`timeouts:` of the config, `--lock-timeout`):
 * - connect: for a connection (TCP, TLS, login);
 * - statement: for one statement or request, on the server where the system can cut it, and
 *   on the client, which gives up a little later on a connection that went silent;
 * - lock: for a lock, the apply lock of another revmeta apply included.
 */
export interface Timeouts {
  connectMillis: number;
  statementMillis: number;
  lockMillis: number;
}

/**
 * Defaults: a silent connection ends a plan within a minute (connect 10 s, or a statement 45 s
 * plus the client's grace), and an apply gives up on a busy lock after 10 s rather than queue
 * every reader of a table behind its ALTER.
 */
export const DEFAULT_TIMEOUTS: Readonly<Timeouts> = { connectMillis: 10_000, statementMillis: 45_000, lockMillis: 10_000 };

/**
 * How much longer than the statement timeout a client waits for an answer: the server's own
 * timeout error is clearer, so it should arrive first when the server is still there.
 */
export const CLIENT_GRACE_MILLIS = 5_000;

/** The client-side read timeout that goes with a statement timeout. */
export function readTimeoutMillis({ statementMillis }: Pick<Timeouts, 'statementMillis'>): number {
  return statementMillis + CLIENT_GRACE_MILLIS;
}

/** The error of a client that gave up on a connection that went silent: where, after how long, and which setting bounds it. */
export function silentConnectionError(where: string, waitedMillis: number, bound = 'timeouts.statement plus 5s'): Error {
  return new Error(`${where} did not answer within ${formatDuration(waitedMillis)}: the connection went silent (${bound})`);
}

/**
 * For clients that take no working timeout of their own (BigQuery's HTTP stack drops its
 * `timeout` option): the call's result, or an error after `millis` saying the connection went
 * silent. The call itself cannot be cancelled; the CLI exits once its output is written.
 */
export async function withDeadline<T>(call: Promise<T>, millis: number, where: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(silentConnectionError(where, millis)), millis);
    timer.unref();
  });
  try {
    return await Promise.race([call, deadline]);
  } finally {
    clearTimeout(timer);
  }
}

const DURATION = /^([0-9]+(?:\.[0-9]+)?)(ms|s|m|h)$/;
const UNIT_MILLIS: Readonly<Record<string, number>> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

/** `500ms`, `10s`, `1.5m`, `1h` in milliseconds (whole, at least 1), or undefined when it is not one. */
export function parseDuration(text: string): number | undefined {
  const match = DURATION.exec(text.trim());
  if (!match) return undefined;
  const millis = Math.round(Number(match[1]) * UNIT_MILLIS[match[2]!]!);
  return millis >= 1 && Number.isSafeInteger(millis) ? millis : undefined;
}

/** The timeouts a driver uses: the service's, each defaulted. */
export function timeoutsOf(ctx: { timeouts?: Partial<Timeouts> | undefined }): Timeouts {
  return { ...DEFAULT_TIMEOUTS, ...ctx.timeouts };
}

/** Whole seconds for systems that count in seconds, rounded up so a short timeout is never 0 (0 often means "forever"). */
export function wholeSeconds(millis: number): number {
  return Math.max(1, Math.ceil(millis / 1000));
}

/** A duration as `timeouts:` writes it: `300ms`, `10s`, `1.5s`. */
export function formatDuration(millis: number): string {
  return millis < 1000 ? `${millis}ms` : `${Number((millis / 1000).toFixed(3))}s`;
}
