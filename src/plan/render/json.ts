import type { Plan } from '../types.js';

/** The plan document as DESIGN.md specifies it; also the saved-plan file format. */
export function renderJson(plan: Plan): string {
  return `${JSON.stringify(plan, null, 2)}\n`;
}
