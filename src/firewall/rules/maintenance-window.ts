import { mentionsDisposable, PROD } from '../targets.js';

// A maintenance window: alerts silenced on a staging, QA or dev environment for a bounded time
// (an end time, or a duration of a day at most), with nothing naming production. Whoever is
// working there is the one who would be paged; the silence lifts by itself. A silence with no end,
// longer than a day, without a scope, or touching production is still switching alerting off.

const END_KEY = /^(?:end|ends_?at|end_?time|until|expires|expires_?at|end_?date)$/i;
const START_KEY = /^(?:start|starts_?at|start_?time|from|start_?date)$/i;
const DURATION_KEY: Array<[RegExp, number]> = [
  [/^(?:duration_?(?:minutes|mins)|minutes)$/i, 1],
  [/^(?:duration_?hours|hours)$/i, 60],
  [/^(?:duration_?seconds|seconds|ttl)$/i, 1 / 60],
];
const DAY_MINUTES = 24 * 60;

function entries(v: unknown, depth = 0, out: Array<[string, unknown]> = []): Array<[string, unknown]> {
  if (depth > 4 || out.length > 64 || !v || typeof v !== 'object') return out;
  for (const [k, x] of Object.entries(v as Record<string, unknown>)) {
    out.push([k, x]);
    if (x && typeof x === 'object') entries(x, depth + 1, out);
  }
  return out;
}

/** The environment a bounded, non-production silence applies to, or null when it is not one. */
export function maintenanceWindow(args: Record<string, unknown>): string | null {
  const all = entries(args);
  const strings = all.flatMap(([, v]) => (typeof v === 'string' ? [v] : Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []));
  if (strings.some((s) => PROD.test(s))) return null;
  const env = strings.find(mentionsDisposable);
  if (!env) return null;
  const time = (re: RegExp) => all.map(([k, v]) => (re.test(k) && typeof v === 'string' ? Date.parse(v) : NaN)).find((t) => !Number.isNaN(t));
  const end = time(END_KEY);
  const start = time(START_KEY);
  let minutes: number | undefined;
  for (const [k, v] of all) for (const [re, per] of DURATION_KEY) if (re.test(k) && typeof v === 'number') minutes = v * per;
  if (end !== undefined && start !== undefined) minutes = (end - start) / 60000;
  const bounded = minutes !== undefined ? minutes > 0 && minutes <= DAY_MINUTES : end !== undefined;
  return bounded ? env : null;
}
