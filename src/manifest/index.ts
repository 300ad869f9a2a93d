/** Loading and validating revmeta.yaml and the manifests folder. */
export { loadConfig } from './config.js';
export { loadManifests } from './load.js';
export type { Config, Diagnostic, Loaded, ServiceConfig } from './types.js';
