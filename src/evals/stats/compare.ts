import { pairedBootstrap } from './bootstrap.js';
import { holmAdjust } from './holm.js';
import { mcnemar, pairedDifferenceInterval, tableOf, type PairedTable } from './mcnemar.js';
import { mcnemarSampleSize, pairedMeanSampleSize } from './sample-size.js';
import type { Interval } from './wilson.js';

// One paired comparison of two contenders on the same items, for one evaluator, and the verdict
// a person reads. Pass/fail outcomes use McNemar; float scores (and pass rates averaged over
// repetitions) use the seeded paired bootstrap.

export type TestName = 'mcnemar-exact' | 'mcnemar-asymptotic' | 'paired-bootstrap';

export interface Comparison {
  n: number;
  meanA: number;
  meanB: number;
  /** meanA - meanB with its interval */
  difference: Interval;
  test: TestName;
  pValue: number;
  /** Holm-adjusted across the evaluators of one run; equals pValue until adjusted */
  adjustedP: number;
  table?: PairedTable;
  /** items needed to detect the observed difference with 80% power (null when unknowable) */
  neededN: number | null;
  warnings: string[];
}

export type Verdict = 'A' | 'B' | 'none';

const MIN_ITEMS = 10;

export function comparePaired(a: number[], b: number[], opts: { binary: boolean; seed?: number; confidence?: number; alpha?: number }): Comparison {
  const n = a.length;
  const confidence = opts.confidence ?? 0.95;
  const alpha = opts.alpha ?? 1 - confidence;
  const mean = (xs: number[]) => (xs.length ? xs.reduce((s, x) => s + x, 0) / xs.length : NaN);
  const warnings: string[] = [];
  if (n < MIN_ITEMS) warnings.push(`only ${n} paired items: too few to say anything reliable (use at least ${MIN_ITEMS}, preferably 100+)`);
  if (opts.binary) {
    const t = tableOf(a.map((x) => x >= 1), b.map((x) => x >= 1));
    const m = mcnemar(t.b, t.c);
    if (m.discordant < 6) {
      warnings.push(`only ${m.discordant} items where the contenders disagree: the exact test cannot reach p < 0.05 with fewer than 6, however they split`);
    }
    const needed = n === 0 ? null : mcnemarSampleSize(t.b / n, t.c / n, { alpha });
    return {
      n, meanA: mean(a), meanB: mean(b), difference: pairedDifferenceInterval(t, confidence),
      test: m.method === 'exact' ? 'mcnemar-exact' : 'mcnemar-asymptotic', pValue: m.pValue, adjustedP: m.pValue, table: t,
      neededN: needed === null || !Number.isFinite(needed) ? null : needed, warnings,
    };
  }
  const boot = pairedBootstrap(a, b, { seed: opts.seed, confidence });
  const d = a.map((x, i) => x - b[i]);
  const md = mean(d);
  const sd = n > 1 ? Math.sqrt(d.reduce((s, x) => s + (x - md) ** 2, 0) / (n - 1)) : NaN;
  const needed = n > 1 ? pairedMeanSampleSize(md, sd, { alpha }) : Infinity;
  return {
    n, meanA: mean(a), meanB: mean(b), difference: { estimate: boot.estimate, lower: boot.lower, upper: boot.upper },
    test: 'paired-bootstrap', pValue: boot.pValue, adjustedP: boot.pValue, neededN: Number.isFinite(needed) ? needed : null, warnings,
  };
}

/** Applies Holm's correction across the comparisons of one run, in place. */
export function adjustAcrossEvaluators(comparisons: Comparison[]): void {
  const adjusted = holmAdjust(comparisons.map((c) => c.pValue));
  comparisons.forEach((c, i) => (c.adjustedP = adjusted[i]));
}

export function verdictOf(c: Comparison, alpha = 0.05): Verdict {
  if (c.adjustedP >= alpha || c.difference.estimate === 0 || Number.isNaN(c.difference.estimate)) return 'none';
  return c.difference.estimate > 0 ? 'A' : 'B';
}

export function verdictText(c: Comparison, nameA: string, nameB: string, alpha = 0.05): string {
  const v = verdictOf(c, alpha);
  const p = `p=${formatP(c.adjustedP)}`;
  if (v === 'A') return `${nameA} better (${p})`;
  if (v === 'B') return `${nameB} better (${p})`;
  const need = c.neededN === null ? 'no difference observed to size a test for' : c.neededN > c.n ? `~${c.neededN} items would be needed to detect the observed difference` : 'the observed difference is within noise';
  return `no significant difference at n=${c.n} (${p}; ${need})`;
}

export function formatP(p: number): string {
  if (p < 0.001) return '<0.001';
  return p.toFixed(3);
}
