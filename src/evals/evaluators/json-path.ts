// A deliberately small JSON path: `$.a.b[0]`, `a.b.0`, `$['key with dots']`. Tool-call argument
// predicates only need to reach into plain objects and arrays.

export function jsonPathGet(value: unknown, path: string): { found: boolean; value?: unknown } {
  const keys = parsePath(path);
  let cur: unknown = value;
  for (const k of keys) {
    if (cur === null || typeof cur !== 'object') return { found: false };
    if (Array.isArray(cur)) {
      const i = Number(k);
      if (!Number.isInteger(i) || i < 0 || i >= cur.length) return { found: false };
      cur = cur[i];
    } else {
      if (!Object.prototype.hasOwnProperty.call(cur, k)) return { found: false };
      cur = (cur as Record<string, unknown>)[k];
    }
  }
  return { found: true, value: cur };
}

function parsePath(path: string): string[] {
  let p = path.trim();
  if (p.startsWith('$')) p = p.slice(1);
  const keys: string[] = [];
  const re = /\.?([^.[\]]+)|\[(\d+)\]|\[['"]([^'"]+)['"]\]/g;
  let m: RegExpExecArray | null;
  let consumed = 0;
  while ((m = re.exec(p)) !== null) {
    if (m.index !== consumed) throw new SyntaxError(`cannot parse JSON path "${path}" at "${p.slice(consumed)}"`);
    keys.push(m[1] ?? m[2] ?? m[3]);
    consumed = re.lastIndex;
  }
  if (consumed !== p.length) throw new SyntaxError(`cannot parse JSON path "${path}" at "${p.slice(consumed)}"`);
  return keys;
}
