// The steady state of a request path by function, start-up subtracted: `node scripts/profile-steady.mjs
// short.cpuprofile <n> long.cpuprofile <n> [short2 <n> long2 <n>] [--self] [--top N]`. Two profiles
// of one case (the same bench, n requests each, e.g. 6,000 and 26,000) give µs per request of the
// requests between them: (long − short) / (n_long − n_short), so module loading, the firewall's
// warm-up and the first JIT tiers (paid in both) drop out. With a second case's pair it lists what
// the second case's steady state spends more than the first's (e.g. tools-json against json).
import { timeByFunction } from './profile-functions.mjs';

const argv = process.argv.slice(2);
const self = argv.includes('--self');
const topAt = argv.indexOf('--top');
const top = topAt >= 0 ? Number(argv[topAt + 1]) : 40;
const positional = argv.filter((a, i) => !a.startsWith('--') && argv[i - 1] !== '--top');
if (positional.length !== 4 && positional.length !== 8) {
  process.stderr.write('usage: profile-steady.mjs short <n> long <n> [short2 <n> long2 <n>] [--self] [--top N]\n');
  process.exit(2);
}

/** µs per request by function between the short and the long run. */
function steady([short, nShort, long, nLong]) {
  const a = timeByFunction(short, self);
  const b = timeByFunction(long, self);
  const n = Number(nLong) - Number(nShort);
  return new Map([...new Set([...a.keys(), ...b.keys()])].map((k) => [k, ((b.get(k) ?? 0) - (a.get(k) ?? 0)) / n]));
}

const a = steady(positional.slice(0, 4));
const b = positional.length === 8 ? steady(positional.slice(4)) : undefined;
const rows = b
  ? [...new Set([...a.keys(), ...b.keys()])].map((k) => [k, (b.get(k) ?? 0) - (a.get(k) ?? 0), a.get(k) ?? 0, b.get(k) ?? 0])
  : [...a].map(([k, v]) => [k, v]);
rows.sort((x, y) => y[1] - x[1]);
process.stdout.write(b ? 'µs/req  b − a       a       b  function\n' : 'µs/req  function\n');
for (const [k, ...v] of rows.slice(0, top)) process.stdout.write(`${v.map((x) => x.toFixed(2).padStart(7)).join(' ')}  ${k}\n`);
