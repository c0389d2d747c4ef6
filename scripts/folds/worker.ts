import { parentPort } from 'node:worker_threads';
import { trainLogistic, type TrainOptions } from '../../src/firewall/learned/logistic.js';
import { rowsWithout, type PackedRows } from './packed-rows.js';

// One fold worker (in-workers.ts): sent every training row once, then trains one model per held-out
// group it is asked for and sends back the compact weights.

export type FoldRequest = { kind: 'rows'; rows: PackedRows; options: TrainOptions } | { kind: 'fold'; group: number; name: string };

let rows: PackedRows | null = null;
let options: TrainOptions | null = null;

parentPort!.on('message', (m: FoldRequest) => {
  if (m.kind === 'rows') {
    ({ rows, options } = m);
    return;
  }
  if (!rows || !options) throw new Error('fold worker: asked for a fold before it was sent the rows');
  const model = trainLogistic(rowsWithout(rows, m.group), options);
  parentPort!.postMessage({ name: m.name, model });
});
