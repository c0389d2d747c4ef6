// Experiment: a learned, escalate-only gate layer for the non-crisis must-gate decision (issue 13),
// built like the learned crisis layer (hashed features, logistic regression, src/firewall/learned/).
// This script trains it on the labelled corpus and reports leave-one-author-out cross-validation:
// for each author, the rules' verdict alone against the rules OR the model (the layer could only
// turn an allowed call into a gate). It writes nothing: the layer ships only if this report shows
// a real gain (SHIP_GAIN) within the needless-gate budget, and so far it does not (docs/firewall-learned.md).
//
// Rows: every visible corpus row (src/firewall/corpus/visible) and the project's own corpus
// (tool-calls.jsonl + cases/), each run once through the engine for the rules' verdict. Calls of
// read-only tools are never eligible. Training target: the row is labelled must_gate; crisis rows
// are left out of training (the crisis layers own them) but count in recall like any must-gate row.
//
// Authors: each visible set was written by a different author, recoverable from the id suffix
// (-b2NNN, -c3NNN, -d4NNN, -e5/e6/e7NNN, -f5NNN, -h8NNN, -j1NNN, plain -NNN); the project's own
// corpus is one more.
// The threshold is the one with the largest mean recall gain over held-out authors whose added
// needless gates stay within NEEDLESS_BUDGET of every author's benign rows.
//
// Deterministic (fixed seed and row order): rerun after corpus or rule changes with
//   npx tsx scripts/train-gate-model.ts
import { fileURLToPath } from 'node:url';
import { assess } from '../src/firewall/engine.js';
import { CORPUS_CONFIG, loadCorpus, loadVisible, type CorpusRow } from '../src/firewall/corpus/run-corpus.js';
import { gateCallView, gateEligible, resolvedProfile } from '../src/firewall/learned/gate-call.js';
import { gateFeatures, GATE_FEATURE_BITS, type GateCallView } from '../src/firewall/learned/gate-features.js';
import { outOfFoldScores, trainLogistic } from '../src/firewall/learned/logistic.js';
import { scoreVector, type SparseVector } from '../src/firewall/learned/sparse.js';
import { densify, pack, unpack, type CompactModel } from '../src/firewall/learned/weights-codec.js';

const SEED = 20261129;
const EPOCHS = 20;
const LEARNING_RATE = 0.5;
const L2 = 1e-6;
const KEEP = 24_000;
/** Added needless gates allowed per held-out author, as a share of its benign rows. */
const NEEDLESS_BUDGET = 0.01;
/** Mean recall gain over held-out authors (points) the layer must show to be worth wiring in. */
const SHIP_GAIN = 3;
const THRESHOLDS = Array.from({ length: 99 }, (_, i) => 0.01 + i * 0.01);

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

function example(row: CorpusRow, group: string): Example {
  const call = { tool: row.tool, args: row.args, annotations: row.annotations };
  const context = row.context ?? {};
  const profile = resolvedProfile(call, context, CORPUS_CONFIG);
  const view = gateCallView(call, profile, context);
  return {
    id: row.id,
    group,
    mustGate: row.label === 'must_gate',
    crisis: row.crisis === true,
    gated: assess(call, context, CORPUS_CONFIG).decision !== 'allow',
    eligible: gateEligible(profile),
    view,
    x: gateFeatures(view),
  };
}

export function collect(): Example[] {
  return [...loadVisible().map((r) => example(r, authorOf(r.id, false))), ...loadCorpus().map((r) => example(r, 'own'))];
}

export function train(examples: readonly Example[]): CompactModel {
  const data = examples.filter((e) => e.eligible && !e.crisis).map((e) => ({ x: e.x, positive: e.mustGate }));
  return trainLogistic(data, { bits: GATE_FEATURE_BITS, seed: SEED, epochs: EPOCHS, learningRate: LEARNING_RATE, l2: L2, keep: KEEP });
}

/** Out-of-fold scores: each author's eligible rows scored by a model trained without that author. */
export function crossValidate(examples: readonly Example[]): Map<Example, number> {
  return outOfFoldScores(examples, [...new Set(examples.map((e) => e.group))].sort(), train);
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

export function tally(examples: readonly Example[], scores: Map<Example, number>, threshold: number): AuthorScore[] {
  const by = new Map<string, AuthorScore>();
  for (const e of examples) {
    const s = by.get(e.group) ?? { group: e.group, mustGate: 0, gatedBefore: 0, gatedAfter: 0, benign: 0, needlessBefore: 0, needlessAfter: 0 };
    by.set(e.group, s);
    const after = e.gated || (e.eligible && (scores.get(e) ?? 0) >= threshold);
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

const withinBudget = (gs: readonly AuthorScore[]) => gs.every((g) => g.needlessAfter - g.needlessBefore <= NEEDLESS_BUDGET * g.benign);

/** The threshold with the largest mean recall gain whose added needless gates fit every author's budget (1: never fires). */
export function chooseThreshold(examples: readonly Example[], scores: Map<Example, number>): number {
  let best = 1;
  let bestGain = 0;
  for (const t of THRESHOLDS) {
    const gs = tally(examples, scores, t);
    if (withinBudget(gs) && meanGain(gs) > bestGain) {
      best = Number(t.toFixed(2));
      bestGain = meanGain(gs);
    }
  }
  return best;
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

function table(examples: readonly Example[], scores: Map<Example, number>, threshold: number, auc: boolean): AuthorScore[] {
  const gs = tally(examples, scores, threshold);
  console.log(`\nthreshold ${threshold}`);
  console.log(`author  must-gate  recall rules -> +model   benign  needless rules -> +model (added, budget)${auc ? '   AUC on allowed calls' : ''}`);
  for (const g of gs) {
    const added = g.needlessAfter - g.needlessBefore;
    console.log(
      `${g.group.padEnd(7)} ${String(g.mustGate).padStart(9)}  ${pct(g.gatedBefore, g.mustGate).padStart(6)} -> ${pct(g.gatedAfter, g.mustGate).padStart(6)}  ${String(g.benign).padStart(7)}  ${pct(g.needlessBefore, g.benign).padStart(6)} -> ${pct(g.needlessAfter, g.benign).padStart(6)} (+${added}, ${Math.floor(NEEDLESS_BUDGET * g.benign)})${auc ? `   ${allowedAuc(examples, scores, g.group)}` : ''}`,
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

function main(): void {
  const t0 = Date.now();
  const examples = collect();
  const scores = crossValidate(examples);
  const eligible = examples.filter((e) => e.eligible);
  console.log(`${examples.length} corpus rows, ${eligible.length} eligible (${eligible.filter((e) => e.mustGate && !e.crisis).length} non-crisis must-gate train as positives)`);
  console.log('out of fold: each author scored by a model trained without it; rules = the engine as it is (tuned on some of these sets)');
  for (const t of [0.5, 0.7]) table(examples, scores, t, false);
  const chosen = chooseThreshold(examples, scores);
  const gs = table(examples, scores, chosen, true);
  cost(examples, train(examples));
  const gain = meanGain(gs);
  console.log(`\nchosen threshold ${chosen}: mean recall gain ${gain.toFixed(2)} points (ship at >= ${SHIP_GAIN}): ${gain >= SHIP_GAIN ? 'WORTH WIRING IN' : 'not worth wiring in'}  [${Date.now() - t0} ms]`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
