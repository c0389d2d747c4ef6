// How deep a parsed JSON body nests, walked with an explicit stack: JSON.parse itself parses any
// depth (V8's parser is iterative), the recursive walkers downstream would not. Walking the parsed
// value visits each container once, where a scan of the text stepped over every string of a 50 KB
// agent request (~600 of them, for ~130 containers).

/** True when `value` nests objects/arrays deeper than `max` (the outermost container is depth 1). */
export function valueDepthExceeds(value: unknown, max: number): boolean {
  return walk(value, max, false) === 'too_deep';
}

/**
 * Why a parsed JSON body cannot be taken as it is: nested deeper than `max`, or an object with an
 * own `"__proto__"` key at any depth (what fastify's parser refuses as prototype poisoning; it
 * finds the key with a regex over the whole text first, this walk visits only the containers).
 */
export function bodyProblem(value: unknown, max: number): 'too_deep' | 'proto_key' | undefined {
  return walk(value, max, true);
}

const hasOwn = Object.prototype.hasOwnProperty;

function walk(value: unknown, max: number, protoKeys: boolean): 'too_deep' | 'proto_key' | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  if (max < 1) return 'too_deep';
  const containers: object[] = [value];
  const depths: number[] = [1];
  while (containers.length) {
    const container = containers.pop()!;
    const depth = depths.pop()!;
    const isArray = Array.isArray(container);
    if (protoKeys && !isArray && hasOwn.call(container, '__proto__')) return 'proto_key';
    const children: unknown[] = isArray ? container : Object.values(container);
    for (const child of children) {
      if (child === null || typeof child !== 'object') continue;
      if (depth + 1 > max) return 'too_deep';
      containers.push(child);
      depths.push(depth + 1);
    }
  }
  return undefined;
}
