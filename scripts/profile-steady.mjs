// The steady state of a request path by function, start-up subtracted: `node scripts/profile-steady.mjs
// short.cpuprofile <n> long.cpuprofile <n> [short2 <n> long2 <n>] [--self] [--top N]`. Two profiles
// of one case (the same bench, n requests each, e.g. 6,000 and 26,000) give µs per request of the
// requests between them: (long − short) / (n_long − n_short), so module loading, the firewall's
// warm-up and the first JIT tiers (paid in both) drop out. With a second case's pair it lists what
// the second case's steady state spends more than the first's (e.g. tools-json against json).
import { printByFunction, profileArgs, timeByFunction } from './profile-functions.mjs';

const { self, top, positional } = profileArgs('profile-steady.mjs short <n> long <n> [short2 <n> long2 <n>] [--self] [--top N]', [4, 8]);

/** µs per request by function between the short and the long run. */
function steady([short, nShort, long, nLong]) {
  const a = timeByFunction(short, self);
  const b = timeByFunction(long, self);
  const n = Number(nLong) - Number(nShort);
  return new Map([...new Set([...a.keys(), ...b.keys()])].map((k) => [k, ((b.get(k) ?? 0) - (a.get(k) ?? 0)) / n]));
}

printByFunction(steady(positional.slice(0, 4)), positional.length === 8 ? steady(positional.slice(4)) : undefined, top);
