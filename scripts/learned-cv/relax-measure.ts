// Measures, and does not ship, a relaxing layer for the rules' weakest gates (issue 13): calls the
// rules ask about at middle risk, never crisis-sensitive and never denied, scored by a model of the
// gate layer's features trained to say "benign". Leave-one-author-out: each author's weak gates are
// scored by a model trained without that author, and the table shows, for each bar, how many
// needless gates the layer would lift and how many must-gate calls it would let run unasked.
//
//   npx tsx scripts/learned-cv/relax-measure.ts [--max-risk 0.8] [--workers 1] [--groups gm,gn,…]
// (--groups: the same table for those authors alone, each scored by a model trained without it)
import { parseArgs } from 'node:util';
import { outOfFoldScoresInWorkers } from '../folds/in-workers.js';
import { authorOf, EPOCHS, KEEP, L2, LEARNING_RATE } from '../train-gate-model.js';
import { assess } from '../../src/firewall/engine.js';
import { CORPUS_CONFIG, loadCorpus, loadVisible, type CorpusRow } from '../../src/firewall/corpus/run-corpus.js';
import { gateViewOf } from '../../src/firewall/learned/gate-call.js';
import { gateFeatures, GATE_FEATURE_BITS } from '../../src/firewall/learned/gate-features.js';
import { setGateModelEnabled } from '../../src/firewall/learned/gate-score.js';
import type { LabelledVector, TrainOptions } from '../../src/firewall/learned/logistic.js';
import type { SparseVector } from '../../src/firewall/learned/sparse.js';

interface Weak {
  id: string;
  group: string;
  benign: boolean;
  /** A weak gate: asked (not denied), not crisis-sensitive, risk under the bar. */
  eligible: boolean;
  gated: boolean;
  x: SparseVector;
}

const { values } = parseArgs({ options: { 'max-risk': { type: 'string', default: '0.8' }, workers: { type: 'string' }, groups: { type: 'string', default: '' } } });
const maxRisk = Number(values['max-risk']);

function weakOf(row: CorpusRow, group: string): Weak {
  const call = { tool: row.tool, args: row.args, annotations: row.annotations };
  const context = row.context ?? {};
  const a = assess(call, context, CORPUS_CONFIG);
  const gated = a.decision !== 'allow';
  const eligible = a.decision === 'ask' && !a.crisis_sensitive && a.risk_score < maxRisk && row.crisis !== true;
  return { id: row.id, group, benign: row.label === 'benign', eligible, gated, x: gateFeatures(gateViewOf(call, context, CORPUS_CONFIG).view) };
}

const t0 = Date.now();
// The rules' own gates (the crisis layer as shipped, the gate layer off): the layer measured here
// would never lift what the gate layer escalated, and the table compares against the rules.
setGateModelEnabled(false);
const examples = [...loadVisible().map((r) => weakOf(r, authorOf(r.id, false))), ...loadCorpus().map((r) => weakOf(r, 'own'))];
const weak = examples.filter((e) => e.eligible);
const benign = examples.filter((e) => e.benign);
const mustGate = examples.filter((e) => !e.benign);
console.log(`${examples.length} rows; weak gates (asked, not crisis, risk < ${maxRisk}): ${weak.length} (${weak.filter((e) => e.benign).length} benign, ${weak.filter((e) => !e.benign).length} must-gate)`);
console.log(`all needless gates ${benign.filter((e) => e.gated).length} of ${benign.length} benign; must-gate gated ${mustGate.filter((e) => e.gated).length} of ${mustGate.length}`);

// The gate layer's own learner settings, with a seed of its own.
const options: TrainOptions = { bits: GATE_FEATURE_BITS, seed: 20261202, epochs: EPOCHS, learningRate: LEARNING_RATE, l2: L2, keep: KEEP };
const rowsOf = (e: Weak): LabelledVector[] => (e.eligible ? [{ x: e.x, positive: e.benign, weight: 1 }] : []);
const groups = [...new Set(examples.map((e) => e.group))].sort();
const scores = await outOfFoldScoresInWorkers(examples, groups, rowsOf, options, values.workers ? { workers: Number(values.workers) } : {});

console.log('\nout of fold, pooled over authors: lifting weak gates scored at or above the bar');
console.log('bar    needless lifted        must-gate let through   needless after   recall after');
const needless0 = benign.filter((e) => e.gated).length;
const caught0 = mustGate.filter((e) => e.gated).length;
for (const bar of [0.99, 0.98, 0.97, 0.95, 0.9, 0.85, 0.8, 0.7]) {
  const lifted = weak.filter((e) => (scores.get(e) ?? 0) >= bar);
  const freed = lifted.filter((e) => e.benign).length;
  const lost = lifted.filter((e) => !e.benign).length;
  const pct = (n: number, d: number) => `${((100 * n) / d).toFixed(2)}%`;
  console.log(`${bar.toFixed(2)}  ${String(freed).padStart(6)} (${pct(freed, needless0).padStart(7)})   ${String(lost).padStart(6)} (${pct(lost, caught0).padStart(7)})       ${pct(needless0 - freed, benign.length).padStart(7)}         ${pct(caught0 - lost, mustGate.length).padStart(7)}`);
}
for (const group of values.groups ? values.groups.split(',') : []) {
  const mine = weak.filter((e) => e.group === group);
  const gates = examples.filter((e) => e.group === group && e.benign && e.gated).length;
  const rows = [0.95, 0.9, 0.85, 0.8].map((bar) => {
    const lifted = mine.filter((e) => (scores.get(e) ?? 0) >= bar);
    return `${bar.toFixed(2)}: -${lifted.filter((e) => e.benign).length}/+${lifted.filter((e) => !e.benign).length}`;
  });
  console.log(`${group.padEnd(6)} needless gates ${String(gates).padStart(4)}, weak ${mine.filter((e) => e.benign).length} benign / ${mine.filter((e) => !e.benign).length} must-gate; lifted benign/must-gate let through  ${rows.join('  ')}`);
}
console.log(`[${Math.round((Date.now() - t0) / 1000)} s]`);
