/** Catalog trees for tests that need no source: objects as the manifests state them and as introspection lists them. */
import { observedNode } from '../../src/connectors/kit/objects.js';
import type { DesiredNode, ObservedNode, SourceLocation } from '../../src/model/types.js';

export const MANIFEST_AT: SourceLocation = { file: 'm.yaml', line: 1, column: 1 };

/** An object a manifest states, with its fields and children. */
export function desiredNode(kind: DesiredNode['kind'], name: string, fields: DesiredNode['fields'] = {}, children: DesiredNode[] = []): DesiredNode {
  return { kind, name, fields, location: MANIFEST_AT, fieldLocations: {}, children };
}

/** An object introspection listed, with no description, owner or tags. */
export function observedTree(kind: ObservedNode['kind'], name: string, children: ObservedNode[] = []): ObservedNode {
  return { ...observedNode(kind, name), children };
}
