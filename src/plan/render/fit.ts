/**
 * Markdown within a size limit, shared by the plan, apply and GitHub renderers: lines that
 * stop as soon as they pass the limit, rendering at decreasing detail until one fits, and how
 * a limit is measured (GitHub counts comments in characters, job summaries in bytes).
 */

/**
 * How much a rendering shows, from most to least. Apply results degrade through `DETAILS`;
 * a plan is `full` or, when too large for one page, `first` (see `renderPlanPages`).
 */
export type Detail = 'full' | 'first' | 'objects' | 'schemas' | 'counts';
export const DETAILS: readonly Detail[] = ['full', 'objects', 'schemas', 'counts'];

export interface MarkdownLimit {
  /** Largest rendering allowed; absent: no limit (always full detail). */
  maxLength?: number;
  /** How `maxLength` is counted: GitHub counts comments in characters, job summaries in bytes. */
  measure?: 'characters' | 'bytes';
  /** Applied to the rendering before it is measured: masking secrets changes its length. */
  redact?: (text: string) => string;
  /** Said when details had to be left out: where the full plan or result is. */
  pointer?: string;
}

/** The size of a text as a limit counts it. */
export function measureOf(measure: MarkdownLimit['measure']): (text: string) => number {
  return measure === 'bytes' ? (text: string) => Buffer.byteLength(text, 'utf8') : (text: string) => text.length;
}

export interface RenderedMarkdown {
  text: string;
  detail: Detail;
}

/** Says that this rendering leaves details out, and where they are. */
export function degradedNotice(detail: Detail, what: string, pointer: string | undefined, out: Lines): void {
  const shown = { full: '', first: 'the first changes', objects: 'one line per object', schemas: 'counts per schema', counts: 'counts only' }[detail];
  out.push('> [!NOTE]', `> The full ${what} is too large to show here, so this shows ${shown}.${pointer ? ` ${pointer}` : ''}`, '');
}

/** Thrown (and caught in `renderWithin`) as soon as a rendering grows past its limit. */
const OVERFLOW = Symbol('overflow');

/** Whether a rendering stopped because it grew past its `Lines` limit. */
export function isOverflow(error: unknown): boolean {
  return error === OVERFLOW;
}

/**
 * Lines of a rendering. Stops as soon as the limit is passed, so trying full detail on a
 * plan of 200,000 changes costs what fits in a comment, not the whole plan.
 */
export class Lines {
  private readonly parts: string[] = [];
  private length = 0;

  constructor(private readonly max: number) {}

  push(...lines: string[]): void {
    for (const line of lines) {
      this.length += line.length + 1;
      if (this.length > this.max) throw OVERFLOW;
      this.parts.push(line);
    }
  }

  /** A code block whose fence is longer than any backtick run inside, so no value can close it early. */
  fence(lines: Iterable<string>, info = ''): void {
    const body: string[] = [];
    let longest = 2;
    let size = this.length;
    for (const line of lines) {
      size += line.length + 1;
      if (size > this.max) throw OVERFLOW;
      for (const run of line.matchAll(/`+/g)) longest = Math.max(longest, run[0].length);
      body.push(line);
    }
    const ticks = '`'.repeat(longest + 1);
    this.push(`${ticks}${info}`, ...body, ticks);
  }

  text(): string {
    return `${this.parts.join('\n')}\n`;
  }
}

/**
 * Renders at each detail in turn and returns the first that fits. The last step (counts
 * only) is returned whatever its size: it is small by construction.
 */
export function renderWithin(limit: MarkdownLimit, render: (detail: Detail, out: Lines) => void): RenderedMarkdown {
  const max = limit.maxLength ?? Number.POSITIVE_INFINITY;
  const redact = limit.redact ?? ((text: string) => text);
  const measure = measureOf(limit.measure);
  for (const detail of DETAILS) {
    const last = detail === DETAILS[DETAILS.length - 1];
    // UTF-8 bytes are never fewer than UTF-16 units, so stopping early on characters is sound for both measures.
    const out = new Lines(last ? Number.POSITIVE_INFINITY : max);
    try {
      render(detail, out);
    } catch (error) {
      if (error === OVERFLOW) continue;
      throw error;
    }
    const text = redact(out.text());
    if (last || measure(text) <= max) return { text, detail };
  }
  throw new Error('unreachable: the last detail always renders');
}
