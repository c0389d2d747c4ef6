import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { scoreHeldOut, type LabelledVector, type TrainOptions } from '../../src/firewall/learned/logistic.js';
import { scoreVector, type SparseVector } from '../../src/firewall/learned/sparse.js';
import type { CompactModel } from '../../src/firewall/learned/weights-codec.js';
import { packRows } from './packed-rows.js';
import type { FoldRequest } from './worker.js';

// Leave-one-group-out cross-validation with the folds trained side by side in worker threads: the
// same scores as logistic.ts's outOfFoldScores to the last bit (each fold's rows in the same order,
// the same seeded trainer; test/fold-workers.test.ts compares them), in a fraction of the time on a
// machine with more than one core. The crisis layer's ran 70 minutes on one.

export class FoldWorkerError extends Error {}

/** Worker threads by default: one per core (a retrain is meant to have the machine to itself). */
function defaultFoldWorkers(): number {
  return Math.max(1, availableParallelism());
}

/**
 * Each listed group's eligible examples scored by a model trained on every other example's rows
 * (`rowsOf`: the rows an example trains, none when it does not); `score` as in outOfFoldScores.
 */
export async function outOfFoldScoresInWorkers<E extends { group: string; eligible: boolean; x: SparseVector }>(
  examples: readonly E[],
  groups: readonly string[],
  rowsOf: (e: E) => LabelledVector[],
  options: TrainOptions,
  opts: { workers?: number; score?: (e: E, weights: Float32Array, bias: number) => number } = {},
): Promise<Map<E, number>> {
  const score = opts.score ?? ((e, weights, bias) => scoreVector(e.x, weights, bias));
  const names = [...new Set(examples.map((e) => e.group))];
  const index = new Map(names.map((g, i) => [g, i]));
  const rows = packRows(examples.flatMap((e) => rowsOf(e).map((row) => ({ group: index.get(e.group)!, row }))));

  const models = new Map<string, CompactModel>();
  const queue = [...groups];
  const workers = Array.from({ length: Math.min(opts.workers ?? defaultFoldWorkers(), queue.length) }, () => new Worker(new URL('./worker-boot.mjs', import.meta.url)));
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const next = (): void => {
              const group = queue.shift();
              if (group === undefined) return resolve();
              // A listed group with no examples holds nothing out, as in outOfFoldScores.
              worker.postMessage({ kind: 'fold', group: index.get(group) ?? -1, name: group } satisfies FoldRequest);
            };
            worker.on('message', (m: { name: string; model: CompactModel }) => {
              models.set(m.name, m.model);
              next();
            });
            worker.on('error', (err) => reject(new FoldWorkerError(`cross-validation worker failed: ${err.message}`)));
            worker.postMessage({ kind: 'rows', rows, options } satisfies FoldRequest);
            next();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }

  // In the groups' order, as outOfFoldScores fills its map.
  const scores = new Map<E, number>();
  for (const g of groups) scoreHeldOut(examples, g, models.get(g)!, score, scores);
  return scores;
}
