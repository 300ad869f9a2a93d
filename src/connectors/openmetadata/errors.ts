/**
 * The OpenMetadata connector's own error: its message names what to fix (the URL, the
 * token, the server's version) and is meant for the user as it is. Core maps it to its
 * RevmetaError at the edge; connectors never import core.
 */
export class OpenMetadataError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'OpenMetadataError';
  }
}
