/**
 * OpenMetadata as one more connector, for `plan|apply|reconcile --target openmetadata`: the
 * planner, unchanged, between the manifests and OpenMetadata itself, so a description or tag
 * edited by hand in a pull request is written back on merge and the next export keeps it.
 *
 * It is not a service `type:` of the config: the services stay the config's services, and
 * the connection is the config's `openmetadata:` block (see `openMetadataTarget`).
 */
import { joinFqn } from '../../model/fqn.js';
import { OPENMETADATA_TARGET } from '../../model/types.js';
import type { Change } from '../../model/change.js';
import type { Connector, Driver, CompileContext } from '../types.js';
import { defineConnector } from '../kit/connector.js';
import * as capabilities from './capabilities.js';
import * as driver from './driver.js';
import { asOpenMetadataDriver, type ColumnSnapshot } from './driver.js';
import * as introspect from './introspect.js';
import { decodeName } from './read.js';
import * as sql from './sql.js';
import { entityKey, type ColumnTarget, type EntityTarget, type OpenMetadataCompileContext, type OwnerRef } from './sql.js';

export { OPENMETADATA_TARGET };

/**
 * Columns by the reference the planner gives them (a nested one's path joined FQN-style, as
 * `refFor` does), with their indices; a reference two columns share is `null`.
 */
function columnTargets(columns: readonly ColumnSnapshot[]): Map<string, ColumnTarget | null> {
  const targets = new Map<string, ColumnTarget | null>();
  const visit = (list: readonly ColumnSnapshot[], parentKey: string | undefined, path: number[], names: string[]) => {
    list.forEach((column, index) => {
      const name = decodeName(column.name);
      const key = parentKey === undefined ? name : joinFqn([parentKey, name]);
      const target: ColumnTarget = { path: [...path, index], names: [...names, column.name], tags: column.tags, hasTags: column.hasTags };
      targets.set(key, targets.has(key) ? null : target);
      visit(column.children, key, target.path, target.names);
    });
  };
  visit(columns, undefined, [], []);
  return targets;
}

/**
 * What the requests need of the entities the changes touch, from introspection's snapshot:
 * FQNs, label indices, column positions, owner references; and, when a tag is added and the
 * service reads glossary terms, which tag keys are glossaries (one list request).
 */
export async function readCompileContext(driver: Driver, changes: readonly Change[]): Promise<CompileContext> {
  const om = asOpenMetadataDriver(driver);
  const entities: Record<string, EntityTarget> = {};
  const principals: Record<string, OwnerRef> = {};
  const tagKeys = new Set<string>();
  const columnsOf = new Map<string, Map<string, ColumnTarget | null>>();
  for (const change of changes) {
    const key = entityKey(change.object);
    const snapshot = om.entities.get(key);
    if (!snapshot) throw new Error(`${change.object.kind} ${key} was not read from OpenMetadata`);
    const target = (entities[key] ??= { kind: snapshot.kind, fqn: snapshot.fqn, tags: snapshot.tags, hasTags: snapshot.hasTags, owners: snapshot.owners });
    if (change.object.kind === 'column') {
      let columns = columnsOf.get(key);
      if (!columns) {
        columns = columnTargets(snapshot.columns ?? []);
        columnsOf.set(key, columns);
      }
      const reference = change.object.column!;
      const column = columns.get(reference);
      if (column === undefined) throw new Error(`column ${reference} of ${snapshot.fqn} was not read from OpenMetadata`);
      if (column === null) throw new Error(`column ${reference} of ${snapshot.fqn} names two columns; it cannot be addressed`);
      (target.columns ??= {})[reference] = column;
    }
    if (change.field === 'owner') {
      // Compile names any of these that stays or comes; one being removed may have no reference.
      for (const name of [...snapshot.owners, ...(change.after !== null ? [change.after] : [])]) {
        const principal = om.principals.get(name);
        if (principal) principals[name] = principal;
      }
    }
    if (change.field === 'tag' && change.after !== null && change.tag !== undefined) tagKeys.add(change.tag);
  }
  let glossaries: string[] = [];
  if (om.glossary && tagKeys.size > 0) {
    const names = await om.glossaries();
    glossaries = [...tagKeys].filter((key) => names.has(key)).sort();
  }
  const context: OpenMetadataCompileContext = { entities, principals, glossaries };
  return context;
}

export const openmetadata: Connector = defineConnector({ driver, sql, capabilities, introspect }, {
  type: OPENMETADATA_TARGET,
  readCompileContext,
});
