/** Runs the revmeta CLI in-process with captured output, and writes workspaces for it. */
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { stringify } from 'yaml';
import { main } from '../../src/cli/main.js';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
  /**
   * Progress lines (stderr in a process; kept apart here so stderr holds warnings and errors
   * only). Absent when there were none, so a run can still be compared whole with toEqual.
   */
  progress?: string;
}

export async function runCli(
  args: string[],
  options: { env?: Record<string, string | undefined>; interactive?: boolean; answer?: string } = {},
): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  let progress = '';
  const code = await main(['node', 'revmeta', ...args], {
    stdout: { write: (text) => void (stdout += text), isTTY: false },
    stderr: { write: (text) => void (stderr += text), isTTY: false },
    progress: { write: (text) => void (progress += text), isTTY: false },
    env: options.env ?? {},
    interactive: options.interactive ?? false,
    ask: async () => options.answer ?? '',
  });
  return { code, stdout, stderr, ...(progress !== '' ? { progress } : {}) };
}

export interface WorkspaceFiles {
  /** The config as an object (stringified with the yaml library), or raw YAML text. */
  config: Record<string, unknown> | string;
  /** Manifest path (below metadata/) → documents (objects) or raw YAML text. */
  manifests: Record<string, Array<Record<string, unknown>> | string>;
}

/** Writes revmeta.yaml and its manifests into a new temp folder; returns the config path. */
export async function writeWorkspace(files: WorkspaceFiles): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'revmeta-ws-'));
  const configFile = path.join(dir, 'revmeta.yaml');
  await writeFile(configFile, typeof files.config === 'string' ? files.config : stringify(files.config));
  for (const [file, content] of Object.entries(files.manifests)) {
    const full = path.join(dir, 'metadata', file);
    await mkdir(path.dirname(full), { recursive: true });
    const text = typeof content === 'string' ? content : content.map((doc) => stringify(doc)).join('---\n');
    await writeFile(full, text);
  }
  return configFile;
}
