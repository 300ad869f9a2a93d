/** Writes a plan file as a stream (read back with `readSavedPlan`): a plan of any size fits. */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { planJsonChunks } from '../plan/render/json.js';
import type { Plan } from '../plan/types.js';

export async function writePlanFile(file: string, plan: Plan): Promise<void> {
  const stream = createWriteStream(file, { encoding: 'utf8' });
  const failed = new Promise<never>((_, reject) => stream.once('error', reject));
  failed.catch(() => undefined);
  try {
    for (const chunk of planJsonChunks(plan)) {
      if (!stream.write(chunk)) await Promise.race([once(stream, 'drain'), failed]);
    }
    stream.end();
    await Promise.race([once(stream, 'finish'), failed]);
  } finally {
    stream.destroy();
  }
}
