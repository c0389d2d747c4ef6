import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { outOfFoldScores, trainLogistic, type LabelledVector, type TrainOptions } from '../src/firewall/learned/logistic.js';
import type { SparseVector } from '../src/firewall/learned/sparse.js';
import { mulberry32 } from '../src/providers/simulated/random.js';
import { outOfFoldScoresInWorkers } from '../scripts/folds/in-workers.js';

// The trainers' cross-validation runs its folds in worker threads; the scores it chooses the
// layers' bars from must be the single-threaded ones to the last bit, or a retrain on another
// machine (another core count) would ship other weights.

interface Row {
  group: string;
  eligible: boolean;
  x: SparseVector;
  positive: boolean;
}

function rows(): Row[] {
  const rand = mulberry32(7);
  return Array.from({ length: 600 }, (_, i) => {
    const positive = rand() < 0.3;
    const n = 3 + Math.floor(rand() * 6);
    const idx = Int32Array.from({ length: n }, () => Math.floor(rand() * 512) + (positive ? 0 : 256));
    return { group: `g${i % 7}`, eligible: i % 5 !== 0, positive, x: { idx, val: Float64Array.from(idx, () => rand()) } };
  });
}

const options: TrainOptions = { bits: 10, seed: 3, epochs: 4, learningRate: 0.5, l2: 1e-6, keep: 400 };
// An ineligible row trains nothing, and a positive row trains twice with another weight: both
// shapes the trainers' own rowsOf have.
const rowsOf = (r: Row): LabelledVector[] => (!r.eligible ? [] : r.positive ? [{ x: r.x, positive: true, weight: 3 }, { x: r.x, positive: true }] : [{ x: r.x, positive: false }]);

describe('cross-validation in worker threads', () => {
  test('gives the single-threaded out-of-fold scores exactly, in the same order', async () => {
    const data = rows();
    const groups = ['g0', 'g1', 'g2', 'g3', 'g4', 'g5', 'g6'];
    const single = outOfFoldScores(data, groups, (rest) => trainLogistic(rest.flatMap(rowsOf), options));
    const parallel = await outOfFoldScoresInWorkers(data, groups, rowsOf, options, { workers: 2 });
    assert.equal(parallel.size, data.filter((r) => r.eligible).length);
    assert.deepEqual([...parallel.entries()], [...single.entries()]);
  });

  test('a group listed but absent holds nothing out, as single-threaded', async () => {
    const data = rows();
    const single = outOfFoldScores(data, ['g0', 'nobody'], (rest) => trainLogistic(rest.flatMap(rowsOf), options));
    const parallel = await outOfFoldScoresInWorkers(data, ['g0', 'nobody'], rowsOf, options, { workers: 3 });
    assert.deepEqual([...parallel.entries()], [...single.entries()]);
  });
});
