export { planService, describeObject, formatLocation, TRUNCATION_MARKER } from './plan.js';
export type { ServicePlan, ServicePlanInput, ServicePolicy } from './plan.js';
export { assemblePlan, summarise, isDestructive } from './assemble.js';
export { renderText } from './render/text.js';
export { renderMarkdown } from './render/markdown.js';
export { renderJson } from './render/json.js';
export { canonicalJson, digestOf, sha256 } from './digest.js';
export * from './types.js';
