import { zTwoSided, zUpper } from './dists.js';

interface PowerOptions {
  alpha?: number;
  power?: number;
}

/**
 * Items needed for McNemar's test to detect the observed paired difference, by Connor's (1987)
 * formula: n = (z_{a/2} sqrt(psi) + z_b sqrt(psi - delta^2))^2 / delta^2, with psi the share
 * of discordant pairs and delta = p10 - p01. Infinity when the observed difference is zero.
 */
export function mcnemarSampleSize(p10: number, p01: number, opts: PowerOptions = {}): number {
  const delta = p10 - p01;
  const psi = p10 + p01;
  if (delta === 0 || psi === 0) return Infinity;
  const za = zTwoSided(1 - (opts.alpha ?? 0.05));
  const zb = zUpper(opts.power ?? 0.8);
  const n = (za * Math.sqrt(psi) + zb * Math.sqrt(Math.max(0, psi - delta * delta))) ** 2 / (delta * delta);
  return Math.ceil(n);
}

/** Items needed for a paired test of a mean difference `delta` with per-item difference sd `sd` (normal approximation). */
export function pairedMeanSampleSize(delta: number, sd: number, opts: PowerOptions = {}): number {
  if (delta === 0) return Infinity;
  if (sd === 0) return 2;
  const za = zTwoSided(1 - (opts.alpha ?? 0.05));
  const zb = zUpper(opts.power ?? 0.8);
  return Math.ceil(((za + zb) * sd / Math.abs(delta)) ** 2);
}
