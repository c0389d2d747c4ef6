import binomialCdf from '@stdlib/stats-base-dists-binomial-cdf';
import normalCdf from '@stdlib/stats-base-dists-normal-cdf';
import normalQuantile from '@stdlib/stats-base-dists-normal-quantile';

// The only distribution functions the evals need, from stdlib (accurate to double precision),
// behind one small seam so the rest of the statistics code reads as formulas.

/** z such that P(|Z| <= z) = confidence, e.g. 1.959964 for 0.95. */
export function zTwoSided(confidence: number): number {
  return normalQuantile(1 - (1 - confidence) / 2, 0, 1);
}

/** z for a one-sided tail probability `p` (upper quantile), e.g. 0.8416 for power 0.8. */
export function zUpper(p: number): number {
  return normalQuantile(p, 0, 1);
}

/** Two-sided p-value of a standard normal statistic. */
export function twoSidedNormalP(z: number): number {
  return Math.min(1, 2 * (1 - normalCdf(Math.abs(z), 0, 1)));
}

/** P(X <= k) for X ~ Binomial(n, p). */
export function binomCdf(k: number, n: number, p: number): number {
  return binomialCdf(k, n, p);
}
