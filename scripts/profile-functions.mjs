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

/** The scripts' shared command line: `--self`, `--top N`, and the positional arguments (checked against `counts`). */
export function profileArgs(usage, counts) {
  const argv = process.argv.slice(2);
  const topAt = argv.indexOf('--top');
  const positional = argv.filter((a, i) => !a.startsWith('--') && argv[i - 1] !== '--top');
  if (!counts.includes(positional.length)) {
    process.stderr.write(`usage: ${usage}\n`);
    process.exit(2);
  }
  return { self: argv.includes('--self'), top: topAt >= 0 ? Number(argv[topAt + 1]) : 40, positional };
}

/** One case's µs per request by function, or what the second case spends more than the first. */
export function printByFunction(a, b, top) {
  const rows = b
    ? [...new Set([...a.keys(), ...b.keys()])].map((k) => [k, (b.get(k) ?? 0) - (a.get(k) ?? 0), a.get(k) ?? 0, b.get(k) ?? 0])
    : [...a].map(([k, v]) => [k, v]);
  rows.sort((x, y) => y[1] - x[1]);
  process.stdout.write(b ? 'µs/req  b − a       a       b  function\n' : 'µs/req  function\n');
  for (const [k, ...v] of rows.slice(0, top)) process.stdout.write(`${v.map((x) => x.toFixed(2).padStart(7)).join(' ')}  ${k}\n`);
}
