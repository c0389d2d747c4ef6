import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mulberry32 } from '../../providers/simulated/random.js';
import {
  adjustAcrossEvaluators, comparePaired, holmAdjust, mcnemar, mcnemarSampleSize, pairedBootstrap,
  pairedDifferenceInterval, pairedMeanSampleSize, tableOf, verdictOf, wilsonInterval,
} from './index.js';

const close = (actual: number, expected: number, tol: number, what: string) =>
  assert.ok(Math.abs(actual - expected) <= tol, `${what}: expected ${expected} ± ${tol}, got ${actual}`);

describe('Wilson score interval', () => {
  // Reference values: Newcombe RG (1998), "Two-sided confidence intervals for the single
  // proportion: comparison of seven methods", Statistics in Medicine 17:857-872, Table I,
  // method 3 (Wilson score interval without continuity correction), 95% confidence.
  const table: Array<[number, number, number, number]> = [
    [81, 263, 0.2553, 0.3662],
    [15, 148, 0.0624, 0.1605],
    [0, 20, 0.0, 0.1611],
    [1, 29, 0.0061, 0.1718],
  ];
  for (const [x, n, lo, hi] of table) {
    test(`${x}/${n} -> [${lo}, ${hi}] (Newcombe 1998, Table I)`, () => {
      const w = wilsonInterval(x, n);
      close(w.lower, lo, 5e-5, 'lower');
      close(w.upper, hi, 5e-5, 'upper');
      close(w.estimate, x / n, 1e-12, 'estimate');
    });
  }
  test('all successes gives an upper bound of exactly 1 and stays inside [0, 1]', () => {
    const w = wilsonInterval(29, 29);
    assert.equal(w.upper, 1);
    // By symmetry with 0/29: lower = 1 - upper(0/29).
    close(w.lower, 1 - wilsonInterval(0, 29).upper, 1e-12, 'symmetry');
  });
  test('rejects impossible counts', () => {
    assert.throws(() => wilsonInterval(5, 3), RangeError);
    assert.throws(() => wilsonInterval(-1, 3), RangeError);
  });
});

describe("McNemar's test", () => {
  test('exact conditional test for few discordant pairs (Fagerland, Lydersen & Laake 2013)', () => {
    // Fagerland MW, Lydersen S, Laake P (2013), "The McNemar test for binary matched-pairs data:
    // mid-p and asymptotic are better than exact conditional", BMC Medical Research Methodology
    // 13:91, airway hyper-responsiveness example: b = 1, c = 7 -> exact conditional p = 0.070
    // (= 18/256), asymptotic (uncorrected) p = 0.034.
    const exact = mcnemar(1, 7);
    assert.equal(exact.method, 'exact');
    close(exact.pValue, 18 / 256, 1e-12, 'exact p');
    const asym = mcnemar(1, 7, { exactBelow: 0 });
    assert.equal(asym.method, 'asymptotic');
    close(asym.statistic!, 4.5, 1e-12, 'chi2');
    close(asym.pValue, 0.034, 5e-4, 'asymptotic p');
  });
  test('asymptotic test on a large table (Agresti 2002, Table 10.1)', () => {
    // Agresti A (2002), Categorical Data Analysis, 2nd ed., section 10.1.1: presidential approval
    // ratings of 1600 people, discordant cells 150 and 86 -> z^2 = 17.36, p < 0.001.
    const r = mcnemar(150, 86);
    assert.equal(r.method, 'asymptotic');
    close(r.statistic!, 17.36, 0.005, 'chi2');
    assert.ok(r.pValue < 0.001);
  });
  test('no discordant pairs means no evidence', () => {
    assert.deepEqual(mcnemar(0, 0), { method: 'exact', statistic: null, pValue: 1, discordant: 0 });
  });
  test('tableOf counts the four cells', () => {
    assert.deepEqual(tableOf([true, true, false, false, true], [true, false, true, false, false]), { a: 1, b: 2, c: 1, d: 1 });
  });
  test('paired difference interval (Newcombe method 10) contains the estimate and tightens with n', () => {
    const small = pairedDifferenceInterval({ a: 36, b: 12, c: 2, d: 4 });
    close(small.estimate, 10 / 54, 1e-12, 'estimate');
    assert.ok(small.lower < small.estimate && small.estimate < small.upper);
    assert.ok(small.lower > 0, 'a clear difference excludes 0');
    const big = pairedDifferenceInterval({ a: 360, b: 120, c: 20, d: 40 });
    assert.ok(big.upper - big.lower < small.upper - small.lower);
    const none = pairedDifferenceInterval({ a: 20, b: 5, c: 5, d: 20 });
    assert.ok(none.lower < 0 && none.upper > 0);
  });
});

describe('Holm correction', () => {
  test('matches the step-down definition (R: p.adjust(c(.01,.02,.03,.04,.05), "holm"))', () => {
    // Holm S (1979), Scand J Statist 6:65-70; R stats::p.adjust documents the same numbers:
    // 0.05 0.08 0.09 0.09 0.09.
    const adj = holmAdjust([0.01, 0.02, 0.03, 0.04, 0.05]);
    [0.05, 0.08, 0.09, 0.09, 0.09].forEach((e, i) => close(adj[i], e, 1e-12, `p${i}`));
  });
  test('keeps input order and caps at 1', () => {
    assert.deepEqual(holmAdjust([0.5, 0.01, 0.9]), [1, 0.03, 1]);
  });
});

describe('paired bootstrap', () => {
  test('is reproducible for a seed and differs across seeds', () => {
    const rng = mulberry32(7);
    const a = Array.from({ length: 50 }, () => rng());
    const b = Array.from({ length: 50 }, () => rng());
    assert.deepEqual(pairedBootstrap(a, b, { seed: 3 }), pairedBootstrap(a, b, { seed: 3 }));
    assert.notDeepEqual(pairedBootstrap(a, b, { seed: 3 }).lower, pairedBootstrap(a, b, { seed: 4 }).lower);
  });
  test('interval is close to the normal-theory interval for a large sample', () => {
    const rng = mulberry32(11);
    const n = 400;
    const a = Array.from({ length: n }, () => rng() + 0.1);
    const b = Array.from({ length: n }, () => rng());
    const d = a.map((x, i) => x - b[i]);
    const mean = d.reduce((s, x) => s + x, 0) / n;
    const se = Math.sqrt(d.reduce((s, x) => s + (x - mean) ** 2, 0) / (n - 1) / n);
    const r = pairedBootstrap(a, b, { seed: 1, resamples: 4000 });
    close(r.estimate, mean, 1e-12, 'estimate');
    close(r.lower, mean - 1.96 * se, se * 0.25, 'lower');
    close(r.upper, mean + 1.96 * se, se * 0.25, 'upper');
    assert.ok(r.pValue < 0.01);
  });
  test('constant differences give a degenerate interval', () => {
    const r = pairedBootstrap([1, 2, 3], [0.5, 1.5, 2.5]);
    assert.equal(r.lower, 0.5);
    assert.equal(r.upper, 0.5);
    assert.equal(pairedBootstrap([1, 2], [1, 2]).pValue, 1);
  });
});

describe('sample size', () => {
  test("Connor's formula, computed by hand", () => {
    // psi = 0.35, delta = 0.15: ((1.95996 * sqrt(0.35) + 0.84162 * sqrt(0.35 - 0.0225)) / 0.15)^2 = 119.1 -> 120
    assert.equal(mcnemarSampleSize(0.25, 0.1), 120);
    assert.equal(mcnemarSampleSize(0.1, 0.1), Infinity);
  });
  test('paired means: (z_a + z_b)^2 sd^2 / delta^2', () => {
    // (1.95996 + 0.84162)^2 = 7.849 -> delta = sd / 2 needs 31.4 -> 32
    assert.equal(pairedMeanSampleSize(0.5, 1), 32);
  });
});

describe('comparePaired and verdict', () => {
  test('warns when n is tiny and returns no verdict', () => {
    const c = comparePaired([1, 1, 1], [0, 0, 0], { binary: true });
    assert.equal(verdictOf(c), 'none');
    assert.ok(c.warnings.some((w) => w.includes('too few')));
    assert.ok(c.warnings.some((w) => w.includes('cannot reach')));
  });
  test('a clear binary difference gets the right sign', () => {
    const a = Array.from({ length: 100 }, (_, i) => (i % 10 < 9 ? 1 : 0));
    const b = Array.from({ length: 100 }, (_, i) => (i % 10 < 5 ? 1 : 0));
    const c = comparePaired(a, b, { binary: true });
    assert.equal(verdictOf(c), 'A');
    assert.equal(verdictOf(comparePaired(b, a, { binary: true })), 'B');
  });
  test('Holm adjustment can turn a marginal result into no verdict', () => {
    const cs = [0.03, 0.04, 0.5].map((p) => ({ ...comparePaired([1, 0], [0, 0], { binary: true }), pValue: p, difference: { estimate: 0.1, lower: 0, upper: 0.2 } }));
    adjustAcrossEvaluators(cs);
    assert.deepEqual(cs.map((c) => verdictOf(c)), ['none', 'none', 'none']);
    assert.equal(verdictOf({ ...cs[0], adjustedP: 0.03 }), 'A');
  });
});
