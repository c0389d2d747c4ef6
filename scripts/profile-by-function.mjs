// CPU time by function of a `--cpu-prof` profile, per request: `node scripts/profile-by-function.mjs
// a.cpuprofile <requests> [b.cpuprofile <requests>] [--self] [--top N]`. With one profile it lists
// the functions by time per request; with two it lists what the second spends more than the first
// (e.g. tools-json against json from `CPU_PROFILE=<dir> bench/cpu-per-request.ts`). Inclusive time
// by default (a function counted once per sample however often it recurs), `--self` for self time.
// The default sampling interval is 1 ms, so rows under ~2 µs per request over ~10,000 requests are noise.
import { timeByFunction } from './profile-functions.mjs';

const argv = process.argv.slice(2);
const self = argv.includes('--self');
const topAt = argv.indexOf('--top');
const top = topAt >= 0 ? Number(argv[topAt + 1]) : 40;
const positional = argv.filter((a, i) => !a.startsWith('--') && argv[i - 1] !== '--top');
if (positional.length !== 2 && positional.length !== 4) {
  process.stderr.write('usage: profile-by-function.mjs a.cpuprofile <requests> [b.cpuprofile <requests>] [--self] [--top N]\n');
  process.exit(2);
}

/** µs per request by "function file:line". */
function byFunction(file, requests) {
  return new Map([...timeByFunction(file, self)].map(([k, us]) => [k, us / requests]));
}

const a = byFunction(positional[0], Number(positional[1]));
const b = positional.length === 4 ? byFunction(positional[2], Number(positional[3])) : undefined;
const rows = b
  ? [...new Set([...a.keys(), ...b.keys()])].map((k) => [k, (b.get(k) ?? 0) - (a.get(k) ?? 0), a.get(k) ?? 0, b.get(k) ?? 0])
  : [...a].map(([k, v]) => [k, v]);
rows.sort((x, y) => y[1] - x[1]);
process.stdout.write(b ? 'µs/req  b − a       a       b  function\n' : 'µs/req  function\n');
for (const [k, ...v] of rows.slice(0, top)) process.stdout.write(`${v.map((x) => x.toFixed(2).padStart(7)).join(' ')}  ${k}\n`);
