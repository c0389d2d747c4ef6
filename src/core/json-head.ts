// The start of a value's JSON text without serializing the rest: the firewall reads the first
// 2,000 characters of a call's arguments, which can carry a whole file or a large MCP payload.

class HeadFull extends Error {}

/**
 * JSON.stringify(value).slice(0, max) for the JSON-shaped values tool arguments are (plain
 * objects, arrays, strings, finite numbers, booleans, null), stopping once `max` characters are
 * written. Anything else (toJSON, class instances, non-finite numbers) is serialized by
 * JSON.stringify itself, so the result is always the same as the slice.
 */
export function jsonHead(value: unknown, max: number): string {
  const parts: string[] = [];
  let length = 0;
  const write = (s: string) => {
    parts.push(s);
    length += s.length;
    if (length >= max) throw new HeadFull();
  };
  const walk = (v: unknown): void => {
    if (typeof v === 'string') {
      // Characters past max+1 cannot reach the first max of the output (each writes at least one).
      write(JSON.stringify(v.length > max + 1 ? v.slice(0, max + 1) : v));
    } else if (v === null || typeof v === 'boolean' || (typeof v === 'number' && Number.isFinite(v))) {
      write(String(v));
    } else if (Array.isArray(v)) {
      write('[');
      for (let i = 0; i < v.length; i++) {
        if (i > 0) write(',');
        const item = v[i];
        if (item === undefined || typeof item === 'function' || typeof item === 'symbol') write('null');
        else walk(item);
      }
      write(']');
    } else if (typeof v === 'object' && (Object.getPrototypeOf(v) === Object.prototype || Object.getPrototypeOf(v) === null) && !('toJSON' in v)) {
      write('{');
      let first = true;
      for (const key of Object.keys(v)) {
        const item = (v as Record<string, unknown>)[key];
        if (item === undefined || typeof item === 'function' || typeof item === 'symbol') continue;
        write(`${first ? '' : ','}${JSON.stringify(key)}:`);
        first = false;
        walk(item);
      }
      write('}');
    } else {
      write(JSON.stringify(v) ?? '');
    }
  };
  try {
    walk(value);
  } catch (err) {
    if (!(err instanceof HeadFull)) throw err;
  }
  return parts.join('').slice(0, max);
}
