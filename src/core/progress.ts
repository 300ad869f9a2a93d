/**
 * Progress of long runs on stderr. On a terminal every line the command reports is shown,
 * as it comes. Off one (a CI log) a silent job looks hung, and a line per statement floods
 * the log: there each line carries the elapsed time, the start and end of each service are
 * always shown, and other lines at most one per interval.
 */
export interface ProgressSink {
  write(text: string): void;
  isTTY?: boolean;
}

/** At most one periodic line per this many milliseconds off a terminal. */
export const PROGRESS_INTERVAL_MILLIS = 5000;

export class Progress {
  private readonly started: number;
  private lastLine = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly sink: ProgressSink,
    private readonly now: () => number = Date.now,
    private readonly intervalMillis = PROGRESS_INTERVAL_MILLIS,
  ) {
    this.started = now();
  }

  /** The start or end of a service (or of a whole step): always shown. */
  milestone(message: string): void {
    this.write(message);
  }

  /** A periodic line (a listing, statements done/total): off a terminal, at most one per interval. */
  update(message: string, options: { last?: boolean } = {}): void {
    if (!this.sink.isTTY && !options.last && this.now() - this.lastLine < this.intervalMillis) return;
    this.write(message);
  }

  /** Statements applied in one database: on a terminal every 500 and the last, off one as `update`. */
  statements(event: { service: string; database: string; done: number; total: number }): void {
    const message = `Applying ${event.service}/${event.database}: ${event.done}/${event.total} statements`;
    const last = event.done === event.total;
    if (this.sink.isTTY) {
      // A line per statement would flood the terminal on big applies.
      if (last || event.done % 500 === 0) this.write(message);
    } else this.update(message, { last });
  }

  private write(message: string): void {
    this.lastLine = this.now();
    const elapsed = this.sink.isTTY ? '' : `[${Math.round((this.lastLine - this.started) / 1000)}s] `;
    this.sink.write(`${elapsed}${message}\n`);
  }
}
