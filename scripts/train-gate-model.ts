// Trains the learned gate layer (issue 13): an escalate-only layer for the non-crisis must-gate
// decision, built like the learned crisis layer (hashed features, logistic regression,
// src/firewall/learned/), and writes its weights module src/firewall/learned/gate-weights.generated.ts.
// The engine asks it only about calls the rules allow whose tool is not read-only; a score at or
// above the threshold makes the call wait for a person (docs/firewall-learned.md).
//
// Rows: every visible corpus row (src/firewall/corpus/visible) and the project's own corpus
// (tool-calls.jsonl + cases/), each run once through the engine with this layer off for the
// rules' verdict. Calls of read-only tools are never eligible. Training target: the row is
// labelled must_gate; crisis rows are left out of training (the crisis layers own them) but count
// in recall like any must-gate row. Rows the rules let through weigh ALLOWED_WEIGHT times more.
//
// Authors: each visible set was written by a different author, recoverable from the id suffix
// (-b2NNN, -c3NNN, -d4NNN, -e5/e6/e7NNN, -f5NNN, -g6NNN, -h8NNN, -j1NNN, -m1NNN..., plain -NNN);
// the project's own corpus is one more.
// Threshold: leave-one-author-out cross-validation; the lowest threshold from which on, going up,
// the out-of-fold layer newly gates at most NEEDLESS_BUDGET of all benign rows (the rules were
// fitted to every visible author, so recall gains here mean little; the held-out sets measure them).
//
// Deterministic (fixed seed and row order): rerun after corpus or rule changes with
//   npx tsx scripts/train-gate-model.ts [--check]   (--check: compare with the committed weights, do not write)
import { fileURLToPath } from 'node:url';
import { kindThresholds, NEEDLESS_BUDGET, THRESHOLDS, type Judged } from './gate-kind-thresholds.js';
import { outOfFoldScoresInWorkers } from './folds/in-workers.js';
import { writeOrCheckWeights } from './weights-file.js';
import { assess } from '../src/firewall/engine.js';
import { CORPUS_CONFIG, loadCorpus, loadVisible, type CorpusRow } from '../src/firewall/corpus/run-corpus.js';
import { gateEligible, gateViewOf } from '../src/firewall/learned/gate-call.js';
import { gateFeatures, GATE_FEATURE_BITS, type GateCallView } from '../src/firewall/learned/gate-features.js';
import { trainLogistic, type LabelledVector, type TrainOptions } from '../src/firewall/learned/logistic.js';
import { scoreVector, type SparseVector } from '../src/firewall/learned/sparse.js';
import { setGateModelEnabled } from '../src/firewall/learned/gate-score.js';
import { thresholdFor } from '../src/firewall/learned/kind-threshold.js';
import { densify, pack, unpack, weightsModule, type CompactModel } from '../src/firewall/learned/weights-codec.js';

export const WEIGHTS_FILE = fileURLToPath(new URL('../src/firewall/learned/gate-weights.generated.ts', import.meta.url));

export const SEED = 20261129;
export const EPOCHS = 20;
export const LEARNING_RATE = 0.5;
export const L2 = 1e-6;
export const KEEP = 24_000;
/**
 * Calls the rules let through weigh this much more in training than calls they gate: the layer
 * only ever scores the former, and what tells a missed must-gate call from an ordinary one there
 * is rarer than what tells a gated call from a benign one (leave-one-author-out: +8 must-gate
 * calls for 3 fewer needless gates, docs/firewall-learned.md).
 */
export const ALLOWED_WEIGHT = 3;

export interface Example {
  id: string;
  group: string;
  mustGate: boolean;
  crisis: boolean;
  /** The rules (the engine as it is) gate it. */
  gated: boolean;
  eligible: boolean;
  view: GateCallView;
  x: SparseVector;
}

/** The author of a corpus id (see the header); rows of the project's own corpus are 'own'. */
export function authorOf(id: string, own: boolean): string {
  if (own) return 'own';
  const tail = id.slice(id.lastIndexOf('-') + 1);
  if (/^\d+$/.test(tail)) return 'plain';
  const m = /^([a-z]+)\d/.exec(tail);
  return m ? m[1] : 'other';
}

/** One row as the layer sees it, with its labels and whether the rules (the engine, layer off: see collect) gate it. */
export function gateExampleOf(row: CorpusRow, group: string): Omit<Example, 'x'> {
  const call = { tool: row.tool, args: row.args, annotations: row.annotations };
  const context = row.context ?? {};
  const { profile, view } = gateViewOf(call, context, CORPUS_CONFIG);
  const gated = assess(call, context, CORPUS_CONFIG).decision !== 'allow';
  return { id: row.id, group, mustGate: row.label === 'must_gate', crisis: row.crisis === true, gated, eligible: gateEligible(profile), view };
}

function example(row: CorpusRow, group: string): Example {
  const e = gateExampleOf(row, group);
  return { ...e, x: gateFeatures(e.view) };
}

/** The corpus rows as the layer sees them, with the rules' verdict taken with the layer off. */
export function collect(): Example[] {
  setGateModelEnabled(false);
  try {
    return [...loadVisible().map((r) => example(r, authorOf(r.id, false))), ...loadCorpus().map((r) => example(r, 'own'))];
  } finally {
    setGateModelEnabled(true);
  }
}

const TRAIN_OPTIONS: TrainOptions = { bits: GATE_FEATURE_BITS, seed: SEED, epochs: EPOCHS, learningRate: LEARNING_RATE, l2: L2, keep: KEEP };

/** What a row trains: calls the layer may act on that are no crisis case (the crisis layer's). */
function rowsOf(e: Example): LabelledVector[] {
  return e.eligible && !e.crisis ? [{ x: e.x, positive: e.mustGate, weight: e.gated ? 1 : ALLOWED_WEIGHT }] : [];
}

export function train(examples: readonly Example[]): CompactModel {
  return trainLogistic(examples.flatMap(rowsOf), TRAIN_OPTIONS);
}

/** Out-of-fold scores: each author's eligible rows scored by a model trained without that author. */
export function crossValidate(examples: readonly Example[]): Promise<Map<Example, number>> {
  return outOfFoldScoresInWorkers(examples, [...new Set(examples.map((e) => e.group))].sort(), rowsOf, TRAIN_OPTIONS);
}

export interface AuthorScore {
  group: string;
  mustGate: number;
  gatedBefore: number;
  gatedAfter: number;
  benign: number;
  needlessBefore: number;
  needlessAfter: number;
}

/** `threshold`: one for every call, or each call's own (by its kind). */
export function tally(examples: readonly Example[], scores: Map<Example, number>, threshold: number | ((e: Example) => number)): AuthorScore[] {
  const at = typeof threshold === 'number' ? () => threshold : threshold;
  const by = new Map<string, AuthorScore>();
  for (const e of examples) {
    const s = by.get(e.group) ?? { group: e.group, mustGate: 0, gatedBefore: 0, gatedAfter: 0, benign: 0, needlessBefore: 0, needlessAfter: 0 };
    by.set(e.group, s);
    const after = e.gated || (e.eligible && (scores.get(e) ?? 0) >= at(e));
    if (e.mustGate) {
      s.mustGate++;
      if (e.gated) s.gatedBefore++;
      if (after) s.gatedAfter++;
    } else {
      s.benign++;
      if (e.gated) s.needlessBefore++;
      if (after) s.needlessAfter++;
    }
  }
  return [...by.values()].sort((a, b) => a.group.localeCompare(b.group));
}

/** Mean recall gain over authors, in points. */
export function meanGain(gs: readonly AuthorScore[]): number {
  return (100 * gs.reduce((t, g) => t + (g.gatedAfter - g.gatedBefore) / g.mustGate, 0)) / gs.length;
}

function withinBudget(gs: readonly AuthorScore[]): boolean {
  const added = gs.reduce((t, g) => t + g.needlessAfter - g.needlessBefore, 0);
  return added <= NEEDLESS_BUDGET * gs.reduce((t, g) => t + g.benign, 0);
}

/**
 * Scanning down from the top, the last threshold whose added needless gates fit the budget (1:
 * never fires). Pooled, not per author: with 14 to 400 benign rows per author, a per-author 1%
 * allows no added gate at all for half of them.
 */
export function chooseThreshold(examples: readonly Example[], scores: Map<Example, number>): number {
  let best = 1;
  for (const t of [...THRESHOLDS].reverse()) {
    if (!withinBudget(tally(examples, scores, t))) break;
    best = Number(t.toFixed(2));
  }
  return best;
}

/** The rows as the per-kind threshold rules read them (gate-kind-thresholds.ts). */
export function judged(examples: readonly Example[], scores: Map<Example, number>): Judged[] {
  return examples.map((e) => ({ kind: e.view.kind, positive: e.mustGate, open: e.eligible && !e.gated, benign: !e.mustGate, score: scores.get(e) ?? 0 }));
}

/** How well the out-of-fold score ranks what the layer could add: non-crisis misses above allowed benign calls. */
function allowedAuc(examples: readonly Example[], scores: Map<Example, number>, group: string): string {
  const open = examples.filter((e) => e.group === group && e.eligible && !e.gated && !e.crisis);
  const pos = open.filter((e) => e.mustGate).map((e) => scores.get(e) ?? 0);
  const neg = open.filter((e) => !e.mustGate).map((e) => scores.get(e) ?? 0);
  if (!pos.length || !neg.length) return '-';
  let wins = 0;
  for (const p of pos) for (const n of neg) wins += p > n ? 1 : p === n ? 0.5 : 0;
  return (wins / (pos.length * neg.length)).toFixed(2);
}

function pct(n: number, d: number): string {
  return d ? `${((100 * n) / d).toFixed(1)}%` : '-';
}

function table(examples: readonly Example[], scores: Map<Example, number>, m: CompactModel, auc: boolean): AuthorScore[] {
  const gs = tally(examples, scores, (e) => thresholdFor(m, e.view.kind));
  console.log(`\nthreshold ${m.threshold}, by call kind ${JSON.stringify(m.thresholds ?? {})}`);
  console.log(`author  must-gate  recall rules -> +model   benign  needless rules -> +model (added)${auc ? '   AUC on allowed calls' : ''}`);
  for (const g of gs) {
    const added = g.needlessAfter - g.needlessBefore;
    console.log(
      `${g.group.padEnd(7)} ${String(g.mustGate).padStart(9)}  ${pct(g.gatedBefore, g.mustGate).padStart(6)} -> ${pct(g.gatedAfter, g.mustGate).padStart(6)}  ${String(g.benign).padStart(7)}  ${pct(g.needlessBefore, g.benign).padStart(6)} -> ${pct(g.needlessAfter, g.benign).padStart(6)} (+${added})${auc ? `   ${allowedAuc(examples, scores, g.group)}` : ''}`,
    );
  }
  const missing = gs.filter((g) => g.gatedBefore < g.mustGate);
  console.log(`mean recall gain: ${meanGain(gs).toFixed(2)} points over all ${gs.length} authors, ${missing.length ? meanGain(missing).toFixed(2) : '-'} over the ${missing.length} the rules miss on`);
  return gs;
}

/** Size of the full-corpus model as it would be committed, and what the layer would add to one assess. */
function cost(examples: readonly Example[], m: CompactModel): void {
  const packed = pack(m);
  let t = process.hrtime.bigint();
  const dense = densify(unpack(packed));
  const decodeMs = Number(process.hrtime.bigint() - t) / 1e6;
  const eligible = examples.filter((e) => e.eligible);
  const rounds = 5;
  t = process.hrtime.bigint();
  let sink = 0;
  for (let r = 0; r < rounds; r++) for (const e of eligible) sink += scoreVector(gateFeatures(e.view), dense, m.bias);
  const perCallUs = Number(process.hrtime.bigint() - t) / 1e3 / (rounds * eligible.length);
  console.log(`\nfull-corpus model: ${m.idx.length} weights, ${(packed.data.length / 1024).toFixed(0)} KB packed (base64); decode ${decodeMs.toFixed(1)} ms once; featurize + score ${perCallUs.toFixed(0)} µs per eligible call (${sink > 0 ? 'measured' : '-'} over ${eligible.length} calls x ${rounds})`);
}

export interface Trained {
  module: string;
  threshold: number;
  examples: Example[];
  scores: Map<Example, number>;
  model: CompactModel;
}

/**
 * `threshold` given: no cross-validation, as in scripts/train-crisis-model.ts (the reproduction
 * test), with the given thresholds by kind. Otherwise both come from the out-of-fold scores: the
 * pooled threshold by the needless budget, and the same budget spent kind by kind (greedy).
 */
export async function trainAll(opts: { threshold?: number; thresholds?: Record<string, number> } = {}): Promise<Trained> {
  const examples = collect();
  const scores = opts.threshold === undefined ? await crossValidate(examples) : new Map<Example, number>();
  const threshold = opts.threshold ?? chooseThreshold(examples, scores);
  const thresholds = opts.threshold === undefined ? kindThresholds('greedy', judged(examples, scores)) : opts.thresholds;
  const model = { ...train(examples), threshold, thresholds };
  const eligible = examples.filter((e) => e.eligible);
  const provenance = `${eligible.length} calls of tools that are not read-only (${eligible.filter((e) => e.mustGate && !e.crisis).length} non-crisis must-gate) of ${examples.length} corpus rows; threshold ${threshold}${thresholds ? ' and thresholds by call kind' : ''} by leave-one-author-out CV`;
  return { module: weightsModule(pack(model), provenance, { script: 'scripts/train-gate-model.ts', constant: 'GATE_MODEL_WEIGHTS', codec: './weights-codec.js' }), threshold, examples, scores, model };
}

async function main(): Promise<void> {
  const t0 = Date.now();
  const r = await trainAll();
  const eligible = r.examples.filter((e) => e.eligible);
  console.log(`${r.examples.length} corpus rows, ${eligible.length} eligible (${eligible.filter((e) => e.mustGate && !e.crisis).length} non-crisis must-gate train as positives)`);
  console.log('out of fold: each author scored by a model trained without it; rules = the engine without this layer (tuned on these sets)');
  table(r.examples, r.scores, r.model, true);
  cost(r.examples, r.model);
  console.log(`threshold ${r.threshold}, ${r.model.idx.length} weights, ${r.module.length} bytes  [${Date.now() - t0} ms]`);
  writeOrCheckWeights(WEIGHTS_FILE, r.module);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
