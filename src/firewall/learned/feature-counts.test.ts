import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FeatureCounts } from './feature-counts.js';
import { mulberry32 } from '../../providers/simulated/random.js';

// FeatureCounts must count exactly as the dense table it replaced: the same indices in the same
// first-seen order with the same counts, across growth, clusters of colliding indices and reuse.

/** The dense table the featurizers used before: one count per index of the feature space. */
function dense(keys: readonly number[], bits: number): Array<[number, number]> {
  const counts = new Int32Array(1 << bits);
  const touched: number[] = [];
  for (const k of keys) if (counts[k]++ === 0) touched.push(k);
  return touched.map((k) => [k, counts[k]]);
}

function counted(c: FeatureCounts): Array<[number, number]> {
  return Array.from(c.touched.subarray(0, c.n), (k, i): [number, number] => [k, c.counts[i]]);
}

test('the same indices, order and counts as a dense table, through growth and reuse', () => {
  const c = new FeatureCounts();
  const rnd = mulberry32(13);
  for (let round = 0; round < 300; round++) {
    const bits = round % 3 === 0 ? 18 : 10;
    const size = Math.floor(rnd() * (round % 10 === 0 ? 40_000 : 2_000));
    const keys: number[] = [];
    for (let i = 0; i < size; i++) {
      const r = rnd();
      // Runs of neighbouring indices and repeats make long probe chains and large counts.
      keys.push(r < 0.3 ? (keys[keys.length - 1] ?? 0) : r < 0.5 ? ((keys[keys.length - 1] ?? 0) + 1) & ((1 << bits) - 1) : Math.floor(rnd() * (1 << bits)));
    }
    for (const k of keys) c.bump(k);
    assert.deepEqual(counted(c), dense(keys, bits), `round ${round}`);
    c.clear();
    assert.equal(c.n, 0);
  }
});

test('add puts back remembered counts after a clear, and refuses an index already counted', () => {
  const c = new FeatureCounts();
  for (const k of [5, 1029, 5, 2053]) c.bump(k);
  const remembered = counted(c);
  c.clear();
  for (const [k, n] of remembered) c.add(k, n);
  c.bump(1029);
  assert.deepEqual(counted(c), [[5, 2], [1029, 2], [2053, 1]]);
  assert.throws(() => c.add(5, 1), RangeError);
});

test('addAll sums tables into the indices, order and counts of counting their keys one after another', () => {
  const rnd = mulberry32(29);
  const sum = new FeatureCounts();
  for (let round = 0; round < 50; round++) {
    const parts = Array.from({ length: 1 + Math.floor(rnd() * 4) }, () => Array.from({ length: Math.floor(rnd() * 1_500) }, () => Math.floor(rnd() * 2_048)));
    for (const keys of parts) {
      const one = new FeatureCounts();
      for (const k of keys) one.bump(k);
      sum.addAll(one);
    }
    assert.deepEqual(counted(sum), dense(parts.flat(), 11), `round ${round}`);
    sum.clear();
  }
});
