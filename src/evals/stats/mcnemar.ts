import { binomCdf, twoSidedNormalP } from './dists.js';
import { wilsonInterval, type Interval } from './wilson.js';

/** Paired pass/fail outcomes on the same items: counts of the 2x2 table. */
export interface PairedTable {
  /** both pass */
  a: number;
  /** A passes, B fails */
  b: number;
  /** A fails, B passes */
  c: number;
  /** both fail */
  d: number;
}

interface McNemarResult {
  method: 'exact' | 'asymptotic';
  /** chi-square statistic (asymptotic, no continuity correction); null for the exact test */
  statistic: number | null;
  pValue: number;
  discordant: number;
}

/** Below this many discordant pairs the chi-square approximation is poor; use the exact binomial. */
const EXACT_BELOW_DISCORDANT = 25;

export function tableOf(passA: boolean[], passB: boolean[]): PairedTable {
  if (passA.length !== passB.length) throw new RangeError(`paired outcomes differ in length: ${passA.length} vs ${passB.length}`);
  const t = { a: 0, b: 0, c: 0, d: 0 };
  for (let i = 0; i < passA.length; i++) {
    if (passA[i] && passB[i]) t.a++;
    else if (passA[i]) t.b++;
    else if (passB[i]) t.c++;
    else t.d++;
  }
  return t;
}

/**
 * McNemar's test for paired proportions. Only the discordant pairs carry information. With few
 * of them the exact conditional test (b ~ Binomial(b + c, 1/2)) is used; otherwise the
 * uncorrected chi-square, which Fagerland, Lydersen & Laake (2013) found better calibrated than
 * the continuity-corrected one.
 */
export function mcnemar(b: number, c: number, opts: { exactBelow?: number } = {}): McNemarResult {
  const n = b + c;
  if (n === 0) return { method: 'exact', statistic: null, pValue: 1, discordant: 0 };
  if (n < (opts.exactBelow ?? EXACT_BELOW_DISCORDANT)) {
    const p = Math.min(1, 2 * binomCdf(Math.min(b, c), n, 0.5));
    return { method: 'exact', statistic: null, pValue: p, discordant: n };
  }
  const chi2 = ((b - c) * (b - c)) / n;
  return { method: 'asymptotic', statistic: chi2, pValue: twoSidedNormalP(Math.sqrt(chi2)), discordant: n };
}

/**
 * Interval for the paired difference of proportions pA - pB = (b - c) / n by Newcombe's (1998)
 * method 10: Wilson intervals for each margin combined with the correlation of the pairs.
 */
export function pairedDifferenceInterval(t: PairedTable, confidence = 0.95): Interval {
  const n = t.a + t.b + t.c + t.d;
  if (n === 0) return { estimate: NaN, lower: -1, upper: 1 };
  const p1 = (t.a + t.b) / n;
  const p2 = (t.a + t.c) / n;
  const w1 = wilsonInterval(t.a + t.b, n, confidence);
  const w2 = wilsonInterval(t.a + t.c, n, confidence);
  const margins = (t.a + t.b) * (t.c + t.d) * (t.a + t.c) * (t.b + t.d);
  const phi = margins === 0 ? 0 : (t.a * t.d - t.b * t.c) / Math.sqrt(margins);
  const theta = p1 - p2;
  const dl1 = p1 - w1.lower;
  const du1 = w1.upper - p1;
  const dl2 = p2 - w2.lower;
  const du2 = w2.upper - p2;
  const lower = theta - Math.sqrt(Math.max(0, dl1 * dl1 - 2 * phi * dl1 * du2 + du2 * du2));
  const upper = theta + Math.sqrt(Math.max(0, du1 * du1 - 2 * phi * du1 * dl2 + dl2 * dl2));
  return { estimate: theta, lower: Math.max(-1, lower), upper: Math.min(1, upper) };
}


