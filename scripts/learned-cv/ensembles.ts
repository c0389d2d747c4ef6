// Ways the CV harness (run.ts) combines more than one linear model of the crisis layer (issue 13,
// fw-learner round): bagging (members trained on bootstrap resamples with their own shuffle seed,
// probabilities averaged) and two views OR'd (each view's own threshold, both at the same needless
// rate on the training groups).
import { mulberry32 } from '../../src/providers/simulated/random.js';

/**
 * Member k's training rows: member 0 is the plain model (every row once); the others a bootstrap
 * resample (n draws with replacement, seeded by seed and k), so sample noise averages out.
 */
export function bootstrap<T>(rows: readonly T[], seed: number, member: number): T[] {
  if (member === 0) return [...rows];
  const rand = mulberry32(Math.imul(seed, 7919) + member);
  return Array.from({ length: rows.length }, () => rows[Math.floor(rand() * rows.length)]);
}

/** The members' scores averaged, row by row (NaN where a row has no score). */
export function averaged(members: readonly Float64Array[]): Float64Array {
  const out = new Float64Array(members[0].length);
  for (const m of members) for (let i = 0; i < out.length; i++) out[i] += m[i] / members.length;
  return out;
}

/**
 * A map from the second view's scores onto the first's, matching benign rates: a second-view
 * score that `k` of the reference benign rows reach becomes the first-view score that `k` of them
 * reach (interpolated between ranks; linear above the highest and below the lowest). So
 * max(first, mapped(second)) >= t is "first >= t, or second at or above the bar that gates as
 * many reference benign rows as t does": one threshold chosen by the usual rule sets both views'.
 */
export function matchedRate(firstRef: readonly number[], secondRef: readonly number[]): (s: number) => number {
  const a = [...firstRef].sort((x, y) => y - x);
  const b = [...secondRef].sort((x, y) => y - x);
  const n = b.length;
  if (n === 0) return (s) => s;
  return (s) => {
    if (s >= b[0]) return b[0] >= 1 ? a[0] : a[0] + ((s - b[0]) * (1 - a[0])) / (1 - b[0]);
    if (s <= b[n - 1]) return b[n - 1] <= 0 ? a[n - 1] : (s * a[n - 1]) / b[n - 1];
    // b is descending: the last rank still at or above s, then interpolate to the next.
    let lo = 0;
    let hi = n - 1;
    while (hi - lo > 1) {
      const mid = (lo + hi) >> 1;
      if (b[mid] >= s) lo = mid;
      else hi = mid;
    }
    const f = b[lo] === b[hi] ? 0 : (b[lo] - s) / (b[lo] - b[hi]);
    return a[lo] + f * (a[hi] - a[lo]);
  };
}
