/**
 * `--target openmetadata`: how one service of the config is planned against OpenMetadata
 * instead of its source. Built here, in core, since it reads the config and gives a planner
 * policy; the OpenMetadata connector itself knows neither.
 */
import { openmetadata } from '../connectors/openmetadata/index.js';
import type { Connector } from '../connectors/types.js';
import type { Config, ServiceConfig } from '../manifest/types.js';
import type { ServicePolicy } from '../plan/plan.js';
import { asRevmetaError } from './errors.js';

/**
 * The OpenMetadata connector as core runs it: what it throws while connecting and reading for
 * compile (its OpenMetadataError: a URL that is not one, a server too old) becomes a
 * RevmetaError, shown as it is. Introspection's errors are mapped where every connector's are.
 */
export const openMetadataConnector: Connector = {
  ...openmetadata,
  createDriver(context) {
    try {
      return openmetadata.createDriver(context);
    } catch (error) {
      throw asRevmetaError(error);
    }
  },
  async readCompileContext(driver, changes) {
    try {
      return (await openmetadata.readCompileContext?.(driver, changes)) ?? {};
    } catch (error) {
      throw asRevmetaError(error);
    }
  },
};

/** How `--target openmetadata` plans one service of the config. */
export interface OpenMetadataTarget {
  connection: Record<string, unknown>;
  policy: ServicePolicy;
}

/**
 * The connection is the config's `openmetadata:` block plus the service's `tags.glossary`.
 * The policy keeps what says which objects and tags the manifests manage (include, exclude,
 * `--select`, `tags.managed`) and leaves out what describes the source (`sync`, `owners.map`,
 * `sql`, `descriptions`): OpenMetadata holds owners by their OpenMetadata names, and every
 * field of every level the manifests can name.
 */
export function openMetadataTarget(config: Config, service: ServiceConfig, select?: readonly string[]): OpenMetadataTarget {
  const { url, token } = config.openmetadata ?? { url: '' };
  const connection: Record<string, unknown> = { url, ...(token !== undefined && token !== '' ? { token } : {}) };
  if (service.tags?.glossary === true) connection['glossary'] = true;
  const policy: ServicePolicy = {};
  if (service.tags?.managed) policy.managedClassifications = service.tags.managed;
  if (service.include) policy.include = service.include;
  if (service.exclude) policy.exclude = service.exclude;
  if (select && select.length > 0) policy.select = select;
  return { connection, policy };
}
