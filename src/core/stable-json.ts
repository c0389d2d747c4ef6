/**
 * JSON with object keys sorted at every level and undefined members left out, so two values that
 * mean the same print the same whatever order their fields were set in (cache keys, config
 * versions). Keys sort by UTF-16 code unit, as Array.prototype.sort does.
 */
export function stableJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  const o = value as Record<string, unknown>;
  return `{${Object.keys(o).filter((k) => o[k] !== undefined).sort().map((k) => `${JSON.stringify(k)}:${stableJson(o[k])}`).join(',')}}`;
}
