/** Code-unit order: deterministic whatever the locale. Shared by the manifest reader/writer and the planner. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
