/**
 * Built-in statements, by field: most systems write a description their own way, some an
 * owner, few a tag; a field the system cannot write is refused with a message of its own.
 */
import type { Change } from '../../model/change.js';

/** Renders a change of one field, or (a string) the reason the system cannot write it. */
export type FieldRenderer = ((change: Change) => string) | string;

/** One built-in renderer from a renderer (or a refusal) per field. */
export function renderByField(renderers: Record<Change['field'], FieldRenderer>): (change: Change) => string {
  return (change) => {
    const render = renderers[change.field];
    if (typeof render === 'string') throw new Error(render);
    return render(change);
  };
}
