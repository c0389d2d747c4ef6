// CPU time by function of a `--cpu-prof` profile, per request: `node scripts/profile-by-function.mjs
// a.cpuprofile <requests> [b.cpuprofile <requests>] [--self] [--top N]`. With one profile it lists
// the functions by time per request; with two it lists what the second spends more than the first
// (e.g. tools-json against json from `CPU_PROFILE=<dir> bench/cpu-per-request.ts`). Inclusive time
// by default (a function counted once per sample however often it recurs), `--self` for self time.
// The default sampling interval is 1 ms, so rows under ~2 µs per request over ~10,000 requests are noise.
import { printByFunction, profileArgs, timeByFunction } from './profile-functions.mjs';

const { self, top, positional } = profileArgs('profile-by-function.mjs a.cpuprofile <requests> [b.cpuprofile <requests>] [--self] [--top N]', [2, 4]);

/** µs per request by "function file:line". */
function byFunction(file, requests) {
  return new Map([...timeByFunction(file, self)].map(([k, us]) => [k, us / requests]));
}

printByFunction(byFunction(positional[0], Number(positional[1])), positional.length === 4 ? byFunction(positional[2], Number(positional[3])) : undefined, top);
