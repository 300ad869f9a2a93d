/** Writes a plan file as a stream (read back with `readSavedPlan`): a plan of any size fits. */
import { createReadStream, createWriteStream, type WriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { once } from 'node:events';
import { planJsonChunks, planJsonEntry, planJsonPieces } from '../plan/render/json.js';
import { EntryCursor, JsonObjectReader } from '../plan/read-json.js';
import type { Change, Plan, PlannedStatement } from '../plan/types.js';

export async function writePlanFile(file: string, plan: Plan): Promise<void> {
  const stream = open(file);
  try {
    for (const chunk of planJsonChunks(plan)) await write(stream, chunk);
    await finish(stream);
  } finally {
    stream.destroy();
  }
}

/**
 * A plan file written as the plan is made: each step's statements and changes go to two files
 * beside it (`<file>.statements`, `<file>.changes`) and leave memory; `finish` writes the
 * document, byte for byte what `writePlanFile` writes for the whole plan, and removes them.
 */
export class PlanFileWriter {
  private readonly statements: WriteStream;
  private readonly changes: WriteStream;
  private readonly counts = { statements: 0, changes: 0 };
  /** Entries per step, in order: how `steps` reads them back. */
  private readonly stepSizes: Array<{ changes: number; statements: number }> = [];

  constructor(readonly file: string) {
    this.statements = open(`${file}.statements`);
    this.changes = open(`${file}.changes`);
  }

  /** Entries handed to the entry files so far (a stream holds at most its buffer of them in memory). */
  get written(): { readonly statements: number; readonly changes: number } {
    return { ...this.counts };
  }

  /** One step's entries, statement ids already numbered plan-wide. */
  async add(changes: readonly Change[], statements: readonly PlannedStatement[]): Promise<void> {
    for (const statement of statements) await write(this.statements, planJsonEntry(statement, this.counts.statements++ === 0));
    for (const change of changes) await write(this.changes, planJsonEntry(change, this.counts.changes++ === 0));
    this.stepSizes.push({ changes: changes.length, statements: statements.length });
  }

  /**
   * The entries back, a step at a time as they were added (instead of `finish`): what
   * `apply plan.json` runs, one step in memory at a time.
   */
  async *steps(): AsyncGenerator<{ changes: Change[]; statements: PlannedStatement[] }> {
    await Promise.all([finish(this.statements), finish(this.changes)]);
    const changes = new EntryCursor(entriesOf<Change>(`${this.file}.changes`));
    const statements = new EntryCursor(entriesOf<PlannedStatement>(`${this.file}.statements`));
    try {
      for (const size of this.stepSizes) yield { changes: await changes.take(size.changes), statements: await statements.take(size.statements) };
    } finally {
      await Promise.all([changes.close(), statements.close()]);
    }
  }

  /** Writes the document around the entries: `plan` holds everything else (its lists of entries are not read). */
  async finish(plan: Plan): Promise<void> {
    await Promise.all([finish(this.statements), finish(this.changes)]);
    const out = open(this.file);
    try {
      const streamed = new Map([
        ['statements', this.counts.statements],
        ['changes', this.counts.changes],
      ] as const);
      for (const piece of planJsonPieces(plan, streamed)) {
        if (typeof piece === 'string') await write(out, piece);
        else for await (const chunk of createReadStream(`${this.file}.${piece.list}`, { encoding: 'utf8', highWaterMark: 1 << 16 })) await write(out, chunk as string);
      }
      await finish(out);
    } finally {
      out.destroy();
      await this.discard();
    }
  }

  /** Removes the entry files (also when planning failed). */
  async discard(): Promise<void> {
    this.statements.destroy();
    this.changes.destroy();
    await Promise.all([rm(`${this.file}.statements`, { force: true }), rm(`${this.file}.changes`, { force: true })]);
  }
}

/** The entries of an entry file (`planJsonEntry`s one after the other), a piece of the file at a time. */
async function* entriesOf<T>(file: string): AsyncGenerator<T[]> {
  let batch: T[] = [];
  const reader = new JsonObjectReader({ entries: { entries: (entry) => batch.push(entry as T) } });
  reader.push('{"entries":[');
  for await (const piece of createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 20 })) {
    reader.push(piece as string);
    yield batch;
    batch = [];
  }
  reader.push(']}');
  reader.finish();
  if (batch.length > 0) yield batch;
}

/** A file to write; an error (a full disk) is thrown by the next `write` or `finish`, never left unhandled. */
function open(file: string): WriteStream {
  return createWriteStream(file, { encoding: 'utf8' }).on('error', () => undefined);
}

async function write(stream: WriteStream, text: string): Promise<void> {
  if (stream.errored) throw stream.errored;
  // `once` rejects when the stream fails while it waits.
  if (!stream.write(text)) await once(stream, 'drain');
}

async function finish(stream: WriteStream): Promise<void> {
  if (stream.errored) throw stream.errored;
  if (stream.writableFinished) return;
  stream.end();
  await once(stream, 'finish');
}
