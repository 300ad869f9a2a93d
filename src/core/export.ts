/**
 * `revmeta export`: OpenMetadata → manifests, through the same deterministic writer as
 * `revmeta import`, so the same catalog gives byte-identical files and a git diff shows
 * only what changed in OpenMetadata. Pruning is limited to the exported services: a
 * `--service` export never deletes another service's manifests.
 */
import { OlderServerError, OpenMetadataClient, type OpenMetadataClientOptions } from '../connectors/openmetadata/client.js';
import { readService, type ReadCounts } from '../connectors/openmetadata/read.js';
import type { Config } from '../manifest/types.js';
import { emitAll, type EmitOptions, type WritableTree } from '../manifest/emit.js';
import type { PruneScope, WriteResult } from '../manifest/write.js';
import { writeManifestsFolder } from './manifests-folder.js';
import { asRevmetaError, RevmetaError } from './errors.js';
import { selectServices, type Workspace } from './workspace.js';

export interface ExportOptions extends EmitOptions {
  /** `--service`: only these services (default: every service of the config). */
  services?: readonly string[];
  /**
   * Also export glossary terms as tags, for every service (`--glossary`); a service's own
   * `tags.glossary: true` turns it on for that service alone. Default off: sources hold classifications.
   */
  glossary?: boolean;
  /** Injected for tests; default the global fetch. */
  fetch?: typeof fetch;
  /** Backoff base for retries; tests make it tiny. */
  retryBaseMillis?: number;
  /** Client tuning (page size, concurrency, retries, timeouts); url and token come from the config. */
  client?: Omit<OpenMetadataClientOptions, 'url' | 'token' | 'fetch'>;
  onProgress?: (message: string) => void;
}

export interface ExportSummary extends ReadCounts {
  services: number;
  /** Values left out (unparseable tags, owners without names), and services left unpruned. */
  warnings: string[];
  /** HTTP requests made, retries included, and retries alone. */
  requests: number;
  retries: number;
}

export interface ExportRun {
  result: WriteResult;
  /** Written and removed files, relative to the manifests folder, sorted. */
  filesChanged: string[];
  /** Markdown for a pull request body or a job summary. */
  summary: string;
  /** One line for the terminal: counts of objects and files. */
  line: string;
  counts: ExportSummary;
}

/** What an exporter gives back for an export pull request. */
export interface ExportResult {
  /** Files the exporter wrote or removed, relative to the manifests folder. */
  filesChanged: string[];
  /** What changed, in words, for the PR body (markdown). */
  summary: string;
}

/** The exporter (`revmeta export`), injected: it writes manifests into the workspace's manifests folder. */
export type ExportRunner = (workspace: Workspace) => Promise<ExportResult>;

/** Reads the selected services from OpenMetadata and writes their manifests into `config.manifests`. */
export async function runExport(config: Config, options: ExportOptions = {}): Promise<ExportRun> {
  try {
    return await exportServices(config, options);
  } catch (error) {
    throw asRevmetaError(error);
  }
}

async function exportServices(config: Config, options: ExportOptions): Promise<ExportRun> {
  const openmetadata = config.openmetadata;
  if (openmetadata === undefined || !openmetadata.url)
    throw new RevmetaError('export needs `openmetadata: { url, token }` in the config');
  const services = selectServices(config, options.services);
  const client = new OpenMetadataClient({
    ...options.client,
    url: openmetadata.url,
    ...(openmetadata.token !== undefined ? { token: openmetadata.token } : {}),
    ...(options.fetch !== undefined ? { fetch: options.fetch } : {}),
    ...(options.retryBaseMillis !== undefined ? { retryBaseMillis: options.retryBaseMillis } : {}),
  });

  const counts: ExportSummary = { services: 0, databases: 0, schemas: 0, tables: 0, columns: 0, warnings: [], requests: 0, retries: 0 };
  const trees: WritableTree[] = [];
  const prune: PruneScope[] = [];
  // Services one after another: the client already overlaps requests within one, and
  // progress then reads service by service.
  for (const service of services) {
    options.onProgress?.(`Reading ${service} from OpenMetadata…`);
    const glossary = options.glossary === true || config.services[service]?.tags?.glossary === true;
    const read = await readService(client, service, {
      glossary,
      ...(options.onProgress !== undefined ? { onProgress: options.onProgress } : {}),
    }).catch(async (error: unknown) => {
      // A server older than 1.5 refuses `fields=owners`: name its version (read only then, so a
      // supported server costs no extra request) and the minimum.
      if (error instanceof OlderServerError) await client.supportedVersion();
      throw error;
    });
    trees.push(read.tree);
    counts.services++;
    counts.databases += read.counts.databases;
    counts.schemas += read.counts.schemas;
    counts.tables += read.counts.tables;
    counts.columns += read.counts.columns;
    counts.warnings.push(...read.warnings);
    // A service with no databases at all is far more often a misspelt name or a missing
    // permission than a catalog that was emptied: keep its manifests rather than delete them all.
    if (read.tree.databases.length === 0)
      counts.warnings.push(`${service}: OpenMetadata has no databases for this service; its manifests were left as they are`);
    else prune.push({ service, keep: read.unreadable });
  }
  counts.requests = client.stats.requests;
  counts.retries = client.stats.retries;

  let files;
  try {
    files = emitAll(trees, options);
  } catch (error) {
    // Two objects whose names decode to one (say `a:b` and `a__reserved__colon__b`) cannot be one manifest key.
    throw new RevmetaError(`export: ${error instanceof Error ? error.message : String(error)}`);
  }
  const result = await writeManifestsFolder('export', config.manifests, files, { prune });
  const filesChanged = [...result.written, ...result.removed].sort();
  return { result, filesChanged, summary: summaryMarkdown(counts, result, services), line: summaryLine(counts, result), counts };
}

/** `runExport` in the shape the export pull request (`src/github/export-pr.ts`) injects. */
export function exportRunner(options: ExportOptions = {}): ExportRunner {
  return async (workspace) => {
    const run = await runExport(workspace.config, options);
    return { filesChanged: run.filesChanged, summary: run.summary };
  };
}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

export function summaryLine(counts: ExportSummary, result: WriteResult): string {
  return (
    `Exported ${plural(counts.services, 'service')}, ${plural(counts.databases, 'database')}, ` +
    `${plural(counts.schemas, 'schema')}, ${plural(counts.tables, 'table')}, ${plural(counts.columns, 'column')}: ` +
    `${result.written.length} file(s) written, ${result.unchanged.length} unchanged, ${result.removed.length} removed` +
    (counts.warnings.length > 0 ? `, ${plural(counts.warnings.length, 'warning')}` : '')
  );
}

/** Counts first, then what changed; the PR body lists the files itself, so they are only counted here. */
export function summaryMarkdown(counts: ExportSummary, result: WriteResult, services: readonly string[]): string {
  const lines = [
    `Export from OpenMetadata of ${services.map((service) => `\`${service}\``).join(', ')}.`,
    '',
    '| services | databases | schemas | tables | columns |',
    '|---:|---:|---:|---:|---:|',
    `| ${counts.services} | ${counts.databases} | ${counts.schemas} | ${counts.tables} | ${counts.columns} |`,
    '',
    `Files: ${result.written.length} written, ${result.removed.length} removed, ${result.unchanged.length} unchanged.`,
  ];
  if (counts.warnings.length > 0) {
    lines.push('', `Warnings (${counts.warnings.length}):`, '');
    const shown = counts.warnings.slice(0, 50);
    for (const warning of shown) lines.push(`- ${escapeMarkdown(warning)}`);
    if (counts.warnings.length > shown.length) lines.push(`- … and ${counts.warnings.length - shown.length} more`);
  }
  return lines.join('\n') + '\n';
}

/** Names come from a catalog: keep them from being read as markdown or HTML. */
function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>|#]/g, (char) => `\\${char}`);
}

