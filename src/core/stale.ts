/**
 * A saved plan is applied only if it is still what `plan` would say now (as Terraform and
 * Atlas refuse a stale plan): same manifests, same config, same observed state.
 */
import { describeObject } from '../plan/plan.js';
import { PLAN_FORMAT_VERSION, type Change, type Plan } from '../plan/types.js';
import { RevmetaError } from './errors.js';

export function parseSavedPlan(text: string, file: string): Plan {
  let plan: unknown;
  try {
    plan = JSON.parse(text);
  } catch (error) {
    throw new RevmetaError(`${file}: not a plan file (${error instanceof Error ? error.message : String(error)})`);
  }
  const candidate = plan as Partial<Plan>;
  if (!candidate || typeof candidate !== 'object' || !Array.isArray(candidate.changes) || !Array.isArray(candidate.services)) {
    throw new RevmetaError(`${file}: not a revmeta plan (no services/changes); write one with \`revmeta plan --out ${file}\``);
  }
  if (candidate.formatVersion !== PLAN_FORMAT_VERSION) {
    throw new RevmetaError(`${file}: plan format ${String(candidate.formatVersion)} is not supported (this revmeta reads ${PLAN_FORMAT_VERSION})`);
  }
  return candidate as Plan;
}

/** Why a saved plan may not be applied; empty when it still holds. */
export function stalenessReasons(saved: Plan, fresh: Plan): string[] {
  const reasons: string[] = [];
  if (saved.manifestsDigest !== fresh.manifestsDigest) reasons.push('the manifests changed since the plan was made');
  if (saved.configDigest !== fresh.configDigest) reasons.push('the config changed since the plan was made');
  const freshServices = new Map(fresh.services.map((service) => [service.name, service]));
  for (const service of saved.services) {
    const now = freshServices.get(service.name);
    if (!now) {
      reasons.push(`service "${service.name}" is no longer in the config`);
      continue;
    }
    if (now.observedDigest === service.observedDigest) continue;
    const moved = movedObjects(saved.changes, fresh.changes, service.name);
    reasons.push(
      moved.length > 0
        ? `the live state of service "${service.name}" changed since the plan was made: ${formatList(moved)}`
        : `the live state of service "${service.name}" changed since the plan was made`,
    );
  }
  return reasons;
}

/** Objects whose planned change differs between the saved plan and a plan made now. */
function movedObjects(saved: readonly Change[], fresh: readonly Change[], service: string): string[] {
  const index = (changes: readonly Change[]) =>
    new Map(
      changes
        .filter((change) => change.service === service)
        .map((change) => [keyOf(change), JSON.stringify([change.action, change.before, change.after, change.sql])]),
    );
  const before = index(saved);
  const now = index(fresh);
  const moved = new Set<string>();
  for (const [key, value] of before) if (now.get(key) !== value) moved.add(key);
  for (const key of now.keys()) if (!before.has(key)) moved.add(key);
  return [...moved].sort();
}

function keyOf(change: Change): string {
  const field = change.field === 'tag' ? `tag ${change.tag}` : change.field;
  return `${change.object.kind} ${describeObject(change.object)} ${field}`;
}

function formatList(items: readonly string[], max = 10): string {
  const shown = items.slice(0, max).join('; ');
  return items.length > max ? `${shown}; and ${items.length - max} more` : shown;
}
