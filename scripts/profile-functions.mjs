// Time by function of a `--cpu-prof` profile (µs, whole profile): what profile-by-function.mjs and
// profile-steady.mjs share. Inclusive time by default (a function counted once per sample however
// often it recurs on the stack), self time with `self`.
import { readFileSync } from 'node:fs';

/** µs by "function dir/file:line" over the whole profile. */
export function timeByFunction(file, self = false) {
  const profile = JSON.parse(readFileSync(file, 'utf8'));
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const parentOf = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parentOf.set(c, n.id);
  const name = (n) => `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url.split('/').slice(-2).join('/')}:${n.callFrame.lineNumber + 1}`;
  const timeOf = new Map();
  profile.samples.forEach((id, i) => timeOf.set(id, (timeOf.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const out = new Map();
  for (const [id, us] of timeOf) {
    const counted = new Set();
    for (let at = id; at !== undefined; at = self ? undefined : parentOf.get(at)) {
      const key = name(nodes.get(at));
      if (counted.has(key)) continue;
      counted.add(key);
      out.set(key, (out.get(key) ?? 0) + us);
    }
  }
  return out;
}
