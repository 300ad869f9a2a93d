/**
 * Fully qualified names as OpenMetadata writes them (its `FullyQualifiedName.quoteName`):
 * parts joined by '.', a part that contains a dot wrapped in double quotes, and a double quote
 * inside a part escaped with a backslash (`\"`), never doubled. Backslashes are not escaped,
 * so only `\"` is an escape when reading. FQNs are never split on dots blindly.
 */
import type { DesiredNode, ObjectRef } from './types.js';

export function quoteFqnPart(name: string): string {
  const escaped = name.replaceAll('"', '\\"');
  return name.includes('.') ? `"${escaped}"` : escaped;
}

export function joinFqn(parts: readonly string[]): string {
  return parts.map(quoteFqnPart).join('.');
}

export type FqnParse = { ok: true; parts: string[] } | { ok: false; error: string };

export function parseFqn(fqn: string): FqnParse {
  const parts: string[] = [];
  let i = 0;
  if (fqn.length === 0) return { ok: false, error: 'empty name' };
  while (i <= fqn.length) {
    let part = '';
    if (fqn[i] === '"') {
      i++;
      let closed = false;
      while (i < fqn.length) {
        if (fqn[i] === '\\' && fqn[i + 1] === '"') {
          part += '"';
          i += 2;
          continue;
        }
        if (fqn[i] === '"') {
          if (fqn[i + 1] === '"') return { ok: false, error: `a double quote inside a name is written \\", not doubled, in "${fqn}"` };
          closed = true;
          i++;
          break;
        }
        part += fqn[i];
        i++;
      }
      if (!closed) return { ok: false, error: `unterminated quote in "${fqn}"` };
      if (i < fqn.length && fqn[i] !== '.')
        return { ok: false, error: `unexpected character after a quoted part in "${fqn}"` };
    } else {
      while (i < fqn.length && fqn[i] !== '.') {
        if (fqn[i] === '\\' && fqn[i + 1] === '"') {
          part += '"';
          i += 2;
          continue;
        }
        if (fqn[i] === '"') return { ok: false, error: `unexpected quote inside a part of "${fqn}"` };
        part += fqn[i];
        i++;
      }
    }
    if (part.length === 0) return { ok: false, error: `empty part in "${fqn}"` };
    parts.push(part);
    if (i >= fqn.length) break;
    i++; // the dot
    if (i === fqn.length) return { ok: false, error: `trailing dot in "${fqn}"` };
  }
  return { ok: true, parts };
}

/** A tag reference `Classification.Tag`; nested tags keep their path in `tag`. */
export interface TagRef {
  classification: string;
  tag: string;
  fqn: string;
}

export function parseTagFqn(fqn: string): { ok: true; tag: TagRef } | { ok: false; error: string } {
  const parsed = parseFqn(fqn);
  if (!parsed.ok) return parsed;
  if (parsed.parts.length < 2)
    return { ok: false, error: `tag "${fqn}" is not of the form Classification.Tag` };
  const [classification, ...rest] = parsed.parts as [string, ...string[]];
  return { ok: true, tag: { classification, tag: joinFqn(rest), fqn } };
}

/** FQN of an object below its service: database.schema.table.column. */
export function objectFqn(ref: ObjectRef): string {
  const parts = [ref.database];
  if (ref.schema !== undefined) parts.push(ref.schema);
  if (ref.table !== undefined) parts.push(ref.table);
  if (ref.column !== undefined) parts.push(ref.column);
  return joinFqn(parts);
}

/** The object a change locks and groups under: a column's table, else the object itself. */
export function tableOf(object: ObjectRef): ObjectRef {
  if (object.kind !== 'column') return object;
  const { column: _column, ...rest } = object;
  return { ...rest, kind: 'table' };
}

/** The tag classifications used anywhere below these nodes (the ones a plan manages by default). */
export function classificationsIn(nodes: readonly DesiredNode[]): string[] {
  const found = new Set<string>();
  const visit = (node: DesiredNode) => {
    for (const fqn of node.fields.tags ?? []) {
      const parsed = parseTagFqn(fqn);
      if (parsed.ok) found.add(parsed.tag.classification);
    }
    node.children.forEach(visit);
  };
  nodes.forEach(visit);
  return [...found];
}
