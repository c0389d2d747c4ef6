import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mulberry32, normal } from '../src/providers/simulated/random.js';
import { adjustAcrossEvaluators, comparePaired, verdictOf } from '../src/evals/stats/index.js';

// The statistics on simulated paired outcomes, over seeded repetitions: the false-positive rate
// of the verdict for identical contenders, and the detection rate (and sign) for different ones.
// Every repetition is seeded, so these counts are fixed numbers, not flaky.

const REPS = 100;

function passFail(rng: () => number, n: number, rate: number): number[] {
  return Array.from({ length: n }, () => (rng() < rate ? 1 : 0));
}

function verdicts(t: { diagnostic(m: string): void }, what: string, reps: number, make: (rep: number) => { a: number[]; b: number[]; binary: boolean }) {
  const counts = { A: 0, B: 0, none: 0 };
  for (let rep = 0; rep < reps; rep++) {
    const { a, b, binary } = make(rep);
    counts[verdictOf(comparePaired(a, b, { binary, seed: rep + 1 }))]++;
  }
  t.diagnostic(`${what}: ${JSON.stringify(counts)}`);
  return counts;
}

describe('verdicts over 100 seeded repetitions', () => {
  test('identical pass/fail contenders (80% pass, n = 150): no significant difference in >= 95%', (t) => {
    const c = verdicts(t, 'identical pass/fail contenders (80% pass', REPS, (rep) => {
      const rng = mulberry32(100 + rep);
      return { a: passFail(rng, 150, 0.8), b: passFail(rng, 150, 0.8), binary: true };
    });
    assert.ok(c.none >= 95, `false positives: ${c.A + c.B} of ${REPS}`);
  });

  test('one contender 20% worse (n = 150): detected every time with the right sign', (t) => {
    const c = verdicts(t, 'one contender 20% worse (n = 150): detec', REPS, (rep) => {
      const rng = mulberry32(500 + rep);
      return { a: passFail(rng, 150, 0.95), b: passFail(rng, 150, 0.75), binary: true };
    });
    assert.equal(c.B, 0, 'never the wrong sign');
    assert.ok(c.A >= 95, `detected ${c.A} of ${REPS}`);
  });

  test('identical float scores (paired bootstrap, n = 100): no significant difference in >= 95%', (t) => {
    const c = verdicts(t, 'identical float scores (paired bootstrap', REPS, (rep) => {
      const rng = mulberry32(900 + rep);
      // Items differ in difficulty, contenders only in noise: the realistic paired structure.
      const difficulty = Array.from({ length: 100 }, () => rng());
      const score = (d: number) => Math.min(1, Math.max(0, d + 0.15 * normal(rng)));
      return { a: difficulty.map(score), b: difficulty.map(score), binary: false };
    });
    assert.ok(c.none >= 95, `false positives: ${c.A + c.B} of ${REPS}`);
  });

  test('a float score shifted by 0.1 (n = 100) is detected with the right sign', (t) => {
    const c = verdicts(t, 'a float score shifted by 0.1 (n = 100) i', REPS, (rep) => {
      const rng = mulberry32(1300 + rep);
      const difficulty = Array.from({ length: 100 }, () => 0.2 + 0.6 * rng());
      return { a: difficulty.map((d) => d + 0.15 * normal(rng)), b: difficulty.map((d) => d + 0.1 + 0.15 * normal(rng)), binary: false };
    });
    assert.equal(c.A, 0, 'never the wrong sign');
    assert.ok(c.B >= 95, `detected ${c.B} of ${REPS}`);
  });

  test('Holm across two independent evaluators keeps the family-wise false-positive rate near 5% (1000 repetitions)', (t) => {
    // Expected family-wise rate with Holm: 1 - 0.975^2 = 4.9%; without it: 1 - 0.95^2 = 9.75%.
    // 1000 repetitions give a standard error of about 0.7 percentage points.
    const reps = 1000;
    let holm = 0;
    let raw = 0;
    for (let rep = 0; rep < reps; rep++) {
      const rng = mulberry32(2000 + rep);
      const cs = [0, 1].map(() => comparePaired(passFail(rng, 150, 0.7), passFail(rng, 150, 0.7), { binary: true }));
      if (cs.some((c) => verdictOf(c) !== 'none')) raw++;
      adjustAcrossEvaluators(cs);
      if (cs.some((c) => verdictOf(c) !== 'none')) holm++;
    }
    t.diagnostic(`family-wise false positives: ${holm}/${reps} with Holm, ${raw}/${reps} without`);
    assert.ok(holm / reps <= 0.064, `${holm} of ${reps} runs had a significant evaluator after Holm`);
    assert.ok(raw > holm, 'without the correction more runs look significant');
  });
});
