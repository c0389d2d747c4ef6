import { mulberry32 } from '../../providers/simulated/random.js';
import type { Interval } from './wilson.js';

interface BootstrapResult extends Interval {
  pValue: number;
  resamples: number;
}

/**
 * Seeded paired bootstrap of the mean difference mean(a - b): items are resampled with
 * replacement (keeping each item's pair together), the percentile interval is reported, and the
 * two-sided p-value is twice the smaller share of resampled means on either side of zero.
 * The same seed gives the same answer, so a stored report can be reproduced.
 */
export function pairedBootstrap(a: number[], b: number[], opts: { resamples?: number; seed?: number; confidence?: number } = {}): BootstrapResult {
  if (a.length !== b.length) throw new RangeError(`paired samples differ in length: ${a.length} vs ${b.length}`);
  const resamples = opts.resamples ?? 2000;
  const confidence = opts.confidence ?? 0.95;
  const n = a.length;
  if (n === 0) return { estimate: NaN, lower: NaN, upper: NaN, pValue: 1, resamples: 0 };
  const d = a.map((x, i) => x - b[i]);
  const estimate = d.reduce((s, x) => s + x, 0) / n;
  if (d.every((x) => x === d[0])) {
    // No variation: every resample has the same mean, and a p-value from resampling means nothing.
    return { estimate, lower: estimate, upper: estimate, pValue: estimate === 0 ? 1 : 0, resamples: 0 };
  }
  const rng = mulberry32(opts.seed ?? 1);
  const means = new Float64Array(resamples);
  for (let r = 0; r < resamples; r++) {
    let s = 0;
    for (let i = 0; i < n; i++) s += d[Math.floor(rng() * n)];
    means[r] = s / n;
  }
  means.sort();
  const alpha = 1 - confidence;
  const at = (q: number) => means[Math.min(resamples - 1, Math.max(0, Math.floor(q * resamples)))];
  let below = 0;
  let above = 0;
  for (const m of means) {
    if (m <= 0) below++;
    if (m >= 0) above++;
  }
  const pValue = Math.min(1, (2 * Math.min(below, above) + 1) / (resamples + 1));
  return { estimate, lower: at(alpha / 2), upper: at(1 - alpha / 2), pValue, resamples };
}
