/**
 * The example workflows a user copies (examples/github/*.yml) use the Action as action.yml
 * defines it: every `with:` key is an input, every `steps.<id>.outputs.<name>` of a revmeta
 * step is an output, and every `command:` is one the Action runs. A renamed input or output
 * breaks this test instead of a user's workflow.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const EXAMPLES = path.join(ROOT, 'examples', 'github');
const ACTION = 'your-org/revmeta@v1';
const COMMANDS = ['plan', 'apply', 'reconcile', 'export', 'validate'];

interface Step {
  id?: string;
  uses?: string;
  with?: Record<string, unknown>;
}
interface Workflow {
  on: unknown;
  jobs: Record<string, { steps: Step[] }>;
}

const action = parse(await readFile(path.join(ROOT, 'action.yml'), 'utf8')) as { inputs: Record<string, unknown>; outputs: Record<string, unknown> };
const files = (await readdir(EXAMPLES)).filter((name) => name.endsWith('.yml')).sort();

describe('examples/github workflows', () => {
  it('are all there, drift and sharding included', () => {
    expect(files).toEqual(expect.arrayContaining(['plan.yml', 'apply.yml', 'export.yml', 'drift.yml', 'sharded-plan.yml', 'sharded-apply.yml']));
  });

  it.each(files)('%s uses only the inputs, outputs and commands action.yml has', async (file) => {
    const text = await readFile(path.join(EXAMPLES, file), 'utf8');
    const workflow = parse(text) as Workflow;
    expect(workflow.on, `${file}: on:`).toBeDefined();
    const revmetaSteps = Object.values(workflow.jobs).flatMap((job) => job.steps.filter((step) => step.uses === ACTION));
    expect(revmetaSteps.length, `${file} has a revmeta step`).toBeGreaterThan(0);
    const ids = new Set<string>();
    for (const step of revmetaSteps) {
      if (step.id) ids.add(step.id);
      for (const key of Object.keys(step.with ?? {})) expect(Object.keys(action.inputs), `${file}: input "${key}"`).toContain(key);
      expect(COMMANDS, `${file}: command`).toContain(step.with?.command);
    }
    for (const match of text.matchAll(/steps\.([\w-]+)\.outputs\.([\w-]+)/g)) {
      if (!ids.has(match[1]!)) continue;
      expect(Object.keys(action.outputs), `${file}: output "${match[2]}"`).toContain(match[2]);
    }
  });

  it('sharded workflows give each matrix job its own services, cache and concurrency group', async () => {
    for (const file of ['sharded-plan.yml', 'sharded-apply.yml']) {
      const text = await readFile(path.join(EXAMPLES, file), 'utf8');
      const workflow = parse(text) as { jobs: Record<string, { strategy?: { matrix?: { service?: string[] } }; steps: Step[] }> };
      const [job] = Object.values(workflow.jobs);
      expect(job!.strategy?.matrix?.service?.length, file).toBeGreaterThan(1);
      const step = job!.steps.find((candidate) => candidate.uses === ACTION)!;
      expect(step.with?.services, file).toBe('${{ matrix.service }}');
      expect(text, file).toContain("key: revmeta-manifests-${{ matrix.service }}-");
    }
    expect(await readFile(path.join(EXAMPLES, 'sharded-apply.yml'), 'utf8')).toContain('group: revmeta-apply-${{ matrix.service }}');
  });
});
