// How deep a parsed JSON body nests, walked with an explicit stack: JSON.parse itself parses any
// depth (V8's parser is iterative), the recursive walkers downstream would not. Walking the parsed
// value visits each container once, where a scan of the text stepped over every string of a 50 KB
// agent request (~600 of them, for ~130 containers).

/** True when `value` nests objects/arrays deeper than `max` (the outermost container is depth 1). */
export function valueDepthExceeds(value: unknown, max: number): boolean {
  if (value === null || typeof value !== 'object') return false;
  if (max < 1) return true;
  const containers: object[] = [value];
  const depths: number[] = [1];
  while (containers.length) {
    const container = containers.pop()!;
    const depth = depths.pop()!;
    const children: unknown[] = Array.isArray(container) ? container : Object.values(container);
    for (const child of children) {
      if (child === null || typeof child !== 'object') continue;
      if (depth + 1 > max) return true;
      containers.push(child);
      depths.push(depth + 1);
    }
  }
  return false;
}
