import { zTwoSided } from './dists.js';

export interface Interval {
  estimate: number;
  lower: number;
  upper: number;
}

/**
 * Wilson (1927) score interval for a binomial proportion. Unlike the textbook Wald interval it
 * stays inside [0, 1] and keeps close to nominal coverage at small n and rates near 0 or 1,
 * which is exactly where eval pass rates live.
 */
export function wilsonInterval(successes: number, n: number, confidence = 0.95): Interval {
  if (!Number.isInteger(successes) || !Number.isInteger(n) || n < 0 || successes < 0 || successes > n) {
    throw new RangeError(`wilsonInterval needs integers 0 <= successes <= n, got ${successes}/${n}`);
  }
  if (n === 0) return { estimate: NaN, lower: 0, upper: 1 };
  const z = zTwoSided(confidence);
  const p = successes / n;
  const z2 = z * z;
  const denom = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denom;
  const half = (z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / denom;
  // Clamp the float noise at the boundaries (0/n and n/n give exactly 0 and 1 analytically).
  return {
    estimate: p,
    lower: successes === 0 ? 0 : Math.max(0, centre - half),
    upper: successes === n ? 1 : Math.min(1, centre + half),
  };
}
