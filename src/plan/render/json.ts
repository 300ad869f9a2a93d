import type { Plan } from '../types.js';

/** Entries gathered into one chunk before it is handed on: few writes, and never one huge string. */
const CHUNK_CHARS = 1 << 16;

/** Top-level lists written entry by entry, one entry a line. */
const LISTS = ['services', 'statements', 'changes', 'conflicts', 'warnings'] as const;

/** Lists whose entries were written elsewhere as they were planned (see `planJsonPieces`). */
export type StreamedLists = ReadonlyMap<'statements' | 'changes', number>;

/** Where the entries of a streamed list go: `planJsonPieces` yields this in their place. */
export interface ListEntries {
  list: 'statements' | 'changes';
}

/**
 * The plan document (docs/plan-format.md), also the saved-plan file, as a sequence of chunks
 * of about CHUNK_CHARS: each entry of a list is serialised on its own, so a plan of millions
 * of changes is written without ever being one string (which `JSON.stringify` cannot make).
 */
export function* planJsonChunks(plan: Plan): Generator<string> {
  for (const piece of planJsonPieces(plan)) if (typeof piece === 'string') yield piece;
}

/**
 * `planJsonChunks`, except that the lists of `streamed` (with how many entries each holds) are
 * not taken from `plan`: a marker stands where their entries go, each written as
 * `planJsonEntry` writes it, so a plan streamed to a file a step at a time is byte for byte the
 * document of the whole plan.
 */
export function* planJsonPieces(plan: Plan, streamed: StreamedLists = new Map()): Generator<string | ListEntries> {
  let chunk = '{\n';
  const emit = function* (text: string): Generator<string> {
    chunk += text;
    if (chunk.length >= CHUNK_CHARS) {
      yield chunk;
      chunk = '';
    }
  };
  const keys = (Object.keys(plan) as Array<keyof Plan>).filter((key) => plan[key] !== undefined);
  for (const [index, key] of keys.entries()) {
    const value = plan[key];
    const separator = index < keys.length - 1 ? ',\n' : '\n';
    const streamedCount = streamed.get(key as 'statements' | 'changes');
    if ((LISTS as readonly string[]).includes(key) && Array.isArray(value)) {
      const length = streamedCount ?? value.length;
      if (length === 0) {
        yield* emit(`  ${JSON.stringify(key)}: []${separator}`);
        continue;
      }
      yield* emit(`  ${JSON.stringify(key)}: [\n`);
      if (streamedCount !== undefined) {
        yield chunk;
        chunk = '';
        yield { list: key as 'statements' | 'changes' };
      } else for (let i = 0; i < value.length; i++) yield* emit(planJsonEntry(value[i], i === 0));
      yield* emit(`\n  ]${separator}`);
    } else {
      yield* emit(`  ${JSON.stringify(key)}: ${JSON.stringify(value)}${separator}`);
    }
  }
  yield `${chunk}}\n`;
}

/** One entry of a list as the plan document writes it: after a comma and line break unless it is the first. */
export function planJsonEntry(entry: unknown, first: boolean): string {
  return `${first ? '' : ',\n'}    ${JSON.stringify(entry)}`;
}

/** The plan document as one string: for plans known to be small (tests, fixtures). */
export function renderJson(plan: Plan): string {
  return [...planJsonChunks(plan)].join('');
}
