export { applyChanges, summariseResults } from './apply.js';
export type { ApplyOptions, ApplyTarget, ApplyWork } from './apply.js';
export { renderApplyText, renderApplyMarkdown } from './render.js';
