export { applyChanges, summariseResults } from './apply.js';
export type { ApplyOptions, ApplyTarget } from './apply.js';
export { renderApplyText, renderApplyMarkdown } from './render.js';
