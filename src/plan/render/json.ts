import type { Plan } from '../types.js';

/** Entries gathered into one chunk before it is handed on: few writes, and never one huge string. */
const CHUNK_CHARS = 1 << 16;

/** Top-level lists written entry by entry, one entry a line. */
const LISTS = ['services', 'statements', 'changes', 'conflicts', 'warnings'] as const;

/**
 * The plan document (docs/plan-format.md), also the saved-plan file, as a sequence of chunks
 * of about CHUNK_CHARS: each entry of a list is serialised on its own, so a plan of millions
 * of changes is written without ever being one string (which `JSON.stringify` cannot make).
 */
export function* planJsonChunks(plan: Plan): Generator<string> {
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
    if ((LISTS as readonly string[]).includes(key) && Array.isArray(value)) {
      if (value.length === 0) {
        yield* emit(`  ${JSON.stringify(key)}: []${separator}`);
        continue;
      }
      yield* emit(`  ${JSON.stringify(key)}: [\n`);
      for (let i = 0; i < value.length; i++) yield* emit(`    ${JSON.stringify(value[i])}${i < value.length - 1 ? ',\n' : '\n'}`);
      yield* emit(`  ]${separator}`);
    } else {
      yield* emit(`  ${JSON.stringify(key)}: ${JSON.stringify(value)}${separator}`);
    }
  }
  yield `${chunk}}\n`;
}

/** The plan document as one string: for plans known to be small (tests, fixtures). */
export function renderJson(plan: Plan): string {
  return [...planJsonChunks(plan)].join('');
}
