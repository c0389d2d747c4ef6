/**
 * Every string value in a call's arguments, depth first, for rules that look at what a call names
 * or where it points. Bounded, since rules run on every call: nothing below `maxDepth` levels, and
 * the walk stops once more than `maxCount` strings are collected.
 */
export function argStrings(v: unknown, maxDepth = 4, maxCount = 64): string[] {
  const out: string[] = [];
  const walk = (x: unknown, depth: number): void => {
    if (depth > maxDepth || out.length > maxCount) return;
    if (typeof x === 'string') out.push(x);
    else if (Array.isArray(x)) for (const y of x) walk(y, depth + 1);
    else if (x && typeof x === 'object') for (const y of Object.values(x)) walk(y, depth + 1);
  };
  walk(v, 0);
  return out;
}
