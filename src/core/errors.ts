import { OpenMetadataError } from '../connectors/openmetadata/errors.js';
import type { Diagnostic } from '../manifest/types.js';

/** Errors that reach the CLI/Action edge: each carries what the user needs and an exit code. */
export class RevmetaError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
    this.name = 'RevmetaError';
  }
}

export class ValidationError extends RevmetaError {
  constructor(readonly diagnostics: readonly Diagnostic[]) {
    super(diagnostics.map(formatDiagnostic).join('\n'));
    this.name = 'ValidationError';
  }
}

export function formatDiagnostic(diagnostic: Diagnostic): string {
  return `${diagnostic.file}:${diagnostic.line}:${diagnostic.column}: ${diagnostic.message}`;
}

/** A connector's error meant for the user as it is (its message names what to fix), as the edge shows it. */
export function asRevmetaError(error: unknown): unknown {
  return error instanceof OpenMetadataError ? new RevmetaError(error.message) : error;
}
